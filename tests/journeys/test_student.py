"""The student's journey through the real window (issue 9): on the bundled Brussels sample, at
the default window size, with real mouse and key events only (see ``person.py``).

Adds a centre by clicking inside a sector (Scenario > Add centres by clicking), moves one with
the Centres dock's Move... and a click inside a sector, drags one (press, move, release on its
marker), undoes with Ctrl+Z, compares (Scenario > Compare scenarios) and edits again (the table
follows), opens a sector popup and closes it, suggests 3 sites and adds one, gives two
centres opening years and slides the timeline. Screenshots of each step go to the test's
folder (and to ``$ACCESSMAP_KEEP_SHOTS``).
"""

from __future__ import annotations

import math

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from shapely.geometry import Point

from accessmap.gui.panels.scenario_ops import lonlat_to_lambert
from tests.journeys import person

pytestmark = pytest.mark.gui

Left = Qt.MouseButton.LeftButton

#: Open popups and centre tooltips that are not where their marker is, on the page.
PAGE_STATE = """(function () {
  var s = window.accessmap.state, map = s.map, stuck = [];
  s.centres.eachLayer(function (m) {
    var tip = m.getTooltip();
    if (tip && m.isTooltipOpen()) {
      var d = map.latLngToContainerPoint(tip.getLatLng()).distanceTo(map.latLngToContainerPoint(m.getLatLng()));
      if (d > 3) { stuck.push(m._amCentre.id); }
    }
  });
  var tips = document.querySelectorAll(".leaflet-tooltip-pane .leaflet-tooltip").length;
  return JSON.stringify({popups: document.querySelectorAll(".leaflet-popup").length,
                         stuck: stuck, tooltips: tips});
})()"""

#: A centre marker alone in view (no other marker within 24 px, on the map canvas, away from
#: the edges): [id, x, y] in page pixels, or "".
LONE_CENTRE = """(function () {
  var s = window.accessmap.state, map = s.map, size = map.getSize(), best = null;
  var box = map.getContainer().getBoundingClientRect(), pts = [];
  s.centres.eachLayer(function (m) { pts.push([m, map.latLngToContainerPoint(m.getLatLng())]); });
  var mid = L.point(size.x / 2, size.y / 2);
  pts.forEach(function (a) {
    var p = a[1];
    if (p.x < 60 || p.y < 90 || p.x > size.x - 60 || p.y > size.y - 60) { return; }
    if (document.elementFromPoint(box.left + p.x, box.top + p.y) !== s.renderer._container) { return; }
    var alone = pts.every(function (b) { return b === a || b[1].distanceTo(p) > 24; });
    if (alone && (!best || p.distanceTo(mid) < best[1].distanceTo(mid))) { best = a; }
  });
  return best ? JSON.stringify([best[0]._amCentre.id, box.left + best[1].x, box.top + best[1].y]) : "";
})()"""


def centres_of(window):
    return window.controller.scenario.centres()


def centre_xy(window, centre_id: str) -> tuple[float, float]:
    c = centres_of(window)
    geom = c.loc[c["centre_id"].astype(str) == centre_id].geometry.iloc[0]
    return geom.x, geom.y


def sector_geom(window, sector_id: str):
    s = window.controller.result.sectors
    return s.loc[s["sector_id"].astype(str) == sector_id].geometry.iloc[0]


def page(window, qtbot) -> dict:
    return person.js(window, qtbot, PAGE_STATE)


def wait_centres(qtbot, window, n: int) -> None:
    """Until the scenario has ``n`` centres, the result follows and the map shows them."""
    qtbot.waitUntil(lambda: len(centres_of(window)) == n, timeout=30_000)
    qtbot.waitUntil(lambda: len(window.controller.result.centres) == n, timeout=60_000)
    qtbot.waitUntil(
        lambda: person.js(window, qtbot, "window.accessmap.centreCount()") == n, timeout=30_000
    )


