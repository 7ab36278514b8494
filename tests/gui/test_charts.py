"""Equity charts on the real Brussels sample: values, click-to-select, highlight, export."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, Qt

from accessmap.gui.charts import (
    ConcentrationChart,
    HistogramChart,
    QuintileBeyondChart,
    QuintileDistanceChart,
    sector_quintiles,
)
from accessmap.gui.panels.charts_panel import ChartsPanel

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def result():
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    return run_analysis(layers, settings)


def test_sector_quintiles_agree_with_the_pipeline_table(result):
    q, _rank = sector_quintiles(result)
    counts = [int((q == i).sum()) for i in range(1, 6)]
    assert counts == result.quintiles["n_sectors"].tolist()
    pops = [result.sectors["population"].to_numpy()[q == i].sum() for i in range(1, 6)]
    assert np.allclose(pops, result.quintiles["population"].to_numpy())
    assert (q == 0).sum() == int(result.summary["sectors_without_poverty"])


def test_distance_bars_show_quintile_means_and_click_selects_quintile(qtbot, result):
    chart = QuintileDistanceChart()
    qtbot.addWidget(chart)
    chart.resize(500, 350)
    chart.show()
    chart.set_result(result)
    heights = np.asarray(chart._bars.opts["height"], dtype=float)
    assert np.allclose(heights, result.quintiles["mean_dist_m"].to_numpy())
    # a real mouse click on the middle of the poorest quintile's bar
    qtbot.waitExposed(chart)
    vb = chart.plotItem.vb
    scene_pt = vb.mapViewToScene(QPointF(1.0, heights[0] / 2))
    pos = chart.mapFromScene(scene_pt)
    with qtbot.waitSignal(chart.sig_sectors_selected, timeout=2000) as blocker:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    ids = blocker.args[0]
    assert len(ids) == int(result.quintiles["n_sectors"].iloc[0])
    q, _ = sector_quintiles(result)
    expected = set(result.sectors["sector_id"].astype(str).to_numpy()[q == 1])
    assert set(ids) == expected
    # selecting a sector elsewhere outlines its quintile's bar
    chart.set_selection([ids[0]])
    widths = [p.width() for p in chart._bars.opts["pens"]]
    assert widths[0] == 3 and all(w != 3 for w in widths[1:])
    assert chart.select_at(3.5) == []  # between bars: nothing


def test_beyond_chart_in_percent(qtbot, result):
    chart = QuintileBeyondChart()
    qtbot.addWidget(chart)
    chart.set_result(result)
    heights = np.asarray(chart._bars.opts["height"], dtype=float)
    assert np.allclose(heights, 100 * result.quintiles["share_beyond"].to_numpy())


def test_concentration_curve_title_and_band_selection(qtbot, result):
    chart = ConcentrationChart()
    qtbot.addWidget(chart)
    chart.set_result(result)
    ci = result.summary["concentration_index"]
    assert f"{ci:+.3f}" in chart.plotItem.titleLabel.text
    ids = chart.select_at(0.1, 0.1)
    _, rank = sector_quintiles(result)
    sid = result.sectors["sector_id"].astype(str).to_numpy()
    assert set(ids) == set(sid[np.abs(rank - 0.1) <= 0.025]) and ids
    chart.set_selection(ids[:3])
    x, _y = chart._marks.getData()
    assert len(x) == 3


def test_histogram_counts_breaks_and_bin_selection(qtbot, result):
    chart = HistogramChart()
    qtbot.addWidget(chart)
    chart.set_result(result)
    chart.set_column("dist_nearest_m", [300.0, 600.0, 900.0, 5000.0], "distance")
    v = result.sectors["dist_nearest_m"].to_numpy(dtype=float)
    assert chart._hist.opts["height"].sum() == np.isfinite(v).sum()
    lines = [i for i in chart.plotItem.items if i.__class__.__name__ == "InfiniteLine"]
    assert sorted(line.value() for line in lines) == [300.0, 600.0, 900.0]
    e = chart._edges
    ids = chart.select_at((e[0] + e[1]) / 2)
    inside = (v >= e[0]) & (v < e[1])
    assert len(ids) == inside.sum() > 0


def test_panel_links_selection_and_exports_png_svg(qtbot, result, tmp_path):
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.set_result(result)
    panel.set_display("dist_nearest_m", "quantiles", 5)
    lines = [
        i for i in panel.histogram_chart.plotItem.items if i.__class__.__name__ == "InfiniteLine"
    ]
    assert len(lines) == 4  # k - 1 inner class breaks
    with qtbot.waitSignal(panel.sig_sectors_selected, timeout=1000) as blocker:
        panel.beyond_chart.select_at(5)
    assert len(blocker.args[0]) == int(result.quintiles["n_sectors"].iloc[4])
    files = panel.export_all(tmp_path / "charts")
    assert len(files) == 8
    png = tmp_path / "charts" / "distance_by_quintile.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "charts" / "concentration_curve.svg").read_text()
    assert "<svg" in svg


def drawn_tick_labels(chart, axis: str = "bottom") -> list[tuple[str, object]]:
    """(text, rect in widget pixels) of the tick labels the axis draws now."""
    from PySide6.QtGui import QImage, QPainter

    ax = chart.getAxis(axis)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = ax.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [
        (text, chart.mapFromScene(ax.mapRectToScene(rect)).boundingRect())
        for rect, _f, text in texts
    ]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_both_end_ticks_are_drawn_inside_the_chart(qtbot, result, language):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    if language != "en":
        qm = Path(__file__).parents[2] / "resources" / "translations" / f"accessmap_{language}.qm"
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
    try:
        for chart in (QuintileDistanceChart(), QuintileBeyondChart()):
            qtbot.addWidget(chart)
            chart.resize(330, 250)  # a chart in the 2 x 2 grid of the default window
            chart.show()
            qtbot.waitExposed(chart)
            chart.set_result(result)
            expected = {"en": "least poor", "nl": "minst arm"}[language]
            # the axis makes room for its labels once it has been laid out and painted
            qtbot.waitUntil(lambda c=chart: len(drawn_tick_labels(c)) == 5, timeout=3000)
            last, rect = drawn_tick_labels(chart)[-1]
            assert expected in last.replace("\n", " ")
            assert chart.rect().contains(rect), (rect, chart.rect())
    finally:
        QCoreApplication.removeTranslator(translator)


def test_axis_has_no_si_scale_when_everyone_is_within_the_threshold(qtbot, result):
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    everyone = run_analysis(layers, settings.replace(threshold_m=50_000.0))
    assert everyone.summary["share_population_within_threshold"] == 1.0
    chart = QuintileBeyondChart()
    qtbot.addWidget(chart)
    chart.resize(330, 250)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_result(everyone)
    assert np.allclose(np.asarray(chart._bars.opts["height"], dtype=float), 0.0)
    label = chart.getAxis("left").labelString()
    assert "x1e" not in label and "% of residents" in label
    _lo, top = chart.plotItem.vb.viewRange()[1]
    assert top == pytest.approx(10.0)  # 0-10 %, readable ticks
    ticks = [t for t, _ in drawn_tick_labels(chart, "left")]
    assert ticks and all(t.isdigit() for t in ticks), ticks
    # the distance chart keeps its threshold line in view
    dist = QuintileDistanceChart()
    qtbot.addWidget(dist)
    dist.set_result(everyone)
    assert dist.plotItem.vb.viewRange()[1][1] >= 50_000.0
    assert "mean distance (m)" in dist.getAxis("left").labelString()
