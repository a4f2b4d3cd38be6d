"""Work around a reference-counting bug of PySide6 6.12 on CPython 3.11: bindings return the
`None` of void methods (setText, processEvents, …) and the `True` of `Signal.emit()` without
taking a reference, so each call drops one reference to `None` or `True`.

CPython 3.12+ makes these singletons immortal, which hides the bug. On 3.11 they are ordinary
counted objects: after some ten thousand calls (a few per keystroke in the notes editor) a
count reaches zero and the interpreter aborts ("none_dealloc: deallocating None"), taking
the window with it. When the bug is seen, `None`, `True` and `False` (static singletons that
are never freed) get a count so large that no session can exhaust it.
"""

import sys

_applied = False


def drops_references() -> bool:
    """True when this PySide6 loses a reference to None or True on ordinary calls."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.ping.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)
    return after[0] < before[0] or after[1] < before[1]


def apply() -> bool:
    """Make None/True/False effectively immortal if this PySide6 needs it; True if applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if not drops_references():
        return False
    import ctypes

    # ob_refcnt is the first field of every CPython object (non-free-threaded builds).
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _applied = True
    return True
