"""A bundle merged into an existing project a batch at a time (core.services.merge_stream).

The streamed merge must leave exactly what the planner (core.services.merge_plan) leaves —
the same rows, histories, open conflicts and report — for bundles of every shape merged
into projects of every shape: the demo into its copy, conflicts and deletions both ways,
format 1, groups and findings made separately in two files, random team histories; it must
refuse what the planner refuses, change nothing when it fails, and hold about the same
memory however large both projects are.
"""

import shutil
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from test_bundle_hostile import edit_json
from test_bundle_stream_import import STREAMED, WHOLE, _grown, _team, content
from test_bundle_support import (  # noqa: F401 (fixtures)
    small_demo_file_fixture,
    small_demo_fixture,
)
from test_team_convergence import TeamTest

from digifelt.api import Project
from digifelt.core.services import attachments, people
from digifelt.exports.bundle import BundleError, export_bundle
from digifelt.exports.bundle.importer import apply_import, preview_import


def merged_both_ways(project: Path, bundle: Path, folder: Path) -> tuple:
    """Merge `bundle` into two copies of `project`, streamed and whole; both must agree."""
    streamed, whole = folder / "into-streamed.digifelt", folder / "into-whole.digifelt"
    for path in (streamed, whole):
        for extra in ("", "-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        shutil.copyfile(project, path)
    plan_s = preview_import(streamed, bundle, limits=STREAMED)
    plan_w = preview_import(whole, bundle, limits=WHOLE)
    a = apply_import(streamed, bundle, limits=STREAMED)
    b = apply_import(whole, bundle, limits=WHOLE)
    assert content(streamed) == content(whole)
    assert a.lines()[1:] == b.lines()[1:]
    assert a.counts == b.counts
    assert a.notes == b.notes
    assert a.conflicts == b.conflicts
    assert plan_s.lines()[1:] == plan_w.lines()[1:] == a.lines()[1:]
    return a, content(streamed)


def test_the_demo_merges_the_same_into_a_copy_that_moved_on(small_demo, tmp_path):
    bundle = tmp_path / "demo.zip"
    export_bundle(small_demo, bundle)
    mine = tmp_path / "mine.digifelt"
    shutil.copyfile(small_demo, mine)
    with Project.open(mine, author="Kari Nordmann", backup=False) as p:
        snap = p.snapshot()
        doomed = snap["activities"][0]["id"]
        p.delete_activity(doomed)
        others = [x for x in snap["excerpts"] if x.get("activity_id") != doomed]
        for x in others[:5]:
            p.update_excerpt(x["id"], indicators=["2.1"])
        for x in others[5:8]:
            p.delete_excerpt(x["id"])
        p.update_finding(indicator="1.1", level=1, strengths="Ny vurdering")
        p.export_bundle(tmp_path / "mine.zip")
    # The older bundle into the file that moved on: nothing comes back, nothing is lost.
    result, _content = merged_both_ways(mine, bundle, tmp_path)
    assert not result.changes_anything
    # The newer one into the older file: its deletions and edits arrive.
    result, (snap, _r, _c) = merged_both_ways(small_demo, tmp_path / "mine.zip", tmp_path)
    assert result.totals.deleted > 3
    assert result.totals.updated >= 5


def test_the_team_bundles_merge_the_same_into_every_file(tmp_path):
    kari, per, start = _team(tmp_path)
    files = {}
    for name in ("kari", "per"):
        files[name] = tmp_path / f"{name}.digifelt"
    for project in files.values():
        for bundle in (kari, per, start):
            merged_both_ways(project, bundle, tmp_path)


def test_the_streamed_merge_is_the_one_that_ran(tmp_path, monkeypatch):
    from digifelt.core.services import merge_plan, merge_stream

    ran = []
    real = merge_stream.StreamMerge.run
    monkeypatch.setattr(merge_stream.StreamMerge, "run",
                        lambda self: ran.append(1) or real(self))
    planned = []
    real_plan = merge_plan.Planner.run
    monkeypatch.setattr(merge_plan.Planner, "run",
                        lambda self: planned.append(1) or real_plan(self))
    kari, per, _start = _team(tmp_path)
    ran.clear()
    planned.clear()
    shutil.copyfile(tmp_path / "per.digifelt", tmp_path / "x.digifelt")
    result = apply_import(tmp_path / "x.digifelt", kari, limits=STREAMED)
    assert ran == [1]
    assert planned == []
    assert result.changes_anything


def _copy_open(project: Project, to: Path) -> Path:
    """A consistent copy of a project file that is open (and locked) in this process."""
    import sqlite3

    src = sqlite3.connect(f"file:{project.db.path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(to)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return to


class StreamedMergeTeam(TeamTest):
    """Random team histories: every bundle sent merges the same way, streamed or whole,
    into the file it is sent to."""

    def _send(self, source: Project, target: Project):
        self.sent += 1
        bundle = self.folder / f"b{self.sent}.zip"
        source.export_bundle(bundle)
        here = _copy_open(target, self.folder / "target-copy.digifelt")
        merged_both_ways(here, bundle, self.folder)
        result = target.import_bundle(bundle)
        bundle.unlink()
        return result


TestStreamedMergeTeam = StreamedMergeTeam.TestCase
TestStreamedMergeTeam.settings = settings(
    max_examples=4, stateful_step_count=12, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def test_deletions_travel_and_take_their_children(tmp_path):
    """Per's deletions (an excerpt, a note, then a whole interview whose note Kari edited
    meanwhile) reach a file of the start, and the older bundle does not bring them back."""
    kari, per, start = _team(tmp_path)
    fresh = tmp_path / "fresh.digifelt"
    apply_import(fresh, start)
    with Project.open(tmp_path / "per.digifelt", author="Per Li", backup=False) as p:
        doomed = p.add_activity(kind="observation", title="Observasjon i resepsjonen")
        note = p.add_entry(activity_id=doomed.id, text="Skranken har lang kø om morgenen.")
        p.tag_excerpt(entry_id=note.id, start=0, end=7, indicators=["1.1"])
        p.export_bundle(tmp_path / "per-with.zip")
        p.delete_activity(doomed.id)
        p.export_bundle(tmp_path / "per-without.zip")
    apply_import(fresh, tmp_path / "per-with.zip")
    with Project.open(fresh, author="Kari Nordmann", backup=False) as k:
        k.update_entry_text(note.id, "Skranken har lang kø om morgenen, sa vakten.")
    result, (snap, revisions, conflicts) = merged_both_ways(fresh, tmp_path / "per-without.zip",
                                                            tmp_path)
    assert any(r[3] is not None for r in revisions)
    assert result.totals.deleted >= 2  # the activity, and the excerpt it took along
    assert conflicts  # Kari's concurrent edit of the note is kept as a conflict
    # The interview is gone; Kari's edit of its note stays, as a conflict of the note.
    assert all(a["id"] != doomed.id for a in snap["activities"])
    assert any(c[1] == "entry" and c[2] == note.id and "sa vakten" in c[4] for c in conflicts)
    for bundle in (per, kari, start):
        merged_both_ways(fresh, bundle, tmp_path)


def _two_files(folder: Path) -> tuple[Path, Path]:
    """Two files of one start, where each assessor made the same group, finding and area
    summary on their own (so that one of them is re-keyed by every merge)."""
    start = folder / "start.zip"
    with Project.create(folder / "a.digifelt", title="Kartlegging", organisation="Fjellvik",
                        author="Anne Berg") as a:
        act = a.add_activity(kind="interview", title="Intervju med økonomisjef")
        a.add_entry(activity_id=act.id, text="Vi har ingen felles oversikt over systemene.")
        a.export_bundle(start)
    apply_import(folder / "b.digifelt", start)
    for name, who, level in (("a", "Anne Berg", 2), ("b", "Bjørn Dahl", 3)):
        with Project.open(folder / f"{name}.digifelt", author=who, backup=False) as p:
            group = p.add_group(name="Tillitsvalgte i skolen")
            p.add_participant(group_id=group.id, name=f"Leder hos {who}", role="leder")
            act = p.add_activity(kind="interview", title=f"Ledersamtale ({who})",
                                 group_ids=[group.id])
            note = p.add_entry(activity_id=act.id, text="Ledelsen prioriterer digitalisering.")
            x = p.tag_excerpt(entry_id=note.id, start=0, end=8, indicators=["1.2"])
            p.update_finding(indicator="1.2", level=level, excerpt_ids=[x.id],
                             strengths=f"Vurdert av {who}")
            p.update_area_summary(area="1", summary=f"Oppsummert av {who}")
            p.export_bundle(folder / f"{name}.zip")
    return folder / "a.digifelt", folder / "b.digifelt"


def test_files_attached_by_a_teammate_arrive_with_their_content(tmp_path):
    a, b = _two_files(tmp_path)
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    with Project.open(b, author="Bjørn Dahl", backup=False) as p:
        act = p.snapshot()["activities"][0]
        with p.operation("Attach"):
            made = attachments.add_attachment(p.db, data=photo, filename="tavle.png",
                                              activity_id=act["id"])
        p.export_bundle(tmp_path / "b2.zip")
    merged_both_ways(a, tmp_path / "b2.zip", tmp_path)
    with Project.open(tmp_path / "into-streamed.digifelt", backup=False) as p:
        assert attachments.attachment_data(p.db, made.id) == photo


def test_objects_made_separately_in_two_files_become_one(tmp_path):
    a, b = _two_files(tmp_path)
    _result, (snap, _revisions, conflicts) = merged_both_ways(a, tmp_path / "b.zip", tmp_path)
    assert [g["name"] for g in snap["groups"]].count("Tillitsvalgte i skolen") == 1
    assert conflicts  # two levels for 1.2, two summaries for area 1
    merged_both_ways(b, tmp_path / "a.zip", tmp_path)


def test_a_bundle_of_another_rubric_edition_is_reported_the_same(tmp_path):
    a, b = _two_files(tmp_path)

    def other_edition(doc):
        area = doc["rubric"]["areas"][-1]
        gone = area["indicators"].pop()["id"]  # only in this project now
        for guide in doc["guides"]:
            for q in guide["questions"]:
                keep = [n for n, i in enumerate(q["indicator_ids"]) if i != gone]
                if q.get("indicator_orders") is not None:
                    q["indicator_orders"] = [q["indicator_orders"][n] for n in keep]
                q["indicator_ids"] = [q["indicator_ids"][n] for n in keep]
        for ex in [*doc["excerpts"], *doc.get("survey_questions", [])]:
            ex["indicator_ids"] = [i for i in ex.get("indicator_ids", []) if i != gone]
        doc["findings"] = [f for f in doc["findings"] if f["indicator_id"] != gone]
        doc["provisional_levels"] = [p for p in doc.get("provisional_levels", [])
                                     if p["indicator_id"] != gone]
        area = doc["rubric"]["areas"][0]
        new = {**area["indicators"][0], "id": "6f1c3a52-0000-4000-8000-00000000a001",
               "code": "1.9", "title": "Ny indikator"}
        area["indicators"].append(new)
        for ex in doc["excerpts"]:
            ex["indicator_ids"] = [*ex.get("indicator_ids", []), new["id"]]
        doc["findings"].append({**doc["findings"][0], "indicator_id": new["id"],
                                "id": "6f1c3a52-0000-4000-8000-00000000a002"})
        doc["history"] = {"versions": [], "tombstones": [], "conflicts": []}

    edited = edit_json(tmp_path / "b.zip", tmp_path / "edition.zip", other_edition)
    result, _content = merged_both_ways(a, edited, tmp_path)
    assert result.rubric_mismatches
    assert result.skipped


def test_a_format_1_bundle_leaves_what_it_did_not_send(tmp_path):
    a, _b = _two_files(tmp_path)

    def as_v1(doc):
        doc["version"] = 1
        doc.pop("history")
        doc.pop("provisional_levels")
        doc.pop("survey_questions", None)
        for ex in doc["excerpts"]:
            ex.pop("activity_id", None)
        for act in doc["activities"]:
            for later in ("planned_start", "planned_end", "consent_given", "consent_by",
                          "info_letter_given", "survey_invited"):
                act.pop(later, None)

    with Project.open(a, author="Anne Berg", backup=False) as p:
        snap = p.snapshot()
        anne = next(x["id"] for x in snap["assessors"] if x["name"] == "Anne Berg")
        p.update_activity(snap["activities"][0]["id"], consent_by=anne)
    edited = edit_json(tmp_path / "b.zip", tmp_path / "v1.zip", as_v1)
    _result, (snap, _r, _c) = merged_both_ways(a, edited, tmp_path)
    assert any(x.get("consent_by") == anne for x in snap["activities"])


def test_a_refused_merge_changes_nothing(tmp_path):
    a, _b = _two_files(tmp_path)
    other = tmp_path / "other.digifelt"
    with Project.create(other, title="Annen kommune", organisation="Dalvik",
                        author="Ola") as p:
        p.export_bundle(tmp_path / "other.zip")
    before = content(a)
    with pytest.raises(BundleError, match="another assessment"):
        apply_import(a, tmp_path / "other.zip", limits=STREAMED)
    # Two groups of one name: the merge fails at the database, and is rolled back whole.
    clash = tmp_path / "clash.zip"
    with Project.open(tmp_path / "b.digifelt", author="Bjørn Dahl", backup=False) as p:
        groups = p.snapshot()["groups"]
        own = next(g for g in groups if g["name"] == "Tillitsvalgte i skolen")
        shared = next(g for g in groups if g["id"] != own["id"])
        with p.operation("Rename groups"):
            people.update_group(p.db, own["id"], name="Tillitsvalgte (Bjørn)")
            people.update_group(p.db, shared["id"], name="Tillitsvalgte i skolen")
        p.export_bundle(clash)
    with pytest.raises(BundleError):
        apply_import(a, clash, limits=STREAMED)
    with pytest.raises(BundleError):
        apply_import(a, clash, limits=WHOLE)
    assert content(a) == before
    assert not list(Path(tempfile.gettempdir()).glob("digifelt-merge-*/bundle.digifelt"))


def test_memory_of_a_merge_does_not_grow_with_the_projects(small_demo, tmp_path, monkeypatch):
    import digifelt.core.services.merge_stream_settle as merge_stream_settle
    import digifelt.core.services.merge_stream_sql as merge_stream_sql
    import digifelt.exports.bundle.stream_doc as stream_doc

    # Small batches, so that both projects span many of them (a batch is what is held).
    monkeypatch.setattr(stream_doc, "BATCH_ITEMS", 20)
    monkeypatch.setattr(stream_doc, "BATCH_ENTRIES", 80)
    monkeypatch.setattr(merge_stream_settle, "BATCH", 20)
    monkeypatch.setattr(merge_stream_sql, "BATCH", 20)
    bundle = tmp_path / "demo.zip"
    export_bundle(small_demo, bundle)
    peaks, sizes = [], []
    for times in (2, 8):
        # This file: the project grown `times` over; the teammate's: grown as much again,
        # by other copies (every object is read on both sides; half of them are new).
        mine = edit_json(bundle, tmp_path / f"mine{times}.zip", lambda d, t=times: _grown(d, t))
        theirs = edit_json(bundle, tmp_path / f"theirs{times}.zip",
                           lambda d, t=times: _grown(d, t))
        target = tmp_path / f"x{times}.digifelt"
        apply_import(target, mine, limits=STREAMED)
        tracemalloc.start()
        try:
            result = apply_import(target, theirs, limits=STREAMED)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert result.totals.new > 0
        with Project.open(target, backup=False) as p:
            sizes.append(len(p.snapshot()["excerpts"]))
    assert sizes[1] > 3 * sizes[0]
    print(f"\npeak memory (tracemalloc): {peaks[0] / 1e6:.1f} MB and {peaks[1] / 1e6:.1f} MB")
    assert peaks[1] < 1.5 * peaks[0] + (4 << 20), peaks


def test_what_a_teammate_never_saw_goes_with_the_parent_they_deleted(tmp_path):
    """Kari adds a note and a quote to an interview; Per, who never saw them, deletes the
    interview. Per's bundle names neither, yet both go with their parent, kept as
    conflicts (the cascade to rows of a deleted parent)."""
    kari, _per, start = _team(tmp_path)
    fresh = tmp_path / "per-again.digifelt"
    apply_import(fresh, start)
    with Project.open(fresh, author="Per Li", backup=False) as p:
        interview = p.snapshot()["activities"][0]["id"]
        p.delete_activity(interview)
        p.export_bundle(tmp_path / "deleted.zip")
    mine = tmp_path / "kari-more.digifelt"
    apply_import(mine, start)
    with Project.open(mine, author="Kari Nordmann", backup=False) as k:
        note = k.add_entry(activity_id=interview, text="Tillegg: de har også en handlingsplan.")
        quote = k.tag_excerpt(entry_id=note.id, start=9, end=16, indicators=["1.1"])
    result, (snap, _revisions, conflicts) = merged_both_ways(
        mine, tmp_path / "deleted.zip", tmp_path)
    assert all(a["id"] != interview for a in snap["activities"])
    assert all(x["id"] != quote.id for x in snap["excerpts"])
    kept = {(c[1], c[2]) for c in conflicts}
    assert ("entry", note.id) in kept
    assert ("excerpt", quote.id) in kept
    assert result.totals.deleted >= 3


def test_a_quote_a_teammate_deleted_leaves_the_findings_that_cited_it(tmp_path):
    """Kari cites a quote in a finding Per never saw; Per deletes the quote. The finding
    stays, without it (references to deleted objects are cleared)."""
    kari, _per, start = _team(tmp_path)
    per = tmp_path / "per-again.digifelt"
    apply_import(per, start)
    with Project.open(per, author="Per Li", backup=False) as p:
        quote = p.snapshot()["excerpts"][0]["id"]
        p.delete_excerpt(quote)
        p.export_bundle(tmp_path / "deleted.zip")
    mine = tmp_path / "kari-more.digifelt"
    apply_import(mine, start)
    with Project.open(mine, author="Kari Nordmann", backup=False) as k:
        k.update_finding(indicator="2.1", level=2, excerpt_ids=[quote])
    _result, (snap, _revisions, _conflicts) = merged_both_ways(
        mine, tmp_path / "deleted.zip", tmp_path)
    assert all(x["id"] != quote for x in snap["excerpts"])
    cited = [f for f in snap["findings"] if f.get("level") == 2]
    assert cited
    assert all(quote not in (f.get("excerpt_ids") or []) for f in cited)
