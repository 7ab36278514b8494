"""The journey fixture: the real main window at the default size, on the bundled sample."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from accessmap.gui.main_window import MainWindow


@pytest.fixture
def journey_window(qtbot, tmp_path, request):
    """The main window at 1280x800 on the bundled sample, map drawn, isolated settings, no
    modal asks, non-native file dialogs (answerable by ``person.answer_file_dialog``).
    Screenshots (``person.shot``) go to ``tmp_path/shots``."""
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.project_ops.asker = lambda kind, text: "discard" if kind == "unsaved" else "no"
    window.journey_shot_dir = tmp_path / "shots"
    window.journey_name = request.node.name
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.map_view.sig_map_ready, timeout=60_000):
        window.controller.load_sample()
    return window
