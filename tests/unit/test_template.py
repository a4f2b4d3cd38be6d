"""Rubric template format: the built-in templates and one test per kind of broken file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from digifelt.core.errors import TemplateError
from digifelt.core.template import (
    RubricTemplate,
    TemplateInfo,
    builtin_templates,
    find_template,
    load_template,
)

NB_ID = "digital-ståstedskartlegging-kommune"
EN_ID = "organisational-digital-maturity"

MINIMAL = """\
format: digifelt-rubric
version: 1
id: mini
title: Mini
language: nb
scale:
  - {value: 1, label: Lav}
  - {value: 2, label: Høy}
areas:
  - code: "1"
    title: Område én
    indicators:
      - {code: "1.1", title: Første}
      - {code: "1.2", title: Andre}
  - code: "2"
    title: Område to
    indicators:
      - {code: "2.1", title: Tredje, lookfors: [Noe å se etter]}
groups: [Ledere, Ansatte]
guides:
  - id: g1
    kind: interview
    title: Guide
    group: Ledere
    questions:
      - {text: Åpning, indicators: []}
      - {text: Spørsmål, indicators: ["1.1", "2.1"]}
"""


def write(tmp_path: Path, text: str | bytes, name: str = "broken.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def error_for(path: Path) -> str:
    with pytest.raises(TemplateError) as info:
        load_template(path)
    message = str(info.value)
    assert "\n" not in message, message
    assert "\r" not in message, message
    assert message.startswith(f"{path.name}: "), message
    return message


def edited(**changes) -> str:
    """MINIMAL with top-level keys replaced (value None removes the key)."""
    data = yaml.safe_load(MINIMAL)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# ------------------------------------------------------------------ built-ins


@pytest.mark.parametrize(("template_id", "language"), [(NB_ID, "nb"), (EN_ID, "en")])
def test_builtin_templates_load_and_are_complete(template_id: str, language: str) -> None:
    template = find_template(template_id)
    assert isinstance(template, RubricTemplate)
    assert template.id == template_id
    assert template.language == language
    assert [level.value for level in template.scale] == [1, 2, 3, 4]
    assert len(template.areas) == 7
    assert all(3 <= len(area.indicators) <= 5 for area in template.areas)
    assert all(area.description for area in template.areas)
    for area in template.areas:
        for indicator in area.indicators:
            assert indicator.description
            assert 2 <= len(indicator.lookfors) <= 4, indicator.code
    assert len(template.groups) == 5
    kinds = [guide.kind for guide in template.guides]
    assert kinds.count("interview") == 4
    assert kinds.count("observation") == 1
    assert kinds.count("document_review") == 1
    assert all(g.group in template.groups for g in template.guides if g.kind == "interview")
    # every indicator is illuminated by at least one guide question
    used = {code for g in template.guides for q in g.questions for code in q.indicators}
    assert used == set(template.indicator_codes())


def test_norwegian_template_details() -> None:
    template = find_template(NB_ID)
    assert [level.label for level in template.scale] == [
        "Ikke etablert",
        "Under utvikling",
        "I stor grad etablert",
        "Framtidsbildet er nådd",
    ]
    assert template.groups == ["Folkevalgte", "Ledere", "Ansatte", "Tillitsvalgte", "Innbyggere"]
    codes = template.indicator_codes()
    assert codes[:5] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert len(codes) == 29
    observation = next(g for g in template.guides if g.kind == "observation")
    points = [q for q in observation.questions if q.text.startswith("O")]
    assert len(points) == 13
    assert all(q.indicators for q in points)
    folkevalgte = next(g for g in template.guides if g.group == "Folkevalgte")
    assert folkevalgte.questions[0].indicators == []  # opening question
    assert folkevalgte.questions[-1].indicators == []  # closing


def test_english_template_scale_labels() -> None:
    template = find_template(EN_ID)
    labels = [level.label for level in template.scale]
    assert labels == ["Not in place", "Emerging", "Largely in place", "Achieved"]
    assert template.groups == [
        "Elected members",
        "Managers",
        "Employees",
        "Union representatives",
        "Citizens",
    ]


def test_builtin_templates_lists_both_sorted_by_id() -> None:
    infos = builtin_templates()
    assert [info.id for info in infos] == sorted([NB_ID, EN_ID])
    for info in infos:
        assert isinstance(info, TemplateInfo)
        assert info.path.is_file()
        assert info.title
        assert load_template(info.path).id == info.id


def test_find_template_by_path(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL, "mini.yaml")
    template = find_template(str(path))
    assert template.id == "mini"
    assert template.indicator_codes() == ["1.1", "1.2", "2.1"]


def test_find_template_unknown_lists_available_ids() -> None:
    with pytest.raises(TemplateError) as info:
        find_template("no-such-template")
    message = str(info.value)
    assert "no-such-template" in message
    assert NB_ID in message
    assert EN_ID in message
    assert "\n" not in message


# ------------------------------------------------------------------ bad files


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "format: digifelt-rubric\nversion: 1\nid: [unclosed\ntitle: x\n")
    message = error_for(path)
    assert "invalid YAML" in message
    assert "line " in message
    assert "column " in message


def test_duplicate_yaml_key_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("title: Mini\n", "title: Mini\ntitle: Maxi\n"))
    message = error_for(path)
    assert "duplicate key 'title'" in message
    assert "line 5" in message


def test_not_a_mapping(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, "- just\n- a list\n"))
    assert "expected a mapping" in message
    assert "list" in message


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    assert "file is empty" in error_for(write(tmp_path, text))


def test_not_utf8(tmp_path: Path) -> None:
    message = error_for(
        write(tmp_path, MINIMAL.replace("Høy", "H\udcf8y").encode("utf-8", "surrogateescape"))
    )
    assert "not UTF-8" in message
    assert "0xf8" in message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    assert load_template(write(tmp_path, b"\xef\xbb\xbf" + MINIMAL.encode())).id == "mini"


def test_missing_file(tmp_path: Path) -> None:
    message = error_for(tmp_path / "missing.yaml")
    assert "file not found" in message


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    assert "is a folder" in error_for(folder)


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "#" * (5 * 1024 * 1024 + 1) + "\n")
    assert "too large" in error_for(path)


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = write(tmp_path, MINIMAL + "\n".join(lines) + "\n")
    assert "too many values" in error_for(path)


def test_wrong_format(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, edited(format="something-else")))
    assert "format:" in message
    assert "not a digifelt rubric template" in message
    assert "'something-else'" in message


def test_missing_format(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, edited(format=None)))
    assert "format:" in message
    assert "missing" in message


@pytest.mark.parametrize("version", [2, "1", True])
def test_unsupported_version(tmp_path: Path, version: object) -> None:
    message = error_for(write(tmp_path, edited(version=version)))
    assert "version:" in message
    assert "unsupported template version" in message
    assert "reads version 1" in message


def test_duplicate_area_code(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, MINIMAL.replace('code: "2"\n', 'code: "1"\n')))
    assert "areas[1].code: duplicate area code '1' (first used at areas[0].code)" in message


def test_duplicate_indicator_code_across_areas(tmp_path: Path) -> None:
    text = MINIMAL.replace('{code: "2.1", title: Tredje', '{code: "1.1", title: Tredje')
    text = text.replace('indicators: ["1.1", "2.1"]', 'indicators: ["1.1"]')
    message = error_for(write(tmp_path, text))
    assert message == (
        "broken.yaml: areas[1].indicators[0].code: duplicate indicator code '1.1' "
        "(first used at areas[0].indicators[0].code)"
    )


def test_unknown_indicator_in_guide_question(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, MINIMAL.replace('["1.1", "2.1"]', '["9.9", "2.1"]')))
    assert "guides[0].questions[1].indicators[0]: unknown indicator code '9.9'" in message


def test_several_problems_are_counted(tmp_path: Path) -> None:
    text = MINIMAL.replace('["1.1", "2.1"]', '["9.9", "8.8"]').replace("group: Ledere", "group: X")
    message = error_for(write(tmp_path, text))
    assert "guides[0].group: unknown group 'X'" in message
    assert message.endswith("(and 2 more problems)")


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_empty_title(tmp_path: Path, title: str) -> None:
    text = MINIMAL.replace("title: Område to", f"title: {json.dumps(title)}")
    message = error_for(write(tmp_path, text))
    assert "areas[1].title: must not be empty or only whitespace" in message


def test_missing_title(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, edited(title=None)))
    assert message == "broken.yaml: title: required key is missing"


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    message = error_for(
        write(tmp_path, MINIMAL.replace('{code: "1.2", title:', '{code: "1.2", titel:'))
    )
    assert "areas[0].indicators[1].titel: unknown key (did you mean 'title'?)" in message


def test_guide_group_not_in_groups(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, MINIMAL.replace("group: Ledere", "group: Rektorer")))
    assert "guides[0].group: unknown group 'Rektorer' (groups: Ledere, Ansatte)" in message


def test_duplicate_scale_value(tmp_path: Path) -> None:
    message = error_for(
        write(tmp_path, MINIMAL.replace("{value: 2, label: Høy}", "{value: 1, label: Høy}"))
    )
    assert "scale[1].value: duplicate scale value 1 (first used at scale[0].value)" in message


def test_scale_must_ascend(tmp_path: Path) -> None:
    text = MINIMAL.replace("{value: 1, label: Lav}", "{value: 3, label: Lav}")
    message = error_for(write(tmp_path, text))
    assert "scale[1].value: scale values must be in ascending order" in message


def test_duplicate_guide_id_and_group(tmp_path: Path) -> None:
    text = MINIMAL.replace("groups: [Ledere, Ansatte]", "groups: [Ledere, Ledere]")
    message = error_for(write(tmp_path, text))
    assert "groups[1]: duplicate group 'Ledere' (first used at groups[0])" in message
    data = yaml.safe_load(MINIMAL)
    data["guides"].append(dict(data["guides"][0]))
    message = error_for(write(tmp_path, yaml.safe_dump(data, allow_unicode=True)))
    assert "guides[1].id: duplicate guide id 'g1' (first used at guides[0].id)" in message


def test_unknown_guide_kind(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, MINIMAL.replace("kind: interview", "kind: survey")))
    assert "guides[0].kind:" in message
    assert "'survey'" in message


def test_unquoted_decimal_code_gets_a_hint(tmp_path: Path) -> None:
    message = error_for(write(tmp_path, MINIMAL.replace('{code: "1.2"', "{code: 1.2")))
    assert "areas[0].indicators[1].code: codes must be quoted text" in message


def test_integer_codes_are_accepted_as_text(tmp_path: Path) -> None:
    template = load_template(write(tmp_path, MINIMAL.replace('code: "2"\n', "code: 2\n")))
    assert template.areas[1].code == "2"


def test_sami_letters_and_emoji_are_fine(tmp_path: Path) -> None:
    title = "Sámi čálli: áčđŋšŧž ÁČĐŊŠŦŽ 🎉👍"
    text = MINIMAL.replace("title: Mini", f'title: "{title}"').replace("Område én", "Guovlu 🌍 ŋ")
    template = load_template(write(tmp_path, text, "sámi-🎉.yaml"))
    assert template.title == title
    assert template.areas[0].title == "Guovlu 🌍 ŋ"


def test_error_message_names_file_not_directory(tmp_path: Path) -> None:
    sub = tmp_path / "some dir"
    sub.mkdir()
    message = error_for(write(sub, edited(language="sv"), "lang.yaml"))
    assert message.startswith("lang.yaml: language: ")
    assert "'sv'" in message
