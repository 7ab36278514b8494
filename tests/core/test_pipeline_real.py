"""run_analysis on the real Brussels sample, checked against independent implementations:
geopandas ``sjoin_nearest`` for the nearest centre and PySAL ``access`` for the E2SFCA."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from accessmap.core.pipeline import run_analysis
from accessmap.core.sample import load_sample


@pytest.fixture(scope="module")
def sample():
    layers, settings = load_sample()
    return layers, settings, run_analysis(layers, settings)


def test_nearest_equals_sjoin_nearest(sample) -> None:
    layers, _, result = sample
    s = result.sectors
    pts = gpd.GeoDataFrame(
        {"sector_id": s["sector_id"]},
        geometry=gpd.points_from_xy(s["demand_x"], s["demand_y"]),
        crs=s.crs,
    )
    ref = gpd.sjoin_nearest(pts, layers.centres[["centre_id", "geometry"]], distance_col="d")
    ref = ref.groupby("sector_id")["d"].min()
    np.testing.assert_allclose(s.set_index("sector_id")["dist_nearest_m"].loc[ref.index], ref)
    # the demand point lies inside its own sector
    assert gpd.GeoSeries(pts.geometry, crs=s.crs).within(s.geometry.buffer(1e-6)).all()


def test_e2sfca_equals_pysal_access_on_the_sample(sample) -> None:
    access = pytest.importorskip("access")
    layers, settings, result = sample
    s = result.sectors
    c = layers.centres
    d0 = settings.e2sfca_catchment_m
    sigma = settings.e2sfca_sigma_m or d0 / 2
    dx = s["demand_x"].to_numpy()[:, None] - c.geometry.x.to_numpy()[None, :]
    dy = s["demand_y"].to_numpy()[:, None] - c.geometry.y.to_numpy()[None, :]
    cost = np.hypot(dx, dy)
    oi, dj = np.nonzero(cost <= d0)
    cost_df = pd.DataFrame(
        {
            "origin": s["sector_id"].to_numpy()[oi],
            "dest": c["centre_id"].to_numpy()[dj],
            "cost": cost[oi, dj],
        }
    )
    demand = pd.DataFrame({"sector_id": s["sector_id"], "pop": s["population"]})
    supply = pd.DataFrame({"centre_id": c["centre_id"], "fte": 1.0})  # unknown FTE counts as 1
    acc = access.Access(
        demand_df=demand,
        demand_index="sector_id",
        demand_value="pop",
        supply_df=supply,
        supply_index="centre_id",
        supply_value="fte",
        cost_df=cost_df,
        cost_origin="origin",
        cost_dest="dest",
        cost_name="cost",
    )
    ref = acc.enhanced_two_stage_fca(
        name="e2", cost="cost", max_cost=d0, weight_fn=access.weights.gaussian(sigma)
    )
    ref = ref.iloc[:, 0].reindex(s["sector_id"]).to_numpy()
    ours = s["e2sfca_per_10k"].to_numpy() / 10_000
    known = np.isfinite(ref)  # PySAL leaves sectors with no centre within d0 as NaN
    assert known.sum() > 600
    np.testing.assert_allclose(ours[known], ref[known], rtol=1e-9)
    assert (ours[~known] == 0).all()


def test_sample_headline_figures_are_consistent(sample) -> None:
    _, _, r = sample
    s, summary = r.sectors, r.summary
    pop = s["population"].to_numpy()
    assert summary["population"] == pop.sum() == 1_215_012
    within = s["within_threshold"].to_numpy(bool)
    assert summary["share_population_within_threshold"] == pytest.approx(
        pop[within].sum() / pop.sum()
    )
    poor = (s["poverty_class"] == 3).fillna(False).to_numpy(bool)
    assert summary["poor_population_beyond_threshold"] == pytest.approx(pop[poor & ~within].sum())
    gap = s["gap_class"] == "double_disadvantage"
    # the gap is absolute (INDICATORS.md): poorest third and beyond the threshold
    assert (gap.to_numpy(bool) == (poor & ~within)).all()
    assert summary["gap_sectors"] == int(gap.sum()) > 0
    assert summary["gap_population"] == pytest.approx(pop[poor & ~within].sum())
    # sectors without a BIMD score (49 in the sample) get no poverty class, hence no gap class
    assert s["poverty_class"].isna().sum() == summary["sectors_without_poverty"] == 49
    q = r.quintiles
    assert list(q["quintile"]) == [1, 2, 3, 4, 5]
    assert q["population"].sum() == pytest.approx(pop[~np.isnan(s["poverty"])].sum())
    assert -1 <= summary["concentration_index"] <= 1
