"""Remove people's names from an exported copy of a project (`--pseudonymise`).

- participants: name and role are dropped; each gets a stable pseudonym ("Informant 1", …,
  in the order they were added); a pseudonym already set in the project is kept unless it
  contains a registered name part ("Kari (rektor)") — then a generated one is used;
- assessors: the name becomes the initials (their own, unless these contain a name part
  such as "Ingrid S.": then derived from the name's first letters);
- every free text (notes, quotes, memos, findings, titles, captions, document metadata):
  the registered names are replaced as `digifelt.exports.names` describes — full names and
  single parts in any case and Unicode form, a part shared by several people by "[navn]";
- attachment file names become "attachment-N.ext";
- span excerpts are moved with their words, so `text[start:end]` still holds.

Limits, said plainly in the README: names not recorded as participants or assessors are
not found, and attachment *contents* are copied as they are.
"""

import re

from digifelt.core.services.snapshot import Row, Snapshot
from digifelt.exports.names import (
    NEUTRAL,
    NameReport,
    NameScrubber,
    Person,
    Place,
    initials_of,
)

PSEUDONYM = "Informant {n}"
ASSESSOR = "Assessor {n}"
_SKIP_COLUMNS = {"id", "sha256", "media_type", "kind", "status", "valence", "language",
                 "created_at", "updated_at", "started_at", "ended_at", "doc_date",
                 "retention_date", "template_key", "code"}
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$")
# How a replaced field is named in the list shown to the user.
_KIND = {"entry": "note", "excerpt": "quote", "finding": "finding",
         "area_summary": "area summary", "guide_question": "guide", "scale_level": "rubric",
         "area": "rubric", "indicator": "rubric", "respondent_group": "group",
         "attachment": "attachment", "project": "project", "guide": "guide"}

__all__ = ["PSEUDONYM", "assign_pseudonyms", "initials_of", "pseudonymise",
           "pseudonymise_with_report"]


def _by_age(rows) -> list[Row]:
    return sorted(rows, key=lambda r: (r.get("created_at") or "", r["id"]))


