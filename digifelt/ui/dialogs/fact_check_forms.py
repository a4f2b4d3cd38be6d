"""The small dialogs of the fact check window: sending a draft, a comment, a response, and
what changed between two versions."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import fact_check
from digifelt.ui.date_edit import DateEdit
from digifelt.ui.errors import show_error


def _qdate(value: date | None) -> QDate | None:
    return QDate(value.year, value.month, value.day) if value else None


def _pydate(value: QDate | None) -> date | None:
    return date(value.year(), value.month(), value.day()) if value and value.isValid() else None


class _PathRow(QWidget):
    """A file name to save a .docx under, with Choose…"""

    def __init__(self, suggested: Path, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(str(suggested))
        self.edit.setObjectName("factCheckPath")
        self.edit.setAccessibleName(self.tr("Save as"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(choose)

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"),
                                              self.edit.text(), self.tr("Word document (*.docx)"))
        if name:
            self.edit.setText(name)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() == ".docx" else path.with_suffix(".docx")


class SendDialog(QDialog):
    """To whom, on which day, and where to save the draft (or, for the final report, only
    where to save it)."""

    def __init__(self, suggested: Path, *, final: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make final report") if final
                            else self.tr("Send draft for fact check"))
        form = QFormLayout(self)
        self.to = QLineEdit()
        self.to.setObjectName("factCheckTo")
        self.to.setPlaceholderText(self.tr("e.g. Kommunedirektør"))
        self.day = DateEdit()
        self.day.setObjectName("factCheckDate")
        self.day.setDate(QDate.currentDate())
        self.path = _PathRow(suggested)
        if not final:
            form.addRow(self.tr("Sent to:"), self.to)
            form.addRow(self.tr("Date sent:"), self.day)
        else:
            form.addRow(QLabel(self.tr("The final report has an appendix saying how each "
                                       "comment was handled.")))
        form.addRow(self.tr("Save as:"), self.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.final = final

    def _accept(self) -> None:
        if not self.final and not self.to.text().strip():
            show_error(self, self.tr("Say to whom the draft is sent."))
            self.to.setFocus()
            return
        if self.path.path() is None:
            show_error(self, self.tr("Choose where to save the report."))
            return
        self.accept()


class CommentDialog(QDialog):
    """A comment: about what (general, a chapter, an indicator), from whom, when, the text."""

    def __init__(self, ctx, comment=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit comment") if comment else self.tr("Add comment"))
        self.about = QComboBox()
        self.about.setObjectName("commentAbout")
        self.about.addItem(self.tr("General"), ("general", None))
        for area in ctx.rubric_tree():
            self.about.addItem(f"{area.area.code} {area.area.title}", ("chapter", area.area.code))
            for ind in area.indicators:
                self.about.addItem(f"    {ind.code} {ind.title}", ("indicator", ind.id))
        self.commenter = QLineEdit()
        self.commenter.setObjectName("commentFrom")
        self.received = DateEdit()
        self.received.setObjectName("commentDate")
        self.text = QPlainTextEdit()
        self.text.setObjectName("commentText")
        self.text.setTabChangesFocus(True)
        if comment is not None:
            wanted = (comment.target_kind, comment.target)
            for i in range(self.about.count()):
                if tuple(self.about.itemData(i)) == wanted:
                    self.about.setCurrentIndex(i)
            if comment.target_kind == "chapter" and self.about.currentIndex() == 0:
                self.about.addItem(comment.target, wanted)
                self.about.setCurrentIndex(self.about.count() - 1)
            self.commenter.setText(comment.commenter or "")
            if comment.received_at:
                self.received.setDate(_qdate(comment.received_at.astimezone().date()))
            self.text.setPlainText(comment.text)
        else:
            self.received.setDate(QDate.currentDate())
        form = QFormLayout(self)
        form.addRow(self.tr("About:"), self.about)
        form.addRow(self.tr("From:"), self.commenter)
        form.addRow(self.tr("Received:"), self.received)
        form.addRow(self.tr("Comment:"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)

    def values(self) -> dict:
        kind, target = self.about.currentData()
        return {"target_kind": kind, "target": target,
                "commenter": self.commenter.text().strip() or None,
                "received_at": _pydate(None if self.received.is_empty()
                                       else self.received.date()),
                "text": self.text.toPlainText().strip()}


class RespondDialog(QDialog):
    """Accepted (what changed) or not accepted (why). Alt+A, Alt+N, then Enter."""

    def __init__(self, comment, about: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Respond to comment"))
        shown = QLabel(f"{about or self.tr('General')} – {comment.commenter or ''}\n\n"
                       f"{comment.text}")
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accepted_button = QRadioButton(self.tr("Accepted (Alt+A)"))
        self.accepted_button.setObjectName("responseAccepted")
        self.refused_button = QRadioButton(self.tr("Not accepted (Alt+N)"))
        self.refused_button.setObjectName("responseNotAccepted")
        self.text = QLineEdit()
        self.text.setObjectName("responseText")
        if comment.response == "not_accepted":
            self.refused_button.setChecked(True)
        else:
            self.accepted_button.setChecked(True)
        self.text.setText(comment.response_text or "")
        self.hint = QLabel()
        self._explain()
        self.accepted_button.toggled.connect(self._explain)
        QShortcut(QKeySequence("Alt+A"), self, activated=lambda: self._choose(True))
        QShortcut(QKeySequence("Alt+N"), self, activated=lambda: self._choose(False))
        self.text.returnPressed.connect(self._accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        choice = QHBoxLayout()
        choice.addWidget(self.accepted_button)
        choice.addWidget(self.refused_button)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(shown)
        layout.addLayout(choice)
        layout.addWidget(self.hint)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.text.setFocus()

    def _choose(self, accepted: bool) -> None:
        (self.accepted_button if accepted else self.refused_button).setChecked(True)
        self.text.setFocus()

    def _explain(self) -> None:
        self.hint.setText(self.tr("What changed in the report:") if self.is_accepted()
                          else self.tr("Why the comment was not accepted:"))

    def is_accepted(self) -> bool:
        return self.accepted_button.isChecked()

    def _accept(self) -> None:
        if not self.text.text().strip():
            show_error(self, self.tr("Say what changed, or why the comment was not accepted."))
            return
        self.accept()


class ChangesDialog(QDialog):
    """What changed between two versions (or a version and the findings now), per indicator."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("What changed"))
        self.older, self.newer = QComboBox(), QComboBox()
        self.older.setObjectName("changesFrom")
        self.newer.setObjectName("changesTo")
        versions = fact_check.list_versions(ctx.db)
        for v in versions:
            self.older.addItem(self.tr("Version %1").replace("%1", str(v.number)), v.number)
            self.newer.addItem(self.tr("Version %1").replace("%1", str(v.number)), v.number)
        self.newer.addItem(self.tr("Now"), None)
        if len(versions) >= 2:
            self.older.setCurrentIndex(len(versions) - 2)
            self.newer.setCurrentIndex(len(versions) - 1)
        else:
            self.newer.setCurrentIndex(self.newer.count() - 1)
        self.list = QListWidget()
        self.list.setObjectName("changesList")
        self.list.setWordWrap(True)
        self.older.currentIndexChanged.connect(self.reload)
        self.newer.currentIndexChanged.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From:")))
        row.addWidget(self.older)
        row.addWidget(QLabel(self.tr("To:")))
        row.addWidget(self.newer)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(close)
        self.resize(640, 420)
        self.reload()

    def _what(self, name: str) -> str:
        return {"level": self.tr("level"), "status": self.tr("status"),
                "strengths": self.tr("what works well"),
                "improvements": self.tr("areas for improvement"),
                "actions": self.tr("proposed actions"), "reflection": self.tr("reflection"),
                "summary": self.tr("summary"), "quotes": self.tr("quotes")}.get(name, name)

    def describe(self, c) -> str:
        def show(value) -> str:
            return "–" if value in (None, "") else " ".join(str(value).split())

        head = f"{c.code} {c.title} – {self._what(c.what)}: "
        if c.what == "quotes":
            if not c.added and not c.removed:
                return head + self.tr("the same quotes in another order")
            return head + "; ".join([*(f"+ «{show(t)}»" for t in c.added),
                                     *(f"− «{show(t)}»" for t in c.removed)])
        return head + f"{show(c.before)} → {show(c.after)}"

    def reload(self) -> None:
        self.list.clear()
        if self.older.count() == 0:
            return
        changes = fact_check.changes_between(self.ctx.db, self.older.currentData(),
                                             self.newer.currentData())
        if not changes:
            self.list.addItem(self.tr("No changes."))
        for change in changes:
            self.list.addItem(self.describe(change))
