"""What a dropped or opened file is, and how it joins the loaded layers (no widgets here).

:func:`detect_kind` looks at geometry type and column names (without reading the features) and
returns the likely roles, best first; the window asks the user when more than one fits.
:func:`load_requests` is a plain function run on a worker: it reads each file through
:mod:`accessmap.core.io` and returns new :class:`~accessmap.core.model.Layers`; the loaded
layers are never modified in place, so a failure loses nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from accessmap.core.errors import DataFormatError
from accessmap.core.model import Layers, SourceInfo
from accessmap.core.schema import ANALYSIS_CRS, CENTRE_COLUMNS, Progress, report_progress

__all__ = [
    "KINDS",
    "NOT_PRIMARY_CARE",
    "TABLE_SUFFIXES",
    "LoadRequest",
    "asks_for_types",
    "detect_kind",
    "empty_centres",
    "load_request",
    "load_requests",
    "primary_care_default",
    "source_attribution",
    "type_column",
    "type_counts",
]

#: Roles a file can take.
KINDS = ("sectors", "centres", "catchments", "network", "residents", "table", "points_table")
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xls")
_XY_NAMES = {"x", "y", "lon", "lat", "lng", "long", "longitude", "latitude", "x_coord", "y_coord"}
_CENTRE_HINTS = {"centre_id", "center_id", "gp_fte", "amenity", "healthcare"}
_POP_HINTS = {"population", "pop", "residents", "inhabitants"}
_VECTOR_FORMATS = {
    ".gpkg": "GeoPackage",
    ".shp": "shapefile",
    ".geojson": "GeoJSON file",
    ".json": "GeoJSON file",
    ".topojson": "TopoJSON file",
}
#: Values of a centre type column that are not primary care (OSM amenity/healthcare tags and
#: their Dutch/French names): unchecked by default in the import, and a reason to ask.
NOT_PRIMARY_CARE = frozenset(
    (  # noqa: SIM905 (a word list reads better as words)
        "pharmacy pharmacie apotheek chemist hospital hopital ziekenhuis dentist dentiste "
        "tandarts physiotherapist kinesitherapeute kinesitherapeut optician optometrist "
        "opticien veterinary dierenarts laboratory laboratoire blood_donation blood_bank "
        "nursing_home rehabilitation psychotherapist speech_therapist podiatrist audiologist "
        "midwife alternative birthing_centre hospice dialysis sample_collection"
    ).split()
)


@dataclass(frozen=True)
class LoadRequest:
    """Read ``path`` as ``kind`` with reader options (column names, layer, CRS, ...)."""

    path: Path
    kind: str
    options: dict[str, Any] = field(default_factory=dict)


def _table_columns(path: Path) -> list[str]:
    from accessmap.core import tables

    df, _sniff = tables.read_table(path)
    return [str(c) for c in df.columns]


def _file_bounds(info: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """A layer's extent in ANALYSIS_CRS from its header (None when unknown)."""
    bounds, crs = info.get("total_bounds"), info.get("crs")
    if bounds is None or not crs or not all(map(math.isfinite, bounds)):
        return None
    from pyproj import Transformer

    try:
        t = Transformer.from_crs(crs, ANALYSIS_CRS, always_xy=True)
        return tuple(t.transform_bounds(*bounds))
    except Exception:  # an unusual CRS: the loader checks it properly
        return None


def _sampled_geometry_type(path: Path, n: int = 200) -> str:
    """The geometry type of the first ``n`` features, lower case ("" when none has one)."""
    import pyogrio

    try:
        gdf = pyogrio.read_dataframe(path, max_features=n, columns=[])
    except Exception:
        return "unknown"
    types = {str(t).lower() for t in gdf.geometry.geom_type.dropna()}
    return "; ".join(sorted(types)) or "unknown"


