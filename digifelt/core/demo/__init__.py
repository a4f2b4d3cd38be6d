"""Deterministic demo projects: a small realistic visit and a large one for benchmarks."""

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update

from digifelt.core.errors import ValidationError
from digifelt.core.models import (
    Activity,
    Attachment,
    Entry,
    Excerpt,
    ExcerptIndicator,
    Finding,
    Participant,
    Project,
)

SIZES = ("small", "large")
TEMPLATE_ID = "digital-ståstedskartlegging-kommune"


@dataclass(frozen=True)
class DemoStats:
    activities: int
    entries: int
    excerpts: int
    tags: int
    attachments: int
    findings: int
    participants: int
    seconds: float
    file_size: int


def generate_demo(path: Path, *, size: str = "small", seed: int = 1) -> DemoStats:
    """Create a NEW project file at `path` filled with a fictional assessment.

    The same seed gives the same content, row for row: every id, timestamp and word
    comes from one seeded random generator and a fixed base date.
    """
    # Imported here: the CLI imports this package just to list the command.
    from digifelt.core.demo import scenes
    from digifelt.core.demo.build import Demo
    from digifelt.core.demo.context import Store, load_rubric, rekey_template_rows
    from digifelt.core.demo.large import build_large
    from digifelt.core.demo.small import build_small
    from digifelt.core.demo.surveys import IMPORTED_AT, add_surveys
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template
    from digifelt.storage.database import remove_file_set

    if size not in SIZES:
        raise ValidationError(f"size must be one of {', '.join(SIZES)}, not {size!r}")
    started = time.perf_counter()
    path = Path(path)
    db = create_project(path, template=find_template(TEMPLATE_ID), title=scenes.TITLE,
                        organisation=scenes.ORGANISATION, period=scenes.PERIOD)
    try:
        store = Store(seed)
        # One transaction and one bulk insert per table: a service call per row would
        # commit (and fsync) tens of thousands of times.
        with db.transaction() as s:
            rekey_template_rows(s, store)
            s.execute(update(Project).values(
                description=scenes.DESCRIPTION, commissioner=scenes.COMMISSIONER,
                assessing_org=scenes.ASSESSING_ORG, report_version=scenes.REPORT_VERSION))
            demo = Demo(store, load_rubric(s))
            (build_small if size == "small" else build_large)(demo)
            store.insert_all(s)
            # Through the real import, on the rows above; then the tags of their answers.
            add_surveys(db, s, demo, IMPORTED_AT)
            store.insert_all(s)
        with db.transaction() as s:
            counts = [s.execute(select(func.count()).select_from(model)).scalar_one()
                      for model in (Activity, Entry, Excerpt, ExcerptIndicator, Attachment,
                                    Finding, Participant)]
    except BaseException:
        # The file did not exist before we were called: leave nothing half-made behind.
        db.close()
        remove_file_set(path)
        raise
    db.close()
    return DemoStats(*counts, seconds=time.perf_counter() - started,
                     file_size=path.stat().st_size)


__all__ = ["SIZES", "DemoStats", "generate_demo"]
