"""`digifelt actions FILE [--from-findings] [-o actions.xlsx|follow-up.docx]`."""

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("actions", help="the follow-up action list: make it from the findings, "
                                       "list it, export it as XLSX or a DOCX status report")
    p.add_argument("file", type=Path)
    p.add_argument("--from-findings", action="store_true",
                   help="add each line of the findings' proposed actions not yet on the list")
    p.add_argument("-o", "--output", type=Path,
                   help="actions.xlsx (the list) or follow-up.docx (the status report)")
    p.add_argument("--lang", choices=("nb", "en"))
    p.set_defaults(func=_actions)


def _actions(args) -> int:
    from digifelt.core.services import actions, projects
    from digifelt.errors import DigifeltError

    if not args.file.is_file():
        raise DigifeltError(f"{args.file.name}: no such project file")
    if args.output is not None:  # a wrong name is refused before anything is changed
        from digifelt.exports.follow_up_report import check_output

        check_output(args.output, (".xlsx", ".docx"))
    if args.from_findings:
        from digifelt.core.operations import journal

        db = projects.open_for_editing(args.file)
        try:
            added = journal(db).run("Actions from findings", actions.actions_from_findings, db,
                                    scope="findings")
        finally:
            db.close()
        print(f"added {len(added)} action{'' if len(added) == 1 else 's'} from the findings")
    if args.output is not None:
        from digifelt.exports.actions_xlsx import export_actions

        print(export_actions(args.file, args.output, lang=args.lang).summary())
    elif not args.from_findings:
        db = projects.open_project(args.file)
        try:
            views = actions.list_actions(db)
        finally:
            db.close()
        if not views:
            print("no actions")
        for v in views:
            a = v.action
            late = " OVERDUE" if v.overdue() else ""
            print(f"{v.indicator_code or '-'}\t{a.status}{late}\t{a.due_date or ''}\t"
                  f"{a.owner or ''}\t{a.text}")
    return 0
