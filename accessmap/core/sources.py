"""Open a user's file as a GeoDataFrame: path and format checks, layers, point tables.

:func:`read_layer` and :func:`list_layers` are public through :mod:`accessmap.core.io`; the
rest serves its readers. Vector files (GeoPackage, Shapefile also zipped, GeoJSON, FlatGeobuf)
are read with pyogrio; tables (CSV/TXT/TSV/XLSX, through
:func:`accessmap.core.tables.read_table`) become points from their x/y or lon/lat columns.
The CRS is checked with :func:`accessmap.core.crs.check_crs` and never guessed: ``crs`` only
fills in for a source that declares none; lon/lat column names mean EPSG:4326.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pyogrio

from accessmap.core.columns import LONLAT_NAMES, XY_NAMES, as_number, pick_column
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


def read_vector(path: Path, layer: str | None, what: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    """One layer of a vector file as read, in its own CRS (the first layer when None)."""
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
    try:
        gdf = gpd.read_file(path, layer=layer, engine="pyogrio")
    except Exception as exc:
        raise DataFormatError(
            f"Cannot read the {what} '{path.name}'. Check that the file is complete (a "
            "shapefile needs its .shp, .shx and .dbf side by side) and opens in QGIS.",
            str(exc),
        ) from exc
    if len(gdf) == 0:
        raise DataFormatError(f"{src} has no features. Choose a layer with data.")
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.geometry.isna().all():
        raise DataFormatError(f"{src} has no geometry. Choose a map layer.")
    return gdf, messages


def _read_points_table(
    path: Path, sheet: str | None, x_col: str | None, y_col: str | None, crs: object, source: str
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
    bad = x.isna() | y.isna()
    msgs = [
        f"{source}: read {len(df)} rows ({sniff.describe()}); coordinates from "
        f"'{x_col}'/'{y_col}'" + (f" in {crs}." if crs else ".")
    ]
    if bad.any():
        msgs.append(f"{source}: {int(bad.sum())} row(s) without valid coordinates left out.")
    df = df.loc[~bad].drop(columns=[x_col, y_col])
    if df.empty:
        raise DataFormatError(f"{source} has no row with valid coordinates in '{x_col}'/'{y_col}'.")
    gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(x[~bad], y[~bad]), crs=None)
    return check_crs(gdf, source, assume_crs=crs), msgs


def read_points(
    path: Path, layer: str | None, what: str, x_col: str | None, y_col: str | None, crs: object
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Points in ANALYSIS_CRS from a vector file or a table (``layer`` = sheet) with x/y."""
    src = source_label(path, what)
    if path.suffix.lower() in TABLE_EXTENSIONS:
        gdf, msgs = _read_points_table(path, layer, x_col, y_col, crs, src)
    else:
        gdf, msgs = read_vector(path, layer, what)
    gdf, m = to_points(gdf, src)
    return check_crs(gdf, src, assume_crs=crs), msgs + m
