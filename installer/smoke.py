"""Smoke test of a built digifelt: drive the frozen binary like a user would, in a scratch folder.

    python installer/smoke.py [installer/dist/digifelt/digifelt]

Runs `--version`, `demo`, `report` (then reads the .docx), `bundle export` (then looks for the
BagIt declaration), `check`, upgrades a project file of schema 0001 (the Alembic scripts as
shipped), and starts the GUI offscreen on the demo with
DIGIFELT_QUIT_AFTER_START set, so it quits by itself once the window is up. App folders point
into the scratch folder: nothing touches the real user's settings or data. Exit status 0 when
every step passed. Needs python-docx in the Python that runs it (the app's own dependency).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "installer" / "dist" / "digifelt" / (
    "digifelt-cli.exe" if sys.platform == "win32" else "digifelt")
OLD_PROJECT = ROOT / "tests" / "fixtures" / "schemas" / "v0001.digifelt"
TIMEOUT = 300


class SmokeFailure(Exception):
    pass


class Smoke:
    def __init__(self, binary: Path, scratch: Path):
        self.binary = binary
        self.scratch = scratch
        self.env = {**os.environ,
                    "DIGIFELT_DATA_DIR": str(scratch / "data"),
                    "DIGIFELT_CONFIG_DIR": str(scratch / "config"),
                    "QT_QPA_PLATFORM": "offscreen"}
        self.env.pop(QUIT, None)
        self.failures = 0

    def run(self, *args, env=None) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.binary), *map(str, args)], cwd=self.scratch,
                              env=env or self.env, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=TIMEOUT)

    def step(self, name: str, check) -> None:
        started = time.monotonic()
        try:
            detail = check()
        except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
            self.failures += 1
            print(f"FAIL {name} ({time.monotonic() - started:.1f} s): {exc}", flush=True)
            return
        print(f"ok   {name} ({time.monotonic() - started:.1f} s): {detail}", flush=True)


QUIT = "DIGIFELT_QUIT_AFTER_START"


def expect_success(result: subprocess.CompletedProcess) -> str:
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise SmokeFailure(f"exit status {result.returncode}\n{result.stdout}{result.stderr}")
    return result.stdout.strip().splitlines()[-1].strip() if result.stdout.strip() else ""


def main(argv: list[str]) -> int:
    binary = Path(argv[0]).resolve() if argv else DEFAULT
    if not binary.is_file():
        print(f"smoke: {binary} not found; build it with `python installer/build.py`",
              file=sys.stderr)
        return 2
    print(f"smoke test of {binary}")
    with tempfile.TemporaryDirectory(prefix="digifelt-smoke-") as tmp:
        smoke = Smoke(binary, Path(tmp))
        project = Path(tmp) / "demo.digifelt"
        report = Path(tmp) / "report.docx"
        bundle = Path(tmp) / "bundle.zip"

        def version():
            line = expect_success(smoke.run("--version"))
            if not line.startswith("digifelt "):
                raise SmokeFailure(f"unexpected version line {line!r}")
            return line

        def translations():
            found = sorted(p.name for p in binary.parent.rglob("digifelt_*.qm"))
            if not found:
                raise SmokeFailure("no compiled translation (.qm) in the app folder")
            return ", ".join(found)

        def demo():
            line = expect_success(smoke.run("demo", project, "--size", "small"))
            if not project.is_file():
                raise SmokeFailure("the demo project was not written")
            return line

        def make_report():
            line = expect_success(smoke.run("report", project, "-o", report))
            import docx

            headings = [p.text for p in docx.Document(str(report)).paragraphs
                        if p.style is not None and p.style.name.startswith("Heading")]
            if not headings:
                raise SmokeFailure("the report has no headings")
            return f"{line} — {len(headings)} headings, first {headings[0]!r}"

        def export_bundle():
            line = expect_success(smoke.run("bundle", "export", project, "-o", bundle))
            with zipfile.ZipFile(bundle) as zf:
                names = zf.namelist()
            if not any(name.endswith("/bagit.txt") for name in names):
                raise SmokeFailure(f"no bagit.txt among {names[:5]}…")
            return f"{line} — {len(names)} files in the bag"

        def check():
            return expect_success(smoke.run("check", project))

        def upgrade():
            if not OLD_PROJECT.is_file():
                return f"skipped: no {OLD_PROJECT.name} beside this script"
            old = Path(tmp) / "old.digifelt"
            shutil.copy(OLD_PROJECT, old)
            expect_success(smoke.run("search", old, "kommune"))  # opening upgrades the file
            return f"{OLD_PROJECT.name} upgraded; check: {expect_success(smoke.run('check', old))}"

        def gui():
            # The bare file name, as a file manager or the OS passes it.
            result = smoke.run(project, env={**smoke.env, QUIT: "1"})
            expect_success(result)
            said = [line for line in result.stderr.splitlines() if QUIT in line]
            if not said or "MainWindow" not in said[0]:
                raise SmokeFailure(f"the main window did not come up:\n{result.stderr}")
            return said[0].split(": ", 2)[-1]

        smoke.step("--version", version)
        smoke.step("translations compiled", translations)
        smoke.step("demo", demo)
        smoke.step("report", make_report)
        smoke.step("bundle export", export_bundle)
        smoke.step("check", check)
        smoke.step("upgrade an old project", upgrade)
        smoke.step("GUI opens a file offscreen and quits", gui)
        print("smoke: all steps passed" if not smoke.failures else
              f"smoke: {smoke.failures} step(s) FAILED")
        return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
