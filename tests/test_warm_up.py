"""The pages' modules imported while the desk is idle, a module per step (#22)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import weakref
from pathlib import Path

from vagledare.app.desk import Desk
from vagledare.gui.shell.warm_up import ModuleWarmer, own_imports

SRC = Path(__file__).resolve().parents[1] / "src"


def test_a_module_s_imports_are_read_from_its_top_level() -> None:
    found = own_imports("vagledare.gui.shell.main_window")
    assert "vagledare.gui.shell.lazy_page" in found
    assert "vagledare.journal.access" in found  # ``from vagledare.journal import access``
    assert "vagledare.journal" in found
    # Imported only for the type checker, or inside a function: not followed.
    assert "vagledare.gui.cases.cases_page" not in found
    assert "vagledare.gui.reports.report_page" not in found
    assert own_imports("json") == []  # outside the project: imported as a whole


def test_each_step_imports_at_most_one_module_and_every_page_s_module_ends_up_imported() -> None:
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from vagledare.gui.shell import main_window
        from vagledare.gui.shell.warm_up import ModuleWarmer
        app = QApplication([])
        warmer = ModuleWarmer(main_window.PAGE_MODULES, lambda: 10**6)
        most, steps = 0, 0
        while not warmer.done:
            before = {m for m in sys.modules if m.startswith("vagledare")}
            warmer.step()
            steps += 1
            new = {m for m in sys.modules if m.startswith("vagledare")} - before
            modules = [m for m in new if not hasattr(sys.modules[m], "__path__")]
            most = max(most, len(modules))  # packages (small) come with their first module
        assert all(m in sys.modules for m in main_window.PAGE_MODULES)
        print(most, steps)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    ).stdout.split()
    most, steps = int(out[-2]), int(out[-1])
    assert most == 1
    assert steps > 50  # the pages' own modules, one by one


def test_the_warm_up_waits_while_the_desk_is_in_use(qtbot) -> None:  # noqa: ANN001
    quiet = {"ms": 0}
    name = "tabnanny"  # a module nothing here imports
    sys.modules.pop(name, None)
    warmer = ModuleWarmer([name], lambda: quiet["ms"])
    warmer.start(0)
    qtbot.wait(150)
    assert name not in sys.modules and not warmer.done
    quiet["ms"] = 10_000
    qtbot.waitUntil(lambda: warmer.done, timeout=5_000)
    assert name in sys.modules


def test_once_warm_the_window_s_objects_are_out_of_the_collector_s_sight_until_it_closes(
    qtbot,  # noqa: ANN001
    desk: Desk,
) -> None:
    from vagledare.gui.shell.main_window import MainWindow

    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.warmer.done, timeout=30_000)
    assert gc.get_freeze_count() > 10_000  # the modules, the window: not walked again
    window.close()
    assert gc.get_freeze_count() == 0  # its reference cycles can be collected


def test_a_change_of_look_collects_frozen_garbage_too() -> None:
    from vagledare.gui.common import collector

    class Cycle:
        pass

    a = Cycle()
    a.me = a  # type: ignore[attr-defined]
    ref = weakref.ref(a)
    del a
    gc.freeze()
    try:
        assert ref() is not None  # frozen: a collection does not look at it
        gc.collect()
        assert ref() is not None
        collector.collect_now()  # before a new look: everything is looked at
        assert ref() is None
        assert gc.get_freeze_count() > 0  # and what lives is frozen again
    finally:
        collector.thaw()


def test_every_lazy_page_s_module_is_warmed() -> None:
    """The modules the window's page factories import are the ones warmed up."""
    import ast
    import inspect

    from vagledare.gui.shell import main_window

    tree = ast.parse(inspect.getsource(main_window.MainWindow))
    imported = {
        node.module
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef) and fn.name.startswith("_make_")
        for node in ast.walk(fn)
        if isinstance(node, ast.ImportFrom)
    }
    assert imported == set(main_window.PAGE_MODULES)


def test_without_its_source_a_module_s_imports_are_read_from_its_code() -> None:
    """In a bundle the modules have no source: the compiled code names the same imports."""
    from vagledare.gui.shell import warm_up

    path = SRC / "vagledare" / "gui" / "cases" / "cases_page.py"
    text = path.read_text(encoding="utf-8")
    from_source = warm_up.from_source(text)
    from_code = warm_up.from_code(compile(text, str(path), "exec"))
    assert from_code == from_source
    assert ("vagledare.journal", ("cases",), 0) in from_code
