"""Attachments: file content stored inside the project by SHA-256, each distinct content once."""

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from digifelt.core.errors import ValidationError
from digifelt.core.filenames import safe_filename
from digifelt.core.ids import utcnow
from digifelt.core.models import Activity, Attachment, Blob, Entry, ReportVersion
from digifelt.core.services.common import apply_changes, check_text, get_or_raise
from digifelt.storage.database import Database

MAX_ATTACHMENT = 512 * 1024 * 1024


def add_attachment(db: Database, *, data: bytes, filename: str, media_type: str | None = None,
                   caption: str | None = None, activity_id: str | None = None,
                   entry_id: str | None = None) -> Attachment:
    check_text(filename, "filename", name=False)  # the name is made safe, not refused
    filename = safe_filename(filename)
    if len(data) > MAX_ATTACHMENT:
        raise ValidationError(f"{filename}: larger than {MAX_ATTACHMENT // 2**20} MB")
    check_text(caption, "caption")
    media_type = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    digest = hashlib.sha256(data).hexdigest()
    with db.transaction() as s:
        if activity_id:
            get_or_raise(s, Activity, activity_id, "activity")
        if entry_id:
            get_or_raise(s, Entry, entry_id, "entry")
        if s.get(Blob, digest) is None:
            s.add(Blob(sha256=digest, size=len(data), data=data))
            s.flush()
        attachment = Attachment(sha256=digest, filename=filename, media_type=media_type,
                                size=len(data), caption=caption, activity_id=activity_id,
                                entry_id=entry_id)
        s.add(attachment)
    return attachment


def add_attachment_file(db: Database, path: Path, **kwargs) -> Attachment:
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"{path.name}: no such file")
    if path.stat().st_size > MAX_ATTACHMENT:
        raise ValidationError(f"{path.name}: larger than {MAX_ATTACHMENT // 2**20} MB")
    return add_attachment(db, data=path.read_bytes(), filename=path.name, **kwargs)


def attachment_data(db: Database, attachment_id: str) -> bytes:
    with db.read() as s:
        attachment = get_or_raise(s, Attachment, attachment_id, "attachment")
        return get_or_raise(s, Blob, attachment.sha256, "file content").data


def update_attachment(db: Database, attachment_id: str, **changes) -> Attachment:
    if "filename" in changes:
        check_text(changes["filename"], "filename", name=False)
        changes["filename"] = safe_filename(changes["filename"])
    with db.transaction() as s:
        attachment = get_or_raise(s, Attachment, attachment_id, "attachment")
        apply_changes(attachment, changes, ("caption", "filename", "activity_id", "entry_id"))
    return attachment


# Set on a session by an undoable operation: the content of a removed attachment stays
# until no undo step could bring the attachment back (collect_unused_content).
KEEP_CONTENT = "digifelt_keep_content"


def delete_attachment(db: Database, attachment_id: str) -> None:
    """Removes the attachment, and its content once no attachment refers to it."""
    with db.transaction() as s:
        attachment = get_or_raise(s, Attachment, attachment_id, "attachment")
        digest = attachment.sha256
        for review in s.exec(select(Activity).where(Activity.doc_attachment_id == attachment_id)):
            review.doc_attachment_id = None
            review.updated_at = utcnow()
        s.delete(attachment)
        s.flush()
        still_used = s.exec(select(func.count()).select_from(Attachment)
                            .where(Attachment.sha256 == digest)).one() \
            or s.exec(select(func.count()).select_from(ReportVersion)
                      .where(ReportVersion.docx_sha256 == digest)).one()
        if not still_used and not s.info.get(KEEP_CONTENT):
            blob = s.get(Blob, digest)
            if blob is not None:
                s.delete(blob)


def collect_unused_content(db: Database) -> int:
    """Delete stored content no attachment or frozen report version refers to any more;
    returns how many."""
    with db.transaction() as s:
        unused = list(s.exec(select(Blob.sha256).where(
            Blob.sha256.not_in(select(Attachment.sha256).distinct()),
            Blob.sha256.not_in(select(ReportVersion.docx_sha256)
                               .where(ReportVersion.docx_sha256.is_not(None))))).all())
        for sha in unused:
            s.delete(s.get(Blob, sha))
    return len(unused)


def list_attachments(db: Database, activity_id: str | None = None) -> list[Attachment]:
    with db.read() as s:
        query = select(Attachment).order_by(Attachment.created_at)
        if activity_id:
            query = query.where(Attachment.activity_id == activity_id)
        return list(s.exec(query).all())
