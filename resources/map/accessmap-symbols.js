/* accessmap web map: centre symbols and the coverage-gap hatch, drawn on a Leaflet canvas.
 * Loaded before accessmap.js; exposes window.AccessmapSymbols. Constant markup only: no data
 * from files passes through here.
 */
(function () {
  "use strict";

  var CENTRE_STYLE = {
    health_centre: { shape: "cross", radius: 7, fillColor: "#0072B2" },
    gp_practice: { shape: "square", radius: 5.5, fillColor: "#009E73" },
    other: { shape: "triangle", radius: 6, fillColor: "#CC79A7" }
  };
  var CENTRE_SHAPES = {
    health_centre: '<svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6.5" ' +
      'fill="#0072B2" stroke="#ffffff" stroke-width="1.5"/><path d="M8 4.5v7M4.5 8h7" ' +
      'stroke="#ffffff" stroke-width="2"/></svg>',
    gp_practice: '<svg width="13" height="13" viewBox="0 0 13 13"><rect x="1" y="1" width="11" ' +
      'height="11" fill="#009E73" stroke="#ffffff" stroke-width="1.5"/></svg>',
    other: '<svg width="14" height="13" viewBox="0 0 14 13"><path d="M7 1L13 12H1Z" ' +
      'fill="#CC79A7" stroke="#ffffff" stroke-width="1.5"/></svg>'
  };

  /* Centres are drawn on the sectors' canvas (one canvas handles every click) as small
     pre-rendered images: a cross-in-circle, a square or a triangle. Stamping an image is ~3x
     cheaper than filling and stroking a path, which matters with thousands of centres. */
  var SPRITES = {};

  function shapePath(g, shape, x, y, r) {
    g.beginPath();
    if (shape === "square") {
      g.rect(x - r, y - r, 2 * r, 2 * r);
    } else if (shape === "triangle") {
      g.moveTo(x, y - 1.2 * r);
      g.lineTo(x + 1.1 * r, y + 0.8 * r);
      g.lineTo(x - 1.1 * r, y + 0.8 * r);
      g.closePath();
    } else {
      g.arc(x, y, r, 0, Math.PI * 2, false);
    }
  }

  function sprite(type) {
    if (SPRITES[type]) { return SPRITES[type]; }
    var st = CENTRE_STYLE[type], r = st.radius, dpr = window.devicePixelRatio || 1;
    var size = Math.ceil(2.6 * r + 4), c = document.createElement("canvas");
    c.width = Math.ceil(size * dpr); c.height = Math.ceil(size * dpr);
    var g = c.getContext("2d"), m = size / 2;
    g.scale(dpr, dpr);
    g.shadowColor = "rgba(0, 0, 0, 0.6)"; g.shadowBlur = 1.5;
    shapePath(g, st.shape, m, m, r);
    g.fillStyle = st.fillColor; g.fill();
    g.shadowBlur = 0;
    g.strokeStyle = "#ffffff"; g.lineWidth = 1.5; g.stroke();
    if (st.shape === "cross") {
      g.beginPath();
      g.moveTo(m - 0.55 * r, m); g.lineTo(m + 0.55 * r, m);
      g.moveTo(m, m - 0.55 * r); g.lineTo(m, m + 0.55 * r);
      g.lineWidth = 2; g.stroke();
    }
    SPRITES[type] = { canvas: c, size: size };
    return SPRITES[type];
  }

  var ShapeMarker = L.CircleMarker.extend({
    _updatePath: function () {
      var rd = this._renderer;
      if (!rd._ctx) { L.CircleMarker.prototype._updatePath.call(this); return; }
      if (!rd._drawing || this._empty()) { return; }
      var sp = sprite(this.options.centreType), p = this._point;
      var d = sp.size * (this.options.scale ? this.options.scale() : 1), h = d / 2;
      rd._ctx.globalAlpha = 1;
      rd._ctx.drawImage(sp.canvas, p.x - h, p.y - h, d, d);
    }
  });

  /* A diagonal hatch as a canvas pattern: dark lines over a transparent ground, so the
     class colour still shows through and the gap stands out on screen and in print. */
  function hatchPattern(ctx) {
    var c = document.createElement("canvas");
    c.width = 8; c.height = 8;
    var g = c.getContext("2d");
    g.strokeStyle = "#111111"; g.lineWidth = 1.6;
    g.beginPath();
    g.moveTo(0, 8); g.lineTo(8, 0);
    g.moveTo(-2, 2); g.lineTo(2, -2);
    g.moveTo(6, 10); g.lineTo(10, 6);
    g.stroke();
    return ctx.createPattern(c, "repeat");
  }

  window.AccessmapSymbols = {
    CENTRE_STYLE: CENTRE_STYLE,
    CENTRE_SHAPES: CENTRE_SHAPES,
    ShapeMarker: ShapeMarker,
    hatchPattern: hatchPattern
  };
})();
