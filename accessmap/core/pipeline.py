"""The analysis pipeline: validated layers + settings -> a frozen :class:`AnalysisResult`.

``run_analysis`` is a plain function (Orange-style): the GUI runs it on a worker thread, the
CLI and the tests call it directly. Progress is a callback; cancelling means the callback
raises :class:`~accessmap.core.errors.CancelledError`.

Steps (definitions in INDICATORS.md):

1. centres active in ``settings.year`` (all when no year is set);
2. demand points (representative points, or population-weighted resident points);
3. straight-line nearest, third-nearest and nearest step-free centre;
4. walking distances over the network when one is loaded (unsnapped points fall back to the
   straight line, flagged in ``snapped``);
5. a long cost table (origin, dest, cost) up to max(threshold, E2SFCA catchment): centres
   within the threshold, capacity within reach, E2SFCA;
6. catchment coverage; poverty, access, bivariate and gap classes (the gap is absolute: poor
   and beyond the threshold); a message when ties crowd a poverty class; equity summary.

Populations must be finite and >= 0 with a positive total (refused otherwise).
"""

from __future__ import annotations

import math
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from accessmap.core import demand, distance, equity, gaps, indicators
from accessmap.core.errors import SettingsError
from accessmap.core.model import AnalysisResult, Layers
from accessmap.core.schema import (
    ANALYSIS_CRS,
    GP_FTE,
    SECTOR_OUTPUT_COLUMNS,
    STEP_FREE,
    YEAR_CLOSE,
    YEAR_OPEN,
    Progress,
    Settings,
    report_progress,
)

__all__ = ["LOWER_IS_BETTER", "access_is_higher_better", "active_centres", "run_analysis"]

#: Output columns where a lower value means better access.
LOWER_IS_BETTER = frozenset(
    {
        "dist_nearest_m",
        "dist_3rd_m",
        "dist_nearest_step_free_m",
        "walk_nearest_m",
        "walk_nearest_min",
        "detour_index",
    }
)


def access_is_higher_better(column: str) -> bool:
    """Whether a higher value of ``column`` means better access (distances: no)."""
    return column not in LOWER_IS_BETTER


def active_centres(centres: gpd.GeoDataFrame, year: int | None) -> gpd.GeoDataFrame:
    """Centres open in ``year``: year_open <= year < year_close (unknown = always open)."""
    if year is None or len(centres) == 0:
        return centres
    opened = centres[YEAR_OPEN] if YEAR_OPEN in centres else pd.Series(pd.NA, index=centres.index)
    closed = centres[YEAR_CLOSE] if YEAR_CLOSE in centres else pd.Series(pd.NA, index=centres.index)
    ok_open = opened.isna() | (opened.astype("Float64") <= year)
    ok_close = closed.isna() | (closed.astype("Float64") > year)
    return centres[(ok_open & ok_close).fillna(True).to_numpy(bool)]


def _xy(gdf: gpd.GeoDataFrame) -> np.ndarray:
    if len(gdf) == 0:
        return np.empty((0, 2))
    return np.column_stack([gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy()])


def _ids_at(ids: np.ndarray, idx: np.ndarray) -> np.ndarray:
    out = np.full(len(idx), None, dtype=object)
    ok = idx >= 0
    out[ok] = ids[idx[ok]]
    return out


def _check_inputs(layers: Layers, settings: Settings) -> None:
    settings.validate()
    sectors = layers.sectors
    if len(sectors) == 0:
        raise SettingsError("The sector layer is empty: load a layer with at least one sector.")
    if str(sectors.crs) != ANALYSIS_CRS and sectors.crs != ANALYSIS_CRS:
        raise SettingsError(
            "The sector layer is not in the analysis CRS; load it through accessmap.core.io.",
            f"crs={sectors.crs}",
        )
    col = settings.poverty_column
    if col is not None and col not in sectors.columns:
        candidates = [
            c
            for c in sectors.columns
            if c != "geometry" and pd.api.types.is_numeric_dtype(sectors[c])
        ]
        raise SettingsError(
            f"The poverty column '{col}' is not in the sector layer. "
            f"Choose one of: {', '.join(candidates) or '(no numeric column)'}.",
        )
    if col is not None and not pd.api.types.is_numeric_dtype(sectors[col]):
        raise SettingsError(
            f"The poverty column '{col}' does not hold numbers; choose a numeric column "
            "(a score, a rate or a decile)."
        )
    if settings.access_column is not None and settings.access_column not in SECTOR_OUTPUT_COLUMNS:
        raise SettingsError(f"Unknown access measure '{settings.access_column}'.")
    _check_population(sectors)


