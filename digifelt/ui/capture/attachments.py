"""Photos and files of an activity: drop or pick them, caption them, view them."""

import html
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.filenames import may_run_as_program, safe_filename
from digifelt.core.services import attachments
from digifelt.errors import DigifeltError
from digifelt.ui.errors import user_errors
from digifelt.ui.folders import last_folder, remember_folder
from digifelt.ui.i18n import translate
from digifelt.ui.models.attachments import AttachmentsModel
from digifelt.ui.models.roles import Role

_temp_dir: tempfile.TemporaryDirectory | None = None
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has neither symlinks here nor the flag
_BINARY = getattr(os, "O_BINARY", 0)


class FileDropFilter(QObject):
    """Event filter that lets any widget accept dropped local files."""

    dropped = Signal(list)  # list[Path]

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    @staticmethod
    def _paths(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()
                and Path(u.toLocalFile()).is_file()]

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._paths(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = self._paths(event)
            if paths:
                event.acceptProposedAction()
                self.dropped.emit(paths)
                return True
        return super().eventFilter(obj, event)


def choose_files(parent: QWidget, title: str) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(parent, title, str(last_folder("attach")))
    if names:
        remember_folder("attach", Path(names[0]).parent)
    return [Path(n) for n in names]


def temp_copy(ctx, attachment) -> Path:
    """The attachment written to a fresh private folder (removed when the app quits).

    The file's name is made here from the stored one, never taken from it as a path: a
    name from a bundle or a shared project file may hold anything.
    """
    global _temp_dir
    if _temp_dir is None or not Path(_temp_dir.name).is_dir():  # a temp cleaner may remove it
        _temp_dir = tempfile.TemporaryDirectory(prefix="digifelt-view-")
    folder = Path(tempfile.mkdtemp(prefix="v-", dir=_temp_dir.name)).resolve()
    target = folder / safe_filename(attachment.filename)
    if target.parent != folder:
        raise DigifeltError(f"{attachment.id}: no safe file name for this attachment")
    data = attachments.attachment_data(ctx.db, attachment.id)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return target


def confirm_program(parent: QWidget | None, name: str) -> bool:
    """Asked before a file the desktop would run is handed to it (No is the default)."""
    text = translate("AttachmentsPanel", "“%1” may be a program, script or installer. "
                     "Opening it could run it on this computer. Open it only if you trust "
                     "where it came from.").replace("%1", html.escape(name))
    box = QMessageBox(QMessageBox.Icon.Warning, translate("AttachmentsPanel", "Open a program?"),
                      text, QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


def open_externally(ctx, attachment, parent: QWidget | None = None) -> bool:
    """Hand a private copy to the desktop's opener; a file it would run is confirmed first.
    Returns whether it was handed over."""
    if may_run_as_program(attachment.filename) and not confirm_program(
            parent, safe_filename(attachment.filename)):
        return False
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(temp_copy(ctx, attachment))))
    return True


class ImageViewer(QDialog):
    def __init__(self, image: QImage, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setPixmap(QPixmap.fromImage(image))
        area = QScrollArea()
        area.setWidget(label)
        area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(area)
        self.resize(min(image.width() + 40, 1200), min(image.height() + 40, 900))


class AttachmentsPanel(QWidget):
    """Attachments of one activity with a preview of the selected photo."""

    def __init__(self, ctx, activity_id: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.scope = f"activity:{activity_id}"  # undone with the activity's other changes
        ctx.changed.connect(self._on_changed)
        self.model = AttachmentsModel(self._commit_caption, self)
        self.table = QTableView()
        self.table.setObjectName("attachmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            AttachmentsModel.COL_CAPTION, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.view_current())
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        hint = QLabel(self.tr("Drop photos or files here. Double-click the caption to edit it."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add_with_dialog),
                           (self.tr("View"), self.view_current),
                           (self.tr("Remove"), self.remove_current)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        self._drop = FileDropFilter(self)
        self._drop.dropped.connect(self.add_files)
        self._table_drop = FileDropFilter(self.table.viewport())
        self._table_drop.dropped.connect(self.add_files)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.reload()

    def _on_changed(self, changes) -> None:
        if changes.touches("attachment"):
            self.reload()

    def reload(self) -> None:
        self.model.set_rows(attachments.list_attachments(self.ctx.db, self.activity_id))
        self._on_current_changed()

    def current(self):
        index = self.table.currentIndex()
        return index.data(Role.ROW) if index.isValid() else None

    def add_with_dialog(self) -> None:
        paths = choose_files(self, self.tr("Add photos or files"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> list:
        added = []
        label = translate("Undo", "Add files") if len(paths) > 1 else translate("Undo", "Add file")
        with user_errors(self) as outcome, self.ctx.op(label, scope=self.scope):
            # All or none: a file that cannot be read leaves the others out too.
            for path in paths:
                added.append(attachments.add_attachment_file(self.ctx.db, path,
                                                              activity_id=self.activity_id))
        if outcome.failed:
            return []
        if added:
            self.table.setCurrentIndex(self.model.index(self.model.row_of(added[-1].id), 0))
        return added

    def _commit_caption(self, row, field: str, value):
        with user_errors(self):
            return self.ctx.run(translate("Undo", "Edit caption"), attachments.update_attachment,
                                row.id, scope=self.scope, **{field: value})
        return None

    def view_current(self) -> None:
        att = self.current()
        if att is None:
            return
        with user_errors(self):
            if att.media_type.startswith("image/"):
                image = QImage.fromData(attachments.attachment_data(self.ctx.db, att.id))
                if not image.isNull():
                    ImageViewer(image, att.caption or att.filename, self).exec()
                    return
            open_externally(self.ctx, att, self)

    def remove_current(self) -> None:
        att = self.current()
        if att is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove attachment"),
                                      self.tr("Remove %1 from the project?").replace(
                                          "%1", html.escape(att.filename)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with user_errors(self):
            self.ctx.run(translate("Undo", "Remove attachment"), attachments.delete_attachment,
                         att.id, scope=self.scope)

    def _on_current_changed(self, *_args) -> None:
        att = self.current()
        self.preview.clear()
        if att is not None and att.media_type.startswith("image/"):
            image = QImage.fromData(attachments.attachment_data(self.ctx.db, att.id))
            if not image.isNull():
                self.preview.setPixmap(QPixmap.fromImage(image).scaled(
                    320, 200, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
