"""Reading a street network: OpenStreetMap extracts and GIS line layers, filtered for walking.

Sources
    ``.osm.pbf`` / ``.osm`` files are read with GDAL's OSM driver (through pyogrio), layer
    ``lines``: its ``highway`` field and the ``other_tags`` field (``"foot"=>"no",...``), from which
    ``foot``, ``access`` and ``area`` are taken. GeoPackage, GeoJSON and Shapefile line layers are
    read as they are; ``highway``, ``foot`` and ``access`` columns are used when present (a layer
    without a ``highway`` column is taken as entirely walkable).

Pedestrian rule (OpenStreetMap ``highway`` tags; the order matters)
    1. Drop ``highway`` = motorway, motorway_link, construction, proposed, abandoned, disused,
       raceway, bus_guideway, busway, escape, and trunk / trunk_link unless ``foot`` is yes,
       designated or permissive.
    2. Keep only footway, path, pedestrian, living_street, residential, service, unclassified,
       road, tertiary(_link), secondary(_link), primary(_link) (their sidewalks), steps,
       track, cycleway, bridleway, corridor, platform, elevator, trunk(_link) (see 1).
    3. Drop ways with ``foot`` = no, private or use_sidepath (the sidewalk is mapped apart), and
       ways with ``access`` = no or private unless ``foot`` is yes, designated or permissive.
    4. Drop ``area`` = yes (the outline of a square, not a way along it).
    Steps (``highway`` = steps) are kept and flagged, so that a step-free variant drops them.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from accessmap.core.errors import NetworkError
from accessmap.core.network_build import WalkNetwork
from accessmap.core.schema import ANALYSIS_CRS, Progress, report_progress

__all__ = ["WALKABLE_HIGHWAYS", "pedestrian_filter", "read_network"]

WALKABLE_HIGHWAYS = frozenset(
    [
        "footway",
        "path",
        "pedestrian",
        "living_street",
        "residential",
        "service",
        "unclassified",
        "road",
        "tertiary",
        "tertiary_link",
        "secondary",
        "secondary_link",
        "primary",
        "primary_link",
        "steps",
        "track",
        "cycleway",
        "bridleway",
        "corridor",
        "platform",
        "elevator",
        "trunk",
        "trunk_link",
    ]
)
_NEVER = frozenset(
    [
        "motorway",
        "motorway_link",
        "construction",
        "proposed",
        "abandoned",
        "disused",
        "raceway",
        "bus_guideway",
        "busway",
        "escape",
    ]
)
_FOOT_YES = ("yes", "designated", "permissive")
_FOOT_NO = ("no", "private", "use_sidepath")
_ACCESS_NO = ("no", "private")
_OSM_SUFFIXES = (".pbf", ".osm")


def _tag(other_tags: pd.Series, key: str) -> pd.Series:
    return other_tags.str.extract(rf'(?:^|,)"{key}"=>"([^"]*)"', expand=False)


def _column(gdf: gpd.GeoDataFrame, name: str) -> pd.Series | None:
    cols = {str(c).lower(): c for c in gdf.columns}
    return gdf[cols[name]].astype("string").str.strip().str.lower() if name in cols else None


def pedestrian_filter(gdf: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame, dict[str, int]]:
    """Keep the ways a pedestrian may use (rule in the module docstring).

    Returns the kept rows and a count of dropped rows by reason. Tags are read from columns
    ``highway``, ``foot``, ``access``, ``area`` or, failing those, from ``other_tags``.
    """
    highway = _column(gdf, "highway")
    if highway is None:
        return gdf, {}
    other = _column(gdf, "other_tags")
    tags = {}
    for key in ("foot", "access", "area"):
        col = _column(gdf, key)
        if col is None and other is not None:
            col = _tag(other, key)
        tags[key] = (col if col is not None else pd.Series(pd.NA, index=gdf.index)).astype("string")
    foot_yes = tags["foot"].isin(_FOOT_YES).fillna(False)
    never = highway.isin(_NEVER).fillna(False) | (
        highway.isin(("trunk", "trunk_link")).fillna(False) & ~foot_yes
    )
    unknown = ~highway.isin(WALKABLE_HIGHWAYS).fillna(False) & ~never
    foot_no = tags["foot"].isin(_FOOT_NO).fillna(False) & ~never & ~unknown
    access_no = (
        tags["access"].isin(_ACCESS_NO).fillna(False) & ~foot_yes & ~never & ~unknown & ~foot_no
    )
    area = tags["area"].eq("yes").fillna(False) & ~never & ~unknown & ~foot_no & ~access_no
    drop = never | unknown | foot_no | access_no | area
    reasons = {
        "motorway_or_similar": int(never.sum()),
        "not_a_walkable_highway": int(unknown.sum()),
        "foot_no": int(foot_no.sum()),
        "access_no": int(access_no.sum()),
        "area": int(area.sum()),
    }
    return gdf.loc[~drop.to_numpy(bool)], reasons


def _is_osm(path: Path) -> bool:
    return path.name.lower().endswith(_OSM_SUFFIXES)


def _read(path: Path, layer: str | None, bbox, crs: str | None) -> gpd.GeoDataFrame:
    osm = _is_osm(path)
    kw: dict = {}
    if osm:
        kw.update(
            layer=layer or "lines", columns=["highway", "other_tags"], where="highway IS NOT NULL"
        )
    elif layer is not None:
        kw["layer"] = layer
    if bbox is not None:
        try:
            file_crs = crs or pyogrio.read_info(path, layer=kw.get("layer"))["crs"] or ANALYSIS_CRS
        except Exception:
            file_crs = ANALYSIS_CRS
        box = shapely.segmentize(shapely.box(*bbox), max(bbox[2] - bbox[0], bbox[3] - bbox[1]) / 16)
        kw["bbox"] = tuple(gpd.GeoSeries([box], crs=ANALYSIS_CRS).to_crs(file_crs).total_bounds)
    try:
        gdf = pyogrio.read_dataframe(path, **kw)
    except Exception as exc:  # pyogrio/GDAL raise many types
        what = "OpenStreetMap extract" if osm else "street network file"
        raise NetworkError(
            f"The {what} '{path.name}' cannot be read: check that it is a complete .osm.pbf, "
            ".osm, GeoPackage, GeoJSON or Shapefile.",
            f"{type(exc).__name__}: {exc}",
        ) from exc
    if crs is not None and gdf.crs is None:
        gdf = gdf.set_crs(crs)
    if gdf.crs is None and len(gdf):
        xy = gdf.geometry.get_coordinates().to_numpy()
        looks = (
            "longitude/latitude (EPSG:4326)"
            if len(xy) and (np.abs(xy).max(axis=0) <= (180, 90)).all()
            else "unknown"
        )
        raise NetworkError(
            f"The street network '{path.name}' has no coordinate reference system (CRS); its "
            f"coordinates look like {looks}. Save it with its CRS, or give the CRS explicitly.",
            f"coordinate extent: {xy.min(axis=0) if len(xy) else '-'} .. {xy.max(axis=0) if len(xy) else '-'}",
        )
    return gdf


def read_network(
    path: str | Path,
    *,
    layer: str | None = None,
    node_all_crossings: bool = False,
    snap_tolerance_m: float = 0.5,
    bbox: tuple[float, float, float, float] | None = None,
    crs: str | None = None,
    progress: Progress | None = None,
) -> WalkNetwork:
    """Read street lines, keep the walkable ones and build a :class:`WalkNetwork`.

    ``bbox`` (xmin, ymin, xmax, ymax in EPSG:31370) reads only the lines that touch it (use the
    study area plus a margin of a kilometre or two with a country extract). ``crs`` declares the
    CRS of a file that has none (a file's own CRS always wins). ``snap_tolerance_m``: loose line
    ends within this distance of another line join it. Raises :class:`NetworkError` with a clear
    message for every bad input.
    """
    path = Path(path)
    if not path.exists():
        raise NetworkError(f"The street network file '{path}' does not exist.")
    report_progress(progress, 0.0, "Reading the street network")
    gdf = _read(path, layer, bbox, crs)
    n_read = len(gdf)
    geom_ok = gdf.geometry.notna() & gdf.geometry.geom_type.isin(["LineString", "MultiLineString"])
    if n_read == 0 or not geom_ok.any():
        where = " inside the study area" if bbox is not None else ""
        raise NetworkError(
            f"The street network file '{path.name}' holds no lines{where}: choose a file (or "
            "layer) of street lines, such as an OpenStreetMap extract (.osm.pbf).",
            f"{n_read} features read; geometry types: {sorted(set(gdf.geometry.geom_type.dropna()))}",
        )
    gdf = gdf.loc[geom_ok.to_numpy(bool)]
    kept, dropped = pedestrian_filter(gdf)
    if len(kept) == 0:
        raise NetworkError(
            f"The street network '{path.name}' holds no way a pedestrian may use (no footway, "
            "path, residential street ...): check that it is a street layer.",
            f"{len(gdf)} lines, dropped by reason: {dropped}",
        )
    report_progress(progress, 0.3, "Building the street network")
    summary = {
        "source": path.name,
        "lines_read": int(n_read),
        "lines_dropped_by_filter": int(sum(dropped.values())),
        "dropped_by_reason": dropped,
    }
    sub = None
    if progress is not None:

        def sub(f: float, msg: str) -> None:
            report_progress(progress, 0.3 + 0.7 * f, msg)

    return WalkNetwork.from_lines(
        kept,
        node_all_crossings=node_all_crossings,
        snap_tolerance_m=snap_tolerance_m,
        progress=sub,
        _summary=summary,
    )
