"""Act as a person on the real :class:`~accessmap.gui.main_window.MainWindow`.

Everything here goes through what a person can reach: real mouse events at pixel positions on
the web view (found with the page's own geometry: Leaflet ``latLngToContainerPoint``, the
sector layer's own polygon test, then ``document.elementFromPoint`` to confirm that the map
canvas, not a popup, the legend or a zoom button, lies under the pointer), menus opened from
the menu bar as menus, shortcuts as key events, non-native file dialogs answered through their
widgets from a timer, and screenshots of the steps. No ``map.fire(...)``, no slot calls.

Typical use (see ``tests/journeys/test_student.py``)::

    settle_map(window, qtbot)
    p = sector_pixel(window, qtbot, "21004A01-")
    click_map(window, qtbot, p)
    trigger_menu(window, qtbot, "Scenario", "Compare scenarios")
    press_keys(window, qtbot, "Ctrl+Z")
    answer = answer_file_dialog(qtbot, path)   # before the action that opens the dialog
    trigger_menu(window, qtbot, "File", "Import table or points...")
    qtbot.waitUntil(lambda: answer.done)
    shot(window, "01-added")
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QWidget,
)

__all__ = [
    "FileDialogAnswer",
    "answer_file_dialog",
    "click_map",
    "drag_map",
    "js",
    "latlng_pixel",
    "map_widget",
    "pixel_latlng",
    "press_keys",
    "sector_pixel",
    "sector_point",
    "sector_under",
    "settle_map",
    "shot",
    "to_widget",
    "trigger_menu",
]

Left = Qt.MouseButton.LeftButton

# ---- the page ---------------------------------------------------------------------------------


def js(window, qtbot, script: str, timeout: int = 10_000) -> Any:
    """Run the expression ``script`` on the map page and return its value (JSON is decoded
    when the script returns ``JSON.stringify(...)``)."""
    out: list = []
    window.map_view.run_js(script, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=timeout)
    value = out[0]
    if isinstance(value, str) and value[:1] in ("[", "{"):
        return json.loads(value)
    return value


def map_widget(window) -> QWidget:
    """The widget that receives the map's input events: the web view's focus proxy (the
    render widget Chromium draws into), followed down from ``window.map_view``."""
    w = window.map_view
    while w.focusProxy() is not None and w.focusProxy() is not w:
        w = w.focusProxy()
    return w


_STATE_JS = """(function () {
  var m = window.accessmap && window.accessmap.map;
  if (!m || !window.accessmap.state.readySent) { return ""; }
  var c = m.getCenter(), s = m.getSize();
  var busy = !!(m._animatingZoom || (m._panAnim && m._panAnim._inProgress));
  return JSON.stringify([c.lat, c.lng, m.getZoom(), s.x, s.y, busy]);
})()"""


def settle_map(window, qtbot, timeout: int = 30_000) -> None:
    """Wait until the map has drawn and stopped moving (same view twice in a row, no
    animation): the page refits the data while the window is laid out."""
    qtbot.waitUntil(lambda: window.map_view.is_ready, timeout=timeout)
    last: list = [None]

    def still() -> bool:
        state = js(window, qtbot, _STATE_JS)
        if not state or state[-1] or state[3] == 0:
            last[0] = None
            return False
        same = state == last[0]
        last[0] = state
        return same

    qtbot.waitUntil(still, timeout=timeout)


#: Finds a pixel of the sector (%s: JSON id) where a click reaches that sector: inside its
#: polygon by the layer's own hit test, on the map canvas by document.elementFromPoint (not
#: under a control, the legend or a popup), not on a centre marker. Candidates: a grid over
#: the part of the sector in view, best-first by distance from the sector's pixel edges.
_SECTOR_PIXEL_JS = """(function (id) {
  var s = window.accessmap.state, map = s.map, layer = window.accessmap.layerFor(id);
  if (!layer) { return JSON.stringify({error: "no sector " + id}); }
  var box = map.getContainer().getBoundingClientRect(), size = map.getSize();
  var b = layer.getBounds();
  var p1 = map.latLngToContainerPoint(b.getNorthWest()), p2 = map.latLngToContainerPoint(b.getSouthEast());
  var x0 = Math.max(4, Math.min(p1.x, p2.x)), x1 = Math.min(size.x - 4, Math.max(p1.x, p2.x));
  var y0 = Math.max(4, Math.min(p1.y, p2.y)), y1 = Math.min(size.y - 4, Math.max(p1.y, p2.y));
  if (x1 <= x0 || y1 <= y0) { return JSON.stringify({error: "sector " + id + " is not in view"}); }
  var canvas = s.renderer._container, best = null, n = 24;
  function onCentre(pt) {
    var hit = false;
    if (s.centres && map.hasLayer(s.centres)) {
      s.centres.eachLayer(function (m) {
        if (map.latLngToContainerPoint(m.getLatLng()).distanceTo(pt) < (m._radius || 8) + 6) { hit = true; }
      });
    }
    return hit;
  }
  function inside(pt) {
    return layer._containsPoint(map.containerPointToLayerPoint(pt));
  }
  for (var i = 0; i <= n; i++) {
    for (var j = 0; j <= n; j++) {
      var pt = L.point(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * j / n);
      if (!inside(pt) || onCentre(pt)) { continue; }
      var under = document.elementFromPoint(box.left + pt.x, box.top + pt.y);
      if (under !== canvas) { continue; }
      /* clearance: how far (px) the point is from leaving the sector, in 8 directions */
      var clear = 0;
      for (var r = 2; r < 60; r += 2) {
        var ok = [[1,0],[-1,0],[0,1],[0,-1],[0.7,0.7],[-0.7,0.7],[0.7,-0.7],[-0.7,-0.7]].every(function (d) {
          return inside(pt.add([d[0] * r, d[1] * r]));
        });
        if (!ok) { break; }
        clear = r;
      }
      if (!best || clear > best.clear) { best = {x: pt.x, y: pt.y, clear: clear}; }
    }
  }
  if (!best) { return JSON.stringify({error: "no free pixel of sector " + id + " in view"}); }
  var ll = map.containerPointToLatLng([best.x, best.y]);
  return JSON.stringify({x: box.left + best.x, y: box.top + best.y, lat: ll.lat, lon: ll.lng,
                         clear: best.clear});
})(%s)"""

_LATLNG_PIXEL_JS = """(function (lat, lon) {
  var map = window.accessmap.map, box = map.getContainer().getBoundingClientRect();
  var p = map.latLngToContainerPoint([lat, lon]);
  var under = document.elementFromPoint(box.left + p.x, box.top + p.y);
  return JSON.stringify({x: box.left + p.x, y: box.top + p.y,
    under: under ? (under.className && under.className.baseVal !== undefined
      ? under.className.baseVal : String(under.className || under.tagName)) : "",
    canvas: under === window.accessmap.state.renderer._container});
})(%r, %r)"""


def pixel_latlng(window, qtbot, point: QPoint) -> tuple[float, float]:
    """(lat, lon), WGS84, of ``point`` of the map widget, as the page converts it."""
    zoom = window.map_view.page().zoomFactor()
    script = (
        "(function (x, y) { var m = window.accessmap.map, b = m.getContainer()"
        ".getBoundingClientRect(); var ll = m.containerPointToLatLng([x - b.left, y - b.top]);"
        " return JSON.stringify([ll.lat, ll.lng]); })(%r, %r)"
    )
    lat, lon = js(window, qtbot, script % (point.x() / zoom, point.y() / zoom))
    return lat, lon


def to_widget(window, css_x: float, css_y: float) -> QPoint:
    """The map widget pixel of a page (CSS) pixel (the page may be zoomed)."""
    return _to_widget(window, css_x, css_y)


def _to_widget(window, css_x: float, css_y: float) -> QPoint:
    zoom = window.map_view.page().zoomFactor()  # CSS pixels -> widget pixels
    return QPoint(round(css_x * zoom), round(css_y * zoom))


def sector_pixel(window, qtbot, sector_id: str) -> QPoint:
    """A pixel of the map widget (:func:`map_widget`) where a click lands inside sector
    ``sector_id`` (confirmed with the page's geometry; see ``_SECTOR_PIXEL_JS``). For the
    point's lat/lon too, use :func:`sector_point`."""
    return sector_point(window, qtbot, sector_id)[0]


def sector_point(window, qtbot, sector_id: str) -> tuple[QPoint, tuple[float, float]]:
    """(widget pixel, (lat, lon)) of a free interior point of sector ``sector_id``."""
    found = js(window, qtbot, _SECTOR_PIXEL_JS % json.dumps(str(sector_id)))
    if "error" in found:
        raise AssertionError(found["error"])
    return _to_widget(window, found["x"], found["y"]), (found["lat"], found["lon"])


_SECTOR_UNDER_JS = """(function (x, y) {
  var s = window.accessmap.state, map = s.map, box = map.getContainer().getBoundingClientRect();
  var lp = map.containerPointToLayerPoint([x - box.left, y - box.top]), found = null;
  s.layers.forEach(function (l, i) {
    if (l && found === null && l._containsPoint(lp)) { found = s.values.ids[i]; }
  });
  return found === null ? "" : found;
})(%r, %r)"""


def sector_under(window, qtbot, point: QPoint | None = None) -> str:
    """The id of the sector drawn at ``point`` of the map widget (default: the middle of the
    map), by the page's own polygon test; "" when there is none."""
    if point is None:
        size = map_widget(window).size()
        point = QPoint(size.width() // 2, size.height() // 2)
    zoom = window.map_view.page().zoomFactor()
    return js(window, qtbot, _SECTOR_UNDER_JS % (point.x() / zoom, point.y() / zoom))


def latlng_pixel(window, qtbot, lat: float, lon: float, *, on_canvas: bool = True) -> QPoint:
    """The widget pixel of (lat, lon), WGS84; with ``on_canvas`` it must be on the map canvas
    (not under the legend, a zoom button or a popup): AssertionError otherwise."""
    found = js(window, qtbot, _LATLNG_PIXEL_JS % (float(lat), float(lon)))
    if on_canvas and not found["canvas"]:
        raise AssertionError(f"({lat}, {lon}) is under {found['under']!r}, not the map canvas")
    return _to_widget(window, found["x"], found["y"])


# ---- mouse and keys ---------------------------------------------------------------------------


def _send_mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button, buttons) -> None:
    local = QPointF(pos)
    glob = QPointF(widget.mapToGlobal(pos))
    ev = QMouseEvent(kind, local, glob, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, ev)


def _move(widget: QWidget, pos: QPoint, buttons) -> None:
    _send_mouse(widget, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, buttons)


def click_map(window, qtbot, point: QPoint, button: Qt.MouseButton = Left) -> None:
    """Move the mouse to ``point`` of the map widget and click there (press + release)."""
    w = map_widget(window)
    _move(w, point, Qt.MouseButton.NoButton)
    QTest.mousePress(w, button, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(w, button, Qt.KeyboardModifier.NoModifier, point, 30)
    QApplication.processEvents()


def drag_map(window, qtbot, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """Press the left button at ``start``, move in ``steps`` to ``end``, release there."""
    w = map_widget(window)
    _move(w, start, Qt.MouseButton.NoButton)
    QTest.mousePress(w, Left, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.qWait(15)  # the page coalesces moves per frame; a person's hand takes time too
        _move(w, p, Left)
    QTest.mouseRelease(w, Left, Qt.KeyboardModifier.NoModifier, end, 30)
    QApplication.processEvents()


def press_keys(window, qtbot, keys: str, widget: QWidget | None = None) -> None:
    """Type the shortcut ``keys`` (e.g. "Ctrl+Z", "Ctrl+Shift+A", "Escape") as key events to
    ``widget`` (default: the widget with the keyboard focus, else the window). The window is
    made active first (a closed dialog can leave none active; shortcuts need it)."""
    if QApplication.activeWindow() is not window.window():
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window(), timeout=5_000)
    target = widget or QApplication.focusWidget() or window
    seq = QKeySequence(keys)
    for i in range(seq.count()):
        combo = seq[i]
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
    QApplication.processEvents()


# ---- menus -------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """A menu text without its mnemonic and with "..." and "…" the same."""
    return re.sub(r"&(.)", r"\1", text).replace("…", "...").strip().casefold()


def _find_action(actions, text: str):
    want = _plain(text)
    for act in actions:
        if act.isVisible() and not act.isSeparator() and _plain(act.text()) == want:
            return act
    names = [act.text() for act in actions if not act.isSeparator()]
    raise AssertionError(f"no menu entry {text!r}; there are {names}")


def trigger_menu(window, qtbot, *path: str) -> None:
    """Open ``path[0]`` on the menu bar with a click at its place, then click each entry of
    ``path[1:]`` in the popup menus (submenus open by clicking them too). An entry that opens
    a modal dialog blocks here until it closes: schedule the answer (e.g.
    :func:`answer_file_dialog`) first."""
    bar = window.menuBar()
    act = _find_action(bar.actions(), path[0])
    QTest.mouseClick(bar, Left, Qt.KeyboardModifier.NoModifier, bar.actionGeometry(act).center())
    menu: QMenu = act.menu()
    qtbot.waitUntil(menu.isVisible, timeout=5_000)
    for i, text in enumerate(path[1:], start=1):
        entry = _find_action(menu.actions(), text)
        assert entry.isEnabled(), f"menu entry {text!r} is disabled"
        pos = menu.actionGeometry(entry).center()
        _move(menu, pos, Qt.MouseButton.NoButton)
        if entry.menu() is not None and i < len(path) - 1:
            QTest.mouseClick(menu, Left, Qt.KeyboardModifier.NoModifier, pos)
            menu = entry.menu()
            qtbot.waitUntil(menu.isVisible, timeout=5_000)
            continue
        QTest.mouseClick(menu, Left, Qt.KeyboardModifier.NoModifier, pos)
    QApplication.processEvents()


# ---- file dialogs ------------------------------------------------------------------------------


_TIMERS: list[QTimer] = []


@dataclass
class FileDialogAnswer:
    """What :func:`answer_file_dialog` did: ``done`` once it accepted a dialog."""

    paths: list[str]
    done: bool = False
    title: str = ""
    timer: QTimer | None = field(default=None, repr=False)


def answer_file_dialog(
    qtbot, path: str | Path | list, timeout_ms: int = 20_000
) -> FileDialogAnswer:
    """Answer the next non-native :class:`QFileDialog` that opens: type ``path`` (or several,
    quoted) into its file name box and press Enter, from a timer, as a person would.

    Native dialogs cannot be driven: the window's tests set
    ``Qt.ApplicationAttribute.AA_DontUseNativeDialogs`` (the ``journey_window`` fixture), which
    the static ``QFileDialog.get*`` calls honour."""
    paths = [str(p) for p in (path if isinstance(path, list) else [path])]
    answer = FileDialogAnswer(paths=paths)
    timer = QTimer()
    timer.setInterval(50)
    waited = [0]

    def poll() -> None:
        waited[0] += 50
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            timer.stop()
            answer.title = dialog.windowTitle()
            box = dialog.findChild(QLineEdit, "fileNameEdit")
            text = paths[0] if len(paths) == 1 else " ".join(f'"{p}"' for p in paths)
            if box is None:  # not the widget dialog: nothing a test can type into
                dialog.reject()
                return
            QTest.mouseClick(box, Left)
            box.selectAll()
            QTest.keyClicks(box, text)
            QTest.keyClick(box, Qt.Key.Key_Return)
            answer.done = dialog.result() == QDialog.DialogCode.Accepted or not dialog.isVisible()
        elif waited[0] > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    answer.timer = timer
    _TIMERS[:] = [t for t in _TIMERS if t.isActive()] + [timer]  # alive until it answered
    return answer


# ---- screenshots -------------------------------------------------------------------------------


def shot(window, name: str) -> Path:
    """Save a screenshot of the whole window as ``<name>.png`` in the test's folder
    (``window.journey_shot_dir``, set by the ``journey_window`` fixture), and also into
    ``$ACCESSMAP_KEEP_SHOTS`` when that is set. Returns the path in the test's folder."""
    QApplication.processEvents()
    folder = Path(getattr(window, "journey_shot_dir", None) or Path.cwd() / "journey_shots")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    if not window.grab().save(str(path), "PNG"):
        raise AssertionError(f"screenshot {path} could not be saved")
    keep = os.environ.get("ACCESSMAP_KEEP_SHOTS")
    if keep:
        target = Path(keep)
        target.mkdir(parents=True, exist_ok=True)
        prefix = getattr(window, "journey_name", "")
        shutil.copy2(path, target / (f"{prefix}-{name}.png" if prefix else f"{name}.png"))
    return path
