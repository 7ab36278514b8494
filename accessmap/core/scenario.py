"""Incremental evaluation of scenarios: nearest, third-nearest and within-threshold per sector.

:class:`ScenarioEngine` keeps, for every sector demand point, its three nearest centres and the
centres (count and GP capacity) within the threshold, and updates them when centres are added,
moved, removed or change capacity, touching only the sectors an edit can affect:

- add: the new centre's distance to every demand point (one vectorised pass) picks the sectors
  where it beats the current third-nearest, whose top three are merged with it; a
  :class:`scipy.spatial.cKDTree` over the demand points finds the sectors within the threshold,
  whose counts and capacity are recomputed;
- remove: only sectors that had the centre among their top three, or lie within the threshold
  of it, are recomputed (against a k-d tree of the remaining centres);
- move: both, with one k-d tree rebuild.

Incremental results equal a full recompute *exactly*: every distance comes from one function
(:func:`_dist`), ties are broken by centre id (string order, independent of the edit history),
and per-sector capacity sums run in that same order, so the same floating-point operations
happen either way (tested bit for bit).

With a walking network, the nearest walking distance is kept by
:class:`accessmap.core.network.NearestState` (exact incremental updates; ties by slot, i.e.
insertion order) and ``within_threshold`` uses it where the sector is snapped, as the pipeline
does. Counts, capacity and third-nearest stay straight-line here (the pipeline computes the
walking versions for display). The full display result comes from
``core.pipeline.run_analysis`` on :func:`scenario_layers`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
from scipy.spatial import cKDTree

from accessmap.core.commands import Scenario
from accessmap.core.model import Layers
from accessmap.core.schema import CENTRE_ID, GP_FTE
from accessmap.core.timeline import active_centres

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.core.network import WalkNetwork

__all__ = ["Evaluation", "ScenarioEngine", "evaluate", "scenario_engine", "scenario_layers"]

_K = 3  # nearest and third-nearest (Dewulf et al. 2013)


def _dist(points: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Euclidean distance, elementwise; the single formula used everywhere in this module."""
    return np.hypot(points[..., 0] - xy[..., 0], points[..., 1] - xy[..., 1])


@dataclass(frozen=True)
class Evaluation:
    """Per-sector arrays for the headline figures (positional, aligned with demand points)."""

    dist_nearest_m: np.ndarray  # NaN where no centre
    nearest_centre_id: np.ndarray  # object, None where no centre
    dist_3rd_m: np.ndarray  # NaN where fewer than three centres
    centres_within: np.ndarray  # int64
    within_threshold: np.ndarray  # bool
    capacity_within: np.ndarray  # float64, GP FTE (unknown counts as 1)
    #: Walking (network mode only, else None): metres (NaN unsnapped/unreachable), centre id,
    #: snapped. ``within_threshold`` then uses walking metres where snapped, as the pipeline.
    walk_nearest_m: np.ndarray | None = None
    walk_nearest_centre_id: np.ndarray | None = None
    snapped: np.ndarray | None = None

    def headline(self, population: np.ndarray, poor_mask: np.ndarray) -> dict[str, float]:
        """Population and poor population within the threshold, and their shares."""
        pop = np.asarray(population, dtype=float)
        poor = np.asarray(poor_mask, dtype=bool)
        w = self.within_threshold
        total, poor_total = pop.sum(), pop[poor].sum()
        return {
            "population_within": float(pop[w].sum()),
            "share_within": float(pop[w].sum() / total) if total else float("nan"),
            "poor_population_within": float(pop[poor & w].sum()),
            "share_poor_within": float(pop[poor & w].sum() / poor_total)
            if poor_total
            else float("nan"),
            "poor_population_beyond": float(pop[poor & ~w].sum()),
        }


