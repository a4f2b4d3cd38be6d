"""Every page of the demo at 1280×800, in Bokmål and English: no header text is cut short and
every indicator code (with the start of its name) can be read."""

import pytest
from layout_check import cut_texts
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QSplitter
from ui_helpers import activate

from digifelt.core.services import activities, findings, rubric

pytest_plugins = ["demo_project"]  # demo_path, go_to

SIZE = (1280, 800)


def _open(qtbot, controller, demo_path, language):
    controller.set_language(language)
    window = controller.open_project(demo_path)
    window.resize(*SIZE)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: window.width() == SIZE[0], timeout=5000)
    return window


def _settle(qtbot):
    qtbot.wait(1)  # one pass of the event loop: layouts and section sizes are applied


def _look(problems: list, where: str, window) -> None:
    problems += [f"{where}: {p}" for p in cut_texts(window)]
    # No page may need more than the screen: the window would grow past it, or a splitter
    # lay one side over the other.
    if window.width() != SIZE[0] or window.minimumSizeHint().width() > SIZE[0]:
        problems.append(f"{where}: the window is {window.width()} px wide, needs at least "
                        f"{window.minimumSizeHint().width()}")
    for splitter in window.findChildren(QSplitter):
        if splitter.isVisible() and splitter.minimumSizeHint().width() > splitter.width() \
                and splitter.orientation() == Qt.Orientation.Horizontal:
            problems.append(f"{where}: {splitter.objectName()} is {splitter.width()} px "
                            f"wide, needs {splitter.minimumSizeHint().width()}")


def _activity_of(db, kind):
    return next(a.activity for a in activities.list_activities(db) if a.activity.kind == kind)


@pytest.fixture(params=["nb", "en"])
def language(request):
    return request.param


@pytest.fixture
def agreed(demo_path):
    """Some findings agreed, as after a moderation: their status is the widest one shown."""
    from digifelt.core.services.projects import open_project

    db = open_project(demo_path)
    try:
        for indicator in list(rubric.indicators_by_code(db).values())[:6]:
            findings.update_finding(db, indicator.id, status="agreed")
    finally:
        db.close()
    return demo_path


