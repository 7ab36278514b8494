"""Docks on the real Brussels sample: results table, summary, analysis form, layers list."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from accessmap.gui.panels.analysis_panel import AnalysisPanel, mappable_columns
from accessmap.gui.panels.layers_panel import LayersPanel
from accessmap.gui.panels.results_panel import ResultsPanel
from accessmap.gui.panels.summary_view import format_figure

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def sample():
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    return layers, settings, run_analysis(layers, settings)


def test_table_sorts_numerically_with_missing_last(qtbot, sample):
    _layers, _settings, result = sample
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_result(result)
    assert panel.model.rowCount() == 724
    col = list(panel.model.frame.columns).index("dist_nearest_m")
    panel.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    ids = [panel.model.sector_id(r) for r in range(724)]
    dist = result.sectors.set_index("sector_id").loc[ids, "dist_nearest_m"].to_numpy()
    assert np.all(np.diff(dist) >= 0)
    # poverty is unknown for 49 sectors: they sort last in both directions
    pcol = list(panel.model.frame.columns).index("poverty")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        panel.table.sortByColumn(pcol, order)
        shown = [panel.model.sector_id(r) for r in range(724)]
        pov = result.sectors.set_index("sector_id").loc[shown, "poverty"].to_numpy()
        assert np.isnan(pov[-49:]).all() and np.isfinite(pov[:-49]).all()
        step = np.diff(pov[:-49])
        assert np.all(step >= 0) if order == Qt.SortOrder.AscendingOrder else np.all(step <= 0)


def test_filter_and_selection_round_trip(qtbot, sample):
    _layers, _settings, result = sample
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_result(result)
    panel.filter_edit.setText("ixelles")
    expected = int(
        result.sectors.drop(columns="geometry")
        .astype(str)
        .apply(lambda c: c.str.contains("ixelles", case=False))
        .any(axis=1)
        .sum()
    )
    assert panel.proxy.rowCount() == expected > 0
    frame = panel.model.frame.astype(str)
    for r in range(panel.proxy.rowCount()):
        src = panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()
        row = frame.iloc[int(panel.model._order[src])]
        assert row.str.contains("ixelles", case=False).any()
    assert panel.count_label.text().startswith(f"{expected} of 724")
    # programmatic selection (from the map) selects rows without echoing a signal back
    picked = [
        panel.model.sector_id(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
        for r in (0, 2)
    ]
    echoes = []
    panel.sig_sectors_selected.connect(echoes.append)
    panel.select_ids(picked)
    assert sorted(panel.selected_ids()) == sorted(picked) and echoes == []
    # a user selection is reported
    with qtbot.waitSignal(panel.sig_sectors_selected, timeout=1000) as blocker:
        panel.table.selectRow(1)
    assert len(blocker.args[0]) == 1
    # a sector hidden by the filter cannot be selected in the table
    panel.select_ids(["21001A00-"])  # Anderlecht, filtered out
    assert panel.selected_ids() == []


def test_summary_figures(qtbot, sample):
    _layers, _settings, result = sample
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_result(result, note="No GP capacities in this sample.")
    s = result.summary
    view = panel.summary
    assert view.figure("gap_sectors") == f"{s['gap_sectors']:,}"
    assert view.figure("concentration_index") == f"{s['concentration_index']:+.3f}"
    assert view.figure("distance_kind") == "straight line"
    assert "No GP capacities" in view.note.text()
    assert "77 centres" in view.messages.text()
    assert format_figure("share_x", 0.5) == "50.0 %"
    assert format_figure("x", float("nan")) == "–"


def test_analysis_panel_reports_edits_and_keeps_a_value_per_unit(qtbot, sample):
    layers, settings, result = sample
    panel = AnalysisPanel()
    qtbot.addWidget(panel)
    panel.set_state(
        settings, list(layers.sectors.columns), False, ["bimd_income_score", "bimd_score"]
    )
    assert panel.poverty_combo.currentData() == "bimd_income_score"
    assert not panel.network_check.isEnabled()
    with qtbot.waitSignal(panel.sig_settings_edited, timeout=1000) as blocker:
        panel.threshold_spin.setValue(1200)
    assert blocker.args[0]["threshold_m"] == 1200 and blocker.args[0]["threshold_min"] is None
    # switching to minutes shows the minutes' own value (15 by default), never 1200 m
    # converted at the walking speed (16 min), which made "800 m" come back as "825 m"
    with qtbot.waitSignal(panel.sig_settings_edited, timeout=1000) as blocker:
        panel.unit_combo.setCurrentIndex(1)
    assert blocker.args[0]["threshold_min"] == 15
    with qtbot.waitSignal(panel.sig_settings_edited, timeout=1000) as blocker:
        panel.poorer_combo.setCurrentIndex(1)
    assert blocker.args[0]["poorer"] == "lower"
    cols = mappable_columns(result.sectors)
    assert cols[0] == "dist_nearest_m" and "e2sfca_per_10k" in cols
    assert "sector_id" not in cols and "gap_class" not in cols
    panel.set_display(cols, "dist_nearest_m", "quantiles", 5)
    with qtbot.waitSignal(panel.sig_display_edited, timeout=1000) as blocker:
        panel.scheme_combo.setCurrentIndex(panel.scheme_combo.findData("natural_breaks"))
    assert blocker.args == ["dist_nearest_m", "natural_breaks", 5]
    # filling the form from the state does not emit edits
    edits = []
    panel.sig_settings_edited.connect(edits.append)
    panel.set_state(settings, list(layers.sectors.columns), False, ["bimd_income_score"])
    assert edits == []


def test_layers_panel_lists_layers_and_guards_removal(qtbot, sample):
    layers, _settings, _result = sample
    panel = LayersPanel()
    qtbot.addWidget(panel)
    panel.set_layers(layers)
    assert panel.roles() == ["sectors", "centres"]
    assert panel.tree.topLevelItem(0).text(1) == "724"
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert not panel.remove_button.isEnabled()  # sectors are required
    with qtbot.waitSignal(panel.sig_visibility_changed, timeout=1000) as blocker:
        panel.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
    assert blocker.args == ["centres", False]
    with_catchments = layers.replace(catchments=layers.sectors.iloc[:3][["geometry"]])
    panel.set_layers(with_catchments)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(2))
    assert panel.remove_button.isEnabled()
    with qtbot.waitSignal(panel.sig_remove_requested, timeout=1000) as blocker:
        panel.remove_button.click()
    assert blocker.args == ["catchments"]
