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
