"""Demand points: where each sector's residents are taken to start from (INDICATORS.md).

By default the sector polygon's representative point (``point_on_surface``: guaranteed inside
the polygon, unlike the centroid of a crescent-shaped sector). When address or building points
with residents are given, the population-weighted mean of the points inside each sector, moved
inside the sector when the mean falls outside it (a U-shaped or multi-part sector).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from accessmap.core.errors import CRSError, DataFormatError

__all__ = ["SNAP_INSIDE_M", "demand_points"]

#: How far (metres) inside its sector a weighted mean that fell outside is placed: the point is
#: taken in the part of the sector within this distance of the nearest boundary point.
SNAP_INSIDE_M = 1.0


def demand_points(
    sectors: gpd.GeoDataFrame, residents: gpd.GeoDataFrame | None = None
) -> np.ndarray:
    """The demand point ``x_i`` of every sector, as an ``(n, 2)`` float array in the sectors' CRS.

    - Without ``residents``: the representative point of each polygon, computed in the CRS of
      ``sectors`` (metric after :mod:`accessmap.core.io`).
    - With ``residents`` (points, or polygons taken at their representative point, with a
      ``population`` column): the population-weighted mean of the residents inside each sector.
      A point on the border of two sectors counts for the first of them (in row order), so no
      resident is counted twice. Missing populations weigh 0. A sector with no resident points,
      or with zero total weight, keeps its representative point.
    - A weighted mean outside its sector (not strictly inside it) is moved inside: to a point of
      the sector within :data:`SNAP_INSIDE_M` of the boundary point nearest to the mean (the
      representative point of that small piece of the sector); if that piece is empty (a
      degenerate polygon), to the representative point.

    A sector with a missing or empty geometry gets ``(NaN, NaN)``.
    """
    geoms = np.asarray(sectors.geometry.values, dtype=object)
    rep = _xy(shapely.point_on_surface(geoms))
    if residents is None or len(residents) == 0 or len(sectors) == 0:
        return rep
    _check_residents(sectors, residents)

    pts = shapely.point_on_surface(np.asarray(residents.geometry.values, dtype=object))
    pop = residents["population"].to_numpy(dtype=np.float64, na_value=np.nan)
    pop = np.where(np.isfinite(pop), pop, 0.0)
    # Which sector holds each resident point: (point position, sector position) pairs; a
    # boundary point may match two sectors, keep its first sector.
    pi, si = shapely.STRtree(geoms).query(pts, predicate="intersects")
    order = np.lexsort((si, pi))
    pi, si = pi[order], si[order]
    first = np.ones(len(pi), dtype=bool)
    first[1:] = pi[1:] != pi[:-1]
    pi, si = pi[first], si[first]

    n = len(geoms)
    w = pop[pi]
    pxy = _xy(pts[pi])
    total = np.bincount(si, weights=w, minlength=n)
    sx = np.bincount(si, weights=w * pxy[:, 0], minlength=n)
    sy = np.bincount(si, weights=w * pxy[:, 1], minlength=n)
    out = rep.copy()
    has = total > 0
    out[has, 0] = sx[has] / total[has]
    out[has, 1] = sy[has] / total[has]

    moved = np.flatnonzero(has)
    outside = ~shapely.contains_xy(geoms[moved], out[moved, 0], out[moved, 1])
    moved = moved[outside]
    if len(moved):
        out[moved] = _snap_inside(geoms[moved], out[moved], rep[moved])
    return out


def _check_residents(sectors: gpd.GeoDataFrame, residents: gpd.GeoDataFrame) -> None:
    if "population" not in residents.columns:
        raise DataFormatError(
            "The resident points have no 'population' column. Choose the column that holds "
            "the number of residents at each address or building.",
            f"columns: {list(residents.columns)}",
        )
    if sectors.crs is not None and residents.crs is not None and sectors.crs != residents.crs:
        raise CRSError(
            "The resident points and the sectors are in different coordinate systems. "
            "Load both through accessmap so they are reprojected to the same one.",
            f"sectors: {sectors.crs}, residents: {residents.crs}",
        )
    pop = residents["population"].to_numpy(dtype=np.float64, na_value=np.nan)
    if np.any(pop < 0):
        raise DataFormatError(
            "Some resident points have a negative population. Fix or remove them.",
            f"{int(np.sum(pop < 0))} points with population < 0",
        )


def _snap_inside(polys: np.ndarray, xy: np.ndarray, fallback: np.ndarray) -> np.ndarray:
    """Points inside ``polys`` near the boundary point nearest to ``xy`` (vectorised)."""
    pts = shapely.points(xy)
    nearest = shapely.get_point(shapely.shortest_line(polys, pts), 0)
    piece = shapely.intersection(polys, shapely.buffer(nearest, SNAP_INSIDE_M))
    inside = shapely.point_on_surface(piece)
    res = _xy(inside)
    bad = ~np.isfinite(res).all(axis=1) | ~shapely.contains_xy(polys, res[:, 0], res[:, 1])
    res[bad] = fallback[bad]
    return res


def _xy(points: np.ndarray) -> np.ndarray:
    """``(n, 2)`` x, y of point geometries; NaN for missing or empty ones."""
    points = np.asarray(points, dtype=object)
    return np.column_stack([shapely.get_x(points), shapely.get_y(points)]).astype(np.float64)