def free_sector(window, qtbot, avoid=()) -> tuple[str, QPoint, tuple[float, float]]:
    """A sector near the middle of the map with a free pixel, not one of ``avoid``."""
    size = person.map_widget(window).size()
    for dx, dy in ((0, 0), (-60, -40), (60, 40), (-60, 50), (50, -60), (0, 80), (-90, 0)):
        pt = QPoint(size.width() // 2 + dx, size.height() // 2 + dy)
        sid = person.sector_under(window, qtbot, pt)
        if sid and sid not in avoid:
            try:
                p, ll = person.sector_point(window, qtbot, sid)
            except AssertionError:
                continue
            return sid, p, ll
    raise AssertionError("no free sector near the middle of the map")


def click_tab(window, qtbot, title: str) -> None:
    """Click the dock tab ``title`` (docks stacked as tabs: Analysis, Scenarios, Centres...)."""
    from PySide6.QtWidgets import QTabBar

    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabText(i).replace("&", "") == title and bar.isVisible():
                QTest.mouseClick(bar, Left, Qt.KeyboardModifier.NoModifier, bar.tabRect(i).center())
                qtbot.waitUntil(lambda b=bar, i=i: b.currentIndex() == i, timeout=5_000)
                return
    raise AssertionError(f"no dock tab {title!r}")


def click_row(qtbot, table, row: int, col: int = 0) -> None:
    item = table.item(row, col)
    table.scrollToItem(item)
    QTest.mouseClick(
        table.viewport(), Left, Qt.KeyboardModifier.NoModifier, table.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: table.currentRow() == row, timeout=5_000)


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, Left)


