"""Responsiveness while typing: the longest UI-thread stall in the notes editor (target < 50 ms)."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.timing import result

PROBE = Path(__file__).with_name("typing_probe.py")


def stall(project: Path, chars: int, env: dict) -> float:
    out = subprocess.run([sys.executable, str(PROBE), str(project), str(chars)], env=env,
                         capture_output=True, text=True, timeout=600)
    values = dict(line.split() for line in out.stdout.splitlines() if line.strip())
    if "stall_ms" not in values:
        raise RuntimeError(f"typing probe failed: {out.stderr[-2000:]}")
    return float(values["stall_ms"]) / 1000


def run(large_demo: Path, repeats: int) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix="digifelt-typing-"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "DIGIFELT_CONFIG_DIR": str(work / "config"), "DIGIFELT_DATA_DIR": str(work / "data")}
    try:
        project = work / "large.digifelt"
        shutil.copy(large_demo, project)
        stalls = [stall(project, 200, env) for _ in range(max(1, repeats // 2))]
        return [result("longest UI stall while typing in a 5,000-word note (large demo)",
                       stalls, None, "≤ 50 ms")]
    finally:
        shutil.rmtree(work, ignore_errors=True)
