"""Snapping points onto the walking network: to the nearest *edge*, projected onto it.

A point p is attached to the nearest straight segment of any edge (u, v) within ``snap_max_m``
(ties: the lowest segment index). With q its projection, ``offset`` = |p - q| and ``along`` =
the length along the edge from u to q, the cost of walking from p to u is ``offset + along`` and
to v ``offset + (length - along)``: the snap distance is walked once at each end, and the walk
starts mid-edge, not at the nearest junction. Two points on the same edge also reach each other
directly along it (``|along_a - along_b|``). All values are rounded to the network's quantum
(see ``network_build``), so that every later sum is exact.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import pandas as pd

from accessmap.core.errors import NetworkError
from accessmap.core.network_build import WalkNetwork

__all__ = ["MAX_SNAP_M", "Snap", "check_overlap", "snap_points"]

#: Snapping farther than this makes no sense for walking (and keeps every sum exact).
MAX_SNAP_M = 10_000.0
_CACHE_SIZE = 4
_CACHE_LOCK = threading.Lock()


@dataclass(frozen=True)
class Snap:
    """Where points attach to the network (one row per point; -1 / inf where not snapped)."""

    snapped: np.ndarray  # bool
    edge: np.ndarray  # int64, -1
    u: np.ndarray  # int64, node at the edge's start (-1)
    v: np.ndarray  # int64, node at its end (-1)
    wu: np.ndarray  # float, cost from the point to u (inf)
    wv: np.ndarray  # float, cost from the point to v (inf)
    along: np.ndarray  # float, quantised length from u to the projection (nan)
    offset: np.ndarray  # float, quantised snap distance (nan)
    dist_m: np.ndarray  # float, exact snap distance; nan where unsnapped

    def __len__(self) -> int:
        return len(self.snapped)

    def take(self, idx) -> Snap:
        return Snap(*(getattr(self, f)[idx] for f in self.__dataclass_fields__))

    @staticmethod
    def concat(parts: list[Snap]) -> Snap:
        return Snap(
            *(np.concatenate([getattr(p, f) for p in parts]) for f in Snap.__dataclass_fields__)
        )


def snap_points(net: WalkNetwork, xy: np.ndarray, snap_max_m: float = 250.0) -> Snap:
    """Attach points (n, 2) in EPSG:31370 to the nearest edge within ``snap_max_m`` (inclusive).

    The last few results are cached on the network (the pipeline snaps the same sector points
    for the nearest centre, the cost table and the scenarios); the arrays are read-only.
    """
    if not (0 < snap_max_m <= MAX_SNAP_M):
        raise NetworkError(
            f"The maximum snapping distance must be between 0 and {MAX_SNAP_M:,.0f} m "
            f"(got {snap_max_m:g})."
        )
    xy = np.ascontiguousarray(xy, dtype=float).reshape(-1, 2)
    key = (len(xy), float(snap_max_m), hash(xy.tobytes()))
    with _CACHE_LOCK:
        cache = net.__dict__.setdefault("_snap_cache", {})
        hit = cache.get(key)
    if hit is not None and np.array_equal(hit[0], xy, equal_nan=True):
        return hit[1]
    out = _snap(net, xy, snap_max_m)
    for arr in out.__dict__.values():
        arr.flags.writeable = False
    with _CACHE_LOCK:
        if len(cache) >= _CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = (xy.copy(), out)
    return out


def _snap(net: WalkNetwork, xy: np.ndarray, snap_max_m: float) -> Snap:
    n = len(xy)
    out = Snap(
        snapped=np.zeros(n, bool),
        edge=np.full(n, -1, np.int64),
        u=np.full(n, -1, np.int64),
        v=np.full(n, -1, np.int64),
        wu=np.full(n, np.inf),
        wv=np.full(n, np.inf),
        along=np.full(n, np.nan),
        offset=np.full(n, np.nan),
        dist_m=np.full(n, np.nan),
    )
    ok = np.flatnonzero(np.isfinite(xy).all(axis=1))
    if len(ok) == 0:
        return out
    rows, si, t, dist = net.segment_index.nearest(xy[ok], snap_max_m)
    rows = ok[rows]
    seg_len = np.hypot(*(net.seg_p1[si] - net.seg_p0[si]).T)
    e = net.seg_edge[si]
    quantum = net.quantum_m
    length = net.edge_len_m[e]
    along = net.seg_start[si] + t * seg_len
    along = np.clip(np.rint(along / quantum) * quantum, 0.0, length)
    offset = np.rint(dist / quantum) * quantum
    out.snapped[rows] = True
    out.edge[rows] = e
    out.u[rows] = net.edge_u[e]
    out.v[rows] = net.edge_v[e]
    out.wu[rows] = offset + along
    out.wv[rows] = offset + (length - along)
    out.along[rows] = along
    out.offset[rows] = offset
    out.dist_m[rows] = dist
    return out


def same_edge_pairs(o: Snap, d: Snap) -> pd.DataFrame:
    """Every (origin, dest) pair snapped onto the same edge, with the direct cost along it."""
    oi = np.flatnonzero(o.snapped)
    di = np.flatnonzero(d.snapped)
    if len(oi) == 0 or len(di) == 0:
        return pd.DataFrame(
            {"origin": np.empty(0, np.int64), "dest": np.empty(0, np.int64), "cost": np.empty(0)}
        )
    # sort the dests by edge; each origin matches a run of them (numpy, no merge)
    di = di[np.argsort(d.edge[di], kind="stable")]
    de = d.edge[di]
    lo = np.searchsorted(de, o.edge[oi], side="left")
    hi = np.searchsorted(de, o.edge[oi], side="right")
    cnt = hi - lo
    a = np.repeat(oi, cnt)
    start = np.repeat(lo - np.cumsum(cnt) + cnt, cnt)
    b = di[start + np.arange(len(a))] if len(a) else np.empty(0, np.int64)
    cost = o.offset[a] + np.abs(o.along[a] - d.along[b]) + d.offset[b]
    return pd.DataFrame({"origin": a.astype(np.int64), "dest": b.astype(np.int64), "cost": cost})


def check_overlap(net: WalkNetwork, o: Snap, d: Snap, snap_max_m: float) -> None:
    """Raise :class:`NetworkError` when the network does not reach the points at all."""
    for snap, what, role in ((o, "demand point", "sectors"), (d, "centre", "centres")):
        if len(snap) and not snap.snapped.any():
            xmin, ymin, xmax, ymax = net.bounds
            raise NetworkError(
                f"None of the {len(snap):,} {what}(s) lies within {snap_max_m:g} m of the street "
                f"network: the network does not cover the {role}. Load a street network of the "
                "study area (in the right CRS), or raise the maximum snapping distance.",
                f"network extent (EPSG:31370): {xmin:.0f}, {ymin:.0f} - {xmax:.0f}, {ymax:.0f}",
            )
