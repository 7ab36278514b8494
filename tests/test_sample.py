"""The bundled Brussels sample: files present, counts as documented, nothing invented, rebuildable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from accessmap.core import sample
from accessmap.core.schema import CENTRE_TYPES, Settings

#: Brussels-Capital Region in Lambert 72 (EPSG:31370), a little wider than its sectors.
BRUSSELS_BBOX = (140_000.0, 160_000.0, 159_000.0, 179_500.0)


@pytest.fixture(scope="module")
def sectors(sample_dir: Path) -> gpd.GeoDataFrame:
    return gpd.read_file(sample_dir / "brussels_sectors.gpkg", layer="sectors")


@pytest.fixture(scope="module")
def centres(sample_dir: Path) -> gpd.GeoDataFrame:
    return gpd.read_file(sample_dir / "health_centres.gpkg", layer="centres")


def test_sample_files_exist(sample_dir: Path) -> None:
    files = sample.sample_files(sample_dir)
    assert set(files) == {"sectors", "centres", "indicators", "network", "readme"}
    for path in files.values():
        assert path.is_file(), path
    assert sample_dir == sample.SAMPLE_DIR


def test_sample_dir_env_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(sample.SAMPLE_ENV_VAR, str(tmp_path))
    assert sample.sample_dir() == tmp_path
    assert sample.sample_files()["sectors"] == tmp_path / "brussels_sectors.gpkg"


def test_sectors_counts_and_crs(sectors: gpd.GeoDataFrame) -> None:
    assert len(sectors) == 724
    assert sectors.crs.to_epsg() == 31370
    assert not sectors.geometry.has_z.any()
    assert sectors.is_valid.all()
    assert sectors["CS01012020"].is_unique
    assert int(sectors["POP"].sum()) == 1_215_012
    assert (sectors["POP"] == 0).sum() == 22
    assert sectors["CS01012020"].str.match(r"^21\d{3}[A-Z0-9-]{4}$").all()
    assert (sectors["CNIS5_2020"] == sectors["CS01012020"].str[:5]).all()


def test_sectors_bimd_join_not_invented(sectors: gpd.GeoDataFrame) -> None:
    known = sectors["bimd_income_score"].notna()
    assert known.sum() == 675
    # the same sectors carry every BIMD column; the others hold exactly the documented 311 people
    for col in ("bimd_income_decile", "bimd_score", "bimd_decile"):
        assert (sectors[col].notna() == known).all(), col
    assert int(sectors.loc[~known, "POP"].sum()) == 311
    assert sectors.loc[known, "bimd_decile"].between(1, 10).all()
    # a value checked by hand in the national table: 21001A00- (Anderlecht, Verzet)
    row = sectors.set_index("CS01012020").loc["21001A00-"]
    assert row["bimd_income_score"] == pytest.approx(82.6468556243417)
    assert row["bimd_income_decile"] == 1


def test_sectors_district_bim_share(sectors: gpd.GeoDataFrame) -> None:
    assert sectors["district_code"].notna().all()
    assert sectors["district_code"].nunique() == 145
    rate = sectors["bim_rate_district"]
    assert rate.notna().sum() == 665
    assert rate.dropna().between(0, 100).all()
    # one value per district
    assert (sectors.groupby("district_code")["bim_rate_district"].nunique(dropna=True) <= 1).all()


def test_centres_ids_types_and_unknowns(centres: gpd.GeoDataFrame) -> None:
    assert len(centres) == 77
    assert centres["centre_id"].is_unique
    assert centres["centre_id"].str.match(r"^osm-\d{4}$").all()
    assert set(centres["type"]) <= set(CENTRE_TYPES)
    assert (centres["type"] == "health_centre").sum() == 36
    # nothing invented: capacity, step-free access and opening year are all unknown
    assert centres["gp_fte"].isna().all()
    assert centres["step_free"].isna().all()
    assert centres["year_open"].isna().all()
    assert (centres["source"] == "OpenStreetMap 2026-05").all()
    assert centres.crs.to_epsg() == 31370
    assert (centres.geometry.geom_type == "Point").all()


def test_centres_inside_brussels(centres: gpd.GeoDataFrame, sectors: gpd.GeoDataFrame) -> None:
    x0, y0, x1, y1 = BRUSSELS_BBOX
    assert centres.geometry.x.between(x0, x1).all()
    assert centres.geometry.y.between(y0, y1).all()
    sx0, sy0, sx1, sy1 = sectors.total_bounds
    assert x0 < sx0 and y0 < sy0 and sx1 < x1 and sy1 < y1
    # all but one lie inside the region itself; that one is 20 m outside (documented)
    region = sectors.union_all()
    outside = centres[~centres.within(region)]
    assert len(outside) == 1
    assert float(outside.distance(region).iloc[0]) < 50


def test_centres_deduplicated(centres: gpd.GeoDataFrame) -> None:
    xy = np.c_[centres.geometry.x, centres.geometry.y]
    names = centres["name"].str.lower().str.normalize("NFKD")
    for i in range(len(xy)):
        d = np.hypot(*(xy - xy[i]).T)
        same = (d <= 50) & (names == names.iloc[i]).to_numpy()
        assert same.sum() == 1, centres["name"].iloc[i]
        assert (d < 1).sum() == 1


def test_bimd_table_belgian_format(sample_dir: Path) -> None:
    path = sample_dir / "bimd2011_brussels.csv"
    first = path.read_text(encoding="utf-8").splitlines()[:2]
    assert first[0].startswith("CD_RES_SECTOR;exp_score_income_domain;")
    assert first[1].startswith("21001A00-;82,6468556243417;")
    table = pd.read_csv(path, sep=";", decimal=",", dtype={"CD_RES_SECTOR": str})
    assert len(table) == 675
    assert table["CD_RES_SECTOR"].str.startswith("21").all()
    assert table["exp_score_income_domain"].dtype == np.float64


def test_readme_attributions(sample_dir: Path) -> None:
    text = (sample_dir / "README.md").read_text(encoding="utf-8")
    for line in (
        "Source: Statbel (Directorate-general Statistics - Statistics Belgium)",
        "© OpenStreetMap contributors",
        "ODbL",
        "doi:10.1016/j.sste.2023.100587",
        "© IBSA - perspective.brussels, Monitoring des Quartiers; UrbIS ©",
        "Brussels UrbIS®©",
        "paradigm.brussels",
        "tunnels",
        "Known gaps",
    ):
        assert line in text, line
    assert "Statbel" in sample.SAMPLE_ATTRIBUTION
    assert "OpenStreetMap" in sample.SAMPLE_ATTRIBUTION
    assert "Brussels UrbIS®©" in sample.SAMPLE_ATTRIBUTION
    assert "1 FTE" in sample.SAMPLE_GAPS
    assert "tunnels" in sample.sample_gaps(network=True)
    assert "straight lines" in sample.sample_gaps(network=False)


def test_sample_settings() -> None:
    settings = sample.sample_settings()
    assert isinstance(settings, Settings)
    assert settings.poverty_column == sample.SAMPLE_POVERTY_COLUMN == "bimd_income_score"
    assert settings.poorer == sample.SAMPLE_POORER == "higher"
    assert settings.higher_is_poorer


def test_load_sample(sample_dir: Path) -> None:
    pytest.importorskip("accessmap.core.io")
    layers, settings = sample.load_sample(sample_dir)
    assert len(layers.sectors) == 724
    assert layers.sectors["population"].sum() == pytest.approx(1_215_012)
    assert layers.sectors["sector_id"].is_unique
    assert settings.poverty_column in layers.sectors.columns
    assert len(layers.centres) == 77
    assert layers.centres["gp_fte"].isna().all()
    assert {s.role for s in layers.sources} == {"sectors", "centres"}


def test_load_sample_missing_dir(tmp_path: Path) -> None:
    from accessmap.core.errors import DataFormatError

    with pytest.raises(DataFormatError, match="sample sectors file is missing"):
        sample.load_sample(tmp_path)


def test_rebuild_is_identical(shared_data: Path, sample_dir: Path, tmp_path: Path) -> None:
    script = sample_dir / "build_sample.py"
    run = subprocess.run(
        [sys.executable, str(script), "--shared", str(shared_data), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "centres kept: 77" in run.stdout
    for name, layer in (("brussels_sectors.gpkg", "sectors"), ("health_centres.gpkg", "centres")):
        shipped = gpd.read_file(sample_dir / name, layer=layer)
        rebuilt = gpd.read_file(tmp_path / name, layer=layer)
        pd.testing.assert_frame_equal(
            pd.DataFrame(shipped.drop(columns="geometry")),
            pd.DataFrame(rebuilt.drop(columns="geometry")),
        )
        assert shipped.geometry.geom_equals_exact(rebuilt.geometry, tolerance=0).all()
    for name in ("bimd2011_brussels.csv", "brussels_streets.gpkg"):
        assert (sample_dir / name).read_bytes() == (tmp_path / name).read_bytes(), name
    assert "street axes: 22808 lines" in run.stdout


def test_streets_are_the_urbis_axes_unchanged(shared_data: Path, sample_dir: Path) -> None:
    shipped = gpd.read_file(sample_dir / "brussels_streets.gpkg", layer="streets")
    source = gpd.read_file(shared_data / "brussels" / "urbis_street_axis_2018_brussels.gpkg")
    assert len(shipped) == 22_808 and shipped.crs.to_epsg() == 31370
    assert list(shipped.columns) == ["seg_id", "geometry"]
    assert not shipped.geometry.has_z.any()
    source = source.sort_values("seg_id").reset_index(drop=True)
    assert (shipped["seg_id"] == source["seg_id"]).all()
    # exact coordinates: junctions stay shared vertices
    assert shipped.geometry.geom_equals_exact(source.geometry.force_2d(), tolerance=0).all()
    assert (sample_dir / "brussels_streets.gpkg").stat().st_size < 5_000_000


def _graph_arrays(net) -> dict[str, np.ndarray]:
    names = ("node_xy", "edge_u", "edge_v", "edge_len_m", "seg_p0", "seg_p1", "seg_edge")
    out = {name: getattr(net, name) for name in names}
    out.update(data=net.graph.data, indices=net.graph.indices, indptr=net.graph.indptr)
    return out


def test_load_sample_with_network_and_cache(sample_dir: Path, tmp_path: Path) -> None:
    cold, _ = sample.load_sample(sample_dir, network=True, cache_dir=tmp_path)
    assert "built and cached" in cold.messages[-1]
    warm, _ = sample.load_sample(sample_dir, network=True, cache_dir=tmp_path)
    assert "from the cache" in warm.messages[-1]
    assert "tunnels" in warm.messages[-1] and "2018" in warm.messages[-1]
    net = warm.network
    # the documented figures of the street axes read as a network (shared/data README)
    assert net.summary["nodes"] == 14_877 and net.summary["edges"] == 23_085
    assert net.summary["components_dropped"] == 123
    assert net.summary["total_km"] == pytest.approx(2181.2, abs=0.1)
    a, b = _graph_arrays(cold.network), _graph_arrays(net)
    for name in a:
        assert a[name].dtype == b[name].dtype and np.array_equal(a[name], b[name]), name
    assert cold.network.summary == net.summary
    src = {s.role: s for s in warm.sources}
    assert set(src) == {"sectors", "centres", "network"}
    assert "Brussels UrbIS®©" in src["network"].attribution and src["network"].year == "2018"
    plain, _ = sample.load_sample(sample_dir, network=False)
    assert plain.network is None and {s.role for s in plain.sources} == {"sectors", "centres"}


def test_sample_walks_15_minutes(sample_dir: Path, tmp_path: Path) -> None:
    from accessmap.core.pipeline import run_analysis

    layers, settings = sample.load_sample(sample_dir, network=True, cache_dir=tmp_path)
    result = run_analysis(layers, settings.replace(threshold_min=15.0))
    assert result.summary["distance_kind"] == "network"
    s = result.sectors
    walk, straight = s["walk_nearest_m"].to_numpy(), s["dist_nearest_m"].to_numpy()
    ok = np.isfinite(walk)
    assert ok.mean() > 0.99
    # a walk from the demand point over the streets is never shorter than the straight line
    assert (walk[ok] >= straight[ok] - 1e-6).all()
    assert (s["detour_index"].dropna() >= 1.0 - 1e-9).all()
    assert any(s.role == "network" for s in result.sources)


def test_belgium_case_real_codes_synthetic_shapes(shared_data: Path) -> None:
    """The benchmark case keeps the real codes, residents and BIMD scores; shapes are synthetic."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "belgium_case.py"
    spec = importlib.util.spec_from_file_location("belgium_case", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sectors, centres = module.make_belgium_case(n_centres=500, seed=1, shared=shared_data)
    assert len(sectors) == 19_794
    assert sectors["sector_id"].is_unique
    assert sectors["population"].sum() == pytest.approx(11_425_213)
    assert sectors["bimd_income_score"].notna().sum() == 18_754
    assert sectors.crs.to_epsg() == 31370
    assert sectors.is_valid.all() and not sectors.is_empty.any()
    # cells tile the outline without overlaps: their areas add up to the union's
    assert sectors.area.sum() == pytest.approx(sectors.union_all().area, rel=1e-6)
    assert len(centres) == 500 and centres["centre_id"].is_unique
    hit = sectors.sindex.query(centres.geometry, predicate="within")
    assert np.unique(hit[0]).size == 500
    # every centre lies in a sector with residents (population-weighted placement)
    assert (sectors["population"].to_numpy()[hit[1]] > 0).all()


def test_network_default_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for value, expected in (("0", False), ("off", False), ("1", True), ("yes", True)):
        monkeypatch.setenv(sample.NETWORK_ENV_VAR, value)
        assert sample._default_network() is expected, value
    monkeypatch.setenv(sample.NETWORK_ENV_VAR, "maybe")
    assert sample._default_network() is sample._BUILT_IN_NETWORK
