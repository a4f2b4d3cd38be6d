"""Guides editor: interview guides, observation forms, checklists, questions with indicators."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import guides, people
from digifelt.ui.column_sizing import apply_policy
from digifelt.ui.dialogs.question import QuestionDialog, parse_codes
from digifelt.ui.errors import show_error, user_errors
from digifelt.ui.labels import guide_kind_label
from digifelt.ui.models.guides import GuidesModel, QuestionsModel
from digifelt.ui.models.roles import Role


class GuideDialog(QDialog):
    def __init__(self, ctx, guide=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide") if guide else self.tr("New guide"))
        self.kind = QComboBox()
        for key in guides.GUIDE_KINDS:
            self.kind.addItem(guide_kind_label(key), key)
        self.title = QLineEdit(guide.title if guide else "")
        self.group = QComboBox()
        self.group.addItem(self.tr("(any group)"), None)
        for g in people.list_groups(ctx.db):
            self.group.addItem(g.name, g.id)
        if guide is not None:
            self.kind.setCurrentIndex(self.kind.findData(guide.kind))
            self.group.setCurrentIndex(max(0, self.group.findData(guide.group_id)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Group:"), self.group)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict:
        return {"kind": self.kind.currentData(), "title": self.title.text().strip(),
                "group_id": self.group.currentData()}


class GuidesTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.guides = GuidesModel(self)
        self.guide_table = QTableView()
        self.guide_table.setObjectName("guideTable")
        self.guide_table.setModel(self.guides)
        self.guide_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guide_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guide_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guide_table.verticalHeader().hide()
        apply_policy(self.guide_table, text=GuidesModel.COL_TITLE, fit=(GuidesModel.COL_KIND,),
                     names=(GuidesModel.COL_GROUP,))
        self.guide_table.doubleClicked.connect(lambda _i: self.edit_guide())
        self.questions = QuestionsModel(ctx.codes, self._commit_question, self)
        self.question_table = QTableView()
        self.question_table.setObjectName("questionTable")
        self.question_table.setModel(self.questions)
        self.question_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.question_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.question_table.setWordWrap(True)
        self.question_table.verticalHeader().hide()
        apply_policy(self.question_table, text=QuestionsModel.COL_TEXT,
                     fit=(QuestionsModel.COL_ORDER, QuestionsModel.COL_INDICATORS))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.guide_table, 1)
        left_layout.addLayout(self._buttons(((self.tr("New…"), self.add_guide),
                                             (self.tr("Edit…"), self.edit_guide),
                                             (self.tr("Delete"), self.delete_guide))))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Double-click a question or its indicator codes to edit them."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        right_layout.addWidget(hint)
        right_layout.addWidget(self.question_table, 1)
        right_layout.addLayout(self._buttons(((self.tr("Add question…"), self.add_question),
                                              (self.tr("Remove"), self.remove_question),
                                              ("↑", lambda: self.move_question(-1)),
                                              ("↓", lambda: self.move_question(1)))))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.guide_table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._load_questions())
        self._watch = ctx.watch(self, ("guide", "guide_question", "respondent_group",
                                       "indicator"), self.reload)
        self.reload()

    def _buttons(self, specs) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def current_guide(self):
        index = self.guide_table.currentIndex()
        return index.data(Role.ROW) if index.isValid() else None

    def reload(self, select_id: str | None = None) -> None:
        current = select_id or (self.current_guide().id if self.current_guide() else None)
        self.guides.group_names = {g.id: g.name for g in people.list_groups(self.ctx.db)}
        self.guides.set_rows(guides.list_guides(self.ctx.db))
        row = max(0, self.guides.row_of(current))
        if self.guides.rowCount():
            self.guide_table.setCurrentIndex(self.guides.index(row, 0))
        self._load_questions()

    def _load_questions(self, select_row: int | None = None) -> None:
        guide = self.current_guide()
        self.questions.set_rows(guides.get_guide(self.ctx.db, guide.id).questions
                                if guide else [])
        self.question_table.resizeRowsToContents()
        if select_row is not None and self.questions.rowCount():
            row = max(0, min(select_row, self.questions.rowCount() - 1))
            self.question_table.setCurrentIndex(self.questions.index(row, 1))

    def _run(self, label: str, fn, /, *args, **kwargs):
        """One undoable plan operation; this tab shows its result itself."""
        return self.ctx.run_shown(self._watch, label, fn, *args, scope="plan", **kwargs)

    def _commit_question(self, row, field: str, value: str):
        changes = {}
        if field == "text":
            changes["text"] = value
        else:
            ids, unknown = parse_codes(self.ctx, value)
            if unknown:
                show_error(self, self.tr("Unknown indicator codes: %1").replace(
                    "%1", ", ".join(unknown)))
                return None
            changes["indicator_ids"] = ids
        with user_errors(self):
            self._run(self.tr("Edit question"), guides.update_question, row.question.id,
                      **changes)
            fresh = guides.get_guide(self.ctx.db, row.question.guide_id)
            return next(q for q in fresh.questions if q.question.id == row.question.id)
        return None

    def add_guide(self) -> None:
        dialog = GuideDialog(self.ctx, parent=self)
        if dialog.exec():
            with user_errors(self):
                guide = self._run(self.tr("Add guide"), guides.add_guide, **dialog.values())
                self.reload(guide.id)

    def edit_guide(self) -> None:
        guide = self.current_guide()
        if guide is None:
            return
        dialog = GuideDialog(self.ctx, guide, parent=self)
        if dialog.exec():
            with user_errors(self):
                self._run(self.tr("Edit guide"), guides.update_guide, guide.id,
                          **dialog.values())
                self.reload(guide.id)

    def delete_guide(self) -> None:
        guide = self.current_guide()
        if guide is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete guide"), self.tr(
            "Delete “%1” and its questions? Notes already taken are kept as free notes.")
            .replace("%1", guide.title))
        if answer == QMessageBox.StandardButton.Yes:
            with user_errors(self):
                self._run(self.tr("Delete guide"), guides.delete_guide, guide.id)
            self.reload()

    def add_question(self) -> None:
        guide = self.current_guide()
        if guide is None:
            return
        dialog = QuestionDialog(self.ctx, title=self.tr("New question"), parent=self)
        if dialog.exec():
            text, ids = dialog.values()
            with user_errors(self):
                self._run(self.tr("Add question"), guides.add_question, guide_id=guide.id,
                          text=text, indicator_ids=ids)
            self._load_questions(select_row=self.questions.rowCount())

    def _current_question(self):
        index = self.question_table.currentIndex()
        return index.data(Role.ID) if index.isValid() else None, index.row()

    def remove_question(self) -> None:
        question_id, row = self._current_question()
        if question_id:
            with user_errors(self):
                self._run(self.tr("Remove question"), guides.delete_question, question_id)
            self._load_questions(select_row=row)

    def move_question(self, delta: int) -> None:
        question_id, row = self._current_question()
        if question_id:
            with user_errors(self):
                self._run(self.tr("Move question"), guides.move_question, question_id,
                          max(0, row + delta))
            self._load_questions(select_row=row + delta)