def _check_population(sectors: gpd.GeoDataFrame) -> None:
    """Refuse negative, non-finite or all-zero populations: every share would be wrong."""
    pop = pd.to_numeric(sectors["population"], errors="coerce").to_numpy(float)
    ids = sectors["sector_id"].astype(str).to_numpy(object)
    for bad, what in (
        (np.isnan(pop), "no population"),
        (np.isinf(pop), "an infinite population"),
        (pop < 0, "a negative population"),
    ):
        if bad.any():
            shown = ", ".join(ids[bad][:10]) + (" ..." if bad.sum() > 10 else "")
            raise SettingsError(
                f"{int(bad.sum())} of {len(pop)} sector(s) have {what} ({shown}). Population "
                "shares would be wrong: correct the population column (or load the layer "
                "through accessmap.core.io, which reports empty values).",
            )
    if not pop.sum() > 0:
        raise SettingsError(
            "Every sector has 0 residents: population shares cannot be computed. Check that "
            "the population column is the right one."
        )


def _weight(settings: Settings):
    if settings.e2sfca_weight == "step":
        return indicators.step_weight(settings.e2sfca_steps)
    sigma = settings.e2sfca_sigma_m or settings.e2sfca_catchment_m / 2.0
    return indicators.gaussian_weight(sigma)


def _network_part(layers, settings, origin_xy, centre_xy, centre_ids, straight, out, progress):
    """Walking distances; returns the distance used for the threshold and the cost table."""
    from accessmap.core import network as netmod  # imported lazily: optional engine

    net = layers.network
    nn = netmod.network_nearest(net, origin_xy, centre_xy, snap_max_m=settings.snap_max_m)
    ok = nn.origin_snapped & np.isfinite(nn.dist_m)
    walk = np.where(ok, nn.dist_m, np.nan)
    out["walk_nearest_m"] = walk
    out["walk_nearest_min"] = walk / settings.speed_m_per_min
    out["walk_nearest_centre_id"] = _ids_at(centre_ids, np.where(ok, nn.dest_idx, -1))
    out["snapped"] = pd.array(nn.origin_snapped, dtype="boolean")
    # straight-line distance from x_i to the centre reached by walking
    straight_to_walk = np.full(len(origin_xy), np.nan)
    j = nn.dest_idx
    sel = ok & (j >= 0)
    straight_to_walk[sel] = np.hypot(*(origin_xy[sel] - centre_xy[j[sel]]).T)
    out["detour_index"] = indicators.detour_index(walk, straight_to_walk)
    # unsnapped origins fall back to the straight line (flagged); snapped origins with no
    # reachable centre stay at inf (beyond any threshold)
    used = np.where(nn.origin_snapped, nn.dist_m, straight)
    report_progress(progress, 0.55, "Walking cost table")
    limit = max(settings.effective_threshold_m, settings.e2sfca_catchment_m)
    pairs = netmod.network_pairs_within(
        net, origin_xy, centre_xy, limit, snap_max_m=settings.snap_max_m
    )
    unsnapped = np.flatnonzero(~nn.origin_snapped)
    if len(unsnapped):  # fall back to straight-line pairs for unsnapped origins, flagged
        sl = distance.pairs_within(origin_xy[unsnapped], centre_xy, limit)
        sl["origin"] = unsnapped[sl["origin"].to_numpy()]
        pairs = pd.concat([pairs[~pairs["origin"].isin(unsnapped)], sl], ignore_index=True)
    messages = []
    n_unsnapped = int((~nn.origin_snapped).sum())
    if n_unsnapped:
        messages.append(
            f"{n_unsnapped} sector demand point(s) lie more than {settings.snap_max_m:g} m "
            "from the street network: straight-line distance was used for them (snapped = False)."
        )
    n_cu = int((~nn.dest_snapped).sum())
    if n_cu:
        messages.append(
            f"{n_cu} centre(s) lie more than {settings.snap_max_m:g} m from the street network "
            "and cannot be reached on foot in this analysis."
        )
    return used, pairs, messages, n_unsnapped, n_cu


