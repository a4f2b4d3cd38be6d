"""The overview's dashboard on the small demo: the same figures as the core, small groups
marked, and it follows new activities and findings agreed on another page."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from digifelt.core.services import activities, findings, privacy
from digifelt.core.services.dashboard import dashboard

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path, demo_window


def shown(bar) -> str:
    return bar.text() if bar.text() else bar.format()


def wait_refreshed(qtbot, board) -> None:
    qtbot.waitUntil(lambda: not board.busy and board.figures is not None, timeout=5000)


def test_the_dashboard_shows_the_state_of_the_visit(qtbot, demo_window):
    board = demo_window.overview.dashboard
    wait_refreshed(qtbot, board)
    d = dashboard(demo_window.ctx.db)
    assert shown(board.bars["with_evidence"]) == f"{d.with_evidence} of {d.indicators}"
    assert shown(board.bars["triangulated"]) == f"{d.triangulated} of {d.indicators}"
    assert shown(board.bars["levels"]) == f"{d.levels_set} of {d.indicators}"
    assert shown(board.bars["agreed"]) == f"{d.agreed} of {d.indicators}"
    for p in d.by_kind:
        assert shown(board.bars[f"kind_{p.key}"]) == f"{p.counts.done} of {p.counts.total}"
    needs = board.notes["untriangulated"].text()
    assert needs.startswith("need more: ")
    assert all(r.code in needs for r in d.not_triangulated[:12])
    small = {p.label for p in d.by_group if p.key in privacy.small_groups(demo_window.ctx.db)}
    labels = {w.text() for w in board.activities_box.findChildren(QLabel)}
    assert small
    assert all(f"⚠ {name}" in labels for name in small)
    assert board.findChild(QLabel, "dashboardExcerpts").text().startswith(f"{d.excerpts} excerpts")


def test_the_dashboard_follows_activities_and_agreed_findings(qtbot, go_to, demo_window):
    window = demo_window
    db = window.ctx.db
    board = window.overview.dashboard
    wait_refreshed(qtbot, board)
    before = dashboard(db)
    interviews = next(p for p in before.by_kind if p.key == "interview").counts
    window.ctx.run("Add activity", activities.add_activity, kind="interview",
                   title="Oppfølgingsintervju", scope="plan")
    qtbot.waitUntil(lambda: shown(board.bars["kind_interview"])
                    == f"{interviews.done} of {interviews.total + 1}", timeout=5000)

    go_to(window, "findings")
    draft = next(v.finding.indicator_id for v in findings.list_findings(db)
                 if v.finding.status == "draft")
    window.findings.show_indicator(draft)
    qtbot.mouseClick(window.findings.editor.agreed, Qt.MouseButton.LeftButton)
    assert next(v.finding.status for v in findings.list_findings(db)
                if v.finding.indicator_id == draft) == "agreed"
    go_to(window, "overview")
    qtbot.waitUntil(lambda: shown(board.bars["agreed"])
                    == f"{before.agreed + 1} of {before.indicators}", timeout=5000)
