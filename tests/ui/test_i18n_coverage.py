"""Every window, page, menu and dialog of the app, read in English and in Norwegian.

A text a user sees that is the same in both languages, and is not the project's own content,
was never translated (or never passed through tr()). A Norwegian text left in the English UI
means switching back did not reach it.
"""

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from surfaces import all_dialogs

from digifelt.ui import i18n

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path

# Words that are spelled the same in Norwegian and English (or are names).
SAME_IN_BOTH = {"OK", "Status", "Guide", "Pseudonym", "digifelt", "English", "Norsk bokmål",
                "Evidens", "min", "s", "Wiki", "Excel", "Word", "CSV", "PDF", "REFI-QDA",
                "BagIt", "QDPX", "Ctrl", "Alt", "Shift", "Esc", "F1", "F2", "Tab", "Enter",
                "Norsk", "bokmål", "Qt", "PySide", "GPL", "LGPL", "Python", "SQLite", "ID"}


def project_strings(path: Path) -> set[str]:
    """Every short text stored in the project: titles, names, codes, notes' first words."""
    found: set[str] = set()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                found.update(v.strip() for v in row if isinstance(v, str) and 2 < len(v) < 400)
    return found


def plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)  # rich-text labels
    text = text.replace("&&", "&").replace("&", "")  # accelerators
    return " ".join(text.split())


def widget_texts(root: QWidget) -> list[str]:
    """What a user reads or hears in `root`: texts, titles, placeholders, items, tooltips,
    column headers, accessible names."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(n) for n in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(n) for n in range(w.count())]
        header = getattr(w, "horizontalHeader", getattr(w, "header", None))
        if isinstance(w, QAbstractItemView) and header is not None and w.model() is not None:
            header = header()
            if header.isVisibleTo(root):
                out += [str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")
                        for c in range(header.count())]
        out += [w.toolTip(), w.accessibleName()]
    return [t for t in map(plain, out) if t]


def menu_texts(window) -> list[str]:
    out = []
    for menu in window.menuBar().findChildren(QMenu):
        out.append(menu.title())
        for action in menu.actions():
            out += [action.text(), action.toolTip(), action.statusTip()]
    return [t for t in map(plain, out) if t]


def everything(qtbot, controller, settings) -> list[str]:
    """Texts of the welcome window, every rail page, the menus and every dialog."""
    window = controller.window
    texts = menu_texts(window) + widget_texts(window)
    for page in range(window.rail.count()):
        window.rail.setCurrentRow(page)
        texts += widget_texts(window.stack.currentWidget())
    for dialog in all_dialogs(window, settings):
        dialog.show()
        qtbot.waitExposed(dialog)
        texts += widget_texts(dialog)
        dialog.close()
        dialog.deleteLater()
    welcome = controller.show_welcome()
    texts += widget_texts(welcome)
    welcome.close()
    return texts


def translations() -> set[str]:
    """The Norwegian texts that differ from their English source."""
    out = set()
    for path in Path(i18n.translations_dir()).glob("digifelt_nb*.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            text = message.findtext("translation") or ""
            if text and text != message.findtext("source"):
                out.add(plain(text))
    return out


def is_content(text: str, data: set[str]) -> bool:
    """True if `text` is made of the project's own content, numbers and punctuation only."""
    if re.match(r"^(/|[A-Za-z]:\\)", text):  # a path on this computer
        return True
    rest = text
    for value in sorted(data, key=len, reverse=True):
        if value in rest:
            rest = rest.replace(value, " ")
    return not re.search(r"[^\W\d_]{2,}", rest) or all(
        word in SAME_IN_BOTH for word in re.findall(r"[^\W\d_]{2,}", rest))


def test_nothing_is_left_untranslated_in_either_language(qtbot, controller, settings,
                                                         demo_path):
    controller.open_project(demo_path)
    controller.window.rail.setCurrentRow(0)
    english = everything(qtbot, controller, settings)
    controller.set_language("nb")
    norwegian = everything(qtbot, controller, settings)
    assert len(english) > 300
    assert len(norwegian) > 300
    from digifelt.core.template import builtin_templates

    data = project_strings(demo_path) | {settings.display_name(), demo_path.name,
                                         str(demo_path), demo_path.stem}
    data |= {info.title for info in builtin_templates()}
    untranslated = sorted({t for t in set(norwegian) & set(english)
                           if t not in SAME_IN_BOTH and not is_content(t, data)})
    assert untranslated == [], "\n".join(untranslated)
    controller.set_language("en")
    back = everything(qtbot, controller, settings)
    left_in_norwegian = sorted((set(back) & translations()) - set(english) - data)
    assert left_in_norwegian == [], "\n".join(left_in_norwegian)
