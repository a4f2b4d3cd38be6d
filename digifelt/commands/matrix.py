"""`digifelt matrix FILE -o OUT.csv|OUT.xlsx [--by kind|group]`."""

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("matrix", help="export the evidence matrix as CSV or XLSX")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--by", choices=("kind", "group"), default="kind")
    p.add_argument("--lang", choices=("nb", "en"))
    p.set_defaults(func=_matrix)


def _matrix(args) -> int:
    from digifelt.core.services.matrix import evidence_matrix
    from digifelt.core.services.projects import get_project, open_project
    from digifelt.exports.matrix import write_matrix

    db = open_project(args.file)
    try:
        matrix = evidence_matrix(db, by=args.by)
        lang = args.lang or get_project(db).language
    finally:
        db.close()
    write_matrix(matrix, args.output, lang)
    flagged = sum(1 for r in matrix.rows if not r.triangulated)
    print(f"wrote {args.output}: {len(matrix.rows)} indicators × {len(matrix.columns)} sources "
          f"by {args.by}; {flagged} not triangulated")
    return 0
