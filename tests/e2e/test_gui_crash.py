"""Kill the real app with SIGKILL while it types into a notes editor: the file is intact, holds
a prefix of what was typed, and loses at most the last second or so of typing.

DIGIFELT_GUI_KILLS sets the number of kills (default 10). The child (gui_typist.py) prints how
much it has typed and when; the parent kills it at a random moment, reopens the file with the
services and compares.
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from digifelt.core.services import activities, entries, projects
from digifelt.core.services.check import check_project

sys.path.insert(0, str(Path(__file__).parent))
from gui_typist import typed_text  # noqa: E402

TYPIST = Path(__file__).with_name("gui_typist.py")
KILLS = int(os.environ.get("DIGIFELT_GUI_KILLS", "10"))
PARALLEL = 5  # projects typed into at the same time
SAFE_AFTER_S = 1.5  # everything typed this long before the kill must be in the file


@dataclass
class Round:
    kills_at: float  # seconds after typing starts
    lines: list  # (characters typed, monotonic time)
    killed_at: float = 0.0


def run_round(path: Path, activity_id: str, seed: int, delay: float) -> Round:
    proc = subprocess.Popen([sys.executable, str(TYPIST), str(path), activity_id, str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    result = Round(delay, [])
    try:
        ready = proc.stdout.readline()
        if ready.strip() != "ready":
            proc.kill()
            pytest.fail(f"the app did not start: {ready!r} {proc.stderr.read()[-3000:]}")

        def read() -> None:
            for line in proc.stdout:
                _typed, count, when = line.split()
                result.lines.append((int(count), float(when)))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        time.sleep(delay)  # the kill lands at a random moment of the typing
        result.killed_at = time.monotonic()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        reader.join(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    return result


def stored_text(path: Path, activity_id: str) -> str:
    report = check_project(path)
    assert report.ok, "\n".join(report.lines())
    db = projects.open_project(path)
    try:
        notes = entries.list_entries(db, activity_id)
    finally:
        db.close()
    assert len(notes) <= 1
    return notes[0].text if notes else ""


@pytest.mark.slow
def test_killing_the_app_while_typing_loses_at_most_the_last_second(project, tmp_path):
    activity = activities.add_activity(project, kind="interview", title="Krasjtest")
    project.close()
    files = [tmp_path / f"typist{i}.digifelt" for i in range(PARALLEL)]
    for f in files:
        f.write_bytes(project.path.read_bytes())
    rng = random.Random(20261122)
    expected = {f: "" for f in files}  # what the editor held when it was opened
    results = []
    kills = 0
    while kills < KILLS:
        batch = files[: min(PARALLEL, KILLS - kills)]
        rounds = {}
        threads = []
        for n, f in enumerate(batch):
            seed, delay = kills * 10 + n, rng.uniform(0.3, 3.5)

            def go(f=f, seed=seed, delay=delay, rounds=rounds):
                rounds[f] = (seed, run_round(f, activity.id, seed, delay))

            threads.append(threading.Thread(target=go))
            threads[-1].start()
        for t in threads:
            t.join()
        for f in batch:
            seed, r = rounds[f]
            typed = typed_text(seed)
            text = stored_text(f, activity.id)
            before = expected[f]
            assert text.startswith(before), "text saved before this run was lost"
            new = text[len(before):]
            assert typed.startswith(new), "the file holds text that was never typed"
            safe = max((count for count, when in r.lines if when <= r.killed_at - SAFE_AFTER_S),
                       default=0)
            assert len(new) >= safe, (
                f"lost text typed more than {SAFE_AFTER_S} s before the kill: "
                f"{len(new)} characters stored, {safe} were due")
            acked = max((count for count, when in r.lines if when <= r.killed_at), default=0)
            oldest_lost = min((when for count, when in r.lines if count > len(new)),
                              default=r.killed_at)
            results.append((r.kills_at, acked - len(new), r.killed_at - oldest_lost))
            expected[f] = text
        kills += len(batch)
    lost = max(c for _d, c, _w in results)
    window = max(w for _d, _c, w in results)
    print(f"\nGUI kills: {len(results)}; most characters lost: {lost}; longest loss window: "
          f"{window:.2f} s; typed per kill: up to "
          f"{max(len(expected[f]) for f in files)} characters")
