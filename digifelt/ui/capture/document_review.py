"""Document review: the document's metadata and file, page-referenced excerpts, review notes."""

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import activities, attachments, entries, excerpts
from digifelt.ui.autosave import DebouncedSaver
from digifelt.ui.capture.activity_view import ActivityView
from digifelt.ui.capture.attachments import FileDropFilter, choose_files, open_externally
from digifelt.ui.capture.notes_editor import NotesEditor
from digifelt.ui.capture.review_checklist import ReviewChecklist
from digifelt.ui.capture.tag_picker import TagPicker
from digifelt.ui.date_edit import DateEdit
from digifelt.ui.errors import show_error, user_errors
from digifelt.ui.i18n import translate
from digifelt.ui.models.attachments import human_size

DOC_TYPES = (
    QT_TRANSLATE_NOOP("DocumentReviewView", "Plan"),
    QT_TRANSLATE_NOOP("DocumentReviewView", "Strategy"),
    QT_TRANSLATE_NOOP("DocumentReviewView", "Annual report"),
    QT_TRANSLATE_NOOP("DocumentReviewView", "Case document"),
    QT_TRANSLATE_NOOP("DocumentReviewView", "Regulations or routine"),
    QT_TRANSLATE_NOOP("DocumentReviewView", "Minutes"),
    QT_TRANSLATE_NOOP("DocumentReviewView", "Web page"),
    QT_TRANSLATE_NOOP("DocumentReviewView", "Other"),
)
NO_DATE = QDate(1900, 1, 1)


