"""Process start → tally screen interactive, against a bare PySide6 QMainWindow.

Both are started as fresh processes (offscreen) on an existing journal; the clock runs from
just before the process is spawned until the child reports that its event loop has shown the
window and processed pending events (the child's shutdown afterwards is not counted).
Python writes and reuses its bytecode cache as on a desk (a PYTHONDONTWRITEBYTECODE in the
environment would make every start compile the app anew).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11

APP = r"""
import sys

# The same entry point as the `vagledare` command. Importing the window's modules first (to
# patch them) loads the domain and PySide6 in the order the command does.
from vagledare.cli import main
from vagledare.gui.shell import main_window, pin_form
def accept(self):  # The PIN is the person's step, not start-up: accept the remembered staff.
    self.staff = next(x for x in self.form.staff if self.form.who.currentData() == x.id)
    return 1


def ready():
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    print("READY", flush=True)
    QApplication.quit()


def show(self, _show=main_window.MainWindow.show):
    from PySide6.QtCore import QTimer

    _show(self)
    QTimer.singleShot(0, ready)


pin_form.LoginDialog.exec = accept
main_window.MainWindow.show = show
sys.exit(main(["--db", sys.argv[1]]))
"""

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.show()
def ready():
    app.processEvents()
    print("READY QMainWindow", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


def spawn(code: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process to its READY line (its shutdown is not counted)."""
    t = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - t
        _, err = child.communicate(timeout=60)
    if not line.startswith("READY"):
        raise RuntimeError(err)
    return elapsed


def main() -> None:
    from vagledare.journal import sites, staff
    from vagledare.journal.db import open_journal

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "journal.sqlite"
        journal = open_journal(db)
        with journal.session() as s:
            me = staff.ensure_staff(s, "AB")
            site = sites.add_site(s, "Fröslunda", me.id)
        journal.close()
        config = Path(tmp) / "config" / "Vagledare"
        config.mkdir(parents=True)
        (config / "settings.json").write_text(
            json.dumps(
                {
                    "language": "sv",
                    "journals": {str(db): {"site_id": str(site.id), "staff_id": str(me.id)}},
                }
            )
        )
        env = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(Path(tmp) / "config")
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        spawn(APP, [str(db)], env)  # warm the file and bytecode caches
        spawn(BARE, [], env)
        app = [spawn(APP, [str(db)], env) for _ in range(RUNS)]
        bare = [spawn(BARE, [], env) for _ in range(RUNS)]
        a, b = statistics.median(app), statistics.median(bare)
        print(
            f"start → tally screen interactive (median of {RUNS}): {a * 1000:.0f} ms "
            f"(min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})"
        )
        print(f"start → bare PySide6 QMainWindow (median of {RUNS}): {b * 1000:.0f} ms")
        print(f"ratio: {a / b:.1f}×")


if __name__ == "__main__":
    main()
