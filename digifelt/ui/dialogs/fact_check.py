"""The fact check window: versions of the report sent to the organisation, their comments with
the team's responses, the final report, and what changed between two versions.

Keys in the comment list: Enter responds to the selected comment (in the response dialog
Alt+A is accepted, Alt+N not accepted, Enter saves), Insert adds a comment, F2 edits it,
Delete removes it.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import fact_check
from digifelt.errors import DigifeltError
from digifelt.ui.dialogs.fact_check_forms import (
    ChangesDialog,
    CommentDialog,
    RespondDialog,
    SendDialog,
    _pydate,
)
from digifelt.ui.errors import show_error
from digifelt.ui.folders import last_folder, remember_folder
from digifelt.ui.i18n import translate
from digifelt.ui.models.roles import Role

SCOPE = "findings"  # Ctrl+Z on the Findings page takes a fact-check step back too
KINDS = ("report_version", "fact_check_comment", "finding", "area_summary")


class FactCheckDialog(QDialog):
    """The fact check of the report, kept open beside the findings."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Fact check"))
        self.setObjectName("factCheckDialog")
        self.versions = QComboBox()
        self.versions.setObjectName("factCheckVersions")
        self.versions.setAccessibleName(self.tr("Version"))
        self.versions.currentIndexChanged.connect(self._show_comments)
        self.buttons: dict[str, QPushButton] = {}

        def button(key: str, text: str, slot) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(f"factCheck_{key}")
            b.clicked.connect(slot)
            self.buttons[key] = b
            return b

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version:")))
        top.addWidget(self.versions, 1)
        top.addWidget(button("send", self.tr("Send draft for fact check…"), self.send_draft))
        top.addWidget(button("final", self.tr("Make final report…"), self.make_final))
        top.addWidget(button("changes", self.tr("What changed…"), self.show_changes))

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("factCheckComments")
        self.table.setAccessibleName(self.tr("Comments"))
        self.table.setHorizontalHeaderLabels([self.tr("About"), self.tr("From"),
                                              self.tr("Comment"), self.tr("Response"),
                                              self.tr("How it was handled")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.respond())
        self.table.installEventFilter(self)

        row = QHBoxLayout()
        row.addWidget(button("import", self.tr("Import comments…"), self.import_comments))
        row.addWidget(button("add", self.tr("Add comment…"), self.add_comment))
        row.addWidget(button("edit", self.tr("Edit…"), self.edit_comment))
        row.addWidget(button("respond", self.tr("Respond…"), self.respond))
        row.addWidget(button("delete", self.tr("Delete"), self.delete_comment))
        row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("factCheckStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.resize(900, 520)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=self.add_comment)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, activated=self.edit_comment)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  activated=self.delete_comment)
        ctx.watch(self, KINDS, self.reload)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.table and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.respond()
            return True
        return super().eventFilter(obj, event)

    def reload(self) -> None:
        current = self.versions.currentData()
        self.versions.blockSignals(True)
        self.versions.clear()
        versions = fact_check.list_versions(self.ctx.db)
        for v in versions:
            kind = self.tr("final") if v.kind == "final" else self.tr("draft")
            sent = v.sent_at.astimezone().date().isoformat() if v.sent_at else ""
            text = self.tr("Version %1 (%2)").replace("%1", str(v.number)).replace("%2", kind)
            if v.sent_to or sent:
                text += " – " + ", ".join(x for x in (v.sent_to, sent) if x)
            self.versions.addItem(text, v.id)
        found = self.versions.findData(current)
        self.versions.setCurrentIndex(found if found >= 0 else self.versions.count() - 1)
        self.versions.blockSignals(False)
        has_draft = any(v.kind == "draft" for v in versions)
        for key in ("import", "add", "final"):
            self.buttons[key].setEnabled(has_draft)
        self.buttons["changes"].setEnabled(bool(versions))
        self._show_comments()

    def _show_comments(self) -> None:
        selected = self.selected_id()
        version_id = self.versions.currentData()
        comments = fact_check.list_comments(self.ctx.db, version_id) if version_id else []
        self.table.setRowCount(len(comments))
        verdicts = {"open": self.tr("Open"), "accepted": self.tr("Accepted"),
                    "not_accepted": self.tr("Not accepted")}
        for r, c in enumerate(comments):
            about = fact_check.target_label(self.ctx.db, c) or self.tr("General")
            for col, text in enumerate((about, c.commenter or "", c.text,
                                        verdicts.get(c.response, c.response),
                                        c.response_text or "")):
                item = QTableWidgetItem(text)
                item.setData(Role.ID, c.id)
                self.table.setItem(r, col, item)
            if c.id == selected:
                self.table.selectRow(r)
        if self.table.currentRow() < 0 and comments:
            self.table.selectRow(0)
        self.table.resizeRowsToContents()
        waiting = sum(c.response == "open" for c in comments)
        self.status.setText(
            self.tr("%1 comment(s), %2 without a response.").replace("%1", str(len(comments)))
            .replace("%2", str(waiting)) if comments else
            self.tr("No comments on this version yet.") if version_id else
            self.tr("Send a draft for fact check to begin."))
        for key in ("edit", "respond", "delete"):
            self.buttons[key].setEnabled(bool(comments))

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Role.ID) if item else None

    def _comment(self, comment_id: str):
        return next(c for c in fact_check.list_comments(self.ctx.db) if c.id == comment_id)

    # -- actions ---------------------------------------------------------------------------

    def _run(self, label: str, fn, *args, **kwargs):
        """One operation; a refusal is one message and nothing changed."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self.ctx.run(label, fn, *args, scope=SCOPE, **kwargs)
        except (DigifeltError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, str(exc), self.tr("Nothing was changed."))
            return None
        finally:
            if QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()

    def _suggested(self, kind: str, number: int) -> Path:
        folder = last_folder("report")
        title = (self.ctx.project.title or "rapport").replace("/", "-")
        return folder / (f"{title} – utkast v{number}.docx" if kind == "draft"
                         else f"{title} – endelig v{number}.docx")

    def _next_number(self) -> int:
        return max((v.number for v in fact_check.list_versions(self.ctx.db)), default=0) + 1

    def send_draft(self) -> None:
        from digifelt.exports.report.versions import send_for_fact_check

        dialog = SendDialog(self._suggested("draft", self._next_number()), final=False,
                            parent=self)
        if not dialog.exec():
            return
        out = dialog.path.path()
        version = self._run(self.tr("Send draft for fact check"), send_for_fact_check,
                            sent_to=dialog.to.text().strip(), sent_at=_pydate(dialog.day.date()),
                            out=out, template=self._template())
        if version is not None:
            remember_folder("report", out.parent)
            self.status.setText(self.tr("Version %1 saved as %2.")
                                .replace("%1", str(version.number)).replace("%2", str(out)))

    def make_final(self) -> None:
        from digifelt.exports.report.versions import make_final_report

        dialog = SendDialog(self._suggested("final", self._next_number()), final=True,
                            parent=self)
        if not dialog.exec():
            return
        out = dialog.path.path()
        version = self._run(self.tr("Make final report"), make_final_report, out=out,
                            template=self._template())
        if version is not None:
            remember_folder("report", out.parent)
            self.status.setText(self.tr("Final report (version %1) saved as %2.")
                                .replace("%1", str(version.number)).replace("%2", str(out)))

    def _template(self) -> Path | None:
        chosen = getattr(self.ctx.settings, "report_template", None)
        return Path(chosen) if chosen else None

    def import_comments(self, path: Path | None = None) -> None:
        from digifelt.exports.fact_check_import import import_comments

        if not path:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import comments"), str(last_folder("report")),
                self.tr("Comments (*.docx *.xlsx *.csv)"))
            if not name:
                return
            path = Path(name)
        added = self._run(self.tr("Import comments"), import_comments, path,
                          self.versions.currentData() if self._current_is_draft() else None)
        if added is not None:
            self.status.setText(self.tr("%1 comment(s) imported from %2.")
                                .replace("%1", str(len(added))).replace("%2", path.name))

    def _current_is_draft(self) -> bool:
        version_id = self.versions.currentData()
        return any(v.id == version_id and v.kind == "draft"
                   for v in fact_check.list_versions(self.ctx.db))

    def add_comment(self) -> None:
        if not self.buttons["add"].isEnabled():
            return
        dialog = CommentDialog(self.ctx, parent=self)
        if dialog.exec():
            v = dialog.values()
            self._run(self.tr("Add comment"), fact_check.add_comment, v.pop("text"), **v,
                      version_id=self.versions.currentData() if self._current_is_draft()
                      else None)

    def edit_comment(self) -> None:
        comment_id = self.selected_id()
        if comment_id is None:
            return
        dialog = CommentDialog(self.ctx, self._comment(comment_id), parent=self)
        if dialog.exec():
            self._run(self.tr("Edit comment"), fact_check.update_comment, comment_id,
                      **dialog.values())

    def respond(self) -> None:
        comment_id = self.selected_id()
        if comment_id is None:
            return
        comment = self._comment(comment_id)
        dialog = RespondDialog(comment, fact_check.target_label(self.ctx.db, comment), self)
        if dialog.exec():
            self._run(self.tr("Respond to comment"), fact_check.respond, comment_id,
                      "accepted" if dialog.is_accepted() else "not_accepted",
                      dialog.text.text().strip(), responded_by=self.ctx.author_id)

    def delete_comment(self) -> None:
        comment_id = self.selected_id()
        if comment_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete comment"),
                                      self.tr("Delete the selected comment?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.tr("Delete comment"), fact_check.delete_comment, comment_id)

    def show_changes(self) -> None:
        ChangesDialog(self.ctx, self).exec()


def fact_check_box(page: QWidget) -> QGroupBox:
    """The Export page's way in: the fact check window, one per page, kept while it lives."""
    box = QGroupBox(translate("FactCheckDialog", "Fact check"))
    note = QLabel(translate(
        "FactCheckDialog", "Send the report as a numbered draft, record the organisation's "
        "comments and your responses, and make the final report."))
    note.setWordWrap(True)
    button = QPushButton(translate("FactCheckDialog", "Fact check…"))
    button.setObjectName("factCheckButton")

    def open_dialog() -> None:
        dialog = getattr(page, "fact_check_dialog", None)
        if dialog is None:
            dialog = page.fact_check_dialog = FactCheckDialog(page.ctx, page.window())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    button.clicked.connect(open_dialog)
    layout = QVBoxLayout(box)
    layout.addWidget(note)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    return box
