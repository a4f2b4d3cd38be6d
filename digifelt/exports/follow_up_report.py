"""The follow-up report (.docx): where the actions after an assessment stand.

A short document the team or the organisation can put before a meeting: the counts per status,
then per area and indicator each action with its owner, due date, status and notes, the open
ones past their date marked as overdue. Nothing from the evidence is in it, so it names no
participant.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from digifelt.core.models.after_visit import ACTION_STATUSES
from digifelt.errors import DigifeltError
from digifelt.exports.atomic import atomic_output
from digifelt.exports.cells import storable
from digifelt.storage.database import Database

WORDS = {
    "nb": {
        "title": "Oppfølging av tiltak", "made": "Status per {day}", "counts": "Status",
        "general": "Generelle tiltak", "action": "Tiltak", "owner": "Ansvarlig",
        "due": "Frist", "status": "Status", "notes": "Merknader", "overdue": "forfalt",
        "none": "Ingen tiltak er registrert.", "total": "I alt",
        "planned": "planlagt", "in_progress": "i gang", "done": "gjennomført",
        "dropped": "avlyst", "sheet": "Tiltak", "area": "Område", "indicator": "Kjennetegn",
        "indicator_title": "Kjennetegn (tittel)",
    },
    "en": {
        "title": "Follow-up of actions", "made": "Status on {day}", "counts": "Status",
        "general": "General actions", "action": "Action", "owner": "Owner",
        "due": "Due date", "status": "Status", "notes": "Notes", "overdue": "overdue",
        "none": "No actions are recorded.", "total": "Total",
        "planned": "planned", "in_progress": "in progress", "done": "done",
        "dropped": "dropped", "sheet": "Actions", "area": "Area", "indicator": "Indicator",
        "indicator_title": "Indicator (title)",
    },
}


class FollowUpExportError(DigifeltError):
    pass


def words(lang: str | None) -> dict[str, str]:
    return WORDS.get(lang or "nb", WORDS["en"])


def day_text(day: date | None, lang: str) -> str:
    if day is None:
        return ""
    return day.strftime("%d.%m.%Y") if lang == "nb" else day.isoformat()


@dataclass(frozen=True)
class FollowUpResult:
    path: Path
    actions: int
    overdue: int

    def summary(self) -> str:
        return f"wrote {self.path}: {self.actions} actions, {self.overdue} overdue"


def check_output(out: Path, suffixes: tuple[str, ...]) -> None:
    if out.suffix.lower() not in suffixes:
        raise FollowUpExportError(f"{out.name}: choose a {' or '.join(suffixes)} file name")
    if not out.parent.is_dir():
        raise FollowUpExportError(f"{out.parent}: no such folder")


def read_actions(project: Path | Database, lang: str | None):
    """The actions, the title and the language from one snapshot."""
    from digifelt.core.services.actions import list_actions
    from digifelt.core.services.projects import get_project
    from digifelt.exports.project_source import opened

    with opened(project) as db, db.read():
        info = get_project(db)
        return list_actions(db), info.title, info.organisation, lang or info.language


def export_follow_up(project: Path | Database, out: Path, *, lang: str | None = None,
                     today: date | None = None) -> FollowUpResult:
    """Write the follow-up report to `out` (.docx), replaced only when complete."""
    import io

    from docx import Document

    from digifelt.core.services.actions import OVERDUE, status_counts

    out = Path(out)
    check_output(out, (".docx",))
    today = today or date.today()
    views, title, organisation, lang = read_actions(project, lang)
    w = words(lang)
    doc = Document()
    doc.core_properties.title = storable(f"{w['title']}: {organisation}")
    doc.add_heading(storable(f"{w['title']}: {organisation}"), level=0)
    doc.add_paragraph(storable(f"{title}. {w['made'].format(day=day_text(today, lang))}"))
    counts = status_counts(views, today)
    doc.add_heading(w["counts"], level=1)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = w["status"], w["total"]
    for key in (*ACTION_STATUSES, OVERDUE):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = w[key], str(counts[key])
    if not views:
        doc.add_paragraph(w["none"])
    # Areas and indicators in the order the list first names them (the team's own order),
    # general actions (no indicator) last.
    areas: dict[str | None, dict[str | None, list]] = {}
    for v in views:
        areas.setdefault(v.area_code, {}).setdefault(v.indicator_code, []).append(v)
    if None in areas:
        areas[None] = areas.pop(None)
    for area_code, indicators in areas.items():
        first = next(iter(indicators.values()))[0]
        if area_code is None:
            doc.add_heading(w["general"], level=1)
        else:
            doc.add_heading(storable(f"{area_code} {first.area_title}"), level=1)
        for code, group in indicators.items():
            if code is not None:
                doc.add_heading(storable(f"{code} {group[0].indicator_title}"), level=2)
            _action_table(doc, group, w, lang, today)
    buffer = io.BytesIO()
    doc.save(buffer)
    with atomic_output(out) as fh:
        fh.write(buffer.getvalue())
    return FollowUpResult(out, len(views), counts[OVERDUE])


def _action_table(doc, group, w, lang: str, today: date) -> None:
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells,
                          (w["action"], w["owner"], w["due"], w["status"], w["notes"]),
                          strict=True):
        cell.text = head
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for v in group:
        a = v.action
        cells = table.add_row().cells
        status = w[a.status]
        due = day_text(a.due_date, lang)
        late = v.overdue(today)
        if late:
            status = f"{status} ({w['overdue']})"
        values = (a.text, a.owner or "", due, status, a.notes or "")
        for n, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.text = storable(value)
            if late and n in (2, 3):
                for run in cell.paragraphs[0].runs:
                    run.bold = True
