"""A temporary PostgreSQL cluster for the store's tests: made with initdb and started with
pg_ctl on a free port, its socket in a temporary folder.

PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user the
Debian package creates (or one made here).
"""

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

ADMIN = "digifelt_admin"
_USER = "postgres"
_FALLBACK_USER = "digifelt-pg"


class NotInstalled(Exception):
    pass
def _binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


def _unprivileged_user() -> str | None:
    """The user the cluster runs as: None when not root (then it is ours)."""
    if os.geteuid() != 0:
        return None
    for name in (_USER, _FALLBACK_USER):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(["useradd", "--system", "--no-create-home", _FALLBACK_USER], check=True)
    return _FALLBACK_USER


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]



@contextlib.contextmanager
def temporary_server() -> Iterator[tuple[str, int]]:
    """(host, port) of a running PostgreSQL whose superuser ADMIN logs in without password."""
    bindir = _binaries()
    if bindir is None:
        raise NotInstalled("PostgreSQL is not installed (apt-get install postgresql)")
    user = _unprivileged_user()
    work = Path(tempfile.mkdtemp(prefix="digifelt-pg-"))
    if user is not None:
        info = pwd.getpwnam(user)
        os.chown(work, info.pw_uid, info.pw_gid)

    def run(*cmd: str) -> None:
        full = ["runuser", "-u", user, "--", *cmd] if user else list(cmd)
        subprocess.run(full, check=True, capture_output=True, cwd=work)

    port = _free_port()
    data = work / "data"
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", ADMIN, "--auth=trust", "-E", "UTF8",
            "--no-locale")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(work / "log"), "-w", "-o",
            f"-p {port} -k {work} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off", "start")
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise RuntimeError("could not start PostgreSQL: "
                           + exc.stderr.decode(errors="replace")) from None
    try:
        yield "127.0.0.1", port
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(work, ignore_errors=True)


def admin_sql(server, *statements: str, database: str = "postgres") -> None:
    import psycopg

    host, port = server
    with psycopg.connect(host=host, port=port, user=ADMIN, dbname=database,
                         autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)
