"""The fact-check loop, headless: draft v1 frozen and sent, comments imported from a .docx with
Word comments and from spreadsheets, responses, a changed finding, the final v2 with its
appendix and version line, and what changed between them."""

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from sqlmodel import select

from digifelt.core.errors import ValidationError
from digifelt.core.models import FactCheckComment, ReportVersion
from digifelt.core.operations import journal, operation
from digifelt.core.services import activities as acts
from digifelt.core.services import entries, excerpts, fact_check, findings, people, rubric
from digifelt.exports.fact_check_import import CommentImportError, import_comments
from digifelt.exports.report.versions import make_final_report, send_for_fact_check


def _docx_text(path_or_bytes) -> str:
    src = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    d = docx.Document(src)
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


@pytest.fixture
def assessed(project):
    """Two indicators with levels and texts, one with a chosen quote."""
    tree = rubric.rubric_tree(project)
    first, second = tree[0].indicators[0], tree[0].indicators[1]
    activity = acts.add_activity(project, kind="interview", title="Samtale",
                                 group_ids=[people.list_groups(project)[0].id])
    entry = entries.add_entry(project, activity_id=activity.id,
                              text="Vi har en strategi som alle kjenner til.")
    quote = excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=17,
                                 indicator_ids=[first.id]).excerpt
    findings.update_finding(project, first.id, level=2, strengths="Strategien finnes",
                            status="agreed", excerpt_ids=[quote.id])
    findings.update_finding(project, second.id, level=3, improvements="Mer opplæring",
                            status="agreed")
    findings.update_area_summary(project, tree[0].area.id, summary="Godt i gang")
    return project, tree[0], first, second


def _send(db, tmp_path: Path, to="Kommunedirektør") -> tuple[ReportVersion, Path]:
    out = tmp_path / "utkast.docx"
    with operation(db, "Send draft", scope="findings"):
        version = send_for_fact_check(db, sent_to=to, sent_at=date(2026, 10, 1), out=out)
    return version, out


def test_freezing_v1_keeps_the_findings_and_the_docx(assessed, tmp_path):
    db, area, first, second = assessed
    version, out = _send(db, tmp_path)
    assert version.number == 1
    assert version.kind == "draft"
    frozen = fact_check.get_version(db, 1).frozen
    assert frozen["findings"][first.id]["level"] == 2
    assert frozen["findings"][first.id]["strengths"] == "Strategien finnes"
    assert [e["text"] for e in frozen["findings"][first.id]["excerpts"]] == ["Vi har en strateg"]
    assert frozen["areas"][area.area.id]["summary"] == "Godt i gang"
    text = _docx_text(out)
    assert "Versjon 1 – utkast til faktasjekk" in text
    assert "Strategien finnes" in text
    assert f"{first.title} ({first.code})" in text
    # The stored copy is the saved one, byte for byte.
    assert fact_check.version_docx(db, 1) == out.read_bytes()
    # Later edits do not move the frozen version.
    findings.update_finding(db, first.id, level=3)
    assert fact_check.get_version(db, 1).frozen["findings"][first.id]["level"] == 2


def test_a_version_is_one_undoable_step(assessed, tmp_path):
    db = assessed[0]
    _send(db, tmp_path)
    journal(db).undo("findings")
    assert fact_check.list_versions(db) == []
    journal(db).redo("findings")
    assert [v.number for v in fact_check.list_versions(db)] == [1]
    assert fact_check.version_docx(db, 1)[:2] == b"PK"


