"""Team merge with histories: edits passed along converge without conflicts, deletions travel,
only concurrent edits conflict, and format-1 bundles still import."""

import json
import zipfile

import pytest
from test_bundle_hostile import edit_json

from digifelt.api import Project
from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.importer import apply_import
from digifelt.exports.bundle.verify import verify_bundle


@pytest.fixture
def kari(tmp_path):
    """Kari's project with one interview, a tagged excerpt and finding 1.1 quoting it."""
    path = tmp_path / "kari.digifelt"
    with Project.create(path, title="Kartlegging", organisation="Fjellvik kommune",
                        author="Kari Nordmann", initials="KN") as p:
        a = p.add_activity(kind="interview", title="Intervju ledere")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering i kommunen.")
        x = p.tag_excerpt(entry_id=e.id, start=0, end=17, indicators=["1.1"],
                          valence="strength")
        p.update_finding(indicator="1.1", level=2, excerpt_ids=[x.id])
    return path, {"activity": a.id, "entry": e.id, "excerpt": x.id}


def teammate(tmp_path, source, name, initials, bundle_name):
    """A teammate's file made from `source`'s bundle."""
    with Project.open(source) as p:
        p.export_bundle(tmp_path / bundle_name)
    path = tmp_path / f"{initials.lower()}.digifelt"
    apply_import(path, tmp_path / bundle_name)
    with Project.open(path, author=name, initials=initials):
        pass
    return path


def send(tmp_path, source, target, name, author=None, initials=None):
    """Export `source` as `name` and import it into `target`; the import result."""
    with Project.open(source) as p:
        p.export_bundle(tmp_path / name)
    with Project.open(target, author=author, initials=initials) as p:
        return p.import_bundle(tmp_path / name)


def content(path) -> dict:
    with Project.open(path) as p:
        return p.snapshot()


def open_conflicts(path) -> list[dict]:
    with Project.open(path) as p:
        return p.conflicts()


def test_an_edit_that_follows_another_is_no_conflict_along_a_chain(tmp_path, kari):
    """Kari → Per → Tone → Kari, each editing finding 1.1 after receiving it."""
    path, _ = kari
    per = teammate(tmp_path, path, "Per Lien", "PL", "k0.zip")
    tone = teammate(tmp_path, path, "Tone Vik", "TV", "k0b.zip")
    with Project.open(path, author="Kari Nordmann") as p:
        p.update_finding(indicator="1.1", level=3, strengths="Planen er vedtatt.")
    send(tmp_path, path, per, "k1.zip")
    with Project.open(per, author="Per Lien") as p:
        p.update_finding(indicator="1.1", level=4)
    send(tmp_path, per, tone, "p1.zip")
    with Project.open(tone, author="Tone Vik") as p:
        p.update_finding(indicator="1.1", actions="Følg opp planen årlig.")
    result = send(tmp_path, tone, path, "t1.zip")
    assert result.counts["finding"].updated == 1
    assert result.counts["finding"].conflicting == 0
    assert open_conflicts(path) == []
    with Project.open(path) as p:
        f = p.finding("1.1").finding
        assert (f.level, f.strengths, f.actions) == (4, "Planen er vedtatt.",
                                                     "Følg opp planen årlig.")
    # Everyone converges on the same content, still without a conflict.
    send(tmp_path, path, per, "k2.zip")
    send(tmp_path, path, tone, "k2b.zip")
    assert content(per) == content(tone) == content(path)
    assert open_conflicts(per) == open_conflicts(tone) == []


def test_a_deletion_travels_and_an_older_bundle_does_not_bring_it_back(tmp_path, kari):
    path, ids = kari
    per = teammate(tmp_path, path, "Per Lien", "PL", "k0.zip")
    old = tmp_path / "per-old.zip"
    with Project.open(per) as p:
        p.export_bundle(old)  # still has the excerpt and the activity
    with Project.open(path, author="Kari Nordmann") as p:
        p.delete_excerpt(ids["excerpt"])
        p.delete_activity(ids["activity"])
        result = p.import_bundle(old)
        after = p.snapshot()
    assert result.counts["excerpt"].new == 0
    assert result.counts["activity"].new == 0
    assert after["activities"] == []
    assert after["excerpts"] == []
    assert after["findings"][0]["excerpt_ids"] == []
    assert open_conflicts(path) == []
    # And Per's file loses them too when Kari's bundle arrives: the tombstones win.
    result = send(tmp_path, path, per, "k1.zip")
    assert result.counts["activity"].deleted == 1
    assert content(per) == content(path)


