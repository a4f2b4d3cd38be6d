"""Fixtures for the evidence, findings, search and dashboard tests: the small demo (20
activities, two of them surveys and one a workshop; about 160 excerpts) made once a
session, and a window open on a fresh copy of it.

Test modules load them with `pytest_plugins = ["demo_project"]`.
"""

import shutil
from pathlib import Path

import pytest
from ui_helpers import activate


@pytest.fixture(scope="session")
def small_demo_file(tmp_path_factory) -> Path:
    from digifelt.core.demo import generate_demo

    root = tmp_path_factory.mktemp("small-demo")
    path = root / "fjellvik.digifelt"
    with pytest.MonkeyPatch.context() as mp:  # the session outlives the per-test app dirs
        mp.setenv("DIGIFELT_DATA_DIR", str(root / "data"))
        mp.setenv("DIGIFELT_CONFIG_DIR", str(root / "config"))
        generate_demo(path, size="small", seed=1)
    return path


@pytest.fixture
def demo_path(tmp_path, small_demo_file) -> Path:
    """A fresh copy of the small demo for this test (copy-on-use)."""
    path = tmp_path / "demo.digifelt"
    shutil.copy2(small_demo_file, path)
    return path


@pytest.fixture
def demo_window(qtbot, controller, demo_path):
    win = controller.open_project(demo_path)
    assert win is not None
    activate(qtbot, win)
    return win


@pytest.fixture
def go_to(qtbot):
    """go_to(window, "evidence"): Ctrl+<n> to a page of the rail, as a user would."""
    from PySide6.QtCore import Qt

    from digifelt.ui import actions

    def press(window, name: str) -> None:
        n = [key for key, _text in actions.PAGES].index(name) + 1
        qtbot.keyClick(window.rail, getattr(Qt.Key, f"Key_{n}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == n - 1

    return press
