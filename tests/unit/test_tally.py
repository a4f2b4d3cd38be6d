"""The evidence tally (storage/tally.py) equals a GROUP BY over the tags after any sequence of
service operations, bundle imports included, and the matrix read from it equals the one
grouped from the tags themselves."""

import shutil
import sqlite3
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.core.ids import utcnow
from digifelt.core.models import Excerpt
from digifelt.core.services import activities, entries, excerpts, people, privacy, rubric
from digifelt.core.services.check import check_project
from digifelt.core.services.matrix import evidence_matrices
from digifelt.core.services.repair import repair_project
from digifelt.exports.bundle import apply_import, export_bundle
from digifelt.storage import tally
from digifelt.storage.database import open_database

TEXT = "Vi har en plan, men opplæringen mangler og rutinene er uklare for mange."
VALENCES = ("strength", "gap", "neutral")


def _assert_exact(db) -> None:
    with db.engine.connect() as conn:
        assert tally.tally_counts(conn) == tally.raw_counts(conn)


def _reference(db) -> dict[str, dict[str, dict[str, tuple[int, int, int]]]]:
    """by → indicator → column → counts, grouped straight from the tags."""
    out = {"kind": defaultdict(lambda: defaultdict(lambda: [0, 0, 0])),
           "group": defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))}
    with db.engine.connect() as conn:
        kind_of = dict(conn.exec_driver_sql("SELECT id, kind FROM activity").all())
        groups_of = defaultdict(list)
        for act, group in conn.exec_driver_sql(
                "SELECT activity_id, group_id FROM activity_group"):
            groups_of[act].append(group)
        for act, ind, n, strengths, gaps in conn.exec_driver_sql(
                "SELECT x.activity_id, t.indicator_id, count(*), "
                "sum(x.valence = 'strength'), sum(x.valence = 'gap') FROM excerpt x "
                "JOIN excerpt_indicator t ON t.excerpt_id = x.id "
                "GROUP BY x.activity_id, t.indicator_id"):
            columns = [("kind", kind_of[act])] if act in kind_of else []
            if act in kind_of:  # by group: one column per excerpt (an interview's group)
                gs = groups_of.get(act, ())
                key = (kind_of[act] if kind_of[act] != "interview" else gs[0] if len(gs) == 1
                       else "~several" if gs else "~none")
                columns.append(("group", key))
            for by, key in columns:
                cell = out[by][ind][key]
                cell[0] += n
                cell[1] += strengths
                cell[2] += gaps
    return {by: {ind: {k: tuple(v) for k, v in cols.items()} for ind, cols in rows.items()}
            for by, rows in out.items()}


def _assert_matrix_matches(db) -> None:
    ref = _reference(db)
    for by, matrix in evidence_matrices(db).items():
        got = {row.indicator_id: {k: (c.total, c.strengths, c.gaps)
                                  for k, c in row.cells.items()}
               for row in matrix.rows if row.cells}
        assert got == ref[by], by


def _build(db) -> None:
    groups = people.list_groups(db)
    inds = [i.id for a in rubric.rubric_tree(db)[:2] for i in a.indicators[:3]]
    acts = [activities.add_activity(db, kind="interview", title="Intervju",
                                    group_ids=[groups[0].id]),
            activities.add_activity(db, kind="interview", title="Gruppeintervju",
                                    group_ids=[groups[0].id, groups[1].id]),
            activities.add_activity(db, kind="observation", title="Observasjon")]
    for n, act in enumerate(acts):
        entry = entries.add_entry(db, activity_id=act.id, text=TEXT)
        for k in range(3):
            excerpts.tag_excerpt(db, entry_id=entry.id, start=k * 5, end=k * 5 + 8,
                                 indicator_ids=inds[(n + k) % 6:(n + k) % 6 + 2],
                                 valence=VALENCES[(n + k) % 3])
    doc = activities.add_activity(db, kind="document_review", title="Kommuneplan")
    for k in range(3):
        excerpts.add_document_excerpt(db, activity_id=doc.id, text=f"Side {k}", page=k + 1,
                                      indicator_ids=inds[k:k + 3], valence=VALENCES[k])


def _doc_excerpts(db):
    return [v.excerpt for v in excerpts.list_excerpts(db) if v.excerpt.entry_id is None]


def _teammate_edits(db) -> None:
    """What a teammate does in a copy: new tagged work, a retag, a valence change, and a
    document excerpt moved to another activity."""
    inds = [i.id for a in rubric.rubric_tree(db)[:2] for i in a.indicators[:3]]
    acts = [v.activity for v in activities.list_activities(db)]
    entry = entries.add_entry(db, activity_id=acts[0].id, text=TEXT)
    excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=10, indicator_ids=inds[3:6],
                         valence="gap")
    spans = [v.excerpt for v in excerpts.list_excerpts(db) if v.excerpt.entry_id]
    excerpts.update_excerpt(db, spans[0].id, indicator_ids=[inds[5]])
    excerpts.update_excerpt(db, spans[1].id, valence="strength" if spans[1].valence != "strength"
                            else "gap")
    moved = _doc_excerpts(db)[0]
    target = next(a for a in acts if a.id != moved.activity_id)
    with db.transaction() as s:
        row = s.get(Excerpt, moved.id)
        row.activity_id, row.valence, row.updated_at = target.id, "gap", utcnow()


