"""A project's file name is only a name: characters that mean something in a URL
('?', '%', '#') never make digifelt open, create or check a different file."""

import os
import shutil

import pytest

from digifelt.core.services import activities, projects
from digifelt.storage.database import inspect_file

NAMES = ["q?mode=memory.digifelt", "p%41.digifelt", "a#b.digifelt", "file:x.digifelt",
         "sp ace å.digifelt", "x?immutable=1&mode=rw.digifelt"]


@pytest.mark.parametrize("name", NAMES)
def test_a_name_with_url_characters_is_the_file_opened(tmp_path, blank_project_file, name):
    path = tmp_path / name
    shutil.copy(blank_project_file, path)
    assert inspect_file(path).quick_check == "ok"
    db = projects.open_project(path)
    try:
        activities.add_activity(db, kind="interview", title="Møte")
    finally:
        db.close()
    db = projects.open_project(path)
    try:
        assert [v.activity.title for v in activities.list_activities(db)] == ["Møte"]
    finally:
        db.close()
    assert os.listdir(tmp_path) == [name]


@pytest.mark.parametrize("name", NAMES[:3])
def test_a_project_is_created_under_exactly_the_name_given(tmp_path, nb_template, name):
    db = projects.create_project(tmp_path / name, template=nb_template, title="T",
                                 organisation="O")
    db.close()
    assert os.listdir(tmp_path) == [name]
    assert inspect_file(tmp_path / name).revision
