"""The organisation store on PostgreSQL: publish and compare with 50 assessments of the large
demo's size.

The 50 assessments are the large demo published 50 times, each as another assessment (project
id), of one of 25 organisations (two periods each), with levels varied per assessment and
about one finding in six left as a draft. Publish is timed as the command runs it: reading the
project file (matrix counts, scrubbing) and the one upsert transaction. Compare is the query
the server runs over all 50, and then the .xlsx written from it.

The server is $DIGIFELT_STORE_URL's (a new database is made on it and dropped after), else a
temporary cluster as the tests start one (tests/store/store_server.py; PostgreSQL installed).
Only run when asked:

    python -m benchmarks --only store
"""

import importlib.util
import os
import random
import shutil
import sqlite3
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

from benchmarks.timing import measure, result

ROOT = Path(__file__).resolve().parents[1]
ASSESSMENTS = 50
PUBLISH_TARGET = "≤ 1000 ms"
REPUBLISH_TARGET = "≤ 1000 ms"
COMPARE_TARGET = "≤ 1000 ms"
SHEET_TARGET = "≤ 1000 ms"


def _server_module():
    spec = importlib.util.spec_from_file_location("store_server",
                                                  ROOT / "tests" / "store" / "store_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def _store_url():
    """The url of a new, empty database, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"digifelt_bench_{os.getpid()}"
    with ExitStack() as stack:
        given = os.environ.get("DIGIFELT_STORE_URL")
        if given:
            base = make_url(given)
        else:
            server = _server_module()
            host, port = stack.enter_context(server.temporary_server())
            base = make_url(f"postgresql://{server.ADMIN}@{host}:{port}/postgres")
        admin = dict(host=base.host, port=base.port, user=base.username,
                     password=base.password, dbname=base.database or "postgres")
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            with psycopg.connect(**admin, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _as_assessment(path: Path, n: int) -> None:
    """Make the file the n-th assessment: its own id, organisation, period and levels."""
    import uuid

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE project SET id = ?, organisation = ?, period = ?",
                     (str(uuid.UUID(int=n + 1)), f"Kommune {n // 2 + 1:02d}",
                      f"{2025 + n % 2}"))
        rng = random.Random(n)
        ids = [r[0] for r in conn.execute("SELECT id FROM finding ORDER BY id")]
        conn.executemany("UPDATE finding SET level = ?, status = ? WHERE id = ?",
                         [(rng.randint(1, 4), "draft" if rng.random() < 1 / 6 else "agreed", i)
                          for i in ids])
    conn.close()


def run(demo: Path, repeats: int) -> list[dict]:
    from digifelt.store.compare import compare
    from digifelt.store.compare_sheet import write_comparison
    from digifelt.store.init import init_store
    from digifelt.store.publish import publish

    work = Path(tempfile.mkdtemp(prefix="digifelt-bench-store-"))
    try:
        copy = work / "assessment.digifelt"
        shutil.copy(demo, copy)
        with _store_url() as url:
            init_store(url)
            publishes = []
            for n in range(ASSESSMENTS):
                _as_assessment(copy, n)
                started = time.perf_counter()
                publish(copy, url)
                publishes.append(time.perf_counter() - started)
            # The last one again, unchanged: every row an update.
            republish = measure(lambda: publish(copy, url), repeats, warmup=0)
            holder = {}

            def query():
                holder["c"] = compare(url)

            compared = measure(query, repeats)
            assert len(holder["c"].columns) == ASSESSMENTS, len(holder["c"].columns)
            out = work / "compare.xlsx"
            sheet = measure(lambda: write_comparison(holder["c"], out, "nb"), repeats)
            one_org = measure(lambda: compare(url, organisations=["Kommune 07"]), repeats)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        result(f"store publish (large demo, 1st–{ASSESSMENTS}th assessment)", publishes, None,
               PUBLISH_TARGET),
        result(f"store publish again (unchanged, {ASSESSMENTS} in store)", republish, None,
               REPUBLISH_TARGET),
        result(f"store compare ({ASSESSMENTS} assessments, SQL on the server)", compared, None,
               COMPARE_TARGET),
        result("store compare, one organisation", one_org, None, COMPARE_TARGET),
        result(f"store compare .xlsx written ({ASSESSMENTS} columns)", sheet, None,
               SHEET_TARGET),
    ]
