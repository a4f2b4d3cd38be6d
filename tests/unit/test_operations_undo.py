"""Operations and their undo, without Qt: random sequences, cascades, scopes, typing."""

import contextlib
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.api import Project
from digifelt.core.errors import ValidationError
from digifelt.core.operations import UndoError, journal, operation
from digifelt.core.services import entries, excerpts, findings
from digifelt.errors import DigifeltError
from digifelt.storage.tally import raw_counts, tally_counts

CODES = ["1.1", "1.2", "2.1", "3.1"]
TEXTS = ["Vi har en plan for digitalisering.", "«Målet vårt er det vi kaller «førstevalg»»",
         "Ingen vet hvem som eier tjenesten.", "Sámi: áčđŋšŧž og 👩‍💻 i samme setning."]


def _open(blank: Path, tmp: Path) -> Project:
    path = tmp / "p.digifelt"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(blank, path)
    return Project.open(path, author="Kari Nordmann", backup=False)


def _tally_is_exact(p: Project) -> bool:
    with p.db.read() as s:
        conn = s.connection()
        return raw_counts(conn) == tally_counts(conn)


class _State:
    """Ids made so far, so the random steps can refer to existing objects."""

    def __init__(self):
        self.activities, self.entries, self.excerpts, self.groups = [], [], [], []


def _pick(items: list, n: int):
    return items[n % len(items)] if items else None


def _apply(p: Project, state: _State, step: tuple) -> None:
    name, n, m = step
    if name == "activity":
        kind = ("interview", "observation", "document_review")[n % 3]
        state.activities.append(p.add_activity(kind=kind, title=f"Aktivitet {n}").id)
    elif name == "entry" and state.activities:
        state.entries.append(p.add_entry(activity_id=_pick(state.activities, n),
                                         text=TEXTS[m % len(TEXTS)]).id)
    elif name == "tag" and state.entries:
        entry = entries.get_entry(p.db, _pick(state.entries, n))
        if len(entry.text) < 2:
            return
        start = m % (len(entry.text) - 1)
        end = start + 1 + (n % (len(entry.text) - start))
        state.excerpts.append(p.tag_excerpt(
            entry_id=entry.id, start=start, end=end, indicators=[CODES[m % 4], CODES[n % 4]],
            valence=("neutral", "strength", "gap")[m % 3], starred=bool(n % 2)).id)
    elif name == "retag" and state.excerpts:
        p.update_excerpt(_pick(state.excerpts, n), indicators=[CODES[m % 4]],
                         valence=("gap", "strength")[m % 2], memo=f"memo {m}")
    elif name == "untag" and state.excerpts:
        p.delete_excerpt(state.excerpts.pop(n % len(state.excerpts)))
    elif name == "finding":
        quoted = [x for x in state.excerpts if m % 2 or x == _pick(state.excerpts, n)]
        p.update_finding(indicator=CODES[n % 4], level=1 + m % 4, excerpt_ids=quoted[:3],
                         strengths=f"Styrke {m}", status=("draft", "agreed")[n % 2])
    elif name == "summary":
        p.update_area_summary(area=str(1 + n % 3), summary=f"Oppsummering {m}")
    elif name == "edit_text" and state.entries:
        entry_id = _pick(state.entries, n)
        text = entries.get_entry(p.db, entry_id).text
        p.update_entry_text(entry_id, text[: m % (len(text) + 1)] + " tillegg" + text[m % 3:])
    elif name == "drop_entry" and state.entries:
        p.delete_entry(state.entries.pop(n % len(state.entries)))
    elif name == "drop_activity" and state.activities:
        p.delete_activity(state.activities.pop(n % len(state.activities)))
    elif name == "group":
        state.groups.append(p.add_group(name=f"Gruppe {n}-{m}").id)
    elif name == "several":
        with p.operation("Several"):
            a = p.add_activity(kind="interview", title=f"Samlet {n}")
            e = p.add_entry(activity_id=a.id, text=TEXTS[m % len(TEXTS)])
            p.tag_excerpt(entry_id=e.id, start=0, end=2, indicators=[CODES[n % 4]])