class ScenarioEngine:
    """Nearest / third-nearest / within-threshold per sector, updated edit by edit."""

    def __init__(
        self,
        demand_xy: np.ndarray,
        centres: gpd.GeoDataFrame,
        threshold_m: float,
        *,
        network: WalkNetwork | None = None,
        snap_max_m: float = 250.0,
    ) -> None:
        self.xy = np.asarray(demand_xy, dtype=np.float64).reshape(-1, 2)
        self.threshold_m = float(threshold_m)
        self._ok = np.isfinite(self.xy).all(axis=1)
        self._ok_rows = np.flatnonzero(self._ok)
        self._dtree = cKDTree(self.xy[self._ok]) if len(self._ok_rows) else None
        self._slot: dict[str, int] = {}
        self._ids: list[str] = []
        self._cxy = np.empty((0, 2))
        self._cap = np.empty(0)
        self._active = np.empty(0, bool)
        self._key = np.empty(0, np.int64)
        self._set_centres(centres)
        self.recompute()
        self._walk = _WalkState(network, self.xy, centres, snap_max_m) if network else None

    # --- centre bookkeeping -----------------------------------------------------------------
    def _slot_for(self, cid: str) -> int:
        if cid not in self._slot:
            self._new_slots([cid])
        return self._slot[cid]

    def _new_slots(self, ids: list[str]) -> None:
        ids = [c for c in dict.fromkeys(ids) if c not in self._slot]
        if not ids:
            return
        for c in ids:
            self._slot[c] = len(self._ids)
            self._ids.append(c)
        k = len(ids)
        self._cxy = np.vstack([self._cxy, np.full((k, 2), np.nan)])
        self._cap = np.append(self._cap, np.ones(k))
        self._active = np.append(self._active, np.zeros(k, bool))
        # tie-break key = rank of the id in string order (independent of edit history)
        order = np.argsort(np.asarray(self._ids, dtype=object), kind="stable")
        self._key = np.empty(len(self._ids), np.int64)
        self._key[order] = np.arange(len(self._ids))

    def _set_centres(self, centres: gpd.GeoDataFrame) -> None:
        self._active[:] = False
        ids, xy, cap = _centre_arrays(centres)
        self._new_slots(ids)
        slots = np.fromiter((self._slot[c] for c in ids), np.int64, count=len(ids))
        self._cxy[slots], self._cap[slots], self._active[slots] = xy, cap, True
        self._rebuild_tree()

    def _rebuild_tree(self) -> None:
        act = np.flatnonzero(self._active & np.isfinite(self._cxy).all(axis=1))
        self._act_slots = act
        self._ctree = cKDTree(self._cxy[act]) if len(act) else None

    # --- canonical per-row computations (shared by full and incremental) -----------------------
    def _topk_rows(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        n = len(rows)
        d_out = np.full((n, _K), np.inf)
        s_out = np.full((n, _K), -1, np.int64)
        m = len(self._act_slots)
        if m == 0 or n == 0:
            return d_out, s_out
        pts = self.xy[rows]
        kq = min(m, _K + 2)
        td, ti = self._ctree.query(pts, k=kq)
        td, ti = td.reshape(n, kq), ti.reshape(n, kq)
        cand = self._act_slots[ti]
        brute = np.zeros(n, bool)
        if m > kq:  # a tie at the edge of what the tree returned: look at every centre
            brute = td[:, kq - 1] <= td[:, min(_K, kq) - 1] + 1e-6
        if brute.any():
            b = np.flatnonzero(brute)
            full = np.broadcast_to(self._act_slots, (len(b), m))
            self._fill_top(d_out, s_out, b, pts[b], full)
        nb = np.flatnonzero(~brute)
        self._fill_top(d_out, s_out, nb, pts[nb], cand[nb])
        return d_out, s_out

    def _fill_top(self, d_out, s_out, where, pts, cand) -> None:
        d = _dist(pts[:, None, :], self._cxy[cand])
        order = np.lexsort((self._key[cand], d), axis=-1)[:, :_K]
        kk = order.shape[1]
        d_out[where, :kk] = np.take_along_axis(d, order, axis=1)
        s_out[where, :kk] = np.take_along_axis(cand, order, axis=1)

    def _within_rows(self, rows: np.ndarray, pairs=None) -> tuple[np.ndarray, np.ndarray]:
        """Count and capacity of centres within the threshold, summed in id order."""
        n = len(rows)
        if self._ctree is None or n == 0:
            return np.zeros(n, np.int64), np.zeros(n)
        t = self.threshold_m
        if pairs is None:
            lists = self._ctree.query_ball_point(self.xy[rows], t * (1 + 1e-12) + 1e-9)
            lens = np.fromiter((len(x) for x in lists), np.int64, count=n)
            ri = np.repeat(np.arange(n), lens)
            ci = np.fromiter((j for x in lists for j in x), np.int64, count=int(lens.sum()))
        else:
            ri, ci = pairs
        slots = self._act_slots[ci]
        keep = _dist(self.xy[rows[ri]], self._cxy[slots]) <= t
        ri, slots = ri[keep], slots[keep]
        order = np.lexsort((self._key[slots], ri))
        ri, slots = ri[order], slots[order]
        count = np.bincount(ri, minlength=n).astype(np.int64)
        cap = np.bincount(ri, weights=self._cap[slots], minlength=n)
        return count, cap

    # --- full and incremental updates -----------------------------------------------------
    def recompute(self) -> None:
        """Recompute everything from scratch (the reference the incremental path must equal)."""
        if getattr(self, "_walk", None) is not None:
            self._walk.state = self._walk.state.recompute()
        n = len(self.xy)
        self.top_d = np.full((n, _K), np.inf)
        self.top_s = np.full((n, _K), -1, np.int64)
        self.count = np.zeros(n, np.int64)
        self.capacity = np.zeros(n)
        rows = self._ok_rows
        self.top_d[rows], self.top_s[rows] = self._topk_rows(rows)
        if self._ctree is not None and len(rows):
            t = self.threshold_m
            sdm = self._dtree.sparse_distance_matrix(
                self._ctree, t * (1 + 1e-12) + 1e-9, output_type="ndarray"
            )
            c, cap = self._within_rows(rows, (sdm["i"].astype(np.int64), sdm["j"].astype(np.int64)))
            self.count[rows], self.capacity[rows] = c, cap

    def _rows_near(self, xy: np.ndarray, radius: float) -> np.ndarray:
        if self._dtree is None or not np.isfinite(xy).all():
            return np.empty(0, np.int64)
        if not np.isfinite(radius):
            return self._ok_rows
        hit = self._dtree.query_ball_point(xy, radius * (1 + 1e-12) + 1e-9)
        return np.sort(self._ok_rows[np.asarray(hit, dtype=np.int64)])

    def _refresh_within(self, xy: np.ndarray) -> None:
        rows = self._rows_near(xy, self.threshold_m)
        self.count[rows], self.capacity[rows] = self._within_rows(rows)

    def _merge(self, s: int, p: np.ndarray) -> None:
        """Merge centre slot ``s`` at ``p`` into the top three of the sectors it can enter."""
        ok = self._ok_rows
        dc = _dist(self.xy[ok], p)  # vectorised over all sectors: cheaper than a wide tree query
        hit = dc <= self.top_d[ok, _K - 1]
        rows, dc = ok[hit], dc[hit]
        if len(rows):
            d4 = np.column_stack([self.top_d[rows], dc])
            s4 = np.column_stack([self.top_s[rows], np.full(len(rows), s)])
            k4 = np.where(s4 >= 0, self._key[np.maximum(s4, 0)], np.iinfo(np.int64).max)
            order = np.lexsort((k4, d4), axis=-1)[:, :_K]
            self.top_d[rows] = np.take_along_axis(d4, order, axis=1)
            self.top_s[rows] = np.take_along_axis(s4, order, axis=1)

    def add_centre(self, centre_id: str, x: float, y: float, capacity: float = 1.0) -> None:
        s = self._slot_for(str(centre_id))
        if self._active[s]:
            raise ValueError(f"centre {centre_id!r} is already active")
        p = np.array([x, y], dtype=float)
        self._cxy[s], self._cap[s], self._active[s] = p, capacity, True
        self._rebuild_tree()
        if self._walk is not None:
            self._walk.add(str(centre_id), p)
        if np.isfinite(p).all():
            self._merge(s, p)
            self._refresh_within(p)

    def remove_centre(self, centre_id: str) -> None:
        s = self._slot[str(centre_id)]
        if not self._active[s]:
            raise ValueError(f"centre {centre_id!r} is not active")
        p = self._cxy[s].copy()
        self._active[s] = False
        self._rebuild_tree()
        if self._walk is not None:
            self._walk.remove(str(centre_id))
        rows = np.flatnonzero((self.top_s == s).any(axis=1))
        self.top_d[rows], self.top_s[rows] = self._topk_rows(rows)
        self._refresh_within(p)

    def move_centre(self, centre_id: str, x: float, y: float) -> None:
        """Remove then add, with one k-d tree rebuild."""
        s = self._slot[str(centre_id)]
        if not self._active[s]:
            raise ValueError(f"centre {centre_id!r} is not active")
        old, new = self._cxy[s].copy(), np.array([x, y], dtype=float)
        self._cxy[s] = new
        self._rebuild_tree()
        if self._walk is not None:
            self._walk.move(str(centre_id), new)
        rows = np.flatnonzero((self.top_s == s).any(axis=1))  # lost it (maybe)
        self.top_d[rows], self.top_s[rows] = self._topk_rows(rows)
        fresh = np.isin(self._ok_rows, rows, invert=True)
        if np.isfinite(new).all():  # gain it: merge where it was not already recomputed
            keep = self._ok_rows
            self._ok_rows = keep[fresh]
            try:
                self._merge(s, new)
            finally:
                self._ok_rows = keep
            self._refresh_within(new)
        self._refresh_within(old)

    def set_capacity(self, centre_id: str, capacity: float) -> None:
        s = self._slot[str(centre_id)]
        self._cap[s] = capacity
        if self._active[s]:
            self._refresh_within(self._cxy[s])

    def update(self, centres: gpd.GeoDataFrame) -> int:
        """Bring the engine to ``centres`` by incremental steps; returns the number of steps."""
        ids, xy, cap = _centre_arrays(centres)
        self._new_slots(ids)
        slots = np.fromiter((self._slot[c] for c in ids), np.int64, count=len(ids))
        wanted = np.zeros(len(self._ids), bool)
        wanted[slots] = True
        steps = 0
        for s in np.flatnonzero(self._active & ~wanted):
            self.remove_centre(self._ids[s])
            steps += 1
        was = self._active[slots]
        same_xy = (self._cxy[slots] == xy).all(axis=1) | (
            np.isnan(self._cxy[slots]).all(axis=1) & np.isnan(xy).all(axis=1)
        )
        for i in np.flatnonzero(~was | ~same_xy | (self._cap[slots] != cap)):
            s, cid = slots[i], ids[i]
            if not was[i]:
                self.add_centre(cid, xy[i, 0], xy[i, 1], cap[i])
            else:
                if self._cap[s] != cap[i]:
                    self.set_capacity(cid, cap[i])
                if not same_xy[i]:
                    self.move_centre(cid, xy[i, 0], xy[i, 1])
            steps += 1
        return steps

    def sync(self, scenario: Scenario) -> int:
        """Follow ``scenario`` after a do or an undo: its centres open in its settings' year at
        its threshold. Returns the incremental steps taken, or -1 after a full recompute (the
        threshold changed). A change of network or ``use_network`` needs a new engine."""
        s = scenario.current_settings
        steps = self.update(active_centres(scenario.centres(), s.year))
        if s.effective_threshold_m != self.threshold_m:
            self.threshold_m = s.effective_threshold_m
            self.recompute()
            return -1
        return steps

    def result(self) -> Evaluation:
        ids = np.asarray([*self._ids, None], dtype=object)
        d1, d3 = self.top_d[:, 0], self.top_d[:, _K - 1]
        within = np.isfinite(d1) & (d1 <= self.threshold_m)
        walk = walk_id = snapped = None
        if self._walk is not None:
            walk, walk_id, snapped = self._walk.arrays()
            used = np.where(np.isfinite(walk), walk, d1)
            within = np.isfinite(used) & (used <= self.threshold_m)
        return Evaluation(
            dist_nearest_m=np.where(np.isfinite(d1), d1, np.nan),
            nearest_centre_id=ids[self.top_s[:, 0]],
            dist_3rd_m=np.where(np.isfinite(d3), d3, np.nan),
            centres_within=self.count.copy(),
            within_threshold=within,
            capacity_within=self.capacity.copy(),
            walk_nearest_m=walk,
            walk_nearest_centre_id=walk_id,
            snapped=snapped,
        )


class _WalkState:
    """Nearest walking distance via ``core.network.NearestState`` (slots by insertion)."""

    def __init__(self, net: WalkNetwork, xy: np.ndarray, centres, snap_max_m: float) -> None:
        from accessmap.core.network import NearestState

        ids, cxy, _ = _centre_arrays(centres)
        self.state = NearestState(net, xy, cxy, snap_max_m=snap_max_m)
        self.slot_ids: list[str | None] = list(ids)
        self.slot = {c: i for i, c in enumerate(ids)}

    def add(self, cid: str, p: np.ndarray) -> None:
        self.state, _ = self.state.add_dest(p)
        self.slot[cid] = len(self.slot_ids)
        self.slot_ids.append(cid)

    def remove(self, cid: str) -> None:
        self.state, _ = self.state.remove_dest(self.slot.pop(cid))

    def move(self, cid: str, p: np.ndarray) -> None:
        self.state, _ = self.state.move_dest(self.slot[cid], p)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        res = self.state.result()
        ok = res.origin_snapped & np.isfinite(res.dist_m)
        ids = np.asarray([*self.slot_ids, None], dtype=object)
        walk = np.where(ok, res.dist_m, np.nan)
        return walk, ids[np.where(ok, res.dest_idx, -1)], np.asarray(res.origin_snapped, bool)


def _centre_arrays(centres: gpd.GeoDataFrame) -> tuple[list[str], np.ndarray, np.ndarray]:
    if len(centres) == 0:
        return [], np.empty((0, 2)), np.empty(0)
    geom = centres.geometry
    xy = np.column_stack([geom.x.to_numpy(float), geom.y.to_numpy(float)])
    cap = np.ones(len(centres))
    if GP_FTE in centres:
        v = centres[GP_FTE].astype("float64").to_numpy()
        cap = np.where(np.isnan(v), 1.0, v)
    ids = [str(c) for c in centres[CENTRE_ID].to_numpy(object)]
    if len(set(ids)) != len(ids):
        raise ValueError("centre ids must be unique")
    return ids, xy, cap


def evaluate(
    demand_xy: np.ndarray,
    centres: gpd.GeoDataFrame,
    threshold_m: float,
    *,
    network: WalkNetwork | None = None,
    snap_max_m: float = 250.0,
) -> Evaluation:
    """A full (non-incremental) evaluation of ``centres`` for the demand points."""
    return ScenarioEngine(
        demand_xy, centres, threshold_m, network=network, snap_max_m=snap_max_m
    ).result()


def scenario_engine(
    demand_xy: np.ndarray, scenario: Scenario, network: WalkNetwork | None = None
) -> ScenarioEngine:
    """An engine on the scenario's centres active in its settings' year, at its threshold,
    over ``network`` when given and the settings use it."""
    s = scenario.current_settings
    return ScenarioEngine(
        demand_xy,
        active_centres(scenario.centres(), s.year),
        s.effective_threshold_m,
        network=network if s.use_network else None,
        snap_max_m=s.snap_max_m,
    )


def scenario_layers(layers: Layers, scenario: Scenario) -> Layers:
    """``layers`` with this scenario's centres and catchments.

    Run the pipeline with ``scenario.current_settings``. When the scenario carries no baseline
    catchments, those of ``layers`` are used (minus removed centres', plus added ones).
    """
    if scenario.baseline_catchments is None and layers.catchments is not None:
        scenario = replace(scenario, baseline_catchments=layers.catchments)
    return layers.replace(centres=scenario.centres(), catchments=scenario.catchments())
