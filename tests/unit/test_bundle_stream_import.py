"""A new project made from a bundle as its project.json streams in, a batch at a time.

The streamed path (exports.bundle.stream_doc + core.services.merge_adopt) must make exactly
the project the whole-document merge makes — the same rows, histories and open conflicts —
from honest bundles of every shape (conflicts, deletions, format 1, random team histories),
refuse every hostile bundle with one line and no file left behind, and hold about the same
memory however large the project is.
"""

import copy
import re
import sqlite3
import tracemalloc
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from test_bundle_hostile import CASES, edit_json, valid_bundle  # noqa: F401 (fixture)
from test_bundle_support import (  # noqa: F401 (fixtures)
    small_demo_file_fixture,
    small_demo_fixture,
)
from test_team_convergence import Team

from digifelt.api import Project
from digifelt.exports.bundle import BundleError, Limits, export_bundle
from digifelt.exports.bundle.importer import apply_import, preview_import

STREAMED = Limits(stream_from=0)
WHOLE = Limits(stream_from=1 << 40)


def content(path: Path) -> tuple:
    """Everything a merge decides: the snapshot, the histories, the open conflicts."""
    with Project.open(path, backup=False) as p:
        snap = p.snapshot()
    con = sqlite3.connect(path)
    try:
        revisions = sorted(con.execute('SELECT kind, object_id, vv, deleted_at, "by" '
                                       "FROM revision"))
        conflicts = sorted(con.execute(
            'SELECT id, object_kind, object_id, source, version, version_updated_at, vv, '
            'deleted, "by", resolved FROM conflict'))
    finally:
        con.close()
    return snap, revisions, conflicts


def both_ways(bundle: Path, folder: Path) -> tuple:
    streamed, whole = folder / "streamed.digifelt", folder / "whole.digifelt"
    for path in (streamed, whole):
        path.unlink(missing_ok=True)
    a = apply_import(streamed, bundle, limits=STREAMED)
    b = apply_import(whole, bundle, limits=WHOLE)
    assert content(streamed) == content(whole)
    assert a.lines()[1:] == b.lines()[1:]
    assert a.counts == b.counts
    assert a.notes == b.notes
    return a, content(streamed)


def test_the_demo_is_the_same_either_way(small_demo, tmp_path):
    bundle = tmp_path / "demo.zip"
    export_bundle(small_demo, bundle)
    result, (snap, _revisions, _conflicts) = both_ways(bundle, tmp_path)
    assert result.totals.new > 100
    assert snap["excerpts"]
    # The preview of a new project tells the same, and leaves nothing behind.
    plan = preview_import(tmp_path / "not-yet.digifelt", bundle, limits=STREAMED)
    assert plan.lines()[1:] == result.lines()[1:]
    assert not (tmp_path / "not-yet.digifelt").exists()


def _team(folder: Path) -> tuple[Path, Path, Path]:
    """Kari and Per edit the same finding concurrently, Per deletes an excerpt Kari
    retags and a note Kari never touched; Kari's file then holds conflicts and tombstones."""
    kari_path, per_path = folder / "kari.digifelt", folder / "per.digifelt"
    with Project.create(kari_path, title="Kartlegging", organisation="Fjellvik",
                        author="Kari Nordmann") as kari:
        a = kari.add_activity(kind="interview", title="Intervju med rådmann")
        e = kari.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering.")
        kept = kari.add_entry(activity_id=a.id, text="Alle får opplæring.")
        x = kari.tag_excerpt(entry_id=e.id, start=9, end=13, indicators=["1.1"])
        kari.update_finding(indicator="1.1", level=2, strengths="Plan finnes")
        kari.export_bundle(folder / "start.zip")
    apply_import(per_path, folder / "start.zip")
    with Project.open(per_path, author="Per Li", backup=False) as per:
        per.update_finding(indicator="1.1", level=3, strengths="Plan og mål")
        per.delete_excerpt(x.id)
        per.delete_entry(kept.id)
        per.export_bundle(folder / "per.zip")
    with Project.open(kari_path, author="Kari Nordmann", backup=False) as kari:
        kari.update_finding(indicator="1.1", level=1, strengths="Planen er ukjent")
        kari.update_excerpt(x.id, indicators=["1.1", "2.1"])
        kari.import_bundle(folder / "per.zip")
        assert kari.conflicts()
        kari.export_bundle(folder / "kari.zip")
    return folder / "kari.zip", folder / "per.zip", folder / "start.zip"


