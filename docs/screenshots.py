"""Take docs/images/interview-mode.png, survey-view.png and compare.png from the real app on the
small demo (make_screenshots.sh)."""

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "images" / "interview-mode.png"
SURVEY_OUT = OUT.with_name("survey-view.png")
COMPARE_OUT = OUT.with_name("compare.png")
SURVEY = "Spørreundersøkelse ansatte 2026"  # the demo's staff survey, with a "<5" cell
INTERVIEW = "Gruppeintervju folkevalgte 2"  # a demo interview with tagged answers
SIZE = (1440, 860)


def wait(app, condition, seconds: float = 60.0) -> None:
    import time

    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the app")
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    # Private app folders: the screenshot never touches (or shows) the user's own settings.
    base = Path(tempfile.mkdtemp(prefix="digifelt-screenshot-"))
    os.environ["DIGIFELT_CONFIG_DIR"] = str(base / "config")
    os.environ["DIGIFELT_DATA_DIR"] = str(base / "data")

    from digifelt.app_settings import load_settings, save_settings

    settings = load_settings()
    settings.language = os.environ.get("DIGIFELT_SCREENSHOT_LANGUAGE", "en")
    settings.assessor_name, settings.assessor_initials = "Kari Nordmann", "KN"
    save_settings(settings)

    from PySide6.QtWidgets import QSplitter

    from digifelt.ui.app import AppController, create_application

    app = create_application(["digifelt"])
    controller = AppController(settings)
    controller.open_demo()
    wait(app, lambda: controller.window is not None)
    window = controller.window
    window.resize(*SIZE)
    window.show()

    row = next(r for r in window.capture.model.rows() if r.title.startswith(INTERVIEW))
    view = window.open_activity(row.id)
    # Show the answer with the most tags (a starred one first), cursor after the text.
    tagged = [v for v in view.excerpt_views if v.excerpt.entry_id and not v.excerpt.detached]
    per_entry = {}
    for v in tagged:
        per_entry.setdefault(v.excerpt.entry_id, []).append(v)
    best = max(per_entry.values(), key=lambda vs: (len(vs), any(v.excerpt.starred for v in vs)))
    shown = max(best, key=lambda v: v.excerpt.starred)
    view.reveal_excerpt(shown.excerpt.id)
    editor = view.current_editor()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    view.excerpt_panel.set_current(shown.excerpt.id)
    view.splitter.setSizes([1000, 440])
    settle(app)
    save(window, OUT)

    row = next(r for r in window.capture.model.rows() if r.title.startswith(SURVEY))
    view = window.open_activity(row.id)
    view.splitter.setSizes([1000, 440])
    view.findChild(QSplitter, "surveySplitter").setSizes([560, 200])
    settle(app)
    save(window, SURVEY_OUT)
    compare_screenshot(app, window, base)
    window.close()
    return 0


def compare_screenshot(app, window, base: Path) -> None:
    """The demo beside its re-assessment a year later and a neighbour on the same rubric."""
    from digifelt.api import Project
    from digifelt.core.services import rubric
    from digifelt.core.services.reassess import previous_levels, reassess
    from digifelt.ui.dialogs.compare_dialog import CompareDialog

    later, other = base / "fjellvik-2027.digifelt", base / "elvdal-2026.digifelt"
    for path, period, step in ((later, "2027", 1), (other, "2026", -1)):
        reassess(window.ctx.db, path, period=period)
        with Project.open(path, backup=False) as p:
            if path is other:
                p.update_project(organisation="Elvdal kommune")
            codes = {i.id: i.code for area in rubric.rubric_tree(p.db) for i in area.indicators}
            # Every other indicator one level up (a year later) or down (the neighbour).
            for n, (indicator_id, views) in enumerate(sorted(previous_levels(p.db).items())):
                if views[0].level is not None:
                    level = min(4, max(1, views[0].level + (step if n % 2 == 0 else 0)))
                    p.update_finding(indicator=codes[indicator_id], level=level,
                                     status="agreed")
    dialog = CompareDialog(window.ctx, window)
    dialog.add_file(later)
    dialog.add_file(other)
    dialog.run_compare()
    dialog.resize(*SIZE)
    dialog.show()
    settle(app)
    save(dialog, COMPARE_OUT)
    dialog.close()


def settle(app) -> None:
    import time

    end = time.monotonic() + 1.5  # let layouts settle and the window paint
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(window, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
