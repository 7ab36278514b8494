"""Test configuration: headless Qt and QtWebEngine, shared fixtures."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")

import pytest

# QtWebEngineWidgets must be imported before any QApplication exists (core tests still run
# without Qt).
with contextlib.suppress(ImportError):
    import PySide6.QtWebEngineWidgets  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_gis"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared/data is not beside this checkout")
    return SHARED


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_main_thread():
    """As the app does (gui/app.py): no automatic cyclic GC, which could run on a job thread
    and deallocate Qt wrappers there; collect on the main thread after each test instead."""
    import gc

    gc.disable()
    yield
    gc.collect()
    gc.enable()


_RUN: dict[str, int] = {}


def pytest_sessionfinish(session, exitstatus) -> None:
    _RUN["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config) -> None:
    """Leave with pytest's own exit status once every report is written.

    After the last test has passed and the summary is printed, interpreter shutdown can still
    crash inside QtWebEngine ("Release of profile requested but WebEnginePage still not
    deleted", SIGSEGV), when Python finalises Qt wrappers in an arbitrary order. The result of
    the run is decided by then; a crash at that point would turn a green run red (or a red one
    into an unreadable one). ``ACCESSMAP_TESTS_NORMAL_EXIT=1`` keeps the normal shutdown, to
    investigate it."""
    if "status" in _RUN and os.environ.get("ACCESSMAP_TESTS_NORMAL_EXIT") != "1":
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_RUN["status"])
