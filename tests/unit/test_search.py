"""Full-text search: case-insensitive, prefixes, æøå and Sámi letters as typed, ranked snippets."""

import pytest

from digifelt.core.services import activities, entries, excerpts, findings, rubric
from digifelt.core.services.search import MARK_END, MARK_START, build_match, search


@pytest.fixture
def corpus(project):
    act = activities.add_activity(project, kind="interview", title="Folkevalgte i Kárášjohka")
    texts = [
        "Strategien for digitalisering er vedtatt i kommunestyret.",
        "Vi mangler opplæring i KI-verktøy; ærlig talt er det få som får øve.",
        "Čáhci ja ŋuolga: Sámi bokstaver Đđ Šš Ŧŧ Žž skal kunne søkes.",
        "Digitalisering, digitalisering og mer DIGITALISERING.",
    ]
    made = [entries.add_entry(project, activity_id=act.id, text=t) for t in texts]
    ind = rubric.rubric_tree(project)[0].indicators[0]
    excerpts.tag_excerpt(project, entry_id=made[1].id, start=3, end=20, indicator_ids=[ind.id],
                         memo="Gjelder særlig hjemmetjenesten")
    findings.update_finding(project, ind.id, improvements="Øke kompetansen på gevinstrealisering")
    activities.add_activity(project, kind="document_review", title="Plan",
                            doc_title="Arkivplan for Guovdageaidnu", doc_owner="Arkivleder")
    return project, act, made


@pytest.mark.parametrize(("query", "expected"), [
    ("strategien", 1), ("STRAT", 1), ("ærlig", 1), ("ÆRLIG", 1), ("čáhci", 1), ("ČÁHCI", 1),
    ("ŋuolga", 1), ("ŊUOLGA", 1), ("đđ", 1), ("ŧŧ", 1), ("žž", 1), ("kárášjohka", 1),
])
def test_case_insensitive_and_letters_as_typed(corpus, query, expected):
    db, _act, _made = corpus
    assert len([h for h in search(db, query) if h.kind == "entry"]) + len(
        [h for h in search(db, query) if h.kind == "activity"]) >= expected


def test_diacritics_are_not_folded_away(corpus):
    db, _a, _m = corpus
    assert search(db, "cahci") == []  # 'č' and 'á' are letters of their own, as typed


def test_prefix_ranking_and_snippet(corpus):
    db, act, made = corpus
    hits = search(db, "digitali")
    assert hits[0].ref_id == made[3].id  # three occurrences rank above one
    assert MARK_START in hits[0].snippet
    assert MARK_END in hits[0].snippet
    assert hits[0].activity_title == "Folkevalgte i Kárášjohka"
    assert hits[0].activity_id == act.id
    assert "[Digitalisering]" in hits[0].snippet_marked()


def test_every_kind_of_object_is_searchable(corpus):
    db, _a, _m = corpus
    assert {h.kind for h in search(db, "hjemmetjenesten")} == {"excerpt"}
    assert {h.kind for h in search(db, "gevinstrealisering")} == {"finding"}
    assert {h.kind for h in search(db, "guovdageaidnu")} == {"activity"}


def test_index_follows_edits_and_deletes(corpus):
    db, act, made = corpus
    entries.update_entry_text(db, made[0].id, "Nå handler det om skytjenester.")
    assert search(db, "strategien") == []
    assert [h.ref_id for h in search(db, "skytjen")] == [made[0].id]
    activities.delete_activity(db, act.id)
    assert search(db, "skytjen") == []
    assert search(db, "hjemmetjenesten") == []


@pytest.mark.parametrize("query", ['"', "(", "a AND", "NEAR(", "*", "-x", "^", "  ", "🙂"])
def test_syntax_characters_never_raise(corpus, query):
    db, _a, _m = corpus
    search(db, query)


def test_build_match_quotes_words():
    assert build_match('he said "hi"') == '"he"* "said"* "hi"*'
    assert build_match("...") is None


@pytest.mark.parametrize(("text", "query", "expected"), [
    ("Vi har en strategi for digitalisering.", "digi", "digitalisering"),
    ("Vi har en strategi for digitalisering.", "STRAT digi", "strategi"),
    ("Ærlig talt", "ærl", "Ærlig"),
    ("Čáhci ja ŋuolga", "ŋuo", "ŋuolga"),
    ("Ingen treff her", "gevinst", None),
    ("Noe", "  !! ", None),
])
def test_find_span_points_at_the_matched_word(text, query, expected):
    from digifelt.core.services.search import find_span

    span = find_span(text, query)
    assert (text[span[0]:span[1]] if span else None) == expected
