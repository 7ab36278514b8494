"""Open a user's file as a GeoDataFrame: path and format checks, layers, point tables.

:func:`read_layer` and :func:`list_layers` are public through :mod:`accessmap.core.io`; the
rest serves its readers. Vector files (GeoPackage, Shapefile also zipped, GeoJSON, FlatGeobuf)
are read with pyogrio; tables (CSV/TXT/TSV/XLSX, through
:func:`accessmap.core.tables.read_table`) become points from their x/y or lon/lat columns.
The CRS is checked with :func:`accessmap.core.crs.check_crs` and never guessed: ``crs`` only
fills in for a source that declares none; lon/lat column names mean EPSG:4326.
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.raw
import shapely
import shapely.errors

from accessmap.core.columns import (
    CENTRE_ID_NAMES,
    LONLAT_NAMES,
    XY_NAMES,
    as_number,
    pick_column,
)
from accessmap.core.crs import check_crs
from accessmap.core.errors import DataFormatError
from accessmap.core.geometry import to_points
from accessmap.core.tables import TABLE_EXTENSIONS, list_sheets, read_table

__all__ = [
    "VECTOR_EXTENSIONS",
    "check_path",
    "list_layers",
    "read_layer",
    "read_points",
    "read_vector",
    "source_label",
]

VECTOR_EXTENSIONS = (".gpkg", ".shp", ".zip", ".geojson", ".json", ".fgb")


def source_label(path: Path, what: str) -> str:
    """How messages name a file, e.g. "The sector layer 'sectors.gpkg'"."""
    return f"The {what} '{path.name}'"


def check_path(path: str | Path, what: str, tables: bool) -> Path:
    """``path`` as a Path, after checking it exists and has a readable extension."""
    path = Path(path)
    if not path.exists():
        raise DataFormatError(f"The {what} file {path} does not exist. Check the path.")
    ext = path.suffix.lower()
    allowed = VECTOR_EXTENSIONS + (TABLE_EXTENSIONS if tables else ())
    if ext not in allowed:
        kinds = "GeoPackage, Shapefile (.shp or .zip), GeoJSON, FlatGeobuf"
        kinds += ", or a CSV/XLSX table with coordinates" if tables else ""
        raise DataFormatError(
            f"{source_label(path, what)} has an extension ('{ext or 'none'}') accessmap cannot "
            f"read as a {what}. Use a {kinds}."
            + (
                " Tables have no shapes: load the areas as a map layer."
                if ext in TABLE_EXTENSIONS
                else ""
            )
        )
    return path


def list_layers(path: str | Path) -> list[str]:
    """Layer names of a vector file (sheet names of a spreadsheet; the file name of a CSV)."""
    path = check_path(path, "data", tables=True)
    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm"):
        return list_sheets(path)
    if ext in TABLE_EXTENSIONS:
        return [path.stem]
    try:
        return [str(name) for name in pyogrio.list_layers(path)[:, 0]]
    except Exception as exc:
        raise DataFormatError(
            f"Cannot open '{path.name}'. Check that it is a complete, uncorrupted "
            "GeoPackage, Shapefile, GeoJSON or FlatGeobuf file (a shapefile needs its .shp, "
            ".shx and .dbf files side by side).",
            str(exc),
        ) from exc


def read_layer(
    path: str | Path, *, layer: str | None = None, what: str = "layer", crs: object = None
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """A vector layer as read (no cleaning), checked and reprojected to ANALYSIS_CRS."""
    gdf, messages = read_vector(check_path(path, what, tables=False), layer, what)
    return check_crs(gdf, source_label(Path(path), what), assume_crs=crs), messages


def _missing_shapefile_parts(path: Path) -> list[str]:
    """Names of the .shx/.dbf files a shapefile (or a zipped one) lacks."""
    ext = path.suffix.lower()
    if ext == ".shp":
        return [
            f"{path.stem}.{part}"
            for part in ("shx", "dbf")
            if not any(path.with_suffix(f".{e}").exists() for e in (part, part.upper()))
        ]
    if ext == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                names = {n.casefold() for n in zf.namelist()}
        except (OSError, zipfile.BadZipFile):
            return []  # the reader says what is wrong with the archive
        missing = []
        for name in sorted(n for n in names if n.endswith(".shp")):
            stem = name[:-4]
            missing += [f"{stem}.{p}" for p in ("shx", "dbf") if f"{stem}.{p}" not in names]
        return missing
    return []


def _check_shapefile_parts(path: Path, what: str) -> None:
    """Refuse a shapefile whose .dbf (attribute table) or .shx (index) is not beside it."""
    missing = _missing_shapefile_parts(path)
    if not missing:
        return
    src = source_label(path, what)
    where = "in the archive" if path.suffix.lower() == ".zip" else "beside the .shp"
    dbf = [m for m in missing if m.endswith(".dbf")]
    if dbf:
        msg = (
            f"{src} has no attribute table: its .dbf file ({', '.join(dbf)}) is missing {where}, "
            "so none of its columns can be read."
        )
    else:
        msg = f"{src} cannot be read: its index file ({', '.join(missing)}) is missing {where}."
    raise DataFormatError(
        msg + " A shapefile needs its .shp, .shx and .dbf side by side: copy the missing "
        "file(s) that came with it into the same place (or export the layer as a GeoPackage).",
        f"missing from {path}: {', '.join(missing)}",
    )


def _warning_messages(caught: list[warnings.WarningMessage], src: str, skip: str) -> list[str]:
    """The file reader's (pyogrio/GDAL) warnings as messages for the user; warnings meant for
    developers (deprecations) are passed on unchanged."""
    out = []
    for w in caught:
        if not issubclass(w.category, RuntimeWarning | UserWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
            continue
        text = str(w.message).splitlines()[0].strip() if str(w.message).strip() else ""
        msg = f"{src}: the file reader warned: {text}"
        if text and not (skip and text.startswith(skip)) and msg not in out:
            out.append(msg)
    return out


_UNCLOSED = "Non closed ring detected"


def _feature_names(attrs: pd.DataFrame, rows: np.ndarray) -> str:
    """ "feature 2 (SECTOR = 21001A01-), ..." for the first few of ``rows`` (0-based)."""
    first = next((c for c in attrs.columns), None)
    names = [
        f"feature {i + 1}" + (f" ({first} = {attrs[first].iloc[i]})" if first is not None else "")
        for i in rows[:5]
    ]
    return ", ".join(names) + (f" and {len(rows) - 5} more" if len(rows) > 5 else "")


def _read_closing_rings(
    path: Path, layer: str | None, src: str
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Read a layer whose polygon rings are not closed (GDAL accepts them, shapely does not):
    close each ring by repeating its first point, and say which features were repaired."""
    meta, _, wkb, _ = pyogrio.raw.read(path, layer=layer)
    attrs = pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
    strict = shapely.from_wkb(wkb, on_invalid="ignore")
    fixed = shapely.from_wkb(wkb, on_invalid="fix")
    given = np.array([g is not None for g in wkb], dtype=bool)
    repaired = np.flatnonzero(given & shapely.is_missing(strict) & ~shapely.is_missing(fixed))
    lost = np.flatnonzero(given & shapely.is_missing(fixed))
    msgs = []
    if len(repaired):
        msgs.append(
            f"{src}: {len(repaired)} polygon(s) with a ring that is not closed (its last point "
            f"differs from its first) repaired by closing the ring: {_feature_names(attrs, repaired)}."
        )
    if len(lost):
        msgs.append(
            f"{src}: {len(lost)} feature(s) with a ring too short to close left out: "
            f"{_feature_names(attrs, lost)}."
        )
    return gpd.GeoDataFrame(attrs, geometry=fixed, crs=meta["crs"]), msgs


