"""Shared GUI fixtures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from accessmap.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window on the bundled sample, map drawn, isolated settings, no modal asks."""
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.project_ops.asker = lambda kind, text: "discard" if kind == "unsaved" else "no"
    window.resize(1300, 850)
    window.show()
    with qtbot.waitSignal(window.map_view.sig_map_ready, timeout=60_000):
        window.controller.load_sample()
    return window
