"""Equity of access across the poverty gradient (INDICATORS.md, "Equity").

All measures are population-weighted over sectors with a known poverty value, ranked from the
poorest to the least poor by the fractional rank ``R`` (0 = poorest end, 1 = least poor end).

Sign of the concentration index: with ``R`` increasing from the poorest to the least poor,
``cov_w(h, R) > 0`` exactly when ``h`` is higher among the less poor, so
``E = 8 cov_w(h, R) > 0`` means access is concentrated among the less poor (the inverse care
law), as INDICATORS.md states. This is the usual convention (Erreygers 2009; O'Donnell et al.
2008), which ranks by socio-economic status from the poorest (0) to the richest (1).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = [
    "concentration_curve",
    "erreygers_index",
    "fractional_rank",
    "palma_ratio",
    "quintile_table",
]


def _f(values: np.ndarray) -> np.ndarray:
    """``values`` as float64, with ``<NA>``/None/unparsable entries as NaN (fast for ndarrays)."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "biuf":
        return values.astype(np.float64)
    s = pd.to_numeric(pd.Series(np.asarray(values, dtype=object)), errors="coerce")
    return s.to_numpy(dtype=np.float64, na_value=np.nan)


def _pop(population: np.ndarray) -> np.ndarray:
    """Population as float64; NaN and negative values weigh 0."""
    p = _f(population)
    return np.where(np.isfinite(p) & (p > 0), p, 0.0)


def fractional_rank(
    poverty: np.ndarray, population: np.ndarray, higher_is_poorer: bool
) -> np.ndarray:
    """Population-weighted fractional rank, poorest first (INDICATORS.md).

    Sectors are sorted from the poorest; ``R_i = (sum of P_k before i + P_i / 2) / sum P``,
    the sums over sectors with a known (finite) poverty value. NaN for unknown poverty (and
    everywhere when the known sectors hold no population). Missing populations weigh 0.

    Ties: sectors with equal poverty form one group and all get the group's midpoint
    ``(sum of P before the group + P_group / 2) / sum P``, so the result does not depend on
    the row order (the standard treatment of ties in a ranking variable). Without ties this is
    exactly the formula above.
    """
    v = _f(poverty)
    pop = _pop(population)
    out = np.full(len(v), np.nan)
    known = np.flatnonzero(np.isfinite(v))
    total = pop[known].sum()
    if len(known) == 0 or total <= 0:
        return out
    key = -v[known] if higher_is_poorer else v[known]
    groups, inv = np.unique(key, return_inverse=True)  # ascending key = poorest first
    gpop = np.bincount(inv, weights=pop[known], minlength=len(groups))
    before = np.cumsum(gpop) - gpop
    out[known] = ((before + gpop / 2.0) / total)[inv]
    return out


def _valid(h: np.ndarray, pop: np.ndarray, rank: np.ndarray) -> np.ndarray:
    return np.isfinite(h) & np.isfinite(rank) & (pop > 0)


def erreygers_index(h: np.ndarray, population: np.ndarray, rank: np.ndarray) -> float:
    """Erreygers' corrected concentration index ``E = 8 cov_w(h, R)`` for ``h`` in [0, 1].

    ``cov_w`` is the population-weighted covariance ``sum w_i (h_i - h̄)(R_i - R̄)`` with
    ``w_i = P_i / sum P``; ``R`` from :func:`fractional_rank` (poorest first). Sectors with NaN
    rank, NaN ``h`` or zero population are left out. E lies in [-1, 1]; E > 0: ``h`` (e.g.
    living within the threshold) is concentrated among the less poor; E < 0: among the poor.
    NaN when no sector is left.
    """
    hh = _f(h)
    pop = _pop(population)
    r = _f(rank)
    ok = _valid(hh, pop, r)
    if not ok.any():
        return float("nan")
    hv, rv, w = hh[ok], r[ok], pop[ok] / pop[ok].sum()
    if np.any((hv < 0) | (hv > 1)):
        raise ValueError("The Erreygers index needs h in [0, 1].")
    cov = np.sum(w * (hv - np.sum(w * hv)) * (rv - np.sum(w * rv)))
    return float(8.0 * cov)


