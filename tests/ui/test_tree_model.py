"""The shared tree model, and every tree model built on it, pass Qt's own model tester."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt, qInstallMessageHandler
from PySide6.QtTest import QAbstractItemModelTester
from ui_helpers import open_db

from digifelt.core.services import findings, rubric, search
from digifelt.ui.models.findings import FindingsTreeModel
from digifelt.ui.models.roles import Role
from digifelt.ui.models.rubric import RubricTreeModel
from digifelt.ui.models.search_results import SearchResultsModel
from digifelt.ui.models.tree import Node, TreeModel

pytest_plugins = ["demo_project"]  # demo_path


class Shelf(TreeModel):
    """Names in column 0, their length in column 1."""

    HEADERS = ("Name", "Length")

    def node_data(self, node, column, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return node.item.name if column == 0 else str(len(node.item.name))
        return None


def thing(name: str) -> SimpleNamespace:
    return SimpleNamespace(id=f"id-{name}", name=name)


def shelf_roots() -> list[Node]:
    return [
        Node(thing("a"), "box", [Node(thing("a1"), "book"), Node(thing("a2"), "book")]),
        Node(thing("b"), "box"),
        Node(thing("c"), "box", [Node(thing("c1"), "folder", [Node(thing("c1x"), "page")])]),
    ]


@pytest.fixture
def tested():
    """tested(model): Qt's tester watches the model; returns a call giving its complaints.

    The tester's warnings are collected here rather than left to pytest-qt, which would fail
    the test that wants to see a complaint."""
    complaints: list[str] = []

    def collect(_mode, context, message):
        if context.category == "qt.modeltest":
            complaints.append(message)

    previous = qInstallMessageHandler(collect)
    testers = []

    def watch(model):
        testers.append(QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Warning))
        return lambda: list(complaints)

    yield watch
    qInstallMessageHandler(previous)


def test_a_small_tree_passes_the_tester_through_a_reset(qtbot, tested):
    model = Shelf()
    complaints = tested(model)
    model.set_roots(shelf_roots())
    model.set_roots(shelf_roots()[:2])
    model.set_roots(shelf_roots())
    assert complaints() == []

    assert model.rowCount() == 3
    a = model.index(0, 0)
    assert model.rowCount(a) == 2
    assert model.rowCount(model.index(0, 1)) == 0  # only column 0 has children
    assert model.index(1, 1, a).data() == "2"
    page = model.index(0, 0, model.index(0, 0, model.index(2, 0)))
    assert page.data() == "c1x"
    assert page.parent().data() == "c1"
    assert page.parent().parent().data() == "c"
    assert not page.parent().parent().parent().isValid()
    assert model.hasChildren(model.index(2, 0))
    assert not model.hasChildren(model.index(1, 0))
    assert (page.data(Role.ID), page.data(Role.KIND)) == ("id-c1x", "page")
    assert page.data(Role.ROW).name == "c1x"
    assert model.node_of(page).parent.item.name == "c1"
    assert model.find("id-a2") == model.index(1, 0, a)
    assert model.find("id-a2", 1).data() == "2"
    assert not model.find("nothing").isValid()
    assert not model.find(None).isValid()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Length"
    assert model.node_of(QModelIndex()) is None


def test_an_old_index_past_the_new_nodes_finds_nothing(qtbot):
    model = Shelf()
    model.set_roots(shelf_roots())
    stale = model.index(0, 0, model.index(2, 0))
    model.set_roots([Node(thing("z"))])
    assert model.node_of(stale) is None
    assert stale.data() is None


def test_the_tester_reports_a_tree_whose_parents_lie(qtbot, tested):
    class Liar(Shelf):
        def parent(self, index=None):
            return QModelIndex()  # children claim to be top-level rows

    model = Liar()
    complaints = tested(model)
    model.set_roots(shelf_roots())
    assert complaints() != []


@pytest.fixture
def demo_db(demo_path):
    db = open_db(demo_path)
    yield db
    db.close()


def test_the_rubric_tree_on_the_demo(qtbot, tested, demo_db):
    areas = rubric.rubric_tree(demo_db)
    model = RubricTreeModel()
    complaints = tested(model)
    model.set_tree(areas)
    assert complaints() == []
    assert model.rowCount() == len(areas)
    last = areas[-1].indicators[-1]
    index = model.find(last.id, RubricTreeModel.COL_TITLE)
    assert (index.data(), index.data(Role.KIND)) == (last.title, "indicator")
    assert index.parent().data(Role.ROW) == areas[-1].area


def test_the_findings_tree_on_the_demo(qtbot, tested, demo_db):
    areas = rubric.rubric_tree(demo_db)
    model = FindingsTreeModel()
    complaints = tested(model)
    model.set_data(areas, findings.list_findings(demo_db), rubric.list_scale(demo_db))
    indicator = areas[1].indicators[0]
    agreed = findings.update_finding(demo_db, indicator.id, level=2, status="agreed").finding
    model.update_finding(agreed)
    views = findings.list_findings(demo_db)
    assert complaints() == []

    index = model.find(agreed.indicator_id)
    assert index.data(Role.STATUS) == "agreed"
    assert index.data(Role.LEVEL) == agreed.level
    view = next(a for a in areas if any(i.id == agreed.indicator_id for i in a.indicators))
    done = sum(1 for v in views if v.finding.status == "agreed"
               and any(i.id == v.finding.indicator_id for i in view.indicators))
    area = index.parent().siblingAtColumn(FindingsTreeModel.COL_STATUS)
    assert area.data() == f"{done}/{len(view.indicators)}"


def test_the_search_results_on_the_demo(qtbot, tested, demo_db):
    hits = search.search(demo_db, "gevinst", 200)
    model = SearchResultsModel()
    complaints = tested(model)
    model.set_hits(hits, {})
    model.set_hits([], {})
    model.set_hits(hits, {})
    assert complaints() == []
    assert model.hit_count() == len(hits)
    first = model.first_hit()
    assert first.data(Role.HIT) == hits[0]
    assert model.hit_at(first.parent()) == hits[0]
