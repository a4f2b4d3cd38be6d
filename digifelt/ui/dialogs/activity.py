"""New or edit an activity: kind, title, guide, when, where, groups, people, status."""

from datetime import UTC

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
)

from digifelt.core.models import ACTIVITY_KINDS, ACTIVITY_STATUSES, CAPTURE_KINDS
from digifelt.core.services import activities, guides, people
from digifelt.ui.date_edit import DateEdit
from digifelt.ui.errors import user_errors
from digifelt.ui.labels import kind_label, new_kind_label, status_label
from digifelt.ui.models.activities import held_text
from digifelt.ui.models.checklist import CheckItem, CheckListModel


def _checklist(model: CheckListModel, label: str, rows: int = 4) -> QListView:
    view = QListView()
    view.setAccessibleName(label.replace("\n", " ").rstrip(":"))  # screen readers
    view.setModel(model)
    view.setMaximumHeight(view.sizeHintForRow(0) * rows + 8 if model.rowCount() else 40)
    return view


class ActivityDialog(QDialog):
    """After exec(), `activity_id` holds the created or edited activity."""

    def __init__(self, ctx, *, kind: str | None = None, activity_id: str | None = None,
                 parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        view = activities.get_activity(ctx.db, activity_id) if activity_id else None
        a = view.activity if view else None
        kind = a.kind if a else (kind or "interview")
        self.setWindowTitle(self.tr("Edit activity") if a else new_kind_label(kind))
        self.setMinimumWidth(520)
        self._guides = guides.list_guides(ctx.db)
        self._groups = people.list_groups(ctx.db)

        self.kind = QComboBox()
        for key in ACTIVITY_KINDS if a is not None else CAPTURE_KINDS:  # surveys are imported
            self.kind.addItem(kind_label(key), key)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.setEnabled(a is None)
        self.title = QLineEdit(a.title if a else "")
        self.title.setObjectName("activityTitleEdit")
        self._title_touched = a is not None
        self.title.textEdited.connect(self._on_title_edited)
        self.guide = QComboBox()
        self.guide.setObjectName("activityGuide")
        self.group_model = CheckListModel(
            [CheckItem(g.id, g.name, g.description or "") for g in self._groups], self)
        self.participant_model = CheckListModel(self._participant_items(), self)
        self.assessor_model = CheckListModel(
            [CheckItem(x.id, f"{x.name} ({x.initials})" if x.initials else x.name)
             for x in people.list_assessors(ctx.db)], self)
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 9999)
        self.headcount.setSpecialValueText(self.tr("not set"))
        self.scheduled = QCheckBox(self.tr("Planned for:"))
        self.when = DateEdit(with_time=True)
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.scheduled.text().rstrip(":"))
        self.place = QLineEdit(a.place or "" if a else "")
        self.status = QComboBox()
        for key in ACTIVITY_STATUSES:
            self.status.addItem(status_label(key), key)

        if a is not None:
            self._fill_guides()
            self.guide.setCurrentIndex(max(0, self.guide.findData(a.guide_id)))
            self.group_model.set_checked(view.group_ids)
            self.participant_model.set_checked(view.participant_ids)
            self.assessor_model.set_checked(view.assessor_ids)
            self.headcount.setValue(a.headcount or 0)
            self.status.setCurrentIndex(self.status.findData(a.status))
            start = a.planned_start
        else:
            self.assessor_model.set_checked([ctx.author_id])
            self._fill_guides()
            self._on_guide_changed()
            start = None
        self.scheduled.setChecked(start is not None)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())) if start
                              else QDateTime.currentDateTime())
        self.when.setEnabled(start is not None)
        self.scheduled.toggled.connect(self.when.setEnabled)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.guide.currentIndexChanged.connect(lambda _i: self._on_guide_changed())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        # What happened is set by capture, never typed: shown apart from the plan.
        self.held = QLabel(held_text(a.started_at, a.ended_at) if a else "")
        self.held.setObjectName("activityHeld")
        form = QFormLayout(self)
        self.form = form
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Guide or form:"), self.guide)
        form.addRow(self.scheduled, when_row)
        if a is not None and a.started_at is not None:
            form.addRow(self.tr("Held:"), self.held)
        form.addRow(self.tr("Place:"), self.place)
        self.groups_view = _checklist(self.group_model, self.tr("Groups:"))
        form.addRow(self.tr("Groups:"), self.groups_view)
        form.addRow(self.tr("Headcount:"), self.headcount)
        people_label = QLabel(self.tr("Participants\n(personal data):"))
        people_label.setToolTip(self.tr("Optional. Names are never shown in reports."))
        self.participants_view = _checklist(self.participant_model, people_label.text(), 3)
        form.addRow(people_label, self.participants_view)
        form.addRow(self.tr("Assessors:"),
                    _checklist(self.assessor_model, self.tr("Assessors:"), 3))
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(buttons)
        self._show_rows_for_kind()
        self.title.setFocus()
        self.title.selectAll()

    def _participant_items(self) -> list[CheckItem]:
        names = {g.id: g.name for g in self._groups}
        items = []
        for p in people.list_participants(self.ctx.db):
            label = p.name or p.pseudonym or p.role or self.tr("(unnamed)")
            if p.group_id in names:
                label += f" · {names[p.group_id]}"
            items.append(CheckItem(p.id, label))
        return items

    def _fill_guides(self) -> None:
        kind = self.kind.currentData()
        self.guide.blockSignals(True)
        self.guide.clear()
        self.guide.addItem(self.tr("(none)"), None)
        for g in self._guides:
            if g.kind == kind:
                self.guide.addItem(g.title, g.id)
        if self.guide.count() > 1 and self.activity_id is None:
            self.guide.setCurrentIndex(1)
        self.guide.blockSignals(False)

    def _show_rows_for_kind(self) -> None:
        """Groups, head count and participants mean nothing for a document."""
        kind = self.kind.currentData()
        is_document = kind == "document_review"
        for field in (self.groups_view, self.headcount, self.participants_view):
            self.form.setRowVisible(field, not is_document)
        label = self.form.labelForField(self.guide)
        if label is not None:
            label.setText({"interview": self.tr("Interview guide:"),
                           "observation": self.tr("Observation form:"),
                           "document_review": self.tr("Checklist:")}.get(
                               kind, self.tr("Guide or form:")))

    def _on_kind_changed(self, _index: int) -> None:
        self._show_rows_for_kind()
        self.setWindowTitle(new_kind_label(self.kind.currentData()))
        self._fill_guides()
        self._on_guide_changed()

    def _on_title_edited(self, _text: str) -> None:
        self._title_touched = True

    def _on_guide_changed(self) -> None:
        """A new activity takes its guide's group and a title naming both."""
        if self.activity_id is not None:
            return
        guide = next((g for g in self._guides if g.id == self.guide.currentData()), None)
        group = next((g for g in self._groups if guide and g.id == guide.group_id), None)
        if group is not None:
            self.group_model.set_checked([group.id])
        if not self._title_touched:
            label = kind_label(self.kind.currentData())
            self.title.setText(f"{label} – {group.name}" if group else label)
            self.title.selectAll()

    def _on_accept(self) -> None:
        when = (self.when.dateTime().toPython().astimezone(UTC) if self.scheduled.isChecked()
                else None)
        fields = dict(title=self.title.text().strip(), guide_id=self.guide.currentData(),
                      planned_start=when, place=self.place.text().strip() or None,
                      status=self.status.currentData(),
                      assessor_ids=self.assessor_model.checked_ids())
        if self.kind.currentData() != "document_review":
            fields.update(headcount=self.headcount.value() or None,
                          group_ids=self.group_model.checked_ids(),
                          participant_ids=self.participant_model.checked_ids())
        with user_errors(self) as outcome:
            if self.activity_id:
                self.ctx.run(self.tr("Edit activity"), activities.update_activity,
                             self.activity_id, scope="plan", **fields)
            else:
                created = self.ctx.run(self.tr("Add activity"), activities.add_activity,
                                       kind=self.kind.currentData(), scope="plan", **fields)
                self.activity_id = created.id
        if not outcome.failed:
            self.accept()

