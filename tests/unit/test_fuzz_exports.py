"""Arbitrary Unicode in notes, quotes and findings goes through the report and qdpx writers."""

import zipfile

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.core.services import activities, entries, excerpts, findings, rubric
from digifelt.core.text_rules import text_problem
from digifelt.exports.qdpx import export_qdpx
from digifelt.exports.report import write_report

# What the services accept in free text: any text without NUL or lone surrogates (titles and
# names refuse control characters too: see core/text_rules.py).
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               min_size=1, max_size=200)
NASTY = st.sampled_from(["👩🏽‍💻", "e\u0301", "עברית\u202e", "Ŋŋ Čč Đđ Šš Ŧŧ Žž", "<w:t>&amp;",
                         "\x0b\x0c\x1f", "]]>", "\ufffe\uffff", "«»“”"])
ANY = st.one_of(TEXT, NASTY, st.lists(st.one_of(TEXT, NASTY), max_size=4).map(" ".join))


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(note=ANY, memo=ANY, strengths=ANY)
def test_report_and_qdpx_accept_any_text(project, tmp_path, note, memo, strengths):
    note = note.strip() or "x"
    ind = rubric.rubric_tree(project)[0].indicators[0]
    title = note[:40] if text_problem(note[:40], name=True) is None else "t"
    act = activities.add_activity(project, kind="interview", title=title)
    entry = entries.add_entry(project, activity_id=act.id, text=note)
    view = excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=len(note),
                                indicator_ids=[ind.id], memo=memo, starred=True)
    findings.update_finding(project, ind.id, level=2, strengths=strengths,
                            excerpt_ids=[view.excerpt.id])
    report = write_report(project, tmp_path / "r.docx")
    assert Document(str(report.path)).paragraphs
    out = tmp_path / "p.qdpx"
    export_qdpx(project, out)
    with zipfile.ZipFile(out) as zf:
        assert "project.qde" in zf.namelist()
        sources = [n for n in zf.namelist() if n.startswith("sources/")]
        assert any(note in zf.read(n).decode("utf-8") for n in sources)
