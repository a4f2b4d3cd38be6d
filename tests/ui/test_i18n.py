"""Norwegian Bokmål and English: the .ts file is complete and current, translations load without
compiled files, the workspace is Norwegian in nb, and switching language is live."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from digifelt.ui import i18n

TS = Path(i18n.translations_dir()) / "digifelt_nb.ts"
# One .ts per part of the app; together they must cover every tr() string exactly once.
TS_FILES = sorted(Path(i18n.translations_dir()).glob("digifelt_nb*.ts"))
# English, the source language, has one file with every message (texts as in the code).
EN_TS = Path(i18n.translations_dir()) / "digifelt_en.ts"
UI = Path(__file__).resolve().parents[2] / "digifelt" / "ui"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(c.findtext("name"), m.findtext("source"), m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


def all_messages() -> list[tuple[str, str, ET.Element]]:
    return [m for path in TS_FILES for m in messages(path)]


@pytest.fixture(autouse=True)
def _english_again():
    yield
    i18n.install_language("en")


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_message_is_translated_with_its_placeholders_and_accelerators(language):
    problems = []
    found = all_messages() if language == "nb" else messages(EN_TS)
    for context, source, translation in found:
        # A text counted with %n has a form per number (numerusform), each a whole text.
        forms = [f.text or "" for f in translation.iter("numerusform")]
        for text in forms or [translation.text or ""]:
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
                problems.append(f"{context}: {source!r} is not translated")
            if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
                problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: {source!r} → {text!r} loses the accelerator")
            if forms and "%n" not in text:
                problems.append(f"{context}: {source!r} → {text!r} loses the count")
    assert problems == []


def qt_tool(name: str) -> str | None:
    """PySide6's tool, beside this Python first (a venv's bin is not always on PATH)."""
    return (shutil.which(name, path=str(Path(sys.executable).parent))
            or shutil.which(name))


def test_the_translation_file_is_current_with_the_sources(tmp_path):
    """Fails when a new tr() string was not run through pyside6-lupdate (see README)."""
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    wanted = {(c, s) for c, s, _t in messages(fresh)}
    found = [(c, s) for c, s, _t in all_messages()]
    present = set(found)
    assert sorted(wanted - present) == []
    assert sorted(present - wanted) == []
    assert len(found) == len(present), "a message is in more than one .ts file"
    english = [(c, s) for c, s, _t in messages(EN_TS)]
    assert sorted(wanted ^ set(english)) == [], "digifelt_en.ts is behind the code"
    assert len(english) == len(set(english))


def test_ts_translator_overrides_translate(qapp, tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1">
<context><name>Ctx</name>
<message><source>Save</source><translation>Lagre</translation></message>
<message><source>Later</source><translation type="unfinished">Senere</translation></message>
<message numerus="yes"><source>%n notes</source><translation>
<numerusform>%n notat</numerusform><numerusform>%n notater</numerusform></translation></message>
</context></TS>""", encoding="utf-8")
    translator = i18n.TsTranslator()
    assert translator.load_ts(ts)
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Ctx", "Save") == "Lagre"
        assert QCoreApplication.translate("Ctx", "Later") == "Later"  # unfinished: source
        assert QCoreApplication.translate("Other", "Save") == "Save"
        assert QCoreApplication.translate("Ctx", "%n notes", None, 1) == "1 notat"
        assert QCoreApplication.translate("Ctx", "%n notes", None, 3) == "3 notater"
    finally:
        qapp.removeTranslator(translator)


def test_a_compiled_qm_beside_the_ts_is_preferred(qapp, tmp_path, monkeypatch):
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    shutil.copy(TS, tmp_path / "digifelt_nb.ts")
    subprocess.run([lrelease, str(tmp_path / "digifelt_nb.ts"), "-qm",
                    str(tmp_path / "digifelt_nb.qm")], check=True, capture_output=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    translator = i18n.load_translator("nb")
    assert not isinstance(translator, i18n.TsTranslator)
    assert translator.translate("Actions", "Overview") == "Oversikt"
    (tmp_path / "digifelt_nb.qm").unlink()
    assert isinstance(i18n.load_translator("nb"), i18n.TsTranslator)


def test_language_choice_follows_the_system_then_bokmal(monkeypatch):
    from PySide6.QtCore import QLocale

    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("nb") == "nb"
    for locale, wanted in [("nb_NO", "nb"), ("nn_NO", "nb"), ("en_GB", "en"), ("en_US", "en"),
                           ("se_NO", "nb"), ("de_DE", "nb"), ("C", "nb")]:
        assert i18n.system_language(QLocale(locale)) == wanted, locale
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.resolve_language("auto") == "en"


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of what a user reads: labels, buttons, group boxes, tabs, placeholders."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel) and w.text():
            out.append(("label", w.text()))
        elif isinstance(w, QAbstractButton) and w.text():
            out.append(("button", w.text()))
        elif isinstance(w, QGroupBox):
            out.append(("group", w.title()))
        elif isinstance(w, QTabWidget):
            out += [("tab", w.tabText(n)) for n in range(w.count())]
        elif isinstance(w, QLineEdit) and w.placeholderText():
            out.append(("placeholder", w.placeholderText()))
    return out


def test_the_workspace_speaks_norwegian(qtbot, controller, open_activity):
    english = {s for _c, s, t in all_messages() if t.text != s}
    norwegian = {t.text for _c, _s, t in all_messages()}
    controller.set_language("nb")  # the language menu's path
    window = controller.window
    assert QCoreApplication.translate("Actions", "Overview") == "Oversikt"
    menus = [m.title() for m in window.menus.values()]
    actions = [a.text() for m in window.menus.values() for a in m.actions() if a.text()]
    rail = [window.rail.item(n).text() for n in range(window.rail.count())]
    assert rail == ["Oversikt", "Rubrikk", "Planlegging", "Innsamling", "Evidens", "Funn",
                    "Eksport"]
    for text in menus + actions + rail:
        assert text in norwegian or text in ("Automatisk (prosjektets språk)", "Norsk bokmål",
                                             "English"), text
    view = open_activity()
    seen = 0
    for page in range(window.stack.count()):
        window.rail.setCurrentRow(page)
        for kind, text in visible_texts(window.stack.currentWidget()):
            seen += 1
            assert text not in english or text in ("Status", "Guide", "Pseudonym", "OK"), (
                page, kind, text)
    assert seen > 40
    assert view.done_button.text() == "Merk som ferdig"
    assert window.save_label.text() in ("Lagret", "Lagrer …")


def test_switching_language_is_live_and_keeps_the_open_activity(qtbot, controller,
                                                                open_activity):
    view = open_activity()
    activity_id = view.activity_id
    old = controller.window
    controller.set_language("nb")
    window = controller.window
    assert window is not old
    assert window.rail.item(0).text() == "Oversikt"
    assert window.capture.view.activity_id == activity_id
    assert window.current_page() == 3
    assert controller.ctx is not None
    controller.set_language("en")
    assert controller.window.rail.item(0).text() == "Overview"
    assert controller.settings.language == "en"
