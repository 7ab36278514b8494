"""Threshold counts, capacity, weights, E2SFCA (hand cases), catchments, detour index."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from accessmap.core.errors import SettingsError
from accessmap.core.indicators import (
    capacity_within,
    count_within,
    detour_index,
    e2sfca,
    gaussian_weight,
    in_catchment,
    step_weight,
)

# Sectors A (0), B (1), C (2); centres X (0), Y (1).
# Costs: A-X 0, B-X 500, B-Y 1000, A-Y 2000, C has none.
PAIRS = pd.DataFrame(
    {
        "origin": np.array([0, 0, 1, 1], dtype=np.int64),
        "dest": np.array([0, 1, 0, 1], dtype=np.int64),
        "cost": [0.0, 2000.0, 500.0, 1000.0],
    }
)
STEPS = ((500.0, 1.0), (1000.0, 0.5), (1500.0, 0.2))


def test_count_and_capacity_within():
    # threshold 800: A sees X (0 m); B sees X (500 m); C nothing
    np.testing.assert_array_equal(count_within(PAIRS, 3, 800.0), [1, 1, 0])
    # threshold 1000 is inclusive: B also sees Y (1000 m)
    np.testing.assert_array_equal(count_within(PAIRS, 3, 1000.0), [1, 2, 0])
    assert count_within(PAIRS, 3, 800.0).dtype == np.int64
    cap = np.array([2.0, 1.5])
    np.testing.assert_allclose(capacity_within(PAIRS, cap, 3, 1000.0), [2.0, 3.5, 0.0])
    np.testing.assert_allclose(capacity_within(PAIRS, cap, 3, 5000.0), [3.5, 3.5, 0.0])


def test_no_centres():
    empty = pd.DataFrame(
        {"origin": np.empty(0, np.int64), "dest": np.empty(0, np.int64), "cost": np.empty(0)}
    )
    np.testing.assert_array_equal(count_within(empty, 2, 800.0), [0, 0])
    np.testing.assert_array_equal(capacity_within(empty, np.empty(0), 2, 800.0), [0.0, 0.0])
    out = e2sfca(empty, np.array([10.0, 20.0]), np.empty(0), 1500.0, gaussian_weight(750.0))
    np.testing.assert_array_equal(out, [0.0, 0.0])


def test_gaussian_weight():
    w = gaussian_weight(750.0)
    # W(0) = 1, W(sigma) = exp(-1/2), W(2 sigma) = exp(-2)
    np.testing.assert_allclose(w(np.array([0.0, 750.0, 1500.0])), [1.0, np.exp(-0.5), np.exp(-2.0)])
    for bad in (0.0, -1.0, np.nan):
        with pytest.raises(SettingsError):
            gaussian_weight(bad)


def test_step_weight_boundaries():
    w = step_weight(STEPS)
    d = np.array([-1.0, 0.0, 500.0, 500.001, 1000.0, 1200.0, 1500.0, 1500.001, np.inf, np.nan])
    # a boundary belongs to the nearer step; 0 beyond the last step and for NaN
    np.testing.assert_allclose(w(d), [1.0, 1.0, 1.0, 0.5, 0.5, 0.2, 0.2, 0.0, 0.0, 0.0])
    # the order of the steps given does not matter
    np.testing.assert_allclose(step_weight(STEPS[::-1])(d), w(d))


def test_step_weight_errors():
    with pytest.raises(SettingsError):
        step_weight([])
    with pytest.raises(SettingsError):
        step_weight([(500.0, -0.1)])
    with pytest.raises(SettingsError):
        step_weight([(500.0, 1.0), (500.0, 0.5)])


def test_e2sfca_hand_case_steps():
    pop = np.array([1000.0, 3000.0, 500.0])
    cap = np.array([2.0, 1.0])
    # d0 = 1500: A-Y (2000) is out. W: A-X 1 (0 m), B-X 1 (500 m, inclusive), B-Y 0.5 (1000 m).
    # R_X = 2 / (1000 * 1 + 3000 * 1) = 0.0005;  R_Y = 1 / (3000 * 0.5) = 1 / 1500
    # A_A = 0.0005;  A_B = 0.0005 * 1 + (1 / 1500) * 0.5 = 0.0005 + 1 / 3000;  A_C = 0
    out = e2sfca(PAIRS, pop, cap, 1500.0, step_weight(STEPS))
    np.testing.assert_allclose(out, [0.0005, 0.0005 + 1 / 3000, 0.0], rtol=1e-12)
    # supply is conserved: sum P_i A_i = sum S_j = 3 when every centre has demand
    assert np.isclose(np.sum(pop * out), 3.0)


def test_e2sfca_single_sector_gets_supply_per_person():
    # one sector (P = 100), one centre (S = 1) at d = sigma: W = exp(-1/2) cancels out:
    # R = 1 / (100 W), A = R W = 1 / 100
    pairs = pd.DataFrame({"origin": [0], "dest": [0], "cost": [750.0]})
    out = e2sfca(pairs, np.array([100.0]), np.array([1.0]), 1500.0, gaussian_weight(750.0))
    np.testing.assert_allclose(out, [0.01], rtol=1e-12)


def test_e2sfca_centre_with_zero_demand_gets_zero_ratio():
    # X is reached only by an empty sector (P = 0): R_X = 0 (PySAL would give inf)
    pairs = pd.DataFrame({"origin": [0, 1], "dest": [0, 1], "cost": [100.0, 100.0]})
    out = e2sfca(pairs, np.array([0.0, 50.0]), np.array([3.0, 1.0]), 1500.0, step_weight(STEPS))
    # sector 1: R_Y = 1 / 50 = 0.02, W = 1
    np.testing.assert_allclose(out, [0.0, 0.02])
    assert np.isfinite(out).all()


def test_e2sfca_random_supply_conservation():
    rng = np.random.default_rng(3)
    n, m = 60, 8
    pairs = pd.DataFrame(
        {
            "origin": np.repeat(np.arange(n), m),
            "dest": np.tile(np.arange(m), n),
            "cost": rng.uniform(0, 1000, n * m),
        }
    )
    pop = rng.uniform(10, 1000, n)
    cap = rng.uniform(0.5, 4, m)
    out = e2sfca(pairs, pop, cap, 1500.0, gaussian_weight(500.0))
    # every centre reaches every sector: sum_i P_i A_i = sum_j R_j D_j = sum_j S_j
    assert np.isclose(np.sum(pop * out), cap.sum(), rtol=1e-12)


def test_in_catchment():
    catchments = gpd.GeoDataFrame(
        {"centre_id": ["c1", "c2"]},
        geometry=[box(0, 0, 10, 10), box(20, 0, 30, 10)],
        crs="EPSG:31370",
    )
    xy = np.array([[5, 5], [15, 5], [10, 5], [25, 0], [np.nan, np.nan], [25, 5]], dtype=float)
    # inside c1, between (out), on c1's edge (in), on c2's corner edge (in), NaN (out), inside c2
    np.testing.assert_array_equal(
        in_catchment(xy, catchments), [True, False, True, True, False, True]
    )
    np.testing.assert_array_equal(
        in_catchment(xy, catchments.geometry), in_catchment(xy, catchments)
    )
    assert not in_catchment(xy, catchments.iloc[:0]).any()
    assert in_catchment(np.empty((0, 2)), catchments).shape == (0,)


def test_detour_index():
    walk = np.array([120.0, 140.0, np.inf, np.nan, 10.0, 0.0])
    straight = np.array([100.0, 100.0, 100.0, 100.0, 0.0, 0.0])
    out = detour_index(walk, straight)
    np.testing.assert_allclose(out[:2], [1.2, 1.4])
    assert np.isnan(out[2:]).all()
