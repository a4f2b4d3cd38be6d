"""A workflow of several writes, killed half-way in a real app process, leaves nothing half-done.

The child process opens the project as the app does, opens an interview in its capture
view and starts a workflow; the process dies (os._exit, no cleanup) after the workflow's
first writes and before its last. The file, reopened, holds either all of it or none.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from digifelt.core.services import activities, attachments, guides

CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from digifelt.app_settings import load_settings
    from digifelt.core.services import activities, attachments, guides
    from digifelt.ui.project_context import ProjectContext

    path, activity_id, workflow, document = sys.argv[1:5]
    app = QApplication([])
    ctx = ProjectContext.open(Path(path), load_settings())

    def die(*_args, **_kwargs):
        sys.stdout.write("dying\\n"); sys.stdout.flush()
        os._exit(9)  # as if the laptop lost power: no rollback, no cleanup

    if workflow == "adhoc":
        from digifelt.ui.capture.interview import InterviewView
        from digifelt.ui.dialogs.question import QuestionDialog
        view = InterviewView(ctx, activity_id)
        view.show()
        QuestionDialog.exec = lambda self: 1
        QuestionDialog.values = lambda self: ("Hva fungerer?", [])
        guides.add_question = die  # after the new guide and the activity's link to it
        view.cmd_adhoc_question()
    else:
        from digifelt.ui.capture.document_review import DocumentReviewView
        view = DocumentReviewView(ctx, activity_id)
        view.show()
        activities.update_activity = die  # after the file is stored, before it is linked
        view.attach_document(Path(document))
    print("survived"); sys.stdout.flush()
""")


def _run_child(tmp_path: Path, project: Path, activity_id: str, workflow: str) -> str:
    document = tmp_path / "Strategi 2026.pdf"
    document.write_bytes(b"%PDF-1.4\n% a reviewed document\n")
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(script), str(project), activity_id, workflow,
                           str(document)], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 9, done.stderr[-2000:]
    assert "dying" in done.stdout
    return done.stdout


@pytest.mark.parametrize("workflow", ["adhoc", "attach"])
def test_a_workflow_killed_half_way_leaves_nothing_half_done(workflow, tmp_path, project_path,
                                                             settings):
    from digifelt.core.services.projects import open_project

    db = open_project(project_path)
    kind = "interview" if workflow == "adhoc" else "document_review"
    activity = activities.add_activity(db, kind=kind, title="Uten guide")
    guides_before = {g.id for g in guides.list_guides(db)}
    db.close()

    _run_child(tmp_path, project_path, activity.id, workflow)

    db = open_project(project_path)
    try:
        stored = activities.get_activity(db, activity.id).activity
        assert stored.guide_id is None
        assert stored.doc_attachment_id is None
        assert {g.id for g in guides.list_guides(db)} == guides_before  # no orphan guide
        assert attachments.list_attachments(db) == []  # no file without its link
    finally:
        db.close()
