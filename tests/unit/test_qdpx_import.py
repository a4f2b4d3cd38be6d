"""REFI-QDA import: digifelt → qdpx → digifelt keeps the content (a property over random
projects), positions from other tools land on the right words, codes meet the project's
indicators, and a bad package changes nothing."""

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.core.services import activities, entries, excerpts, findings, people, rubric
from digifelt.core.services.projects import open_project
from digifelt.exports.qdpx import export_qdpx
from digifelt.exports.qdpx.importer import (
    QdpxImportError,
    apply_qdpx_import,
    preview_qdpx_import,
)
from digifelt.exports.qdpx.writer import SEPARATOR

# Letters that tools count differently or normalise: emoji (two UTF-16 units), a combining
# acute, Sámi letters, Norwegian letters, a CR LF.
ALPHABET = st.sampled_from(list("abc æøå ÅØÆ") + ["🙂", "e\u0301", "ŋ", "š", "đ", "ŧ", "ž",
                                                  "\r\n", "\n", "«", "»", "."])
TEXT = st.lists(ALPHABET, min_size=1, max_size=40).map("".join)


def content(path: Path) -> dict:
    """What must survive: each activity's text (its notes joined as in the package), each
    excerpt's place in it, words, indicators, marks and memo, groups and their activities,
    findings."""
    con = sqlite3.connect(path)
    try:
        acts = {}
        kinds = {a: (k, p) for a, k, p in con.execute("SELECT id, kind, place FROM activity")}
        for act_id, title in con.execute("SELECT id, title FROM activity"):
            rows = con.execute('SELECT id, text FROM entry WHERE activity_id = ? '
                               'ORDER BY "order", created_at, id', (act_id,)).fetchall()
            base, at = {}, 0
            for entry_id, text in rows:
                base[entry_id] = at
                at += len(text) + len(SEPARATOR)
            acts[act_id] = (title, SEPARATOR.join(t for _, t in rows), base)
        codes = dict(con.execute("SELECT id, code FROM indicator"))
        found = []
        for x_id, entry_id, act_id, start, end, text, kind, valence, starred, memo in \
                con.execute("SELECT id, entry_id, activity_id, start, \"end\", text, kind, "
                            "valence, starred, memo FROM excerpt"):
            title, _joined, base = acts[act_id]
            inds = sorted(codes[i] for (i,) in con.execute(
                "SELECT indicator_id FROM excerpt_indicator WHERE excerpt_id = ?", (x_id,)))
            found.append((title, base[entry_id] + start, base[entry_id] + end, text, kind,
                          valence, bool(starred), memo, tuple(inds)))
        groups = sorted((g, tuple(sorted(acts[a][0] for (a,) in con.execute(
            "SELECT activity_id FROM activity_group WHERE group_id = ?", (gid,)))))
            for gid, g in con.execute("SELECT id, name FROM respondent_group"))
        finds = sorted(con.execute(
            "SELECT i.code, f.level, f.strengths, f.improvements, f.status FROM finding f "
            "JOIN indicator i ON i.id = f.indicator_id"))
        summaries = sorted(con.execute("SELECT a.code, s.summary FROM area_summary s "
                                       "JOIN area a ON a.id = s.area_id"))
        return {"activities": sorted((t, j.replace("\r\n", "\n"), *kinds[a])
                                     for a, (t, j, _) in acts.items()),
                "summaries": summaries,
                "excerpts": sorted(found, key=repr), "groups": groups, "findings": finds}
    finally:
        con.close()


@st.composite
def projects(draw):
    n_acts = draw(st.integers(1, 3))
    acts = []
    for n in range(n_acts):
        texts = draw(st.lists(TEXT, min_size=1, max_size=3))
        spans = []
        for i, text in enumerate(texts):
            for _ in range(draw(st.integers(0, 2))):
                start = draw(st.integers(0, len(text) - 1))
                end = draw(st.integers(start + 1, len(text)))
                spans.append((i, start, end, draw(st.integers(0, 3)),
                              draw(st.sampled_from(["strength", "gap", "neutral"])),
                              draw(st.booleans()), draw(st.sampled_from([None, "Memo ŋ 🙂"])),
                              draw(st.sampled_from(["quote", "paraphrase"]))))
        acts.append((f"Aktivitet {n}", texts, spans, draw(st.booleans()),
                     draw(st.sampled_from(["interview", "observation", "document_review",
                                           "workshop"])),
                     draw(st.sampled_from([None, "Rådhuset", "Čáhcesuolu skuvla"]))))
    level = draw(st.sampled_from([None, 1, 3]))
    summary = draw(st.sampled_from([None, "Godt i gang.\n\nMen ŋ mangler 🙂"]))
    return acts, level, summary


