/* accessmap web map: sector choropleth, outlines, centres, coverage gap, catchment areas,
 * local base tiles, legend, tooltips, selection and the Qt WebChannel bridge.
 *
 * Data comes from window.ACCESSMAP_DATA (written by accessmap.render.map_html) and from
 * restyle(payload) calls. Every string from data files is put into the DOM with textContent
 * (never innerHTML), so a sector named <img src=x onerror=...> or ${...} shows as text.
 */
(function () {
  "use strict";

  var SELECT_STYLE = { color: "#00e5ff", weight: 4, opacity: 1, stroke: true };
  var BASE_STROKE = { color: "#555555", weight: 0.4, opacity: 0.8 };
  var GAP_STYLE = { color: "#111111", weight: 3, opacity: 1, fillOpacity: 1, interactive: false };
  var SYM = window.AccessmapSymbols;
  var CENTRE_STYLE = SYM.CENTRE_STYLE;
  var CATCHMENT_STYLE = { weight: 2, opacity: 1, dashArray: "6 4", fill: false };
  var CATCHMENT_HALO = { color: "#ffffff", weight: 4, opacity: 0.75, fill: false, interactive: false };
  var CATCHMENT_COLOR = "#3d3d3d";  /* catchments not tied to a known centre */
  var state = {
    map: null, data: null, style: null, values: null, layers: [], byId: {},
    sectorGroup: null, renderer: null, outlines: null, centres: null, gapGroup: null,
    circles: null, sites: null, legend: null, centreById: {}, selected: [], bridge: null, hatch: null,
    drawn: false, readySent: false, loadToken: null, userMoved: false, strokes: null,
    scale: null, timing: null, catchments: null, catchmentsShown: false, tiles: null,
    tileStats: { loaded: 0, errors: 0 }, placeMode: false, popup: null, viewBeforePopup: null,
    legendWasFolded: null
  };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function t(key) {
    var txt = state.style && state.style.text;
    return (txt && txt[key]) || key;
  }

  function fillFor(i) {
    var c = state.style.classes[i];
    return c >= 0 ? state.style.colors[c] : state.style.noDataColor;
  }

  /* ---- tooltips and popups (DOM built with textContent) ---- */
  function row(table, label, value, strong) {
    var tr = el("tr", strong ? "am-row-main" : null);
    tr.appendChild(el("th", null, label));
    tr.appendChild(el("td", null, value));
    table.appendChild(tr);
  }

  function fieldText(f, i) {
    if (f.categories) {
      var c = f.index[i];
      return c >= 0 ? f.categories[c] : t("no_data");
    }
    var s = f.text[i];
    var number = /^[-+]?[\d.,]+$/.test(s);
    return number && f.unit ? s + " " + f.unit : s;
  }

  function sectorInfo(i, full) {
    var v = state.values;
    var box = el("div", "am-tip");
    if (!v) { return box; }
    box.appendChild(el("div", "am-tip-title", v.names[i] || v.ids[i]));
    var sub = [v.municipalities[i], v.ids[i]].filter(function (s) { return s; }).join(" · ");
    if (sub) { box.appendChild(el("div", "am-tip-sub", sub)); }
    var table = el("table", "am-tip-table");
    var column = state.style.column;
    v.fields.forEach(function (f) {
      var main = f.key === column;
      if (full || main || f.key === "population" || f.key === "poverty") {
        row(table, f.label, fieldText(f, i), main);
      }
    });
    box.appendChild(table);
    return box;
  }

  /* A sector's popup, sized to the map: at most the map's height less room for the
     attribution line and the popup's tip (Leaflet scrolls what is taller), at most its width;
     panned into view right of the zoom buttons (top left, 44 px wide). The legend (bottom
     right) folds to its title while the popup is open and comes back as it was. Closing the
     popup returns the map to where it was before the popup panned it, unless the user moved
     the map meanwhile (a tall popup must not leave the map panned off the data). */
  var POPUP_PAD_TOP_LEFT = [54, 10], POPUP_PAD_BOTTOM_RIGHT = [10, 56];
  function popupOptions() {
    /* Leaflet's widths are the content's: the popup adds its margins (26 px) and border */
    var size = state.map.getSize(), room = size.x - POPUP_PAD_TOP_LEFT[0] - POPUP_PAD_BOTTOM_RIGHT[0] - 32;
    return {
      maxWidth: Math.max(150, Math.min(360, room)),
      minWidth: Math.max(120, Math.min(260, room)),
      maxHeight: Math.max(120, size.y - POPUP_PAD_TOP_LEFT[1] - POPUP_PAD_BOTTOM_RIGHT[1] - 30),
      autoPanPaddingTopLeft: POPUP_PAD_TOP_LEFT, autoPanPaddingBottomRight: POPUP_PAD_BOTTOM_RIGHT,
      className: "am-popup"
    };
  }

  function legendBox() { return state.legend ? state.legend.getContainer() : null; }

  function openSectorPopup(i, latlng) {
    var map = state.map, box = legendBox(), replacing = !!state.popup;
    state.popup = null;  /* one popup replacing another: keep the view from before the first */
    map.closePopup();
    if (box && state.legendWasFolded === null) {
      state.legendWasFolded = box.classList.contains("am-legend-folded");
      box.classList.add("am-legend-folded");
    }
    if (!replacing) { state.viewBeforePopup = { center: map.getCenter(), zoom: map.getZoom() }; }
    /* one popup object, reused (as bindPopup did): a closing one fades out, a second would
       stand beside it in the page for a moment */
    if (!state.sectorPopup) { state.sectorPopup = L.popup(popupOptions()); }
    L.setOptions(state.sectorPopup, popupOptions());
    state.popup = state.sectorPopup.setLatLng(latlng).setContent(sectorInfo(i, true));
    state.popup.openOn(map);
  }

  function watchPopups(map) {
    var forget = function () { state.viewBeforePopup = null; };
    map.on("dragstart zoomstart", forget);  /* the user moved the map: keep their view */
    map.on("popupclose", function (e) {
      var before = state.viewBeforePopup, box = legendBox();
      if (e.popup !== state.popup) { return; }
      state.popup = null;
      state.viewBeforePopup = null;
      if (box && state.legendWasFolded === false) { box.classList.remove("am-legend-folded"); }
      state.legendWasFolded = null;
      if (before && !map.getCenter().equals(before.center)) {
        map.setView(before.center, before.zoom, { animate: false });
      }
    });
  }

  /* In the place mode (adding or moving a centre by clicking) every click on the map, inside
     a sector too, is a map click: no sector popup opens and an open one closes. */
  function setPlaceMode(on) {
    state.placeMode = !!on;
    if (state.map) {
      if (state.placeMode) { state.map.closePopup(); }
      var box = state.map.getContainer();
      if (state.placeMode) { L.DomUtil.addClass(box, "am-place"); } else { L.DomUtil.removeClass(box, "am-place"); }
    }
    return state.placeMode;
  }

  /* ---- Qt bridge ---- */
  /* Inside accessmap (QtWebEngine with a web channel) qt.webChannelTransport exists: load Qt's
     qwebchannel.js from its resources and connect. In a plain browser (an exported page) there
     is no bridge and nothing is loaded. */
  function connectBridge() {
    if (typeof qt === "undefined" || !qt.webChannelTransport) { return; }
    var open = function () {
      new QWebChannel(qt.webChannelTransport, function (channel) {
        state.bridge = channel.objects.bridge || null;
        maybeReady();
      });
    };
    if (typeof QWebChannel !== "undefined") { open(); return; }
    var script = document.createElement("script");
    script.src = "qrc:///qtwebchannel/qwebchannel.js";
    script.onload = open;
    document.head.appendChild(script);
  }

  function maybeReady() {
    if (state.drawn && state.bridge && !state.readySent) {
      state.readySent = true;
      state.bridge.ready(featureCount());
    }
  }

  function featureCount() { return state.layers.filter(function (l) { return !!l; }).length; }

  /* ---- layers ---- */
  function addSectors(map, data) {
    state.renderer = L.canvas({ padding: 0.1, tolerance: 0 });
    state.layers = new Array(data.sectorCount);
    state.sectorGroup = L.geoJSON(data.sectors, {
      renderer: state.renderer,
      style: function (f) {
        return {
          fillColor: fillFor(f.id), fillOpacity: data.tiles ? 0.6 : 0.85, color: BASE_STROKE.color,
          weight: BASE_STROKE.weight, opacity: BASE_STROKE.opacity
        };
      },
      onEachFeature: function (f, layer) {
        state.layers[f.id] = layer;
        layer._amIndex = f.id;
      }
    });
    state.sectorGroup.bindTooltip(function (layer) { return sectorInfo(layer._amIndex, false); },
      { sticky: true, direction: "top", opacity: 0.95 });
    state.sectorGroup.on("click", function (e) {
      /* placing a centre (add or move): the click goes on to the map as a map click */
      if (state.placeMode) { return; }
      var i = e.layer ? e.layer._amIndex : (e.propagatedFrom ? e.propagatedFrom._amIndex : -1);
      if (i === undefined || i < 0 || !state.values) { return; }
      L.DomEvent.stop(e);  /* a sector's click is not also a map click */
      var id = state.values.ids[i];
      select([id]);
      openSectorPopup(i, e.latlng);
      if (state.bridge) { state.bridge.sectorClicked(id); }
    });
    state.sectorGroup.addTo(map);
    map.on("zoomend", zoomStyles);
  }

  /* Styles that follow the zoom: sector borders from zoom 10 on (at national scale 19,800
     hairlines are only a grey mesh, and skipping them saves a sixth of every repaint); outline
     widths and centre symbols shrink below zoom 12 so that thousands stay legible. */
  var STROKE_MIN_ZOOM = 10;
  function zoomScale() {
    var z = state.map.getZoom();
    return z >= 12 ? 1 : z <= 8 ? 0.4 : 0.4 + 0.15 * (z - 8);
  }

  function zoomStyles() {
    var z = state.map.getZoom(), k = zoomScale();
    var on = z >= STROKE_MIN_ZOOM;
    if (state.strokes !== on) {
      state.strokes = on;
      state.layers.forEach(function (l) {
        if (l && state.selected.indexOf(l) < 0) { l.options.stroke = on; }
      });
    }
    if (state.scale !== k) {
      state.scale = k;
      if (state.outlines) { state.outlines.eachLayer(function (l) { l.options.weight = 1.6 * Math.max(k, 0.5); }); }
      if (state.gapGroup) { state.gapGroup.eachLayer(function (l) { l.options.weight = gapWeight(); }); }
      if (state.centres) {
        state.centres.eachLayer(function (m) { m.setRadius(CENTRE_STYLE[m.options.centreType].radius * k); });
      }
    }
    if (canRepaint()) { repaint(); }
  }

  function markerScale() { return state.scale || 1; }

  function gapWeight() { return Math.max(1.2, GAP_STYLE.weight * (state.scale || 1)); }

  function addOutlines(map, data) {
    state.outlines = L.geoJSON(data.municipalities, {
      renderer: state.renderer, interactive: false,
      style: function () { return { color: "#222222", weight: 1.6, opacity: 0.9, fill: false }; }
    }).addTo(map);
  }

  /* Centres: one ShapeMarker per centre on the sectors' canvas, kept by id so that a new
     centre layer (restyle payload.centres, after a scenario edit) updates them in place: moved
     markers get their new position, edited ones their type and tooltip, removed ones go, new
     ones are added. The page is not reloaded; one canvas repaint follows. */
  function centreTooltip(marker) {
    var c = marker._amCentre, box = el("div", "am-tip");
    box.appendChild(el("div", "am-tip-title", c.name || c.id));
    var sub = [t(c.type)];
    if (c.stepFree === true || c.stepFree === false) {
      sub.push(t("step_free") + ": " + t(c.stepFree ? "yes" : "no"));
    }
    box.appendChild(el("div", "am-tip-sub", sub.join(" · ")));
    return box;
  }

  function centreMarker(c) {
    var marker = new SYM.ShapeMarker([c.lat, c.lon], {
      renderer: state.renderer, centreType: c.type, radius: CENTRE_STYLE[c.type].radius * markerScale(),
      scale: markerScale
    });
    marker._amCentre = c;
    marker.bindTooltip(function () { return centreTooltip(marker); }, { direction: "top" });
    return marker;
  }

  function cleanCentres(list) {
    if (!Array.isArray(list)) { throw new Error("centres: not a list"); }
    return list.map(function (c) {
      var lat = Number(c.lat), lon = Number(c.lon);
      if (!isFinite(lat) || !isFinite(lon)) { throw new Error("centres: bad position"); }
      return {
        id: String(c.id), lat: lat, lon: lon, type: CENTRE_STYLE[c.type] ? c.type : "other",
        name: c.name === undefined || c.name === null ? "" : String(c.name),
        stepFree: c.stepFree === true || c.stepFree === false ? c.stepFree : null
      };
    });
  }

  function addCentres(map, data) {
    state.centres = L.featureGroup();
    state.centreById = {};
    state.centres.addTo(map);
    setCentres(data.centres);
  }

  /* Replace the centre layer with ``list`` ([{id, lat, lon, type, name, stepFree}]); returns
     the number of markers. Ids that repeat fall back to rebuilding every marker. */
  function setCentres(list) {
    var centres = cleanCentres(list), old = state.centreById || {}, byId = {}, unique = true;
    centres.forEach(function (c) { if (byId[c.id]) { unique = false; } byId[c.id] = true; });
    if (!unique) { state.centres.clearLayers(); old = {}; }
    var keep = {}, next = {};
    centres.forEach(function (c) {
      var m = unique ? old[c.id] : null;
      if (m) {
        var p = m.getLatLng();
        if (p.lat !== c.lat || p.lng !== c.lon) {
          /* a tooltip does not follow its marker (and the pointer that opened it may not move
             again): close it, or the centre's name stays behind where the marker was */
          m.closeTooltip();
          m.setLatLng([c.lat, c.lon]);
        }
        if (m.options.centreType !== c.type) {
          m.options.centreType = c.type;
          m.setRadius(CENTRE_STYLE[c.type].radius * markerScale());
        }
        m._amCentre = c;
        keep[c.id] = true;
      } else {
        m = centreMarker(c);
        state.centres.addLayer(m);
      }
      if (unique) { next[c.id] = m; }
    });
    Object.keys(old).forEach(function (id) {
      if (!keep[id]) { state.centres.removeLayer(old[id]); }
    });
    state.centreById = next;
    state.data.centres = centres;
    if (state.catchments) { styleCatchments(); }
    /* new markers are drawn last, so on top; redrawn circles raise the centres again */
    if (state.style && state.drawnCircles) { drawCircles(); }
    if (canRepaint()) { repaint(); }
    return state.centres.getLayers().length;
  }

  function centreOf(id) {
    var m = state.centreById && id ? state.centreById[id] : null;
    return m ? m._amCentre : null;
  }

  function drawGap() {
    var map = state.map;
    if (!state.gapGroup) {
      state.hatch = SYM.hatchPattern(state.renderer._ctx);
      state.gapGroup = L.featureGroup().addTo(map);
    }
    state.gapGroup.clearLayers();
    state.drawnGap = (state.style.gap || []).slice();
    var opts = L.extend({}, GAP_STYLE, {
      renderer: state.renderer, fillColor: state.hatch, weight: gapWeight()
    });
    (state.style.gap || []).forEach(function (i) {
      var layer = state.layers[i];
      if (!layer) { return; }
      state.gapGroup.addLayer(L.polygon(layer.getLatLngs(), opts));
    });
    raiseOverlays();
  }

  function drawCircles() {
    var map = state.map;
    if (state.circles) { map.removeLayer(state.circles); state.circles = null; }
    state.drawnCircles = state.style.showThreshold;
    state.drawnRadius = state.style.thresholdM;
    if (!state.style.showThreshold || !state.style.thresholdM) { return; }
    state.circles = L.layerGroup();
    state.data.centres.forEach(function (c) {
      state.circles.addLayer(L.circle([c.lat, c.lon], {
        radius: state.style.thresholdM, renderer: state.renderer, interactive: false,
        color: "#08306b", weight: 1.2, dashArray: "4 4", fill: false
      }));
    });
    state.circles.addTo(map);
    raiseOverlays();
  }

  /* Catchment areas: their borders as dashed lines (GeoJSON lines, not polygons, so a click
     inside still reaches the sector beneath) in the colour of their centre's type, over a pale
     halo that keeps them legible on any class colour. Lines are thin: they react to the mouse
     within 4 px (Leaflet's canvas hit test, per layer). */
  function addCatchments(data) {
    if (!data.catchments) { return; }
    state.catchmentHalo = L.geoJSON(data.catchments, {
      renderer: state.renderer, interactive: false, style: function () { return CATCHMENT_HALO; }
    });
    state.catchments = L.geoJSON(data.catchments, {
      renderer: state.renderer,
      style: function (f) { return catchmentStyle(f.properties); },
      onEachFeature: function (f, layer) {
        layer._clickTolerance = function () { return 4; };
        layer.bindTooltip(function () {
          var p = catchmentProps(f.properties), box = el("div", "am-tip");
          box.appendChild(el("div", "am-tip-title", p.name || t("catchment")));
          var sub = [p.name ? t("catchment") : "", p.type ? t(p.type) : "", p.name ? "" : p.centre];
          sub = sub.filter(function (s) { return s; }).join(" · ");
          if (sub) { box.appendChild(el("div", "am-tip-sub", sub)); }
          return box;
        }, { sticky: true, direction: "top" });
      }
    });
    setCatchments(!!state.style.showCatchments);
  }

  /* name and type of a catchment's centre as the page shows it now (edits rename centres) */
  function catchmentProps(p) {
    var c = centreOf(p.centre);
    return c ? { centre: p.centre, name: c.name, type: c.type } : p;
  }

  function catchmentStyle(p) {
    var st = CENTRE_STYLE[catchmentProps(p).type];
    return L.extend({ color: st ? st.fillColor : CATCHMENT_COLOR }, CATCHMENT_STYLE);
  }

  function styleCatchments() {
    state.catchments.eachLayer(function (l) {
      var colour = catchmentStyle(l.feature.properties).color;
      if (l.options.color !== colour) { l.setStyle({ color: colour }); }
    });
  }

  function setCatchments(visible) {
    state.catchmentsShown = visible;
    if (!state.catchments) { return; }
    [state.catchmentHalo, state.catchments].forEach(function (layer) {
      if (visible) { state.map.addLayer(layer); } else { state.map.removeLayer(layer); }
    });
    if (visible) { raiseOverlays(); }
  }

  /* catchment borders above the gap hatch and circles; centres on top of everything */
  function raiseOverlays() {
    if (state.catchments && state.map.hasLayer(state.catchments)) {
      state.catchmentHalo.bringToFront();
      state.catchments.bringToFront();
    }
    if (state.centres) { state.centres.bringToFront(); }
  }

  /* Local base tiles (an XYZ folder or extracted MBTiles, file:// URLs): drawn under the
     sectors, scaled up past their deepest zoom; loads and failures are counted. */
  function addTiles(map, data) {
    var d = data.tiles;
    if (!d) { return; }
    var opts = { minNativeZoom: d.minZoom, maxNativeZoom: d.maxZoom, maxZoom: 19, noWrap: true };
    if (d.bounds) { opts.bounds = d.bounds; }
    state.tiles = L.tileLayer(d.url, opts);
    state.tiles.on("tileload", function () { state.tileStats.loaded += 1; });
    state.tiles.on("tileerror", function () { state.tileStats.errors += 1; });
    state.tiles.addTo(map);
  }

  /* One full canvas repaint on the next frame instead of 19,800 setStyle calls (each of which
     extends the redraw area): ~3x faster restyles. Uses Leaflet 1.9's Canvas internals, checked
     here, with setStyle as the fallback. */
  function canRepaint() {
    var rd = state.renderer;
    return !!(rd && rd._map && rd._bounds && typeof rd._redraw === "function");
  }

  function repaint() {
    var rd = state.renderer;
    rd._redrawBounds = L.bounds(rd._bounds.min, rd._bounds.max);
    rd._redrawRequest = rd._redrawRequest || L.Util.requestAnimFrame(rd._redraw, rd);
  }

  /* Tooltip values: a full set replaces the page's; a partial one (values.partial, after a
     centre edit) carries only the parts that changed and the order of the fields. */
  function mergeValues(old, v) {
    if (!v.partial) { return v; }
    if (!old) { throw new Error("restyle: partial values without earlier ones"); }
    var byKey = {};
    old.fields.forEach(function (f) { byKey[f.key] = f; });
    v.fields.forEach(function (f) { byKey[f.key] = f; });
    return {
      ids: v.ids || old.ids, names: v.names || old.names,
      municipalities: v.municipalities || old.municipalities,
      fields: v.order.map(function (key) {
        if (!byKey[key]) { throw new Error("restyle: no values for " + key); }
        return byKey[key];
      })
    };
  }

  /* ---- public API ---- */
  function restyle(payload) {
    if (!payload || !Array.isArray(payload.classes)) { throw new Error("restyle: bad payload"); }
    if (payload.classes.length !== state.layers.length) {
      throw new Error("restyle: " + payload.classes.length + " classes for " + state.layers.length + " sectors");
    }
    var t0 = performance.now();
    var centres = payload.centres ? cleanCentres(payload.centres) : null;
    delete payload.centres;  /* kept in state.data.centres, not in the style */
    if (payload.values) { state.values = mergeValues(state.values, payload.values); }
    delete payload.values;  /* kept in state.values */
    state.style = payload;
    if (centres) { setCentres(centres); }
    var n = state.layers.length, fast = canRepaint();
    for (var i = 0; i < n; i++) {
      var layer = state.layers[i];
      if (!layer) { continue; }
      var fill = fillFor(i);
      if (layer.options.fillColor === fill) { continue; }
      if (fast) { layer.options.fillColor = fill; } else { layer.setStyle({ fillColor: fill }); }
    }
    if (fast) { repaint(); }
    if (String(payload.gap) !== String(state.drawnGap)) { drawGap(); }
    if (payload.showThreshold !== state.drawnCircles || payload.thresholdM !== state.drawnRadius) {
      drawCircles();
    }
    if (!!payload.showCatchments !== state.catchmentsShown) { setCatchments(!!payload.showCatchments); }
    if (state.legend) { window.AccessmapLegend.render(state.legend.getContainer(), payload.legend, t); }
    if (state.timing) { state.timing.restyle = performance.now() - t0; state.timing.restyleCentres = !!centres; }
    return featureCount();
  }

  function select(ids) {
    state.selected.forEach(function (layer) {
      layer.setStyle(L.extend({}, BASE_STROKE, { stroke: state.strokes !== false }));
    });
    state.selected = [];
    (ids || []).forEach(function (id) {
      var layer = state.layers[state.byId[String(id)]];
      if (!layer) { return; }
      layer.setStyle(SELECT_STYLE);
      layer.bringToFront();
      state.selected.push(layer);
    });
    if (state.centres) { state.centres.bringToFront(); }
    return state.selected.length;
  }

  function zoomTo(bounds) {
    state.userMoved = true;
    state.map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 });
  }

  function zoomToIds(ids) {
    var b = null;
    (ids || []).forEach(function (id) {
      var layer = state.layers[state.byId[String(id)]];
      if (!layer) { return; }
      b = b ? b.extend(layer.getBounds()) : L.latLngBounds(layer.getBounds().getSouthWest(),
        layer.getBounds().getNorthEast());
    });
    if (b) { state.userMoved = true; state.map.fitBounds(b, { padding: [30, 30], maxZoom: 17 }); }
    return !!b;
  }

  /* suggested sites: [[lat, lon, label], ...] as orange rings; labels as text */
  function setSites(sites) {
    if (state.sites) { state.map.removeLayer(state.sites); }
    state.sites = L.featureGroup();
    (sites || []).forEach(function (s) {
      var ring = L.circleMarker([s[0], s[1]], {
        renderer: state.renderer, radius: 11, color: "#e6550d", weight: 3, fillOpacity: 0.15
      });
      ring.bindTooltip(function () { return el("div", "am-tip-title", s[2]); }, { direction: "top" });
      state.sites.addLayer(ring);
    });
    state.sites.addTo(state.map);
    return state.sites.getLayers().length;
  }

  function setLayerVisible(name, visible) {
    var layer = { sectors: state.sectorGroup, centres: state.centres, municipalities: state.outlines,
      gap: state.gapGroup, threshold: state.circles, sites: state.sites }[name];
    if (name === "catchments") { setCatchments(!!visible); return !!state.catchments; }
    if (!layer) { return false; }
    if (visible) { state.map.addLayer(layer); } else { state.map.removeLayer(layer); }
    return true;
  }

  /* fitBounds needs a sized container (a hidden widget has none): otherwise centre the map
     now and fit once Leaflet sees a real size */
  function fitWhenSized(map, bounds) {
    var size = map.getSize();
    if (size.x > 0 && size.y > 0) {
      /* keep the data clear of the legend (bottom right) when there is room beside it */
      var box = state.legend && state.legend.getContainer();
      var right = box && size.x > 2.2 * box.offsetWidth ? box.offsetWidth + 20 : 10;
      map.fitBounds(bounds, { paddingTopLeft: [10, 10], paddingBottomRight: [right, 10] });
      return;
    }
    map.setView(L.latLngBounds(bounds).getCenter(), 11);
  }

  /* Until the user pans or zooms, keep the data fitted to the view as the widget is laid out
     and resized (the page often loads before the window has its final size). */
  function keepFitted(map, bounds) {
    var stop = function () { state.userMoved = true; };
    ["mousedown", "wheel", "touchstart", "keydown", "dblclick"].forEach(function (name) {
      L.DomEvent.on(map.getContainer(), name, stop);
    });
    map.on("resize", function () { if (!state.userMoved) { fitWhenSized(map, bounds); } });
  }

  function init(map, data) {
    var t0 = performance.now();
    state.timing = { initStart: t0 };
    state.map = map;
    state.data = data;
    state.style = data.style;
    state.values = data.style.values || null;
    state.loadToken = Date.now() + "-" + Math.random();
    map.attributionControl.setPrefix("Leaflet");
    if (data.attribution) { /* Leaflet inserts attributions as HTML: escape via a text node */
      map.attributionControl.addAttribution(el("span", null, data.attribution).innerHTML);
    }
    addTiles(map, data);
    addSectors(map, data);
    state.timing.sectors = performance.now() - t0;
    addOutlines(map, data);
    state.timing.outlines = performance.now() - t0;
    if (state.values) {
      state.values.ids.forEach(function (id, i) { state.byId[id] = i; });
    }
    drawGap();
    drawCircles();
    addCatchments(data);
    state.timing.gap = performance.now() - t0;
    addCentres(map, data);
    state.timing.centres = performance.now() - t0;
    state.legend = window.AccessmapLegend.create(map, state.style.legend, t);
    map.options.zoomSnap = 0.25;  /* fit the region snugly, not to the next whole zoom */
    fitWhenSized(map, data.bounds);
    keepFitted(map, data.bounds);
    zoomStyles();
    watchPopups(map);
    map.on("click", function (e) {
      if (state.bridge && e.latlng) { state.bridge.mapClicked(e.latlng.lat, e.latlng.lng); }
    });
    connectBridge();
    /* ready once the canvas has painted: two animation frames after the layers were added
       (a hidden page gets no frames: then after a second) */
    state.timing.init = performance.now() - t0;
    var done = function () {
      if (!state.drawn) { state.drawn = true; state.timing.drawn = performance.now() - t0; maybeReady(); }
    };
    requestAnimationFrame(function () { requestAnimationFrame(done); });
    setTimeout(done, 1000);
  }

  window.accessmap = {
    init: init,
    restyle: restyle,
    select: select,
    zoomTo: zoomTo,
    zoomToIds: zoomToIds,
    setLayerVisible: setLayerVisible,
    setSites: setSites,
    setCentres: setCentres,
    setPlaceMode: setPlaceMode,
    placeMode: function () { return !!state.placeMode; },
    centreCount: function () { return state.centres ? state.centres.getLayers().length : 0; },
    centreLatLng: function (id) {
      var m = state.centreById && state.centreById[String(id)];
      return m ? [m.getLatLng().lat, m.getLatLng().lng] : null;
    },
    closePopups: function () {
      state.map.closePopup();
      [state.sectorGroup, state.centres, state.sites, state.catchments].forEach(function (g) {
        if (g) { g.eachLayer(function (l) { l.closeTooltip(); }); g.closeTooltip(); }
      });
    },
    featureCount: featureCount,
    catchmentCount: function () { return state.catchments ? state.catchments.getLayers().length : 0; },
    tileStats: function () { return L.extend({}, state.tileStats); },
    loadToken: function () { return state.loadToken; },
    layerFor: function (id) { return state.layers[state.byId[String(id)]] || null; },
    get map() { return state.map; },
    get state() { return state; }
  };
})();
