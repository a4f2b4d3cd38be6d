"""Names out of the evidence matrix's text cells, before the table is written.

The matrix holds no notes, but its labels come from the project and its rubric (indicator
and area titles, group names), which anyone may have typed a name into. Participants become
their pseudonyms and assessors their initials, as in a pseudonymised bundle.
"""

from dataclasses import replace

from digifelt.core.services.matrix import Matrix
from digifelt.exports.bundle.pseudonymise import assign_pseudonyms
from digifelt.exports.names import NEUTRAL, NameScrubber, Person
from digifelt.storage.database import Database


def pseudonym_scrubber(db: Database) -> NameScrubber:
    """Participants → pseudonyms, assessors → initials, shared parts → "[navn]"/"[name]"."""
    from digifelt.core.services.people import list_assessors, list_participants
    from digifelt.core.services.projects import get_project

    def row(record, **extra) -> dict:
        return {"id": record.id, "name": record.name, "created_at": record.created_at.isoformat(),
                **extra}

    participants = [row(p, pseudonym=p.pseudonym) for p in list_participants(db)]
    assessors = [row(a, initials=a.initials) for a in list_assessors(db)]
    pseudonyms, initials, _notices = assign_pseudonyms(participants, assessors)
    people = [Person(p["id"], p["name"] or "", pseudonyms[p["id"]]) for p in participants]
    people += [Person(a["id"], a["name"] or "", initials[a["id"]]) for a in assessors]
    # The matrix shows no pseudonyms, so untrusted ones need no notice here.
    scrubber = NameScrubber(people, NEUTRAL.get(get_project(db).language, NEUTRAL["en"]))
    scrubber.report.noun = "name"  # of participants and assessors
    return scrubber


def pseudonymise_matrix(matrix: Matrix, scrubber: NameScrubber) -> Matrix:
    """A copy of `matrix` whose text cells name nobody; places go to `scrubber.report`."""
    def s(text, oid, field_name, title, indicator_id=None):
        return scrubber.scrub(text, kind="matrix", object_id=oid, field_name=field_name,
                              title=title, indicator_id=indicator_id)

    rows = [replace(r, title=s(r.title, r.indicator_id, "title", r.code, r.indicator_id),
                    area_title=s(r.area_title, r.area_id, "area title", r.area_code),
                    cells=dict(r.cells))
            for r in matrix.rows]
    columns = [(key, s(label, key, "column", "")) for key, label in matrix.columns]
    return Matrix(matrix.by, columns, rows)
