"""Every Qt item model passes pytest-qt's model tester, filled from a real project."""

import pytest
from PySide6.QtCore import Qt

from digifelt.core.services import (
    activities,
    attachments,
    entries,
    excerpts,
    guides,
    people,
    rubric,
)
from digifelt.ui.models.activities import ActivitiesModel, load_activity_rows
from digifelt.ui.models.attachments import AttachmentsModel, human_size
from digifelt.ui.models.checklist import CheckItem, CheckListModel
from digifelt.ui.models.excerpts import ExcerptsModel
from digifelt.ui.models.guides import GuidesModel, QuestionsModel
from digifelt.ui.models.indicators import IndicatorFilterProxy, IndicatorPickerModel, picker_rows
from digifelt.ui.models.outline import OutlineModel, OutlineRow
from digifelt.ui.models.people import GroupsModel, ParticipantsModel
from digifelt.ui.models.roles import Role
from digifelt.ui.models.rubric import RubricTreeModel
from digifelt.ui.models.scale import ScaleModel


@pytest.fixture
def filled(project):
    db = project
    group = people.list_groups(db)[0]
    person = people.add_participant(db, group_id=group.id, role="leder", name="Kari")
    guide = next(g for g in guides.list_guides(db) if g.kind == "interview")
    activity = activities.add_activity(db, kind="interview", title="Intervju", guide_id=guide.id,
                                       group_ids=[group.id], participant_ids=[person.id],
                                       headcount=6)
    activities.add_activity(db, kind="observation", title="Kommunestyret")
    entry = entries.add_entry(db, activity_id=activity.id, text="Vi har en plan. Den følges.")
    ind = rubric.indicators_by_code(db)["1.1"]
    excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=15, indicator_ids=[ind.id],
                         starred=True)
    excerpts.add_document_excerpt(db, activity_id=activity.id, text="Side sju.", page=7,
                                  indicator_ids=[ind.id])
    attachments.add_attachment(db, data=b"x" * 2048, filename="foto.jpg", caption="Tavla",
                               activity_id=activity.id)
    return db, activity, guide


def codes(ids):
    return ",".join(ids)


def test_activities_model(qtmodeltester, filled):
    db, _activity, _guide = filled
    model = ActivitiesModel()
    model.set_rows(load_activity_rows(db))
    qtmodeltester.check(model)
    row = model.row_of(_activity.id)
    assert model.index(row, ActivitiesModel.COL_HEADCOUNT).data() == "6"
    assert model.index(row, ActivitiesModel.COL_GROUPS).data() == people.list_groups(db)[0].name
    assert model.headerData(ActivitiesModel.COL_STATUS, Qt.Orientation.Horizontal) == "Status"


def test_rubric_tree_model(qtmodeltester, filled):
    db = filled[0]
    model = RubricTreeModel()
    model.set_tree(rubric.rubric_tree(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    first_area = model.index(0, 0)
    assert model.index(0, RubricTreeModel.COL_CODE, first_area).data() == "1.1"
    ind = rubric.indicators_by_code(db)["2.3"]
    assert model.find(ind.id).data() == "2.3"


def test_scale_model_edits_through_its_commit(qtmodeltester, filled):
    db = filled[0]
    model = ScaleModel(lambda value, label, description: rubric.set_scale_level(
        db, value=value, label=label, description=description))
    model.set_rows(rubric.list_scale(db))
    qtmodeltester.check(model)
    assert model.setData(model.index(0, ScaleModel.COL_LABEL), "Ikke påbegynt")
    assert rubric.list_scale(db)[0].label == "Ikke påbegynt"
    assert not model.flags(model.index(0, ScaleModel.COL_VALUE)) & Qt.ItemFlag.ItemIsEditable


def test_people_models(qtmodeltester, filled):
    db = filled[0]
    groups = GroupsModel(lambda row, field, value: people.update_group(db, row.id,
                                                                       **{field: value}))
    groups.set_rows(people.list_groups(db))
    qtmodeltester.check(groups)
    participants = ParticipantsModel()
    participants.set_groups({g.id: g.name for g in people.list_groups(db)})
    participants.set_rows(people.list_participants(db))
    qtmodeltester.check(participants)
    assert "personal data" in participants.headerData(ParticipantsModel.COL_NAME,
                                                      Qt.Orientation.Horizontal)
    assert groups.setData(groups.index(0, GroupsModel.COL_DESCRIPTION), "Kommunestyret")
    assert people.list_groups(db)[0].description == "Kommunestyret"


def test_guide_models(qtmodeltester, filled):
    db, _activity, guide = filled
    model = GuidesModel()
    model.set_rows(guides.list_guides(db))
    qtmodeltester.check(model)
    questions = QuestionsModel(codes)
    questions.set_rows(guides.get_guide(db, guide.id).questions)
    qtmodeltester.check(questions)
    assert questions.index(0, QuestionsModel.COL_ORDER).data() == "1"


def test_excerpts_model(qtmodeltester, filled):
    db, activity, _guide = filled
    model = ExcerptsModel(codes, codes)
    model.set_rows(excerpts.list_excerpts(db, activity_id=activity.id))
    qtmodeltester.check(model)
    assert model.index(0, ExcerptsModel.COL_STAR).data() == "★"
    assert model.index(0, ExcerptsModel.COL_TEXT).data() == "Vi har en plan."
    assert model.index(1, ExcerptsModel.COL_WHERE).data() == "p. 7"


def test_attachments_model(qtmodeltester, filled):
    db, activity, _guide = filled
    model = AttachmentsModel()
    model.set_rows(attachments.list_attachments(db, activity.id))
    qtmodeltester.check(model)
    assert model.index(0, AttachmentsModel.COL_SIZE).data() == "2.0 KB"
    assert human_size(10) == "10 B"


def test_indicator_picker_model_and_proxy(qtmodeltester, filled):
    db = filled[0]
    model = IndicatorPickerModel(picker_rows(rubric.rubric_tree(db), []))
    qtmodeltester.check(model)
    proxy = IndicatorFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query("arkiv")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() >= 1
    index = proxy.index(0, 0)
    assert proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [index.data(Role.ID)]


def test_checklist_model_reports_user_toggles(qtmodeltester):
    model = CheckListModel([CheckItem("a", "Alpha"), CheckItem("b", "Beta")])
    qtmodeltester.check(model)
    toggled = []
    model.toggled.connect(lambda item_id, on: toggled.append((item_id, on)))
    model.setData(model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.set_checked(["a"])
    assert toggled == [("b", True)]
    assert model.checked_ids() == ["a"]


def test_outline_model(qtmodeltester):
    model = OutlineModel()
    model.set_rows([OutlineRow(0, "q1", "Hva gjør dere?", "1.1", number=1),
                    OutlineRow(1, None, "Free notes", "", has_notes=True)])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "○ 1. Hva gjør dere?"
    model.set_has_notes(0, True)
    assert model.index(0, 0).data().startswith("●")