def _clean_crlf(text: str) -> str:
    return text.replace("\r\n", "\n")


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(projects())
def test_round_trip_keeps_the_content(blank_project_file, tmp_path_factory, drawn):
    acts, level, summary = drawn
    folder = tmp_path_factory.mktemp("rt")
    path = folder / "a.digifelt"
    shutil.copy(blank_project_file, path)
    db = open_project(path)
    try:
        inds = [i for area in rubric.rubric_tree(db) for i in area.indicators]
        group = people.add_group(db, name="Ledere ŋ")
        for title, texts, spans, in_group, kind, place in acts:
            act = activities.add_activity(db, kind=kind, title=title, place=place,
                                          group_ids=[group.id] if in_group else [])
            # The package's text has LF line ends: so do the notes compared.
            made = [entries.add_entry(db, activity_id=act.id, text=_clean_crlf(t), order=i)
                    for i, t in enumerate(texts)]
            for i, start, end, n_inds, valence, starred, memo, kind in spans:
                text = _clean_crlf(texts[i])
                start, end = min(start, len(text) - 1), min(end, len(text))
                if start >= end:
                    continue
                excerpts.tag_excerpt(db, entry_id=made[i].id, start=start, end=end,
                                     indicator_ids=[x.id for x in inds[:n_inds]],
                                     valence=valence, starred=starred, memo=memo, kind=kind)
        findings.update_finding(db, inds[0].id, level=level, strengths="Godt\n\nog ŋ",
                                improvements="Mer", status="draft")
        if summary:
            findings.update_area_summary(db, rubric.rubric_tree(db)[0].area.id,
                                         summary=summary)
    finally:
        db.close()
    export_qdpx(path, folder / "a.qdpx")
    apply_qdpx_import(folder / "b.digifelt", folder / "a.qdpx")
    assert content(folder / "b.digifelt") == content(path)


