"""The report as a numbered version for the fact check: "send draft for fact check" and
"make final report". Each call freezes a version (core.services.fact_check) with the .docx
written for it, and saves a copy where the user asked.

Run them inside an operation (the app, the CLI and the scripting API do): the version, its
frozen findings and its document are then one undoable step.
"""

import os
import tempfile
from datetime import date, datetime
from pathlib import Path

from digifelt.core.models import ReportVersion
from digifelt.core.services import fact_check
from digifelt.exports.atomic import atomic_output
from digifelt.exports.report.data import CommentRow, VersionInfo
from digifelt.exports.report.errors import ReportError
from digifelt.storage.database import Database


def _day(value: datetime | None) -> date | None:
    return value.astimezone().date() if value is not None else None


def version_info(db: Database, version: ReportVersion, lang: str | None) -> VersionInfo:
    """What the title page and the final report's appendix say about this version."""
    from digifelt.core.services.projects import get_project
    from digifelt.exports.report.names import report_scrubber

    if version.kind == "draft":
        return VersionInfo(version.number, "draft")
    scrub = report_scrubber(db, lang or get_project(db).language)
    drafts = [v for v in fact_check.list_versions(db)
              if v.kind == "draft" and v.number < version.number]
    numbers = {v.id for v in drafts}
    comments = [CommentRow(about=scrub(fact_check.target_label(db, c)),
                           commenter=scrub(c.commenter or ""), received=_day(c.received_at),
                           text=scrub(c.text), response=c.response,
                           response_text=scrub(c.response_text or ""))
                for c in fact_check.list_comments(db) if c.version_id in numbers]
    return VersionInfo(version.number, "final",
                       [(v.number, scrub(v.sent_to) if v.sent_to else None, _day(v.sent_at))
                        for v in drafts], comments)


def _renderer(db: Database, lang: str | None, template: Path | None):
    from digifelt.exports.report.api import write_report

    def render(version: ReportVersion) -> bytes:
        with tempfile.TemporaryDirectory(prefix="digifelt-version-") as folder:
            path = Path(folder) / f"v{version.number}.docx"
            write_report(db, path, lang=lang, template=template,
                         version=version_info(db, version, lang))
            return path.read_bytes()

    return render


def save_copy(db: Database, version: str | int, out: Path) -> Path:
    """The version's .docx, exactly as frozen, written to `out` (atomically)."""
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise ReportError(f"{out.name}: the report must be saved as a .docx file")
    if not out.parent.is_dir():
        raise ReportError(f"{out.parent}: no such folder")
    content = fact_check.version_docx(db, version)
    try:
        with atomic_output(out) as fh:
            fh.write(content)
    except OSError as exc:
        raise ReportError(f"{out.name}: cannot write the report ({exc.strerror or exc})") \
            from exc
    return out


def _check_out(out: Path | None) -> None:
    # Before anything is frozen: a version must not be made when its copy cannot be saved.
    if out is None:
        return
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise ReportError(f"{out.name}: the report must be saved as a .docx file")
    if not out.parent.is_dir():
        raise ReportError(f"{out.parent}: no such folder")
    if not os.access(out.parent, os.W_OK):
        raise ReportError(f"{out.parent}: cannot write there")


def send_for_fact_check(db: Database, *, sent_to: str | None, sent_at: date | None = None,
                        note: str | None = None, out: Path | None = None,
                        lang: str | None = None, template: Path | None = None) -> ReportVersion:
    """Freeze the next version as a draft sent to `sent_to` on `sent_at` (today if not
    given), and save its .docx at `out`."""
    _check_out(out)
    version = fact_check.freeze_version(db, kind="draft", sent_to=sent_to,
                                        sent_at=sent_at or date.today(), note=note,
                                        render=_renderer(db, lang, template))
    if out is not None:
        save_copy(db, version.id, out)
    return version


def make_final_report(db: Database, *, out: Path | None = None, sent_to: str | None = None,
                      sent_at: date | None = None, note: str | None = None,
                      lang: str | None = None, template: Path | None = None) -> ReportVersion:
    """Freeze the final version, with the appendix on how every comment was handled."""
    _check_out(out)
    version = fact_check.make_final(db, sent_to=sent_to, sent_at=sent_at, note=note,
                                    render=_renderer(db, lang, template))
    if out is not None:
        save_copy(db, version.id, out)
    return version
