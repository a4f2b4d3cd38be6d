"""project.json and evidence.csv written a piece at a time from the open read transaction.

The same bytes as orjson.dumps(document_from_snapshot(…)) and csv.evidence_csv(document) for
a project that is not pseudonymised, without holding the project: rows are read a batch
at a time (core.services.snapshot_stream) in the order `document_from_snapshot` sorts them,
each batch is serialised and let go, and the zip writer compresses and hashes the chunks
as they come. Compact orjson output is compositional (a list's bytes are its items' bytes
joined by commas), which is what lets the document be written in pieces.

evidence.csv is sorted by SQLite (its sorter spills to a temp file, so its memory stays
bounded too): by the rubric position of the indicator (areas, then indicators, each by
order and code, as the rubric section lists them), the activity's start, the excerpt.
"""

import contextlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

import orjson

from digifelt import __version__
from digifelt.core.ids import iso_z
from digifelt.core.services.snapshot import KINDS, _ts_from_db
from digifelt.core.services.snapshot_stream import execute, iter_rows
from digifelt.core.services.versions import parse
from digifelt.exports.bundle.convert import DOCUMENT_FIELDS, _without
from digifelt.exports.bundle.csv import COLUMNS, _cell, cell_encoder
from digifelt.exports.bundle.history import _dots
from digifelt.exports.bundle.model import FORMAT, VERSION
from digifelt.exports.cells import FORMULA_START, safe_text

CHUNK = 1 << 20  # bytes handed to the zip writer at a time


@dataclass
class Counts:
    """What project.json was written with, counted on the way."""

    activities: int = 0
    excerpts: int = 0
    attachments: int = 0
    # Excerpts with no tag on an indicator of the rubric (evidence.csv skips looking for
    # them when there are none), and the rubric's indicators, to tell.
    untagged: int = 0
    indicators: set[str] = field(default_factory=set)


def chunked(pieces: Iterable[bytes], size: int | None = None) -> Iterator[bytes]:
    """Pieces joined into chunks of about `size` bytes (CHUNK): fewer, larger writes to the
    zip."""
    size = size or CHUNK
    buffer: list[bytes] = []
    held = 0
    for piece in pieces:
        buffer.append(piece)
        held += len(piece)
        if held >= size:
            yield b"".join(buffer)
            buffer.clear()
            held = 0
    if buffer:
        yield b"".join(buffer)


def _key(name: str) -> bytes:
    return orjson.dumps(name) + b":"


def _array(batches: Iterable[list]) -> Iterator[bytes]:
    """A JSON array from batches of items, one orjson call a batch."""
    yield b"["
    first = True
    for batch in batches:
        if not batch:
            continue
        if not first:
            yield b","
        yield orjson.dumps(batch)[1:-1]
        first = False
    yield b"]"


def _all(raw, kind: str, order: tuple[str, ...], **kw) -> list[dict]:
    return [row for batch in iter_rows(raw, kind, order=order, **kw) for row in batch]


def project_json(raw: sqlite3.Connection, *, bundle_id: str, exported_at: datetime,
                 exported_by: str | None, counts: Counts) -> Iterator[bytes]:
    """project.json's bytes, in chunks, for the project in `raw`'s read transaction."""
    return chunked(_document(raw, bundle_id, exported_at, exported_by, counts))


