"""Comparing scenarios: headline figures side by side and per-sector change for a delta map.

:func:`compare_results` reads each :class:`~accessmap.core.model.AnalysisResult` (its
``summary`` and ``sectors``) into one row of headline figures; :func:`delta_sectors` joins two
results sector by sector for a map of who gains or loses access.

E2SFCA by poverty quintile is the population-weighted mean ``e2sfca_per_10k`` of each fifth of
the population ranked poorest first, with the quintile rule of ``core.equity.quintile_table``
(a sector goes whole to the quintile holding its fractional-rank midpoint: ``floor(5 R) + 1``).
"""

from __future__ import annotations

from collections.abc import Mapping

import geopandas as gpd
import numpy as np
import pandas as pd

from accessmap.core.equity import fractional_rank
from accessmap.core.errors import SettingsError
from accessmap.core.model import AnalysisResult
from accessmap.core.pipeline import access_is_higher_better

__all__ = ["HEADLINE_COLUMNS", "compare_results", "delta_sectors", "e2sfca_by_quintile", "headline"]

HEADLINE_COLUMNS = (
    "centres",
    "share_within",
    "poor_population",
    "poor_population_within",
    "share_poor_within",
    "poor_population_beyond",
    "gap_sectors",
    "gap_population",
    "concentration_index",
    "e2sfca_q1",
    "e2sfca_q2",
    "e2sfca_q3",
    "e2sfca_q4",
    "e2sfca_q5",
)
#: Figures that also get a change against the baseline (``delta_<name>``).
_DELTA = (
    "poor_population_within",
    "share_poor_within",
    "gap_population",
    "concentration_index",
)


def _num(v: object) -> float:
    return float("nan") if v is None else float(v)  # type: ignore[arg-type]


def e2sfca_by_quintile(result: AnalysisResult) -> np.ndarray:
    """Population-weighted mean E2SFCA (per 10,000) per poverty quintile, poorest first."""
    s = result.sectors
    pop = pd.to_numeric(s["population"], errors="coerce").fillna(0).to_numpy(float)
    rank = fractional_rank(s["poverty"].to_numpy(float), pop, result.settings.higher_is_poorer)
    e2 = pd.to_numeric(s["e2sfca_per_10k"], errors="coerce").to_numpy(float)
    ok = np.isfinite(rank) & np.isfinite(e2)
    q = np.clip(np.floor(rank[ok] * 5).astype(np.int64), 0, 4)
    wsum = np.bincount(q, weights=pop[ok] * e2[ok], minlength=5)
    psum = np.bincount(q, weights=pop[ok], minlength=5)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(psum > 0, wsum / np.where(psum > 0, psum, 1), np.nan)


def headline(result: AnalysisResult) -> dict[str, float]:
    """The headline figures of one result (keys: :data:`HEADLINE_COLUMNS`)."""
    sm = result.summary
    poor = _num(sm.get("poor_population"))
    beyond = _num(sm.get("poor_population_beyond_threshold"))
    row = {
        "centres": _num(sm.get("centres", len(result.centres))),
        "share_within": _num(sm.get("share_population_within_threshold")),
        "poor_population": poor,
        "poor_population_within": poor - beyond,
        "share_poor_within": _num(sm.get("share_poor_population_within_threshold")),
        "poor_population_beyond": beyond,
        "gap_sectors": _num(sm.get("gap_sectors")),
        "gap_population": _num(sm.get("gap_population")),
        "concentration_index": _num(sm.get("concentration_index")),
    }
    for i, v in enumerate(e2sfca_by_quintile(result), start=1):
        row[f"e2sfca_q{i}"] = float(v)
    return row


def compare_results(baseline: AnalysisResult, others: Mapping[str, AnalysisResult]) -> pd.DataFrame:
    """One row per scenario ("baseline" first) of :data:`HEADLINE_COLUMNS`, plus
    ``delta_*`` columns: the change against the baseline of the key figures."""
    names = ["baseline", *others]
    if len(set(names)) != len(names):
        raise SettingsError("A scenario cannot be called 'baseline'; rename it.")
    rows = [headline(baseline), *(headline(r) for r in others.values())]
    table = pd.DataFrame(rows, index=pd.Index(names, name="scenario"), columns=HEADLINE_COLUMNS)
    for col in _DELTA:
        table[f"delta_{col}"] = table[col] - table.loc["baseline", col]
    return table


def delta_sectors(
    baseline: AnalysisResult, other: AnalysisResult, column: str = "dist_nearest_m"
) -> gpd.GeoDataFrame:
    """Per-sector change of ``column`` from ``baseline`` to ``other``, for a delta map.

    Columns: ``sector_id``, ``population``, ``poverty_class``, ``before``, ``after``,
    ``change`` (after - before), ``within_before``, ``within_after``, ``access_change``
    ("gain": newly within the threshold, "loss": no longer, "" otherwise) and ``direction``
    ("better", "worse" or "" for no change, knowing whether higher ``column`` is better);
    geometry from ``baseline``.
    """
    a, b = baseline.sectors, other.sectors
    for name, s in (("baseline", a), ("scenario", b)):
        if column not in s.columns:
            raise SettingsError(f"The {name} result has no column '{column}' to compare.")
    ida = a["sector_id"].astype(str).to_numpy(object)
    idb = b["sector_id"].astype(str).to_numpy(object)
    if len(ida) != len(idb) or set(ida) != set(idb):
        raise SettingsError(
            "The two results cover different sectors; compare scenarios of the same project.",
            f"{len(set(ida) ^ set(idb))} sector ids differ",
        )
    pos = pd.Index(idb).get_indexer(ida)
    before = pd.to_numeric(a[column], errors="coerce").to_numpy(float)
    after = pd.to_numeric(b[column], errors="coerce").to_numpy(float)[pos]
    wa = a["within_threshold"].to_numpy(bool)
    wb = b["within_threshold"].to_numpy(bool)[pos]
    change = after - before
    signed = change if access_is_higher_better(column) else -change
    direction = np.where(signed > 0, "better", np.where(signed < 0, "worse", ""))
    return gpd.GeoDataFrame(
        {
            "sector_id": ida,
            "population": a["population"].to_numpy(float),
            "poverty_class": a["poverty_class"].array,
            "before": before,
            "after": after,
            "change": change,
            "within_before": wa,
            "within_after": wb,
            "access_change": np.where(wb & ~wa, "gain", np.where(wa & ~wb, "loss", "")),
            "direction": direction,
        },
        geometry=a.geometry.to_numpy(),
        crs=a.crs,
    )
