"""Keep Python's cyclic garbage collector from pausing the UI thread while someone types.

A full collection walks every object the process holds; with a large project open (its
window, pages, models and the SQLAlchemy machinery) that took 60–230 ms, at moments nobody
chooses — in the middle of typing. What exists once a project is open and a page is built
lives until the project closes, so it is moved out of the collector's sight (gc.freeze) and
handed back when the project closes: garbage made meanwhile is still collected, cheaply.
"""

import gc


def freeze_long_lived() -> None:
    """Call when a window or page has been built: what exists now is kept out of collections."""
    gc.freeze()


def release() -> None:
    """Call when the project closes: its window's objects may be collected again."""
    gc.unfreeze()


def frozen_count() -> int:
    return gc.get_freeze_count()


_paused = False


def pause_for_start() -> None:
    """No cyclic collections while the app starts or opens a project: importing the database
    stack and building a window allocate hundreds of thousands of objects that all stay
    alive, so the collections Python would run meanwhile find nothing and only cost time."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_after_start() -> None:
    """Call once the window has painted: what was built is kept out of collections."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
