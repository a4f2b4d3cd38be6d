"""Fixtures for GUI tests: English UI, a fresh project file, the app controller, modal helpers."""

import shutil
from pathlib import Path

import pytest
import shiboken6
from ui_helpers import activate

from digifelt.app_settings import load_settings, save_settings


@pytest.fixture
def settings():
    """App settings in the per-test config folder, UI in English unless a test says otherwise."""
    s = load_settings()
    s.assessor_name = "Test Assessor"
    s.assessor_initials = "TA"
    s.language = "en"
    save_settings(s)
    yield s
    from digifelt.ui.autosave import DEBOUNCE_MS, set_autosave_delay
    from digifelt.ui.export_registry import set_default_report_template

    set_autosave_delay(DEBOUNCE_MS)
    set_default_report_template("")


@pytest.fixture(scope="session")
def _fresh_project_file(tmp_path_factory) -> Path:
    """Made once per session: loading the template and creating the file takes ~0.6 s."""
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    path = tmp_path_factory.mktemp("template") / "fresh.digifelt"
    create_project(path, template=find_template("digital-ståstedskartlegging-kommune"),
                   title="Kartlegging 2026", organisation="Fjellvik kommune").close()
    return path


@pytest.fixture
def project_path(tmp_path, _fresh_project_file) -> Path:
    """A new, closed project from the Norwegian built-in rubric (a copy of a fresh one)."""
    path = tmp_path / "fjellvik.digifelt"
    shutil.copy2(_fresh_project_file, path)
    return path


@pytest.fixture
def controller(qtbot, settings):
    from digifelt.ui.app import AppController

    app_controller = AppController(settings)
    yield app_controller
    for window in (app_controller.window, app_controller.welcome):
        if window is not None and shiboken6.isValid(window):
            window.close()
    if app_controller.ctx is not None:
        app_controller.ctx.close()


@pytest.fixture
def window(qtbot, controller, project_path):
    win = controller.open_project(project_path)
    assert win is not None
    activate(qtbot, win)
    return win


@pytest.fixture
def open_activity(qtbot, controller, window):
    """Factory: create an activity of `kind` with the first guide of that kind, and open it."""
    from digifelt.core.services import activities, guides

    def make(kind: str = "interview", title: str = "Intervju – ledere"):
        window = controller.window  # the current one: a language switch rebuilds it
        guide = next((g for g in guides.list_guides(window.ctx.db) if g.kind == kind), None)
        activity = window.ctx.run("Add activity", activities.add_activity, kind=kind,
                                  title=title, guide_id=guide.id if guide else None,
                                  scope="plan")
        view = window.open_activity(activity.id)
        activate(qtbot, window)
        qtbot.waitUntil(lambda: view.current_editor() is not None
                        and view.current_editor().hasFocus())
        return view

    return make


@pytest.fixture
def project(project_path):
    """The root conftest's open project, from the cached fresh file instead of the template."""
    from digifelt.core.services.projects import open_project

    db = open_project(project_path)
    yield db
    db.close()
