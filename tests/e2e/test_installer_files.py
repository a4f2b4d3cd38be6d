"""The installer files, checked without building: the PyInstaller spec (run against stand-ins
for PyInstaller, as on Linux, Windows and macOS), the Linux desktop entry, MIME type and
per-user install script, the Inno Setup script, the translations build.py compiles, and
Help → About."""

import configparser
import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from digifelt import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
LINUX = INSTALLER / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


# The PyInstaller spec


class FakeAnalysis:
    def __init__(self, scripts, **options):
        self.options = options
        self.scripts = scripts
        self.pure = []
        self.binaries = []
        self.datas = [(str(Path(dest) / Path(src).name), src, "DATA")
                      for src, dest in options["datas"]]


def run_spec(platform: str) -> dict:
    """Execute installer/digifelt.spec as PyInstaller would on `platform`; what it built."""
    built = {"exe": [], "collect": [], "bundle": []}
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *args, **kwargs: []
    hooks.collect_submodules = lambda *args, **kwargs: []
    hooks.copy_metadata = lambda *args, **kwargs: []
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda path: []
    namespace = {
        "SPECPATH": str(INSTALLER),
        "Analysis": FakeAnalysis,
        "PYZ": lambda *args, **kwargs: ("PYZ", args),
        "EXE": lambda *args, **kwargs: built["exe"].append(kwargs) or kwargs,
        "COLLECT": lambda *args, **kwargs: built["collect"].append((args, kwargs)),
        "BUNDLE": lambda *args, **kwargs: built["bundle"].append(kwargs),
    }
    code = compile((INSTALLER / "digifelt.spec").read_text(encoding="utf-8"),
                   "digifelt.spec", "exec")
    with pytest.MonkeyPatch.context() as patch:
        for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                             ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                             ("PyInstaller.utils.hooks", hooks),
                             ("PyInstaller.depend", types.ModuleType("PyInstaller.depend")),
                             ("PyInstaller.depend.bindepend", bindepend)):
            patch.setitem(sys.modules, name, module)
        patch.setattr(sys, "platform", platform)
        exec(code, namespace)
    built["analysis"] = namespace["a"]
    return built


def test_the_spec_collects_every_resource_the_migrations_and_the_license():
    analysis = run_spec("linux")["analysis"]
    bundled = {(Path(src).resolve(), Path(dest).parent.as_posix())
               for dest, src, _kind in analysis.datas}
    wanted = set()
    for path in (ROOT / "resources").rglob("*"):
        if (path.is_file() and "__pycache__" not in path.parts
                and path.suffix not in (".pyc", ".qm", ".ico", ".icns")
                and path.name != "build_report_template.py"):
            wanted.add((path.resolve(), ("resources" / path.parent.relative_to(
                ROOT / "resources")).as_posix()))
    migrations = ROOT / "digifelt" / "storage" / "migrations"
    for path in migrations.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            wanted.add((path.resolve(), ("digifelt/storage/migrations" / path.parent.relative_to(
                migrations)).as_posix()))
    wanted.add(((ROOT / "LICENSE").resolve(), "resources/licenses"))
    assert wanted - bundled == set()
    assert any(src.name == "env.py" for src, _dest in bundled)
    assert any(src.name == "digifelt.svg" for src, _dest in bundled)
    assert any(src.name == "THIRD-PARTY.md" for src, _dest in bundled)

    hidden = set(analysis.options["hiddenimports"])
    # What Alembic's scripts import is loaded from files, so it must be named.
    assert {"alembic.op", "sqlalchemy", "digifelt.storage.fts",
            "sqlalchemy.dialects.sqlite"} <= hidden
    excludes = set(analysis.options["excludes"])
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore"} <= excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & excludes


def test_the_spec_makes_one_windowed_program_on_linux():
    built = run_spec("linux")
    assert [(e["name"], e["console"]) for e in built["exe"]] == [("digifelt", False)]
    assert built["collect"][0][1]["name"] == "digifelt"
    assert built["bundle"] == []


def test_the_spec_makes_a_windowed_and_a_console_program_on_windows():
    built = run_spec("win32")
    assert [(e["name"], e["console"]) for e in built["exe"]] == [
        ("digifelt", False), ("digifelt-cli", True)]
    assert all(e["icon"].endswith("digifelt.ico") for e in built["exe"])
    assert len(built["collect"]) == 1  # one folder shared by both programs
    assert Path(built["exe"][0]["icon"]).is_file()


