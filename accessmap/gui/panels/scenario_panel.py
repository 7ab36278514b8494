"""The Scenarios dock: named scenarios, switching between them, and a comparison table.

"New" copies the current scenario, "From baseline" starts from the loaded centres; double-click
or "Show" makes one current (the map, table and charts follow). "Compare" analyses every
scenario in a worker (:func:`compare_job`, a plain function) and shows the headline figures of
:func:`accessmap.core.compare.compare_results` side by side with their change against the
baseline: residents and poor residents within the threshold, the coverage gap, the
concentration index and the E2SFCA by poverty quintile.

After a comparison, the scenario selected in the list is overlaid on the charts
(:attr:`ScenarioPanel.sig_comparison_selected`), and "Show change on map" maps its change against
the baseline (:func:`delta_result`: the scenario's result with ``delta_dist_m`` and
``delta_within`` columns, :attr:`ScenarioPanel.sig_show_delta`); unticked, the map returns to the
normal indicator. :func:`connect_compare_view` wires both signals to a main window.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accessmap.core.commands import Scenario
from accessmap.core.errors import AccessmapError
from accessmap.core.model import AnalysisResult, Layers
from accessmap.core.schema import Progress, report_progress
from accessmap.gui.workers import JobRunner

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.gui.main_window import MainWindow

__all__ = [
    "DELTA_COLUMN",
    "ScenarioPanel",
    "compare_job",
    "compare_results_job",
    "connect_compare_view",
    "delta_result",
]

#: The column a delta map shows.
DELTA_COLUMN = "delta_dist_m"


def delta_result(baseline: AnalysisResult, other: AnalysisResult) -> AnalysisResult:
    """``other`` with two more sector columns for a delta map (core.compare.delta_sectors):
    ``delta_dist_m`` (other - baseline distance to the nearest centre, m; negative = closer)
    and ``delta_within`` ("gain", "loss" or "": change of ``within_threshold``)."""
    from accessmap.core.compare import delta_sectors

    d = delta_sectors(baseline, other, column="dist_nearest_m")
    s = other.sectors.copy()
    pos = pd.Index(d["sector_id"]).get_indexer(s["sector_id"].astype(str))
    s["delta_dist_m"] = d["change"].to_numpy(float)[pos]
    s["delta_within"] = pd.Series(d["access_change"].to_numpy(object)[pos], index=s.index)
    return replace(other, sectors=s)


def compare_results_job(
    layers: Layers,
    scenarios: dict[str, Scenario],
    year: int | None = None,
    progress: Progress | None = None,
) -> tuple[pd.DataFrame, dict[str, AnalysisResult]]:
    """Analyse every scenario: (:func:`compare_results` table, results by name incl. baseline)."""
    from accessmap.core.compare import compare_results
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.scenario import scenario_layers

    results = {}
    for i, (name, scen) in enumerate(scenarios.items()):
        report_progress(progress, i / max(len(scenarios), 1), f"Analysing {name}")
        settings = scen.current_settings
        if year is not None:
            settings = settings.replace(year=year)
        results[name] = run_analysis(scenario_layers(layers, scen), settings)
    others = {k: v for k, v in results.items() if k != "baseline"}
    report_progress(progress, 1.0, "Compared")
    return compare_results(results["baseline"], others), results


def compare_job(
    layers: Layers,
    scenarios: dict[str, Scenario],
    year: int | None = None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Analyse every scenario and return :func:`compare_results` (baseline first)."""
    return compare_results_job(layers, scenarios, year, progress)[0]


def _fmt(col: str, v: object) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    v = float(v)
    if "share" in col:
        return f"{100 * v:+.1f} pp" if col.startswith("delta_") else f"{100 * v:.1f} %"
    if "concentration" in col:
        return f"{v:+.3f}"
    if col.startswith("e2sfca"):
        return f"{v:.2f}"
    return f"{v:+,.0f}" if col.startswith("delta_") else f"{v:,.0f}"


