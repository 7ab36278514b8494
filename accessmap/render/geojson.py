"""Compact GeoJSON for the web map: EPSG:4326, coordinates rounded to 5 decimals (~1 m).

One FeatureCollection for all sectors (not one folium object per sector). Each feature carries
``id`` = its position in the result's sector order, so the page can look up class indices and
tooltip values by position. Sector borders are first simplified together with a 1 m tolerance
(``shapely.coverage_simplify``, which keeps shared borders identical so no slivers open
between neighbours), then every coordinate is rounded to 1e-5 degree and repeated points are
dropped. Rounding point by point can make a ring touch itself where two vertices closer than
1 m meet: harmless for drawing, and the analysis never uses these shapes.

The JSON text of the geometry comes from GEOS (``shapely.to_geojson``, C speed): 19,800
sectors take ~0.2 s instead of ~1.3 s through Python lists and ``json``.
"""

from __future__ import annotations

import json
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

__all__ = [
    "DECIMALS",
    "dumps_js",
    "feature_collection_json",
    "municipality_outlines",
    "outlines_json",
    "to_wgs84",
]

#: 5 decimals of a degree ~ 1.1 m north-south, ~0.7 m east-west in Belgium.
DECIMALS = 5
_SIMPLIFY_M = 1.0


def to_wgs84(
    geoms: np.ndarray, crs: Any, *, simplify_m: float = _SIMPLIFY_M, coverage: bool = True
) -> np.ndarray:
    """2-D polygons (metric ``crs``) -> EPSG:4326 rounded to 1e-5 degree, no repeated points.

    ``coverage``: the polygons tile the plane without overlaps (sectors), so they are
    simplified together; False (e.g. overlapping catchments) simplifies each on its own."""
    geoms = shapely.force_2d(np.asarray(geoms, dtype=object))
    if simplify_m > 0 and not coverage:
        geoms = shapely.simplify(geoms, simplify_m, preserve_topology=True)
    elif simplify_m > 0:
        try:
            geoms = shapely.coverage_simplify(geoms, simplify_m)
        except Exception:  # pragma: no cover - not a clean coverage: simplify one by one
            geoms = shapely.simplify(geoms, simplify_m)
    out = gpd.GeoSeries(geoms, crs=crs).to_crs("EPSG:4326").to_numpy()
    out = shapely.set_precision(out, 10.0**-DECIMALS, mode="pointwise")
    return shapely.remove_repeated_points(out)


def feature_collection_json(geoms: np.ndarray, properties: list[dict] | None = None) -> str:
    """A GeoJSON FeatureCollection (text) of the EPSG:4326 ``geoms``; feature ``id`` = position.

    Features whose geometry is missing or empty are left out (the ids keep their positions).
    ``properties`` (one dict per geometry) are written with :func:`dumps_js`.
    """
    geoms = np.asarray(geoms, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    texts = shapely.to_geojson(geoms)
    parts = []
    for i in np.flatnonzero(present).tolist():
        props = dumps_js(properties[i]) if properties is not None else "{}"
        parts.append(f'{{"type":"Feature","id":{i},"geometry":{texts[i]},"properties":{props}}}')
    return '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"


def municipality_outlines(sectors: gpd.GeoDataFrame, column: str = "municipality") -> str:
    """Municipality outlines dissolved from the sectors: GeoJSON text in EPSG:4326 (no
    features when the municipality is unknown)."""
    empty = '{"type":"FeatureCollection","features":[]}'
    if column not in sectors or len(sectors) == 0:
        return empty
    names = sectors[column].astype(object).where(sectors[column].notna(), "")
    names = names.astype(str).to_numpy()
    if (names == "").all():
        return empty
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
    return feature_collection_json(out, [{"name": n} for n in labels])


def outlines_json(
    geoms: np.ndarray, crs: Any, properties: list[dict] | None = None, *, simplify_m: float = 2.0
) -> str:
    """The borders of (possibly overlapping) polygons as GeoJSON lines in EPSG:4326, rounded
    like the sectors. Lines, not polygons, so that on the map only the border itself reacts to
    the mouse and clicks inside still reach the sectors beneath."""
    geoms = to_wgs84(geoms, crs, simplify_m=simplify_m, coverage=False)
    return feature_collection_json(shapely.boundary(geoms), properties)


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
