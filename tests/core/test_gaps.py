"""Poverty and access thirds, bivariate classes and double-disadvantage gaps."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from accessmap.core.gaps import access_class, bivariate_class, gap_class, poverty_class


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
    gap = gap_class(p, a)
    assert list(gap) == ["double_disadvantage", "", "", "", ""]
    # plain numpy input works the same
    assert list(bivariate_class(np.array([3, 2]), np.array([1, 2]))) == ["P3A1", "P2A2"]
    assert list(gap_class(np.array([3.0, np.nan]), np.array([1.0, 1.0]))) == [
        "double_disadvantage",
        "",
    ]
