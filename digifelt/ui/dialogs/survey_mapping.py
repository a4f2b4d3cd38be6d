"""Import a survey: choose the results file, confirm what its columns mean, import.

The dialog starts from the mapping last used for a file with the same columns, or else from
guesses (core.services.survey_guess). The mapping it makes is the YAML `digifelt survey import`
takes: it can be saved, loaded, and is remembered for the next file like this one. Reading and
counting run on a worker; storing is one undoable operation.
"""

import contextlib
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from digifelt.core.services import people, rubric, survey_guess, surveys
from digifelt.core.services.survey_guess import FREE_TEXT, GROUP, QUESTION, SKIP
from digifelt.core.services.survey_import import (
    SurveyImportError,
    SurveyMapping,
    load_mapping,
    plan_import,
)
from digifelt.storage import paths
from digifelt.ui.i18n import translate
from digifelt.ui.runner import Job, run_with_progress

_CONTEXT = "SurveyMappingDialog"
ROLE_LABELS = {
    GROUP: QT_TRANSLATE_NOOP("SurveyMappingDialog", "Respondent group"),
    QUESTION: QT_TRANSLATE_NOOP("SurveyMappingDialog", "Question on the scale"),
    FREE_TEXT: QT_TRANSLATE_NOOP("SurveyMappingDialog", "Free text"),
    SKIP: QT_TRANSLATE_NOOP("SurveyMappingDialog", "Not imported"),
}
RESULT_FILTER = QT_TRANSLATE_NOOP("SurveyMappingDialog",
                                  "Survey results (*.csv *.xlsx *.xlsm *.txt)")
MAPPING_FILTER = QT_TRANSLATE_NOOP("SurveyMappingDialog", "Survey mapping (*.yaml *.yml)")
(COL_HEADER, COL_EXAMPLES, COL_FILLED, COL_ROLE, COL_INDICATORS) = range(5)
# A survey is a new activity, as one made on the Plan page: undone there.
UNDO_SCOPE = "plan"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def role_label(role: str) -> str:
    return _tr(ROLE_LABELS[role])


def remembered_folder() -> Path:
    """Mappings used before, by the columns of their file: no respondent data, only headers
    and the team's choices, so they live with the settings."""
    return paths.config_dir() / "survey-mappings"


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]


