"""Geometry repairs at the I/O edge: usable polygons for areas, one point per centre.

Both functions drop Z, work on the whole geometry array at once (shapely 2 vectorised calls)
and return ``(GeoDataFrame, messages)``: one sentence per kind of repair or left-out row, with
its count, to show the user. A layer with nothing usable left raises
:class:`~accessmap.core.errors.DataFormatError`.

- :func:`clean_polygons`: invalid polygons and geometry collections are repaired with
  ``shapely.make_valid`` keeping only their polygonal parts; empty, missing and non-polygonal
  rows (and rows with no area left after repair) are left out.
- :func:`to_points`: polygons and lines become their representative point
  (``point_on_surface``); rows without a location, or with an infinite coordinate, are left
  out.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from accessmap.core.errors import DataFormatError

__all__ = ["clean_polygons", "to_points"]

_POINT, _POLYGON, _MULTIPOLYGON, _COLLECTION = 0, 3, 6, 7


def clean_polygons(gdf: gpd.GeoDataFrame, source: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    """The rows of ``gdf`` with a valid (multi)polygon; ``source`` starts each message."""
    geoms = shapely.force_2d(gdf.geometry.to_numpy().astype(object))
    msgs = []
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    gtype = shapely.get_type_id(geoms)
    collection = gtype == _COLLECTION
    polygonal = np.isin(gtype, (_POLYGON, _MULTIPOLYGON))
    invalid = polygonal & ~missing & ~shapely.is_valid(geoms)
    fix = invalid | (collection & ~missing)
    if fix.any():
        repaired = shapely.make_valid(geoms[fix])
        parts, idx = shapely.get_parts(repaired, return_index=True)
        parts, idx2 = shapely.get_parts(parts, return_index=True)
        idx = idx[idx2]
        keep = shapely.get_type_id(parts) == _POLYGON
        new = np.full(len(repaired), None, dtype=object)
        grouped = shapely.multipolygons(parts[keep], indices=idx[keep])
        new[np.unique(idx[keep])] = grouped
        geoms[fix] = new
        if invalid.any():
            msgs.append(f"{source}: {int(invalid.sum())} invalid polygon(s) repaired (make_valid).")
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    bad_type = ok & ~np.isin(shapely.get_type_id(geoms), (_POLYGON, _MULTIPOLYGON))
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


def to_points(gdf: gpd.GeoDataFrame, source: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    """The rows of ``gdf`` with a location, as points; ``source`` starts each message."""
    geoms = shapely.force_2d(gdf.geometry.to_numpy().astype(object))
    msgs = []
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    other = ~missing & (shapely.get_type_id(geoms) != _POINT)
    if other.any():
        geoms[other] = shapely.point_on_surface(geoms[other])
        msgs.append(
            f"{source}: {int(other.sum())} non-point feature(s) (polygons, lines) "
            "replaced by a point inside them."
        )
    if missing.any():
        msgs.append(f"{source}: {int(missing.sum())} row(s) without location left out.")
    with np.errstate(invalid="ignore"):
        infinite = ~missing & ~(
            np.isfinite(shapely.get_x(geoms)) & np.isfinite(shapely.get_y(geoms))
        )
    if infinite.any():
        rows = ", ".join(str(i + 1) for i in np.flatnonzero(infinite)[:10])
        msgs.append(
            f"{source}: {int(infinite.sum())} point(s) with an infinite or undefined "
            f"coordinate left out (feature {rows}{' ...' if infinite.sum() > 10 else ''})."
        )
    keep = ~missing & ~infinite
    out = gdf.loc[keep].copy()
    out = out.set_geometry(gpd.GeoSeries(geoms[keep], index=out.index, crs=gdf.crs))
    if out.empty:
        raise DataFormatError(f"{source} has no usable locations.")
    return out, msgs
