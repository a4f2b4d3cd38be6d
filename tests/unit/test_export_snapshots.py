"""Each export reads its project in one snapshot transaction, whatever services it calls."""

import pytest
from sqlalchemy import event

from digifelt.exports.entry_points import entry_point


@pytest.fixture
def demo_db(tmp_path):
    from digifelt.core.demo import generate_demo
    from digifelt.core.services.projects import open_project

    path = tmp_path / "demo.digifelt"
    generate_demo(path, size="small")
    db = open_project(path)
    yield db
    db.close()


def _count_transactions(db):
    begun = []

    def on_begin(conn):
        begun.append(conn)

    event.listen(db.engine, "begin", on_begin)
    return begun, lambda: event.remove(db.engine, "begin", on_begin)


@pytest.mark.parametrize(("name", "suffix"), [("report", ".docx"), ("bundle", ".zip"),
                                              ("qdpx", ".qdpx"), ("matrix", ".xlsx")])
def test_an_export_is_one_read_of_one_moment(name, suffix, demo_db, tmp_path):
    begun, stop = _count_transactions(demo_db)
    try:
        entry_point(name).run(demo_db, tmp_path / f"out{suffix}")
    finally:
        stop()
    assert len(begun) == 1, f"{name}: {len(begun)} transactions"


def test_a_read_snapshot_refuses_a_write_inside_it(demo_db):
    from digifelt.core.services import people

    with demo_db.read(), pytest.raises(RuntimeError, match="inside a read snapshot"):
        people.add_group(demo_db, name="Ny gruppe")
    assert "Ny gruppe" not in {g.name for g in people.list_groups(demo_db)}
