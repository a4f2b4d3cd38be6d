"""`digifelt rubric list | validate PATH`."""

from digifelt.core.template import builtin_templates, load_template
from digifelt.error_text import one_line


def register(sub) -> None:
    p = sub.add_parser("rubric", help="list or validate rubric templates")
    rsub = p.add_subparsers(dest="rubric_command", metavar="ACTION", required=True)
    rsub.add_parser("list", help="list the built-in rubric templates").set_defaults(func=_list)
    v = rsub.add_parser("validate", help="check a rubric template file")
    v.add_argument("path")
    v.set_defaults(func=_validate)


def _list(_args) -> int:
    templates = builtin_templates()
    width = max((len(t.id) for t in templates), default=0)
    for t in templates:
        print(f"{t.id:<{width}}  {t.language}  {t.title}")
    return 0


def _validate(args) -> int:
    template = load_template(args.path)
    indicators = sum(len(a.indicators) for a in template.areas)
    print(f"{one_line(args.path)}: ok — {template.title} ({template.language}): "
          f"{len(template.areas)} areas, {indicators} indicators, {len(template.scale)} levels, "
          f"{len(template.guides)} guides")
    return 0
