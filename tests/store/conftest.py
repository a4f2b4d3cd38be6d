"""A real PostgreSQL server for the store's tests (store_server.py), one per run, and a new
database on it per test. Where PostgreSQL is not installed the tests are skipped, except in CI
(.ci/run installs it), where that is a failure."""

import itertools
import os

import pytest
from store_server import ADMIN, NotInstalled, admin_sql, temporary_server


@pytest.fixture(scope="session")
def pg_server():
    try:
        with temporary_server() as server:
            yield server
    except NotInstalled as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{exc}: .ci/run installs the postgresql package")
        pytest.skip(str(exc))


_numbers = itertools.count(1)


@pytest.fixture
def empty_store(pg_server) -> str:
    """The url of a new, empty database on the server."""
    name = f"store_{os.getpid()}_{next(_numbers)}"
    admin_sql(pg_server, f"CREATE DATABASE {name}")
    host, port = pg_server
    return f"postgresql://{ADMIN}@{host}:{port}/{name}"


@pytest.fixture
def store(empty_store) -> str:
    """The url of a store whose schema `digifelt store init` made."""
    from digifelt.store.init import init_store

    init_store(empty_store)
    return empty_store
