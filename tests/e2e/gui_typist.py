"""Child process for the GUI kill test: the real app, offscreen, typing into an interview's notes.

    python gui_typist.py PROJECT ACTIVITY_ID SEED

Opens PROJECT in the app (AppController, as `digifelt open` does), opens the activity, and
types `typed_text(SEED)` into its notes editor with QTest key events, a few characters every
few milliseconds from the event loop (so autosave timers run as they do for a person).
After each chunk it prints `typed <characters so far> <time.monotonic()>`.
"""

import os
import random
import string
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHUNK = 4  # characters per step
INTERVAL_MS = 12  # between steps: about 250 characters a second, far faster than anyone types
ALPHABET = string.ascii_letters + string.digits + "     .,;:-()?!'"


def typed_text(seed: int, length: int = 200_000) -> str:
    rng = random.Random(seed)
    return f"[{seed}]" + "".join(rng.choice(ALPHABET) for _ in range(length))


def main(path: Path, activity_id: str, seed: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from digifelt.app_settings import load_settings
    from digifelt.ui.app import AppController, create_application

    app = create_application([sys.argv[0]])
    settings = load_settings()
    settings.language = "en"
    controller = AppController(settings)
    window = controller.open_project(path)
    if window is None:
        sys.exit("the project did not open")
    view = window.open_activity(activity_id)
    editor = view.current_editor()
    window.activateWindow()
    editor.setFocus()
    text = typed_text(seed)
    done = 0

    def step() -> None:
        nonlocal done
        chunk = text[done:done + CHUNK]
        QTest.keyClicks(editor, chunk)
        done += len(chunk)
        print(f"typed {done} {time.monotonic():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(INTERVAL_MS)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
