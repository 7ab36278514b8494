"""What all pages of one print export share, computed once: the classification of the mapped
indicator (through :func:`accessmap.render.styling.classify`), per-sector colours, legend
entries, municipal borders, the study-area outline, and the atlas page groups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from accessmap.core import tables
from accessmap.core.crs import check_crs
from accessmap.core.errors import ExportError
from accessmap.core.geometry import clean_polygons
from accessmap.core.model import AnalysisResult
from accessmap.core.sources import check_path, read_vector, source_label
from accessmap.render import i18n, styling
from accessmap.render.layout_map import PreparedMap, grid_convergence_deg

__all__ = [
    "atlas_groups",
    "class_labels",
    "classify_column",
    "indicator_info",
    "legend_entries",
    "prepare_map",
    "read_zones",
    "unit_mask",
    "zone_groups",
]


def _decimals(fmt: str, values: np.ndarray) -> int:
    match = re.search(r"\.(\d+)f", fmt or "")
    if match:
        return int(match.group(1))
    finite = values[np.isfinite(values)]
    span = float(np.ptp(finite)) if finite.size else 0.0
    return 0 if span >= 50 else (1 if span >= 5 else 2)


def class_labels(
    cls, values: np.ndarray, fmt: str, unit: str, lang: str, *, counts: bool = True
) -> list[str]:
    """Legend labels from the class bounds in the locale of ``lang``, with unit and (when
    ``counts``) the number of sectors in each class."""
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
        if counts and i < len(cls.counts):
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
    if values is None:  # categorical: the styling labels (translated)
        names = [str(name) for name in cls.labels]
    else:
        names = class_labels(cls, values, fmt, unit if len(unit) <= 3 else "", lang, counts=False)
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
    prep = PreparedMap(
        sectors=flat,
        colors=colors,
        gap=gap,
        centres=centres,
        outline=outline,
        municipal_lines=municipal,
        catchment_lines=_catchment_lines(result),
        label=label,
        legend_title=f"{label} ({title_unit})" if title_unit else label,
        centre_types=types,
        area=_area_name(sectors, lang, strings),
        threshold_text=threshold_text,
        convergence=convergence,
        class_index=idx,
        class_names=names[: len(cls.colors)],
        class_colors=list(cls.colors)[: len(names)],
        no_data_name=i18n.text("no_data", lang, strings),
        no_data_color=cls.no_data_color,
        count_missing=spec.column != "gap_class",  # "no gap" is a category, not missing data
    )
    prep.entries, prep.no_data = legend_entries(prep, None, lang)
    return prep


def legend_entries(
    prep: PreparedMap, mask: np.ndarray | None, lang: str
) -> tuple[list[tuple[object, str]], tuple[object, str] | None]:
    """Legend rows (colour, "label  (count)") counting only the sectors in ``mask`` (all when
    None), and the no-data row (None when no sector on the page lacks a value)."""
    idx = np.asarray(prep.class_index)
    if mask is not None:
        idx = idx[np.asarray(mask, bool)]
    counts = np.bincount(idx[idx >= 0], minlength=len(prep.class_names))
    entries = [
        (colour, f"{name}  ({i18n.format_number(int(n), lang)})")
        for colour, name, n in zip(prep.class_colors, prep.class_names, counts, strict=False)
    ]
    n_missing = int((idx < 0).sum()) if prep.count_missing else 0
    no_data = None
    if n_missing:
        no_data = (
            prep.no_data_color,
            f"{prep.no_data_name}  ({i18n.format_number(n_missing, lang)})",
        )
    return entries, no_data


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


def unit_mask(result: AnalysisResult, column: str, value: object) -> np.ndarray:
    """The sectors whose ``column`` reads ``value`` (as text): one unit's page."""
    sectors = result.sectors
    if column not in sectors.columns:
        raise ExportError(
            f"The column {column!r} is not in the analysis result: choose another column.",
            details="available: " + ", ".join(map(str, sectors.columns)),
        )
    col = sectors[column]
    mask = (col.astype(str).where(col.notna(), "") == str(value)).to_numpy(bool)
    if not mask.any():
        raise ExportError(f"No sector has {column} = {value!r}: choose another value.")
    return mask


#: Columns tried, in order, for a zone's name.
_ZONE_NAME_COLUMNS = ("name", "naam", "nom", "zone_name", "short name")


