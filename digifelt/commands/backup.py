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
    from digifelt.storage.backup import list_backups, newest_good_backup, restore_backup
    from digifelt.storage.lock import ProjectLock

    finish_interrupted(args.file)
    if args.backup is None:
        chosen = newest_good_backup(args.file)
        if chosen is None:
            raise DigifeltError(f"{args.file.name}: no usable backup found")
        source = chosen.path
    elif args.backup.isdigit():
        backups = list_backups(args.file)
        index = int(args.backup)
        if not 1 <= index <= len(backups):
            raise DigifeltError(f"there is no backup number {index} (see 'digifelt backup list')")
        source = backups[index - 1].path
    else:
        source = Path(args.backup)
        if not source.is_file():
            raise DigifeltError(f"{source}: no such backup file")
    from digifelt.storage.backup import refuse_foreign_target
    from digifelt.storage.database import inspect_file

    inspect_file(source)  # refuse a damaged or foreign backup before touching anything
    refuse_foreign_target(args.file)  # and a target that is not a project (said before locking)
    with ProjectLock(args.file):
        kept = restore_backup(args.file, source)
    print(f"restored {args.file} from {source}")
    if kept:
        print(f"the previous file was kept as {kept}")
    return 0