def run_analysis(
    layers: Layers, settings: Settings, progress: Progress | None = None
) -> AnalysisResult:
    """Compute every indicator for every sector; see the module docstring for the steps."""
    _check_inputs(layers, settings)
    report_progress(progress, 0.0, "Preparing")
    messages: list[str] = list(layers.messages)
    sectors = layers.sectors
    centres = active_centres(layers.centres, settings.year)
    n = len(sectors)
    threshold = settings.effective_threshold_m
    centre_xy = _xy(centres)
    centre_ids = centres["centre_id"].astype(str).to_numpy(object)
    if len(centres) == 0:
        messages.append("No centre is open in this scenario: every sector is beyond reach.")

    report_progress(progress, 0.05, "Demand points")
    origin_xy = demand.demand_points(sectors, layers.residents)
    pop = sectors["population"].to_numpy(float)

    out: dict[str, Any] = {
        "sector_id": sectors["sector_id"].astype(str).to_numpy(object),
        "name": sectors["name"].to_numpy(object) if "name" in sectors else "",
        "municipality": (
            sectors["municipality"].to_numpy(object) if "municipality" in sectors else ""
        ),
        "population": pop,
        "demand_x": origin_xy[:, 0],
        "demand_y": origin_xy[:, 1],
    }
    if settings.poverty_column is not None:
        poverty = pd.to_numeric(sectors[settings.poverty_column], errors="coerce").to_numpy(float)
    else:
        poverty = np.full(n, np.nan)
        messages.append("No poverty column was chosen: poverty classes and gaps are empty.")
    out["poverty"] = poverty

    report_progress(progress, 0.15, "Straight-line distances")
    d, idx = distance.nearest_k(origin_xy, centre_xy, k=3)
    straight = d[:, 0]
    out["dist_nearest_m"] = np.where(np.isfinite(straight), straight, np.nan)
    out["nearest_centre_id"] = _ids_at(centre_ids, idx[:, 0])
    out["dist_3rd_m"] = np.where(np.isfinite(d[:, 2]), d[:, 2], np.nan)

    step_free = centres[STEP_FREE] if STEP_FREE in centres else pd.Series(dtype="boolean")
    known_sf = step_free.notna().to_numpy(bool) if len(step_free) else np.zeros(0, bool)
    if known_sf.any():
        sf_mask = step_free.fillna(False).to_numpy(bool)
        dsf, _ = distance.nearest_k(origin_xy, centre_xy[sf_mask], k=1)
        out["dist_nearest_step_free_m"] = np.where(np.isfinite(dsf[:, 0]), dsf[:, 0], np.nan)
        n_unknown = int((~known_sf).sum())
        if n_unknown:
            messages.append(
                f"{n_unknown} centre(s) have no step-free information and count as not step-free."
            )
    else:
        out["dist_nearest_step_free_m"] = np.full(n, np.nan)

    use_net = layers.network is not None and settings.use_network and len(centres) > 0
    n_unsnapped = n_centres_unsnapped = 0
    if use_net:
        report_progress(progress, 0.3, "Walking distances")
        used, pairs, net_msgs, n_unsnapped, n_centres_unsnapped = _network_part(
            layers, settings, origin_xy, centre_xy, centre_ids, straight, out, progress
        )
        messages.extend(net_msgs)
        distance_kind = "network"
    else:
        for col in ("walk_nearest_m", "walk_nearest_min", "detour_index"):
            out[col] = np.full(n, np.nan)
        out["walk_nearest_centre_id"] = np.full(n, None, dtype=object)
        out["snapped"] = pd.array([pd.NA] * n, dtype="boolean")
        used = straight
        report_progress(progress, 0.5, "Cost table")
        limit = max(threshold, settings.e2sfca_catchment_m)
        pairs = distance.pairs_within(origin_xy, centre_xy, limit)
        distance_kind = "straight_line"

    report_progress(progress, 0.7, "Threshold indicators and E2SFCA")
    used_clean = np.where(np.isfinite(used), used, np.nan)
    within = np.isfinite(used) & (used <= threshold)
    out["centres_within"] = indicators.count_within(pairs, n, threshold)
    out["within_threshold"] = within
    capacity = (
        pd.to_numeric(centres[GP_FTE], errors="coerce").to_numpy(float)
        if GP_FTE in centres
        else np.full(len(centres), np.nan)
    )
    n_assumed = int(np.isnan(capacity).sum())
    capacity = np.where(np.isnan(capacity), 1.0, capacity)
    if n_assumed:
        messages.append(
            f"{n_assumed} of {len(centres)} centre(s) have no known GP capacity and count as "
            "1 full-time GP in the E2SFCA and capacity figures."
        )
    out["capacity_within"] = indicators.capacity_within(pairs, capacity, n, threshold)
    e2_pairs = pairs[pairs["cost"] <= settings.e2sfca_catchment_m]
    a = indicators.e2sfca(e2_pairs, pop, capacity, settings.e2sfca_catchment_m, _weight(settings))
    out["e2sfca_per_10k"] = 10_000.0 * a

    if layers.catchments is not None and len(layers.catchments):
        out["in_catchment"] = pd.array(
            indicators.in_catchment(origin_xy, layers.catchments), dtype="boolean"
        )
    else:
        out["in_catchment"] = pd.array([pd.NA] * n, dtype="boolean")

    report_progress(progress, 0.8, "Poverty and gap classes")
    access_col = settings.access_column or ("walk_nearest_m" if use_net else "dist_nearest_m")
    # inf (no reachable centre) is kept: it is the worst access, not unknown
    access_values = used if access_col in ("walk_nearest_m", "dist_nearest_m") else None
    if access_values is None:
        access_values = np.asarray(pd.to_numeric(pd.Series(out[access_col]), errors="coerce"))
    pclass = gaps.poverty_class(poverty, settings.higher_is_poorer, settings.poor_cut)
    aclass = gaps.access_class(access_values, access_is_higher_better(access_col))
    out["poverty_class"] = pclass
    out["access_class"] = aclass
    out["bivariate_class"] = gaps.bivariate_class(pclass, aclass)
    out["gap_class"] = gaps.gap_class(pclass, within)
    crowded = gaps.tie_crowded_classes(poverty, settings.higher_is_poorer, settings.poor_cut)
    if crowded:
        messages.append(_tie_message(settings, crowded))

    report_progress(progress, 0.9, "Equity summary")
    table = pd.DataFrame(out, index=sectors.index)
    extra_cols = [c for c in sectors.columns if c not in table.columns and c != "geometry"]
    result_sectors = gpd.GeoDataFrame(
        pd.concat([table, sectors[extra_cols]], axis=1),
        geometry=sectors.geometry.to_numpy(),
        crs=sectors.crs,
    )
    result_sectors.index = pd.RangeIndex(n)

    summary, quintiles, curve = _summary(
        result_sectors, settings, within, used_clean, pclass, distance_kind, n_assumed
    )
    summary["centres"] = len(centres)
    summary["poor_cut"] = settings.poor_cut
    summary["poverty_class_tie_warning"] = bool(crowded)
    summary["poverty_class_crowded"] = {str(c): round(v, 4) for c, v in crowded.items()}
    summary["access_column"] = access_col
    if use_net:
        summary["unsnapped_sectors"] = n_unsnapped
        summary["unsnapped_centres"] = n_centres_unsnapped
        summary["network"] = dict(getattr(layers.network, "summary", {}) or {})
    report_progress(progress, 1.0, "Done")
    return AnalysisResult(
        sectors=result_sectors,
        centres=centres,
        summary=summary,
        quintiles=quintiles,
        curve=curve,
        settings=settings,
        messages=tuple(messages),
        sources=layers.sources,
        # for display: the catchment polygons, when loaded (in ANALYSIS_CRS)
        extras={"catchments": layers.catchments} if layers.catchments is not None else {},
    )


