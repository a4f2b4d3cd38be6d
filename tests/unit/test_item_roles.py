"""Custom item-data roles are numbered in one module, so two models never mean different
things by the same number, and views read them by name."""

from pathlib import Path

import digifelt
from digifelt.ui.models.roles import Role

UI = Path(digifelt.__file__).parent / "ui"
ROLES = UI / "models" / "roles.py"


def test_no_module_but_roles_numbers_a_user_role():
    offenders = [
        f"{path.relative_to(UI.parent)}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py")) if path != ROLES
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "UserRole" in line
    ]
    assert offenders == []


def test_roles_are_distinct_and_above_user_role():
    from PySide6.QtCore import Qt

    values = [r.value for r in Role]
    assert len(values) == len(set(values))
    assert min(values) > int(Qt.ItemDataRole.UserRole)
