"""Walking distances over a :class:`WalkNetwork`: nearest centre and the cost table.

Nearest centre for every origin is ONE multi-source shortest-path run
(``scipy.sparse.csgraph.dijkstra(..., indices=centres, min_only=True)``): every snapped centre
becomes a virtual node joined to both ends of its edge (costs from ``network_snap``), the search
starts from all of them at once, and each origin takes the better of its two edge ends (or the
direct way along a shared edge).

Ties. Distances are exact multiples of the network's quantum (``network_build``); the centre
index is added in the 16 low bits below it (``index * quantum / 2**16``), so that the smallest
encoded value is the shortest distance and, among equal distances, the lowest centre index. One
comparison of floats thus breaks ties deterministically, identically in a full run, in a bounded
search and in the incremental update (``network_incremental``).

The cost table (E2SFCA, centres within reach) runs one bounded search per centre
(``dijkstra(..., limit=limit_m)``), in blocks of 16 neighbouring centres (Z-order), each on the
subgraph of nodes within ``limit_m`` (+ 1 m) of the block's bounding box: a walk is never
shorter than the straight line, so nothing outside can be reached within the limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.sparse import csr_array
from scipy.sparse.csgraph import dijkstra

from accessmap.core.errors import NetworkError
from accessmap.core.network_build import LABEL_BITS, WalkNetwork
from accessmap.core.network_snap import Snap, check_overlap, same_edge_pairs, snap_points
from accessmap.core.schema import Progress, report_progress

__all__ = [
    "NetworkNearest",
    "augmented_graph",
    "decode",
    "nearest_encoded",
    "network_nearest",
    "network_pairs_within",
    "subgraph",
]

_CHUNK_DESTS = 16  # centres per block of bounded searches


@dataclass(frozen=True)
class NetworkNearest:
    """Nearest centre over the network, per origin (positional indices into the inputs).

    ``dist_m``: walking metres including the snap distance at both ends (inf where unsnapped or
    unreachable); ``dest_idx``: the nearest centre (-1); ``origin_snapped`` / ``dest_snapped``:
    within the snapping distance; ``origin_snap_m`` / ``dest_snap_m``: the snap distance (nan).
    """

    dist_m: np.ndarray
    dest_idx: np.ndarray
    origin_snapped: np.ndarray
    dest_snapped: np.ndarray
    origin_snap_m: np.ndarray
    dest_snap_m: np.ndarray


def augmented_graph(graph: csr_array, d: Snap, rows: np.ndarray, delta: np.ndarray) -> csr_array:
    """``graph`` plus one virtual source row per snapped dest ``rows`` (out-edges only).

    Attach nodes < 0 (outside a subgraph) are left out. Appending rows copies the CSR arrays
    once, without sorting.
    """
    n = graph.shape[0]
    u, v = d.u[rows], d.v[rows]
    wu, wv = d.wu[rows] + delta, d.wv[rows] + delta
    loop = u == v
    cols = np.stack([u, v], axis=1)
    w = np.stack([np.where(loop, np.minimum(wu, wv), wu), wv], axis=1)
    valid = cols >= 0
    valid[:, 1] &= ~loop
    counts = valid.sum(axis=1)
    indptr = np.concatenate([graph.indptr, graph.indptr[-1] + np.cumsum(counts)]).astype(np.int32)
    indices = np.concatenate([graph.indices, cols[valid].astype(np.int32)])
    data = np.concatenate([graph.data, w[valid]])
    k = len(rows)
    return csr_array((data, indices, indptr), shape=(n + k, n + k))


def nearest_encoded(
    graph: csr_array, o: Snap, d: Snap, rows: np.ndarray, labels: np.ndarray, quantum: float
) -> np.ndarray:
    """Encoded best value per origin: distance + label * quantum / 2**16 (inf if none).

    ``rows``: the dests to use (snapped); ``labels``: their tie-break index (< 65,536).
    ``o.u`` / ``o.v`` / ``d.u`` / ``d.v`` index ``graph`` (-1 = absent).
    """
    val = np.full(len(o), np.inf)
    if len(rows) == 0 or len(o) == 0:
        return val
    delta = np.asarray(labels, dtype=float) * (quantum / 2**LABEL_BITS)
    g = augmented_graph(graph, d, rows, delta)
    n = graph.shape[0]
    src = np.arange(n, n + len(rows), dtype=np.int32)
    dist = dijkstra(g, directed=True, indices=src, min_only=True)
    dist = np.r_[dist[:n], np.inf]  # index -1 -> inf
    val = np.minimum(o.wu + dist[o.u], o.wv + dist[o.v])
    se = same_edge_pairs(o, d.take(rows))
    if len(se):
        np.minimum.at(
            val, se["origin"].to_numpy(), se["cost"].to_numpy() + delta[se["dest"].to_numpy()]
        )
    return val


def decode(val: np.ndarray, quantum: float) -> tuple[np.ndarray, np.ndarray]:
    """Split encoded values into (distance in metres, label); inf -> (inf, -1)."""
    fin = np.isfinite(val)
    dist = np.full(len(val), np.inf)
    lab = np.full(len(val), -1, np.int64)
    dist[fin] = np.floor(val[fin] / quantum) * quantum
    lab[fin] = np.rint((val[fin] - dist[fin]) / (quantum / 2**LABEL_BITS)).astype(np.int64)
    return dist, lab


def _pairs_frame(origin, dest, cost) -> pd.DataFrame:
    return pd.DataFrame(
        {"origin": np.asarray(origin, np.int64), "dest": np.asarray(dest, np.int64), "cost": cost}
    )


def _zorder(xy: np.ndarray) -> np.ndarray:
    """Order points along a Z-order (Morton) curve, so that runs of them are neighbours."""
    if len(xy) == 0:
        return np.empty(0, np.int64)
    span = np.maximum(xy.max(axis=0) - xy.min(axis=0), 1e-9)
    cell = np.minimum((xy - xy.min(axis=0)) / span * 65535, 65535).astype(np.uint64)
    code = np.zeros(len(xy), np.uint64)
    for bit in range(16):
        for dim in range(2):
            code |= ((cell[:, dim] >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit + dim)
    return np.argsort(code, kind="stable")


def subgraph(graph: csr_array, nodes: np.ndarray) -> tuple[csr_array, np.ndarray]:
    """The graph on ``nodes`` (sorted) and ``pos``: old id -> new id (-1 outside; pos[-1] = -1)."""
    n = graph.shape[0]
    pos = np.full(n + 1, -1, np.int64)
    pos[nodes] = np.arange(len(nodes))
    sub = csr_array(graph[nodes][:, nodes])
    sub.indices = sub.indices.astype(np.int32, copy=False)
    sub.indptr = sub.indptr.astype(np.int32, copy=False)
    return sub, pos


def _remap(s: Snap, pos: np.ndarray) -> Snap:
    """The same snaps with their attach nodes renumbered for a subgraph (-1 outside)."""
    return Snap(s.snapped, s.edge, pos[s.u], pos[s.v], s.wu, s.wv, s.along, s.offset, s.dist_m)


def _snap_both(net, origin_xy, dest_xy, snap_max_m):
    origin_xy = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    dest_xy = np.asarray(dest_xy, dtype=float).reshape(-1, 2)
    if len(dest_xy) > 2**LABEL_BITS:
        raise NetworkError(f"Walking distances handle at most {2**LABEL_BITS:,} centres at once.")
    o = snap_points(net, origin_xy, snap_max_m)
    d = snap_points(net, dest_xy, snap_max_m)
    check_overlap(net, o, d, snap_max_m)
    return o, d


def network_nearest(
    net: WalkNetwork,
    origin_xy: np.ndarray,
    dest_xy: np.ndarray,
    *,
    snap_max_m: float = 250.0,
    progress: Progress | None = None,
) -> NetworkNearest:
    """Nearest dest over the network for every origin: one multi-source run (module docstring).

    Raises :class:`NetworkError` when no origin or no dest lies within ``snap_max_m`` of the
    network. Ties go to the lowest dest index.
    """
    report_progress(progress, 0.0, "Snapping points to the street network")
    o, d = _snap_both(net, origin_xy, dest_xy, snap_max_m)
    report_progress(progress, 0.2, "Walking distance to the nearest centre")
    rows = np.flatnonzero(d.snapped)
    val = nearest_encoded(net.graph, o, d, rows, rows, net.quantum_m)
    dist, lab = decode(val, net.quantum_m)
    report_progress(progress, 1.0, "Walking distances ready")
    return NetworkNearest(dist, lab, o.snapped, d.snapped, o.dist_m, d.dist_m)


def network_pairs_within(
    net: WalkNetwork,
    origin_xy: np.ndarray,
    dest_xy: np.ndarray,
    limit_m: float,
    *,
    snap_max_m: float = 250.0,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Every (origin, dest) pair with walking cost <= ``limit_m``: DataFrame[origin, dest, cost].

    Positional int64 indices, cost in metres (snap distances included), sorted by origin, dest.
    Unsnapped points have no pairs (the caller falls back to straight lines for them).
    """
    o, d = _snap_both(net, origin_xy, dest_xy, snap_max_m)
    dest_xy = np.asarray(dest_xy, dtype=float).reshape(-1, 2)
    origin_xy = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
    rows = np.flatnonzero(d.snapped)
    rows = rows[_zorder(dest_xy[rows])]  # chunks of neighbouring centres
    parts = [_pairs_frame(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0))]
    oi_all = np.flatnonzero(o.snapped)
    se = same_edge_pairs(o, d)
    for start in range(0, len(rows), _CHUNK_DESTS):
        report_progress(progress, start / max(len(rows), 1), "Walking cost table")
        block = rows[start : start + _CHUNK_DESTS]
        # a walk is never shorter than the straight line: only nodes and origins within
        # limit_m of the block's bounding box can be reached (1 m covers length rounding)
        lo = dest_xy[block].min(axis=0) - limit_m - 1.0
        hi = dest_xy[block].max(axis=0) + limit_m + 1.0
        nodes = np.flatnonzero(((net.node_xy >= lo) & (net.node_xy <= hi)).all(axis=1))
        oi = oi_all[((origin_xy[oi_all] >= lo) & (origin_xy[oi_all] <= hi)).all(axis=1)]
        if len(oi) == 0:
            continue
        sub, pos = subgraph(net.graph, nodes)
        g = augmented_graph(sub, _remap(d, pos), block, np.zeros(len(block)))
        m = sub.shape[0]
        dist = dijkstra(
            g, directed=True, indices=np.arange(m, m + len(block), dtype=np.int32), limit=limit_m
        )
        dist = np.concatenate([dist[:, :m], np.full((len(block), 1), np.inf)], axis=1)
        ou, ov = pos[o.u[oi]], pos[o.v[oi]]
        cost = np.minimum(o.wu[oi] + dist[:, ou], o.wv[oi] + dist[:, ov])
        if len(se):
            bmap = np.full(len(d), -1, np.int64)
            bmap[block] = np.arange(len(block))
            omap = np.full(len(o), -1, np.int64)
            omap[oi] = np.arange(len(oi))
            r, c = bmap[se["dest"].to_numpy()], omap[se["origin"].to_numpy()]
            sel = (r >= 0) & (c >= 0)
            r, c = r[sel], c[sel]
            np.minimum.at(cost, (r, c), se["cost"].to_numpy()[sel])
        bi, ci = np.nonzero(cost <= limit_m)
        parts.append(_pairs_frame(oi[ci], block[bi], cost[bi, ci]))
    out = pd.concat(parts, ignore_index=True).sort_values(["origin", "dest"], ignore_index=True)
    report_progress(progress, 1.0, "Walking cost table ready")
    return out