def test_student_journey(qtbot, journey_window):
    w = journey_window
    person.settle_map(w, qtbot)
    person.shot(w, "00-start")
    n0 = len(centres_of(w))

    # 1. Scenario > Add centres by clicking, then a click inside a sector adds a centre there
    person.trigger_menu(w, qtbot, "Scenario", "Add centres by clicking")
    assert w.scenario_ops.add_mode
    sid, p, (lat, lon) = free_sector(w, qtbot)
    person.click_map(w, qtbot, p)
    wait_centres(qtbot, w, n0 + 1)
    new = centres_of(w).iloc[-1]
    x, y = lonlat_to_lambert(lat, lon)
    assert new.geometry.distance(Point(x, y)) < 60  # where the click was (a pixel is ~35 m)
    assert sector_geom(w, sid).contains(new.geometry)
    assert page(w, qtbot)["popups"] == 0  # the sector's popup did not take the click
    person.shot(w, "01-added-inside-a-sector")

    # 2. Add mode off; Centres dock: select a centre, Move..., click inside another sector
    person.trigger_menu(w, qtbot, "Scenario", "Add centres by clicking")
    assert not w.scenario_ops.add_mode
    click_tab(w, qtbot, "Centres")
    editor = w.scenario_docks.centre_editor
    click_row(qtbot, editor.table, 0)
    moved_id = editor.selected_id()
    before = centre_xy(w, moved_id)
    click(qtbot, editor.move_button)
    sid2, p2, (_lat2, _lon2) = free_sector(w, qtbot, avoid=(sid,))
    person.click_map(w, qtbot, p2)
    qtbot.waitUntil(lambda: centre_xy(w, moved_id) != before, timeout=30_000)
    assert sector_geom(w, sid2).contains(Point(*centre_xy(w, moved_id)))
    assert page(w, qtbot)["popups"] == 0
    assert not w.map_view.place_mode  # one move, then clicks select sectors again
    person.shot(w, "02-moved-by-click")

    # 3. Drag a centre (add mode on: the map's edit mode), then Ctrl+Z puts it back
    person.trigger_menu(w, qtbot, "Scenario", "Add centres by clicking")
    person.settle_map(w, qtbot)
    wait_centres(qtbot, w, n0 + 1)
    found = person.js(w, qtbot, LONE_CENTRE)
    assert found, "no centre alone in view to drag"
    drag_id, cx, cy = found
    start_xy = centre_xy(w, drag_id)
    start = person.to_widget(w, cx, cy)
    end = start + QPoint(45, 30)
    drop = lonlat_to_lambert(*person.pixel_latlng(w, qtbot, end))
    person.drag_map(w, qtbot, start, end)
    qtbot.waitUntil(lambda: centre_xy(w, drag_id) != start_xy, timeout=30_000)
    assert math.dist(centre_xy(w, drag_id), drop) < 60  # where it was dropped
    person.shot(w, "03-dragged")
    person.press_keys(w, qtbot, "Ctrl+Z")
    qtbot.waitUntil(lambda: centre_xy(w, drag_id) == start_xy, timeout=30_000)
    qtbot.waitUntil(
        lambda: person.js(w, qtbot, f"window.accessmap.centreLatLng({drag_id!r}) + ''") != "",
        timeout=10_000,
    )
    state = page(w, qtbot)
    assert state["stuck"] == [], state  # the dragged centre's name does not stay behind
    person.shot(w, "04-undone")

    # 4. Compare; a later edit refreshes the comparison table
    person.trigger_menu(w, qtbot, "Scenario", "Compare scenarios")
    panel = w.scenario_docks.scenario_panel
    qtbot.waitUntil(lambda: panel.table_frame is not None, timeout=60_000)
    n_now = len(centres_of(w))
    current = w.controller.current

    def compared_centres() -> float:
        return float(panel.table_frame.loc[current, "centres"])

    assert compared_centres() == n_now
    state = page(w, qtbot)
    assert state["stuck"] == [], state
    person.shot(w, "05-compared")
    _sid3, p3, _ = free_sector(w, qtbot, avoid=(sid, sid2))
    person.click_map(w, qtbot, p3)  # add mode is still on: one more centre
    wait_centres(qtbot, w, n_now + 1)
    qtbot.waitUntil(lambda: compared_centres() == n_now + 1, timeout=60_000)
    person.shot(w, "06-compare-follows-the-edit")

    # 5. Add mode off; a sector's popup fits the map (clear of the zoom buttons, not under the
    #    legend, labels on one or two lines) and closing it leaves the map where it was
    person.trigger_menu(w, qtbot, "Scenario", "Add centres by clicking")
    person.settle_map(w, qtbot)
    view_before = person.js(w, qtbot, VIEW)
    _sid4, p4, _ = corner_sector(w, qtbot)
    person.click_map(w, qtbot, p4)
    qtbot.waitUntil(lambda: page(w, qtbot)["popups"] == 1, timeout=10_000)
    qtbot.waitUntil(lambda: person.js(w, qtbot, VIEW)[-1] is False, timeout=10_000)
    fit = person.js(w, qtbot, POPUP_FIT)
    person.shot(w, "07-sector-popup")
    assert fit["inMap"], fit  # rect vs map: see "rect"
    assert not fit["overZoom"], fit
    assert not fit["overLegend"], fit
    assert fit["maxLines"] <= 2, fit
    assert not fit["scrollX"], fit  # values not cut off at the side
    close = person.to_widget(w, *fit["close"])
    person.click_map(w, qtbot, close)
    qtbot.waitUntil(lambda: page(w, qtbot)["popups"] == 0, timeout=10_000)
    person.settle_map(w, qtbot)
    view_after = person.js(w, qtbot, VIEW)
    assert view_after[:3] == pytest.approx(view_before[:3], abs=1e-6), (view_before, view_after)
    person.shot(w, "08-popup-closed")

    # 6. Scenario > Suggest sites...: 3 sites, add the first one as a centre
    n_now = len(centres_of(w))
    person.trigger_menu(w, qtbot, "Scenario", "Suggest sites...")
    dialog = w.scenario_docks.suggest_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert dialog.k_spin.value() == 3
    assert dialog.layers is not None  # scored with the analysis's own layers
    click(qtbot, dialog.run_button)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=60_000)
    qtbot.waitUntil(
        lambda: person.js(w, qtbot, "window.accessmap.state.sites.getLayers().length") == 3,
        timeout=10_000,
    )
    person.shot(w, "09-suggested")
    click_row(qtbot, dialog.table, 0)
    click(qtbot, dialog.accept_button)
    wait_centres(qtbot, w, n_now + 1)
    x0, y0, _ = dialog.sites[0]
    assert centres_of(w).geometry.iloc[-1].distance(Point(x0, y0)) < 1
    click(qtbot, dialog.close_button)
    person.shot(w, "10-site-added")

    # 7. Timeline: two centres get opening years in the Centres dock, then the slider moves
    click_tab(w, qtbot, "Centres")
    for row, year in ((1, 2012), (2, 2019)):
        click_row(qtbot, editor.table, row)
        type_into(qtbot, editor.open_spin, str(year))
        click(qtbot, editor.apply_button)
        cid = editor.table.item(row, 0).text()
        qtbot.waitUntil(lambda c=cid, y=year: opened(w, c) == y, timeout=30_000)
    timeline = w.scenario_docks.timeline_panel
    click_tab(w, qtbot, "Timeline")
    qtbot.waitUntil(lambda: len(timeline.table) > 1, timeout=30_000)
    labels = axis_labels(timeline.plot.getAxis("bottom"))
    assert labels and all(t.isdigit() for t in labels), labels  # whole years, no 2017.5
    click(qtbot, timeline.year_check)
    assert timeline.slider.isEnabled()
    results = []
    w.controller.sig_result_changed.connect(results.append)
    timeline.slider.setFocus()
    first = timeline.slider.minimum()
    person.press_keys(w, qtbot, "End", widget=timeline.slider)
    person.press_keys(w, qtbot, "Home", widget=timeline.slider)
    qtbot.waitUntil(lambda: timeline.year() == first, timeout=5_000)
    qtbot.waitUntil(lambda: any(r.settings.year == first for r in results), timeout=60_000)
    assert timeline.year_label.text() == str(first)
    person.shot(w, "11-timeline-first-year")

    # 8. Threshold in minutes without a network: the map says it is straight-line distance
    click_tab(w, qtbot, "Analysis")
    combo = w.analysis_panel.unit_combo
    combo.setFocus()
    index = combo.findData("min")
    person.press_keys(w, qtbot, "Down" if index > combo.currentIndex() else "Up", widget=combo)
    assert combo.currentData() == "min"
    if not _minutes(w):  # the setting may wait for Run analysis
        click(qtbot, w.analysis_panel.run_button)
    qtbot.waitUntil(lambda: _minutes(w), timeout=60_000)
    qtbot.waitUntil(lambda: "Straight-line" in legend_note(w, qtbot), timeout=30_000)
    person.shot(w, "12-minutes-as-straight-lines")


