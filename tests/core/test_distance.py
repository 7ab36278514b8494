"""Straight-line nearest-k and pairs-within, on hand-computed points and against brute force."""

from __future__ import annotations

import numpy as np
import pytest

from accessmap.core.distance import nearest_k, pairs_within

# Origins O0 = (0, 0), O1 = (10, 0); destinations D0 = (3, 4), D1 = (0, 0), D2 = (10, 1).
# Distances:  O0: D0 = 5 (3-4-5), D1 = 0, D2 = sqrt(101) = 10.0499
#             O1: D0 = sqrt(49 + 16) = sqrt(65) = 8.0623, D1 = 10, D2 = 1
ORIG = np.array([[0.0, 0.0], [10.0, 0.0]])
DEST = np.array([[3.0, 4.0], [0.0, 0.0], [10.0, 1.0]])


def test_nearest_k_hand_case():
    dist, idx = nearest_k(ORIG, DEST, k=3)
    np.testing.assert_allclose(dist[0], [0.0, 5.0, np.sqrt(101)])
    np.testing.assert_array_equal(idx[0], [1, 0, 2])
    np.testing.assert_allclose(dist[1], [1.0, np.sqrt(65), 10.0])
    np.testing.assert_array_equal(idx[1], [2, 0, 1])
    assert dist.dtype == np.float64 and idx.dtype == np.int64


def test_nearest_k_pads_when_fewer_destinations():
    dist, idx = nearest_k(ORIG, DEST[:1], k=3)  # one centre: D0 only
    np.testing.assert_allclose(dist[:, 0], [5.0, np.sqrt(65)])
    assert np.isinf(dist[:, 1:]).all() and (idx[:, 1:] == -1).all()
    assert (idx[:, 0] == 0).all()


def test_nearest_k_no_destinations_and_no_origins():
    dist, idx = nearest_k(ORIG, np.empty((0, 2)), k=3)
    assert dist.shape == (2, 3) and np.isinf(dist).all() and (idx == -1).all()
    dist, idx = nearest_k(np.empty((0, 2)), DEST, k=3)
    assert dist.shape == (0, 3) and idx.shape == (0, 3)


def test_nearest_k_one_column():
    dist, idx = nearest_k(ORIG, DEST, k=1)
    assert dist.shape == (2, 1)
    np.testing.assert_allclose(dist[:, 0], [0.0, 1.0])
    np.testing.assert_array_equal(idx[:, 0], [1, 2])


def test_nearest_k_skips_non_finite_rows_keeping_positions():
    dest = np.vstack([[np.nan, np.nan], DEST])  # D0..D2 now at positions 1..3
    orig = np.vstack([ORIG, [np.nan, 0.0]])
    dist, idx = nearest_k(orig, dest, k=2)
    np.testing.assert_array_equal(idx[0], [2, 1])  # D1 (0 m), D0 (5 m)
    np.testing.assert_allclose(dist[0], [0.0, 5.0])
    assert np.isinf(dist[2]).all() and (idx[2] == -1).all()


def test_pairs_within_inclusive_and_keeps_zero():
    pairs = pairs_within(ORIG, DEST, 5.0)
    # within 5 m (inclusive): O0-D0 (exactly 5), O0-D1 (0); O1-D2 (1); O1-D0 = 8.06 is beyond
    assert list(pairs.columns) == ["origin", "dest", "cost"]
    assert [str(t) for t in pairs.dtypes] == ["int64", "int64", "float64"]
    assert list(zip(pairs.origin, pairs.dest, strict=True)) == [(0, 0), (0, 1), (1, 2)]
    np.testing.assert_allclose(pairs.cost, [5.0, 0.0, 1.0])


def test_pairs_within_empty_inputs():
    for o, d in [(ORIG, np.empty((0, 2))), (np.empty((0, 2)), DEST)]:
        pairs = pairs_within(o, d, 100.0)
        assert len(pairs) == 0 and [str(t) for t in pairs.dtypes] == ["int64", "int64", "float64"]
    with pytest.raises(ValueError):
        pairs_within(ORIG, DEST, -1.0)


def test_pairs_within_matches_brute_force_and_nearest():
    rng = np.random.default_rng(7)
    o = rng.uniform(0, 3000, (300, 2))
    d = rng.uniform(0, 3000, (40, 2))
    pairs = pairs_within(o, d, 800.0)
    full = np.hypot(o[:, None, 0] - d[None, :, 0], o[:, None, 1] - d[None, :, 1])
    oi, di = np.nonzero(full <= 800.0)  # row-major: sorted by origin then dest
    np.testing.assert_array_equal(pairs.origin, oi)
    np.testing.assert_array_equal(pairs.dest, di)
    np.testing.assert_allclose(pairs.cost, full[oi, di], rtol=1e-12)
    dist, idx = nearest_k(o, d, k=3)
    np.testing.assert_allclose(dist, np.sort(full, axis=1)[:, :3], rtol=1e-12)
    np.testing.assert_allclose(full[np.arange(300)[:, None], idx], dist, rtol=1e-12)
