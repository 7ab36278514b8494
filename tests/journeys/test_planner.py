"""The planner's journey: their own data through the real window, as a person works it.

On the real files of ``../shared/data``: File > Open (the menu opened as a menu, the file dialog
answered through its widgets) the 25 Gent wijken over the bundled Brussels sample; File > Import
table or points... the 2,349 OpenStreetMap health points of 2015, choosing in the dialog which
kinds of place count as primary care; the poverty column picked in the Analysis panel's combo
with the mouse; Run; a sector selected by clicking its row in the Results table; the table
sorted by clicking a header; the map asked which sector it highlights; File > Export > Sector
table as CSV (dialog answered) and the file read back (BOM, ``;``, decimal comma).

Each step checks what the person sees (docks, the map's place, the dialog's list) and
screenshots go to the test's folder (``ACCESSMAP_KEEP_SHOTS`` keeps them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QWidget

from accessmap.gui.dialogs.import_dialog import ImportDialog
from tests.journeys.person import FileDialogAnswer, js, settle_map, shot, trigger_menu

pytestmark = pytest.mark.gui
Left = Qt.MouseButton.LeftButton
NoMod = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def gent(shared_data) -> Path:
    return (
        shared_data / "flanders" / "wijken_bimd_by_city" / "gent_wijken_ggw72024_bimd2011.geojson"
    )


@pytest.fixture
def osm2015(shared_data) -> Path:
    return shared_data / "belgium" / "osm2015_health_points_belgium.geojson"


# ---- a person's hands on widgets (the map helpers are in person.py) ----------------------------


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A real left click on ``widget`` (at its centre unless ``pos``)."""
    QTest.mouseClick(widget, Left, NoMod, pos if pos is not None else widget.rect().center())
    QApplication.processEvents()


def choose_in_combo(qtbot, combo: QComboBox, text: str) -> None:
    """Open ``combo``'s popup with a click, walk to the entry that reads ``text`` with the
    arrow keys and press Enter (a click on the entry right after opening is swallowed by the
    popup's double-click guard)."""
    click(combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    row = combo.findText(text)
    assert row >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    key = Qt.Key.Key_Down if row > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(row - combo.currentIndex())):
        QTest.keyClick(view, key)
    assert view.currentIndex().row() == row
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=5_000)
    assert combo.currentText() == text


