"""Site suggestion: the maximal covering location problem (Church & ReVelle 1974).

Choose ``k`` new centres among candidate sites to maximise the weight (poor residents) newly
within the threshold, existing centres fixed (INDICATORS.md, "Site suggestion"):

    max sum_i a_i z_i   s.t.   z_i <= sum_{c : d_ic <= T} y_c,   sum_c y_c <= k,   y binary,

with ``a_i`` = the weight of demand point i not already within T of an existing centre.
Demand already covered weighs 0, so the problem is solved on the uncovered demand only; rows of
zero weight and candidates that cover none of the rest are dropped before solving. (``z`` may be
continuous in [0, 1]: for binary ``y`` an optimum has ``z_i = min(1, sum y)`` anyway.)

Methods:

- ``"spopt"``: PySAL spopt ``MCLP.from_cost_matrix`` solved with PuLP/CBC, on the reduced problem
  (spopt needs a dense cost matrix: refused above :data:`SPOPT_MAX_CELLS` cells);
- ``"exact"``: the same integer programme built sparsely with PuLP and solved with CBC
  (warm-started from the greedy answer), for Belgium-sized problems;
- ``"greedy"``: add the site with the largest marginal gain, k times. Coverage is a monotone
  submodular function, so greedy gets at least (1 - 1/e) ~ 63 % of the optimum (Nemhauser,
  Wolsey & Fisher 1978); ``Suggestion.upper_bound`` reports the resulting bound;
- ``"auto"``: spopt when the dense matrix is small enough, else exact.

Coverage is sparse and built on the reduced problem only: demand points of positive weight
not yet covered, and candidates within T of one of them in a straight line (a walk is never
shorter, so the others cannot cover anyone). Pairs within T come from
:func:`accessmap.core.distance.pairs_within` (a k-d tree), or, when the analysis walked, from
bounded searches from the candidates over the street network (:func:`walking_pairs`: each
candidate snapped like a centre; demand points off the network fall back to the straight line,
as in the pipeline), or from a cost table the caller passes. Never a dense demand x candidate
matrix except spopt's, on the reduced problem.

Size. Before any coverage is built, :func:`estimate_size` counts the straight-line pairs of
the reduced problem with a k-d tree (an upper bound for walking). ``"auto"`` takes the greedy
method beyond :attr:`SizeLimits.exact_max_nonzeros`, and a problem whose coverage would not fit
in :attr:`SizeLimits.max_bytes` (default: half the memory available) is refused with a message
that says what to do (fewer or coarser candidate sites, a smaller threshold, greedy).
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import pulp
from scipy import sparse
from scipy.spatial import cKDTree

from accessmap.core import distance
from accessmap.core.errors import ExportError, SettingsError
from accessmap.core.schema import Progress, report_progress

__all__ = [
    "SPOPT_MAX_CELLS",
    "SizeEstimate",
    "SizeLimits",
    "Suggestion",
    "coverage_matrix",
    "demand_weights",
    "estimate_size",
    "greedy_order",
    "suggest_from_result",
    "suggest_sites",
    "walking_pairs",
    "write_suggestion",
]

Method = Literal["auto", "spopt", "exact", "greedy"]
#: Largest reduced demand x candidate matrix handed to spopt (dense, built row by row in PuLP).
SPOPT_MAX_CELLS = 2_000_000
_GREEDY_RATIO = 1.0 - 1.0 / math.e
#: Peak bytes per coverage nonzero, measured in ``benchmarks/bench_optimize.py`` (k-d tree
#: pairs, the sparse matrices, greedy; PuLP's Python objects and CBC for the exact model).
BYTES_PER_NONZERO = {"greedy": 64, "exact": 1_000, "spopt": 1_000}
#: Fixed bytes per demand row and per candidate column (arrays; PuLP variables).
_BYTES_PER_ROW = {"greedy": 64, "exact": 1_200, "spopt": 1_200}


def _available_bytes() -> int:
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except Exception:  # pragma: no cover - psutil missing or unsupported platform
        return 4 * 2**30


@dataclass(frozen=True)
class SizeLimits:
    """How large a site suggestion may grow. ``max_bytes`` None = half the available memory."""

    max_bytes: int | None = None
    #: ``"auto"`` solves exactly (CBC) up to this many coverage pairs, greedily beyond.
    exact_max_nonzeros: int = 1_000_000
    spopt_max_cells: int = SPOPT_MAX_CELLS

    def budget(self) -> int:
        return int(self.max_bytes) if self.max_bytes is not None else _available_bytes() // 2


@dataclass(frozen=True)
class SizeEstimate:
    """Size of the reduced covering problem, known before any coverage is built."""

    n_demand: int  # demand points of positive weight not yet covered
    n_candidates: int  # candidates within T (straight line) of one of them
    nonzeros: int  # straight-line pairs within T between them (walking: an upper bound)

    def bytes_for(self, method: str) -> int:
        """Estimated peak memory of solving with ``method`` ("greedy", "exact", "spopt")."""
        m = "exact" if method == "auto" else method
        b = self.nonzeros * BYTES_PER_NONZERO[m]
        b += (self.n_demand + self.n_candidates) * _BYTES_PER_ROW[m]
        if m == "spopt":  # dense float cost matrix, and its inf/0 copy
            b += 16 * self.n_demand * self.n_candidates
        return int(b)


def estimate_size(
    demand_xy: np.ndarray, weights: np.ndarray, candidate_xy: np.ndarray, threshold_m: float
) -> tuple[SizeEstimate, np.ndarray, np.ndarray]:
    """Count the reduced problem with a k-d tree: (estimate, demand rows, candidate columns).

    Rows: demand points with ``weights > 0`` (covered demand weighs 0). Columns: candidates with
    at least one such row within ``threshold_m`` in a straight line. Nothing is materialised
    but one count per candidate.
    """
    rows = np.flatnonzero((np.asarray(weights) > 0) & np.isfinite(demand_xy).all(axis=1))
    cxy = np.asarray(candidate_xy, float).reshape(-1, 2)
    ok = np.flatnonzero(np.isfinite(cxy).all(axis=1))
    if len(rows) == 0 or len(ok) == 0:
        return SizeEstimate(len(rows), 0, 0), rows, np.empty(0, np.int64)
    tree = cKDTree(demand_xy[rows])
    r = float(threshold_m) * (1 + 1e-12) + 1e-9  # a hair wide, as distance.pairs_within
    counts = np.asarray(tree.query_ball_point(cxy[ok], r, return_length=True), np.int64)
    cols = ok[counts > 0]
    return SizeEstimate(len(rows), len(cols), int(counts.sum())), rows, cols


def _gb(b: float) -> str:
    return f"{b / 2**30:.1f} GB" if b >= 2**30 else f"{b / 2**20:.1f} MB"


def _choose_method(method: str, est: SizeEstimate, limits: SizeLimits) -> tuple[str, str]:
    """The method to run and a note saying why it differs from the one asked for (or "")."""
    budget = limits.budget()
    what = (
        f"{est.n_candidates:,} candidate sites that can reach {est.n_demand:,} uncovered demand "
        f"points ({est.nonzeros:,} site-point pairs within the threshold)"
    )
    note = ""
    large = est.nonzeros > limits.exact_max_nonzeros or est.bytes_for("exact") > budget
    if method == "auto" and large:
        method = "greedy"
        note = (
            f"The problem is large ({what}): sites were chosen greedily, which reaches at "
            "least 63 % of the best possible coverage (upper bound reported)."
        )
    # otherwise "auto" stays: spopt or exact, decided on the reduced problem once built
    need = est.bytes_for(method)
    if need > budget:
        advice = (
            "Use fewer candidate sites (a coarser candidate grid, or only sites in the areas "
            "of interest) or a smaller threshold"
        )
        if method != "greedy":
            advice += ", or the greedy method, which needs far less memory"
        raise SettingsError(
            f"This site suggestion is too large for this computer: {what} would need about "
            f"{_gb(need)} of memory with the {method} method, and {_gb(budget)} can be used. "
            f"{advice}.",
            f"estimate: {est}; method {method}; budget {budget} bytes",
        )
    return method, note


@dataclass(frozen=True)
class Suggestion:
    """Chosen sites and the coverage they bring. Weights are in the units of ``weights``
    (residents, or poverty-weighted residents)."""

    chosen: np.ndarray  # candidate indices (positional), in order of marginal gain
    gains: np.ndarray  # weight newly covered by each chosen site, given the ones before it
    coverage_before: float  # weight within T of an existing centre
    coverage_after: float  # ... after adding the chosen sites
    total_weight: float
    method: str
    status: str  # "optimal", "feasible (time limit)", "greedy", "nothing to cover"
    solve_time_s: float
    k: int
    threshold_m: float
    #: Proven upper bound on the best achievable newly covered weight (greedy: gain / (1-1/e);
    #: exact and optimal: the gain itself; None when unknown).
    upper_bound: float | None = None
    n_demand: int = 0  # rows in the reduced problem
    n_candidates: int = 0  # candidates in the reduced problem
    #: Why the method differs from the one asked for (e.g. greedy for a large problem), or "".
    note: str = ""
    #: "straight_line" or "network": the cost the coverage was scored with.
    distance_kind: str = "straight_line"

    @property
    def newly_covered(self) -> float:
        return float(self.gains.sum())

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["chosen"] = [int(c) for c in self.chosen]
        d["gains"] = [float(g) for g in self.gains]
        d["newly_covered"] = self.newly_covered
        return d


def coverage_matrix(
    demand_xy: np.ndarray,
    site_xy: np.ndarray,
    threshold_m: float,
    pairs: pd.DataFrame | None = None,
) -> sparse.csr_matrix:
    """Boolean sparse matrix (demand x sites): True where the site is within ``threshold_m``.

    ``pairs``: an optional long cost table (``origin``, ``dest``, ``cost``, positional), e.g.
    walking distances; otherwise straight-line pairs from a k-d tree.
    """
    n, m = len(demand_xy), len(site_xy)
    if pairs is None:
        pairs = distance.pairs_within(demand_xy, site_xy, threshold_m)
    else:
        pairs = pairs[pairs["cost"] <= threshold_m]
    o = pairs["origin"].to_numpy(np.int64)
    d = pairs["dest"].to_numpy(np.int64)
    return sparse.csr_matrix((np.ones(len(o), bool), (o, d)), shape=(n, m))


def _pairs_to_csr(pairs: pd.DataFrame, threshold_m: float, shape) -> sparse.csr_matrix:
    ok = pairs["cost"].to_numpy(float) <= threshold_m
    o = pairs["origin"].to_numpy(np.int64)[ok]
    d = pairs["dest"].to_numpy(np.int64)[ok]
    return sparse.csr_matrix((np.ones(len(o), bool), (o, d)), shape=shape)


def _straight_cover(demand_xy: np.ndarray, site_xy: np.ndarray, threshold_m: float):
    """Boolean CSR (demand x sites) of straight-line distance <= ``threshold_m``, built from the
    k-d tree pairs without an intermediate table (the same inclusive test as
    :func:`accessmap.core.distance.pairs_within`: a hair wider, then exact on the distances)."""
    shape = (len(demand_xy), len(site_xy))
    if 0 in shape:
        return sparse.csr_matrix(shape, dtype=bool)
    found = cKDTree(demand_xy).sparse_distance_matrix(
        cKDTree(site_xy), threshold_m * (1 + 1e-12) + 1e-9, output_type="ndarray"
    )
    found = found[found["v"] <= threshold_m]
    return sparse.csr_matrix(
        (np.ones(len(found), bool), (found["i"], found["j"])), shape=shape, dtype=bool
    )


def greedy_order(
    cover: sparse.csr_matrix, weights: np.ndarray, k: int, among: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Greedy maximal covering: up to ``k`` columns in order of marginal gain (ties: lowest
    index), stopping when no column adds weight. Returns (columns, gains)."""
    csc = cover.tocsc()
    left = np.asarray(weights, dtype=float).copy()
    gains = np.asarray(csc.T @ left).ravel()
    if among is not None:
        mask = np.full(len(gains), -np.inf)
        mask[among] = 0.0
        gains = gains + mask
    chosen, got = [], []
    for _ in range(k):
        j = int(np.argmax(gains)) if len(gains) else -1
        if j < 0 or gains[j] <= 0:
            break
        rows = csc.indices[csc.indptr[j] : csc.indptr[j + 1]]
        rows = rows[left[rows] > 0]
        chosen.append(j)
        got.append(float(left[rows].sum()))
        gains -= np.asarray(cover[rows].T @ left[rows]).ravel()
        left[rows] = 0.0
        gains[j] = -np.inf
    return np.asarray(chosen, np.int64), np.asarray(got, float)


