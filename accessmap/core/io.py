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

- Population: a missing value counts as 0 and a negative one (a no-data code such as -1) is
  set to 0; both are reported with their count. A layer without a population column is refused.
- Geometry: Z is dropped; invalid polygons are repaired with ``shapely.make_valid`` keeping only
  their polygonal parts; empty, missing and non-polygonal rows are left out. Centres given as
  polygons or lines become their representative point. All reported with counts.
- CRS: never guessed (see :mod:`accessmap.core.crs`). ``crs`` is used only for a source that
  declares none (x/y columns of a table, a shapefile without .prj).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyproj
import shapely

from accessmap.core import schema
from accessmap.core.crs import check_crs
from accessmap.core.errors import DataFormatError
from accessmap.core.tables import TABLE_EXTENSIONS, list_sheets, parse_numbers, read_table

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

VECTOR_EXTENSIONS = (".gpkg", ".shp", ".zip", ".geojson", ".json", ".fgb")


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


# Column names tried, in order of preference, case-insensitively ("re:" = a regex).
_ID = _words(
    r"sector_id CS01012020 CD_RES_SECTOR CD_SECTOR SECTOR statsec sectorcode "
    r"code_sector wijkcode geoitem territory_code code id re:cs\d{8} re:statsec\d{4}"
)
_POP = _words(
    r"population POP inwoners bevolking habitants population_total total "
    r"ms_population pop_total pop_tot inhabitants residents bewoners "
    r"aantal_inwoners re:pop(ulation)?_?\d{4}"
)
_NAME = _words("name T_SEC_NL T_SEC_FR sector_name naam nom wijknaam T_SEC_DE label")
_MUNI = _words(
    "municipality T_MUN_NL T_MUN_FR gemeente commune gemeentenaam "
    "municipality_name T_MUN_DE MUNICIP CNIS5_2020 nis5"
)
_CID = _words("centre_id center_id id code OBJECTID osm_id identifier")
_CNAME = _words("name naam nom label name:nl name:fr denomination benaming")
_TYPE = _words("type centre_type amenity healthcare category categorie soort")
_FTE = _words("gp_fte fte vte etp gp_vte gp_etp huisartsen_vte medecins_etp")
_STEP = _words("step_free stepfree wheelchair rolstoel toegankelijk accessible pmr")
_OPEN = _words(
    "year_open opened opening_year year_opened start_year jaar_opening annee_ouverture open_year"
)
_CLOSE = _words(
    "year_close closed closing_year year_closed end_year jaar_sluiting annee_fermeture close_year"
)
_CATCH_ID = _words("centre_id center_id centre center centrum id_centre centre_code")
_XY = tuple(
    tuple(pair.split("/"))
    for pair in _words(
        "lon/lat lng/lat longitude/latitude long/lat x/y xcoord/ycoord coord_x/coord_y "
        "x_lambert/y_lambert easting/northing"
    )
)
_LONLAT_NAMES = {"lon", "lng", "long", "longitude"}
_TRUE = {"yes", "y", "ja", "j", "oui", "o", "true", "t", "1", "waar", "vrai", "wahr"}
_FALSE = {"no", "n", "nee", "neen", "non", "false", "f", "0", "onwaar", "faux", "nein"}
#: Words (after casefolding and stripping accents) that decide a centre type; else "other".
CENTRE_TYPE_WORDS = {
    "health_centre": _words(
        "maison medicale|maisons medicales|wijkgezondheidscentr|health_centre|health centre|"
        "health center|community health|centre de sante|gezondheidscentrum",
        "|",
    ),
    "gp_practice": _words(
        "gp_practice|doctor|huisarts|medecin generaliste|medecins generalistes|general practi|"
        r"groepspraktijk|cabinet medical|re:\bgps?\b",
        "|",
    ),
}


def _src(path: Path, what: str) -> str:
    return f"The {what} '{path.name}'"


def _check_path(path: str | Path, what: str, tables: bool) -> Path:
    path = Path(path)
    if not path.exists():
        raise DataFormatError(f"The {what} file {path} does not exist. Check the path.")
    ext = path.suffix.lower()
    allowed = VECTOR_EXTENSIONS + (TABLE_EXTENSIONS if tables else ())
    if ext not in allowed:
        kinds = "GeoPackage, Shapefile (.shp or .zip), GeoJSON, FlatGeobuf"
        kinds += ", or a CSV/XLSX table with coordinates" if tables else ""
        raise DataFormatError(
            f"{_src(path, what)} has an extension ('{ext or 'none'}') accessmap cannot read as "
            f"a {what}. Use a {kinds}."
            + (
                " Tables have no shapes: load the areas as a map layer."
                if ext in TABLE_EXTENSIONS
                else ""
            )
        )
    return path


