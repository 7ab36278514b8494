"""The E2SFCA and its weights against PySAL access (an independent implementation)."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from accessmap.core.distance import pairs_within
from accessmap.core.indicators import e2sfca, gaussian_weight, step_weight

access = pytest.importorskip("access")

STEPS = {500.0: 1.0, 1000.0: 0.68, 1500.0: 0.22}
D0 = 1500.0


def _pysal_e2sfca(pairs, pop, cap, weight_fn, max_cost=D0):
    """A_i per person from PySAL access; NaN where PySAL has no value."""
    n, m = len(pop), len(cap)
    demand = pd.DataFrame({"geoid": np.arange(n), "pop": pop})
    supply = pd.DataFrame({"sid": np.arange(m) + 100_000, "gp": cap})
    cost = pairs.assign(dest=pairs["dest"] + 100_000)  # distinct ids for centres
    acc = access.Access(
        demand_df=demand,
        demand_index="geoid",
        demand_value="pop",
        supply_df=supply,
        supply_index="sid",
        supply_value="gp",
        cost_df=cost,
        cost_origin="origin",
        cost_dest="dest",
        cost_name="cost",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = acc.enhanced_two_stage_fca(
            name="e", cost="cost", max_cost=max_cost, weight_fn=weight_fn
        )
    return res["e_gp"].reindex(np.arange(n)).to_numpy(dtype=float)


def _random_case(seed=11):
    rng = np.random.default_rng(seed)
    origins = rng.uniform(0, 6000, (200, 2))
    dests = rng.uniform(0, 6000, (20, 2))
    pop = rng.uniform(50, 3000, 200)
    cap = rng.uniform(0.5, 6.0, 20)
    # pairs up to 2 d0, so that the max_cost filter of both implementations is exercised
    return pairs_within(origins, dests, 2 * D0), pop, cap


def _compare(ours, ref):
    have = np.isfinite(ref)
    # PySAL leaves sectors with no centre within d0 NaN; we give them 0 (documented)
    assert (ours[~have] == 0).all()
    assert have.sum() > 0
    np.testing.assert_allclose(ours[have], ref[have], rtol=1e-9, atol=0)


@pytest.mark.parametrize("sigma", [500.0, 750.0])
def test_gaussian_matches_pysal_random(sigma):
    pairs, pop, cap = _random_case()
    ours = e2sfca(pairs, pop, cap, D0, gaussian_weight(sigma))
    ref = _pysal_e2sfca(pairs, pop, cap, access.weights.gaussian(sigma))
    _compare(ours, ref)
    assert np.isnan(ref).sum() > 0  # the case does have sectors out of reach


def test_steps_match_pysal_random():
    pairs, pop, cap = _random_case()
    # put some costs exactly on the step boundaries to check they fall on the same side
    cost = pairs["cost"].to_numpy().copy()
    cost[::17] = 500.0
    cost[5::23] = 1000.0
    cost[7::29] = 1500.0
    pairs = pairs.assign(cost=cost)
    ours = e2sfca(pairs, pop, cap, D0, step_weight(tuple(STEPS.items())))
    ref = _pysal_e2sfca(pairs, pop, cap, access.weights.step_fn(STEPS))
    _compare(ours, ref)


def test_weights_match_pysal_pointwise():
    d = np.array([0.0, 1.0, 499.9, 500.0, 500.1, 999.0, 1000.0, 1400.0, 1500.0, 1500.1, 3000.0])
    ref_step = access.weights.step_fn(STEPS)
    np.testing.assert_array_equal(step_weight(tuple(STEPS.items()))(d), [ref_step(x) for x in d])
    np.testing.assert_allclose(
        gaussian_weight(750.0)(d), access.weights.gaussian(750.0)(d), rtol=1e-15
    )


def test_hand_case_matches_pysal():
    # the hand case of test_indicators: A_A = 0.0005, A_B = 0.0005 + 1/3000, C out of reach
    pairs = pd.DataFrame(
        {
            "origin": np.array([0, 0, 1, 1, 2]),
            "dest": np.array([0, 1, 0, 1, 1]),
            "cost": [0.0, 2000.0, 500.0, 1000.0, 1600.0],
        }
    )
    pop = np.array([1000.0, 3000.0, 500.0])
    cap = np.array([2.0, 1.0])
    steps = {500.0: 1.0, 1000.0: 0.5, 1500.0: 0.2}
    ours = e2sfca(pairs, pop, cap, D0, step_weight(tuple(steps.items())))
    ref = _pysal_e2sfca(pairs, pop, cap, access.weights.step_fn(steps))
    np.testing.assert_allclose(ours, [0.0005, 0.0005 + 1 / 3000, 0.0], rtol=1e-12)
    _compare(ours, ref)
    assert np.isnan(ref[2])
