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

__all__ = [
    "DEFAULT_THRESHOLD",
    "SCHEMES",
    "AnalysisPanel",
    "indicator_info",
    "indicator_label",
    "likely_poverty_column",
]

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
#: The threshold shown when a unit is first chosen; each unit keeps its own value after that
#: (switching units never converts: 800 m -> 11 min -> 825 m was the old round trip).
DEFAULT_THRESHOLD = {"m": 800.0, "min": 15.0}
#: Largest threshold in walking minutes (4 hours).
MAX_MINUTES = 240
#: Bounds of the poverty cut box (its minimum, shown as "type a value", means no value yet).
CUT_LIMIT = 1e6
#: Poverty column name patterns, most likely first (a score before a rate before a decile:
#: deciles tie heavily and make coarse classes). Matched case-insensitively with fnmatch.
POVERTY_PATTERNS = (
    "bimd_income_score",
    "*income*score*",
    "bim_rate*",
    "*bim_rate*",
    "*deprivation*",
    "*bimd*score*",
    "*verhoogde*tegemoetkoming*",
    "*cpas*rate*",
    "*ocmw*",
    "*poverty*",
    "*armoede*",
    "*pauvret*",
    "*income*",
    "*inkomen*",
    "*revenu*",
    "*bimd*",
    "*decile*",
    "*deciel*",
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


def likely_poverty_column(columns: list[str]) -> str | None:
    """The column of ``columns`` most likely to hold poverty, or None.

    In the order of :data:`POVERTY_PATTERNS`: the BIMD income score, any ``*income*score*``,
    the BIM share (``bim_rate``), deprivation indices, other poverty or income columns, and
    decile columns last. Canonical and computed columns (population, ids) are never chosen.
    """
    from fnmatch import fnmatchcase

    def rank(name: str) -> tuple[bool, int]:
        low = name.lower()
        hits = [i for i, p in enumerate(POVERTY_PATTERNS) if fnmatchcase(low, p)]
        decile = "decile" in low or "deciel" in low
        return decile, hits[0] if hits else len(POVERTY_PATTERNS)

    names = [str(c) for c in columns if str(c) not in _NOT_MAPPABLE and str(c) != "population"]
    ranked = sorted((rank(n), i, n) for i, n in enumerate(names))  # ties: column order
    found = [n for (_decile, hit), _i, n in ranked if hit < len(POVERTY_PATTERNS)]
    return found[0] if found else None


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
    """Form for :class:`~accessmap.core.schema.Settings` and the map's display options.

    The threshold keeps one value per unit (metres and walking minutes): switching the unit
    shows that unit's own value (800 m and 15 min at first) and never converts, so no rounding
    round trip changes the threshold. Every field has a tooltip saying what it does.
    """

    #: dict of changed Settings fields
    sig_settings_edited = Signal(dict)
    #: mapped column, scheme, number of classes
    sig_display_edited = Signal(str, str, int)
    #: the user asked to run the analysis again
    sig_run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        #: the threshold of each unit ("m", "min"), kept apart
        self.thresholds = dict(DEFAULT_THRESHOLD)
        self.poverty_combo = QComboBox()
        self.poorer_combo = QComboBox()
        self.poorer_combo.addItem(self.tr("higher value = poorer"), "higher")
        self.poorer_combo.addItem(self.tr("lower value = poorer"), "lower")
        self.cut_check = QCheckBox(self.tr("absolute cut"))
        self.cut_spin = self._spin(-CUT_LIMIT, CUT_LIMIT, 2, 1)
        self.cut_spin.setSpecialValueText(self.tr("type a value"))  # the minimum = no value yet
        self.cut_spin.setValue(-CUT_LIMIT)
        self.cut_spin.setEnabled(False)
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
        self._set_threshold_unit(False)
        self.threshold_spin.setValue(self.thresholds["m"])
        self._tooltips()
        self._lay_out()

        for w in (self.poverty_combo, self.poorer_combo, self.unit_combo, self.weight_combo):
            w.currentIndexChanged.connect(self._settings_edited)
        for s in (
            self.threshold_spin,
            self.speed_spin,
            self.catchment_spin,
            self.sigma_spin,
            self.cut_spin,
        ):
            s.valueChanged.connect(self._settings_edited)
        self.network_check.toggled.connect(self._settings_edited)
        self.cut_check.toggled.connect(self._settings_edited)
        self.run_button.clicked.connect(self.sig_run_requested)
        self.column_combo.currentIndexChanged.connect(self._display_edited)
        self.scheme_combo.currentIndexChanged.connect(self._display_edited)
        self.k_spin.valueChanged.connect(self._display_edited)

    def _lay_out(self) -> None:
        settings_box = QGroupBox(self.tr("Analysis"))
        form = QFormLayout(settings_box)
        form.addRow(self.tr("Poverty column"), self.poverty_combo)
        form.addRow(self.tr("Direction"), self.poorer_combo)
        cut = QHBoxLayout()
        cut.addWidget(self.cut_check)
        cut.addWidget(self.cut_spin, 1)
        form.addRow(self.tr("Poor"), cut)
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
            self.weight_combo,
            self.column_combo,
            self.scheme_combo,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        # the unit box shows its longest entry in full ("minutes walking", not "minutes wal")
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_combo.setMinimumWidth(self.unit_combo.sizeHint().width())
        layout = QVBoxLayout(self)
        layout.addWidget(settings_box)
        layout.addWidget(map_box)
        layout.addStretch(1)

    def _tooltips(self) -> None:
        tips = {
            self.poverty_combo: self.tr(
                "The sector column that measures poverty (e.g. the BIMD income score or the "
                "share with increased reimbursement). It ranks sectors into poverty classes."
            ),
            self.poorer_combo: self.tr(
                "Which way the poverty column points: higher = poorer for a deprivation score "
                "or a share of residents, lower = poorer for a median income or a BIMD decile."
            ),
            self.cut_check: self.tr(
                "Off: the poorest third of the sectors is 'poor'. On: 'poor' = at or beyond "
                "the value beside it in the poverty direction (e.g. decile <= 2, BIM share >= "
                "30); the other sectors are split into two classes."
            ),
            self.cut_spin: self.tr(
                "The absolute poverty cut: sectors at or beyond this value (>= when higher is "
                "poorer, <= when lower is poorer) count as poor."
            ),
            self.threshold_spin: self.tr(
                "Distance or walking time within which a centre counts as reachable; sectors "
                "beyond it and poor form the coverage gap."
            ),
            self.unit_combo: self.tr(
                "Threshold in metres or in minutes walking. Each unit keeps its own value. "
                "Without a street network, minutes are straight-line metres at the walking "
                "speed."
            ),
            self.speed_spin: self.tr(
                "Walking speed used to turn minutes into metres (4.5 km/h = 75 m per minute)."
            ),
            self.network_check: self.tr(
                "Measure walking distances over the loaded street network instead of straight "
                "lines (needs a network layer)."
            ),
            self.catchment_spin: self.tr(
                "E2SFCA catchment: how far a centre's capacity is shared among residents "
                "(the 'GPs per 10,000 residents within reach' indicator)."
            ),
            self.weight_combo: self.tr(
                "How E2SFCA weighs distance inside the catchment: a smooth Gaussian decay, or "
                "steps of 1.0 / 0.68 / 0.22 at 500 / 1,000 / 1,500 m."
            ),
            self.sigma_spin: self.tr(
                "Width of the Gaussian decay; 0 = automatic (half the catchment)."
            ),
            self.run_button: self.tr("Run the analysis again with these settings (F5)."),
            self.column_combo: self.tr("The indicator the map colours the sectors by."),
            self.scheme_combo: self.tr(
                "How the map's classes are cut: equal numbers of sectors (quantiles), natural "
                "breaks in the values, or equal widths."
            ),
            self.k_spin: self.tr("Number of colour classes on the map."),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)

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
            self._fill_poverty_columns(
                numeric_columns if numeric_columns is not None else sector_columns,
                settings.poverty_column,
            )
            self.poorer_combo.setCurrentIndex(self.poorer_combo.findData(settings.poorer))
            self.cut_check.setChecked(settings.poor_cut is not None)
            if settings.poor_cut is not None:
                self.cut_spin.setValue(float(settings.poor_cut))
            self.cut_spin.setEnabled(settings.poor_cut is not None)
            minutes = settings.threshold_min is not None
            self.thresholds["m"] = float(settings.threshold_m)
            if minutes:
                self.thresholds["min"] = float(settings.threshold_min)
            self.unit_combo.setCurrentIndex(1 if minutes else 0)
            self._show_threshold()
            self.speed_spin.setValue(settings.walk_speed_kmh)
            self.network_check.setEnabled(has_network)
            self.network_check.setChecked(settings.use_network and has_network)
            self.catchment_spin.setValue(settings.e2sfca_catchment_m)
            self.weight_combo.setCurrentIndex(self.weight_combo.findData(settings.e2sfca_weight))
            self.sigma_spin.setValue(settings.e2sfca_sigma_m or 0.0)
            self.sigma_spin.setEnabled(settings.e2sfca_weight == "gaussian")
        finally:
            self._loading = False

    def set_sector_columns(self, columns: list[str], preselect: str | None = None) -> str | None:
        """Offer a new sector layer's ``columns`` as poverty columns; no signal, no dialog.

        Selects ``preselect`` when it is one of them, else :func:`likely_poverty_column`, else
        "(none)"; returns the chosen column (None for "(none)"). The caller (the controller, on
        opening a new sector layer) puts it into the settings: the panel only shows it.
        """
        columns = [str(c) for c in columns]
        chosen = preselect if preselect in columns else likely_poverty_column(columns)
        self._loading = True
        try:
            self._fill_poverty_columns(columns, chosen)
        finally:
            self._loading = False
        return self.poverty_combo.currentData()

    def _fill_poverty_columns(self, columns: list[str], current: str | None) -> None:
        self.poverty_combo.clear()
        self.poverty_combo.addItem(self.tr("(none)"), None)
        for col in columns:
            self.poverty_combo.addItem(col, col)
        self.poverty_combo.setCurrentIndex(max(self.poverty_combo.findData(current), 0))

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

    def _unit(self) -> str:
        return str(self.unit_combo.currentData())

    def _set_threshold_unit(self, minutes: bool) -> None:
        if minutes:
            self.threshold_spin.setRange(1, MAX_MINUTES)
            self.threshold_spin.setSingleStep(1)
            self.threshold_spin.setSuffix(self.tr(" min"))
        else:
            self.threshold_spin.setRange(10, 100_000)
            self.threshold_spin.setSingleStep(50)
            self.threshold_spin.setSuffix(self.tr(" m"))

    def _show_threshold(self) -> None:
        """Show the current unit's own threshold (its range and suffix first)."""
        was = self._loading
        self._loading = True
        self._set_threshold_unit(self._unit() == "min")
        self.threshold_spin.setValue(self.thresholds[self._unit()])
        self._loading = was

    # -- user edits ------------------------------------------------------------------------------
    def settings_changes(self) -> dict[str, Any]:
        """The Settings fields the form currently shows."""
        minutes = self._unit() == "min"
        sigma = float(self.sigma_spin.value())
        return {
            "poverty_column": self.poverty_combo.currentData(),
            "poorer": self.poorer_combo.currentData(),
            "poor_cut": self.poor_cut(),
            "threshold_m": self.thresholds["m"],
            "threshold_min": self.thresholds["min"] if minutes else None,
            "walk_speed_kmh": float(self.speed_spin.value()),
            "use_network": self.network_check.isChecked(),
            "e2sfca_catchment_m": float(self.catchment_spin.value()),
            "e2sfca_weight": self.weight_combo.currentData(),
            "e2sfca_sigma_m": sigma if sigma > 0 else None,
        }

    def poor_cut(self) -> float | None:
        """The absolute poverty cut shown (None: off, or no value typed yet)."""
        value = float(self.cut_spin.value())
        return value if self.cut_check.isChecked() and value > -CUT_LIMIT else None

    def _settings_edited(self) -> None:
        if self._loading:
            return
        sender = self.sender()
        if sender is self.unit_combo:
            self._show_threshold()  # the new unit's own value, never a conversion
        elif sender is self.threshold_spin:
            self.thresholds[self._unit()] = float(self.threshold_spin.value())
        self.cut_spin.setEnabled(self.cut_check.isChecked())
        if sender is self.cut_check and self.poor_cut() is None and self.cut_check.isChecked():
            self.cut_spin.setFocus()  # ticked: the value comes next (nothing changes until then)
            self.cut_spin.selectAll()
        self.sigma_spin.setEnabled(self.weight_combo.currentData() == "gaussian")
        self.sig_settings_edited.emit(self.settings_changes())

    def _display_edited(self) -> None:
        if self._loading or self.column_combo.currentData() is None:
            return
        self.sig_display_edited.emit(
            self.column_combo.currentData(), self.scheme_combo.currentData(), self.k_spin.value()
        )
