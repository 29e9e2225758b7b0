"""Main-thread stalls in the real window on the city journal (#22): none longer than 100 ms.

Opens the real ``MainWindow`` offscreen as the team lead, with a heartbeat ``QTimer`` ticking
every 5 ms on the GUI thread; the longest gap between two ticks during a step is the longest
time the window could not answer a key press or paint. Steps, as a person takes them: start
(the window built and shown on the tally screen), opening every tab, a year's report for all
sites, opening a case, opening a roll call, the day's first click (with the daily backup the
desk takes then) and a later one, the Backups dialog and a backup taken in it. Work the window
hands to a background task is waited for (the step ends when no task runner is busy and the
result is painted); the wall time includes it.

Every round runs the steps on the city journal and then on an empty journal (same people and
sites, nothing logged): the baseline, in the same run. Each round builds a new window, so the
tabs are opened for the first time every round (round 1 also pays the modules' import).

    python bench/bench_stalls.py [--small] [--rounds N] [--pg URL]

``--pg URL``: the same on that PostgreSQL server, on a copy of the city journal kept there
(``city_journal.py --pg URL``) and an empty journal in a new database, both dropped at the end.
What the window does not do on a server journal is said under the figures: the day's first
click takes no daily backup, and the Backups dialog takes none (the server keeps the backups).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from city_journal import (  # noqa: E402
    LEAD,
    SITE_NAMES,
    city_journal,
    copy_of,
    empty_journal,
    server_city_and_empty,
    server_name,
)

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

TARGET_MS = 100
BEAT_MS = 5


class Heartbeat(QObject):
    """Ticks every few ms on the GUI thread; a long gap between ticks is a stall."""

    def __init__(self) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def longest_gap(self, start: float, end: float) -> float:
        times = [start, *(t for t in self.ticks if start < t < end), end]
        self.ticks = [t for t in self.ticks if t >= end]
        return max(b - a for a, b in zip(times, times[1:], strict=False))


def run_step(
    beat: Heartbeat,
    fn: Callable[[], object],
    until: Callable[[], bool] | None = None,
    settle_ms: int = 40,
    timeout: float = 300.0,
) -> tuple[float, float]:
    """Run ``fn`` from the event loop, then keep the loop turning until ``until()`` holds
    (a background task done) and ``settle_ms`` more (the result painted). Returns (longest
    stall, wall time to ready) in seconds."""
    state: dict[str, float] = {}
    loop = QEventLoop()

    def go() -> None:
        fn()
        state["returned"] = time.perf_counter()

    def check() -> None:
        if "returned" not in state or "ready" in state:
            return
        if until is not None and not until():
            if time.perf_counter() - start > timeout:
                raise TimeoutError("step did not finish")
            return
        QApplication.processEvents()  # paint what just arrived
        state["ready"] = time.perf_counter()
        QTimer.singleShot(settle_ms, loop.quit)

    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(check)
    poll.start()
    start = time.perf_counter()
    QTimer.singleShot(0, go)
    loop.exec()
    poll.stop()
    end = time.perf_counter()
    return beat.longest_gap(start, end), state["ready"] - start


def idle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def tasks_idle(window: QWidget) -> Callable[[], bool]:
    """True once no task runner of the window (or its pages and dialogs) is busy."""
    from vagledare.gui.common.tasks import TaskRunner

    def done() -> bool:
        return not any(r.busy for r in window.findChildren(TaskRunner))

    return done


def application(folder: Path) -> QApplication:
    """The QApplication as the desk's start sets it up (translators, theme, text size)."""
    from vagledare.app.settings import DeskSettings
    from vagledare.gui.shell.app import _application

    settings = DeskSettings.load(folder / "settings.json")
    settings.language = "sv"
    app, _lang = _application(settings)
    return app


def lead_desk(path: Path | str):  # noqa: ANN201
    """The journal (a file, or a server URL) opened as the desk does, at the first site, as
    the team lead."""
    from vagledare.app.desk import Desk
    from vagledare.journal import sites, staff
    from vagledare.journal.db import open_journal

    journal = open_journal(path)
    with journal.session(readonly=True) as s:
        site = sites.find_site(s, SITE_NAMES[0])
        lead = staff.find_staff(s, LEAD)
    assert site is not None and lead is not None
    return Desk(journal, site, lead)


