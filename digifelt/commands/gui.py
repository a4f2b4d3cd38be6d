"""`digifelt` and `digifelt open FILE`: launch the desktop app."""

from pathlib import Path

from digifelt.errors import DigifeltError


def register(sub) -> None:
    p = sub.add_parser("open", help="open the GUI on a project file")
    p.add_argument("file", type=Path)
    p.set_defaults(func=lambda args: run_gui(args.file))


def run_gui(path: Path | None) -> int:
    try:
        from digifelt.ui.app import run
    except ImportError as exc:
        raise DigifeltError(f"the desktop app cannot start: {exc}") from exc
    return run(path)
