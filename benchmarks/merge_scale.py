"""Bundle export and import of a project N× the large demo (default 5×: ~1,000 activities,
~120,000 excerpts, ~260,000 tags, ~200 MB): time and peak memory.

Each export and import runs in a child process of its own, so that its peak resident memory
(Linux `VmHWM`, as gui_probe reads it) is its own and not the benchmark's. Baselines, each in
a child too and in the same run:

- export: the bundle's members copied, streamed, into a new zip with the same names and
  compression, each hashed with SHA-256 (what writing a bag costs at the least);
- import: bare sqlite3 inserting the rows our import wrote, table by table with
  executemany in one transaction, into an empty file with digifelt's own schema (so the
  same indexes and the same FTS and tally triggers run), streamed from the imported file.

The N× project is built once and cached (temp folder, keyed by the demo code and schema), so
reruns go straight to the measurements. Slow: only run when asked,

    python -m benchmarks --only merge_scale        # or: python -m benchmarks --scale 5
    python -m benchmarks.merge_scale [--factor 5] [--repeats 1]
"""

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from benchmarks.gui_probe import _peak_rss_mb as peak_rss_mb
from benchmarks.timing import result

ROOT = Path(__file__).resolve().parents[1]
MEMORY_TARGET = "≤ 250 MB"
IMPORT_TARGET = "≤ 2× baseline"
EXPORT_TARGET = "≤ 1.5× baseline"
REIMPORT_TARGET = "≤ 300 ms"
# Tables that triggers fill (search index, evidence tally) or that the schema comes with.
DERIVED = ("alembic_version", "evidence_tally")
DERIVED_PREFIXES = ("sqlite_", "search_")
SCALED_BUILD = 2  # bump when scaled_demo builds something else: the cached file is stale


# -- the N× project ------------------------------------------------------------------------