def _names_sidecar(path: Path) -> Path | None:
    """``<stem>_names.xlsx`` (or .csv) beside a zone file, as the eerstelijnszones ship."""
    for ext in (".xlsx", ".csv"):
        candidate = path.with_name(f"{path.stem}_names{ext}")
        if candidate.is_file():
            return candidate
    return None


def _sidecar_names(zones: pd.DataFrame, sidecar: Path) -> pd.Series | None:
    """Zone names from a sidecar table whose code column matches a text column of ``zones``."""
    table, _ = tables.read_table(sidecar)
    lower = {str(c).strip().lower(): c for c in table.columns}
    name_col = next((lower[n] for n in _ZONE_NAME_COLUMNS if n in lower), None)
    if name_col is None:
        return None
    for zcol in zones.columns:
        if zcol == zones.geometry.name or pd.api.types.is_numeric_dtype(zones[zcol]):
            continue
        codes = zones[zcol].astype(str)
        for tcol in table.columns:
            lookup = dict(zip(table[tcol].astype(str), table[name_col].astype(str), strict=False))
            if codes.isin(lookup.keys()).mean() >= 0.8:
                return codes.map(lookup).fillna(codes)
    return None


def read_zones(path: str | Path, *, name_column: str | None = None) -> gpd.GeoDataFrame:
    """Zone polygons (e.g. the eerstelijnszones) for an atlas: ``zone_name`` + geometry in the
    analysis CRS. Names come from ``name_column``, else a ``<stem>_names.xlsx/.csv`` sidecar
    (code -> name), else a name-like column, else the first text column."""
    path = check_path(path, "zone layer", tables=False)
    src = source_label(path, "zone layer")
    gdf, _ = read_vector(path, None, "zone layer")
    gdf, _ = clean_polygons(gdf, src)
    gdf = check_crs(gdf, src)
    if len(gdf) == 0:
        raise ExportError(f"{src} holds no polygons: choose a polygon layer of zones.")
    if name_column is not None:
        if name_column not in gdf.columns:
            raise ExportError(f"{src} has no column {name_column!r}.")
        names = gdf[name_column].astype(str)
    else:
        sidecar = _names_sidecar(path)
        names = _sidecar_names(gdf, sidecar) if sidecar is not None else None
        if names is None:
            lower = {str(c).lower(): c for c in gdf.columns}
            text_cols = [
                c
                for c in gdf.columns
                if c != gdf.geometry.name and not pd.api.types.is_numeric_dtype(gdf[c])
            ]
            col = next((lower[n] for n in _ZONE_NAME_COLUMNS if n in lower), None)
            col = col or (text_cols[0] if text_cols else None)
            names = (
                gdf[col].astype(str)
                if col is not None
                else pd.Series([f"{i + 1}" for i in range(len(gdf))], index=gdf.index)
            )
    return gpd.GeoDataFrame(
        {"zone_name": names.to_numpy()}, geometry=gdf.geometry.to_numpy(), crs=gdf.crs
    )


def zone_groups(result: AnalysisResult, zones: gpd.GeoDataFrame) -> list[tuple[str, np.ndarray]]:
    """(zone name, sector mask) per zone that holds at least one sector, in name order.

    A sector belongs to the zone that contains its representative point (a point always inside
    the sector polygon), so each sector lands on exactly one page even where zone borders do
    not follow sector borders."""
    sectors = result.sectors
    if zones.crs is not None and sectors.crs is not None and zones.crs != sectors.crs:
        zones = zones.to_crs(sectors.crs)
    points = shapely.point_on_surface(shapely.force_2d(sectors.geometry.to_numpy()))
    tree = shapely.STRtree(zones.geometry.to_numpy())
    pt_idx, zone_idx = tree.query(points, predicate="within")
    owner = np.full(len(sectors), -1)
    owner[pt_idx[::-1]] = zone_idx[::-1]  # a point on a shared border goes to the first zone
    names = zones["zone_name"].astype(str).to_numpy()
    groups = [(str(names[z]), owner == z) for z in np.unique(owner[owner >= 0])]
    if not groups:
        raise ExportError(
            "No sector lies in any of the zones: the zone layer covers another area.",
            details=f"{len(zones)} zones, {len(sectors)} sectors",
        )
    return sorted(groups, key=lambda g: g[0].lower())