def _solve_exact(cover: sparse.csr_matrix, a: np.ndarray, k: int, warm: np.ndarray, time_limit):
    prob = pulp.LpProblem("mclp", pulp.LpMaximize)
    m = cover.shape[1]
    y = [pulp.LpVariable(f"y{j}", cat=pulp.LpBinary) for j in range(m)]
    z = [pulp.LpVariable(f"z{i}", lowBound=0, upBound=1) for i in range(cover.shape[0])]
    prob += pulp.LpAffineExpression(zip(z, a, strict=True))
    for i in range(cover.shape[0]):
        cols = cover.indices[cover.indptr[i] : cover.indptr[i + 1]]
        prob += pulp.LpAffineExpression([(y[j], 1) for j in cols] + [(z[i], -1)]) >= 0
    prob += pulp.lpSum(y) <= k
    start = set(warm.tolist())
    for j in range(m):
        y[j].setInitialValue(1 if j in start else 0)
    solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit, warmStart=True)
    prob.solve(solver)
    chosen = np.flatnonzero([(v.value() or 0) > 0.5 for v in y])
    return chosen, prob


def _solve_spopt(cover, a, k, existing_cover, a_full, time_limit):
    from spopt.locate import MCLP

    solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit)
    if existing_cover is None:
        cost = np.where(cover.toarray(), 0.0, np.inf)
        model = MCLP.from_cost_matrix(cost, a, service_radius=0.5, p_facilities=k)
        n_fixed = 0
    else:  # spopt's own path: existing centres as predefined facilities, full weights
        both = sparse.hstack([existing_cover, cover]).tocsr()
        cost = np.where(both.toarray(), 0.0, np.inf)
        n_fixed = existing_cover.shape[1]
        fixed = np.r_[np.ones(n_fixed, int), np.zeros(cover.shape[1], int)]
        model = MCLP.from_cost_matrix(
            cost,
            a_full,
            service_radius=0.5,
            p_facilities=k + n_fixed,
            predefined_facilities_arr=fixed,
        )
    model.problem.solve(solver)
    chosen = np.flatnonzero([(v.value() or 0) > 0.5 for v in model.fac_vars])
    return chosen[chosen >= n_fixed] - n_fixed, model.problem


