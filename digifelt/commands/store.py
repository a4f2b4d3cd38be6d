"""`digifelt store init|publish|list|compare --url postgresql://…`: the organisation-wide store.

The url may also come from $DIGIFELT_STORE_URL; it is never printed with its password.
"""

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("store", help="publish to and compare in an organisation-wide "
                                     "PostgreSQL store")
    verbs = p.add_subparsers(dest="store_command", metavar="ACTION", required=True)

    def with_url(parser):
        parser.add_argument("--url", help="postgresql://user@host/database "
                                          "(default: $DIGIFELT_STORE_URL)")
        return parser

    init = with_url(verbs.add_parser("init", help="create or upgrade the store's tables"))
    init.set_defaults(func=_init)
    publish = with_url(verbs.add_parser(
        "publish", help="publish a finished assessment's agreed content (again: updates it)"))
    publish.add_argument("file", type=Path)
    publish.set_defaults(func=_publish)
    listing = with_url(verbs.add_parser("list", help="list the assessments in the store"))
    listing.set_defaults(func=_list)
    compare = with_url(verbs.add_parser(
        "compare", help="levels per indicator × assessment, computed on the server, as .xlsx"))
    compare.add_argument("--rubric", help="only assessments made from this rubric (template id)")
    compare.add_argument("--organisation", action="append", metavar="NAME",
                         help="only this organisation (repeat for several)")
    compare.add_argument("--lang", choices=("nb", "en"),
                         help="headings' language (default: the assessments')")
    compare.add_argument("-o", "--output", type=Path, required=True)
    compare.set_defaults(func=_compare)


def _init(args) -> int:
    from digifelt.store.connection import store_url
    from digifelt.store.init import init_store

    print(init_store(store_url(args.url)).summary())
    return 0


def _publish(args) -> int:
    from digifelt.store.connection import store_url
    from digifelt.store.publish import publish

    print(publish(args.file, store_url(args.url)).summary())
    return 0


def _list(args) -> int:
    from digifelt.store.connection import store_url
    from digifelt.store.listing import list_assessments, listing_lines

    for line in listing_lines(list_assessments(store_url(args.url))):
        print(line)
    return 0


def _compare(args) -> int:
    from digifelt.store.compare import compare
    from digifelt.store.compare_sheet import write_comparison
    from digifelt.store.connection import store_url

    url = store_url(args.url)
    if args.output.suffix.lower() != ".xlsx":
        from digifelt.store.errors import StoreError

        raise StoreError(f"{args.output.name}: choose an .xlsx file name")
    result = compare(url, rubric=args.rubric, organisations=args.organisation)
    lang = args.lang or result.columns[0].language
    write_comparison(result, args.output, lang)
    print(f"wrote {args.output}: {len(result.lines)} indicators × {len(result.columns)} "
          "assessments")
    return 0
