"""Services: each call commits or changes nothing, and keeps the domain rules."""

import sqlite3

import pytest

from digifelt.core.errors import NotFoundError, ValidationError
from digifelt.core.services import (
    activities,
    attachments,
    entries,
    excerpts,
    findings,
    guides,
    people,
    projects,
    rubric,
)


def first_indicator(db):
    return rubric.rubric_tree(db)[0].indicators[0]


def test_project_from_template_has_the_rubric(project, nb_template):
    tree = rubric.rubric_tree(project)
    assert [a.area.code for a in tree] == [a.code for a in nb_template.areas]
    assert [i.code for a in tree for i in a.indicators] == nb_template.indicator_codes()
    assert [lvl.value for lvl in rubric.list_scale(project)] == [1, 2, 3, 4]
    assert {g.name for g in people.list_groups(project)} == set(nb_template.groups)
    info = projects.get_project(project)
    assert (info.title, info.organisation, info.language) == (
        "Kartlegging", "Fjellvik kommune", "nb")


def test_guides_are_copied_with_indicator_links(project, nb_template):
    listed = guides.list_guides(project)
    assert len(listed) == len(nb_template.guides)
    codes = {i.id: i.code for a in rubric.rubric_tree(project) for i in a.indicators}
    for guide_t in nb_template.guides:
        guide = next(g for g in listed if g.template_key == guide_t.id)
        view = guides.get_guide(project, guide.id)
        assert [q.question.text for q in view.questions] == [q.text for q in guide_t.questions]
        assert [[codes[i] for i in q.indicator_ids] for q in view.questions] == [
            q.indicators for q in guide_t.questions]


def test_create_project_failure_leaves_no_file(tmp_path, nb_template):
    with pytest.raises(ValidationError):
        projects.create_project(tmp_path / "x.digifelt", template=nb_template, title=" ",
                                organisation="O")
    assert list(tmp_path.iterdir()) == []


def test_rubric_editing(project):
    area = rubric.add_area(project, code="8", title="Bærekraft", description="Grønn IKT")
    ind = rubric.add_indicator(project, area_id=area.id, code="8.1", title="Gjenbruk",
                               lookfors=["Utstyr gjenbrukes"])
    with pytest.raises(ValidationError, match="already used"):
        rubric.add_indicator(project, area_id=area.id, code="8.1", title="Dobbel")
    rubric.update_indicator(project, ind.id, title="Gjenbruk av utstyr", code="8.2")
    second = rubric.add_indicator(project, area_id=area.id, code="8.3", title="Strøm")
    rubric.move_indicator(project, second.id, 0)
    tree = {a.area.code: a for a in rubric.rubric_tree(project)}
    assert [i.code for i in tree["8"].indicators] == ["8.3", "8.2"]
    rubric.move_area(project, area.id, 0)
    assert rubric.rubric_tree(project)[0].area.code == "8"
    rubric.set_scale_level(project, value=5, label="Ledende")
    assert rubric.list_scale(project)[-1].label == "Ledende"
    rubric.delete_scale_level(project, 5)
    rubric.delete_area(project, area.id)
    assert "8" not in {a.area.code for a in rubric.rubric_tree(project)}


def test_deleting_an_indicator_reports_usage_first(project):
    ind = first_indicator(project)
    act = activities.add_activity(project, kind="interview", title="Intervju")
    entry = entries.add_entry(project, activity_id=act.id, text="Politikerne kjenner målene.")
    excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=11, indicator_ids=[ind.id])
    assert rubric.indicator_usage(project, ind.id) == 1
    rubric.delete_indicator(project, ind.id)
    assert excerpts.list_excerpts(project, activity_id=act.id)[0].indicator_ids == []


def test_activities_of_three_kinds_with_members(project):
    group = people.list_groups(project)[0]
    assessor = people.add_assessor(project, name="Åse Ødegård", initials="ÅØ")
    participant = people.add_participant(project, group_id=group.id, name="Ola Nordmann",
                                         role="gruppeleder")
    interview = activities.add_activity(project, kind="interview", title="Intervju",
                                        group_ids=[group.id], assessor_ids=[assessor.id],
                                        participant_ids=[participant.id], headcount=6)
    review = activities.add_activity(project, kind="document_review", title="Strategi",
                                     doc_title="Digitaliseringsstrategi 2024–2027",
                                     doc_type="strategi", doc_owner="Kommunedirektøren")
    activities.add_activity(project, kind="observation", title="Kommunestyremøte")
    with pytest.raises(ValidationError):
        activities.add_activity(project, kind="survey", title="Nei")
    view = activities.get_activity(project, interview.id)
    assert view.group_ids == [group.id]
    assert view.participant_ids == [participant.id]
    copy = activities.duplicate_activity(project, interview.id)
    assert copy.status == "planned"
    assert copy.headcount == 6
    assert activities.get_activity(project, copy.id).group_ids == [group.id]
    assert activities.get_activity(project, review.id).activity.doc_owner == "Kommunedirektøren"
    assert len(activities.list_activities(project, kind="interview")) == 2
    activities.update_activity(project, interview.id, status="done")
    with pytest.raises(ValidationError):
        activities.update_activity(project, interview.id, status="finished")


