"""Child process: type into the longest note of a project in the real app and report UI stalls.

    python benchmarks/typing_probe.py FILE [CHARS]

Prints `stall_ms <longest gap>`, `typed` and `words` (of the note typed into): a 2 ms probe
timer records the longest gap between its ticks while key events arrive every 30 ms (fast
typing) and autosave runs. The note is the longest of an interview (in the large demo about
a hundred words with five tags, in an interview with over a hundred tagged excerpts),
lengthened first to WORDS words by paragraphs added after it, tags kept: typing goes on at
its end.
"""

import os
import sys

# Run as a script, this folder heads sys.path and its typing.py (the typing benchmark) would
# shadow the standard library's module, which PySide6 imports.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(
    os.path.abspath(__file__))]
import time  # noqa: E402

WORDS = 5000
FILLER = ["Vi", "har", "fått", "nye", "fagsystemer", "de", "siste", "årene,", "men",
          "opplæringen", "kommer", "ofte", "etter", "at", "systemet", "er", "tatt", "i",
          "bruk,", "og", "mange", "lærer", "av", "kollegaer", "i", "stedet."]


def lengthen(path: str, entry_id: str) -> None:
    """Add paragraphs after the note until it has WORDS words (through the services, as an
    edit in the app would, so its tags and the search index stay right)."""
    from digifelt.core.services import entries, projects

    db = projects.open_for_editing(path, backup=False)
    try:
        text = entries.get_entry(db, entry_id).text
        words = len(text.split())
        paragraphs = []
        while words < WORDS:
            paragraphs.append(" ".join(FILLER[n % len(FILLER)] for n in range(90)))
            words += 90
        if paragraphs:
            entries.update_entry_text(db, entry_id, text + "\n" + "\n".join(paragraphs) + "\n")
    finally:
        db.close()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import sqlite3

    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest

    from digifelt.ui.app import AppController, create_application

    path, chars = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300
    con = sqlite3.connect(path)
    # The longest note taken in an interview: where fast typing happens.
    activity_id, entry_id = con.execute(
        "SELECT e.activity_id, e.id FROM entry e JOIN activity a ON a.id = e.activity_id "
        "WHERE a.kind = 'interview' ORDER BY length(e.text) DESC LIMIT 1").fetchone()
    con.close()
    # In a process of its own: saving here would warm the caches the app's first save uses.
    import subprocess

    subprocess.run([sys.executable, __file__, "--lengthen", path, entry_id], check=True)
    app = create_application(sys.argv[:1])
    window = AppController().open_project(path)
    view = window.open_activity(activity_id)
    editor = view.editor_for_entry(entry_id) or view.current_editor()
    view.show_editor(editor)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    # Typing starts once the window is on screen and laid out, as it does for a person: its
    # first layout and paint (a tenth of a second with a long note) are not a typing stall.
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(500)

    clock = QElapsedTimer()
    state = {"last": None, "worst": 0.0, "typed": 0}

    def probe() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["last"] is not None:
            state["worst"] = max(state["worst"], now - state["last"] - 2)
        state["last"] = now

    text = "Vi trenger mer opplæring i nye systemer før de tas i bruk. "

    def type_one() -> None:
        if state["typed"] >= chars:
            typing.stop()
            QTimer.singleShot(1500, finish)  # let the last autosave run
            return
        QTest.keyClick(editor, text[state["typed"] % len(text)])
        state["typed"] += 1

    def finish() -> None:
        print(f"stall_ms {state['worst']:.1f}", flush=True)
        print(f"typed {state['typed']}", flush=True)
        print(f"words {len(editor.toPlainText().split())}", flush=True)
        os._exit(0)

    ticker = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=2, timeout=probe)
    typing = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=30, timeout=type_one)
    clock.start()
    ticker.start()
    typing.start()
    started = time.perf_counter()
    app.exec()
    print(f"elapsed {time.perf_counter() - started:.1f}")


if __name__ == "__main__":
    if sys.argv[1] == "--lengthen":
        lengthen(sys.argv[2], sys.argv[3])
    else:
        main()
