"""Centres open in a year and coverage year by year, against hand-computed answers."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from accessmap.core.commands import normalise_centres
from accessmap.core.scenario import evaluate
from accessmap.core.timeline import active_centres, active_mask, coverage_by_year, year_range


def _centres() -> gpd.GeoDataFrame:
    # A opens 2000, closes 2010 (open 2000..2009); B has no dates (always open);
    # C opens 2015 (still open); D closes 2005 with no opening year (open until 2004)
    return normalise_centres(
        gpd.GeoDataFrame(
            {
                "centre_id": ["A", "B", "C", "D"],
                "year_open": pd.array([2000, None, 2015, None], dtype="Int64"),
                "year_close": pd.array([2010, None, None, 2005], dtype="Int64"),
            },
            geometry=gpd.points_from_xy([0, 10_000, 2_000, 4_000], [0, 0, 0, 0]),
            crs="EPSG:31370",
        )
    )


def test_active_rule():
    c = _centres()
    assert list(active_centres(c, 1999)["centre_id"]) == ["B", "D"]
    assert list(active_centres(c, 2000)["centre_id"]) == ["A", "B", "D"]
    assert list(active_centres(c, 2005)["centre_id"]) == ["A", "B"]  # D's closing year
    assert list(active_centres(c, 2010)["centre_id"]) == ["B"]  # A's closing year
    assert list(active_centres(c, 2015)["centre_id"]) == ["B", "C"]
    assert len(active_centres(c, None)) == 4
    assert year_range(c) == list(range(1999, 2016))


def test_agrees_with_pipeline_year_filter(sample_dir):
    from accessmap.core import pipeline
    from accessmap.core.sample import load_sample

    layers, _ = load_sample(sample_dir)
    c = layers.centres.copy()
    rng = np.random.default_rng(1)
    c["year_open"] = pd.array(rng.choice([1980, 2000, 2012, -1], len(c)), dtype="Int64")
    c["year_close"] = pd.array(rng.choice([2005, 2015, 2030, -1], len(c)), dtype="Int64")
    c.loc[c["year_open"] == -1, "year_open"] = pd.NA
    c.loc[c["year_close"] == -1, "year_close"] = pd.NA
    for year in (1979, 1980, 2004, 2005, 2012, 2020, 2030):
        ours = active_centres(c, year)["centre_id"].tolist()
        theirs = pipeline.active_centres(c, year)["centre_id"].tolist()
        assert ours == theirs, year


def test_coverage_by_year_hand_computed():
    demand = np.array([[0.0, 500.0], [2_000.0, 500.0], [4_000.0, 500.0], [7_000.0, 0.0]])
    pop = np.array([100.0, 200.0, 300.0, 400.0])
    poor = np.array([True, True, False, False])
    table = coverage_by_year(demand, pop, poor, _centres(), 800.0, [1999, 2003, 2007, 2012, 2016])
    assert list(table.columns) == [
        "year", "n_centres", "population_within", "share_within",
        "poor_population_within", "share_poor_within",
    ]  # fmt: skip
    # 1999: B, D open -> sector 3 (near D) covered; 2003: + A -> sectors 1, 3
    # 2007: A, B -> sector 1; 2012: B -> none; 2016: B, C -> sector 2
    assert table["n_centres"].tolist() == [2, 3, 2, 1, 2]
    assert table["population_within"].tolist() == [300.0, 400.0, 100.0, 0.0, 200.0]
    assert table["share_poor_within"].tolist() == [0.0, 100 / 300, 100 / 300, 0.0, 200 / 300]
    assert table["share_within"].tolist() == [0.3, 0.4, 0.1, 0.0, 0.2]


def test_coverage_by_year_equals_a_one_year_evaluation_each_year():
    rng = np.random.default_rng(3)
    demand = rng.uniform(0, 5000, size=(300, 2))
    pop = rng.integers(0, 500, 300).astype(float)
    poor = rng.random(300) < 0.3
    c = normalise_centres(
        gpd.GeoDataFrame(
            {
                "centre_id": [f"c{i}" for i in range(25)],
                "year_open": pd.array(rng.choice([1990, 2000, 2010], 25), dtype="Int64"),
                "year_close": pd.array(rng.choice([2005, 2015, 2100], 25), dtype="Int64"),
            },
            geometry=gpd.points_from_xy(*rng.uniform(0, 5000, size=(2, 25))),
            crs="EPSG:31370",
        )
    )
    years = list(range(1988, 2020, 3))
    table = coverage_by_year(demand, pop, poor, c, 600.0, years)
    for _, row in table.iterrows():
        act = active_centres(c, int(row["year"]))
        within = evaluate(demand, act, 600.0).within_threshold
        assert row["n_centres"] == len(act) == active_mask(c, int(row["year"])).sum()
        assert row["population_within"] == pop[within].sum()
        assert row["share_poor_within"] == pop[within & poor].sum() / pop[poor].sum()
