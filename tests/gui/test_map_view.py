"""MapView with the real QtWebEngine: the 724 real Brussels sectors draw offline, clicks come
back through the validated bridge, restyling does not reload, file-derived text stays text.

One view and one page load serve the whole module (loading costs ~1 s); every test waits for
the page with qtbot and checks that no JS error and no remote request happened.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely.affinity

pytest.importorskip("PySide6.QtWebEngineWidgets")

import geopandas as gpd
from scipy.spatial import cKDTree

from accessmap.core.model import AnalysisResult
from accessmap.core.schema import Settings

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
EVIL = "<img src=x onerror=alert(1)>"
SHOT = Path(os.environ.get("ACCESSMAP_MAP_SHOT", "/tmp/accessmap_map_view.png"))


def _sectors() -> gpd.GeoDataFrame:
    sample = ROOT / "sample_gis" / "brussels_sectors.gpkg"
    if sample.exists():
        s = gpd.read_file(sample)
        return gpd.GeoDataFrame(
            {
                "sector_id": s["CS01012020"].astype(str),
                "name": s["T_SEC_FR"].astype(str),
                "municipality": s["T_MUN_FR"].astype(str),
                "population": s["POP"].astype(float),
                "poverty": pd.to_numeric(s["bimd_income_score"], errors="coerce"),
            },
            geometry=s.geometry,
            crs=s.crs,
        )
    shared = ROOT.parent / "shared/data/brussels/statbel_sector_population_2020_brussels.gpkg"
    if not shared.exists():
        pytest.skip("no real sector file (sample_gis or ../shared/data)")
    s = gpd.read_file(shared)
    return gpd.GeoDataFrame(
        {
            "sector_id": s["SECTOR"].astype(str),
            "name": s["SECTOR"].astype(str),
            "municipality": s["MUNICIP"].astype(str),
            "population": s["POP"].astype(float),
            "poverty": np.linspace(0, 1, len(s)),
        },
        geometry=s.geometry,
        crs=s.crs,
    )


def _centres(crs) -> gpd.GeoDataFrame:
    sample = ROOT / "sample_gis" / "health_centres.gpkg"
    if sample.exists():
        c = gpd.read_file(sample)
        return c[["centre_id", "name", "type", "geometry"]]
    pts = [(148000.0, 170000.0), (152000.0, 168000.0), (150000.0, 173000.0)]
    return gpd.GeoDataFrame(
        {"centre_id": ["a", "b", "c"], "name": ["A", "B", "C"], "type": ["health_centre"] * 3},
        geometry=gpd.points_from_xy(*zip(*pts, strict=True)),
        crs=crs,
    )


def make_result(sectors, centres, threshold=800.0) -> AnalysisResult:
    """Straight-line indicators computed here with cKDTree (the core is tested elsewhere)."""
    sectors = sectors.copy()
    pts = sectors.geometry.representative_point()
    xy = np.c_[pts.x, pts.y]
    cxy = np.c_[centres.geometry.x, centres.geometry.y]
    tree = cKDTree(cxy)
    d, _ = tree.query(xy, k=1)
    sectors["dist_nearest_m"] = d
    sectors["centres_within"] = [len(x) for x in tree.query_ball_point(xy, threshold)]
    sectors["within_threshold"] = pd.array(d <= threshold, dtype="boolean")
    rank = sectors["poverty"].rank(method="first")
    pclass = pd.array(np.ceil(3 * rank / rank.max()), dtype="Int64")
    aclass = 4 - np.ceil(3 * pd.Series(d).rank(method="first") / len(d)).astype(int)
    sectors["poverty_class"] = pclass
    sectors["bivariate_class"] = [
        f"P{p}A{a}" if p is not pd.NA else "" for p, a in zip(pclass, aclass, strict=True)
    ]
    sectors["gap_class"] = np.where(sectors["bivariate_class"] == "P3A1", "double_disadvantage", "")
    return AnalysisResult(
        sectors=sectors,
        centres=centres,
        summary={},
        quintiles=pd.DataFrame(),
        curve=pd.DataFrame(),
        settings=Settings(poverty_column="poverty", threshold_m=threshold),
    )


@pytest.fixture(scope="module")
def result() -> AnalysisResult:
    s = _sectors()
    s.loc[0, "name"] = EVIL
    return make_result(s, _centres(s.crs))


@pytest.fixture(scope="module")
def view(qapp, result):
    from accessmap.gui.map_view import MapView

    v = MapView()
    v.resize(1000, 800)
    v.show()
    from PySide6.QtCore import QEventLoop, QTimer

    ready: list[int] = []
    loop = QEventLoop()

    def on_ready(count: int) -> None:
        ready.append(count)
        loop.quit()

    v.sig_map_ready.connect(on_ready)
    QTimer.singleShot(60_000, loop.quit)
    v.show_result(result, "dist_nearest_m")
    if not ready:
        loop.exec()
    assert ready, "the map page never reported ready"
    v.first_ready = ready[0]
    yield v
    from PySide6.QtCore import QEvent

    v.close()
    v.deleteLater()  # delete the page now, before QtWebEngine's profile goes at exit
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def js(qtbot, view, script: str):
    """Evaluate ``script`` on the page and return its value (through JSON: PySide6 6.12 hands
    JavaScript arrays to Python callbacks as empty strings)."""
    out: list = []
    view.run_js(f"JSON.stringify({script})", out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10_000)
    return None if out[0] is None else json.loads(out[0])


@pytest.fixture(autouse=True)
def _clean_page(view):
    yield
    assert view.js_errors == []
    assert view.blocked_requests == []


def test_page_draws_every_real_sector_offline(qtbot, view, result):
    n = len(result.sectors)
    assert view.first_ready == n
    counts: list = []
    view.feature_count_js(counts.append)
    qtbot.waitUntil(lambda: bool(counts), timeout=10_000)
    assert counts[0] == n
    if n >= 724:
        assert n == 724
    assert view.page_path is not None and view.page_path.name == "index.html"
    assert js(qtbot, view, "window.location.protocol") == "file:"
    assert js(qtbot, view, "document.querySelectorAll('.am-legend-row').length") >= 5
    assert js(qtbot, view, "window.accessmap.state.centres.getLayers().length") == len(
        result.centres
    )


def test_clicking_a_sector_reaches_python_through_the_bridge(qtbot, view, result):
    sid = str(result.sectors["sector_id"].iloc[5])
    fire = (
        f"(function(){{var l = window.accessmap.layerFor({json.dumps(sid)});"
        "l.fire('click', {latlng: l.getCenter()}, true); return 1;})()"
    )
    with qtbot.waitSignal(view.sig_sector_clicked, timeout=10_000) as blocker:
        view.run_js(fire)
    assert blocker.args == [sid]
    # the clicked sector is highlighted on the page
    assert js(qtbot, view, "window.accessmap.state.selected.length") == 1


def test_map_click_gives_lat_lon(qtbot, view):
    with qtbot.waitSignal(view.sig_map_clicked, timeout=10_000) as blocker:
        view.run_js("window.accessmap.map.fire('click', {latlng: L.latLng(50.85, 4.35)})")
    lat, lon = blocker.args
    assert math.isclose(lat, 50.85) and math.isclose(lon, 4.35)


def test_bridge_refuses_unknown_ids_and_bad_coordinates(qtbot, view):
    got: list = []
    view.sig_sector_clicked.connect(got.append)
    view.run_js("window.accessmap.state.bridge.sectorClicked('not-a-sector')")
    view.run_js("window.accessmap.state.bridge.mapClicked(123.0, 4.0)")
    qtbot.waitUntil(lambda: len(view.bridge.rejected) >= 2, timeout=10_000)
    assert got == []
    assert ("sectorClicked", "'not-a-sector'") in view.bridge.rejected
    view.sig_sector_clicked.disconnect(got.append)


def test_restyle_changes_colours_without_reloading(qtbot, view, result):
    token = js(qtbot, view, "window.accessmap.loadToken()")
    builds = view.build_count
    sid = json.dumps(str(result.sectors["sector_id"].iloc[3]))
    before = js(qtbot, view, f"window.accessmap.layerFor({sid}).options.fillColor")
    view.restyle("bivariate_class")
    qtbot.waitUntil(
        lambda: js(qtbot, view, "window.accessmap.state.style.column") == "bivariate_class",
        timeout=10_000,
    )
    from accessmap.render.map_html import style_payload

    expected = style_payload(result, "bivariate_class", include_values=False)
    i = expected["classes"][3]
    colour = expected["colors"][i] if i >= 0 else expected["noDataColor"]
    assert js(qtbot, view, f"window.accessmap.layerFor({sid}).options.fillColor") == colour
    assert colour != before
    assert js(qtbot, view, "window.accessmap.loadToken()") == token
    assert view.build_count == builds
    # the same geometry with other values: restyled, not rebuilt
    view.show_result(result, "centres_within", "equal_interval", 3)
    qtbot.waitUntil(
        lambda: js(qtbot, view, "window.accessmap.state.style.column") == "centres_within",
        timeout=10_000,
    )
    assert view.build_count == builds
    assert js(qtbot, view, "window.accessmap.state.style.colors.length") <= 3
    view.restyle("dist_nearest_m")


def test_malicious_sector_name_renders_as_text(qtbot, view, result):
    sid = json.dumps(str(result.sectors["sector_id"].iloc[0]))
    script = (
        f"(function(){{var l = window.accessmap.layerFor({sid});"
        "l.fire('click', {latlng: l.getCenter()}, true);"
        "var p = document.querySelector('.leaflet-popup-content');"
        "return [p ? p.textContent : '', document.querySelectorAll('.leaflet-popup img').length,"
        " document.querySelectorAll('img[src=x]').length];})()"
    )
    text, popup_imgs, any_imgs = js(qtbot, view, script)
    assert EVIL in text
    assert popup_imgs == 0 and any_imgs == 0
    assert js(qtbot, view, "typeof window.alertCalled") == "undefined"


def test_threshold_circles_and_gap_layer(qtbot, view, result):
    view.set_threshold_circles(True)
    n_centres = len(result.centres)
    qtbot.waitUntil(
        lambda: (
            js(
                qtbot,
                view,
                "window.accessmap.state.circles ? window.accessmap.state.circles.getLayers().length : 0",
            )
            == n_centres
        ),
        timeout=10_000,
    )
    n_gap = int((result.sectors["gap_class"] == "double_disadvantage").sum())
    assert js(qtbot, view, "window.accessmap.state.gapGroup.getLayers().length") == n_gap
    hatched = (
        "window.accessmap.state.gapGroup.getLayers()"
        ".every(function (l) { return l.options.fillColor instanceof CanvasPattern; })"
    )
    assert js(qtbot, view, hatched) is True
    view.set_threshold_circles(False)
    qtbot.waitUntil(lambda: js(qtbot, view, "window.accessmap.state.circles") is None)


def test_selection_and_zoom(qtbot, view, result):
    ids = [str(x) for x in result.sectors["sector_id"].iloc[10:13]]
    view.select_sectors(ids)
    qtbot.waitUntil(lambda: js(qtbot, view, "window.accessmap.state.selected.length") == 3)
    zoom = js(qtbot, view, "window.accessmap.map.getZoom()")
    view.zoom_to_sectors(ids[:1])
    qtbot.waitUntil(lambda: js(qtbot, view, "window.accessmap.map.getZoom()") > zoom)
    view.select_sectors([])
    qtbot.waitUntil(lambda: js(qtbot, view, "window.accessmap.state.selected.length") == 0)
    view.run_js("window.accessmap.zoomTo(window.ACCESSMAP_DATA.bounds)")


def test_remote_requests_are_blocked_and_recorded(qtbot, view):
    view.run_js(
        "(function(){var i = new Image(); i.src = 'https://tile.example.org/1/1/1.png';})()"
    )
    qtbot.waitUntil(lambda: len(view.blocked_requests) > 0, timeout=10_000)
    assert view.blocked_requests == ["https://tile.example.org/1/1/1.png"]
    view._guard.clear()  # the autouse check requires none left behind
    view.page().js_errors.clear()  # the blocked image logs a load error


def test_screenshot(qtbot, view):
    view.restyle("dist_nearest_m")
    view.set_threshold_circles(False)
    view.select_sectors([])
    view.run_js("window.accessmap.closePopups()")
    qtbot.wait(500)
    assert view.grab_png(SHOT)
    assert SHOT.stat().st_size > 20_000


def test_suggested_sites_show_labels_as_text(qtbot, view):
    view.show_sites([(50.85, 4.35, "<b>site 1</b>"), (50.83, 4.37, "site 2")])
    qtbot.waitUntil(
        lambda: js(qtbot, view, "window.accessmap.state.sites.getLayers().length") == 2,
        timeout=10_000,
    )
    script = (
        "(function(){var l = window.accessmap.state.sites.getLayers()[0]; l.openTooltip();"
        "var t = l.getTooltip().getElement();"
        "var out = [t.textContent, t.querySelectorAll('b').length]; l.closeTooltip(); return out;})()"
    )
    assert js(qtbot, view, script) == ["<b>site 1</b>", 0]
    view.show_sites([])
    qtbot.waitUntil(lambda: js(qtbot, view, "window.accessmap.state.sites.getLayers().length") == 0)


def test_unknown_column_is_a_settings_error(view, result):
    from accessmap.core.errors import SettingsError

    with pytest.raises(SettingsError):
        view.restyle("no_such_indicator")
    with pytest.raises(SettingsError):
        view.show_result(result, "no_such_indicator")


# ---- scenario edits: new centres without a page reload ---------------------------------------
ADDED_SHOT = Path(os.environ.get("ACCESSMAP_ADDED_SHOT", "/tmp/accessmap_map_added_centre.png"))
NEW_NAME = "<script>window.pwned=1</script> & <b>Co</b>"


def _edited(result: AnalysisResult, centres: gpd.GeoDataFrame) -> AnalysisResult:
    """The result recomputed for other centres on the same sectors (as a scenario edit)."""
    return make_result(result.sectors, centres.reset_index(drop=True))


def _latlng(centres: gpd.GeoDataFrame, i: int) -> tuple[float, float]:
    p = centres.geometry.to_crs("EPSG:4326").iloc[i]
    return p.y, p.x


class _Loads:
    """Counts the page's loadFinished signals while connected."""

    def __init__(self, view) -> None:
        self.view, self.count = view, 0
        view.page().loadFinished.connect(self.on_load)

    def on_load(self, ok: bool) -> None:
        self.count += 1

    def close(self) -> None:
        self.view.page().loadFinished.disconnect(self.on_load)