def test_excerpts_follow_edits_or_are_flagged(project):
    ind = first_indicator(project)
    act = activities.add_activity(project, kind="interview", title="Intervju")
    text = "Vi savner opplæring. Ledelsen er tydelig 🙂 på mål."
    entry = entries.add_entry(project, activity_id=act.id, text=text)
    start = text.index("Ledelsen")
    view = excerpts.tag_excerpt(project, entry_id=entry.id, start=start, end=start + 19,
                                indicator_ids=[ind.id], valence="strength", starred=True)
    assert view.excerpt.text == "Ledelsen er tydelig"
    other = excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=19,
                                 indicator_ids=[ind.id], valence="gap")
    entries.update_entry_text(project, entry.id, "Notat: " + text.replace("savner", "mangler"))
    by_id = {v.excerpt.id: v.excerpt for v in excerpts.list_excerpts(project, entry_id=entry.id)}
    moved = by_id[view.excerpt.id]
    new_text = entries.get_entry(project, entry.id).text
    assert new_text[moved.start:moved.end] == "Ledelsen er tydelig"
    assert not moved.detached
    assert by_id[other.excerpt.id].detached


def test_tagging_validates_span_and_values(project):
    ind = first_indicator(project)
    act = activities.add_activity(project, kind="interview", title="Intervju")
    entry = entries.add_entry(project, activity_id=act.id, text="kort")
    with pytest.raises(ValidationError, match="outside"):
        excerpts.tag_excerpt(project, entry_id=entry.id, start=2, end=10, indicator_ids=[ind.id])
    with pytest.raises(ValidationError):
        excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=2, indicator_ids=[ind.id],
                             valence="good")
    with pytest.raises(NotFoundError):
        excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=2, indicator_ids=["nope"])
    with pytest.raises(NotFoundError, match="'nope'"):
        excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=2,
                             indicator_ids=[ind.id, "nope", ind.id])
    assert excerpts.list_excerpts(project, entry_id=entry.id) == []
    view = excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=2,
                                indicator_ids=[ind.id, ind.id])
    assert excerpts.list_excerpts(project, entry_id=entry.id)[0].indicator_ids == [ind.id]
    assert view.indicator_ids == [ind.id]


def test_document_excerpt_with_page_and_update(project):
    ind = first_indicator(project)
    review = activities.add_activity(project, kind="document_review", title="Kommuneplan")
    pdf = attachments.add_attachment(project, data=b"%PDF-1.4 demo", filename="plan.pdf",
                                     activity_id=review.id)
    view = excerpts.add_document_excerpt(project, activity_id=review.id, text="Digitalisering",
                                         page=12, attachment_id=pdf.id, indicator_ids=[ind.id])
    updated = excerpts.update_excerpt(project, view.excerpt.id, starred=True, memo="Viktig",
                                      kind="paraphrase")
    assert updated.excerpt.starred
    assert updated.excerpt.page == 12
    assert updated.indicator_ids == [ind.id]
    with pytest.raises(ValidationError):
        excerpts.add_document_excerpt(project, activity_id=review.id, text="x", page=0,
                                      indicator_ids=[])


def test_attachments_are_deduplicated_by_content(project):
    act = activities.add_activity(project, kind="observation", title="Servicetorget")
    a = attachments.add_attachment(project, data=b"\x89PNG bilde", filename="a.png",
                                   activity_id=act.id, caption="Skranke")
    b = attachments.add_attachment(project, data=b"\x89PNG bilde", filename="b.png",
                                   activity_id=act.id)
    assert a.sha256 == b.sha256
    assert a.media_type == "image/png"
    con = sqlite3.connect(project.path)
    assert con.execute("SELECT count(*) FROM blob").fetchone()[0] == 1
    attachments.delete_attachment(project, a.id)
    assert con.execute("SELECT count(*) FROM blob").fetchone()[0] == 1
    attachments.delete_attachment(project, b.id)
    assert con.execute("SELECT count(*) FROM blob").fetchone()[0] == 0
    con.close()
    c = attachments.add_attachment(project, data=b"x", filename="../../etc/passwd")
    assert c.filename == "passwd"
    assert attachments.attachment_data(project, c.id) == b"x"


