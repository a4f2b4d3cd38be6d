"""`digifelt qdpx FILE -o OUT.qdpx [--pseudonymise [--list-names]]`: REFI-QDA project export;
`digifelt qdpx import FILE PROJECT.qdpx [--rubric ID|PATH] [--map CODE=IND] [--add CODE]
[--add-unmatched] [--dry-run]`: its import."""

from pathlib import Path

from digifelt.commands.name_summary import add_list_option, print_names


def register(sub) -> None:
    p = sub.add_parser("qdpx", help="export to REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, "
                                    "QualCoder …, or `qdpx import FILE PROJECT.qdpx`",
                       usage="digifelt qdpx FILE -o OUT.qdpx [--pseudonymise] [--list-names]\n"
                             "       digifelt qdpx import FILE PROJECT.qdpx "
                             "[--rubric ID|PATH] [--map \"CODE=1.2\"] [--add CODE] "
                             "[--add-unmatched] [--dry-run]")
    # One verb for both directions: `import` as the first word selects the import, so the
    # export keeps its form (`digifelt qdpx FILE -o OUT`).
    p.add_argument("words", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", type=Path, metavar="OUT.qdpx")
    p.add_argument("--pseudonymise", action="store_true",
                   help="users become initials, participants' names in the texts pseudonyms")
    p.add_argument("--rubric", metavar="ID|PATH",
                   help="import: the rubric of a new project (default: from the codebook)")
    p.add_argument("--map", action="append", default=[], metavar="CODE=INDICATOR",
                   help="import: the codings of a code (its name or GUID) are tagged to this "
                        "indicator (repeatable)")
    p.add_argument("--add", action="append", default=[], metavar="CODE",
                   help="import: a code (its name or GUID) becomes a new indicator under "
                        "\"From the QDA project\" (repeatable)")
    p.add_argument("--add-unmatched", action="store_true",
                   help="import: every code that matches no indicator becomes a new one")
    p.add_argument("--dry-run", action="store_true", help="import: only say what it would do")
    add_list_option(p)
    p.set_defaults(func=_qdpx, parser=p)


def _qdpx(args) -> int:
    from digifelt.errors import DigifeltError

    if args.words[0] == "import":
        if len(args.words) != 3:
            args.parser.error("qdpx import takes FILE and PROJECT.qdpx")
        return _import(Path(args.words[1]), Path(args.words[2]), args)
    if len(args.words) != 1 or args.output is None:
        args.parser.error("qdpx takes FILE and -o OUT.qdpx")
    file = Path(args.words[0])
    if not file.exists():
        raise DigifeltError(f"{file.name}: no such file")
    from digifelt.exports.entry_points import entry_point

    result = entry_point("qdpx").run(file, args.output, pseudonymise=args.pseudonymise)
    print(result.summary())
    print_names(result.names, args)
    return 0


def _import(project: Path, package: Path, args) -> int:
    from digifelt.errors import DigifeltError
    from digifelt.exports.qdpx.importer import apply_qdpx_import, preview_qdpx_import
    from digifelt.exports.qdpx.rows import Choices

    if not package.exists():
        raise DigifeltError(f"{package.name}: no such file")
    mapping = {}
    for pair in args.map:
        code, sep, indicator = pair.rpartition("=")
        if not sep or not code.strip() or not indicator.strip():
            raise DigifeltError(f"--map {pair!r}: write it as \"CODE OR NAME=INDICATOR\"")
        mapping[code.strip()] = indicator.strip()
    choices = Choices(mapping, {a.strip() for a in args.add}, args.add_unmatched)
    if args.dry_run:
        result = preview_qdpx_import(project, package, rubric=args.rubric, choices=choices)
    else:
        result = apply_qdpx_import(project, package, rubric=args.rubric, choices=choices)
    lines = result.lines()
    print("\n".join([("(dry run, nothing changed) " if args.dry_run else "") + lines[0],
                     *lines[1:]]))
    return 0
