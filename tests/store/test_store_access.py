"""The store's failures are one line each: no store, a wrong schema version, a refused
connection, a viewer's read-only role publishing; a password is never printed."""

import shutil

import pytest
from store_server import ADMIN, admin_sql

from digifelt.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from digifelt.api import Project
    from digifelt.core.demo import generate_demo

    path = tmp_path_factory.mktemp("access") / "demo.digifelt"
    generate_demo(path, seed=3)
    with Project.open(path, backup=False) as p:
        p.update_finding(indicator="1.1", level=3, status="agreed")
    return path


def _one_line_error(capsys) -> str:
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith("digifelt: error: ")
    assert "Traceback" not in captured.err
    return captured.err


def _database(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_init_creates_then_reports_up_to_date(empty_store, capsys):
    assert main(["store", "init", "--url", empty_store]) == 0
    assert "created the store's schema s0001" in capsys.readouterr().out
    assert main(["store", "init", "--url", empty_store]) == 0
    assert "up to date" in capsys.readouterr().out
    # The store's own migration line, apart from a project file's `alembic_version`.
    versions = _rows(empty_store, "SELECT to_regclass('public.alembic_version'), "
                                  "to_regclass('digifelt.alembic_version'), "
                                  "(SELECT string_agg(version_num, ',') "
                                  "FROM digifelt.digifelt_store_version)")
    assert versions == [(None, None, "s0001")]


def _rows(url: str, sql: str) -> list:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database) as c:
        return c.execute(sql).fetchall()


def test_a_store_never_initialised(empty_store, demo, capsys):
    assert main(["store", "publish", str(demo), "--url", empty_store]) == 1
    assert "run `digifelt store init`" in _one_line_error(capsys)


def test_a_newer_store_is_refused(store, pg_server, demo, tmp_path, capsys):
    admin_sql(pg_server, "UPDATE digifelt.digifelt_store_version SET version_num = 's9999'",
              database=_database(store))
    for argv in (["store", "publish", str(demo)], ["store", "list"],
                 ["store", "compare", "-o", str(tmp_path / "x.xlsx")], ["store", "init"]):
        assert main([*argv, "--url", store]) == 1
        err = _one_line_error(capsys)
        assert "newer than this digifelt knows" in err
        assert "update digifelt" in err


def test_an_older_store_asks_for_init(store, pg_server, demo, monkeypatch, capsys):
    from digifelt.store import schema

    # A digifelt one revision ahead of the store.
    monkeypatch.setattr(schema, "known_revisions", lambda: ["s0001", "s0002"])
    assert main(["store", "list", "--url", store]) == 1
    assert "older (s0001)" in _one_line_error(capsys)


@pytest.mark.parametrize("url", [
    "mysql://someone:hunter2secret@127.0.0.1/db",
    "not a url",
    "postgresql://someone:hunter2secret@127.0.0.1:notaport/db",
    "postgresql://someone:hunter2secret@127.0.0.1:1/db",
    "postgresql://someone@127.0.0.1:1/db?password=hunter2secret",
])
def test_bad_url_or_refused_connection(url, demo, capsys):
    assert main(["store", "publish", str(demo), "--url", url]) == 1
    err = _one_line_error(capsys)
    assert "hunter2secret" not in err


def test_refused_connection_names_the_store_without_password(pg_server, demo, capsys):
    host, _port = pg_server
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    url = f"postgresql://{ADMIN}:hunter2secret@{host}:{closed}/nowhere"
    assert main(["store", "list", "--url", url]) == 1
    err = _one_line_error(capsys)
    assert "cannot connect to the store" in err
    assert f"{host}:{closed}" in err
    assert "hunter2secret" not in err
    assert "***" in err


def test_no_url_at_all(monkeypatch, capsys):
    monkeypatch.delenv("DIGIFELT_STORE_URL", raising=False)
    assert main(["store", "list"]) == 1
    assert "DIGIFELT_STORE_URL" in _one_line_error(capsys)


