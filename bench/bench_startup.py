"""Start-up against a bare PySide6 QMainWindow with one button, in the same run (#2, #22).

Fresh processes (offscreen) on an existing journal whose accounts have PINs, started
alternately with the bare window round after round:
- start → the first window a person can act on (#22: ≤ 2.5× the bare window): the login
  dialog shown and its event loop turning. On the usual start the dialog is shown from a peek
  at the journal and the rest loads in the background (``gui/shell/quick_start.py``); the bench
  also prints how long that takes after the dialog shows;
- the PIN accepted (typed and Log in pressed) → the tally screen shown and interactive
  (#22: ≤ 300 ms), in the same process. A person types the PIN once the dialog is there; the
  bench types it once the background loading is done (what a person taking that long to
  type sees), and in a second process the moment the dialog shows (the worst case: the wait
  for the loading is then part of the figure);
- start → the login dialog on a journal where nobody has a PIN yet (a fresh or upgraded one):
  the window always asks at start, there for the first PIN to be chosen, so this is the
  journal "without PIN accounts";
- start → tally screen interactive with the PIN step skipped (#2: < 1.5 s): the nearest to
  "the tally screen first" (the PIN accepted without being typed; the wait for the loading
  is then part of the figure).
The clock runs from just before the process is spawned until the child reports that its event
loop has shown the window and processed pending events (the child's shutdown afterwards is not
counted). The child patches the dialog and the window as the app imports them (a meta path
finder), so the app's own order of imports is measured. Python writes and reuses its bytecode
cache as on a desk (a PYTHONDONTWRITEBYTECODE in the environment would make every start
compile the app anew).

    python bench/bench_startup.py [--city | --small | --pg URL] [--rounds N]

``--city``/``--small``: on a copy of the (small) city journal instead of a one-site journal.
``--pg URL``: on one-site journals in two new databases on that PostgreSQL server (dropped
at the end; ``tools/throwaway_postgres.sh start DIR`` starts a throwaway server); with
``--city``/``--small`` the first is a copy of the city journal on that server
(``city_journal.py --pg``).
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

APP = (
    f"import sys\nsys.path.insert(0, {str(Path(__file__).parents[1] / 'tools')!r})\n"
    + r"""
import time

from patched_start import run

MODE, PIN = sys.argv[2], sys.argv[3]
clock = {}


def patch_pin_form(pin_form):
    def accept(self):  # "tally": the PIN is the person's step, not start-up: accept the staff
        self.staff = next(x for x in self.form.staff if self.form.who.currentData() == x.id)
        return 1

    def login(self, _exec=pin_form.LoginDialog.exec):  # shown, then the PIN typed
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def type_pin():
            self.form.pin.setText(PIN)
            clock["pin"] = time.perf_counter()
            self.form.ok.click()

        def shown():
            QApplication.processEvents()
            clock["shown"] = time.perf_counter()
            print("READY login", flush=True)
            if MODE == "show":  # only the first window: done
                self.reject()
                return
            pending = getattr(self.form.journal, "ready", None)  # quick start: loading on
            if MODE == "login-now" or pending is None or self.form.journal.is_ready:
                type_pin()
            else:  # a person types the PIN after the rest has loaded
                def loaded():
                    print(f"LOADED {time.perf_counter() - clock['shown']:.6f}", flush=True)
                    type_pin()

                pending.connect(loaded)

        QTimer.singleShot(0, shown)
        return _exec(self)

    pin_form.LoginDialog.exec = accept if MODE == "tally" else login


def patch_main_window(main_window):
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

    main_window.MainWindow.show = show


run(
    {
        "vagledare.gui.shell.pin_form": patch_pin_form,
        "vagledare.gui.shell.main_window": patch_main_window,
    },
    ["--db", sys.argv[1]],
)
"""
)

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


def spawn(code: str, args: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Seconds from spawning the process to its READY line (its shutdown is not counted), and
    what else the child reports: ``PIN`` (PIN accepted → tally screen) and ``LOADED`` (login
    dialog shown → the rest loaded in the background), in seconds."""
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
    found = (x.split() for x in out.splitlines())
    return elapsed, {x[0]: float(x[1]) for x in found if len(x) == 2 and x[0] in ("PIN", "LOADED")}


def fig(xs: list[float]) -> str:
    median, low, high = (x * 1000 for x in (statistics.median(xs), min(xs), max(xs)))
    return f"median {median:.0f} ms (min {low:.0f}, max {high:.0f})"


