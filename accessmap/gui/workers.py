"""Background jobs: one worker thread per job, results back to the main thread by signal.

The pattern follows superqt / napari workers (one job object + a separate QObject for its
signals) and Orange3: the heavy work is a plain function
(e.g. :func:`accessmap.core.pipeline.run_analysis`) that takes a ``progress`` callback; the
worker only runs it on a thread. Cancelling sets a flag; the next progress call raises
:class:`~accessmap.core.errors.CancelledError`, which unwinds the function cleanly.

:class:`JobRunner` keeps at most one *current* job: a new request cancels the previous one, and
signals of a superseded job are dropped, so a late result can never overwrite a newer one.

Worker threads make **no Qt call at all**, not even a queued signal emission: they put
callables on a thread-safe queue that :class:`MainThreadDispatcher` drains on the main thread
(a QTimer that runs only while jobs are alive), and the signals are emitted there. Emitting from
a Python worker thread deadlocked the GUI tests about one run in ten (seen under gdb): the
worker held Qt's signal-slot mutex while waiting for the GIL inside Shiboken, and the main
thread held the GIL while destroying a QObject that needed that mutex.
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from accessmap.core.errors import AccessmapError, CancelledError

__all__ = [
    "FunctionWorker",
    "JobRunner",
    "MainThreadDispatcher",
    "WorkerSignals",
    "as_user_error",
    "dispatcher",
]


class MainThreadDispatcher(QObject):
    """Runs callables posted from any thread on the main thread, in order.

    ``post`` is the only thing a worker thread calls: it touches a ``queue.SimpleQueue`` and
    nothing of Qt. The timer is started from the main thread by :meth:`hold` (when a job
    starts) and stops itself once every holder has :meth:`release`d and the queue is empty.
    """

    def __init__(self) -> None:
        super().__init__()
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._holders = 0
        # objects a job thread refers to, released here on the main thread once the thread has
        # ended, so that no Qt wrapper is ever deallocated on a job thread
        self._keep: list[tuple[threading.Thread, object]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self.drain)

    def post(self, fn: Callable[..., Any], *args: Any) -> None:
        """Queue ``fn(*args)`` for the main thread (safe from any thread)."""
        self._queue.put((fn, args))

    def keep_until_done(self, thread: threading.Thread, obj: object) -> None:
        """Hold ``obj`` (main thread) until ``thread`` has ended, then drop it here."""
        self._keep.append((thread, obj))

    def hold(self) -> None:
        """A job starts (main thread): keep draining until it is released."""
        self._holders += 1
        if not self._timer.isActive():
            self._timer.start()

    def release(self) -> None:
        """A job's last message was delivered (main thread)."""
        self._holders = max(0, self._holders - 1)

    @Slot()
    def drain(self) -> None:
        """Run every queued callable (main thread)."""
        while True:
            try:
                fn, args = self._queue.get_nowait()
            except queue.Empty:
                break
            fn(*args)
        self._keep = [(t, o) for t, o in self._keep if t.is_alive()]
        if self._holders == 0 and self._queue.empty() and not self._keep:
            self._timer.stop()


_DISPATCHER: MainThreadDispatcher | None = None


def dispatcher() -> MainThreadDispatcher:
    """The process's dispatcher (created on first use, which must be on the main thread)."""
    global _DISPATCHER
    if _DISPATCHER is None:
        _DISPATCHER = MainThreadDispatcher()
    return _DISPATCHER


def as_user_error(exc: BaseException) -> AccessmapError:
    """Return ``exc`` if it is meant for the user, else wrap a bug with its traceback as details."""
    if isinstance(exc, AccessmapError):
        return exc
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    err = AccessmapError(
        "Something went wrong inside accessmap. Your data is unchanged; "
        "please report this with the details.",
        details,
    )
    err.unexpected = True  # type: ignore[attr-defined]
    return err


class WorkerSignals(QObject):
    """Signals of one worker; every signal carries the job id so stale jobs can be ignored."""

    #: (job id, fraction in [0, 1], message)
    sig_progress = Signal(int, float, str)
    #: (job id, result of the function)
    sig_finished = Signal(int, object)
    #: (job id, AccessmapError)
    sig_failed = Signal(int, object)
    #: (job id)
    sig_cancelled = Signal(int)


