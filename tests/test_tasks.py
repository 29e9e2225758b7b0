"""Background work and garbage collection: results reach the GUI thread, and Python's cyclic
collector never runs in another thread (it would delete the GUI's Qt objects from there)."""

from __future__ import annotations

import gc
import threading

from vagledare.gui.common.collector import MainThreadCollector, collect_due
from vagledare.gui.common.tasks import Cancelled, TaskRunner


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_worker_never_collects_the_gui_thread_does(qtbot) -> None:  # noqa: ANN001
    assert not gc.isenabled()  # as in the window (the suite's collector)
    collected_in: list[bool] = []

    def note(phase: str, _info: dict) -> None:  # type: ignore[type-arg]
        if phase == "start":
            collected_in.append(threading.current_thread() is threading.main_thread())

    gc.callbacks.append(note)
    try:

        def allocate(_progress) -> int:  # noqa: ANN001
            for _ in range(5 * gc.get_threshold()[0]):
                _Cycle()
            return gc.get_count()[0]

        runner = TaskRunner()
        results: list[object] = []
        runner.run(allocate, results.append, results.append)
        qtbot.waitUntil(lambda: len(results) == 1)
        assert isinstance(results[0], int) and results[0] > gc.get_threshold()[0]
        assert False not in collected_in  # past the threshold, and still nothing in the worker
        gc.collect(0)  # the GUI thread's turn
        assert collected_in and collected_in[-1] is True
    finally:
        gc.callbacks.remove(note)


def test_the_window_collects_on_a_timer_of_its_own(qtbot) -> None:  # noqa: ANN001
    from vagledare.gui.common.collector import INTERVAL_MS

    collector = MainThreadCollector()  # what the window's application holds
    try:
        assert collector.timer.isActive() and collector.timer.interval() == INTERVAL_MS
    finally:
        collector.timer.stop()
        with qtbot.waitSignal(collector.destroyed):
            collector.deleteLater()
        gc.disable()  # the suite's own collector is still there


def test_collect_due_takes_the_generation_the_thresholds_call_for() -> None:
    collect_due()
    for _ in range(2 * gc.get_threshold()[0]):
        _Cycle()
    assert collect_due() >= gc.get_threshold()[0]  # the cycles, found unreachable
    assert gc.get_count()[0] < gc.get_threshold()[0]  # and the youngest generation emptied


def test_the_collector_turns_automatic_collection_back_on_when_it_goes(qtbot) -> None:  # noqa: ANN001
    gc.enable()
    try:
        collector = MainThreadCollector()
        assert not gc.isenabled()
        with qtbot.waitSignal(collector.destroyed):
            collector.deleteLater()
        assert gc.isenabled()
    finally:
        gc.disable()  # back to the suite's own collector


def test_a_cancelled_or_failing_task_reaches_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    failures: list[BaseException] = []
    started = threading.Event()

    def work(progress) -> None:  # noqa: ANN001
        started.set()
        while True:
            progress("waiting", 0, 1)

    runner.run(work, failures.append, failures.append)
    started.wait(5)
    runner.cancel()
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], Cancelled)

    def broken(_progress) -> None:  # noqa: ANN001
        raise ValueError("trasig")

    runner.run(broken, failures.append, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 2)
    assert isinstance(failures[1], ValueError)


def test_finish_delivers_the_outcome_at_once_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    seen: list[object] = []

    def work(progress) -> str:  # noqa: ANN001
        progress("step", 1, 2)
        return "done"

    runner.run(work, seen.append, seen.append, lambda *a: seen.append(a))
    assert runner.finish()  # no event loop turned: the queued calls are delivered here
    assert seen == [("step", 1, 2), "done"] and not runner.busy
    assert runner.finish()  # nothing running: nothing to wait for
