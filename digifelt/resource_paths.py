"""Locate the shipped ``resources/`` folder in a checkout, an installed wheel or a frozen app."""

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # installed wheel: resources are packaged inside digifelt/
        here.parent / "resources",  # source checkout or editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "rubrics").is_dir():
            return candidate
    raise FileNotFoundError("digifelt resources folder not found; the installation is incomplete")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
