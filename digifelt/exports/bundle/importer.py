"""Import a teammate's bundle: preview what it would change, then merge it in one transaction.

    plan = preview_import(project_path_or_None, bundle_zip)      # changes nothing
    result = apply_import(project_path, bundle_zip, progress=…, cancelled=…)

The bundle is read and checked completely (bag, checksums, schema, references) before the
project is changed. Content already merged (its project.json's SHA-256 is in the project's
import log) has nothing new: after the bag's checksums, nothing more is read or parsed.
An existing project is backed up first ("before-import") and merged in one transaction;
a project file that does not exist is created from the bundle, beside the target and
renamed into place at the end. Any failure or a cancel leaves the project as it was.
"""

import contextlib
import os
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from digifelt.core.ids import iso_z
from digifelt.core.progress import CancelledFn, Meter, ProgressFn
from digifelt.core.services.import_log import LoggedImport, logged_import
from digifelt.core.services.merge import (
    KindCounts,
    MergeError,
    MergeInput,
    MergeReport,
    label,
    merge,
    preview_merge,
)
from digifelt.core.services.merge_adopt import AdoptInput, Adoption, NeedsPlanner
from digifelt.core.services.merge_stream import merge_scratch
from digifelt.errors import ProjectFileError
from digifelt.exports.bundle.convert import rows_from_document
from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.history import history_input
from digifelt.exports.bundle.reader import DEFAULT_LIMITS, Limits, OpenedBag, open_bag
from digifelt.exports.bundle.stream_doc import stream_into
from digifelt.exports.bundle.verify import LoadedBundle, document_from_bag
from digifelt.storage.database import Database, create_database, open_database, remove_file_set


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    bundle_id: str
    exported_at: datetime
    exported_by: str | None  # assessor id
    exported_by_name: str | None  # that assessor's name in the bundle (initials if pseudonymised)
    pseudonymised: bool
    title: str
    organisation: str


@dataclass
class ImportPlan:
    """What importing the bundle does: counts per kind of object, and what cannot be merged."""

    bundle: BundleInfo
    project_path: Path | None
    creates_project: bool
    counts: dict[str, KindCounts]  # by kind (table name): new/updated/kept/unchanged/…
    rubric_mismatches: list[str]
    skipped: list[str]
    conflicts: int  # conflict copies added
    previous_imports: list[str]  # when this same bundle was imported before (ISO times)
    # When this very content was merged before: nothing new, and nothing of it was parsed.
    already_imported: datetime | None = None
    notes: list[str] = field(default_factory=list)  # one line per conflict the import opens

    @property
    def totals(self) -> KindCounts:
        total = KindCounts()
        for c in self.counts.values():
            for k, v in c.as_dict().items():
                setattr(total, k, getattr(total, k) + v)
        return total

    @property
    def changes_anything(self) -> bool:
        t = self.totals
        return bool(t.new or t.updated or t.deleted or self.conflicts)

    def lines(self) -> list[str]:
        if self.already_imported is not None:
            return [f"{self.bundle.path.name}: already imported on "
                    f"{self.already_imported:%Y-%m-%d %H:%M} UTC: nothing new"]
        t = self.totals
        verb = "creates" if self.creates_project else "merges"
        where = self.project_path.name if self.project_path else "a new project"
        out = [f"{self.bundle.path.name} {verb} {where}: {t.new} new, {t.updated} updated, "
               f"{t.deleted} deleted, {t.kept} kept, {t.unchanged} unchanged, "
               f"{self.conflicts} conflict{'' if self.conflicts == 1 else 's'}"
               + (f", {t.skipped} not merged" if t.skipped else "")]
        for kind, c in self.counts.items():
            if c.new or c.updated or c.deleted or c.kept or c.conflicting or c.skipped:
                out.append(f"  {label(kind)}: {c.new} new, {c.updated} updated, "
                           f"{c.deleted} deleted, {c.kept} kept, "
                           f"{c.conflicting} in conflict, {c.unchanged} unchanged"
                           + (f", {c.skipped} not merged" if c.skipped else ""))
        out += [f"  conflict: {n}" for n in self.notes]
        out += [f"  rubric: {m}" for m in self.rubric_mismatches]
        out += [f"  not merged: {m}" for m in self.skipped]
        if self.previous_imports:
            out.append(f"  this bundle was imported before ({self.previous_imports[-1]})")
        return out


