"""Comparing scenarios in the window: the delta map and the charts overlaid (real QtWebEngine,
real Brussels sample, isolated QSettings; no mocks)."""

from __future__ import annotations

import json

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from accessmap.render.map_payload import style_payload

pytestmark = pytest.mark.gui
NEW_CENTRE = (149_000.0, 170_500.0)  # EPSG:31370, Anderlecht


def js(qtbot, window, script, timeout=10_000):
    out = []
    window.map_view.run_js(script, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=timeout)
    return out[0]


def _add_centre_and_compare(qtbot, window):
    """One extra centre in a new scenario (the command path), then Compare."""
    c = window.controller
    with qtbot.waitSignal(c.sig_result_changed, timeout=30_000):
        assert window.scenario_ops.add_centre_at(*NEW_CENTRE, name="Test centre")
    assert c.current != "baseline" and len(c.result.centres) == 78
    qtbot.waitUntil(lambda: window.map_view.is_ready, timeout=60_000)
    panel = window.scenario_docks.scenario_panel
    with qtbot.waitSignal(panel.sig_compared, timeout=60_000):
        window.scenario_docks.compare()
    return panel, c.current


def test_delta_map_restyles_without_reload_and_shows_gains(qtbot, window, tmp_path):
    panel, name = _add_centre_and_compare(qtbot, window)
    view = window.map_view
    base, scen = panel.results["baseline"], panel.results[name]
    assert panel.delta_check.isEnabled() and panel.comparison_name() == name
    builds, token = view.build_count, js(qtbot, window, "window.accessmap.loadToken()")
    with qtbot.waitSignal(panel.sig_show_delta, timeout=5_000) as sig:
        panel.set_delta_visible(True)
    shown = sig.args[0]
    assert sig.args[1] == "delta_dist_m"
    qtbot.waitUntil(
        lambda: js(qtbot, window, "window.accessmap.state.style.column") == "delta_dist_m",
        timeout=10_000,
    )
    assert view.build_count == builds  # restyled, not rebuilt
    assert js(qtbot, window, "window.accessmap.loadToken()") == token
    # the delta is the scenario minus the baseline; only gains with one more centre
    s = shown.sectors
    d = s["delta_dist_m"].to_numpy(float)
    pos = base.sectors["sector_id"].astype(str).tolist()
    before = base.sectors.set_index(base.sectors["sector_id"].astype(str))["dist_nearest_m"]
    assert np.allclose(d, s["dist_nearest_m"] - before.loc[s["sector_id"].astype(str)].to_numpy())
    assert len(pos) == len(s) == 724
    gains = d < -1e-9
    assert gains.sum() > 0 and not (d > 1e-9).any()
    # the sectors that gained are those now nearest to the new centre
    dx = s["demand_x"].to_numpy(float) - NEW_CENTRE[0]
    dy = s["demand_y"].to_numpy(float) - NEW_CENTRE[1]
    near = np.hypot(dx, dy)
    assert np.allclose(s["dist_nearest_m"].to_numpy(float)[gains], near[gains], rtol=1e-6)
    assert near[gains].max() < near[~gains].min() + 3_000
    # feature colours on the page = the payload's classes: gains in the blue half, rest neutral
    expected = style_payload(shown, "delta_dist_m", include_values=False)
    assert expected["colors"][3] == "#f7f7f7"
    classes = np.asarray(expected["classes"])
    assert (classes[d < -50] < 3).all() and (classes[d >= -50] == 3).all()  # +-50 m: no change
    assert (d < -50).sum() >= 3
    best = int(np.argmin(d))
    sid = json.dumps(str(s["sector_id"].iloc[best]))
    colour = expected["colors"][classes[best]]
    assert colour in ("#2166ac", "#67a9cf", "#d1e5f0")
    qtbot.waitUntil(
        lambda: js(qtbot, window, f"window.accessmap.layerFor({sid}).options.fillColor") == colour,
        timeout=10_000,
    )
    legend = "JSON.stringify(Array.from(document.querySelectorAll('.am-legend-row')).map(r => r.textContent))"
    rows = json.loads(js(qtbot, window, legend))
    assert any(r.startswith("No change (within ±50 m)") for r in rows), rows
    assert any("shorter" in r or r.startswith("-") for r in rows)
    view.grab_png(tmp_path / "delta_map.png")
    assert (tmp_path / "delta_map.png").stat().st_size > 10_000
    # unticked: the normal indicator again, still no reload
    column = window.controller.display.column
    panel.set_delta_visible(False)
    qtbot.waitUntil(
        lambda: js(qtbot, window, "window.accessmap.state.style.column") == column,
        timeout=10_000,
    )
    assert view.build_count == builds and view.js_errors == []
    assert scen.sectors["dist_nearest_m"].equals(shown.sectors["dist_nearest_m"])


def test_charts_overlay_baseline_and_scenario(qtbot, window, tmp_path):
    panel, name = _add_centre_and_compare(qtbot, window)
    charts = window.charts_panel
    base, scen = panel.results["baseline"], panel.results[name]
    assert charts.comparison is not None and charts.comparison[1] == name
    dist, beyond, curve = charts.distance_chart, charts.beyond_chart, charts.curve_chart
    assert dist.result is base and dist.overlay is scen
    np.testing.assert_allclose(
        dist._bars.opts["height"], base.quintiles["mean_dist_m"].to_numpy(float)
    )
    np.testing.assert_allclose(
        dist.overlay_bars.opts["height"], scen.quintiles["mean_dist_m"].to_numpy(float)
    )
    np.testing.assert_allclose(
        beyond.overlay_bars.opts["height"], 100 * scen.quintiles["share_beyond"].to_numpy(float)
    )
    np.testing.assert_allclose(
        beyond._bars.opts["height"], 100 * base.quintiles["share_beyond"].to_numpy(float)
    )
    # one more centre: no quintile gets farther, at least one gets closer
    assert (dist.overlay_bars.opts["height"] <= dist._bars.opts["height"] + 1e-9).all()
    assert (dist.overlay_bars.opts["height"] < dist._bars.opts["height"]).any()
    # the concentration curve: two lines, the second the scenario's
    assert len(curve.lines) == 2
    _x, y = curve.lines[1].getData()
    np.testing.assert_allclose(y, scen.curve["cum_h_share"].to_numpy(float))
    for chart in (dist, beyond, curve):
        names = [label.text for _, label in chart._legend.items]
        assert names == ["baseline", name] and chart._legend.isVisible()
    assert dist.export(tmp_path / "distance.png").stat().st_size > 2_000
    assert curve.export(tmp_path / "curve.png").stat().st_size > 2_000
    # a click on a bar still selects that quintile's sectors
    assert dist.select_at(1.0)
    # the baseline selected in the list: still the first compared scenario is overlaid
    item = panel.list.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == "baseline"
    panel.list.setCurrentItem(item)
    assert charts.comparison[1] == name
    # cleared: back to the current result, one series, no legend
    charts.set_comparison(None)
    assert dist.overlay is None and dist.overlay_bars is None
    assert dist.result is window.controller.result and not dist._legend.isVisible()
