"""CRS checks: missing or wrong CRS refused with the fitting CRS named; good layers reprojected."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely
from pyproj import Transformer

from accessmap.core.crs import (
    SWAPPED_LATLON,
    check_crs,
    crs_name,
    fits_belgium,
    fitting_crs,
    parse_crs,
)
from accessmap.core.errors import CRSError

# Brussels Grand-Place and a point near Antwerp, in lon/lat (WGS 84).
LONLAT = [(4.3525, 50.8467), (4.40, 51.22)]


def _project(crs: str) -> list[tuple[float, float]]:
    tr = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    return [tr.transform(lon, lat) for lon, lat in LONLAT]


def _points(xy: list[tuple[float, float]], crs: object) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"v": range(len(xy))}, geometry=shapely.points(xy), crs=crs)


def _bounds(xy: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = zip(*xy, strict=True)
    return (min(xs), min(ys), max(xs), max(ys))


@pytest.mark.parametrize("crs", ["EPSG:31370", "EPSG:3812", "EPSG:4326", "EPSG:3857", "EPSG:25831"])
def test_each_candidate_is_recognised_alone(crs: str) -> None:
    assert fitting_crs(_bounds(_project(crs))) == [crs]


def test_swapped_latlon_is_recognised() -> None:
    swapped = [(lat, lon) for lon, lat in LONLAT]
    assert fitting_crs(_bounds(swapped)) == [SWAPPED_LATLON]
    assert not fits_belgium(_bounds(swapped), "EPSG:4326")


def test_degree_sized_numbers_never_fit_a_projected_crs() -> None:
    assert fitting_crs((0.0, 0.0, 1.0, 1.0)) == []
    assert not fits_belgium((4.3, 50.8, 4.4, 50.9), "EPSG:31370")


def test_missing_crs_refused_naming_the_fitting_one() -> None:
    gdf = _points(_project("EPSG:31370"), None)
    with pytest.raises(CRSError) as err:
        check_crs(gdf, "The test layer")
    msg = err.value.message
    assert "no coordinate reference system" in msg
    assert "EPSG:31370 (Belgian Lambert 72)" in msg
    assert "EPSG:3812" not in msg


def test_missing_crs_with_web_mercator_coordinates() -> None:
    gdf = _points(_project("EPSG:3857"), None)
    with pytest.raises(CRSError, match=r"EPSG:3857 \(Web Mercator\)"):
        check_crs(gdf, "x")


def test_lambert72_declared_as_lambert2008_refused() -> None:
    gdf = _points(_project("EPSG:31370"), "EPSG:3812")
    with pytest.raises(CRSError) as err:
        check_crs(gdf, "The sectors")
    msg = err.value.message
    assert "do not fall in Belgium under the CRS it declares, EPSG:3812" in msg
    assert "would fall in Belgium only if read as EPSG:31370" in msg
    assert err.value.details  # technical part kept


def test_lambert2008_declared_as_lambert72_refused() -> None:
    gdf = _points(_project("EPSG:3812"), "EPSG:31370")
    with pytest.raises(CRSError, match="only if read as EPSG:3812"):
        check_crs(gdf, "x")


def test_swapped_latlon_declared_wgs84_refused_with_swap_advice() -> None:
    gdf = _points([(lat, lon) for lon, lat in LONLAT], "EPSG:4326")
    with pytest.raises(CRSError) as err:
        check_crs(gdf, "x")
    assert "wrong order" in err.value.message
    assert "swap the x and y" in err.value.message


def test_coordinates_fitting_nothing() -> None:
    gdf = _points([(10.0, 10.0), (11.0, 11.0)], None)  # degrees in Africa
    with pytest.raises(CRSError, match="fit none of the usual Belgian coordinate systems"):
        check_crs(gdf, "x")


def test_wgs84_reprojected_to_lambert72() -> None:
    out = check_crs(_points(LONLAT, "EPSG:4326"), "x")
    assert out.crs.to_epsg() == 31370
    expected = _project("EPSG:31370")
    assert out.geometry.x.iloc[0] == pytest.approx(expected[0][0], abs=0.01)
    assert out.geometry.y.iloc[1] == pytest.approx(expected[1][1], abs=0.01)
    # Grand-Place is near (149,000, 170,000) in Lambert 72.
    assert 148_000 < out.geometry.x.iloc[0] < 150_500
    assert 169_500 < out.geometry.y.iloc[0] < 171_500


def test_assume_crs_only_when_missing() -> None:
    xy = _project("EPSG:3812")
    out = check_crs(_points(xy, None), "x", assume_crs="EPSG:3812")
    assert out.crs.to_epsg() == 31370
    # Lambert 2008 and 72 differ by ~500 km in false origin: the point moved accordingly.
    assert out.geometry.x.iloc[0] == pytest.approx(_project("EPSG:31370")[0][0], abs=1.0)
    with pytest.raises(
        CRSError, match="only if read as EPSG:3812"
    ):  # declared CRS is not overridden
        check_crs(_points(xy, "EPSG:31370"), "x", assume_crs="EPSG:3812")


def test_unknown_crs_text() -> None:
    with pytest.raises(CRSError, match="not a coordinate reference system"):
        parse_crs("EPSG:999999", "the centres")


def test_crs_name_for_messages() -> None:
    assert crs_name(None) == "none"
    assert crs_name(31370) == "EPSG:31370"
    assert crs_name("epsg:4326") == "EPSG:4326"
    assert crs_name("not a crs") == "not a crs"  # shown as given, never an exception


# Helsinki (Senate Square, lon 24.95, lat 60.17) in Finnish TM35FIN, EPSG:3067: read as Web
# Mercator these numbers fall near Ostend, so a hint "would fit EPSG:3857" was plainly wrong.
HELSINKI_TM35FIN = [(385_600.0, 6_672_100.0), (386_400.0, 6_672_700.0)]


def test_finnish_tm35fin_declared_is_outside_belgium_and_names_no_belgian_crs() -> None:
    assert fitting_crs(_bounds(HELSINKI_TM35FIN)) == ["EPSG:3857"]  # the coincidence
    with pytest.raises(CRSError) as err:
        check_crs(_points(HELSINKI_TM35FIN, "EPSG:3067"), "The sector layer 'fi.gpkg'")
    msg = err.value.message
    assert "lies outside Belgium" in msg
    assert "EPSG:3067 (ETRS89 / TM35FIN(E,N))" in msg
    assert "latitude 60.17" in msg and "Finland" in msg
    assert "3857" not in msg and "Web Mercator" not in msg


def test_without_crs_a_fit_is_offered_as_a_possibility_only() -> None:
    with pytest.raises(CRSError) as err:
        check_crs(_points(HELSINKI_TM35FIN, None), "x")
    msg = err.value.message
    assert "would fall in Belgium only if read as EPSG:3857" in msg
    assert "if not, the data lie outside Belgium" in msg


def test_declared_wgs84_elsewhere_says_where() -> None:
    # degrees in Africa declared as WGS 84: no Belgian CRS fits; say where they lie
    with pytest.raises(CRSError) as err:
        check_crs(_points([(10.0, 10.0), (11.0, 11.0)], "EPSG:4326"), "x")
    msg = err.value.message
    assert "lies outside Belgium" in msg and "longitude 10.00 to 11.00" in msg
    assert "Finland" not in msg and "area" not in msg  # WGS 84 is world-wide: no area claim
