"""Read the user's layers once, validate them and give them canonical columns.

Every reader returns ``(GeoDataFrame, messages)``: the layer in
:data:`~accessmap.core.schema.ANALYSIS_CRS` with the canonical columns of
:mod:`accessmap.core.schema` first and every other source column kept (the source columns
chosen for a canonical role are renamed to it), plus one sentence per repair or dropped row,
to show the user. Anything that cannot be repaired raises
:class:`~accessmap.core.errors.DataFormatError` (or :class:`~accessmap.core.errors.CRSError`)
saying what is wrong and what to do; ``details`` holds the library's own error text.

Formats: GeoPackage (choose ``layer``; :func:`list_layers`), Shapefile (also zipped),
GeoJSON, FlatGeobuf; centres and residents also from CSV/TXT/XLSX with x/y or lon/lat columns
(read by :func:`accessmap.core.tables.read_table`; ``layer`` names the sheet).

Choices (documented for users):

- Population: a missing value counts as 0 and is reported with its count; a negative or
  infinite value (a no-data code such as -1?) is refused, naming the rows, since every share
  would be wrong. A layer without a population column is refused.
- Geometry: Z is dropped; invalid polygons are repaired with ``shapely.make_valid`` keeping only
  their polygonal parts; empty, missing and non-polygonal rows are left out. Centres given as
  polygons or lines become their representative point. All reported with counts.
- CRS: never guessed (see :mod:`accessmap.core.crs`). ``crs`` is used only for a source that
  declares none (x/y columns of a table, a shapefile without .prj).

This module is the public face of loading; the work is shared out to
:mod:`accessmap.core.sources` (opening files, layers, point tables: :func:`read_layer` and
:func:`list_layers` live there), :mod:`accessmap.core.columns` (column-name candidates and value
parsers: :func:`parse_bool`, :func:`normalise_centre_type`) and :mod:`accessmap.core.geometry`
(polygon repair, points). Every name in ``__all__`` stays importable from here.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from accessmap.core import schema
from accessmap.core.columns import (
    CATCHMENT_CENTRE_ID_NAMES,
    CENTRE_ID_NAMES,
    CENTRE_NAME_NAMES,
    CENTRE_TYPE_NAMES,
    CENTRE_TYPE_WORDS,
    CLOSE_YEAR_NAMES,
    FTE_NAMES,
    MUNICIPALITY_NAMES,
    OPEN_YEAR_NAMES,
    POPULATION_NAMES,
    SECTOR_ID_NAMES,
    SECTOR_NAME_NAMES,
    STEP_FREE_NAMES,
    as_number,
    as_text,
    normalise_centre_type,
    parse_bool,
    parse_years,
    pick_column,
)
from accessmap.core.crs import check_crs, crs_name
from accessmap.core.errors import DataFormatError
from accessmap.core.geometry import clean_polygons
from accessmap.core.sources import (
    VECTOR_EXTENSIONS,
    check_path,
    list_layers,
    read_layer,
    read_points,
    read_vector,
    source_label,
)

# Imported here before the split; kept importable from accessmap.core.io (not in __all__).
from accessmap.core.tables import TABLE_EXTENSIONS as TABLE_EXTENSIONS
from accessmap.core.tables import list_sheets as list_sheets
from accessmap.core.tables import parse_numbers as parse_numbers
from accessmap.core.tables import read_table as read_table

__all__ = [
    "CENTRE_TYPE_WORDS",
    "VECTOR_EXTENSIONS",
    "check_crs",
    "list_layers",
    "normalise_centre_type",
    "parse_bool",
    "read_catchments",
    "read_centres",
    "read_layer",
    "read_residents",
    "read_sectors",
]


def _population(
    gdf: gpd.GeoDataFrame, col: str, source: str, ids: pd.Series | None = None
) -> tuple[pd.Series, list[str]]:
    """The population column as floats >= 0: missing counts as 0 (reported); negative or
    infinite values are refused, naming the rows (by ``ids`` when given)."""
    pop = as_number(gdf[col])
    msgs = []
    if pop.isna().any():
        msgs.append(
            f"{source}: {int(pop.isna().sum())} row(s) without population in '{col}' "
            "counted as 0 residents."
        )
    bad = ((pop < 0) | np.isinf(pop)).fillna(False).to_numpy(bool)
    if bad.any():
        names = ids if ids is not None else pd.Series(gdf.index + 1, index=gdf.index)
        rows = [f"{n} ({v:g})" for n, v in zip(names[bad][:10], pop[bad][:10], strict=True)]
        shown = ", ".join(rows) + (" ..." if bad.sum() > 10 else "")
        what = "row" if ids is None else "id"
        raise DataFormatError(
            f"{source}: {int(bad.sum())} of {len(pop)} row(s) have a negative or infinite "
            f"population in '{col}' ({what}: {shown}). A population cannot be negative: "
            "correct these values, or leave them empty (empty counts as 0 residents and is "
            "reported), or choose another population column.",
        )
    return pop.fillna(0.0), msgs


def _assemble(
    gdf: gpd.GeoDataFrame, canon: dict[str, pd.Series], used: tuple[str | None, ...]
) -> gpd.GeoDataFrame:
    """Canonical columns first, then the other source columns, then the geometry."""
    geom = gdf.geometry.name
    rest = gdf.drop(columns=[c for c in {*used, geom} if c is not None and c in gdf.columns])
    rest = rest.rename(columns={c: f"{c}_source" for c in rest.columns if c in canon})
    out = pd.concat([pd.DataFrame(canon, index=gdf.index), rest], axis=1)
    out = gpd.GeoDataFrame(out, geometry=gdf.geometry.to_numpy(), crs=gdf.crs)
    return out.reset_index(drop=True)


def _text_or_empty(gdf: gpd.GeoDataFrame, col: str | None) -> pd.Series:
    if col is None:
        return pd.Series("", index=gdf.index, dtype="str")
    return as_text(gdf[col]).fillna("")


def _unique_ids(ids: pd.Series, source: str, col: str) -> None:
    if ids.isna().any():
        raise DataFormatError(
            f"{source}: {int(ids.isna().sum())} row(s) have no id in '{col}'. "
            "Fill them in or choose another id column."
        )
    dup = ids[ids.duplicated()].unique()
    if len(dup):
        shown = ", ".join(map(str, dup[:20])) + (" ..." if len(dup) > 20 else "")
        raise DataFormatError(
            f"{source}: {len(dup)} id(s) in '{col}' appear more than once: {shown}. Ids must be "
            "unique: remove the duplicates or choose another id column.",
        )


def read_sectors(
    path: str | Path,
    *,
    layer: str | None = None,
    id_col: str | None = None,
    population_col: str | None = None,
    name_col: str | None = None,
    municipality_col: str | None = None,
    crs: object = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Statistical sectors (or any areas): ``sector_id`` (str, unique), ``name``,
    ``municipality`` (str, "" when unknown), ``population`` (float >= 0), other columns, polygons.

    Columns left None are detected by name (e.g. CS01012020/SECTOR/CD_RES_SECTOR, POP/POPULATION/
    inwoners/TOTAL, T_SEC_NL, T_MUN_NL); no id or population column is an error naming the
    names tried. ``crs`` is assumed only when the file declares none.
    """
    what = "sector layer"
    path = check_path(path, what, tables=False)
    src = source_label(path, what)
    gdf, msgs = read_vector(path, layer, what)
    idc = pick_column(gdf, id_col, SECTOR_ID_NAMES, "sector id", src, required=True)
    popc = pick_column(
        gdf, population_col, POPULATION_NAMES, "population", src, required=True, taken=(idc,)
    )
    namec = pick_column(gdf, name_col, SECTOR_NAME_NAMES, "sector name", src, taken=(idc, popc))
    munc = pick_column(
        gdf, municipality_col, MUNICIPALITY_NAMES, "municipality", src, taken=(idc, popc, namec)
    )
    declared = gdf.crs
    gdf, m = clean_polygons(gdf, src)
    msgs += m
    gdf = check_crs(gdf, src, assume_crs=crs)
    ids = as_text(gdf[idc])
    _unique_ids(ids, src, idc)
    pop, m = _population(gdf, popc, src, ids)
    msgs += m
    canon = {
        schema.SECTOR_ID: ids.astype("str"),
        schema.SECTOR_NAME: _text_or_empty(gdf, namec),
        schema.MUNICIPALITY: _text_or_empty(gdf, munc),
        schema.POPULATION: pop,
    }
    out = _assemble(gdf, canon, (idc, popc, namec, munc))
    msgs.insert(
        0,
        f"{src}: {len(out):,} areas, {pop.sum():,.0f} residents (id '{idc}', "
        f"population '{popc}'), CRS {crs_name(declared or crs)} -> "
        f"{schema.ANALYSIS_CRS}.",
    )
    return out, msgs


