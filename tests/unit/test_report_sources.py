"""The report is true to its sources: attribution by kind of source, paraphrases apart from
quotes, inner quotation marks kept, area texts present, drafts marked, levels counted not
averaged, an evidence line per indicator, and actions apart from reflection questions.

Projects are built through digifelt.api.Project; the report is read back with python-docx.
"""

import re
import shutil
from datetime import UTC, datetime

import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from digifelt.exports.report import write_report
from digifelt.exports.report.chapters_areas import quote_text
from digifelt.exports.report.data import Quote, gather

AREA_1 = "Politisk forankring og eierskap"
NESTED = "Målet vårt er det vi kaller «digitalt førstevalg»"


def _day(d: int) -> datetime:
    return datetime(2026, 9, d, 12, tzinfo=UTC)


def _tag(p, activity, note: str, words: str, codes, kind="quote"):
    entry = p.add_entry(activity_id=activity.id, text=note)
    start = note.index(words)
    return p.tag_excerpt(entry_id=entry.id, start=start, end=start + len(words),
                         indicators=codes, kind=kind)


@pytest.fixture(scope="module")
def built(tmp_path_factory, blank_project_file):
    """A project with every kind of source, and its report."""
    from digifelt.api import Project
    from digifelt.core.services.projects import open_project

    folder = tmp_path_factory.mktemp("sources")
    path = folder / "kilder.digifelt"
    shutil.copy(blank_project_file, path)
    x = {}
    with Project.open(path, backup=False) as p:
        from digifelt.core.services.people import list_groups

        known = {g.name: g for g in list_groups(p.db)}
        folk = known.get("Folkevalgte") or p.add_group(name="Folkevalgte")
        ledere = known.get("Ledere") or p.add_group(name="Ledere")
        iv_folk = p.add_activity(kind="interview", title="Intervju folkevalgte",
                                 group_ids=[folk.id], started_at=_day(10), status="done")
        iv_led = p.add_activity(kind="interview", title="Intervju ledere",
                                group_ids=[ledere.id], started_at=_day(11), status="done")
        # The council is linked to its group, yet what the team saw is said by no group.
        obs = p.add_activity(kind="observation", title="Observasjon: Kommunestyremøte",
                             group_ids=[folk.id], started_at=_day(15), status="done")
        doc = p.add_activity(kind="document_review", title="Gjennomgang",
                             doc_title="Digitaliseringsstrategi", status="done")
        x["nested"] = _tag(p, iv_folk, f"Hun sa: «{NESTED}» og smilte.", NESTED, ["1.1", "1.5"])
        x["paraphrase"] = _tag(p, iv_folk, "De folkevalgte kjenner målene godt.",
                               "De folkevalgte kjenner målene godt.", ["1.1"], "paraphrase")
        x["quoted_paraphrase"] = _tag(p, iv_folk, "«Alle vet hva planen sier.»",
                                      "«Alle vet hva planen sier.»", ["1.1"], "paraphrase")
        x["obs_note"] = _tag(p, obs, "Representantene brukte nettbrett i hele møtet.",
                             "Representantene brukte nettbrett i hele møtet.", ["1.1"],
                             "paraphrase")
        x["obs_quote"] = _tag(p, obs, "Ordføreren sa: «Vi skal bli digitale.»",
                              "Vi skal bli digitale.", ["1.1"])
        x["doc"] = p.add_document_excerpt(activity_id=doc.id, text="Alle tjenester skal "
                                          "være digitale innen 2030.", indicators=["1.1", "1.5"],
                                          page=4)
        x["leder"] = _tag(p, iv_led, "Vi har en plan.", "Vi har en plan.", ["1.5"])
        # 1.2 rests only on interviews with one group.
        x["only_folk"] = _tag(p, iv_folk, "Vi vet lite om dette.", "Vi vet lite om dette.",
                              ["1.2"])
        p.update_finding(indicator="1.1", level=3, status="agreed",
                         excerpt_ids=[x[k].id for k in ("nested", "paraphrase",
                                                        "quoted_paraphrase", "obs_note",
                                                        "obs_quote", "doc")],
                         actions="- Lag en plan for digitalisering\n- Følg opp i tertialene",
                         reflection="Hvordan kan målene bli kjent for alle?")
        p.update_finding(indicator="1.2", level=3, status="draft",
                         actions="lag  en PLAN for digitalisering",
                         excerpt_ids=[x["only_folk"].id])
        p.update_finding(indicator="1.3", status="not_assessed")
        p.update_finding(indicator="1.4", level=2, status="draft")
        p.update_finding(indicator="1.5", level=4, status="agreed",
                         excerpt_ids=[x["leder"].id])
        p.update_area_summary(area="1", summary="Området er i god utvikling.",
                              strengths="Politikerne eier målene.",
                              improvements="Rapporteringen må bli bedre.")
    db = open_project(path)
    out = folder / "rapport.docx"
    write_report(db, out)
    yield db, Document(out), x
    db.close()


