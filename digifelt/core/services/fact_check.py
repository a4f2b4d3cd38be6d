"""The fact check: numbered report versions frozen as sent, the organisation's comments on
them, the team's responses, and what changed between two versions.

A version keeps its findings in `ReportVersion.frozen` (see core/models/after_visit.py) and
the .docx as it was sent in `blob`. Writing the .docx is the report's business (exports), so
`freeze_version` takes it as `render(version) -> bytes`, called inside the same transaction:
the report then shows exactly the findings that were frozen.
"""

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import func, select

from digifelt.core.errors import NotFoundError, ValidationError
from digifelt.core.ids import utcnow
from digifelt.core.models import (
    COMMENT_RESPONSES,
    COMMENT_TARGETS,
    Area,
    AreaSummary,
    Assessor,
    Blob,
    Excerpt,
    FactCheckComment,
    Finding,
    FindingExcerpt,
    Indicator,
    ReportVersion,
)
from digifelt.core.services.common import apply_changes, check_text, get_or_raise, require_choice
from digifelt.storage.database import Database

FINDING_TEXTS = ("strengths", "improvements", "actions", "reflection")
AREA_TEXTS = ("summary", "strengths", "improvements")
MAX_COMMENT = 20_000  # characters: a long comment, far beyond any Word comment


def _when(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day, tzinfo=UTC)


# -- versions ------------------------------------------------------------------------------

def _frozen_now(s) -> dict:
    """The findings and area summaries as the report would print them now."""
    excerpts_of: dict[str, list[dict]] = {}
    rows = s.exec(select(FindingExcerpt.finding_id, Excerpt.id, Excerpt.text)
                  .join(Excerpt, Excerpt.id == FindingExcerpt.excerpt_id)
                  .order_by(FindingExcerpt.finding_id, FindingExcerpt.order)).all()
    for finding_id, excerpt_id, text in rows:
        excerpts_of.setdefault(finding_id, []).append({"id": excerpt_id, "text": text})
    findings = {f.indicator_id: f for f in s.exec(select(Finding)).all()}
    out: dict = {"findings": {}, "areas": {}}
    for ind in s.exec(select(Indicator)).all():
        f = findings.get(ind.id)
        out["findings"][ind.id] = {
            "code": ind.code, "title": ind.title,
            "level": f.level if f else None, "status": f.status if f else None,
            **{k: (getattr(f, k) if f else None) for k in FINDING_TEXTS},
            "excerpts": excerpts_of.get(f.id, []) if f else [],
        }
    summaries = {a.area_id: a for a in s.exec(select(AreaSummary)).all()}
    for area in s.exec(select(Area)).all():
        a = summaries.get(area.id)
        out["areas"][area.id] = {"code": area.code, "title": area.title,
                                 **{k: (getattr(a, k) if a else None) for k in AREA_TEXTS}}
    return out


def freeze_version(db: Database, *, kind: str = "draft", sent_to: str | None = None,
                   sent_at: date | datetime | None = None, note: str | None = None,
                   render: Callable[[ReportVersion], bytes] | None = None) -> ReportVersion:
    """Version N+1 of the report: its findings frozen, and the .docx `render` writes for it
    kept in the file. A draft is what goes to the organisation for the fact check; the final
    version is the one that says how their comments were handled."""
    require_choice(kind, ("draft", "final"), "kind")
    check_text(sent_to, "sent_to", name=False)
    check_text(note, "note", name=False)
    with db.transaction() as s:
        number = (s.exec(select(func.max(ReportVersion.number))).one() or 0) + 1
        version = ReportVersion(number=number, kind=kind, sent_to=sent_to or None,
                                sent_at=_when(sent_at), note=note or None, frozen=_frozen_now(s))
        s.add(version)
        s.flush()
        if render is not None:
            content = render(version)
            sha = hashlib.sha256(content).hexdigest()
            if s.get(Blob, sha) is None:
                s.add(Blob(sha256=sha, size=len(content), data=content))
                s.flush()
            version.docx_sha256 = sha
            s.flush()
        return version


def list_versions(db: Database) -> list[ReportVersion]:
    with db.read() as s:
        return list(s.exec(select(ReportVersion).order_by(ReportVersion.number)).all())


def get_version(db: Database, version: str | int) -> ReportVersion:
    """A version by id or by number."""
    with db.read() as s:
        if isinstance(version, int) or (isinstance(version, str) and version.isdigit()):
            found = s.exec(select(ReportVersion)
                           .where(ReportVersion.number == int(version))).first()
            if found is None:
                raise NotFoundError(f"there is no version {version} of the report")
            return found
        return get_or_raise(s, ReportVersion, version, "report version")


