"""`digifelt compare A.digifelt B.digifelt … -o compare.xlsx|compare.docx`."""

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("compare", help="levels per indicator across assessments (over time, "
                                       "or several organisations on one rubric)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="compare.xlsx or compare.docx")
    p.add_argument("--lang", choices=("nb", "en"))
    p.set_defaults(func=_compare)


def _compare(args) -> int:
    import sys

    from digifelt.errors import DigifeltError
    from digifelt.exports.compare_export import export_compare

    for path in args.files:
        if not path.is_file():
            raise DigifeltError(f"{path.name}: no such project file")
    result = export_compare(args.files, args.output, lang=args.lang)
    print(result.summary())
    for note in result.notes:
        print(f"digifelt: note: {note}", file=sys.stderr)
    return 0
