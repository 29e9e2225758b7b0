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
import dis
import importlib
import importlib.util
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import CodeType

from PySide6.QtCore import QObject, QTimer, Signal

PROJECT = "vagledare"
QUIET_MS = 300  # input this recently: the desk is in use, the next step waits


def own_imports(name: str) -> list[str]:
    """The modules ``name`` imports at its top level (in order): read from its source, or
    from its compiled code where there is no source (a bundle); [] for a module outside the
    project."""
    if name.split(".")[0] != PROJECT:
        return []
    spec = importlib.util.find_spec(name)  # imports its parent package (small)
    if spec is None or spec.loader is None:
        return []
    package = name if spec.submodule_search_locations is not None else name.rpartition(".")[0]
    origin = Path(spec.origin) if spec.origin else None
    if origin is not None and origin.suffix == ".py" and origin.is_file():
        statements = from_source(origin.read_text(encoding="utf-8"))
    else:
        get_code = getattr(spec.loader, "get_code", None)
        code = get_code(name) if get_code is not None else None
        if code is None:
            return []
        statements = from_code(code)
    found: list[str] = []
    for module, names, level in statements:
        base = module
        if level:
            parent = package.rsplit(".", level - 1)[0] if level > 1 else package
            base = f"{parent}.{module}" if module else parent
        found.append(base)
        found.extend(_submodules(base, names))  # ``from package import module``
    return found


Statement = tuple[str, tuple[str, ...], int]  # module, names imported from it, level


def from_source(text: str) -> list[Statement]:
    """The import statements at a module's top level (not under ``if``, not in functions)."""
    found: list[Statement] = []
    for node in ast.parse(text).body:
        if isinstance(node, ast.Import):
            found.extend((alias.name, (), 0) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names = tuple(alias.name for alias in node.names)
            found.append((node.module or "", names, node.level))
    return found


def from_code(code: CodeType) -> list[Statement]:
    """The imports a module's compiled code makes itself (its functions' are not in it)."""
    found: list[Statement] = []
    consts: list[object] = []
    for ins in dis.get_instructions(code):
        if ins.opname == "LOAD_CONST":
            consts.append(ins.argval)
        elif ins.opname == "IMPORT_NAME" and len(consts) >= 2:
            level, names = consts[-2], consts[-1]
            found.append(
                (
                    str(ins.argval),
                    tuple(n for n in names or () if n != "*") if isinstance(names, tuple) else (),
                    level if isinstance(level, int) else 0,
                )
            )
    return found


def _submodules(base: str, names: tuple[str, ...]) -> list[str]:
    """Those of ``names`` that are modules of the package ``base`` (a project package)."""
    if base.split(".")[0] != PROJECT or not names:
        return []
    try:
        spec = importlib.util.find_spec(base)  # imports its parent package
        if spec is None or spec.submodule_search_locations is None:
            return []  # a module: the names are what it defines
        return [f"{base}.{n}" for n in names if importlib.util.find_spec(f"{base}.{n}")]
    except (ImportError, ValueError):
        return []


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
