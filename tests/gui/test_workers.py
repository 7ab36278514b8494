"""Background jobs: results by signal, errors as messages, newest request wins, cancel stops."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("pytestqt")

from accessmap.core.errors import AccessmapError, CancelledError, DataFormatError
from accessmap.core.schema import report_progress
from accessmap.gui.workers import JobRunner, as_user_error

pytestmark = pytest.mark.gui


def add(a, b, progress=None):
    report_progress(progress, 0.5, "adding")
    return a + b


def slow(tag, started: threading.Event, log: list, progress=None):
    """Reports progress every 10 ms for up to 5 s; records how it ended."""
    started.set()
    try:
        for i in range(500):
            report_progress(progress, i / 500, f"step {i}")
            time.sleep(0.01)
    except CancelledError:
        log.append(("cancelled", tag))
        raise
    log.append(("done", tag))
    return tag


def test_result_and_progress_come_back_by_signal(qtbot):
    runner = JobRunner()
    seen = []
    runner.sig_progress.connect(lambda f, m: seen.append((f, m)))
    with qtbot.waitSignal(runner.sig_finished, timeout=5000) as blocker:
        runner.submit(add, 2, 3)
    assert blocker.args == [5]
    assert seen == [(0.5, "adding")]
    assert not runner.busy


def test_user_error_keeps_message_and_bug_gets_traceback_details(qtbot):
    def bad_file(progress=None):
        raise DataFormatError("The file has no geometry.", "driver: CSV")

    def bug(progress=None):
        return 1 / 0

    runner = JobRunner()
    with qtbot.waitSignal(runner.sig_failed, timeout=5000) as blocker:
        runner.submit(bad_file)
    err = blocker.args[0]
    assert isinstance(err, DataFormatError)
    assert err.message == "The file has no geometry."
    assert "Traceback" not in err.details
    with qtbot.waitSignal(runner.sig_failed, timeout=5000) as blocker:
        runner.submit(bug)
    err = blocker.args[0]
    assert isinstance(err, AccessmapError) and err.unexpected
    assert "ZeroDivisionError" in err.details and "Traceback" in err.details


def test_new_request_cancels_previous_and_only_newest_result_arrives(qtbot):
    runner = JobRunner()
    log: list = []
    results = []
    runner.sig_finished.connect(results.append)
    first_started = threading.Event()
    first = runner.submit(slow, "first", first_started, log)
    assert first_started.wait(5)
    second = runner.submit(add, 40, 2)
    with qtbot.waitSignal(runner.sig_finished, timeout=5000):
        pass
    assert first.done.wait(5)  # the first job unwound through CancelledError
    qtbot.wait(50)  # let any late signal of the first job arrive (it must be dropped)
    assert results == [42]
    assert ("cancelled", "first") in log
    assert second.done.is_set()


def test_cancel_stops_the_job_and_emits_cancelled(qtbot):
    runner = JobRunner()
    log: list = []
    results = []
    runner.sig_finished.connect(results.append)
    started = threading.Event()
    worker = runner.submit(slow, "only", started, log)
    assert started.wait(5)
    with qtbot.waitSignal(runner.sig_cancelled, timeout=1000):
        runner.cancel()
    assert not runner.busy
    assert worker.done.wait(5)
    qtbot.wait(50)
    assert results == []
    assert log == [("cancelled", "only")]


def test_analysis_in_worker_equals_direct_call(qtbot, sample_dir):
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    direct = run_analysis(layers, settings)
    runner = JobRunner()
    with qtbot.waitSignal(runner.sig_finished, timeout=30000) as blocker:
        runner.submit(run_analysis, layers, settings)
    threaded = blocker.args[0]
    assert dict(threaded.summary) == dict(direct.summary)
    assert threaded.sectors["dist_nearest_m"].equals(direct.sectors["dist_nearest_m"])


def test_as_user_error_passes_user_errors_through():
    err = DataFormatError("x")
    assert as_user_error(err) is err


def test_worker_threads_make_no_qt_call(qtbot):
    """Every signal of a job is emitted on the main thread (the worker only queues callables):
    emitting from a Python worker thread deadlocked against QObject destruction in the main
    thread (see gui/workers.py)."""
    from PySide6.QtCore import QThread
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    main = QThread.currentThread()
    threads = []

    runner = JobRunner()
    runner.sig_progress.connect(lambda f, m: threads.append(QThread.currentThread() is main))

    def chatty(progress=None):
        for i in range(300):
            report_progress(progress, i / 300, "x")
        return "ok"

    with qtbot.waitSignal(runner.sig_finished, timeout=20_000) as blocker:
        runner.submit(chatty)
        # meanwhile the main thread creates and destroys QObjects, as a busy window does
        for _ in range(200):
            menu = QMenu()
            for j in range(5):
                menu.addAction(QAction(str(j), menu))
            menu.deleteLater()
            del menu
    assert blocker.args == ["ok"]
    assert threads and all(threads)