# The roles as the README documents them, for a database called {db}.
VIEWER_ROLE = (
    "CREATE ROLE digifelt_viewer NOLOGIN",
    "GRANT CONNECT ON DATABASE {db} TO digifelt_viewer",
)
VIEWER_GRANTS = (
    "GRANT USAGE ON SCHEMA digifelt TO digifelt_viewer",
    "GRANT SELECT ON ALL TABLES IN SCHEMA digifelt TO digifelt_viewer",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA digifelt GRANT SELECT ON TABLES TO digifelt_viewer",
)
PUBLISHER_ROLE = (
    "CREATE ROLE digifelt_publisher NOLOGIN",
    "GRANT CONNECT ON DATABASE {db} TO digifelt_publisher",
)
PUBLISHER_GRANTS = (
    "GRANT USAGE ON SCHEMA digifelt TO digifelt_publisher",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA digifelt "
    "TO digifelt_publisher",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA digifelt GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
    "TO digifelt_publisher",
)


@pytest.fixture
def roles(store, pg_server):
    """Login roles `kari` (a viewer) and `per` (a publisher) on the store's database."""
    database = _database(store)
    fill = [s.format(db=database) for s in (*VIEWER_ROLE, *PUBLISHER_ROLE)]
    admin_sql(pg_server, *fill,
              "CREATE ROLE kari LOGIN PASSWORD 'karipw' IN ROLE digifelt_viewer",
              "CREATE ROLE per LOGIN PASSWORD 'perpw' IN ROLE digifelt_publisher")
    admin_sql(pg_server, *VIEWER_GRANTS, *PUBLISHER_GRANTS, database=database)
    host, port = pg_server
    try:
        yield {name: f"postgresql://{name}:{name}pw@{host}:{port}/{database}"
               for name in ("kari", "per")}
    finally:
        for role in ("digifelt_viewer", "digifelt_publisher"):
            admin_sql(pg_server, f"DROP OWNED BY {role}", database=database)
        admin_sql(pg_server, "DROP ROLE kari", "DROP ROLE per", "DROP ROLE digifelt_viewer",
                  "DROP ROLE digifelt_publisher")


def test_read_only_role_lists_and_compares_but_cannot_publish(roles, demo, tmp_path, capsys):
    copy = tmp_path / "demo.digifelt"
    shutil.copy(demo, copy)
    viewer, publisher = roles["kari"], roles["per"]
    assert main(["store", "publish", str(copy), "--url", publisher]) == 0
    capsys.readouterr()
    assert main(["store", "list", "--url", viewer]) == 0
    assert "Fjellvik kommune" in capsys.readouterr().out
    out = tmp_path / "compare.xlsx"
    assert main(["store", "compare", "--url", viewer, "-o", str(out)]) == 0
    assert out.is_file()
    capsys.readouterr()
    assert main(["store", "publish", str(copy), "--url", viewer]) == 1
    err = _one_line_error(capsys)
    assert "permission denied to publish" in err
    assert "karipw" not in err
    # Nothing to upgrade: a viewer's init only says so.
    assert main(["store", "init", "--url", viewer]) == 0
    assert "up to date" in capsys.readouterr().out


def test_a_publisher_cannot_change_the_schema(roles, store, pg_server, capsys):
    admin_sql(pg_server, "DELETE FROM digifelt.digifelt_store_version",
              database=_database(store))
    assert main(["store", "init", "--url", roles["per"]]) == 1
    err = _one_line_error(capsys)
    assert "permission denied to create the store's tables" in err


def test_an_assessment_without_agreed_findings_is_not_published(store, tmp_path, capsys):
    from digifelt.api import Project
    from digifelt.core.demo import generate_demo
    from digifelt.core.services.findings import list_findings
    from digifelt.core.services.rubric import indicators_by_code

    path = tmp_path / "draft.digifelt"
    generate_demo(path, seed=4)
    with Project.open(path, backup=False) as p:
        code_of = {ind.id: code for code, ind in indicators_by_code(p.db).items()}
        agreed = [v.finding.indicator_id for v in list_findings(p.db)
                  if v.finding.status == "agreed"]
        assert agreed
        for indicator_id in agreed:
            p.update_finding(indicator=code_of[indicator_id], status="draft")
    assert main(["store", "publish", str(path), "--url", store]) == 1
    assert "no agreed findings" in _one_line_error(capsys)
    assert main(["store", "list", "--url", store]) == 0
    assert "no assessments" in capsys.readouterr().out
