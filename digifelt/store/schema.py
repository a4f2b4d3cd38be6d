"""The store's schema version: created and upgraded by `digifelt store init`, checked by every
other command so that a store older or newer than this digifelt is refused in one line."""

from pathlib import Path

from sqlalchemy import text

from digifelt.store.errors import StoreError, StoreVersionError
from digifelt.store.models import SCHEMA, VERSION_TABLE

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    # Set here so wheels and frozen builds find the scripts inside the package.
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> list[str]:
    """The store's revisions this digifelt ships, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(conn) -> str | None:
    """The store's revision, or None when the store was never initialised."""
    exists = conn.execute(text("SELECT to_regclass(:name)"),
                          {"name": f"{SCHEMA}.{VERSION_TABLE}"}).scalar()
    if exists is None:
        return None
    return conn.execute(text(f"SELECT version_num FROM {SCHEMA}.{VERSION_TABLE}")).scalar()


def require_current(conn) -> None:
    """Refuse a store that is not at this digifelt's schema version, in one line."""
    found = current_revision(conn)
    head = head_revision()
    if found == head:
        return
    if found is None:
        raise StoreVersionError("the store has no digifelt schema yet: run `digifelt store init` "
                                "with a role that may create tables")
    if found in known_revisions():
        raise StoreVersionError(f"the store's schema is older ({found}) than this digifelt's "
                                f"({head}): run `digifelt store init` to upgrade it")
    raise StoreVersionError(f"the store's schema ({found}) is newer than this digifelt knows "
                            f"({head}): update digifelt")


def upgrade(conn) -> tuple[str | None, str]:
    """Create or upgrade the schema on `conn`, in its transaction; (before, after)."""
    from alembic import command

    before = current_revision(conn)
    if before is not None and before not in known_revisions():
        raise StoreVersionError(f"the store's schema ({before}) is newer than this digifelt "
                                f"knows ({head_revision()}): update digifelt")
    # Asked first: CREATE SCHEMA needs a right on the database even when the schema exists,
    # and a store that is up to date needs no right at all.
    if conn.execute(text("SELECT to_regnamespace(:s)"), {"s": SCHEMA}).scalar() is None:
        conn.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    command.upgrade(alembic_config(conn), "head")
    after = current_revision(conn)
    if after is None:
        raise StoreError("the store's schema could not be created")
    return before, after