def test_centre_edits_update_markers_without_reloading(qtbot, view, result):
    from accessmap.render.map_payload import style_payload

    n = len(result.centres)
    view.set_threshold_circles(True)
    circles = (
        "window.accessmap.state.circles ? window.accessmap.state.circles.getLayers().length : 0"
    )
    qtbot.waitUntil(lambda: js(qtbot, view, circles) == n, timeout=10_000)
    view.run_js("window.__amProbe = 'set at load'")
    token = js(qtbot, view, "window.accessmap.loadToken()")
    builds, loads = view.build_count, _Loads(view)
    count = "window.accessmap.centreCount()"
    try:
        # 1. add a centre (a name full of markup, step-free) in the middle of sector 40
        spot = result.sectors.geometry.iloc[40].representative_point()
        new = gpd.GeoDataFrame(
            {"centre_id": ["new-1"], "name": [NEW_NAME], "type": ["gp_practice"]},
            geometry=[spot],
            crs=result.centres.crs,
        )
        c1 = pd.concat([result.centres, new], ignore_index=True)
        c1["step_free"] = pd.array([None] * n + [True], dtype="boolean")
        added = _edited(result, c1)
        view.show_result(added, "dist_nearest_m")
        qtbot.waitUntil(lambda: js(qtbot, view, count) == n + 1, timeout=10_000)
        lat, lon = js(qtbot, view, "window.accessmap.centreLatLng('new-1')")
        assert (lat, lon) == pytest.approx(_latlng(c1, n), abs=1e-6)
        assert js(qtbot, view, circles) == n + 1  # threshold circles follow the centres
        # the sectors are restyled with the new distances in the same call
        classes = style_payload(added, "dist_nearest_m", include_values=False)["classes"]
        assert js(qtbot, view, "window.accessmap.state.style.classes") == classes
        # tooltip values: only the changed columns were sent, the page holds the full new set
        from accessmap.gui.map_view import map_labels

        full = style_payload(added, "dist_nearest_m", labels=map_labels())["values"]
        assert js(qtbot, view, "window.accessmap.state.values") == full
        legend = "Array.from(document.querySelectorAll('.am-legend-row')).map(r => r.textContent)"
        gp = int((c1["type"] == "gp_practice").sum())
        assert any(r.endswith(str(gp)) and "GP" in r for r in js(qtbot, view, legend))
        # its tooltip shows the name as text, and the step-free flag
        tip = (
            "(function(){var m = window.accessmap.state.centreById['new-1']; m.openTooltip();"
            "var t = m.getTooltip().getElement();"
            "var out = [t.textContent, t.querySelectorAll('script,b').length]; m.closeTooltip();"
            " return out;})()"
        )
        text, tags = js(qtbot, view, tip)
        assert text.startswith(NEW_NAME) and "Step-free access: Yes" in text and tags == 0
        assert js(qtbot, view, "typeof window.pwned") == "undefined"
        # what the user sees: the new centre, zoomed in
        view.run_js(f"window.accessmap.map.setView(L.latLng({lat}, {lon}), 15, {{animate: false}})")
        qtbot.wait(400)
        assert view.grab_png(ADDED_SHOT)
        assert ADDED_SHOT.stat().st_size > 20_000

        # 2. move centre 2 by 400 m east
        c2 = c1.copy()
        cid = str(c2["centre_id"].iloc[2])
        c2.loc[2, "geometry"] = shapely.affinity.translate(c2.geometry.iloc[2], 400.0, 0.0)
        before = js(qtbot, view, f"window.accessmap.centreLatLng({json.dumps(cid)})")
        view.show_result(_edited(result, c2), "dist_nearest_m")
        where = f"window.accessmap.centreLatLng({json.dumps(cid)})"
        qtbot.waitUntil(lambda: js(qtbot, view, where) != before, timeout=10_000)
        assert js(qtbot, view, where) == pytest.approx(_latlng(c2, 2), abs=1e-6)
        assert js(qtbot, view, where)[1] > before[1]  # east
        assert js(qtbot, view, count) == n + 1

        # 3. remove centre 0
        c3 = c2.iloc[1:]
        gone = json.dumps(str(c2["centre_id"].iloc[0]))
        view.show_result(_edited(result, c3), "dist_nearest_m")
        qtbot.waitUntil(lambda: js(qtbot, view, count) == n, timeout=10_000)
        assert js(qtbot, view, f"window.accessmap.centreLatLng({gone})") is None
        assert js(qtbot, view, circles) == n
        ids = "window.accessmap.state.centres.getLayers().map(m => m._amCentre.id).sort()"
        assert js(qtbot, view, ids) == sorted(c3["centre_id"].astype(str))

        # never reloaded: the page's own global survives, no load, no build
        assert js(qtbot, view, "window.__amProbe") == "set at load"
        assert js(qtbot, view, "window.accessmap.loadToken()") == token
        assert loads.count == 0 and view.build_count == builds
    finally:
        loads.close()
        view.set_threshold_circles(False)
        view.show_result(result, "dist_nearest_m")
    qtbot.waitUntil(lambda: js(qtbot, view, count) == n, timeout=10_000)
    assert js(qtbot, view, "window.accessmap.centreLatLng('new-1')") is None