def detect_kind(
    path: str | Path, have_sectors: bool = False, sector_bounds: Any = None
) -> list[str]:
    """Likely roles of ``path``, best first (several = ask the user). With the loaded
    sectors' ``sector_bounds`` (ANALYSIS_CRS), polygons elsewhere can only be new sectors."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise DataFormatError(f"The file {path} does not exist. Check the path and try again.")
    if suffix == ".accessmap":
        return ["project"]
    if suffix in TABLE_SUFFIXES:
        cols = {c.strip().lower() for c in _table_columns(path)}
        return ["points_table", "table"] if len(cols & _XY_NAMES) >= 2 else ["table"]
    import pyogrio

    try:
        info = pyogrio.read_info(path, force_total_bounds=True)
    except Exception as exc:
        fmt = _VECTOR_FORMATS.get(suffix)
        if fmt is not None and path.is_file():
            message = (
                f"'{path.name}' is damaged or is not a {fmt}: accessmap could not read it. "
                f"Open it in QGIS to check it, or export the layer again as a {fmt}."
            )
        else:
            message = (
                f"accessmap cannot read '{path.name}' as a map layer or table. "
                "Use a GeoPackage, shapefile, GeoJSON, CSV or Excel file."
            )
        raise DataFormatError(message, str(exc)) from exc
    geom = (info.get("geometry_type") or "").lower()
    cols = {str(c).lower() for c in info.get("fields", [])}
    if not geom or (geom == "unknown" and not len(cols)):
        return ["table"]
    if geom == "unknown":  # mixed types (Polygon and MultiPolygon in one GeoJSON): look
        geom = _sampled_geometry_type(path)
    if "polygon" in geom:
        if have_sectors and sector_bounds is not None:
            here = _file_bounds(info)
            if here is not None and not _overlaps(here, tuple(sector_bounds), margin=0.0):
                return ["sectors"]  # catchments of the loaded sectors would lie among them
        if cols & _CENTRE_HINTS:
            return ["catchments", "sectors"]
        return ["sectors", "catchments"] if have_sectors else ["sectors"]
    if "point" in geom:
        if cols & _POP_HINTS and not cols & _CENTRE_HINTS:
            return ["residents", "centres"] if have_sectors else ["centres", "residents"]
        return ["centres"]
    if "line" in geom:
        return ["network"]
    raise DataFormatError(
        f"'{path.name}' holds {info.get('geometry_type')} geometry, which accessmap does not use.",
        f"fields: {sorted(cols)}",
    )


def empty_centres() -> gpd.GeoDataFrame:
    """A centre layer with no rows (sectors loaded before any centres)."""
    return gpd.GeoDataFrame({c: [] for c in CENTRE_COLUMNS}, geometry=[], crs=ANALYSIS_CRS)


# -- attribution -----------------------------------------------------------------------------
def _sample_registry() -> dict[str, str]:
    """File name -> attribution of the bundled sample's own files (``sample_gis/README.md``
    "Sources, licences, attribution", as :mod:`accessmap.core.sample` holds it)."""
    from accessmap.core import sample

    registry = {
        sample.SECTORS_FILE: sample.SECTORS_ATTRIBUTION,
        sample.CENTRES_FILE: sample.CENTRES_ATTRIBUTION,
        sample.INDICATORS_FILE: "BIMD 2011: Otavova et al. (2023), doi:10.1016/j.sste.2023.100587",
    }
    network_file = getattr(sample, "NETWORK_FILE", None)
    if network_file:
        registry[network_file] = getattr(sample, "NETWORK_ATTRIBUTION", "Brussels UrbIS®©")
    return registry


def source_attribution(path: str | Path) -> str:
    """The attribution line that travels with ``path``: the sample's registry for the
    sample's own files, else the core loader's line for well-known Belgian sources (Statbel,
    OpenStreetMap, BIMD), else the file name."""
    from accessmap.core import loader, sample

    path = Path(path)
    try:
        in_sample = path.resolve().parent == sample.sample_dir().resolve()
    except OSError:
        in_sample = False
    if in_sample and path.name in _sample_registry():
        return _sample_registry()[path.name]
    line = getattr(loader, "attribution", None) or loader._attribution
    return line(path)


def _source(kind: str, path: Path, options: dict[str, Any] | None = None) -> SourceInfo:
    info = SourceInfo(kind, str(path), source_attribution(path))
    if options and "options" in getattr(SourceInfo, "__dataclass_fields__", {}):
        info = SourceInfo(kind, str(path), info.attribution, options=dict(options))
    return info


# -- centre types (the "which places are primary care" question) ------------------------------
def type_column(columns: list[str]) -> str | None:
    """The column of a point file that says what kind of place each point is, or None."""
    from accessmap.core.columns import CENTRE_TYPE_NAMES

    low = {str(c).strip().lower(): str(c) for c in columns}
    return next((low[n.lower()] for n in CENTRE_TYPE_NAMES if n.lower() in low), None)


def _raw_column(path: Path, column: str, layer: str | None = None) -> pd.Series:
    """The values of one column as the file holds them (before any renaming)."""
    if path.suffix.lower() in TABLE_SUFFIXES:
        from accessmap.core import tables

        df, _sniff = tables.read_table(path, text_columns=[column])
    else:
        import pyogrio

        df = pyogrio.read_dataframe(path, layer=layer, columns=[column], read_geometry=False)
    if column not in df.columns:
        raise DataFormatError(f"'{path.name}' has no column '{column}'.", f"columns: {list(df)}")
    return df[column].astype(object).where(df[column].notna(), "").astype(str).str.strip()


def type_counts(path: str | Path, column: str, layer: str | None = None) -> dict[str, int]:
    """How many points of each value ``column`` holds, most frequent first."""
    counts = _raw_column(Path(path), column, layer).value_counts()
    return {str(k): int(v) for k, v in counts.items()}


def primary_care_default(value: str) -> bool:
    """Whether a type value counts as primary care unless the user says otherwise."""
    v = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    return v not in NOT_PRIMARY_CARE


def asks_for_types(path: str | Path) -> bool:
    """Whether a point file holds kinds of place that are not primary care (pharmacies,
    hospitals...), so that loading it must first ask which kinds count."""
    path = Path(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        columns = _table_columns(path)
    else:
        import pyogrio

        columns = [str(c) for c in pyogrio.read_info(path).get("fields", [])]
    column = type_column(columns)
    if column is None:
        return False
    return not all(primary_care_default(v) for v in type_counts(path, column))


def _filter_types(
    path: Path, gdf: gpd.GeoDataFrame, column: str, keep: list[str], layer: str | None
) -> tuple[gpd.GeoDataFrame, str]:
    raw = _raw_column(path, column, layer)
    if len(raw) != len(gdf):
        raise DataFormatError(
            f"The type filter cannot be applied to '{path.name}': {len(raw) - len(gdf)} "
            "point(s) were dropped while reading (see the load messages). Repair those "
            "points, or load the file without the type filter.",
            f"{len(raw)} rows in the file, {len(gdf)} centres read",
        )
    mask = raw.isin(set(keep)).to_numpy()
    counts = raw.value_counts()
    kept = ", ".join(f"{k} {v:,}" for k, v in counts.items() if k in keep)
    left = ", ".join(f"{k} {v:,}" for k, v in counts.items() if k not in keep)
    line = (
        f"{path.name}: {int(mask.sum()):,} of {len(raw):,} points count as primary care "
        f"('{column}': {kept or 'none'})" + (f"; left out: {left}." if left else ".")
    )
    return gdf.loc[mask].reset_index(drop=True), line


# -- loading -------------------------------------------------------------------------------------
def _bounds(data: Any) -> tuple[float, float, float, float] | None:
    """(xmin, ymin, xmax, ymax) of a layer or a walking network, None when empty."""
    if data is None:
        return None
    if hasattr(data, "total_bounds"):
        return tuple(data.total_bounds) if len(data) else None
    xy = getattr(data, "node_xy", None)
    if xy is None or not len(xy):
        return None
    return (*xy.min(axis=0), *xy.max(axis=0))


def _overlaps(a: tuple | None, b: tuple, margin: float = 5000.0) -> bool:
    """Whether two boxes meet (within ``margin`` metres)."""
    if a is None:
        return True
    return not (
        a[0] > b[2] + margin or a[2] < b[0] - margin or a[1] > b[3] + margin or a[3] < b[1] - margin
    )


_LEFT_OUT = "Left out, as they lie outside the new sectors: "


def _still_missing(messages: tuple[str, ...], loaded: str) -> list[str]:
    """``messages`` without ``loaded`` in the "left out" line (that layer is loaded now)."""
    out = []
    for m in messages:
        if m.startswith(_LEFT_OUT):
            roles = [r for r in m[len(_LEFT_OUT) :].split(".")[0].split(", ") if r != loaded]
            if not roles:
                continue
            m = _LEFT_OUT + ", ".join(roles) + ". Load layers for this area."
        out.append(m)
    return out


def _new_sectors(
    layers: Layers, sectors: gpd.GeoDataFrame, changes: dict[str, Any], messages: list[str]
) -> tuple[SourceInfo, ...]:
    """A new sector layer replaces what depends on the old one: layers outside the new area
    are dropped (said in the messages) and the old load report goes; returns the sources kept."""
    bounds = tuple(sectors.total_bounds)
    dropped = []
    for role in ("centres", "catchments", "residents", "network"):
        data = getattr(layers, role)
        if data is not None and not _overlaps(_bounds(data), bounds):
            changes[role] = empty_centres() if role == "centres" else None
            dropped.append(role)
    if dropped:
        messages.append(_LEFT_OUT + ", ".join(dropped) + ". Load layers for this area.")
    return tuple(s for s in layers.sources if s.role not in ("sectors", "indicators", *dropped))


def load_request(
    request: LoadRequest, layers: Layers | None, progress: Progress | None = None
) -> tuple[Layers, str]:
    """Read one file and return new layers (``layers`` is left untouched) and a status line.

    Centre options ``type_column`` and ``primary_care_types`` keep only the points whose type
    is one of those values (the import dialog's question), remembered in the source's options.
    A new sector layer resets what depended on the old one (see :func:`_new_sectors`).
    """
    from accessmap.core import io

    path, kind, opts = Path(request.path), request.kind, dict(request.options)
    report_progress(progress, 0.05, f"Reading {path.name}")
    messages: list[str] = []
    changes: dict[str, Any] = {}
    remembered: dict[str, Any] = {}
    sources: tuple[SourceInfo, ...] = layers.sources if layers is not None else ()
    if kind == "sectors":
        gdf, messages = io.read_sectors(path, **opts)
        changes["sectors"] = gdf
        if layers is None:
            changes["centres"] = empty_centres()
        else:
            sources = _new_sectors(layers, gdf, changes, messages)
    elif kind in ("centres", "points_table"):
        column = opts.pop("type_column", None)
        keep = opts.pop("primary_care_types", None)
        if column is not None:
            opts.setdefault("type_col", column)
        gdf, messages = io.read_centres(path, **opts)
        if column is not None and keep is not None:
            gdf, line = _filter_types(path, gdf, column, list(keep), opts.get("layer"))
            messages[:1] = [line]  # read_centres' first line counts the unfiltered points
            remembered = {"type_column": column, "primary_care_types": sorted(map(str, keep))}
        changes["centres"] = gdf
        kind = "centres"
    elif kind == "catchments":
        gdf, messages = io.read_catchments(path, **opts)
        changes["catchments"] = gdf
    elif kind == "residents":
        gdf, messages = io.read_residents(path, **opts)
        changes["residents"] = gdf
    elif kind == "network":
        from accessmap.core.network import read_network

        changes["network"] = read_network(path, progress=progress, **opts)
    else:
        raise DataFormatError(f"accessmap cannot load '{path.name}' as {kind}.")
    if layers is None and "sectors" not in changes:
        raise DataFormatError(
            f"Load a sector layer (polygons with population) before '{path.name}'.",
            f"role: {kind}",
        )
    source = _source(kind, path, remembered)
    if layers is None:
        new = Layers(sources=(source,), messages=tuple(messages), **changes)
    else:
        sources = (*(s for s in sources if s.role != kind), source)
        old = () if kind == "sectors" else tuple(_still_missing(layers.messages, kind))
        new = layers.replace(sources=sources, messages=(*old, *messages), **changes)
    report_progress(progress, 1.0, f"{path.name} loaded")
    count = len(changes[kind]) if kind in changes and hasattr(changes[kind], "__len__") else 0
    return new, f"{path.name}: {kind}, {count} features" if count else f"{path.name}: {kind}"


def load_requests(
    requests: list[LoadRequest], layers: Layers | None, progress: Progress | None = None
) -> tuple[Layers, str]:
    """Load several files in order (sectors first); all or nothing."""
    order = {k: i for i, k in enumerate(KINDS)}
    current = layers
    lines = []
    todo = sorted(requests, key=lambda r: order.get(r.kind, 99))
    for i, req in enumerate(todo):

        def sub(f: float, msg: str, i: int = i) -> None:
            report_progress(progress, (i + f) / len(todo), msg)

        current, line = load_request(req, current, progress=sub)
        lines.append(line)
    if current is None:
        raise DataFormatError("No file to load.")
    return current, "; ".join(lines)
