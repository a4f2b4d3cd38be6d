"""A hostile rubric template is refused with one line naming the file and the place, never a
crash, a hang or a project that its own exports and bundles would refuse."""

from __future__ import annotations

import os
import sys
import threading

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from digifelt.core.errors import TemplateError
from digifelt.core.template import MAX_DEPTH, find_template, load_template
from digifelt.core.text_rules import text_problem


def rubric(**over) -> dict:
    data = {
        "format": "digifelt-rubric", "version": 1, "id": "hostile", "title": "Hostile",
        "language": "en", "description": "Line one\n\tline two\r\n",
        "scale": [{"value": 1, "label": "Low"}, {"value": 2, "label": "High"}],
        "areas": [{"code": "A", "title": "Area", "indicators": [
            {"code": "A1", "title": "First", "lookfors": ["a look-for"]}]}],
        "groups": ["Staff"],
        "guides": [{"id": "g", "kind": "interview", "title": "Guide", "group": "Staff",
                    "questions": [{"text": "Why?", "indicators": ["A1"]}]}],
    }
    data.update(over)
    return data


def write(tmp_path, text: str, name: str = "hostile.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refusal(path) -> str:
    with pytest.raises(TemplateError) as info:
        load_template(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path.name}: ")
    return message


def texts(model: BaseModel, place: str = ""):
    """(place, text, is_name) for every text in a loaded template."""
    for field, value in model:
        where = f"{place}.{field}" if place else field
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            at = f"{where}[{i}]" if isinstance(value, list) else where
            if isinstance(item, BaseModel):
                yield from texts(item, at)
            elif isinstance(item, str):
                yield at, item, field != "description"


def test_the_valid_base_loads_with_multi_line_descriptions(tmp_path):
    template = load_template(write(tmp_path, yaml.safe_dump(rubric(), allow_unicode=True)))
    assert template.description == "Line one\n\tline two\r\n"


@pytest.mark.parametrize(("text", "place"), [
    ("[" * 50_000, "line 1"),
    ("{a: " * 20_000 + "1" + "}" * 20_000, "line 1"),
    ("".join(" " * i + "a:\n" for i in range(200)), "line 32"),
    ("- " * 5_000 + "x\n", "line 1"),
    ("x: " + "!!seq [" * 100 + "]" * 100, "line 1"),
])
def test_deep_nesting_is_refused_at_its_line_without_recursing(tmp_path, text, place):
    message = refusal(write(tmp_path, text))
    assert f"nested more than {MAX_DEPTH} levels deep" in message
    assert place in message


def test_aliases_that_stack_nesting_are_refused(tmp_path):
    wrap = "[" * 20
    lines = [f"a0: &a0 {wrap}1{']' * 20}"]
    lines += [f"a{i}: &a{i} {wrap}*a{i - 1}{']' * 20}" for i in range(1, 2_000)]
    before = sys.getrecursionlimit()
    message = refusal(write(tmp_path, "\n".join(lines)))
    assert "nested more than" in message
    assert "aliases" in message
    assert sys.getrecursionlimit() == before


@pytest.mark.parametrize("number", ["9" * 5_000, "1" * 19, "-" + "1" * 19, "0x" + "f" * 40,
                                    "0" + "7" * 30, "0b" + "1" * 80, "1_000_000_000_000_000_000",
                                    "1:" * 20 + "0"])
def test_over_long_numbers_are_refused_before_conversion(tmp_path, number):
    text = yaml.safe_dump(rubric()).replace("value: 2", f"value: {number}")
    message = refusal(write(tmp_path, text))
    assert "number with more than 18 digits" in message
    assert "line" in message


def test_the_largest_accepted_scale_value_fits_sqlite(tmp_path):
    text = yaml.safe_dump(rubric()).replace("value: 2", "value: 999999999999999999")
    template = load_template(write(tmp_path, text))
    assert template.scale[1].value < 2**63


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f",
                                  "\ufffe", "\uffff", "\u202a", "\u202e", "\u2066", "\u2069"])
@pytest.mark.parametrize("place", ["title", "scale[1].label", "areas[0].code",
                                   "areas[0].indicators[0].title",
                                   "areas[0].indicators[0].lookfors[0]", "groups[0]",
                                   "guides[0].questions[0].text", "guides[0].title"])
def test_a_name_with_a_control_or_direction_character_is_refused_at_its_place(
        tmp_path, char, place):
    data = rubric()
    parent, key = _walk(data, place)
    parent[key] = f"Bad{char}name"
    message = refusal(write(tmp_path, yaml.safe_dump(data)))
    if char == "\x00":
        assert "NUL" in message
    else:
        assert f"U+{ord(char):04X}" in message
        assert place in message


def _walk(data, place: str):
    parts = place.replace("]", "").replace("[", ".").split(".")
    node = data
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    last = parts[-1]
    return node, int(last) if last.isdigit() else last