def _read_file(path: Path, layer: str | None, what: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    """The layer as geopandas reads it, with unclosed rings closed and reported, and the
    reader's warnings as messages (none reaches the terminal)."""
    src = source_label(path, what)
    msgs: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            try:
                gdf = gpd.read_file(path, layer=layer, engine="pyogrio")
            except shapely.errors.GEOSException as exc:
                if "closed" not in str(exc):
                    raise
                gdf, msgs = _read_closing_rings(path, layer, src)
        except Exception as exc:
            raise DataFormatError(
                f"Cannot read the {what} '{path.name}'. Check that the file is complete (a "
                "shapefile needs its .shp, .shx and .dbf side by side) and opens in QGIS.",
                str(exc),
            ) from exc
    return gdf, msgs + _warning_messages(caught, src, _UNCLOSED if msgs else "")


def read_vector(path: Path, layer: str | None, what: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    """One layer of a vector file as read, in its own CRS (the first layer when None)."""
    _check_shapefile_parts(path, what)
    layers = list_layers(path)
    src = source_label(path, what)
    messages = []
    if layer is not None and layer not in layers:
        raise DataFormatError(
            f"{src} has no layer '{layer}'. Its layers are: {', '.join(layers)}.",
        )
    if layer is None and len(layers) > 1:
        layer = layers[0]
        messages.append(
            f"{src} has {len(layers)} layers ({', '.join(layers)}); read '{layer}'. "
            "Choose another layer if this is not the right one."
        )
    gdf, read_msgs = _read_file(path, layer, what)
    messages += read_msgs
    if len(gdf) == 0:
        raise DataFormatError(f"{src} has no features. Choose a layer with data.")
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.geometry.isna().all():
        raise DataFormatError(f"{src} has no geometry. Choose a map layer.")
    return gdf, messages


def _bad_rows(df: pd.DataFrame, bad: np.ndarray, x_col: str, y_col: str, id_col: str | None) -> str:
    """The first rows of ``bad`` by file row (the header is row 1), id and coordinates."""
    lower = {str(c).casefold(): c for c in df.columns}
    if id_col not in df.columns:
        id_col = next((lower[n.casefold()] for n in CENTRE_ID_NAMES if n.casefold() in lower), None)
    shown = []
    for i in np.flatnonzero(bad)[:10]:
        row = df.iloc[i]
        ident = f"id '{row[id_col]}', " if id_col is not None else ""
        xv, yv = ("" if pd.isna(v) else v for v in (row[x_col], row[y_col]))
        shown.append(f"row {i + 2} ({ident}{x_col} = '{xv}', {y_col} = '{yv}')")
    return "; ".join(shown) + (" ..." if bad.sum() > 10 else "")


def _read_points_table(
    path: Path,
    sheet: str | None,
    x_col: str | None,
    y_col: str | None,
    crs: object,
    source: str,
    id_col: str | None = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    df, sniff = read_table(path, sheet=sheet)
    if (x_col is None) != (y_col is None):
        raise DataFormatError(
            "Give both the x (longitude) and the y (latitude) column, or neither."
        )
    if x_col is None:
        lower = {str(c).casefold(): c for c in df.columns}
        pair = next(((lower[a], lower[b]) for a, b in XY_NAMES if a in lower and b in lower), None)
        if pair is None:
            raise DataFormatError(
                f"{source} has no coordinate columns (x/y, lon/lat, longitude/latitude). "
                f"Choose the x and y columns among: {', '.join(map(str, df.columns))}.",
            )
        x_col, y_col = pair
    for c in (x_col, y_col):
        pick_column(df, c, (), "coordinate", source)
    if crs is None and str(x_col).casefold() in LONLAT_NAMES:
        crs = "EPSG:4326"
    x, y = as_number(df[x_col]), as_number(df[y_col])
    bad = ~(np.isfinite(x.to_numpy(float)) & np.isfinite(y.to_numpy(float)))
    msgs = [
        f"{source}: read {len(df)} rows ({sniff.describe()}); coordinates from "
        f"'{x_col}'/'{y_col}'" + (f" in {crs}." if crs else ".")
    ]
    if bad.any():
        msgs.append(
            f"{source}: {int(bad.sum())} row(s) without valid coordinates (empty, not a "
            f"number or infinite) left out: {_bad_rows(df, bad, x_col, y_col, id_col)}."
        )
    df = df.loc[~bad].drop(columns=[x_col, y_col])
    if df.empty:
        raise DataFormatError(f"{source} has no row with valid coordinates in '{x_col}'/'{y_col}'.")
    gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(x[~bad], y[~bad]), crs=None)
    return check_crs(gdf, source, assume_crs=crs), msgs


def read_points(
    path: Path,
    layer: str | None,
    what: str,
    x_col: str | None,
    y_col: str | None,
    crs: object,
    id_col: str | None = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Points in ANALYSIS_CRS from a vector file or a table (``layer`` = sheet) with x/y.

    Rows without usable coordinates are left out and named (by ``id_col``, or an id column
    found by name, and their row in the file)."""
    src = source_label(path, what)
    if path.suffix.lower() in TABLE_EXTENSIONS:
        gdf, msgs = _read_points_table(path, layer, x_col, y_col, crs, src, id_col)
    else:
        gdf, msgs = read_vector(path, layer, what)
    gdf, m = to_points(gdf, src)
    return check_crs(gdf, src, assume_crs=crs), msgs + m
