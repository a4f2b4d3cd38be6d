"""Capture-time operations (tag, save, search, matrix) against raw sqlite3 on the same file."""

import random
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from benchmarks.timing import measure, result
from digifelt.storage.engine import _PRAGMAS

WORDS = ["digitalisering", "strategi", "ledelse", "kompetanse", "personvern", "gevinst",
         "innbygger", "arkiv", "samhandling", "opplæring"]


def _raw(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in _PRAGMAS:
        con.execute(f"PRAGMA {pragma}")
    return con


def run(large_demo: Path, repeats: int) -> list[dict]:
    from digifelt.core.operations import journal, operation
    from digifelt.core.services import entries, excerpts, matrix, projects, search

    work = Path(tempfile.mkdtemp(prefix="digifelt-bench-"))
    try:
        path = work / "large.digifelt"
        shutil.copy(large_demo, path)
        db = projects.open_project(path)
        raw = _raw(path)
        rng = random.Random(5)
        ind_ids = [r[0] for r in raw.execute("SELECT id FROM indicator")]
        short = raw.execute("SELECT id, activity_id, text FROM entry WHERE length(text) "
                            "BETWEEN 200 AND 2000 LIMIT 500").fetchall()
        long_id, long_text = raw.execute(
            "SELECT id, text FROM entry ORDER BY length(text) DESC LIMIT 1").fetchone()
        words = len(long_text.split())
        if words < 5000:  # make it a 5,000-word entry whatever the demo holds
            long_text += " " + " ".join(rng.choice(WORDS) for _ in range(5000 - words))
            entries.update_entry_text(db, long_id, long_text)

        scope = "activity:bench"
        tagged: list[str] = []

        def tag():
            # As the capture view runs it: an undoable operation (before-images recorded).
            entry_id, _act, text = rng.choice(short)
            with operation(db, "Tag", scope=scope):
                view = excerpts.tag_excerpt(db, entry_id=entry_id, start=0,
                                            end=min(40, len(text)),
                                            indicator_ids=rng.sample(ind_ids, 2),
                                            valence="gap")
            tagged.append(view.excerpt.id)

        def remove_and_undo():
            with operation(db, "Remove tag", scope=scope):
                excerpts.delete_excerpt(db, tagged.pop())
            journal(db).undo(scope)

        def raw_tag():
            entry_id, act_id, text = rng.choice(short)
            ex_id = str(uuid.uuid4())
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "INSERT INTO excerpt (id, created_at, updated_at, entry_id, activity_id, start,"
                " \"end\", text, kind, valence, starred, detached) VALUES (?, datetime('now'),"
                " datetime('now'), ?, ?, 0, ?, ?, 'quote', 'gap', 0, 0)",
                (ex_id, entry_id, act_id, min(40, len(text)), text[:40]))
            raw.executemany("INSERT INTO excerpt_indicator (excerpt_id, indicator_id) "
                            "VALUES (?, ?)", [(ex_id, i) for i in rng.sample(ind_ids, 2)])
            raw.execute("COMMIT")

        state = {"text": long_text}

        def save():
            state["text"] += " " + rng.choice(WORDS)
            with operation(db, "Typing", scope=scope, mode="untracked"):
                entries.update_entry_text(db, long_id, state["text"])

        def raw_save():
            state["text"] += " " + rng.choice(WORDS)
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE entry SET text = ?, updated_at = datetime('now') WHERE id = ?",
                        (state["text"], long_id))
            raw.execute("COMMIT")

        def find():
            search.search(db, rng.choice(WORDS)[:6])

        def raw_find():
            raw.execute("SELECT rowid, snippet(search_fts, 0, '[', ']', '…', 12) FROM search_fts "
                        "WHERE search_fts MATCH ? ORDER BY rank LIMIT 50",
                        (f'"{rng.choice(WORDS)[:6]}"*',)).fetchall()

        def grid():
            matrix.evidence_matrix(db, by="kind")

        def raw_grid():
            raw.execute("SELECT ei.indicator_id, a.kind, x.valence, count(*) FROM "
                        "excerpt_indicator ei JOIN excerpt x ON x.id = ei.excerpt_id JOIN "
                        "activity a ON a.id = x.activity_id GROUP BY 1, 2, 3").fetchall()

        n = max(repeats * 10, 20)
        out = [
            result("tag an excerpt (operation incl. undo record and commit)", measure(tag, n),
                   measure(raw_tag, n), "p95 ≤ 10 ms"),
            result("remove a tag, then undo (two commits)", measure(remove_and_undo, n),
                   measure(lambda: (raw_tag(), raw_tag()), n), "p95 ≤ 20 ms"),
            result(f"save an edited entry of {len(long_text.split()):,} words",
                   measure(save, n), measure(raw_save, n), "p95 ≤ 15 ms"),
            result("full-text search on the large demo", measure(find, n),
                   measure(raw_find, n), "p95 ≤ 30 ms"),
            result("evidence matrix for the large demo", measure(grid, max(repeats, 5)),
                   measure(raw_grid, max(repeats, 5)), "≤ 100 ms"),
        ]
        raw.close()
        db.close()
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)
