"""Shared helpers for the bundle, merge and qdpx tests (imported by them; no tests here).

`canonical_content` reads a project file with plain sqlite3, independently of the code
under test: every table's rows in a stable order, blobs by hash, leaving out only the
bookkeeping that records *when* and *from where* something was imported.
"""

import hashlib
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from digifelt.core.services import (
    activities,
    attachments,
    entries,
    excerpts,
    findings,
    people,
    rubric,
)

# Columns that legitimately differ between two files with the same content.
VOLATILE = {"import_log": None, "conflict": {"created_at", "updated_at", "source"}}
SKIP_TABLES = ("search_", "sqlite_", "alembic_version")

NAMES = ("Kari Nordmann", "Ola Halvorsen", "Åse Ødegård", "Per Sandberg")


def canonical_content(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            if not r[0].startswith(SKIP_TABLES)]
        out = {}
        for table in tables:
            skip = VOLATILE.get(table, set())
            if skip is None:
                continue
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')
                    if r[1] not in skip]
            select = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f'SELECT {select} FROM "{table}"').fetchall()
            if table == "blob":
                rows = [tuple(hashlib.sha256(v).hexdigest() if isinstance(v, bytes) else v
                              for v in row) for row in rows]
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def extract(bundle: Path, dest: Path) -> Path:
    """Unpack one of OUR bundles (trusted, for bagit's validator); returns the bag folder."""
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(dest)
    (top,) = list(dest.iterdir())
    return top


def bag_is_valid(bundle: Path, workdir: Path) -> None:
    import bagit

    folder = workdir / f"x-{bundle.stem}"
    folder.mkdir()
    bag = bagit.Bag(str(extract(bundle, folder)))
    bag.validate()
    assert bag.version_info == (1, 0)


def populate(db) -> dict:
    """Content with people's names in it, odd file names, and every kind of object."""
    tree = rubric.rubric_tree(db)
    ind1, ind2 = tree[0].indicators[0], tree[1].indicators[0]
    group = people.list_groups(db)[0]
    kari = people.add_participant(db, group_id=group.id, name=NAMES[0], role="rådmann")
    ola = people.add_participant(db, group_id=group.id, name=NAMES[1], role="leder")
    lead = people.add_assessor(db, name=NAMES[2], initials="ÅØ")
    helper = people.add_assessor(db, name=NAMES[3])
    act = activities.add_activity(db, kind="interview", title=f"Intervju med {NAMES[0]}",
                                  group_ids=[group.id], participant_ids=[kari.id, ola.id],
                                  assessor_ids=[lead.id, helper.id], status="done")
    text = (f"{NAMES[0]} sier at strategien er kjent. Karis kollega {NAMES[1]} er enig, "
            f"og Ola nevner e-post kari.nordmann@fjellvik.kommune.no. 🙂 Vi har en "
            f"plan for digitalisering.")
    entry = entries.add_entry(db, activity_id=act.id, text=text, author_id=lead.id)
    q_start = text.index("strategien")
    quote = excerpts.tag_excerpt(db, entry_id=entry.id, start=q_start,
                                 end=q_start + len("strategien er kjent"),
                                 indicator_ids=[ind1.id, ind2.id], valence="strength",
                                 starred=True, memo=f"Sagt av {NAMES[0]}", author_id=lead.id)
    n_start = text.index(NAMES[0])
    named = excerpts.tag_excerpt(db, entry_id=entry.id, start=n_start,
                                 end=text.index(" er kjent") + 9, indicator_ids=[ind1.id])
    plan = text.index("plan for")
    tail = excerpts.tag_excerpt(db, entry_id=entry.id, start=plan, end=plan + 17,
                                indicator_ids=[ind2.id], valence="gap")
    review = activities.add_activity(db, kind="document_review", title="Kommuneplan",
                                     doc_title="Kommuneplanens samfunnsdel",
                                     doc_owner=NAMES[1])
    pdf = attachments.add_attachment(db, data=b"%PDF-1.4 " + b"x" * 5000,
                                     filename=f"Notat fra {NAMES[0]} 100%.pdf",
                                     activity_id=review.id, caption=f"Fra {NAMES[1]}")
    attachments.add_attachment(db, data=b"same bytes", filename="a:b*c?.txt",
                               activity_id=act.id, entry_id=entry.id)
    attachments.add_attachment(db, data=b"same bytes", filename="CON.txt", activity_id=act.id)
    attachments.add_attachment(db, data="ø".encode() * 3000, filename="   .", activity_id=act.id)
    activities.update_activity(db, review.id, doc_attachment_id=pdf.id)
    doc = excerpts.add_document_excerpt(db, activity_id=review.id, text="=SUM(A1) «mål»",
                                        page=4, attachment_id=pdf.id,
                                        indicator_ids=[ind1.id])
    findings.update_finding(db, ind1.id, level=3, strengths=f"{NAMES[0]} leder arbeidet",
                            excerpt_ids=[quote.excerpt.id, doc.excerpt.id], status="agreed",
                            author_id=lead.id)
    findings.update_area_summary(db, tree[0].area.id, summary="Godt i gang")
    return {"activity": act, "entry": entry, "quote": quote, "named": named, "tail": tail,
            "review": review, "indicators": (ind1, ind2), "group": group}


# Registered under their `name`; test modules import the functions (not the names) so
# that the fixture parameters do not shadow an import.
@pytest.fixture(scope="session", name="small_demo_file")
def small_demo_file_fixture(tmp_path_factory) -> Path:
    from digifelt.core.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo-small.digifelt"
    generate_demo(path, size="small", seed=1)
    return path


@pytest.fixture(name="small_demo")
def small_demo_fixture(tmp_path, small_demo_file) -> Path:
    path = tmp_path / "demo.digifelt"
    shutil.copy(small_demo_file, path)
    return path