def test_findings_and_area_summaries(project):
    ind = first_indicator(project)
    act = activities.add_activity(project, kind="interview", title="Intervju")
    entry = entries.add_entry(project, activity_id=act.id, text="Strategien er godt kjent.")
    x1 = excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=10, indicator_ids=[ind.id])
    x2 = excerpts.tag_excerpt(project, entry_id=entry.id, start=14, end=24,
                              indicator_ids=[ind.id])
    assessor = people.add_assessor(project, name="Per", initials="P")
    findings.update_finding(project, ind.id, level=3, strengths="Godt forankret",
                            excerpt_ids=[x2.excerpt.id, x1.excerpt.id], author_id=assessor.id)
    with pytest.raises(ValidationError, match="not on the scale"):
        findings.update_finding(project, ind.id, level=9)
    with pytest.raises(ValidationError):
        findings.update_finding(project, ind.id, status="final")
    view = findings.get_finding(project, ind.id)
    assert view.finding.level == 3
    assert view.excerpt_ids == [x2.excerpt.id, x1.excerpt.id]
    findings.update_finding(project, ind.id, status="agreed")
    assert findings.get_finding(project, ind.id).finding.status == "agreed"
    area = rubric.rubric_tree(project)[0].area
    findings.update_area_summary(project, area.id, summary="Samlet sett bra")
    assert findings.get_area_summary(project, area.id).summary == "Samlet sett bra"


def test_guide_editing(project):
    ind = first_indicator(project)
    guide = guides.add_guide(project, kind="interview", title="Ekstra")
    q1 = guides.add_question(project, guide_id=guide.id, text="Hva fungerer?",
                             indicator_ids=[ind.id])
    q2 = guides.add_question(project, guide_id=guide.id, text="Hva mangler?")
    guides.move_question(project, q2.id, 0)
    guides.update_question(project, q1.id, indicator_ids=[])
    view = guides.get_guide(project, guide.id)
    assert [q.question.text for q in view.questions] == ["Hva mangler?", "Hva fungerer?"]
    assert view.questions[1].indicator_ids == []


@pytest.mark.parametrize("bad", ["a\x00b", "lone \ud800 surrogate", "x" * 10_000_001])
def test_bad_text_is_refused_and_nothing_changes(project, bad):
    act = activities.add_activity(project, kind="interview", title="Intervju")
    entry = entries.add_entry(project, activity_id=act.id, text="original")
    with pytest.raises(ValidationError):
        entries.update_entry_text(project, entry.id, bad)
    assert entries.get_entry(project, entry.id).text == "original"


def test_unicode_and_large_text_round_trip(project):
    act = activities.add_activity(project, kind="interview", title="Sámi: Guovdageaidnu 🙂")
    text = "Áá Čč Đđ Ŋŋ Šš Ŧŧ Žž æøå ÆØÅ 👩🏽‍💻 עברית e\u0301 " * 20_000
    entry = entries.add_entry(project, activity_id=act.id, text=text)
    project.close()
    db = projects.open_project(project.path)
    try:
        assert entries.get_entry(db, entry.id).text == text
    finally:
        db.close()


def test_ensure_assessor_creates_once_and_follows_renames(project):
    first = people.ensure_assessor(project, assessor_id="a-1", name="Åse", initials="Å")
    again = people.ensure_assessor(project, assessor_id="a-1", name="Åse Ødegård",
                                   initials="ÅØ")
    assert first.id == again.id == "a-1"
    assert [(a.name, a.initials) for a in people.list_assessors(project)
            if a.id == "a-1"] == [("Åse Ødegård", "ÅØ")]


def test_findings_have_the_same_id_on_every_laptop(project, tmp_path):
    import shutil

    ind = first_indicator(project)
    other_path = tmp_path / "other.digifelt"
    shutil.copy(project.path, other_path)
    other = projects.open_project(other_path)
    try:
        assert (findings.get_finding(project, ind.id).finding.id
                == findings.get_finding(other, ind.id).finding.id)
    finally:
        other.close()


def test_deleting_a_document_clears_the_review_reference(project):
    review = activities.add_activity(project, kind="document_review", title="Plan")
    pdf = attachments.add_attachment(project, data=b"%PDF", filename="p.pdf",
                                     activity_id=review.id)
    activities.update_activity(project, review.id, doc_attachment_id=pdf.id)
    attachments.delete_attachment(project, pdf.id)
    assert activities.get_activity(project, review.id).activity.doc_attachment_id is None
