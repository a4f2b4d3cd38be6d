"""Help → Keyboard shortcuts: generated from the action table, so it is never out of date."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from digifelt.ui.actions import shortcut_rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 640)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutTree")
        self.tree.setAccessibleName(self.windowTitle())
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, keys, what in shortcut_rows():
            if group not in groups:
                heading = QTreeWidgetItem([group])
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                self.tree.addTopLevelItem(heading)
                groups[group] = heading
            groups[group].addChild(QTreeWidgetItem([keys, what]))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