def test_centre_edit_while_centres_are_hidden(qtbot, view, result):
    n = len(result.centres)
    on_map = "window.accessmap.map.hasLayer(window.accessmap.state.centres)"
    view.set_layer_visible("centres", False)
    qtbot.waitUntil(lambda: js(qtbot, view, on_map) is False, timeout=10_000)
    fewer = result.centres.iloc[: n - 2]
    view.show_result(_edited(result, fewer), "dist_nearest_m")
    count = "window.accessmap.centreCount()"
    qtbot.waitUntil(lambda: js(qtbot, view, count) == n - 2, timeout=10_000)
    view.set_layer_visible("centres", True)
    qtbot.waitUntil(lambda: js(qtbot, view, on_map) is True, timeout=10_000)
    drawn = "window.accessmap.state.centres.getLayers().filter(m => !!m._map).length"
    assert js(qtbot, view, drawn) == n - 2
    view.show_result(result, "dist_nearest_m")
    qtbot.waitUntil(lambda: js(qtbot, view, count) == n, timeout=10_000)


def test_reshaped_sectors_rebuild_the_page(qtbot, view, result):
    from dataclasses import replace

    view.run_js("window.__amProbe = 'old page'")
    token = js(qtbot, view, "window.accessmap.loadToken()")
    builds = view.build_count
    old_dir = view.page_path.parent
    s = result.sectors.copy()
    s.loc[s.index[7], "geometry"] = shapely.affinity.scale(s.geometry.iloc[7], 0.8, 0.8)
    reshaped = replace(result, sectors=s)
    # a centre added while the new page is still being built is not lost
    extra = gpd.GeoDataFrame(
        {"centre_id": ["late"], "name": ["Late"], "type": ["health_centre"]},
        geometry=[s.geometry.iloc[7].representative_point()],
        crs=result.centres.crs,
    )
    late = replace(reshaped, centres=pd.concat([result.centres, extra], ignore_index=True))
    with qtbot.waitSignal(view.sig_map_ready, timeout=30_000) as blocker:
        view.show_result(reshaped, "dist_nearest_m")
        view.show_result(late, "dist_nearest_m")
    assert blocker.args == [len(result.sectors)]
    assert view.build_count == builds + 1
    assert js(qtbot, view, "window.accessmap.loadToken()") != token
    assert js(qtbot, view, "typeof window.__amProbe") == "undefined"
    count = "window.accessmap.centreCount()"
    qtbot.waitUntil(lambda: js(qtbot, view, count) == len(result.centres) + 1, timeout=10_000)
    assert not old_dir.exists()  # the previous page folder is cleaned up
    with qtbot.waitSignal(view.sig_map_ready, timeout=30_000):
        view.show_result(result, "dist_nearest_m")
    assert view.build_count == builds + 2
    assert js(qtbot, view, count) == len(result.centres)


