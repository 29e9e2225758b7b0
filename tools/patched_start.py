"""The ``vagledare`` command started in this process with some of the app's modules patched as
the app imports them: for the start-up benchmark and tests, which run the window in a child
process and need to see (or stop) it at a given moment without changing what is imported
when (importing the patched modules up front would load the domain first).

A plain meta path finder: ``importlib.abc`` would import ``importlib.resources``, which the app
does not. The child's code puts this folder on ``sys.path`` and calls ``run``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType

Patches = dict[str, Callable[[ModuleType], None]]


class _Patcher:
    def __init__(self, patches: Patches) -> None:
        self.patches = patches

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        patch = self.patches.get(name)
        if patch is None:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            patch(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def run(patches: Patches, argv: list[str]) -> None:
    """``patches``: module name → what to do to the module once it has run."""
    sys.meta_path.insert(0, _Patcher(patches))
    from vagledare.cli import main  # the same entry point as the `vagledare` command

    sys.exit(main(argv))
