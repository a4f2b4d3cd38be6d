"""Strong eventual consistency of team merge, as a hypothesis state machine.

3–5 simulated assessors, each with their own file made from one bundle, make random
operations (adding, editing and deleting activities, notes, tags and findings, and undoing
them) and send each other bundles in random partial orders. Once everyone has received
everything, every file holds the same content, no deletion has been undone by an older
version (a deleted object lives on only beside an open conflict that names the deletion),
and an edit passed along a chain is never a conflict.
"""

import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from digifelt.api import Project
from digifelt.core.errors import ValidationError
from digifelt.core.operations import UndoError
from digifelt.exports.bundle.importer import apply_import

CODES = ["1.1", "1.2", "2.1"]
WORDS = ["plan", "mål", "opplæring", "tjenester", "data", "ledelse", "innbyggere"]


class Team(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="team-"))
        self.files: list[Project] = []
        self.sent = 0
        self.deleted: set[tuple[str, str]] = set()  # (bundle key, id) deleted somewhere
        # Objects edited somewhere (retagged, or brought back by undo): a deletion may meet
        # one of these as a concurrent edit.
        self.edited: set[str] = set()

    @initialize(size=st.integers(min_value=3, max_value=5))
    def start(self, size):
        first = self.folder / "a0.digifelt"
        with Project.create(first, title="Kartlegging", organisation="Fjellvik",
                            author="Assessor 0") as p:
            a = p.add_activity(kind="interview", title="Intervju")
            p.add_entry(activity_id=a.id, text="Vi har en plan og mål for digitalisering.")
            p.export_bundle(self.folder / "start.zip")
        self.files.append(Project.open(first, author="Assessor 0", backup=False))
        for n in range(1, size):
            path = self.folder / f"a{n}.digifelt"
            apply_import(path, self.folder / "start.zip")
            self.files.append(Project.open(path, author=f"Assessor {n}", backup=False))

    def teardown(self):
        for p in self.files:
            p.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- what one assessor does -------------------------------------------------------
    def _pick(self, data, p: Project, key: str):
        items = p.snapshot()[key]
        return data.draw(st.sampled_from(items)) if items else None

    def _entries(self, p: Project) -> list[dict]:
        return [e for a in p.snapshot()["activities"] for e in a["entries"]]

    @rule(who=st.integers(0, 4), title=st.sampled_from(WORDS))
    def add_activity(self, who, title):
        p = self.files[who % len(self.files)]
        a = p.add_activity(kind="interview", title=f"Intervju {title}")
        p.add_entry(activity_id=a.id, text=f"Notat om {title} og plan for mål.")

    @rule(who=st.integers(0, 4), data=st.data())
    def edit_note(self, who, data):
        p = self.files[who % len(self.files)]
        entries = self._entries(p)
        if entries:
            e = data.draw(st.sampled_from(entries))
            word = data.draw(st.sampled_from(WORDS))
            p.update_entry_text(e["id"], e["text"] + f" Mer om {word}.")

    @rule(who=st.integers(0, 4), data=st.data())
    def tag(self, who, data):
        p = self.files[who % len(self.files)]
        entries = [e for e in self._entries(p) if len(e["text"]) > 5]
        if entries:
            e = data.draw(st.sampled_from(entries))
            start = data.draw(st.integers(0, len(e["text"]) - 4))
            end = data.draw(st.integers(start + 3, len(e["text"])))
            if e["text"][start:end].strip():
                p.tag_excerpt(entry_id=e["id"], start=start, end=end,
                              indicators=[data.draw(st.sampled_from(CODES))],
                              valence=data.draw(st.sampled_from(["strength", "gap"])))

    @rule(who=st.integers(0, 4), data=st.data())
    def retag(self, who, data):
        p = self.files[who % len(self.files)]
        x = self._pick(data, p, "excerpts")
        if x is not None:
            self.edited.add(x["id"])
            p.update_excerpt(x["id"], indicators=data.draw(
                st.lists(st.sampled_from(CODES), min_size=1, max_size=2, unique=True)))

    @rule(who=st.integers(0, 4), key=st.sampled_from(["excerpts", "activities"]),
          data=st.data())
    def delete(self, who, key, data):
        p = self.files[who % len(self.files)]
        obj = self._pick(data, p, key)
        if obj is None:
            return
        if key == "excerpts":
            p.delete_excerpt(obj["id"])
        else:
            p.delete_activity(obj["id"])
        self.deleted.add((key, obj["id"]))

    @rule(who=st.integers(0, 4), code=st.sampled_from(CODES), level=st.integers(1, 4),
          quote=st.booleans(), data=st.data())
    def judge(self, who, code, level, quote, data):
        p = self.files[who % len(self.files)]
        quotes = None
        if quote:
            x = self._pick(data, p, "excerpts")
            quotes = [x["id"]] if x is not None else None
        p.update_finding(indicator=code, level=level, excerpt_ids=quotes)

    def _alive(self, p: Project) -> set[tuple[str, str]]:
        snap = p.snapshot()
        return {(key, obj["id"]) for key in ("excerpts", "activities") for obj in snap[key]}

    @rule(who=st.integers(0, 4))
    def undo(self, who):
        p = self.files[who % len(self.files)]
        before = self._alive(p)
        try:
            p.undo()
        except (UndoError, ValidationError):
            return  # nothing to undo, or a later step stands on it: refused, nothing changed
        back = self._alive(p) - before
        self.deleted -= back  # brought back on purpose: a new version, as an edit is
        self.edited |= {obj_id for _key, obj_id in back}

    # -- exchanging bundles -------------------------------------------------------------
    def _send(self, source: Project, target: Project):
        self.sent += 1
        bundle = self.folder / f"b{self.sent}.zip"
        source.export_bundle(bundle)
        result = target.import_bundle(bundle)
        bundle.unlink()
        return result

    @rule(a=st.integers(0, 4), b=st.integers(0, 4))
    def send(self, a, b):
        a, b = a % len(self.files), b % len(self.files)
        if a != b:
            self._send(self.files[a], self.files[b])

    @precondition(lambda self: len(self.files) >= 3)
    @rule(picks=st.permutations(range(5)), code=st.sampled_from(CODES),
          levels=st.tuples(st.integers(1, 4), st.integers(1, 4), st.integers(1, 4)))
    def chain(self, picks, code, levels):
        """x edits, sends to y; y edits further, sends to z; z edits, sends back to x: x takes
        z's version as it is (it descends from x's), never as a conflict."""
        x, y, z = [self.files[i] for i in [i for i in picks if i < len(self.files)][:3]]
        x.update_finding(indicator=code, level=levels[0])
        self._send(x, y)
        y.update_finding(indicator=code, level=levels[1])
        self._send(y, z)
        z.update_finding(indicator=code, strengths=f"Nivå {levels[2]}", level=levels[2])
        self._send(z, x)
        got = x.finding(code).finding
        assert (got.level, got.strengths) == (levels[2], f"Nivå {levels[2]}")

    @invariant()
    def files_stay_sound(self):
        for p in self.files:
            snap = p.snapshot()
            ids = [x["id"] for x in snap["excerpts"]]
            assert len(ids) == len(set(ids))

    # -- everyone receives everything -----------------------------------------------------
    def check_convergence(self):
        for _round in range(2):
            for a, b in itertools.permutations(range(len(self.files)), 2):
                self._send(self.files[a], self.files[b])
        snapshots = [p.snapshot() for p in self.files]
        for snap in snapshots[1:]:
            assert snap == snapshots[0]
        conflicts = [sorted((c["kind"], c["object_id"], c["other_deleted"])
                            for c in p.conflicts()) for p in self.files]
        for other in conflicts[1:]:
            assert other == conflicts[0]
        alive = {(key, obj["id"]) for key in ("excerpts", "activities")
                 for obj in snapshots[0][key]}
        deletion_conflicts = {c[1] for c in conflicts[0] if c[2]}
        for key, obj_id in self.deleted & alive:
            # Alive after a deletion only when it was edited (concurrently, or the deletion
            # would have won): then the deletion is an open conflict beside it.
            assert obj_id in self.edited, (key, obj_id)
            assert obj_id in deletion_conflicts, (key, obj_id)


class TeamTest(Team):
    def teardown(self):
        try:
            if self.files:
                self.check_convergence()
        finally:
            super().teardown()


TestTeamConvergence = TeamTest.TestCase
TestTeamConvergence.settings = settings(
    max_examples=12, stateful_step_count=14, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
