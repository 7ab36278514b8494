"""Access indicators per sector, from a long cost table (definitions: INDICATORS.md).

Every function is vectorised over numpy arrays and a cost table ``pairs`` with the columns
``origin``, ``dest`` (positional indices) and ``cost`` (metres), as made by
:func:`accessmap.core.distance.pairs_within` or :func:`accessmap.core.network.network_pairs_within`.
A table may hold pairs beyond the threshold asked for: every function filters ``cost <= limit``
itself (inclusive, as PySAL access does with ``max_cost``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from accessmap.core.errors import SettingsError

__all__ = [
    "capacity_within",
    "count_within",
    "detour_index",
    "e2sfca",
    "gaussian_weight",
    "in_catchment",
    "step_weight",
]

WeightFn = Callable[[np.ndarray], np.ndarray]


def _pairs_upto(pairs: pd.DataFrame, limit_m: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``origin``, ``dest`` and ``cost`` arrays of the pairs with ``cost <= limit_m``."""
    cost = pairs["cost"].to_numpy(dtype=np.float64)
    keep = cost <= float(limit_m)
    return (
        pairs["origin"].to_numpy(dtype=np.int64)[keep],
        pairs["dest"].to_numpy(dtype=np.int64)[keep],
        cost[keep],
    )


def count_within(pairs: pd.DataFrame, n_origins: int, threshold_m: float) -> np.ndarray:
    """``centres_within``: the number of centres at a cost ``<= threshold_m`` of each origin."""
    o, _, _ = _pairs_upto(pairs, threshold_m)
    return np.bincount(o, minlength=n_origins).astype(np.int64)


def capacity_within(
    pairs: pd.DataFrame, capacity: np.ndarray, n_origins: int, threshold_m: float
) -> np.ndarray:
    """Capacity within reach: the sum of ``capacity[j]`` over centres at cost ``<= threshold_m``.

    ``capacity`` is indexed by the positional ``dest`` of ``pairs``. Unknown capacity must be
    filled by the caller (INDICATORS.md: it counts as 1); a NaN here makes the sum NaN.
    """
    o, d, _ = _pairs_upto(pairs, threshold_m)
    cap = np.asarray(capacity, dtype=np.float64)
    return np.bincount(o, weights=cap[d], minlength=n_origins).astype(np.float64)


def gaussian_weight(sigma_m: float) -> WeightFn:
    """Gaussian distance decay ``W(d) = exp(-d^2 / (2 sigma^2))``, ``W(0) = 1``.

    The same function as PySAL access ``weights.gaussian(sigma)`` (no normalising constant).
    """
    sigma = float(sigma_m)
    if not np.isfinite(sigma) or sigma <= 0:
        raise SettingsError(f"The Gaussian sigma must be a positive distance (got {sigma_m}).")
    two_s2 = 2.0 * sigma * sigma

    def weight(d: np.ndarray) -> np.ndarray:
        d = np.asarray(d, dtype=np.float64)
        return np.exp(-d * d / two_s2)

    return weight


def step_weight(steps: Sequence[tuple[float, float]]) -> WeightFn:
    """Stepped distance decay, e.g. ``((500, 1.0), (1000, 0.68), (1500, 0.22))``.

    As PySAL access ``weights.step_fn({500: 1.0, 1000: 0.68, 1500: 0.22})``: ``W(d)`` is the
    weight of the first step (in increasing distance) whose upper distance is ``>= d``, so a
    boundary belongs to the nearer step (``W(500) = 1.0``, ``W(500.1) = 0.68``); 0 beyond the
    last step and for NaN. Weights must be >= 0 and upper distances distinct.
    """
    pairs = sorted((float(dist), float(w)) for dist, w in steps)
    if not pairs:
        raise SettingsError("Stepped weights need at least one step.")
    bounds = np.array([p[0] for p in pairs])
    values = np.array([p[1] for p in pairs] + [0.0])
    if np.any(values < 0) or not np.all(np.isfinite(values)):
        raise SettingsError("Stepped weights must be finite and >= 0.")
    if np.any(np.diff(bounds) == 0):
        raise SettingsError("Stepped weights need distinct distances (one weight per distance).")

    def weight(d: np.ndarray) -> np.ndarray:
        d = np.asarray(d, dtype=np.float64)
        # side="left": index of the first bound >= d; NaN sorts past the end, so it gets 0.
        return values[np.searchsorted(bounds, d, side="left")]

    return weight


