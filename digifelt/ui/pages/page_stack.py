"""The main window's pages, each built the first time it is shown or asked for.

Building every page of a large project at once took over a second before the window could
appear; most sessions visit two or three pages. An empty stand-in holds each page's place in
the stack until then, so page indexes (the rail, Ctrl+1…7) never change.
"""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    page_built = Signal(str, QWidget)  # name, page: wire it and restore its layout

    def __init__(self, factories: list[tuple[str, Callable[[], QWidget]]], parent=None):
        super().__init__(parent)
        self._names = [name for name, _factory in factories]
        self._factories = dict(factories)
        self._built: dict[str, QWidget] = {}
        for _name in self._names:
            self.addWidget(QWidget())

    @property
    def names(self) -> list[str]:
        return list(self._names)

    def page(self, name: str) -> QWidget:
        """The page, built now if this is the first time it is needed."""
        page = self._built.get(name)
        if page is None:
            page = self._factories[name]()
            self._built[name] = page
            index = self._names.index(name)
            stand_in = self.widget(index)
            was_current = self.currentIndex() == index
            # Insert before removing, so that no other page is shown in between.
            self.insertWidget(index, page)
            if was_current:
                self.setCurrentIndex(index)
            self.removeWidget(stand_in)
            stand_in.deleteLater()
            self.page_built.emit(name, page)
        return page

    def built(self, name: str) -> QWidget | None:
        return self._built.get(name)

    def built_pages(self) -> list[QWidget]:
        return [self._built[name] for name in self._names if name in self._built]

    def index_of(self, page: QWidget | str) -> int:
        if isinstance(page, str):
            return self._names.index(page)
        return self.indexOf(page)

    def show_page(self, index: int) -> QWidget:
        page = self.page(self._names[index])
        self.setCurrentIndex(index)
        return page

    def current_name(self) -> str | None:
        index = self.currentIndex()
        return self._names[index] if 0 <= index < len(self._names) else None
