"""The Analysis form driven with mouse and keyboard: threshold units, the poverty cut, tooltips,
and the poverty column offered for a newly opened sector layer (issue 9, items 6, 9 and 13)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
)

from accessmap.core.schema import Settings
from accessmap.gui.panels.analysis_panel import AnalysisPanel, likely_poverty_column
from tests.gui.test_results_panel import choose

pytestmark = pytest.mark.gui

GENT = "flanders/wijken_bimd_by_city/gent_wijken_ggw72024_bimd2011.geojson"


@pytest.fixture
def panel(qtbot):
    panel = AnalysisPanel()
    qtbot.addWidget(panel)
    panel.resize(330, 700)  # the dock's default width
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_state(Settings(poverty_column="bimd_income_score"), [], False, ["bimd_income_score"])
    return panel


def type_into(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    """Click into the box, select its text, type ``text`` and press Enter."""
    QTest.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin.lineEdit(), text)
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def test_switching_units_shows_each_units_own_value_never_a_conversion(qtbot, panel):
    edits: list[dict] = []
    panel.sig_settings_edited.connect(edits.append)
    type_into(qtbot, panel.threshold_spin, "1200")
    assert edits[-1]["threshold_m"] == 1200 and edits[-1]["threshold_min"] is None
    choose(qtbot, panel.unit_combo, "min")
    # the default 15 min, not 1200 m / 75 m/min = 16 min
    assert panel.threshold_spin.value() == 15 and panel.threshold_spin.suffix() == " min"
    assert edits[-1]["threshold_min"] == 15 and edits[-1]["threshold_m"] == 1200
    type_into(qtbot, panel.threshold_spin, "180")  # beyond the old 100-minute stop
    assert edits[-1]["threshold_min"] == 180
    assert panel.threshold_spin.maximum() == 240
    choose(qtbot, panel.unit_combo, "m")
    assert panel.threshold_spin.value() == 1200  # exactly, no round trip through minutes
    assert edits[-1]["threshold_min"] is None and edits[-1]["threshold_m"] == 1200
    choose(qtbot, panel.unit_combo, "min")
    assert panel.threshold_spin.value() == 180
    # the window refills the form from the settings: each unit keeps its own value
    panel.set_state(Settings(threshold_m=1200.0, threshold_min=None), [], False, [])
    assert panel.threshold_spin.value() == 1200 and panel.thresholds["min"] == 180


def test_the_unit_box_shows_minutes_walking_in_full(qtbot, panel):
    choose(qtbot, panel.unit_combo, "min")
    combo = panel.unit_combo
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())


def test_every_field_says_what_it_does(panel):
    fields = [
        *panel.findChildren(QComboBox),
        *panel.findChildren(QAbstractSpinBox),
        *panel.findChildren(QAbstractButton),
    ]
    assert len(fields) >= 15
    silent = [type(w).__name__ + ":" + w.objectName() for w in fields if not w.toolTip().strip()]
    assert silent == []


def test_poverty_cut_is_off_until_a_value_is_typed(qtbot, panel):
    edits: list[dict] = []
    panel.sig_settings_edited.connect(edits.append)
    assert not panel.cut_check.isChecked() and not panel.cut_spin.isEnabled()
    assert panel.settings_changes()["poor_cut"] is None
    QTest.mouseClick(panel.cut_check, Qt.MouseButton.LeftButton)
    assert panel.cut_check.isChecked() and panel.cut_spin.isEnabled()
    assert all(e["poor_cut"] is None for e in edits)  # ticked, no value yet: nothing changes
    assert panel.cut_spin.text() == "type a value"
    type_into(qtbot, panel.cut_spin, "30")
    assert edits[-1]["poor_cut"] == 30.0
    QTest.mouseClick(panel.cut_check, Qt.MouseButton.LeftButton)
    assert edits[-1]["poor_cut"] is None and not panel.cut_spin.isEnabled()
    panel.set_state(Settings(poverty_column="x", poorer="lower", poor_cut=2.0), [], False, ["x"])
    assert panel.cut_check.isChecked() and panel.cut_spin.value() == 2.0
    assert panel.settings_changes()["poor_cut"] == 2.0


def test_likely_poverty_column():
    assert likely_poverty_column(["sector_id", "bimd_income_decile", "bimd_income_score"]) == (
        "bimd_income_score"
    )
    assert likely_poverty_column(["naam", "pop", "bim_rate"]) == "bim_rate"
    assert likely_poverty_column(["Income_Deprivation_Score", "x"]) == "Income_Deprivation_Score"
    assert likely_poverty_column(["deprivation_index", "median_income"]) == "deprivation_index"
    # a decile only when nothing better is there
    assert likely_poverty_column(["bimd_decile", "median_income"]) == "median_income"
    assert likely_poverty_column(["bimd_decile", "population"]) == "bimd_decile"
    assert likely_poverty_column(["population", "name", "area_ha"]) is None
    assert likely_poverty_column([]) is None


def test_a_new_sector_layer_offers_its_columns_and_preselects_poverty(qtbot, panel, shared_data):
    import geopandas as gpd

    gent = gpd.read_file(shared_data / GENT)
    numeric = [c for c in gent.columns if c != "geometry" and gent[c].dtype.kind in "fiu"]
    edits: list[dict] = []
    panel.sig_settings_edited.connect(edits.append)
    chosen = panel.set_sector_columns(numeric)
    assert chosen == "income_domain_score_popw" == panel.poverty_combo.currentData()
    offered = [panel.poverty_combo.itemData(i) for i in range(panel.poverty_combo.count())]
    assert offered == [None, *numeric] and "bimd_income_score" not in offered
    assert panel.set_sector_columns(numeric, "bimd2011_score_popw") == "bimd2011_score_popw"
    assert panel.set_sector_columns(numeric, "bimd_income_score") == "income_domain_score_popw"
    assert panel.set_sector_columns(["naam", "area"]) is None
    assert panel.poverty_combo.currentText() == "(none)"
    assert edits == []  # offering columns changes no setting by itself
