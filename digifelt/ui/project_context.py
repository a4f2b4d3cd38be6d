"""The open project as the UI sees it: database, local assessor, cached rubric, change signals."""

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from digifelt.app_settings import AppSettings
from digifelt.core.services import people, projects, rubric
from digifelt.errors import ProjectFileError
from digifelt.storage.database import Database
from digifelt.ui.i18n import translate


class ProjectContext(QObject):
    """Shared by every page; pages change data through services and announce it here."""

    project_changed = Signal()
    rubric_changed = Signal()
    activities_changed = Signal()
    people_changed = Signal()
    guides_changed = Signal()
    evidence_changed = Signal(str)  # the activity whose excerpts or attachments changed

    def __init__(self, db: Database, settings: AppSettings, lock: QLockFile | None = None):
        super().__init__()
        self.db = db
        self.settings = settings
        self._lock = lock
        self.author_id = settings.assessor_id
        people.ensure_assessor(db, assessor_id=settings.assessor_id,
                               name=settings.display_name(),
                               initials=settings.assessor_initials or None)
        self.project = projects.get_project(db)
        self._tree: list[rubric.AreaView] | None = None
        self._index: dict | None = None
        self.rubric_changed.connect(self._on_rubric_changed)

    @classmethod
    def open(cls, path: Path, settings: AppSettings) -> "ProjectContext":
        """Open `path` for this window; refuses a file another digifelt has open."""
        path = Path(path)
        lock = QLockFile(f"{path}.lock")
        lock.setStaleLockTime(0)  # held for as long as the project is open
        if path.exists() and not lock.tryLock(100):
            info = lock.getLockInfo()
            where = f"{info[2]} (pid {info[1]})" if info and info[0] else "?"
            raise ProjectFileError(
                translate("ProjectContext",
                          "%1 is already open in digifelt on %2; close it there first.")
                .replace("%1", path.name).replace("%2", where))
        try:
            db = projects.open_project(path)
        except BaseException:
            lock.unlock()
            raise
        try:
            return cls(db, settings, lock)
        except BaseException:
            db.close()
            lock.unlock()
            raise

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self._lock is not None:
                self._lock.unlock()
                self._lock = None

    def refresh_project(self) -> None:
        self.project = projects.get_project(self.db)
        self.project_changed.emit()

    # Rubric cache: the picker, highlights and labels look indicators up constantly.

    def _on_rubric_changed(self) -> None:
        self._tree = None
        self._index = None

    def rubric_tree(self) -> list[rubric.AreaView]:
        if self._tree is None:
            self._tree = rubric.rubric_tree(self.db)
        return self._tree

    def indicators(self) -> list:
        return [ind for area in self.rubric_tree() for ind in area.indicators]

    def _by_id(self) -> dict:
        # Table cells ask for codes thousands of times per refresh: build the map once.
        if self._index is None:
            self._index = {i.id: i for i in self.indicators()}
        return self._index

    def indicator(self, indicator_id: str):
        return self._by_id().get(indicator_id)

    def codes(self, indicator_ids: list[str]) -> str:
        by_id = self._by_id()
        return ", ".join(by_id[i].code if i in by_id else "?" for i in indicator_ids)

    def describe(self, indicator_ids: list[str]) -> str:
        by_id = self._by_id()
        return "\n".join(f"{by_id[i].code}  {by_id[i].title}" for i in indicator_ids
                         if i in by_id)