def _minutes(window) -> bool:
    r = window.controller.result
    return r is not None and r.settings.threshold_min is not None


def legend_note(window, qtbot) -> str:
    return person.js(
        window,
        qtbot,
        "(function () { var n = document.querySelector('.am-legend-note');"
        " return n && n.offsetParent !== null ? n.textContent : ''; })()",
    )


def opened(window, centre_id: str):
    c = centres_of(window)
    v = c.loc[c["centre_id"].astype(str) == centre_id, "year_open"].iloc[0]
    return None if v is None or v != v else int(v)


def type_into(qtbot, spin, text: str) -> None:
    """Select the spin box's text by clicking into it and typing over it."""
    edit = spin.lineEdit()
    QTest.mouseClick(edit, Left)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Tab)


def axis_labels(axis) -> list[str]:
    """The tick labels pyqtgraph draws on ``axis`` (its own draw specs)."""
    from PySide6.QtGui import QImage, QPainter

    img = QImage(max(axis.width(), 10), max(axis.height(), 10), QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [t[2] for t in specs[2]]


#: The map's centre (lat, lon), zoom and whether it is moving.
VIEW = """(function () { var m = window.accessmap.map, c = m.getCenter();
  return JSON.stringify([c.lat, c.lng, m.getZoom(),
    !!(m._animatingZoom || (m._panAnim && m._panAnim._inProgress))]); })()"""

#: Where the open popup is against the map, the zoom buttons and the legend; how many lines
#: its longest label takes; its close button (page pixels).
POPUP_FIT = """(function () {
  var pop = document.querySelector(".leaflet-popup"), map = window.accessmap.map;
  var r = pop.getBoundingClientRect(), m = map.getContainer().getBoundingClientRect();
  function over(sel) {
    var n = document.querySelector(sel);
    if (!n || n.offsetParent === null) { return false; }
    var b = n.getBoundingClientRect();
    return !(b.right <= r.left || b.left >= r.right || b.bottom <= r.top || b.top >= r.bottom);
  }
  var lines = 0;
  pop.querySelectorAll(".am-tip-table th").forEach(function (th) {
    var range = document.createRange(); range.selectNodeContents(th);
    var tops = {};
    Array.prototype.forEach.call(range.getClientRects(), function (q) { tops[Math.round(q.top)] = 1; });
    lines = Math.max(lines, Object.keys(tops).length);
  });
  var x = pop.querySelector(".leaflet-popup-close-button").getBoundingClientRect();
  return JSON.stringify({inMap: r.left >= m.left && r.right <= m.right && r.top >= m.top
      && r.bottom <= m.bottom, overZoom: over(".leaflet-control-zoom"),
    overLegend: over(".am-legend"), maxLines: lines, rect: [r.left, r.top, r.right, r.bottom],
    map: [m.left, m.top, m.right, m.bottom], scrollX: pop.querySelector(".leaflet-popup-content")
      .scrollWidth > pop.querySelector(".leaflet-popup-content").clientWidth + 1,
    close: [x.left + x.width / 2, x.top + x.height / 2]});
})()"""


def corner_sector(window, qtbot):
    """A sector near the top left of the map (a popup there must pan clear of the zoom
    buttons) with a free pixel."""
    for dx, dy in ((70, 110), (90, 130), (110, 100), (70, 160), (130, 140), (150, 180)):
        sid = person.sector_under(window, qtbot, QPoint(dx, dy))
        if sid:
            try:
                p, ll = person.sector_point(window, qtbot, sid)
            except AssertionError:
                continue
            return sid, p, ll
    return free_sector(window, qtbot)