def _document(raw, bundle_id, exported_at, exported_by, counts: Counts) -> Iterator[bytes]:
    (project,) = _all(raw, "project", ())
    head = orjson.dumps({
        "format": FORMAT, "version": VERSION, "bundle_id": bundle_id,
        "exported_at": iso_z(exported_at), "exported_by": exported_by,
        "app_version": __version__, "pseudonymised": False, "project": project,
        "rubric": {"template_id": project.get("template_id"),
                   "title": project.get("rubric_title") or "",
                   "scale": _all(raw, "scale_level", ("value",))},
    })
    yield head[:-2]  # without the rubric's and the document's closing braces
    yield b"," + _key("areas")
    yield from _array(_areas(raw, counts))
    yield b"},"
    for name, kind, order in (("assessors", "assessor", ("created_at", "id")),
                              ("groups", "respondent_group", ("name",)),
                              ("participants", "participant", ("created_at", "id"))):
        yield _key(name)
        yield from _array(iter_rows(raw, kind, order=order))
        yield b","
    yield _key("guides")
    yield from _array(_guides(raw))
    yield b"," + _key("activities")
    yield from _activities(raw, counts)
    yield b"," + _key("excerpts")
    yield from _array(_excerpts(raw, counts))
    yield b"," + _key("attachments")
    yield from _array(_counted(iter_rows(raw, "attachment", order=("created_at", "id")),
                               counts, "attachments"))
    for name, kind, order in (("findings", "finding", ("indicator_id",)),
                              ("area_summaries", "area_summary", ("area_id",)),
                              ("provisional_levels", "provisional_level",
                               ("indicator_id", "assessor_id")),
                              ("survey_questions", "survey_question",
                               ("activity_id", "order", "id"))):
        yield b"," + _key(name)
        yield from _array(iter_rows(raw, kind, order=order))
    yield b"," + _key("history") + b"{" + _key("versions")
    yield from _array(_versions(raw))
    yield b"," + _key("tombstones")
    yield from _array(_tombstones(raw))
    yield b"," + _key("conflicts")
    yield from _array(_conflicts(raw))
    yield b"}}"


def _counted(batches: Iterable[list], counts: Counts, name: str) -> Iterator[list]:
    for batch in batches:
        setattr(counts, name, getattr(counts, name) + len(batch))
        yield batch


def _areas(raw, counts: Counts) -> Iterator[list[dict]]:
    for batch in iter_rows(raw, "area", order=("order", "code")):
        items = [{**area, "indicators": [_without(ind, "area_id") for ind in _all(
            raw, "indicator", ("order", "code"), where="t.area_id = ?", params=(area["id"],))]}
            for area in batch]
        counts.indicators.update(ind["id"] for item in items for ind in item["indicators"])
        yield items


def _excerpts(raw, counts: Counts) -> Iterator[list[dict]]:
    known = counts.indicators
    for batch in iter_rows(raw, "excerpt", order=("created_at", "id")):
        counts.excerpts += len(batch)
        counts.untagged += sum(1 for ex in batch
                               if not any(i in known for i in ex["indicator_ids"]))
        yield batch


def _guides(raw) -> Iterator[list[dict]]:
    for batch in iter_rows(raw, "guide", order=("kind", "title", "id")):
        yield [{**guide, "questions": [_without(q, "guide_id") for q in _all(
            raw, "guide_question", ("order", "created_at", "id"), where="t.guide_id = ?",
            params=(guide["id"],))]}
            for guide in batch]


def _activities(raw, counts: Counts) -> Iterator[bytes]:
    """Activities with their entries nested, the entries of one a batch at a time."""
    yield b"["
    first = True
    for batch in iter_rows(raw, "activity", order=("started_at", "title", "id")):
        for activity in batch:
            counts.activities += 1
            item = _without(activity, *(col for col, _ in DOCUMENT_FIELDS))
            document = {name: activity.get(col) for col, name in DOCUMENT_FIELDS}
            if document["attachment_id"] is not None and execute(
                    raw, "SELECT 1 FROM attachment WHERE id = ?",
                    (document["attachment_id"],)).fetchone() is None:
                document["attachment_id"] = None  # dangling (`digifelt check` says so)
            item["document"] = (document if any(v is not None for v in document.values())
                                else None)
            if not first:
                yield b","
            first = False
            # "entries" is the activity's last key: the object is left open for them.
            yield orjson.dumps(item)[:-1] + b"," + _key("entries")
            yield from _array([_without(e, "activity_id") for e in entries] for entries in
                              iter_rows(raw, "entry", order=("order", "created_at", "id"),
                                        where="t.activity_id = ?", params=(activity["id"],)))
            yield b"}"
    yield b"]"


# -- the history section (as history.history_document writes it from a snapshot) ----------

_KIND_NAMES = tuple(kind.name for kind in KINDS)


def _batches(cursor: sqlite3.Cursor, size: int = 500) -> Iterator[list[tuple]]:
    try:
        while records := cursor.fetchmany(size):
            yield records
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):  # the database closed first
            cursor.close()


