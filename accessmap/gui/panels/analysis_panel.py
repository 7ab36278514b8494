"""The Analysis dock: settings that need a recomputation, and how the map shows the result.

Editing a setting (poverty column and direction, threshold in metres or minutes, walking speed,
E2SFCA catchment and weights) emits :attr:`AnalysisPanel.sig_settings_edited` with the changed
fields; the controller validates them and recomputes. The mapped indicator, classification and
number of classes emit :attr:`AnalysisPanel.sig_display_edited`: a restyle, no recomputation.
Spin boxes report only finished edits (no keyboard tracking), so typing "1200" runs once.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from accessmap.core.schema import Settings

__all__ = ["SCHEMES", "AnalysisPanel", "indicator_info", "indicator_label"]

#: Classification schemes offered (mapclassify names used by render.styling.classify).
SCHEMES = ("quantiles", "natural_breaks", "equal_interval")
#: Access measures first, then context; other numeric source columns follow.
PREFERRED_ORDER = (
    "dist_nearest_m",
    "walk_nearest_m",
    "walk_nearest_min",
    "dist_3rd_m",
    "centres_within",
    "capacity_within",
    "e2sfca_per_10k",
    "dist_nearest_step_free_m",
    "detour_index",
    "poverty",
    "population",
)
_NOT_MAPPABLE = {
    "sector_id",
    "name",
    "municipality",
    "demand_x",
    "demand_y",
    "poverty_class",
    "access_class",
    "bivariate_class",
    "gap_class",
    "nearest_centre_id",
    "walk_nearest_centre_id",
    "snapped",
    "in_catchment",
}


def indicator_info(column: str) -> Any:
    """``render.styling.INDICATOR_INFO[column]`` or None."""
    try:
        from accessmap.render.styling import INDICATOR_INFO
    except ImportError:  # pragma: no cover - render not installed yet
        return None
    return INDICATOR_INFO.get(column)


def indicator_label(column: str) -> str:
    """A readable label for an indicator column (its unit in brackets when known)."""
    info = indicator_info(column)
    if info is None:
        return column
    label = getattr(info, "label", None) or (info[0] if isinstance(info, tuple) else column)
    unit = getattr(info, "unit", None) if not isinstance(info, tuple) else info[1]
    return f"{label} ({unit})" if unit else str(label)


def mappable_columns(sectors: pd.DataFrame) -> list[str]:
    """Numeric indicator columns with at least one value, known indicators first."""
    out = []
    for col in sectors.columns:
        if col in _NOT_MAPPABLE or col == getattr(sectors, "geometry", pd.Series()).name:
            continue
        v = pd.to_numeric(sectors[col], errors="coerce")
        if sectors[col].dtype == object and v.isna().all():
            continue
        if np.isfinite(v.astype("float64").to_numpy(na_value=np.nan)).any():
            out.append(col)
    order = {c: i for i, c in enumerate(PREFERRED_ORDER)}
    return sorted(out, key=lambda c: (order.get(c, 999), indicator_info(c) is None))


class AnalysisPanel(QWidget):
    """Form for :class:`~accessmap.core.schema.Settings` and the map's display options."""

    #: dict of changed Settings fields
    sig_settings_edited = Signal(dict)
    #: mapped column, scheme, number of classes
    sig_display_edited = Signal(str, str, int)
    #: the user asked to run the analysis again
    sig_run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.poverty_combo = QComboBox()
        self.poorer_combo = QComboBox()
        self.poorer_combo.addItem(self.tr("higher value = poorer"), "higher")
        self.poorer_combo.addItem(self.tr("lower value = poorer"), "lower")
        self.threshold_spin = self._spin(0, 100_000, 0, 50)
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("metres"), "m")
        self.unit_combo.addItem(self.tr("minutes walking"), "min")
        self.speed_spin = self._spin(0.5, 20, 1, 0.5, self.tr(" km/h"))
        self.network_check = QCheckBox(self.tr("walk over the street network"))
        self.catchment_spin = self._spin(50, 100_000, 0, 100, self.tr(" m"))
        self.weight_combo = QComboBox()
        self.weight_combo.addItem(self.tr("Gaussian"), "gaussian")
        self.weight_combo.addItem(self.tr("stepped (500/1000/1500 m)"), "step")
        self.sigma_spin = self._spin(0, 100_000, 0, 50, self.tr(" m"))
        self.sigma_spin.setSpecialValueText(self.tr("auto (catchment / 2)"))
        self.run_button = QPushButton(self.tr("Run analysis"))

        self.column_combo = QComboBox()
        self.scheme_combo = QComboBox()
        for key, text in zip(
            SCHEMES,
            (self.tr("quantiles"), self.tr("natural breaks"), self.tr("equal interval")),
            strict=True,
        ):
            self.scheme_combo.addItem(text, key)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(2, 9)
        self.k_spin.setKeyboardTracking(False)

        settings_box = QGroupBox(self.tr("Analysis"))
        form = QFormLayout(settings_box)
        form.addRow(self.tr("Poverty column"), self.poverty_combo)
        form.addRow(self.tr("Direction"), self.poorer_combo)
        row = QHBoxLayout()
        row.addWidget(self.threshold_spin, 1)
        row.addWidget(self.unit_combo)
        form.addRow(self.tr("Threshold"), row)
        form.addRow(self.tr("Walking speed"), self.speed_spin)
        form.addRow("", self.network_check)
        form.addRow(self.tr("E2SFCA catchment"), self.catchment_spin)
        form.addRow(self.tr("E2SFCA weights"), self.weight_combo)
        form.addRow(self.tr("Gaussian sigma"), self.sigma_spin)
        form.addRow("", self.run_button)
        map_box = QGroupBox(self.tr("Map"))
        mform = QFormLayout(map_box)
        mform.addRow(self.tr("Indicator"), self.column_combo)
        mform.addRow(self.tr("Classification"), self.scheme_combo)
        mform.addRow(self.tr("Classes"), self.k_spin)
        for combo in (
            self.poverty_combo,
            self.poorer_combo,
            self.unit_combo,
            self.weight_combo,
            self.column_combo,
            self.scheme_combo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        layout = QVBoxLayout(self)
        layout.addWidget(settings_box)
        layout.addWidget(map_box)
        layout.addStretch(1)

        for w in (self.poverty_combo, self.poorer_combo, self.unit_combo, self.weight_combo):
            w.currentIndexChanged.connect(self._settings_edited)
        for s in (self.threshold_spin, self.speed_spin, self.catchment_spin, self.sigma_spin):
            s.valueChanged.connect(self._settings_edited)
        self.network_check.toggled.connect(self._settings_edited)
        self.run_button.clicked.connect(self.sig_run_requested)
        self.column_combo.currentIndexChanged.connect(self._display_edited)
        self.scheme_combo.currentIndexChanged.connect(self._display_edited)
        self.k_spin.valueChanged.connect(self._display_edited)

    @staticmethod
    def _spin(lo: float, hi: float, decimals: int, step: float, suffix: str = "") -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(lo, hi)
        spin.setDecimals(decimals)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)
        return spin

    # -- filling from the state (no signals) -----------------------------------------------------
    def set_state(
        self,
        settings: Settings,
        sector_columns: list[str],
        has_network: bool,
        numeric_columns: list[str] | None = None,
    ) -> None:
        """Show ``settings``; ``numeric_columns`` are the poverty column candidates."""
        self._loading = True
        try:
            self.poverty_combo.clear()
            self.poverty_combo.addItem(self.tr("(none)"), None)
            for col in numeric_columns if numeric_columns is not None else sector_columns:
                self.poverty_combo.addItem(col, col)
            i = self.poverty_combo.findData(settings.poverty_column)
            self.poverty_combo.setCurrentIndex(max(i, 0))
            self.poorer_combo.setCurrentIndex(self.poorer_combo.findData(settings.poorer))
            minutes = settings.threshold_min is not None
            self.unit_combo.setCurrentIndex(1 if minutes else 0)
            self._set_threshold_unit(minutes)
            self.threshold_spin.setValue(
                settings.threshold_min if minutes else settings.threshold_m
            )
            self.speed_spin.setValue(settings.walk_speed_kmh)
            self.network_check.setEnabled(has_network)
            self.network_check.setChecked(settings.use_network and has_network)
            self.catchment_spin.setValue(settings.e2sfca_catchment_m)
            self.weight_combo.setCurrentIndex(self.weight_combo.findData(settings.e2sfca_weight))
            self.sigma_spin.setValue(settings.e2sfca_sigma_m or 0.0)
            self.sigma_spin.setEnabled(settings.e2sfca_weight == "gaussian")
        finally:
            self._loading = False

    def set_display(self, columns: list[str], column: str, scheme: str, k: int) -> None:
        """Offer ``columns`` for the map and show the current display options."""
        self._loading = True
        try:
            self.column_combo.clear()
            for col in columns:
                self.column_combo.addItem(indicator_label(col), col)
            self.column_combo.setCurrentIndex(max(self.column_combo.findData(column), 0))
            self.scheme_combo.setCurrentIndex(max(self.scheme_combo.findData(scheme), 0))
            self.k_spin.setValue(k)
        finally:
            self._loading = False

    def _set_threshold_unit(self, minutes: bool) -> None:
        if minutes:
            self.threshold_spin.setRange(1, 600)
            self.threshold_spin.setSingleStep(1)
            self.threshold_spin.setSuffix(self.tr(" min"))
        else:
            self.threshold_spin.setRange(10, 100_000)
            self.threshold_spin.setSingleStep(50)
            self.threshold_spin.setSuffix(self.tr(" m"))

    # -- user edits ------------------------------------------------------------------------------
    def settings_changes(self) -> dict[str, Any]:
        """The Settings fields the form currently shows."""
        minutes = self.unit_combo.currentData() == "min"
        value = float(self.threshold_spin.value())
        sigma = float(self.sigma_spin.value())
        changes: dict[str, Any] = {
            "poverty_column": self.poverty_combo.currentData(),
            "poorer": self.poorer_combo.currentData(),
            "threshold_min": value if minutes else None,
            "walk_speed_kmh": float(self.speed_spin.value()),
            "use_network": self.network_check.isChecked(),
            "e2sfca_catchment_m": float(self.catchment_spin.value()),
            "e2sfca_weight": self.weight_combo.currentData(),
            "e2sfca_sigma_m": sigma if sigma > 0 else None,
        }
        if not minutes:
            changes["threshold_m"] = value
        return changes

    def _settings_edited(self) -> None:
        if self._loading:
            return
        sender = self.sender()
        if sender is self.unit_combo:  # convert the shown value to the new unit
            minutes = self.unit_combo.currentData() == "min"
            speed = self.speed_spin.value() * 1000.0 / 60.0
            old = self.threshold_spin.value()
            self._loading = True
            self._set_threshold_unit(minutes)
            self.threshold_spin.setValue(round(old / speed) if minutes else round(old * speed))
            self._loading = False
        self.sigma_spin.setEnabled(self.weight_combo.currentData() == "gaussian")
        self.sig_settings_edited.emit(self.settings_changes())

    def _display_edited(self) -> None:
        if self._loading or self.column_combo.currentData() is None:
            return
        self.sig_display_edited.emit(
            self.column_combo.currentData(), self.scheme_combo.currentData(), self.k_spin.value()
        )
