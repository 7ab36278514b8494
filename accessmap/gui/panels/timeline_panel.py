"""The Timeline dock: coverage as it was in any year, and year by year.

A slider picks a year (centres open that year: ``year_open <= year < year_close``); the window
recomputes the analysis for it (a view, not an edit). The chart shows, for every year of the
centres' opening and closing dates, the share of residents, and of poor residents (the poorest
third of sectors), within the threshold (:func:`accessmap.core.timeline.coverage_by_year`): how
a social innovation such as the neighbourhood health centres spread, or stalled. Centres with
no dates count as always open, so a list without dates gives a flat line, and the panel says so.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from accessmap.core.model import AnalysisResult

__all__ = ["TimelinePanel", "coverage_table", "year_ticks"]


def coverage_table(result: AnalysisResult, centres, threshold_m: float) -> pd.DataFrame:
    """Coverage by year for ``centres`` over the result's demand points and population."""
    from accessmap.core.timeline import coverage_by_year, year_range

    s = result.sectors
    years = year_range(centres)
    if not years:
        return pd.DataFrame(columns=["year", "share_within", "share_poor_within", "n_centres"])
    poor = (pd.to_numeric(s["poverty_class"], errors="coerce") == 3).to_numpy(
        dtype=bool, na_value=False
    )
    return coverage_by_year(
        s[["demand_x", "demand_y"]].to_numpy(float),
        pd.to_numeric(s["population"], errors="coerce").fillna(0).to_numpy(float),
        poor,
        centres,
        threshold_m,
        years,
    )


def year_ticks(years, most: int = 8) -> list[list[tuple[float, str]]] | None:
    """Whole-year ticks for the x axis (pyqtgraph's own would read 2017.5): every year, or
    every 2nd, 5th, 10th... so that at most ``most`` are labelled; None (automatic) when there
    are no years."""
    years = np.asarray(years, dtype=float)
    if not len(years):
        return None
    lo, hi = int(np.floor(years.min())), int(np.ceil(years.max()))
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 10**9) if (hi - lo) // s + 1 <= most)
    first = -(-lo // step) * step  # round up to a multiple of the step
    return [[(float(y), str(y)) for y in range(first, hi + 1, step)] or [(float(lo), str(lo))]]


class TimelinePanel(QWidget):
    """Year slider + coverage-by-year chart."""

    #: the year to show (None = every centre, whatever its dates)
    sig_year_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year_check = QCheckBox(self.tr("Show coverage in one year"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setEnabled(False)
        self.year_label = QLabel("–")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(110)
        self.plot.setTitle(self.tr("Residents within the threshold, year by year"))
        self.plot.setLabel("left", self.tr("%"))
        self.plot.addLegend(offset=(10, 10))
        self.plot.setMouseEnabled(x=False, y=False)
        self._all = self.plot.plot(
            [], [], pen=pg.mkPen("#756bb1", width=2), name=self.tr("all residents")
        )
        self._poor = self.plot.plot(
            [], [], pen=pg.mkPen("#e6550d", width=2), name=self.tr("poorest third")
        )
        self._marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#444", style=Qt.PenStyle.DashLine))
        self.plot.addItem(self._marker)
        self._marker.hide()
        top = QHBoxLayout()
        top.addWidget(self.year_check)
        top.addWidget(self.slider, 1)
        top.addWidget(self.year_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.plot, 1)
        layout.addStretch(0)
        self.table = pd.DataFrame()
        self.year_check.toggled.connect(self._changed)
        self.slider.valueChanged.connect(self._changed)
        self.slider.setTracking(False)

    def set_data(self, result: AnalysisResult | None, centres, threshold_m: float) -> None:
        """Recompute the year-by-year coverage for these centres."""
        if result is None or centres is None:
            return
        self.table = coverage_table(result, centres, threshold_m)
        years = self.table["year"].to_numpy(dtype=float) if len(self.table) else np.array([])
        self._all.setData(
            years, 100 * self.table["share_within"].to_numpy(float) if len(years) else []
        )
        self._poor.setData(
            years, 100 * self.table["share_poor_within"].to_numpy(float) if len(years) else []
        )
        dated = centres["year_open"].notna().any() or centres["year_close"].notna().any()
        self.note.setText(
            ""
            if dated
            else self.tr(
                "No centre has an opening or closing year: coverage is the same every year. "
                "Add years in the Centres dock to see coverage over time."
            )
        )
        self.note.setVisible(not dated)
        self.plot.setVisible(bool(dated))
        self.plot.getAxis("bottom").setTicks(year_ticks(years))
        if len(years):
            self.slider.blockSignals(True)
            value = self.slider.value()
            self.slider.setRange(int(years.min()), int(years.max()))
            self.slider.setValue(min(max(value, int(years.min())), int(years.max())))
            self.slider.blockSignals(False)
        self._update_label()

    def year(self) -> int | None:
        return self.slider.value() if self.year_check.isChecked() else None

    def _update_label(self) -> None:
        y = self.year()
        self.year_label.setText(str(y) if y is not None else self.tr("all years"))
        self.slider.setEnabled(self.year_check.isChecked())
        if y is None:
            self._marker.hide()
        else:
            self._marker.setValue(y)
            self._marker.show()

    def _changed(self, *_args) -> None:
        self._update_label()
        self.sig_year_changed.emit(self.year())