def test_conflicts_and_deletions_are_the_same_either_way(tmp_path):
    for bundle in _team(tmp_path):
        both_ways(bundle, tmp_path)
    result, (_snap, revisions, conflicts) = both_ways(tmp_path / "kari.zip", tmp_path)
    assert conflicts
    assert any(r[3] is not None for r in revisions)  # tombstones
    assert result.notes


def test_format_1_is_the_same_either_way(tmp_path):
    kari, _per, _start = _team(tmp_path)

    def as_v1(doc):
        doc["version"] = 1
        doc.pop("history")
        doc.pop("provisional_levels")
        doc.pop("survey_questions", None)
        for ex in doc["excerpts"]:
            ex.pop("activity_id", None)  # format 1 left it to the entry

    both_ways(edit_json(kari, tmp_path / "v1.zip", as_v1), tmp_path)


class StreamedTeam(Team):
    """Random team histories: every file's bundle makes the same new project both ways."""

    def teardown(self):
        try:
            for n, p in enumerate(self.files):
                bundle = self.folder / f"final-{n}.zip"
                p.export_bundle(bundle)
                both_ways(bundle, self.folder)
        finally:
            super().teardown()


TestStreamedTeam = StreamedTeam.TestCase
TestStreamedTeam.settings = settings(
    max_examples=5, stateful_step_count=10, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


# -- hostile bundles ---------------------------------------------------------------------

@pytest.mark.parametrize("case", sorted(CASES))
def test_every_hostile_bundle_is_refused_when_streamed(case, tmp_path, valid_bundle):  # noqa: F811
    build, expected = CASES[case]
    hostile, limits = build(valid_bundle, tmp_path / f"{case}.zip")
    fresh = tmp_path / "fresh.digifelt"
    with pytest.raises(BundleError) as caught:
        apply_import(fresh, hostile, limits=replace(limits or Limits(), stream_from=0))
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) <= 400
    if expected and case not in ("json-too-deep",):
        assert re.search(expected, message), message
    assert not list(tmp_path.glob("*fresh*"))


def _first_entry_excerpt(doc):
    return next(x for x in doc["excerpts"] if x.get("entry_id"))


def _other_activity(doc, activity_id):
    return next(a for a in doc["activities"] if a["id"] != activity_id)


def _excerpt_in_other_activity(doc):
    ex = _first_entry_excerpt(doc)
    owner = next(a["id"] for a in doc["activities"]
                 if any(e["id"] == ex["entry_id"] for e in a["entries"]))
    ex["activity_id"] = _other_activity(doc, owner)["id"]


def _attachment_of_other_activity(doc):
    att = next(a for a in doc["attachments"] if a.get("entry_id"))
    owner = next(a["id"] for a in doc["activities"]
                 if any(e["id"] == att["entry_id"] for e in a["entries"]))
    att["activity_id"] = _other_activity(doc, owner)["id"]


def _same_id_in_two_kinds(doc):
    doc["assessors"][0]["id"] = doc["activities"][0]["id"]
    for a in doc["activities"]:
        a["assessor_ids"] = []
    for ex in doc["excerpts"]:
        ex["author_id"] = None
    for a in doc["activities"]:
        for e in a["entries"]:
            e["author_id"] = None
    for f in doc["findings"]:
        f["author_id"] = None
    doc["exported_by"] = None


def _tag_on_missing_indicator(doc):
    _first_entry_excerpt(doc)["indicator_ids"] = [str(uuid.uuid4())]


def _twice_in_history(doc):
    v = {"kind": "activity", "id": doc["activities"][0]["id"],
         "vv": [{"replica": "a1", "n": 1}], "by": None}
    doc["history"]["versions"] += [v, v]


def _entry_text_changed(doc):
    ex = _first_entry_excerpt(doc)
    for a in doc["activities"]:
        for e in a["entries"]:
            if e["id"] == ex["entry_id"]:
                e["text"] = "Noe helt annet."


# Rules across objects a batch cannot see: the database checks them once all is written.
ACROSS = {
    "excerpt-of-another-activity": (_excerpt_in_other_activity, "not its entry's activity"),
    "attachment-of-another-activity": (_attachment_of_other_activity,
                                       "not its entry's activity"),
    "one-id-two-kinds": (_same_id_in_two_kinds, "duplicate id"),
    "tag-on-missing-indicator": (_tag_on_missing_indicator, "missing indicator"),
    "named-twice-in-history": (_twice_in_history, "history.* the same object"),
    "entry-text-changed": (_entry_text_changed, "does not match its entry"),
}


