"""Poverty and access thirds, bivariate classes and double-disadvantage gaps."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from accessmap.core.gaps import (
    access_class,
    bivariate_class,
    gap_class,
    poverty_class,
    tie_crowded_classes,
)


def _list(arr):
    return [None if pd.isna(x) else int(x) for x in arr]


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        # rank r (poorest first) has its midpoint at (r - 0.5) / n; third t = floor(3 * midpoint) + 1
        # and poverty class = 4 - t.
        (1, [2]),  # 0.5 -> middle
        (2, [3, 1]),  # 0.25, 0.75
        (3, [3, 2, 1]),  # 1/6, 1/2, 5/6
        (4, [3, 2, 2, 1]),  # 0.125, 0.375, 0.625, 0.875
        (5, [3, 3, 2, 1, 1]),  # 0.1, 0.3, 0.5, 0.7, 0.9
        (10, [3, 3, 3, 2, 2, 2, 2, 1, 1, 1]),  # 0.05 .. 0.25 | 0.35 .. 0.65 | 0.75 .. 0.95
    ],
)
def test_poverty_thirds_by_size(n, expected):
    scores = np.arange(n, 0, -1, dtype=float)  # higher = poorer, already poorest first
    out = poverty_class(scores, higher_is_poorer=True)
    assert str(out.dtype) == "Int64"
    assert _list(out) == expected
    # lower = poorer: the same values reversed give the same classes
    assert _list(poverty_class(scores[::-1], higher_is_poorer=False)) == expected


def test_poverty_ties_share_the_class_of_their_first_rank():
    # higher = poorer: 5, 5, 5 tie at rank 1 (of n = 6); 3 -> rank 4; 2 -> 5; 1 -> 6.
    # midpoints: rank 1 -> 1/12 (third 1: class 3); rank 4 -> 7/12 (class 2); 5, 6 -> class 1.
    # Without the tie rule the third 5 (rank 3, midpoint 5/12) would be in the middle class.
    out = poverty_class(np.array([5, 1, 5, 3, 2, 5], dtype=float), higher_is_poorer=True)
    assert _list(out) == [3, 1, 3, 2, 1, 3]


def test_poverty_unknown_values_are_na_and_not_counted():
    # n = 3 known values: 0.9 (poorest) -> 3, 0.5 -> 2, 0.1 -> 1
    values = pd.array([0.5, None, 0.9, np.nan, 0.1], dtype="Float64")
    assert _list(poverty_class(values, higher_is_poorer=True)) == [2, None, 3, None, 1]
    assert _list(poverty_class(np.full(3, np.nan), higher_is_poorer=True)) == [None] * 3
    assert len(poverty_class(np.empty(0), higher_is_poorer=True)) == 0


def test_access_class_distance_and_count():
    # distances (lower is better); inf = no centre: a known, worst value; NaN unknown.
    # worst first: inf (r1, 1/8 -> A1), 900 (r2, 3/8 -> A2), 400 (r3, 5/8 -> A2), 100 (r4 -> A3)
    d = np.array([100.0, np.inf, 400.0, np.nan, 900.0])
    assert _list(access_class(d, higher_is_better=False)) == [3, 1, 2, None, 2]
    # centres within (higher is better); the three zeros tie at worst rank 1 -> all A1
    c = np.array([0, 2, 0, 0, 5, 1])
    # worst first: 0, 0, 0 (r1), 1 (r4: 7/12 -> A2), 2 (r5: 9/12 -> A3), 5 (r6 -> A3)
    assert _list(access_class(c, higher_is_better=True)) == [1, 3, 1, 1, 3, 2]
    # nullable input, as a pandas column would give it
    d_na = pd.array([100.0, None, 400.0, 900.0], dtype="Float64")
    # worst first: 900 (1/6 -> A1), 400 (1/2 -> A2), 100 (5/6 -> A3)
    assert _list(access_class(d_na, higher_is_better=False)) == [3, None, 2, 1]


def test_bivariate_and_gap():
    p = pd.array([3, 3, 1, 2, None], dtype="Int64")
    a = pd.array([1, 3, 1, None, 2], dtype="Int64")
    bi = bivariate_class(p, a)
    assert list(bi) == ["P3A1", "P3A3", "P1A1", "", ""]
    # plain numpy input works the same
    assert list(bivariate_class(np.array([3, 2]), np.array([1, 2]))) == ["P3A1", "P2A2"]


def test_gap_is_poor_and_beyond_the_threshold_whatever_the_access_third():
    # P3 beyond -> gap (even in the best access third); P3 within -> none (even if A1);
    # P1 beyond -> none; unknown poverty or unknown reach -> none
    p = pd.array([3, 3, 1, None, 3], dtype="Int64")
    within = pd.array([False, True, False, False, None], dtype="boolean")
    assert list(gap_class(p, within)) == ["double_disadvantage", "", "", "", ""]
    assert list(gap_class(np.array([3.0, np.nan]), np.array([False, False]))) == [
        "double_disadvantage",
        "",
    ]


def test_absolute_cut_marks_the_poor_and_splits_the_others_in_halves():
    # higher is poorer, cut 30: 30, 45 are poor (>= 30) -> 3. Others 10, 20, 25, 5 ranked
    # poorest first: 25 (r1), 20 (r2), 10 (r3), 5 (r4) of m = 4; midpoints 1/8, 3/8 -> class 2,
    # 5/8, 7/8 -> class 1. NaN stays unknown.
    v = np.array([10.0, 30.0, 20.0, np.nan, 45.0, 25.0, 5.0])
    assert _list(poverty_class(v, True, 30.0)) == [1, 3, 2, None, 3, 2, 1]
    # lower is poorer (a decile, cut 2): deciles 1, 2 are poor; the others 3, 5, 9 (m = 3):
    # midpoints 1/6 -> 2, 1/2 (on the boundary: the poorer half) -> 2, 5/6 -> 1
    d = np.array([1, 9, 2, 5, 3], dtype=float)
    assert _list(poverty_class(d, False, 2.0)) == [3, 1, 3, 2, 2]
    # everybody poor; nobody poor (a sector alone is in the poorer half)
    assert _list(poverty_class(np.array([5.0, 6.0]), True, 1.0)) == [3, 3]
    assert _list(poverty_class(np.array([0.5]), True, 1.0)) == [2]


def test_ties_that_crowd_a_class_are_found():
    # 10 sectors, 6 tied at the poorest value: all share rank 1 -> class 3 holds 60 %
    # (with ties broken it would hold 3): reported. Six distinct values: nothing.
    v = np.array([9, 9, 9, 9, 9, 9, 4, 3, 2, 1], dtype=float)
    assert tie_crowded_classes(v, True) == {3: 0.6}
    assert tie_crowded_classes(np.arange(6.0), True) == {}
    # two sectors: 50 % each by size alone, no ties: not reported
    assert tie_crowded_classes(np.array([1.0, 2.0]), True) == {}
    # with a cut the poor class is the user's choice; ties among the others still count:
    # 2 poor (>= 10), 5 others of which 4 tie at 3 -> class 2 holds 4 / 7 = 57 %
    w = np.array([10, 11, 3, 3, 3, 3, 1], dtype=float)
    assert _list(poverty_class(w, True, 10.0)) == [3, 3, 2, 2, 2, 2, 1]
    assert tie_crowded_classes(w, True, 10.0) == {2: pytest.approx(4 / 7)}
    assert tie_crowded_classes(np.array([10, 11, 12, 3, 1], dtype=float), True, 10.0) == {}
