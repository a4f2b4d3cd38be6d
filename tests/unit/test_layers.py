"""Layer rules from DESIGN.md: core, storage and exports never import Qt; nothing imports ui."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "digifelt"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules_in(*layers: str):
    for layer in layers:
        yield from (PACKAGE / layer).rglob("*.py")


def test_lower_layers_never_import_qt_or_ui():
    offenders = []
    for path in modules_in("core", "storage", "exports"):
        for name in imports_of(path):
            if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith("digifelt.ui"):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_storage_does_not_import_core():
    offenders = [f"{p.relative_to(PACKAGE)} imports {n}" for p in modules_in("storage")
                 for n in imports_of(p) if n.startswith("digifelt.core")]
    assert offenders == []


def test_core_imports_without_qt_loaded():
    import subprocess
    import sys

    code = ("import sys, digifelt.core.services.search, digifelt.core.services.check, "
            "digifelt.core.demo, digifelt.cli; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
