"""Scripting digifelt: the operations the app uses, callable from Python.

    from digifelt.api import Project
    with Project.open("x.digifelt", author="Kari Nordmann") as p:
        a = p.add_activity(kind="interview", title="Intervju ledere")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering.")
        x = p.tag_excerpt(entry_id=e.id, start=0, end=15, indicators=["1.1"])
        p.update_finding(indicator="1.1", level=2, excerpt_ids=[x.id])
        p.delete_excerpt(x.id)
        p.undo()              # the excerpt is back: same id, and the finding quotes it again

Every method is one operation, exactly as in the app: one transaction, recorded for undo,
announced to subscribers. Indicators are named by their codes ("1.1"). The file is locked
for editing while it is open here, as it is in the app.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from digifelt.core.ids import derived_id
from digifelt.core.operations import Changes, journal
from digifelt.core.services import (
    activities,
    calibration,
    entries,
    excerpts,
    findings,
    guides,
    people,
    projects,
    rubric,
)
from digifelt.errors import ProjectFileError
from digifelt.storage.database import Database

SCOPE = "script"
# Bundle stamps that say when and by whom a copy was made, not what the project holds.
_STAMPS = ("bundle_id", "exported_at", "exported_by", "app_version")


class Project:
    """An open project file; use as a context manager, or call close()."""

    def __init__(self, db: Database, *, author_id: str | None = None):
        self.db = db
        self.author_id = author_id
        self._journal = journal(db)
        self._journal.author_id = author_id

    # Opening and closing

    @classmethod
    def open(cls, path: str | Path, *, author: str | None = None,
             initials: str | None = None, backup: bool = True) -> "Project":
        """Open an existing project for editing; a missing file is an error, never created.

        `author` signs what this script adds (registered once as an assessor of the
        project); without it, additions are unsigned.
        """
        path = Path(path)
        if not path.is_file():
            raise ProjectFileError(f"{path.name}: no such project file")
        db = projects.open_for_editing(path, backup=backup)
        try:
            return cls(db, author_id=cls._author(db, author, initials))
        except BaseException:
            db.close()
            raise

    @classmethod
    def create(cls, path: str | Path, *, title: str, organisation: str,
               template: str = "digital-ståstedskartlegging-kommune",
               author: str | None = None, initials: str | None = None) -> "Project":
        """A new project from a built-in rubric template (by id) or a template file."""
        from digifelt.core.template import find_template, load_template

        source = Path(template)
        rubric_template = (load_template(source) if source.suffix in (".yaml", ".yml")
                           else find_template(template))
        projects.create_project(Path(path), template=rubric_template, title=title,
                                organisation=organisation).close()
        return cls.open(path, author=author, initials=initials, backup=False)

    @staticmethod
    def _author(db: Database, name: str | None, initials: str | None) -> str | None:
        if not name:
            return None
        assessor_id = derived_id("assessor", name.strip().casefold())
        if initials is None:  # not given: the initials the assessor has stay (no edit)
            initials = next((a.initials for a in people.list_assessors(db)
                             if a.id == assessor_id), None)
        with journal(db).operation("Sign in", scope=SCOPE, mode="untracked"):
            people.ensure_assessor(db, assessor_id=assessor_id, name=name, initials=initials)
        return assessor_id

    def close(self) -> None:
        """Close the file; the undo history ends (content kept only for undo is removed)."""
        try:
            self._journal.close()
        finally:
            self.db.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # Running operations

    def _run(self, label: str, fn: Callable, *args, **kwargs):
        return self._journal.run(label, fn, self.db, *args, scope=SCOPE, **kwargs)

    @contextmanager
    def operation(self, label: str) -> Iterator[None]:
        """Several calls as one operation: one commit, one undo step."""
        with self._journal.operation(label, scope=SCOPE):
            yield

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener(changes)` after each operation; returns the unsubscriber."""
        return self._journal.subscribe(listener)

    def undo(self) -> Changes:
        """Take back the latest operation (of this script or, in the same process, the app)."""
        return self._journal.undo()

    def redo(self) -> Changes:
        return self._journal.redo()

    def can_undo(self) -> str | None:
        return self._journal.can_undo()

    def can_redo(self) -> str | None:
        return self._journal.can_redo()

    # The project itself

    def update_project(self, **changes):
        """Set the project's title, organisation, period, description, commissioner,
        assessing organisation (assessing_org) or report version (report_version)."""
        return self._run("Edit project", projects.update_project, **changes)

    # Rubric lookups

    def indicator_id(self, code: str) -> str:
        """The id of the indicator with this code; an unknown code is an error."""
        from digifelt.core.errors import NotFoundError

        found = rubric.indicators_by_code(self.db).get(code)
        if found is None:
            raise NotFoundError(f"indicator {code!r} does not exist in this project")
        return found.id

    def _indicator_ids(self, codes) -> list[str]:
        return [self.indicator_id(code) for code in codes]

    # Activities and notes

    def add_activity(self, *, kind: str, title: str, **fields):
        return self._run("Add activity", activities.add_activity, kind=kind, title=title,
                         **fields)

    def update_activity(self, activity_id: str, **changes):
        return self._run("Edit activity", activities.update_activity, activity_id, **changes)

    def delete_activity(self, activity_id: str) -> None:
        self._run("Delete activity", activities.delete_activity, activity_id)

    def add_entry(self, *, activity_id: str, text: str = "", **fields):
        fields.setdefault("author_id", self.author_id)
        return self._run("Add note", entries.add_entry, activity_id=activity_id, text=text,
                         **fields)

    def update_entry_text(self, entry_id: str, text: str):
        return self._run("Edit note", entries.update_entry_text, entry_id, text)

    def delete_entry(self, entry_id: str) -> None:
        self._run("Delete note", entries.delete_entry, entry_id)

    # Evidence

    def tag_excerpt(self, *, entry_id: str, start: int, end: int, indicators: list[str],
                    **flags):
        """Tag text[start:end] of a note (code points, end exclusive) to indicator codes."""
        flags.setdefault("author_id", self.author_id)
        view = self._run("Tag", excerpts.tag_excerpt, entry_id=entry_id, start=start, end=end,
                         indicator_ids=self._indicator_ids(indicators), **flags)
        return view.excerpt

    def add_document_excerpt(self, *, activity_id: str, text: str, indicators: list[str],
                             **fields):
        fields.setdefault("author_id", self.author_id)
        view = self._run("Add document excerpt", excerpts.add_document_excerpt,
                         activity_id=activity_id, text=text,
                         indicator_ids=self._indicator_ids(indicators), **fields)
        return view.excerpt

    def update_excerpt(self, excerpt_id: str, *, indicators: list[str] | None = None,
                       **changes):
        ids = None if indicators is None else self._indicator_ids(indicators)
        return self._run("Edit tag", excerpts.update_excerpt, excerpt_id,
                         indicator_ids=ids, **changes).excerpt

    def delete_excerpt(self, excerpt_id: str) -> None:
        self._run("Remove tag", excerpts.delete_excerpt, excerpt_id)

    def excerpt_indicators(self, excerpt_id: str) -> list[str]:
        """The codes an excerpt is tagged with."""
        view = excerpts.list_excerpts(self.db, ids=[excerpt_id])
        codes = {i.id: i.code for i in rubric.indicators_by_code(self.db).values()}
        return [codes[i] for v in view for i in v.indicator_ids if i in codes]

    # Findings

    def update_finding(self, *, indicator: str, excerpt_ids: list[str] | None = None,
                       **changes):
        """Set the level, texts, status or quoted excerpts of an indicator's finding."""
        return self._run("Edit finding", findings.update_finding,
                         self.indicator_id(indicator), excerpt_ids=excerpt_ids, **changes)

    def finding(self, indicator: str):
        return findings.get_finding(self.db, self.indicator_id(indicator))

    def update_area_summary(self, *, area: str, **changes):
        area_id = next((a.area.id for a in rubric.rubric_tree(self.db) if a.area.code == area),
                       None)
        if area_id is None:
            from digifelt.core.errors import NotFoundError

            raise NotFoundError(f"area {area!r} does not exist in this project")
        return self._run("Edit area summary", findings.update_area_summary, area_id, **changes)

    # Plan: groups, participants, guides

    def add_group(self, *, name: str, **fields):
        return self._run("Add group", people.add_group, name=name, **fields)

    def add_participant(self, **fields):
        return self._run("Add participant", people.add_participant, **fields)

    def add_guide(self, *, kind: str, title: str, **fields):
        return self._run("Add guide", guides.add_guide, kind=kind, title=title, **fields)

    def add_question(self, *, guide_id: str, text: str, indicators: list[str] = (),
                     activity_id: str | None = None):
        """With `activity_id`: an ad-hoc question of that activity only, not of the guide."""
        return self._run("Add question", guides.add_question, guide_id=guide_id, text=text,
                         indicator_ids=self._indicator_ids(indicators), activity_id=activity_id)

    # Reading

    # Calibration

    def set_provisional_level(self, *, indicator: str, level=calibration.KEEP,
                              rationale=calibration.KEEP):
        """This script's assessor's own provisional level (and rationale) for an indicator:
        input to the team's calibration, never printed in a report. Needs `author`. A field
        not given keeps its value; None clears it."""
        if self.author_id is None:
            raise ProjectFileError("open the project with author=… to set your own level")
        return self._run("Set provisional level", calibration.set_provisional_level,
                         self.indicator_id(indicator), self.author_id, level=level,
                         rationale=rationale)

    def moderation(self) -> list:
        """Indicators with provisional levels: each assessor's level, the spread, whether
        the team disagrees, and the finding as it stands."""
        return calibration.moderation(self.db)

    # Surveys

    def import_survey(self, results: str | Path, mapping: str | Path, *,
                      title: str | None = None):
        """Import survey results (CSV, XLSX) with a YAML mapping (README, "Surveys"): one
        operation, all or nothing; only counts per group and free-text answers are kept."""
        from digifelt.core.services import surveys

        return self._run("Import survey", surveys.import_survey, Path(results), Path(mapping),
                         title=title)

    def surveys(self) -> list:
        from digifelt.core.services import surveys

        return surveys.list_surveys(self.db)

    def survey_questions(self, activity_id: str) -> list:
        from digifelt.core.services import surveys

        return surveys.list_questions(self.db, activity_id)

    def set_survey_valence(self, question_id: str, valence: str):
        from digifelt.core.services import surveys

        return self._run("Set survey valence", surveys.set_question_valence, question_id,
                         valence)

    # Fact check: the organisation's comments on the draft, and the final report

    def send_for_fact_check(self, path: str | Path, *, to: str, sent_at=None,
                            lang: str | None = None, template: str | Path | None = None):
        """Freeze the report as the next numbered draft, sent to `to` (a role) on `sent_at`
        (a date; today if not given), and save its .docx at `path`. Returns the version."""
        from digifelt.exports.report.versions import send_for_fact_check

        return self._run("Send draft for fact check", send_for_fact_check, sent_to=to,
                         sent_at=sent_at, out=Path(path), lang=lang,
                         template=Path(template) if template else None)

    def report_versions(self) -> list:
        """Every version sent, oldest first: number, kind ("draft"/"final"), sent_at, sent_to,
        and `frozen` (the findings as they were)."""
        from digifelt.core.services import fact_check

        return fact_check.list_versions(self.db)

    def fact_check_comments(self, version: int | None = None) -> list:
        """The comments on one version (by number) or on all, in the order received."""
        from digifelt.core.services import fact_check

        version_id = fact_check.get_version(self.db, version).id if version else None
        return fact_check.list_comments(self.db, version_id)

    def add_fact_check_comment(self, text: str, *, indicator: str | None = None,
                               chapter: str | None = None, commenter: str | None = None,
                               received_at=None):
        """One comment on the latest draft: on an indicator (its code), a chapter (an area's
        code, or a chapter's heading), or general when neither is given."""
        from digifelt.core.services import fact_check

        kind = "indicator" if indicator else "chapter" if chapter else "general"
        target = self.indicator_id(indicator) if indicator else chapter
        return self._run("Add comment", fact_check.add_comment, text, target_kind=kind,
                         target=target, commenter=commenter, received_at=received_at)

    def import_fact_check_comments(self, path: str | Path) -> list:
        """Record the comments in a returned draft (.docx with Word comments) or a spreadsheet
        (.xlsx/.csv: Kapittel/Indikator, Fra, Dato, Merknad) on the latest draft: all of them
        in one operation, or none with one line saying why."""
        from digifelt.exports.fact_check_import import import_comments

        return self._run("Import comments", import_comments, Path(path))

    def respond_to_comment(self, comment_id: str, *, accepted: bool, text: str):
        """Accepted (`text`: what changed) or not accepted (`text`: why)."""
        from digifelt.core.services import fact_check

        return self._run("Respond to comment", fact_check.respond, comment_id,
                         "accepted" if accepted else "not_accepted", text,
                         responded_by=self.author_id)

    def make_final_report(self, path: str | Path, *, lang: str | None = None,
                          template: str | Path | None = None):
        """Freeze the final version, with the appendix on how each comment was handled, and
        save its .docx at `path`; refused while a comment has no response."""
        from digifelt.exports.report.versions import make_final_report

        return self._run("Make final report", make_final_report, out=Path(path), lang=lang,
                         template=Path(template) if template else None)

    def changes_between(self, older: int, newer: int | None = None) -> list:
        """What changed from version `older` to `newer` (None: the findings now): level,
        status, texts and chosen quotes per indicator, and area summaries."""
        from digifelt.core.services import fact_check

        return fact_check.changes_between(self.db, older, newer)

    # Team work

    def export_bundle(self, path: str | Path, *, pseudonymise: bool = False):
        """Write this project's evidence bundle (format 2: with its histories)."""
        from digifelt.exports.bundle.writer import export_bundle

        return export_bundle(self.db, Path(path), pseudonymise=pseudonymise,
                             exported_by=self.author_id)

    def preview_import(self, bundle: str | Path):
        """What importing a teammate's bundle would change (nothing is changed)."""
        from digifelt.exports.bundle.importer import preview_import

        return preview_import(None, Path(bundle), db=self.db)

    def import_bundle(self, bundle: str | Path):
        """Merge a teammate's bundle into this project (a backup is taken first). Like every
        import, it ends the undo history."""
        from digifelt.exports.bundle.importer import apply_import

        try:
            return apply_import(self.db.path, Path(bundle), db=self.db)
        finally:
            self._journal.discontinuity("Import bundle")

    def conflicts(self) -> list[dict]:
        """The open conflicts: kind, object id, and both versions' authors (the assessor who
        last wrote each version, or who deleted), with `id` for resolve_conflict."""
        from digifelt.core.services.conflicts import conflict_summaries

        return conflict_summaries(self.db)

    def resolve_conflict(self, conflict_id: str, *, keep: str = "current"):
        """Keep the current version ("current") or the concurrent one ("other"); the decision
        travels with the next bundle and closes the conflict in teammates' files too."""
        from digifelt.core.services.conflicts import resolve_conflict

        with self._journal.operation("Resolve conflict", scope=SCOPE, mode="bulk"):
            return resolve_conflict(self.db, conflict_id, keep=keep)

    def snapshot(self) -> dict:
        """The project's content as a dict shaped like a bundle's project.json, without the
        stamps of a bundle (when, by whom): equal snapshots mean equal content."""
        from digifelt.core.services.snapshot import read_snapshot
        from digifelt.exports.bundle.convert import document_from_snapshot

        document = document_from_snapshot(read_snapshot(self.db), bundle_id="",
                                          exported_at=_EPOCH, exported_by=None,
                                          pseudonymised=False)
        for stamp in _STAMPS:
            document.pop(stamp, None)
        document.pop("history", None)  # how the content came about, not what it is
        return document


def _epoch():
    from datetime import UTC, datetime

    return datetime(1970, 1, 1, tzinfo=UTC)


_EPOCH = _epoch()
