"""The tag picker: type-ahead by code and words, preferred indicators first, flags on keys."""

import pytest
from PySide6.QtCore import Qt

from digifelt.ui.capture.tag_picker import TagPicker
from digifelt.ui.models.roles import Role
from digifelt.ui.undo import TagChoice


@pytest.fixture
def ctx(qtbot, project_path, settings):
    from digifelt.ui.project_context import ProjectContext

    context = ProjectContext.open(project_path, settings)
    yield context
    context.close()


def codes(picker) -> list[str]:
    return [picker.proxy.index(r, 0).data(Role.CODE) for r in range(picker.proxy.rowCount())]


def code_ids(ctx) -> dict[str, str]:
    return {i.code: i.id for i in ctx.indicators()}


def make(qtbot, ctx, **kwargs) -> TagPicker:
    picker = TagPicker(ctx, quoted="Vi har ingen plan.", **kwargs)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.filter.setFocus()
    return picker


def test_preferred_indicators_come_first_and_are_current(qtbot, ctx):
    ids = code_ids(ctx)
    picker = make(qtbot, ctx, preferred_ids=[ids["5.2"], ids["1.3"]])
    assert codes(picker)[:2] == ["1.3", "5.2"]
    assert picker.indicator_ids() == [ids["1.3"]]
    assert len(codes(picker)) == len(ids)


def test_type_ahead_by_code_prefix_with_or_without_dots(qtbot, ctx):
    picker = make(qtbot, ctx)
    qtbot.keyClicks(picker.filter, "5.")
    assert codes(picker) == ["5.1", "5.2", "5.3", "5.4"]
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "53")
    assert codes(picker) == ["5.3"]


def test_type_ahead_by_words_in_any_order_and_case(qtbot, ctx):
    picker = make(qtbot, ctx)
    qtbot.keyClicks(picker.filter, "GEVINST")
    assert {"7.1", "7.2"} <= set(codes(picker))
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "oppfølging gevinst")
    assert codes(picker)[0] == "7.2"
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "zzzz")
    assert codes(picker) == []
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.isVisible()
    assert picker.message.text()


def test_arrow_keys_move_and_enter_returns_the_choice(qtbot, ctx):
    ids = code_ids(ctx)
    picker = make(qtbot, ctx)
    qtbot.keyClicks(picker.filter, "1.")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Up)
    assert picker.list.currentIndex().data(Role.ID) == ids["1.2"]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.result() == TagPicker.DialogCode.Accepted
    assert picker.choice().indicator_ids == [ids["1.2"]]


def test_flags_on_keys_never_reach_the_filter(qtbot, ctx):
    picker = make(qtbot, ctx)
    qtbot.keyClick(picker.filter, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(picker.filter, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(picker.filter, "*")
    assert picker.filter.text() == ""
    choice = picker.choice()
    assert (choice.kind, choice.valence, choice.starred) == ("paraphrase", "strength", True)
    qtbot.keyClick(picker.filter, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(picker.filter, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(picker.filter, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    choice = picker.choice()
    assert (choice.kind, choice.valence, choice.starred) == ("quote", "neutral", False)


def test_ctrl_space_tags_several_indicators(qtbot, ctx):
    ids = code_ids(ctx)
    picker = make(qtbot, ctx)
    qtbot.keyClicks(picker.filter, "6.1")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "3.4")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert picker.choice().indicator_ids == [ids["3.4"], ids["6.1"]]  # rubric order


def test_editing_starts_from_the_existing_tag_and_escape_cancels(qtbot, ctx):
    ids = code_ids(ctx)
    initial = TagChoice([ids["4.4"]], "paraphrase", "gap", True, "memo")
    picker = make(qtbot, ctx, initial=initial)
    assert picker.choice() == initial
    qtbot.keyClick(picker.filter, Qt.Key.Key_Escape)
    assert picker.result() == TagPicker.DialogCode.Rejected
