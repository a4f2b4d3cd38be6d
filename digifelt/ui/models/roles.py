"""The custom item-data roles of every model and item view, numbered in one place.

Models that share a view or a proxy must agree on what a role number means, so each number
is given out once here and `@unique` refuses two names for the same number.
"""

from enum import IntEnum, unique

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


@unique
class Role(IntEnum):
    # Every model: the row object, its id and the value a proxy sorts by
    ID = _BASE + 1
    ROW = _BASE + 2
    SORT = _BASE + 3
    # Rubric, findings and matrix rows: "area" | "indicator"; search results: "group" | "hit";
    # activities: the activity's kind
    KIND = _BASE + 4
    STATUS = _BASE + 5  # activities: planned/done…; findings: "draft" | "agreed"
    CODE = _BASE + 6  # an indicator's code ("1.2")

    # Indicator picker
    PREFERRED = _BASE + 10  # bool: suggested for the current question
    ORDER = _BASE + 11  # rubric position

    # Excerpts and evidence items
    VALENCE = _BASE + 20  # "strength" | "gap" | "neutral"
    ENTRY_ID = _BASE + 21
    ACTIVITY_ID = _BASE + 22
    STARRED = _BASE + 23
    SOURCE_KIND = _BASE + 24  # the kind of the activity an item comes from
    GROUPS = _BASE + 25  # tuple of group names

    # Findings
    LEVEL = _BASE + 30  # int | None

    # Evidence matrix
    COUNT = _BASE + 40  # excerpts in the cell (int)
    BALANCE = _BASE + 41  # -1 (all gaps) … +1 (all strengths)
    COLUMN_KEY = _BASE + 42  # kind or group id of a source column
    TRIANGULATED = _BASE + 43  # bool, indicator rows
    REASON = _BASE + 44  # why an indicator is not triangulated

    # Search results
    HIT = _BASE + 50  # the SearchHit of a hit row (None for groups)
    SNIPPET_HTML = _BASE + 51  # snippet with the matched words in <b>
    INDICATOR_ID = _BASE + 52  # finding hits: the finding's indicator

    # Smaller models and item widgets
    HAS_NOTES = _BASE + 60  # interview outline: the question has notes
    MEDIA_TYPE = _BASE + 61  # attachments
    GROUP_ID = _BASE + 62  # participants: the person's group, for the group editor
    PATH = _BASE + 63  # a file's path: the welcome screen's recent projects, files to compare
    PLACE = _BASE + 64  # export names list: where a name was found
    QUESTION = _BASE + 65  # a review's checklist: the question shown by the item
    NUMBER = _BASE + 66  # a review's checklist: the question's number