@dataclass
class ImportResult(ImportPlan):
    backup: Path | None = None  # the pre-import backup of an existing project
    log_id: str | None = None  # the import_log row


def _info(path: Path, loaded: LoadedBundle) -> BundleInfo:
    doc = loaded.document
    names = {a.id: a.name for a in doc.assessors}
    return BundleInfo(Path(path), loaded.bundle_id, doc.exported_at, doc.exported_by,
                      names.get(doc.exported_by), doc.pseudonymised, doc.project.title,
                      doc.project.organisation)


def _input(path: Path, loaded: LoadedBundle) -> MergeInput:
    doc = loaded.document
    return MergeInput(rows=loaded.rows, blobs=loaded.blobs, bundle_id=loaded.bundle_id,
                      exported_at=iso_z(doc.exported_at), exported_by=doc.exported_by,
                      source=Path(path).name, content_sha256=_content_sha256(loaded.bag),
                      **history_input(doc))


def _content_sha256(bag: OpenedBag) -> str | None:
    return bag.manifest_sha256.get("data/project.json")


def _load(bag: OpenedBag, limits: Limits = DEFAULT_LIMITS) -> LoadedBundle:
    """What verify.load_bundle does after opening the bag: parse and check project.json."""
    doc = document_from_bag(bag, limits)
    rows = rows_from_document(doc)
    bundle_id = doc.bundle_id or str(uuid.uuid5(
        uuid.NAMESPACE_URL, "digifelt-bundle:" + bag.manifest_sha256["data/project.json"]))
    return LoadedBundle(bag, doc, rows, bundle_id)


def _prepared(bundle_zip: Path, bag: OpenedBag,
              limits: Limits = DEFAULT_LIMITS) -> tuple[BundleInfo, MergeInput]:
    """The bundle's description and the merge's input. The parsed document is not kept:
    during the merge only its rows are needed (a third of the memory of a large bundle)."""
    loaded = _load(bag, limits)
    return _info(bundle_zip, loaded), _input(bundle_zip, loaded)


def _seen_before(db: Database, bag: OpenedBag) -> LoggedImport | None:
    sha = _content_sha256(bag)
    return logged_import(db, sha) if sha else None


_DESCRIPTION = "digifelt evidence bundle: "


def _nothing_new(cls, path: Path, bag: OpenedBag, project_path: Path | None,
                 seen: LoggedImport, **extra):
    """The plan of a bundle whose content was merged before, from the log and bag-info.txt
    (project.json is not parsed, so its title comes from the bag's description)."""
    description = (bag.bag_info.get("External-Description") or [""])[0]
    title, organisation = description, ""
    if description.startswith(_DESCRIPTION) and description.endswith(")"):
        title, _, organisation = description[len(_DESCRIPTION):-1].rpartition(" (")
    pseudonymised = (bag.bag_info.get("Digifelt-Pseudonymised") or ["no"])[0] == "yes"
    info = BundleInfo(Path(path), seen.bundle_id, seen.exported_at, seen.exported_by,
                      seen.exported_by_name, pseudonymised, title, organisation)
    return cls(info, project_path, False, {}, [], [], 0, [iso_z(seen.imported_at)],
               already_imported=seen.imported_at, **extra)


def _plan(cls, info: BundleInfo, project_path: Path | None, report: MergeReport, **extra):
    return cls(info, project_path, report.creates_project, report.counts,
               report.rubric_mismatches, report.skipped, report.conflicts_added,
               report.previous_imports, notes=list(report.notes), **extra)