def _status(prob: pulp.LpProblem) -> str:
    if prob.status == pulp.LpStatusOptimal and prob.sol_status == pulp.LpSolutionOptimal:
        return "optimal"
    if prob.sol_status in (pulp.LpSolutionIntegerFeasible, pulp.LpSolutionOptimal):
        return "feasible (time limit)"
    return f"not solved ({pulp.LpStatus.get(prob.status, prob.status)})"


PairsFn = Callable[[np.ndarray, np.ndarray], pd.DataFrame]


def suggest_sites(
    demand_xy: np.ndarray,
    weights: np.ndarray,
    candidate_xy: np.ndarray,
    existing_xy: np.ndarray,
    threshold_m: float,
    k: int,
    *,
    method: Method = "auto",
    pairs: pd.DataFrame | None = None,
    pairs_fn: PairsFn | None = None,
    covered: np.ndarray | None = None,
    time_limit_s: float | None = None,
    fixed: Literal["zero_weight", "predefined"] = "zero_weight",
    limits: SizeLimits | None = None,
    distance_kind: str = "straight_line",
    progress: Progress | None = None,
) -> Suggestion:
    """Choose up to ``k`` candidate sites maximising the weight newly within ``threshold_m``.

    ``weights``: per demand point, e.g. the poor population (optionally times a poverty
    weight); demand within T of an existing centre counts as covered already (or pass
    ``covered``, e.g. ``within_threshold`` from a walking-distance analysis). Candidate
    coverage: straight lines, or ``pairs`` (a demand x candidate cost table, positional
    origin/dest, any cost), or ``pairs_fn(demand_idx, candidate_idx)`` returning the table for
    those subsets (positional into them) for a cost never below the straight line (walking),
    so that candidates out of straight-line reach are dropped before it is called.
    ``fixed="predefined"`` (spopt only) keeps existing centres as spopt predefined facilities
    instead of zeroing covered weight (same optimum; a cross-check). Fewer than ``k`` sites
    are returned when no further site would cover anyone. ``limits``: see :class:`SizeLimits`
    (raises :class:`SettingsError` for a problem too large for the machine).
    """
    if k < 1 or k != int(k):
        raise SettingsError(
            f"The number of sites to suggest must be a whole number >= 1 (got {k})."
        )
    if method not in ("auto", "spopt", "exact", "greedy"):
        raise SettingsError(f"Unknown method '{method}': use auto, spopt, exact or greedy.")
    limits = limits or SizeLimits()
    demand_xy = np.asarray(demand_xy, float).reshape(-1, 2)
    candidate_xy = np.asarray(candidate_xy, float).reshape(-1, 2)
    w = np.nan_to_num(np.asarray(weights, float), nan=0.0).clip(min=0)
    if len(w) != len(demand_xy):
        raise ValueError("weights must have one value per demand point")
    t0 = time.perf_counter()
    report_progress(progress, 0.0, "Coverage of existing centres")
    existing_xy = np.asarray(existing_xy, float).reshape(-1, 2)
    ex_cover = None
    if covered is None or fixed == "predefined":
        ex_cover = (
            coverage_matrix(demand_xy, existing_xy, threshold_m) if len(existing_xy) else None
        )
    if covered is None:
        covered = (
            np.asarray(ex_cover.sum(axis=1)).ravel() > 0
            if ex_cover is not None
            else np.zeros(len(w), bool)
        )
    covered = np.asarray(covered, bool)
    a = np.where(covered, 0.0, w)
    report_progress(progress, 0.05, "Size of the covering problem")
    if pairs is None:
        # spopt's predefined path keeps covered rows (full weights): count them too
        est_w = w if fixed == "predefined" else a
        est, rows, cols = estimate_size(demand_xy, est_w, candidate_xy, threshold_m)
    else:  # any cost: no straight-line bound; the size is the table's
        cost_ok = pairs[pairs["cost"] <= threshold_m]
        rows = np.flatnonzero(a > 0)
        cols = np.arange(len(candidate_xy))
        est = SizeEstimate(len(rows), len(cols), len(cost_ok))
    method, note = _choose_method(method, est, limits)
    report_progress(progress, 0.1, "Coverage of candidate sites")
    # coverage of the reduced problem only: local rows x local cols
    if pairs is not None:
        local_cover = coverage_matrix(demand_xy, candidate_xy, threshold_m, pairs)[rows]
    elif pairs_fn is not None:
        local_cover = _pairs_to_csr(pairs_fn(rows, cols), threshold_m, (len(rows), len(cols)))
    else:
        local_cover = _straight_cover(demand_xy[rows], candidate_xy[cols], threshold_m)
    has = np.diff(local_cover.indptr) > 0
    if fixed == "predefined":  # the rows spopt's own path needs (full weights, any cover)
        keep, keep_cover = rows[has], local_cover[has]
    live = has & (a[rows] > 0)
    sub = local_cover[live]
    rows = rows[live]
    used = np.flatnonzero(np.diff(sub.tocsc().indptr) > 0)
    sub = sub[:, used].tocsr()
    cols = cols[used]
    del local_cover
    ar = a[rows]
    before = float(w[covered].sum())
    base = dict(
        coverage_before=before,
        total_weight=float(w.sum()),
        k=int(k),
        threshold_m=float(threshold_m),
        n_demand=len(rows),
        n_candidates=len(cols),
        note=note,
        distance_kind=distance_kind,
    )
    if len(rows) == 0:
        return Suggestion(
            np.empty(0, np.int64),
            np.empty(0),
            coverage_after=before,
            method=method,
            status="nothing to cover",
            upper_bound=0.0,
            solve_time_s=time.perf_counter() - t0,
            **base,
        )
    if method == "auto":
        method = "spopt" if len(rows) * len(cols) <= limits.spopt_max_cells else "exact"
    report_progress(progress, 0.2, "Greedy sites")
    g_cols, g_gains = greedy_order(sub, ar, k)
    if method == "greedy":
        local, status = g_cols, "greedy"
        bound = float(g_gains.sum()) / _GREEDY_RATIO
    else:
        report_progress(progress, 0.3, "Solving the covering problem (CBC)")
        if method == "spopt":
            if len(rows) * len(cols) > limits.spopt_max_cells:
                raise SettingsError(
                    f"The problem is too large for spopt's dense matrix ({len(rows)} x "
                    f"{len(cols)}); use the 'exact' or 'greedy' method."
                )
            if fixed == "predefined" and ex_cover is not None:
                exc = ex_cover[keep].tocsc()
                exc = exc[:, np.flatnonzero(np.diff(exc.indptr) > 0)]
                local, prob = _solve_spopt(keep_cover[:, used], None, k, exc, w[keep], time_limit_s)
            else:
                local, prob = _solve_spopt(sub, ar, k, None, None, time_limit_s)
        else:
            local, prob = _solve_exact(sub, ar, k, g_cols, time_limit_s)
        status = _status(prob)
        if status.startswith("not solved"):  # e.g. a time limit before any solution
            local, status = g_cols, status + "; the greedy answer is returned"
        # greedy's guarantee bounds the optimum whatever the solver reached
        bound = float(g_gains.sum()) / _GREEDY_RATIO
    order, gains = greedy_order(sub, ar, len(local), among=local)
    if method != "greedy" and status == "optimal":
        bound = float(gains.sum())
    report_progress(progress, 1.0, "Done")
    return Suggestion(
        chosen=cols[order],
        gains=gains,
        coverage_after=before + float(gains.sum()),
        method=method,
        status=status,
        upper_bound=bound,
        solve_time_s=time.perf_counter() - t0,
        **base,
    )


