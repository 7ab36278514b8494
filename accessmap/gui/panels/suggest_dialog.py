"""Suggest sites: where k new centres would bring the most poor residents within the threshold.

The dialog runs :func:`accessmap.core.optimize.suggest_from_result` (the maximal covering
location problem, Church & ReVelle 1974; spopt/PuLP or an exact sparse programme) in a worker,
lists the chosen sites in order of coverage gained, emits them for the map to mark, and turns
an accepted one into an :class:`~accessmap.core.commands.AddCentre` edit (through the window's
undo stack). Non-modal: the window stays usable while it solves. Given the analysed layers,
candidates are scored with the analysis's own cost (walking metres when it walked).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accessmap.core.model import AnalysisResult, Layers
from accessmap.gui.workers import JobRunner

__all__ = ["SuggestDialog"]


class SuggestDialog(QDialog):
    """k, weighting and method; the suggested sites; accept one as a new centre."""

    #: list of (x, y, label) in EPSG:31370, for the map
    sig_suggested = Signal(list)
    #: x, y (EPSG:31370), name of the site to add as a centre
    sig_accepted = Signal(float, float, str)

    def __init__(
        self, result: AnalysisResult, parent: QWidget | None = None, layers: Layers | None = None
    ) -> None:
        super().__init__(parent)
        self.result = result
        #: the analysed layers: with a walking network, sites are scored by walking metres
        self.layers = layers
        self.sites: list[tuple[float, float, str]] = []
        self.suggestion = None
        self.setWindowTitle(self.tr("Suggest sites for new centres"))
        self.resize(520, 460)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(1, 50)
        self.k_spin.setValue(3)
        self.weight_check = QCheckBox(self.tr("weight residents by poverty"))
        self.method_combo = QComboBox()
        for text, key in (
            (self.tr("best (exact, spopt / CBC)"), "auto"),
            (self.tr("fast (greedy)"), "greedy"),
        ):
            self.method_combo.addItem(text, key)
        self.run_button = QPushButton(self.tr("Suggest"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("site (sector)"),
                self.tr("name"),
                self.tr("municipality"),
                self.tr("poor residents newly within reach"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Add the selected site as a centre"))
        self.accept_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("New centres (k)"), self.k_spin)
        form.addRow("", self.weight_check)
        form.addRow(self.tr("Method"), self.method_combo)
        form.addRow("", self.run_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.runner = JobRunner(self)
        self.runner.sig_finished.connect(self._show)
        self.runner.sig_failed.connect(lambda e: self.summary.setText(e.message))
        self.run_button.clicked.connect(self.run)
        self.accept_button.clicked.connect(self.accept_selected)
        self.close_button.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(
            lambda: self.accept_button.setEnabled(bool(self.table.selectedItems()))
        )

    def run(self) -> None:
        """Solve in the background (a new request cancels a running one)."""
        from accessmap.core.optimize import suggest_from_result

        self.summary.setText(self.tr("Solving..."))
        self.runner.submit(
            suggest_from_result,
            self.result,
            self.k_spin.value(),
            poverty_weight=self.weight_check.isChecked(),
            method=self.method_combo.currentData(),
            layers=self.layers,
        )

    def _show(self, payload) -> None:
        sugg, candidates = payload
        self.suggestion = sugg
        s = self.result.sectors
        self.table.setRowCount(len(sugg.chosen))
        self.sites = []
        for row, (idx, gain) in enumerate(zip(sugg.chosen, sugg.gains, strict=True)):
            geom = candidates.geometry.iloc[int(idx)]
            sid = str(candidates["sector_id"].iloc[int(idx)]) if "sector_id" in candidates else ""
            hit = s[s["sector_id"].astype(str) == sid]
            name = str(hit["name"].iloc[0]) if len(hit) else ""
            muni = str(hit["municipality"].iloc[0]) if len(hit) else ""
            label = self.tr("Suggested site %1").replace("%1", str(row + 1))
            self.sites.append((float(geom.x), float(geom.y), label))
            for col, text in enumerate((sid, name, muni, f"{gain:,.0f}")):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr(
                "Poor residents within the threshold: %1 now, %2 with these sites (method: %3, %4)."
            )
            .replace("%1", f"{sugg.coverage_before:,.0f}")
            .replace("%2", f"{sugg.coverage_after:,.0f}")
            .replace("%3", sugg.method)
            .replace("%4", sugg.status)
        )
        self.sig_suggested.emit(list(self.sites))

    def accept_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        for r in rows:
            x, y, label = self.sites[r]
            self.sig_accepted.emit(x, y, label)