def test_the_spec_makes_an_app_bundle_owning_digifelt_files_on_macos():
    built = run_spec("darwin")
    (bundle,) = built["bundle"]
    assert bundle["name"] == "digifelt.app"
    assert Path(bundle["icon"]).name == "digifelt.icns"
    assert Path(bundle["icon"]).is_file()
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == __version__
    (doc_type,) = plist["CFBundleDocumentTypes"]
    assert doc_type["CFBundleTypeExtensions"] == ["digifelt"]
    assert plist["NSHighResolutionCapable"] is True


def test_the_icons_are_there_in_every_size():
    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        data = (icons / f"digifelt-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == size  # IHDR width
    assert (icons / "digifelt.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "digifelt.icns").read_bytes()[:4] == b"icns"


# Linux


def test_the_desktop_entry_is_valid_and_opens_digifelt_files():
    desktop = LINUX / "digifelt.desktop"
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(desktop, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == "digifelt"
    assert "application/x-digifelt" in entry["MimeType"].split(";")
    assert "%f" in entry["Exec"]
    assert "digifelt open" in entry["Exec"]
    assert entry["Name"] == "digifelt"
    assert "Comment[nb]" in entry


def test_the_desktop_entry_runs_open_with_a_file_and_the_app_without(tmp_path):
    """Run the Exec line's shell command with a stand-in `digifelt` that reports its arguments."""
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(LINUX / "digifelt.desktop", encoding="utf-8")
    exec_line = parser["Desktop Entry"]["Exec"].replace("\\\\", "\\")
    script = re.search(r'sh -c "(.*)" digifelt %f$', exec_line).group(1)
    script = re.sub(r'\\(["`$\\])', r"\1", script)  # the desktop spec's quoting inside "…"
    fake = tmp_path / "digifelt"
    fake.write_text('#!/bin/sh\necho "args:$*"\n')
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    with_file = subprocess.run(["sh", "-c", script, "digifelt", "/x/a b.digifelt"],
                               capture_output=True, text=True, env=env)
    without = subprocess.run(["sh", "-c", script, "digifelt"], capture_output=True, text=True,
                             env=env)
    assert with_file.stdout.strip() == "args:open /x/a b.digifelt"
    assert without.stdout.strip() == "args:"


def test_the_mime_type_claims_digifelt_files():
    root = ET.parse(LINUX / "digifelt-mime.xml").getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-digifelt"
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.digifelt"]
    assert mime.find(f"{MIME_NS}icon").get("name") == "application-x-digifelt"


def test_install_user_installs_and_uninstalls_in_the_home_folder(tmp_path):
    app = tmp_path / "built" / "digifelt"
    icons = app / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    for source in (ROOT / "resources" / "icons").glob("digifelt*"):
        shutil.copy(source, icons)
    program = app / "digifelt"
    program.write_text("#!/bin/sh\necho digifelt-stand-in\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    script = str(LINUX / "install-user.sh")

    installed = subprocess.run(["sh", script, str(app)], capture_output=True, text=True,
                               env=env, timeout=120)
    assert installed.returncode == 0, installed.stderr
    opt = home / ".local" / "opt" / "digifelt"
    assert (opt / "digifelt").is_file()
    link = home / ".local" / "bin" / "digifelt"
    assert link.is_symlink()
    assert link.resolve() == (opt / "digifelt").resolve()
    desktop = (home / ".local/share/applications/digifelt.desktop").read_text()
    assert f"exec {opt}/digifelt open" in desktop
    assert (home / ".local/share/icons/hicolor/256x256/apps/digifelt.png").is_file()
    assert (home / ".local/share/icons/hicolor/48x48/mimetypes/"
                   "application-x-digifelt.png").is_file()
    assert (home / ".local/share/mime/packages/digifelt-mime.xml").is_file()

    removed = subprocess.run(["sh", script, "--uninstall"], capture_output=True, text=True,
                             env=env, timeout=120)
    assert removed.returncode == 0, removed.stderr
    assert not opt.exists()
    assert not link.exists()
    assert not (home / ".local/share/applications/digifelt.desktop").exists()
    assert not (home / ".local/share/mime/packages/digifelt-mime.xml").exists()


# Windows


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in (INSTALLER / "windows" / "digifelt.iss").read_text(encoding="ascii").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_the_inno_setup_script_installs_per_user_with_association_and_uninstaller():
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{userpf}")  # %LOCALAPPDATA%\Programs
    assert setup["ChangesAssociations"] == "yes"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    assert "Uninstallable" not in setup or setup["Uninstallable"] == "yes"
    assert setup["UninstallDisplayIcon"] == "{app}\\{#AppExe}"
    root = INSTALLER / "windows" / ".." / ".."
    for key in ("SetupIconFile", "LicenseFile"):
        relative = setup[key].replace("{#Root}\\", "").replace("\\", "/")
        assert (root / relative).is_file(), key
    registry = "\n".join(sections["Registry"])
    assert 'Root: HKCU; Subkey: "Software\\Classes\\.digifelt"' in registry
    assert "HKLM" not in registry
    assert '""{app}\\{#AppExe}"" open ""%1""' in registry
    icons = "\n".join(sections["Icons"])
    assert "{autoprograms}" in icons
    assert "Tasks: desktopicon" in icons
    assert any(line.startswith('Name: "desktopicon"') for line in sections["Tasks"])
    assert {"nb", "en"} <= {line.split('"')[1] for line in sections["Languages"]}
    # The preprocessor reads the version from the line that starts with __version__.
    init = (ROOT / "digifelt" / "__init__.py").read_text(encoding="utf-8").splitlines()
    assert f'__version__ = "{__version__}"' in init


# Translations and Help → About


def load_build_script():
    spec = importlib.util.spec_from_file_location("digifelt_build", INSTALLER / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_compiles_one_qm_per_language_from_all_its_ts_files(qapp, tmp_path, monkeypatch):
    build = load_build_script()
    found = build.languages()
    assert [ts.name for ts in found["nb"]][:1] == ["digifelt_nb.ts"]
    assert "digifelt_nb_ship.ts" in [ts.name for ts in found["nb"]]
    assert [ts.name for ts in found["en"]] == ["digifelt_en.ts"]
    try:
        build.qt_tool("pyside6-lrelease")
    except SystemExit:
        pytest.skip("pyside6-lrelease is not installed")
    monkeypatch.setattr(build, "QM_DIR", tmp_path / "qm")
    compiled = {qm.stem: qm for qm in build.compile_translations()}
    assert set(compiled) == {"digifelt_nb", "digifelt_en"}
    translator = QTranslator()
    assert translator.load(str(compiled["digifelt_nb"]))
    assert translator.translate("Actions", "Overview") == "Oversikt"
    assert translator.translate("AboutDialog", "About digifelt") == "Om digifelt"
    english = QTranslator()
    assert english.load(str(compiled["digifelt_en"]))
    assert english.translate("Actions", "Overview") == "Overview"


def test_about_shows_version_license_and_third_party_notices(qtbot):
    from digifelt.ui.dialogs.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    assert "GPL-3.0-or-later" in dialog.license_label.text()
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.license_view.toPlainText()
    notices = dialog.notices_view.toPlainText()
    for name in ("PySide6", "LGPL", "SQLAlchemy", "SQLModel", "Alembic", "python-docx",
                 "openpyxl", "PyYAML", "pydantic", "jsonschema", "orjson", "platformdirs"):
        assert name in notices, name
    assert dialog.license_view.accessibleName()
    assert dialog.notices_view.accessibleName()


def test_about_speaks_norwegian(qtbot):
    from digifelt.ui import i18n
    from digifelt.ui.dialogs.about import AboutDialog

    i18n.install_language("nb")
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Om digifelt"
        assert "versjon" in dialog.version_label.text()
        assert [dialog.tabs.tabText(n) for n in range(2)] == [
            "Programvare fra tredjeparter", "Lisens"]
    finally:
        i18n.install_language("en")


def test_help_about_in_the_main_window_opens_the_dialog(qtbot, tmp_path, blank_project_file):
    from digifelt.app_settings import load_settings
    from digifelt.ui.app import AppController
    from digifelt.ui.dialogs.about import AboutDialog

    path = tmp_path / "about.digifelt"
    shutil.copy(blank_project_file, path)
    settings = load_settings()
    settings.language = "en"
    controller = AppController(settings)
    window = controller.open_project(path)
    assert window is not None
    seen = []

    def close_the_dialog():
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        dialog.reject()

    try:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, close_the_dialog)
        window.actions["about"].trigger()
        assert seen == [AboutDialog]
    finally:
        window.close()
        if controller.ctx is not None:
            controller.ctx.close()
