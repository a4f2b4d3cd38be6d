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


def test_read_only_role_lists_and_compares_but_cannot_publish(store, pg_server, demo,
                                                             tmp_path, capsys):
    """The viewer's role as the README documents it."""
    copy = tmp_path / "demo.digifelt"
    shutil.copy(demo, copy)
    assert main(["store", "publish", str(copy), "--url", store]) == 0
    database = _database(store)
    admin_sql(pg_server,
              "DROP ROLE IF EXISTS digifelt_viewer_t",
              "CREATE ROLE digifelt_viewer_t LOGIN PASSWORD 'viewerpw'",
              f"GRANT CONNECT ON DATABASE {database} TO digifelt_viewer_t")
    admin_sql(pg_server,
              "GRANT USAGE ON SCHEMA digifelt TO digifelt_viewer_t",
              "GRANT SELECT ON ALL TABLES IN SCHEMA digifelt TO digifelt_viewer_t",
              database=database)
    host, port = pg_server
    viewer = f"postgresql://digifelt_viewer_t:viewerpw@{host}:{port}/{database}"
    capsys.readouterr()
    try:
        assert main(["store", "list", "--url", viewer]) == 0
        assert "Fjellvik kommune" in capsys.readouterr().out
        out = tmp_path / "compare.xlsx"
        assert main(["store", "compare", "--url", viewer, "-o", str(out)]) == 0
        assert out.is_file()
        capsys.readouterr()
        assert main(["store", "publish", str(copy), "--url", viewer]) == 1
        err = _one_line_error(capsys)
        assert "permission denied to publish" in err
        assert "viewerpw" not in err
        assert main(["store", "init", "--url", viewer]) == 1
        assert "permission denied" in _one_line_error(capsys)
    finally:
        admin_sql(pg_server, "DROP OWNED BY digifelt_viewer_t", database=database)
        admin_sql(pg_server, "DROP ROLE digifelt_viewer_t")


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