STEPS = st.lists(st.tuples(
    st.sampled_from(["activity", "entry", "tag", "retag", "untag", "finding", "summary",
                     "edit_text", "drop_entry", "drop_activity", "group", "several"]),
    st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=14)


@settings(max_examples=35, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_undoing_every_operation_gives_back_the_start_and_redoing_gives_the_end(
        steps, blank_project_file, tmp_path):
    with _open(blank_project_file, tmp_path) as p:
        start = p.snapshot()
        state = _State()
        # Some objects exist before the random steps, so deletions have cascades to undo.
        _apply(p, state, ("activity", 0, 0))
        _apply(p, state, ("entry", 0, 0))
        _apply(p, state, ("tag", 1, 2))
        _apply(p, state, ("finding", 0, 1))
        for step in steps:
            # A step may be refused as a whole (its object went with a deleted parent).
            with contextlib.suppress(DigifeltError):
                _apply(p, state, step)
        end = p.snapshot()
        undone = 0
        while p.can_undo():
            p.undo()
            undone += 1
        assert p.snapshot() == start
        assert _tally_is_exact(p)
        for _ in range(undone):
            p.redo()
        assert p.can_redo() is None
        assert p.snapshot() == end
        assert _tally_is_exact(p)


def test_remove_tag_then_undo_brings_back_the_same_excerpt_and_its_finding_link(
        blank_project_file, tmp_path):
    with _open(blank_project_file, tmp_path) as p:
        a = p.add_activity(kind="interview", title="Intervju ledere")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering.")
        x = p.tag_excerpt(entry_id=e.id, start=0, end=15, indicators=["1.1", "2.1"],
                          valence="strength", memo="viktig")
        other = p.tag_excerpt(entry_id=e.id, start=16, end=33, indicators=["1.1"])
        p.update_finding(indicator="1.1", level=2, excerpt_ids=[other.id, x.id])
        p.update_finding(indicator="2.1", level=3, excerpt_ids=[x.id])
        before = p.snapshot()
        p.delete_excerpt(x.id)
        assert p.finding("1.1").excerpt_ids == [other.id]
        assert p.finding("2.1").excerpt_ids == []
        p.undo()
        back = next(row for row in p.snapshot()["excerpts"] if row["id"] == x.id)
        assert back["created_at"] == next(r for r in before["excerpts"]
                                          if r["id"] == x.id)["created_at"]
        assert p.finding("1.1").excerpt_ids == [other.id, x.id]  # same place in the order
        assert p.finding("2.1").excerpt_ids == [x.id]
        assert sorted(p.excerpt_indicators(x.id)) == ["1.1", "2.1"]
        assert p.snapshot() == before
        p.redo()
        p.undo()
        assert p.snapshot() == before
        assert len(p.snapshot()["excerpts"]) == 2  # never a second copy of the same words


def test_a_failed_step_of_a_workflow_leaves_nothing_of_the_workflow(blank_project_file,
                                                                     tmp_path):
    with _open(blank_project_file, tmp_path) as p:
        start = p.snapshot()
        def workflow():
            with p.operation("Interview with a tag"):
                a = p.add_activity(kind="interview", title="Halvferdig")
                e = p.add_entry(activity_id=a.id, text="Noe ble sagt.")
                p.tag_excerpt(entry_id=e.id, start=0, end=99, indicators=["1.1"])  # refused

        with pytest.raises(ValidationError):
            workflow()
        assert p.snapshot() == start
        assert p.can_undo() is None
        # The first operation on a connection set up its recording, and was rolled back
        # with it; the next one records all the same.
        with pytest.raises(ValidationError):
            workflow()
        a = p.add_activity(kind="interview", title="Hel")
        assert p.can_undo() == "Add activity"
        p.undo()
        assert p.snapshot() == start
        assert a.id not in {x["id"] for x in p.snapshot()["activities"]}


def test_an_operation_announces_what_it_changed_and_a_read_announces_nothing(
        blank_project_file, tmp_path):
    with _open(blank_project_file, tmp_path) as p:
        heard = []
        p.subscribe(heard.append)
        a = p.add_activity(kind="interview", title="Intervju")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan.")
        x = p.tag_excerpt(entry_id=e.id, start=0, end=5, indicators=["1.1"])
        assert heard[-1].ids_of("excerpt") == {x.id}
        assert heard[-1].kinds == {"excerpt"}  # its tag rows count as the excerpt's
        p.update_finding(indicator="1.1", level=2, excerpt_ids=[x.id])
        assert heard[-1].kinds == {"finding"}
        count = len(heard)
        p.snapshot()
        p.finding("2.1")  # a finding not yet written: reading it creates nothing
        excerpts.list_excerpts(p.db)
        assert len(heard) == count
        assert all(r["indicator_id"] != p.indicator_id("2.1") for r in p.snapshot()["findings"])
        p.delete_activity(a.id)  # cascades: entry, excerpt, tags, the finding's quote
        assert {"activity", "entry", "excerpt", "finding"} <= heard[-1].kinds
        p.undo()
        assert heard[-1].ids_of("excerpt") == {x.id}


def test_scopes_keep_their_own_history_and_never_undo_over_a_newer_change(
        blank_project_file, tmp_path):
    with _open(blank_project_file, tmp_path) as p:
        a = p.add_activity(kind="interview", title="Intervju")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering.")
        j = journal(p.db)
        capture = f"activity:{a.id}"
        with operation(p.db, "Tag", scope=capture):
            x = excerpts.tag_excerpt(p.db, entry_id=e.id, start=0, end=5,
                                     indicator_ids=[p.indicator_id("1.1")])
        with operation(p.db, "Finding", scope="findings"):
            findings.update_finding(p.db, p.indicator_id("1.1"), level=2,
                                    excerpt_ids=[x.excerpt.id])
        with operation(p.db, "Level", scope="findings"):
            findings.update_finding(p.db, p.indicator_id("1.2"), level=1)
        # The tag's undo would pull the excerpt from under the finding that quotes it.
        with pytest.raises(UndoError, match="Finding"):
            j.undo(capture)
        assert excerpts.list_excerpts(p.db, ids=[x.excerpt.id])
        assert j.can_undo("findings") == "Level"
        j.undo("findings")
        j.undo("findings")
        j.undo(capture)
        assert excerpts.list_excerpts(p.db, ids=[x.excerpt.id]) == []
        # A step named by a mirror that is out of step is refused, not guessed.
        with pytest.raises(UndoError):
            j.redo(capture, step_id=-1)
        j.redo(capture)
        assert excerpts.list_excerpts(p.db, ids=[x.excerpt.id])


def test_a_restored_tag_finds_its_words_after_typing_the_history_did_not_record(
        blank_project_file, tmp_path):
    with _open(blank_project_file, tmp_path) as p:
        a = p.add_activity(kind="interview", title="Intervju")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering.")
        scope = f"activity:{a.id}"
        j = journal(p.db)
        with operation(p.db, "Tag", scope=scope):
            x = excerpts.tag_excerpt(p.db, entry_id=e.id, start=10, end=14,
                                     indicator_ids=[p.indicator_id("1.1")]).excerpt
        with operation(p.db, "Remove tag", scope=scope):
            excerpts.delete_excerpt(p.db, x.id)
        # Typing (the editor's own undo, not the history) moves the words.
        with operation(p.db, "Typing", scope=scope, mode="untracked"):
            entries.update_entry_text(p.db, e.id, "I dag: Vi har en plan for digitalisering.")
        j.undo(scope)
        back = excerpts.list_excerpts(p.db, ids=[x.id])[0].excerpt
        text = entries.get_entry(p.db, e.id).text
        assert text[back.start:back.end] == "plan"
        assert not back.detached
        # Words typed away entirely: the restored tag is marked detached, not misplaced.
        j.undo(scope)  # the tag itself
        j.redo(scope)
        with operation(p.db, "Remove tag", scope=scope):
            excerpts.delete_excerpt(p.db, x.id)
        with operation(p.db, "Typing", scope=scope, mode="untracked"):
            entries.update_entry_text(p.db, e.id, "Helt annen tekst.")
        j.undo(scope)
        assert excerpts.list_excerpts(p.db, ids=[x.id])[0].excerpt.detached


def test_bulk_operations_clear_the_history_and_announce_everything(blank_project_file,
                                                                   tmp_path):
    with _open(blank_project_file, tmp_path) as p:
        p.add_activity(kind="interview", title="Intervju")
        heard = []
        p.subscribe(heard.append)
        with operation(p.db, "Import", mode="bulk"):
            p.add_group(name="Eksterne konsulenter")
        assert heard[-1].everything
        assert p.can_undo() is None
        with pytest.raises(UndoError):
            p.undo()


def test_removed_attachment_content_stays_for_undo_and_goes_when_the_history_ends(
        blank_project_file, tmp_path):
    import sqlite3

    from digifelt.core.services import attachments

    def blobs(path) -> int:
        con = sqlite3.connect(path)
        try:
            return con.execute("SELECT count(*) FROM blob").fetchone()[0]
        finally:
            con.close()

    p = _open(blank_project_file, tmp_path)
    path = p.db.path
    a = p.add_activity(kind="observation", title="Servicetorget")
    with operation(p.db, "Add file", scope="x"):
        photo = attachments.add_attachment(p.db, data=b"\x89PNG skranke" * 1000,
                                           filename="skranke.png", activity_id=a.id)
    with operation(p.db, "Remove attachment", scope="x"):
        attachments.delete_attachment(p.db, photo.id)
    assert blobs(path) == 1  # an undo step may still need it
    journal(p.db).undo("x")
    assert attachments.attachment_data(p.db, photo.id) == b"\x89PNG skranke" * 1000
    journal(p.db).redo("x")
    journal(p.db).undo("x")
    journal(p.db).undo("x")  # the adding itself
    assert attachments.list_attachments(p.db) == []
    p.close()  # the history ends: the unused content goes with it
    assert blobs(path) == 0