def latest_version(db: Database, kind: str | None = None) -> ReportVersion | None:
    with db.read() as s:
        query = select(ReportVersion).order_by(ReportVersion.number.desc())
        if kind:
            query = query.where(ReportVersion.kind == kind)
        return s.exec(query).first()


def update_version(db: Database, version_id: str, **changes) -> ReportVersion:
    if "sent_at" in changes:
        changes["sent_at"] = _when(changes["sent_at"])
    with db.transaction() as s:
        version = get_or_raise(s, ReportVersion, version_id, "report version")
        apply_changes(version, changes, ("sent_to", "sent_at", "note"))
        return version


def version_docx(db: Database, version: str | int) -> bytes:
    """The .docx of a version exactly as it was frozen."""
    v = get_version(db, version)
    with db.read() as s:
        blob = s.get(Blob, v.docx_sha256) if v.docx_sha256 else None
        if blob is None:
            raise NotFoundError(f"version {v.number} of the report has no stored document")
        return blob.data


# -- comments ------------------------------------------------------------------------------

@dataclass(frozen=True)
class NewComment:
    """A comment as received: `target` is an indicator id, a chapter key or None."""

    text: str
    target_kind: str = "general"
    target: str | None = None
    commenter: str | None = None
    received_at: date | datetime | None = None


def _check_target(s, target_kind: str, target: str | None) -> str | None:
    require_choice(target_kind, COMMENT_TARGETS, "target_kind")
    if target_kind == "general":
        return None
    if not target or not target.strip():
        raise ValidationError(f"a comment on a {target_kind} must say which one")
    if target_kind == "indicator":
        get_or_raise(s, Indicator, target, "indicator")
    check_text(target, "target", name=False)
    return target


def _check_comment_text(text: str | None) -> str:
    if text is None or not text.strip():
        raise ValidationError("a comment must have a text")
    if len(text) > MAX_COMMENT:
        raise ValidationError(f"a comment is limited to {MAX_COMMENT} characters")
    check_text(text, "text", name=False)
    return text


def _version_for_comments(s, version_id: str | None) -> ReportVersion:
    if version_id:
        return get_or_raise(s, ReportVersion, version_id, "report version")
    version = s.exec(select(ReportVersion).where(ReportVersion.kind == "draft")
                     .order_by(ReportVersion.number.desc())).first()
    if version is None:
        raise ValidationError("no draft has been sent for fact check yet: send one first")
    return version


def add_comments(db: Database, comments: Iterable[NewComment],
                 version_id: str | None = None) -> list[FactCheckComment]:
    """Record comments on a version (by default the latest draft), all or none."""
    with db.transaction() as s:
        version = _version_for_comments(s, version_id)
        order = (s.exec(select(func.max(FactCheckComment.order))
                        .where(FactCheckComment.version_id == version.id)).one() or 0)
        added = []
        for c in comments:
            check_text(c.commenter, "commenter", name=False)
            order += 1
            row = FactCheckComment(version_id=version.id, target_kind=c.target_kind,
                                   target=_check_target(s, c.target_kind, c.target),
                                   commenter=(c.commenter or "").strip() or None,
                                   received_at=_when(c.received_at),
                                   text=_check_comment_text(c.text), order=order)
            s.add(row)
            added.append(row)
        s.flush()
        return added


def add_comment(db: Database, text: str, *, target_kind: str = "general",
                target: str | None = None, commenter: str | None = None,
                received_at: date | datetime | None = None,
                version_id: str | None = None) -> FactCheckComment:
    return add_comments(db, [NewComment(text, target_kind, target, commenter, received_at)],
                        version_id)[0]


def update_comment(db: Database, comment_id: str, **changes) -> FactCheckComment:
    with db.transaction() as s:
        comment = get_or_raise(s, FactCheckComment, comment_id, "comment")
        if "text" in changes:
            _check_comment_text(changes["text"])
        if "target_kind" in changes or "target" in changes:
            kind = changes.get("target_kind", comment.target_kind)
            changes["target"] = _check_target(s, kind, changes.get("target", comment.target))
        if "received_at" in changes:
            changes["received_at"] = _when(changes["received_at"])
        apply_changes(comment, changes,
                      ("text", "target_kind", "target", "commenter", "received_at", "order"))
        return comment


def delete_comment(db: Database, comment_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, FactCheckComment, comment_id, "comment"))


def respond(db: Database, comment_id: str, response: str, text: str | None = None, *,
            responded_by: str | None = None) -> FactCheckComment:
    """Accepted (say what changed) or not accepted (say why); "open" takes a response back."""
    require_choice(response, COMMENT_RESPONSES, "response")
    if response != "open" and (text is None or not text.strip()):
        raise ValidationError("say what changed, or why the comment was not accepted")
    check_text(text, "response_text", name=False)
    with db.transaction() as s:
        comment = get_or_raise(s, FactCheckComment, comment_id, "comment")
        if responded_by is not None:
            get_or_raise(s, Assessor, responded_by, "assessor")
        comment.response = response
        comment.response_text = text.strip() if text and response != "open" else None
        comment.responded_by = responded_by if response != "open" else None
        comment.updated_at = utcnow()
        return comment


