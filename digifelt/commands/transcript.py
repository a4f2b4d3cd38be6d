"""`digifelt transcript FILE ACTIVITY -o OUT.docx|OUT.txt [--lang nb|en]`."""

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("transcript", help="write one activity's notes as a clean transcript "
                                          "(.docx or .txt) for the participants' quote check")
    p.add_argument("file", type=Path, help="the project file")
    p.add_argument("activity_id", metavar="ACTIVITY",
                   help="the interview's id, or its exact title")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.docx|OUT.txt",
                   help="where to write the transcript (replaced only when complete)")
    p.add_argument("--lang", choices=("nb", "en"),
                   help="language of the headings (default: the project's language)")
    p.set_defaults(func=_transcript)


def _transcript(args) -> int:
    from digifelt.exports.transcript import export_transcript

    summary = export_transcript(args.file, args.activity_id, args.output, lang=args.lang)
    print(summary.summary())
    return 0
