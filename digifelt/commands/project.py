"""`digifelt new | demo | search | check`: headless work on project files."""

import argparse
import re
import sys
from pathlib import Path

from digifelt.errors import DigifeltError


def register(sub) -> None:
    p = sub.add_parser("new", help="create a project from a rubric template")
    p.add_argument("file", type=Path)
    p.add_argument("--rubric", required=True, help="built-in template id or a YAML file")
    p.add_argument("--title", required=True)
    p.add_argument("--organisation", required=True)
    p.add_argument("--lang", choices=("nb", "en"))
    p.add_argument("--period")
    p.set_defaults(func=_new)

    p = sub.add_parser("demo", help="create a demo project (and optionally open it)")
    p.add_argument("file", type=Path, nargs="?",
                   help="where to write it (default: demo.digifelt in the data folder)")
    p.add_argument("--open", action="store_true", help="open the demo in the app afterwards")
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=_demo)

    p = sub.add_parser("search", help="full-text search in a project")
    p.add_argument("file", type=Path)
    p.add_argument("query")
    p.add_argument("--limit", type=_hit_limit, default=20,
                   help="show at most this many hits (1 to 10000, default 20)")
    p.set_defaults(func=_search)

    p = sub.add_parser("check", help="check a project file for damage and inconsistencies")
    p.add_argument("file", type=Path)
    p.add_argument("--repair", action="store_true",
                   help="fix what can be fixed (after taking a backup)")
    p.set_defaults(func=_check)


def _new(args) -> int:
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    template = find_template(args.rubric)
    db = create_project(args.file, template=template, title=args.title,
                        organisation=args.organisation, language=args.lang, period=args.period)
    db.close()
    print(f"created {args.file} from {template.id}")
    return 0


def _demo(args) -> int:
    from digifelt.core.demo import generate_demo

    if args.file is None:
        from digifelt.storage.paths import data_dir

        args.file = data_dir() / f"demo-{args.size}-{args.seed}.digifelt"
        if args.file.exists() and args.open:
            # The default demo is made once and then reopened with the user's changes.
            return _open(args.file)
        args.file.parent.mkdir(parents=True, exist_ok=True)
    stats = generate_demo(args.file, size=args.size, seed=args.seed)
    print(f"created {args.file} ({args.size} demo, seed {args.seed}) in {stats.seconds:.1f} s: "
          f"{stats.activities} activities, {stats.entries} entries, {stats.excerpts} excerpts, "
          f"{stats.tags} tags, {stats.attachments} attachments, {stats.findings} findings; "
          f"{stats.file_size / 2**20:.1f} MB")
    return _open(args.file) if args.open else 0


def _open(path: Path) -> int:
    from digifelt.commands.gui import run_gui

    return run_gui(path)


def _search(args) -> int:
    from digifelt.core.services.projects import open_project
    from digifelt.core.services.search import MARK_END, MARK_START, search

    db = open_project(args.file)
    try:
        hits = search(db, args.query, limit=args.limit)
    finally:
        db.close()
    if not hits:
        print(f"no matches for {_printable(args.query)!r}")
        return 0
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("«", "»")
    for hit in hits:
        where = _printable(hit.activity_title or "(findings)")
        snippet = _printable(hit.snippet).replace(MARK_START, bold).replace(MARK_END, plain)
        print(f"{hit.kind:<8} {where}: {snippet}")
    return 0


def _hit_limit(text: str) -> int:
    # The same bound as the service's, checked before int() so a 5,000-digit number is no error.
    from digifelt.core.services.search import MAX_LIMIT

    text = text.strip()
    if not text.isdecimal() or len(text) > len(str(MAX_LIMIT)) or not 1 <= int(text) <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(
            f"must be a whole number from 1 to {MAX_LIMIT}, not {_printable(text)[:40]!r}")
    return int(text)


# Notes and titles can come from other people's bundles: never let them drive the terminal.
_TERMINAL_CONTROL = re.compile("[\x00-\x01\x04-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    return _TERMINAL_CONTROL.sub(" ", text)


def _check(args) -> int:
    from digifelt.core.services.check import check_project

    if not args.file.exists():
        raise DigifeltError(f"{args.file.name}: no such file")
    if args.file.is_dir():
        raise DigifeltError(f"{args.file}: is a folder, not a project file")
    if not args.file.is_file():
        raise DigifeltError(f"{args.file}: not a regular file (a device, pipe or socket)")
    if args.repair:
        from digifelt.core.services.repair import repair_project
        from digifelt.storage.lock import ProjectLock

        with ProjectLock(args.file):
            result = repair_project(args.file)
        print(f"backup: {result.backup}")
        for fix in result.fixes or ["nothing needed fixing"]:
            print(f"repaired: {fix}")
    report = check_project(args.file)
    print(f"{args.file}:")
    for line in report.lines():
        print(f"  {line}")
    print("  result: " + ("no problems found" if report.ok else "PROBLEMS FOUND"))
    return 0 if report.ok else 1