_CLASS_WORDS = {
    3: ("the poorest third", "the poor (beyond the cut)"),
    2: ("the middle third", "the poorer half of the others"),
    1: ("the least poor third", "the less poor half of the others"),
}


def _tie_message(settings: Settings, crowded: dict[int, float]) -> str:
    """Why the poverty classes are lopsided (ties, e.g. a decile or a 0/1 column), and what
    to do about it."""
    cut = settings.poor_cut is not None
    parts = [
        f"{share:.0%} of the sectors in {_CLASS_WORDS[c][int(cut)]}"
        for c, share in sorted(crowded.items(), reverse=True)
    ]
    advice = (
        "choose a score column (e.g. the BIMD income score)"
        if cut
        else "choose a score column (e.g. the BIMD income score) or give an absolute poverty "
        "cut (e.g. decile <= 2 counts as poor)"
    )
    return (
        f"Tied values in the poverty column '{settings.poverty_column}' put "
        + " and ".join(parts)
        + f" (more than {gaps.TIE_SHARE_LIMIT:.0%}): it looks like a decile or yes/no column, "
        f"so the poverty classes and the coverage gap are coarse. For finer classes, {advice}."
    )


def _f(x: float) -> float | None:
    """A JSON-safe float (None for NaN/inf)."""
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def _summary(sectors, settings, within, used, pclass, distance_kind, n_assumed):
    pop = sectors["population"].to_numpy(float)
    poverty = sectors["poverty"].to_numpy(float)
    total = pop.sum()
    poor = (pclass == 3).fillna(False).to_numpy(bool)
    poor_pop = pop[poor].sum()
    gap = sectors["gap_class"].to_numpy(object) == "double_disadvantage"
    h = within.astype(float)
    known = ~np.isnan(poverty)
    rank = equity.fractional_rank(poverty, pop, settings.higher_is_poorer)
    if known.any() and pop[known].sum() > 0:
        ci = equity.erreygers_index(h, pop, rank)
        ratio, m40, m10 = equity.palma_ratio(h, pop, rank)
        quintiles = equity.quintile_table(poverty, pop, used, within, settings.higher_is_poorer)
        curve = equity.concentration_curve(h, pop, rank)
    else:
        ci = ratio = m40 = m10 = float("nan")
        quintiles = pd.DataFrame(
            columns=[
                "quintile",
                "population",
                "n_sectors",
                "mean_dist_m",
                "share_within",
                "share_beyond",
            ]
        )
        curve = pd.DataFrame(columns=["cum_population_share", "cum_h_share"])
    e2 = sectors["e2sfca_per_10k"].to_numpy(float)
    summary: dict[str, Any] = {
        "n_sectors": len(sectors),
        "population": _f(total),
        "threshold_m": _f(settings.effective_threshold_m),
        "threshold_min": settings.threshold_min,
        "distance_kind": distance_kind,
        "share_population_within_threshold": _f(pop[within].sum() / total) if total else None,
        "population_beyond_threshold": _f(pop[~within].sum()),
        "poor_population": _f(poor_pop),
        "share_poor_population_within_threshold": (
            _f(pop[poor & within].sum() / poor_pop) if poor_pop else None
        ),
        "poor_population_beyond_threshold": _f(pop[poor & ~within].sum()),
        "concentration_index": _f(ci),
        "palma_ratio": _f(ratio),
        "mean_access_poorest_40": _f(m40),
        "mean_access_least_poor_10": _f(m10),
        "gap_sectors": int(gap.sum()),
        "gap_population": _f(pop[gap].sum()),
        "assumed_capacity_centres": n_assumed,
        "sectors_without_poverty": int((~known).sum()),
        "population_without_poverty": _f(pop[~known].sum()),
        "mean_dist_nearest_m": _f(np.nansum(pop * np.nan_to_num(used)) / total) if total else None,
        "e2sfca_per_10k_mean": (_f(np.nansum(pop * np.nan_to_num(e2)) / total) if total else None),
        "poverty_column": settings.poverty_column,
        "poorer": settings.poorer,
        "crs": ANALYSIS_CRS,
        "settings": settings.to_dict(),
    }
    return summary, quintiles, curve
