"""Equity charts (pyqtgraph), linked to the map and the table through sector selections.

Four views of one :class:`~accessmap.core.model.AnalysisResult`:

- :class:`QuintileDistanceChart`: mean distance (or walking time) to the nearest centre by
  poverty quintile (1 = poorest fifth of residents), with the threshold line;
- :class:`QuintileBeyondChart`: share of residents beyond the threshold by quintile;
- :class:`ConcentrationChart`: the concentration curve of living within the threshold over the
  poverty rank, with the diagonal and the concentration index;
- :class:`HistogramChart`: the mapped indicator's distribution with the map's class breaks.

:meth:`EquityChart.set_comparison` overlays a second result (a scenario) on the quintile charts
(hatched bars beside the solid ones) and the concentration curve (a dashed orange line), with a
legend naming both.

A click on a bar (or on the curve) emits :attr:`EquityChart.sig_sectors_selected` with the
sector ids behind it; :meth:`EquityChart.set_selection` highlights where selected sectors sit.
Every chart exports to PNG or SVG (:meth:`EquityChart.export`, also in pyqtgraph's context menu).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from accessmap.core.errors import ExportError
from accessmap.core.model import AnalysisResult
from accessmap.gui.app import pin_singletons

pin_singletons()  # PySide6 6.12 on CPython 3.11: see app.pin_singletons
__all__ = [
    "ConcentrationChart",
    "EquityChart",
    "HistogramChart",
    "QuintileBeyondChart",
    "QuintileDistanceChart",
    "sector_quintiles",
]

pg.setConfigOptions(background="w", foreground="k", antialias=True)

#: ColorBrewer Purples (5 classes, colour-blind safe), poorest quintile darkest.
QUINTILE_COLOURS = ("#54278f", "#756bb1", "#9e9ac8", "#cbc9e2", "#f2f0f7")
HIGHLIGHT = "#e6550d"  # ColorBrewer Oranges, stands out against purples
#: The compared scenario: hatched bars in the darkest purple, an orange (PuOr) dashed curve.
OVERLAY_COLOUR = "#54278f"
OVERLAY_CURVE = "#e08214"
TITLE_SIZE = "10pt"


def _float(values: pd.Series) -> np.ndarray:
    return pd.to_numeric(values, errors="coerce").astype("float64").to_numpy(na_value=np.nan)


def sector_quintiles(result: AnalysisResult) -> tuple[np.ndarray, np.ndarray]:
    """(quintile 1..5 or 0 = unknown poverty, fractional rank R) per sector, as the pipeline.

    Uses :func:`accessmap.core.equity.fractional_rank` and ``q = floor(5 R) + 1``, the same rule
    as :func:`~accessmap.core.equity.quintile_table`.
    """
    from accessmap.core.equity import fractional_rank

    s = result.sectors
    if "poverty" not in s.columns:
        n = len(s)
        return np.zeros(n, dtype=np.int64), np.full(n, np.nan)
    rank = fractional_rank(
        _float(s["poverty"]), _float(s["population"]), result.settings.higher_is_poorer
    )
    q = np.zeros(len(s), dtype=np.int64)
    ok = np.isfinite(rank)
    q[ok] = np.clip(np.floor(rank[ok] * 5).astype(np.int64), 0, 4) + 1
    return q, rank


def quintile_ticks(poorest: str, least_poor: str) -> list[tuple[int, str]]:
    """Ticks 1..5 of the quintile axis; the end labels ("1 poorest", "5 least poor", in any
    language) break after the number, so that they fit inside narrow charts."""
    return [
        (1, poorest.replace(" ", "\n", 1)),
        (2, "2"),
        (3, "3"),
        (4, "4"),
        (5, least_poor.replace(" ", "\n", 1)),
    ]


class EquityChart(pg.PlotWidget):
    """Base: one plot, a result, click-to-select and export."""

    #: sector ids picked in the chart
    sig_sectors_selected = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: AnalysisResult | None = None
        #: the compared result drawn over ``result``, and the legend names of both
        self.overlay: AnalysisResult | None = None
        self.overlay_name = ""
        self.base_name = ""
        self._legend = None
        self._ids = np.array([], dtype=object)
        self.showGrid(x=False, y=True, alpha=0.3)
        self.setMenuEnabled(True)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.scene().sigMouseClicked.connect(self._on_click)
        for name in ("left", "bottom"):  # never "(x1e-09)" or "(k...)" on an axis
            self.getAxis(name).enableAutoSIPrefix(False)
        # end labels may reach a little past the axis ends rather than vanish
        self.getAxis("bottom").setStyle(hideOverlappingLabels=False)

    # -- API -------------------------------------------------------------------------------------
    def set_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        self._ids = (
            result.sectors["sector_id"].astype(str).to_numpy(dtype=object)
            if result is not None
            else np.array([], dtype=object)
        )
        self.clear()
        if result is not None:
            self.draw()

    def set_comparison(
        self, result: AnalysisResult | None, name: str = "", base_name: str = ""
    ) -> None:
        """Overlay ``result`` (named ``name``; ``base_name`` names the main series) or, with
        None, remove the overlay; redraws."""
        self.overlay, self.overlay_name = result, name
        self.base_name = base_name or self.tr("current")
        self.set_result(self.result)

    def draw(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _legend_items(self, items: list[tuple[object, str]]) -> None:
        """Show a legend with ``items`` (item, name); none: hide it."""
        if self._legend is None and items:
            self._legend = self.plotItem.addLegend(offset=(8, 4), labelTextSize="8pt")
        if self._legend is None:
            return
        self._legend.clear()
        for item, name in items:
            self._legend.addItem(item, name)
        self._legend.setVisible(bool(items))

    def ids_at(self, x: float, y: float) -> list[str]:
        """Sector ids behind the point (x, y) in data coordinates."""
        return []

    def select_at(self, x: float, y: float = 0.0) -> list[str]:
        """Select the sectors at (x, y) in data coordinates, as a click would."""
        ids = self.ids_at(x, y)
        if ids:
            self.sig_sectors_selected.emit(ids)
        return ids

    def set_selection(self, ids: list[str]) -> None:
        """Highlight where the selected sectors sit (default: nothing)."""

    def export(self, path: str | Path) -> Path:
        """Write the chart as PNG (twice the screen resolution) or SVG (by suffix).

        Rendered with QtGui/QtSvg directly: pyqtgraph's exporters trip on PySide6 6.12 (the
        SVG exporter cannot parse Qt's path data, the image exporter corrupts a refcount).
        """
        from PySide6.QtGui import QColor, QImage, QPainter
        from PySide6.QtSvg import QSvgGenerator

        path = Path(path)
        kind = path.suffix.lower()
        if kind not in (".png", ".svg"):
            raise ExportError(self.tr("Charts export to .png or .svg files."), f"suffix: {kind}")
        try:
            if kind == ".svg":
                target = QSvgGenerator()
                target.setFileName(str(path))
                target.setSize(self.size())
                target.setViewBox(self.rect())
                target.setTitle(self.plotItem.titleLabel.text)
            else:
                target = QImage(self.size(), QImage.Format.Format_ARGB32)
                pass  # target.setDevicePixelRatio(2.0)
                target.fill(QColor("white"))
            painter = QPainter(target)
            self.render(painter)
            painter.end()
            if kind == ".png" and not target.save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
            if kind == ".svg" and not path.exists():
                raise OSError(f"cannot write {path}")
        except OSError as exc:
            raise ExportError(self.tr("The chart could not be written."), str(exc)) from exc
        return path

    # -- internals -------------------------------------------------------------------------------
    def _on_click(self, event) -> None:
        if self.result is None or event.button() != Qt.MouseButton.LeftButton:
            return
        vb = self.plotItem.vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        p = vb.mapSceneToView(event.scenePos())
        self.select_at(p.x(), p.y())

    def _mask_ids(self, mask: np.ndarray) -> list[str]:
        return [str(i) for i in self._ids[mask]]


class _QuintileChart(EquityChart):
    """Bars per poverty quintile; a click on a bar selects its sectors."""

    #: the least top of the y axis (in the chart's unit)
    y_floor = 1.0

    def set_result(self, result: AnalysisResult | None) -> None:
        self._q = sector_quintiles(result)[0] if result is not None else np.array([])
        super().set_result(result)

    def values(self) -> np.ndarray:
        return self.values_of(self.result, decorate=True)

    def values_of(self, result: AnalysisResult, decorate: bool = False) -> np.ndarray:
        """The five bar heights of ``result`` (``decorate``: also titles and lines)."""
        raise NotImplementedError  # pragma: no cover - overridden

    def draw(self) -> None:
        heights = np.nan_to_num(self.values(), nan=0.0)
        x = np.arange(1, 6, dtype=float)
        two = self.overlay is not None
        self._bars = pg.BarGraphItem(
            x=x - 0.19 if two else x,
            height=heights,
            width=0.36 if two else 0.7,
            brush=pg.mkBrush(QUINTILE_COLOURS[1]),  # the legend's sample
            brushes=[pg.mkBrush(c) for c in QUINTILE_COLOURS],
            pens=[pg.mkPen("#444")] * 5,
        )
        self.addItem(self._bars)
        self.overlay_bars = None
        if two:
            other = np.nan_to_num(self.values_of(self.overlay), nan=0.0)
            hatch = QBrush(QColor(OVERLAY_COLOUR), Qt.BrushStyle.BDiagPattern)
            self.overlay_bars = pg.BarGraphItem(
                x=x + 0.19,
                height=other,
                width=0.36,
                brush=hatch,
                pen=pg.mkPen(OVERLAY_COLOUR, width=2),
            )
            self.addItem(self.overlay_bars)
            heights = np.concatenate([heights, other])
            self._legend_items(
                [(self._bars, self.base_name), (self.overlay_bars, self.overlay_name)]
            )
        else:
            self._legend_items([])
        self.getAxis("bottom").setTicks(
            [quintile_ticks(self.tr("1 poorest"), self.tr("5 least poor"))]
        )
        self.setXRange(0.3, 5.7, padding=0)
        top = float(np.nanmax(heights)) if len(heights) else 0.0
        room = 1.45 if self.overlay is not None else 1.15  # the legend sits above the bars
        # a readable scale even when every bar is 0 (all residents within the threshold)
        self.setYRange(0, max(top * room, self.y_floor), padding=0)

    def ids_at(self, x: float, y: float) -> list[str]:
        q = round(x)
        if not 1 <= q <= 5 or abs(x - q) > 0.35:
            return []
        return self._mask_ids(self._q == q)

    def set_selection(self, ids: list[str]) -> None:
        if self.result is None or not hasattr(self, "_bars"):
            return
        chosen = set(self._q[np.isin(self._ids, list(ids))]) if ids else set()
        pens = [
            pg.mkPen(HIGHLIGHT, width=3) if q in chosen else pg.mkPen("#444") for q in range(1, 6)
        ]
        self._bars.setOpts(pens=pens)


class QuintileDistanceChart(_QuintileChart):
    """Mean distance (m) or walking time (min) to the nearest centre, by poverty quintile."""

    def values_of(self, r: AnalysisResult, decorate: bool = False) -> np.ndarray:
        d = _float(r.quintiles["mean_dist_m"]) if len(r.quintiles) else np.full(5, np.nan)
        minutes = self.result.settings.threshold_min is not None  # the main series' unit
        factor = 1.0 / r.settings.speed_m_per_min if minutes else 1.0
        if not decorate:
            return d * factor
        unit = self.tr("min walk") if minutes else self.tr("m")
        self.setTitle(self.tr("Distance to the nearest centre"), size=TITLE_SIZE)
        self.setLabel("bottom", self.tr("poverty quintile (residents)"))
        limit = r.settings.effective_threshold_m * factor
        self.y_floor = limit * 1.15  # the threshold line stays in view
        self.addItem(
            pg.InfiniteLine(
                limit,
                angle=0,
                pen=pg.mkPen(HIGHLIGHT, style=Qt.PenStyle.DashLine),
                label=self.tr("threshold"),
                labelOpts={"position": 0.15, "color": HIGHLIGHT},
            )
        )
        self.setLabel("left", self.tr("mean distance") + " (" + unit + ")")
        return d * factor


class QuintileBeyondChart(_QuintileChart):
    """Share (%) of residents beyond the threshold, by poverty quintile."""

    y_floor = 10.0  # %

    def values_of(self, r: AnalysisResult, decorate: bool = False) -> np.ndarray:
        if decorate:
            self.setTitle(self.tr("Residents beyond the threshold"), size=TITLE_SIZE)
            self.setLabel("left", self.tr("% of residents"))
            self.setLabel("bottom", self.tr("poverty quintile (residents)"))
        if not len(r.quintiles):
            return np.full(5, np.nan)
        return _float(r.quintiles["share_beyond"]) * 100.0


class ConcentrationChart(EquityChart):
    """Concentration curve of living within the threshold, poorest residents first."""

    def set_result(self, result: AnalysisResult | None) -> None:
        self._rank = sector_quintiles(result)[1] if result is not None else np.array([])
        super().set_result(result)

    def draw(self) -> None:
        r = self.result
        ci = r.summary.get("concentration_index")
        title = self.tr("Concentration curve")
        if ci is not None and np.isfinite(ci):
            title = title + "  (" + self.tr("index") + f" {ci:+.3f})"
        self.setTitle(title, size=TITLE_SIZE)
        self.setLabel("bottom", self.tr("residents, poorest first (cumulative share)"))
        self.setLabel("left", self.tr("share covered"))
        self.plot([0, 1], [0, 1], pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        c = r.curve
        self.lines = []
        if len(c):
            self.lines.append(
                self.plot(
                    _float(c["cum_population_share"]),
                    _float(c["cum_h_share"]),
                    pen=pg.mkPen(QUINTILE_COLOURS[0], width=2),
                )
            )
        o = self.overlay.curve if self.overlay is not None else []
        if len(o) and self.lines:
            self.lines.append(
                self.plot(
                    _float(o["cum_population_share"]),
                    _float(o["cum_h_share"]),
                    pen=pg.mkPen(OVERLAY_CURVE, width=2, style=Qt.PenStyle.DashLine),
                )
            )
            self._legend_items(
                [(self.lines[0], self.base_name), (self.lines[1], self.overlay_name)]
            )
        else:
            self._legend_items([])
        self._marks = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(HIGHLIGHT), pen=None)
        self.addItem(self._marks)
        self.setXRange(0, 1, padding=0.02)
        self.setYRange(0, 1, padding=0.02)

    def ids_at(self, x: float, y: float) -> list[str]:
        if not 0 <= x <= 1:
            return []
        return self._mask_ids(np.abs(self._rank - x) <= 0.025)

    def set_selection(self, ids: list[str]) -> None:
        if self.result is None or not hasattr(self, "_marks"):
            return
        c = self.result.curve
        rank = self._rank[np.isin(self._ids, list(ids))] if ids else np.array([])
        rank = rank[np.isfinite(rank)]
        if not len(rank) or not len(c):
            self._marks.setData([], [])
            return
        y = np.interp(rank, _float(c["cum_population_share"]), _float(c["cum_h_share"]))
        self._marks.setData(rank, y)


class HistogramChart(EquityChart):
    """Distribution of the mapped indicator with the map's class breaks."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.column = ""
        self.breaks: list[float] = []
        self.label = ""

    def set_column(self, column: str, breaks: list[float] | None = None, label: str = "") -> None:
        """Show ``column`` with vertical lines at ``breaks`` (upper class bounds)."""
        self.column, self.breaks, self.label = column, list(breaks or []), label or column
        self.set_result(self.result)

    def draw(self) -> None:
        s = self.result.sectors
        self.setTitle(self.tr("Mapped indicator"), size=TITLE_SIZE)
        self.setLabel("bottom", self.label)
        self.setLabel("left", self.tr("sectors"))
        if self.column not in s.columns:
            self._edges = np.array([])
            return
        v = _float(s[self.column])
        self._values = v
        fin = v[np.isfinite(v)]
        if not len(fin):
            self._edges = np.array([])
            return
        counts, edges = np.histogram(fin, bins=min(30, max(5, len(fin) // 10)))
        self._edges = edges
        self._hist = pg.BarGraphItem(
            x0=edges[:-1],
            x1=edges[1:],
            height=counts,
            brush=pg.mkBrush(QUINTILE_COLOURS[2]),
            pen=pg.mkPen("#444"),
        )
        self.addItem(self._hist)
        for b in self.breaks[:-1]:
            self.addItem(pg.InfiniteLine(b, angle=90, pen=pg.mkPen(QUINTILE_COLOURS[0], width=2)))

    def ids_at(self, x: float, y: float) -> list[str]:
        if not len(self._edges) or not self._edges[0] <= x <= self._edges[-1]:
            return []
        i = min(int(np.searchsorted(self._edges, x, side="right")) - 1, len(self._edges) - 2)
        lo, hi = self._edges[i], self._edges[i + 1]
        v = self._values
        last = i == len(self._edges) - 2
        return self._mask_ids((v >= lo) & ((v <= hi) if last else (v < hi)))

    def set_selection(self, ids: list[str]) -> None:
        if not hasattr(self, "_hist") or self.column not in getattr(self.result, "sectors", {}):
            return
        v = self._values[np.isin(self._ids, list(ids))] if ids else np.array([])
        v = v[np.isfinite(v)]
        hit = set(
            np.clip(
                np.searchsorted(self._edges, v, side="right") - 1, 0, len(self._edges) - 2
            ).tolist()
        )
        n = len(self._edges) - 1
        pens = [pg.mkPen(HIGHLIGHT, width=3) if i in hit else pg.mkPen("#444") for i in range(n)]
        self._hist.setOpts(pens=pens)
