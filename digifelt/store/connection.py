"""Connecting to the store: the url, the engine, and the server's errors as one line each."""

import contextlib
import os
import re
from collections.abc import Iterator

from digifelt.store.errors import StoreError, StorePermissionError

URL_VARIABLE = "DIGIFELT_STORE_URL"
CONNECT_TIMEOUT = 10  # seconds; a wrong host should not hang a command


def store_url(url: str | None) -> str:
    """The url given, else $DIGIFELT_STORE_URL."""
    url = url or os.environ.get(URL_VARIABLE)
    if not url:
        raise StoreError(f"no store given: use --url postgresql://… or set {URL_VARIABLE}")
    return url


def shown(url: str) -> str:
    """The url as it may be printed: never with its password."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
        if "password" in parsed.query:  # libpq also takes it as a parameter
            parsed = parsed.update_query_dict({"password": "***"})
        return parsed.render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 (an unparsable url is shown without anything after ://)
        return url.split("://", 1)[0] + "://…"


def make_engine(url: str):
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise StoreError("the store url is not a valid url (postgresql://user@host/database)"
                         ) from None
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise StoreError(f"{shown(url)}: the store is a PostgreSQL database "
                         "(postgresql://user@host/database)")
    parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise StoreError("the PostgreSQL driver is not installed: pip install "
                         "'digifelt[store]'") from None
    return create_engine(parsed, pool_pre_ping=False, poolclass=_null_pool(),
                         connect_args={"connect_timeout": CONNECT_TIMEOUT,
                                       "application_name": "digifelt"})


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


_PERMISSION_CODES = {"42501"}  # insufficient_privilege
_AUTH_CODES = {"28000", "28P01"}  # invalid authorization, wrong password


def _sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None)


def _server_words(exc: BaseException, password: str | None) -> str:
    orig = getattr(exc, "orig", None) or exc
    diag = getattr(orig, "diag", None)
    words = (getattr(diag, "message_primary", None) if diag is not None else None) or str(orig)
    words = " ".join(words.split())
    if password:
        words = words.replace(password, "***")
    return re.sub(r"password=\S+", "password=***", words)


@contextlib.contextmanager
def translated(url: str, action: str) -> Iterator[None]:
    """Errors from the server or the driver become one StoreError line naming the store."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError, OperationalError

    try:
        yield
    except StoreError:
        raise
    except DBAPIError as exc:
        try:
            parsed = make_url(url)
            password = parsed.password or parsed.query.get("password")
        except Exception:  # noqa: BLE001
            password = None
        where = shown(url)
        state = _sqlstate(exc)
        words = _server_words(exc, password)
        if state in _PERMISSION_CODES:
            raise StorePermissionError(
                f"{where}: permission denied to {action} ({words}); a viewer's role may only "
                "list and compare") from None
        if state in _AUTH_CODES:
            raise StoreError(f"{where}: the server refused the login ({words})") from None
        if isinstance(exc, OperationalError) and state is None:
            raise StoreError(f"{where}: cannot connect to the store ({words})") from None
        raise StoreError(f"{where}: the store could not {action} ({words})") from None