def list_comments(db: Database, version_id: str | None = None) -> list[FactCheckComment]:
    """The comments on one version, or on every version, in the order received."""
    with db.read() as s:
        query = (select(FactCheckComment)
                 .join(ReportVersion, ReportVersion.id == FactCheckComment.version_id)
                 .order_by(ReportVersion.number, FactCheckComment.order,
                           FactCheckComment.created_at))
        if version_id:
            query = query.where(FactCheckComment.version_id == version_id)
        return list(s.exec(query).all())


def target_label(db: Database, comment: FactCheckComment) -> str:
    """What a comment is about, as a reader says it: "1.2 Title", "2 Area", or the chapter's
    own heading; "" for a general comment."""
    if comment.target_kind == "general" or not comment.target:
        return ""
    with db.read() as s:
        if comment.target_kind == "indicator":
            ind = s.get(Indicator, comment.target)
            return f"{ind.code} {ind.title}" if ind else comment.target
        area = s.exec(select(Area).where(Area.code == comment.target)).first()
        return f"{area.code} {area.title}" if area else comment.target


def make_final(db: Database, *, sent_to: str | None = None,
               sent_at: date | datetime | None = None, note: str | None = None,
               render: Callable[[ReportVersion], bytes] | None = None) -> ReportVersion:
    """The final report, after the fact check. Refused while a comment has no response: the
    final report must say how every comment was handled."""
    with db.read() as s:
        if s.exec(select(ReportVersion).where(ReportVersion.kind == "draft")).first() is None:
            raise ValidationError("no draft has been sent for fact check yet: send one first")
        open_ = s.exec(select(func.count()).select_from(FactCheckComment)
                       .where(FactCheckComment.response == "open")).one()
    if open_:
        raise ValidationError(f"{open_} comment(s) have no response yet: respond to every "
                              "comment before making the final report")
    return freeze_version(db, kind="final", sent_to=sent_to, sent_at=sent_at, note=note,
                          render=render)


# -- what changed --------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """One difference between two versions: `what` is "level", "status", a text field
    ("strengths", …, "summary"), or "quotes" (then `added`/`removed` hold the excerpt
    words)."""

    scope: str  # "indicator" or "area"
    code: str
    title: str
    what: str
    before: object = None
    after: object = None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


def _frozen(db: Database, version: str | int | None) -> dict:
    if version is None or version == "current":
        with db.read() as s:
            return _frozen_now(s)
    return get_version(db, version).frozen


def _code_key(code: str) -> tuple:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in code.replace("-", ".").split("."))


def changes_between(db: Database, older: str | int | None,
                    newer: str | int | None = None) -> list[Change]:
    """What changed from version `older` to `newer` (numbers or ids; None: the findings as
    they are now): levels, statuses, texts and chosen quotes per indicator, and the area
    summaries, in the rubric's order."""
    a, b = _frozen(db, older), _frozen(db, newer)
    out: list[Change] = []
    for scope, key, fields in (("area", "areas", AREA_TEXTS),
                               ("indicator", "findings", ("level", "status", *FINDING_TEXTS))):
        before_all, after_all = a.get(key, {}), b.get(key, {})
        for obj_id in sorted(set(before_all) | set(after_all),
                             key=lambda i: _code_key((after_all.get(i) or before_all.get(i))
                                                     ["code"])):
            old, new = before_all.get(obj_id) or {}, after_all.get(obj_id) or {}
            code, title = (new or old)["code"], (new or old)["title"]
            for name in fields:
                if (old.get(name) or None) != (new.get(name) or None):
                    out.append(Change(scope, code, title, name, old.get(name), new.get(name)))
            if scope == "indicator":
                was = [e["text"] for e in old.get("excerpts", [])]
                now = [e["text"] for e in new.get("excerpts", [])]
                was_ids = {e["id"] for e in old.get("excerpts", [])}
                now_ids = {e["id"] for e in new.get("excerpts", [])}
                if was_ids != now_ids:
                    out.append(Change(scope, code, title, "quotes",
                                      added=tuple(e["text"] for e in new.get("excerpts", [])
                                                  if e["id"] not in was_ids),
                                      removed=tuple(e["text"] for e in old.get("excerpts", [])
                                                    if e["id"] not in now_ids)))
                elif was != now:
                    out.append(Change(scope, code, title, "quotes", before=was, after=now))
    return out
