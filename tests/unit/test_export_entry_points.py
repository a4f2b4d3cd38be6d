"""Every export runs through one entry point: the command line and the Export page call the same
function, which reads the project, writes the file atomically and says what it wrote."""

import csv
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_bundle_support import small_demo_file_fixture, small_demo_fixture  # noqa: F401

from digifelt.cli import main
from digifelt.core.progress import OperationCancelled
from digifelt.core.services.projects import open_project
from digifelt.exports import entry_points
from digifelt.exports.bundle import verify_bundle
from digifelt.exports.entry_points import ENTRY_POINTS, EntryPoint, entry_point
from digifelt.exports.report import ReportCancelled

QDA = "{urn:QDA-XML:project:1.0}"


def read_matrix(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.reader(fh))
    from openpyxl import load_workbook

    return [["" if v is None else str(v) for v in row]
            for row in load_workbook(path).active.iter_rows(values_only=True)]


def test_the_app_offers_these_exports():
    assert sorted(ENTRY_POINTS) == ["bundle", "matrix", "qdpx", "report"]
    assert entry_point("matrix").suffixes == (".xlsx", ".csv")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_matrix_reads_back(small_demo, tmp_path, suffix):
    out = tmp_path / f"matrise{suffix}"
    result = entry_point("matrix").run(small_demo, out, by="group", lang="en")
    table = read_matrix(out)
    assert result.path == out
    if suffix == ".xlsx":  # as the evidence page shows it: area lines, ⚑ on flagged rows
        assert table[0][0] == "Indicator"
        assert table[0][-2:] == ["Total", "Not triangulated because"]
        assert len(table[0]) == 1 + result.sources + 2
        assert sum(row[0].startswith("⚑ ") for row in table[1:]) == result.not_triangulated
        return
    assert table[0][:3] == ["area", "indicator", "title"]
    assert table[0][-4:] == ["strengths", "gaps", "total", "triangulated"]
    assert len(table) == result.indicators + 1
    assert len(table[0]) == 3 + result.sources + 4
    assert sum(row[-1] == "no" for row in table[1:]) == result.not_triangulated
    assert result.names is None
    assert "by group" in result.summary()


def test_matrix_headings_default_to_the_projects_language(small_demo, tmp_path):
    out = tmp_path / "matrise.csv"
    entry_point("matrix").run(small_demo, out)
    db = open_project(small_demo)
    try:
        from digifelt.core.services.projects import get_project

        language = get_project(db).language
    finally:
        db.close()
    assert read_matrix(out)[0][0] == {"nb": "område", "en": "area"}[language]


def test_report_reads_back(small_demo, tmp_path):
    import docx

    out = tmp_path / "rapport.docx"
    result = entry_point("report").run(small_demo, out, lang="en")
    document = docx.Document(out)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert result.path == out
    assert result.language == "en"
    assert result.chapters > 0
    assert len(headings) >= result.chapters
    assert result.summary() == result.line()


def test_bundle_reads_back(small_demo, tmp_path):
    out = tmp_path / "bundle.zip"
    result = entry_point("bundle").run(small_demo, out, pseudonymise=True)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert any(n.endswith("/data/project.json") for n in names)
    assert result.pseudonymised
    assert result.names is not None
    report = verify_bundle(out)  # raises on a bad checksum, schema or reference
    assert report.pseudonymised
    assert report.named_participants == 0
    assert report.counts["activities"] == result.activities


def test_qdpx_reads_back(small_demo, tmp_path):
    out = tmp_path / "prosjekt.qdpx"
    result = entry_point("qdpx").run(small_demo, out)
    with zipfile.ZipFile(out) as zf:
        root = ET.fromstring(zf.read("project.qde"))
        names = set(zf.namelist())
    texts = [s.get("plainTextPath").replace("internal://", "sources/")
             for s in root.findall(f"{QDA}Sources/{QDA}TextSource")]
    assert len(texts) == result.sources == len(names & set(texts))
    assert len(root.findall(f".//{QDA}TextSource/{QDA}PlainTextSelection")) == result.selections


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
def test_an_open_database_is_used_and_left_open(small_demo, tmp_path, name):
    entry = entry_point(name)
    out = tmp_path / f"out{entry.suffixes[0]}"
    db = open_project(small_demo)
    try:
        result = entry.run(db, out)
        from digifelt.core.services.projects import get_project

        assert get_project(db).title  # still open after the export
    finally:
        db.close()
    assert result.path == out
    assert out.stat().st_size > 0


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
def test_a_cancelled_export_leaves_the_previous_file(small_demo, tmp_path, name):
    entry = entry_point(name)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"out{entry.suffixes[0]}"
    out.write_bytes(b"previous")
    seen = []
    with pytest.raises((OperationCancelled, ReportCancelled)):
        entry.run(small_demo, out, progress=lambda d, t: seen.append((d, t)),
                  cancelled=lambda: True)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in folder.iterdir()] == [out.name]