class SurveyMappingDialog(QDialog):
    def __init__(self, ctx, table, path: Path, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.path = Path(path)
        self.setObjectName("surveyMappingDialog")
        self.setWindowTitle(self.tr("Import survey"))
        self.resize(980, 680)
        self.guess = survey_guess.guess_mapping(table)
        self.roles: dict[str, str] = {}
        self.indicators: dict[str, list[str]] = {}  # header → indicator ids
        self.dates: dict = {}
        self.imported = None  # the SurveyImport, once stored

        source = QLabel(self.tr("%1: %2 respondents, %3 columns").replace(
            "%1", self.path.name).replace("%2", str(len(table.rows)))
            .replace("%3", str(len(table.headers))))
        source.setObjectName("surveySource")
        self.title = QLineEdit()
        self.title.setObjectName("surveyTitle")
        self.scale = QLineEdit()
        self.scale.setObjectName("surveyScale")
        self.scale.setToolTip(self.tr("The answer labels from low to high, separated by ;"))
        self.no_answer = QLineEdit()
        self.no_answer.setObjectName("surveyNoAnswer")
        self.no_answer.setToolTip(self.tr("Answers counted as blank, such as «Vet ikke»; "
                                          "separated by ;"))
        self.group_names = QLineEdit()
        self.group_names.setObjectName("surveyGroupNames")
        self.group_names.setToolTip(self.tr("Which respondent group each value of the group "
                                            "column is, such as «Leder = Ledere»; a value not "
                                            "named here becomes a group of its own name"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Scale (low → high, separated by ;):"), self.scale)
        form.addRow(self.tr("&Blank answers:"), self.no_answer)
        form.addRow(self.tr("&Group names (value = group; …):"), self.group_names)

        self.columns = QTableWidget(len(table.headers), 5)
        self.columns.setObjectName("surveyColumns")
        self.columns.setHorizontalHeaderLabels([
            self.tr("Column"), self.tr("Examples"), self.tr("Answers"), self.tr("Use as"),
            self.tr("Indicators")])
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columns.verticalHeader().hide()
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(COL_HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_EXAMPLES, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(COL_HEADER, 300)
        self.columns.setColumnWidth(COL_ROLE, 170)
        columns_label = QLabel(self.tr("&Columns (↑/↓ to choose one, then Alt+U and Alt+I):"))
        columns_label.setBuddy(self.columns)
        for row, guess in enumerate(self.guess.columns):
            self.columns.setItem(row, COL_HEADER, QTableWidgetItem(guess.header))
            # Who answered is not shown, not even here: the column's header says enough.
            examples = (self.tr("(not shown: personal data)") if guess.personal
                        else " · ".join(guess.samples))
            self.columns.setItem(row, COL_EXAMPLES, QTableWidgetItem(examples))
            filled = QTableWidgetItem(str(guess.filled))
            filled.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.columns.setItem(row, COL_FILLED, filled)
            self.columns.setItem(row, COL_ROLE, QTableWidgetItem())
            self.columns.setItem(row, COL_INDICATORS, QTableWidgetItem())

        # The chosen column, edited below the table.
        self.role = QComboBox()
        self.role.setObjectName("surveyColumnRole")
        for key in (GROUP, QUESTION, FREE_TEXT, SKIP):
            self.role.addItem(role_label(key), key)
        self.role.activated.connect(self._on_role_chosen)
        self.indicator_codes = QLineEdit()
        self.indicator_codes.setObjectName("surveyColumnIndicators")
        self.indicator_codes.setPlaceholderText(self.tr("Codes such as 1.1, 2.3"))
        self.indicator_codes.editingFinished.connect(self._on_codes_typed)
        self.choose_button = QPushButton(self.tr("C&hoose indicators…"))
        self.choose_button.setObjectName("surveyChooseIndicators")
        self.choose_button.clicked.connect(self.choose_indicators)
        role_label_widget = QLabel(self.tr("&Use as:"))
        role_label_widget.setBuddy(self.role)
        codes_label = QLabel(self.tr("&Indicators:"))
        codes_label.setBuddy(self.indicator_codes)
        editor = QHBoxLayout()
        editor.addWidget(role_label_widget)
        editor.addWidget(self.role)
        editor.addSpacing(12)
        editor.addWidget(codes_label)
        editor.addWidget(self.indicator_codes, 1)
        editor.addWidget(self.choose_button)

        self.notice = QLabel()
        self.notice.setObjectName("surveyNotice")
        self.notice.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("surveyWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a04000;")
        self.error = QLabel()
        self.error.setObjectName("surveyError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.load_button = QPushButton(self.tr("&Load mapping…"))
        self.load_button.clicked.connect(lambda: self.load_mapping_file())
        self.save_button = QPushButton(self.tr("Sa&ve mapping…"))
        self.save_button.clicked.connect(lambda: self.save_mapping_file())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(columns_label)
        layout.addWidget(self.columns, 1)
        layout.addLayout(editor)
        layout.addWidget(self.notice)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.no_answer, self.group_names)
        self.setTabOrder(self.group_names, self.columns)
        self.setTabOrder(self.columns, self.role)
        self.setTabOrder(self.role, self.indicator_codes)
        self.setTabOrder(self.indicator_codes, self.choose_button)

        self.columns.currentCellChanged.connect(lambda row, *_: self._show_column(row))
        remembered = survey_guess.remembered_mapping(remembered_folder(), table.headers)
        if remembered is not None:
            self.apply_mapping(remembered)
            self.notice.setText(self.tr("The mapping last used for a file with these columns "
                                        "is filled in."))
        else:
            self.apply_mapping(self.guess.mapping(self.path.stem), guessed=True)
            self.notice.setText(self.tr("Guessed from the values in the file: check each "
                                        "column, and choose the indicators of each question."))
        self.columns.setCurrentCell(0, COL_ROLE)
        self.columns.setFocus()

    # The mapping shown

    def headers(self) -> list[str]:
        return list(self.table.headers)

    def apply_mapping(self, mapping: SurveyMapping, guessed: bool = False) -> None:
        """Fill the dialog from a mapping; columns it does not name are not imported."""
        by_code = rubric.indicators_by_code(self.ctx.db)
        missing = []
        self.title.setText(mapping.title or self.path.stem)
        self.scale.setText("; ".join(mapping.scale) if mapping.scale
                           else "; ".join(self.guess.scale))
        self.no_answer.setText("; ".join(mapping.no_answer))
        self.dates = {"started": mapping.started, "ended": mapping.ended}
        self.roles = dict.fromkeys(self.headers(), SKIP)
        self.indicators = {h: [] for h in self.headers()}
        named = [(GROUP, mapping.group_column, [])] if mapping.group_column else []
        named += [(QUESTION, q.column, q.indicators) for q in mapping.questions]
        named += [(FREE_TEXT, q.column, q.indicators) for q in mapping.free_text]
        for role, column, codes in named:
            if column not in self.roles:
                missing.append(column)
                continue
            self.roles[column] = role
            self.indicators[column] = [by_code[c].id for c in codes if c in by_code]
            missing += [f"{column}: {c}" for c in codes if c not in by_code]
        for row in range(len(self.headers())):
            self._update_row(row)
        self._show_groups(dict(mapping.groups) or self._guess_groups())
        self.error.setText(self.tr("Not found in this file or rubric, left out: %1").replace(
            "%1", "; ".join(missing)) if missing else "")
        self._update_warnings()
        self._show_column(self.columns.currentRow())

    def group_column(self) -> str | None:
        return next((h for h, r in self.roles.items() if r == GROUP), None)

    def _guess_groups(self) -> dict[str, str]:
        """The group column's values matched to the project's respondent groups."""
        header = self.group_column()
        if header is None:
            return {}
        index = self.headers().index(header)
        values = [cells[index] for _n, cells in self.table.rows if cells[index]]
        return survey_guess.guess_groups(values, [g.name for g in people.list_groups(
            self.ctx.db)])

    def _show_groups(self, groups: dict[str, str]) -> None:
        self.group_names.setText("; ".join(f"{k} = {v}" for k, v in groups.items()))

    def groups_chosen(self) -> dict[str, str]:
        """«value = group; …» as typed; a part without «=» is left out."""
        out = {}
        for part in _split(self.group_names.text()):
            value, sep, name = part.partition("=")
            if sep and value.strip() and name.strip():
                out[value.strip()] = name.strip()
        return out

    def _update_row(self, row: int) -> None:
        header = self.headers()[row]
        guess = self.guess.columns[row]
        role = self.roles[header]
        item = self.columns.item(row, COL_ROLE)
        item.setText(role_label(role))
        codes = self.ctx.codes(self.indicators[header]) if role in (QUESTION, FREE_TEXT) else ""
        self.columns.item(row, COL_INDICATORS).setText(codes)
        for col in range(self.columns.columnCount()):
            cell = self.columns.item(row, col)
            if guess.personal:
                cell.setBackground(QBrush(QColor("#fbdcc4")))
                cell.setForeground(QBrush(QColor("#1c1c1c")))
                cell.setToolTip(self.personal_text(guess))
            else:
                cell.setData(Qt.ItemDataRole.BackgroundRole, None)
                cell.setData(Qt.ItemDataRole.ForegroundRole, None)

    def personal_text(self, guess) -> str:
        what = (self.tr("e-mail addresses") if guess.personal == "email"
                else self.tr("names or contact details"))
        return self.tr("«%1» looks like %2 and is not imported. It is personal data: delete "
                       "the column from the copy of the file you keep.").replace(
            "%1", guess.header).replace("%2", what)

    def _update_warnings(self) -> None:
        lines = [self.personal_text(g) for g in self.guess.columns
                 if g.personal and self.roles[g.header] == SKIP]
        lines += [self.tr("«%1» looks like %2, yet it is imported.").replace(
            "%1", g.header).replace("%2", self.tr("e-mail addresses") if g.personal == "email"
                                    else self.tr("names or contact details"))
                  for g in self.guess.columns if g.personal and self.roles[g.header] != SKIP]
        self.warnings.setText("\n".join(lines))

    def current_header(self) -> str | None:
        row = self.columns.currentRow()
        return self.headers()[row] if 0 <= row < len(self.headers()) else None

    def _show_column(self, row: int) -> None:
        if not 0 <= row < len(self.headers()):
            return
        header = self.headers()[row]
        role = self.roles[header]
        self.role.setCurrentIndex(self.role.findData(role))
        self.role.setAccessibleName(self.tr("Use «%1» as").replace("%1", header))
        takes_codes = role in (QUESTION, FREE_TEXT)
        self.indicator_codes.setEnabled(takes_codes)
        self.choose_button.setEnabled(takes_codes)
        self.indicator_codes.setText(self.ctx.codes(self.indicators[header])
                                     if takes_codes else "")

    def set_role(self, header: str, role: str) -> None:
        if role == GROUP:  # one group column: the one chosen before is no longer it
            for other, r in self.roles.items():
                if r == GROUP and other != header:
                    self.roles[other] = SKIP
                    self._update_row(self.headers().index(other))
        self.roles[header] = role
        self._update_row(self.headers().index(header))
        if role == GROUP:
            self._show_groups(self._guess_groups())
        self._update_warnings()
        self._show_column(self.headers().index(header))

    def _on_role_chosen(self, _index: int) -> None:
        header = self.current_header()
        if header is not None:
            self.set_role(header, self.role.currentData())

    def _on_codes_typed(self) -> None:
        header = self.current_header()
        if header is None or not self.indicator_codes.isEnabled():
            return
        by_code = rubric.indicators_by_code(self.ctx.db)
        codes = [c.strip() for c in self.indicator_codes.text().replace(";", ",").split(",")
                 if c.strip()]
        unknown = [c for c in codes if c not in by_code]
        if unknown:
            self.error.setText(self.tr("No indicator has the code %1.").replace(
                "%1", ", ".join(unknown)))
        else:
            self.error.clear()
        self.indicators[header] = list(dict.fromkeys(by_code[c].id for c in codes
                                                     if c in by_code))
        self._update_row(self.headers().index(header))

    def choose_indicators(self) -> None:
        from digifelt.ui.dialogs.survey_indicators import IndicatorChooser

        header = self.current_header()
        if header is None or self.roles[header] not in (QUESTION, FREE_TEXT):
            return
        chooser = IndicatorChooser(self.ctx, question=header, chosen=self.indicators[header],
                                   parent=self)
        try:
            if chooser.exec() == QDialog.DialogCode.Accepted:
                self.indicators[header] = chooser.indicator_ids()
                self._update_row(self.headers().index(header))
                self._show_column(self.headers().index(header))
        finally:
            chooser.deleteLater()
        self.indicator_codes.setFocus()

    def mapping(self) -> SurveyMapping:
        """The mapping as chosen; SurveyImportError (one line) if it is not a valid one."""
        self._on_codes_typed()
        codes = lambda h: [self.ctx.indicator(i).code for i in self.indicators[h]  # noqa: E731
                           if self.ctx.indicator(i) is not None]
        group = self.group_column()
        questions = [h for h in self.headers() if self.roles[h] == QUESTION]
        data = {
            "title": self.title.text().strip() or None,
            "group_column": group,
            "groups": self.groups_chosen() if group else {},
            "scale": _split(self.scale.text()) if questions else [],
            "no_answer": _split(self.no_answer.text()) if questions else [],
            "questions": [{"column": h, "indicators": codes(h)} for h in questions],
            "free_text": [{"column": h, "indicators": codes(h)} for h in self.headers()
                          if self.roles[h] == FREE_TEXT],
            **{k: v for k, v in self.dates.items() if v},
        }
        try:
            return SurveyMapping.model_validate(data)
        except PydanticValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            msg = str(err["ctx"]["error"]) if err["type"] == "value_error" else err["msg"]
            raise SurveyImportError(f"{where + ': ' if where else ''}{msg}") from None

    # Files

    def load_mapping_file(self, path: Path | None = None) -> bool:
        if path is None:
            name, _f = QFileDialog.getOpenFileName(self, self.tr("Load survey mapping"),
                                                   str(self.path.parent), _tr(MAPPING_FILTER))
            if not name:
                return False
            path = Path(name)
        try:
            mapping = load_mapping(Path(path))
        except SurveyImportError as exc:
            self.error.setText(str(exc))
            return False
        self.apply_mapping(mapping)
        self.notice.setText(self.tr("Mapping loaded from %1.").replace("%1", Path(path).name))
        return True

    def save_mapping_file(self, path: Path | None = None) -> bool:
        try:
            mapping = self.mapping()
        except SurveyImportError as exc:
            self.error.setText(str(exc))
            return False
        if path is None:
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save survey mapping"),
                str(self.path.with_name(self.path.stem + "-mapping.yaml")), _tr(MAPPING_FILTER))
            if not name:
                return False
            path = Path(name)
        try:
            survey_guess.save_mapping(mapping, Path(path))
        except OSError as exc:
            self.error.setText(f"{Path(path).name}: {exc.strerror or exc}")
            return False
        self.notice.setText(self.tr("Mapping saved to %1; `digifelt survey import` takes it "
                                    "too.").replace("%1", Path(path).name))
        return True

    # Import

    def _on_import(self) -> None:
        self.error.clear()
        try:
            mapping = self.mapping()
        except SurveyImportError as exc:
            self.error.setText(f"{self.path.name}: {exc}")
            return
        by_code = rubric.indicators_by_code(self.ctx.db)
        table, codes = self.table, set(by_code)
        job = run_with_progress(self, Job(lambda: plan_import(table, mapping, "mapping",
                                                              codes)),
                                self.tr("Counting the answers…"))
        if job.outcome != "finished":
            if job.outcome == "failed":
                self.error.setText(job.error)
            return
        plan = job.result
        ids = {c: i.id for c, i in by_code.items()}
        try:
            self.imported = self.ctx.run(translate("Undo", "Import survey %1").replace(
                "%1", plan.title), surveys.store_plan, plan, ids, scope=UNDO_SCOPE)
        except SurveyImportError as exc:
            self.error.setText(str(exc))
            return
        with contextlib.suppress(OSError):  # remembering is a convenience; the import is done
            survey_guess.remember_mapping(remembered_folder(), self.headers(), mapping)
        self.accept()
