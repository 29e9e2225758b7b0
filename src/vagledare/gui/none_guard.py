"""Keeps Python's ``None`` alive under PySide6 6.12 on CPython 3.11.

PySide6 6.12.0 (abi3 wheels) releases a reference to ``None`` on every call of a Qt method
that returns nothing (``label.setText(...)``, ``font.setBold(...)`` …) when it runs on
CPython 3.11, where ``None`` still counts its references (from 3.12 on it is immortal). After
some tens of thousands of such calls the count reaches zero and the interpreter aborts with
"none_dealloc: deallocating None". Until the dependency is fixed or pinned, this guard tops
the count up: every few seconds it keeps enough extra references that it can never run out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

FLOOR = 1_000_000  # never let None's reference count fall below this


def top_up() -> int:
    """Raise None's reference count back to ``FLOOR``; returns by how much.

    The count is raised in place (its ``ob_refcnt``), not by holding references in a list:
    such a list, freed when the interpreter shuts down, would give back references that the
    lost releases already took, and abort there instead."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return 0  # immortal (or not CPython): nothing to guard
    import ctypes

    missing = FLOOR - sys.getrefcount(None)
    if missing > 0:
        ctypes.c_ssize_t.from_address(id(None)).value += missing
    return max(missing, 0)


def install(parent: QObject, interval_ms: int = 2_000) -> QTimer:
    """Top up now and then every ``interval_ms`` while ``parent`` lives."""
    top_up()
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
