"""Rubric editor, plan (activities, groups, participants, guides) and overview pages."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import on_modal, type_text

from digifelt.core.services import activities, entries, excerpts, guides, people, projects, rubric


def click_yes(qtbot, texts: list | None = None):
    def handler(box):
        if texts is not None:
            texts.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
    on_modal(qtbot, handler)


def select_in_rubric(page, code: str) -> None:
    obj = next((i for i in page.ctx.indicators() if i.code == code), None) or next(
        v.area for v in page.ctx.rubric_tree() if v.area.code == code)
    page.tree.setCurrentIndex(page.model.find(obj.id))


# Rubric


def test_edit_an_indicator_and_its_look_fors(qtbot, window):
    page = window.rubric
    window.rail.setCurrentRow(1)
    select_in_rubric(page, "1.2")
    page.item_title.clear()
    type_text(qtbot, page.item_title, "Folkevalgtes kompetanse")
    page.description.setPlainText("Et nytt framtidsbilde.")
    page.lookfors.setPlainText("Kurs\n\nBegrepsliste  ")
    assert page.flush()
    ind = rubric.indicators_by_code(window.ctx.db)["1.2"]
    assert (ind.title, ind.description, ind.lookfors) == (
        "Folkevalgtes kompetanse", "Et nytt framtidsbilde.", ["Kurs", "Begrepsliste"])
    assert page.tree.currentIndex().data() == "1.2"


def test_a_duplicate_code_is_refused_with_a_message(qtbot, window):
    page = window.rubric
    select_in_rubric(page, "1.2")
    page.code.setText("1.3")
    page.code.textEdited.emit("1.3")
    page.flush()
    assert "1.3" in page.message.text()
    assert rubric.indicators_by_code(window.ctx.db)["1.2"].title


def test_add_move_and_remove_areas_and_indicators(qtbot, window):
    page = window.rubric
    page.add_area()
    tree = rubric.rubric_tree(window.ctx.db)
    assert (tree[-1].area.code, tree[-1].area.title) == ("8", "New area")
    page.add_indicator()
    assert [i.code for i in rubric.rubric_tree(window.ctx.db)[-1].indicators] == ["8.1"]
    select_in_rubric(page, "1.3")
    page.move_current(-1)
    assert [i.code for i in rubric.rubric_tree(window.ctx.db)[0].indicators][:3] == [
        "1.1", "1.3", "1.2"]
    select_in_rubric(page, "8")
    page.move_current(-1)
    assert rubric.rubric_tree(window.ctx.db)[-2].area.code == "8"
    select_in_rubric(page, "8.1")
    click_yes(qtbot)
    page.remove_current()
    assert "8.1" not in rubric.indicators_by_code(window.ctx.db)


def test_removing_a_tagged_indicator_warns_with_the_count(qtbot, window):
    db = window.ctx.db
    activity = activities.add_activity(db, kind="interview", title="I")
    entry = entries.add_entry(db, activity_id=activity.id, text="To ganger sitert.")
    ind = rubric.indicators_by_code(db)["6.4"]
    for _ in range(2):
        excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=3, indicator_ids=[ind.id])
    page = window.rubric
    select_in_rubric(page, "6.4")
    texts = []
    on_modal(qtbot, lambda box: (texts.append(box.text()),
                                 box.button(QMessageBox.StandardButton.No).click()))
    page.remove_current()
    assert "2 excerpts are tagged" in texts[0]
    assert "6.4" in rubric.indicators_by_code(db)  # kept: the user said no
    click_yes(qtbot)
    page.remove_current()
    assert "6.4" not in rubric.indicators_by_code(db)
    assert len(excerpts.list_excerpts(db, activity_id=activity.id)) == 2  # excerpts stay


def test_scale_editor(qtbot, window):
    scale = window.rubric.scale
    model = scale.model
    assert model.setData(model.index(1, model.COL_DESCRIPTION), "Noe er på plass.")
    scale.add_level()
    levels = rubric.list_scale(window.ctx.db)
    assert [lv.value for lv in levels] == [1, 2, 3, 4, 5]
    assert levels[1].description == "Noe er på plass."
    scale.table.setCurrentIndex(model.index(4, 1))
    scale.remove_level()
    assert len(rubric.list_scale(window.ctx.db)) == 4


# Plan


def test_add_edit_duplicate_and_delete_activities(qtbot, window):
    tab = window.plan.activities
    window.rail.setCurrentRow(2)

    def fill(dialog):
        dialog.title.clear()
        type_text(qtbot, dialog.title, "Gruppeintervju ledere")
        dialog.headcount.setValue(6)
        dialog.scheduled.setChecked(True)
        dialog.place.setText("Formannskapssalen")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    on_modal(qtbot, fill)
    tab.add()
    [view] = activities.list_activities(window.ctx.db)
    a = view.activity
    assert (a.title, a.headcount, a.place, a.status) == ("Gruppeintervju ledere", 6,
                                                         "Formannskapssalen", "planned")
    assert a.planned_start is not None
    assert a.started_at is None  # planned, not held
    assert view.assessor_ids == [window.ctx.author_id]
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, tab.model.COL_HEADCOUNT).data() == "6"

    def edit(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        dialog.group_model.set_checked([people.list_groups(window.ctx.db)[0].id])
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    on_modal(qtbot, edit)
    tab.edit_current()
    edited = activities.get_activity(window.ctx.db, a.id)
    assert edited.activity.status == "done"
    assert len(edited.group_ids) == 1
    tab.duplicate_current()
    assert len(activities.list_activities(window.ctx.db)) == 2
    click_yes(qtbot)
    tab.delete_current()
    assert len(activities.list_activities(window.ctx.db)) == 1


def test_groups_and_participants(qtbot, window):
    tab = window.plan.people
    tab.add_group()
    groups = tab.groups
    row = groups.row_of(next(g.id for g in people.list_groups(window.ctx.db)
                             if g.name == "New group"))
    assert groups.setData(groups.index(row, groups.COL_NAME), "Innbyggerpanel")
    assert "Innbyggerpanel" in [g.name for g in people.list_groups(window.ctx.db)]
    tab.group_table.setCurrentIndex(groups.index(groups.row_of(
        next(g.id for g in people.list_groups(window.ctx.db) if g.name == "Innbyggerpanel")), 0))
    tab.add_participant()
    model = tab.participants
    assert model.setData(model.index(0, model.COL_ROLE), "Leder")
    assert model.setData(model.index(0, model.COL_NAME), "Kari Nordmann")
    [person] = people.list_participants(window.ctx.db)
    assert (person.role, person.name) == ("Leder", "Kari Nordmann")
    assert model.index(0, model.COL_GROUP).data() == "Innbyggerpanel"
    tab.participant_table.setCurrentIndex(model.index(0, 0))
    tab.remove_participant()
    assert people.list_participants(window.ctx.db) == []


def test_guide_questions_and_their_indicator_codes(qtbot, window):
    tab = window.plan.guides

    def new_guide(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("observation"))
        type_text(qtbot, dialog.title, "Observasjon servicetorg")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    on_modal(qtbot, new_guide)
    tab.add_guide()
    guide = tab.current_guide()
    assert (guide.title, guide.kind) == ("Observasjon servicetorg", "observation")

    def new_question(dialog):
        type_text(qtbot, dialog.text, "Køen er kort.")
        dialog.codes.setText("4.2 4.4")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    on_modal(qtbot, new_question)
    tab.add_question()
    model = tab.questions
    assert model.index(0, model.COL_INDICATORS).data() == "4.2, 4.4"
    shown = []
    on_modal(qtbot, lambda box: (shown.append(box.text()), box.accept()))
    assert not model.setData(model.index(0, model.COL_INDICATORS), "4.2, 9.9")
    assert "9.9" in shown[0]
    assert model.setData(model.index(0, model.COL_INDICATORS), "4.1")
    [q] = guides.get_guide(window.ctx.db, guide.id).questions
    assert [window.ctx.indicator(i).code for i in q.indicator_ids] == ["4.1"]


# Overview


def test_overview_edits_the_project_and_updates_the_title(qtbot, window):
    page = window.overview
    page.title.clear()
    type_text(qtbot, page.title, "Digital ståstedskartlegging")
    page.title.editingFinished.emit()
    assert projects.get_project(window.ctx.db).title == "Digital ståstedskartlegging"
    assert window.windowTitle().startswith("Digital ståstedskartlegging — Fjellvik kommune")
    # The summary's counts are made off the UI thread: wait for them, never read them early.
    qtbot.waitUntil(lambda: "Interview" in page.summary.text(), timeout=10_000)
