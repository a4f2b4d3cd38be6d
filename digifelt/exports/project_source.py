"""The project an export reads: the caller's open Database, or a file opened just for it."""

import contextlib
from collections.abc import Iterator
from pathlib import Path

from digifelt.storage.database import Database


@contextlib.contextmanager
def opened(project: Path | Database) -> Iterator[Database]:
    """Yield a Database; close it afterwards only if it was opened here.

    The app exports from the Database its window already holds (closing that would end the
    session); the command line names a file.
    """
    if isinstance(project, Database):
        yield project
        return
    from digifelt.core.services.projects import open_project

    db = open_project(Path(project))
    try:
        yield db
    finally:
        db.close()
