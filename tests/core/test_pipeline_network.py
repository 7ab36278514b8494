"""Walking distances through the pipeline and the CLI.

1. A hand-computed river with one bridge, written as real files (GeoPackage lines) and run
   through ``accessmap analyze --network``: straight-line near, walking far.
2. A real OpenStreetMap extract (tests/data/osm/Helsinki.osm.pbf, ODbL) under run_analysis.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from accessmap.cli import main
from accessmap.core.model import Layers
from accessmap.core.network import read_network
from accessmap.core.pipeline import run_analysis
from accessmap.core.schema import ANALYSIS_CRS, Settings

X0, Y0 = 150_000.0, 170_000.0  # central Brussels in Lambert 72
OSM = Path(__file__).resolve().parents[1] / "data" / "osm" / "Helsinki.osm.pbf"


def _river_files(tmp: Path) -> dict[str, Path]:
    """Sector A south of a river, sector B and the centre north of it, one bridge at x=1000.

    Streets: south bank y=100 and north bank y=400 (x 0..1000), bridge x=1000 (y 100..400).
    A's demand point (100, 100) lies on the south street; B's (100, 400) on the north street;
    the centre (100, 450) snaps 50 m to the north street.
      A: walk 900 + 300 + 900 + 50 = 2150 m, straight 350 m, detour 6.142857
      B: walk 50 m, straight 50 m, detour 1
    """
    sectors = gpd.GeoDataFrame(
        {"sector_id": ["A", "B"], "POP": [1000, 500], "pov": [0.4, 0.1]},
        geometry=[box(X0, Y0, X0 + 200, Y0 + 200), box(X0, Y0 + 300, X0 + 200, Y0 + 500)],
        crs=ANALYSIS_CRS,
    )
    centres = gpd.GeoDataFrame(
        {"centre_id": ["C"], "name": ["Centre"], "type": ["health_centre"]},
        geometry=[Point(X0 + 100, Y0 + 450)],
        crs=ANALYSIS_CRS,
    )

    def line(*pts):
        return LineString([(X0 + x, Y0 + y) for x, y in pts])

    streets = gpd.GeoDataFrame(
        {"highway": ["residential", "footway", "residential"]},
        geometry=[
            line((0, 100), (1000, 100)),
            line((1000, 100), (1000, 400)),
            line((0, 400), (1000, 400)),
        ],
        crs=ANALYSIS_CRS,
    )
    paths = {"sectors": tmp / "s.gpkg", "centres": tmp / "c.gpkg", "network": tmp / "n.gpkg"}
    sectors.to_file(paths["sectors"], layer="sectors")
    centres.to_file(paths["centres"], layer="centres")
    streets.to_file(paths["network"], layer="streets")
    return paths


def _analyze(p: dict[str, Path], out: Path | str, *extra: str) -> int:
    """accessmap analyze on the river files, with walking distances."""
    args = ["analyze", "--sectors", str(p["sectors"]), "--centres", str(p["centres"])]
    args += ["--poverty", "pov", "--network", str(p["network"]), *extra, "--out", str(out)]
    return main(args)


def test_cli_walking_distance_across_a_river(tmp_path: Path) -> None:
    p = _river_files(tmp_path)
    out = tmp_path / "out"
    code = _analyze(p, str(out), "--threshold-m", "800")
    assert code == 0
    s = pd.read_csv(out / "sectors.csv").set_index("sector_id")
    np.testing.assert_allclose(s.loc["A", "walk_nearest_m"], 2150, atol=1e-3)
    np.testing.assert_allclose(s.loc["A", "dist_nearest_m"], 350, atol=1e-9)
    np.testing.assert_allclose(s.loc["A", "detour_index"], 2150 / 350, atol=1e-5)
    np.testing.assert_allclose(s.loc["B", "walk_nearest_m"], 50, atol=1e-3)
    np.testing.assert_allclose(s.loc["A", "walk_nearest_min"], 2150 / 75, atol=1e-4)
    # the threshold uses walking distance: A is near as the crow flies but far on foot
    assert not s.loc["A", "within_threshold"] and s.loc["B", "within_threshold"]
    assert list(s["centres_within"]) == [0, 1]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["distance_kind"] == "network"
    assert summary["unsnapped_sectors"] == 0


def test_minutes_threshold_over_the_network(tmp_path: Path) -> None:
    p = _river_files(tmp_path)
    out = tmp_path / "out"
    # 30 min at 4.5 km/h = 2250 m: now A (2150 m) is within
    assert _analyze(p, str(out), "--threshold-min", "30") == 0
    s = pd.read_csv(out / "sectors.csv")
    assert s["within_threshold"].all()


def test_network_that_misses_every_centre_is_a_clear_error(tmp_path: Path, capsys) -> None:
    p = _river_files(tmp_path)
    # the only centre lies 50 m from the streets: with a 40 m snapping limit it is off the map
    code = _analyze(p, str(tmp_path / "out"), "--snap-max-m", "40")
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "lies within 40 m of the street network" in err
    assert "raise the maximum snapping distance" in err


def test_unsnapped_sector_falls_back_to_straight_line_with_a_flag(tmp_path: Path) -> None:
    p = _river_files(tmp_path)
    far = gpd.GeoDataFrame(
        {"sector_id": ["D"], "POP": [10], "pov": [0.2]},
        geometry=[box(X0 + 600, Y0 + 1000, X0 + 800, Y0 + 1200)],  # 700 m from any street
        crs=ANALYSIS_CRS,
    )
    sectors = pd.concat([gpd.read_file(p["sectors"]), far], ignore_index=True)
    sectors.to_file(p["sectors"], layer="sectors")
    out = tmp_path / "out"
    assert _analyze(p, str(out)) == 0
    s = pd.read_csv(out / "sectors.csv").set_index("sector_id")
    assert not s.loc["D", "snapped"] and s.loc["A", "snapped"]
    assert np.isnan(s.loc["D", "walk_nearest_m"])
    # straight line from (700, 1100) to the centre (100, 450): sqrt(600² + 650²) = 884.6 m
    np.testing.assert_allclose(s.loc["D", "dist_nearest_m"], np.hypot(600, 650))
    assert not s.loc["D", "within_threshold"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["unsnapped_sectors"] == 1


@pytest.mark.skipif(not OSM.exists(), reason="OSM fixture missing")
def test_real_osm_extract_through_the_pipeline() -> None:
    net = read_network(OSM)
    nodes = net.to_geodataframe() if hasattr(net, "to_geodataframe") else None
    assert nodes is not None and len(nodes) > 100
    xmin, ymin, xmax, ymax = nodes.total_bounds
    # synthetic 300 m grid sectors over the extract; centres at 6 points of the network
    xs = np.arange(xmin, xmax - 300, 300)
    ys = np.arange(ymin, ymax - 300, 300)
    cells = [box(x, y, x + 300, y + 300) for x in xs for y in ys]
    rng = np.random.default_rng(1)
    sectors = gpd.GeoDataFrame(
        {
            "sector_id": [f"S{i}" for i in range(len(cells))],
            "population": rng.integers(0, 2000, len(cells)).astype(float),
            "name": "",
            "municipality": "",
            "pov": rng.random(len(cells)),
        },
        geometry=cells,
        crs=ANALYSIS_CRS,
    )
    pts = nodes.geometry.interpolate(0.5, normalized=True).iloc[:: max(1, len(nodes) // 6)][:6]
    centres = gpd.GeoDataFrame(
        {
            "centre_id": [f"C{i}" for i in range(len(pts))],
            "name": "",
            "type": "other",
            "gp_fte": np.nan,
            "step_free": pd.array([pd.NA] * len(pts), dtype="boolean"),
            "year_open": pd.array([pd.NA] * len(pts), dtype="Int64"),
            "year_close": pd.array([pd.NA] * len(pts), dtype="Int64"),
        },
        geometry=list(pts),
        crs=ANALYSIS_CRS,
    )
    r = run_analysis(
        Layers(sectors=sectors, centres=centres, network=net),
        Settings(poverty_column="pov", snap_max_m=250),
    )
    s = r.sectors
    assert r.summary["distance_kind"] == "network"
    snapped = s["snapped"].fillna(False).to_numpy(bool)
    assert snapped.sum() > 0
    walk = s.loc[snapped, "walk_nearest_m"].to_numpy()
    assert np.isfinite(walk).any()
    ok = np.isfinite(walk)
    # walking is never shorter than the straight line to the same centre: detour >= 1
    assert (s.loc[snapped, "detour_index"].to_numpy()[ok] >= 1 - 1e-9).all()
    # and never shorter than the straight line to the nearest centre of all
    assert (walk[ok] >= s.loc[snapped, "dist_nearest_m"].to_numpy()[ok] - 1e-6).all()
    assert r.summary["unsnapped_sectors"] == int((~snapped).sum())