def _versions(raw) -> Iterator[list[dict]]:
    """The vector of every object alive, kind by kind, by id."""
    for kind in _KIND_NAMES:
        cursor = execute(raw, f'SELECT r.object_id, r.vv, r."by" FROM revision AS r '
                              f'WHERE r.kind = ? AND r.deleted_at IS NULL AND EXISTS '
                              f'(SELECT 1 FROM "{kind}" AS t WHERE t.id = r.object_id) '
                              f"ORDER BY r.object_id", (kind,))
        for records in _batches(cursor):
            yield [{"kind": kind, "id": obj_id, "vv": _dots(parse(vv)), "by": by}
                   for obj_id, vv, by in records]


def _tombstones(raw) -> Iterator[list[dict]]:
    """Deletions of objects not (again) alive, by kind then id."""
    for kind in sorted(_KIND_NAMES):
        cursor = execute(raw, f'SELECT r.object_id, r.vv, r.deleted_at, r."by" FROM revision '
                              f"AS r WHERE r.kind = ? AND r.deleted_at IS NOT NULL AND NOT "
                              f'EXISTS (SELECT 1 FROM "{kind}" AS t WHERE t.id = r.object_id) '
                              f"ORDER BY r.object_id", (kind,))
        for records in _batches(cursor):
            yield [{"kind": kind, "id": obj_id, "vv": _dots(parse(vv)),
                    "deleted_at": _ts_from_db(deleted_at), "by": by}
                   for obj_id, vv, deleted_at, by in records]


def _conflicts(raw) -> Iterator[list[dict]]:
    """The open conflicts: versions concurrent with the current one."""
    marks = ", ".join("?" for _ in _KIND_NAMES)
    cursor = execute(raw, 'SELECT object_kind, object_id, vv, deleted, version, '
                          'version_updated_at, "by" FROM "conflict" WHERE resolved = 0 AND '
                          f"object_kind IN ({marks}) ORDER BY object_kind, object_id, id",
                     _KIND_NAMES)
    for records in _batches(cursor, 100):
        yield [{"kind": kind, "object_id": obj_id, "vv": _dots(parse(vv)),
                "deleted": bool(deleted),
                "deleted_at": _ts_from_db(updated_at) if deleted else None,
                "by": by, "version": None if deleted else json.loads(version)}
               for kind, obj_id, vv, deleted, version, updated_at, by in records]


# -- evidence.csv ----------------------------------------------------------------------------

# The activity of an excerpt: its own, else its entry's (only when the entry's activity
# exists, as in the document). COALESCE looks up the entry only when it must.
_ACTIVITY = """COALESCE(NULLIF(e.activity_id, ''), (SELECT ea.id FROM entry AS en
                JOIN activity AS ea ON ea.id = en.activity_id WHERE en.id = e.entry_id))"""

# An excerpt's id and text as their UTF-8 bytes: they go into the file as they are stored,
# without being decoded and encoded again (see _text_cell).
_TEXTS = "CAST(x.id AS BLOB), CAST(x.text AS BLOB)"


def _tagged_sql(indicators: int) -> str:
    """Every tag on an indicator of the rubric, in the rubric's order: the indicator's
    position is given as a CASE over the ids (cheaper than looking up the indicator and its
    area for each of hundreds of thousands of tags)."""
    position = " ".join(f"WHEN ? THEN {n}" for n in range(indicators))
    return f"""
SELECT {_TEXTS}, x.kind, x.valence, x.starred, x.page, x.act, x.indicator_id FROM (
  SELECT e.id, e.text, e.kind, e.valence, e.starred, e.page, ei.indicator_id,
         {_ACTIVITY} AS act, CASE ei.indicator_id {position} END AS pos
  FROM excerpt_indicator AS ei
  JOIN excerpt AS e ON e.id = ei.excerpt_id) AS x
LEFT JOIN activity AS a ON a.id = x.act
WHERE x.pos IS NOT NULL
ORDER BY x.pos, COALESCE(a.started_at, ''), x.id
"""


def _untagged_sql(indicators: int) -> str:
    """Excerpts with no tag on an indicator of the rubric: one row each, after the others."""
    marks = ", ".join("?" for _ in range(indicators))
    return f"""
SELECT {_TEXTS}, x.kind, x.valence, x.starred, x.page, x.act, NULL FROM (
  SELECT e.id, e.text, e.kind, e.valence, e.starred, e.page, {_ACTIVITY} AS act
  FROM excerpt AS e
  WHERE NOT EXISTS (SELECT 1 FROM excerpt_indicator AS ei
                    WHERE ei.excerpt_id = e.id AND +ei.indicator_id IN ({marks}))) AS x
LEFT JOIN activity AS a ON a.id = x.act
ORDER BY COALESCE(a.started_at, ''), x.id
"""