def test_bridge_slots_validate_their_arguments(qtbot):
    from accessmap.gui.map_bridge import MapBridge

    bridge = MapBridge()
    bridge.set_sector_ids(["21001A00-", "21001A011"])
    clicked, points, ready = [], [], []
    bridge.sig_sector_clicked.connect(clicked.append)
    bridge.sig_map_clicked.connect(lambda lat, lon: points.append((lat, lon)))
    bridge.sig_ready.connect(ready.append)
    bridge.sectorClicked("21001A011")
    bridge.sectorClicked("21001A011' OR 1=1")
    bridge.sectorClicked("x" * 10_000)
    bridge.mapClicked(50.85, 4.35)
    bridge.mapClicked(float("nan"), 4.35)
    bridge.mapClicked(50.85, 181.0)
    bridge.ready(724)
    bridge.ready(-1)
    assert clicked == ["21001A011"]
    assert points == [(50.85, 4.35)]
    assert ready == [724]
    assert [name for name, _ in bridge.rejected] == [
        "sectorClicked",
        "sectorClicked",
        "mapClicked",
        "mapClicked",
        "ready",
    ]


# ---- catchment areas ----------------------------------------------------------------------------
CATCH_SHOT = Path(os.environ.get("ACCESSMAP_CATCH_SHOT", "/tmp/accessmap_map_catchments.png"))


