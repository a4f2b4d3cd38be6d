"""The line (and, asked for, the list) saying where an export replaced people's names."""


def add_list_option(parser) -> None:
    parser.add_argument("--list-names", action="store_true",
                        help="list each place where a name was replaced, so it can be "
                             "rephrased in the project")


def print_names(report, args, *, always: bool = True) -> None:
    if report is None or not (always or report.places or report.notices):
        return
    print(report.line())
    if getattr(args, "list_names", False):
        for line in report.lines():
            print(f"  {line}")