def sections(doc) -> dict[str, list]:
    """The paragraphs under each Heading 2 (an indicator), until the next Heading 1 or 2."""
    out, current = {}, None
    for p in doc.paragraphs:
        name = p.style.name
        if name == "Heading 1":
            current = None
        elif name == "Heading 2":
            current = p.text
            out[current] = []
        elif current:
            out[current].append(p)
    return out


def under(doc, code: str) -> list:
    return next(ps for title, ps in sections(doc).items() if title.endswith(f"({code})"))


def quotes(doc, code: str) -> list[tuple[str, str]]:
    return [tuple(p.text.split("\n– ", 1)) if "\n– " in p.text else (p.text, "")
            for p in under(doc, code) if p.style.name == "Quote"]


def chapter(doc, title: str) -> list:
    out, inside = [], False
    for p in doc.paragraphs:
        if p.style.name == "Heading 1":
            inside = p.text == title
        elif inside:
            out.append(p)
    return out


def test_attribution_by_kind_of_source(built):
    _db, doc, _x = built
    found = dict(quotes(doc, "1.1"))
    nested = f"«{NESTED.replace('«', '‹').replace('»', '›')}»"
    assert found[nested] == "folkevalgt"
    assert found["«Vi skal bli digitale.»"] == "observasjon, Kommunestyremøte, 15.9.2026"
    assert found["Referat: Representantene brukte nettbrett i hele møtet."] == \
        "observasjon, Kommunestyremøte, 15.9.2026"
    assert found["«Alle tjenester skal være digitale innen 2030.»"] == \
        "dokument: Digitaliseringsstrategi, s. 4"
    # Observation and document evidence never carries a group.
    for _body, who in quotes(doc, "1.1"):
        if who.startswith(("observasjon", "dokument")):
            assert "folkevalgt" not in who
            assert "leder" not in who
    assert dict(quotes(doc, "1.5"))["«Vi har en plan.»"] == "leder"