class FunctionWorker:
    """Run ``fn(*args, progress=callback, **kwargs)`` on its own Python thread.

    Why not a ``QRunnable`` on a ``QThreadPool``: PySide drops the Python thread state of a
    pooled thread after every runnable, and pyproj 3.7 frees its per-thread PROJ context with
    it while keeping the pointer in OS-thread storage; the next job on that pooled thread then
    crashes inside ``proj_create`` (seen here in the GUI tests; pyproj issue #1509). A Python
    thread per job keeps one thread state for its whole life, so pyproj (and GDAL) are safe.
    """

    def __init__(self, job_id: int, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.job_id = job_id
        self.signals = WorkerSignals()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._cancel = threading.Event()
        self.done = threading.Event()
        self._dispatcher = dispatcher()
        # bound in the main thread, so the worker thread never touches a Qt object
        self._emit_progress = self.signals.sig_progress.emit
        self._emit_finished = self.signals.sig_finished.emit
        self._emit_failed = self.signals.sig_failed.emit
        self._emit_cancelled = self.signals.sig_cancelled.emit

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, fraction: float, message: str) -> None:
        if self._cancel.is_set():
            raise CancelledError()
        self._dispatcher.post(self._emit_progress, self.job_id, float(fraction), str(message))

    def start(self) -> None:
        """Start the job on a new daemon thread."""
        self._dispatcher.hold()
        thread = threading.Thread(target=self.run, daemon=True, name=f"accessmap-job-{self.job_id}")
        self._dispatcher.keep_until_done(thread, self)
        thread.start()

    def _final(self, emit: Callable[..., None], *args: Any) -> None:
        """Deliver the last message of the job (main thread) and let the dispatcher rest."""
        self._dispatcher.release()
        emit(*args)

    def run(self) -> None:  # runs on the worker thread: never touch widgets here
        try:
            if self._cancel.is_set():
                raise CancelledError()
            result = self._fn(*self._args, progress=self._progress, **self._kwargs)
            if self._cancel.is_set():
                raise CancelledError()
        except CancelledError:
            self._dispatcher.post(self._final, self._emit_cancelled, self.job_id)
        except BaseException as exc:
            self._dispatcher.post(self._final, self._emit_failed, self.job_id, as_user_error(exc))
        else:
            self._dispatcher.post(self._final, self._emit_finished, self.job_id, result)
        finally:
            self.done.set()


class JobRunner(QObject):
    """Runs one job at a time for one purpose (analysis, loading, ...); newest request wins."""

    #: fraction, message of the current job
    sig_progress = Signal(float, str)
    #: result of the current job
    sig_finished = Signal(object)
    #: AccessmapError of the current job
    sig_failed = Signal(object)
    #: the current job was cancelled (by cancel() or by a newer request)
    sig_cancelled = Signal()
    #: True while a current job runs
    sig_busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._next_id = 0
        self._current: FunctionWorker | None = None
        self._alive: dict[int, FunctionWorker] = {}

    @property
    def busy(self) -> bool:
        return self._current is not None

    @property
    def current(self) -> FunctionWorker | None:
        return self._current

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> FunctionWorker:
        """Cancel the running job (if any) and start ``fn`` on a new worker thread."""
        was_busy = self._current is not None
        if self._current is not None:
            self._current.cancel()
            self.sig_cancelled.emit()
        self._next_id += 1
        worker = FunctionWorker(self._next_id, fn, *args, **kwargs)
        sig = worker.signals
        sig.sig_progress.connect(self._on_progress)
        sig.sig_finished.connect(self._on_finished)
        sig.sig_failed.connect(self._on_failed)
        sig.sig_cancelled.connect(self._on_cancelled)
        self._alive[worker.job_id] = worker
        self._current = worker
        if not was_busy:
            self.sig_busy_changed.emit(True)
        worker.start()
        return worker

    def cancel(self) -> None:
        """Cancel the current job; its result, if it still arrives, is dropped."""
        if self._current is None:
            return
        self._current.cancel()
        self._current = None
        self.sig_cancelled.emit()
        self.sig_busy_changed.emit(False)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every job started by this runner is done (for shutdown and scripts)."""
        ok = True
        for worker in list(self._alive.values()):
            ok = worker.done.wait(timeout_ms / 1000.0) and ok
        return ok

    # -- slots: run in the main thread (queued from the pool thread) ---------------------------
    def _take(self, job_id: int, final: bool) -> bool:
        """True if ``job_id`` is the current job; forget finished workers."""
        is_current = self._current is not None and self._current.job_id == job_id
        if final:
            self._alive.pop(job_id, None)
            if is_current:
                self._current = None
        return is_current

    @Slot(int, float, str)
    def _on_progress(self, job_id: int, fraction: float, message: str) -> None:
        if self._take(job_id, final=False):
            self.sig_progress.emit(fraction, message)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        if self._take(job_id, final=True):
            self.sig_busy_changed.emit(False)
            self.sig_finished.emit(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, error: object) -> None:
        if self._take(job_id, final=True):
            self.sig_busy_changed.emit(False)
            self.sig_failed.emit(error)

    @Slot(int)
    def _on_cancelled(self, job_id: int) -> None:
        if self._take(job_id, final=True):  # cancelled from inside (rare): report it
            self.sig_busy_changed.emit(False)
            self.sig_cancelled.emit()
