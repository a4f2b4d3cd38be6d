"""`digifelt backup list FILE | restore FILE [BACKUP]`."""

from pathlib import Path

from digifelt.errors import DigifeltError


def register(sub) -> None:
    p = sub.add_parser("backup", help="list or restore a project's backups")
    bsub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    lst = bsub.add_parser("list", help="backups of a project, newest first")
    lst.add_argument("file", type=Path)
    lst.set_defaults(func=_list)
    res = bsub.add_parser("restore", help="replace a project by one of its backups")
    res.add_argument("file", type=Path)
    res.add_argument("backup", nargs="?",
                     help="number from 'backup list' or a backup file (default: newest good)")
    res.set_defaults(func=_restore)


def _list(args) -> int:
    from digifelt.commands.privacy import finish_interrupted
    from digifelt.storage.backup import list_backups, project_backup_dir

    finish_interrupted(args.file)
    backups = list_backups(args.file)
    if not backups:
        print(f"no backups of {args.file.name} in {project_backup_dir(args.file)}")
        return 0
    for n, info in enumerate(backups, 1):
        print(f"{n:>3}  {info.taken_at:%Y-%m-%d %H:%M:%S} UTC  {info.reason:<18} "
              f"{info.size / 2**20:7.1f} MB  {info.path}")
    return 0


def _restore(args) -> int:
    from digifelt.commands.privacy import finish_interrupted
    from digifelt.storage.backup import list_backups, restore_project

    finish_interrupted(args.file)
    source = None
    if args.backup is not None and args.backup.isdigit():
        backups = list_backups(args.file)
        index = int(args.backup)
        if not 1 <= index <= len(backups):
            raise DigifeltError(f"there is no backup number {index} (see 'digifelt backup list')")
        source = backups[index - 1].path
    elif args.backup is not None:
        source = Path(args.backup)
        if not source.is_file():
            raise DigifeltError(f"{source}: no such backup file")
    result = restore_project(args.file, source)
    print(f"restored {result.project} from {result.source}")
    if result.kept:
        print(f"the previous file was kept as {result.kept}")
    return 0
