"""End to end: names typed anywhere in a project never reach an export that promises none.

A project gets participants and assessors whose names are then typed into notes, quotes,
findings, recommendations, area summaries and document titles/owners in every Unicode form
and case; each export is unzipped (or read) and every part searched for each name.
"""

import csv
import io
import re
import unicodedata
import zipfile

import pytest

from digifelt.cli import main
from digifelt.core.services import activities, entries, excerpts, findings, people, rubric

NFD = unicodedata.normalize("NFD", "Åse")
PARTICIPANTS = [  # (name as registered, pseudonym as registered)
    ("Kari Nordmann", None),
    ("Åse Eriksen", None),
    ("ola bakken", None),
    ("Bente Nordmann", "Kari (rektor)"),  # a pseudonym with a name in it
    ("Trond Hansen", "T. Hansen"),
]
ASSESSORS = [("Ingrid Solberg", "Ingrid S."), ("Sigurd Lie", "SL")]


def _names_typed():
    """Texts the team might write, naming everyone in a different way."""
    return [
        f"Kari Nordmann sa at {NFD} Eriksen og {NFD} var enige.",
        "Ifølge NORDMANN er planen god; Ola sa det samme, og Bakkens notat bekrefter.",
        "Bente\u00a0Nordmann og Tro\u200bnd viste til kari.nordmann@skole.no.",
        "ＫＡＲＩ og Hansen, Trond og TROND HANSEN og Ingrid og Sigurd Lie var med.",
        "Eriksens rapport: Kari og Bente er uenige med ole\u00adbakken.",
    ]


def build(db):
    """Names everywhere in a project; returns {'indicator': id}."""
    groups = {g.name: g.id for g in people.list_groups(db)}
    group_ids = list(groups.values())
    made = []
    for n, (name, pseudonym) in enumerate(PARTICIPANTS):
        made.append(people.add_participant(db, group_id=group_ids[n % 2], name=name,
                                           pseudonym=pseudonym))
    for name, initials in ASSESSORS:
        people.add_assessor(db, name=name, initials=initials)
    tree = rubric.rubric_tree(db)
    ind = tree[0].indicators[0]
    texts = _names_typed()
    act = activities.add_activity(db, kind="interview", title="Intervju med Kari Nordmann",
                                  group_ids=group_ids[:2], participant_ids=[p.id for p in made],
                                  place="Kontoret til Bente")
    chosen = []
    for text in texts:
        entry = entries.add_entry(db, activity_id=act.id, text=text)
        chosen.append(excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=len(text),
                                           indicator_ids=[ind.id], starred=True,
                                           memo=f"Spør {NFD} Eriksen").excerpt.id)
        chosen.append(excerpts.tag_excerpt(db, entry_id=entry.id, start=len(text) // 2,
                                           end=len(text), indicator_ids=[ind.id]).excerpt.id)
    doc = activities.add_activity(db, kind="document_review", title="Plan fra Åse Eriksen",
                                  doc_title="Strategi av Kari Nordmann",
                                  doc_owner="Trond Hansen", doc_type="Plan (ola bakken)",
                                  group_ids=group_ids[:1])
    chosen.append(excerpts.add_document_excerpt(
        db, activity_id=doc.id, text="Godkjent av BENTE NORDMANN", indicator_ids=[ind.id],
        page=3).excerpt.id)
    findings.update_finding(db, ind.id, level=2, strengths=texts[0], improvements=texts[1],
                            actions=f"- Snakk med {NFD} Eriksen\n- Følg opp Ola Bakken",
                            excerpt_ids=chosen)
    findings.update_area_summary(db, tree[0].area.id, summary=texts[3])
    return {"indicator": ind.id}


def forms(name: str) -> set[str]:
    return {unicodedata.normalize(f, name) for f in ("NFC", "NFD")} | {name.casefold()}


