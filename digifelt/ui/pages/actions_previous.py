"""The level an earlier assessment of the same organisation gave an indicator, shown beside
its finding in a re-assessment ("Previous assessment (2026): level 2"): context, not evidence."""

import html

from PySide6.QtCore import QCoreApplication

from digifelt.core.services.reassess import previous_levels


def previous_level_text(db, indicator_id: str) -> str:
    """One line per earlier assessment, the newest first; empty when there is none."""
    lines = []
    for view in previous_levels(db).get(indicator_id, ()):
        when = str(view.year) if view.year is not None else view.source_title
        if view.level is not None:
            text = QCoreApplication.translate("PreviousLevel", "Previous assessment (%1): level %2")
            lines.append(text.replace("%1", when).replace("%2", str(view.level)))
        else:
            text = QCoreApplication.translate("PreviousLevel",
                                              "Previous assessment (%1): not assessed")
            lines.append(text.replace("%1", when))
    return "\n".join(lines)


def previous_level_html(db, indicator_id: str) -> str:
    """The lines as a small grey paragraph under a heading; empty when there is none."""
    text = previous_level_text(db, indicator_id)
    if not text:
        return ""
    body = "<br>".join(html.escape(line) for line in text.splitlines())
    return f'<p style="color: gray;" id="previousLevel">{body}</p>'
