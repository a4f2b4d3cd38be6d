"""`digifelt factcheck send|import|list|respond|final|changes FILE …`: the fact check of the
report by the organisation, from the draft sent to the final report."""

from datetime import date
from pathlib import Path


def _day(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (write 2026-10-01)") from None


def register(sub) -> None:
    p = sub.add_parser("factcheck", help="send the report as a draft for fact check, record the "
                                         "organisation's comments and responses, make the "
                                         "final report")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="VERB")

    send = verbs.add_parser("send", help="freeze the next version as a draft sent for fact "
                                         "check and save its .docx")
    send.add_argument("file", type=Path)
    send.add_argument("--to", required=True, help="to whom it is sent (a role, e.g. "
                                                  "'Kommunedirektør')")
    send.add_argument("--date", type=_day, help="the day it is sent (default: today)")
    send.add_argument("-o", "--output", type=Path, required=True, metavar="DRAFT.docx")
    send.add_argument("--template", metavar="T.docx|T.dotx")
    send.add_argument("--lang", choices=("nb", "en"))
    send.set_defaults(func=_send)

    imp = verbs.add_parser("import", help="record the comments in the returned .docx (Word "
                                          "comments) or a .xlsx/.csv (Kapittel/Indikator, "
                                          "Fra, Dato, Merknad)")
    imp.add_argument("file", type=Path)
    imp.add_argument("comments", type=Path, metavar="COMMENTS.docx|.xlsx|.csv")
    imp.set_defaults(func=_import)

    ls = verbs.add_parser("list", help="the versions and every comment with its response")
    ls.add_argument("file", type=Path)
    ls.set_defaults(func=_list)

    respond = verbs.add_parser("respond", help="answer a comment: accepted (what changed) or "
                                               "not accepted (why)")
    respond.add_argument("file", type=Path)
    respond.add_argument("comment_id", help="the comment's id (or its first characters)")
    how = respond.add_mutually_exclusive_group(required=True)
    how.add_argument("--accepted", dest="response", action="store_const", const="accepted")
    how.add_argument("--not-accepted", dest="response", action="store_const",
                     const="not_accepted")
    respond.add_argument("--text", required=True, help="what changed, or why not")
    respond.set_defaults(func=_respond)

    final = verbs.add_parser("final", help="freeze the final version, with the appendix on "
                                           "how the comments were handled")
    final.add_argument("file", type=Path)
    final.add_argument("-o", "--output", type=Path, required=True, metavar="FINAL.docx")
    final.add_argument("--template", metavar="T.docx|T.dotx")
    final.add_argument("--lang", choices=("nb", "en"))
    final.set_defaults(func=_final)

    changes = verbs.add_parser("changes", help="what changed between two versions (default: "
                                               "the last two, or the last and now)")
    changes.add_argument("file", type=Path)
    changes.add_argument("versions", nargs="*", type=int, metavar="V")
    changes.set_defaults(func=_changes)


def _editing(path: Path):
    from digifelt.core.services import projects
    from digifelt.errors import DigifeltError

    if not path.is_file():
        raise DigifeltError(f"{path.name}: no such project file")
    return projects.open_for_editing(path)


def _reading(path: Path):
    from digifelt.core.services import projects
    from digifelt.errors import DigifeltError

    if not path.is_file():
        raise DigifeltError(f"{path.name}: no such project file")
    return projects.open_project(path)


def _send(args) -> int:
    from digifelt.commands.report import _template
    from digifelt.core.operations import journal
    from digifelt.exports.report.versions import send_for_fact_check

    db = _editing(args.file)
    try:
        version = journal(db).run("Send draft for fact check", send_for_fact_check, db,
                                  sent_to=args.to, sent_at=args.date, out=args.output,
                                  lang=args.lang, template=_template(args.template),
                                  scope="findings")
    finally:
        db.close()
    print(f"version {version.number} (draft) sent to {version.sent_to}: wrote {args.output}")
    return 0