def _commented_draft(draft: Path, out: Path, first, second) -> None:
    """The draft as the municipality returns it: real Word comments (python-docx writes the
    comments part), under two indicators' headings and one on the title page."""
    d = docx.Document(draft)
    paragraphs = d.paragraphs
    title = next(p for p in paragraphs if p.runs)
    d.add_comment(title.runs, text="Generelt: god rapport", author="Kommunedirektør",
                  initials="KD")
    for ind, text in ((first, "Nivået på strategi er for lavt"),
                      (second, "Opplæring er allerede i gang")):
        at = next(i for i, p in enumerate(paragraphs)
                  if p.text.strip() == f"{ind.title} ({ind.code})")
        body = next(p for p in paragraphs[at + 1:] if p.runs)
        d.add_comment(body.runs, text=text, author="Økonomisjef", initials="ØS")
    d.save(out)


def test_word_comments_are_mapped_to_the_heading_above_them(assessed, tmp_path):
    db, _area, first, second = assessed
    _, draft = _send(db, tmp_path)
    returned = tmp_path / "med merknader.docx"
    _commented_draft(draft, returned, first, second)
    with operation(db, "Import comments", scope="findings"):
        added = import_comments(db, returned)
    got = sorted((c.target_kind, c.target, c.commenter, c.text) for c in added)
    assert got == sorted([
        ("general", None, "Kommunedirektør", "Generelt: god rapport"),
        ("indicator", first.id, "Økonomisjef", "Nivået på strategi er for lavt"),
        ("indicator", second.id, "Økonomisjef", "Opplæring er allerede i gang"),
    ])
    assert all(c.received_at is not None for c in added)
    assert all(c.version_id == fact_check.get_version(db, 1).id for c in added)


def test_comments_from_xlsx_and_csv_formulas_read_as_text(assessed, tmp_path):
    db, area, first, second = assessed
    _send(db, tmp_path)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kapittel/Indikator", "Fra", "Dato", "Merknad"])
    sheet.append([first.code, "Rådmann", datetime(2026, 10, 9), "Stemmer ikke helt"])
    sheet.append([area.area.title, "Rådmann", "12.10.2026", "=1+1"])
    sheet.append(["", None, None, "Fin rapport"])
    xlsx = tmp_path / "merknader.xlsx"
    book.save(xlsx)
    added = import_comments(db, xlsx)
    assert [(c.target_kind, c.target, c.text) for c in added] == [
        ("indicator", first.id, "Stemmer ikke helt"),
        ("chapter", area.area.code, "=1+1"),
        ("general", None, "Fin rapport")]
    assert added[0].received_at.date() == date(2026, 10, 9)
    assert added[1].received_at.date() == date(2026, 10, 12)

    path = tmp_path / "comments.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Indicator", "From", "Date", "Comment"])
        writer.writerow([f"{second.title} ({second.code})", "Kari", "2026-10-10",
                         '=HYPERLINK("http://x","klikk")'])
    added = import_comments(db, path)
    assert [(c.target_kind, c.target, c.commenter, c.text) for c in added] == [
        ("indicator", second.id, "Kari", '=HYPERLINK("http://x","klikk")')]
    assert len(fact_check.list_comments(db)) == 4


@pytest.mark.parametrize(("content", "message"), [
    (b"Kapittel;Fra\n1.1;Kari\n", "no column Merknad"),
    (b"Merknad;Dato\nTekst;i morgen\n", "is not a date"),
    (b"\x00\x01\x02 binary", "binary"),
    (b"", "empty"),
])
def test_a_bad_spreadsheet_changes_nothing(assessed, tmp_path, content, message):
    db = assessed[0]
    _send(db, tmp_path)
    good = tmp_path / "good.csv"
    good.write_text("Merknad\nFørste\n", encoding="utf-8")
    import_comments(db, good)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    with pytest.raises(CommentImportError) as caught:
        import_comments(db, bad)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert [c.text for c in fact_check.list_comments(db)] == ["Første"]


def test_a_bad_docx_changes_nothing(assessed, tmp_path):
    db = assessed[0]
    _, draft = _send(db, tmp_path)
    with pytest.raises(CommentImportError, match="has no comments"):
        import_comments(db, draft)
    zipbomb = tmp_path / "bomb.docx"
    zipbomb.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(CommentImportError, match="cannot be read"):
        import_comments(db, zipbomb)
    assert fact_check.list_comments(db) == []