class ScenarioPanel(QWidget):
    """Scenario list + comparison table."""

    #: scenario name to make current
    sig_switch_requested = Signal(str)
    #: copy the current scenario (True) or start from the baseline (False)
    sig_new_requested = Signal(bool)
    #: scenario name to delete
    sig_delete_requested = Signal(str)
    #: the comparison table was filled (a DataFrame)
    sig_compared = Signal(object)
    #: map this result by this column (a delta map); (None, "") = back to the normal map
    sig_show_delta = Signal(object, str)
    #: overlay on the charts: (scenario result or None, its name, baseline result or None)
    sig_comparison_selected = Signal(object, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.new_button = QPushButton(self.tr("New (copy)"))
        self.base_button = QPushButton(self.tr("From baseline"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.table = QTableWidget()
        self.table.setMinimumHeight(60)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.delta_check = QCheckBox(self.tr("Show change on map"))
        self.delta_check.setToolTip(
            self.tr(
                "Map the selected scenario's change in distance to the nearest centre against "
                "the baseline (blue: closer, red: farther). Compare first."
            )
        )
        self.delta_check.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.base_button, self.delete_button, self.compare_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.delta_check)
        layout.addWidget(self.status)
        self.results: dict[str, AnalysisResult] = {}
        self.runner = JobRunner(self)
        self.runner.sig_finished.connect(self._on_compared)
        self.runner.sig_failed.connect(lambda e: self.status.setText(e.message))
        self.list.itemDoubleClicked.connect(
            lambda item: self.sig_switch_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.new_button.clicked.connect(lambda: self.sig_new_requested.emit(True))
        self.base_button.clicked.connect(lambda: self.sig_new_requested.emit(False))
        self.delete_button.clicked.connect(self._delete)
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.delta_check.toggled.connect(lambda _on: self._emit_delta())
        self.table_frame: pd.DataFrame | None = None

    # -- comparison views ------------------------------------------------------------------------
    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def comparison_name(self) -> str | None:
        """The compared scenario to show against the baseline: the selected one, else the
        first compared one; None before a comparison."""
        name = self.selected_name()
        if name in self.results and name != "baseline":
            return name
        return next((n for n in self.results if n != "baseline"), None)

    def delta_display(self) -> AnalysisResult | None:
        """The comparison scenario's result carrying the delta columns (None if none)."""
        name = self.comparison_name()
        if name is None or "baseline" not in self.results:
            return None
        return delta_result(self.results["baseline"], self.results[name])

    def set_delta_visible(self, on: bool) -> None:
        """Tick/untick "Show change on map" (emits :attr:`sig_show_delta`)."""
        self.delta_check.setChecked(bool(on))

    def clear_delta(self) -> None:
        """Untick without a signal (the window already shows a normal map again)."""
        self.delta_check.blockSignals(True)
        self.delta_check.setChecked(False)
        self.delta_check.blockSignals(False)

    def _emit_delta(self) -> None:
        try:
            result = self.delta_display() if self.delta_check.isChecked() else None
        except AccessmapError as exc:  # e.g. the results cover different sectors
            self.status.setText(exc.message)
            self.clear_delta()
            result = None
        if result is None:
            self.sig_show_delta.emit(None, "")
            return
        self.status.setText(
            self.tr("Map: change from the baseline to %1.").replace("%1", self.comparison_name())
        )
        self.sig_show_delta.emit(result, DELTA_COLUMN)

    def _selection_changed(self) -> None:
        if not self.results:
            return
        name = self.comparison_name()
        self.sig_comparison_selected.emit(
            self.results.get(name) if name else None, name or "", self.results.get("baseline")
        )
        if self.delta_check.isChecked():
            self._emit_delta()

    def _on_compared(self, payload: tuple[pd.DataFrame, dict[str, AnalysisResult]]) -> None:
        table, self.results = payload
        self.delta_check.setEnabled(len(self.results) > 1)
        self.show_comparison(table)
        self._selection_changed()

    def set_scenarios(self, scenarios: dict[str, Scenario], current: str) -> None:
        self.list.blockSignals(True)  # one overlay update below, not one per item
        self.list.clear()
        for name, scen in scenarios.items():
            n = len(scen.edits)
            text = f"{name}  ({n} " + (self.tr("edit") if n == 1 else self.tr("edits")) + ")"
            item = QListWidgetItem(("▶ " if name == current else "   ") + text)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
            if name == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.delete_button.setEnabled(current != "baseline")
        self._selection_changed()

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != "baseline":
            self.sig_delete_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def compare(
        self, layers: Layers | None, scenarios: dict[str, Scenario], year: int | None = None
    ) -> None:
        """Analyse every scenario in the background, then fill the table."""
        if layers is None:
            return
        self.status.setText(self.tr("Comparing %1 scenarios...").replace("%1", str(len(scenarios))))
        self.runner.submit(compare_results_job, layers, dict(scenarios), year)

    def show_comparison(self, table: pd.DataFrame) -> None:
        """Scenarios as columns, figures as rows (easier to read side by side)."""
        self.table_frame = table
        t = table.T
        self.table.clear()
        self.table.setRowCount(len(t.index))
        self.table.setColumnCount(len(t.columns))
        self.table.setHorizontalHeaderLabels([str(c) for c in t.columns])
        self.table.setVerticalHeaderLabels([str(r) for r in t.index])
        for i, row in enumerate(t.index):
            for j, col in enumerate(t.columns):
                item = QTableWidgetItem(_fmt(str(row), t.loc[row, col]))
                item.setTextAlignment(
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                )
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("Compared against the baseline."))
        self.sig_compared.emit(table)


def connect_compare_view(window: MainWindow) -> None:
    """Wire the Scenarios dock's delta map and chart overlay to ``window``'s map and charts."""
    panel: ScenarioPanel = window.scenario_docks.scenario_panel
    c = window.controller

    def show(result: Any, column: str) -> None:
        d = c.display
        if result is not None:
            window.map_view.show_result(result, column, scheme=d.scheme, k=d.k)
        elif c.result is not None:
            window.map_view.show_result(c.result, d.column, scheme=d.scheme, k=d.k)

    panel.sig_show_delta.connect(show)
    panel.sig_comparison_selected.connect(window.charts_panel.set_comparison)
    c.sig_result_changed.connect(lambda _r: panel.clear_delta())  # a new result: normal map
