"""Alembic environment of the store: runs on the connection digifelt.store.schema hands over."""

from alembic import context

from digifelt.store.models import SCHEMA, VERSION_TABLE

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("store migrations run only through digifelt.store.schema")

context.configure(
    connection=connection,
    target_metadata=config.attributes.get("target_metadata"),
    version_table=VERSION_TABLE,
    version_table_schema=SCHEMA,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
