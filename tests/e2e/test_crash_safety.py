"""Kill a writer with SIGKILL at random moments: the file opens, is intact, and no
acknowledged change is missing. DIGIFELT_KILLS sets the number of kills (default 200)."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digifelt.core.services import activities, entries

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = int(os.environ.get("DIGIFELT_KILLS", "200"))
PARALLEL = 4


def start(path: Path, first: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WRITER), str(path), str(first)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def verify(path: Path, acked: list[tuple[int, int, str]]) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        texts = "\n".join(r[0] for r in con.execute("SELECT text FROM entry"))
        quoted = {r[0] for r in con.execute("SELECT text FROM excerpt")}
        strengths = con.execute("SELECT strengths FROM finding").fetchall()
    finally:
        con.close()
    for _n, op, marker in acked:
        if op in (0, 1):
            assert marker in texts, f"acknowledged change {marker} lost"
        elif op == 2:
            assert marker in quoted, f"acknowledged excerpt {marker} lost"
    finding_markers = [m for _n, op, m in acked if op == 3]
    if finding_markers:
        # the newest acknowledged value, or one committed just before the kill
        assert strengths
        assert strengths[0][0] >= finding_markers[-1]


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_commit(project):
    act = activities.add_activity(project, kind="interview", title="Krasjtest")
    entries.add_entry(project, activity_id=act.id, text="Logg:")
    project.close()
    files = [project.path.with_name(f"w{i}.digifelt") for i in range(PARALLEL)]
    for f in files:
        f.write_bytes(project.path.read_bytes())
    rng = random.Random(20261122)
    acked = {f: [] for f in files}
    next_n = {f: 0 for f in files}
    kills = 0
    while kills < KILLS:
        batch = files[: min(PARALLEL, KILLS - kills)]
        procs = {f: start(f, next_n[f]) for f in batch}
        for f, proc in procs.items():
            want = rng.randint(0, 12)
            for _ in range(want):
                line = proc.stdout.readline()
                if not line:
                    pytest.fail(f"writer died: {proc.stderr.read()[-2000:]}")
                _ack, n, op, marker = line.split()
                acked[f].append((int(n), int(op), marker))
                next_n[f] = int(n) + 1
            # the kill lands at a random point of the next operations
            time.sleep(rng.random() * 0.02)
            proc.send_signal(signal.SIGKILL)
        for f, proc in procs.items():
            proc.wait()
            # acks printed before the kill but not yet read still count as acknowledged
            for line in proc.stdout.read().splitlines():
                _ack, n, op, marker = line.split()
                acked[f].append((int(n), int(op), marker))
                next_n[f] = int(n) + 1
            next_n[f] += 1  # an op that was cut off may have committed: never reuse its number
            verify(f, acked[f])
            kills += 1
    total = sum(len(a) for a in acked.values())
    print(f"\n{kills} kills, {total} acknowledged commits, 0 lost")
    assert kills >= KILLS
    assert total > KILLS