def test_an_edit_concurrent_with_a_deletion_is_kept_as_a_visible_conflict(tmp_path, kari):
    path, ids = kari
    per = teammate(tmp_path, path, "Per Lien", "PL", "k0.zip")
    with Project.open(path, author="Kari Nordmann") as p:
        p.delete_excerpt(ids["excerpt"])
    with Project.open(per, author="Per Lien") as p:
        p.update_excerpt(ids["excerpt"], indicators=["1.1", "1.2"])
    result = send(tmp_path, path, per, "k1.zip")  # Kari's deletion reaches Per
    assert result.counts["excerpt"].conflicting == 1
    [conflict] = open_conflicts(per)
    assert conflict["other_deleted"]
    assert conflict["other_author"] == "KN"
    assert conflict["current_author"] == "PL"
    # Per's edit is not lost; Kari gets the same picture: nothing silently resurrected.
    send(tmp_path, per, path, "p1.zip")
    [at_kari] = open_conflicts(path)
    assert at_kari["object_id"] == ids["excerpt"]
    assert at_kari["other_deleted"]
    assert content(per) == content(path)
    assert len(content(path)["excerpts"]) == 1
    # Kari decides: deleted after all. The decision travels and closes Per's conflict.
    with Project.open(path, author="Kari Nordmann") as p:
        p.resolve_conflict(at_kari["id"], keep="other")
        assert p.snapshot()["excerpts"] == []
    send(tmp_path, path, per, "k2.zip")
    assert open_conflicts(per) == []
    assert content(per)["excerpts"] == []


def test_concurrent_edits_conflict_the_same_way_in_every_order(tmp_path, kari):
    path, _ = kari
    per = teammate(tmp_path, path, "Per Lien", "PL", "k0.zip")
    tone = teammate(tmp_path, path, "Tone Vik", "TV", "k0b.zip")
    with Project.open(per, author="Per Lien") as p:
        p.update_finding(indicator="1.1", level=3)
    with Project.open(tone, author="Tone Vik") as p:
        p.update_finding(indicator="1.1", level=1)
    send(tmp_path, per, path, "p1.zip")
    send(tmp_path, tone, path, "t1.zip")
    send(tmp_path, tone, per, "t1b.zip")
    send(tmp_path, per, tone, "p1b.zip")
    assert content(path) == content(per) == content(tone)
    for f in (path, per, tone):
        [c] = open_conflicts(f)
        assert c["kind"] == "finding"
        assert {c["current_author"], c["other_author"]} == {"PL", "TV"}


def test_a_killed_parent_takes_a_teammates_new_child_into_a_conflict(tmp_path, kari):
    """Per adds a note to an interview Kari deleted meanwhile: the note is not applied (its
    interview is gone) but kept as an open conflict, in both files."""
    path, ids = kari
    per = teammate(tmp_path, path, "Per Lien", "PL", "k0.zip")
    with Project.open(per, author="Per Lien") as p:
        p.add_entry(activity_id=ids["activity"], text="Per la til dette etterpå.")
    with Project.open(path, author="Kari Nordmann") as p:
        p.delete_activity(ids["activity"])
    send(tmp_path, per, path, "p1.zip")
    send(tmp_path, path, per, "k1.zip")
    assert content(path) == content(per)
    assert content(path)["activities"] == []
    kinds = sorted(c["kind"] for c in open_conflicts(path))
    assert "entry" in kinds
    assert sorted(c["kind"] for c in open_conflicts(per)) == kinds