def _import(args) -> int:
    from digifelt.core.operations import journal
    from digifelt.exports.fact_check_import import import_comments

    db = _editing(args.file)
    try:
        added = journal(db).run("Import comments", import_comments, db, args.comments,
                                scope="findings")
    finally:
        db.close()
    print(f"recorded {len(added)} comment{'' if len(added) == 1 else 's'} from "
          f"{args.comments.name}")
    return 0


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _list(args) -> int:
    from digifelt.core.services import fact_check

    db = _reading(args.file)
    try:
        versions = fact_check.list_versions(db)
        if not versions:
            print("no version has been sent for fact check")
        for v in versions:
            sent = f" sent {v.sent_at.date()}" if v.sent_at else ""
            print(f"version {v.number} ({v.kind}){sent}{' to ' + v.sent_to if v.sent_to else ''}")
            for c in fact_check.list_comments(db, v.id):
                about = fact_check.target_label(db, c) or "general"
                answer = f" – {_one_line(c.response_text)}" if c.response_text else ""
                print(f"  {c.id[:8]}\t{about}\t{c.commenter or ''}\t{_one_line(c.text)}\t"
                      f"[{c.response}]{answer}")
    finally:
        db.close()
    return 0


def _comment_id(db, prefix: str) -> str:
    from digifelt.core.services import fact_check
    from digifelt.errors import DigifeltError

    found = [c.id for c in fact_check.list_comments(db) if c.id.startswith(prefix)]
    if len(found) != 1:
        raise DigifeltError(f"{prefix}: {'no' if not found else 'more than one'} comment has "
                            "that id (see digifelt factcheck list)")
    return found[0]


def _respond(args) -> int:
    from digifelt.core.operations import journal
    from digifelt.core.services import fact_check

    db = _editing(args.file)
    try:
        comment_id = _comment_id(db, args.comment_id)
        journal(db).run("Respond to comment", fact_check.respond, db, comment_id,
                        args.response, args.text, scope="findings")
    finally:
        db.close()
    print(f"{comment_id[:8]}: {args.response.replace('_', ' ')}")
    return 0


def _final(args) -> int:
    from digifelt.commands.report import _template
    from digifelt.core.operations import journal
    from digifelt.exports.report.versions import make_final_report

    db = _editing(args.file)
    try:
        version = journal(db).run("Make final report", make_final_report, db,
                                  out=args.output, lang=args.lang,
                                  template=_template(args.template), scope="findings")
    finally:
        db.close()
    print(f"version {version.number} (final): wrote {args.output}")
    return 0


def describe(change) -> str:
    """One change as a line: "1.2 Title: level 2 → 3"."""
    head = f"{change.code} {change.title}: {change.what}"
    if change.what == "quotes" and (change.added or change.removed):
        parts = [*(f"+ «{_one_line(t)}»" for t in change.added),
                 *(f"- «{_one_line(t)}»" for t in change.removed)]
        return f"{head} {'; '.join(parts)}"
    if change.what == "quotes":
        return f"{head} reordered"

    def show(value) -> str:
        return "–" if value in (None, "") else _one_line(str(value))

    return f"{head} {show(change.before)} → {show(change.after)}"


def _changes(args) -> int:
    from digifelt.core.services import fact_check
    from digifelt.errors import DigifeltError

    db = _reading(args.file)
    try:
        numbers = [v.number for v in fact_check.list_versions(db)]
        if len(args.versions) > 2:
            raise DigifeltError("give at most two versions: digifelt factcheck changes FILE V1 V2")
        if not numbers:
            raise DigifeltError("no version has been sent for fact check yet")
        if len(args.versions) == 2:
            older, newer = args.versions
        elif len(args.versions) == 1:
            older, newer = args.versions[0], None
        elif len(numbers) >= 2:
            older, newer = numbers[-2], numbers[-1]
        else:
            older, newer = numbers[-1], None
        changes = fact_check.changes_between(db, older, newer)
    finally:
        db.close()
    label = f"version {newer}" if newer is not None else "now"
    print(f"from version {older} to {label}: {len(changes)} change"
          f"{'' if len(changes) == 1 else 's'}")
    for change in changes:
        print(f"  {describe(change)}")
    return 0
