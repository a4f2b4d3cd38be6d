"""REFI-QDA export: valid against the standard's Project.xsd, and every selection selects
exactly its excerpt's words in its source text."""

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from test_bundle_support import (  # noqa: F401  (fixtures)
    populate,
    small_demo_file_fixture,
    small_demo_fixture,
)

from digifelt.core.progress import OperationCancelled
from digifelt.core.services import entries, excerpts
from digifelt.core.services.snapshot import read_snapshot
from digifelt.exports.qdpx import NS, export_qdpx
from digifelt.exports.qdpx.writer import MARKS, mark_guid
from digifelt.storage.database import open_database

# The REFI-QDA standard's schema (QDA-XML 1.0), kept in the repository so the test needs nothing
# beside the checkout.
XSD = Path(__file__).resolve().parents[1] / "fixtures" / "refi-qda" / "Project.xsd"
Q = f"{{{NS}}}"


@pytest.fixture(scope="module")
def schema():
    if not XSD.is_file():
        pytest.fail(f"the REFI-QDA schema is missing from the checkout: {XSD}")
    return etree.XMLSchema(etree.parse(str(XSD)))


def check(path: Path, schema, db_path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        root = etree.fromstring(zf.read("project.qde"))
        schema.assertValid(root)
        texts = {n[len("sources/"):-4]: zf.read(n).decode("utf-8") for n in names
                 if n.startswith("sources/") and n.endswith(".txt")}
    assert not any(t.startswith("\ufeff") for t in texts.values())
    db = open_database(db_path, backup=False)
    try:
        snap = read_snapshot(db)
    finally:
        db.close()
    codes = {c.get("guid") for c in root.iter(f"{Q}Code")}
    users = {u.get("guid") for u in root.iter(f"{Q}User")}
    notes = {n.get("guid") for n in root.iter(f"{Q}Note")}
    selected = set()
    for source in root.iter(f"{Q}TextSource"):
        guid = source.get("guid")
        assert source.get("plainTextPath") == f"internal://{guid}.txt"
        assert f"sources/{guid}.txt" in names
        text = texts[guid]
        for sel in source.iter(f"{Q}PlainTextSelection"):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            if sel.get("guid") not in snap.rows["excerpt"]:
                # A group's code on the whole of its source: the case, as NVivo writes it.
                (ref,) = sel.iter(f"{Q}CodeRef")
                assert ref.get("targetGUID") in snap.rows["respondent_group"]
                assert ref.get("targetGUID") in snap.rows["activity"][guid]["group_ids"]
                assert (start, end) == (0, len(text))
                continue
            excerpt = snap.rows["excerpt"][sel.get("guid")]
            assert text[start:end] == excerpt["text"], sel.get("guid")
            refs = {c.get("targetGUID") for c in sel.iter(f"{Q}CodeRef")}
            marks = {mark_guid(m) for m in MARKS}
            assert refs - marks == set(excerpt["indicator_ids"])
            assert refs & marks == {mark_guid(excerpt["kind"]), mark_guid(excerpt["valence"])}\
                | ({mark_guid("starred")} if excerpt["starred"] else set())
            assert refs <= codes
            assert sel.get("creatingUser") is None or sel.get("creatingUser") in users
            for ref in sel.iter(f"{Q}NoteRef"):
                assert ref.get("targetGUID") in notes
            selected.add(sel.get("guid"))
    assert selected == set(snap.rows["excerpt"])  # one selection per excerpt
    assert len(list(root.iter(f"{Q}TextSource"))) == len(snap.rows["activity"])
    groups_with_sources = {g for a in snap.rows["activity"].values() for g in a["group_ids"]}
    assert codes >= groups_with_sources  # a code per case that has sources
    areas = root.find(f"{Q}CodeBook/{Q}Codes")
    assert {c.get("isCodable") for c in areas.findall(f"{Q}Code")} == {"false"}
    assert {c.get("isCodable") for c in areas.findall(f"{Q}Code/{Q}Code")} == {"true"}
    cases = {c.get("guid") for c in root.iter(f"{Q}Case")}
    assert cases == set(snap.rows["respondent_group"])
    # Every note both inline and as its own file, for tools that read only one of them.
    for note in root.iter(f"{Q}Note"):
        guid = note.get("guid")
        assert note.get("plainTextPath") == f"internal://{guid}.txt"
        inline = note.find(f"{Q}PlainTextContent").text or ""
        assert texts[guid].replace("\x0b", "\ufffd") == inline
    return root


def test_demo_exports_valid_qdpx(tmp_path, schema, small_demo):
    out = tmp_path / "demo.qdpx"
    result = export_qdpx(small_demo, out)
    root = check(out, schema, small_demo)
    # Every activity (surveys and workshops too), a PDF and a photo
    assert result.sources == len(root.findall(f"{Q}Sources/{Q}TextSource")) >= 17
    assert result.files == 2
    # The excerpts, and a selection for each group's source
    assert result.selections == len(root.findall(f"{Q}Sources/{Q}TextSource/"
                                                 f"{Q}PlainTextSelection")) > 150
    finding_notes = [n for n in root.iter(f"{Q}Note") if n.get("name").startswith("Funn")]
    assert len(finding_notes) == 29


def test_offsets_count_code_points(tmp_path, schema, project):
    made = populate(project)
    entry = entries.add_entry(project, activity_id=made["activity"].id,
                              text="Emoji 🙂🙂 før ordet «samarbeid» og\r\nny linje, "
                                   "e\u0301 og \x0b.")
    start = entry.text.index("samarbeid")
    excerpts.tag_excerpt(project, entry_id=entry.id, start=start, end=start + 9,
                         indicator_ids=[made["indicators"][0].id], memo="Memo med \x0b")
    # A detached excerpt and document quotes are appended to their source, still exact.
    entries.update_entry_text(project, made["entry"].id, "Helt ny tekst.")
    out = tmp_path / "p.qdpx"
    export_qdpx(project, out)
    check(out, schema, project.path)


def test_cancel_leaves_no_file(tmp_path, project):
    out = tmp_path / "p.qdpx"
    with pytest.raises(OperationCancelled):
        export_qdpx(project, out, cancelled=lambda: True)
    assert not out.exists()
    assert not list(tmp_path.glob(".p.qdpx*"))


@pytest.mark.parametrize("hostile_id", ["../../../../tmp/evil", "/abs/evil", "C:\\x\\evil",
                                        "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", "id with spaces"])
def test_ids_from_a_file_someone_sent_never_become_paths(tmp_path, schema, small_demo,
                                                        hostile_id):
    """A project file edited by hand may hold any id; in the package every GUID and source
    file name is still a canonical UUID, references still meet, and the schema holds."""
    import re
    import sqlite3

    con = sqlite3.connect(small_demo)
    con.execute("PRAGMA foreign_keys=OFF")
    (old,) = con.execute("SELECT id FROM activity ORDER BY created_at LIMIT 1").fetchone()
    con.execute("UPDATE activity SET id = ? WHERE id = ?", (hostile_id, old))
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        columns = [c[1] for c in con.execute(f'PRAGMA table_info("{table}")')]
        if "activity_id" in columns:
            con.execute(f'UPDATE "{table}" SET activity_id = ? WHERE activity_id = ?',
                        (hostile_id, old))
    con.commit()
    con.close()
    out = tmp_path / "sent.qdpx"
    export_qdpx(small_demo, out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        root = etree.fromstring(zf.read("project.qde"))
    schema.assertValid(root)
    uuid = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    assert all(n == "project.qde" or re.fullmatch(f"sources/{uuid}\\.[a-z0-9]{{1,8}}", n)
               for n in names)
    guids = {el.get("guid") for el in root.iter() if el.get("guid")}
    refs = {el.get("targetGUID") for el in root.iter() if el.get("targetGUID")}
    assert all(re.fullmatch(uuid, g) for g in guids | refs)
    assert refs <= guids
    assert hostile_id not in etree.tostring(root, encoding="unicode").split('"')
