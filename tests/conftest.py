"""Every test gets fresh app folders and an offscreen Qt platform; nothing touches real user dirs."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_app_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("DIGIFELT_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("DIGIFELT_CONFIG_DIR", str(base / "config"))
    return base


@pytest.fixture
def nb_template():
    from digifelt.core.template import find_template

    return find_template("digital-ståstedskartlegging-kommune")


@pytest.fixture
def project(tmp_path, nb_template):
    """A fresh project from the Norwegian built-in rubric, closed after the test."""
    from digifelt.core.services.projects import create_project

    db = create_project(Path(tmp_path) / "test.digifelt", template=nb_template,
                        title="Kartlegging", organisation="Fjellvik kommune")
    yield db
    db.close()