@contextlib.contextmanager
def _merge_errors(bundle_zip: Path):
    """Core's merge refusals and database errors, as one-line bundle errors."""
    try:
        yield
    except MergeError as exc:
        raise BundleError(f"{Path(bundle_zip).name}: {exc}") from exc
    except SQLAlchemyError as exc:
        raise BundleError(f"{Path(bundle_zip).name}: the merge failed and was rolled back "
                          f"({exc.__class__.__name__})") from exc


def preview_import(project_path: Path | None, bundle_zip: Path, *,
                   progress: ProgressFn | None = None, cancelled: CancelledFn | None = None,
                   limits: Limits = DEFAULT_LIMITS, db: Database | None = None) -> ImportPlan:
    """What apply_import would do. Changes nothing (not even a backup)."""
    meter = Meter(progress, cancelled, what="the preview")
    project_path = Path(project_path) if project_path else None
    with open_bag(bundle_zip, limits=limits, meter=meter) as bag, \
            _project_to_read(db, project_path) as opened:
        seen = _seen_before(opened, bag) if opened is not None else None
        if seen is not None:
            meter.finish()
            return _nothing_new(ImportPlan, bundle_zip, bag, project_path, seen)
        if opened is None and bag.project_json_file is not None:
            info, report = _preview_streamed(bundle_zip, bag, meter, limits)
        elif bag.project_json_file is not None:
            with _merge_errors(bundle_zip):
                info, report = _preview_merge_streamed(opened, bundle_zip, bag, meter, limits)
        else:
            info, data = _prepared(bundle_zip, bag, limits)
            with _merge_errors(bundle_zip):
                report = preview_merge(opened, data, meter=meter)
    meter.finish()
    return _plan(ImportPlan, info, project_path, report)


@contextlib.contextmanager
def _project_to_read(db: Database | None, project_path: Path | None):
    """The project to preview against: the one open in this process, the file opened for
    reading, or None for a project the import would create."""
    if db is not None:
        yield db
    elif project_path is None or not project_path.exists():
        yield None
    else:
        with _readable(project_path) as opened:
            yield opened


@contextlib.contextmanager
def _readable(path: Path):
    """The project opened for reading only; a file from an older digifelt is upgraded in a
    private copy, since a preview must not change the file."""

    from digifelt.storage.database import inspect_file
    from digifelt.storage.schema_version import SCHEMA_HEAD

    if inspect_file(path).revision == SCHEMA_HEAD:
        opened = open_database(path, backup=False)
        try:
            yield opened
        finally:
            opened.close()
        return
    with _private_copy(path) as opened:
        yield opened


@contextlib.contextmanager
def _private_copy(path: Path):
    """A private copy of the project, opened (and upgraded if it is from an older
    digifelt); removed afterwards."""
    import shutil
    import sqlite3
    import tempfile

    from digifelt.storage.file_check import connect_read_only
    from digifelt.storage.paths import create_private_file

    # mkdtemp's folder is 0700 and the copy 0600 from its first byte: it holds every note.
    folder = Path(tempfile.mkdtemp(prefix="digifelt-preview-"))
    try:
        copy = folder / "preview.digifelt"
        create_private_file(copy)
        src = connect_read_only(path)
        try:
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        opened = open_database(copy, backup=False)
        try:
            yield opened
        finally:
            opened.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def apply_import(project_path: Path, bundle_zip: Path, *, progress: ProgressFn | None = None,
                 cancelled: CancelledFn | None = None, limits: Limits = DEFAULT_LIMITS,
                 db: Database | None = None) -> ImportResult:
    """Merge the bundle into `project_path` (created from the bundle if it does not exist).

    `db`: the project already open in this process (the GUI holds its lock); otherwise the
    file is opened, locked against other digifelt processes, and closed again. Content the
    project merged before changes nothing: no backup, no merge, no log row.
    """
    project_path = Path(db.path if db is not None else project_path)
    meter = Meter(progress, cancelled, what="the import")
    with open_bag(bundle_zip, limits=limits, meter=meter) as bag:
        if db is not None:
            outcome = _merge_into(db, bundle_zip, bag, meter, limits)
        elif project_path.exists():
            outcome = _merge_into_file(project_path, bundle_zip, bag, meter, limits)
        else:
            with _merge_errors(bundle_zip):
                outcome = (*_create(project_path, bundle_zip, bag, meter, limits), None)
    meter.finish()
    if isinstance(outcome, LoggedImport):
        return _nothing_new(ImportResult, bundle_zip, bag, project_path, outcome)
    info, report, backup = outcome
    return _plan(ImportResult, info, project_path, report, backup=backup,
                 log_id=report.log_id)


