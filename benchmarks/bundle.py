"""Evidence bundle export and import on the large demo, each against a bare baseline.

Baselines (same run, same bytes or rows): the members of the bundle we wrote — project.json,
evidence.csv, the attachments and the tag files — are read once, up front. The export
baseline writes them into a zip with the same names and compression (deflate level 6, or
stored for already-compressed media) and hashes each with SHA-256. Importing into a new file
is compared with bare sqlite3 inserting the rows our import wrote into an empty file with
digifelt's own schema (same indexes, same FTS and tally triggers), executemany per table in
one transaction (benchmarks.merge_scale.bare_sqlite_import). The other imports are compared
with opening the zip and reading and hashing every member back. Ours includes everything the
user waits for: opening the project, reading the database, building project.json and the CSV
(export); every check of the bag and the JSON, the merge and the database writes (import).
Re-importing the bundle a project was made from has nothing new: it is recognised by its
content's hash, after the bag's checksums and before any row is parsed.

    python -m benchmarks.bundle [LARGE_DEMO] [--repeats N]
"""

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from benchmarks.timing import measure, result

EXPORT_TARGET = "≤ 1.5× baseline"
IMPORT_TARGET = "≤ 3× baseline"
NEW_FILE_TARGET = "≤ 2× baseline"
REIMPORT_TARGET = "≤ 300 ms"


def _members(bundle: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(bundle) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def _raw_write(members, out: Path) -> None:
    with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
        for info, data in members:
            hashlib.sha256(data).hexdigest()
            zf.writestr(info, data, compresslevel=6 if info.compress_type else None)


def _raw_read(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            digest = hashlib.sha256()
            with zf.open(info) as member:
                while chunk := member.read(1 << 20):
                    digest.update(chunk)
            digest.hexdigest()


def _measure_each_fresh(setup, fn, repeats: int) -> list[float]:
    """Like timing.measure, with `setup` run untimed before every call."""
    out = []
    for n in range(repeats + 1):
        setup()
        started = time.perf_counter()
        fn()
        if n:  # the first call warms up
            out.append(time.perf_counter() - started)
    return out


def run(large_demo: Path, repeats: int) -> list[dict]:
    from benchmarks.merge_scale import bare_sqlite_import, empty_project
    from digifelt.exports.bundle import apply_import, export_bundle
    from digifelt.storage.database import remove_file_set

    work = Path(tempfile.mkdtemp(prefix="digifelt-bench-bundle-"))
    # Imports take a backup first: keep those out of the user's data folder.
    saved_data_dir = os.environ.get("DIGIFELT_DATA_DIR")
    os.environ["DIGIFELT_DATA_DIR"] = str(work / "data")
    try:
        project = work / "large.digifelt"
        shutil.copy(large_demo, project)
        bundle = work / "large.zip"

        def export():
            export_bundle(project, bundle)

        ours_export = measure(export, repeats)
        members = _members(bundle)
        raw_zip = work / "raw.zip"
        baseline_export = measure(lambda: _raw_write(members, raw_zip), repeats)

        target = work / "imported.digifelt"

        def import_new():
            remove_file_set(target)
            apply_import(target, bundle)

        ours_import = measure(import_new, repeats)
        template, bare = empty_project(work / "empty.digifelt"), work / "bare.digifelt"

        def bare_import():
            remove_file_set(bare)
            bare_sqlite_import(target, template, bare)

        baseline_new_file = measure(bare_import, repeats)
        # `target` was made from this bundle: its import log has the content's hash.
        ours_reimport = measure(lambda: apply_import(target, bundle), repeats)
        # A fresh copy each time: once merged, the same content is recognised and skipped.
        merge_into = work / "merge.digifelt"
        ours_merge = _measure_each_fresh(
            lambda: (remove_file_set(merge_into), shutil.copy(project, merge_into)),
            lambda: apply_import(merge_into, bundle), repeats)
        baseline_import = measure(lambda: _raw_read(raw_zip), repeats)
        size = sum(len(d) for _, d in members) / 2 ** 20
        return [
            result("bundle export (large demo)", ours_export, baseline_export, EXPORT_TARGET,
                   payload_mb=round(size, 1)),
            result("bundle import into a new file (large demo)", ours_import,
                   baseline_new_file, NEW_FILE_TARGET,
                   note="baseline: bare sqlite3 inserting the same rows, same schema"),
            result("bundle re-import of the same bundle (large demo, nothing new)",
                   ours_reimport, baseline_import, REIMPORT_TARGET,
                   note="baseline: reading and hashing every member"),
            result("bundle import into a copy (large demo, nothing new)", ours_merge,
                   baseline_import, IMPORT_TARGET),
        ]
    finally:
        if saved_data_dir is None:
            os.environ.pop("DIGIFELT_DATA_DIR", None)
        else:
            os.environ["DIGIFELT_DATA_DIR"] = saved_data_dir
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bundle")
    parser.add_argument("large_demo", type=Path, nargs="?")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    from benchmarks.run import table

    work = Path(tempfile.mkdtemp(prefix="digifelt-bench-demo-"))
    try:
        demo = args.large_demo
        if demo is None:
            from digifelt.core.demo import generate_demo

            demo = work / "large.digifelt"
            generate_demo(demo, size="large", seed=1)
        print(table(run(demo, args.repeats)))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