def journal_for(where: Path | str, city: bool, small: bool) -> tuple[Path | str, str, str]:
    """The journal to start on (in the folder ``where``, or at that server URL), its first
    site's and the team lead's ids."""
    from vagledare.journal import sites, staff
    from vagledare.journal.db import open_journal

    if city or small:
        sys.path.insert(0, str(Path(__file__).parent))
        from city_journal import (
            LEAD,
            SITE_NAMES,
            city_journal,
            city_journal_on_server,
            copy_of,
            server_copy_of,
        )
        from sqlalchemy.engine import make_url

        db: Path | str
        if isinstance(where, Path):
            db = copy_of(city_journal(small), where)
        else:
            db = server_copy_of(city_journal_on_server(where, small), make_url(where).database)
        journal = open_journal(db)
        with journal.session(readonly=True) as s:
            site, me = sites.find_site(s, SITE_NAMES[0]), staff.find_staff(s, LEAD)
            assert site is not None and me is not None
        journal.close()
        return db, str(site.id), str(me.id)
    return one_site(where / "journal.sqlite" if isinstance(where, Path) else where, PIN)


def one_site(db: Path | str, pin: str | None) -> tuple[Path | str, str, str]:
    """A one-site journal at ``db`` whose team lead has the PIN ``pin``; with None, one where
    nobody has a PIN yet (the login asks the person at the desk to choose the first)."""
    from vagledare.journal import access, sites, staff
    from vagledare.journal.db import open_journal

    journal = open_journal(db)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB", staff.Role.TEAM_LEAD)
        if pin is not None:
            access.set_pin(s, me.id, pin)
        site = sites.add_site(s, "Fröslunda", me.id)
    journal.close()
    return db, str(site.id), str(me.id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--city", action="store_true", help="on a copy of the city journal")
    parser.add_argument("--small", action="store_true", help="on the small city journal")
    parser.add_argument("--pg", metavar="URL", help="on new databases on this PostgreSQL server")
    parser.add_argument("--rounds", type=int, default=RUNS)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from city_journal import server_databases

    names = ["vagledare_bench_startup", "vagledare_bench_startup_no_pins"]
    servers = server_databases(args.pg, names) if args.pg else None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            measure(Path(tmp), args, servers)
    finally:
        if args.pg:
            server_databases(args.pg, names, drop=True)


def measure(tmp: Path, args: argparse.Namespace, servers: list[str] | None) -> None:
    """The rounds, in the folder ``tmp`` (journals, unless ``servers`` gives two database
    URLs, and the desk's settings), and their figures."""
    from vagledare.journal.peek import journal_key

    if servers:
        db, site_id, staff_id = journal_for(servers[0], args.city, args.small)
        fresh, fresh_site, fresh_staff = one_site(servers[1], None)
    else:
        db, site_id, staff_id = journal_for(tmp, args.city, args.small)
        fresh, fresh_site, fresh_staff = one_site(tmp / "no-pins.sqlite", None)
    config = tmp / "config" / "Vagledare"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(
        json.dumps(
            {
                "language": "sv",
                "journals": {
                    journal_key(str(db)): {"site_id": site_id, "staff_id": staff_id},
                    journal_key(str(fresh)): {"site_id": fresh_site, "staff_id": fresh_staff},
                },
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    spawn(APP, [str(db), "login", PIN], env)  # warm the file and bytecode caches
    spawn(BARE, [], env)
    login, loaded, pin, at_once, tally, no_pins, bare = [], [], [], [], [], [], []
    for _ in range(args.rounds):
        no_pins.append(spawn(APP, [str(fresh), "show", PIN], env)[0])
        first, told = spawn(APP, [str(db), "login", PIN], env)
        login.append(first)
        assert "PIN" in told, "the PIN was not accepted"
        pin.append(told["PIN"])
        if "LOADED" in told:
            loaded.append(told["LOADED"])
        at_once.append(spawn(APP, [str(db), "login-now", PIN], env)[1]["PIN"])
        tally.append(spawn(APP, [str(db), "tally", PIN], env)[0])
        bare.append(spawn(BARE, [], env)[0])
    b = statistics.median(bare)
    name = db.name if isinstance(db, Path) else journal_key(db)
    print(f"Start-up on {name}, {args.rounds} rounds, fresh processes started alternately:")
    print(f"  start → bare QMainWindow with one button: {fig(bare)}")
    print(
        f"  start → login dialog (the first window to act on): {fig(login)}; "
        f"{statistics.median(login) / b:.1f}× the bare window (target ≤ 2.5×)"
    )
    print(
        f"  start → login dialog on a journal where nobody has a PIN yet (it asks for the "
        f"first): {fig(no_pins)}; {statistics.median(no_pins) / b:.1f}× the bare window"
    )
    if loaded:
        print(f"  login dialog shown → the rest loaded in the background: {fig(loaded)}")
    print(
        f"  PIN accepted (typed once the rest is loaded) → tally screen interactive: {fig(pin)} "
        f"(target ≤ 300 ms); {statistics.median(pin) / b:.2f}× the bare window's start in this "
        "run (how busy the machine was)"
    )
    print(
        f"  PIN accepted at once (typed the moment the dialog shows) → tally screen: {fig(at_once)}"
    )
    print(
        f"  start → tally screen, PIN step skipped: {fig(tally)}; "
        f"{statistics.median(tally) / b:.1f}× the bare window (#2: < 1.5 s)"
    )


if __name__ == "__main__":
    main()
