"""Arbitrary input into the template loader and the capture services: works or fails clearly."""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.core.errors import DigifeltError, TemplateError, ValidationError
from digifelt.core.services import activities, entries, excerpts, rubric
from digifelt.core.template import load_template

NASTY = st.sampled_from(["", "\x00", "\ud800", "🙂", "👩🏽‍💻", "e\u0301", "עברית", "Ŋŋ Čč Đđ",
                         "\u202e", "a" * 1000, "\n\r\t", "'\"{}[]:&*!|>%@`"])
TEXT = st.one_of(st.text(), NASTY, st.lists(NASTY).map("".join))

yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(
                                   ["format", "version", "id", "title", "language", "scale",
                                    "areas", "indicators", "code", "groups", "guides",
                                    "questions", "value", "label"]), children, max_size=6)),
    max_leaves=25)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), yaml_values.map(
    lambda v: yaml.safe_dump(v, allow_unicode=True).encode("utf-8", "surrogatepass"))))
def test_template_loader_fails_only_with_template_error(tmp_path, data):
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    try:
        load_template(path)
    except TemplateError as exc:
        message = str(exc)
    else:
        return
    assert "\n" not in message
    assert "fuzz.yaml" in message


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, data=st.data())
def test_any_text_is_stored_exactly_or_refused(project, text, data):
    act = activities.list_activities(project) or [None]
    if act[0] is None:
        activities.add_activity(project, kind="interview", title="Fuzz")
    act_id = activities.list_activities(project)[0].activity.id
    try:
        entry = entries.add_entry(project, activity_id=act_id, text=text)
    except ValidationError:
        assert "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text)
        return
    assert entries.get_entry(project, entry.id).text == text
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    ind = rubric.rubric_tree(project)[0].indicators[0]
    view = excerpts.tag_excerpt(project, entry_id=entry.id, start=start, end=end,
                                indicator_ids=[ind.id])
    assert view.excerpt.text == text[start:end]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(-5, 50), end=st.integers(-5, 50))
def test_any_offsets_are_tagged_exactly_or_refused(project, start, end):
    act = activities.add_activity(project, kind="interview", title="Offsets")
    text = "Čáhci 🙂 ja ŋuolga e\u0301 ok"
    entry = entries.add_entry(project, activity_id=act.id, text=text)
    ind = rubric.rubric_tree(project)[0].indicators[0]
    try:
        view = excerpts.tag_excerpt(project, entry_id=entry.id, start=start, end=end,
                                    indicator_ids=[ind.id])
    except DigifeltError:
        assert not (0 <= start < end <= len(text))
        assert excerpts.list_excerpts(project, entry_id=entry.id) == []
    else:
        assert view.excerpt.text == text[start:end]


def test_ten_megabyte_entry_round_trips(project):
    act = activities.add_activity(project, kind="observation", title="Stor")
    text = ("Lang tekst med æøå og čŋ 🙂. " * 340_000)[:9_999_999]
    entry = entries.add_entry(project, activity_id=act.id, text=text)
    assert len(entries.get_entry(project, entry.id).text) == len(text)
