"""Participants' names out of the report's texts.

The report promises that quotes carry only a group, never a name, so a participant's name
anywhere in a text the report prints becomes that participant's group in brackets
("[Lærere]"), or "[navn]"/"[name]" when the group is unknown, shared by the name with
someone in another group, or itself contains a name. Assessors are named on the title page
by design: their names are kept, but a name part they share with a participant is masked.
"""

from digifelt.exports.names import NEUTRAL, NameScrubber, Person
from digifelt.storage.database import Database


def report_scrubber(db: Database, lang: str) -> NameScrubber:
    from digifelt.core.services.people import list_assessors, list_groups, list_participants

    neutral = NEUTRAL.get(lang, NEUTRAL["en"])
    participants = list_participants(db)
    assessors = list_assessors(db)
    probe = NameScrubber([Person(p.id, p.name or "", "x") for p in participants]
                         + [Person(a.id, a.name or "", "x") for a in assessors])
    groups = {g.id: g.name for g in list_groups(db)}
    people = []
    for p in participants:
        group = groups.get(p.group_id)
        label = f"[{group}]" if group and not probe.contains_name(group) else neutral
        people.append(Person(p.id, p.name or "", label))
    people += [Person(a.id, a.name or "", None) for a in assessors]
    return NameScrubber(people, neutral)
