"""What a dropped or opened file is, and how it joins the loaded layers (no widgets here).

:func:`detect_kind` looks at geometry type and column names (without reading the features) and
returns the likely roles, best first; the window asks the user when more than one fits.
:func:`load_requests` is a plain function run on a worker: it reads each file through
:mod:`accessmap.core.io` and returns new :class:`~accessmap.core.model.Layers`; the loaded
layers are never modified in place, so a failure loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd

from accessmap.core.errors import DataFormatError
from accessmap.core.model import Layers, SourceInfo
from accessmap.core.schema import ANALYSIS_CRS, CENTRE_COLUMNS, Progress, report_progress

__all__ = [
    "KINDS",
    "TABLE_SUFFIXES",
    "LoadRequest",
    "detect_kind",
    "empty_centres",
    "load_request",
    "load_requests",
]

#: Roles a file can take.
KINDS = ("sectors", "centres", "catchments", "network", "residents", "table", "points_table")
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xls")
_XY_NAMES = {"x", "y", "lon", "lat", "lng", "long", "longitude", "latitude", "x_coord", "y_coord"}
_CENTRE_HINTS = {"centre_id", "center_id", "gp_fte", "amenity", "healthcare"}
_POP_HINTS = {"population", "pop", "residents", "inhabitants"}


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


def detect_kind(path: str | Path, have_sectors: bool = False) -> list[str]:
    """Likely roles of ``path``, best first (several = ask the user)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".accessmap":
        return ["project"]
    if suffix in TABLE_SUFFIXES:
        cols = {c.strip().lower() for c in _table_columns(path)}
        return ["points_table", "table"] if len(cols & _XY_NAMES) >= 2 else ["table"]
    import pyogrio

    try:
        info = pyogrio.read_info(path)
    except Exception as exc:
        raise DataFormatError(
            f"accessmap cannot read '{path.name}' as a map layer or table. "
            "Use a GeoPackage, shapefile, GeoJSON, CSV or Excel file.",
            str(exc),
        ) from exc
    geom = (info.get("geometry_type") or "").lower()
    cols = {str(c).lower() for c in info.get("fields", [])}
    if not geom or (geom == "unknown" and not len(cols)):
        return ["table"]
    if "polygon" in geom:
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


def load_request(
    request: LoadRequest, layers: Layers | None, progress: Progress | None = None
) -> tuple[Layers, str]:
    """Read one file and return new layers (``layers`` is left untouched) and a status line."""
    from accessmap.core import io

    path, kind, opts = Path(request.path), request.kind, dict(request.options)
    report_progress(progress, 0.05, f"Reading {path.name}")
    messages: list[str] = []
    changes: dict[str, Any] = {}
    if kind == "sectors":
        gdf, messages = io.read_sectors(path, **opts)
        changes["sectors"] = gdf
        if layers is None:
            changes["centres"] = empty_centres()
    elif kind in ("centres", "points_table"):
        gdf, messages = io.read_centres(path, **opts)
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
    source = SourceInfo(kind, str(path), path.name)
    if layers is None:
        new = Layers(sources=(source,), messages=tuple(messages), **changes)
    else:
        sources = (*(s for s in layers.sources if s.role != kind), source)
        new = layers.replace(sources=sources, messages=(*layers.messages, *messages), **changes)
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
