"""`digifelt report FILE -o OUT.docx|OUT.pdf [--template T.docx|T.dotx] [--lang nb|en]`."""

from pathlib import Path

from digifelt.commands.name_summary import add_list_option, print_names


def register(sub) -> None:
    p = sub.add_parser("report", help="write a Word report skeleton (.docx, or .pdf through "
                                      "LibreOffice) for the writers")
    p.add_argument("file", type=Path, help="the project file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx|OUT.pdf",
                   help="where to write the report (replaced only when complete); a .pdf is "
                        "the .docx converted by LibreOffice, which must be installed")
    p.add_argument("--template", metavar="T.docx|T.dotx",
                   help="a Word document or template whose styles, headers and footers to use "
                        "(default: the one chosen in the app's Settings; 'built-in' for ours)")
    p.add_argument("--lang", choices=("nb", "en"),
                   help="language of the headings (default: the project's language)")
    add_list_option(p)
    p.set_defaults(func=_report)


def _report(args) -> int:
    from digifelt.exports.entry_points import entry_point

    summary = entry_point("report").run(args.file, args.output,
                                        template=_template(args.template), lang=args.lang)
    print(summary.summary())
    print_names(summary.names, args, always=args.list_names)
    return 0


def _template(option: str | None) -> Path | None:
    if option == "built-in":
        return None
    if option:
        return Path(option)
    from digifelt.app_settings import peek_settings

    settings = peek_settings()
    return Path(settings.report_template) if settings and settings.report_template else None