def read_centres(
    path: str | Path,
    *,
    layer: str | None = None,
    id_col: str | None = None,
    name_col: str | None = None,
    type_col: str | None = None,
    capacity_col: str | None = None,
    step_free_col: str | None = None,
    year_open_col: str | None = None,
    year_close_col: str | None = None,
    x_col: str | None = None,
    y_col: str | None = None,
    crs: object = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Care centres as points with :data:`schema.CENTRE_COLUMNS` first (dtypes as documented
    there), then the other source columns.

    From a vector file or a CSV/XLSX table (``layer`` = sheet) with x/y or lon/lat columns
    (detected, or ``x_col``/``y_col``); lon/lat means EPSG:4326, x/y need ``crs`` (refused
    otherwise, naming the CRS that fits). No id column -> ids C0001, C0002, ... . The GP FTE
    (``capacity_col``) is only detected under explicit names (gp_fte, fte, vte, etp): a bed
    count is not a GP capacity.
    """
    what = "centre layer"
    path = check_path(path, what, tables=True)
    src = source_label(path, what)
    gdf, msgs = read_points(path, layer, what, x_col, y_col, crs, id_col)
    taken: tuple[str | None, ...] = ()
    picked = {}
    for key, given, cands, role in (
        ("id", id_col, CENTRE_ID_NAMES, "centre id"),
        ("name", name_col, CENTRE_NAME_NAMES, "centre name"),
        ("type", type_col, CENTRE_TYPE_NAMES, "centre type"),
        ("fte", capacity_col, FTE_NAMES, "GP FTE"),
        ("step", step_free_col, STEP_FREE_NAMES, "step-free access"),
        ("open", year_open_col, OPEN_YEAR_NAMES, "opening year"),
        ("close", year_close_col, CLOSE_YEAR_NAMES, "closing year"),
    ):
        picked[key] = pick_column(gdf, given, cands, role, src, taken=taken)
        taken += (picked[key],)
    n = len(gdf)
    if picked["id"] is None:
        ids = pd.Series([f"C{i:04d}" for i in range(1, n + 1)], index=gdf.index, dtype="str")
        msgs.append(f"{src}: no id column; centres numbered C0001 to {ids.iloc[-1]}.")
    else:
        ids = as_text(gdf[picked["id"]])
        _unique_ids(ids, src, picked["id"])
    if picked["type"] is None:
        types = pd.Series("other", index=gdf.index, dtype="str")
        msgs.append(
            f"{src}: no type column; every centre typed 'other'. Choose a type column "
            "to tell health centres from GP practices."
        )
    else:
        types = normalise_centre_type(gdf[picked["type"]])
    fte = (
        pd.Series(np.nan, index=gdf.index)
        if picked["fte"] is None
        else as_number(gdf[picked["fte"]])
    )
    if (fte < 0).any():
        msgs.append(f"{src}: {int((fte < 0).sum())} negative GP FTE value(s) treated as unknown.")
        fte = fte.where(fte >= 0)
    if fte.isna().any():
        msgs.append(f"{src}: GP FTE unknown for {int(fte.isna().sum())} of {n} centre(s).")
    step = pd.Series(pd.NA, index=gdf.index, dtype="boolean")
    if picked["step"] is not None:
        step, bad = parse_bool(gdf[picked["step"]])
        if bad:
            msgs.append(
                f"{src}: {bad} step-free value(s) in '{picked['step']}' not understood "
                "(use yes/no, ja/nee, oui/non, 1/0): treated as unknown."
            )
    years = {}
    for key, label in (("open", "opening"), ("close", "closing")):
        years[key] = pd.Series(pd.NA, index=gdf.index, dtype="Int64")
        if picked[key] is not None:
            years[key], bad = parse_years(gdf[picked[key]])
            if bad:
                msgs.append(f"{src}: {bad} {label} year(s) not understood, treated as unknown.")
    wrong = (years["close"] <= years["open"]).fillna(False)
    if wrong.any():
        msgs.append(f"{src}: {int(wrong.sum())} centre(s) close in or before the year they open.")
    canon = {
        schema.CENTRE_ID: ids.astype("str"),
        schema.CENTRE_NAME: _text_or_empty(gdf, picked["name"]),
        schema.CENTRE_TYPE: types,
        schema.GP_FTE: fte.astype("float64"),
        schema.STEP_FREE: step,
        schema.YEAR_OPEN: years["open"],
        schema.YEAR_CLOSE: years["close"],
    }
    out = _assemble(gdf, canon, tuple(picked.values()))
    counts = out[schema.CENTRE_TYPE].value_counts()
    msgs.insert(
        0,
        f"{src}: {len(out)} centres ("
        + ", ".join(f"{counts.get(t, 0)} {t}" for t in schema.CENTRE_TYPES)
        + ").",
    )
    return out, msgs


def read_catchments(
    path: str | Path,
    *,
    layer: str | None = None,
    centre_id_col: str | None = None,
    crs: object = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Catchment polygons with ``centre_id`` (str; <NA> when the file has no such column)."""
    what = "catchment layer"
    path = check_path(path, what, tables=False)
    src = source_label(path, what)
    gdf, msgs = read_vector(path, layer, what)
    col = pick_column(gdf, centre_id_col, CATCHMENT_CENTRE_ID_NAMES, "centre id", src)
    gdf, m = clean_polygons(gdf, src)
    msgs += m
    gdf = check_crs(gdf, src, assume_crs=crs)
    if col is None:
        cid = pd.Series(pd.NA, index=gdf.index, dtype="str")
        msgs.append(f"{src}: no centre id column; catchments are not tied to centres.")
    else:
        cid = as_text(gdf[col])
    out = _assemble(gdf, {schema.CENTRE_ID: cid}, (col,))
    msgs.insert(0, f"{src}: {len(out)} catchment polygon(s).")
    return out, msgs


def read_residents(
    path: str | Path,
    *,
    layer: str | None = None,
    population_col: str | None = None,
    x_col: str | None = None,
    y_col: str | None = None,
    crs: object = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Address/building points with ``population`` (float >= 0), for weighted demand points.

    From a vector file or a CSV/XLSX table with coordinates, like :func:`read_centres`.
    """
    what = "resident layer"
    path = check_path(path, what, tables=True)
    src = source_label(path, what)
    gdf, msgs = read_points(path, layer, what, x_col, y_col, crs)
    col = pick_column(gdf, population_col, POPULATION_NAMES, "population", src, required=True)
    pop, m = _population(gdf, col, src)
    out = _assemble(gdf, {schema.POPULATION: pop}, (col,))
    msgs.insert(0, f"{src}: {len(out):,} points, {pop.sum():,.0f} residents.")
    return out, msgs + m
