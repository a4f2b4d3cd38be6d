"""`export_report`: the one call the CLI and the GUI's Export page make (`write_report` on
an open Database underneath)."""

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from digifelt.exports.atomic import check_output_path
from digifelt.exports.names import NameReport
from digifelt.exports.project_source import opened
from digifelt.exports.report.errors import ReportCancelled, ReportError
from digifelt.exports.report.labels import LANGUAGES
from digifelt.storage.database import Database

if TYPE_CHECKING:
    from digifelt.exports.report.data import VersionInfo


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    language: str
    chapters: int
    indicators: int
    quotes: int
    placeholders: int
    names: NameReport | None = None  # where participants' names were replaced

    def line(self) -> str:
        return (f"wrote {self.path} ({self.language}): {self.chapters} chapters, "
                f"{self.indicators} indicators, {self.quotes} quotes, "
                f"{self.placeholders} placeholders to fill in")

    def summary(self) -> str:
        return self.line()


def _check_output(out_path: Path) -> None:
    if out_path.suffix.lower() != ".docx":
        raise ReportError(f"{out_path.name}: the report must be saved as a .docx file")
    if not out_path.parent.is_dir():
        raise ReportError(f"{out_path.parent}: no such folder")
    if out_path.is_dir():
        raise ReportError(f"{out_path}: is a folder")
    check_output_path(out_path)  # never rename over a device or a pipe


def export_report(
    project: Path | Database,
    out: Path,
    *,
    pseudonymise: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    template: Path | None = None,
    lang: str | None = None,
) -> ReportSummary:
    """The report as the other exports are called. Its texts never name a participant (each
    name becomes the participant's group, see names.py), asked or not, so `pseudonymise`
    changes nothing here; it is accepted so that every export takes the same arguments."""
    del pseudonymise
    with opened(project) as db:
        return write_report(db, out, template=template, lang=lang, progress=progress,
                            cancelled=cancelled)


def write_report(
    db: Database,
    out_path: Path,
    *,
    template: Path | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    version: "VersionInfo | None" = None,
) -> ReportSummary:
    """Write the report skeleton for the project in `db` to `out_path` (.docx).

    `template` is a .docx/.dotx whose styles, headers and footers the report uses (default:
    the built-in one). `lang` ("nb"/"en") overrides the project's language. `progress(done,
    total)` is called as the work advances; when `cancelled()` returns true the export stops
    with ReportCancelled. The file is written atomically: on any failure or cancel, nothing
    is left behind and an existing file at `out_path` is untouched. `version` makes it a
    numbered fact-check version (title page line; the final one's comments appendix).
    """
    from digifelt.exports.report.body import Body
    from digifelt.exports.report.data import gather
    from digifelt.exports.report.labels import Labels
    from digifelt.exports.report.package import (
        drop_personal_parts,
        prepare_settings,
        prune_unreferenced,
        set_properties,
    )
    from digifelt.exports.report.template import (
        ensure_heading_numbering,
        ensure_page_numbers,
        ensure_styles,
        open_template,
        set_language,
        text_width,
    )
    from digifelt.exports.report.writer import ReportWriter

    out_path = Path(out_path)
    _check_output(out_path)
    if lang is not None and lang not in LANGUAGES:
        raise ReportError(f"report language must be one of {', '.join(LANGUAGES)}, not {lang!r}")

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled("the report export was cancelled; nothing was written")

    doc = open_template(template)
    drop_personal_parts(doc)
    prune_unreferenced(doc)  # before our body goes in: only the template's leftovers count
    data = gather(db, lang)
    if version is not None:
        data = replace(data, version=version, is_draft=version.kind == "draft",
                       report_version=str(version.number))
    labels = Labels(data.language)
    styles = ensure_styles(doc)
    ensure_heading_numbering(doc, styles)
    body = Body(styles, text_width(doc), lang=labels.lang, content_lang=data.content_language,
                part=doc.part)
    writer = ReportWriter(data, body, labels)
    steps = writer.steps()
    total = len(steps) + 2
    if progress:
        progress(1, total)
    for done, step in enumerate(steps, start=2):
        check_cancel()
        step()
        if progress:
            progress(done, total)

    check_cancel()
    sect_pr = doc.element.body.sectPr
    for element in body.elements():
        sect_pr.addprevious(element)
    set_language(doc, labels.lang)
    ensure_page_numbers(doc)
    prepare_settings(doc)
    # The author is who wrote the report, never the municipality it is about.
    set_properties(doc, title=data.title,
                   organisation=data.assessing_org or ", ".join(data.team) or "",
                   company=data.assessing_org or "")
    _save_atomically(doc, out_path, check_cancel)
    if progress:
        progress(total, total)
    indicators = sum(len(a.indicators) for a in data.areas)
    return ReportSummary(out_path, labels.lang, writer.chapters, indicators, writer.quotes,
                         body.placeholders, data.names)


def _save_atomically(doc, out_path: Path, check_cancel: Callable[[], None]) -> None:
    """Save beside the target, fsync, then rename over it: never a half-written report."""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part",
                                        dir=out_path.parent)
    except OSError as exc:
        raise ReportError(f"{out_path.parent}: cannot write there ({exc.strerror or exc})") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            doc.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if out_path.exists():
            os.chmod(tmp, out_path.stat().st_mode & 0o7777)
        check_cancel()
        os.replace(tmp, out_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError(f"{out_path.name}: cannot write the report ({exc.strerror or exc})") \
            from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(out_path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
