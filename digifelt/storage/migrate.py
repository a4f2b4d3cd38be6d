"""Run Alembic migrations atomically on digifelt's own connection."""

from pathlib import Path

from sqlalchemy import Engine, MetaData

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None, target_metadata: MetaData | None = None):
    from alembic.config import Config

    cfg = Config()
    # Set programmatically so frozen builds and wheels find the scripts inside the package.
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    cfg.attributes["target_metadata"] = target_metadata
    return cfg


def script_revisions() -> list[str]:
    """Revision ids known to the shipped scripts, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Upgrade in one transaction with foreign keys off; roll back completely on any failure."""
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        # PRAGMA foreign_keys is a no-op inside a transaction, and batch mode's
        # table recreation needs it off; set it on the raw (autocommit) connection first.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), target)
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise RuntimeError(f"migration left {len(bad)} broken references")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def upgrade_file(path: Path, engine: Engine, *, backup: bool = True) -> None:
    """Upgrade an existing project file: under the one-writer lock, after a backup.

    Every job that finds an older file upgrades it this way, read jobs too (`report`,
    `matrix`): the upgrade is the same one-time, backed-up step the app takes on opening,
    and a migrated temporary copy would leave a full copy of the notes outside the places
    erasure reaches. A file open in another digifelt is refused, not upgraded beneath it.
    backup=False only for digifelt's own private temporary copies.
    """
    from digifelt.storage.writer_lock import writer_lock

    with writer_lock(path):
        if backup:
            from digifelt.storage.backup import take_backup

            take_backup(path, "before-migration")
        upgrade_to_head(engine)
