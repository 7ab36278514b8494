"""Results table on the real Brussels sample, driven with the mouse and keyboard as a person.

Selection follows the sector through sorting (a header click) and filtering; the filter can be
limited to one column and says where it matched (issue 9, item 8).
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from accessmap.gui.panels.results_panel import ResultsPanel

pytestmark = pytest.mark.gui

MOLENBEEK_IN_GANSHOREN = "21008A29-"  # sector "RIVIERE MOLENBEEK" in Ganshoren


@pytest.fixture(scope="module")
def result():
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    return run_analysis(layers, settings)


@pytest.fixture
def panel(qtbot, result):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_result(result)
    return panel


def click_header(qtbot, panel: ResultsPanel, column: str) -> None:
    """Scroll the column into view and click its header section, as a person sorts."""
    col = list(panel.model.frame.columns).index(column)
    panel.table.scrollTo(panel.proxy.index(0, col))
    header = panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionViewportPosition(col) >= 0)
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def click_row(panel: ResultsPanel, sector_id: str) -> None:
    """Scroll the sector's row into view and click it."""
    index = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(sector_id), 0))
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(qtbot, combo: QComboBox, data: object) -> None:
    """Open the combo's popup with a click and click the entry holding ``data``."""
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(combo.findData(data), 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    # a person's pointer travels to the entry (a release right where the popup opened, within
    # the double-click time, is taken as the end of the opening click and ignored by Qt)
    QTest.mouseMove(view.viewport(), QPoint(rect.right() - 2, rect.center().y()))
    QTest.mouseMove(view.viewport(), rect.center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def highlighted_ids(panel: ResultsPanel) -> list[str]:
    """The sector ids written in the highlighted rows, as a person reads them."""
    col = list(panel.model.frame.columns).index("sector_id")
    rows = panel.table.selectionModel().selectedRows(col)
    return sorted(panel.proxy.data(i) for i in rows)


def test_selection_from_the_map_stays_on_its_sector_after_sorting(qtbot, panel, result):
    sector = str(result.sectors["sector_id"].iloc[100])
    panel.select_ids([sector])  # as a click on the map does
    assert highlighted_ids(panel) == [sector]
    echoes = []
    panel.sig_sectors_selected.connect(echoes.append)
    click_header(qtbot, panel, "dist_nearest_m")
    assert highlighted_ids(panel) == [sector]
    click_header(qtbot, panel, "dist_nearest_m")  # descending
    assert highlighted_ids(panel) == [sector]
    assert panel.selected_ids() == [sector]
    assert echoes == []  # the map keeps its selection: a sort selects nothing new


def test_row_clicked_by_the_user_follows_its_sector_through_sorts(qtbot, panel, result):
    sector = str(result.sectors["sector_id"].iloc[5])
    with qtbot.waitSignal(panel.sig_sectors_selected, timeout=2000) as blocker:
        click_row(panel, sector)
    assert blocker.args == [[sector]]
    for column in ("population", "poverty", "name"):
        click_header(qtbot, panel, column)
        assert highlighted_ids(panel) == [sector]
    assert "1 sector selected" in panel.count_label.text()


def test_filter_in_the_municipality_column_skips_a_sector_named_molenbeek(qtbot, panel, result):
    municipality = result.sectors["municipality"].astype(str)
    in_molenbeek = int(municipality.str.contains("molenbeek", case=False).sum())
    panel.filter_edit.setFocus()
    QTest.keyClicks(panel.filter_edit, "Molenbeek")
    # every column: the Ganshoren sector named RIVIERE MOLENBEEK is found, and the line says where
    shown = {
        panel.model.sector_id(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
        for r in range(panel.proxy.rowCount())
    }
    assert MOLENBEEK_IN_GANSHOREN in shown
    assert "name (1)" in panel.count_label.text()
    assert f"municipality ({in_molenbeek})" in panel.count_label.text()
    choose(qtbot, panel.filter_column, "municipality")
    assert panel.filter_column.currentData() == "municipality"
    assert panel.proxy.rowCount() == in_molenbeek == 46
    shown = {
        panel.model.sector_id(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
        for r in range(panel.proxy.rowCount())
    }
    assert MOLENBEEK_IN_GANSHOREN not in shown
    assert panel.count_label.text().startswith(f"{in_molenbeek} of 724 sectors shown")
    assert "name (" not in panel.count_label.text()


def test_a_filter_hides_a_selected_sector_without_deselecting_it(qtbot, panel):
    echoes = []
    panel.sig_sectors_selected.connect(echoes.append)
    panel.select_ids(["21001A00-", MOLENBEEK_IN_GANSHOREN])  # Anderlecht and Ganshoren
    panel.set_filter_column("municipality")
    panel.filter_edit.setFocus()
    QTest.keyClicks(panel.filter_edit, "Ganshoren")
    assert highlighted_ids(panel) == [MOLENBEEK_IN_GANSHOREN]
    assert "2 sectors selected (1 of them hidden by the filter)" in panel.count_label.text()
    panel.filter_edit.clear()
    assert highlighted_ids(panel) == ["21001A00-", MOLENBEEK_IN_GANSHOREN]
    assert echoes == []
    assert panel.selection_text(1) == "1 sector selected"
    assert panel.selection_text(1234) == "1,234 sectors selected"


def test_selection_and_sort_survive_a_new_result(qtbot, panel, result):
    sector = str(result.sectors["sector_id"].iloc[300])
    panel.select_ids([sector])
    click_header(qtbot, panel, "population")
    top = panel.model.sector_id(0)
    panel.set_result(result)  # a re-run
    assert panel.model.sector_id(0) == top
    assert highlighted_ids(panel) == [sector]


def test_minutes_without_a_network_say_straight_line_at_walking_speed(qtbot, panel):
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    assert layers.network is None
    minutes = run_analysis(layers, settings.replace(threshold_min=15.0))
    panel.set_result(minutes)
    warning = panel.summary.threshold_warning
    assert warning.isVisibleTo(panel)
    assert "straight lines" in warning.text() and "15 min at 4.5 km/h = 1,125 m" in warning.text()
    assert panel.summary.figure("threshold_m") == "15 min (1,125 m)"
    panel.set_result(run_analysis(layers, settings))  # metres: nothing to say
    assert not warning.isVisibleTo(panel)


def test_tied_poverty_classes_are_said_next_to_the_result(qtbot, panel):
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    deciles = run_analysis(
        layers, settings.replace(poverty_column="bimd_income_decile", poorer="lower")
    )
    assert deciles.summary.get("poverty_class_tie_warning") is True
    panel.set_result(deciles)
    label = panel.summary.tie_warning
    assert label.isVisibleTo(panel)
    assert "bimd_income_decile" in label.text() and "absolute poverty cut" in label.text()
    assert label.text() not in panel.summary.messages.text()  # said once, in the warning
    panel.set_result(run_analysis(layers, settings))  # the income score: no ties to report
    assert not label.isVisibleTo(panel)


def test_no_result_then_a_new_one_with_a_filter_and_a_sort(qtbot, panel, result):
    """New sectors clear the table (no result), then their result comes in: the filter typed
    before applies to it (this crashed in the proxy on a mask of the old frame)."""
    click_header(qtbot, panel, "population")
    panel.filter_edit.setFocus()
    QTest.keyClicks(panel.filter_edit, "Ixelles")
    panel.set_result(None)
    assert panel.model.rowCount() == 0 and panel.count_label.text().startswith("0 of 0")
    panel.set_result(result)
    ixelles = int(result.sectors["municipality"].astype(str).str.contains("Ixelles").sum())
    assert panel.proxy.rowCount() >= ixelles > 0
    shown = [panel.model.frame.loc[panel.model.frame_row(r), "population"] for r in range(5)]
    assert shown == sorted(shown)


def test_with_an_absolute_cut_the_poor_are_not_called_the_poorest_third(qtbot, panel, result):
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    name = panel.summary.row_names["share_poor_population_within_threshold"]
    assert name.text() == "Poorest third's residents within it"
    panel.set_result(run_analysis(layers, settings.replace(poor_cut=60.0)))
    assert name.text() == "Poor residents (by the cut) within it"
    panel.set_result(result)
    assert name.text() == "Poorest third's residents within it"
