"""What all pages of one print export share, computed once: the classification of the mapped
indicator (through :func:`accessmap.render.styling.classify`), per-sector colours, legend
entries, municipal borders, the study-area outline, and the atlas page groups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from accessmap.core.errors import ExportError
from accessmap.core.model import AnalysisResult
from accessmap.render import i18n, styling
from accessmap.render.layout_map import PreparedMap, grid_convergence_deg

__all__ = ["atlas_groups", "class_labels", "classify_column", "indicator_info", "prepare_map"]


def _decimals(fmt: str, values: np.ndarray) -> int:
    match = re.search(r"\.(\d+)f", fmt or "")
    if match:
        return int(match.group(1))
    finite = values[np.isfinite(values)]
    span = float(np.ptp(finite)) if finite.size else 0.0
    return 0 if span >= 50 else (1 if span >= 5 else 2)


def class_labels(cls, values: np.ndarray, fmt: str, unit: str, lang: str) -> list[str]:
    """Legend labels from the class bounds in the locale of ``lang``, with unit and count."""
    bins = np.asarray(cls.bins, float)
    finite = values[np.isfinite(values)]
    lo = float(finite.min()) if finite.size else 0.0
    dec = _decimals(fmt, values)
    labels = []
    for i, hi in enumerate(bins):
        a = lo if i == 0 else float(bins[i - 1])
        left, right = i18n.format_number(a, lang, dec), i18n.format_number(hi, lang, dec)
        text = right if left == right else f"{left} – {right}"
        if unit:
            text += f" {unit}"
        if i < len(cls.counts):
            text += f"  ({i18n.format_number(cls.counts[i], lang)})"
        labels.append(text)
    return labels


def indicator_info(column: str) -> tuple[str, str, bool, str]:
    """(label, unit, higher_is_better, format) from render.styling; a neutral guess otherwise."""
    info = styling.INDICATOR_INFO.get(column)
    if info is not None:
        if isinstance(info, tuple):  # the (label, unit, higher_is_better, format) form
            label, unit, hib, fmt = info
        else:
            label, unit, hib, fmt = info.label, info.unit, info.higher_is_better, info.format
        return str(label), str(unit or ""), bool(hib), str(fmt or "")
    unit = "m" if column.endswith("_m") else ("min" if column.endswith("_min") else "")
    hib = not (column.endswith("_m") or column.endswith("_min") or column == "detour_index")
    return i18n.indicator_label(column, "en", ""), unit, hib, ""


def classify_column(result: AnalysisResult, column: str, scheme: str, k: int, labels=None):
    """The styling classification of ``column`` over every sector (as on screen: the
    indicator's palette and direction; categorical columns by category)."""
    values = result.sectors[column]
    try:
        cls = styling.classify_indicator(values, column, scheme, k, labels=labels)
    except ValueError as exc:
        raise ExportError(
            f"The column {column!r} cannot be classified with {scheme!r} in {k} classes.",
            details=str(exc),
        ) from exc
    numeric = pd.to_numeric(values, errors="coerce") if not cls.categorical else values
    return np.asarray(numeric, dtype=float) if not cls.categorical else None, cls


def _area_name(sectors: pd.DataFrame, lang: str, strings) -> str:
    ids = sectors["sector_id"].astype(str)
    if len(ids) and ids.str.startswith("21").all():
        return i18n.text("area_brussels", lang, strings)
    if "municipality" in sectors:
        munis = sectors["municipality"].dropna().astype(str)
        munis = munis[munis != ""].unique()
        if len(munis) == 1:
            return str(munis[0])
        if len(munis) > 1:
            return i18n.text("area_municipalities", lang, strings, n=len(munis))
    return ""


def _catchment_lines(result: AnalysisResult):
    """The borders of the catchment areas carried by the result, or None."""
    catch = result.extras.get("catchments") if result.extras else None
    if catch is None or len(catch) == 0:
        return None
    return shapely.union_all(catch.geometry.boundary.to_numpy())


def prepare_map(result: AnalysisResult, spec) -> PreparedMap:
    """Classify ``spec.column`` and precompute geometry shared by every page."""
    lang, strings = spec.language, spec.strings
    sectors = result.sectors
    geoms = shapely.force_2d(sectors.geometry.to_numpy())
    flat = gpd.GeoDataFrame(
        {
            "municipality": sectors["municipality"].astype(str).to_numpy()
            if "municipality" in sectors
            else ""
        },
        geometry=geoms,
        crs=sectors.crs,
    )
    values, cls = classify_column(
        result, spec.column, spec.scheme, spec.k, labels=i18n.map_labels(lang, strings)
    )
    idx = np.asarray(cls.class_index)
    colors = [cls.colors[i] if i >= 0 else cls.no_data_color for i in idx]
    label_en, unit_en, _, fmt = indicator_info(spec.column)
    label = i18n.indicator_label(spec.column, lang, label_en)
    unit = i18n.unit(unit_en, lang)
    title_unit = "" if (not unit or ("10" in unit and "10" in label)) else unit
    if values is None:  # categorical: the styling labels (translated), with counts
        labels = [
            f"{name}  ({i18n.format_number(n, lang)})"
            for name, n in zip(cls.labels, cls.counts, strict=True)
        ]
    else:
        labels = class_labels(cls, values, fmt, unit if len(unit) <= 3 else "", lang)
    entries = list(zip(cls.colors, labels, strict=False))
    n_missing = int((idx < 0).sum())
    if spec.column in ("gap_class",):  # "no gap" is a category there, not missing data
        n_missing = 0
    no_data = None
    if n_missing:
        no_data = (
            cls.no_data_color,
            f"{i18n.text('no_data', lang, strings)}  ({i18n.format_number(n_missing, lang)})",
        )
    municipal = None
    if "municipality" in sectors and flat["municipality"].nunique() > 1:
        dissolved = flat.dissolve("municipality")
        municipal = shapely.union_all(dissolved.geometry.boundary.to_numpy())
        outline = shapely.union_all(dissolved.geometry.to_numpy())
    else:
        outline = shapely.union_all(geoms)
    gap = (sectors["gap_class"].astype(str) == "double_disadvantage").to_numpy(bool)
    centres = result.centres
    types: list[str] = []
    if len(centres):
        present = set(centres["type"].astype(str)) if "type" in centres else {"health_centre"}
        present = {t if t in ("health_centre", "gp_practice") else "other" for t in present}
        types = [t for t in ("health_centre", "gp_practice", "other") if t in present]
    summary = result.summary
    threshold = summary.get("threshold_m") or result.settings.effective_threshold_m
    kind = "network" if summary.get("distance_kind") == "network" else "straight"
    threshold_text = (
        f"{i18n.format_distance(float(threshold), lang)} ({i18n.text(kind, lang, strings)})"
    )
    cx, cy = shapely.centroid(outline).x, shapely.centroid(outline).y
    try:
        convergence = grid_convergence_deg(cx, cy)
    except Exception:  # pragma: no cover - pyproj without grids: the note then says 0
        convergence = 0.0
    return PreparedMap(
        sectors=flat,
        colors=colors,
        gap=gap,
        centres=centres,
        outline=outline,
        municipal_lines=municipal,
        catchment_lines=_catchment_lines(result),
        label=label,
        legend_title=f"{label} ({title_unit})" if title_unit else label,
        entries=entries,
        no_data=no_data,
        centre_types=types,
        area=_area_name(sectors, lang, strings),
        threshold_text=threshold_text,
        convergence=convergence,
    )


def atlas_groups(
    result: AnalysisResult, column: str | None, values: Sequence | None
) -> list[tuple[str, np.ndarray]]:
    """(page label, sector mask) per atlas page: one per value of ``column`` (all its values,
    sorted, or those in ``values``), or one per sector id in ``values`` when ``column`` is None.
    """
    sectors = result.sectors
    if column is None:
        column = "sector_id"
        if values is None:
            raise ExportError("An atlas needs a column or a list of sectors.")
    if column not in sectors.columns:
        raise ExportError(
            f"The atlas column {column!r} is not in the analysis result: choose another column.",
            details="available: " + ", ".join(map(str, sectors.columns)),
        )
    col = sectors[column]
    text = col.astype(str).where(col.notna(), "")
    if values is None:
        values = sorted(v for v in text.unique() if v.strip())
    names = sectors["name"].astype(str) if "name" in sectors else None
    groups: list[tuple[str, np.ndarray]] = []
    for value in values:
        mask = (text == str(value)).to_numpy(bool)
        if not mask.any():
            raise ExportError(
                f"No sector has {column} = {value!r}, so its atlas page would be empty.",
            )
        label = str(value)
        if column == "sector_id" and names is not None:
            name = names[mask].iloc[0]
            label = f"{name} ({value})" if name and name != "nan" else label
        groups.append((label, mask))
    if not groups:
        raise ExportError(f"The atlas column {column!r} has no values to make pages of.")
    return groups