def open_window(desk):  # noqa: ANN001, ANN201
    from vagledare.gui.shell.main_window import MainWindow

    window = MainWindow(desk, "sv")
    window.show()
    window.tally.setFocus()
    return window


@dataclass
class Figures:
    """Per step and journal: the longest stall and the wall time of every round."""

    stalls: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    walls: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    # What the window does not do on this journal (a server's): said under the figures.
    notes: list[str] = field(default_factory=list)

    def add(self, step: str, journal: str, stall: float, wall: float) -> None:
        if step not in self.order:
            self.order.append(step)
        self.stalls.setdefault((step, journal), []).append(stall)
        self.walls.setdefault((step, journal), []).append(wall)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


def drive(path: Path | str, label: str, beat: Heartbeat, figures: Figures) -> None:
    """One round of every step on one journal."""
    from vagledare.gui.admin.backups_dialog import BackupsDialog
    from vagledare.journal import meetings
    from vagledare.journal.backup import backup_dir

    desk = lead_desk(path)
    holder: dict[str, object] = {}

    def step(name: str, fn: Callable[[], object], until: Callable[[], bool] | None = None) -> None:
        stall, wall = run_step(beat, fn, until)
        figures.add(name, label, stall, wall)

    def start() -> None:
        holder["window"] = open_window(desk)

    step("start → tally screen shown", start)
    window = holder["window"]
    assert isinstance(window, QWidget)
    ready = tasks_idle(window)
    # The window imports its pages' modules while the desk is idle, a module per step: the
    # time a person looks at the tally screen before the first click on a tab.
    warmer = window.warmer  # type: ignore[attr-defined]
    step("idle: the pages' modules imported", lambda: None, lambda: warmer.done)
    tabs = window.tabs  # type: ignore[attr-defined]
    for i in [*range(1, tabs.count()), 0]:
        if tabs.isTabVisible(i):
            title = tabs.tabText(i).split(" (")[0].replace("&", "")
            step(f"tab {title}", lambda i=i: tabs.setCurrentIndex(i), ready)

    # A year's report of all sites, as shown on the report page (drop-in and closings).
    reports = window.reports  # type: ignore[attr-defined]
    ui = reports.ui
    tabs.setCurrentWidget(window._lazy["reports"])  # type: ignore[attr-defined]
    idle(50)
    from vagledare.gui.reports.report_page import GROUP_ROLE, YEAR

    for w in (ui.periodKindCombo, ui.yearSpin, ui.siteList):
        w.blockSignals(True)
    ui.periodKindCombo.setCurrentIndex(YEAR)
    reports._on_period_kind()  # the fields of a year (its report is built in the step)
    ui.yearSpin.setValue(date.today().year - 1)
    for k in range(ui.siteList.count()):
        item = ui.siteList.item(k)
        if not item.data(GROUP_ROLE):  # sites, not groups of sites
            item.setCheckState(Qt.CheckState.Checked)
    for w in (ui.periodKindCombo, ui.yearSpin, ui.siteList):
        w.blockSignals(False)
    ui.reportCombo.setCurrentIndex(ui.reportCombo.findData("dropin"))
    step("report dropin, last year, all sites", ui.showButton.click, ready)
    avslut = ui.reportCombo.findData("avslut")
    step(
        "report avslut (chosen in the list)", lambda: ui.reportCombo.setCurrentIndex(avslut), ready
    )

    # Open a case: the first in the Cases list.
    tabs.setCurrentWidget(window._lazy["cases"])  # type: ignore[attr-defined]
    idle(50)
    while not ready():  # a big journal's list is read in the background
        idle(10)
    cases = window.cases  # type: ignore[attr-defined]
    if cases.model.rowCount():
        step("open a case", lambda: cases.view.selectRow(0), ready)

    # Roll call: the dialog of a session whose roll call is still to be taken.
    tabs.setCurrentWidget(window._lazy["groups"])  # type: ignore[attr-defined]
    idle(50)
    _groups, missing = desk.journal.write(  # it generates the sessions due by now
        meetings.groups_and_missing_roll_calls, datetime.now(), desk.site.id
    )
    if missing:

        def roll_call() -> None:
            dialog = window.groups.make_roll_call(missing[0].id)  # type: ignore[attr-defined]
            dialog.show()
            holder["dialog"] = dialog

        step("open a roll call", roll_call, ready)
        dialog = holder.pop("dialog")
        dialog.reject()  # type: ignore[attr-defined]
        dialog.deleteLater()  # type: ignore[attr-defined]

    # The day's first click (the daily backup is due: none of today's exists) and a later one.
    tabs.setCurrentIndex(0)
    idle(50)
    journal_path = desk.journal.path
    folder = backup_dir(journal_path) if journal_path is not None else None
    if folder is None:
        figures.note(
            "first click of the day: no daily backup on a server journal (the server keeps "
            "the backups: Desk takes none)"
        )
    elif folder.is_dir():
        for old in folder.glob(f"{journal_path.stem}-*.sqlite"):
            old.unlink()
    buttons = list(window.tally.buttons.values())  # type: ignore[attr-defined]
    step("first click of the day", buttons[0].click, ready)
    step("a later click", buttons[1].click, ready)

    # File → Backups…: the dialog, then a backup taken in it.
    def backups() -> None:
        dialog = BackupsDialog(desk.journal, desk.staff, window, hold=window.hold_journal)  # type: ignore[attr-defined]
        dialog.show()
        holder["dialog"] = dialog

    step("Backups dialog opens", backups, ready)
    dialog = holder.pop("dialog")
    assert isinstance(dialog, BackupsDialog)
    if folder is None:
        figures.note(
            "a backup taken (Backups dialog): none on a server journal (the dialog says the "
            "server keeps the backups; its Take button is disabled)"
        )
    else:
        # Ends when the backup is written and what it holds is read and shown (a second task).
        step("a backup taken (Backups dialog)", dialog.take_now, tasks_idle(dialog))
    dialog.reject()
    dialog.deleteLater()
    if folder is not None:
        for old in folder.glob(f"{journal_path.stem}-*.sqlite"):
            old.unlink()

    window.close()
    window.deleteLater()
    idle(50)
    desk.journal.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the small city journal")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pg", metavar="URL", help="on copies on this PostgreSQL server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.pg:
            with server_city_and_empty(args.pg, args.small, "vagledare_bench_stalls") as journals:
                figures = rounds(folder, journals, args.rounds)
            name = f"{server_name(args.small)} (PostgreSQL)"
        else:
            city = city_journal(args.small)
            (folder / "city").mkdir()
            (folder / "empty").mkdir()
            files = {
                "city": copy_of(city, folder / "city"),
                "empty": empty_journal(folder / "empty"),
            }
            figures = rounds(folder, files, args.rounds)
            name = city.name
    report(figures, name, args.rounds)


