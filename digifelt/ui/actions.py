"""Every command of the main window in one table: text, shortcuts, handler → menus and help."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

_CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str  # English source, marked for translation in the "Actions" context
    handler: str  # method name on the main window: _on_<event>
    shortcuts: tuple[str, ...] = ()  # portable key text; the first is the one shown
    data: Any = None  # passed to the handler when set
    separator_before: bool = False


MENUS = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    ("project", QT_TRANSLATE_NOOP("Actions", "&Project")),
    ("capture", QT_TRANSLATE_NOOP("Actions", "&Capture")),
    ("settings", QT_TRANSLATE_NOOP("Actions", "&Settings")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

PAGES = (
    ("overview", QT_TRANSLATE_NOOP("Actions", "Overview")),
    ("rubric", QT_TRANSLATE_NOOP("Actions", "Rubric")),
    ("plan", QT_TRANSLATE_NOOP("Actions", "Plan")),
    ("capture", QT_TRANSLATE_NOOP("Actions", "Capture")),
    ("evidence", QT_TRANSLATE_NOOP("Actions", "Evidence")),
    ("findings", QT_TRANSLATE_NOOP("Actions", "Findings")),
    ("export", QT_TRANSLATE_NOOP("Actions", "Export")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_project", "file", QT_TRANSLATE_NOOP("Actions", "New assessment…"),
               "_on_new_project"),
    ActionSpec("open_project", "file", QT_TRANSLATE_NOOP("Actions", "Open…"),
               "_on_open_project", ("Ctrl+O",)),
    ActionSpec("save_now", "file", QT_TRANSLATE_NOOP("Actions", "Save now"),
               "_on_save_now", ("Ctrl+S",), separator_before=True),
    ActionSpec("import_bundle", "file", QT_TRANSLATE_NOOP("Actions", "Import bundle…"),
               "_on_import_bundle", separator_before=True),
    ActionSpec("import_qdpx", "file",
               QT_TRANSLATE_NOOP("Actions", "Import REFI-QDA project…"), "_on_import_qdpx"),
    ActionSpec("import_survey", "file", QT_TRANSLATE_NOOP("Actions", "Import survey…"),
               "_on_import_survey", ("Ctrl+Shift+U",)),
    ActionSpec("export", "file", QT_TRANSLATE_NOOP("Actions", "Export…"),
               "_on_go_page", data=[name for name, _t in PAGES].index("export")),
    ActionSpec("reassess", "file",
               QT_TRANSLATE_NOOP("Actions", "New assessment from this one…"), "_on_reassess",
               separator_before=True),
    ActionSpec("compare", "file", QT_TRANSLATE_NOOP("Actions", "Compare assessments…"),
               "_on_compare"),
    ActionSpec("follow_up_actions", "file", QT_TRANSLATE_NOOP("Actions", "Follow-up actions…"),
               "_on_follow_up_actions", ("Ctrl+Shift+L",)),
    ActionSpec("restore_backup", "file", QT_TRANSLATE_NOOP("Actions", "Restore from backup…"),
               "_on_restore_backup"),
    ActionSpec("close_project", "file", QT_TRANSLATE_NOOP("Actions", "Close project"),
               "_on_close_project", ("Ctrl+W",)),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "Quit"), "_on_quit", ("Ctrl+Q",),
               separator_before=True),
    ActionSpec("undo", "edit", QT_TRANSLATE_NOOP("Actions", "Undo"), "_on_undo", ("Ctrl+Z",)),
    ActionSpec("redo", "edit", QT_TRANSLATE_NOOP("Actions", "Redo"), "_on_redo",
               ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("find", "edit", QT_TRANSLATE_NOOP("Actions", "Find in the notes…"), "_on_find",
               ("Ctrl+F",), data="open", separator_before=True),
    ActionSpec("find_next", "edit", QT_TRANSLATE_NOOP("Actions", "Find next"), "_on_find",
               ("F3",), data="next"),
    ActionSpec("find_previous", "edit", QT_TRANSLATE_NOOP("Actions", "Find previous"),
               "_on_find", ("Shift+F3",), data="previous"),
    ActionSpec("global_search", "edit", QT_TRANSLATE_NOOP("Actions", "Search everything…"),
               "_on_global_search", ("Ctrl+K",)),
    *(ActionSpec(f"page_{name}", "go", text, "_on_go_page", (f"Ctrl+{n}",), data=n - 1)
      for n, (name, text) in enumerate(PAGES, start=1)),
    ActionSpec("conflicts", "project", QT_TRANSLATE_NOOP("Actions", "Conflicts…"),
               "_on_conflicts"),
    ActionSpec("privacy", "project", QT_TRANSLATE_NOOP("Actions", "Privacy and retention…"),
               "_on_privacy", separator_before=True),
    ActionSpec("erase_notes", "project", QT_TRANSLATE_NOOP("Actions", "Erase raw notes…"),
               "_on_erase_notes"),
    ActionSpec("new_interview", "capture", QT_TRANSLATE_NOOP("Actions", "New interview…"),
               "_on_new_activity", ("Ctrl+N",), data="interview"),
    ActionSpec("new_observation", "capture", QT_TRANSLATE_NOOP("Actions", "New observation…"),
               "_on_new_activity", ("Ctrl+Shift+O",), data="observation"),
    ActionSpec("new_document_review", "capture",
               QT_TRANSLATE_NOOP("Actions", "New document review…"),
               "_on_new_activity", ("Ctrl+Shift+D",), data="document_review"),
    ActionSpec("new_workshop", "capture", QT_TRANSLATE_NOOP("Actions", "New workshop…"),
               "_on_new_activity", ("Ctrl+Shift+W",), data="workshop"),
    ActionSpec("switch_activity", "capture", QT_TRANSLATE_NOOP("Actions", "Switch activity…"),
               "_on_switch_activity", ("Ctrl+J",)),
    ActionSpec("tag_selection", "capture", QT_TRANSLATE_NOOP("Actions", "Tag selection…"),
               "_on_capture_command", ("Ctrl+T",), data="tag_selection", separator_before=True),
    ActionSpec("edit_tag", "capture", QT_TRANSLATE_NOOP("Actions", "Edit tag…"),
               "_on_capture_command", ("F2",), data="edit_tag"),
    ActionSpec("toggle_star", "capture", QT_TRANSLATE_NOOP("Actions", "Star or unstar tag"),
               "_on_capture_command", ("Ctrl+8",), data="toggle_star"),
    ActionSpec("remove_tag", "capture", QT_TRANSLATE_NOOP("Actions", "Remove tag"),
               "_on_capture_command", ("Ctrl+Shift+T",), data="remove_tag"),
    ActionSpec("next_question", "capture", QT_TRANSLATE_NOOP("Actions", "Next question or note"),
               "_on_capture_command", ("Alt+Down", "Ctrl+PgDown"), data="next_question",
               separator_before=True),
    ActionSpec("previous_question", "capture",
               QT_TRANSLATE_NOOP("Actions", "Previous question or note"),
               "_on_capture_command", ("Alt+Up", "Ctrl+PgUp"), data="previous_question"),
    ActionSpec("free_notes", "capture", QT_TRANSLATE_NOOP("Actions", "Free notes"),
               "_on_capture_command", ("Ctrl+Shift+F",), data="free_notes"),
    ActionSpec("adhoc_question", "capture", QT_TRANSLATE_NOOP("Actions", "Add ad-hoc question…"),
               "_on_capture_command", ("Ctrl+Shift+N",), data="adhoc_question"),
    ActionSpec("lookfors", "capture", QT_TRANSLATE_NOOP("Actions", "Look-fors"),
               "_on_capture_command", ("Ctrl+L",), data="lookfors"),
    ActionSpec("document_excerpt", "capture", QT_TRANSLATE_NOOP("Actions", "New page excerpt"),
               "_on_capture_command", ("Ctrl+Shift+P",), data="document_excerpt"),
    ActionSpec("add_attachment", "capture", QT_TRANSLATE_NOOP("Actions", "Add photo or file…"),
               "_on_capture_command", ("Ctrl+Shift+A",), data="add_attachment"),
    ActionSpec("excerpts_panel", "capture", QT_TRANSLATE_NOOP("Actions", "Excerpts panel"),
               "_on_capture_command", ("Ctrl+Shift+X",), data="excerpts_panel"),
    ActionSpec("focus_notes", "capture", QT_TRANSLATE_NOOP("Actions", "Back to the notes"),
               "_on_capture_command", ("F6",), data="focus_notes"),
    ActionSpec("end_activity", "capture", QT_TRANSLATE_NOOP("Actions", "Mark activity as done"),
               "_on_capture_command", ("Ctrl+Shift+E",), data="end_activity",
               separator_before=True),
    ActionSpec("export_transcript", "capture",
               QT_TRANSLATE_NOOP("Actions", "Export transcript for quote check…"),
               "_on_capture_command", ("Ctrl+Shift+R",), data="export_transcript"),
    ActionSpec("preferences", "settings", QT_TRANSLATE_NOOP("Actions", "Settings…"),
               "_on_preferences", ("Ctrl+,",)),
    ActionSpec("shortcuts", "help", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"),
               "_on_show_shortcuts", ("F1",)),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "About digifelt"), "_on_about"),
)

# Keys handled inside a widget rather than by a window action; listed in the help.
KEY_HINTS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("Actions", "Tag picker"), "abc…",
     QT_TRANSLATE_NOOP("Actions", "Type to filter indicators by code or words")),
    (QT_TRANSLATE_NOOP("Actions", "Tag picker"), "Up, Down",
     QT_TRANSLATE_NOOP("Actions", "Choose an indicator")),
    (QT_TRANSLATE_NOOP("Actions", "Tag picker"), "Ctrl+Space",
     QT_TRANSLATE_NOOP("Actions", "Add or remove the indicator (to tag several)")),
    (QT_TRANSLATE_NOOP("Actions", "Tag picker"), "Alt+Q, Alt+P",
     QT_TRANSLATE_NOOP("Actions", "Quote, paraphrase")),
    (QT_TRANSLATE_NOOP("Actions", "Tag picker"), "Alt+S, Alt+G, Alt+N",
     QT_TRANSLATE_NOOP("Actions", "Strength, gap, neutral")),
    (QT_TRANSLATE_NOOP("Actions", "Tag picker"), "*, Alt+8",
     QT_TRANSLATE_NOOP("Actions", "Star: wanted in the report")),
    (QT_TRANSLATE_NOOP("Actions", "Tag picker"), "Tab",
     QT_TRANSLATE_NOOP("Actions", "Write a memo")),
    (QT_TRANSLATE_NOOP("Actions", "Tag picker"), "Enter, Esc",
     QT_TRANSLATE_NOOP("Actions", "Save the tag, cancel")),
    (QT_TRANSLATE_NOOP("Actions", "Observation log"), "Enter",
     QT_TRANSLATE_NOOP("Actions", "Start a new time-stamped note")),
    (QT_TRANSLATE_NOOP("Actions", "Observation log"), "Shift+Enter",
     QT_TRANSLATE_NOOP("Actions", "New line in the same note")),
    (QT_TRANSLATE_NOOP("Actions", "Look-fors"), "Space",
     QT_TRANSLATE_NOOP("Actions", "Tick or untick (a ticked look-for gets its own note)")),
    (QT_TRANSLATE_NOOP("Actions", "Excerpts panel"), "Enter",
     QT_TRANSLATE_NOOP("Actions", "Show the excerpt in the notes")),
    (QT_TRANSLATE_NOOP("Actions", "Excerpts panel"), "Delete",
     QT_TRANSLATE_NOOP("Actions", "Remove the tag")),
    (QT_TRANSLATE_NOOP("Actions", "Page excerpt"), "Ctrl+Enter",
     QT_TRANSLATE_NOOP("Actions", "Tag and save the excerpt")),
    (QT_TRANSLATE_NOOP("Actions", "Find in the notes"), "Enter, Shift+Enter, Esc",
     QT_TRANSLATE_NOOP("Actions", "Next match, previous match, close")),
    (QT_TRANSLATE_NOOP("Actions", "Search everything"), "Down, Enter",
     QT_TRANSLATE_NOOP("Actions", "To the results; jump to the place")),
    (QT_TRANSLATE_NOOP("Actions", "Evidence"), "Enter",
     QT_TRANSLATE_NOOP("Actions", "Open the chosen excerpt in its activity")),
    (QT_TRANSLATE_NOOP("Actions", "Findings"), "Enter",
     QT_TRANSLATE_NOOP("Actions", "Add the chosen excerpt to the report")),
    (QT_TRANSLATE_NOOP("Actions", "Findings"), "Alt+Up, Alt+Down",
     QT_TRANSLATE_NOOP("Actions", "Move the chosen quote up or down")),
    (QT_TRANSLATE_NOOP("Actions", "Findings"), "Delete",
     QT_TRANSLATE_NOOP("Actions", "Remove the quote from the report")),
    (QT_TRANSLATE_NOOP("Actions", "Findings"), "Ctrl+Shift+K",
     QT_TRANSLATE_NOOP("Actions", "Calibration: where the team's provisional levels disagree")),
    (QT_TRANSLATE_NOOP("Actions", "Survey"), "Alt+U, Alt+D",
     QT_TRANSLATE_NOOP("Actions", "Show one group, one indicator")),
    (QT_TRANSLATE_NOOP("Actions", "Survey"), "Alt+V",
     QT_TRANSLATE_NOOP("Actions", "Set the valence of the question")),
    (QT_TRANSLATE_NOOP("Actions", "Import survey"), "Alt+U, Alt+I, Alt+H",
     QT_TRANSLATE_NOOP("Actions", "Use the column as, its indicator codes, choose indicators")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def spec(action_id: str) -> ActionSpec:
    return next(s for s in ACTIONS if s.id == action_id)


def create_actions(target: QObject, parent: QWidget) -> dict[str, QAction]:
    """One QAction per spec, triggering `target.<handler>` (with the spec's data, if any)."""
    actions = {}
    for s in ACTIONS:
        action = QAction(tr(s.text), parent)
        action.setObjectName(f"action_{s.id}")
        action.setShortcuts([QKeySequence(k) for k in s.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        handler = getattr(target, s.handler)
        if s.data is None:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        else:
            action.triggered.connect(lambda _checked=False, h=handler, d=s.data: h(d))
        parent.addAction(action)  # shortcuts work even while the menu bar is hidden
        actions[s.id] = action
    return actions


def build_menus(menubar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    menus = {key: menubar.addMenu(tr(title)) for key, title in MENUS}
    for s in ACTIONS:
        menu = menus[s.menu]
        if s.separator_before and not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(actions[s.id])
    for key, menu in menus.items():
        menu.setObjectName(f"menu_{key}")
    return menus


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(group, keys, what) for the help dialog, in menu order, translated."""
    titles = dict(MENUS)
    rows = []
    for s in ACTIONS:
        if not s.shortcuts:
            continue
        keys = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                         for k in s.shortcuts)
        rows.append((tr(titles[s.menu]).replace("&", ""), keys, tr(s.text)))
    rows += [(tr(group), keys, tr(what)) for group, keys, what in KEY_HINTS]
    return rows
