"""UI language: choose it (setting, project, system locale) and load the translation at run time."""

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from digifelt.resource_paths import resource_path

# Native names: a language is always offered in its own words, whatever the UI language.
LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
SOURCE_LANGUAGE = "en"
_NORWEGIAN = ("nb", "nn", "no")

_installed: QTranslator | None = None
_installed_qt: QTranslator | None = None
_current = SOURCE_LANGUAGE
_system_locale: QLocale | None = None
# Numbers, dates and the calendar popup follow the UI language ("0,7 s" in Bokmål).
_LOCALES = {"nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)}
# Qt's own translation of its dialogs, by the names it might ship under.
_QT_NAMES = {"nb": ("qtbase_nb", "qtbase_no"), "en": ()}


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

    def __init__(self, parent=None, *, plurals_only: bool = False):
        super().__init__(parent)
        self._messages: dict[tuple[str, str, str], str | list[str]] = {}
        self._language = ""
        # English texts are the code's own; only their plural forms need a translator.
        self._plurals_only = plurals_only

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
                if self._plurals_only and message.get("numerus") != "yes":
                    continue
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
        if found is None and disambiguation:
            # As a compiled .qm does: a text without the comment serves every comment
            # (Qt's file dialog asks for tr("Type", "All other platforms")).
            found = self._messages.get((context, source, ""))
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
        plurals = TsTranslator(plurals_only=True)
        source = folder / f"digifelt_{language}.ts"
        if source.is_file():
            plurals.load_ts(source)
        return None if plurals.isEmpty() else plurals
    # One .ts per part of the app (digifelt_nb.ts, digifelt_nb_evidence.ts, …) so parts can
    # be translated independently; the installer compiles them together into one .qm.
    translator = TsTranslator()
    for source in sorted(folder.glob(f"digifelt_{language}*.ts")):
        translator.load_ts(source)
    return None if translator.isEmpty() else translator


def load_qt_translator(language: str) -> QTranslator | None:
    """Qt's own translation of its dialogs (file dialog, message boxes) when Qt ships one.

    PySide6 ships none for Bokmål (only Nynorsk); our .ts files then carry the texts those
    dialogs show (digifelt/ui/qt_dialog_strings.py), and win where both have a text.
    """
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in _QT_NAMES.get(language, (f"qtbase_{language}",)):
        translator = QTranslator()
        if translator.load(name, folder):
            return translator
    return None


def _apply_locale(language: str) -> None:
    global _system_locale
    if _system_locale is None:
        _system_locale = QLocale()
    wanted = _LOCALES.get(language)
    QLocale.setDefault(QLocale(*wanted) if wanted else _system_locale)


def install_language(language: str) -> str:
    """Make `language` the UI language (replacing any previous one); returns it."""
    global _installed, _installed_qt, _current
    app = QCoreApplication.instance()
    if app is None:  # nothing to translate yet (a test without an application)
        _current = language if language in LANGUAGES else SOURCE_LANGUAGE
        return _current
    for old in (_installed, _installed_qt):
        if old is not None:
            app.removeTranslator(old)
    _installed = _installed_qt = None
    # Installed first, so ours (installed last, asked first) wins where both translate.
    qt_translator = load_qt_translator(language)
    if qt_translator is not None:
        qt_translator.setParent(app)
        app.installTranslator(qt_translator)
        _installed_qt = qt_translator
    translator = load_translator(language)
    if translator is not None:
        translator.setParent(app)
        app.installTranslator(translator)
        _installed = translator
    _current = language if translator is not None or language == SOURCE_LANGUAGE \
        else SOURCE_LANGUAGE
    _apply_locale(_current)
    return _current


def current_language() -> str:
    return _current


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under a name pyside6-lupdate recognises in any module."""
    return QCoreApplication.translate(context, text)


def decimal(value: float, places: int = 1) -> str:
    """A number as the UI language writes it: "0,7" in Bokmål, "0.7" in English."""
    return QLocale().toString(float(value), "f", places)
