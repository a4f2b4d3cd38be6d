"""Project file storage: engine, pragmas, transactions, migrations, backups. Never imports Qt."""
