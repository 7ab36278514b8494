"""The planner reads the results (issue 9, items 8, 9 and 13), acting as a person on the sample.

The planner clicks a sector on the map, sorts the Results table by clicking a column header and
checks the highlighted row is still that sector; filters "Molenbeek" in the municipality
column; switches the threshold to minutes with the mouse (nothing runs with a converted value,
and Results says the minutes are straight lines); opens Help > Keyboard shortcuts and
Help > Manual from the menu bar. Screenshots of each step go to the test's folder (and to
``$ACCESSMAP_KEEP_SHOTS`` when set).
"""

from __future__ import annotations

import html
import os
import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from accessmap.resources_path import resource_path
from tests.gui.test_results_panel import (
    MOLENBEEK_IN_GANSHOREN,
    choose,
    click_header,
    highlighted_ids,
)
from tests.journeys import person

pytestmark = pytest.mark.gui

SECTOR = "21004A01-"  # Brussels city centre, well inside the default view


def map_selection(window, qtbot) -> list[str]:
    """The sector ids the map page shows as selected."""
    script = (
        "JSON.stringify(window.accessmap.state.selected.map(function(l){"
        "return window.accessmap.state.values.ids[l._amIndex];}).sort())"
    )
    return person.js(window, qtbot, script)


def dialog_shot(window, dialog, name: str) -> Path:
    """A screenshot of a dialog (a window of its own), beside the window's screenshots."""
    QApplication.processEvents()
    folder = Path(window.journey_shot_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert dialog.grab().save(str(path), "PNG")
    keep = os.environ.get("ACCESSMAP_KEEP_SHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, Path(keep) / f"{window.journey_name}-{name}.png")
    return path


def test_planner_sorts_filters_switches_units_and_finds_the_shortcuts(qtbot, journey_window):
    w = journey_window
    panel = w.results_panel
    results: list = []
    w.controller.sig_result_changed.connect(results.append)
    person.settle_map(w, qtbot)

    # 1. a click inside a sector on the map selects it, in the table too
    person.click_map(w, qtbot, person.sector_pixel(w, qtbot, SECTOR))
    qtbot.waitUntil(lambda: w.controller.selection == (SECTOR,), timeout=10_000)
    assert highlighted_ids(panel) == [SECTOR]
    person.shot(w, "01-sector-clicked")

    # 2. sorting by a header click keeps the highlight on that sector (was: another sector)
    click_header(qtbot, panel, "dist_nearest_m")
    assert highlighted_ids(panel) == [SECTOR]
    click_header(qtbot, panel, "dist_nearest_m")  # descending
    assert highlighted_ids(panel) == [SECTOR]
    assert w.controller.selection == (SECTOR,)
    assert map_selection(w, qtbot) == [SECTOR]
    person.shot(w, "02-sorted-still-selected")

    # 3. "Molenbeek" in the municipality column only: not the Ganshoren sector of that name
    choose(qtbot, panel.filter_column, "municipality")
    QTest.mouseClick(panel.filter_edit, person.Left)
    QTest.keyClicks(panel.filter_edit, "Molenbeek")
    shown = {
        panel.model.sector_id(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
        for r in range(panel.proxy.rowCount())
    }
    municipalities = w.controller.result.sectors.set_index("sector_id")["municipality"]
    assert len(shown) == 46 and MOLENBEEK_IN_GANSHOREN not in shown
    assert all("molenbeek" in str(m).lower() for m in municipalities.loc[list(shown)])
    assert panel.count_label.text().startswith("46 of 724 sectors shown")
    assert "(1 of them hidden by the filter)" in panel.count_label.text()  # SECTOR is not there
    assert w.controller.selection == (SECTOR,)  # the filter did not deselect it on the map
    person.shot(w, "03-filter-municipality-molenbeek")

    # 4. the threshold unit, with the mouse: minutes keep their own value, no conversion
    analysis = w.analysis_panel
    w.docks["analysis"].raise_()
    qtbot.waitUntil(analysis.unit_combo.isVisible, timeout=5_000)
    before = len(results)
    choose(qtbot, analysis.unit_combo, "min")
    qtbot.waitUntil(lambda: len(results) > before, timeout=30_000)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    assert analysis.threshold_spin.value() == 15  # not 800 m / 75 m/min = 11 min
    ran = [(r.settings.threshold_m, r.settings.threshold_min) for r in results[before:]]
    assert ran and all(run == (800.0, 15.0) for run in ran), ran
    warning = panel.summary.threshold_warning
    assert warning.isVisible() and "straight lines" in warning.text()
    assert panel.summary.figure("threshold_m") == "15 min (1,125 m)"
    person.shot(w, "04-minutes-straight-line-note")
    before = len(results)
    choose(qtbot, analysis.unit_combo, "m")
    qtbot.waitUntil(lambda: len(results) > before, timeout=30_000)
    qtbot.waitUntil(lambda: not w.controller.busy, timeout=30_000)
    assert results[-1].settings.threshold_m == 800.0 and results[-1].settings.threshold_min is None
    assert panel.summary.figure("threshold_m") == "800 m"  # was "825 m" after the round trip
    assert not warning.isVisible()

    # 5. Help > Keyboard shortcuts lists the window's real shortcuts
    person.trigger_menu(w, qtbot, "Help", "Keyboard shortcuts")
    qtbot.waitUntil(lambda: getattr(w, "shortcuts_dialog", None) is not None, timeout=5_000)
    dialog = w.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    listed = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {
        "File > Open...",
        "Edit > Undo",
        "Analysis > Run analysis",
        "Help > Keyboard shortcuts",
    } <= listed
    dialog_shot(w, dialog, "05-keyboard-shortcuts")
    dialog.close()

    # 6. Help > Manual opens the offline page
    person.trigger_menu(w, qtbot, "Help", "Manual")
    qtbot.waitUntil(lambda: getattr(w, "help_dialog", None) is not None, timeout=5_000)
    manual = w.help_dialog
    qtbot.waitUntil(manual.isVisible, timeout=5_000)
    assert "Keyboard shortcuts" in manual.browser.toPlainText()
    assert manual.browser.source().isLocalFile()
    dialog_shot(w, manual, "06-manual")
    manual.close()


def _page_shortcuts() -> dict[str, list[str]]:
    """The help page's shortcut table: action key -> shortcuts as written."""
    text = resource_path("help", "index.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-action="([^"]+)">(.*?)</tr>', text, flags=re.S)
    return {
        key: [html.unescape(k) for k in re.findall(r"<kbd>(.*?)</kbd>", body)] for key, body in rows
    }


def test_the_manuals_shortcuts_are_the_windows_real_ones(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from accessmap.gui.main_window import MainWindow
    from accessmap.gui.panels.actions import shortcut_rows

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    page = _page_shortcuts()
    assert len(page) >= 10
    real = {key: keys for keys, _label, key in shortcut_rows(window)}
    for key, keys in page.items():
        action = window.actions_.get(key)
        assert action is not None, f"the manual lists {key!r}, which is no action"
        bound = [s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()]
        assert sorted(keys) == sorted(bound), (key, keys, bound)
        assert key in real, f"{key!r} is not reachable from the menus"
    missing = {k: v for k, v in real.items() if k not in page}
    assert missing == {}, f"add these to resources/help/index.html: {missing}"
    # no shortcut is bound twice (Qt then triggers neither: Zoom to selection vs Save As)
    every = [k for keys, _label, _key in shortcut_rows(window) for k in keys]
    assert len(every) == len(set(every)), sorted(every)
