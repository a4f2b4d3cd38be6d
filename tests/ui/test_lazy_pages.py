"""Pages are built the first time they are shown; the start page works at once; a page built
later gets its saved layout; the Overview's figures are read off the UI thread."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter
from ui_helpers import type_text

from digifelt.core.services import activities, projects


def test_only_the_start_page_is_built_when_a_project_opens(window):
    assert [window.stack.current_name()] == ["overview"]
    assert window.built_pages() == [window.stack.built("overview")]
    assert window.stack.built("evidence") is None
    assert window.stack.count() == window.rail.count() == 7


def test_the_start_page_works_at_once(qtbot, window):
    page = window.overview
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "Excerpts:" in page.summary.text()
    type_text(qtbot, page.organisation, " kommune")
    assert page.flush()
    assert projects.get_project(window.ctx.db).organisation.endswith(" kommune")


def test_a_page_is_built_when_first_shown_and_then_kept(qtbot, window):
    activity = window.ctx.run("Add activity", activities.add_activity, kind="interview",
                              title="Bygget nå", scope="plan")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    plan = window.stack.built("plan")
    assert plan is not None
    assert window.stack.currentWidget() is plan
    qtbot.waitUntil(lambda: plan.activities.model.row_of(activity.id) >= 0)
    window.rail.setCurrentRow(0)
    window.rail.setCurrentRow(window.page_index("plan"))
    assert window.plan is plan  # built once
    assert window.stack.built("rubric") is None  # passed over, never shown


def test_asking_for_a_page_builds_it_without_showing_it(window):
    findings = window.findings
    assert window.stack.built("findings") is findings
    assert window.stack.current_name() == "overview"
    assert window.page_index(findings) == window.page_index("findings") == 5


def test_a_page_built_later_gets_its_saved_splitter_sizes(qtbot, controller, window,
                                                          project_path):
    window.rail.setCurrentRow(window.page_index("rubric"))
    splitter = window.rubric.findChild(QSplitter, "rubricSplitter")
    splitter.setSizes([200, 900])
    wanted = splitter.sizes()
    size = window.size()
    window.close()
    window = controller.open_project(project_path)
    window.resize(size)
    assert window.stack.built("rubric") is None
    window.rail.setCurrentRow(window.page_index("rubric"))
    assert window.rubric.findChild(QSplitter, "rubricSplitter").sizes() == wanted
