"""`digifelt survey import FILE RESULTS --mapping MAP.yaml [--title T] | list FILE`."""

from pathlib import Path

_MAPPING_HELP = """\
The mapping (YAML) says what the columns mean; columns it does not name are never read into
the project:

  title: Spørreundersøkelse ansatte 2026
  group_column: Rolle                        # optional
  groups: {Leder: Ledere, Ansatt: Ansatte}   # optional: value -> group; others: own group
  scale: [Helt uenig, Litt uenig, Litt enig, Helt enig]   # low -> high
  no_answer: [Vet ikke]                      # optional: counted as not answered
  started: 2026-03-02                        # optional, and ended:
  invited: {Ledere: 25, Ansatte: 140}        # optional: for response rates in the report
  questions:
    - {column: "Jeg vet hvor jeg finner strategien", indicators: ["2.1"]}
  free_text:
    - {column: "Andre kommentarer", indicators: []}

Counts of fewer than 5 answers are shown as <5 everywhere.
"""


def register(sub) -> None:
    import argparse

    p = sub.add_parser("survey", help="import survey results (CSV, XLSX) or list the surveys")
    ssub = p.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    i = ssub.add_parser("import", help="import a survey's results file as one undoable step",
                        description=_MAPPING_HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    i.add_argument("file", type=Path)
    i.add_argument("results", type=Path, metavar="RESULTS.csv|.xlsx")
    i.add_argument("--mapping", type=Path, required=True, metavar="MAP.yaml")
    i.add_argument("--title", help="the survey's title (default: the mapping's title)")
    i.set_defaults(func=_import)
    ls = ssub.add_parser("list", help="the project's surveys: respondents, questions, groups")
    ls.add_argument("file", type=Path)
    ls.set_defaults(func=_list)


def _import(args) -> int:
    import sys

    from digifelt.core.operations import journal
    from digifelt.core.services import projects, surveys
    from digifelt.core.services.survey_import import load_mapping, read_table
    from digifelt.errors import DigifeltError

    if not args.file.exists():
        raise DigifeltError(f"{args.file.name}: no such file")
    # The files are read and checked before the project is opened: a bad file changes nothing.
    table = read_table(args.results)
    mapping = load_mapping(args.mapping)
    db = projects.open_for_editing(args.file)
    try:
        result = journal(db).run("Import survey", surveys.import_survey, db, table,
                                 mapping, title=args.title, mapping_name=args.mapping.name)
    finally:
        db.close()
    print(result.summary())
    for warning in result.warnings:
        print(f"digifelt: warning: {warning}", file=sys.stderr)
    return 0


def _list(args) -> int:
    from digifelt.core.services import projects, surveys

    db = projects.open_project(args.file)
    try:
        found = surveys.list_surveys(db)
    finally:
        db.close()
    if not found:
        print("no surveys")
    for s in found:
        groups = "; ".join(f"{name} n={n}" for name, n in s.groups) or "no groups"
        print(f"{s.activity.title}: {s.respondents} respondents, {s.questions} questions, "
              f"{s.answers} free-text answers in {s.free_text_questions} "
              f"column{'' if s.free_text_questions == 1 else 's'}; {groups}")
    return 0