def with_catchments(result: AnalysisResult) -> AnalysisResult:
    """The result with four synthetic catchments (EPSG:31370): 600 m discs around the first two
    centres (the first renamed to a malicious string), one tied to no known centre, one with
    no centre id."""
    from dataclasses import replace

    import shapely.affinity

    centres = result.centres.copy()
    centres.loc[centres.index[0], "name"] = EVIL
    p0, p1 = centres.geometry.iloc[0], centres.geometry.iloc[1]
    catch = gpd.GeoDataFrame(
        {
            "centre_id": pd.array(
                [centres["centre_id"].iloc[0], centres["centre_id"].iloc[1], "nowhere", None],
                dtype="str",
            )
        },
        geometry=[
            p0.buffer(600.0),
            p1.buffer(600.0),
            shapely.affinity.translate(p0, 1500.0, 1500.0).buffer(400.0),
            shapely.affinity.translate(p1, -1500.0, 0.0).buffer(500.0),
        ],
        crs=result.sectors.crs,
    )
    return replace(result, centres=centres, extras={"catchments": catch})


def test_catchments_layer_tooltip_legend_and_toggle(qtbot, view, result):
    other = with_catchments(result)
    with qtbot.waitSignal(view.sig_map_ready, timeout=30_000):
        view.show_result(other, "dist_nearest_m")  # a new layer: the page is rebuilt
    assert js(qtbot, view, "window.accessmap.catchmentCount()") == 4
    on_map = "window.accessmap.map.hasLayer(window.accessmap.state.catchments)"
    assert js(qtbot, view, on_map) is True
    colours = js(
        qtbot,
        view,
        "window.accessmap.state.catchments.getLayers().map(function (l) {"
        " return [l.options.color, l.options.dashArray, l.options.fill]; })",
    )
    types = other.centres["type"].iloc[:2].tolist()
    symbol = {"health_centre": "#0072B2", "gp_practice": "#009E73"}
    assert [c[0] for c in colours[:2]] == [symbol.get(t, "#CC79A7") for t in types]
    assert colours[2][0] == colours[3][0] == "#3d3d3d"  # neutral: no known centre
    assert all(c[1] == "6 4" and c[2] is False for c in colours)
    # the tooltip names the centre, as text
    tip = (
        "(function(){var l = window.accessmap.state.catchments.getLayers()[%d]; l.openTooltip();"
        "var t = l.getTooltip().getElement();"
        "var out = [t.textContent, t.querySelectorAll('img').length]; l.closeTooltip();"
        " return out;})()"
    )
    text0, imgs = js(qtbot, view, tip % 0)
    assert text0.startswith(EVIL) and "Catchment area" in text0 and imgs == 0
    assert js(qtbot, view, tip % 2)[0] == "Catchment area" + "nowhere"  # title + sub line
    legend = "Array.from(document.querySelectorAll('.am-legend-row')).map(r => r.textContent)"
    assert "Catchment areas4" in js(qtbot, view, legend)
    # hidden and shown again: the legend follows, the page is not rebuilt
    builds = view.build_count
    view.set_catchments_visible(False)
    qtbot.waitUntil(lambda: js(qtbot, view, on_map) is False, timeout=10_000)
    qtbot.waitUntil(lambda: "Catchment areas4" not in js(qtbot, view, legend), timeout=10_000)
    view.set_layer_visible("catchments", True)  # the Layers dock's route
    qtbot.waitUntil(lambda: js(qtbot, view, on_map) is True, timeout=10_000)
    assert "Catchment areas4" in js(qtbot, view, legend)
    assert view.build_count == builds

    # a real click (DOM event on the canvas, Leaflet's own hit test) inside a catchment, 300 m
    # from its centre, selects the sector beneath: the catchment border does not swallow it
    p = other.centres.geometry.iloc[0]
    pt = gpd.GeoSeries([p.buffer(1).centroid], crs=other.sectors.crs).translate(300.0, 0.0)
    hit = other.sectors[other.sectors.contains(pt.iloc[0])]
    assert len(hit) == 1
    ll = pt.to_crs("EPSG:4326").iloc[0]
    view.run_js(f"window.accessmap.map.setView(L.latLng({ll.y}, {ll.x}), 15, {{animate: false}})")
    qtbot.wait(300)
    click = (
        f"(function(){{var m = window.accessmap.map, ll = L.latLng({ll.y}, {ll.x});"
        "var p = m.latLngToContainerPoint(ll), r = m.getContainer().getBoundingClientRect();"
        "var c = window.accessmap.state.renderer._container;"
        "['mousedown', 'mouseup', 'click'].forEach(function (type) {"
        " c.dispatchEvent(new MouseEvent(type, {clientX: r.left + p.x, clientY: r.top + p.y,"
        " bubbles: true, cancelable: true, view: window}));});})()"
    )
    with qtbot.waitSignal(view.sig_sector_clicked, timeout=10_000) as blocker:
        view.run_js(click)
    assert blocker.args == [str(hit["sector_id"].iloc[0])]
    view.select_sectors([])
    view.run_js("window.accessmap.closePopups()")
    view.run_js("window.accessmap.zoomTo(window.ACCESSMAP_DATA.bounds)")
    qtbot.wait(500)
    assert view.grab_png(CATCH_SHOT)
    assert CATCH_SHOT.stat().st_size > 20_000
    with qtbot.waitSignal(view.sig_map_ready, timeout=30_000):
        view.show_result(result, "dist_nearest_m")
    assert js(qtbot, view, "window.accessmap.catchmentCount()") == 0


