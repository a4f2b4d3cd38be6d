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
    from digifelt.core.services.matrix import evidence_matrix
    from digifelt.core.services.projects import get_project, open_project
    from digifelt.exports.matrix import write_matrix

    db = open_project(args.file)
    try:
        matrix = evidence_matrix(db, by=args.by)
        lang = args.lang or get_project(db).language
        names = None
        if args.pseudonymise:
            from digifelt.exports.matrix_names import pseudonym_scrubber, pseudonymise_matrix

            scrubber = pseudonym_scrubber(db)
            matrix, names = pseudonymise_matrix(matrix, scrubber), scrubber.report
    finally:
        db.close()
    write_matrix(matrix, args.output, lang)
    flagged = sum(1 for r in matrix.rows if not r.triangulated)
    print(f"wrote {args.output}: {len(matrix.rows)} indicators × {len(matrix.columns)} sources "
          f"by {args.by}; {flagged} not triangulated")
    print_names(names, args)
    return 0
