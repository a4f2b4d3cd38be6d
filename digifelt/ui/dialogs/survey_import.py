"""File → Import survey…: choose the results file, read it with progress, let the
assessor confirm what its columns mean (survey_mapping.SurveyMappingDialog), import, and open
the new survey."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from digifelt.core.services.survey_import import read_table
from digifelt.ui.autosave import flush_all
from digifelt.ui.dialogs.survey_mapping import RESULT_FILTER, SurveyMappingDialog, _tr
from digifelt.ui.errors import show_error
from digifelt.ui.i18n import translate
from digifelt.ui.runner import Job, run_with_progress


def choose_results_file(parent: QWidget | None) -> Path | None:
    from digifelt.ui.export_registry import export_settings

    settings = export_settings()
    start = settings.value("survey/folder") or ""
    title = translate("SurveyMappingDialog", "Import survey results")
    name, _f = QFileDialog.getOpenFileName(parent, title, start, _tr(RESULT_FILTER))
    if not name:
        return None
    settings.setValue("survey/folder", str(Path(name).parent))
    settings.sync()
    return Path(name)


def import_survey(window, results: Path | None = None):
    """File → Import survey…: choose the file, map its columns, import; then open the survey.
    Returns the SurveyImport, or None when nothing was imported."""
    if not flush_all():
        return None
    results = results or choose_results_file(window)
    if results is None:
        return None
    reading = translate("SurveyMappingDialog", "Reading %1…").replace("%1", results.name)
    job = run_with_progress(window, Job(lambda: read_table(results)), reading)
    if job.outcome != "finished":
        if job.outcome == "failed":
            show_error(window, job.error,
                       translate("SurveyMappingDialog", "The survey was not imported."))
        return None
    dialog = SurveyMappingDialog(window.ctx, job.result, results, window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.imported is None:
            return None
        done = dialog.imported
    finally:
        dialog.deleteLater()
    window.activateWindow()
    message = translate("SurveyMappingDialog",
                        "Survey «%1» imported: %2 respondents, %3 questions, %4 free-text "
                        "answers. Ctrl+Z on the Plan page takes it back.")
    window.statusBar().showMessage(message.replace("%1", done.title)
                                   .replace("%2", str(done.respondents))
                                   .replace("%3", str(done.questions))
                                   .replace("%4", str(done.free_text_answers)), 8000)
    window.open_activity(done.activity_id)
    return done
