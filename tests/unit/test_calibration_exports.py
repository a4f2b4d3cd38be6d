"""Provisional levels are the team's working material: the Word report and the REFI-QDA
export never carry them. The report of a project is the same text with or without them."""

import zipfile

import pytest
from docx import Document

from digifelt.core.services import calibration, findings, people, rubric
from digifelt.exports.qdpx import export_qdpx
from digifelt.exports.report import write_report

RATIONALES = ("Kalibrering-ZQX-mener-fire", "Kalibrering-ZQX-tror-tre",
              "Kalibrering-ZQX-bare-begrunnelse")


def docx_text(path) -> list[str]:
    """Every paragraph of the body, of every table cell (nested too), headers and footers."""
    doc = Document(str(path))
    out: list[str] = []

    def cells(tables):
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    cells(cell.tables)

    out.extend(p.text for p in doc.paragraphs)
    cells(doc.tables)
    for section in doc.sections:
        for part in (section.header, section.footer):
            out.extend(p.text for p in part.paragraphs)
            cells(part.tables)
    return out


def zip_texts(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n).decode("utf-8", "replace") for n in zf.namelist()}


@pytest.fixture
def calibrated(project):
    """A project with agreed and draft findings; the provisional levels are added later by
    `add_provisional`, so a test can export before and after."""
    anne = people.add_assessor(project, name="Anne Berg", initials="AB")
    berit = people.add_assessor(project, name="Berit Carlsen", initials="BC")
    first, second, third = [i for a in rubric.rubric_tree(project) for i in a.indicators][:3]
    findings.update_finding(project, first.id, level=2, status="agreed",
                            strengths="Planen er vedtatt.")
    findings.update_finding(project, second.id, strengths="Noe bruk av data.")

    def add_provisional():
        # Levels no finding has: 4 where the team agreed 2, 3 where no level is set yet.
        calibration.set_provisional_level(project, first.id, anne.id, level=4,
                                          rationale=RATIONALES[0])
        calibration.set_provisional_level(project, first.id, berit.id, level=1)
        calibration.set_provisional_level(project, second.id, anne.id, level=3,
                                          rationale=RATIONALES[1])
        calibration.set_provisional_level(project, third.id, berit.id,
                                          rationale=RATIONALES[2])
        return [calibration.provisional_id(i, a) for i, a in (
            (first.id, anne.id), (first.id, berit.id), (second.id, anne.id),
            (third.id, berit.id))]

    return project, add_provisional


def test_the_report_never_shows_provisional_levels_or_rationales(calibrated, tmp_path):
    db, add_provisional = calibrated
    before = tmp_path / "before.docx"
    write_report(db, before, lang="nb")
    ids = add_provisional()
    assert len(calibration.provisional_levels(db)) == 4
    after = tmp_path / "after.docx"
    write_report(db, after, lang="nb")

    text = docx_text(after)
    assert any("Planen er vedtatt." in t for t in text)  # the findings are in it
    joined = "\n".join(text)
    for needle in (*RATIONALES, "ZQX", *ids):
        assert needle not in joined
    for name, xml in zip_texts(after).items():
        for needle in ("ZQX", *ids):
            assert needle not in xml, name
    # Nothing else moved either: the levels 4, 3 and 1 given provisionally appear nowhere
    # the agreed or draft levels did not already put them.
    assert text == docx_text(before)


def test_the_refi_qda_export_never_carries_provisional_levels(calibrated, tmp_path):
    db, add_provisional = calibrated
    ids = add_provisional()
    out = tmp_path / "prosjekt.qdpx"
    export_qdpx(db, out)
    parts = zip_texts(out)
    assert "project.qde" in parts
    assert "Planen er vedtatt." in parts["project.qde"]  # the findings are in it, as notes
    for name, content in parts.items():
        for needle in ("ZQX", *ids):
            assert needle not in content, name
