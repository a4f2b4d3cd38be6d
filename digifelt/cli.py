"""Command-line front end: every headless job the GUI can do, plus launching the GUI."""

import argparse
import sys
import traceback

from digifelt import __version__
from digifelt.errors import DigifeltError

# Each module registers its own verbs; adding a capability means adding a module here.
COMMAND_MODULES = (
    "digifelt.commands.backup",
    "digifelt.commands.bundle",
    "digifelt.commands.gui",
    "digifelt.commands.matrix",
    "digifelt.commands.privacy",
    "digifelt.commands.project",
    "digifelt.commands.qdpx",
    "digifelt.commands.rubric",
    "digifelt.commands.report",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="digifelt",
        description="Offline evidence capture and reporting for on-site assessments.",
    )
    parser.add_argument("--version", action="version", version=f"digifelt {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _os_arguments(argv: list[str], verbs: set[str]) -> list[str]:
    """`digifelt FILE` (how file managers and the OS open a document) means `digifelt open FILE`.

    macOS Finder may add a `-psn_…` process serial number; it carries nothing for us.
    """
    argv = [a for a in argv if not a.startswith("-psn_")]
    if len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in verbs:
        return ["open", argv[0]]
    return argv


def _verbs(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions  # noqa: SLF001 (argparse has no public API)
            if isinstance(action, argparse._SubParsersAction)  # noqa: SLF001
            for name in action.choices}


def _apply_settings() -> None:
    """The data folder and backup count chosen in the app's Settings hold for the CLI too."""
    from digifelt.app_settings import apply_to_process, peek_settings

    settings = peek_settings()
    if settings is not None:
        apply_to_process(settings)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = _os_arguments(list(sys.argv[1:] if argv is None else argv), _verbs(parser))
    _apply_settings()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        from digifelt.commands.gui import run_gui

        return run_gui(None)
    try:
        return int(args.func(args) or 0)
    except DigifeltError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"digifelt: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("digifelt: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the promise is one clear line, never a traceback by default
        if args.debug:
            traceback.print_exc()
        else:
            print(f"digifelt: unexpected error: {exc.__class__.__name__}: {exc} "
                  "(run with --debug for details)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