@pytest.fixture(scope="module")
def base_and_bundle(tmp_path_factory):
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    work = tmp_path_factory.mktemp("tally")
    base = work / "base.digifelt"
    db = create_project(base, template=find_template("digital-ståstedskartlegging-kommune"),
                        title="Tally", organisation="Fjellvik kommune")
    _build(db)
    db.close()
    mate = work / "mate.digifelt"
    shutil.copy(base, mate)
    db = open_database(mate, backup=False)
    try:
        _teammate_edits(db)
        _assert_exact(db)
    finally:
        db.close()
    bundle = work / "mate.zip"
    export_bundle(mate, bundle)
    return base, bundle


def _apply(db, op: str, n: int, bundle) -> None:
    views = excerpts.list_excerpts(db)
    inds = [i.id for a in rubric.rubric_tree(db) for i in a.indicators][:8]
    acts = [v.activity for v in activities.list_activities(db)]
    pick = views[n % len(views)].excerpt if views else None
    if op == "tag" and acts:
        act = acts[n % len(acts)]
        entry = entries.add_entry(db, activity_id=act.id, text=TEXT)
        excerpts.tag_excerpt(db, entry_id=entry.id, start=n % 10, end=n % 10 + 12,
                             indicator_ids=[inds[n % 8], inds[(n * 3) % 8]],
                             valence=VALENCES[n % 3])
    elif op == "retag" and pick:
        excerpts.update_excerpt(db, pick.id, indicator_ids=inds[n % 8:n % 8 + n % 3])
    elif op == "untag" and pick:
        excerpts.update_excerpt(db, pick.id, indicator_ids=[])
    elif op == "delete_excerpt" and pick:
        excerpts.delete_excerpt(db, pick.id)
    elif op == "valence" and pick:
        excerpts.update_excerpt(db, pick.id, valence=VALENCES[n % 3])
    elif op == "move" and pick and acts:
        with db.transaction() as s:
            s.connection().exec_driver_sql("UPDATE excerpt SET activity_id = ? WHERE id = ?",
                                           (acts[n % len(acts)].id, pick.id))
    elif op == "delete_activity" and acts:
        activities.delete_activity(db, acts[n % len(acts)].id)
    elif op == "delete_entry" and acts:
        notes = entries.list_entries(db, acts[n % len(acts)].id)
        if notes:
            entries.delete_entry(db, notes[0].id)
    elif op == "delete_indicator":
        rubric.delete_indicator(db, inds[n % 8])
    elif op == "import":
        apply_import(db.path, bundle, db=db)
    elif op == "erase":
        privacy.erase_raw_notes(db)


OPS = ("tag", "retag", "untag", "delete_excerpt", "valence", "move", "delete_activity",
       "delete_entry", "delete_indicator", "import", "erase")


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 99)),
                    min_size=1, max_size=10))
def test_tally_equals_the_tags_after_any_operations(tmp_path_factory, base_and_bundle, ops):
    base, bundle = base_and_bundle
    path = tmp_path_factory.mktemp("ops") / "p.digifelt"
    shutil.copy(base, path)
    db = open_database(path, backup=False)
    try:
        _assert_exact(db)
        for op, n in ops:
            _apply(db, op, n, bundle)
            _assert_exact(db)
        _assert_matrix_matches(db)
    finally:
        db.close()


def test_import_into_a_new_file_and_again_keeps_the_tally(tmp_path, base_and_bundle):
    _base, bundle = base_and_bundle
    path = tmp_path / "new.digifelt"
    apply_import(path, bundle)
    apply_import(path, bundle)
    db = open_database(path, backup=False)
    try:
        _assert_exact(db)
        with db.engine.connect() as conn:
            assert tally.tally_counts(conn)
        _assert_matrix_matches(db)
    finally:
        db.close()


