"""A question with its indicators, typed as codes ("1.1, 2.3"): ad-hoc and guide questions."""

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)


def parse_codes(ctx, text: str) -> tuple[list[str], list[str]]:
    """(indicator ids, unknown codes) for a list of codes separated by commas or spaces."""
    by_code = {i.code.casefold(): i.id for i in ctx.indicators()}
    ids, unknown = [], []
    for code in (c for c in re.split(r"[,;\s]+", text.strip()) if c):
        if code.casefold() in by_code:
            ids.append(by_code[code.casefold()])
        else:
            unknown.append(code)
    return list(dict.fromkeys(ids)), unknown


class QuestionDialog(QDialog):
    """`offer_guide`: an ad-hoc question, asked in one interview, with a choice to add it to
    the shared guide as well (unticked: finished interviews must not gain an unanswered
    question)."""

    def __init__(self, ctx, *, title: str, text: str = "", indicator_ids=(),
                 offer_guide: bool = False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.text = QLineEdit(text)
        self.text.setObjectName("questionTextEdit")
        self.codes = QLineEdit(ctx.codes(list(indicator_ids)) if indicator_ids else "")
        self.codes.setObjectName("questionCodesEdit")
        self.codes.setPlaceholderText(self.tr("e.g. 1.1, 2.3"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Question:"), self.text)
        form.addRow(self.tr("Indicators:"), self.codes)
        self.also_guide = QCheckBox(self.tr("&Also add to the guide (for its other interviews)"))
        self.also_guide.setObjectName("questionAlsoGuide")
        if offer_guide:
            form.addRow(self.also_guide)
        else:
            self.also_guide.hide()
        form.addRow(self.message)
        form.addRow(buttons)
        self.text.setFocus()

    def add_to_guide(self) -> bool:
        return self.also_guide.isChecked()

    def values(self) -> tuple[str, list[str]]:
        return self.text.text().strip(), parse_codes(self.ctx, self.codes.text())[0]

    def _on_accept(self) -> None:
        if not self.text.text().strip():
            self.message.setText(self.tr("Write the question."))
            return
        unknown = parse_codes(self.ctx, self.codes.text())[1]
        if unknown:
            self.message.setText(self.tr("Unknown indicator codes: %1").replace(
                "%1", ", ".join(unknown)))
            return
        self.accept()