def demand_weights(result: Any, *, poverty_weight: bool = False) -> np.ndarray:
    """Weights for :func:`suggest_sites` from an AnalysisResult: the population of the poorest
    third of sectors (poverty_class 3), times ``1 - R`` (R the fractional poverty rank, 0 =
    poorest) when ``poverty_weight`` is set, so the poorest count nearly fully."""
    sectors = result.sectors
    pop = pd.to_numeric(sectors["population"], errors="coerce").fillna(0).to_numpy(float)
    poor = (sectors["poverty_class"] == 3).fillna(False).to_numpy(bool)
    if not poor.any():
        raise SettingsError(
            "No sector is in the poorest third: choose a poverty column before suggesting sites."
        )
    w = np.where(poor, pop, 0.0)
    if poverty_weight:
        from accessmap.core.equity import fractional_rank

        rank = fractional_rank(
            sectors["poverty"].to_numpy(float), pop, result.settings.higher_is_poorer
        )
        w = w * np.nan_to_num(1.0 - rank, nan=0.0)
    return w


def walking_pairs(
    net: Any, demand_xy: np.ndarray, candidate_xy: np.ndarray, limit_m: float, snap_max_m: float
) -> pd.DataFrame:
    """Demand x candidate pairs within ``limit_m`` as the pipeline measures them with a
    network: walking metres from every snapped demand point to every snapped candidate
    (bounded searches from the candidates, each snapped like a centre), straight-line metres
    from demand points off the network (the pipeline's fallback). Positional, sorted."""
    from accessmap.core.network import network_pairs_within, snap_points

    demand_xy = np.asarray(demand_xy, float).reshape(-1, 2)
    candidate_xy = np.asarray(candidate_xy, float).reshape(-1, 2)
    o = snap_points(net, demand_xy, snap_max_m)
    d = snap_points(net, candidate_xy, snap_max_m)
    parts = []
    on, dn = np.flatnonzero(o.snapped), np.flatnonzero(d.snapped)
    if len(on) and len(dn):
        walk = network_pairs_within(
            net, demand_xy[on], candidate_xy[dn], limit_m, snap_max_m=snap_max_m
        )
        walk["origin"], walk["dest"] = on[walk["origin"].to_numpy()], dn[walk["dest"].to_numpy()]
        parts.append(walk)
    off = np.flatnonzero(~o.snapped)
    if len(off):
        sl = distance.pairs_within(demand_xy[off], candidate_xy, limit_m)
        sl["origin"] = off[sl["origin"].to_numpy()]
        parts.append(sl)
    if not parts:
        return distance.pairs_within(np.empty((0, 2)), candidate_xy, limit_m)
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["origin", "dest"], ignore_index=True)