def test_paraphrase_never_in_guillemets(built):
    _db, doc, _x = built
    found = dict(quotes(doc, "1.1"))
    assert "Referat: De folkevalgte kjenner målene godt." in found
    # Typed in «» by the team, still a paraphrase: no «» around it in the report.
    assert "Referat: Alle vet hva planen sier." in found
    for body, _who in quotes(doc, "1.1"):
        if body.startswith("Referat:"):
            assert not body.endswith("»")
            assert "«" not in body
        else:
            assert body.startswith("«")
            assert body.endswith("»")
    heads = [p.text for p in under(doc, "1.1") if p.style.name == "Heading 3"]
    assert "Utvalgte sitater og referater" in heads
    assert "Utvalgte sitater" in [p.text for p in under(doc, "1.5")
                                  if p.style.name == "Heading 3"]


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += {"‹": 1, "›": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def test_inner_guillemets_survive_balanced(built):
    _db, doc, _x = built
    bodies = [b for b, _ in quotes(doc, "1.1")]
    assert "«Målet vårt er det vi kaller ‹digitalt førstevalg›»" in bodies
    for body in bodies:
        if body.startswith("«"):
            assert "«" not in body[1:-1]
            assert "»" not in body[1:-1]
            assert _balanced(body[1:-1])


@pytest.mark.parametrize(("text", "kind", "shown"), [
    (NESTED, "quote", "«Målet vårt er det vi kaller ‹digitalt førstevalg›»"),
    (f"«{NESTED}»", "quote", "«Målet vårt er det vi kaller ‹digitalt førstevalg›»"),
    ("«digitalt» og «analogt»", "quote", "«‹digitalt› og ‹analogt›»"),
    ("vi kaller det «digitalt førstevalg", "quote", "«vi kaller det ‹digitalt førstevalg›»"),
    ("førstevalg» sa hun", "quote", "«‹førstevalg› sa hun»"),
    ("“Helt ordrett”", "quote", "«Helt ordrett»"),
    ('"Sa hun"', "quote", "«Sa hun»"),
    ("«Referert»", "paraphrase", "Referert"),
    ("De kaller det «førstevalg».", "paraphrase", "De kaller det «førstevalg»."),
])
def test_quote_text_examples(text, kind, shown):
    assert quote_text(Quote(text, kind=kind)) == shown


_MARKS = "«»‹›“”„\""


@given(st.text(alphabet=st.sampled_from(list("ab «»‹›“”\"")), max_size=30))
def test_quote_text_keeps_words_and_balances(text):
    shown = quote_text(Quote(text, kind="quote"))
    words = re.sub(f"[{_MARKS}]", "", text)
    if not words.strip():
        return
    assert shown.startswith("«")
    assert shown.endswith("»")
    inner = shown[1:-1]
    assert "«" not in inner
    assert "»" not in inner
    assert _balanced(inner)
    assert " ".join(re.sub(f"[{_MARKS}]", "", shown).split()) == " ".join(words.split())
    # Only a pair enclosing the whole text is replaced: with none, every mark is kept.
    if text.strip()[:1] not in "«‹“„\"":
        assert sum(inner.count(c) for c in "‹›") >= sum(text.count(c) for c in "«»‹›")


def test_area_strengths_and_improvements_beside_the_summary(built):
    _db, doc, _x = built
    texts = [p.text for p in chapter(doc, AREA_1)]
    for label, value in (("Oppsummering", "Området er i god utvikling."),
                         ("Styrker", "Politikerne eier målene."),
                         ("Forbedringsområder", "Rapporteringen må bli bedre.")):
        assert texts[texts.index(label) + 1] == value


def test_draft_flag_iff_a_finding_is_not_settled(built, project):
    from digifelt.core.services.findings import update_finding
    from digifelt.core.services.rubric import rubric_tree

    db, _doc, _x = built
    assert gather(db).is_draft
    ids = [i.id for a in rubric_tree(project) for i in a.indicators]
    for n, ind in enumerate(ids):
        update_finding(project, ind, status="not_assessed" if n == 3 else "agreed",
                       level=None if n == 3 else 2)
    assert not gather(project).is_draft
    update_finding(project, ids[-1], status="draft")
    assert gather(project).is_draft


def test_not_agreed_marker_on_exactly_the_unsettled(built):
    from digifelt.core.services.findings import list_findings
    from digifelt.core.services.rubric import rubric_tree

    db, doc, _x = built
    status = {v.finding.indicator_id: v.finding.status for v in list_findings(db)}
    by_code = sections(doc)
    checked = 0
    for area in rubric_tree(db):
        for ind in area.indicators:
            paras = by_code[f"{ind.title} ({ind.code})"]
            marked = any("[Ikke omforent]" in p.text for p in paras)
            assert marked == (status.get(ind.id) not in ("agreed", "not_assessed")), ind.code
            checked += 1
    assert checked == 29
    level_line = next(p for p in under(doc, "1.2") if p.text.startswith("Nivå:"))
    marker = next(r for r in level_line.runs if "[Ikke omforent]" in r.text)
    assert marker.font.highlight_color is not None


def test_not_assessed_is_a_state(built):
    _db, doc, _x = built
    texts = [p.text for p in under(doc, "1.3")]
    assert "Nivå: Ikke vurdert" in texts
    assert "Teamet har bevisst valgt å ikke vurdere dette kjennetegnet." in texts
    assert not any("[Skriv nivået" in t for t in texts)
    assert "Nivå: 2 – Under utvikling  [Ikke omforent]" in [p.text for p in under(doc, "1.4")] \
        or any(t.startswith("Nivå: 2 – ") for t in (p.text for p in under(doc, "1.4")))


def test_levels_are_counted_never_averaged(built):
    _db, doc, _x = built
    texts = [p.text for p in chapter(doc, AREA_1)]
    assert "Nivåfordeling: Nivå 1: 0, 2: 1, 3: 2, 4: 1, Ikke vurdert: 1" in texts
    whole = "\n".join(p.text for p in doc.paragraphs).casefold()
    for word in ("snitt", "gjennomsnitt", "sterkest", "svakest"):
        assert word not in whole


def test_no_average_in_the_report_package():
    from pathlib import Path

    import digifelt.exports.report as report

    for path in Path(report.__file__).parent.glob("*.py"):
        text = path.read_text(encoding="utf-8").casefold()
        for word in ("snitt", "mean(", "median(", "statistics", "sterkest", "svakest",
                     "strongest", "weakest"):
            assert word not in text, f"{word} in {path.name}"


def test_evidence_line_from_every_tagged_excerpt(built):
    _db, doc, _x = built
    line = next(p.text for p in under(doc, "1.1") if p.text.startswith("Grunnlag:"))
    # The observation counts once however many of its excerpts are tagged.
    assert line == "Grunnlag: 1 intervju (1 gruppe), 1 observasjon, 1 dokument — ikke triangulert"
    line = next(p.text for p in under(doc, "1.5") if p.text.startswith("Grunnlag:"))
    # Counted from all tagged excerpts, though the finding chose only one of them.
    assert line == "Grunnlag: 2 intervjuer (2 grupper), 1 dokument — triangulert"
    assert "Grunnlag: ingen utdrag er knyttet til kjennetegnet" in [
        p.text for p in under(doc, "1.4")]


def test_warning_when_a_high_level_rests_on_one_kind_or_group(built):
    _db, doc, _x = built
    texts = [p.text for p in under(doc, "1.2")]
    assert "[Merk: Nivå 3 bygger bare på intervjuer med én gruppe]" in texts
    # Three kinds but one group (the observation's group is the interview's).
    assert "[Merk: Nivå 3 bygger bare på kilder fra én gruppe]" in [
        p.text for p in under(doc, "1.1")]
    assert not any(p.text.startswith("[Merk") for p in under(doc, "1.5"))
    assert not any(p.text.startswith("[Merk") for p in under(doc, "1.4"))  # level 2


def test_actions_and_reflection_kept_apart(built):
    _db, doc, _x = built
    paras = under(doc, "1.1")
    heads = [i for i, p in enumerate(paras) if p.style.name == "Heading 3"]
    texts = [p.text for p in paras]
    actions = texts.index("Forslag til tiltak")
    reflection = texts.index("Refleksjonsspørsmål")
    next_head = min(i for i in heads if i > actions)
    assert next_head == reflection
    between = texts[actions + 1:reflection]
    assert "Lag en plan for digitalisering" in between
    assert not any("Hvordan" in t for t in between)
    assert texts[reflection + 1] == "Hvordan kan målene bli kjent for alle?"


def test_recommendations_table_merges_duplicates(built):
    _db, doc, _x = built
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == "Tiltak")
    assert [c.text for c in table.rows[0].cells] == ["Kjennetegn", "Tiltak", "Prioritet",
                                                    "Ansvarlig", "Når"]
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert rows == [["1.1, 1.2", "Lag en plan for digitalisering", "", "", ""],
                    ["1.1", "Følg opp i tertialene", "", "", ""]]
    assert not any("Hvordan" in r[1] for r in rows)


