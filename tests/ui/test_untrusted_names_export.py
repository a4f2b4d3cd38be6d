"""Export page: after an export that replaced names, a list of the places, each opening the
place in the app so the team can rephrase it."""

import xml.etree.ElementTree as ET
import zipfile

import pytest
from PySide6.QtCore import Qt
from safety_helpers import modal_watchers  # noqa: F401 (autouse fixture)

from digifelt.core.services import activities, entries, findings, people, rubric
from digifelt.ui.models.roles import Role

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path, demo_window


@pytest.fixture
def page(qtbot, demo_window, go_to):
    go_to(demo_window, "export")
    return demo_window.export


def run_export(qtbot, page, timeout=60_000):
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    job = page.job
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=timeout)
    assert job.outcome == "finished", job.error
    return job


@pytest.fixture
def named(demo_window):
    """A note and a finding naming a registered participant; returns the participant."""
    db = demo_window.ctx.db
    person = next(p for p in people.list_participants(db) if p.name)
    act = next(v.activity for v in activities.list_activities(db, kind="interview"))
    entry = entries.add_entry(db, activity_id=act.id,
                              text=f"Ifølge {person.name.upper()} går det bra.")
    ind = rubric.rubric_tree(db)[0].indicators[0]
    findings.update_finding(db, ind.id, strengths=f"{person.name} viste planen.")
    return {"person": person, "activity": act.id, "entry": entry.id, "indicator": ind.id}


def rows(page) -> list:
    return [page.names.list.item(n) for n in range(page.names.list.count())]


def test_qdpx_pseudonymised_lists_the_places_and_opens_them(qtbot, page, named, tmp_path,
                                                            demo_window):
    page.choose("qdpx")
    qtbot.mouseClick(page._options["qdpx"].pseudonymise, Qt.MouseButton.LeftButton)
    out = tmp_path / "p.qdpx"
    page.path.setText(str(out))
    job = run_export(qtbot, page)
    assert job.result.names.places
    assert page.names.isVisible()
    texts = [item.text() for item in rows(page)]
    first, last = named["person"].name.split()[0], named["person"].name.split()[-1]
    assert all(first not in t and last not in t for t in texts)
    # Every text of the package; attached PDFs and photos go as they are (README: the
    # contents of attachments are not covered by pseudonymisation).
    with zipfile.ZipFile(out) as zf:
        everything = "".join(zf.read(n).decode() for n in zf.namelist()
                             if n.endswith((".qde", ".txt")))
    assert first not in everything
    ET.fromstring(zipfile.ZipFile(out).read("project.qde"))

    note = next(i for i in rows(page) if i.data(Role.PLACE) is not None
                and i.data(Role.PLACE).object_id == named["entry"])
    page.names.list.itemActivated.emit(note)
    qtbot.waitUntil(lambda: demo_window.capture.view is not None
                    and demo_window.capture.view.activity_id == named["activity"])

    finding = next(i for i in rows(page) if i.data(Role.PLACE) is not None
                   and i.data(Role.PLACE).kind == "finding")
    page.names.list.itemActivated.emit(finding)
    from digifelt.ui.search.navigate import PAGE_FINDINGS

    qtbot.waitUntil(lambda: demo_window.current_page() == PAGE_FINDINGS)


def test_plain_export_shows_no_list_and_choosing_another_exporter_clears_it(
        qtbot, page, named, tmp_path):
    page.choose("bundle")
    page._options["bundle"].pseudonymise.setChecked(True)
    page.path.setText(str(tmp_path / "b.zip"))
    run_export(qtbot, page)
    assert page.names.isVisible()
    assert page.names.list.count() >= 2
    page.choose("matrix")
    assert not page.names.isVisible()
    page._options["bundle"].pseudonymise.setChecked(False)
    page.choose("bundle")
    page.path.setText(str(tmp_path / "b2.zip"))
    run_export(qtbot, page)
    assert not page.names.isVisible()
