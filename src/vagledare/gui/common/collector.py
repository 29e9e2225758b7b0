"""Python's cyclic garbage collection on the GUI thread only.

CPython runs a collection in whichever thread happens to allocate when a generation's count
passes its threshold: a background task, the audit chain's flush timer. Such a collection
deletes whatever Qt objects have become garbage (a closed dialog's widgets, a model) from that
thread, which Qt does not allow and which ends the program. So the window turns automatic
collection off and collects here, on the GUI thread, on a short timer: the same generations
the thresholds would have collected, only in the right thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> int:
    """Collect the oldest generation whose count has passed its threshold (as the automatic
    collector would); returns the objects found unreachable."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


def collect_now() -> int:
    """A full collection now, on the GUI thread. Before a new look or text size: re-polishing
    every widget Qt still has would include closed windows and dialogs that only wait for the
    collector (held in reference cycles, some of their parts already deleted), and that has
    crashed the program, so they go first (tens of milliseconds). Frozen objects
    (``freeze_survivors``) are looked at too, and frozen again after."""
    frozen = gc.get_freeze_count() > 0
    gc.unfreeze()
    found = gc.collect()
    if frozen:
        gc.freeze()
    return found


def freeze_survivors() -> None:
    """Collect the young generations, then put every object alive now out of the collector's
    sight (``gc.freeze``): once the window is built and its pages' modules are imported, a
    full collection otherwise walks all of them (some 160 000 objects, 50-190 ms on the GUI
    thread, #22) to find nothing. Objects are still freed when their last reference goes;
    only a reference cycle among them waits for ``thaw``."""
    gc.collect(1)
    gc.freeze()


def thaw() -> None:
    """Let the collector see the frozen objects again (a window closes: its cycles go)."""
    gc.unfreeze()


class MainThreadCollector(QObject):
    """Turns automatic collection off for as long as it lives, and collects on the GUI
    thread every ``INTERVAL_MS`` instead."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()
        self.destroyed.connect(_restore if self._was_enabled else _keep)


def _restore(*_args: object) -> None:
    gc.enable()


def _keep(*_args: object) -> None:
    return None
