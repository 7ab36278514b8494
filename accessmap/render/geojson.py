"""Compact GeoJSON for the web map: EPSG:4326, coordinates rounded to 5 decimals (~1 m).

One FeatureCollection for all sectors (not one folium object per sector). Each feature carries
``id`` = its position in the result's sector order, so the page can look up class indices and
tooltip values by position. Sector borders are first simplified together with a 1 m tolerance
(``shapely.coverage_simplify``, which keeps shared borders identical so no slivers open
between neighbours), then snapped to the 1e-5 degree grid, which also drops repeated points.
"""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

__all__ = [
    "DECIMALS",
    "dumps_js",
    "municipality_outlines",
    "polygons_geojson",
    "to_wgs84",
]

#: 5 decimals of a degree ~ 1.1 m north-south, ~0.7 m east-west in Belgium.
DECIMALS = 5
_SIMPLIFY_M = 1.0


def to_wgs84(geoms: np.ndarray, crs: Any, *, simplify_m: float = _SIMPLIFY_M) -> np.ndarray:
    """2-D polygons (metric ``crs``) -> EPSG:4326 on the 1e-5 degree grid, valid output."""
    geoms = shapely.force_2d(np.asarray(geoms, dtype=object))
    if simplify_m > 0:
        try:
            geoms = shapely.coverage_simplify(geoms, simplify_m)
        except Exception:  # pragma: no cover - not a clean coverage: simplify one by one
            geoms = shapely.simplify(geoms, simplify_m)
    out = gpd.GeoSeries(geoms, crs=crs).to_crs("EPSG:4326").to_numpy()
    return shapely.set_precision(out, 10.0**-DECIMALS)


def _nested(geoms: np.ndarray) -> list[list | None]:
    """Per geometry, MultiPolygon coordinates as nested lists (None for empty/missing)."""
    result: list[list | None] = [None] * len(geoms)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    keep = np.flatnonzero(present)
    if keep.size == 0:
        return result
    polys = geoms[keep]
    polys = np.array(
        [g if g.geom_type in ("Polygon", "MultiPolygon") else _polygonal(g) for g in polys],
        dtype=object,
    )
    _, coords, (ring_off, poly_off, multi_off) = _ragged(polys)
    pts = np.round(coords, DECIMALS).tolist()
    rings = [pts[a:b] for a, b in pairwise(ring_off)]
    parts = [rings[a:b] for a, b in pairwise(poly_off)]
    for pos, (a, b) in zip(keep, pairwise(multi_off), strict=True):
        result[pos] = parts[a:b]
    return result


def _polygonal(g: shapely.Geometry) -> shapely.Geometry:
    """The polygon parts of a collection (set_precision may leave one)."""
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else shapely.MultiPolygon()


def _ragged(polys: np.ndarray):
    multi = np.array(
        [shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g for g in polys],
        dtype=object,
    )
    return shapely.to_ragged_array(multi)


def polygons_geojson(geoms: np.ndarray, properties: list[dict] | None = None) -> dict:
    """A FeatureCollection of the (EPSG:4326) ``geoms``; feature ``id`` = position.

    Features whose geometry is missing or empty are left out (the ids keep their positions).
    """
    coords = _nested(np.asarray(geoms, dtype=object))
    feats = []
    for i, c in enumerate(coords):
        if c is None:
            continue
        f: dict[str, Any] = {
            "type": "Feature",
            "id": i,
            "geometry": {"type": "MultiPolygon", "coordinates": c},
        }
        f["properties"] = properties[i] if properties is not None else {}
        feats.append(f)
    return {"type": "FeatureCollection", "features": feats}


def municipality_outlines(sectors: gpd.GeoDataFrame, column: str = "municipality") -> dict:
    """Municipality outlines dissolved from the sectors (EPSG:4326 GeoJSON; empty if unknown)."""
    if column not in sectors or len(sectors) == 0:
        return {"type": "FeatureCollection", "features": []}
    names = sectors[column].astype(object).where(sectors[column].notna(), "")
    names = names.astype(str).to_numpy()
    if (names == "").all():
        return {"type": "FeatureCollection", "features": []}
    geoms = shapely.force_2d(sectors.geometry.to_numpy())
    groups = pd.Series(np.arange(len(names))).groupby(names).indices
    merged, labels = [], []
    for name, idx in groups.items():
        if not name:
            continue
        part = geoms[idx]
        try:
            union = shapely.coverage_union_all(part)
        except Exception:  # pragma: no cover - overlapping sectors: slower exact union
            union = shapely.union_all(part)
        if union.is_empty or not union.is_valid:
            union = shapely.make_valid(shapely.union_all(part))
        merged.append(union)
        labels.append(name)
    out = to_wgs84(np.array(merged, dtype=object), sectors.crs, simplify_m=5.0)
    return polygons_geojson(out, [{"name": n} for n in labels])


def dumps_js(obj: Any) -> str:
    """Compact JSON that is also safe inside HTML and JavaScript source.

    ``<``, ``>`` and ``&`` are written as unicode escapes, so no file-derived string can close a
    ``<script>`` element or start markup; U+2028/2029 are escaped for older JS engines.
    """
    s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return (
        s.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
