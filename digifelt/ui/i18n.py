"""UI language: choose it (setting, project, system locale) and load the translation at run time."""

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from digifelt.resource_paths import resource_path

# Native names: a language is always offered in its own words, whatever the UI language.
LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
SOURCE_LANGUAGE = "en"
_NORWEGIAN = ("nb", "nn", "no")

_installed: QTranslator | None = None
_current = SOURCE_LANGUAGE


DEFAULT_LANGUAGE = "nb"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred UI languages that the app speaks, else Bokmål.

    Nynorsk and plain "no" count as Norwegian: a Bokmål UI serves those users better than
    an English one. No match (or the C locale) gets the default, Bokmål.
    """
    for tag in (locale or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in _NORWEGIAN:
            return "nb"
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def resolve_language(setting: str) -> str:
    """An explicit choice wins; 'auto' follows the system locale, then Bokmål."""
    if setting in LANGUAGES:
        return setting
    return system_language()


def translations_dir() -> Path:
    return resource_path("translations")


class TsTranslator(QTranslator):
    """Translates straight from a Qt Linguist .ts file, so no compiled .qm must be committed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._messages: dict[tuple[str, str, str], str | list[str]] = {}
        self._language = ""

    def load_ts(self, path: Path) -> bool:
        root = ET.parse(path).getroot()
        self._language = root.get("language", "")
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in (
                        "unfinished", "vanished", "obsolete"):
                    continue
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                if message.get("numerus") == "yes":
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                    if any(forms):
                        self._messages[key] = forms
                elif translation.text:
                    self._messages[key] = translation.text
        return bool(self._messages)

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:  # noqa: N802 (Qt virtual)
        return not self._messages

    def translate(self, context, source, disambiguation=None, n=-1):
        found = self._messages.get((context, source, disambiguation or ""))
        if found is None:
            return None  # None (a null QString) lets Qt fall back to the source text
        if isinstance(found, list):
            # Norwegian, like English, has one singular and one plural form.
            return found[0] if n == 1 or len(found) == 1 else found[1]
        return found


def load_translator(language: str) -> QTranslator | None:
    """A compiled .qm when the installer put one beside the .ts, else the .ts itself.

    English is the source language; its .ts (the texts as written in the code, ready for a
    reviewer to refine) is used only once compiled, since reading it would cost start-up time
    to change nothing.
    """
    folder = translations_dir()
    compiled = folder / f"digifelt_{language}.qm"
    if compiled.is_file():
        translator = QTranslator()
        if translator.load(str(compiled)):
            return translator
    if language == SOURCE_LANGUAGE:
        return None
    # One .ts per part of the app (digifelt_nb.ts, digifelt_nb_evidence.ts, …) so parts can
    # be translated independently; the installer compiles them together into one .qm.
    translator = TsTranslator()
    for source in sorted(folder.glob(f"digifelt_{language}*.ts")):
        translator.load_ts(source)
    return None if translator.isEmpty() else translator


def install_language(language: str) -> str:
    """Make `language` the UI language (replacing any previous one); returns it."""
    global _installed, _current
    app = QCoreApplication.instance()
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    translator = load_translator(language)
    if translator is not None:
        translator.setParent(app)
        app.installTranslator(translator)
        _installed = translator
    _current = language if translator is not None else SOURCE_LANGUAGE
    return _current


def current_language() -> str:
    return _current


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under a name pyside6-lupdate recognises in any module."""
    return QCoreApplication.translate(context, text)