def leaks(text: str, names: list[str]) -> list[str]:
    """Every registered name, or part of one, found in `text` (any case, any form)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    found = []
    for name in names:
        for form in forms(name):
            if form in text or form.casefold() in folded:
                found.append(form)
        for part in name.split():
            if re.search(rf"(?<!\w){re.escape(part.casefold())}(?!\w)", folded):
                found.append(part)
    return found


def zip_texts(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n).decode("utf-8", "replace") for n in zf.namelist()
                if not n.endswith((".png", ".jpg", ".jpeg", ".bin", ".pdf"))}


PARTICIPANT_NAMES = [name for name, _p in PARTICIPANTS]
ALL_NAMES = PARTICIPANT_NAMES + [name for name, _i in ASSESSORS]


@pytest.fixture
def named(project):
    build(project)
    return project


def run(capsys, *argv) -> str:
    assert main([str(a) for a in argv]) == 0
    return capsys.readouterr().out


def test_the_project_really_holds_the_names(named):
    """Guards the other tests: without scrubbing, the names are there to be found."""
    texts = "\n".join(e.text for a in activities.list_activities(named)
                      for e in entries.list_entries(named, a.activity.id))
    assert leaks(texts, PARTICIPANT_NAMES)


def test_report_names_no_participant(named, tmp_path, capsys):
    path = named.path
    named.close()
    out = tmp_path / "rapport.docx"
    printed = run(capsys, "report", path, "-o", out, "--template", "built-in", "--list-names")
    assert "replaced" in printed
    assert "participant names" in printed
    assert "quote" in printed
    assert "finding" in printed
    assert "document" in printed
    parts = zip_texts(out)
    assert "word/document.xml" in parts
    for name, text in parts.items():
        assert leaks(text, PARTICIPANT_NAMES) == [], name
    body = parts["word/document.xml"]
    assert "[navn]" in body  # Nordmann is shared by two people in different groups
    assert "Ingrid Solberg" in body  # the team on the title page, by design
    # The listing masks the names too.
    assert leaks(printed, PARTICIPANT_NAMES) == []


def test_pseudonymised_bundle_names_nobody(named, tmp_path, capsys):
    path = named.path
    named.close()
    out = tmp_path / "b.zip"
    printed = run(capsys, "bundle", "export", path, "-o", out, "--pseudonymise",
                  "--list-names")
    assert "replaced" in printed
    assert "pseudonym(s) contained a name" in printed
    for name, text in zip_texts(out).items():
        assert leaks(text, ALL_NAMES) == [], name
        assert "rektor" not in text
        assert "Ingrid S." not in text
    assert leaks(printed, ALL_NAMES) == []


def test_pseudonymised_qdpx_names_nobody(named, tmp_path, capsys):
    path = named.path
    named.close()
    out = tmp_path / "p.qdpx"
    printed = run(capsys, "qdpx", path, "-o", out, "--pseudonymise")
    assert "pseudonymised" in printed
    assert "replaced" in printed
    parts = zip_texts(out)
    assert any(n.startswith("sources/") for n in parts)
    for name, text in parts.items():
        assert leaks(text, ALL_NAMES) == [], name
    assert 'name="IS"' in parts["project.qde"]
    assert 'name="SL"' in parts["project.qde"]


def test_qdpx_selections_still_select_their_words(named, tmp_path):
    import xml.etree.ElementTree as ET

    from digifelt.exports.qdpx import NS, export_qdpx

    out = tmp_path / "p.qdpx"
    result = export_qdpx(named, out, pseudonymise=True)
    assert result.names.places
    parts = zip_texts(out)
    root = ET.fromstring(parts["project.qde"].encode())
    checked = 0
    for source in root.iter(f"{{{NS}}}TextSource"):
        text = parts[f"sources/{source.get('guid')}.txt"]
        for sel in source.iter(f"{{{NS}}}PlainTextSelection"):
            words = text[int(sel.get("startPosition")):int(sel.get("endPosition"))]
            assert words.replace("\n", " ").startswith(sel.get("name")[:20].rstrip())
            checked += 1
    assert checked >= 10


def test_plain_qdpx_is_unchanged_by_default(named, tmp_path, capsys):
    path = named.path
    named.close()
    out = tmp_path / "p.qdpx"
    printed = run(capsys, "qdpx", path, "-o", out)
    assert "replaced" not in printed
    assert "Ingrid Solberg" in zip_texts(out)["project.qde"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("by", ["kind", "group"])
def test_pseudonymised_matrix_names_nobody(project, tmp_path, capsys, suffix, by):
    build(project)
    ind = rubric.rubric_tree(project)[0].indicators[0]
    rubric.update_indicator(project, ind.id, title="Ledelse (ved Kari Nordmann)")
    group = people.list_groups(project)[0]
    people.update_group(project, group.id, name="Bentes team")
    path = project.path
    project.close()
    out = tmp_path / f"m{suffix}"
    printed = run(capsys, "matrix", path, "-o", out, "--by", by, "--pseudonymise",
                  "--list-names")
    assert "replaced" in printed
    if suffix == ".csv":
        texts = {"csv": out.read_text(encoding="utf-8-sig")}
        assert any("Informant" in c or "[navn]" in c for row in
                   csv.reader(io.StringIO(texts["csv"])) for c in row)
    else:
        texts = zip_texts(out)
    for name, text in texts.items():
        assert leaks(text, ALL_NAMES) == [], name


def test_a_name_cut_by_an_excerpt_edge_is_replaced_whole_in_the_report(project, tmp_path):
    from digifelt.exports.report import write_report

    group = people.list_groups(project)[0]
    people.add_participant(project, group_id=group.id, name="Kari Nordmann")
    ind = rubric.rubric_tree(project)[0].indicators[0]
    act = activities.add_activity(project, kind="interview", title="Intervju",
                                  group_ids=[group.id])
    text = "Vi møtte Kari Nordmann i går om planen."
    entry = entries.add_entry(project, activity_id=act.id, text=text)
    cut = excerpts.tag_excerpt(project, entry_id=entry.id, start=text.index("dmann"),
                               end=len(text), indicator_ids=[ind.id]).excerpt
    findings.update_finding(project, ind.id, excerpt_ids=[cut.id])
    summary = write_report(project, tmp_path / "r.docx")
    body = zip_texts(tmp_path / "r.docx")["word/document.xml"]
    assert "dmann" not in body
    assert f"[{group.name}] i går om planen." in body
    assert [p.object_id for p in summary.names.places] == [cut.id]
