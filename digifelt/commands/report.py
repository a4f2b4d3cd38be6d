"""`digifelt report FILE -o OUT.docx [--template T.docx|T.dotx] [--lang nb|en]`."""

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("report", help="write a Word report skeleton (.docx) for the writers")
    p.add_argument("file", type=Path, help="the project file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx",
                   help="where to write the report (replaced only when complete)")
    p.add_argument("--template", type=Path, metavar="T.docx|T.dotx",
                   help="a Word document or template whose styles, headers and footers to use")
    p.add_argument("--lang", choices=("nb", "en"),
                   help="language of the headings (default: the project's language)")
    p.set_defaults(func=_report)


def _report(args) -> int:
    from digifelt.core.services.projects import open_project
    from digifelt.exports.report import write_report

    db = open_project(args.file)
    try:
        summary = write_report(db, args.output, template=args.template, lang=args.lang)
    finally:
        db.close()
    print(summary.line())
    return 0
