"""Jumps to the place a search hit or an excerpt comes from: the activity's notes with the
words selected, or the Findings page at the indicator."""

from PySide6.QtCore import QObject

from digifelt.core.services.search import find_span
from digifelt.ui import actions as action_table

PAGE_FINDINGS = [name for name, _text in action_table.PAGES].index("findings")


class Navigator(QObject):
    """Works on the main window: open_activity(), the rail, the Findings page."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window

    def open_excerpt(self, activity_id: str, excerpt_id: str):
        """Open the activity with the excerpt's words selected (a page excerpt of a document
        review: chosen in the excerpts panel). Returns the activity view, or None."""
        view = self._window.open_activity(activity_id)
        if view is None:
            return None
        view.excerpt_panel.set_current(excerpt_id)
        view.reveal_excerpt(excerpt_id)
        return view

    def open_hit(self, hit, query: str, indicator_id: str | None = None):
        if hit.kind == "finding":
            if indicator_id:
                self._window.rail.setCurrentRow(PAGE_FINDINGS)
                self._window.findings.show_indicator(indicator_id)
            return None
        if not hit.activity_id:
            return None
        if hit.kind == "excerpt":
            return self.open_excerpt(hit.activity_id, hit.ref_id)
        view = self._window.open_activity(hit.activity_id)
        if view is None or hit.kind != "entry":
            return view
        editor = view.editor_for_entry(hit.ref_id)
        if editor is not None:
            view.show_editor(editor)
            span = find_span(editor.plain_text(), query)
            if span is not None:
                editor.select_span(*span)
        return view
