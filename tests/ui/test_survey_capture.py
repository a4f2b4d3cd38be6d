"""An imported survey opens in Capture with its free-text answers as notes; a survey is never
offered as a blank activity to create by hand."""

from PySide6.QtWidgets import QApplication

from digifelt.core.services import entries, surveys


def test_survey_answers_open_as_notes_and_new_activity_offers_no_survey(qtbot, window,
                                                                         tmp_path):
    results = tmp_path / "svar.csv"
    results.write_text("Rolle;Kommentar\n" + "".join(
        f"Ansatt;{text}\n" for text in ("Trenger bedre nett", "Čoahkkin digitalt", "",
                                       "Ønsker opplæring", "Ønsker opplæring")),
        encoding="utf-8-sig")
    mapping = tmp_path / "kart.yaml"
    mapping.write_text("title: Ansatte 2026\ngroup_column: Rolle\n"
                       "free_text:\n  - {column: Kommentar}\n", encoding="utf-8")
    done = window.ctx.run("Import survey", surveys.import_survey, results, mapping,
                          scope="project")
    view = window.open_activity(done.activity_id)
    qtbot.waitUntil(lambda: len(view.rows) >= 4)
    shown = [row.editor.plain_text() for row in view.rows if row.editor.plain_text()]
    stored = [e.text for e in entries.list_entries(window.ctx.db, done.activity_id)]
    assert shown == ["Trenger bedre nett", "Ønsker opplæring", "Ønsker opplæring",
                     "Čoahkkin digitalt"]
    assert stored == shown

    from digifelt.ui.dialogs.activity import ActivityDialog

    dialog = ActivityDialog(window.ctx, kind="interview", parent=window)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["interview", "observation", "document_review", "workshop"]
    dialog.reject()
    QApplication.processEvents()