def test_undo_of_a_deletion_is_a_new_version_that_wins(tmp_path, kari):
    path, ids = kari
    per = teammate(tmp_path, path, "Per Lien", "PL", "k0.zip")
    with Project.open(path, author="Kari Nordmann") as p:
        p.delete_excerpt(ids["excerpt"])
    send(tmp_path, path, per, "k1.zip")
    assert content(per)["excerpts"] == []
    with Project.open(path, author="Kari Nordmann") as p:
        p.delete_activity(ids["activity"])
        p.undo()  # the activity comes back: a new version, newer than its tombstone
    send(tmp_path, path, per, "k2.zip")
    assert [a["id"] for a in content(per)["activities"]] == [ids["activity"]]
    assert open_conflicts(per) == []


def test_a_format_1_bundle_still_imports_and_verifies(tmp_path, kari):
    path, _ = kari
    v2 = tmp_path / "v2.zip"
    with Project.open(path) as p:
        p.export_bundle(v2)

    def as_v1(doc):
        doc["version"] = 1
        doc.pop("history")
        doc.pop("provisional_levels")
    v1 = edit_json(v2, tmp_path / "v1.zip", as_v1)
    assert verify_bundle(v1).counts["excerpts"] == 1
    copy = tmp_path / "from-v1.digifelt"
    result = apply_import(copy, v1)
    assert result.creates_project
    assert content(copy) == content(path)
    # Into the project it came from: nothing new, no conflict (same content, no history).
    with Project.open(path) as p:
        result = p.import_bundle(v1)
    assert not result.conflicts
    assert open_conflicts(path) == []


def history_of(bundle) -> dict:
    with zipfile.ZipFile(bundle) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/project.json"))
        return json.loads(zf.read(name))["history"]


@pytest.mark.parametrize(("edit", "expected"), [
    (lambda h: h["versions"].append(dict(h["versions"][0])), "same object"),
    (lambda h: h["tombstones"].append({**h["versions"][0], "deleted_at": "2026-01-01T00:00:00Z"}),
     "also current"),
    (lambda h: h["conflicts"].append({"kind": "finding", "object_id": h["versions"][0]["id"],
                                      "vv": [], "deleted": False,
                                      "version": {"id": h["versions"][0]["id"], "level": 2}}),
     "version"),
    (lambda h: h["versions"][0]["vv"].append({"replica": "ABC", "n": 1}), "replica"),
    (lambda h: h["versions"][0]["vv"].append({"replica": "abc", "n": 0}), "n"),
    (lambda h: h["conflicts"].append({"kind": "entry", "object_id": h["versions"][0]["id"],
                                      "vv": [], "deleted": True}), "deleted_at"),
])
def test_a_hostile_history_is_refused_and_changes_nothing(tmp_path, kari, edit, expected):
    path, _ = kari
    with Project.open(path, author="Kari Nordmann") as p:
        p.update_finding(indicator="1.1", level=3)  # so that the history has a version
        p.export_bundle(tmp_path / "k.zip")
    assert history_of(tmp_path / "k.zip")["versions"]

    def hostile(doc):
        edit(doc["history"])
    bad = edit_json(tmp_path / "k.zip", tmp_path / "bad.zip", hostile)
    before = content(path)
    with pytest.raises(BundleError, match=expected):
        apply_import(path, bad)
    assert content(path) == before


def test_provisional_levels_travel_and_moderation_sees_the_whole_team(tmp_path, kari):
    path, _ = kari
    per = teammate(tmp_path, path, "Per Lien", "PL", "k0.zip")
    with Project.open(path, author="Kari Nordmann") as p:
        p.set_provisional_level(indicator="1.1", level=2, rationale="Planen er ny")
    with Project.open(per, author="Per Lien") as p:
        p.set_provisional_level(indicator="1.1", level=4)
        p.set_provisional_level(indicator="1.1", rationale="Planen brukes")  # level kept
    send(tmp_path, per, path, "p1.zip")
    send(tmp_path, path, per, "k1.zip")
    assert content(per) == content(path)
    with Project.open(path) as p:
        [row] = p.moderation()
    assert row.code == "1.1"
    assert sorted((x.initials, x.level, x.rationale) for x in row.levels) == [
        ("KN", 2, "Planen er ny"), ("PL", 4, "Planen brukes")]
    assert row.disagrees
    assert open_conflicts(path) == []