def evidence_csv(raw: sqlite3.Connection, *, untagged: bool = True) -> Iterator[bytes]:
    """evidence.csv's bytes, in chunks: csv.evidence_csv's rows, read already sorted.
    `untagged=False` (project.json, written first, met no excerpt without a tag) saves
    looking for the untagged excerpts."""
    return chunked(_csv_lines(raw, untagged))


def _csv_lines(raw, untagged_too: bool) -> Iterator[bytes]:
    # Cells shared by many rows (an indicator's, an activity's and its id, kind, valence)
    # are quoted and encoded once; an excerpt's text and id are not kept.
    q = cell_encoder()

    def cell(value: str) -> bytes:
        return _cell(value).encode("utf-8")

    indicators: dict[str, tuple[bytes, bytes]] = {}
    for area in _all(raw, "area", ("order", "code")):
        for ind in _all(raw, "indicator", ("order", "code"), where="t.area_id = ?",
                        params=(area["id"],)):
            indicators[ind["id"]] = (q(safe_text(ind["code"])) + b"," +
                                     q(safe_text(ind["title"])), cell(ind["id"]))
    groups = dict(execute(raw, "SELECT id, name FROM respondent_group").fetchall())
    activities: dict[str, tuple[bytes, ...]] = {}
    for batch in iter_rows(raw, "activity", order=()):
        for act in batch:
            started = act.get("started_at")
            names = "; ".join(sorted(groups[g] for g in act["group_ids"] if g in groups))
            activities[act["id"]] = (q(act["kind"]), cell(safe_text(act["title"])),
                                     q(started[:10] if started else ""),
                                     q(safe_text(names)))
    nowhere = (b"", b"", b"", b"")
    untagged = (b",", b"")
    middles: dict[tuple, bytes] = {}  # kind, valence, starred and activity cells
    yield "\ufeff".encode() + b",".join(q(c) for c in COLUMNS)
    known = list(indicators)  # in the rubric's order
    queries = [(_tagged_sql(len(known)), known)] if known else []
    if untagged_too:
        queries.append((_untagged_sql(len(known)), known))
    for sql, params in queries:
        for records in _batches(execute(raw, sql, params), 1000):
            lines = []
            for ex_id, text, kind, valence, starred, page, act_id, ind_id in records:
                ind_cells, ind_b = indicators[ind_id] if ind_id is not None else untagged
                key = (kind, valence, starred, act_id)
                middle = middles.get(key)
                if middle is None:
                    act_cells = activities.get(act_id, nowhere) if act_id else nowhere
                    middle = middles[key] = b",".join((q(kind), q(valence),
                                                       b"yes" if starred else b"no",
                                                       *act_cells))
                lines.append(b",".join((
                    ind_cells, _text_cell(text), middle,
                    b"" if page is None else q(str(page)), _quoted(ex_id), ind_b,
                    q(act_id) if act_id else b"")))
            yield b"\r\n" + b"\r\n".join(lines)
    yield b"\r\n"


_FORMULA_BYTES = frozenset(c.encode()[0] for c in FORMULA_START)
# Bytes of the characters storable() changes: C0 controls (a byte each in UTF-8, never
# part of a longer character) and U+FFFE, U+FFFF. Lone surrogates cannot be in the file's
# text: reading the same texts for project.json would already have failed.
_UNSTORABLE_UTF8 = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def _quoted(raw: bytes) -> bytes:
    """csv._cell on UTF-8 bytes (the characters it looks for are ASCII)."""
    if b'"' in raw:
        return b'"' + raw.replace(b'"', b'""') + b'"'
    if b"," in raw or b"\n" in raw or b"\r" in raw:
        return b'"' + raw + b'"'
    return raw


def _text_cell(raw: bytes) -> bytes:
    """_cell(safe_text(text)) of a text given as its UTF-8 bytes: the usual text (no
    character to take out, an ASCII first character that starts no formula) is quoted as it
    is; any other goes through safe_text itself."""
    if not raw:
        return b""
    if raw[0] >= 0x80 or raw[0] in _FORMULA_BYTES or _UNSTORABLE_UTF8.search(raw):
        return _cell(safe_text(raw.decode("utf-8"))).encode("utf-8")
    return _quoted(raw)
