"""Layer rules: core, storage and exports never import Qt or the UI; storage knows nothing above
it; the UI never imports the SQL stack. The rules are import-linter contracts in pyproject.toml,
run here so the suite breaks when a layer does; ruff keeps the code itself clean."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return path


def test_import_contracts_hold():
    result = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert ", 0 broken" in result.stdout


def test_ruff_is_clean():
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "digifelt", "tests",
                             "benchmarks", "installer", "resources"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_core_imports_without_qt_loaded():
    code = ("import sys, digifelt.core.services.search, digifelt.core.services.check, "
            "digifelt.core.demo, digifelt.cli; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