def assign_pseudonyms(participants: list[Row], assessors: list[Row]
                      ) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(participant id → pseudonym, assessor id → initials, notices about untrusted ones).

    Rows need id, name, created_at and pseudonym (participants) or initials (assessors).
    """
    probe = NameScrubber([Person(r["id"], r.get("name") or "", "x")
                          for r in [*participants, *assessors]])
    participants, assessors = _by_age(participants), _by_age(assessors)
    notices: list[str] = []
    own = {p["id"]: (p.get("pseudonym") or "").strip() for p in participants}
    trusted = {pid: mark for pid, mark in own.items()
               if mark and not probe.contains_name(mark)}
    taken = set(trusted.values())
    pseudonyms: dict[str, str] = {}
    n = 0
    for p in participants:
        mark = trusted.get(p["id"])
        if mark is None:
            n += 1
            while PSEUDONYM.format(n=n) in taken:
                n += 1
            mark = PSEUDONYM.format(n=n)
            if own[p["id"]]:
                notices.append(f"a participant's pseudonym contained a name; "
                               f"exported as {mark!r}")
        pseudonyms[p["id"]] = mark
    initials: dict[str, str] = {}
    for k, a in enumerate(assessors, start=1):
        mark = (a.get("initials") or "").strip()
        if not mark or probe.contains_name(mark):
            derived = initials_of(a.get("name") or "")
            if probe.contains_name(derived) or derived == "?":
                derived = ASSESSOR.format(n=k)
            if mark:
                notices.append(f"an assessor's initials contained a name; exported as "
                               f"{derived!r}")
            mark = derived
        initials[a["id"]] = mark
    return pseudonyms, initials, notices


def _title(kind: str, row: Row, out: Snapshot) -> tuple[str, str | None, str | None]:
    """(title, activity id, indicator id) of a scrubbed row, for the list of places."""
    rows = out.rows
    act = row.get("activity_id")
    if kind == "entry" or (kind == "excerpt" and not act):
        act = act or (rows["entry"].get(row.get("entry_id")) or {}).get("activity_id")
    if kind == "activity":
        act = row["id"]
    indicator = row.get("indicator_id") or (row["id"] if kind == "indicator" else None)
    if kind in ("activity", "guide", "area", "project"):
        title = row.get("title") or row.get("code") or ""
    elif kind == "indicator":
        title = f"{row.get('code', '')} {row.get('title', '')}".strip()
    elif kind == "finding":
        title = (rows["indicator"].get(indicator) or {}).get("code", "")
    elif act and act in rows["activity"]:
        title = rows["activity"][act].get("title") or ""
    else:
        title = row.get("name") or row.get("title") or row.get("filename") or ""
    return title, act, indicator


def _scrub_rows(snap: Snapshot, out: Snapshot, scrub: NameScrubber) -> None:
    found = []  # (kind, id, column, names replaced, context)
    for kind, table in snap.rows.items():
        out.rows[kind] = {}
        for oid, row in table.items():
            new = {}
            for k, v in row.items():
                if (k in _SKIP_COLUMNS or k.endswith(("_id", "_ids", "_orders"))
                        or kind in ("participant", "assessor")):
                    new[k] = v
                    continue
                values = v if isinstance(v, list) else [v]
                reps = [scrub.replace(x) if isinstance(x, str) else None for x in values]
                done = [r.text if r is not None else x for r, x in zip(reps, values,
                                                                       strict=True)]
                new[k] = done if isinstance(v, list) else done[0]
                hits = [r for r in reps if r is not None and r.spans]
                if hits:
                    _s, _e, ns, ne = hits[0].spans[0]
                    context = " ".join(hits[0].text[max(0, ns - 30):ne + 30].split())
                    found.append((kind, oid, k, sum(len(r.spans) for r in hits), context))
            out.rows[kind][oid] = new
    for kind, oid, column, count, context in found:
        title, act, ind = _title(kind, out.rows[kind][oid], out)
        scrub.report.places.append(Place(_KIND.get(kind, kind), oid, column, title, count,
                                         context, act, ind))


def pseudonymise_with_report(snap: Snapshot) -> tuple[Snapshot, NameReport]:
    """A copy of `snap` with no recorded person's name in it, and where names were found."""
    rows = snap.rows
    project = next(iter(rows["project"].values()), {})
    pseudonyms, initials, notices = assign_pseudonyms(list(rows["participant"].values()),
                                                      list(rows["assessor"].values()))
    people = [Person(p["id"], p.get("name") or "", pseudonyms[p["id"]])
              for p in _by_age(rows["participant"].values())]
    people += [Person(a["id"], a.get("name") or "", initials[a["id"]])
               for a in _by_age(rows["assessor"].values())]
    scrub = NameScrubber(people, NEUTRAL.get(project.get("language"), NEUTRAL["en"]))
    scrub.report.notices.extend(notices)
    scrub.report.noun = "name"  # of participants and assessors
    out = Snapshot(rows={}, blob_sizes=dict(snap.blob_sizes))
    _scrub_rows(snap, out, scrub)
    for pid, p in out.rows["participant"].items():
        out.rows["participant"][pid] = {**p, "name": None, "role": None,
                                        "pseudonym": pseudonyms[pid]}
    for aid, a in out.rows["assessor"].items():
        out.rows["assessor"][aid] = {**a, "name": initials[aid], "initials": initials[aid]}
    _move_excerpts(rows, out, scrub)
    for n, att in enumerate(_by_age(out.rows["attachment"].values()), start=1):
        ext = _EXTENSION.search(rows["attachment"][att["id"]]["filename"])
        name = f"attachment-{n}{ext.group(0).lower() if ext else ''}"
        out.rows["attachment"][att["id"]] = {**att, "filename": name}
    return out, scrub.report


def pseudonymise(snap: Snapshot) -> Snapshot:
    """A copy of `snap` with no recorded person's name in it."""
    return pseudonymise_with_report(snap)[0]


def _move_excerpts(rows: dict, out: Snapshot, scrub: NameScrubber) -> None:
    """Span excerpts follow their words into the scrubbed note text."""
    replaced = {eid: scrub.replace(e["text"]) for eid, e in rows["entry"].items()}
    for xid, ex in rows["excerpt"].items():
        if ex.get("entry_id") is None or ex.get("start") is None or ex.get("detached"):
            continue
        rep = replaced.get(ex["entry_id"])
        if rep is None:
            continue
        original = rows["entry"][ex["entry_id"]]["text"]
        if not rep.spans or original[ex["start"]:ex["end"]] != ex["text"]:
            continue  # nothing moved, or the anchor was already broken (check reports it)
        start = rep.position(ex["start"], end=False)
        end = rep.position(ex["end"], end=True)
        out.rows["excerpt"][xid] = {**out.rows["excerpt"][xid], "start": start, "end": end,
                                    "text": rep.text[start:end]}
