"""`digifelt matrix FILE -o OUT.csv|OUT.xlsx [--by kind|group] [--pseudonymise]`."""

from pathlib import Path

from digifelt.commands.name_summary import add_list_option, print_names


def register(sub) -> None:
    p = sub.add_parser("matrix", help="export the evidence matrix as CSV or XLSX")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--by", choices=("kind", "group"), default="kind")
    p.add_argument("--lang", choices=("nb", "en"))
    p.add_argument("--pseudonymise", action="store_true",
                   help="replace participants' and assessors' names in the table's labels")
    add_list_option(p)
    p.set_defaults(func=_matrix)


def _matrix(args) -> int:
    from digifelt.exports.entry_points import entry_point

    result = entry_point("matrix").run(args.file, args.output, pseudonymise=args.pseudonymise,
                                       by=args.by, lang=args.lang)
    print(result.summary())
    print_names(result.names, args)
    return 0
