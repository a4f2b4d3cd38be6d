"""The action list as a spreadsheet (.xlsx) the organisation can keep up to date.

Every text goes through exports.cells: an action someone typed as "=1+1" stays text. Due
dates are real dates, so the sheet sorts and filters on them.
"""

import io
from datetime import date
from pathlib import Path

from digifelt.exports.atomic import atomic_output
from digifelt.exports.cells import safe_cell
from digifelt.exports.follow_up_report import FollowUpResult, check_output, read_actions, words
from digifelt.storage.database import Database

OVERDUE_RGB = "FFF2B8B5"  # the evidence matrix's gap colour


def export_actions_xlsx(project: Path | Database, out: Path, *, lang: str | None = None,
                        today: date | None = None) -> FollowUpResult:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    out = Path(out)
    check_output(out, (".xlsx",))
    today = today or date.today()
    views, _title, _organisation, lang = read_actions(project, lang)
    w = words(lang)
    book = Workbook()
    sheet = book.active
    sheet.title = w["sheet"]
    headers = ["#", w["area"], w["indicator"], w["indicator_title"], w["action"], w["owner"],
               w["due"], w["status"], w["overdue"], w["notes"]]
    bold = Font(bold=True)
    late_fill = PatternFill("solid", fgColor=OVERDUE_RGB)
    for c, text in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=c, value=safe_cell(text))
        cell.font = bold
    overdue = 0
    for r, v in enumerate(views, start=2):
        a = v.action
        late = v.overdue(today)
        overdue += late
        values = [r - 1, v.area_code, v.indicator_code, v.indicator_title, a.text, a.owner,
                  a.due_date, w[a.status], w["overdue"] if late else "", a.notes]
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c,
                              value=value if isinstance(value, date) else safe_cell(value))
            if isinstance(cell.value, str):
                cell.data_type = "s"  # a string cell, whatever openpyxl would infer from it
            if isinstance(value, date):
                cell.number_format = "DD.MM.YYYY" if lang == "nb" else "YYYY-MM-DD"
            if late and c in (7, 8, 9):
                cell.fill = late_fill
    for c, width in enumerate((5, 8, 10, 40, 60, 20, 12, 14, 10, 50), start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(views) + 1, 1)}"
    buffer = io.BytesIO()
    book.save(buffer)
    with atomic_output(out) as fh:
        fh.write(buffer.getvalue())
    return FollowUpResult(out, len(views), overdue)


def export_actions(project: Path | Database, out: Path, *, lang: str | None = None,
                   today: date | None = None) -> FollowUpResult:
    """The action list as .xlsx or the follow-up report as .docx, chosen by `out`'s suffix."""
    from digifelt.exports.follow_up_report import export_follow_up

    out = Path(out)
    check_output(out, (".xlsx", ".docx"))
    if out.suffix.lower() == ".docx":
        return export_follow_up(project, out, lang=lang, today=today)
    return export_actions_xlsx(project, out, lang=lang, today=today)
