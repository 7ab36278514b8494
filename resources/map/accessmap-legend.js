/* accessmap web map: the legend (classes, no data, coverage gap, centre types, threshold,
 * or the 3 x 3 bivariate key). Loaded before accessmap.js; exposes window.AccessmapLegend.
 * Every label is put into the DOM with textContent.
 */
(function () {
  "use strict";

  var SHAPES = window.AccessmapSymbols.CENTRE_SHAPES;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function swatch(color, extraClass) {
    var s = el("span", "am-swatch" + (extraClass ? " " + extraClass : ""));
    if (color) { s.style.background = color; }
    return s;
  }

  function legendRow(box, swatchNode, label, count) {
    var r = el("div", "am-legend-row");
    r.appendChild(swatchNode);
    r.appendChild(el("span", "am-legend-label", label));
    if (count !== undefined && count !== null) { r.appendChild(el("span", "am-legend-count", count)); }
    box.appendChild(r);
  }

  /* 3 x 3 bivariate key: rows poverty (poorest first), columns access (worst first) */
  function legendGrid(grid) {
    var table = el("table", "am-grid");
    var head = el("tr");
    head.appendChild(el("th", "am-grid-corner", grid.rowTitle + " \\ " + grid.colTitle));
    grid.cols.forEach(function (c) { head.appendChild(el("th", "am-grid-col", c)); });
    table.appendChild(head);
    grid.rows.forEach(function (r, i) {
      var tr = el("tr");
      tr.appendChild(el("th", "am-grid-row", r));
      grid.colors[i].forEach(function (color, j) {
        var td = el("td", "am-grid-cell", grid.counts[i][j]);
        td.style.background = color;
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    return table;
  }

  function render(container, lg, t) {
    while (container.firstChild) { container.removeChild(container.firstChild); }
    container.appendChild(el("div", "am-legend-title", lg.title));
    if (lg.note) { container.appendChild(el("div", "am-legend-note", lg.note)); }
    if (lg.grid) { container.appendChild(legendGrid(lg.grid)); } else {
      lg.items.forEach(function (it) { legendRow(container, swatch(it.color), it.label, it.count); });
    }
    if (lg.noData) { legendRow(container, swatch(lg.noData.color), lg.noData.label, lg.noData.count); }
    if (lg.gap) { legendRow(container, swatch(null, "am-swatch-gap"), lg.gap.label, lg.gap.count); }
    if (lg.threshold) { legendRow(container, swatch(null, "am-swatch-circle"), lg.threshold.label); }
    if (lg.catchments) {
      legendRow(container, swatch(null, "am-swatch-catchment"), lg.catchments.label, lg.catchments.count);
    }
    if (lg.centres && lg.centres.length) {
      container.appendChild(el("div", "am-legend-title am-legend-sub", t("centres")));
      lg.centres.forEach(function (c) {
        var s = el("span", "am-swatch am-swatch-icon");
        s.innerHTML = SHAPES[c.type] || SHAPES.other; /* constant markup, no data */
        legendRow(container, s, c.label, c.count);
      });
    }
  }

  function create(map, lg, t) {
    var Legend = L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function () {
        var box = el("div", "am-legend leaflet-control");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        render(box, lg, t);
        /* a click on the title folds the legend away (small windows) and back */
        L.DomEvent.on(box, "click", function (e) {
          var target = e.target;
          if (target.classList.contains("am-legend-title") && target === box.firstChild) {
            box.classList.toggle("am-legend-folded");
          }
        });
        return box;
      }
    });
    return new Legend().addTo(map);
  }

  window.AccessmapLegend = { create: create, render: render };
})();
