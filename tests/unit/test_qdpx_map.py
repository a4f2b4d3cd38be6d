"""REFI-QDA import: codes that match no indicator can be mapped to one or added as new
indicators (under "Fra QDA-prosjekt"), from the API and the command line, all or nothing."""

import sqlite3
from pathlib import Path

import pytest
from test_qdpx_import import G, foreign, make_qdpx, sel

from digifelt.exports.qdpx.importer import (
    QdpxImportError,
    apply_qdpx_import,
    preview_qdpx_import,
)
from digifelt.exports.qdpx.rows import Choices

QUALCODER = Path(__file__).resolve().parents[1] / "fixtures" / "qdpx" / "qualcoder-export.qdpx"
TEXT = "Alle trives godt her. Kantina er for liten. Ledelsen lytter."


def tagged(path: Path) -> dict[str, tuple]:
    """Each excerpt's words → (indicator codes, indicator titles, area titles), checked to sit
    on its words in its note."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for x_id, words, start, end, note in con.execute(
                "SELECT x.id, x.text, x.start, x.\"end\", e.text FROM excerpt x "
                "JOIN entry e ON e.id = x.entry_id"):
            assert note[start:end] == words
            rows = con.execute(
                "SELECT i.code, i.title, a.title FROM excerpt_indicator xi JOIN indicator i "
                "ON i.id = xi.indicator_id JOIN area a ON a.id = i.area_id "
                "WHERE xi.excerpt_id = ? ORDER BY i.code", (x_id,)).fetchall()
            out[words] = tuple(rows)
        return out
    finally:
        con.close()


@pytest.fixture
def package(tmp_path):
    """Three codes that match no indicator: Trivsel, "Kantine" and "9.9 Lytting"."""
    src = G(51)
    codes = (f'<Code guid="{G(1)}" name="1.1 Digitalisering i styringsdokumenter" '
             f'isCodable="true"/><Code guid="{G(2)}" name="Trivsel" isCodable="true"/>'
             f'<Code guid="{G(3)}" name="Kantine" isCodable="true"/>'
             f'<Code guid="{G(4)}" name="9.9 Lytting" isCodable="true"/>')
    spans = [(5, 12, G(2)), (22, 43, G(3)), (44, 60, G(4)), (0, 4, G(1))]
    sels = "".join(sel(G(60 + n), a, b, code) for n, (a, b, code) in enumerate(spans))
    return make_qdpx(tmp_path / "m.qdpx", foreign(src, sels, codes=codes),
                     {f"sources/{src}.txt": TEXT})


def test_map_and_add_tag_the_right_words_and_add_the_indicators(project, package):
    choices = Choices({"Trivsel": "3.2", G(4): "1.1"}, {"Kantine"})
    plan = preview_qdpx_import(project.path, package, db=project, choices=choices)
    assert plan.mapped == {"Trivsel": "3.2", "9.9 Lytting": "1.1"}
    assert plan.added == {"Kantine": "Q.1"}
    assert plan.unmatched == []
    assert plan.unmatched_codes == []
    assert plan.counts["indicator"].new == 1
    assert plan.counts["area"].new == 1
    assert not plan.rubric_mismatches
    assert any("added: “Kantine” → new indicator Q.1" in line for line in plan.lines())
    project.close()
    result = apply_qdpx_import(project.path, package, choices=choices)
    assert result.backup is not None
    got = tagged(project.path)
    assert got["trives "][0][0] == "3.2"
    assert got["Ledelsen lytter."][0][0] == "1.1"
    assert got["Kantina er for liten."] == (("Q.1", "Kantine", "Fra QDA-prosjekt"),)
    assert got["Alle"][0][0] == "1.1"  # matched as before


def test_the_qualcoder_package_maps_and_adds(project, tmp_path):
    project.close()
    copy = tmp_path / "b.digifelt"
    copy.write_bytes(project.path.read_bytes())
    apply_qdpx_import(project.path, QUALCODER, choices=Choices({"Trivsel": "3.1"}))
    assert tagged(project.path)["Trivselen er god"][0][0] == "3.1"
    result = apply_qdpx_import(copy, QUALCODER, choices=Choices(add_unmatched=True))
    assert result.added == {"Trivsel": "Q.1"}
    got = tagged(copy)
    assert got["Trivselen er god"] == (("Q.1", "Trivsel", "Fra QDA-prosjekt"),)
    assert got["opplæringen kommer for sent"][0][0] == "3.2"  # matched codes stay matched


def test_added_codes_get_codes_no_indicator_has_and_reuse_the_area(project, tmp_path):
    from digifelt.core.services import rubric

    area = rubric.add_area(project, code="Q", title="Annet")
    rubric.add_indicator(project, area_id=area.id, code="Q.1", title="Opptatt")
    project.close()
    first = make_qdpx(tmp_path / "1.qdpx", foreign(G(52), sel(G(70), 0, 4, G(2))),
                      {f"sources/{G(52)}.txt": TEXT})
    result = apply_qdpx_import(project.path, first, choices=Choices(add={"Trivsel"}))
    assert result.added == {"Trivsel": "Q2.1"}
    codes = (f'<Code guid="{G(5)}" name="Rutiner" isCodable="true"/>')
    second = make_qdpx(tmp_path / "2.qdpx", foreign(G(53), sel(G(71), 5, 12, G(5)),
                                                    codes=codes),
                       {f"sources/{G(53)}.txt": TEXT})
    result = apply_qdpx_import(project.path, second, choices=Choices(add_unmatched=True))
    assert result.added == {"Rutiner": "Q2.2"}
    con = sqlite3.connect(project.path)
    assert con.execute("SELECT count(*) FROM area WHERE title = 'Fra QDA-prosjekt'"
                       ).fetchone() == (1,)
    con.close()


def test_a_new_project_with_a_rubric_gets_the_added_indicator(tmp_path, package):
    new = tmp_path / "ny.digifelt"
    result = apply_qdpx_import(new, package, rubric="digital-ståstedskartlegging-kommune",
                               choices=Choices({"Kantine": "2.1"}, add_unmatched=True))
    assert result.added == {"Trivsel": "Q.1", "9.9 Lytting": "Q.2"}
    got = tagged(new)
    assert got["Kantina er for liten."][0][0] == "2.1"
    assert got["trives "] == (("Q.1", "Trivsel", "Fra QDA-prosjekt"),)
    assert got["Ledelsen lytter."] == (("Q.2", "9.9 Lytting", "Fra QDA-prosjekt"),)


def test_a_failed_import_takes_the_added_indicators_back(project, package, monkeypatch):
    from digifelt.exports.qdpx import importer

    project.close()
    before = project.path.read_bytes()

    def broken(*_a, **_k):
        raise importer.MergeError("the disk said no")

    monkeypatch.setattr(importer, "merge", broken)
    with pytest.raises(QdpxImportError, match="the disk said no"):
        apply_qdpx_import(project.path, package, choices=Choices(add_unmatched=True))
    con = sqlite3.connect(project.path)
    assert con.execute("SELECT count(*) FROM indicator WHERE code LIKE 'Q%'"
                       ).fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM area WHERE code = 'Q'").fetchone() == (0,)
    con.close()
    assert project.path.read_bytes() == before


@pytest.mark.parametrize(("choices", "says"), [
    (Choices({"Trivsel": "9.9"}), "no indicator “9.9”"),
    (Choices({"Ukjent": "1.1"}), "no code “Ukjent”"),
    (Choices(add={"Ukjent"}), "no code “Ukjent”"),
])
def test_an_unknown_code_or_indicator_changes_nothing(project, package, choices, says):
    project.close()
    before = project.path.read_bytes()
    with pytest.raises(QdpxImportError, match=says) as err:
        apply_qdpx_import(project.path, package, choices=choices)
    assert "\n" not in str(err.value)
    assert project.path.read_bytes() == before


def test_cli_map_and_add(project, package, capsys):
    from digifelt.cli import main

    project.close()
    path = str(project.path)
    assert main(["qdpx", "import", path, str(package), "--map", "Trivsel=3.2", "--map",
                 "9.9 Lytting=1.1", "--add", "Kantine", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "(dry run, nothing changed)" in out
    assert "2 mapped, 1 added" in out
    assert "added: “Kantine” → new indicator Q.1" in out
    assert all(not codes for codes in tagged(project.path).values())  # dry run: nothing
    assert main(["qdpx", "import", path, str(package), "--map", "Trivsel=3.2", "--add",
                 "Kantine"]) == 0
    got = tagged(project.path)
    assert got["trives "][0][0] == "3.2"
    assert got["Kantina er for liten."][0][0] == "Q.1"
    assert got["Ledelsen lytter."] == ()  # left as it was: untagged


def test_cli_add_unmatched(project, package, capsys):
    from digifelt.cli import main

    project.close()
    assert main(["qdpx", "import", str(project.path), str(package), "--add-unmatched"]) == 0
    assert "3 added as new indicators" in capsys.readouterr().out
    got = tagged(project.path)
    assert {got[w][0][0] for w in ("trives ", "Kantina er for liten.", "Ledelsen lytter.")} \
        == {"Q.1", "Q.2", "Q.3"}


@pytest.mark.parametrize(("option", "says"), [
    (["--map", "Trivsel=7.7"], "no indicator “7.7”"),
    (["--map", "Ingen slik=1.1"], "no code “Ingen slik”"),
    (["--map", "Trivsel"], "CODE OR NAME=INDICATOR"),
])
def test_cli_a_bad_map_is_one_line_and_changes_nothing(project, package, capsys, option,
                                                        says):
    from digifelt.cli import main

    project.close()
    before = project.path.read_bytes()
    assert main(["qdpx", "import", str(project.path), str(package), *option]) != 0
    err = capsys.readouterr().err.strip()
    assert says in err
    assert "\n" not in err
    assert project.path.read_bytes() == before


def test_a_new_project_from_the_codebook_maps_a_code_onto_another(tmp_path, package):
    new = tmp_path / "fra-kodeboka.digifelt"
    result = apply_qdpx_import(new, package, choices=Choices({"Kantine": "1.1"}))
    assert result.mapped == {"Kantine": "1.1"}
    got = tagged(new)
    assert got["Kantina er for liten."][0][:2] == ("1.1", "Digitalisering i styringsdokumenter")
    assert got["trives "][0][1] == "Trivsel"  # the other codes are indicators of their own
    with pytest.raises(QdpxImportError, match="no indicator “4.4”"):
        apply_qdpx_import(tmp_path / "x.digifelt", package, choices=Choices({"Kantine": "4.4"}))
    assert not (tmp_path / "x.digifelt").exists()