def suggest_from_result(
    result: Any,
    k: int,
    *,
    candidates: Any = None,
    poverty_weight: bool = False,
    method: Method = "auto",
    layers: Any = None,
    time_limit_s: float | None = None,
    limits: SizeLimits | None = None,
    progress: Progress | None = None,
) -> tuple[Suggestion, Any]:
    """Suggest ``k`` sites for an AnalysisResult; returns (suggestion, candidate sites
    GeoDataFrame). Candidates default to every sector's demand point.

    Candidates are scored with the cost the analysis used: when it walked
    (``summary["distance_kind"] == "network"``), pass the analysed ``layers`` (a
    :class:`~accessmap.core.model.Layers` with its ``network``): walking metres over it, each
    candidate snapped like a centre (:func:`walking_pairs`); otherwise straight lines. Demand
    already within the threshold in the result counts as covered. So the promise holds: a
    re-analysis with the chosen sites added as centres finds exactly ``newly_covered`` more
    (tested on the Brussels sample, walking and straight line).
    """
    import geopandas as gpd

    sectors = result.sectors
    settings = result.settings
    walked = result.summary.get("distance_kind") == "network"
    net = getattr(layers, "network", None) if layers is not None else None
    if walked and net is None:
        raise SettingsError(
            "This analysis used walking distances over a street network, so the candidate "
            "sites must be scored over the same network: pass the analysed layers (with the "
            "network) to the site suggestion, or run the analysis without the network.",
            "suggest_from_result(result, k, layers=layers)",
        )
    analysed = dict(result.summary.get("network") or {})
    if walked and any(analysed.get(f) != net.summary.get(f) for f in ("nodes", "edges")):
        raise SettingsError(
            "The street network given for the site suggestion is not the one the analysis "
            "walked on: run the analysis again with this network, or pass its layers.",
            f"analysed: {analysed}; given: {net.summary}",
        )
    demand_xy = sectors[["demand_x", "demand_y"]].to_numpy(float)
    if candidates is None:
        candidates = gpd.GeoDataFrame(
            {"sector_id": sectors["sector_id"].to_numpy(object)},
            geometry=gpd.points_from_xy(demand_xy[:, 0], demand_xy[:, 1]),
            crs=sectors.crs,
        )
    cxy = np.column_stack(
        [candidates.geometry.x.to_numpy(float), candidates.geometry.y.to_numpy(float)]
    )
    centres = result.centres
    exy = (
        np.column_stack([centres.geometry.x.to_numpy(float), centres.geometry.y.to_numpy(float)])
        if len(centres)
        else np.empty((0, 2))
    )
    threshold = settings.effective_threshold_m
    pairs_fn = None
    if walked:

        def pairs_fn(rows: np.ndarray, cols: np.ndarray) -> pd.DataFrame:
            return walking_pairs(net, demand_xy[rows], cxy[cols], threshold, settings.snap_max_m)

    sugg = suggest_sites(
        demand_xy,
        demand_weights(result, poverty_weight=poverty_weight),
        cxy,
        exy,
        threshold,
        k,
        method=method,
        pairs_fn=pairs_fn,
        covered=sectors["within_threshold"].to_numpy(bool),
        time_limit_s=time_limit_s,
        limits=limits,
        distance_kind="network" if walked else "straight_line",
        progress=progress,
    )
    return sugg, candidates


