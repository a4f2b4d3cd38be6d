"""`digifelt qdpx FILE -o OUT.qdpx`: REFI-QDA project export for other analysis tools."""

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("qdpx", help="export to REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, "
                                    "QualCoder …")
    p.add_argument("file", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.qdpx")
    p.set_defaults(func=_qdpx)


def _qdpx(args) -> int:
    from digifelt.errors import DigifeltError
    from digifelt.exports.qdpx import export_qdpx

    if not args.file.exists():
        raise DigifeltError(f"{args.file.name}: no such file")
    result = export_qdpx(args.file, args.output)
    print(result.summary())
    return 0
