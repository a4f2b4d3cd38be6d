"""`digifelt qdpx FILE -o OUT.qdpx [--pseudonymise [--list-names]]`: REFI-QDA project export."""

from pathlib import Path

from digifelt.commands.name_summary import add_list_option, print_names


def register(sub) -> None:
    p = sub.add_parser("qdpx", help="export to REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, "
                                    "QualCoder …")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.qdpx")
    p.add_argument("--pseudonymise", action="store_true",
                   help="users become initials, participants' names in the texts pseudonyms")
    add_list_option(p)
    p.set_defaults(func=_qdpx)


def _qdpx(args) -> int:
    from digifelt.errors import DigifeltError
    from digifelt.exports.entry_points import entry_point

    if not args.file.exists():
        raise DigifeltError(f"{args.file.name}: no such file")
    result = entry_point("qdpx").run(args.file, args.output, pseudonymise=args.pseudonymise)
    print(result.summary())
    print_names(result.names, args)
    return 0