def list_layers(path: str | Path) -> list[str]:
    """Layer names of a vector file (sheet names of a spreadsheet; the file name of a CSV)."""
    path = _check_path(path, "data", tables=True)
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
    gdf, messages = _read_vector(_check_path(path, what, tables=False), layer, what)
    return check_crs(gdf, _src(Path(path), what), assume_crs=crs), messages


def _read_vector(path: Path, layer: str | None, what: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    layers = list_layers(path)
    messages = []
    if layer is not None and layer not in layers:
        raise DataFormatError(
            f"{_src(path, what)} has no layer '{layer}'. Its layers are: {', '.join(layers)}.",
        )
    if layer is None and len(layers) > 1:
        layer = layers[0]
        messages.append(
            f"{_src(path, what)} has {len(layers)} layers ({', '.join(layers)}); read '{layer}'. "
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
        raise DataFormatError(f"{_src(path, what)} has no features. Choose a layer with data.")
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.geometry.isna().all():
        raise DataFormatError(f"{_src(path, what)} has no geometry. Choose a map layer.")
    return gdf, messages


def _pick(
    frame: pd.DataFrame,
    given: str | None,
    candidates: tuple[str, ...],
    role: str,
    source: str,
    *,
    required: bool = False,
    taken: tuple[str | None, ...] = (),
) -> str | None:
    cols = (
        [c for c in frame.columns if c != frame.geometry.name]
        if isinstance(frame, gpd.GeoDataFrame)
        else list(frame.columns)
    )
    if given is not None:
        if given not in cols:
            raise DataFormatError(
                f"{source} has no column '{given}' for the {role}. Its columns are: "
                f"{', '.join(map(str, cols))}."
            )
        return given
    lower = {str(c).casefold(): c for c in reversed(cols) if c not in taken}
    for cand in candidates:
        if cand.startswith("re:"):
            hit = next((c for k, c in lower.items() if re.fullmatch(cand[3:], k)), None)
        else:
            hit = lower.get(cand.casefold())
        if hit is not None:
            return hit
    if required:
        names = ", ".join(c for c in candidates if not c.startswith("re:"))
        raise DataFormatError(
            f"{source} has no {role} column: none of its columns ({', '.join(map(str, cols))}) "
            f"has a known name ({names}). Choose the {role} column.",
        )
    return None


def _as_text(s: pd.Series) -> pd.Series:
    if pd.api.types.is_float_dtype(s) and (s.dropna() % 1 == 0).all():
        s = s.astype("Int64")
    out = s.astype("str").str.strip()
    return out.mask(s.isna() | (out == ""))


def _as_number(s: pd.Series) -> pd.Series:
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        return s.astype("float64")
    for dec in (".", ","):
        num = parse_numbers(s, dec)
        if num is not None:
            return num
    return pd.to_numeric(s.astype("str").str.replace(",", "."), errors="coerce")


def _clean_polygons(gdf: gpd.GeoDataFrame, source: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    geoms = shapely.force_2d(gdf.geometry.to_numpy().astype(object))
    msgs = []
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    gtype = shapely.get_type_id(geoms)
    collection = gtype == 7
    polygonal = np.isin(gtype, (3, 6))
    invalid = polygonal & ~missing & ~shapely.is_valid(geoms)
    fix = invalid | (collection & ~missing)
    if fix.any():
        repaired = shapely.make_valid(geoms[fix])
        parts, idx = shapely.get_parts(repaired, return_index=True)
        parts, idx2 = shapely.get_parts(parts, return_index=True)
        idx = idx[idx2]
        keep = shapely.get_type_id(parts) == 3
        new = np.full(len(repaired), None, dtype=object)
        grouped = shapely.multipolygons(parts[keep], indices=idx[keep])
        new[np.unique(idx[keep])] = grouped
        geoms[fix] = new
        if invalid.any():
            msgs.append(f"{source}: {int(invalid.sum())} invalid polygon(s) repaired (make_valid).")
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    bad_type = ok & ~np.isin(shapely.get_type_id(geoms), (3, 6))
    if missing.sum():
        msgs.append(f"{source}: {int(missing.sum())} row(s) without geometry left out.")
    if bad_type.sum():
        msgs.append(f"{source}: {int(bad_type.sum())} row(s) that are not polygons left out.")
    lost = ~ok & ~missing
    if lost.sum():
        msgs.append(f"{source}: {int(lost.sum())} row(s) with no area left after repair left out.")
    keep_rows = ok & ~bad_type
    out = gdf.loc[keep_rows].copy()
    out = out.set_geometry(gpd.GeoSeries(geoms[keep_rows], index=out.index, crs=gdf.crs))
    if out.empty:
        raise DataFormatError(f"{source} has no usable polygons. Choose a polygon layer.")
    return out, msgs


def _to_points(gdf: gpd.GeoDataFrame, source: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    geoms = shapely.force_2d(gdf.geometry.to_numpy().astype(object))
    msgs = []
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    other = ~missing & (shapely.get_type_id(geoms) != 0)
    if other.any():
        geoms[other] = shapely.point_on_surface(geoms[other])
        msgs.append(
            f"{source}: {int(other.sum())} non-point feature(s) (polygons, lines) "
            "replaced by a point inside them."
        )
    if missing.any():
        msgs.append(f"{source}: {int(missing.sum())} row(s) without location left out.")
    out = gdf.loc[~missing].copy()
    out = out.set_geometry(gpd.GeoSeries(geoms[~missing], index=out.index, crs=gdf.crs))
    if out.empty:
        raise DataFormatError(f"{source} has no usable locations.")
    return out, msgs


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
        pair = next(((lower[a], lower[b]) for a, b in _XY if a in lower and b in lower), None)
        if pair is None:
            raise DataFormatError(
                f"{source} has no coordinate columns (x/y, lon/lat, longitude/latitude). "
                f"Choose the x and y columns among: {', '.join(map(str, df.columns))}.",
            )
        x_col, y_col = pair
    for c in (x_col, y_col):
        _pick(df, c, (), "coordinate", source)
    if crs is None and str(x_col).casefold() in _LONLAT_NAMES:
        crs = "EPSG:4326"
    x, y = _as_number(df[x_col]), _as_number(df[y_col])
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


def _population(gdf: gpd.GeoDataFrame, col: str, source: str) -> tuple[pd.Series, list[str]]:
    pop = _as_number(gdf[col])
    msgs = []
    if pop.isna().any():
        msgs.append(
            f"{source}: {int(pop.isna().sum())} row(s) without population in '{col}' "
            "counted as 0 residents."
        )
    neg = pop < 0
    if neg.any():
        msgs.append(
            f"{source}: {int(neg.sum())} negative population value(s) in '{col}' "
            "(no-data codes?) counted as 0 residents."
        )
    return pop.fillna(0.0).clip(lower=0.0), msgs


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
    return _as_text(gdf[col]).fillna("")


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


def _strip_accents(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in t if not unicodedata.combining(ch))


def normalise_centre_type(values: pd.Series) -> pd.Series:
    """Map free-text centre types to :data:`schema.CENTRE_TYPES` (see CENTRE_TYPE_WORDS)."""

    def one(v: object) -> str:
        if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA:
            return "other"
        t = re.sub(r"[-_]", " ", _strip_accents(str(v)))
        for kind, words in CENTRE_TYPE_WORDS.items():
            for w in words:
                hit = re.search(w[3:], t) if w.startswith("re:") else w.replace("_", " ") in t
                if hit:
                    return kind
        return "other"

    uniq = pd.unique(values.astype(object))
    return values.astype(object).map({u: one(u) for u in uniq}).astype("str")


def parse_bool(values: pd.Series) -> tuple[pd.Series, int]:
    """yes/no, ja/nee, oui/non, true/false, 1/0 -> pandas "boolean"; the rest <NA>.

    Returns the series and how many non-empty values were not understood.
    """
    if pd.api.types.is_bool_dtype(values):
        return values.astype("boolean"), 0
    text = values.astype(object).map(
        lambda v: (
            None
            if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))
            else _strip_accents(str(v).strip())
        )
    )
    text = text.map(lambda t: t[:-2] if isinstance(t, str) and re.fullmatch(r"[01]\.0", t) else t)
    out = pd.Series(pd.NA, index=values.index, dtype="boolean")
    out[text.isin(_TRUE)] = True
    out[text.isin(_FALSE)] = False
    unknown = text.notna() & (text != "") & out.isna()
    return out, int(unknown.sum())


def _years(values: pd.Series) -> tuple[pd.Series, int]:
    if pd.api.types.is_datetime64_any_dtype(values):
        years = values.dt.year.astype("float64")
    elif pd.api.types.is_numeric_dtype(values):
        years = values.astype("float64")
    else:
        years = pd.to_numeric(
            values.astype("str").str.extract(r"\b(1[89]\d\d|2[01]\d\d)\b")[0], errors="coerce"
        )
    years = years.where((years % 1 == 0) & years.between(1800, 2200))
    present = values.notna() & (values.astype("str").str.strip() != "")
    return years.astype("Int64"), int((present & years.isna()).sum())


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
    path = _check_path(path, what, tables=False)
    src = _src(path, what)
    gdf, msgs = _read_vector(path, layer, what)
    idc = _pick(gdf, id_col, _ID, "sector id", src, required=True)
    popc = _pick(gdf, population_col, _POP, "population", src, required=True, taken=(idc,))
    namec = _pick(gdf, name_col, _NAME, "sector name", src, taken=(idc, popc))
    munc = _pick(gdf, municipality_col, _MUNI, "municipality", src, taken=(idc, popc, namec))
    declared = gdf.crs
    gdf, m = _clean_polygons(gdf, src)
    msgs += m
    gdf = check_crs(gdf, src, assume_crs=crs)
    ids = _as_text(gdf[idc])
    _unique_ids(ids, src, idc)
    pop, m = _population(gdf, popc, src)
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
        f"population '{popc}'), CRS {_crs_name(declared or crs)} -> "
        f"{schema.ANALYSIS_CRS}.",
    )
    return out, msgs


def _crs_name(crs: object) -> str:
    if crs is None:
        return "none"
    try:
        return pyproj.CRS.from_user_input(crs).to_string()
    except pyproj.exceptions.CRSError:
        return str(crs)


def _read_points(
    path: Path, layer: str | None, what: str, x_col: str | None, y_col: str | None, crs: object
) -> tuple[gpd.GeoDataFrame, list[str]]:
    src = _src(path, what)
    if path.suffix.lower() in TABLE_EXTENSIONS:
        gdf, msgs = _read_points_table(path, layer, x_col, y_col, crs, src)
    else:
        gdf, msgs = _read_vector(path, layer, what)
    gdf, m = _to_points(gdf, src)
    return check_crs(gdf, src, assume_crs=crs), msgs + m


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
    path = _check_path(path, what, tables=True)
    src = _src(path, what)
    gdf, msgs = _read_points(path, layer, what, x_col, y_col, crs)
    taken: tuple[str | None, ...] = ()
    picked = {}
    for key, given, cands, role in (
        ("id", id_col, _CID, "centre id"),
        ("name", name_col, _CNAME, "centre name"),
        ("type", type_col, _TYPE, "centre type"),
        ("fte", capacity_col, _FTE, "GP FTE"),
        ("step", step_free_col, _STEP, "step-free access"),
        ("open", year_open_col, _OPEN, "opening year"),
        ("close", year_close_col, _CLOSE, "closing year"),
    ):
        picked[key] = _pick(gdf, given, cands, role, src, taken=taken)
        taken += (picked[key],)
    n = len(gdf)
    if picked["id"] is None:
        ids = pd.Series([f"C{i:04d}" for i in range(1, n + 1)], index=gdf.index, dtype="str")
        msgs.append(f"{src}: no id column; centres numbered C0001 to {ids.iloc[-1]}.")
    else:
        ids = _as_text(gdf[picked["id"]])
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
        else _as_number(gdf[picked["fte"]])
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
            years[key], bad = _years(gdf[picked[key]])
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
    path = _check_path(path, what, tables=False)
    src = _src(path, what)
    gdf, msgs = _read_vector(path, layer, what)
    col = _pick(gdf, centre_id_col, _CATCH_ID, "centre id", src)
    gdf, m = _clean_polygons(gdf, src)
    msgs += m
    gdf = check_crs(gdf, src, assume_crs=crs)
    if col is None:
        cid = pd.Series(pd.NA, index=gdf.index, dtype="str")
        msgs.append(f"{src}: no centre id column; catchments are not tied to centres.")
    else:
        cid = _as_text(gdf[col])
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
    path = _check_path(path, what, tables=True)
    src = _src(path, what)
    gdf, msgs = _read_points(path, layer, what, x_col, y_col, crs)
    col = _pick(gdf, population_col, _POP, "population", src, required=True)
    pop, m = _population(gdf, col, src)
    out = _assemble(gdf, {schema.POPULATION: pop}, (col,))
    msgs.insert(0, f"{src}: {len(out):,} points, {pop.sum():,.0f} residents.")
    return out, msgs + m
