"""The Scenarios dock: named scenarios, switching between them, and a comparison table.

"New" copies the current scenario, "From baseline" starts from the loaded centres; double-click
or "Show" makes one current (the map, table and charts follow). "Compare" analyses every
scenario in a worker (:func:`compare_job`, a plain function) and shows the headline figures of
:func:`accessmap.core.compare.compare_results` side by side with their change against the
baseline: residents and poor residents within the threshold, the coverage gap, the
concentration index and the E2SFCA by poverty quintile.
"""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from accessmap.core.model import Layers
from accessmap.core.schema import Progress, report_progress
from accessmap.gui.workers import JobRunner

__all__ = ["ScenarioPanel", "compare_job"]


def compare_job(
    layers: Layers,
    scenarios: dict[str, Scenario],
    year: int | None = None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Analyse every scenario and return :func:`compare_results` (baseline first)."""
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
    base = results.pop("baseline")
    report_progress(progress, 1.0, "Compared")
    return compare_results(base, results)


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
        layout.addWidget(self.status)
        self.runner = JobRunner(self)
        self.runner.sig_finished.connect(self.show_comparison)
        self.runner.sig_failed.connect(lambda e: self.status.setText(e.message))
        self.list.itemDoubleClicked.connect(
            lambda item: self.sig_switch_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.new_button.clicked.connect(lambda: self.sig_new_requested.emit(True))
        self.base_button.clicked.connect(lambda: self.sig_new_requested.emit(False))
        self.delete_button.clicked.connect(self._delete)
        self.table_frame: pd.DataFrame | None = None

    def set_scenarios(self, scenarios: dict[str, Scenario], current: str) -> None:
        self.list.clear()
        for name, scen in scenarios.items():
            n = len(scen.edits)
            text = f"{name}  ({n} " + (self.tr("edit") if n == 1 else self.tr("edits")) + ")"
            item = QListWidgetItem(("▶ " if name == current else "   ") + text)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
            if name == current:
                self.list.setCurrentItem(item)
        self.delete_button.setEnabled(current != "baseline")

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
        self.runner.submit(compare_job, layers, dict(scenarios), year)

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
