"""One interview's notes as a clean transcript for the quote check: its title and date, its
questions and notes in order, no tags, no other activity's notes, no other participants'
names; as .docx and .txt, from the API and the command line."""

from datetime import UTC, datetime

import pytest
from docx import Document

from digifelt.cli import main
from digifelt.core.services import activities, entries, excerpts, guides, people, rubric
from digifelt.exports.transcript import TranscriptError, export_transcript


def _at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 9, day, hour, tzinfo=UTC)


@pytest.fixture
def visit(project):
    """Two interviews of one guide; the first has notes on two questions, an ad-hoc question,
    free notes and a tag; the second names its own participant."""
    db = project
    group = people.list_groups(db)[0]
    kari = people.add_participant(db, group_id=group.id, name="Kari Nordmann", role="leder")
    ola = people.add_participant(db, group_id=group.id, name="Ola Hansen", role="leder")
    ind = rubric.rubric_tree(db)[0].indicators[0]
    guide = guides.add_guide(db, kind="interview", title="Guide", group_id=group.id)
    q1 = guides.add_question(db, guide_id=guide.id, text="Hva er målet?", indicator_ids=[ind.id])
    guides.add_question(db, guide_id=guide.id, text="Ubesvart spørsmål?")
    q3 = guides.add_question(db, guide_id=guide.id, text="Hvem eier «Min side»?")
    a = activities.add_activity(db, kind="interview", title="Ledere", guide_id=guide.id,
                                group_ids=[group.id], participant_ids=[kari.id],
                                planned_start=_at(1), place="Rådhuset")
    activities.start_activity(db, a.id, at=_at(2))
    adhoc = guides.add_question(db, guide_id=guide.id, text="Ekstra: hva med KI?",
                                activity_id=a.id)
    note = entries.add_entry(db, activity_id=a.id, question_id=q1.id,
                             text="Vi har en strategi.\nKari sier at Ola Hansen vet mer.")
    excerpts.tag_excerpt(db, entry_id=note.id, start=0, end=19, indicator_ids=[ind.id],
                         memo="HEMMELIG MEMO")
    entries.add_entry(db, activity_id=a.id, question_id=q3.id, text="Ingen vet.")
    entries.add_entry(db, activity_id=a.id, question_id=adhoc.id, text="Vi prøver Copilot.")
    entries.add_entry(db, activity_id=a.id, text="Fritt notat til slutt.")
    entries.add_entry(db, activity_id=a.id, question_id=q1.id, text="   ")
    other = activities.add_activity(db, kind="interview", title="Ansatte", guide_id=guide.id,
                                    participant_ids=[ola.id])
    entries.add_entry(db, activity_id=other.id, question_id=q1.id, text="ANDRE NOTATER")
    return db, a, other


def test_the_docx_holds_this_interviews_questions_and_notes_only(visit, tmp_path):
    db, a, _other = visit
    out = tmp_path / "sitatsjekk.docx"
    summary = export_transcript(db, a.id, out)
    assert summary.path == out
    assert summary.sections == 4
    doc = Document(out)
    paragraphs = [p.text for p in doc.paragraphs]
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading 2")]
    assert headings == ["Hva er målet?", "Hvem eier «Min side»?", "Ekstra: hva med KI?",
                        "Andre notater"]
    assert paragraphs[0] == "Referat til sitatsjekk"
    assert "Intervju: Ledere" in paragraphs
    assert "Dato: 2.9.2026" in paragraphs  # the day it was held, not the planned 1.9.
    assert "Sted: Rådhuset" in paragraphs
    body = "\n".join(paragraphs)
    # Kari took part here: kept. Ola took part elsewhere: masked.
    assert "Kari sier at [navn] vet mer." in paragraphs
    assert "Ola" not in body
    assert "Hansen" not in body
    for absent in ("ANDRE NOTATER", "HEMMELIG MEMO", "Ubesvart spørsmål?", ind_code(db)):
        assert absent not in body
    order = [paragraphs.index(t) for t in ("Hva er målet?", "Vi har en strategi.",
                                           "Hvem eier «Min side»?", "Ingen vet.",
                                           "Vi prøver Copilot.", "Fritt notat til slutt.")]
    assert order == sorted(order)
    assert doc.core_properties.author == ""


def ind_code(db) -> str:
    return rubric.rubric_tree(db)[0].indicators[0].code + " "


def test_the_txt_in_english_and_by_title(visit, tmp_path):
    db, a, _other = visit
    out = tmp_path / "check.txt"
    export_transcript(db, "ledere", out, lang="en")
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "Transcript for quote check"
    assert "Interview: Ledere" in lines
    assert "Date: 2026-09-02" in lines
    assert "Kari sier at [name] vet mer." in lines
    assert "ANDRE NOTATER" not in text
    assert "Ubesvart" not in text


def test_the_other_interview_has_its_own_notes_and_no_adhoc_question(visit, tmp_path):
    db, _a, other = visit
    out = tmp_path / "ansatte.txt"
    export_transcript(db, other.id, out)
    text = out.read_text(encoding="utf-8")
    assert "ANDRE NOTATER" in text
    assert "Ekstra: hva med KI?" not in text
    assert "Vi har en strategi." not in text


def test_an_observation_gives_its_notes_with_their_times(project, tmp_path):
    a = activities.add_activity(project, kind="observation", title="Kommunestyret")
    activities.start_activity(project, a.id, at=_at(3, 10))
    entries.add_entry(project, activity_id=a.id, text="Saken om KI.", offset_s=90 * 60)
    out = tmp_path / "obs.txt"
    export_transcript(project, a.id, out, lang="en")
    lines = out.read_text(encoding="utf-8").splitlines()
    clock = _at(3, 11).replace(minute=30).astimezone().strftime("%H:%M")
    assert f"{clock} Saken om KI." in lines


def test_refused_suffix_unknown_activity_and_ambiguous_title(visit, tmp_path):
    db, a, _other = visit
    with pytest.raises(TranscriptError, match=".docx or .txt"):
        export_transcript(db, a.id, tmp_path / "x.pdf")
    with pytest.raises(TranscriptError, match="no activity"):
        export_transcript(db, "finnes ikke", tmp_path / "x.docx")
    activities.add_activity(db, kind="interview", title="Ledere")
    with pytest.raises(TranscriptError, match="2 activities"):
        export_transcript(db, "Ledere", tmp_path / "x.docx")
    assert not list(tmp_path.glob("x.*"))


def test_the_command_line_writes_it(visit, tmp_path, capsys):
    db, a, _other = visit
    path = db.path
    db.close()
    out = tmp_path / "cli.docx"
    assert main(["transcript", str(path), a.id, "-o", str(out)]) == 0
    assert "4 sections" in capsys.readouterr().out
    assert "Vi prøver Copilot." in [p.text for p in Document(out).paragraphs]
    assert main(["transcript", str(path), "nobody", "-o", str(out)]) != 0


def test_the_command_line_lists_the_activities_without_one(visit, capsys):
    db, a, other = visit
    path = db.path
    db.close()
    assert main(["transcript", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith(a.id) and line.endswith("Ledere") for line in lines)
    assert any(line.startswith(other.id) and "interview" in line for line in lines)
    assert main(["transcript", str(path), a.id]) == 2  # no -o: nothing written
