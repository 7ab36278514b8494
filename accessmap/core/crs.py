"""CRS checks at the I/O edge: refuse a missing or wrong CRS, name the one that would fit.

Every layer is reprojected to :data:`~accessmap.core.schema.ANALYSIS_CRS` (Belgian Lambert 72).
A CRS is never guessed silently: a layer without one, or whose coordinates do not fall in
Belgium under the CRS it declares, raises :class:`~accessmap.core.errors.CRSError`. The message
names the CRS(s) under which the coordinates *would* fall in Belgium, found by testing the
layer's bounds under the usual Belgian candidates (WGS 84 lon/lat and lat/lon swapped, Lambert
72, Lambert 2008, Web Mercator, UTM 31N).

Belgium is taken as lon 2.5-6.5, lat 49.4-51.6 plus a margin of :data:`MARGIN_DEG` degrees
(about 35-55 km), so cross-border study areas still pass; the candidates lie hundreds of km
apart from each other, so the margin never makes two of them fit at once.
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError as PyprojCRSError

from accessmap.core.errors import CRSError
from accessmap.core.schema import ANALYSIS_CRS

__all__ = [
    "BELGIUM_LONLAT",
    "CANDIDATE_CRS",
    "MARGIN_DEG",
    "SWAPPED_LATLON",
    "check_crs",
    "crs_name",
    "fits_belgium",
    "fitting_crs",
    "parse_crs",
]

#: Belgium's extent in degrees: (min lon, min lat, max lon, max lat).
BELGIUM_LONLAT = (2.5, 49.4, 6.5, 51.6)
MARGIN_DEG = 0.5
#: Pseudo-CRS name for "WGS 84 with latitude in x and longitude in y".
SWAPPED_LATLON = "EPSG:4326 (latitude/longitude swapped)"
#: CRS a Belgian file is likely to be in, with a short description for messages.
CANDIDATE_CRS: dict[str, str] = {
    "EPSG:31370": "Belgian Lambert 72",
    "EPSG:3812": "Belgian Lambert 2008",
    "EPSG:4326": "WGS 84 longitude/latitude",
    SWAPPED_LATLON: "WGS 84 with x and y swapped",
    "EPSG:3857": "Web Mercator",
    "EPSG:25831": "ETRS89 / UTM zone 31N",
}


def parse_crs(crs: object, source_name: str = "the layer") -> CRS:
    """A :class:`pyproj.CRS` from anything pyproj accepts, or CRSError with a clear message."""
    try:
        return CRS.from_user_input(crs)
    except (PyprojCRSError, TypeError, ValueError) as exc:
        raise CRSError(
            f"'{crs}' is not a coordinate reference system accessmap knows (for {source_name}). "
            "Give an EPSG code such as EPSG:31370 (Lambert 72) or EPSG:4326 (longitude/latitude).",
            str(exc),
        ) from exc


def crs_name(crs: object) -> str:
    """A short name for messages ("EPSG:31370"; "none" for None; the input if pyproj rejects it)."""
    if crs is None:
        return "none"
    try:
        return CRS.from_user_input(crs).to_string()
    except PyprojCRSError:
        return str(crs)


def fits_belgium(bounds: tuple[float, float, float, float], crs: object) -> bool:
    """True when the bounds (minx, miny, maxx, maxy) in ``crs`` fall in (padded) Belgium."""
    if crs == SWAPPED_LATLON:
        minx, miny, maxx, maxy = bounds
        bounds, crs = (miny, minx, maxy, maxx), "EPSG:4326"
    minx, miny, maxx, maxy = (float(b) for b in bounds)
    if not all(math.isfinite(b) for b in (minx, miny, maxx, maxy)):
        return False
    try:
        source = CRS.from_user_input(crs)
        if source.is_geographic and (abs(miny) > 90 or abs(maxy) > 90):
            return False
        if not source.is_geographic and max(abs(minx), abs(miny), abs(maxx), abs(maxy)) <= 360:
            return False  # degree-sized numbers: no Belgian projected CRS has them
        tr = Transformer.from_crs(source, "EPSG:4326", always_xy=True)
        lon0, lat0, lon1, lat1 = tr.transform_bounds(minx, miny, maxx, maxy, densify_pts=5)
    except Exception:
        return False
    if not all(math.isfinite(v) for v in (lon0, lat0, lon1, lat1)):
        return False
    bx0, by0, bx1, by1 = BELGIUM_LONLAT
    m = MARGIN_DEG
    return bx0 - m <= lon0 and lon1 <= bx1 + m and by0 - m <= lat0 and lat1 <= by1 + m


def fitting_crs(bounds: tuple[float, float, float, float]) -> list[str]:
    """The candidate CRS (keys of :data:`CANDIDATE_CRS`) under which the bounds fit Belgium."""
    return [name for name in CANDIDATE_CRS if fits_belgium(bounds, name)]


def _describe(names: list[str]) -> str:
    return " or ".join(f"{n} ({CANDIDATE_CRS[n]})" for n in names)


def _fit_hint(names: list[str]) -> str:
    if not names:
        return (
            "They fit none of the usual Belgian coordinate systems "
            f"({', '.join(n for n in CANDIDATE_CRS if n != SWAPPED_LATLON)}): check that the "
            "file covers Belgium and that its coordinates are not damaged."
        )
    if names == [SWAPPED_LATLON]:
        return (
            "They look like latitude/longitude in the wrong order (x holds the latitude): "
            "swap the x and y (longitude/latitude) columns, or fix the file."
        )
    return f"They would fit {_describe(names)}."


def _layer_bounds(gdf: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    geoms = gdf.geometry.values
    ok = ~(geoms.isna() | geoms.is_empty)
    if not ok.any():
        return (math.nan,) * 4  # type: ignore[return-value]
    b = geoms[ok].bounds
    return (
        float(np.nanmin(b[:, 0])),
        float(np.nanmin(b[:, 1])),
        float(np.nanmax(b[:, 2])),
        float(np.nanmax(b[:, 3])),
    )


def check_crs(
    gdf: gpd.GeoDataFrame, source_name: str, *, assume_crs: object = None
) -> gpd.GeoDataFrame:
    """Return ``gdf`` reprojected to ANALYSIS_CRS after checking its CRS against its coordinates.

    ``assume_crs`` is used only when the layer declares no CRS (it never overrides a declared
    one). Raises :class:`CRSError` when the CRS is missing or the coordinates do not fall in
    Belgium under it; the message names the CRS that would fit.
    """
    bounds = _layer_bounds(gdf)
    crs = gdf.crs
    if crs is None and assume_crs is not None:
        crs = parse_crs(assume_crs, source_name)
        gdf = gdf.set_crs(crs)
    if crs is None:
        fits = fitting_crs(bounds)
        what = (
            f"Choose {_describe(fits)} as its coordinate system"
            if fits
            else "Find out which coordinate system its coordinates are in and set it"
        )
        raise CRSError(
            f"{source_name} has no coordinate reference system (CRS). {_fit_hint(fits)} "
            f"{what} (or fix the file in QGIS with 'Assign projection').",
            f"bounds = {bounds}",
        )
    if not math.isfinite(bounds[0]):
        return gdf.to_crs(ANALYSIS_CRS)  # nothing to check: no geometry left
    declared = CRS.from_user_input(crs)
    if not fits_belgium(bounds, declared):
        fits = fitting_crs(bounds)
        name = declared.to_string()
        raise CRSError(
            f"The coordinates of {source_name} do not fall in Belgium under the CRS it declares, "
            f"{name} ({declared.name}). {_fit_hint(fits)} "
            "Correct the CRS of the file (e.g. in QGIS) or the coordinate columns, then load it "
            "again.",
            f"declared = {declared.to_wkt()[:200]}...; bounds = {bounds}; fitting = {fits}",
        )
    if declared.equals(CRS.from_user_input(ANALYSIS_CRS)):
        return gdf.set_crs(ANALYSIS_CRS, allow_override=True)
    return gdf.to_crs(ANALYSIS_CRS)
