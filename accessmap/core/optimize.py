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

Coverage is sparse: pairs within T come from :func:`accessmap.core.distance.pairs_within`
(a k-d tree), or from a cost table the caller passes (walking distances). Never a dense
demand x candidate matrix except spopt's, on the reduced problem.
"""

from __future__ import annotations

import json
import math
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import pulp
from scipy import sparse

from accessmap.core import distance
from accessmap.core.errors import ExportError, SettingsError
from accessmap.core.schema import Progress, report_progress

__all__ = [
    "SPOPT_MAX_CELLS",
    "Suggestion",
    "coverage_matrix",
    "demand_weights",
    "greedy_order",
    "suggest_from_result",
    "suggest_sites",
    "write_suggestion",
]

Method = Literal["auto", "spopt", "exact", "greedy"]
#: Largest reduced demand x candidate matrix handed to spopt (dense, built row by row in PuLP).
SPOPT_MAX_CELLS = 2_000_000
_GREEDY_RATIO = 1.0 - 1.0 / math.e


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
    covered: np.ndarray | None = None,
    time_limit_s: float | None = None,
    fixed: Literal["zero_weight", "predefined"] = "zero_weight",
    progress: Progress | None = None,
) -> Suggestion:
    """Choose up to ``k`` candidate sites maximising the weight newly within ``threshold_m``.

    ``weights``: per demand point, e.g. the poor population (optionally times a poverty
    weight); demand within T of an existing centre counts as covered already (or pass
    ``covered``, e.g. ``within_threshold`` from a walking-distance analysis). ``pairs``: an
    optional demand x candidate cost table (positional origin/dest) instead of straight lines.
    ``fixed="predefined"`` (spopt only) keeps existing centres as spopt predefined facilities
    instead of zeroing covered weight (same optimum; a cross-check). Fewer than ``k`` sites
    are returned when no further site would cover anyone.
    """
    if k < 1 or k != int(k):
        raise SettingsError(
            f"The number of sites to suggest must be a whole number >= 1 (got {k})."
        )
    if method not in ("auto", "spopt", "exact", "greedy"):
        raise SettingsError(f"Unknown method '{method}': use auto, spopt, exact or greedy.")
    demand_xy = np.asarray(demand_xy, float).reshape(-1, 2)
    w = np.nan_to_num(np.asarray(weights, float), nan=0.0).clip(min=0)
    if len(w) != len(demand_xy):
        raise ValueError("weights must have one value per demand point")
    t0 = time.perf_counter()
    report_progress(progress, 0.0, "Coverage of existing centres")
    existing_xy = np.asarray(existing_xy, float).reshape(-1, 2)
    ex_cover = coverage_matrix(demand_xy, existing_xy, threshold_m) if len(existing_xy) else None
    if covered is None:
        covered = (
            np.asarray(ex_cover.sum(axis=1)).ravel() > 0
            if ex_cover is not None
            else np.zeros(len(w), bool)
        )
    covered = np.asarray(covered, bool)
    a = np.where(covered, 0.0, w)
    report_progress(progress, 0.1, "Coverage of candidate sites")
    cover = coverage_matrix(
        demand_xy, np.asarray(candidate_xy, float).reshape(-1, 2), threshold_m, pairs
    )
    rows = np.flatnonzero((a > 0) & (np.diff(cover.indptr) > 0))
    sub = cover[rows]
    cols = np.flatnonzero(np.diff(sub.tocsc().indptr) > 0)
    sub = sub[:, cols].tocsr()
    ar = a[rows]
    before = float(w[covered].sum())
    base = dict(
        coverage_before=before,
        total_weight=float(w.sum()),
        k=int(k),
        threshold_m=float(threshold_m),
        n_demand=len(rows),
        n_candidates=len(cols),
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
        method = "spopt" if len(rows) * len(cols) <= SPOPT_MAX_CELLS else "exact"
    report_progress(progress, 0.2, "Greedy sites")
    g_cols, g_gains = greedy_order(sub, ar, k)
    if method == "greedy":
        local, status = g_cols, "greedy"
        bound = float(g_gains.sum()) / _GREEDY_RATIO
    else:
        report_progress(progress, 0.3, "Solving the covering problem (CBC)")
        if method == "spopt":
            if len(rows) * len(cols) > SPOPT_MAX_CELLS:
                raise SettingsError(
                    f"The problem is too large for spopt's dense matrix ({len(rows)} x "
                    f"{len(cols)}); use the 'exact' or 'greedy' method."
                )
            if fixed == "predefined" and ex_cover is not None:
                keep = np.flatnonzero((w > 0) & (np.diff(cover.indptr) > 0))
                exc = ex_cover[keep].tocsc()
                exc = exc[:, np.flatnonzero(np.diff(exc.indptr) > 0)]
                local, prob = _solve_spopt(
                    cover[keep][:, cols], None, k, exc, w[keep], time_limit_s
                )
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


def suggest_from_result(
    result: Any,
    k: int,
    *,
    candidates: Any = None,
    poverty_weight: bool = False,
    method: Method = "auto",
    time_limit_s: float | None = None,
    progress: Progress | None = None,
) -> tuple[Suggestion, Any]:
    """Suggest ``k`` sites for an AnalysisResult; returns (suggestion, candidate sites
    GeoDataFrame). Candidates default to every sector's demand point; demand already within
    the threshold in the result (walking distance when a network was used) counts as covered;
    candidate coverage is straight-line."""
    import geopandas as gpd

    sectors = result.sectors
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
    sugg = suggest_sites(
        demand_xy,
        demand_weights(result, poverty_weight=poverty_weight),
        cxy,
        exy,
        result.settings.effective_threshold_m,
        k,
        method=method,
        covered=sectors["within_threshold"].to_numpy(bool),
        time_limit_s=time_limit_s,
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
