"""render.map_html: the offline page, its compact data file, escaping and the style payload.

Built from real Statbel sector polygons (two Brussels municipalities of the bundled sample, or
of ../shared/data when the sample is missing) with indicator columns computed here.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely.affinity
from scipy.spatial import cKDTree

from accessmap.core.errors import DataFormatError, SettingsError
from accessmap.core.model import AnalysisResult
from accessmap.core.schema import Settings
from accessmap.render.assets import PAGE_FILES, assert_offline, page_resources_dir
from accessmap.render.map_html import build_map_page, geometry_key, style_payload
from accessmap.render.tiles import TileSource

ROOT = Path(__file__).resolve().parents[2]
EVIL = "<img src=x onerror=alert(1)>"
EVIL2 = "${alert(2)}</script><script>alert(3)</script>"


def real_sectors(municipalities: tuple[str, ...] | None = None) -> gpd.GeoDataFrame:
    """Canonical sector columns from the real Statbel polygons (sample, else shared data)."""
    sample = ROOT / "sample_gis" / "brussels_sectors.gpkg"
    if sample.exists():
        s = gpd.read_file(sample)
        out = gpd.GeoDataFrame(
            {
                "sector_id": s["CS01012020"].astype(str),
                "name": s["T_SEC_FR"].astype(str),
                "municipality": s["T_MUN_FR"].astype(str),
                "population": s["POP"].astype(float),
                "poverty": pd.to_numeric(s["bimd_income_score"], errors="coerce"),
                "nis5": s["CNIS5_2020"].astype(str),
            },
            geometry=s.geometry,
            crs=s.crs,
        )
    else:
        shared = ROOT.parent / "shared/data/brussels/statbel_sector_population_2020_brussels.gpkg"
        if not shared.exists():
            pytest.skip("no real sector file (sample_gis or ../shared/data)")
        s = gpd.read_file(shared)
        out = gpd.GeoDataFrame(
            {
                "sector_id": s["SECTOR"].astype(str),
                "name": "Sector " + s["SECTOR"].astype(str),
                "municipality": s["MUNICIP"].astype(str),
                "population": s["POP"].astype(float),
                "poverty": np.linspace(0.0, 1.0, len(s)),
                "nis5": s["MUNICIP"].astype(str),
            },
            geometry=s.geometry,
            crs=s.crs,
        )
    if municipalities:
        out = out[out["nis5"].isin(municipalities)].reset_index(drop=True)
    return out


def make_result(sectors: gpd.GeoDataFrame, centre_rows: list[int], threshold=800.0):
    """An AnalysisResult with straight-line indicators computed here (cKDTree)."""
    sectors = sectors.copy()
    pts = sectors.geometry.representative_point()
    xy = np.c_[pts.x, pts.y]
    cxy = xy[centre_rows]
    types = ["health_centre", "gp_practice", "other"]
    centres = gpd.GeoDataFrame(
        {
            "centre_id": [f"c{i}" for i in range(len(centre_rows))],
            "name": [f"Centre <b>{i}</b>" for i in range(len(centre_rows))],
            "type": [types[i % 3] for i in range(len(centre_rows))],
        },
        geometry=gpd.points_from_xy(cxy[:, 0], cxy[:, 1]),
        crs=sectors.crs,
    )
    tree = cKDTree(cxy)
    d, _ = tree.query(xy, k=1)
    sectors["dist_nearest_m"] = d
    sectors["centres_within"] = [len(x) for x in tree.query_ball_point(xy, threshold)]
    sectors["within_threshold"] = pd.array(d <= threshold, dtype="boolean")
    pov_rank = sectors["poverty"].rank(method="first")
    pclass = np.ceil(3 * pov_rank / pov_rank.max()).astype("Int64")
    aclass = 4 - np.ceil(3 * pd.Series(d).rank(method="first") / len(d)).astype(int)
    sectors["poverty_class"] = pclass
    sectors["access_class"] = pd.array(aclass, dtype="Int64")
    sectors["bivariate_class"] = [f"P{p}A{a}" for p, a in zip(pclass, aclass, strict=True)]
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
    s = real_sectors(("21001", "21002"))  # Anderlecht and Auderghem
    s.loc[0, "name"] = EVIL
    s.loc[1, "name"] = EVIL2
    return make_result(s, [0, 40, 80, 110])


@pytest.fixture(scope="module")
def page(result, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("page")
    return build_map_page(result, out, column="dist_nearest_m", attribution="Statbel & <OSM>")


def _data(page: Path) -> dict:
    (data_file,) = page.parent.glob("data.*.js")
    body = data_file.read_text(encoding="utf-8")
    assert body.startswith("window.ACCESSMAP_DATA = ") and body.endswith(";\n")
    return json.loads(body[len("window.ACCESSMAP_DATA = ") : -2])


def test_page_is_small_offline_and_loads_its_data_file(page: Path):
    html = page.read_text(encoding="utf-8")
    assert assert_offline(html) == []
    assert len(html) < 5_000  # the data lives in the separate file
    (data_file,) = page.parent.glob("data.*.js")
    assert f'<script src="{data_file.name}"></script>' in html
    # the Qt bridge script is loaded by accessmap.js only inside QtWebEngine, so an exported
    # page opened in a browser does not try to load a qrc: URL
    js = (page_resources_dir() / "accessmap.js").read_text(encoding="utf-8")
    assert 'script.src = "qrc:///qtwebchannel/qwebchannel.js"' in js
    assert "preferCanvas" in html and "tile" not in html.lower()
    assert (
        html.index("lib/leaflet/leaflet.js")
        < html.index("lib/accessmap/accessmap-symbols.js")
        < html.index("lib/accessmap/accessmap-legend.js")
        < html.index("lib/accessmap/accessmap.js")
        < html.index(data_file.name)
    )
    assert assert_offline(data_file.read_text(encoding="utf-8")) == []


def test_data_file_has_one_feature_per_sector_rounded_to_5_decimals(page, result):
    data = _data(page)
    n = len(result.sectors)
    feats = data["sectors"]["features"]
    assert data["sectorCount"] == n and len(feats) == n
    assert [f["id"] for f in feats] == list(range(n))
    coords = np.array(
        [pt for f in feats for poly in f["geometry"]["coordinates"] for ring in poly for pt in ring]
    )
    assert np.allclose(coords, np.round(coords, 5), atol=1e-9, rtol=0)
    assert coords[:, 0].min() > 4.2 and coords[:, 0].max() < 4.5  # lon, Brussels
    assert coords[:, 1].min() > 50.7 and coords[:, 1].max() < 50.95  # lat
    # rings are closed and nothing degenerated
    ring = feats[0]["geometry"]["coordinates"][0][0]
    assert ring[0] == ring[-1] and len(ring) >= 4
    # two municipalities dissolved from the sectors
    assert len(data["municipalities"]["features"]) == 2
    assert len(data["centres"]) == 4 and data["centres"][0]["type"] == "health_centre"


def test_file_derived_strings_are_json_escaped_and_never_html(page):
    (data_file,) = page.parent.glob("data.*.js")
    body = data_file.read_text(encoding="utf-8")
    assert "<img" not in body and "</script" not in body and "<b>" not in body
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in body
    data = _data(page)
    assert data["style"]["values"]["names"][0] == EVIL  # intact as text once parsed
    assert data["style"]["values"]["names"][1] == EVIL2
    assert data["attribution"] == "Statbel & <OSM>"  # escaped by the page (text node)
    html = page.read_text(encoding="utf-8")
    assert "onerror" not in html and "<OSM>" not in html


def test_page_scripts_build_dom_text_with_textcontent_only():
    js = "\n".join(
        (page_resources_dir() / name).read_text(encoding="utf-8")
        for name in PAGE_FILES
        if name.endswith(".js")
    )
    assert "textContent" in js
    # innerHTML is only ever assigned constant marker markup, never data
    assigns = re.findall(r"\.innerHTML\s*=\s*([^;]+);", js)
    assert assigns == ["SHAPES[c.type] || SHAPES.other"]
    for sink in ("insertAdjacentHTML", "document.write", "eval(", "new Function", "outerHTML"):
        assert sink not in js
    # strings reach tooltips/legend/attribution only through el(..., text) -> textContent
    assert js.count("function el(") == 2


def test_style_payload_classes_gap_and_legend(result):
    p = style_payload(result, "dist_nearest_m", "quantiles", 4)
    n = len(result.sectors)
    assert len(p["classes"]) == n and len(p["colors"]) == 4
    d = result.sectors["dist_nearest_m"].to_numpy()
    centre_sector = int(np.argmin(d))
    assert d[centre_sector] == 0 and p["classes"][centre_sector] == 0
    assert p["classes"][int(np.argmax(d))] == 3
    gap = np.flatnonzero(result.sectors["gap_class"] == "double_disadvantage").tolist()
    assert p["gap"] == gap and len(gap) > 0
    assert sum(i["count"] for i in p["legend"]["items"]) == n
    assert p["legend"]["gap"]["count"] == len(gap)
    assert [c["type"] for c in p["legend"]["centres"]] == ["health_centre", "gp_practice", "other"]
    assert p["title"] == "Distance to the nearest centre (m)"
    fields = [f["key"] for f in p["values"]["fields"]]
    assert fields[:3] == ["population", "poverty", "dist_nearest_m"]
    pop0 = f"{result.sectors['population'].iloc[0]:,.0f}"
    assert p["values"]["fields"][0]["text"][0] == pop0  # pre-formatted text
    biv = next(f for f in p["values"]["fields"] if f["key"] == "bivariate_class")
    assert len(biv["categories"]) == 9 and len(biv["index"]) == n
    slim = style_payload(result, "centres_within", "equal_interval", 3, include_values=False)
    assert "values" not in slim and len(slim["classes"]) == n
    cat = style_payload(result, "bivariate_class", labels={"no_data": "Geen gegevens"})
    assert len(cat["colors"]) == 9 and cat["text"]["no_data"] == "Geen gegevens"
    with pytest.raises(SettingsError):
        style_payload(result, "no_such_column")


def test_geometry_key_changes_only_with_sectors_and_catchments(result):
    from dataclasses import replace

    key = geometry_key(result)
    restyled = replace(
        result, sectors=result.sectors.assign(dist_nearest_m=result.sectors["dist_nearest_m"] * 2)
    )
    assert geometry_key(restyled) == key
    # centres moved, added or removed: the page stays (they travel with the restyle)
    moved = result.centres.copy()
    moved.geometry = moved.geometry.translate(10, 0)
    assert geometry_key(replace(result, centres=moved)) == key
    assert geometry_key(replace(result, centres=result.centres.iloc[1:])) == key
    # one sector reshaped, or one sector id changed: rebuild
    s = result.sectors.copy()
    s.loc[s.index[3], "geometry"] = shapely.affinity.scale(s.geometry.iloc[3], 0.9, 0.9)
    assert geometry_key(replace(result, sectors=s)) != key
    s = result.sectors.copy()
    s.loc[s.index[3], "sector_id"] = "renamed"
    assert geometry_key(replace(result, sectors=s)) != key


def test_centre_layer_is_compact_and_follows_every_centre_change(result):
    from dataclasses import replace

    from accessmap.render.map_payload import centre_layer, centre_layer_key

    layer = centre_layer(result)
    assert len(layer) == 4
    c0 = layer[0]
    assert set(c0) == {"id", "lat", "lon", "type", "name", "stepFree"}
    assert c0["id"] == "c0" and c0["type"] == "health_centre" and c0["stepFree"] is None
    assert c0["name"] == "Centre <b>0</b>"  # plain text; the page shows it with textContent
    assert [c["type"] for c in layer] == ["health_centre", "gp_practice", "other", "health_centre"]
    # WGS84, rounded to 6 decimals, equal to pyproj's transform of the point
    ll = result.centres.geometry.to_crs("EPSG:4326").iloc[0]
    assert c0["lat"] == round(ll.y, 6) and c0["lon"] == round(ll.x, 6)
    key = centre_layer_key(layer)
    assert centre_layer_key(centre_layer(result)) == key
    # step-free as True / False / None (unknown), an unknown type as "other"
    c = result.centres.assign(
        step_free=pd.array([True, False, None, True], dtype="boolean"),
        type=["health_centre", "pharmacy", None, "gp_practice"],
    )
    edited = centre_layer(replace(result, centres=c))
    assert [x["stepFree"] for x in edited] == [True, False, None, True]
    assert [x["type"] for x in edited] == ["health_centre", "other", "other", "gp_practice"]
    assert centre_layer_key(edited) != key
    moved = result.centres.copy()
    moved.geometry = moved.geometry.translate(10, 0)
    m = centre_layer(replace(result, centres=moved))
    assert m[0]["lon"] > c0["lon"] and centre_layer_key(m) != key
    assert len(centre_layer(replace(result, centres=result.centres.iloc[:0]))) == 0
    # escaped on the way into JavaScript: no markup survives as markup
    from accessmap.render.geojson import dumps_js

    text = dumps_js(layer)
    assert "<b>" not in text and "\\u003cb\\u003e" in text


def test_values_payload_sends_only_the_changed_parts(result):
    from accessmap.render.map_payload import value_digests, values_payload

    full, digests = values_payload(result.sectors, "dist_nearest_m")
    assert full == style_payload(result, "dist_nearest_m")["values"]
    assert "partial" not in full
    assert value_digests(result.sectors, "dist_nearest_m") == digests
    assert set(digests) == {"ids", "names", "municipalities", *(f["key"] for f in full["fields"])}
    # nothing changed: nothing but the order is sent
    same, again = values_payload(result.sectors, "dist_nearest_m", known=digests)
    assert same == {"fields": [], "partial": True, "order": [f["key"] for f in full["fields"]]}
    assert again == digests
    # a centre edit changes the distances only: only that field is formatted and sent
    edited = result.sectors.assign(dist_nearest_m=result.sectors["dist_nearest_m"] + 100.0)
    part, new = values_payload(edited, "dist_nearest_m", known=digests)
    assert [f["key"] for f in part["fields"]] == ["dist_nearest_m"]
    assert "ids" not in part and "names" not in part
    assert part["fields"][0] == next(
        f
        for f in values_payload(edited, "dist_nearest_m")[0]["fields"]
        if f["key"] == "dist_nearest_m"
    )
    assert new["dist_nearest_m"] != digests["dist_nearest_m"]
    # other labels (language) change every text part
    nl, _ = values_payload(result.sectors, "dist_nearest_m", {"no_data": "Geen"}, known=digests)
    assert len(nl["fields"]) == len(full["fields"])


def test_rebuild_replaces_the_data_file(result, tmp_path):
    build_map_page(result, tmp_path, column="dist_nearest_m")
    first = {p.name for p in tmp_path.glob("data.*.js")}
    build_map_page(result, tmp_path, column="centres_within", show_threshold_circles=True)
    second = {p.name for p in tmp_path.glob("data.*.js")}
    assert len(first) == len(second) == 1 and first != second
    data = _data(tmp_path / "index.html")
    assert data["style"]["showThreshold"] is True and data["style"]["thresholdM"] == 800.0


def test_render_modules_import_no_qt():
    code = (
        "import sys; import accessmap.render.map_html, accessmap.render.styling, "
        "accessmap.render.assets; print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_local_tile_folder_is_a_file_url_and_stays_offline(result, tmp_path):
    tiles = tmp_path / "tiles"
    (tiles / "12" / "2097").mkdir(parents=True)
    (tiles / "12" / "2097" / "1370.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    page = build_map_page(
        result, tmp_path / "page", column="dist_nearest_m", tile_dir=tiles, attribution="<tiles>"
    )
    data = _data(page)
    assert data["tiles"] == {
        "url": tiles.resolve().as_uri() + "/{z}/{x}/{y}.png",
        "minZoom": 12,
        "maxZoom": 12,
        "bounds": None,
    }
    html = page.read_text(encoding="utf-8")
    assert assert_offline(html) == [] and "tile" not in html.lower()  # the page's JS adds them
    # the attribution is data, put into the page as text by the script (never HTML)
    assert data["attribution"] == "<tiles>" and "<tiles>" not in html


def test_mbtiles_base_map_is_extracted_and_online_tiles_are_refused(result, tmp_path):
    from test_tiles import RED, make_mbtiles

    mb = make_mbtiles(
        tmp_path / "base.mbtiles",
        [(12, 2097, 2725, RED)],  # TMS row 2725 at z12 -> XYZ y = 4095 - 2725 = 1370
        {"format": "png", "attribution": "<b>Local</b> tiles", "bounds": "4.2,50.7,4.5,50.95"},
    )
    page = build_map_page(
        result,
        tmp_path / "page",
        column="dist_nearest_m",
        tile_dir=mb,
        tile_cache_dir=tmp_path / "cache",
        attribution="Statbel",
    )
    data = _data(page)
    (folder,) = [p for p in (tmp_path / "cache").iterdir() if p.is_dir()]
    assert (folder / "12" / "2097" / "1370.png").read_bytes() == RED
    assert data["tiles"]["url"] == folder.resolve().as_uri() + "/{z}/{x}/{y}.png"
    assert data["tiles"]["bounds"] == [[50.7, 4.2], [50.95, 4.5]]  # Leaflet's [[s, w], [n, e]]
    assert data["attribution"] == "Statbel · Local tiles"
    online = TileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png", 0, 19, "OSM")
    with pytest.raises(SettingsError, match="local tiles only"):
        build_map_page(result, tmp_path / "p2", column="dist_nearest_m", tile_dir=online)
    with pytest.raises(DataFormatError, match="not an MBTiles file"):
        bad = tmp_path / "bad.mbtiles"
        bad.write_text("not a database")
        build_map_page(result, tmp_path / "p3", column="dist_nearest_m", tile_dir=bad)


def catchments_for(result: AnalysisResult) -> gpd.GeoDataFrame:
    """Four synthetic catchments in EPSG:31370: 500 m discs around centres c0 and c1, one tied
    to no known centre and one without a centre id (the two overlap c0's disc)."""
    c = result.centres.set_index("centre_id").geometry
    return gpd.GeoDataFrame(
        {"centre_id": pd.array(["c0", "c1", "zzz", None], dtype="str")},
        geometry=[
            c["c0"].buffer(500.0),
            c["c1"].buffer(500.0),
            c["c0"]
            .buffer(300.0)
            .union(shapely.affinity.translate(c["c0"], 900.0, 0).buffer(200.0)),
            shapely.affinity.translate(c["c0"], 200.0, 0).buffer(400.0),
        ],
        crs=result.sectors.crs,
    )


def test_catchments_are_drawn_as_lines_with_their_centre(result, tmp_path):
    from dataclasses import replace

    catch = catchments_for(result)
    with_c = replace(result, extras={"catchments": catch})
    assert geometry_key(with_c) != geometry_key(result)  # new layer: rebuild, not restyle
    page = build_map_page(with_c, tmp_path, column="dist_nearest_m")
    data = _data(page)
    feats = data["catchments"]["features"]
    assert [f["id"] for f in feats] == [0, 1, 2, 3]
    assert [f["properties"]["centre"] for f in feats] == ["c0", "c1", "zzz", ""]
    assert [f["properties"]["name"] for f in feats] == [
        "Centre <b>0</b>",
        "Centre <b>1</b>",
        "",
        "",
    ]
    assert [f["properties"]["type"] for f in feats] == ["health_centre", "gp_practice", "", ""]
    assert feats[0]["geometry"]["type"] in ("LineString", "MultiLineString")
    assert feats[2]["geometry"]["type"] == "MultiLineString"  # two discs, two rings
    # escaped in the file, intact once parsed
    body = next(tmp_path.glob("data.*.js")).read_text(encoding="utf-8")
    assert "<b>" not in body and "Centre \\u003cb\\u003e0" in body
    # rounded to 1e-5 degree, and still 500 m (+- simplification and rounding) from the centre
    ring = np.array(feats[0]["geometry"]["coordinates"])
    assert np.allclose(ring, np.round(ring, 5), atol=1e-9, rtol=0)
    back = gpd.GeoSeries(gpd.points_from_xy(ring[:, 0], ring[:, 1]), crs="EPSG:4326")
    dist = back.to_crs(catch.crs).distance(result.centres.geometry.iloc[0]).to_numpy()
    assert np.all(np.abs(dist - 500.0) < 4.0)
    style = data["style"]
    assert style["showCatchments"] is True
    assert style["legend"]["catchments"] == {"label": "Catchment areas", "count": 4}
    assert style["text"]["catchment"] == "Catchment area"
    hidden = style_payload(with_c, "dist_nearest_m", show_catchments=False)
    assert hidden["showCatchments"] is False and hidden["legend"]["catchments"] is None
    nl = style_payload(
        with_c, "dist_nearest_m", labels={"catchments": "Werkingsgebieden"}, show_catchments=True
    )
    assert nl["legend"]["catchments"]["label"] == "Werkingsgebieden"
    # no catchments loaded: nothing in the data, nothing in the legend, even when asked
    plain = style_payload(result, "dist_nearest_m", show_catchments=True)
    assert plain["showCatchments"] is False and plain["legend"]["catchments"] is None
    assert "catchments" not in _data(build_map_page(result, tmp_path / "p", column="poverty"))
