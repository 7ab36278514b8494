"""Incremental nearest-centre distances for live scenarios: :class:`NearestState`.

A ``NearestState`` holds, per origin, the best encoded value (walking distance with the centre
index in its low bits, see ``network_query``), so that every update ends in exactly the state a
full recompute gives, ties included (lowest centre index wins). Centres live in *slots*: a slot
index never changes; removing a centre deactivates its slot; adding one appends a slot. Every
method returns a NEW state (the old one stays valid, for undo) and the origins whose result
changed: exactly those for ``add_dest``; for ``remove_dest`` the origins the centre served, and
for ``move_dest`` those plus the ones it serves now (a superset: some may come out the same).

- ``add_dest``: one search from the new centre, bounded by the largest current best value
  (a node farther than that cannot improve any origin); origins whose encoded value drops are
  changed. Exact: an origin changes iff the new centre is strictly better in (distance, index).
- ``remove_dest``: only the origins the centre served (set A) are recomputed. With U = the
  largest of their old distances and r = the walking distance from the removed centre to its
  nearest other centre, every new best is <= U + r (walk back to the removed centre, then on),
  so it comes from a centre within 2U + r of the removed one, along a path whose nodes all lie
  within R = 3U + 2r of it. One bounded search from the removed centre finds those candidate
  centres; one multi-source run from them, bounded at U + r, gives A's new values, exactly
  (with more than 64 candidates, the run is made on the subgraph within R instead).
- ``move_dest``: remove, then add again in the same slot.
"""

from __future__ import annotations

import threading

import numpy as np
from scipy.sparse import csr_array
from scipy.sparse.csgraph import dijkstra

from accessmap.core.errors import NetworkError
from accessmap.core.network_build import LABEL_BITS, WalkNetwork
from accessmap.core.network_query import (
    NetworkNearest,
    _remap,
    decode,
    nearest_encoded,
    subgraph,
)
from accessmap.core.network_snap import Snap, check_overlap, same_edge_pairs, snap_points
from accessmap.core.schema import Progress, report_progress

__all__ = ["NearestState"]


class _Probe:
    """The graph plus ``slots`` virtual nodes (N, N+1, ...) whose two out-edges are rewritten
    per search, so that a search from a few points needs no copy of the graph."""

    def __init__(self, graph: csr_array, slots: int = 64) -> None:
        n = graph.shape[0]
        self.n, self.slots, self.base = n, slots, graph.nnz
        self.idle = np.repeat(np.arange(n, n + slots, dtype=np.int32), 2)  # self-loops, weight 0
        self.g = csr_array(
            (
                np.r_[graph.data, np.zeros(2 * slots)],
                np.r_[graph.indices, self.idle].astype(np.int32),
                np.r_[graph.indptr, graph.nnz + 2 * np.arange(1, slots + 1)].astype(np.int32),
            ),
            shape=(n + slots, n + slots),
        )
        self.lock = threading.Lock()

    def search(self, u, v, wu, wv, limit: float, *, min_only: bool = False) -> np.ndarray:
        """Distances from points attached to u (cost wu) and v (wv), one row per point, or
        the minimum over them (``min_only``). Entry -1 (an idle slot) is inf."""
        u, v = np.atleast_1d(u).astype(np.int32), np.atleast_1d(v).astype(np.int32)
        wu, wv = np.atleast_1d(wu).astype(float), np.atleast_1d(wv).astype(float)
        c = len(u)
        loop = u == v
        cols = np.stack([u, np.where(loop, self.n + np.arange(c), v)], axis=1).astype(np.int32)
        w = np.stack([np.where(loop, np.minimum(wu, wv), wu), np.where(loop, 0.0, wv)], axis=1)
        with self.lock:
            self.g.indices[self.base :] = self.idle
            self.g.data[self.base :] = 0.0
            self.g.indices[self.base : self.base + 2 * c] = cols.ravel()
            self.g.data[self.base : self.base + 2 * c] = w.ravel()
            src = np.arange(self.n, self.n + c, dtype=np.int32)
            dist = dijkstra(self.g, directed=True, indices=src, limit=limit, min_only=min_only)
        dist[..., -1] = np.inf
        return dist


def _point_values(o: Snap, dist: np.ndarray) -> np.ndarray:
    return np.minimum(o.wu + dist[o.u], o.wv + dist[o.v])


