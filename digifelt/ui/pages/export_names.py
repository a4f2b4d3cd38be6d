"""After an export: where people's names were replaced, so the team can rephrase those texts.

Each row is one field of one object (a quote, a note, a finding, …) with a few words around
the first replacement, the name already masked. Activating a row opens that place in the
app when there is a route to it (activities, notes, quotes, findings).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from digifelt.ui.models.roles import Role

_CONTEXT = "ReplacedNames"
_KINDS = {
    "quote": QT_TRANSLATE_NOOP("ReplacedNames", "Quote"),
    "note": QT_TRANSLATE_NOOP("ReplacedNames", "Note"),
    "finding": QT_TRANSLATE_NOOP("ReplacedNames", "Finding"),
    "recommendation": QT_TRANSLATE_NOOP("ReplacedNames", "Suggested action"),
    "area summary": QT_TRANSLATE_NOOP("ReplacedNames", "Area summary"),
    "document": QT_TRANSLATE_NOOP("ReplacedNames", "Document"),
    "activity": QT_TRANSLATE_NOOP("ReplacedNames", "Activity"),
    "attachment": QT_TRANSLATE_NOOP("ReplacedNames", "Attachment"),
    "guide": QT_TRANSLATE_NOOP("ReplacedNames", "Interview guide"),
    "rubric": QT_TRANSLATE_NOOP("ReplacedNames", "Rubric"),
    "group": QT_TRANSLATE_NOOP("ReplacedNames", "Respondent group"),
    "project": QT_TRANSLATE_NOOP("ReplacedNames", "Project details"),
    "matrix": QT_TRANSLATE_NOOP("ReplacedNames", "Matrix label"),
}


def kind_label(kind: str) -> str:
    source = _KINDS.get(kind)
    return QCoreApplication.translate(_CONTEXT, source) if source else kind


def has_route(place) -> bool:
    if place.kind in ("finding", "recommendation"):
        return bool(place.indicator_id)
    return place.kind in ("quote", "note", "document", "activity") and bool(place.activity_id)


class ReplacedNames(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("exportNamesHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("exportNames")
        self.list.setAccessibleName(self.tr("Where names were replaced"))
        self.list.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.setVisible(False)

    def clear(self) -> None:
        self.list.clear()
        self.heading.clear()
        self.setVisible(False)

    def show_report(self, report) -> None:
        """`report`: an exports.names.NameReport, or None when the export has none."""
        self.clear()
        if report is None or not (report.places or report.notices):
            return
        self.heading.setText(self.tr(
            "Names were replaced in %1 places. Open a row to rephrase the text in the "
            "project if the export should read naturally.").replace(
                "%1", str(len(report.places))))
        for notice in report.notices:
            item = QListWidgetItem(self._notice(notice))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        for place in report.places:
            title = f" «{place.title}»" if place.title else ""
            item = QListWidgetItem(f"{kind_label(place.kind)}{title}: …{place.context}…")
            item.setData(Role.PLACE, place)
            if not has_route(place):
                item.setToolTip(self.tr("This text is changed where it was written: in the "
                                        "rubric, the groups or the project details."))
            self.list.addItem(item)
        self.setVisible(True)

    def _notice(self, notice: str) -> str:
        mark = notice.rsplit(" ", 1)[-1].strip("'\"")
        if notice.startswith("an assessor"):
            return self.tr("An assessor's initials contained a name; exported as %1.").replace(
                "%1", mark)
        return self.tr("A participant's pseudonym contained a name; exported as %1.").replace(
            "%1", mark)

    def _on_activated(self, item: QListWidgetItem) -> None:
        place = item.data(Role.PLACE)
        if place is not None:
            self.open_place(place)

    def open_place(self, place) -> bool:
        """Open `place` in the main window; False when the app has no route to it."""
        window = self.window()
        if not has_route(place) or not hasattr(window, "open_activity"):
            return False
        if place.kind in ("finding", "recommendation"):
            from digifelt.ui.search.navigate import PAGE_FINDINGS

            window.rail.setCurrentRow(PAGE_FINDINGS)
            window.findings.show_indicator(place.indicator_id)
            return True
        if place.kind == "quote":
            return window.navigator.open_excerpt(place.activity_id, place.object_id) is not None
        view = window.open_activity(place.activity_id)
        if view is None:
            return False
        if place.kind == "note":
            editor = view.editor_for_entry(place.object_id)
            if editor is not None:
                view.show_editor(editor)
        return True