class ExcerptTextEdit(QPlainTextEdit):
    """The page excerpt's text; Ctrl+Enter tags and saves it."""

    submitted = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class DocumentReviewView(ActivityView):
    def __init__(self, ctx, activity_id: str, parent=None):
        super().__init__(ctx, activity_id, parent)
        a = self.activity
        self.doc_title = QLineEdit(a.doc_title or "")
        self.doc_title.setObjectName("docTitle")
        self.doc_type = QComboBox()
        self.doc_type.setObjectName("docType")
        self.doc_type.setEditable(True)
        self.doc_type.addItems([QCoreApplication.translate("DocumentReviewView", t)
                                for t in DOC_TYPES])
        self.doc_type.setCurrentText(a.doc_type or "")
        self.doc_date = DateEdit()
        self.doc_date.setObjectName("docDate")
        self.doc_date.setCalendarPopup(True)
        self.doc_date.setMinimumDate(NO_DATE)
        self.doc_date.setSpecialValueText(self.tr("no date"))
        self.doc_date.setDate(QDate(a.doc_date.year, a.doc_date.month, a.doc_date.day)
                               if a.doc_date else NO_DATE)
        self.doc_owner = QLineEdit(a.doc_owner or "")
        self.doc_owner.setObjectName("docOwner")
        self.doc_reference = QLineEdit(a.doc_reference or "")
        self.doc_reference.setObjectName("docReference")
        self._meta_saver = DebouncedSaver(self._save_metadata, self)
        for field in (self.doc_title, self.doc_owner, self.doc_reference):
            field.textEdited.connect(lambda _t: self._meta_saver.touch())
            field.editingFinished.connect(self._meta_saver.flush)
        self.doc_type.currentTextChanged.connect(lambda _t: self._meta_saver.touch())
        self.doc_date.dateChanged.connect(lambda _d: self._meta_saver.touch())
        form = QFormLayout()
        form.addRow(self.tr("Document title:"), self.doc_title)
        form.addRow(self.tr("Type:"), self.doc_type)
        form.addRow(self.tr("Date:"), self.doc_date)
        form.addRow(self.tr("Owner:"), self.doc_owner)
        form.addRow(self.tr("Reference:"), self.doc_reference)

        self.file_box = QFrame()
        self.file_box.setObjectName("documentDropZone")
        self.file_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.file_label = QLabel()
        self.file_label.setObjectName("documentFile")
        self.file_label.setWordWrap(True)
        attach = QPushButton(self.tr("Attach document…"))
        attach.clicked.connect(self._on_attach_clicked)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_document)
        file_row = QHBoxLayout(self.file_box)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(attach)
        file_row.addWidget(self.open_button)
        self._drop = FileDropFilter(self.file_box)
        self._drop.dropped.connect(lambda paths: self.attach_document(paths[0]))

        excerpt_box = QGroupBox(self.tr("New page excerpt (Ctrl+Shift+P)"))
        self.page = QSpinBox()
        self.page.setObjectName("excerptPage")
        self.page.setRange(0, 99999)
        self.page.setSpecialValueText(self.tr("no page"))
        self.excerpt_text = ExcerptTextEdit()
        self.excerpt_text.setObjectName("excerptText")
        self.excerpt_text.setTabChangesFocus(True)
        self.excerpt_text.setPlaceholderText(
            self.tr("Paste or type the passage, then press Ctrl+Enter to tag and save it."))
        self.excerpt_text.submitted.connect(self.add_page_excerpt)
        save_excerpt = QPushButton(self.tr("Tag and save…"))
        save_excerpt.clicked.connect(self.add_page_excerpt)
        page_row = QHBoxLayout()
        page_row.addWidget(QLabel(self.tr("Page:")))
        page_row.addWidget(self.page)
        page_row.addStretch(1)
        page_row.addWidget(save_excerpt)
        box_layout = QVBoxLayout(excerpt_box)
        box_layout.addLayout(page_row)
        box_layout.addWidget(self.excerpt_text)

        existing = entries.list_entries(ctx.db, activity_id)
        self.notes = NotesEditor(ctx, activity_id=activity_id,
                                 entry=existing[0] if existing else None)
        self.notes.setPlaceholderText(self.tr("Review notes… Select words and press Ctrl+T to "
                                              "tag them."))
        self.register_editor(self.notes)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(QLabel(self.tr("Review notes")))
        notes_layout.addWidget(self.notes, 1)

        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(excerpt_box)
        lower.addWidget(notes_box)
        review = QWidget()
        layout = QVBoxLayout(review)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.file_box)
        layout.addWidget(lower, 1)
        self.setTabOrder(self.page, self.excerpt_text)
        self.setTabOrder(self.excerpt_text, save_excerpt)
        # The checklist beside the review, as an interview's guide is beside its notes.
        self.checklist = ReviewChecklist(ctx, a.guide_id, activity_id)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("reviewSplitter")
        body.setChildrenCollapsible(False)
        body.addWidget(self.checklist)
        body.addWidget(review)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 3)
        body.setSizes([260, 620])
        self._show_file()
        self.set_content(body)

    # Metadata

    def _save_metadata(self) -> None:
        date = self.doc_date.date()
        # Saved as it is typed, like notes: announced, but not a step of the undo history.
        self.activity = self.ctx.run(
            translate("Undo", "Edit document details"), activities.update_activity,
            self.activity_id, scope=self.scope, mode="untracked",
            doc_title=self.doc_title.text().strip() or None,
            doc_type=self.doc_type.currentText().strip() or None,
            doc_date=None if date == NO_DATE else date.toPython(),
            doc_owner=self.doc_owner.text().strip() or None,
            doc_reference=self.doc_reference.text().strip() or None)

    def flush(self) -> bool:
        ok = self._meta_saver.flush()
        return super().flush() and ok

    # The document file

    def _document(self):
        att_id = self.activity.doc_attachment_id
        if not att_id:
            return None
        return next((a for a in attachments.list_attachments(self.ctx.db, self.activity_id)
                     if a.id == att_id), None)

    def _show_file(self) -> None:
        doc = self._document()
        if doc is None:
            self.file_label.setText(self.tr("No file attached. Drop the document here, or "
                                            "choose Attach document…"))
        else:
            self.file_label.setText(f"<b>{html.escape(doc.filename)}</b> "
                                    f"({human_size(doc.size)})")
        self.open_button.setEnabled(doc is not None)

    def _on_attach_clicked(self) -> None:
        paths = choose_files(self, self.tr("Attach the reviewed document"))
        if paths:
            self.attach_document(paths[0])

    def attach_document(self, path: Path) -> None:
        if not self._meta_saver.flush():
            return
        with user_errors(self) as outcome, self.ctx.op(self.tr("Attach document"),
                                                       scope=self.scope):
            # The file and the activity's link to it: one step, both or neither.
            att = attachments.add_attachment_file(self.ctx.db, Path(path),
                                                  activity_id=self.activity_id)
            changes = {"doc_attachment_id": att.id}
            if not self.doc_title.text().strip():
                changes["doc_title"] = Path(path).stem
            self.activity = activities.update_activity(self.ctx.db, self.activity_id,
                                                       **changes)
        if outcome.failed:
            return
        if "doc_title" in changes:
            self.doc_title.setText(Path(path).stem)
        self.status_message.emit(self.tr("Attached %1.").replace("%1", att.filename))
        self._show_file()

    def open_document(self) -> None:
        doc = self._document()
        if doc is not None:
            with user_errors(self):
                open_externally(self.ctx, doc, self)

    # Page excerpts

    def add_page_excerpt(self) -> None:
        text = self.excerpt_text.toPlainText().strip()
        if not text:
            show_error(self, self.tr("Type or paste the passage first."))
            return
        choice = TagPicker.ask(self.ctx, quoted=text, parent=self,
                               preferred_ids=self.checklist.current_indicators())
        self.excerpt_text.setFocus()
        if choice is None:
            return
        with user_errors(self) as outcome:
            self.ctx.run(
                translate("Undo", "Tag %1").replace("%1", self.ctx.codes(choice.indicator_ids)),
                excerpts.add_document_excerpt, activity_id=self.activity_id, text=text,
                page=self.page.value() or None, attachment_id=self.activity.doc_attachment_id,
                indicator_ids=choice.indicator_ids, author_id=self.ctx.author_id,
                scope=self.scope, **choice.fields())
        if outcome.failed:
            return
        # A page excerpt is the review under way, as typing is for an interview.
        self.ensure_started()
        self.excerpt_text.clear()
        self.status_message.emit(self.tr("Excerpt saved."))

    # The checklist

    def preferred_indicators(self, editor) -> list[str]:
        return self.checklist.current_indicators()

    def cmd_next_question(self) -> None:
        self.checklist.step(1)

    def cmd_previous_question(self) -> None:
        self.checklist.step(-1)

    def reload_evidence(self) -> None:
        super().reload_evidence()
        self._mark_covered()

    def _on_panel_read(self, views: list) -> None:
        super()._on_panel_read(views)
        self._mark_covered()

    def _mark_covered(self) -> None:
        if hasattr(self, "checklist"):  # the base class reads evidence while building
            self.checklist.set_covered({i for v in self.excerpt_views for i in v.indicator_ids})

    def cmd_document_excerpt(self) -> None:
        self.page.setFocus()
        self.page.selectAll()

    def cmd_free_notes(self) -> None:
        self.show_editor(self.notes)
