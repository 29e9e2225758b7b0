"""Peak memory after visiting every tab: the city journal vs an empty one (#22: ≤ 1.25×).

Each measurement is a fresh process (offscreen) that opens the real window as the team lead,
opens every tab in turn (waiting for any background task and the paint) and back to the tally
screen, and reports its peak resident set size (``ru_maxrss``). Processes on a copy of the city
journal and on an empty journal (same people and sites, nothing logged) are started alternately.

    python bench/bench_memory.py [--small] [--rounds N] [--pg URL]

``--pg URL``: the same on that PostgreSQL server, on a copy of the city journal kept there
(``city_journal.py --pg URL``) and an empty journal in a new database, both dropped at the end;
each process is given the database's URL as it is given a file's path.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from city_journal import (  # noqa: E402
    city_journal,
    copy_of,
    empty_journal,
    server_city_and_empty,
    server_name,
)

TARGET = 1.25


def visit_every_tab(path: Path | str, folder: Path) -> int:
    """In this process: the window on ``path`` (a file, or a server URL), its settings in
    ``folder``, every tab opened; peak RSS in KiB."""
    from bench_stalls import Heartbeat, application, lead_desk, open_window, run_step, tasks_idle

    app = application(folder)
    beat = Heartbeat()
    desk = lead_desk(path)
    window = open_window(desk)
    ready = tasks_idle(window)
    tabs = window.tabs
    for i in [*range(1, tabs.count()), 0]:
        if tabs.isTabVisible(i):
            run_step(beat, lambda i=i: tabs.setCurrentIndex(i), ready)
    app.processEvents()
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(path: Path | str) -> float:
    """Peak RSS (MiB) of a fresh process visiting every tab on ``path`` (or that URL)."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    ).stdout
    return int(next(x for x in out.splitlines() if x.startswith("RSS ")).split()[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the small city journal")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pg", metavar="URL", help="on copies on this PostgreSQL server")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        from vagledare.journal.db import is_url

        if is_url(args.child):  # a server's URL: the settings in a folder of its own
            with tempfile.TemporaryDirectory() as tmp:
                print(f"RSS {visit_every_tab(args.child, Path(tmp))}", flush=True)
        else:
            child = Path(args.child)
            print(f"RSS {visit_every_tab(child, child.parent)}", flush=True)
        return
    if args.pg:
        with server_city_and_empty(args.pg, args.small, "vagledare_bench_memory") as journals:
            peaks = alternately(journals, args.rounds)
        name = f"{server_name(args.small)} (PostgreSQL)"
    else:
        source = city_journal(args.small)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / "city").mkdir()
            (folder / "empty").mkdir()
            files = {
                "city": copy_of(source, folder / "city"),
                "empty": empty_journal(folder / "empty"),
            }
            peaks = alternately(files, args.rounds)
        name = source.name

    def fig(xs: list[float]) -> str:
        return f"median {statistics.median(xs):.0f} MiB (min {min(xs):.0f}, max {max(xs):.0f})"

    ratio = statistics.median(peaks["city"]) / statistics.median(peaks["empty"])
    print(f"Peak RSS after opening every tab, {args.rounds} processes each, alternately:")
    print(f"  {name}: {fig(peaks['city'])}")
    print(f"  empty journal: {fig(peaks['empty'])}")
    print(f"  ratio (medians): {ratio:.2f}× (target ≤ {TARGET}×)")


def alternately(journals: dict[str, Path | str], rounds: int) -> dict[str, list[float]]:
    """Peak RSS (MiB) of ``rounds`` fresh processes on each journal, started alternately."""
    peaks: dict[str, list[float]] = {label: [] for label in journals}
    for _ in range(rounds):
        for label, path in journals.items():
            peaks[label].append(measure(path))
    return peaks


if __name__ == "__main__":
    main()
