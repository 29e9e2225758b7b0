"""Start-up against a bare PySide6 QMainWindow with one button, in the same run (#2, #22).

Three figures, each from fresh processes (offscreen) on an existing journal whose accounts have
PINs, started alternately with the bare window round after round:
- start → the first window a person can act on (#22: ≤ 2.5× the bare window): the login
  dialog shown and its event loop turning;
- the PIN accepted (typed and Unlock pressed) → the tally screen shown and interactive
  (#22: ≤ 300 ms), in the same process;
- start → tally screen interactive with the PIN step skipped (#2: < 1.5 s).
The clock runs from just before the process is spawned until the child reports that its event
loop has shown the window and processed pending events (the child's shutdown afterwards is not
counted). Python writes and reuses its bytecode cache as on a desk (a PYTHONDONTWRITEBYTECODE
in the environment would make every start compile the app anew).

    python bench/bench_startup.py [--city | --small] [--rounds N]

``--city``/``--small``: on a copy of the (small) city journal instead of a one-site journal.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11

PIN = "2468"

APP = r"""
import sys
import time

# The same entry point as the `vagledare` command. Importing the window's modules first (to
# patch them) loads the domain and PySide6 in the order the command does.
from vagledare.cli import main
from vagledare.gui.shell import main_window, pin_form

MODE, PIN = sys.argv[2], sys.argv[3]
clock = {}


def accept(self):  # "tally": the PIN is the person's step, not start-up: accept the staff.
    self.staff = next(x for x in self.form.staff if self.form.who.currentData() == x.id)
    return 1


def login(self, _exec=pin_form.LoginDialog.exec):  # "login": shown, then the PIN typed
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def shown():
        QApplication.processEvents()
        print("READY login", flush=True)
        self.form.pin.setText(PIN)
        clock["pin"] = time.perf_counter()
        self.form.ok.click()

    QTimer.singleShot(0, shown)
    return _exec(self)


def ready():
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    if "pin" in clock:
        print(f"PIN {time.perf_counter() - clock['pin']:.6f}", flush=True)
    else:
        print("READY tally", flush=True)
    QApplication.quit()


def show(self, _show=main_window.MainWindow.show):
    from PySide6.QtCore import QTimer

    _show(self)
    QTimer.singleShot(0, ready)


pin_form.LoginDialog.exec = accept if MODE == "tally" else login
main_window.MainWindow.show = show
sys.exit(main(["--db", sys.argv[1]]))
"""

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
app = QApplication(sys.argv)
w = QMainWindow()
w.setCentralWidget(QPushButton("OK"))
w.show()
def ready():
    app.processEvents()
    print("READY QMainWindow", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


def spawn(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from spawning the process to its READY line (its shutdown is not counted), and
    the seconds from PIN to tally screen the child reports, if it does."""
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
        out, err = child.communicate(timeout=120)
    if not line.startswith("READY"):
        raise RuntimeError(err)
    pin = next((float(x.split()[1]) for x in out.splitlines() if x.startswith("PIN ")), None)
    return elapsed, pin


def fig(xs: list[float]) -> str:
    median, low, high = (x * 1000 for x in (statistics.median(xs), min(xs), max(xs)))
    return f"median {median:.0f} ms (min {low:.0f}, max {high:.0f})"


def journal_for(folder: Path, city: bool, small: bool) -> tuple[Path, str, str]:
    """The journal to start on, its first site's and the team lead's ids."""
    from vagledare.journal import access, sites, staff
    from vagledare.journal.db import open_journal

    if city or small:
        sys.path.insert(0, str(Path(__file__).parent))
        from city_journal import LEAD, SITE_NAMES, city_journal, copy_of

        db = copy_of(city_journal(small), folder)
        journal = open_journal(db)
        with journal.session(readonly=True) as s:
            site, me = sites.find_site(s, SITE_NAMES[0]), staff.find_staff(s, LEAD)
            assert site is not None and me is not None
    else:
        db = folder / "journal.sqlite"
        journal = open_journal(db)
        with journal.session() as s:
            me = staff.ensure_staff(s, "AB", staff.Role.TEAM_LEAD)
            access.set_pin(s, me.id, PIN)
            site = sites.add_site(s, "Fröslunda", me.id)
    journal.close()
    return db, str(site.id), str(me.id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--city", action="store_true", help="on a copy of the city journal")
    parser.add_argument("--small", action="store_true", help="on the small city journal")
    parser.add_argument("--rounds", type=int, default=RUNS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, site_id, staff_id = journal_for(Path(tmp), args.city, args.small)
        config = Path(tmp) / "config" / "Vagledare"
        config.mkdir(parents=True)
        (config / "settings.json").write_text(
            json.dumps(
                {
                    "language": "sv",
                    "journals": {str(db): {"site_id": site_id, "staff_id": staff_id}},
                }
            )
        )
        env = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(Path(tmp) / "config")
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        spawn(APP, [str(db), "login", PIN], env)  # warm the file and bytecode caches
        spawn(BARE, [], env)
        login, pin, tally, bare = [], [], [], []
        for _ in range(args.rounds):
            first, after_pin = spawn(APP, [str(db), "login", PIN], env)
            login.append(first)
            assert after_pin is not None, "the PIN was not accepted"
            pin.append(after_pin)
            tally.append(spawn(APP, [str(db), "tally", PIN], env)[0])
            bare.append(spawn(BARE, [], env)[0])
    b = statistics.median(bare)
    print(f"Start-up on {db.name}, {args.rounds} rounds, fresh processes started alternately:")
    print(f"  start → bare QMainWindow with one button: {fig(bare)}")
    print(
        f"  start → login dialog (the first window to act on): {fig(login)}; "
        f"{statistics.median(login) / b:.1f}× the bare window (target ≤ 2.5×)"
    )
    print(f"  PIN accepted → tally screen interactive: {fig(pin)} (target ≤ 300 ms)")
    print(
        f"  start → tally screen, PIN step skipped: {fig(tally)}; "
        f"{statistics.median(tally) / b:.1f}× the bare window (#2: < 1.5 s)"
    )


if __name__ == "__main__":
    main()
