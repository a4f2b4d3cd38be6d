"""`digifelt privacy status FILE | erase-notes FILE --yes`: personal-data duties from the CLI."""

from pathlib import Path

from digifelt.errors import DigifeltError


def register(sub) -> None:
    p = sub.add_parser("privacy", help="retention status, or erase raw notes irreversibly")
    psub = p.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    st = psub.add_parser("status", help="retention date, and groups with a session of fewer "
                                        "than 5 people")
    st.add_argument("file", type=Path)
    st.set_defaults(func=_status)
    er = psub.add_parser("erase-notes", help="delete notes and participants, keep findings "
                                             "and chosen quotes (irreversible)")
    er.add_argument("file", type=Path)
    er.add_argument("--yes", action="store_true", help="confirm the irreversible erasure")
    er.set_defaults(func=_erase)


def finish_interrupted(project: Path | None = None) -> None:
    """Erasures a killed digifelt left half-done are finished first, and the user told."""
    import sys

    from digifelt.storage import erasure
    from digifelt.storage.copies import remove_stale_staging

    for done in erasure.finish_pending():
        print(f"digifelt: {erasure.describe(done)}", file=sys.stderr)
    if project is not None and project.is_file():
        for done in erasure.finish_pending(project):
            print(f"digifelt: {erasure.describe(done)}", file=sys.stderr)
        for leftover in remove_stale_staging(project):
            print(f"digifelt: deleted unfinished copy {leftover} (left by an interrupted "
                  "restore)", file=sys.stderr)


def _status(args) -> int:
    from digifelt.core.services import people, privacy, projects

    finish_interrupted(args.file)
    db = projects.open_project(args.file)
    try:
        info = projects.get_project(db)
        due = privacy.retention_due(db)
        names = {g.id: g.name for g in people.list_groups(db)}
        sessions = privacy.group_sessions(db)
    finally:
        db.close()
    print(f"retention date: {info.retention_date or 'not set'}"
          + (" — PASSED: erase the raw notes (digifelt privacy erase-notes)" if due else ""))
    for gid, heard in sorted(sessions.items(), key=lambda kv: names.get(kv[0], "")):
        n = len(heard.headcounts)
        what = ("observation" if heard.observed else "session") + ("s" if n != 1 else "")
        smallest = "unknown" if heard.smallest is None else str(heard.smallest)
        flag = (f"  (a session of fewer than {privacy.SMALL_GROUP} or of unknown size: quotes "
                "may identify people)" if heard.small else "")
        print(f"group {names.get(gid, gid)}: {heard.people} people heard in {n} {what}, "
              f"smallest {smallest}{flag}")
    return 0


def _erase(args) -> int:
    from digifelt.core.services import privacy, projects
    from digifelt.storage.erasure import describe_copy

    if not args.yes:
        raise DigifeltError("erasing raw notes cannot be undone; add --yes to confirm")
    finish_interrupted(args.file)
    # No on-open backup: it would be one more copy of the notes, deleted a moment later.
    db = projects.open_for_editing(args.file, backup=False)
    try:
        result = privacy.erase_raw_notes(db)
    finally:
        db.close()
    for copy in result.copies:
        print(describe_copy(copy))
    print(f"erased {result.entries} notes, {result.participants} participants, "
          f"{result.excerpts_removed} excerpts, {result.backups_removed} backups and "
          f"{result.other_copies_removed} other copies; "
          f"kept {result.excerpts_kept} quotes chosen for the report")
    return 0
