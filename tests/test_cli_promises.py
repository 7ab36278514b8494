"""The command line keeps its promises (issue 10 items 1, 2, 4, 16): layer options replace the
sample's or project's layer (never dropped), a project's settings stand unless a flag is
given, ``--save-project`` then ``--project`` gives the identical summary, and every column
option takes the name the user's file has."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from accessmap.cli import main
from accessmap.core.project import load_project
from accessmap.core.schema import ANALYSIS_CRS

DATA = Path("/work/shared/data")
URBIS = DATA / "brussels" / "urbis_street_axis_2018_brussels.gpkg"
STATBEL_POP = DATA / "brussels" / "statbel_sector_population_2020_brussels.gpkg"
OSM_POI = DATA / "brussels" / "osm_health_poi_2026-05_brussels.geojson"
needs_data = pytest.mark.skipif(not URBIS.exists(), reason="shared Brussels data missing")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def summary(folder: Path) -> dict:
    return json.loads((folder / "summary.json").read_text(encoding="utf-8"))


# --- item 1: layer options with --sample / --project ---------------------------------------
@needs_data
def test_sample_with_network_uses_the_network(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "analyze", "--sample", "--network", URBIS,
                       "--threshold-min", "10", "--out", tmp_path)  # fmt: skip
    assert code == 0
    s = summary(tmp_path)
    assert s["distance_kind"] == "network" and s["threshold_min"] == 10
    assert "note: Street network 'urbis_street_axis_2018_brussels.gpkg'" in err
    assert "14877 junctions" in err
    assert ("--network replaces the sample's network" in err
            or "--network adds network to the sample" in err)  # fmt: skip
    roles = {src["role"] for src in s["sources"]} if isinstance(s["sources"][0], dict) else None
    assert roles is None or "network" in roles


def _brussels_boxes(tmp: Path) -> dict[str, Path]:
    """Hand-made layers over central Brussels (Lambert 72): one catchment box, two residents."""
    x0, y0 = 148_000.0, 169_000.0
    catch = gpd.GeoDataFrame({"centre_id": ["x"]}, geometry=[box(x0, y0, x0 + 3000, y0 + 3000)],
                             crs=ANALYSIS_CRS)  # fmt: skip
    paths = {"catchments": tmp / "catch.gpkg", "centres": tmp / "c.gpkg"}
    catch.to_file(paths["catchments"])
    centres = gpd.GeoDataFrame(
        {"centre_id": ["a", "b"], "name": ["A", "B"], "type": ["health_centre"] * 2,
         "VTE": [2.5, 1.0]},
        geometry=[Point(x0 + 1000, y0 + 1000), Point(x0 + 2000, y0 + 2500)],
        crs=ANALYSIS_CRS,
    )  # fmt: skip
    centres.to_file(paths["centres"])
    return paths


def test_sample_with_centres_and_catchments_replaces_them(tmp_path, capsys) -> None:
    p = _brussels_boxes(tmp_path)
    code, _, err = run(capsys, "analyze", "--sample", "--centres", p["centres"],
                       "--capacity", "VTE", "--catchments", p["catchments"],
                       "--out", tmp_path / "o")  # fmt: skip
    assert code == 0, err
    s = summary(tmp_path / "o")
    assert s["centres"] == 2 if isinstance(s["centres"], int) else len(s["centres"]) == 2
    csv = pd.read_csv(tmp_path / "o" / "sectors.csv", dtype={"nearest_centre_id": str})
    assert set(csv["nearest_centre_id"]) == {"a", "b"}
    assert csv["in_catchment"].notna().all() and csv["in_catchment"].astype(bool).any()
    assert s["assumed_capacity_centres"] == 0  # the VTE column was read as GP FTE
    assert "--centres replaces the sample's centres" in err
    assert "--catchments adds catchments to the sample" in err


BIMD = DATA / "belgium" / "bimd2011_domains_statistical_sector.csv"


@needs_data
def test_sample_with_an_indicator_table_joins_it_to_the_samples_sectors(tmp_path, capsys):
    code, _, err = run(capsys, "analyze", "--sample", "--indicators", BIMD, "--indicators-key",
                       "CD_RES_SECTOR", "--poverty", "exp_score_income_domain",
                       "--out", tmp_path)  # fmt: skip
    assert code == 0, err
    assert "--indicators joined to the sample's sectors" in err
    assert "675 matched, 49 without a table row" in err
    s = summary(tmp_path)
    assert s["poverty_column"] == "exp_score_income_domain"
    assert s["sectors_without_poverty"] == 49
    code, _, err = run(capsys, "analyze", "--sample", "--indicators-key", "X", "--out", tmp_path)
    assert code == 2 and "--indicators-key X" in err


def test_sample_with_residents_uses_them_as_demand_points(tmp_path, capsys) -> None:
    from accessmap.core.sample import load_sample

    layers, _ = load_sample()
    first = layers.sectors.iloc[0]
    spot = first.geometry.representative_point()
    residents = gpd.GeoDataFrame({"inwoners": [5.0]}, geometry=[spot], crs=ANALYSIS_CRS)
    residents.to_file(tmp_path / "r.gpkg")
    code, _, err = run(capsys, "analyze", "--sample", "--residents", tmp_path / "r.gpkg",
                       "--out", tmp_path / "o")  # fmt: skip
    assert code == 0, err
    assert "--residents adds residents to the sample" in err
    csv = pd.read_csv(tmp_path / "o" / "sectors.csv", dtype={"sector_id": str})
    row = csv.set_index("sector_id").loc[first["sector_id"]]
    assert (row["demand_x"], row["demand_y"]) == pytest.approx((spot.x, spot.y))


def test_a_column_option_without_its_file_is_refused_not_dropped(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "analyze", "--sample", "--capacity", "VTE", "--out", tmp_path)
    assert code == 2
    assert "--capacity VTE" in err and "Give --centres FILE" in err
    # the column the sample already uses, by its own name or the canonical one: fine
    code, _, err = run(capsys, "analyze", "--sample", "--population", "POP", "--sector-id",
                       "sector_id", "--out", tmp_path)  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "analyze", "--sample", "--scenario", "x", "--out", tmp_path)
    assert code == 2 and "--project" in err


# --- item 2: project settings stand; --save-project round trip --------------------------------
SETTINGS = ("--threshold-m", "600", "--e2sfca-catchment-m", "1200", "--walk-speed-kmh", "4",
            "--e2sfca-weights", "step", "--snap-max-m", "150", "--poor-cut", "0.3")  # fmt: skip


def test_saved_settings_stand_and_flags_say_they_override(tmp_path, capsys) -> None:
    proj = tmp_path / "p" / "study.accessmap"
    code, _, err = run(capsys, "analyze", "--sample", *SETTINGS, "--out", tmp_path / "a",
                       "--save-project", proj)  # fmt: skip
    assert code == 0, err
    saved = load_project(proj).settings
    assert (saved.threshold_m, saved.e2sfca_catchment_m, saved.walk_speed_kmh) == (600, 1200, 4)
    assert (saved.e2sfca_weight, saved.snap_max_m, saved.poor_cut) == ("step", 150, 0.3)
    code, _, err = run(capsys, "analyze", "--project", proj, "--out", tmp_path / "b")
    assert code == 0, err
    s = summary(tmp_path / "b")["settings"]
    assert (s["threshold_m"], s["e2sfca_catchment_m"], s["walk_speed_kmh"]) == (600, 1200, 4)
    assert (s["e2sfca_weight"], s["snap_max_m"], s["poor_cut"]) == ("step", 150, 0.3)
    assert "overrides" not in err
    code, _, err = run(capsys, "analyze", "--project", proj, "--threshold-m", "700",
                       "--e2sfca-weights", "step", "--out", tmp_path / "c")  # fmt: skip
    assert code == 0, err
    s = summary(tmp_path / "c")["settings"]
    assert s["threshold_m"] == 700 and s["e2sfca_catchment_m"] == 1200 and s["poor_cut"] == 0.3
    assert "--threshold-m 700 overrides the project's threshold_m (600 -> 700)" in err
    assert "e2sfca_weight" not in err  # given, but the same as the project's


def test_minutes_in_a_project_give_way_to_metres_on_the_command_line(tmp_path, capsys):
    proj = tmp_path / "m.accessmap"
    assert run(capsys, "analyze", "--sample", "--threshold-min", "12", "--out", tmp_path / "a",
               "--save-project", proj)[0] == 0  # fmt: skip
    code, _, err = run(capsys, "analyze", "--project", proj, "--out", tmp_path / "b")
    assert code == 0 and summary(tmp_path / "b")["threshold_min"] == 12
    code, _, err = run(capsys, "analyze", "--project", proj, "--threshold-m", "500",
                       "--out", tmp_path / "c")  # fmt: skip
    s = summary(tmp_path / "c")
    assert s["threshold_min"] is None and s["threshold_m"] == 500
    assert "threshold_min (12 -> not set)" in err


def _round_trip(tmp_path: Path, capsys, *args: str) -> None:
    proj = tmp_path / "rt.accessmap"
    code, _, err = run(capsys, "analyze", *args, "--out", tmp_path / "first",
                       "--save-project", proj)  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "analyze", "--project", proj, "--out", tmp_path / "again")
    assert code == 0, err
    first = (tmp_path / "first" / "summary.json").read_bytes()
    assert (tmp_path / "again" / "summary.json").read_bytes() == first
    a = (tmp_path / "first" / "sectors.csv").read_bytes()
    assert (tmp_path / "again" / "sectors.csv").read_bytes() == a


def test_save_project_then_project_gives_the_identical_summary(tmp_path, capsys) -> None:
    p = _brussels_boxes(tmp_path)
    _round_trip(tmp_path, capsys, "--sample", *SETTINGS, "--catchments", p["catchments"])


@needs_data
def test_round_trip_with_a_walking_network(tmp_path, capsys) -> None:
    _round_trip(tmp_path, capsys, "--sample", "--network", URBIS, "--threshold-min", "10",
                "--e2sfca-catchment-m", "1200")  # fmt: skip
    q = load_project(tmp_path / "rt.accessmap")
    net = next(s for s in q.sources if s.role == "network")
    assert Path(net.path) == URBIS and "bbox" in net.options


def test_project_with_a_replaced_layer_and_suggest_save(tmp_path, capsys) -> None:
    p = _brussels_boxes(tmp_path)
    base = tmp_path / "base.accessmap"
    assert run(capsys, "analyze", "--sample", "--out", tmp_path / "a", "--save-project",
               base)[0] == 0  # fmt: skip
    code, _, err = run(capsys, "suggest", "--project", base, "--centres", p["centres"],
                       "--k", "1", "--out", tmp_path / "s", "--save-project",
                       tmp_path / "s.accessmap")  # fmt: skip
    assert code == 0, err
    assert "--centres replaces the project's centres" in err
    q = load_project(tmp_path / "s.accessmap")
    assert q.centres["centre_id"].tolist() == ["a", "b"]
    assert json.loads((tmp_path / "s" / "suggestion.json").read_text())["k"] == 1


# --- item 16: missing source files --------------------------------------------------------------
def test_project_with_a_missing_source_says_not_found(tmp_path, capsys) -> None:
    p = _brussels_boxes(tmp_path)
    proj = tmp_path / "p.accessmap"
    assert run(capsys, "analyze", "--sample", "--centres", p["centres"], "--out",
               tmp_path / "a", "--save-project", proj)[0] == 0  # fmt: skip
    p["centres"].unlink()
    code, _, err = run(capsys, "analyze", "--project", proj, "--out", tmp_path / "b")
    assert code == 0
    assert f"note: The centres source file {p['centres']} was not found" in err


def test_project_with_a_missing_network_says_so_and_walks_no_more(tmp_path, capsys) -> None:
    corners = list(box(148_000, 169_000, 152_000, 172_000).exterior.coords)
    sides = [LineString(corners[i : i + 2]) for i in range(4)]  # a ring of four streets
    lines = gpd.GeoDataFrame({"highway": ["footway"] * 4}, geometry=sides, crs=ANALYSIS_CRS)
    net = tmp_path / "ring.gpkg"
    lines.to_file(net)
    proj = tmp_path / "p.accessmap"
    code, _, err = run(capsys, "analyze", "--sample", "--network", net, "--snap-max-m", "5000",
                       "--out", tmp_path / "a", "--save-project", proj)  # fmt: skip
    assert code == 0, err
    assert summary(tmp_path / "a")["distance_kind"] == "network"
    net.unlink()
    code, _, err = run(capsys, "analyze", "--project", proj, "--out", tmp_path / "b")
    assert code == 0, err
    assert "street network" in err and "was not found: distances are straight lines" in err
    s = summary(tmp_path / "b")
    assert s["distance_kind"] == "straight_line"
    assert not any(m.startswith("Street network") for m in s["messages"])


# --- item 4: column names as the user's file has them -----------------------------------------
@needs_data
def test_poverty_by_the_files_own_name(tmp_path, capsys) -> None:
    args = ("analyze", "--sectors", STATBEL_POP, "--centres", OSM_POI)
    code, _, err = run(capsys, *args, "--poverty", "POP", "--population", "POP",
                       "--sector-id", "SECTOR", "--out", tmp_path / "a")  # fmt: skip
    assert code == 0, err
    assert summary(tmp_path / "a")["poverty_column"] == "population"
    code, _, err = run(capsys, *args, "--poverty", "population", "--population", "population",
                       "--out", tmp_path / "b")  # fmt: skip
    assert code == 0, err
    a, b = summary(tmp_path / "a"), summary(tmp_path / "b")
    assert a["gap_sectors"] == b["gap_sectors"] and a["population"] == b["population"]
    code, _, err = run(capsys, *args, "--poverty", "NOPE", "--out", tmp_path / "c")
    assert code == 2
    assert "'NOPE' is not in the sector layer" in err
    assert "MUNICIP (municipality)" in err and "POP (population)" in err


def _atlas_files(tmp: Path) -> dict[str, Path]:
    """Four sectors in two municipalities (column MUNICIP), population POP, score INDEX."""
    x0, y0 = 150_000.0, 170_000.0
    sectors = gpd.GeoDataFrame(
        {"SECTOR": ["s1", "s2", "s3", "s4"], "POP": [100, 200, 300, 400],
         "MUNICIP": ["21001", "21001", "21004", "21004"], "INDEX": [0.9, 0.1, 0.5, 0.3]},
        geometry=[box(x0 + 500 * i, y0, x0 + 500 * (i + 1), y0 + 500) for i in range(4)],
        crs=ANALYSIS_CRS,
    )  # fmt: skip
    centres = gpd.GeoDataFrame({"centre_id": ["c"], "FTE": [2.0]},
                               geometry=[Point(x0 + 250, y0 + 250)], crs=ANALYSIS_CRS)  # fmt: skip
    paths = {"sectors": tmp / "s.gpkg", "centres": tmp / "c.gpkg"}
    sectors.to_file(paths["sectors"])
    centres.to_file(paths["centres"])
    return paths


def test_report_atlas_and_column_by_the_files_own_names(tmp_path, capsys) -> None:
    from pypdf import PdfReader

    p = _atlas_files(tmp_path)
    out = tmp_path / "atlas.pdf"
    code, _, err = run(capsys, "report", "--sectors", p["sectors"], "--centres", p["centres"],
                       "--poverty", "INDEX", "--atlas", "MUNICIP", "--column", "POP",
                       "--out", out)  # fmt: skip
    assert code == 0, err
    assert len(PdfReader(out).pages) == 2  # one page per municipality
    code, _, err = run(capsys, "report", "--sectors", p["sectors"], "--centres", p["centres"],
                       "--poverty", "INDEX", "--atlas", "GEMEENTE", "--out", out)  # fmt: skip
    assert code == 2 and "'GEMEENTE' is not in the analysis result" in err
    assert "MUNICIP (municipality)" in err and "SECTOR (sector_id)" in err


def test_capacity_by_canonical_name_or_the_files_name(tmp_path, capsys) -> None:
    p = _atlas_files(tmp_path)
    files = ("--sectors", p["sectors"], "--centres", p["centres"], "--poverty", "INDEX")
    for i, name in enumerate(("FTE", "gp_fte")):
        code, _, err = run(
            capsys, "analyze", *files, "--capacity", name, "--out", tmp_path / f"{i}"
        )
        assert code == 0, err
        assert summary(tmp_path / f"{i}")["assumed_capacity_centres"] == 0
    gpd.read_file(p["centres"]).drop(columns="FTE").to_file(p["centres"])
    code, _, err = run(capsys, "analyze", *files, "--capacity", "gp_fte", "--out", tmp_path / "x")
    assert code == 2 and "no column 'gp_fte'" in err