def make_qdpx(path: Path, qde: str, members: dict[str, bytes | str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", qde)
        for name, data in (members or {}).items():
            zf.writestr(name, data)
    return path


G = "{:08d}-0000-4000-8000-000000000000".format


def foreign(text_guid: str, selections: str, origin="NVivo 14", codes=None) -> str:
    codes = codes or (f'<Code guid="{G(1)}" name="1.1 Digitalisering i styringsdokumenter" '
                      f'isCodable="true"/><Code guid="{G(2)}" name="Trivsel" isCodable="true"/>')
    return (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
            f'name="Fra kollega" origin="{origin}"><Users><User guid="{G(9)}" name="Kollega"/>'
            f'</Users><CodeBook><Codes>{codes}</Codes></CodeBook>'
            f'<Cases><Case guid="{G(7)}" name="Ledere"><SourceRef targetGUID="{text_guid}"/>'
            f'</Case></Cases><Sources><TextSource guid="{text_guid}" name="Intervju A" '
            f'plainTextPath="internal://{text_guid}.txt">{selections}</TextSource></Sources>'
            f'</Project>')


def sel(guid: str, start: int, end: int, code: str, name: str = "") -> str:
    return (f'<PlainTextSelection guid="{guid}" name="{name}" startPosition="{start}" '
            f'endPosition="{end}"><Coding guid="{G(100 + start)}"><CodeRef targetGUID="{code}"/>'
            f'</Coding></PlainTextSelection>')


@pytest.mark.parametrize("utf16", [False, True])
def test_positions_from_a_tool_counting_utf16_and_crlf_land_on_the_words(
        tmp_path, project, utf16):
    text = "Hei 🙂🙂 sa hun.\r\nDigital strategi e\u0301r vedtatt. ŋ og š."
    words = "strategi e\u0301r vedtatt"
    start = text.index(words)
    if utf16:  # two code units per emoji
        start += 2
    end = start + len(words)
    src = G(50)
    qdpx = make_qdpx(tmp_path / "n.qdpx", foreign(src, sel(G(60), start, end, G(1), words)),
                     {f"sources/{src}.txt": "\ufeff" + text})
    project.close()
    result = apply_qdpx_import(project.path, qdpx)
    assert result.backup is not None
    con = sqlite3.connect(project.path)
    (x_text, x_start, x_end, entry_text), = con.execute(
        "SELECT x.text, x.start, x.\"end\", e.text FROM excerpt x JOIN entry e "
        "ON e.id = x.entry_id WHERE x.id = ?", (G(60),))
    assert x_text == words
    assert entry_text[x_start:x_end] == words
    assert "\r" not in entry_text
    (code,) = con.execute("SELECT i.code FROM excerpt_indicator xi JOIN indicator i "
                          "ON i.id = xi.indicator_id WHERE xi.excerpt_id = ?", (G(60),))
    assert code == ("1.1",)
    assert con.execute("SELECT g.name FROM respondent_group g JOIN activity_group ag "
                       "ON ag.group_id = g.id WHERE ag.activity_id = ?", (src,)).fetchall() \
        == [("Ledere",)]
    assert con.execute("SELECT name FROM assessor WHERE id = ?", (G(9),)).fetchall() == \
        [("Kollega",)]
    con.close()


def test_codes_matching_no_indicator_are_listed_not_dropped_silently(tmp_path, project):
    src = G(51)
    text = "Alle trives godt her."
    qdpx = make_qdpx(tmp_path / "t.qdpx", foreign(src, sel(G(61), 5, 12, G(2))),
                     {f"sources/{src}.txt": text})
    plan = preview_qdpx_import(project.path, qdpx, db=project)
    assert plan.unmatched == ["code “Trivsel” matches no indicator: its 1 coding stay "
                              "untagged"]
    assert any("code “Trivsel” matches no indicator" in line for line in plan.lines())
    assert plan.counts["excerpt"].new == 1


@pytest.mark.parametrize(("members", "qde", "says"), [
    ({"../evil.txt": "x"}, None, "climbs out"),
    ({}, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Project/>', "DTD"),
    ({}, "<Project", "not well-formed"),
    ({}, None, "not in the package"),
    ({"sources/{src}.txt": "kort"}, None, "lies outside its text"),
    ({"sources/{src}.txt": b"\xff\xfeA\x00\xd8"}, None, "UTF-16"),
    ({"sources/{src}.txt": "a" * 30, "Sources/{src}.TXT": "b" * 30}, None, "duplicate"),
    ({"sources/{src}.txt": b"\0" * (40 * 2**20)}, None, "decompression bomb"),
    ({"/etc/passwd": "x"}, None, "absolute path"),
])
def test_a_bad_package_says_why_in_one_line_and_changes_nothing(tmp_path, project, members,
                                                                 qde, says):
    src = G(52)
    qde = qde or foreign(src, sel(G(62), 0, 20, G(1)))
    qdpx = make_qdpx(tmp_path / "bad.qdpx", qde,
                     {k.format(src=src): v for k, v in members.items()})
    project.close()
    before = project.path.read_bytes()
    with pytest.raises(QdpxImportError, match=says) as err:
        apply_qdpx_import(project.path, qdpx)
    assert "\n" not in str(err.value)
    assert project.path.read_bytes() == before
    new = tmp_path / "new.digifelt"
    with pytest.raises(QdpxImportError):
        apply_qdpx_import(new, qdpx)
    assert not new.exists()
    assert not list(tmp_path.glob(".new.digifelt*"))


def test_cli_imports_and_dry_run_changes_nothing(tmp_path, project, capsys):
    from digifelt.cli import main

    src = G(53)
    qdpx = make_qdpx(tmp_path / "c.qdpx", foreign(src, sel(G(63), 0, 4, G(1))),
                     {f"sources/{src}.txt": "Plan for digitalisering."})
    new = tmp_path / "ny.digifelt"
    assert main(["qdpx", "import", str(new), str(qdpx), "--dry-run"]) == 0
    assert not new.exists()
    assert "(dry run, nothing changed)" in capsys.readouterr().out
    assert main(["qdpx", "import", str(new), str(qdpx), "--rubric",
                 "digital-ståstedskartlegging-kommune"]) == 0
    out = capsys.readouterr().out
    assert "creates ny.digifelt" in out
    con = sqlite3.connect(new)
    assert con.execute("SELECT text FROM excerpt").fetchall() == [("Plan",)]
    assert con.execute("SELECT count(*) FROM indicator").fetchone()[0] > 20  # the template's
    con.close()


def test_a_pdf_with_its_text_becomes_a_document_review_of_it(tmp_path, project):
    pdf, rep, text = G(70), G(71), "Side én.\nVi skal digitalisere arkivet innen 2027."
    words = "digitalisere arkivet"
    start = text.index(words)
    source = (f'<PDFSource guid="{pdf}" name="plan.pdf" path="internal://{pdf}.pdf">'
              f'<PDFSelection guid="{G(72)}" name="Målet" page="1" firstX="10" firstY="20" '
              f'secondX="300" secondY="80"><Description>Målet for arkivet</Description>'
              f'<Coding guid="{G(73)}"><CodeRef targetGUID="{G(1)}"/></Coding></PDFSelection>'
              f'<Representation guid="{rep}" name="plan" plainTextPath="internal://{rep}.txt">'
              f'{sel(G(74), start, start + len(words), G(1), words)}</Representation>'
              f'</PDFSource>')
    qde = foreign(G(75), "", origin="QualCoder 4.0").replace(
        "</TextSource></Sources>", f"</TextSource>{source}</Sources>")
    qdpx = make_qdpx(tmp_path / "pdf.qdpx", qde, {f"sources/{G(75)}.txt": "Kort.",
                                                 f"sources/{pdf}.pdf": b"%PDF-1.7 plan",
                                                 f"sources/{rep}.txt": "\ufeff" + text})
    project.close()
    apply_qdpx_import(project.path, qdpx)
    con = sqlite3.connect(project.path)
    (kind, title, doc), = con.execute(
        "SELECT kind, title, doc_attachment_id FROM activity WHERE id = ?", (pdf,))
    assert (kind, title, doc) == ("document_review", "plan.pdf", pdf)
    assert con.execute("SELECT b.data, a.media_type FROM attachment a JOIN blob b "
                       "ON b.sha256 = a.sha256 WHERE a.id = ?", (pdf,)).fetchall() == [
        (b"%PDF-1.7 plan", "application/pdf")]
    (note, x_start, x_end), = con.execute(
        "SELECT e.text, x.start, x.\"end\" FROM excerpt x JOIN entry e ON e.id = x.entry_id "
        "WHERE x.id = ?", (G(74),))
    assert note[x_start:x_end] == words
    # A coded area of a page: a page quote (pages count from 0 in the package).
    assert con.execute("SELECT page, text, attachment_id FROM excerpt WHERE id = ?",
                       (G(72),)).fetchall() == [(2, "Målet for arkivet", pdf)]
    con.close()


def test_the_same_package_twice_adds_nothing_the_second_time(tmp_path, project):
    src = G(54)
    qdpx = make_qdpx(tmp_path / "twice.qdpx", foreign(src, sel(G(64), 0, 4, G(1))),
                     {f"sources/{src}.txt": "Plan for digitalisering."})
    project.close()
    apply_qdpx_import(project.path, qdpx)
    con = sqlite3.connect(project.path)
    counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("activity", "entry", "excerpt", "respondent_group", "assessor")]
    con.close()
    again = apply_qdpx_import(project.path, qdpx)
    assert sum(c.new for c in again.counts.values()) == 0
    assert any("already in this project" in line for line in again.lines())
    con = sqlite3.connect(project.path)
    assert [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("activity", "entry", "excerpt", "respondent_group", "assessor")] == counts
    assert con.execute("SELECT count(*) FROM conflict").fetchone() == (0,)
    con.close()


def test_a_rubric_is_only_for_a_new_project(tmp_path, project):
    src = G(55)
    qdpx = make_qdpx(tmp_path / "r.qdpx", foreign(src, ""), {f"sources/{src}.txt": "Tekst."})
    with pytest.raises(QdpxImportError, match="--rubric is for a new project"):
        preview_qdpx_import(project.path, qdpx, rubric="digital-ståstedskartlegging-kommune",
                            db=project)