@pytest.mark.parametrize("case", sorted(ACROSS))
def test_rules_across_objects_hold_when_streamed(case, tmp_path, valid_bundle):  # noqa: F811
    edit, expected = ACROSS[case]
    hostile = edit_json(valid_bundle, tmp_path / f"{case}.zip", edit)
    for limits in (WHOLE, STREAMED):
        fresh = tmp_path / "fresh.digifelt"
        with pytest.raises(BundleError, match=expected):
            apply_import(fresh, hostile, limits=limits)
        assert not fresh.exists()


# -- memory -----------------------------------------------------------------------------

def _grown(doc, times: int):
    """The document with `times` copies of each activity (new ids, same notes and
    excerpts), as a project that many times as large."""
    activities, excerpts = doc["activities"], doc["excerpts"]
    by_entry = {}
    for ex in excerpts:
        if ex.get("entry_id"):
            by_entry.setdefault(ex["entry_id"], []).append(ex)
    for n in range(1, times):
        for act in activities[:]:
            if act["kind"] == "survey" or act.get("document"):
                continue
            new = copy.deepcopy(act)
            new["id"] = str(uuid.uuid4())
            new["title"] = f"{act['title']} ({n})"
            for entry in new["entries"]:
                old_id, entry["id"] = entry["id"], str(uuid.uuid4())
                for ex in by_entry.get(old_id, []):
                    excerpts.append({**ex, "id": str(uuid.uuid4()), "entry_id": entry["id"],
                                     "activity_id": new["id"]})
            activities.append(new)


def _peak_import(bundle: Path, target: Path) -> int:
    tracemalloc.start()
    try:
        apply_import(target, bundle, limits=STREAMED)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_project(small_demo, tmp_path, monkeypatch):
    import digifelt.exports.bundle.stream_doc as stream_doc

    # Small batches, so that both projects span many of them (a batch is what is held).
    monkeypatch.setattr(stream_doc, "BATCH_ITEMS", 20)
    monkeypatch.setattr(stream_doc, "BATCH_ENTRIES", 80)
    bundle = tmp_path / "demo.zip"
    export_bundle(small_demo, bundle)
    small = edit_json(bundle, tmp_path / "x2.zip", lambda d: _grown(d, 2))
    large = edit_json(bundle, tmp_path / "x8.zip", lambda d: _grown(d, 8))
    peak_small = _peak_import(small, tmp_path / "small.digifelt")
    peak_large = _peak_import(large, tmp_path / "large.digifelt")
    counts = []
    for name in ("small", "large"):
        with Project.open(tmp_path / f"{name}.digifelt", backup=False) as p:
            counts.append(len(p.snapshot()["excerpts"]))
    assert counts[1] > 3 * counts[0]
    # Four times the objects, much the same memory (a batch, not the project, is held).
    print(f"\npeak memory (tracemalloc): {peak_small / 1e6:.1f} MB and {peak_large / 1e6:.1f} MB")
    assert peak_large < 1.5 * peak_small + (4 << 20), (peak_small, peak_large)


# -- what the parser would let through, refused before it reads -----------------------------

@pytest.mark.parametrize("shift", range(0, 40, 3))
def test_escapes_across_the_pieces_read_are_judged_whole(shift):
    """A surrogate pair split between two pieces of the file is one emoji; a lone
    surrogate anywhere is refused (the parser would quietly make it "?")."""
    import io

    from digifelt.exports.bundle.json_events import prescan

    def doc(escape: bytes) -> io.BytesIO:
        pad = (1 << 20) - 8 - shift
        return io.BytesIO(b'["' + b"a" * pad + escape + b'", "\\\\ud800 is text"]')

    assert prescan(doc(rb"\ud83d\ude00"), 4 << 20) == (False, 0)
    for lone in (rb"\ud83d", rb"\ude00", rb"\ud83dx\ude00"):
        with pytest.raises(BundleError, match="surrogate"):
            prescan(doc(lone), 4 << 20)
    with pytest.raises(BundleError, match="too large"):
        prescan(doc(b""), 1 << 19)
