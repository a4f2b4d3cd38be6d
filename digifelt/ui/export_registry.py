"""What the Export page shows of each export: label, description, file types, options widget.

The work itself is digifelt.exports.entry_points, which the command line calls too; here
each built-in exporter only turns the options widget's values into that entry point's
keyword arguments (`_arguments`).

`run` is called on a worker thread with an ExportRequest and the job's progress/cancelled
callables; it writes `request.out` atomically and returns a result that `summary` turns into
one line for the page. Options widgets remember their values as plain dicts.

Suggested files are named in the UI's language ("fjellvik-rapport.docx" or
"fjellvik-report.docx") and go to the folder last used for that export, else the project's
folder, else Documents (a project kept in the app's data folder, as the demo is, has no
business receiving exports there).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from digifelt.storage.paths import config_dir
from digifelt.ui.counts import Counts
from digifelt.ui.folders import visible_folder
from digifelt.ui.i18n import LANGUAGES, decimal, translate

_CONTEXT = "Exporters"
_NAMES = "ExportFileNames"

# The report template chosen in Settings; an empty template field on the page means this one
# (or the built-in template when Settings name none).
_default_report_template = ""


def set_default_report_template(path: str) -> None:
    global _default_report_template
    _default_report_template = path.strip()


def translated(text: str) -> str:
    """An exporter's label, description or file type (declared with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(_CONTEXT, text)


def export_settings() -> QSettings:
    """Last folders, exporter and options, under the app's config folder (like window state)."""
    return QSettings(str(config_dir() / "export.ini"), QSettings.Format.IniFormat)


def default_folder(project_path: Path, exporter_id: str) -> Path:
    """The folder this export last went to, else the last export's, else a visible one."""
    settings = export_settings()
    for key in (f"{exporter_id}/folder", "folder"):
        remembered = settings.value(key)
        if remembered and Path(str(remembered)).is_dir():
            return Path(str(remembered))
    return visible_folder(Path(project_path).parent)


def remember_folder(exporter_id: str, folder: Path) -> None:
    settings = export_settings()
    settings.setValue(f"{exporter_id}/folder", str(folder))
    settings.setValue("folder", str(folder))
    settings.sync()


def file_stem(project_path: Path, *parts: str) -> str:
    """"fjellvik-rapport" in Bokmål, "fjellvik-report" in English: one language per name."""
    return "-".join([Path(project_path).stem,
                     *(QCoreApplication.translate(_NAMES, part) for part in parts)])


# File-name words, translated in the UI's language ("refi-qda" is a name in every language).
FILE_NAME_WORDS = (
    QT_TRANSLATE_NOOP("ExportFileNames", "report"),
    QT_TRANSLATE_NOOP("ExportFileNames", "bundle"),
    QT_TRANSLATE_NOOP("ExportFileNames", "matrix"),
    QT_TRANSLATE_NOOP("ExportFileNames", "by-kind"),
    QT_TRANSLATE_NOOP("ExportFileNames", "by-group"),
)


def suggested_path(project_path: Path, entry: "Exporter", ext: str) -> Path:
    return (default_folder(project_path, entry.id)
            / f"{file_stem(project_path, entry.default_stem)}{ext}")


@dataclass(frozen=True)
class ExportRequest:
    db: Any  # storage.database.Database (open in this window)
    out: Path
    options: dict
    author_id: str | None = None
    project_language: str = "en"


class ExportOptions(QWidget):
    """An exporter's options; `values()` is what `run` gets and what the page remembers."""

    def values(self) -> dict:
        return {}

    def set_values(self, values: dict) -> None:
        pass


@dataclass(frozen=True)
class Exporter:
    id: str
    label: str  # English source, translated in the "Exporters" context
    description: str
    extensions: tuple[str, ...]  # ".docx"; the first is the default
    run: Callable[[ExportRequest, Callable, Callable], Any]
    summary: Callable[[Any], str]
    options: Callable[[], ExportOptions] = ExportOptions
    # File name suggested: <project>-<stem><ext>, the stem translated as an ExportFileNames word.
    default_stem: str = "export"
    order: int = 100
    file_types: dict[str, str] = field(default_factory=dict)  # extension → filter label
    entry_point: str | None = None  # its name in digifelt.exports.entry_points, if built in


_REGISTRY: dict[str, Exporter] = {}


def register(entry: Exporter) -> Exporter:
    _REGISTRY[entry.id] = entry
    return entry


def unregister(exporter_id: str) -> None:
    _REGISTRY.pop(exporter_id, None)


def exporter(exporter_id: str, *, label: str, description: str, extensions: tuple[str, ...],
             summary: Callable[[Any], str], options: Callable[[], ExportOptions] = ExportOptions,
             default_stem: str = "export", order: int = 100,
             file_types: dict[str, str] | None = None):
    """Decorator: register the decorated `run(request, progress, cancelled)` function."""

    def wrap(run):
        register(Exporter(exporter_id, label, description, tuple(extensions), run, summary,
                          options, default_stem, order, dict(file_types or {})))
        return run

    return wrap


