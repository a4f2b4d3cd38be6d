"""The Word report on the large demo against bare python-docx writing the same content.

The baseline is the obvious python-docx loop: a fresh Document(), add_heading/add_paragraph
with the same style names where the default template has them, add_table and cell.text for
the tables, then save. Its content (every paragraph's style and text and every table's cell
texts, in order) is read once, up front, from a report we wrote, so both sides write the same
paragraphs and tables. Our time includes reading the project from the database.

    python -m benchmarks.report [LARGE_DEMO] [--repeats N]
"""

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.timing import measure, result

OPERATION = "report .docx (large demo)"
TARGET = "≤ 1.5× baseline"


def read_content(path: Path) -> list[tuple]:
    """("p", style name, text) and ("t", rows of cell texts) in body order."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(path)
    names = {s.style_id: s.name for s in doc.styles}
    out: list[tuple] = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, doc)
            style_id = child.pPr.style if child.pPr is not None else None
            out.append(("p", names.get(style_id, "Normal"), paragraph.text))
        elif child.tag == qn("w:tbl"):
            table = Table(child, doc)
            out.append(("t", [[cell.text for cell in row.cells] for row in table.rows]))
    return out


def write_baseline(content: list[tuple], out: Path) -> None:
    """Bare python-docx, as its documentation shows it."""
    from docx import Document

    doc = Document()
    available = {s.name for s in doc.styles}
    for item in content:
        if item[0] == "p":
            _, style, text = item
            if style.startswith("Heading "):
                doc.add_heading(text, int(style.split()[1]))
            else:
                doc.add_paragraph(text, style=style if style in available else None)
        else:
            rows = item[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for row, texts in zip(table.rows, rows, strict=True):
                for cell, text in zip(row.cells, texts, strict=True):
                    cell.text = text
    doc.save(out)


def run(large_demo: Path, repeats: int) -> list[dict]:
    from digifelt.core.services.projects import open_project
    from digifelt.exports.report import write_report

    work = Path(tempfile.mkdtemp(prefix="digifelt-bench-report-"))
    try:
        db = open_project(large_demo)
        try:
            ours_out, base_out = work / "ours.docx", work / "baseline.docx"
            write_report(db, ours_out)
            content = read_content(ours_out)
            ours = measure(lambda: write_report(db, ours_out), repeats)
            baseline = measure(lambda: write_baseline(content, base_out), repeats)
        finally:
            db.close()
        paragraphs = sum(1 for item in content if item[0] == "p")
        tables = len(content) - paragraphs
        return [result(OPERATION, ours, baseline, TARGET, paragraphs=paragraphs, tables=tables,
                       table_rows=sum(len(item[1]) for item in content if item[0] == "t"))]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    from benchmarks.run import table

    parser = argparse.ArgumentParser(prog="python -m benchmarks.report")
    parser.add_argument("project", type=Path, nargs="?", help="a large demo (default: make one)")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="digifelt-bench-"))
    try:
        demo = args.project
        if demo is None:
            from digifelt.core.demo import generate_demo

            demo = work / "large.digifelt"
            generate_demo(demo, size="large", seed=1)
        rows = run(demo, args.repeats)
        print(table(rows))
        row = rows[0]
        print(f"\n{row['paragraphs']} paragraphs, {row['tables']} tables "
              f"({row['table_rows']} rows) on both sides")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