def cache_dir() -> Path:
    folder = Path(os.environ.get("DIGIFELT_BENCH_CACHE")
                  or Path(tempfile.gettempdir()) / "digifelt-bench-cache")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _demo_key(factor: int, seed: int) -> str:
    """Changes whenever the demo code or the schema does, so a stale file is never reused."""
    from digifelt.core import demo

    digest = hashlib.sha256(str(SCALED_BUILD).encode())
    for source in sorted(Path(demo.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    with tempfile.TemporaryDirectory(prefix="digifelt-bench-schema-") as folder:
        con = sqlite3.connect(empty_project(Path(folder) / "schema.digifelt"))
        try:
            for row in con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name"):
                digest.update(repr(row).encode())
        finally:
            con.close()
    return f"large-x{factor}-seed{seed}-{digest.hexdigest()[:12]}"


def scaled_demo(factor: int = 5, seed: int = 1) -> Path:
    """The large demo with `factor` times its activities, photos and long notes (cached)."""
    path = cache_dir() / f"{_demo_key(factor, seed)}.digifelt"
    if path.exists():
        return path
    from datetime import timedelta
    from unittest import mock

    from digifelt.core.demo import generate_demo, large, scenes
    from digifelt.storage.database import remove_file_set

    # The large demo gives every interviewee a name of its own from first × last names;
    # five times as many interviews need more of them (double-barrelled last names).
    last = scenes.LAST_NAMES
    more = tuple(f"{a}-{b}" for a in last[:2 * factor] for b in last if a != b)
    # Five activities a day: `factor` times as many days, started that much earlier, so
    # that nothing lies in the future (which an import refuses).
    earlier = timedelta(days=large.ACTIVITIES // 5 * (factor - 1))
    staging = path.with_name(f".{path.name}.{os.getpid()}")
    remove_file_set(staging)
    started = time.perf_counter()
    with mock.patch.multiple(large, ACTIVITIES=large.ACTIVITIES * factor,
                             PHOTOS=large.PHOTOS * factor,
                             LONG_ENTRIES=large.LONG_ENTRIES * factor,
                             BASE=large.BASE - earlier, PLANNED_AT=large.PLANNED_AT - earlier), \
            mock.patch.object(scenes, "LAST_NAMES", last + more):
        stats = generate_demo(staging, size="large", seed=seed)
    os.replace(staging, path)
    print(f"{factor}× large demo: {stats.activities} activities, {stats.entries} entries, "
          f"{stats.excerpts} excerpts, {stats.tags} tags, {stats.attachments} attachments, "
          f"{stats.file_size / 2**20:.0f} MB, built in {time.perf_counter() - started:.1f} s "
          f"(cached as {path})", flush=True)
    return path


# -- what the children run -------------------------------------------------------------------

def content_tables(con: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """(table, columns) of every table a bundle import writes, in creation order."""
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    return [(name, [c[1] for c in con.execute(f'PRAGMA table_info("{name}")')])
            for name in names
            if name not in DERIVED and not name.startswith(DERIVED_PREFIXES)]


def empty_project(path: Path) -> Path:
    """A new, empty file with digifelt's own schema: tables, indexes, FTS and triggers."""
    from digifelt.storage.database import create_database

    create_database(path).close()
    return path


def bare_sqlite_import(source: Path, template: Path, target: Path) -> int:
    """Copy every content row of `source` into a copy of the empty `template` with plain
    sqlite3: one transaction, executemany per table. Returns the number of rows."""
    shutil.copyfile(template, target)
    src = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(target, isolation_level=None)
    total = 0
    try:
        # As our import writes its staging file: no fsync until the end, then one.
        dst.execute("PRAGMA synchronous=OFF")
        dst.execute("BEGIN")
        for table, columns in content_tables(src):
            names = ", ".join(f'"{c}"' for c in columns)
            rows = src.execute(f'SELECT {names} FROM "{table}"')
            cur = dst.executemany(
                f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                rows)
            total += max(cur.rowcount, 0)
        dst.execute("COMMIT")
    finally:
        dst.close()
        src.close()
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())
    return total


def bare_rezip(bundle: Path, out: Path) -> None:
    """Every member of `bundle` streamed into a new zip, same names and compression, each
    hashed with SHA-256."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w", allowZip64=True) as dst:
        for info in src.infolist():
            digest = hashlib.sha256()
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type = info.compress_type
            with src.open(info) as member, dst.open(copy, "w", force_zip64=True) as sink:
                while chunk := member.read(1 << 20):
                    digest.update(chunk)
                    sink.write(chunk)
            digest.hexdigest()


def teammate_edits(project: Path, bundle: Path) -> None:
    """A teammate's day on a copy of the project: an interview deleted, notes rewritten,
    quotes retagged, findings judged; then their bundle."""
    from digifelt.api import Project

    with Project.open(project, author="Kari Nordmann", backup=False) as p:
        snap = p.snapshot()
        activities = [a for a in snap["activities"] if a["kind"] == "interview"]
        for act in activities[:3]:
            p.delete_activity(act["id"])
        gone = {a["id"] for a in activities[:3]}
        entries = [e for a in snap["activities"] if a["id"] not in gone
                   for e in a.get("entries", []) if e.get("text")]
        for e in entries[:200:2]:
            p.update_entry_text(e["id"], e["text"] + " (Utdypet etter samtalen.)")
        excerpts = [x for x in snap["excerpts"] if x.get("activity_id") not in gone]
        for x in excerpts[:400:4]:
            p.update_excerpt(x["id"], indicators=["2.1"])
        for code in ("1.1", "1.2", "2.1"):
            p.update_finding(indicator=code, level=3, strengths="Vurdert etter besøket")
        p.export_bundle(bundle)


def _child(argv: list[str]) -> None:
    """One measured job, run as `python -m benchmarks.merge_scale --child JOB ARGS…`; prints
    {"seconds", "peak_mb"} as JSON. Its imports are made before the clock starts."""
    job, factor, *paths = argv
    from digifelt.exports.bundle import apply_import, export_bundle

    started = time.perf_counter()
    if job == "export":
        export_bundle(Path(paths[0]), Path(paths[1]))
    elif job == "import":
        # The app's own limits: a new project streams project.json in whatever its size.
        apply_import(Path(paths[1]), Path(paths[0]))
    elif job == "teammate":
        teammate_edits(Path(paths[0]), Path(paths[1]))
    elif job == "bare-import":
        bare_sqlite_import(Path(paths[0]), Path(paths[1]), Path(paths[2]))
    elif job == "bare-export":
        bare_rezip(Path(paths[0]), Path(paths[1]))
    elif job != "idle":
        raise SystemExit(f"unknown job {job!r}")
    print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": peak_rss_mb()}))


def in_child(job: str, factor: int, *paths: Path, env: dict | None = None) -> dict:
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.merge_scale", "--child", job, str(factor),
         *map(str, paths)],
        cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True, text=True,
        check=False)
    if run.returncode != 0:
        raise RuntimeError(f"{job} failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


# -- the rows ----------------------------------------------------------------------------------

def run(_large_demo: Path | None, repeats: int, factor: int = 5) -> list[dict]:
    from digifelt.storage.database import remove_file_set

    project = scaled_demo(factor)
    repeats = max(1, min(repeats, 3))  # each import of 5× takes tens of seconds
    work = Path(tempfile.mkdtemp(prefix="digifelt-bench-scale-"))
    env = {"DIGIFELT_DATA_DIR": str(work / "data")}  # the imports' backups go here
    what = f"{factor}× large demo"
    try:
        bundle, target, again = work / "x.zip", work / "imported.digifelt", work / "b.digifelt"
        template = empty_project(work / "empty.digifelt")
        runs: dict[str, list[dict]] = {k: [] for k in (
            "export", "bare-export", "import", "bare-import", "reimport", "idle", "merge")}
        theirs, mine = work / "theirs.zip", work / "mine.digifelt"
        for _ in range(repeats):
            # Ours and the baselines take turns, so drift in the machine hits both.
            bundle.unlink(missing_ok=True)
            runs["export"].append(in_child("export", factor, project, bundle, env=env))
            runs["bare-export"].append(in_child("bare-export", factor, bundle, work / "raw.zip"))
            remove_file_set(target)
            runs["import"].append(in_child("import", factor, bundle, target, env=env))
            remove_file_set(again)
            runs["bare-import"].append(in_child("bare-import", factor, target, template, again))
            runs["reimport"].append(in_child("import", factor, bundle, target, env=env))
            runs["idle"].append(in_child("idle", factor))
            if not theirs.exists():
                shutil.copyfile(target, work / "teammate.digifelt")
                in_child("teammate", factor, work / "teammate.digifelt", theirs, env=env)
            remove_file_set(mine)
            shutil.copyfile(project, mine)
            runs["merge"].append(in_child("import", factor, theirs, mine, env=env))
        seconds = {k: [r["seconds"] for r in v] for k, v in runs.items()}
        peak = {k: [r["peak_mb"] for r in v] for k, v in runs.items()}
        size = project.stat().st_size / 2**20
        return [
            result(f"bundle export ({what})", seconds["export"], seconds["bare-export"],
                   EXPORT_TARGET, project_mb=round(size), bundle_mb=round(
                       bundle.stat().st_size / 2**20)),
            result(f"peak memory, bundle export ({what})", peak["export"], peak["idle"],
                   MEMORY_TARGET, unit="MB", note="baseline: the same child doing nothing"),
            result(f"bundle import into a new file ({what})", seconds["import"],
                   seconds["bare-import"], IMPORT_TARGET,
                   note="baseline: bare sqlite3 inserting the same rows, same schema"),
            result(f"peak memory, bundle import into a new file ({what})", peak["import"],
                   peak["bare-import"], MEMORY_TARGET, unit="MB",
                   note="baseline: the bare sqlite3 insert's peak"),
            result(f"bundle re-import, nothing new ({what})", seconds["reimport"],
                   seconds["bare-export"], REIMPORT_TARGET,
                   note="baseline: reading, hashing and re-zipping every member"),
            result(f"peak memory, bundle re-import ({what})", peak["reimport"], peak["idle"],
                   MEMORY_TARGET, unit="MB"),
            result(f"a teammate's bundle merged into this project ({what})", seconds["merge"],
                   seconds["bare-import"], "—",
                   note="their copy: 3 interviews deleted, 100 notes, 100 tags, 3 findings; "
                        "baseline: bare sqlite3 inserting every row"),
            result(f"peak memory, teammate's bundle merged ({what})", peak["merge"],
                   peak["idle"], MEMORY_TARGET, unit="MB"),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _child(argv[1:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.merge_scale")
    parser.add_argument("--factor", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args(argv)
    from benchmarks.run import table

    print(table(run(None, args.repeats, factor=args.factor)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
