"""Command-line front end: every headless job the GUI can do, plus launching the GUI."""

import argparse
import os
import sys
import traceback

from digifelt import __version__
from digifelt.error_text import describe, one_line
from digifelt.errors import DigifeltError

# Each module registers its own verbs; adding a capability means adding a module here.
COMMAND_MODULES = (
    "digifelt.commands.actions",
    "digifelt.commands.backup",
    "digifelt.commands.bundle",
    "digifelt.commands.compare",
    "digifelt.commands.factcheck",
    "digifelt.commands.gui",
    "digifelt.commands.matrix",
    "digifelt.commands.privacy",
    "digifelt.commands.project",
    "digifelt.commands.qdpx",
    "digifelt.commands.reassess",
    "digifelt.commands.rubric",
    "digifelt.commands.report",
    "digifelt.commands.store",
    "digifelt.commands.survey",
    "digifelt.commands.transcript",
)


class _Parser(argparse.ArgumentParser):
    """A wrong argument is one line too (argparse would print the usage first); sub-commands
    inherit this class."""

    def error(self, message: str):
        verb = self.prog.removeprefix("digifelt").strip()
        where = f"{verb}: " if verb else ""
        print(f"digifelt: error: {where}{one_line(message)} (see: {self.prog} --help)",
              file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(
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


def _tolerant_output() -> None:
    """File names that are not valid UTF-8 (kept by Python as surrogates) are printed escaped
    rather than failing the command after its work is done."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    """The reader of our output went away (`digifelt search … | head`): stop writing quietly,
    also at exit, when Python flushes stdout once more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _finish_interrupted_erasures(args) -> None:
    """An erasure of raw notes killed half-way is finished before any other job reads or copies
    the project: a report or bundle must never be made from notes the user erased."""
    from digifelt.storage.erasure import FOLDER
    from digifelt.storage.paths import data_dir

    folder = data_dir() / FOLDER
    if not folder.is_dir() or not any(folder.glob("*.json")):
        return
    from pathlib import Path

    from digifelt.commands.privacy import finish_interrupted

    project = getattr(args, "file", None)
    finish_interrupted(project if isinstance(project, Path) else None)


def main(argv: list[str] | None = None) -> int:
    _tolerant_output()
    debug = "--debug" in (sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        argv = list(sys.argv[1:] if argv is None else argv)
        if any("\x00" in arg for arg in argv):
            raise DigifeltError("an argument contains a NUL character")
        argv = _os_arguments(argv, _verbs(parser))
        _apply_settings()
        args = parser.parse_args(argv)
        debug = args.debug
        if not getattr(args, "func", None):
            from digifelt.commands.gui import run_gui

            return run_gui(None)
        if args.command != "open":  # the app finishes them itself once its window is up
            _finish_interrupted_erasures(args)
        return int(args.func(args) or 0)
    except SystemExit as exc:  # from argparse: --help, --version or a wrong argument
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except DigifeltError as exc:
        if debug:
            traceback.print_exc()
        print(f"digifelt: error: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("digifelt: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except Exception as exc:  # the promise is one clear line, never a traceback by default
        if debug:
            traceback.print_exc()
        known = describe(exc)
        if known is not None:
            print(f"digifelt: error: {known.format()}", file=sys.stderr)
            return 1
        if not debug:
            print(f"digifelt: unexpected error: {exc.__class__.__name__}: {one_line(str(exc))} "
                  "(run with --debug for details)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
