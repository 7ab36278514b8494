"""CRS checks at the I/O edge: refuse a missing or wrong CRS, name the one that would fit.

Every layer is reprojected to :data:`~accessmap.core.schema.ANALYSIS_CRS` (Belgian Lambert 72).
A CRS is never guessed silently: a layer without one, or whose coordinates do not fall in
Belgium under the CRS it declares, raises :class:`~accessmap.core.errors.CRSError`. The message
names the CRS(s) under which the coordinates *would* fall in Belgium, found by testing the
layer's bounds under the usual Belgian candidates (WGS 84 lon/lat and lat/lon swapped, Lambert
72, Lambert 2008, Web Mercator, UTM 31N), except when the data are certainly elsewhere: a
regional CRS (e.g. Finnish TM35FIN, EPSG:3067) declared by the file whose area of use holds the
data means they lie there, and the message says so and where, naming no Belgian CRS (TM35FIN
numbers happen to fall in Belgium when read as Web Mercator). When no candidate fits, the
message says where the data lie under the declared CRS.

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
    # a fit is a possibility, not a finding: projected numbers of this size also occur in other
    # countries' systems (Finnish TM35FIN numbers fall in Belgium when read as Web Mercator)
    return (
        f"They would fall in Belgium only if read as {_describe(names)}: if that is the "
        "file's system, choose it; if not, the data lie outside Belgium."
    )


def _where_under(
    bounds: tuple[float, float, float, float], crs: CRS
) -> tuple[float, float, float, float] | None:
    """The bounds as (min lon, min lat, max lon, max lat) under ``crs``; None if they do not
    transform to real places."""
    if not all(math.isfinite(b) for b in bounds):
        return None
    try:
        tr = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        lon0, lat0, lon1, lat1 = tr.transform_bounds(*bounds, densify_pts=5)
    except Exception:
        return None
    box = (lon0, lat0, lon1, lat1)
    if not all(math.isfinite(v) for v in box) or not (-90 <= lat0 <= lat1 <= 90):
        return None
    if not (-180 <= lon0 <= 180 and -180 <= lon1 <= 180):
        return None
    return box


#: A declared CRS whose area of use is smaller than this (degrees of longitude and latitude)
#: and holds the data is taken at its word: the data really lie there, not in Belgium.
_REGIONAL_DEG = (60.0, 45.0)


def _regional_fit(where: tuple[float, float, float, float], crs: CRS) -> bool:
    """True when ``crs`` is a regional CRS (e.g. Finnish TM35FIN) and the data lie inside its
    area of use: then they are certainly where that CRS says, and a Belgian CRS under which the
    numbers happen to fall in Belgium (Web Mercator for TM35FIN) is a coincidence."""
    area = crs.area_of_use
    if area is None or area.west > area.east:  # unknown, or across the antimeridian
        return False
    if area.east - area.west >= _REGIONAL_DEG[0] or area.north - area.south >= _REGIONAL_DEG[1]:
        return False  # world-wide (WGS 84, Web Mercator) or continental: proves nothing
    m = MARGIN_DEG
    lon0, lat0, lon1, lat1 = where
    return (
        area.west - m <= lon0
        and lon1 <= area.east + m
        and area.south - m <= lat0
        and lat1 <= area.north + m
    )


def _outside_message(
    source_name: str, name: str, crs: CRS, where: tuple[float, float, float, float], sure: bool
) -> str:
    lon0, lat0, lon1, lat1 = where
    place = f"longitude {lon0:.2f} to {lon1:.2f}, latitude {lat0:.2f} to {lat1:.2f}"
    area = crs.area_of_use
    inside = f", inside that CRS's area ({area.name.rstrip('.')})" if sure and area else ""
    return (
        f"{source_name} lies outside Belgium: under the CRS it declares, {name} ({crs.name}), "
        f"it covers {place}{inside}. accessmap analyses Belgian data: load a layer that covers "
        "Belgium. If the file's CRS is wrong, correct it (e.g. in QGIS) and load it again."
    )


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
            "Set the coordinate system when loading"
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
        name = declared.to_string()
        elsewhere = _where_under(bounds, declared)
        if elsewhere is not None and _regional_fit(elsewhere, declared):
            raise CRSError(_outside_message(source_name, name, declared, elsewhere, True))
        fits = fitting_crs(bounds)
        if not fits and elsewhere is not None:
            raise CRSError(_outside_message(source_name, name, declared, elsewhere, False))
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
