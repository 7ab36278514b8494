"""The map's scenario edit mode on the real sample with the real QtWebEngine (no mocks): real
mouse events dispatched on the page drag a centre (a MoveCentre edit, undoable) and open its
menu; the bridge refuses unknown ids and positions out of range; outside the mode a drag does
nothing.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")


from accessmap.gui.panels.scenario_ops import lonlat_to_lambert

pytestmark = pytest.mark.gui

#: Dispatches mousedown on the map canvas at centre %s, mousemove in two steps by (%d, %d) px
#: and mouseup; returns JSON [lat, lon] before and after, as the map converts those points.
DRAG = """(function () {
  var s = window.accessmap.state, map = s.map, m = s.centreById[%s];
  var p = map.latLngToContainerPoint(m.getLatLng()), r = map.getContainer().getBoundingClientRect();
  var canvas = s.renderer._container, dx = %d, dy = %d;
  function fire(type, target, x, y, buttons) {
    target.dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window,
      clientX: r.left + x, clientY: r.top + y, button: 0, buttons: buttons}));
  }
  var start = map.containerPointToLatLng(p), end = map.containerPointToLatLng(p.add([dx, dy]));
  fire("mousedown", canvas, p.x, p.y, 1);
  fire("mousemove", canvas, p.x + dx / 2, p.y + dy / 2, 1);
  fire("mousemove", canvas, p.x + dx, p.y + dy, 1);
  fire("mouseup", canvas, p.x + dx, p.y + dy, 0);
  return JSON.stringify([[start.lat, start.lng], [end.lat, end.lng]]);
})()"""

#: A right-click (contextmenu event) on centre %s; returns the page point clicked.
CONTEXT_MENU = """(function () {
  var s = window.accessmap.state, map = s.map, m = s.centreById[%s];
  var p = map.latLngToContainerPoint(m.getLatLng()), r = map.getContainer().getBoundingClientRect();
  s.renderer._container.dispatchEvent(new MouseEvent("contextmenu", {bubbles: true,
    cancelable: true, view: window, clientX: r.left + p.x, clientY: r.top + p.y, button: 2}));
  return JSON.stringify([r.left + p.x, r.top + p.y]);
})()"""


#: True once centre %s is drawn where the map projects it (the map fits the data to the view
#: as the window is laid out, then redraws; a user clicks where the marker is drawn).
SETTLED = """(function () {
  var s = window.accessmap.state, map = s.map, m = s.centreById[%s];
  return !!m && !!m._point && !map._animatingZoom
    && m._point.distanceTo(map.latLngToLayerPoint(m.getLatLng())) < 0.5;
})()"""


def js(qtbot, window, script, timeout=10_000):
    """Run ``script`` on the map page and return its value."""
    out = []
    window.map_view.run_js(script, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=timeout)
    return out[0]


def results_of(window) -> list:
    """Every result the controller swaps in from now on (listening before the edit starts:
    the sample recomputes faster than a page round trip)."""
    got: list = []
    window.controller.sig_result_changed.connect(got.append)
    return got


def wait_result(qtbot, results, predicate, timeout=30_000):
    """The first of ``results`` (see :func:`results_of`) satisfying ``predicate``, waited for;
    the ones before it and it are dropped from the list."""

    def first():
        for i, r in enumerate(results):
            if predicate(r):
                return i
        return None

    qtbot.waitUntil(lambda: first() is not None, timeout=timeout)
    i = first()
    found = results[i]
    del results[: i + 1]
    return found


def _position(result, cid):
    g = result.centres.set_index("centre_id").loc[cid].geometry
    return g.x, g.y


def _settle(qtbot, window, cid):
    qtbot.waitUntil(lambda: js(qtbot, window, SETTLED % json.dumps(cid)) is True, timeout=10_000)


def _enter_edit_mode(qtbot, window, cid):
    window.actions_["add_mode"].setChecked(True)
    assert window.map_view.edit_mode
    qtbot.waitUntil(lambda: js(qtbot, window, "window.accessmapEdit.enabled()") is True)
    _settle(qtbot, window, cid)


def test_drag_moves_a_centre_and_undo_restores_exact_position_and_figures(qtbot, window):
    c = window.controller
    before = c.result
    results = results_of(window)
    cid = str(before.centres["centre_id"].iloc[0])
    x0, y0 = _position(before, cid)
    _enter_edit_mode(qtbot, window, cid)
    script = f"JSON.stringify(window.accessmap.centreLatLng({json.dumps(cid)}))"
    marker = json.loads(js(qtbot, window, script))
    with qtbot.waitSignal(window.map_view.sig_centre_moved, timeout=10_000) as moved:
        (lat0, lon0), (lat1, lon1) = json.loads(
            js(qtbot, window, DRAG % (json.dumps(cid), 60, -40))
        )
    assert moved.args[0] == cid
    assert moved.args[1:] == [pytest.approx(lat1, abs=1e-9), pytest.approx(lon1, abs=1e-9)]
    after = wait_result(qtbot, results, lambda r: _position(r, cid) != (x0, y0))
    # exactly where it was dropped (Lambert 72 metres), and moved by what the drag covered on
    # screen: 60 px east, 40 px north (to within one pixel: the drag starts on a whole pixel)
    xs, ys = lonlat_to_lambert(lat0, lon0)
    xe, ye = lonlat_to_lambert(lat1, lon1)
    x1, y1 = _position(after, cid)
    assert (x1, y1) == (pytest.approx(xe, abs=0.01), pytest.approx(ye, abs=0.01))
    metres_per_px = (xe - xs) / 60
    assert x1 - x0 == pytest.approx(xe - xs, abs=metres_per_px)
    assert y1 - y0 == pytest.approx(ye - ys, abs=metres_per_px)
    assert abs(x1 - x0) > 50 and abs(y1 - y0) > 30  # east and north, well off the start
    assert c.current == "Scenario 1" and window.scenario_ops.stack().count() == 1
    assert len(after.centres) == len(before.centres)
    assert not after.sectors["dist_nearest_m"].equals(before.sectors["dist_nearest_m"])
    # the drop did not also add a centre (the click ending a drag stays on the marker)
    qtbot.wait(300)
    assert len(c.result.centres) == len(before.centres)
    # undo (Edit > Undo): exactly the previous position and figures, marker back in place
    window.actions_["undo"].trigger()
    undone = wait_result(qtbot, results, lambda r: _position(r, cid) == (x0, y0))
    assert dict(undone.summary) == dict(before.summary)
    assert undone.sectors["dist_nearest_m"].equals(before.sectors["dist_nearest_m"])
    qtbot.waitUntil(lambda: json.loads(js(qtbot, window, script)) == marker)
    assert window.map_view.js_errors == [] and window.map_view.blocked_requests == []


def test_context_menu_edits_and_removes_a_centre(qtbot, window):
    c = window.controller
    n = len(c.result.centres)
    results = results_of(window)
    cid = str(c.result.centres["centre_id"].iloc[1])
    docks = window.scenario_docks
    _enter_edit_mode(qtbot, window, cid)
    with qtbot.waitSignal(window.map_view.sig_centre_menu, timeout=10_000) as menu:
        js(qtbot, window, CONTEXT_MENU % json.dumps(cid))
    assert menu.args[0] == cid
    assert all(isinstance(v, int) for v in menu.args[1:])
    qtbot.waitUntil(docks.centre_menu.isVisible)
    assert docks.menu_centre_id == cid
    texts = [a.text() for a in docks.centre_menu.actions()]
    assert texts == ["Edit…", "Remove"]
    docks.centre_menu.hide()
    docks.menu_edit_action.trigger()  # Edit…: the centre selected in the Centres dock
    assert docks.centre_editor.selected_id() == cid
    docks.menu_remove_action.trigger()  # Remove: an undoable RemoveCentre
    removed = wait_result(qtbot, results, lambda r: cid not in set(r.centres["centre_id"]))
    assert len(removed.centres) == n - 1
    window.scenario_ops.stack().undo()
    back = wait_result(qtbot, results, lambda r: cid in set(r.centres["centre_id"]))
    assert len(back.centres) == n
    assert window.map_view.js_errors == []


def test_bridge_refuses_bad_calls_and_drags_outside_edit_mode_do_nothing(qtbot, window):
    c = window.controller
    before = c.result
    cid = str(before.centres["centre_id"].iloc[0])
    bridge = window.map_view.bridge
    moved, menus = [], []
    window.map_view.sig_centre_moved.connect(lambda *a: moved.append(a))
    window.map_view.sig_centre_menu.connect(lambda *a: menus.append(a))
    # not in scenario mode: a drag pans at most, and moves nothing
    assert js(qtbot, window, "window.accessmapEdit.enabled()") is False
    _settle(qtbot, window, cid)
    start = json.loads(js(qtbot, window, f"JSON.stringify(window.accessmap.centreLatLng('{cid}'))"))
    js(qtbot, window, DRAG % (json.dumps(cid), 60, -40))
    js(qtbot, window, CONTEXT_MENU % json.dumps(cid))
    qtbot.wait(500)
    now = json.loads(js(qtbot, window, f"JSON.stringify(window.accessmap.centreLatLng('{cid}'))"))
    assert now == start and moved == [] and menus == []
    assert c.result is before and window.scenario_ops.stack().count() == 0
    # the page's bridge object itself: unknown ids and positions out of range are refused
    n = len(bridge.rejected)
    calls = [
        'b.centreMoved("no-such-centre", 50.85, 4.35)',
        f'b.centreMoved("{cid}", 95.0, 4.35)',
        f'b.centreMoved("{cid}", 50.85, 200.0)',
        'b.centreMenu("no-such-centre", 10, 10)',
        f'b.centreMenu("{cid}", -5, 10)',
    ]
    js(
        qtbot,
        window,
        "(function (b) {" + "; ".join(calls) + "; return 1;})(window.accessmap.state.bridge)",
    )
    qtbot.waitUntil(lambda: len(bridge.rejected) == n + 5)
    assert [r[0] for r in bridge.rejected[n:]] == ["centreMoved"] * 3 + ["centreMenu"] * 2
    qtbot.wait(200)
    assert moved == [] and menus == [] and c.result is before
    # the Python side refuses a move outside the edit mode too (and puts the marker back)
    assert window.scenario_docks.centre_dragged(cid, 50.85, 4.35) is False
    assert window.scenario_ops.stack().count() == 0
