"""`digifelt transcript FILE [ACTIVITY] -o OUT.docx|OUT.txt [--lang nb|en]`; without ACTIVITY,
the activities with their ids."""

import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("transcript", help="write one activity's notes as a clean transcript "
                                          "(.docx or .txt) for the participants' quote check")
    p.add_argument("file", type=Path, help="the project file")
    p.add_argument("activity_id", metavar="ACTIVITY", nargs="?",
                   help="the interview's id, or its exact title (leave out to list them)")
    p.add_argument("-o", "--output", type=Path, metavar="OUT.docx|OUT.txt",
                   help="where to write the transcript (replaced only when complete)")
    p.add_argument("--lang", choices=("nb", "en"),
                   help="language of the headings (default: the project's language)")
    p.set_defaults(func=_transcript)


def _transcript(args) -> int:
    from digifelt.exports.transcript import export_transcript

    if args.activity_id is None:
        return _list(args.file)
    if args.output is None:
        print("digifelt: error: transcript: -o OUT.docx|OUT.txt is required", file=sys.stderr)
        return 2
    summary = export_transcript(args.file, args.activity_id, args.output, lang=args.lang)
    print(summary.summary())
    return 0


def _list(path: Path) -> int:
    from digifelt.core.services import activities
    from digifelt.exports.project_source import opened

    with opened(path) as db:
        for view in activities.list_activities(db):
            a = view.activity
            print(f"{a.id}  {a.kind:<15}  {a.title}")
    return 0
