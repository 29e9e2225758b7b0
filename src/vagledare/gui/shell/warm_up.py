"""The pages' modules imported while the desk is idle, one module per turn of the event loop.

The window builds its pages when first opened (``LazyPage``), and importing a page's modules
the first time costs more than a frame (100–450 ms for a page on the shared machine, #22).
Once the window shows, ``ModuleWarmer`` imports them ahead, deepest first, so that each step
imports a single module whose own imports are already in (a few ms to a few tens of ms), and
waits while the desk is in use (input within ``QUIET_MS``). A page opened before the warm-up
reaches it imports what is left at once, as before.

Which modules a module imports is read from its source (the imports at its top level; those
under ``if TYPE_CHECKING:`` or inside functions are left for later), one module per step too.
Only the project's own modules are followed; anything else is imported as a whole.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.util
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

PROJECT = "vagledare"
QUIET_MS = 300  # input this recently: the desk is in use, the next step waits


def own_imports(name: str) -> list[str]:
    """The modules ``name`` imports at its top level (in order), by reading its source;
    [] for a module outside the project or whose source cannot be found."""
    if name.split(".")[0] != PROJECT:
        return []
    spec = importlib.util.find_spec(name)  # imports its parent package (small)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return []
    is_package = spec.submodule_search_locations is not None
    package = name if is_package else name.rpartition(".")[0]
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    found: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.append(base)
            # ``from package import module``: the names may be submodules.
            found.extend(f"{base}.{alias.name}" for alias in node.names if _is_module(base, alias))
    return found


def _is_module(base: str, alias: ast.alias) -> bool:
    if base.split(".")[0] != PROJECT:
        return False
    spec = importlib.util.find_spec(base)
    if spec is None or spec.submodule_search_locations is None:
        return False
    return any(
        (Path(folder) / f"{alias.name}.py").is_file() or (Path(folder) / alias.name).is_dir()
        for folder in spec.submodule_search_locations
    )


class ModuleWarmer(QObject):
    """Imports ``roots`` and what they import, a module (or one module's source read) per
    step, each step on a later turn of the event loop; ``busy_since`` tells how many ms ago
    the desk last had input (it waits until that is ``QUIET_MS`` or more); ``finished`` once
    every module is in."""

    finished = Signal()

    def __init__(
        self,
        roots: Iterable[str],
        busy_since: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._roots = list(roots)
        self._busy_since = busy_since
        self._stack: list[tuple[str, list[str] | None]] = []  # a module, its imports to do
        self._seen: set[str] = set()
        self.done = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def start(self, delay_ms: int = QUIET_MS) -> None:
        self._timer.start(delay_ms)

    def stop(self) -> None:
        self._timer.stop()

    def _step(self) -> None:
        since = self._busy_since()
        if since < QUIET_MS:
            self._timer.start(QUIET_MS - since)
            return
        try:
            self.step()
        finally:
            if not self.done:
                self._timer.start(0)
        if self.done:
            self.finished.emit()

    def step(self) -> None:
        """One short piece of the warm-up (or none left: ``done``)."""
        while not self._stack:
            if not self._roots:
                self.done = True
                return
            root = self._roots.pop(0)
            if root not in sys.modules and root not in self._seen:
                self._seen.add(root)
                self._stack.append((root, None))
        name, todo = self._stack[-1]
        if todo is None:  # read what it imports
            self._stack[-1] = (name, own_imports(name))
            return
        while todo:
            dep = todo.pop(0)
            if dep not in sys.modules and dep not in self._seen:
                self._seen.add(dep)
                self._stack.append((dep, None))
                if dep.split(".")[0] != PROJECT:  # not followed: imported as a whole next
                    self._stack[-1] = (dep, [])
                return
        self._stack.pop()
        if name not in sys.modules:
            # A module that cannot be imported fails again, in words, where a page needs it.
            with contextlib.suppress(ImportError):
                importlib.import_module(name)