def _interval_weights(pop: np.ndarray, rank: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Population of each sector that falls in the population-share band [lo, hi].

    Each tie group (equal rank) spans ``R ± P_group / (2 sum P)`` of the population ranked
    poorest first; a sector crossing a band edge counts with the part of its population inside.
    """
    w = np.zeros(len(pop))
    ok = np.flatnonzero(np.isfinite(rank))
    total = pop[ok].sum()
    if len(ok) == 0 or total <= 0:
        return w
    groups, inv = np.unique(rank[ok], return_inverse=True)
    half = np.bincount(inv, weights=pop[ok], minlength=len(groups)) / (2.0 * total)
    a, b = groups - half, groups + half
    overlap = np.clip(np.minimum(b, hi) - np.maximum(a, lo), 0.0, None)
    frac = np.divide(overlap, b - a, out=np.zeros_like(overlap), where=(b - a) > 0)
    w[ok] = pop[ok] * frac[inv]
    return w


def palma_ratio(
    h: np.ndarray, population: np.ndarray, rank: np.ndarray
) -> tuple[float, float, float]:
    """Palma-style ratio: mean ``h`` of the poorest 40 % / mean ``h`` of the least poor 10 %.

    Returns ``(ratio, mean_poorest_40, mean_least_poor_10)``, population-weighted over the
    shares of the population ranked by ``rank`` (a sector straddling 40 % or 90 % counts with
    the part of its population on each side; tie groups are spread evenly over their span).
    Sectors with NaN ``h`` or rank are left out. The ratio is NaN when the least poor 10 % have
    a mean of 0 (or no one), and a mean is NaN when its band holds no one.
    """
    hh = _f(h)
    pop = _pop(population)
    r = _f(rank)
    r = np.where(np.isfinite(hh), r, np.nan)
    hz = np.where(np.isfinite(hh), hh, 0.0)
    w_poor = _interval_weights(pop, r, 0.0, 0.4)
    w_rich = _interval_weights(pop, r, 0.9, 1.0)
    poor = float(np.sum(w_poor * hz) / w_poor.sum()) if w_poor.sum() > 0 else float("nan")
    rich = float(np.sum(w_rich * hz) / w_rich.sum()) if w_rich.sum() > 0 else float("nan")
    ratio = poor / rich if np.isfinite(rich) and rich != 0 else float("nan")
    return float(ratio), poor, rich


def quintile_table(
    poverty: np.ndarray,
    population: np.ndarray,
    dist_m: np.ndarray,
    within: np.ndarray,
    higher_is_poorer: bool,
) -> pd.DataFrame:
    """Access by poverty quintile: one row per fifth of the population, poorest first.

    Columns ``quintile`` (1 = poorest fifth), ``population``, ``n_sectors``, ``mean_dist_m``
    (population-weighted over the sectors with a finite distance: a sector with no reachable
    centre is left out of the mean but counts as beyond), ``share_within`` and
    ``share_beyond`` (population shares; ``<NA>``/missing ``within`` counts as beyond).
    A sector goes whole to the quintile containing its fractional-rank midpoint ``R_i``
    (``q = floor(5 R_i) + 1``), so quintile populations are close to, not exactly, a fifth.
    Sectors with unknown poverty are left out. Always five rows; NaN where a quintile is empty.
    """
    pop = _pop(population)
    r = fractional_rank(poverty, pop, higher_is_poorer)
    d = _f(dist_m)
    win = np.nan_to_num(_f(within), nan=0.0) > 0  # <NA> counts as beyond
    ok = np.isfinite(r)
    q = np.clip(np.floor(r[ok] * 5).astype(np.int64), 0, 4)
    p, dd, ww = pop[ok], d[ok], win[ok]
    fin = np.isfinite(dd)
    popq = np.bincount(q, weights=p, minlength=5)
    nsec = np.bincount(q, minlength=5)
    dpop = np.bincount(q[fin], weights=p[fin], minlength=5)
    dsum = np.bincount(q[fin], weights=p[fin] * dd[fin], minlength=5)
    wsum = np.bincount(q, weights=p * ww, minlength=5)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_d = np.where(dpop > 0, dsum / np.where(dpop > 0, dpop, 1), np.nan)
        share = np.where(popq > 0, wsum / np.where(popq > 0, popq, 1), np.nan)
    return pd.DataFrame(
        {
            "quintile": np.arange(1, 6, dtype=np.int64),
            "population": popq,
            "n_sectors": nsec.astype(np.int64),
            "mean_dist_m": mean_d,
            "share_within": share,
            "share_beyond": 1.0 - share,
        }
    )


def concentration_curve(h: np.ndarray, population: np.ndarray, rank: np.ndarray) -> pd.DataFrame:
    """The concentration curve of ``h``: cumulative population share (poorest first) against
    the cumulative share of ``sum P_i h_i``; starts at (0, 0), ends at (1, 1).

    One point per distinct rank (a tie group is one step), over sectors with finite ``h`` and
    rank. Above the diagonal: ``h`` concentrated among the poor. ``cum_h_share`` is NaN when
    ``sum P h = 0`` (nobody has access: no curve to draw).
    """
    hh = _f(h)
    pop = _pop(population)
    r = _f(rank)
    ok = np.flatnonzero(np.isfinite(hh) & np.isfinite(r))
    groups, inv = np.unique(r[ok], return_inverse=True)
    gp = np.bincount(inv, weights=pop[ok], minlength=len(groups))
    gh = np.bincount(inv, weights=pop[ok] * hh[ok], minlength=len(groups))
    cp = np.concatenate([[0.0], np.cumsum(gp)])
    ch = np.concatenate([[0.0], np.cumsum(gh)])
    tp, th = cp[-1], ch[-1]
    return pd.DataFrame(
        {
            "cum_population_share": cp / tp if tp > 0 else np.full(len(cp), np.nan),
            "cum_h_share": ch / th if th > 0 else np.full(len(ch), np.nan),
        }
    )