def test_english_wording(built, tmp_path):
    db, _doc, _x = built
    out = tmp_path / "en.docx"
    write_report(db, out, lang="en")
    doc = Document(out)
    found = dict(quotes(doc, "1.1"))
    assert found["«Vi skal bli digitale.»"] == "observation, Kommunestyremøte, 2026-09-15"
    assert "Paraphrase: De folkevalgte kjenner målene godt." in found
    texts = [p.text for p in under(doc, "1.2")]
    assert "[Note: level 3 rests only on interviews with one group]" in texts


@given(st.text(alphabet=st.sampled_from(list("ab «»‹›“”\"")), max_size=30))
def test_a_paraphrase_is_never_set_in_guillemets(text):
    shown = quote_text(Quote(text, kind="paraphrase"))
    assert not (shown.startswith("«") and _closes_at_end(shown))


def _closes_at_end(text: str) -> bool:
    depth = 0
    for n, c in enumerate(text):
        depth += {"«": 1, "»": -1}.get(c, 0)
        if depth == 0 and n < len(text) - 1:
            return False
    return text.endswith("»") and depth == 0


def test_survey_attribution_hook():
    from datetime import date
    from types import SimpleNamespace

    from digifelt.exports.report.chapters_areas import attribution
    from digifelt.exports.report.labels import Labels

    w = SimpleNamespace(labels=Labels("nb"), data=SimpleNamespace(content_language="nb"))

    def text(quote):
        return "".join(r if isinstance(r, str) else r[0] for r in attribution(w, quote))

    assert text(Quote("x", groups=("Ansatte",), source="survey", respondents=63)) == \
        "spørreundersøkelse, ansatte (n = 63)"
    # An observation linked to a group is still attributed to the observation.
    assert text(Quote("x", groups=("Folkevalgte",), source="observation",
                      activity="Kommunestyremøte", day=date(2026, 9, 15))) == \
        "observasjon, Kommunestyremøte, 15.9.2026"
    assert text(Quote("x", source="document_review", document="Plan", page=None)) == \
        "dokument: Plan"
    assert text(Quote("x", source="interview")) == "intervju"