def test_every_page_can_be_read_at_1280_by_800(qtbot, controller, agreed, go_to, language):
    window = _open(qtbot, controller, agreed, language)
    problems: list[str] = []
    db = window.ctx.db

    go_to(window, "overview")
    _settle(qtbot)
    _look(problems, "overview", window)

    go_to(window, "rubric")
    window.rubric.tree.expandAll()
    _settle(qtbot)
    _look(problems, "rubric", window)

    go_to(window, "plan")
    tabs = window.plan.tabs
    for n in range(tabs.count()):
        tabs.setCurrentIndex(n)
        _settle(qtbot)
        _look(problems, f"plan/{tabs.tabText(n)}", window)

    for kind in ("interview", "observation", "document_review"):
        view = window.open_activity(_activity_of(db, kind).id)
        qtbot.waitUntil(lambda v=view: v.isVisible(), timeout=5000)
        _settle(qtbot)
        _look(problems, f"capture/{kind}", window)
        side = getattr(view, "side", None)
        for n in range(side.count() if side is not None else 0):
            side.setCurrentIndex(n)
            _settle(qtbot)
            _look(problems, f"capture/{kind}/{side.tabText(n)}", window)

    activate(qtbot, window)  # the capture views may have moved the focus out of the window
    page = window.evidence
    with qtbot.waitSignal(page.matrix_ready, timeout=10_000):
        go_to(window, "evidence")
    page.select_cell("1.1")
    qtbot.waitUntil(lambda: page.indicator_view.table.model().rowCount() > 0, timeout=10_000)
    _settle(qtbot)
    _look(problems, "evidence", window)
    page.set_grouping("group")
    _settle(qtbot)
    _look(problems, "evidence by group", window)

    go_to(window, "findings")
    tree = window.findings.tree
    qtbot.waitUntil(lambda: tree.model().rowCount() > 0, timeout=10_000)
    tree.expandAll()
    first_indicator = tree.model().index(0, 0, tree.model().index(0, 0))
    tree.selectionModel().setCurrentIndex(first_indicator,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    _settle(qtbot)
    _look(problems, "findings", window)
    window.findings.calibration_button.toggle()  # Ctrl+Shift+K: the moderation table
    _settle(qtbot)
    _look(problems, "findings/calibration", window)
    window.findings.calibration_button.toggle()

    go_to(window, "export")
    _settle(qtbot)
    _look(problems, "export", window)

    assert problems == [], "\n".join(problems)


def test_every_dialog_can_be_read_at_its_size(qtbot, controller, agreed, settings, language):
    from surfaces import all_dialogs

    window = _open(qtbot, controller, agreed, language)
    problems = []
    for dialog in all_dialogs(window, settings):
        qtbot.addWidget(dialog)
        dialog.show()
        _settle(qtbot)
        problems += [f"{type(dialog).__name__}: {p}" for p in cut_texts(dialog)]
        if dialog.width() > SIZE[0] or dialog.height() > SIZE[1]:
            problems.append(f"{type(dialog).__name__} is larger than the screen")
        dialog.close()
    assert problems == [], "\n".join(problems)


def _table(qtbot, rows):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(["Kode", "Sitat", "Navn", "Pseudonym"])
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    return view


def test_the_policy_keeps_codes_whole_and_the_text_readable_as_the_view_narrows(qtbot):
    from digifelt.ui.column_sizing import (
        MIN_CHARS,
        TEXT_CHARS,
        apply_policy,
        chars_width,
        header_width,
    )

    quote = "«Vi har en strategi, men ingen vet hvor den ligger» sa en av lederne i møtet."
    view = _table(qtbot, [["1.1, 2.3, 12.4", quote, "Kari Margrethe Nordmann-Sørensen", ""],
                          ["3.1", "kort", "Per", ""]])
    policy = apply_policy(view, text=1, fit=(0,), names=(2, 3))
    header = view.horizontalHeader()
    view.resize(1000, 300)
    view.show()
    qtbot.waitUntil(lambda: header.sectionSize(1) > chars_width(view, TEXT_CHARS))
    wide = [header.sectionSize(c) for c in range(4)]
    assert wide[3] == header_width(view, 3)  # an empty column: as wide as its heading
    # Narrow: the names give way (never below their heading), the codes and text do not.
    view.resize(view.minimumWidth(), 300)
    qtbot.waitUntil(lambda: header.sectionSize(2) < wide[2])
    assert header.sectionSize(0) == wide[0]
    assert header.sectionSize(1) >= chars_width(view, TEXT_CHARS)
    assert header.sectionSize(2) >= max(header_width(view, 2),
                                        min(wide[2], chars_width(view, MIN_CHARS)))
    assert cut_texts(view) == []
    # The elided quote shows itself in full as a tooltip.
    assert policy.is_elided(view.model().index(0, 1))
    assert not policy.is_elided(view.model().index(1, 1))


def test_an_elided_cell_shows_its_whole_text_on_hover(qtbot):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from digifelt.ui.column_sizing import apply_policy

    quote = "«Vi har en strategi, men ingen vet hvor den ligger» sa en av lederne i møtet."
    view = _table(qtbot, [["1.1", quote, "Kari", ""]])
    apply_policy(view, text=1, fit=(0,), names=(2, 3))
    view.resize(view.minimumWidth(), 200)
    view.show()
    qtbot.waitExposed(view)
    rect = view.visualRect(view.model().index(0, 1))
    event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(),
                       view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == quote
    QToolTip.hideText()


def test_a_long_activity_title_ends_in_an_ellipsis_and_shows_whole_on_hover(
        qtbot, controller, agreed, language):
    window = _open(qtbot, controller, agreed, language)
    title = ("Gruppeintervju med ledere for helse, omsorg, oppvekst, kultur, teknisk drift og "
             "eiendom samt representanter fra økonomi og HR (oppfølging etter vedtaket)")
    activity = window.ctx.run("Add activity", activities.add_activity, kind="interview",
                              title=title, scope="plan")
    view = window.open_activity(activity.id)
    qtbot.waitUntil(lambda: view.title.shown_text().endswith("…"), timeout=5000)
    assert view.title.text() == title
    assert view.title.toolTip() == title
    assert title.startswith(view.title.shown_text()[:-1])
    assert window.width() == SIZE[0]
    # Renamed to something short, it is shown whole again, with no tooltip.
    window.ctx.run("Rename", activities.update_activity, activity.id, title="Kort",
                   scope="plan")
    qtbot.waitUntil(lambda: view.title.shown_text() == "Kort", timeout=5000)
    assert view.title.toolTip() == ""


def test_a_column_the_user_widened_stays_wide_when_the_rows_change(qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtCore import Qt as QtNs
    from PySide6.QtGui import QStandardItem
    from PySide6.QtTest import QTest

    from digifelt.ui.column_sizing import apply_policy

    view = _table(qtbot, [["1.1", "«Et sitat»", "Kari", ""]])
    apply_policy(view, text=1, fit=(0,), names=(2, 3))
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    before = header.sectionSize(2)
    # Drag the right edge of the Name column 60 px to the right, as a user would.
    edge = header.sectionViewportPosition(2) + before - 1
    y = header.height() // 2
    QTest.mousePress(header.viewport(), QtNs.MouseButton.LeftButton, pos=QPoint(edge, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + 60, y))
    QTest.mouseRelease(header.viewport(), QtNs.MouseButton.LeftButton, pos=QPoint(edge + 60, y))
    widened = header.sectionSize(2)
    assert widened > before
    view.model().appendRow([QStandardItem(t) for t in ("2.1", "«Et til»", "Per", "")])
    qtbot.wait(1)
    assert header.sectionSize(2) == widened