def test_comments_need_a_draft_first(project, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Merknad\nHei\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="send one first"):
        import_comments(project, path)


def test_the_whole_loop_final_v2_appendix_and_changes(assessed, tmp_path):
    db, area, first, second = assessed
    _send(db, tmp_path, to="Kommunedirektør Åse")
    accepted = fact_check.add_comment(db, "Nivået er for lavt", target_kind="indicator",
                                      target=first.id, commenter="Økonomisjef",
                                      received_at=date(2026, 10, 10))
    refused = fact_check.add_comment(db, "Kapitlet er urettferdig", target_kind="chapter",
                                     target=area.area.code, commenter="Rådmann")
    general = fact_check.add_comment(db, "Takk for rapporten")
    with pytest.raises(ValidationError, match="respond to every comment"):
        make_final_report(db)
    me = people.add_assessor(db, name="Per Lund", initials="PL").id
    fact_check.respond(db, accepted.id, "accepted", "Nivået er hevet til 3",
                       responded_by=me)
    fact_check.respond(db, refused.id, "not_accepted", "Funnene er godt belagt")
    with pytest.raises(ValidationError, match="say what changed"):
        fact_check.respond(db, general.id, "accepted", " ")
    fact_check.respond(db, general.id, "accepted", "Ingen endring nødvendig")
    # The accepted comment changes the finding: a level and a text.
    findings.update_finding(db, first.id, level=3, strengths="Strategien er forankret")
    out = tmp_path / "endelig.docx"
    with operation(db, "Make final report", scope="findings"):
        final = make_final_report(db, out=out)
    assert (final.number, final.kind) == (2, "final")
    text = _docx_text(out)
    assert "Versjon 2 – endelig rapport, etter faktasjekk" in text
    assert "Merknader fra kommunen og hvordan de er håndtert" in text
    assert "Versjon 1 av rapporten ble sendt til Kommunedirektør Åse 1.10.2026" in text
    assert "UTKAST" not in text
    for comment, handled in (("Nivået er for lavt", "Tatt til følge: Nivået er hevet til 3"),
                             ("Kapitlet er urettferdig",
                              "Ikke tatt til følge: Funnene er godt belagt"),
                             ("Takk for rapporten", "Tatt til følge: Ingen endring nødvendig")):
        row = next(line for line in text.splitlines() if comment in line)
        assert handled in row
    assert f"{first.code} {first.title}" in text
    assert "Økonomisjef, 10.10.2026" in text

    changes = fact_check.changes_between(db, 1, 2)
    got = {(c.code, c.what): (c.before, c.after) for c in changes}
    assert got == {(first.code, "level"): (2, 3),
                   (first.code, "strengths"): ("Strategien finnes", "Strategien er forankret")}
    with db.read() as s:
        assert s.exec(select(FactCheckComment).where(
            FactCheckComment.id == accepted.id)).one().responded_by == me


def test_changes_between_quotes_and_area_summaries(assessed, tmp_path):
    db, area, first, _second = assessed
    _send(db, tmp_path)
    findings.update_finding(db, first.id, excerpt_ids=[])
    findings.update_area_summary(db, area.area.id, summary="Langt på vei")
    changes = fact_check.changes_between(db, 1)  # against the findings as they are now
    quotes = next(c for c in changes if c.what == "quotes")
    assert (quotes.code, quotes.removed, quotes.added) == (first.code, ("Vi har en strateg",), ())
    summary = next(c for c in changes if c.scope == "area")
    assert (summary.what, summary.before, summary.after) == ("summary", "Godt i gang",
                                                             "Langt på vei")
    assert fact_check.changes_between(db, 1, 1) == []