def _merge_into(db: Database, bundle_zip: Path, bag: OpenedBag, meter: Meter,
                limits: Limits = DEFAULT_LIMITS):
    """(info, report, backup) of the merge, or the earlier import that makes it needless."""
    seen = _seen_before(db, bag)
    if seen is not None:
        return seen
    with _merge_errors(bundle_zip):
        backup = _backup(db.path)
        if bag.project_json_file is not None:
            try:
                return (*_merge_streamed(db, bundle_zip, bag, meter, limits), backup)
            except NeedsPlanner:
                pass  # conflicts only the whole-document merge settles (within max_json)
    info, data = _prepared(bundle_zip, bag, limits)
    with _merge_errors(bundle_zip):
        return info, merge(db, data, meter=meter), backup


def _merge_streamed(db: Database, bundle_zip: Path, bag: OpenedBag, meter: Meter,
                    limits: Limits) -> tuple[BundleInfo, MergeReport]:
    """A large bundle merged without holding it or the project: written first, as it
    streams in, into a private scratch project, which is then merged a batch of objects at
    a time (core.services.merge_stream) and removed."""
    import shutil
    import tempfile

    # mkdtemp's folder is 0700 and the scratch file 0600 from its first byte.
    folder = Path(tempfile.mkdtemp(prefix="digifelt-merge-"))
    try:
        scratch = create_database(folder / "bundle.digifelt")
        try:
            _unsynced(scratch)
            info, _report, data = _adopt_into(scratch, bundle_zip, bag, meter, limits,
                                              scratch=True)
            return info, merge_scratch(db, scratch, data, meter=meter)
        finally:
            scratch.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _preview_merge_streamed(db: Database, bundle_zip: Path, bag: OpenedBag, meter: Meter,
                            limits: Limits) -> tuple[BundleInfo, MergeReport]:
    """What a streamed merge would do: done in a private copy of the project, which is
    then removed (the project itself is not even locked for writing meanwhile)."""
    with _private_copy(db.path) as copy:
        try:
            return _merge_streamed(copy, bundle_zip, bag, meter, limits)
        except NeedsPlanner:
            info, data = _prepared(bundle_zip, bag, limits)
            return info, preview_merge(copy, data, meter=meter)


def _backup(path: Path) -> Path:
    from digifelt.storage.backup import take_backup

    return take_backup(path, "before-import")


def _merge_into_file(path: Path, bundle_zip: Path, bag: OpenedBag, meter: Meter,
                     limits: Limits):
    from digifelt.storage.lock import ProjectLock

    with ProjectLock(path):
        opened = open_database(path)
        try:
            return _merge_into(opened, bundle_zip, bag, meter, limits)
        finally:
            opened.close()


def _create(path: Path, bundle_zip: Path, bag: OpenedBag, meter: Meter,
            limits: Limits) -> tuple[BundleInfo, MergeReport]:
    """A new project from the bundle: written as project.json streams in when it is large
    (memory stays flat), else merged from the parsed document."""
    if bag.project_json_file is not None:
        try:
            return _create_from(path, lambda db: _adopt(db, bundle_zip, bag, meter, limits))
        except NeedsPlanner:
            pass  # conflicts only the whole-document merge settles (within max_json)
    info, data = _prepared(bundle_zip, bag, limits)
    return info, _create_from(path, lambda db: merge(db, data, meter=meter))[1]


