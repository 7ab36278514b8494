"""The main window on the real Brussels sample with the real QtWebEngine (no mocks).

Each test gets its own window and an isolated QSettings file (tmp_path), so nothing leaks into
the user's settings or between tests.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import QApplication

from accessmap.gui.dialogs.error_dialog import ErrorDialog
from accessmap.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
SECTOR = "21001A00-"  # Anderlecht, "RESISTANCE"


def js(qtbot, window, script, timeout=10_000):
    """Run ``script`` on the map page and return its value."""
    out = []
    window.map_view.run_js(script, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=timeout)
    return out[0]


def make_window(qtbot, ini, size=(1300, 850)) -> MainWindow:
    window = MainWindow(settings=QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.project_ops.asker = lambda kind, text: "discard" if kind == "unsaved" else "no"
    if size:
        window.resize(*size)
    window.show()
    return window


@pytest.fixture
def window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "settings.ini")
    with qtbot.waitSignal(window.map_view.sig_map_ready, timeout=60_000) as ready:
        window.controller.load_sample()
    window.drawn_count = ready.args[0]
    return window


def test_opens_on_sample_and_draws_724_sectors_offline(qtbot, window):
    assert window.drawn_count == 724
    assert js(qtbot, window, "window.accessmap.featureCount()") == 724
    assert window.map_view.js_errors == []
    assert window.map_view.blocked_requests == []
    assert window.results_panel.model.rowCount() == 724
    summary = window.controller.result.summary
    shown = window.results_panel.summary.figure("share_population_within_threshold")
    assert shown == f"{100 * summary['share_population_within_threshold']:.1f} %"
    # the sample's known gaps are visible in the window
    assert "No GP capacities" in window.results_panel.summary.note.text()
    assert window.results_panel.summary.note.isVisible()
    assert window.data_note_label.text()
    assert {"layers", "analysis", "results", "charts"} <= set(window.docks)
    assert window.layers_panel.roles() == ["sectors", "centres"]
    a = window.actions_
    assert a["open"].shortcut() == QKeySequence("Ctrl+O")
    assert a["save"].shortcut() == QKeySequence("Ctrl+S")
    assert a["print"].shortcut() == QKeySequence("Ctrl+P")
    assert a["undo"].shortcut() == QKeySequence("Ctrl+Z")
    assert a["redo"].shortcut() == QKeySequence("Ctrl+Shift+Z")
    assert a["quit"].shortcut() == QKeySequence("Ctrl+Q")
    # hovering and zooming made no remote request either
    window.files.zoom_to_layer()
    qtbot.wait(200)
    assert window.map_view.blocked_requests == [] and window.map_view.js_errors == []


def test_click_on_map_selects_row_and_row_selection_highlights_map(qtbot, window):
    click = (
        f"(function(){{var l = window.accessmap.layerFor({SECTOR!r});"
        "l.fire('click', {latlng: l.getBounds().getCenter()}, true); return 1;})()"
    )
    with qtbot.waitSignal(window.controller.sig_selection_changed, timeout=10_000) as sel:
        window.map_view.run_js(click)
    assert sel.args == [[SECTOR], "map"]
    assert window.results_panel.selected_ids() == [SECTOR]
    # the charts outline the quintile of the clicked sector
    pens = window.charts_panel.distance_chart._bars.opts["pens"]
    assert sum(p.width() == 3 for p in pens) == 1
    # selecting two rows in the table highlights them on the map
    panel = window.results_panel
    others = [panel.model.sector_id(r) for r in (5, 6)]
    panel.table.clearSelection()
    with qtbot.waitSignal(window.controller.sig_selection_changed, timeout=5_000):
        panel.table.selectRow(panel.proxy.mapFromSource(panel.model.index(5, 0)).row())
    panel.table.selectionModel().select(
        panel.proxy.mapFromSource(panel.model.index(6, 0)),
        panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows,
    )
    assert sorted(window.controller.selection) == sorted(others)
    script = (  # arrays come back through JSON (PySide 6.12 drops raw JS arrays)
        "JSON.stringify(window.accessmap.state.selected.map(function(l){"
        "return window.accessmap.state.values.ids[l._amIndex];}).sort())"
    )
    qtbot.waitUntil(lambda: json.loads(js(qtbot, window, script)) == sorted(others), timeout=5_000)


def test_threshold_change_recomputes_and_restyles_without_reload(qtbot, window):
    before = window.controller.result
    builds = window.map_view.build_count
    with qtbot.waitSignal(window.controller.sig_result_changed, timeout=30_000) as res:
        window.analysis_panel.threshold_spin.setValue(400)
    after = res.args[0]
    assert after.settings.threshold_m == 400
    assert (
        after.summary["share_population_within_threshold"]
        < before.summary["share_population_within_threshold"]
    )
    assert window.map_view.build_count == builds  # restyled, not rebuilt
    qtbot.waitUntil(lambda: js(qtbot, window, "window.accessmap.state.style.thresholdM") == 400)
    shown = window.results_panel.summary.figure("threshold_m")
    assert shown == "400 m"
    # walking minutes: 10 min at 4.5 km/h = 750 m
    window.analysis_panel.unit_combo.setCurrentIndex(1)
    with qtbot.waitSignal(window.controller.sig_result_changed, timeout=30_000) as res:
        window.analysis_panel.threshold_spin.setValue(10)
    assert res.args[0].settings.threshold_min == 10
    assert res.args[0].summary["threshold_m"] == pytest.approx(750.0)
    assert window.map_view.js_errors == []


def test_indicator_and_classes_restyle_without_recompute(qtbot, window):
    result = window.controller.result
    builds = window.map_view.build_count
    panel = window.analysis_panel
    i = panel.column_combo.findData("e2sfca_per_10k")
    assert i >= 0
    panel.column_combo.setCurrentIndex(i)
    qtbot.waitUntil(
        lambda: js(qtbot, window, "window.accessmap.state.style.column") == "e2sfca_per_10k"
    )
    panel.k_spin.setValue(3)
    qtbot.waitUntil(lambda: js(qtbot, window, "window.accessmap.state.style.colors.length") == 3)
    assert window.controller.result is result  # no recomputation
    assert window.map_view.build_count == builds
    lines = [
        i
        for i in window.charts_panel.histogram_chart.plotItem.items
        if i.__class__.__name__ == "InfiniteLine"
    ]
    assert len(lines) == 2
    assert window.map_view.js_errors == []


def test_cancel_leaves_the_previous_result(qtbot, window):
    previous = window.controller.result
    with qtbot.waitSignal(window.controller.sig_analysis_cancelled, timeout=5_000):
        window.controller.update_settings(threshold_m=300.0)
        window.cancel_button.click()
    qtbot.wait(500)  # a late result of the cancelled job must be dropped
    assert window.controller.result is previous
    assert window.results_panel.summary.figure("threshold_m") == "800 m"
    assert not window.progress_bar.isVisible()
    # the window is still usable: the next request runs
    with qtbot.waitSignal(window.controller.sig_result_changed, timeout=30_000):
        window.controller.run_analysis()


def test_failing_load_shows_message_and_loses_nothing(qtbot, window, tmp_path, sample_dir):
    layers, result = window.controller.layers, window.controller.result
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"this is not a geopackage")
    with qtbot.waitSignal(window.controller.sig_error, timeout=10_000) as err:
        window.files.open_paths([str(bad)])
    assert "broken.gpkg" in err.args[0].message
    # it was named a GeoPackage: the message says it is damaged, not "use a GeoPackage"
    assert "damaged or is not a GeoPackage" in err.args[0].message
    assert "Use a GeoPackage" not in err.args[0].message
    dialogs = [d for d in window.findChildren(ErrorDialog) if d.isVisible()]
    assert len(dialogs) == 1 and "broken.gpkg" in dialogs[0].text()
    assert "Traceback" not in (dialogs[0].detailedText() or "")
    dialogs[0].accept()
    assert window.controller.layers is layers and window.controller.result is result
    # a readable file in the wrong role fails inside the worker: same outcome
    from accessmap.gui.panels.layer_files import LoadRequest

    centres = sample_dir / "health_centres.gpkg"
    with qtbot.waitSignal(window.controller.sig_error, timeout=20_000) as err:
        window.controller.open_requests([LoadRequest(centres, "sectors")])
    assert err.args[0].message
    assert window.controller.layers is layers and window.controller.result is result
    assert window.results_panel.model.rowCount() == 724
    for d in window.findChildren(ErrorDialog):
        d.close()


def test_drop_recent_files_and_window_state_persist(qtbot, tmp_path, sample_dir):
    ini = tmp_path / "state.ini"
    first = make_window(qtbot, ini)
    with qtbot.waitSignal(first.map_view.sig_map_ready, timeout=60_000):
        first.controller.load_sample()
    centres = sample_dir / "health_centres.gpkg"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(centres))])
    pos = first.rect().center()
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    drop = QDropEvent(
        pos.toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(first, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(first.controller.sig_result_changed, timeout=30_000):
        QApplication.sendEvent(first, drop)
    assert "health_centres.gpkg" in first.layers_panel.tree.topLevelItem(1).text(2)
    assert first.files.recent_files() == [str(centres.resolve())]
    first.docks["charts"].hide()
    first.resize(1000, 700)
    first.close()
    second = make_window(qtbot, ini, size=None)
    assert second.files.recent_files() == [str(centres.resolve())]
    assert not second.docks["charts"].isVisible()
    assert second.qsettings.value("window/geometry") is not None  # (offscreen sizes are the
    # platform's choice, so only the dock state is compared)


def test_screenshot_mode_writes_the_map(qtbot, tmp_path):
    from accessmap.gui.app import main

    png = tmp_path / "shot.png"
    assert main(["--screenshot", str(png), "--size", "1200x800"]) == 0
    image = QImage(str(png))
    assert image.width() >= 1200
    # the map area (centre of the window) is not blank: many distinct colours
    colours = {
        image.pixel(QPoint(x, y))
        for x in range(image.width() // 3, 2 * image.width() // 3, 7)
        for y in range(image.height() // 6, image.height() // 2, 7)
    }
    assert len(colours) > 20


# -- scenarios (issue 5): edits through the bridge, undo, suggestions, projects ----------------
CLICK_MAP = "window.accessmap.map.fire('click', {latlng: L.latLng(%f, %f)}) && 1"


COUNT_CENTRES = (  # -1 while the page is being rebuilt
    "(window.accessmap && window.accessmap.state && window.accessmap.state.centres) "
    "? window.accessmap.state.centres.getLayers().length : -1"
)


def wait_result(qtbot, window, predicate, timeout=30_000):
    """Wait for a result swap satisfying ``predicate(result)``; return the result."""
    got = []

    def check(result):
        if predicate(result):
            got.append(result)

    window.controller.sig_result_changed.connect(check)
    try:
        qtbot.waitUntil(lambda: bool(got), timeout=timeout)
    finally:
        window.controller.sig_result_changed.disconnect(check)
    return got[0]


def test_map_click_adds_centre_and_undo_redo_restore_exact_state(qtbot, window):
    c = window.controller
    before = c.result
    n = len(before.centres)
    window.actions_["add_mode"].setChecked(True)
    assert window.scenario_docks.centre_editor.add_check.isChecked()
    with qtbot.waitSignal(window.map_view.sig_map_clicked, timeout=10_000) as clicked:
        window.map_view.run_js(CLICK_MAP % (50.8466, 4.3528))  # Grand-Place area
    assert clicked.args[0] == pytest.approx(50.8466)
    added = wait_result(qtbot, window, lambda r: len(r.centres) == n + 1)
    assert c.current == "Scenario 1"  # the baseline stays untouched
    assert c.scenarios["baseline"].edits == ()
    new = added.centres[added.centres["centre_id"] == "new-1"]
    assert len(new) == 1 and new["type"].iloc[0] == "health_centre"
    # 50.8466 N 4.3528 E is about (148,900, 170,600) in Lambert 72
    assert 148_000 < new.geometry.x.iloc[0] < 150_000 and 170_000 < new.geometry.y.iloc[0] < 171_500
    assert window.isWindowModified()
    assert window.scenario_ops.stack().count() == 1
    assert window.scenario_docks.centre_editor.table.rowCount() == n + 1
    window.actions_["add_mode"].setChecked(False)
    # undo: exactly the earlier figures; redo: exactly the edited ones
    window.actions_["undo"].trigger()
    undone = wait_result(qtbot, window, lambda r: len(r.centres) == n)
    assert dict(undone.summary) == dict(before.summary)
    assert undone.sectors["dist_nearest_m"].equals(before.sectors["dist_nearest_m"])
    window.actions_["redo"].trigger()
    redone = wait_result(qtbot, window, lambda r: len(r.centres) == n + 1)
    assert dict(redone.summary) == dict(added.summary)
    # the map shows the new centre (sent to the page as a layer, no reload)
    qtbot.waitUntil(
        lambda: js(qtbot, window, COUNT_CENTRES) == n + 1,
        timeout=20_000,
    )
    assert window.map_view.js_errors == [] and window.map_view.blocked_requests == []


def test_centre_editor_move_edit_remove_and_settings_undo(qtbot, window):
    c = window.controller
    ops = window.scenario_ops
    editor = window.scenario_docks.centre_editor
    first_id = str(c.scenario.centres()["centre_id"].iloc[0])
    editor.select_id(first_id)
    assert editor.selected_id() == first_id
    editor.fte_spin.setValue(4.0)
    editor.apply_button.click()  # EditCentre(gp_fte=4) in a new scenario
    edited = wait_result(qtbot, window, lambda r: c.current == "Scenario 1")
    fte = edited.centres.set_index("centre_id").loc[first_id, "gp_fte"]
    assert fte == 4.0
    # move through the next map click
    editor.select_id(first_id)
    editor.move_button.click()
    assert ops.pending_move == first_id
    window.map_view.run_js(CLICK_MAP % (50.80, 4.30))
    moved = wait_result(
        qtbot,
        window,
        lambda r: r.centres.set_index("centre_id").loc[first_id].geometry.y < 168_000,
    )
    assert moved.centres.set_index("centre_id").loc[first_id, "gp_fte"] == 4.0
    editor.select_id(first_id)
    editor.remove_button.click()
    removed = wait_result(qtbot, window, lambda r: first_id not in set(r.centres["centre_id"]))
    assert len(removed.centres) == 76
    assert ops.stack().count() == 3
    # a threshold change is an edit too, and undo brings 800 m back
    window.analysis_panel.threshold_spin.setValue(600)
    wait_result(qtbot, window, lambda r: r.settings.threshold_m == 600)
    window.actions_["undo"].trigger()
    back = wait_result(qtbot, window, lambda r: r.settings.threshold_m == 800)
    assert window.analysis_panel.threshold_spin.value() == 800
    assert len(back.centres) == 76


def test_suggest_sites_and_accept_one(qtbot, window):
    c = window.controller
    dialog = window.scenario_docks.open_suggest()
    qtbot.addWidget(dialog)
    dialog.k_spin.setValue(2)
    with qtbot.waitSignal(dialog.sig_suggested, timeout=60_000) as sugg:
        dialog.run_button.click()
    sites = sugg.args[0]
    assert len(sites) == 2 and dialog.table.rowCount() == 2
    gains = dialog.suggestion.gains
    assert gains[0] >= gains[1] > 0
    sites_js = (
        "window.accessmap && window.accessmap.state.sites ? "
        "window.accessmap.state.sites.getLayers().length : -1"
    )
    qtbot.waitUntil(lambda: js(qtbot, window, sites_js) == 2)
    before = c.result.summary["poor_population_beyond_threshold"]
    dialog.table.selectRow(0)
    dialog.accept_button.click()
    after = wait_result(qtbot, window, lambda r: len(r.centres) == 78)
    # the first site brings exactly its gain of poor residents within the threshold
    assert before - after.summary["poor_population_beyond_threshold"] == pytest.approx(gains[0])
    dialog.close()


def test_compare_and_timeline(qtbot, window):
    c = window.controller
    ops = window.scenario_ops
    first_id = str(c.scenario.centres()["centre_id"].iloc[0])
    from accessmap.core.commands import EditCentre

    ops.push(EditCentre(centre_id=first_id, changes={"year_open": 2030}))
    wait_result(qtbot, window, lambda r: c.current == "Scenario 1")
    panel = window.scenario_docks.scenario_panel
    with qtbot.waitSignal(panel.sig_compared, timeout=60_000) as cmp:
        panel.compare_button.click()
    table = cmp.args[0]
    assert list(table.index) == ["baseline", "Scenario 1"]
    assert table.loc["baseline", "delta_gap_population"] == 0
    assert panel.table.columnCount() == 2
    timeline = window.scenario_docks.timeline_panel
    assert list(timeline.table["year"])[:1] and 2030 in set(timeline.table["year"])
    assert not timeline.note.isVisible()
    timeline.year_check.setChecked(True)
    timeline.slider.setValue(2029)
    r = wait_result(qtbot, window, lambda r: r.settings.year == 2029)
    assert first_id not in set(r.centres["centre_id"]) and len(r.centres) == 76
    timeline.year_check.setChecked(False)
    wait_result(qtbot, window, lambda r: r.settings.year is None and len(r.centres) == 77)


def test_project_save_open_autosave_recovery_and_close(qtbot, window, tmp_path):
    c = window.controller
    ops = window.scenario_ops
    window.scenario_ops.add_centre_at(149_000.0, 170_500.0, name="Maison médicale test")
    wait_result(qtbot, window, lambda r: len(r.centres) == 78)
    path = window.project_ops.save_to(tmp_path / "study.accessmap")
    assert path.is_file() and not window.isWindowModified() and not ops.modified
    # an edit after saving: autosave written beside the project
    window.analysis_panel.threshold_spin.setValue(1000)
    wait_result(qtbot, window, lambda r: r.settings.threshold_m == 1000)
    assert window.isWindowModified()
    auto = window.project_ops.autosave()
    assert auto == tmp_path / "study.accessmap.autosave" and auto.is_file()
    # closing with unsaved changes asks; "cancel" keeps the window open
    asked = []
    window.project_ops.asker = lambda kind, text: asked.append(kind) or "cancel"
    assert not window.close()
    assert asked == ["unsaved"] and window.isVisible()
    # a second window opens the project; the newer autosave is offered and recovered
    other = make_window(qtbot, tmp_path / "other.ini")
    answers = []
    other.project_ops.asker = lambda kind, text: answers.append(kind) or "yes"
    with qtbot.waitSignal(other.controller.sig_result_changed, timeout=30_000) as res:
        assert other.project_ops.open(path)
    assert answers == ["recover"]
    assert other.controller.current == "Scenario 1"
    assert res.args[0].settings.threshold_m == 1000
    assert "Maison médicale test" in set(res.args[0].centres["name"])
    # without the autosave, the saved state itself comes back (fewer live web pages first)
    other.project_ops.asker = lambda kind, text: "discard"
    other.project_ops.autosave_timer.stop()
    other.close()
    (tmp_path / "study.accessmap.autosave").unlink(missing_ok=True)
    third = make_window(qtbot, tmp_path / "third.ini")
    with qtbot.waitSignal(third.controller.sig_result_changed, timeout=30_000) as res:
        assert third.project_ops.open(path)
    assert res.args[0].settings.threshold_m == 800 and len(res.args[0].centres) == 78
    assert not third.isWindowModified()
    # a corrupt project file gives a message, never a crash, and keeps what is loaded
    bad = tmp_path / "bad.accessmap"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    before = third.controller.result
    with qtbot.waitSignal(third.controller.sig_error, timeout=5_000) as err:
        assert not third.project_ops.open(bad)
    assert err.args[0].message and third.controller.result is before
    for d in third.findChildren(ErrorDialog):
        d.close()
    window.project_ops.asker = lambda kind, text: "discard"
    assert c is window.controller


def test_unsaved_session_is_offered_for_recovery_after_a_crash(qtbot, tmp_path):
    ini = tmp_path / "crash.ini"
    first = make_window(qtbot, ini)
    with qtbot.waitSignal(first.map_view.sig_map_ready, timeout=60_000):
        first.controller.load_sample()
    first.scenario_ops.add_centre_at(149_000.0, 170_500.0, name="Unsaved centre")
    wait_result(qtbot, first, lambda r: len(r.centres) == 78)
    auto = first.project_ops.autosave()  # what the timer writes a few seconds after an edit
    assert auto == tmp_path / "untitled.accessmap.autosave" and auto.is_file()
    # the process "dies" here (no close, no save); a new session finds the autosave
    second = make_window(qtbot, ini)
    asked = []
    second.project_ops.asker = lambda kind, text: asked.append(kind) or "yes"
    with qtbot.waitSignal(second.controller.sig_result_changed, timeout=30_000) as res:
        assert second.project_ops.offer_untitled_recovery()
    assert asked == ["recover"]
    assert "Unsaved centre" in set(res.args[0].centres["name"])
    assert second.isWindowModified()  # recovered work is not saved yet
    second.project_ops.asker = lambda kind, text: "discard"
    first.project_ops.asker = lambda kind, text: "discard"


def test_error_dialog_shows_file_derived_text_as_plain_text(qtbot):
    """A sector id from a file that looks like HTML shows as those characters (issue 9 item
    11): no live link, no image fetched from the id."""
    from PySide6.QtWidgets import QLabel

    from accessmap.core.errors import AccessmapError

    hostile = '21001A00-<a href="https://example.org">click</a><img src="file:///etc/x.png">'
    dialog = ErrorDialog(AccessmapError(f"Sector {hostile} has no population.", "row 3"))
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [lb for lb in dialog.findChildren(QLabel) if hostile in lb.text()]
    assert shown, "the message is on screen"
    assert all(lb.textFormat() == Qt.TextFormat.PlainText for lb in shown)
    assert dialog.textFormat() == Qt.TextFormat.PlainText
    informative = [lb for lb in dialog.findChildren(QLabel) if "Nothing you loaded" in lb.text()]
    assert informative and informative[0].textFormat() == Qt.TextFormat.PlainText
    dialog.close()


def test_first_autosave_creates_the_settings_folder(qtbot, tmp_path):
    """On a first run the settings folder does not exist yet: autosave creates it (issue 9
    item 10) instead of failing with "No such file or directory ... free some space"."""
    folder = tmp_path / "fresh-home" / ".config" / "accessmap"
    window = make_window(qtbot, folder / "accessmap.ini")
    assert not folder.exists()
    with qtbot.waitSignal(window.map_view.sig_map_ready, timeout=60_000):
        window.controller.load_sample()
    window.scenario_ops.add_centre_at(149_000.0, 170_500.0, name="First-run centre")
    wait_result(qtbot, window, lambda r: len(r.centres) == 78)
    auto = window.project_ops.autosave()
    assert auto == folder / "untitled.accessmap.autosave" and auto.is_file()
    assert window.project_ops.last_autosave_error == ""
    # a folder that cannot exist (its parent is a file): advice that fits, not "free space"
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    window.project_ops.path = blocker / "study.accessmap"
    assert window.project_ops.autosave() is None
    said = window.project_ops.last_autosave_error
    assert "Autosave failed" in said and "does not exist" in said
    assert "space" not in said
    assert window.statusBar().currentMessage() == said
    window.project_ops.path = None
    window.project_ops.asker = lambda kind, text: "discard"


def test_autosave_advice_fits_the_error():
    import errno

    from accessmap.core.errors import ProjectFileError
    from accessmap.gui.panels.project_ops import autosave_advice

    def failed(no: int) -> ProjectFileError:
        err = ProjectFileError("The project could not be saved")
        err.__cause__ = OSError(no, "x")
        return err

    assert "free some space" in autosave_advice(failed(errno.ENOSPC))
    assert "may not write there" in autosave_advice(failed(errno.EACCES))
    assert "may not write there" in autosave_advice(failed(errno.EROFS))
    assert "does not exist" in autosave_advice(failed(errno.ENOENT))
    assert autosave_advice(ValueError("not a file problem")) == ""


def test_sample_files_opened_by_hand_keep_their_attribution(qtbot, tmp_path, sample_dir):
    """File > Open of the sample's own files (issue 9 item 14): the Statbel and OpenStreetMap
    lines travel with the layers to the result and the map, not bare file names."""
    window = make_window(qtbot, tmp_path / "s.ini")
    sectors, centres = sample_dir / "brussels_sectors.gpkg", sample_dir / "health_centres.gpkg"
    with qtbot.waitSignal(window.map_view.sig_map_ready, timeout=60_000):
        window.files.open_paths([str(sectors), str(centres)])
    qtbot.waitUntil(lambda: window.controller.result is not None, timeout=30_000)
    got = {s.role: s.attribution for s in window.controller.result.sources}
    assert "Statbel" in got["sectors"] and "brussels_sectors.gpkg" not in got["sectors"]
    assert got["centres"] == "© OpenStreetMap contributors (ODbL 1.0)"
    line = js(qtbot, window, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "Statbel" in line and "OpenStreetMap contributors" in line
    assert window.errors == []