def exporters() -> list[Exporter]:
    return sorted(_REGISTRY.values(), key=lambda e: (e.order, e.id))


def get(exporter_id: str) -> Exporter | None:
    return _REGISTRY.get(exporter_id)


# Options widgets


class ReportOptions(ExportOptions):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.template = QLineEdit()
        self.template.setObjectName("reportTemplate")
        self.template.setAccessibleName(self.tr("Report template"))
        if _default_report_template:
            self.template.setPlaceholderText(self.tr("Your default template: %1").replace(
                "%1", Path(_default_report_template).name))
        else:
            self.template.setPlaceholderText(self.tr("The built-in template"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("reportTemplateChoose")
        choose.setAccessibleName(self.tr("Choose a Word template"))
        choose.clicked.connect(self._on_choose)
        builtin = QPushButton(self.tr("Use the default"))
        builtin.setToolTip(self.tr("The template chosen in Settings, or the built-in one"))
        builtin.clicked.connect(self.template.clear)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(choose)
        row.addWidget(builtin)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem(self.tr("The project's language"), "project")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.open_when_done = QCheckBox(self.tr("Open the report when it is done"))
        self.open_when_done.setObjectName("reportOpenWhenDone")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Template (.docx or .dotx with your house styles):"), row)
        form.addRow(self.tr("Language of the headings:"), self.language)
        form.addRow("", self.open_when_done)

    def _on_choose(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word template"), self.template.text(),
            self.tr("Word documents and templates (*.docx *.dotx)"))
        if name:
            self.template.setText(name)

    def values(self) -> dict:
        return {"template": self.template.text().strip(),
                "language": self.language.currentData(),
                "open_when_done": self.open_when_done.isChecked()}

    def set_values(self, values: dict) -> None:
        self.template.setText(str(values.get("template") or ""))
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language"))))
        self.open_when_done.setChecked(bool(values.get("open_when_done")))


class BundleOptions(ExportOptions):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.pseudonymise = QCheckBox(self.tr(
            "Pseudonymise: participants become \"Informant 1\", assessors their initials"))
        self.pseudonymise.setObjectName("bundlePseudonymise")
        note = QLabel(self.tr("Use a pseudonymised bundle for anyone outside the assessment "
                              "team. Teammates merging their work need the full bundle."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.pseudonymise)
        form.addRow(note)

    def values(self) -> dict:
        return {"pseudonymise": self.pseudonymise.isChecked()}

    def set_values(self, values: dict) -> None:
        self.pseudonymise.setChecked(bool(values.get("pseudonymise")))


class QdpxOptions(ExportOptions):
    def __init__(self, parent=None):
        super().__init__(parent)
        note = QLabel(self.tr("The file holds the codebook (the rubric), every activity's "
                              "notes as a text source with its tagged passages, the memos and "
                              "the respondent groups as cases."))
        note.setWordWrap(True)
        self.pseudonymise = QCheckBox(self.tr(
            "Pseudonymise: names in the texts become pseudonyms, users their initials"))
        self.pseudonymise.setObjectName("qdpxPseudonymise")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(note)
        form.addRow(self.pseudonymise)

    def values(self) -> dict:
        return {"pseudonymise": self.pseudonymise.isChecked()}

    def set_values(self, values: dict) -> None:
        self.pseudonymise.setChecked(bool(values.get("pseudonymise")))


class MatrixOptions(ExportOptions):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.by = QComboBox()
        self.by.setObjectName("matrixBy")
        self.by.addItem(self.tr("Kind of activity"), "kind")
        self.by.addItem(self.tr("Respondent group"), "group")
        self.pseudonymise = QCheckBox(self.tr(
            "Pseudonymise: names in titles and group names become pseudonyms"))
        self.pseudonymise.setObjectName("matrixPseudonymise")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Columns:"), self.by)
        form.addRow(self.pseudonymise)

    def values(self) -> dict:
        return {"by": self.by.currentData(), "pseudonymise": self.pseudonymise.isChecked()}

    def set_values(self, values: dict) -> None:
        self.by.setCurrentIndex(max(0, self.by.findData(values.get("by"))))
        self.pseudonymise.setChecked(bool(values.get("pseudonymise")))


# The built-in exporters: GUI options → the entry point's arguments


def _entry_run(name: str, arguments: Callable[[ExportRequest], dict]):
    """`run` for the page: the shared entry point, looked up when the export starts."""

    def run(request: ExportRequest, progress, cancelled):
        from digifelt.exports.entry_points import entry_point

        return entry_point(name).run(request.db, request.out, progress=progress,
                                     cancelled=cancelled, **arguments(request))

    return run


def _built_in(name: str, *, label: str, description: str, extensions: tuple[str, ...],
              arguments: Callable[[ExportRequest], dict], summary: Callable[[Any], str],
              options: Callable[[], ExportOptions], default_stem: str, order: int,
              file_types: dict[str, str]) -> Exporter:
    return register(Exporter(name, label, description, extensions,
                             _entry_run(name, arguments), summary, options, default_stem,
                             order, file_types, entry_point=name))


def _wrote(result, *parts: str) -> str:
    return (translate("Exporters", "Wrote %1: %2.").replace("%1", result.path.name)
            .replace("%2", ", ".join(parts)))


def _pseudonymised(result, text: str) -> str:
    if getattr(result, "names", None) is not None:
        text += " " + translate("Exporters", "Pseudonymised.")
    return text


def _report_arguments(request: ExportRequest) -> dict:
    language = request.options.get("language") or "project"
    template = request.options.get("template") or _default_report_template or None
    return {"template": Path(template) if template else None,
            "lang": None if language == "project" else language}


def _report_summary(result) -> str:
    count = Counts()
    return _wrote(result, count.chapters(result.chapters), count.quotes(result.quotes),
                  count.placeholders(result.placeholders))


_built_in(
    "report", label=QT_TRANSLATE_NOOP("Exporters", "Word report"),
    description=QT_TRANSLATE_NOOP(
        "Exporters", "The report skeleton for the writers: chapters per area, levels, "
        "strengths, improvement areas and the starred quotes, on your house template."),
    extensions=(".docx",), arguments=_report_arguments, summary=_report_summary,
    options=ReportOptions, default_stem="report", order=10,
    file_types={".docx": QT_TRANSLATE_NOOP("Exporters", "Word document (*.docx)")})


def _bundle_arguments(request: ExportRequest) -> dict:
    return {"pseudonymise": bool(request.options.get("pseudonymise")),
            "exported_by": request.author_id}


def _bundle_summary(result) -> str:
    count = Counts()
    text = _wrote(result, count.activities(result.activities), count.excerpts(result.excerpts),
                  count.attachments(result.attachments), f"{decimal(result.size / 2**20)} MB")
    if result.pseudonymised:
        text += " " + translate("Exporters", "Pseudonymised.")
    return text


_built_in(
    "bundle", label=QT_TRANSLATE_NOOP("Exporters", "Evidence bundle"),
    description=QT_TRANSLATE_NOOP(
        "Exporters", "Everything in the project as one checked .zip (a BagIt bag): for "
        "teammates to merge, for the archive, or for other tools."),
    extensions=(".zip",), arguments=_bundle_arguments, summary=_bundle_summary,
    options=BundleOptions, default_stem="bundle", order=20,
    file_types={".zip": QT_TRANSLATE_NOOP("Exporters", "Evidence bundle (*.zip)")})


def _pseudonymise_argument(request: ExportRequest) -> dict:
    return {"pseudonymise": bool(request.options.get("pseudonymise"))}


def _qdpx_summary(result) -> str:
    count = Counts()
    return _pseudonymised(result, _wrote(result, count.sources(result.sources),
                                         count.coded_passages(result.selections),
                                         count.codes(result.codes)))


_built_in(
    "qdpx", label=QT_TRANSLATE_NOOP("Exporters", "REFI-QDA project"),
    description=QT_TRANSLATE_NOOP(
        "Exporters", "A .qdpx file for qualitative analysis tools such as NVivo, "
        "ATLAS.ti, MAXQDA or QualCoder."),
    extensions=(".qdpx",), arguments=_pseudonymise_argument, summary=_qdpx_summary,
    options=QdpxOptions, default_stem="refi-qda", order=30,
    file_types={".qdpx": QT_TRANSLATE_NOOP("Exporters", "REFI-QDA project (*.qdpx)")})


def _matrix_arguments(request: ExportRequest) -> dict:
    return {"pseudonymise": bool(request.options.get("pseudonymise")),
            "by": request.options.get("by") or "kind", "lang": request.project_language}


def matrix_summary(result) -> str:
    count = Counts()
    return _pseudonymised(result, translate(
        "Exporters", "Wrote %1: %2 × %3; %4 not triangulated.")
        .replace("%1", result.path.name).replace("%2", count.indicators(result.indicators))
        .replace("%3", count.sources(result.sources))
        .replace("%4", str(result.not_triangulated)))


_built_in(
    "matrix", label=QT_TRANSLATE_NOOP("Exporters", "Evidence matrix"),
    description=QT_TRANSLATE_NOOP(
        "Exporters", "Excerpts per indicator and source, with strengths, gaps and "
        "whether the evidence is triangulated: a table for a spreadsheet."),
    extensions=(".xlsx", ".csv"), arguments=_matrix_arguments, summary=matrix_summary,
    options=MatrixOptions, default_stem="matrix", order=40,
    file_types={".xlsx": QT_TRANSLATE_NOOP("Exporters", "Excel workbook (*.xlsx)"),
                ".csv": QT_TRANSLATE_NOOP("Exporters", "CSV, comma-separated (*.csv)")})
