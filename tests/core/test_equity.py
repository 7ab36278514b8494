"""Fractional rank, Erreygers index, quintile table, Palma ratio, concentration curve."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from accessmap.core.equity import (
    concentration_curve,
    erreygers_index,
    fractional_rank,
    palma_ratio,
    quintile_table,
)


def test_fractional_rank_hand_case():
    poverty = np.array([0.3, 0.1, 0.2])
    pop = np.array([100.0, 200.0, 100.0])
    # higher = poorer: order 0.3 (100), 0.2 (100), 0.1 (200); total 400
    # R = 50/400, (100 + 50)/400, (200 + 100)/400 = 0.125, 0.375, 0.75
    np.testing.assert_allclose(fractional_rank(poverty, pop, True), [0.125, 0.75, 0.375])
    # lower = poorer: order 0.1 (200), 0.2 (100), 0.3 (100)
    # R = 100/400, (200 + 50)/400, (300 + 50)/400 = 0.25, 0.625, 0.875
    np.testing.assert_allclose(fractional_rank(poverty, pop, False), [0.875, 0.25, 0.625])


def test_fractional_rank_unknown_zero_and_ties():
    # unknown poverty is NaN and out of the total: as the hand case above
    r = fractional_rank(
        np.array([0.3, np.nan, 0.1, 0.2]), np.array([100.0, 999.0, 200.0, 100.0]), True
    )
    np.testing.assert_allclose(r, [0.125, np.nan, 0.75, 0.375])
    # ties: poverty 1, 1 (pop 100 + 300 = 400) share the group midpoint 200/800 = 0.25;
    # poverty 0 (pop 400): (400 + 200)/800 = 0.75. The order of the rows does not matter.
    r = fractional_rank(np.array([1.0, 1.0, 0.0]), np.array([100.0, 300.0, 400.0]), True)
    np.testing.assert_allclose(r, [0.25, 0.25, 0.75])
    r2 = fractional_rank(np.array([0.0, 1.0, 1.0]), np.array([400.0, 300.0, 100.0]), True)
    np.testing.assert_allclose(r2, [0.75, 0.25, 0.25])
    # a sector with zero population sits at the cumulative share before it: 0.3 (0) -> 0,
    # 0.2 (100) -> 50/100
    np.testing.assert_allclose(
        fractional_rank(np.array([0.3, 0.2]), np.array([0.0, 100.0]), True), [0.0, 0.5]
    )
    assert np.isnan(fractional_rank(np.array([1.0, 2.0]), np.zeros(2), True)).all()


def test_erreygers_sign_both_ways():
    pop = np.array([100.0, 100.0])
    rank = np.array([0.25, 0.75])  # sector 0 is the poorer half
    # h = (0, 1): access only among the less poor. mean h = 0.5, mean R = 0.5,
    # cov = 0.5 (-0.5)(-0.25) + 0.5 (0.5)(0.25) = 0.125 -> E = 8 * 0.125 = 1 (the maximum)
    assert erreygers_index(np.array([0.0, 1.0]), pop, rank) == pytest.approx(1.0)
    # h = (1, 0): access only among the poor -> E = -1
    assert erreygers_index(np.array([1.0, 0.0]), pop, rank) == pytest.approx(-1.0)
    # equal access -> 0
    assert erreygers_index(np.array([1.0, 1.0]), pop, rank) == pytest.approx(0.0)


def test_erreygers_unequal_populations_and_exclusions():
    # poverty 2 (pop 100, poorer), 1 (pop 300): R = 50/400 = 0.125, (100 + 150)/400 = 0.625
    pop = np.array([100.0, 300.0])
    rank = fractional_rank(np.array([2.0, 1.0]), pop, True)
    np.testing.assert_allclose(rank, [0.125, 0.625])
    # h = (0, 1): w = (0.25, 0.75), mean h = 0.75, mean R = 0.03125 + 0.46875 = 0.5
    # cov = 0.25 (-0.75)(-0.375) + 0.75 (0.25)(0.125) = 0.0703125 + 0.0234375 = 0.09375 -> E = 0.75
    h = np.array([0.0, 1.0])
    assert erreygers_index(h, pop, rank) == pytest.approx(0.75)
    # a sector with zero population or unknown rank changes nothing
    e = erreygers_index(np.r_[h, 1.0, 0.0], np.r_[pop, 0.0, 500.0], np.r_[rank, 0.5, np.nan])
    assert e == pytest.approx(0.75)
    assert np.isnan(erreygers_index(h, np.zeros(2), rank))
    with pytest.raises(ValueError):
        erreygers_index(np.array([0.0, 2.0]), pop, rank)


def test_erreygers_equals_weighted_covariance_random():
    rng = np.random.default_rng(5)
    pov = rng.uniform(0, 1, 80)
    pop = rng.uniform(0, 2000, 80)
    h = (rng.uniform(0, 1, 80) < 1 - pov).astype(float)  # poorer -> less often within
    rank = fractional_rank(pov, pop, True)
    expected = 8 * np.cov(h, rank, aweights=pop, bias=True)[0, 1]
    e = erreygers_index(h, pop, rank)
    assert e == pytest.approx(expected, rel=1e-12)
    assert e > 0  # access concentrated among the less poor


def test_quintile_table_one_sector_each():
    # equal populations, poverty 5..1 (higher = poorer): R = 0.1, 0.3, 0.5, 0.7, 0.9 -> q 1..5
    tab = quintile_table(
        np.array([5.0, 4.0, 3.0, 2.0, 1.0]),
        np.full(5, 100.0),
        np.array([100.0, 200.0, 300.0, 400.0, 500.0]),
        np.array([True, True, False, False, True]),
        True,
    )
    assert list(tab.columns) == [
        "quintile",
        "population",
        "n_sectors",
        "mean_dist_m",
        "share_within",
        "share_beyond",
    ]
    np.testing.assert_array_equal(tab.quintile, [1, 2, 3, 4, 5])
    np.testing.assert_allclose(tab.mean_dist_m, [100, 200, 300, 400, 500])
    np.testing.assert_allclose(tab.share_within, [1, 1, 0, 0, 1])
    np.testing.assert_allclose(tab.share_beyond, [0, 0, 1, 1, 0])
    np.testing.assert_array_equal(tab.n_sectors, [1, 1, 1, 1, 1])
    # nullable input: an unknown "within" counts as beyond
    within = pd.array([True, None, False, False, True], dtype="boolean")
    tab2 = quintile_table(
        np.array([5.0, 4, 3, 2, 1]), np.full(5, 100.0), np.full(5, 1.0), within, True
    )
    np.testing.assert_allclose(tab2.share_within, [1, 0, 0, 0, 1])


def test_quintile_table_weights_empty_quintiles_and_unreachable():
    # pops 100, 100, 100, 700 (poorest first), total 1000: R = 0.05, 0.15, 0.25, 0.65
    # -> quintiles 1, 1, 2, 4; quintiles 3 and 5 are empty. A 5th sector with unknown poverty
    # is left out.
    tab = quintile_table(
        np.array([4.0, 3.0, 2.0, 1.0, np.nan]),
        np.array([100.0, 100.0, 100.0, 700.0, 50.0]),
        np.array([100.0, 300.0, np.inf, 50.0, 10.0]),
        np.array([True, False, False, True, True]),
        True,
    )
    np.testing.assert_allclose(tab.population, [200, 100, 0, 700, 0])
    np.testing.assert_array_equal(tab.n_sectors, [2, 1, 0, 1, 0])
    # q1: (100 * 100 + 100 * 300) / 200 = 200; q2: unreachable only -> NaN mean, all beyond
    np.testing.assert_allclose(tab.mean_dist_m, [200, np.nan, np.nan, 50, np.nan])
    np.testing.assert_allclose(tab.share_within, [0.5, 0.0, np.nan, 1.0, np.nan])
    np.testing.assert_allclose(tab.share_beyond, [0.5, 1.0, np.nan, 0.0, np.nan])


def test_palma_ratio_straddling_sectors():
    # poorest first with pops 30, 20, 50 (total 100): spans [0, .3], [.3, .5], [.5, 1]
    pop = np.array([30.0, 20.0, 50.0])
    rank = fractional_rank(np.array([3.0, 2.0, 1.0]), pop, True)
    # poorest 40 %: all 30 of sector 0 + 10 of sector 1 -> mean h = (30 * 1 + 10 * 0) / 40 = 0.75
    # least poor 10 %: 10 of sector 2 -> mean h = 1; ratio 0.75
    ratio, poor, rich = palma_ratio(np.array([1.0, 0.0, 1.0]), pop, rank)
    assert (ratio, poor, rich) == pytest.approx((0.75, 0.75, 1.0))
    # nobody within among the least poor: ratio NaN, both means reported
    ratio, poor, rich = palma_ratio(np.array([1.0, 0.0, 0.0]), pop, rank)
    assert np.isnan(ratio) and poor == pytest.approx(0.75) and rich == 0.0


def test_palma_ratio_ten_equal_sectors_and_ties():
    pop = np.full(10, 10.0)
    rank = fractional_rank(np.arange(10, 0, -1, dtype=float), pop, True)  # poorest first
    h = np.array([0, 0, 0, 0.5, 1, 1, 1, 1, 1, 1.0])
    # poorest 40 %: sectors 0-3 -> (0 + 0 + 0 + 0.5) / 4 = 0.125; least poor 10 %: sector 9 -> 1
    assert palma_ratio(h, pop, rank) == pytest.approx((0.125, 0.125, 1.0))
    # two sectors tied on poverty (pop 50 + 50) span [0, 1] together: each is spread evenly,
    # poorest 40 % = 20 of each -> (20 * 1 + 20 * 0) / 40 = 0.5; least poor 10 %: the same 0.5
    tie_rank = fractional_rank(np.array([1.0, 1.0]), np.array([50.0, 50.0]), True)
    assert palma_ratio(np.array([1.0, 0.0]), np.array([50.0, 50.0]), tie_rank) == pytest.approx(
        (1.0, 0.5, 0.5)
    )


def test_concentration_curve():
    # poverty 2 (pop 100, poorer), 1 (pop 300); h = 1, 0.5 -> P h = 100, 150 (total 250)
    pop = np.array([100.0, 300.0])
    rank = fractional_rank(np.array([2.0, 1.0]), pop, True)
    cc = concentration_curve(np.array([1.0, 0.5]), pop, rank)
    assert list(cc.columns) == ["cum_population_share", "cum_h_share"]
    np.testing.assert_allclose(cc.cum_population_share, [0.0, 0.25, 1.0])
    np.testing.assert_allclose(cc.cum_h_share, [0.0, 0.4, 1.0])
    # rows given in another order give the same curve; a tie group is one step
    cc2 = concentration_curve(np.array([0.5, 1.0]), pop[::-1], rank[::-1])
    np.testing.assert_allclose(cc2.to_numpy(), cc.to_numpy())
    tie = concentration_curve(np.array([1.0, 0.0]), np.array([50.0, 50.0]), np.array([0.5, 0.5]))
    np.testing.assert_allclose(tie.to_numpy(), [[0.0, 0.0], [1.0, 1.0]])
    # nobody has access: no curve
    assert np.isnan(concentration_curve(np.zeros(2), pop, rank).cum_h_share).all()