def test_a_pseudonymised_matrix_says_where_names_were_replaced(small_demo, tmp_path):
    result = entry_point("matrix").run(small_demo, tmp_path / "m.xlsx", pseudonymise=True)
    assert result.names is not None
    assert result.summary().endswith(", pseudonymised")


# One path: the command line and the Export page reach the same entry point


def spy_on(monkeypatch, name):
    calls = []

    def run(project, out, **kwargs):
        calls.append((Path(getattr(project, "path", project)), Path(out), kwargs))
        return SimpleNamespace(path=Path(out), names=None, summary=lambda: "spied",
                               line=lambda: "spied", chapters=1, quotes=0, placeholders=0,
                               indicators=1, sources=1, not_triangulated=0, activities=0,
                               excerpts=0, attachments=0, size=0, pseudonymised=False,
                               selections=0, codes=0)

    real = entry_point(name)
    monkeypatch.setitem(entry_points.ENTRY_POINTS, name,
                        EntryPoint(real.name, real.suffixes, run))
    return calls


CLI = {
    "matrix": ["matrix", "{file}", "-o", "{out}", "--by", "group", "--pseudonymise"],
    "report": ["report", "{file}", "-o", "{out}", "--template", "built-in", "--lang", "en"],
    "bundle": ["bundle", "export", "{file}", "-o", "{out}", "--pseudonymise"],
    "qdpx": ["qdpx", "{file}", "-o", "{out}", "--pseudonymise"],
}
GUI_OPTIONS = {
    "matrix": {"by": "group", "pseudonymise": True},
    "report": {"language": "en", "template": ""},
    "bundle": {"pseudonymise": True},
    "qdpx": {"pseudonymise": True},
}


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
def test_cli_and_export_page_call_the_same_entry_point(small_demo, tmp_path, monkeypatch,
                                                       capsys, name):
    from digifelt.ui import export_registry

    calls = spy_on(monkeypatch, name)
    out = tmp_path / f"cli{entry_point(name).suffixes[0]}"
    argv = [a.format(file=small_demo, out=out) for a in CLI[name]]
    assert main(argv) == 0
    assert "spied" in capsys.readouterr().out

    exporter = export_registry.get(name)
    assert exporter.entry_point == name
    assert exporter.extensions == entry_point(name).suffixes
    gui_out = tmp_path / f"gui{entry_point(name).suffixes[0]}"
    db = open_project(small_demo)
    try:
        request = export_registry.ExportRequest(db, gui_out, GUI_OPTIONS[name],
                                                author_id=None, project_language="en")
        exporter.run(request, lambda d, t: None, lambda: False)
    finally:
        db.close()

    (cli_file, cli_out, cli_kwargs), (gui_file, gui_out_seen, gui_kwargs) = calls
    assert (cli_file, cli_out) == (small_demo, out)
    assert (gui_file, gui_out_seen) == (small_demo, gui_out)
    # The same choices arrive by both ways (the page adds its progress and cancel hooks).
    shared = {k: v for k, v in gui_kwargs.items() if k not in ("progress", "cancelled")}
    for key, value in cli_kwargs.items():
        if key in shared and key not in ("lang", "exported_by"):
            assert shared[key] == value, key
    if "pseudonymise" in cli_kwargs:
        assert cli_kwargs["pseudonymise"] is True
        assert shared["pseudonymise"] is True
    assert callable(gui_kwargs["progress"])
    assert callable(gui_kwargs["cancelled"])