# ---- local base tiles ---------------------------------------------------------------------------
def _tile_y(lat: float, scale: int) -> int:
    return int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * scale)


def xyz_tiles(root: Path, west=4.24, south=50.76, east=4.49, north=50.92, zooms=range(9, 14)):
    """Tiny 256 px PNG tiles (a pale grid) covering Brussels; returns the tile count."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (256, 256), (236, 231, 218))
    ImageDraw.Draw(img).rectangle([0, 0, 255, 255], outline=(150, 140, 120), width=2)
    n = 0
    for z in zooms:
        scale = 2**z
        x0, x1 = int((west + 180) / 360 * scale), int((east + 180) / 360 * scale)

        for x in range(x0, x1 + 1):
            (root / str(z) / str(x)).mkdir(parents=True, exist_ok=True)
            for y in range(_tile_y(north, scale), _tile_y(south, scale) + 1):
                img.save(root / str(z) / str(x) / f"{y}.png")
                n += 1
    # bounds a little inside the tiles, so Leaflet asks only for tiles that exist
    (root / "metadata.json").write_text(
        json.dumps({"bounds": f"{west},{south},{east},{north}", "attribution": "Test tiles"})
    )
    return n


def test_local_tile_folder_loads_its_tiles_offline(qtbot, view, result, tmp_path):
    from accessmap.core.errors import DataFormatError

    tiles = tmp_path / "xyz"
    assert xyz_tiles(tiles) > 50
    with qtbot.waitSignal(view.sig_map_ready, timeout=30_000):
        view.set_tile_dir(tiles)
    assert js(qtbot, view, "window.ACCESSMAP_DATA.tiles.url").startswith("file://")
    stats = "window.accessmap.tileStats()"
    qtbot.waitUntil(lambda: js(qtbot, view, stats)["loaded"] >= 4, timeout=15_000)
    qtbot.wait(300)
    loaded = js(qtbot, view, "document.querySelectorAll('img.leaflet-tile-loaded').length")
    assert loaded >= 4 and js(qtbot, view, stats)["errors"] == 0
    assert "Test tiles" in js(
        qtbot, view, "document.querySelector('.leaflet-control-attribution').textContent"
    )
    assert view.blocked_requests == [] and view.js_errors == []
    # the same tiles as MBTiles (rows in TMS order): extracted once, flipped back, all found
    import sqlite3

    mb = tmp_path / "brussels.mbtiles"
    con = sqlite3.connect(mb)
    con.execute("CREATE TABLE metadata (name text, value text)")
    con.execute(
        "CREATE TABLE tiles (zoom_level int, tile_column int, tile_row int, tile_data blob)"
    )
    meta = json.loads((tiles / "metadata.json").read_text())
    con.executemany(
        "INSERT INTO metadata VALUES (?, ?)",
        [("format", "png"), ("bounds", meta["bounds"]), ("attribution", "<i>MB</i> tiles")],
    )
    rows = []
    for f in tiles.rglob("*.png"):
        z, x, y = (int(p) for p in f.relative_to(tiles).with_suffix("").parts)
        rows.append((z, x, 2**z - 1 - y, f.read_bytes()))
    con.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    with qtbot.waitSignal(view.sig_map_ready, timeout=30_000):
        view.set_tile_dir(mb, cache_dir=tmp_path / "cache")
    assert js(qtbot, view, "window.ACCESSMAP_DATA.tiles.url").startswith(
        (tmp_path / "cache").resolve().as_uri()
    )
    qtbot.waitUntil(lambda: js(qtbot, view, stats)["loaded"] >= 4, timeout=15_000)
    qtbot.wait(300)
    assert js(qtbot, view, stats)["errors"] == 0  # a wrong y flip would miss every tile
    attribution = "document.querySelector('.leaflet-control-attribution').textContent"
    assert "MB tiles" in js(qtbot, view, attribution)
    # a bad tile source is refused at once; the current tiles stay
    bad = tmp_path / "bad.mbtiles"
    bad.write_bytes(b"not a database")
    with pytest.raises(DataFormatError, match="not an MBTiles file"):
        view.set_tile_dir(bad)
    assert view._tile_dir == mb
    with qtbot.waitSignal(view.sig_map_ready, timeout=30_000):
        view.set_tile_dir(None)
    assert js(qtbot, view, "window.ACCESSMAP_DATA.tiles === undefined") is True
