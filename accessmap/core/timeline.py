"""Coverage over time: which centres were open in a year, and coverage year by year.

A centre is open in ``year`` when ``year_open <= year < year_close`` (``year_close`` is the first
year it is no longer open). An unknown opening year counts as "always open" (open since before
any year asked about) and an unknown closing year as "still open": a centre list without dates
gives the same coverage every year, as it would in a one-year analysis. This is the rule
``core.pipeline`` applies for ``Settings.year``.

:func:`coverage_by_year` is vectorised over years: the (sector, centre) pairs within the
threshold are found once with a k-d tree, then each year only masks the pairs by the centres'
opening intervals.
"""

from __future__ import annotations

from collections.abc import Iterable

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from accessmap.core.schema import YEAR_CLOSE, YEAR_OPEN

__all__ = ["active_centres", "active_mask", "coverage_by_year", "year_range"]


def _years(centres: gpd.GeoDataFrame, column: str, fill: float) -> np.ndarray:
    if column not in centres.columns:
        return np.full(len(centres), fill)
    v = pd.to_numeric(centres[column], errors="coerce").astype("Float64")
    return v.fillna(fill).to_numpy(dtype=float)


def active_mask(centres: gpd.GeoDataFrame, year: int | None) -> np.ndarray:
    """Boolean mask of centres open in ``year`` (all when ``year`` is None)."""
    if year is None:
        return np.ones(len(centres), bool)
    opened = _years(centres, YEAR_OPEN, -np.inf)
    closed = _years(centres, YEAR_CLOSE, np.inf)
    return (opened <= year) & (year < closed)


def active_centres(centres: gpd.GeoDataFrame, year: int | None) -> gpd.GeoDataFrame:
    """Centres open in ``year``: year_open <= year < year_close; unknown open = always open."""
    if year is None:
        return centres
    return centres[active_mask(centres, year)]


def year_range(centres: gpd.GeoDataFrame, pad: int = 1) -> list[int]:
    """Years worth a time slider: from the first opening (minus ``pad``) to the last change."""
    years = np.concatenate(
        [_years(centres, YEAR_OPEN, np.nan), _years(centres, YEAR_CLOSE, np.nan)]
    )
    years = years[np.isfinite(years)]
    if len(years) == 0:
        return []
    return list(range(int(years.min()) - pad, int(years.max()) + 1))


def coverage_by_year(
    demand_xy: np.ndarray,
    population: np.ndarray,
    poor_mask: np.ndarray,
    centres: gpd.GeoDataFrame,
    threshold_m: float,
    years: Iterable[int],
) -> pd.DataFrame:
    """Coverage as it was in each year (straight-line distance).

    Returns one row per year: ``year``, ``n_centres`` (open that year), ``population_within``,
    ``share_within`` (population-weighted share of residents within ``threshold_m`` of an open
    centre), ``poor_population_within`` and ``share_poor_within`` (the same among the poor:
    ``poor_mask``, e.g. poverty_class == 3). Shares are NaN when the denominator is 0.
    """
    xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    pop = np.asarray(population, dtype=float)
    poor = np.asarray(poor_mask, dtype=bool)
    if not (len(xy) == len(pop) == len(poor)):
        raise ValueError("demand_xy, population and poor_mask must have the same length")
    years = [int(y) for y in years]
    opened = _years(centres, YEAR_OPEN, -np.inf)
    closed = _years(centres, YEAR_CLOSE, np.inf)
    cxy = (
        np.column_stack([centres.geometry.x.to_numpy(float), centres.geometry.y.to_numpy(float)])
        if len(centres)
        else np.empty((0, 2))
    )
    o_ok = np.flatnonzero(np.isfinite(xy).all(axis=1))
    c_ok = np.flatnonzero(np.isfinite(cxy).all(axis=1))
    rows = cols = np.empty(0, np.int64)
    if len(o_ok) and len(c_ok):
        t = float(threshold_m)
        sdm = cKDTree(xy[o_ok]).sparse_distance_matrix(
            cKDTree(cxy[c_ok]), t * (1 + 1e-12) + 1e-9, output_type="ndarray"
        )
        rows, cols = o_ok[sdm["i"]], c_ok[sdm["j"]]
        d = np.hypot(*(xy[rows] - cxy[cols]).T)
        rows, cols = rows[d <= t], cols[d <= t]
    total, poor_total = pop.sum(), pop[poor].sum()
    out = []
    for year in years:
        act = (opened <= year) & (year < closed)
        covered = np.zeros(len(xy), bool)
        covered[rows[act[cols]]] = True
        within = pop[covered].sum()
        poor_within = pop[covered & poor].sum()
        out.append(
            {
                "year": year,
                "n_centres": int(act.sum()),
                "population_within": float(within),
                "share_within": float(within / total) if total else np.nan,
                "poor_population_within": float(poor_within),
                "share_poor_within": float(poor_within / poor_total) if poor_total else np.nan,
            }
        )
    cols_out = [
        "year",
        "n_centres",
        "population_within",
        "share_within",
        "poor_population_within",
        "share_poor_within",
    ]
    return pd.DataFrame(out, columns=cols_out)
