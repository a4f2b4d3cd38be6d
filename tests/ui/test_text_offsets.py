"""UTF-16 positions (Qt) ↔ code-point offsets (core), with emoji and other astral characters."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digifelt.ui.text_offsets import cp_to_utf16, utf16_length, utf16_to_cp


def test_plain_text_is_the_identity():
    assert utf16_to_cp("hei på deg", 4) == 4
    assert cp_to_utf16("hei på deg", 4) == 4


@pytest.mark.parametrize(("text", "cp", "u16"), [
    ("😀abc", 1, 2), ("😀abc", 2, 3), ("a😀b😀c", 3, 4), ("a😀b😀c", 5, 7), ("𝔘x", 2, 3)])
def test_emoji_take_two_units(text, cp, u16):
    assert cp_to_utf16(text, cp) == u16
    assert utf16_to_cp(text, u16) == cp


def test_a_position_inside_a_surrogate_pair_rounds_down_and_ends_clamp():
    assert utf16_to_cp("a😀b", 2) == 1
    assert utf16_to_cp("abc", 99) == 3
    assert cp_to_utf16("a😀", 99) == 3
    assert utf16_to_cp("abc", -1) == 0


@given(st.text(max_size=40), st.data())
def test_round_trip_matches_qt_string_lengths(text, data):
    pos = data.draw(st.integers(0, len(text)))
    u16 = cp_to_utf16(text, pos)
    assert u16 == len(text[:pos].encode("utf-16-le")) // 2
    assert utf16_to_cp(text, u16) == pos
    assert utf16_length(text) == len(text.encode("utf-16-le", "surrogatepass")) // 2
