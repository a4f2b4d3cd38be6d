"""Alembic migrations: no drift from the models, backups first, atomic upgrades."""

import hashlib
import shutil
import sqlite3
import textwrap

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import digifelt.core.models as models
from digifelt.errors import ProjectFileError
from digifelt.storage import database, migrate
from digifelt.storage.backup import list_backups
from digifelt.storage.database import create_database, open_database
from digifelt.storage.schema_version import SCHEMA_HEAD, SCHEMA_REVISIONS


def test_revision_constant_matches_the_scripts():
    assert migrate.script_revisions() == list(SCHEMA_REVISIONS)
    assert SCHEMA_REVISIONS[-1] == SCHEMA_HEAD


def test_migrated_schema_equals_the_models(tmp_path):
    db = create_database(tmp_path / "fresh.digifelt")
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = [d for d in compare_metadata(ctx, models.metadata)
                if not str(d).count("search_")]
    db.close()
    assert diff == []


def test_every_table_has_uuid_and_timestamps_or_is_a_link():
    for table in models.metadata.tables.values():
        cols = set(table.columns.keys())
        pk = [c.name for c in table.primary_key.columns]
        if pk == ["id"]:
            assert {"created_at", "updated_at"} <= cols, table.name
        else:
            assert table.name == "blob" or len(pk) == 2, table.name


def _schema_and_data(path):
    con = sqlite3.connect(path)
    rows = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    data = [con.execute(f'SELECT * FROM "{r[1]}" ORDER BY 1').fetchall()
            for r in rows if r[0] == "table" and not r[1].startswith(("search_fts_", "sqlite_"))]
    con.close()
    return hashlib.sha256(repr((rows, data)).encode()).hexdigest()


NEXT_REVISION = f"{int(SCHEMA_HEAD) + 1:04d}"


@pytest.fixture
def extra_revision(tmp_path, monkeypatch):
    """A copy of the shipped scripts plus one revision on the head; the test writes its body."""

    def install(body: str):
        scripts = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
        (scripts / "versions" / f"{NEXT_REVISION}_test.py").write_text(textwrap.dedent(f'''
            import sqlalchemy as sa
            from alembic import op
            revision = "{NEXT_REVISION}"
            down_revision = "{SCHEMA_HEAD}"
            branch_labels = None
            depends_on = None
            def upgrade():
            ''') + textwrap.indent(textwrap.dedent(body), "    ") \
            + "\ndef downgrade():\n    pass\n")
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
        monkeypatch.setattr(database, "SCHEMA_REVISIONS", (*SCHEMA_REVISIONS, NEXT_REVISION))
        monkeypatch.setattr(database, "SCHEMA_HEAD", NEXT_REVISION)

    return install


def test_older_file_is_backed_up_then_migrated(project, extra_revision):
    from digifelt.core.services.people import add_group

    add_group(project, name="Ungdomsrådet")
    project.close()
    extra_revision("""
        with op.batch_alter_table("respondent_group") as batch:
            batch.add_column(sa.Column("colour", sa.String(), nullable=True))
    """)
    db = open_database(project.path)
    with db.engine.connect() as conn:
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(respondent_group)")]
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM respondent_group")]
        fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    db.close()
    assert version == NEXT_REVISION
    assert "colour" in cols
    assert "Ungdomsrådet" in names
    assert fk == 1
    backups = list_backups(project.path)
    assert [b.reason for b in backups] == ["before-migration"]
    con = sqlite3.connect(backups[0].path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    con.close()


def test_failing_migration_rolls_back_completely(project, extra_revision):
    from digifelt.core.services.people import add_group

    add_group(project, name="Eldrerådet")
    project.close()
    before = _schema_and_data(project.path)
    extra_revision("""
        with op.batch_alter_table("respondent_group") as batch:
            batch.add_column(sa.Column("colour", sa.String(), nullable=True))
        op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
        op.execute("UPDATE respondent_group SET name = 'endret'")
        raise RuntimeError("simulated failure in the middle of a migration")
    """)
    with pytest.raises(ProjectFileError, match="rolled back"):
        open_database(project.path)
    assert _schema_and_data(project.path) == before
