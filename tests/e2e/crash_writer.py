"""Child process for the kill tests: performs real service calls, acknowledging each commit.

Prints `ack <n> <op> <marker>` on stdout only after the service call has returned (committed).
"""

import itertools
import sys
from pathlib import Path

from digifelt.core.services import activities, entries, excerpts, findings, projects, rubric


def main(path: Path, first: int) -> None:
    db = projects.open_project(path)
    indicators = [i.id for a in rubric.rubric_tree(db) for i in a.indicators]
    act = activities.list_activities(db)[0].activity
    journal = entries.list_entries(db, act.id)[0]
    text = entries.get_entry(db, journal.id).text
    for n in itertools.count(first):
        op = n % 4
        marker = f"m{n:06d}"
        if op == 0:
            entries.add_entry(db, activity_id=act.id, text=f"Notat {marker} æøå čŋ 🙂")
        elif op == 1:
            text = f"{text} {marker}"
            entries.update_entry_text(db, journal.id, text)
        elif op == 2:
            entry = entries.add_entry(db, activity_id=act.id, text=f"Sitat {marker} her")
            excerpts.tag_excerpt(db, entry_id=entry.id, start=6, end=13,
                                 indicator_ids=[indicators[n % len(indicators)]])
        else:
            findings.update_finding(db, indicators[0], strengths=marker, level=1 + n % 4)
        print(f"ack {n} {op} {marker}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
