"""Create and open project files; read and edit the project's own metadata."""

import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select

from digifelt.core.errors import ProjectFileError
from digifelt.core.models import Assessor, Project
from digifelt.core.services.common import apply_changes, check_text, require_choice, require_text
from digifelt.core.services.rubric import copy_template
from digifelt.storage.database import (
    Database,
    ProjectReadOnlyError,
    create_database,
    open_database,
    publish_new,
    remove_file_set,
)

if TYPE_CHECKING:  # opening a project needs no template parser (YAML, pydantic)
    from digifelt.core.template import RubricTemplate

LANGUAGES = ("nb", "en")
PROJECT_FIELDS = (
    "title", "organisation", "language", "period", "description", "retention_date",
    "commissioner", "assessing_org", "report_version",
)
# Shown on the report's title page and in its document properties: held to the rules for
# names (no text-direction controls), like the organisation.
REPORT_NAME_FIELDS = ("commissioner", "assessing_org", "report_version")


def create_project(
    path: Path,
    *,
    template: "RubricTemplate",
    title: str,
    organisation: str,
    language: str | None = None,
    period: str | None = None,
    assessor_name: str | None = None,
    assessor_initials: str | None = None,
) -> Database:
    """A new project file with the template's rubric copied in; all or nothing."""
    path = Path(path)
    require_text(title, "title")
    require_text(organisation, "organisation")
    check_text(period, "period")
    check_text(assessor_name, "name")
    check_text(assessor_initials, "initials")
    language = require_choice(language or template.language, LANGUAGES, "language")
    if path.exists():
        raise ProjectFileError(f"{path.name}: already exists; choose another name")
    if not path.parent.is_dir():
        raise ProjectFileError(f"{path.parent}: no such folder")
    if not os.access(path.parent, os.W_OK):
        raise ProjectFileError(f"{path.name}: the folder is read-only; choose one you can write")
    # Built under a unique owner-only name beside the target, and published only if the
    # name is still free: a failure never leaves a half-made project under the chosen
    # name, and a project that appears there meanwhile is never replaced.
    staging = _staging_name(path)
    db = create_database(staging)
    try:
        with db.transaction() as s:
            s.add(Project(title=title, organisation=organisation, language=language,
                          period=period, template_id=template.id, rubric_title=template.title))
            s.flush()
            if assessor_name:
                s.add(Assessor(name=assessor_name, initials=assessor_initials))
            copy_template(s, template)
        db.close()
        publish_new(staging, path)
    except BaseException:
        db.close()
        remove_file_set(staging)
        raise
    return open_database(path, backup=False)


def _staging_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.creating")


def open_project(path: Path) -> Database:
    """Open for a single job (CLI, export); see open_for_editing for an editing session."""
    return open_database(Path(path))


def open_for_editing(path: Path, *, backup: bool = True) -> Database:
    """Open for an editing session: one writer at a time, and a backup on every open.

    backup=False leaves the on-open backup to the caller (the GUI takes it on a worker
    thread once the window is on screen: on a 60 MB project it takes seconds).
    """
    from digifelt.storage.backup import take_backup
    from digifelt.storage.lock import ProjectLock

    lock = ProjectLock(Path(path))
    lock.acquire()
    try:
        db = open_database(Path(path))
    except BaseException:
        lock.release()
        raise
    try:
        if db.read_only:
            raise ProjectReadOnlyError(f"{Path(path).name}: {db.read_only}")
        if backup:
            take_backup(db.path, "on-open")
        # Content an undo history kept for removed attachments, if the app ended without
        # closing the project: nothing can bring those attachments back now.
        from digifelt.core.services.attachments import collect_unused_content

        collect_unused_content(db)
    except BaseException:
        db.close()
        lock.release()
        raise
    db.lock = lock
    return db


def backup_if_due(db: Database, *, minutes: float = 10) -> Path | None:
    """A rolling backup when the newest one is older than `minutes` (called while editing)."""
    from datetime import UTC, datetime, timedelta

    from digifelt.storage.backup import list_backups, take_backup

    newest = next(iter(list_backups(db.path)), None)
    now = datetime.now(UTC).replace(tzinfo=None)
    if newest is not None and now - newest.taken_at < timedelta(minutes=minutes):
        return None
    return take_backup(db.path, "periodic")


def get_project(db: Database) -> Project:
    with db.read() as s:
        project = s.exec(select(Project)).first()
    if project is None:
        raise ProjectFileError(f"{db.path.name}: the file has no project record")
    return project


def update_project(db: Database, **changes) -> Project:
    if "language" in changes:
        require_choice(changes["language"], LANGUAGES, "language")
    for key in REPORT_NAME_FIELDS:
        check_text(changes.get(key), key, name=True)
    with db.transaction() as s:
        project = s.exec(select(Project)).one()
        apply_changes(project, changes, PROJECT_FIELDS)
    return project
