"""Headline figures of an analysis (the ``summary.json`` keys) and the data's known gaps.

The figures a planner quotes first: residents and poor residents within the threshold, poor
residents beyond it, the concentration index and the coverage gap. Warnings that change how to
read them sit right below, in view: a threshold in walking minutes measured as straight lines
(no street network), and poverty classes crowded by ties (a decile or yes/no column). The note
under those states what the loaded data lacks (for the bundled sample: no GP capacities, no
catchments, no street network), so nobody mistakes the sample for a complete picture.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from accessmap.core.model import AnalysisResult

__all__ = ["SummaryView", "format_figure", "tie_warning"]

_WARNING_STYLE = "QLabel { background: #fde0dd; border: 1px solid #c51b8a; padding: 4px; }"


def tie_warning(result: AnalysisResult) -> str:
    """The pipeline's message that ties crowd a poverty class ("" when there is none)."""
    if not result.summary.get("poverty_class_tie_warning"):
        return ""
    for message in result.messages:
        if "tied values" in str(message).lower():
            return str(message)
    return "Ties in the poverty column crowd one poverty class: the classes are coarse."


def format_figure(key: str, value: Any) -> str:
    """Format one summary value for display (shares as %, counts with separators)."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        if isinstance(value, float) and math.isnan(value):
            return "–"
        if key.startswith("share"):
            return f"{100.0 * value:.1f} %"
        if key == "concentration_index":
            return f"{value:+.3f}"
        if key.endswith("_m"):
            return f"{value:,.0f} m"
        return f"{value:,.0f}"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "–"
    return str(value).replace("_", " ")


class SummaryView(QFrame):
    """A compact form of headline figures plus a visible data note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._labels: dict[str, QLabel] = {}
        self.rows = {
            "share_population_within_threshold": self.tr("Residents within the threshold"),
            "share_poor_population_within_threshold": self.tr(
                "Poorest third's residents within it"
            ),
            "poor_population_beyond_threshold": self.tr("Poor residents beyond it"),
            "concentration_index": self.tr("Concentration index (Erreygers)"),
            "gap_sectors": self.tr("Coverage-gap sectors (poor, beyond it)"),
            "gap_population": self.tr("Residents in the coverage gap"),
            "threshold_m": self.tr("Threshold"),
            "distance_kind": self.tr("Distance"),
            "population": self.tr("Residents"),
            "n_sectors": self.tr("Sectors"),
        }
        form = QFormLayout()
        form.setContentsMargins(4, 2, 4, 2)
        form.setVerticalSpacing(2)
        #: the row names, by key (a few change with the settings)
        self.row_names: dict[str, QLabel] = {}
        for key, text in self.rows.items():
            label = QLabel("–")
            label.setObjectName(key)
            self._labels[key] = label
            self.row_names[key] = QLabel(text)
            form.addRow(self.row_names[key], label)
        self.threshold_warning = self._warning_label("threshold_warning")
        self.tie_warning = self._warning_label("tie_warning")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "QLabel { background: #fff7bc; border: 1px solid #d9b300; padding: 4px; }"
        )
        self.note.hide()
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("QLabel { color: #555; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(form)
        layout.addWidget(self.threshold_warning)
        layout.addWidget(self.tie_warning)
        layout.addWidget(self.note)
        layout.addWidget(self.messages)

    @staticmethod
    def _warning_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(_WARNING_STYLE)
        label.hide()
        return label

    def set_result(self, result: AnalysisResult | None, note: str = "") -> None:
        summary: Mapping[str, Any] = result.summary if result is not None else {}
        for key, label in self._labels.items():
            label.setText(format_figure(key, summary.get(key)))
        if result is not None and result.settings.threshold_min is not None:
            self._labels["threshold_m"].setText(
                self.tr("%1 min (%2)")
                .replace("%1", f"{result.settings.threshold_min:g}")
                .replace("%2", format_figure("threshold_m", summary.get("threshold_m")))
            )
        cut = result is not None and result.settings.poor_cut is not None
        self.row_names["share_poor_population_within_threshold"].setText(
            self.tr("Poor residents (by the cut) within it")
            if cut
            else self.rows["share_poor_population_within_threshold"]
        )
        self._show(self.threshold_warning, self._threshold_text(result))
        ties = tie_warning(result) if result is not None else ""
        self._show(self.tie_warning, ties)
        assumed = summary.get("assumed_capacity_centres")
        lines = []
        if assumed:
            count = assumed if isinstance(assumed, int) else len(assumed)
            lines.append(
                self.tr("GP capacity unknown for %1 centres: counted as 1 FTE each.").replace(
                    "%1", str(count)
                )
            )
        if result is not None:
            lines += [str(m) for m in result.messages if str(m) != ties][:4]
        self.messages.setText("\n".join(lines))
        self.messages.setVisible(bool(lines))
        self.set_note(note)

    def _threshold_text(self, result: AnalysisResult | None) -> str:
        """The walking-minutes caveat when no street network measured the distances."""
        if result is None or result.settings.threshold_min is None:
            return ""
        if result.summary.get("distance_kind") == "network":
            return ""
        return (
            self.tr(
                "Threshold in walking minutes, but distances are straight lines (no street "
                "network is loaded): %1 min at %2 km/h = %3 in a straight line."
            )
            .replace("%1", f"{result.settings.threshold_min:g}")
            .replace("%2", f"{result.settings.walk_speed_kmh:g}")
            .replace("%3", format_figure("threshold_m", result.settings.effective_threshold_m))
        )

    @staticmethod
    def _show(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def set_note(self, note: str) -> None:
        """Show the loaded data's known gaps (empty = hide)."""
        self.note.setText(self.tr("About the data: ") + note if note else "")
        self.note.setVisible(bool(note))

    def figure(self, key: str) -> str:
        """The text shown for ``key`` (for tests and screen readers)."""
        return self._labels[key].text()