class NearestState:
    """Per-origin nearest centre over a network, updatable one centre at a time (module doc)."""

    def __init__(
        self,
        net: WalkNetwork,
        origin_xy: np.ndarray,
        dest_xy: np.ndarray,
        *,
        snap_max_m: float = 250.0,
        progress: Progress | None = None,
    ) -> None:
        report_progress(progress, 0.0, "Snapping points to the street network")
        self.net = net
        self.snap_max_m = float(snap_max_m)
        self.origin_xy = np.asarray(origin_xy, dtype=float).reshape(-1, 2)
        self.dest_xy = np.asarray(dest_xy, dtype=float).reshape(-1, 2).copy()
        if len(self.dest_xy) > 2**LABEL_BITS:
            raise NetworkError(
                f"Walking distances handle at most {2**LABEL_BITS:,} centres at once."
            )
        self._o = snap_points(net, self.origin_xy, snap_max_m)
        self._d = snap_points(net, self.dest_xy, snap_max_m)
        check_overlap(net, self._o, self._d, snap_max_m)
        self.active = np.ones(len(self.dest_xy), dtype=bool)
        self._probe = _Probe(net.graph)
        report_progress(progress, 0.2, "Walking distance to the nearest centre")
        self._enc = self._full()
        report_progress(progress, 1.0, "Walking distances ready")

    # --- results -----------------------------------------------------------------------------
    def _full(self) -> np.ndarray:
        rows = np.flatnonzero(self._d.snapped & self.active)
        return nearest_encoded(self.net.graph, self._o, self._d, rows, rows, self.net.quantum_m)

    @property
    def dist_m(self) -> np.ndarray:
        return decode(self._enc, self.net.quantum_m)[0]

    @property
    def dest_idx(self) -> np.ndarray:
        """Slot index of the nearest centre (-1)."""
        return decode(self._enc, self.net.quantum_m)[1]

    @property
    def origin_snapped(self) -> np.ndarray:
        return self._o.snapped

    @property
    def dest_snapped(self) -> np.ndarray:
        """Per slot: an active centre within the snapping distance."""
        return self._d.snapped & self.active

    def result(self) -> NetworkNearest:
        dist, lab = decode(self._enc, self.net.quantum_m)
        return NetworkNearest(
            dist, lab, self._o.snapped, self.dest_snapped, self._o.dist_m, self._d.dist_m
        )

    def recompute(self) -> NearestState:
        """A full recompute of the same slots (for checks; equals the incremental state)."""
        new = self._copy()
        new._enc = new._full()
        return new

    # --- updates -----------------------------------------------------------------------------
    def _copy(self) -> NearestState:
        new = object.__new__(NearestState)
        new.__dict__.update(self.__dict__)
        new._enc = self._enc.copy()
        new.active = self.active.copy()
        new.dest_xy = self.dest_xy.copy()
        return new

    def add_dest(self, xy) -> tuple[NearestState, np.ndarray]:
        """Add a centre in a new slot (index = the previous slot count)."""
        k = len(self.dest_xy)
        if k >= 2**LABEL_BITS:
            raise NetworkError(f"Walking distances handle at most {2**LABEL_BITS:,} centre slots.")
        new = self._copy()
        xy = np.asarray(xy, dtype=float).reshape(1, 2)
        new.dest_xy = np.concatenate([self.dest_xy, xy])
        new._d = Snap.concat([self._d, snap_points(self.net, xy, self.snap_max_m)])
        new.active = np.r_[self.active, True]
        return new, new._improve(k)

    def remove_dest(self, idx: int) -> tuple[NearestState, np.ndarray]:
        """Deactivate slot ``idx``; only the origins it served are recomputed."""
        self._check_slot(idx)
        new = self._copy()
        new.active[idx] = False
        return new, new._repair(idx)

    def move_dest(self, idx: int, xy) -> tuple[NearestState, np.ndarray]:
        """Move the centre in slot ``idx`` (same index) to ``xy``."""
        self._check_slot(idx)
        new = self._copy()
        new.active[idx] = False
        changed = new._repair(idx)
        xy = np.asarray(xy, dtype=float).reshape(1, 2)
        new.dest_xy[idx] = xy[0]
        s = snap_points(self.net, xy, self.snap_max_m)
        new._d = Snap.concat([self._d.take(slice(0, idx)), s, self._d.take(slice(idx + 1, None))])
        new.active[idx] = True
        return new, np.union1d(changed, new._improve(idx))

    def _check_slot(self, idx: int) -> None:
        if not (0 <= idx < len(self.dest_xy)) or not self.active[idx]:
            raise IndexError(f"No active centre in slot {idx}.")

    def _improve(self, k: int) -> np.ndarray:
        """In place: let slot k compete; returns the origins it now serves."""
        d = self._d
        if not d.snapped[k]:
            return np.empty(0, np.int64)
        q = self.net.quantum_m
        delta = k * (q / 2**LABEL_BITS)
        snapped_enc = self._enc[self._o.snapped]
        if len(snapped_enc) == 0:
            return np.empty(0, np.int64)
        limit = float(snapped_enc.max())
        dist = self._probe.search(d.u[k], d.v[k], d.wu[k] + delta, d.wv[k] + delta, limit)[0]
        cand = _point_values(self._o, dist)
        se = same_edge_pairs(self._o, d.take(np.array([k])))
        if len(se):
            np.minimum.at(cand, se["origin"].to_numpy(), se["cost"].to_numpy() + delta)
        changed = np.flatnonzero(cand < self._enc)
        self._enc[changed] = cand[changed]
        return changed

    def _dest_values(self, dist: np.ndarray, k: int, others: np.ndarray) -> np.ndarray:
        """Walking distance from slot k's point to the points of slots ``others``."""
        d = self._d
        val = np.minimum(d.wu[others] + dist[d.u[others]], d.wv[others] + dist[d.v[others]])
        same = d.edge[others] == d.edge[k]
        val[same] = np.minimum(
            val[same],
            d.offset[k] + np.abs(d.along[others[same]] - d.along[k]) + d.offset[others[same]],
        )
        return val

    def _repair(self, k: int) -> np.ndarray:
        """In place: slot k was deactivated; recompute the origins it served."""
        q = self.net.quantum_m
        dist_a, lab = decode(self._enc, q)
        a = np.flatnonzero(lab == k)
        if len(a) == 0:
            return a
        others = np.flatnonzero(self._d.snapped & self.active)
        if len(others) == 0:
            self._enc[a] = np.inf
            return a
        d = self._d
        u_max = float(dist_a[a].max())
        # grow the search from k until it holds the nearest other centre (at r) and every
        # centre within 2U + r (module docstring)
        limit = max(4.0 * u_max, 200.0)
        whole = 2.0 * float(self.net.edge_len_m.sum()) + 2.0 * self.snap_max_m
        while True:
            dist = self._probe.search(d.u[k], d.v[k], d.wu[k], d.wv[k], limit)[0]
            dkj = self._dest_values(dist, k, others)
            r = float(dkj.min())
            if 2.0 * u_max + r <= limit or limit == np.inf:
                break
            limit = np.inf if limit > whole else max(2.0 * limit, 2.0 * u_max + r)
        if not np.isfinite(r):  # pragma: no cover - the network is one connected piece
            self._enc[a] = np.inf
            return a
        cands = others[dkj <= 2.0 * u_max + r]
        o = self._o.take(a)
        if len(cands) <= self._probe.slots:
            # one multi-source run from the candidates, bounded at U + r (+ the label bits)
            delta = cands * (q / 2**LABEL_BITS)
            dist = self._probe.search(
                d.u[cands],
                d.v[cands],
                d.wu[cands] + delta,
                d.wv[cands] + delta,
                u_max + r + q,
                min_only=True,
            )
            val = _point_values(o, dist)
            se = same_edge_pairs(o, d.take(cands))
            if len(se):
                np.minimum.at(
                    val,
                    se["origin"].to_numpy(),
                    se["cost"].to_numpy() + delta[se["dest"].to_numpy()],
                )
            self._enc[a] = val
            return a
        # many candidates: the subgraph of nodes within 3U + 2r of k holds every useful path
        reach = 3.0 * u_max + 2.0 * r
        if reach > limit:
            dist = self._probe.search(d.u[k], d.v[k], d.wu[k], d.wv[k], reach)[0]
        sub, pos = subgraph(self.net.graph, np.flatnonzero(dist[: self.net.n_nodes] <= reach))
        self._enc[a] = nearest_encoded(sub, _remap(o, pos), _remap(d, pos), cands, cands, q)
        return a
