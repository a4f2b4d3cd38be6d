"""The organisation-wide store: finished assessments' agreed content on a PostgreSQL server
that a network of organisations already runs, for comparison across organisations and time.

Only what a report may say goes there (agreed levels and texts, counts, pseudonymised chosen
quotes, actions); never notes, names or attachments. Its schema has a migration line of its own
(`digifelt/store/migrations`, version table `digifelt.digifelt_store_version`), apart from the
project file's. Access rights are PostgreSQL's own roles.
"""
