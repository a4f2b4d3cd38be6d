"""Excerpt spans follow their words through edits, or are reported lost — never wrong."""

from hypothesis import given, settings
from hypothesis import strategies as st

from digifelt.core.anchoring import Span, edited_region, nearest_occurrence, reanchor

TEXT = "Vi har en strategi. Ledelsen følger opp. Čáhci og ŋuolga 🙂 er med."


def test_edit_before_span_shifts_it():
    span = Span(TEXT.index("Ledelsen"), TEXT.index("Ledelsen") + len("Ledelsen følger opp"))
    quoted = TEXT[span.start:span.end]
    new = "Innledning. " + TEXT
    moved = reanchor(TEXT, new, span, quoted)
    assert new[moved.start:moved.end] == quoted


def test_edit_after_span_keeps_it():
    span = Span(0, 18)
    new = TEXT + " Tillegg."
    assert reanchor(TEXT, new, span, TEXT[:18]) == span


def test_edit_inside_span_detaches_it():
    span = Span(0, 18)
    new = TEXT.replace("strategi", "plan")
    assert reanchor(TEXT, new, span, TEXT[:18]) is None


def test_deleted_words_detach_the_excerpt():
    start = TEXT.index("Čáhci")
    span = Span(start, start + 5)
    assert reanchor(TEXT, TEXT.replace("Čáhci ", ""), span, "Čáhci") is None


def test_nearest_occurrence_prefers_the_closest():
    text = "ja nei ja nei ja"
    assert nearest_occurrence(text, "ja", 9) == Span(7, 9)
    assert nearest_occurrence(text, "", 0) is None


def test_edited_region_is_exact_for_one_change():
    assert edited_region("abcdef", "abXYef") == (2, 4, 4)
    assert edited_region("aaaa", "aaaaa") == (4, 4, 5)


alphabet = st.sampled_from(list("ab æøå čŋŧ🙂\n."))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet, min_size=2, max_size=60), st.data())
def test_reanchor_never_points_at_other_words(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quoted = text[start:end]
    cut_a = data.draw(st.integers(0, len(text)))
    cut_b = data.draw(st.integers(cut_a, len(text)))
    insert = data.draw(st.text(alphabet, max_size=10))
    new = text[:cut_a] + insert + text[cut_b:]
    moved = reanchor(text, new, Span(start, end), quoted)
    if moved is not None:
        assert new[moved.start:moved.end] == quoted
    if cut_b < start or (cut_a > end):
        # the edit did not touch the span: it must be found
        assert moved is not None
