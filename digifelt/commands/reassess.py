"""`digifelt reassess OLD.digifelt NEW.digifelt [--title T] [--period P]`."""

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("reassess", help="a new assessment of the same organisation: the same "
                                        "rubric, the previous levels as context, nothing else")
    p.add_argument("old", type=Path, metavar="OLD")
    p.add_argument("new", type=Path, metavar="NEW")
    p.add_argument("--title", help="the new assessment's title (default: the old one's)")
    p.add_argument("--period", help="the new assessment's period, e.g. 2027")
    p.set_defaults(func=_reassess)


def _reassess(args) -> int:
    from digifelt.core.services.reassess import reassess
    from digifelt.errors import DigifeltError

    if not args.old.is_file():
        raise DigifeltError(f"{args.old.name}: no such project file")
    print(reassess(args.old, args.new, title=args.title, period=args.period).summary())
    return 0