def toggle_list_item(qtbot, view, row: int) -> None:
    """Click an entry of a checkable list, then press Space on it (toggles its check box)."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    click(view.viewport(), view.visualRect(index).center())
    QTest.keyClick(view, Qt.Key.Key_Space)
    QApplication.processEvents()


def answer_file_dialog(qtbot, path: str | Path, timeout_ms: int = 20_000) -> FileDialogAnswer:
    """Answer the next non-native file dialog: type ``path`` into its file name box and press
    Enter, from a timer, until the dialog has closed. (Like ``person.answer_file_dialog``, but
    it tries again when the first Enter only closed the name box's completion popup, which
    happens when the popup opens while the path is typed: seen as a hang once in three.)"""
    answer = FileDialogAnswer(paths=[str(path)])
    timer = QTimer()
    timer.setInterval(50)
    state = {"waited": 0, "dialog": None}

    def poll() -> None:
        state["waited"] += 50
        dialog = state["dialog"] or QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            state["dialog"] = dialog
            if not shiboken6.isValid(dialog) or not dialog.isVisible():
                answer.done = True  # closed after Enter (a static dialog is deleted at once)
                timer.stop()
                return
            answer.title = dialog.windowTitle()
            box = dialog.findChild(QLineEdit, "fileNameEdit")
            if box.text() != str(path):
                QTest.mouseClick(box, Left)
                box.selectAll()
                QTest.keyClicks(box, str(path))
            popup = box.completer().popup() if box.completer() is not None else None
            if popup is not None and popup.isVisible():
                QTest.keyClick(popup, Qt.Key.Key_Escape)  # the completion list, not the dialog
            else:
                QTest.keyClick(box, Qt.Key.Key_Return)
        if state["waited"] > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    answer.timer = timer
    return answer


def map_selection(window, qtbot) -> list[str]:
    """The sector ids the page itself highlights."""
    return js(
        window,
        qtbot,
        "JSON.stringify(Object.keys(window.accessmap.state.byId).filter(function (id) {"
        " var s = window.accessmap.state;"
        " return s.selected.indexOf(s.layers[s.byId[id]]) >= 0; }))",
    )


def wait_result(qtbot, window, check, timeout: int = 60_000) -> None:
    """Wait until the window shows a result for which ``check(result)`` holds, map drawn."""
    c = window.controller
    qtbot.waitUntil(
        lambda: c.result is not None and not c.busy and check(c.result), timeout=timeout
    )
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.map_view, timeout=timeout)
    settle_map(window, qtbot, timeout=timeout)


# ---- the journey -------------------------------------------------------------------------------


def test_planner_opens_gent_imports_points_runs_selects_sorts_exports(
    qtbot, journey_window, gent, osm2015, tmp_path
):
    w = journey_window
    c = w.controller
    settle_map(w, qtbot)
    shot(w, "00-sample")
    assert c.settings.poverty_column == "bimd_income_score"

    # 1. File > Open... the Gent wijken (issue 9 item 6)
    answer = answer_file_dialog(qtbot, gent)
    trigger_menu(w, qtbot, "File", "Open...")
    qtbot.waitUntil(lambda: answer.done, timeout=20_000)
    qtbot.waitUntil(lambda: c.layers is not None and len(c.layers.sectors) == 25, timeout=60_000)
    qtbot.waitUntil(lambda: not c.busy, timeout=60_000)
    # polygons far from the loaded sectors are new sectors: nothing asked, no error dialog
    assert w.errors == []
    # the old sectors' results are gone from every view; the map's place says what is loaded
    assert c.result is None
    assert w.central.currentWidget() is w.no_result_label
    assert w.results_panel.model.rowCount() == 0
    report = w.no_result_label.text()
    assert "gent_wijken_ggw72024_bimd2011.geojson" in report and "25 areas" in report
    assert "brussels_sectors" not in report and "bimd2011_brussels" not in report
    assert "outside the new sectors: centres" in report  # the Brussels centres left out
    assert len(c.layers.centres) == 0
    assert [s.role for s in c.layers.sources] == ["sectors"]
    # the Analysis panel offers the Gent columns and pre-selects a poverty column of theirs
    combo = w.analysis_panel.poverty_combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "income_domain_score_popw" in offered and "bimd_income_score" not in offered
    assert combo.currentText() == "income_domain_score_popw"
    assert c.settings.poverty_column == "income_domain_score_popw"
    assert c.data_note == ""  # the sample's caveats no longer shown
    assert not w.data_note_label.text()
    shot(w, "01-gent-opened")

    # 2. File > Import table or points... the OSM 2015 points (issue 9 items 5 and 7)
    answer = answer_file_dialog(qtbot, osm2015)
    trigger_menu(w, qtbot, "File", "Import table or points...")
    qtbot.waitUntil(lambda: answer.done, timeout=20_000)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), ImportDialog), timeout=10_000
    )
    dialog: ImportDialog = QApplication.activeModalWidget()
    assert dialog.points_radio.isChecked() and not dialog.join_radio.isEnabled()
    assert dialog.type_combo.currentText() == "type"
    items = {
        dialog.type_list.item(i).text(): dialog.type_list.item(i).checkState()
        for i in range(dialog.type_list.count())
    }
    on, off = Qt.CheckState.Checked, Qt.CheckState.Unchecked
    assert items == {
        "pharmacy (1,777)": off,
        "doctors (311)": on,
        "hospital (113)": off,
        "dentist (107)": off,
        "medical (24)": on,
        "clinic (11)": on,
        "physiotherapist (5)": off,
        "healthcare (1)": on,
    }
    assert dialog.type_label.text() == "347 of 2,349 points will be loaded as centres."
    # the planner does not count the 24 'medical' points (labs, centres without GPs)
    toggle_list_item(qtbot, dialog.type_list, list(items).index("medical (24)"))
    assert dialog.checked_types() == ["doctors", "clinic", "healthcare"]
    assert dialog.type_label.text() == "323 of 2,349 points will be loaded as centres."
    dialog.journey_shot_dir, dialog.journey_name = w.journey_shot_dir, w.journey_name
    shot(dialog, "02-import-types")
    click(dialog.apply_button)
    wait_result(qtbot, w, lambda r: len(r.centres) == 323)
    assert w.errors == []
    centres_source = next(s for s in c.layers.sources if s.role == "centres")
    assert centres_source.options == {
        "type_column": "type",
        "primary_care_types": ["clinic", "doctors", "healthcare"],
    }
    assert centres_source.attribution.startswith("© OpenStreetMap contributors")
    assert w.results_panel.model.rowCount() == 25
    assert any("323 of 2,349 points count as primary care" in m for m in c.result.messages)
    assert not any(m.startswith("Left out") for m in c.result.messages)  # centres are back
    assert js(w, qtbot, "window.accessmap.featureCount()") == 25
    shot(w, "03-gent-analysed")

    # 3. the poverty column, picked in the Analysis panel with the mouse; then Run
    w.docks["analysis"].raise_()
    choose_in_combo(qtbot, w.analysis_panel.poverty_combo, "bimd2011_score_popw")
    wait_result(qtbot, w, lambda r: r.settings.poverty_column == "bimd2011_score_popw")
    with qtbot.waitSignal(c.sig_result_changed, timeout=60_000):
        click(w.analysis_panel.run_button)
    wait_result(qtbot, w, lambda r: r.settings.poverty_column == "bimd2011_score_popw")
    assert w.errors == []

    # 4. a sector selected by clicking its row in the Results table
    table = w.results_panel.table
    proxy = table.model()
    row = 4
    index = proxy.index(row, 0)
    table.scrollTo(index)
    click(table.viewport(), table.visualRect(index).center())
    chosen = w.results_panel.model.sector_id(proxy.mapToSource(index).row())
    qtbot.waitUntil(lambda: c.selection == (chosen,), timeout=5_000)
    qtbot.waitUntil(lambda: map_selection(w, qtbot) == [chosen], timeout=10_000)

    # 5. sorted by clicking the population header: the highlighted row is still that sector
    header = table.horizontalHeader()
    col = list(w.results_panel.model.frame.columns).index("population")
    table.scrollTo(proxy.index(0, col))
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    click(header.viewport(), QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == col, timeout=5_000)
    rows = table.selectionModel().selectedRows()
    shown = [w.results_panel.model.sector_id(proxy.mapToSource(i).row()) for i in rows]
    assert shown == [chosen], "the highlighted row must stay on the selected sector (item 8)"
    assert c.selection == (chosen,)
    assert map_selection(w, qtbot) == [chosen]
    shot(w, "04-selected-sorted")

    # 6. File > Export > Sector table as CSV..., the dialog answered
    out = tmp_path / "gent_access.csv"
    answer = answer_file_dialog(qtbot, out)
    trigger_menu(w, qtbot, "File", "Export", "Sector table as CSV...")
    qtbot.waitUntil(lambda: answer.done and out.is_file(), timeout=20_000)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    text = raw.decode("utf-8-sig")
    lines = text.splitlines()
    head = lines[0].split(";")
    assert "sector_id" in head and "population" in head and len(head) > 5
    assert len(lines) == 1 + 25
    by_id = {line.split(";")[head.index("sector_id")]: line.split(";") for line in lines[1:]}
    assert chosen in by_id
    dist = by_id[chosen][head.index("dist_nearest_m")]
    assert "," in dist and "." not in dist  # decimal comma
    expected = c.result.sectors.set_index("sector_id").loc[chosen, "dist_nearest_m"]
    assert float(dist.replace(",", ".")) == pytest.approx(expected, abs=0.06)
    assert w.errors == []
    shot(w, "05-exported")