def rounds(folder: Path, journals: dict[str, Path | str], n: int) -> Figures:
    """``n`` rounds of every step, each round on every journal in turn (the settings in
    ``folder``)."""
    app = application(folder)
    beat = Heartbeat()
    figures = Figures()
    for _ in range(n):
        for label, path in journals.items():
            drive(path, label, beat, figures)
    app.processEvents()
    return figures


def report(figures: Figures, name: str, rounds: int) -> None:
    def fig(xs: list[float] | None) -> str:
        if not xs:
            return "–"  # the step has nothing to open on this journal (no case, no session)
        return f"{statistics.median(xs) * 1000:7.0f} ({min(xs) * 1000:.0f}–{max(xs) * 1000:.0f})"

    print(
        f"\nLongest main-thread stall per step, ms (target ≤ {TARGET_MS} ms), on {name} and an "
        f"empty journal; median (min–max) of {rounds} rounds, heartbeat every {BEAT_MS} ms"
    )
    head = (
        f"{'step':38} {'stall city':>18} {'stall empty':>18} {'wall city':>18} {'wall empty':>18}"
    )
    print(head)
    print("-" * len(head))
    over = []
    for step in figures.order:
        city_stall = figures.stalls.get((step, "city"), [0.0])
        cols = [
            fig(figures.stalls.get((step, "city"))),
            fig(figures.stalls.get((step, "empty"))),
            fig(figures.walls.get((step, "city"))),
            fig(figures.walls.get((step, "empty"))),
        ]
        mark = " ✗" if max(city_stall) * 1000 > TARGET_MS else ""
        if mark:
            over.append(step)
        print(f"{step:38} " + " ".join(f"{c:>18}" for c in cols) + mark)
    print(
        f"\nsteps with a stall over {TARGET_MS} ms on {name} (in any round): "
        + (", ".join(over) if over else "none")
    )
    if figures.notes:
        print("\nnot done on a server journal, as the window does not do them there:")
        for text in figures.notes:
            print(f"  {text}")


if __name__ == "__main__":
    main()
