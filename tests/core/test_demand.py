"""Demand points: representative points, population-weighted means, snapping inside."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import Polygon, box

from accessmap.core.demand import SNAP_INSIDE_M, demand_points
from accessmap.core.errors import CRSError, DataFormatError

CRS = "EPSG:31370"
# A U-shaped sector: the 30 x 30 square minus the notch 10..20 x 10..30 (open at the top).
U = Polygon([(0, 0), (30, 0), (30, 30), (20, 30), (20, 10), (10, 10), (10, 30), (0, 30)])


def _sectors(*geoms):
    return gpd.GeoDataFrame(
        {"sector_id": [f"s{i}" for i in range(len(geoms))]}, geometry=list(geoms), crs=CRS
    )


def _residents(xs, ys, pops, crs=CRS):
    return gpd.GeoDataFrame({"population": pops}, geometry=gpd.points_from_xy(xs, ys), crs=crs)


def test_representative_points_are_inside():
    sectors = _sectors(box(0, 0, 10, 10), U)
    xy = demand_points(sectors)
    assert xy.shape == (2, 2)
    assert shapely.contains_xy(sectors.geometry.values, xy[:, 0], xy[:, 1]).all()
    # The centroid of U is outside it: x = 15, y = (900 * 15 - 200 * 20) / 700 = 13.57, in
    # the notch; the representative point is what we use.
    c = U.centroid
    assert not U.contains(c) and np.isclose(c.y, 95 / 7)
    expected = shapely.get_coordinates(sectors.geometry.representative_point().values)
    np.testing.assert_allclose(xy, expected)


def test_weighted_mean_of_residents():
    sectors = _sectors(box(0, 0, 10, 10), box(10, 0, 20, 10))
    # Sector 0: (2, 2) x 1 and (8, 2) x 3 -> x = (2 + 24) / 4 = 6.5, y = 2.
    # Sector 1: no residents -> its representative point.
    res = _residents([2, 8], [2, 2], [1.0, 3.0])
    xy = demand_points(sectors, res)
    np.testing.assert_allclose(xy[0], [6.5, 2.0])
    np.testing.assert_allclose(xy[1], demand_points(sectors)[1])


def test_zero_and_missing_weights_fall_back():
    sectors = _sectors(box(0, 0, 10, 10), box(10, 0, 20, 10))
    # Sector 0: weights 0 and NaN only -> representative point; sector 1: (12, 4) x 2, (18, 8) x NaN
    # -> NaN weighs 0 -> (12, 4).
    res = _residents([2, 3, 12, 18], [2, 3, 4, 8], [0.0, np.nan, 2.0, np.nan])
    xy = demand_points(sectors, res)
    np.testing.assert_allclose(xy[0], demand_points(sectors)[0])
    np.testing.assert_allclose(xy[1], [12.0, 4.0])


def test_point_on_shared_border_counts_once_for_first_sector():
    sectors = _sectors(box(0, 0, 10, 10), box(10, 0, 20, 10))
    # (10, 5) x 2 lies on both; it goes to sector 0 only: sector 0 = ((10*2 + 4*2)/4, 5) = (7, 5),
    # sector 1 = (16, 5) alone.
    res = _residents([10, 4, 16], [5, 5, 5], [2.0, 2.0, 1.0])
    xy = demand_points(sectors, res)
    np.testing.assert_allclose(xy, [[7.0, 5.0], [16.0, 5.0]])


def test_mean_outside_u_shape_is_snapped_inside():
    sectors = _sectors(U)
    # (5, 25) x 1 and (25, 25) x 1.2: x = (5 + 30) / 2.2 = 15.909, y = 25 -> in the notch.
    # Nearest boundary point: (20, 25), 4.09 m away; the result is inside within 1 m of it.
    res = _residents([5, 25], [25, 25], [1.0, 1.2])
    xy = demand_points(sectors, res)[0]
    assert shapely.contains_xy(U, xy[0], xy[1])
    assert np.hypot(xy[0] - 20.0, xy[1] - 25.0) <= SNAP_INSIDE_M + 1e-9


def test_missing_geometry_gives_nan():
    sectors = _sectors(box(0, 0, 10, 10), None)
    xy = demand_points(sectors)
    assert np.isnan(xy[1]).all() and np.isfinite(xy[0]).all()


def test_resident_errors():
    sectors = _sectors(box(0, 0, 10, 10))
    with pytest.raises(CRSError):
        demand_points(sectors, _residents([1], [1], [1.0], crs="EPSG:3812"))
    with pytest.raises(DataFormatError):
        demand_points(sectors, _residents([1], [1], [-1.0]))
    no_pop = _residents([1], [1], [1.0]).rename(columns={"population": "inhabitants"})
    with pytest.raises(DataFormatError):
        demand_points(sectors, no_pop)


def test_real_brussels_sectors(shared_data):
    path = shared_data / "brussels" / "statbel_sectors_2020_brussels.gpkg"
    sectors = gpd.read_file(path)
    assert sectors.crs.to_epsg() == 31370
    xy = demand_points(sectors)
    assert xy.shape == (724, 2)
    # every demand point lies inside its own sector, even the crescent-shaped ones
    assert shapely.intersects_xy(sectors.geometry.values, xy[:, 0], xy[:, 1]).all()
