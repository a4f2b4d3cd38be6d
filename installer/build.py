"""Build the digifelt app folder for this OS in one command: `python installer/build.py`.

1. installs PyInstaller if it is missing (the `build` extra in pyproject.toml),
2. compiles every resources/translations/digifelt_<lang>*.ts into one digifelt_<lang>.qm per
   language with pyside6-lrelease, into the build folder only (.qm files are never committed),
3. runs PyInstaller with installer/digifelt.spec,
4. on Windows, compiles the Inno Setup installer (installer/windows/digifelt.iss) when
   Inno Setup 6 is installed,
5. prints the app folder and its size; `--smoke` then runs installer/smoke.py on the result.

Output: installer/dist/digifelt/ (run `installer/dist/digifelt/digifelt`; on Windows also
`digifelt-cli.exe`). Work files: installer/build/. Both are ignored by git.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "digifelt.spec"
WORK = INSTALLER / "build"
DIST = INSTALLER / "dist"
QM_DIR = WORK / "qm"
TRANSLATIONS = ROOT / "resources" / "translations"
TS_NAME = re.compile(r"digifelt_([a-z]{2,3})(?:_[A-Za-z0-9_-]+)?\.ts")


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
        return
    except ImportError:
        pass
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = extras["project"]["optional-dependencies"]["build"]
    step(f"installing {', '.join(wanted)}")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *wanted], check=True)


def qt_tool(name: str) -> str:
    """A PySide6 tool (pyside6-lrelease …) of this Python, even when its bin/ is not on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"build: {name} not found (it comes with PySide6-Essentials)")
    return found


def languages() -> dict[str, list[Path]]:
    """The .ts files of each language: digifelt_nb.ts, digifelt_nb_ship.ts … → 'nb'."""
    found: dict[str, list[Path]] = {}
    for ts in sorted(TRANSLATIONS.glob("digifelt_*.ts")):
        match = TS_NAME.fullmatch(ts.name)
        if match:
            found.setdefault(match.group(1), []).append(ts)
    return found


def compile_translations() -> list[Path]:
    step("compiling translations")
    if QM_DIR.exists():
        shutil.rmtree(QM_DIR)
    QM_DIR.mkdir(parents=True)
    lrelease = qt_tool("pyside6-lrelease")
    made = []
    for language, sources in languages().items():
        qm = QM_DIR / f"digifelt_{language}.qm"
        result = subprocess.run([lrelease, *map(str, sources), "-qm", str(qm)],
                                capture_output=True, text=True)
        if result.returncode != 0 or not qm.is_file():
            sys.exit(f"build: pyside6-lrelease failed for {language}:\n{result.stderr}")
        summary = " ".join(line.strip() for line in result.stdout.splitlines()
                           if "translation" in line.lower())
        print(f"{qm.name} from {', '.join(s.name for s in sources)}: {summary}")
        made.append(qm)
    return made


def run_pyinstaller(clean: bool) -> Path:
    step("running PyInstaller (a few minutes)")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    env = {**os.environ, "DIGIFELT_QM_DIR": str(QM_DIR)}
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return DIST / "digifelt"


def app_version() -> str:
    text = (ROOT / "digifelt" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def inno_setup_compiler() -> str | None:
    found = shutil.which("iscc")
    if found:
        return found
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        folder = os.environ.get(base)
        for sub in ("Inno Setup 6", r"Programs\Inno Setup 6"):
            if folder and (Path(folder) / sub / "ISCC.exe").is_file():
                return str(Path(folder) / sub / "ISCC.exe")
    return None


def build_windows_installer() -> None:
    iscc = inno_setup_compiler()
    if iscc is None:
        print("Inno Setup 6 not found: skipping the setup .exe (installer/windows/digifelt.iss)")
        return
    step("compiling the Windows installer (Inno Setup)")
    subprocess.run([iscc, "/Q", f"/DAppVersion={app_version()}",
                    str(INSTALLER / "windows" / "digifelt.iss")], check=True)
    print(f"setup: {DIST / f'digifelt-{app_version()}-setup.exe'}")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable(folder: Path) -> Path:
    """The binary the smoke test drives: the console one on Windows."""
    if sys.platform == "win32":
        return folder / "digifelt-cli.exe"
    return folder / "digifelt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true",
                        help="run installer/smoke.py on the built app afterwards")
    parser.add_argument("--clean", action="store_true",
                        help="empty PyInstaller's cache first (slower; after upgrades)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    ensure_pyinstaller()
    compile_translations()
    folder = run_pyinstaller(args.clean)
    binary = executable(folder)
    if not binary.is_file():
        sys.exit(f"build: {binary} was not made")
    if sys.platform == "win32":
        build_windows_installer()
    built = time.monotonic() - started
    step("done")
    print(f"app folder: {folder}")
    print(f"size: {folder_size(folder) / 2**20:.0f} MiB; built in {built:.0f} s")
    print(f"run it: {binary} --version")
    if args.smoke:
        step("smoke test of the built app")
        result = subprocess.run([sys.executable, str(INSTALLER / "smoke.py"), str(binary)])
        print(f"smoke test {'passed' if result.returncode == 0 else 'FAILED'} "
              f"(build and smoke test: {time.monotonic() - started:.0f} s)")
        return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
