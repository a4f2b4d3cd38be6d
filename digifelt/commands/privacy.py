"""`digifelt privacy status FILE | erase-notes FILE --yes`: personal-data duties from the CLI."""

from pathlib import Path

from digifelt.errors import DigifeltError


def register(sub) -> None:
    p = sub.add_parser("privacy", help="retention status, or erase raw notes irreversibly")
    psub = p.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    st = psub.add_parser("status", help="retention date and groups of fewer than 5 people")
    st.add_argument("file", type=Path)
    st.set_defaults(func=_status)
    er = psub.add_parser("erase-notes", help="delete notes and participants, keep findings "
                                             "and chosen quotes (irreversible)")
    er.add_argument("file", type=Path)
    er.add_argument("--yes", action="store_true", help="confirm the irreversible erasure")
    er.set_defaults(func=_erase)


def _status(args) -> int:
    from digifelt.core.services import people, privacy, projects

    db = projects.open_project(args.file)
    try:
        info = projects.get_project(db)
        due = privacy.retention_due(db)
        names = {g.id: g.name for g in people.list_groups(db)}
        sizes = privacy.group_sizes(db)
    finally:
        db.close()
    print(f"retention date: {info.retention_date or 'not set'}"
          + (" — PASSED: erase the raw notes (digifelt privacy erase-notes)" if due else ""))
    for gid, size in sorted(sizes.items(), key=lambda kv: names.get(kv[0], "")):
        flag = "  (fewer than 5: quotes may identify people)" if size < privacy.SMALL_GROUP else ""
        print(f"group {names.get(gid, gid)}: {size} people heard{flag}")
    return 0


def _erase(args) -> int:
    from digifelt.core.services import privacy, projects

    if not args.yes:
        raise DigifeltError("erasing raw notes cannot be undone; add --yes to confirm")
    db = projects.open_for_editing(args.file)
    try:
        result = privacy.erase_raw_notes(db)
    finally:
        db.close()
    print(f"erased {result.entries} notes, {result.participants} participants, "
          f"{result.excerpts_removed} excerpts and {result.backups_removed} backups; "
          f"kept {result.excerpts_kept} quotes chosen for the report")
    return 0
