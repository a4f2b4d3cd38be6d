"""Every test gets fresh app folders and offscreen Qt; nothing touches the real user folders."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The UI language follows the system's preferred languages (then Bokmål): tests, and the
# app processes they start, run in English unless a test chooses otherwise.
os.environ["LANGUAGE"] = "en"


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt's application is the app's own class, so files handed over by the OS open."""
    from digifelt.ui.application import DigifeltApplication

    return DigifeltApplication


@pytest.fixture(autouse=True)
def _isolated_app_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("DIGIFELT_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("DIGIFELT_CONFIG_DIR", str(base / "config"))
    yield base
    # Settings applied by one test (data folder, backups kept) must not leak into the next.
    from digifelt.storage import backup_policy, paths

    paths.set_data_dir(None)
    backup_policy.set_keep_per_project(backup_policy.KEEP_PER_PROJECT)


@pytest.fixture
def nb_template():
    from digifelt.core.template import find_template

    return find_template("digital-ståstedskartlegging-kommune")


@pytest.fixture(scope="session")
def blank_project_file(tmp_path_factory):
    """One project made from the Norwegian rubric per run; tests get copies (creation is slow)."""
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    path = tmp_path_factory.mktemp("blank") / "blank.digifelt"
    db = create_project(path, template=find_template("digital-ståstedskartlegging-kommune"),
                        title="Kartlegging", organisation="Fjellvik kommune")
    db.close()
    return path


@pytest.fixture
def project(tmp_path, blank_project_file):
    """A fresh project from the Norwegian built-in rubric, closed after the test."""
    import shutil

    from digifelt.core.services.projects import open_project

    path = Path(tmp_path) / "test.digifelt"
    shutil.copy(blank_project_file, path)
    db = open_project(path)
    yield db
    db.close()