def write_suggestion(
    suggestion: Suggestion, sites_gdf: Any, out_dir: str | Path
) -> tuple[Path, Path]:
    """Write ``suggested_sites.gpkg`` (the chosen sites, ranked) and ``suggestion.json``
    (coverage before, after and per site) to ``out_dir``; returns both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    chosen = sites_gdf.iloc[suggestion.chosen].copy()
    chosen.insert(0, "rank", np.arange(1, len(chosen) + 1))
    chosen.insert(1, "candidate_index", suggestion.chosen.astype(np.int64))
    chosen.insert(2, "newly_covered", suggestion.gains)
    chosen.insert(3, "coverage_after", suggestion.coverage_before + np.cumsum(suggestion.gains))
    chosen = chosen.reset_index(drop=True)
    gpkg, js = out / "suggested_sites.gpkg", out / "suggestion.json"
    try:
        if gpkg.exists():
            gpkg.unlink()
        chosen.to_file(gpkg, layer="suggested_sites", driver="GPKG")
        d = suggestion.to_dict()
        total = suggestion.total_weight
        d["share_before"] = suggestion.coverage_before / total if total else None
        d["share_after"] = suggestion.coverage_after / total if total else None
        d["sites"] = [
            {
                "rank": int(r["rank"]),
                "candidate_index": int(r["candidate_index"]),
                "id": str(r[sites_gdf.columns[0]])
                if sites_gdf.columns[0] != sites_gdf.geometry.name
                else None,
                "x": float(r.geometry.x),
                "y": float(r.geometry.y),
                "newly_covered": float(r["newly_covered"]),
                "coverage_after": float(r["coverage_after"]),
            }
            for _, r in chosen.iterrows()
        ]
        tmp = js.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(d, indent=2), encoding="utf-8")
        os.replace(tmp, js)
    except OSError as exc:
        raise ExportError(
            f"The suggestion could not be written to {out}: {exc.strerror or exc}.", repr(exc)
        ) from exc
    return gpkg, js
