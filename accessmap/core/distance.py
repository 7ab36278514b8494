"""Straight-line distances between demand points and centres, in the metric analysis CRS.

Two building blocks, both on plain ``(n, 2)`` coordinate arrays and both backed by
:class:`scipy.spatial.cKDTree`:

- :func:`nearest_k`: the k nearest centres of every origin (``dist_nearest_m``, ``dist_3rd_m``);
- :func:`pairs_within`: the long cost table ``origin, dest, cost`` of every pair within a limit
  (PySAL access style), the input of the count, capacity and E2SFCA indicators.

Indices are *positional* (row numbers of the arrays passed in). Rows with a non-finite
coordinate (NaN / inf, e.g. a sector without geometry) take part in nothing: such an origin gets
``inf`` / ``-1`` from :func:`nearest_k` and no pair, such a destination is never returned.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

__all__ = ["nearest_k", "pairs_within"]


def _as_xy(xy: np.ndarray, name: str) -> np.ndarray:
    """``xy`` as a float64 ``(n, 2)`` array (an empty input of any shape gives ``(0, 2)``)."""
    arr = np.asarray(xy, dtype=np.float64)
    if arr.size == 0:
        return arr.reshape(0, 2)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise ValueError(f"{name} must be an (n, 2) array of x, y coordinates, got {arr.shape}.")
    return arr


def _finite_rows(arr: np.ndarray) -> np.ndarray:
    """Positions of the rows whose two coordinates are finite."""
    return np.flatnonzero(np.isfinite(arr).all(axis=1))


def nearest_k(
    origin_xy: np.ndarray, dest_xy: np.ndarray, k: int = 3
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` nearest destinations of every origin, by straight-line distance.

    Returns ``(dist, idx)``, both of shape ``(n, k)``: distances sorted ascending (float64,
    metres when the coordinates are metric) and the positional indices of the destinations
    (int64). When fewer than ``k`` destinations exist (``m = 0`` included) the missing columns
    hold ``inf`` and ``-1``. Equal distances come in the order the k-d tree returns them.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}.")
    origins = _as_xy(origin_xy, "origin_xy")
    dests = _as_xy(dest_xy, "dest_xy")
    n = len(origins)
    dist = np.full((n, k), np.inf, dtype=np.float64)
    idx = np.full((n, k), -1, dtype=np.int64)
    o_ok = _finite_rows(origins)
    d_ok = _finite_rows(dests)
    kk = min(k, len(d_ok))
    if kk == 0 or len(o_ok) == 0:
        return dist, idx
    tree = cKDTree(dests[d_ok])
    dd, ii = tree.query(origins[o_ok], k=kk)
    dist[o_ok, :kk] = np.asarray(dd, dtype=np.float64).reshape(len(o_ok), kk)
    idx[o_ok, :kk] = d_ok[np.asarray(ii, dtype=np.int64).reshape(len(o_ok), kk)]
    return dist, idx


def pairs_within(origin_xy: np.ndarray, dest_xy: np.ndarray, limit_m: float) -> pd.DataFrame:
    """Every (origin, destination) pair at a straight-line distance ``<= limit_m`` (inclusive).

    Returns a DataFrame with columns ``origin`` (int64), ``dest`` (int64) and ``cost``
    (float64, the distance), sorted by origin then destination. Pairs at distance 0 are kept.
    Built with :meth:`cKDTree.sparse_distance_matrix` and a CSR conversion, with no Python loop
    (0.7-0.9 s for 20,000 x 6,000 random points over 20 x 8 km at 1,500 m: 4.7 million pairs).
    """
    origins = _as_xy(origin_xy, "origin_xy")
    dests = _as_xy(dest_xy, "dest_xy")
    limit = float(limit_m)
    if not np.isfinite(limit) or limit < 0:
        raise ValueError(f"limit_m must be a finite distance >= 0, got {limit_m}.")
    o_ok = _finite_rows(origins)
    d_ok = _finite_rows(dests)
    if len(o_ok) == 0 or len(d_ok) == 0:
        return _pairs_frame(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0))
    t_o = cKDTree(origins[o_ok])
    t_d = cKDTree(dests[d_ok])
    # A hair wider than the limit, then filtered exactly on the distances returned, so that
    # "inclusive" does not depend on how the tree compares squared distances internally.
    found = t_o.sparse_distance_matrix(t_d, limit * (1 + 1e-12) + 1e-9, output_type="coo_matrix")
    # CSR conversion sorts by origin (a counting sort in C) and keeps explicit zero distances;
    # sort_indices orders the destinations within each origin.
    csr = found.tocsr()
    csr.sort_indices()
    o = np.repeat(o_ok, np.diff(csr.indptr))
    d = d_ok[csr.indices]
    cost = csr.data
    keep = cost <= limit
    if not keep.all():
        o, d, cost = o[keep], d[keep], cost[keep]
    return _pairs_frame(o, d, cost)


def _pairs_frame(o: np.ndarray, d: np.ndarray, cost: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "origin": np.asarray(o, dtype=np.int64),
            "dest": np.asarray(d, dtype=np.int64),
            "cost": np.asarray(cost, dtype=np.float64),
        }
    )
