"""`digifelt bundle export | import | verify`: evidence bundles and team merge."""

from pathlib import Path

from digifelt.commands.name_summary import add_list_option, print_names


def register(sub) -> None:
    p = sub.add_parser("bundle", help="export, check or import evidence bundles (team merge)")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    e = bsub.add_parser("export", help="write the project as an evidence bundle (BagIt zip)")
    e.add_argument("file", type=Path)
    e.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.zip")
    e.add_argument("--pseudonymise", action="store_true",
                   help="replace participants' and assessors' names (see README)")
    add_list_option(e)
    e.set_defaults(func=_export)

    i = bsub.add_parser("import", help="merge a bundle into a project (created if missing)")
    i.add_argument("file", type=Path)
    i.add_argument("bundle", type=Path)
    i.add_argument("--dry-run", action="store_true", help="only say what would change")
    i.add_argument("-v", "--verbose", action="store_true", help="counts per kind of object")
    i.set_defaults(func=_import)

    v = bsub.add_parser("verify", help="check a bundle: checksums, completeness, schema, "
                                       "references")
    v.add_argument("bundle", type=Path)
    v.set_defaults(func=_verify)


def _export(args) -> int:
    from digifelt.errors import DigifeltError
    from digifelt.exports.entry_points import entry_point

    if not args.file.exists():
        raise DigifeltError(f"{args.file.name}: no such file")
    result = entry_point("bundle").run(args.file, args.output, pseudonymise=args.pseudonymise)
    print(result.summary())
    print_names(result.names, args)
    return 0


def _import(args) -> int:
    from digifelt.exports.bundle import apply_import, preview_import

    if args.dry_run:
        result = preview_import(args.file, args.bundle)
    else:
        result = apply_import(args.file, args.bundle)
    lines = result.lines()
    head = ("(dry run, nothing changed) " if args.dry_run else "") + lines[0]
    details = [ln for ln in lines[1:] if args.verbose or not ln.startswith("  ") or
               ln.lstrip().startswith(("rubric:", "not merged:", "this bundle"))]
    print("\n".join([head, *details]))
    if result.conflicts and not args.dry_run:
        print(f"  {result.conflicts} conflict copies kept: the newer version of each object "
              "is current; review the others in the app")
    return 0


def _verify(args) -> int:
    from digifelt.exports.bundle import verify_bundle

    print("\n".join(verify_bundle(args.bundle).lines()))
    return 0
