"""The Charts dock: the four equity charts in a grid, linked selection and export.

A click in any chart selects sectors (emitted as :attr:`ChartsPanel.sig_sectors_selected`);
a selection made elsewhere is highlighted in every chart. "Export charts..." writes each chart
as PNG and SVG into a folder. :meth:`ChartsPanel.set_comparison` overlays a compared scenario on
the quintile charts and the concentration curve (against the baseline when given); a new
result from the window (:meth:`ChartsPanel.set_result`) ends the overlay.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accessmap.core.model import AnalysisResult
from accessmap.gui.charts import (
    ConcentrationChart,
    EquityChart,
    HistogramChart,
    QuintileBeyondChart,
    QuintileDistanceChart,
)
from accessmap.gui.panels.analysis_panel import indicator_info, indicator_label

__all__ = ["ChartsPanel", "class_breaks"]


def class_breaks(values: np.ndarray, column: str, scheme: str, k: int) -> list[float]:
    """Upper class bounds as the map classifies ``values`` (render.styling.classify)."""
    fin = values[np.isfinite(values)]
    if not len(fin):
        return []
    info = indicator_info(column)
    hib = bool(getattr(info, "higher_is_better", info[2] if isinstance(info, tuple) else False))
    try:
        from accessmap.render.styling import classify
    except ImportError:  # pragma: no cover - render not there yet: quantile breaks
        return [float(b) for b in np.quantile(fin, np.linspace(0, 1, k + 1)[1:])]
    cls = classify(values, scheme, k, higher_is_better=hib)
    return [float(b) for b in np.asarray(cls.bins, dtype=float)]


class ChartsPanel(QWidget):
    """2 x 2 grid of linked equity charts."""

    #: sector ids picked in a chart
    sig_sectors_selected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.distance_chart = QuintileDistanceChart()
        self.beyond_chart = QuintileBeyondChart()
        self.curve_chart = ConcentrationChart()
        self.histogram_chart = HistogramChart()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self._grid = grid
        self._columns = 0
        self._arrange(2)
        self.export_button = QPushButton(self.tr("Export charts..."))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        for chart in self.charts():
            chart.setMinimumSize(200, 110)
            chart.sig_sectors_selected.connect(self.sig_sectors_selected)
        self.export_button.clicked.connect(self._ask_export)
        self._display = ("", "quantiles", 5)
        self._current: AnalysisResult | None = None
        #: (scenario result, its name) overlaid, or None
        self.comparison: tuple[AnalysisResult, str] | None = None

    def _arrange(self, columns: int) -> None:
        """Lay the charts out in ``columns`` columns (4 in a row when the dock is wide)."""
        if columns == self._columns:
            return
        self._columns = columns
        for i, chart in enumerate(self.charts()):
            self._grid.removeWidget(chart)
            self._grid.addWidget(chart, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        size = event.size()
        self._arrange(4 if size.width() > 3.2 * size.height() else 2)

    def charts(self) -> list[EquityChart]:
        return [self.distance_chart, self.beyond_chart, self.curve_chart, self.histogram_chart]

    def set_result(self, result: AnalysisResult | None) -> None:
        """Show the window's current result (ends a comparison overlay)."""
        self._current = result
        self.comparison = None
        for chart in self.charts()[:3]:
            chart.overlay = None
            chart.set_result(result)
        self.histogram_chart.result = result
        self.set_display(*self._display)

    def set_comparison(
        self,
        result: AnalysisResult | None,
        name: str = "",
        reference: AnalysisResult | None = None,
        reference_name: str = "",
    ) -> None:
        """Overlay ``result`` (scenario ``name``) on the quintile and concentration charts,
        against ``reference`` (the baseline, named ``reference_name`` or "baseline") when
        given, else against the current result. ``result`` None: back to the current result."""
        if result is None:
            self.comparison = None
            for chart in self.charts()[:3]:
                chart.overlay = None
                chart.set_result(self._current)
            return
        self.comparison = (result, name)
        main = reference if reference is not None else self._current
        base = (reference_name or self.tr("baseline")) if reference is not None else ""
        for chart in self.charts()[:3]:
            chart.result = main
            chart.set_comparison(result, name, base)

    def set_display(self, column: str, scheme: str, k: int) -> None:
        """Redraw the histogram for the mapped column and its class breaks."""
        self._display = (column, scheme, k)
        result = self.histogram_chart.result
        breaks: list[float] = []
        if result is not None and column in result.sectors.columns:
            import pandas as pd

            v = pd.to_numeric(result.sectors[column], errors="coerce").astype("float64")
            breaks = class_breaks(v.to_numpy(na_value=np.nan), column, scheme, k)
        self.histogram_chart.set_column(column, breaks, indicator_label(column))

    def set_selection(self, ids: list[str]) -> None:
        for chart in self.charts():
            chart.set_selection(ids)

    def export_all(self, folder: str | Path) -> list[Path]:
        """Write every chart as PNG and SVG into ``folder``; returns the files."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        names = (
            "distance_by_quintile",
            "beyond_by_quintile",
            "concentration_curve",
            "indicator_histogram",
        )
        out = []
        for name, chart in zip(names, self.charts(), strict=True):
            for suffix in (".png", ".svg"):
                out.append(chart.export(folder / f"{name}{suffix}"))
        return out

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export charts to folder"))
        if folder:
            self.export_all(folder)
