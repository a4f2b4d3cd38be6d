"""Alembic environment: runs on the connection digifelt hands over, inside its transaction."""

from alembic import context

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("digifelt migrations run only through digifelt.storage.migrate")

context.configure(
    connection=connection,
    # Only autogenerate and the drift test need the models; running migrations does not,
    # which keeps storage free of imports from core.
    target_metadata=config.attributes.get("target_metadata"),
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    include_object=lambda obj, name, type_, reflected, compare_to: not (
        type_ == "table" and (name.startswith("search_") or name == "alembic_version")
    ),
)
with context.begin_transaction():
    context.run_migrations()