def test_english_report_wording(assessed, tmp_path):
    db = assessed[0]
    out = tmp_path / "draft.docx"
    send_for_fact_check(db, sent_to="CEO", out=out, lang="en",
                        sent_at=datetime(2026, 10, 1, tzinfo=UTC).date())
    assert "Version 1 – draft for fact check" in _docx_text(out)
    fact_check.respond(db, fact_check.add_comment(db, "Fine").id, "not_accepted", "No")
    make_final_report(db, out=tmp_path / "final.docx", lang="en")
    text = _docx_text(tmp_path / "final.docx")
    assert "Version 2 – final report, after fact check" in text
    assert "Comments from the organisation and how they were handled" in text
    assert "Not accepted: No" in text


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _hand_docx(path: Path, body: str, comments: str, *, doctype: str = "") -> None:
    """A minimal .docx as Norwegian Word saves it: heading styles named "heading 1/2" with
    localised ids."""
    import zipfile

    styles = (f'<w:styles xmlns:w="{_W}">'
              '<w:style w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style>'
              '<w:style w:styleId="Overskrift2"><w:name w:val="heading 2"/></w:style>'
              '</w:styles>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml",
                   f'{doctype}<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')
        z.writestr("word/comments.xml", f'<w:comments xmlns:w="{_W}">{comments}</w:comments>')
        z.writestr("word/styles.xml", styles)


def _para(text: str, style: str | None = None, comment: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    start = f'<w:commentRangeStart w:id="{comment}"/>' if comment else ""
    end = (f'<w:commentRangeEnd w:id="{comment}"/><w:r><w:commentReference w:id="{comment}"/>'
           '</w:r>') if comment else ""
    return f"<w:p>{ppr}{start}<w:r><w:t>{text}</w:t></w:r>{end}</w:p>"


def _comment(cid: str, text: str, author: str = "Rådmann") -> str:
    return (f'<w:comment w:id="{cid}" w:author="{author}" w:date="2026-10-09T10:00:00Z">'
            f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>")


def test_word_comments_under_localised_heading_styles_and_chapters(assessed, tmp_path):
    db, area, first, second = assessed
    _send(db, tmp_path)
    body = (_para("Forord", "Overskrift1") + _para("Tekst", comment="1")
            + _para(area.area.title, "Overskrift1") + _para("Om området", comment="2")
            + _para(f"{second.title} ({second.code})", "Overskrift2")
            + _para("Funn", comment="3") + _para("Metode", "Overskrift1"))
    path = tmp_path / "returnert.docx"
    _hand_docx(path, body, _comment("1", "Forordet er for langt") + _comment("2", "Uenig")
               + _comment("3", "Riktig nivå?") + _comment("9", "Uten anker"))
    added = import_comments(db, path)
    assert [(c.target_kind, c.target, c.text) for c in added] == [
        ("chapter", "Forord", "Forordet er for langt"),
        ("chapter", area.area.code, "Uenig"),
        ("indicator", second.id, "Riktig nivå?"),
        ("general", None, "Uten anker")]
    assert added[0].received_at == datetime(2026, 10, 9, 10, tzinfo=UTC)
    assert fact_check.target_label(db, added[1]) == f"{area.area.code} {area.area.title}"


def test_a_docx_with_a_dtd_or_too_many_parts_is_refused(assessed, tmp_path):
    db = assessed[0]
    _send(db, tmp_path)
    evil = tmp_path / "evil.docx"
    _hand_docx(evil, _para("x", comment="1"), _comment("1", "&xxe;"),
               doctype='<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    with pytest.raises(CommentImportError, match="declares a DTD"):
        import_comments(db, evil)
    import zipfile

    crowded = tmp_path / "crowded.docx"
    with zipfile.ZipFile(crowded, "w") as z:
        for n in range(1200):
            z.writestr(f"part{n}.xml", "")
    with pytest.raises(CommentImportError, match="more than 1000 parts"):
        import_comments(db, crowded)
    assert fact_check.list_comments(db) == []
