"""Translated names for values stored as codes (activity kinds, statuses, valences, …)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Labels"

KIND_LABELS = {
    "interview": QT_TRANSLATE_NOOP("Labels", "Interview"),
    "observation": QT_TRANSLATE_NOOP("Labels", "Observation"),
    "document_review": QT_TRANSLATE_NOOP("Labels", "Document review"),
    "survey": QT_TRANSLATE_NOOP("Labels", "Survey"),
    "workshop": QT_TRANSLATE_NOOP("Labels", "Workshop"),
}
# Counted ("Interviews: 8") and named new, each a text of its own: Norwegian nouns differ in
# gender ("Nytt intervju", "Ny observasjon"), so "New %1" cannot be translated once.
KIND_PLURAL_LABELS = {
    "interview": QT_TRANSLATE_NOOP("Labels", "Interviews"),
    "observation": QT_TRANSLATE_NOOP("Labels", "Observations"),
    "document_review": QT_TRANSLATE_NOOP("Labels", "Document reviews"),
    "survey": QT_TRANSLATE_NOOP("Labels", "Surveys"),
    "workshop": QT_TRANSLATE_NOOP("Labels", "Workshops"),
}
NEW_KIND_LABELS = {
    "interview": QT_TRANSLATE_NOOP("Labels", "New interview"),
    "observation": QT_TRANSLATE_NOOP("Labels", "New observation"),
    "document_review": QT_TRANSLATE_NOOP("Labels", "New document review"),
    "survey": QT_TRANSLATE_NOOP("Labels", "New survey"),
    "workshop": QT_TRANSLATE_NOOP("Labels", "New workshop"),
}
STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
}
EXCERPT_KIND_LABELS = {
    "quote": QT_TRANSLATE_NOOP("Labels", "Quote"),
    "paraphrase": QT_TRANSLATE_NOOP("Labels", "Paraphrase"),
}
VALENCE_LABELS = {
    "strength": QT_TRANSLATE_NOOP("Labels", "Strength"),
    "gap": QT_TRANSLATE_NOOP("Labels", "Gap"),
    "neutral": QT_TRANSLATE_NOOP("Labels", "Neutral"),
}
GUIDE_KIND_LABELS = {
    "interview": QT_TRANSLATE_NOOP("Labels", "Interview guide"),
    "observation": QT_TRANSLATE_NOOP("Labels", "Observation form"),
    "document_review": QT_TRANSLATE_NOOP("Labels", "Review checklist"),
}


def tr_label(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    return tr_label(KIND_LABELS.get(kind, kind))


def kind_plural_label(kind: str) -> str:
    return tr_label(KIND_PLURAL_LABELS.get(kind, kind))


def new_kind_label(kind: str) -> str:
    return tr_label(NEW_KIND_LABELS.get(kind, kind))


def status_label(status: str) -> str:
    return tr_label(STATUS_LABELS.get(status, status))


def excerpt_kind_label(kind: str) -> str:
    return tr_label(EXCERPT_KIND_LABELS.get(kind, kind))


def valence_label(valence: str) -> str:
    return tr_label(VALENCE_LABELS.get(valence, valence))


def guide_kind_label(kind: str) -> str:
    return tr_label(GUIDE_KIND_LABELS.get(kind, kind))


def format_duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