def test_excerpt_delete_trigger_runs_before_the_cascade_to_its_tags(base_and_bundle, tmp_path):
    """The order the triggers rely on: the excerpt's BEFORE DELETE sees its tags; the
    cascade then deletes them after the excerpt row, so their trigger finds it gone."""
    path = tmp_path / "p.digifelt"
    shutil.copy(base_and_bundle[0], path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(
        "CREATE TEMP TABLE seen(seq INTEGER PRIMARY KEY, what TEXT, n INTEGER);"
        "CREATE TEMP TRIGGER x_bd BEFORE DELETE ON main.excerpt BEGIN INSERT INTO seen(what, n)"
        " SELECT 'excerpt', count(*) FROM excerpt_indicator WHERE excerpt_id = OLD.id; END;"
        "CREATE TEMP TRIGGER t_ad AFTER DELETE ON main.excerpt_indicator BEGIN "
        "INSERT INTO seen(what, n) SELECT 'tag', count(*) FROM excerpt "
        "WHERE id = OLD.excerpt_id; END;")
    ex_id, tags = con.execute(
        "SELECT excerpt_id, count(*) FROM excerpt_indicator GROUP BY 1 HAVING count(*) > 1"
    ).fetchone()
    con.execute("DELETE FROM excerpt WHERE id = ?", (ex_id,))
    seen = con.execute("SELECT what, n FROM seen ORDER BY seq").fetchall()
    assert seen == [("excerpt", tags)] + [("tag", 0)] * tags
    raw = set(con.execute(tally._RAW_COUNTS).fetchall())
    kept = set(con.execute("SELECT * FROM evidence_tally").fetchall())
    con.close()
    assert raw == kept


def test_check_reports_a_wrong_tally_and_repair_recounts_it(base_and_bundle, tmp_path):
    path = tmp_path / "p.digifelt"
    shutil.copy(base_and_bundle[0], path)
    con = sqlite3.connect(path)
    con.execute("UPDATE evidence_tally SET n = n + 1 WHERE (activity_id, indicator_id) = "
                "(SELECT activity_id, indicator_id FROM evidence_tally LIMIT 1)")
    con.execute("DELETE FROM evidence_tally WHERE (activity_id, indicator_id) = "
                "(SELECT activity_id, indicator_id FROM evidence_tally ORDER BY 1 DESC LIMIT 1)")
    con.execute("DROP TRIGGER tally_tag_ai")
    con.commit()
    con.close()
    report = check_project(path)
    problems = [p for item in report.items for p in item.problems]
    assert any("1 evidence tally trigger(s) missing" in p for p in problems)
    assert any("evidence tally disagrees with the tags for 2" in p for p in problems)
    fixed = repair_project(path)
    assert "recounted the evidence tally from the tags" in fixed.fixes
    assert check_project(path).ok
    db = open_database(path, backup=False)
    try:
        _assert_exact(db)
        _assert_matrix_matches(db)
    finally:
        db.close()


def test_raw_writes_in_any_order_keep_the_tally(base_and_bundle, tmp_path):
    """A tag written before its excerpt (deferred foreign keys, as merges run), a tag moved
    to another indicator or excerpt, an excerpt re-keyed."""
    path = tmp_path / "p.digifelt"
    shutil.copy(base_and_bundle[0], path)
    db = open_database(path, backup=False)
    try:
        act = activities.list_activities(db)[0].activity
        inds = [i.id for a in rubric.rubric_tree(db) for i in a.indicators][:4]
        with db.transaction() as s:
            conn = s.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            conn.exec_driver_sql("INSERT INTO excerpt_indicator VALUES ('early', ?), ('early', ?)",
                                 (inds[0], inds[1]))
            conn.exec_driver_sql(
                "INSERT INTO excerpt (id, created_at, updated_at, activity_id, text, kind, "
                "valence, starred, detached) SELECT 'early', created_at, updated_at, ?, 'Tidlig', "
                "'quote', 'gap', 0, 0 FROM excerpt LIMIT 1", (act.id,))
        _assert_exact(db)
        with db.transaction() as s:
            conn = s.connection()
            conn.exec_driver_sql("UPDATE excerpt_indicator SET indicator_id = ? "
                                 "WHERE excerpt_id = 'early' AND indicator_id = ?",
                                 (inds[2], inds[0]))
            other = conn.exec_driver_sql(
                "SELECT id FROM excerpt WHERE id != 'early' AND activity_id IS NOT NULL AND id "
                "NOT IN (SELECT excerpt_id FROM excerpt_indicator WHERE indicator_id = ?) LIMIT 1",
                (inds[1],)).scalar_one()
            conn.exec_driver_sql("UPDATE excerpt_indicator SET excerpt_id = ? "
                                 "WHERE excerpt_id = 'early' AND indicator_id = ?",
                                 (other, inds[1]))
        _assert_exact(db)
        with db.transaction() as s:
            conn = s.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            conn.exec_driver_sql("UPDATE excerpt SET id = 'renamed' WHERE id = 'early'")
            _assert_exact_on(conn)
            conn.exec_driver_sql(
                "UPDATE excerpt_indicator SET excerpt_id = 'renamed' WHERE excerpt_id = 'early'")
            _assert_exact_on(conn)
        _assert_exact(db)
        _assert_matrix_matches(db)
    finally:
        db.close()


def _assert_exact_on(conn) -> None:
    assert tally.tally_counts(conn) == tally.raw_counts(conn)


def test_a_file_with_a_changed_tally_trigger_is_refused(base_and_bundle, tmp_path):
    from digifelt.errors import NotAProjectError

    path = tmp_path / "p.digifelt"
    shutil.copy(base_and_bundle[0], path)
    con = sqlite3.connect(path)
    con.executescript("DROP TRIGGER tally_tag_ai; CREATE TRIGGER tally_tag_ai AFTER INSERT ON "
                      "excerpt_indicator BEGIN DELETE FROM finding; END;")
    con.close()
    with pytest.raises(NotAProjectError, match="tally_tag_ai"):
        open_database(path, backup=False)
