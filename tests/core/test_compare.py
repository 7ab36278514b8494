"""Comparing scenarios: headline table and per-sector delta."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from accessmap.core.commands import AddCentre, RemoveCentre, Scenario
from accessmap.core.compare import compare_results, delta_sectors, e2sfca_by_quintile, headline
from accessmap.core.errors import SettingsError
from accessmap.core.model import AnalysisResult
from accessmap.core.scenario import scenario_layers
from accessmap.core.schema import Settings


def _result(dist, within, e2, summary) -> AnalysisResult:
    n = len(dist)
    sectors = gpd.GeoDataFrame(
        {
            "sector_id": [f"s{i}" for i in range(n)],
            "population": [100.0] * n,
            "poverty": np.arange(n, 0, -1, dtype=float),  # s0 the poorest (higher = poorer)
            "poverty_class": pd.array([3, 3, 2, 1, 1][:n], dtype="Int64"),
            "dist_nearest_m": dist,
            "within_threshold": within,
            "e2sfca_per_10k": e2,
        },
        geometry=[box(i, 0, i + 1, 1) for i in range(n)],
        crs="EPSG:31370",
    )
    return AnalysisResult(
        sectors=sectors,
        centres=gpd.GeoDataFrame(geometry=[], crs="EPSG:31370"),
        summary=summary,
        quintiles=pd.DataFrame(),
        curve=pd.DataFrame(),
        settings=Settings(poverty_column="poverty"),
    )


BASE = _result(
    [900.0, 500.0, 100.0, 850.0, 300.0],
    [False, True, True, False, True],
    [1.0, 2.0, 3.0, 4.0, 5.0],
    {"poor_population": 200.0, "poor_population_beyond_threshold": 100.0,
     "share_poor_population_within_threshold": 0.5, "share_population_within_threshold": 0.6,
     "gap_sectors": 1, "gap_population": 100.0, "concentration_index": 0.2, "centres": 2},
)  # fmt: skip
OTHER = _result(
    [400.0, 500.0, 100.0, 950.0, 300.0],
    [True, True, True, False, True],
    [6.0, 2.0, 3.0, 4.0, 5.0],
    {"poor_population": 200.0, "poor_population_beyond_threshold": 0.0,
     "share_poor_population_within_threshold": 1.0, "share_population_within_threshold": 0.8,
     "gap_sectors": 0, "gap_population": 0.0, "concentration_index": -0.1, "centres": 3},
)  # fmt: skip


def test_e2sfca_by_quintile_hand_computed():
    # five sectors of equal population: one per fifth, poorest (s0) first
    assert e2sfca_by_quintile(BASE).tolist() == [1.0, 2.0, 3.0, 4.0, 5.0]
    h = headline(BASE)
    assert h["poor_population_within"] == 100.0 and h["e2sfca_q1"] == 1.0


def test_compare_table():
    t = compare_results(BASE, {"new centre": OTHER})
    assert t.index.tolist() == ["baseline", "new centre"]
    row = t.loc["new centre"]
    assert row["poor_population_within"] == 200.0 and row["delta_poor_population_within"] == 100.0
    assert row["delta_gap_population"] == -100.0
    assert row["delta_concentration_index"] == pytest.approx(-0.3)
    assert row["e2sfca_q1"] == 6.0 and row["centres"] == 3
    assert (t.loc["baseline", [c for c in t.columns if c.startswith("delta_")]] == 0).all()
    with pytest.raises(SettingsError):
        compare_results(BASE, {"baseline": OTHER})


def test_delta_sectors():
    d = delta_sectors(BASE, OTHER)
    assert d["change"].tolist() == [-500.0, 0.0, 0.0, 100.0, 0.0]
    assert d["access_change"].tolist() == ["gain", "", "", "", ""]
    assert d["direction"].tolist() == ["better", "", "", "worse", ""]  # lower distance = better
    e = delta_sectors(BASE, OTHER, column="e2sfca_per_10k")
    assert e["direction"].tolist() == ["better", "", "", "", ""]  # higher E2SFCA = better
    # row order of the other result does not matter: the join is by sector id
    shuffled = AnalysisResult(
        sectors=OTHER.sectors.iloc[::-1].reset_index(drop=True), centres=OTHER.centres,
        summary=OTHER.summary, quintiles=OTHER.quintiles, curve=OTHER.curve,
        settings=OTHER.settings,
    )  # fmt: skip
    assert delta_sectors(BASE, shuffled)["change"].tolist() == d["change"].tolist()
    with pytest.raises(SettingsError):
        delta_sectors(BASE, OTHER, column="nope")


def test_real_scenarios_on_the_sample(sample_dir):
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample(sample_dir)
    base = run_analysis(layers, settings)
    scen = Scenario("open", layers.centres, settings)
    worst = base.sectors.sort_values("dist_nearest_m").iloc[-1]  # the farthest sector
    scen = AddCentre.new(scen, worst["demand_x"], worst["demand_y"]).do(scen)
    closing = Scenario("close", layers.centres, settings)
    closing = RemoveCentre(closing.centres()["centre_id"].iloc[0]).do(closing)
    others = {
        s.name: run_analysis(scenario_layers(layers, s), s.current_settings)
        for s in (scen, closing)
    }
    t = compare_results(base, others)
    assert t.loc["open", "share_within"] >= t.loc["baseline", "share_within"]
    assert t.loc["close", "share_within"] <= t.loc["baseline", "share_within"]
    assert t.loc["open", "centres"] == t.loc["baseline", "centres"] + 1
    d = delta_sectors(base, others["open"])
    gained = d["access_change"] == "gain"
    assert gained.any() and (d["access_change"] != "loss").all()
    pop = base.sectors["population"].to_numpy(float)
    assert pop[gained.to_numpy()].sum() == pytest.approx(
        (t.loc["open", "share_within"] - t.loc["baseline", "share_within"]) * pop.sum()
    )
    assert (d.loc[~gained, "change"] <= 0).all()  # adding a centre never lengthens a distance
