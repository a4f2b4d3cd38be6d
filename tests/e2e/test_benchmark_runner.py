"""The benchmark runner works from a checkout: a quick run reports every row, never fails on
timing (what is measured here is that it measures, not how fast anything is)."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_quick_run_reports_every_operation_with_its_baseline(tmp_path):
    from digifelt.core.demo import generate_demo

    demo = tmp_path / "demo.digifelt"
    generate_demo(demo, size="small", seed=1)
    out = tmp_path / "results.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--project", str(demo),
         "--only", "core_ops", "report", "bundle", "startup", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    rows = {r["operation"]: r for r in json.loads(out.read_text(encoding="utf-8"))["results"]}
    assert len(rows) == 15
    assert any(name.startswith("remove a tag, then undo") for name in rows)
    for name, row in rows.items():
        assert row["ours"], name
        assert all(math.isfinite(v) and v > 0 for v in row["ours"]), name
        assert row["met"] in ("yes", "NO", "?"), name
        if "memory" not in name:
            assert row["baseline"], name
            assert all(math.isfinite(v) for v in row["baseline"]), name
    assert "| operation" in run.stdout  # the table is printed too