def test_free_text_keeps_tabs_line_breaks_and_right_to_left_marks(tmp_path):
    data = rubric(description="ש\u202b עברית\u202c\x0b\tok")
    template = load_template(write(tmp_path, yaml.safe_dump(data, allow_unicode=True)))
    assert template.description == "ש\u202b עברית\u202c\x0b\tok"
    data = rubric(description="a\x00b")
    assert "description: contains a NUL character" in refusal(
        write(tmp_path, yaml.safe_dump(data)))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "rubric.yaml"
    os.mkfifo(fifo)
    result: list = []
    worker = threading.Thread(target=lambda: result.append(_catch(fifo)), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "reading a FIFO hung"
    assert "is not a regular file" in result[0]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_device_is_refused():
    assert "is not a regular file" in _catch("/dev/zero")


def test_a_folder_and_a_missing_file_are_one_line(tmp_path):
    assert "is a folder" in _catch(tmp_path)
    assert "file not found" in _catch(tmp_path / "nope.yaml")


def _catch(path) -> str:
    try:
        load_template(path)
    except TemplateError as exc:
        return str(exc)
    return "accepted"


def test_new_refuses_a_rubric_with_a_vertical_tab_and_writes_nothing(tmp_path):
    from digifelt.cli import main

    data = rubric()
    data["areas"][0]["indicators"][0]["title"] = "Pasted\x0bfrom Word"
    path = write(tmp_path, yaml.safe_dump(data))
    target = tmp_path / "p.digifelt"
    code = main(["new", str(target), "--rubric", str(path), "--title", "T",
                 "--organisation", "O"])
    assert code == 1
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [path]


def test_find_template_refuses_the_same_way(tmp_path):
    data = rubric(title="Evil\u202efdp.exe")
    with pytest.raises(TemplateError, match="U\\+202E"):
        find_template(str(write(tmp_path, yaml.safe_dump(data))))


# Hypothesis: random texts, numbers and nesting in every place of a rubric.

CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    list("\x00\x01\x07\x0b\x0c\x1b\x1f\t\n\r\ufffe\uffff\u202a\u202e\u2066\u2069 "))
TEXT = st.text(CHARS, max_size=12)
NUMBER = st.one_of(st.integers(-10, 10), st.integers(-(10**40), 10**40),
                   st.integers(0, 80).map(lambda n: int("9" * n or "0")))
LEAF = st.one_of(TEXT, NUMBER, st.booleans(), st.none(), st.floats(allow_nan=True))


def nested(depth: int, leaf):
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


VALUE = st.one_of(LEAF, st.builds(nested, st.integers(0, 3 * MAX_DEPTH), LEAF),
                  st.lists(LEAF, max_size=3), st.dictionaries(TEXT, LEAF, max_size=3))
PLACES = ["title", "description", "id", "scale[0].value", "scale[1].label", "areas[0].code",
          "areas[0].title", "areas[0].indicators[0].title", "areas[0].indicators[0].lookfors[0]",
          "areas[0].indicators[0].description", "groups[0]", "guides[0].questions[0].text",
          "guides[0].group", "guides[0].questions[0].indicators[0]", "scale[0].description"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.filter_too_much])
@given(changes=st.lists(st.tuples(st.sampled_from(PLACES), VALUE), min_size=1, max_size=4),
       style=st.sampled_from([None, True, False]))
def test_any_rubric_is_accepted_clean_or_refused_in_one_line(tmp_path_factory, changes, style):
    data = rubric()
    for place, value in changes:
        parent, key = _walk(data, place)
        parent[key] = value
    try:
        text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=style)
    except (yaml.YAMLError, RecursionError):
        return  # PyYAML cannot even write this; there is nothing to read
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        template = load_template(path)
    except TemplateError as exc:
        refused = str(exc)
    else:
        refused = None
    if refused is not None:
        assert "\n" not in refused
        assert refused.startswith("fuzz.yaml: ")
        return
    for place, value, is_name in texts(template):
        assert text_problem(value, name=is_name) is None, (place, value)
    assert all(abs(level.value) < 2**63 for level in template.scale)


@settings(max_examples=100, deadline=None)
@given(raw=st.text(st.sampled_from(list("[]{}:,-&*!? \n\t\"'ax1\x0b\\")), max_size=300))
def test_arbitrary_yaml_text_never_escapes_as_another_exception(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("raw") / "raw.yaml"
    path.write_text(raw, encoding="utf-8")
    outcome = _catch(path)
    assert "\n" not in outcome


def test_a_project_from_an_accepted_rubric_exports_and_its_bundle_verifies(tmp_path, capsys):
    """What a rubric may hold (multi-line, right-to-left and emoji free text; names at the
    limits of the rules) makes a project whose own bundle verifies and whose matrix opens."""
    import openpyxl

    from digifelt.cli import main

    data = rubric(title="Tittel «👩🏽‍💻» עברית",
                  description="Line one\n\tline two\x0b\x0c and \u202eRTL\r\n")
    data["areas"][0]["indicators"][0].update(title="Første\tindikator",
                                             description="Pasted\x0bfrom Word\x07")
    data["groups"] = ["Gruppe «Ŋŋ»"]
    data["guides"][0]["group"] = "Gruppe «Ŋŋ»"
    path = write(tmp_path, yaml.safe_dump(data, allow_unicode=True))
    project = tmp_path / "p.digifelt"
    assert main(["new", str(project), "--rubric", str(path), "--title", "T",
                 "--organisation", "O"]) == 0
    bundle = tmp_path / "b.zip"
    assert main(["bundle", "export", str(project), "-o", str(bundle)]) == 0
    assert main(["bundle", "verify", str(bundle)]) == 0
    matrix = tmp_path / "m.xlsx"
    assert main(["matrix", str(project), "-o", str(matrix), "--by", "group"]) == 0
    cells = [c.value for row in openpyxl.load_workbook(matrix).active.iter_rows() for c in row]
    assert any(isinstance(v, str) and "Første" in v for v in cells)
    assert "error" not in capsys.readouterr().err
