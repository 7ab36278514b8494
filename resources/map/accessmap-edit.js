/* accessmap scenario edit mode on the map: drag a centre to move it, right-click it for a menu.
 *
 * Loaded after accessmap.js; works on window.accessmap.state. Off by default: MapView turns it
 * on with window.accessmapEdit.setEnabled(true) while "Add centres by clicking" is checked.
 * Centres are canvas ShapeMarkers (Leaflet circle markers, not draggable), so a drag is done by
 * hand: mousedown on a centre stops the map from panning, the marker follows the mouse, and on
 * mouseup the bridge is told centreMoved(id, lat, lon). A right-click calls
 * centreMenu(id, x, y) with the page (viewport) position in CSS pixels. Python answers with a
 * new centre layer (or puts the marker back when the move is refused).
 */
(function () {
  "use strict";

  var edit = { on: false, drag: null, hooked: null };

  function st() { return window.accessmap ? window.accessmap.state : null; }

  function centreOf(e) {
    var m = e.propagatedFrom || e.layer;
    return m && m._amCentre ? m : null;
  }

  /* listen on the centre group (kept across centre updates; a new page has a new one) */
  function hook() {
    var s = st();
    if (!s || !s.centres || edit.hooked === s.centres) { return !!(s && s.centres); }
    edit.hooked = s.centres;
    s.centres.on("mousedown", onDown);
    s.centres.on("click", onClick);
    s.centres.on("contextmenu", onMenu);
    return true;
  }

  function onDown(e) {
    var m = centreOf(e), oe = e.originalEvent, s = st();
    if (!edit.on || !m || edit.drag || (oe && oe.button !== 0)) { return; }
    L.DomEvent.stopPropagation(e);  /* not to the map (Leaflet event) */
    if (oe) { L.DomEvent.stop(oe); }  /* nor to the map's pan handler (DOM event) */
    s.userMoved = true;
    s.map.dragging.disable();
    m.closeTooltip();
    edit.drag = { marker: m, id: m._amCentre.id, start: m.getLatLng(), moved: false };
    L.DomEvent.on(document, "mousemove", onMove);
    L.DomEvent.on(document, "mouseup", onUp);
  }

  function onMove(ev) {
    var d = edit.drag;
    if (!d) { return; }
    d.marker.closeTooltip();  /* the pointer over the moving marker opens it: not while dragging */
    d.marker.setLatLng(st().map.mouseEventToLatLng(ev));
    d.moved = true;
  }

  function onUp(ev) {
    var d = edit.drag, s = st();
    L.DomEvent.off(document, "mousemove", onMove);
    L.DomEvent.off(document, "mouseup", onUp);
    edit.drag = null;
    s.map.dragging.enable();
    if (!d) { return; }
    d.marker.closeTooltip();
    var ll = s.map.mouseEventToLatLng(ev);
    var from = s.map.latLngToContainerPoint(d.start), to = s.map.latLngToContainerPoint(ll);
    if (!d.moved || from.distanceTo(to) < 1 || !s.bridge) {
      d.marker.setLatLng(d.start);  /* a plain click, or no Python to tell */
      return;
    }
    d.marker.setLatLng(ll);
    s.bridge.centreMoved(String(d.id), ll.lat, ll.lng);
  }

  function cancelDrag() {
    var d = edit.drag;
    L.DomEvent.off(document, "mousemove", onMove);
    L.DomEvent.off(document, "mouseup", onUp);
    edit.drag = null;
    st().map.dragging.enable();
    d.marker.setLatLng(d.start);
  }

  /* a click on a centre (also the one that ends a drag) must not add a centre beneath it */
  function onClick(e) {
    if (edit.on && centreOf(e)) { L.DomEvent.stopPropagation(e); }
  }

  function onMenu(e) {
    var m = centreOf(e), oe = e.originalEvent, s = st();
    if (!edit.on || !m) { return; }
    L.DomEvent.stopPropagation(e);
    if (oe) { L.DomEvent.preventDefault(oe); }
    if (s.bridge && oe) { s.bridge.centreMenu(String(m._amCentre.id), oe.clientX, oe.clientY); }
  }

  /* Turn the edit mode on or off; returns whether it is on (false when there is no map yet). */
  function setEnabled(on) {
    edit.on = !!on && hook();
    var s = st();
    if (!edit.on && edit.drag) { cancelDrag(); }
    if (s && s.map) {
      var box = s.map.getContainer();
      if (edit.on) { L.DomUtil.addClass(box, "am-edit"); } else { L.DomUtil.removeClass(box, "am-edit"); }
    }
    return edit.on;
  }

  window.accessmapEdit = {
    setEnabled: setEnabled,
    enabled: function () { return edit.on; },
    dragging: function () { return !!edit.drag; }
  };
})();