def e2sfca(
    pairs: pd.DataFrame,
    population: np.ndarray,
    capacity: np.ndarray,
    catchment_m: float,
    weight: WeightFn,
) -> np.ndarray:
    """Enhanced two-step floating catchment area (Luo & Qi 2009): ``A_i`` per person.

    ``R_j = S_j / sum_{k: d_kj <= d0} P_k W(d_kj)`` and ``A_i = sum_{j: d_ij <= d0} R_j W(d_ij)``
    with ``d0 = catchment_m``, ``P = population`` (indexed by origin), ``S = capacity``
    (indexed by dest) and ``W = weight`` (a vectorised function such as
    :func:`gaussian_weight` or :func:`step_weight`). Multiply by 10,000 for ``e2sfca_per_10k``.

    Agrees with PySAL access ``Access.enhanced_two_stage_fca(max_cost=d0, weight_fn=W)`` except
    where PySAL has no finite number (documented choices):

    - a centre whose weighted demand is 0 (nobody, or only empty sectors, within ``d0``) gets
      ``R_j = 0`` (PySAL divides by zero: ``inf``, or NaN when ``S_j = 0``, which then spreads
      to every sector in its catchment);
    - a sector with no centre within ``d0`` gets ``A_i = 0`` (PySAL: NaN);
    - a NaN population or capacity adds nothing (PySAL's grouped sums skip NaN the same way).
    """
    n = len(population)
    o, d, cost = _pairs_upto(pairs, catchment_m)
    pop = np.nan_to_num(np.asarray(population, dtype=np.float64), nan=0.0)
    cap = np.nan_to_num(np.asarray(capacity, dtype=np.float64), nan=0.0)
    m = len(cap)
    w = np.broadcast_to(np.asarray(weight(cost), dtype=np.float64), cost.shape)
    demand = np.bincount(d, weights=pop[o] * w, minlength=m)
    ratio = np.zeros(m, dtype=np.float64)
    np.divide(cap, demand, out=ratio, where=demand > 0)
    return np.bincount(o, weights=ratio[d] * w, minlength=n).astype(np.float64)


def in_catchment(points_xy: np.ndarray, catchments: gpd.GeoDataFrame | gpd.GeoSeries) -> np.ndarray:
    """Whether each point lies in at least one catchment polygon (boundary counts as inside).

    ``points_xy`` are ``(n, 2)`` coordinates in the CRS of ``catchments``. A point exactly on a
    catchment's edge is inside ("intersects"), as an address on the boundary street is usually
    served by either side; a point with NaN coordinates is in none.
    """
    xy = np.asarray(points_xy, dtype=np.float64).reshape(-1, 2)
    inside = np.zeros(len(xy), dtype=bool)
    geoms = np.asarray(
        catchments.geometry.values if hasattr(catchments, "geometry") else catchments
    )
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    if len(xy) == 0 or len(geoms) == 0:
        return inside
    ok = np.isfinite(xy).all(axis=1)
    pts = shapely.points(xy[ok])
    hit = shapely.STRtree(geoms).query(pts, predicate="intersects")[0]
    inside[np.flatnonzero(ok)[hit]] = True
    return inside


def detour_index(walk_m: np.ndarray, straight_m: np.ndarray) -> np.ndarray:
    """``walk_nearest_m`` / straight-line distance to the same centre.

    NaN where either distance is NaN or infinite (no network path, no centre) or the
    straight-line distance is 0 (the demand point is on the centre: no meaningful ratio).
    Not clipped at 1: a value below 1 can only come from snapping and flags it.
    """
    walk = np.asarray(walk_m, dtype=np.float64)
    straight = np.asarray(straight_m, dtype=np.float64)
    out = np.full(np.broadcast(walk, straight).shape, np.nan)
    ok = np.isfinite(walk) & np.isfinite(straight) & (straight != 0)
    np.divide(walk, straight, out=out, where=ok)
    return out
