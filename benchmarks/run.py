"""Benchmark runner: builds the large demo once, runs every module, prints a table and JSON.

    python -m benchmarks                 # full run on the large demo
    python -m benchmarks --quick         # fewer repeats (what CI runs; never fails on timing)
    python -m benchmarks --project F     # reuse an existing large demo file
    python -m benchmarks --scale 5       # also export/import a project 5× the large demo
"""

import argparse
import importlib
import json
import platform
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import median, p95

MODULES = ("core_ops", "report", "bundle", "startup", "typing")
# Slow (minutes): only with --only or --scale.
OPTIONAL = ("merge_scale", "store")


def _met(row: dict) -> str:
    ours, base, target = row["ours"], row.get("baseline"), row["target"]
    if m := re.search(r"≤ ([\d.]+)× baseline", target):
        return "yes" if base and median(ours) <= float(m.group(1)) * median(base) else "NO"
    if m := re.search(r"p95 ≤ ([\d.]+) ms", target):
        return "yes" if p95(ours) * 1000 <= float(m.group(1)) else "NO"
    if m := re.search(r"≤ ([\d.]+) ms", target):
        return "yes" if median(ours) * 1000 <= float(m.group(1)) else "NO"
    if m := re.search(r"≤ ([\d.]+) MB", target):
        return "yes" if max(ours) <= float(m.group(1)) else "NO"
    return "?"


def _fmt(values: list[float] | None, unit: str) -> str:
    if not values:
        return "—"
    if unit == "MB":
        return f"{max(values):.0f} MB"
    return f"{median(values) * 1000:.1f} / {p95(values) * 1000:.1f} ms"


def table(rows: list[dict]) -> str:
    head = ("operation", "ours (median / p95)", "baseline (median / p95)", "ratio", "target",
            "met")
    lines = [head]
    for row in rows:
        unit = row.get("unit", "s")
        base = row.get("baseline")
        ratio = f"{median(row['ours']) / median(base):.2f}×" if base else "—"
        lines.append((row["operation"], _fmt(row["ours"], unit), _fmt(base, unit), ratio,
                      row["target"], _met(row)))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
    out = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
           for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="few repeats (for CI)")
    parser.add_argument("--repeats", type=int)
    parser.add_argument("--project", type=Path, help="an existing large demo to reuse")
    parser.add_argument("--only", nargs="*", choices=MODULES + OPTIONAL)
    parser.add_argument("--scale", type=int, metavar="N",
                        help="also export and import a project N× the large demo (merge_scale)")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/latest.json"))
    args = parser.parse_args(argv)
    repeats = args.repeats or (2 if args.quick else 7)
    work = Path(tempfile.mkdtemp(prefix="digifelt-bench-"))
    try:
        demo = args.project
        if demo is None:
            from digifelt.core.demo import generate_demo

            demo = work / "large.digifelt"
            started = time.perf_counter()
            stats = generate_demo(demo, size="large", seed=1)
            print(f"large demo: {stats.activities} activities, {stats.entries} entries, "
                  f"{stats.excerpts} excerpts, {stats.tags} tags, {stats.attachments} "
                  f"attachments, {stats.file_size / 2**20:.0f} MB, built in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
        rows = []
        names = list(args.only or MODULES)
        if args.scale and "merge_scale" not in names:
            names.append("merge_scale")
        for name in names:
            try:
                module = importlib.import_module(f"benchmarks.{name}")
            except ModuleNotFoundError as exc:
                print(f"skipping {name}: {exc}", file=sys.stderr)
                continue
            print(f"running {name} …", flush=True)
            extra = {"factor": args.scale} if name == "merge_scale" and args.scale else {}
            rows += module.run(demo, repeats, **extra)
        print()
        print(table(rows))
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "processor": platform.processor()},
            "repeats": repeats,
            "results": [{**r, "median_s": median(r["ours"]), "p95_s": p95(r["ours"]),
                         "baseline_median_s": median(r["baseline"]) if r.get("baseline")
                         else None, "met": _met(r)} for r in rows]}, indent=2),
            encoding="utf-8")
        print(f"\nJSON written to {args.json}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