def _preview_streamed(bundle_zip: Path, bag: OpenedBag, meter: Meter,
                      limits: Limits) -> tuple[BundleInfo, MergeReport]:
    """What a new project made from a large bundle holds: made in a private scratch file,
    which is then removed (as long as the import itself; memory stays flat)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="digifelt-preview-"))
    try:
        with _merge_errors(bundle_zip):
            return _create(folder / "preview.digifelt", bundle_zip, bag, meter, limits)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _adopt(db: Database, bundle_zip: Path, bag: OpenedBag, meter: Meter,
           limits: Limits) -> tuple[BundleInfo, MergeReport]:
    return _adopt_into(db, bundle_zip, bag, meter, limits)[:2]


def _adopt_into(db: Database, bundle_zip: Path, bag: OpenedBag, meter: Meter, limits: Limits,
                *, scratch: bool = False) -> tuple[BundleInfo, MergeReport, AdoptInput]:
    made: list[Adoption] = []

    def adoption_for(doc) -> Adoption:
        bundle_id = doc.bundle_id or str(uuid.uuid5(
            uuid.NAMESPACE_URL, "digifelt-bundle:" + bag.manifest_sha256["data/project.json"]))
        made.append(Adoption(conn, AdoptInput(
            bundle_id, iso_z(doc.exported_at), doc.exported_by, Path(bundle_zip).name,
            _content_sha256(bag)), meter, scratch=scratch))
        return made[0]

    meter.add_total(bag.project_json_size >> 9)  # about one object per 512 bytes
    with db.transaction() as s:
        conn = s.connection()
        streamed = stream_into(bag, adoption_for, max_held_items=limits.max_held_items)
        report = made[0].finish()
        meter.check()
    loaded = LoadedBundle(bag, streamed.document, {}, streamed.bundle_id)
    return _info(bundle_zip, loaded), report, made[0].data


def _create_from(path: Path, fill) -> tuple[BundleInfo | None, MergeReport]:
    """`fill(db)` → (info, report) or report, into a new file put in place at the end."""
    if not path.parent.is_dir():
        raise ProjectFileError(f"{path.parent}: no such folder")
    # A name of its own per import: two imports creating the same file must not share (and
    # delete) one staging file. The prefix lets erasure and backups find a leftover.
    staging = path.with_name(f".{path.name}.importing-{secrets.token_hex(8)}")
    created = create_database(staging)  # owner-only (0600) before any content goes in
    try:
        _unsynced(created)
        result = fill(created)
        created.close()
        _fsync(staging)
        _publish(staging, path)
    except BaseException:
        created.close()
        remove_file_set(staging)
        raise
    remove_file_set(staging)
    return result if isinstance(result, tuple) else (None, result)


def _publish(staging: Path, path: Path) -> None:
    """Put the finished file in place, never over a file that appeared meanwhile (another
    import, a teammate's copy): a hard link fails if the name is taken."""
    taken = ProjectFileError(f"{path.name}: appeared while importing; not replaced")
    try:
        os.link(staging, path)
        return
    except FileExistsError:
        raise taken from None
    except OSError:
        pass  # a file system without hard links (FAT, some network shares)
    if path.exists():
        raise taken
    os.replace(staging, path)


def _unsynced(db: Database) -> None:
    """No fsync while the staging file is written: until it is renamed into place nobody
    relies on it (a crash leaves a file that is removed before the next try), and it is
    synced once as a whole before the rename (large demo: 0.5 s less)."""
    from sqlalchemy import event

    def no_sync(dbapi_con, _record) -> None:
        dbapi_con.execute("PRAGMA synchronous=OFF")

    event.listen(db.engine, "connect", no_sync)
    db.engine.dispose()  # pooled connections made before this still sync


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
