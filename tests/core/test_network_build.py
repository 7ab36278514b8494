"""Building a WalkNetwork from lines: junctions, endpoint joins, steps, components, errors."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from test_network_cases import CRS, crossing_lines, delaunay_lines, grid_lines, lines_gdf

from accessmap.core.errors import NetworkError
from accessmap.core.network import WalkNetwork, network_nearest


def test_lines_split_at_shared_interior_vertices():
    # a long line passes through (100, 0), which a side street shares: three edges meet there
    net = WalkNetwork.from_lines(lines_gdf([[(0, 0), (100, 0), (250, 0)], [(100, 0), (100, 80)]]))
    assert net.summary["nodes"] == 4 and net.summary["edges"] == 3
    np.testing.assert_allclose(sorted(net.edge_len_m), [80.0, 100.0, 150.0])
    deg = np.bincount(np.r_[net.edge_u, net.edge_v])
    assert deg.max() == 3


def test_vertices_that_are_not_shared_do_not_split_and_lengths_follow_the_line():
    # a bent street with an unshared middle vertex: one edge, length = polyline length
    net = WalkNetwork.from_lines(lines_gdf([[(0, 0), (30, 40), (30, 100)], [(30, 100), (90, 100)]]))
    assert net.summary["edges"] == 2
    np.testing.assert_allclose(sorted(net.edge_len_m), [60.0, 110.0])  # 50 + 60, and 60


def test_edge_lengths_match_geometry_within_half_a_quantum():
    gdf = delaunay_lines(80, seed=3)
    net = WalkNetwork.from_lines(gdf, min_component_share=0.0)
    geo = net.to_geodataframe()
    assert geo.crs == CRS and len(geo) == net.summary["edges"]
    np.testing.assert_allclose(geo.length.to_numpy(), net.edge_len_m, atol=net.quantum_m / 2 + 1e-9)
    # every length is an exact multiple of the quantum
    q = net.edge_len_m / net.quantum_m
    np.testing.assert_array_equal(q, np.round(q))


def test_dangling_endpoint_within_tolerance_joins_the_line_it_touches():
    street = [(0, 0), (200, 0)]
    stub = [(0, 0), (0, -50)]
    side = [(100, 0.3), (100, 80)]  # ends 0.3 m short of the street, in mid-block
    far = [(100, 0.8), (100, 80)]  # 0.8 m short: beyond the default 0.5 m tolerance
    joined = WalkNetwork.from_lines(lines_gdf([street, stub, side]))
    assert joined.summary["endpoints_joined"] == 1
    assert joined.summary["edges"] == 4 and joined.summary["components_dropped"] == 0
    # from the side street's top to the street's west end: 79.7 + 100
    res = network_nearest(joined, np.array([[100.0, 80.0]]), np.array([[0.0, 0.0]]))
    assert res.dist_m[0] == pytest.approx(79.7 + 100.0, abs=1e-5)
    apart = WalkNetwork.from_lines(lines_gdf([street, stub, far]), min_component_share=0.0)
    assert apart.summary["endpoints_joined"] == 0 and apart.summary["components_dropped"] == 1
    wider = WalkNetwork.from_lines(lines_gdf([street, stub, far]), snap_tolerance_m=1.0)
    assert wider.summary["endpoints_joined"] == 1


def test_two_dangling_endpoints_close_together_join_each_other():
    net = WalkNetwork.from_lines(lines_gdf([[(0, 0), (100, 0)], [(100.2, 0.1), (200, 0)]]))
    assert net.summary["components_dropped"] == 0 and net.summary["edges"] == 2
    assert net.summary["nodes"] == 3


def test_largest_component_is_kept_and_the_rest_reported():
    gdf = lines_gdf(
        [[(0, 0), (100, 0), (200, 0)], [(100, 0), (100, 100)], [(500, 500), (520, 500)]]
    )
    net = WalkNetwork.from_lines(gdf)
    s = net.summary
    assert (s["nodes"], s["edges"], s["components_dropped"], s["nodes_dropped"]) == (4, 3, 1, 2)
    assert s["edges_dropped"] == 1 and s["km_dropped"] == pytest.approx(0.02)
    assert s["total_km"] == pytest.approx(0.3)


def test_steps_are_flagged_and_step_free_drops_them():
    gdf = lines_gdf(
        [[(0, 0), (100, 0)], [(100, 0), (100, 20)], [(0, 0), (0, 300), (100, 300), (100, 20)]],
        highway=["footway", "steps", "residential"],
    )
    net = WalkNetwork.from_lines(gdf)
    assert net.summary["step_edges"] == 1
    o, c = np.array([[0.0, 0.0]]), np.array([[100.0, 20.0]])
    assert network_nearest(net, o, c).dist_m[0] == pytest.approx(120.0)
    free = net.step_free()
    assert free.summary["step_edges"] == 0 and free.summary["steps_removed"] == 1
    assert network_nearest(free, o, c).dist_m[0] == pytest.approx(300 + 100 + 280.0)
    # a boolean steps column works too
    gdf2 = gdf.drop(columns="highway").assign(steps=[False, True, False])
    assert WalkNetwork.from_lines(gdf2).summary["step_edges"] == 1


def test_reprojects_from_wgs84():
    # ~111 m north along a meridian in Brussels
    gdf = gpd.GeoDataFrame(
        geometry=[
            shapely.LineString([(4.35, 50.85), (4.35, 50.851)]),
            shapely.LineString([(4.35, 50.851), (4.351, 50.851)]),
        ],
        crs="EPSG:4326",
    )
    net = WalkNetwork.from_lines(gdf)
    assert net.crs == CRS
    assert net.node_xy[:, 0].min() > 140_000 and net.node_xy[:, 1].min() > 160_000
    assert sorted(net.edge_len_m)[1] == pytest.approx(111.2, abs=0.5)


def test_multilinestrings_are_split_into_their_parts():
    ml = shapely.MultiLineString([[(0, 0), (100, 0)], [(100, 0), (100, 100)]])
    net = WalkNetwork.from_lines(gpd.GeoDataFrame(geometry=[ml], crs=CRS))
    assert net.summary["edges"] == 2 and net.summary["total_km"] == pytest.approx(0.2)


def test_parallel_edges_keep_the_shortest_in_the_graph():
    gdf = lines_gdf([[(0, 0), (100, 0)], [(0, 0), (50, 60), (100, 0)], [(100, 0), (200, 0)]])
    net = WalkNetwork.from_lines(gdf)
    assert net.summary["edges"] == 3
    assert net.graph.nnz == 4  # two node pairs, both directions
    assert net.graph.max() == pytest.approx(100.0)


@pytest.mark.parametrize(
    ("gdf", "match"),
    [
        (gpd.GeoDataFrame(geometry=[], crs=CRS), "holds no lines"),
        (gpd.GeoDataFrame(geometry=[shapely.Point(0, 0)], crs=CRS), "holds no lines"),
        (
            gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (1, 1)])]),
            "no coordinate reference system",
        ),
        (lines_gdf([[(0, 0), (0, 0)]]), "no usable street"),
        (lines_gdf([[(0, 0), (100, 0)]]), "too small to walk on"),
    ],
)
def test_bad_lines_raise_clear_network_errors(gdf, match):
    with pytest.raises(NetworkError, match=match):
        WalkNetwork.from_lines(gdf)


def test_lines_without_shared_vertices_fall_apart_and_the_error_suggests_noding():
    # a grid drawn as crossing lines without shared vertices (as some GIS layers are)
    gdf = lines_gdf(
        [[(0, y), (500, y)] for y in (50, 150, 250, 350, 450)]
        + [[(x, 0), (x, 500)] for x in (50, 150, 250, 350, 450)]
    )
    with pytest.raises(NetworkError, match="node all crossings") as err:
        WalkNetwork.from_lines(gdf)
    assert "10 unconnected pieces" in err.value.message
    net = WalkNetwork.from_lines(gdf, node_all_crossings=True)
    assert net.summary["crossings_noded"] == 25 and net.summary["components_dropped"] == 0


def test_coordinates_that_do_not_fit_the_crs_raise():
    gdf = gpd.GeoDataFrame(
        geometry=[shapely.LineString([(4e6, 5e7), (4e6 + 10, 5e7)])], crs="EPSG:4326"
    )
    with pytest.raises(NetworkError, match="layer's CRS is probably wrong"):
        WalkNetwork.from_lines(gdf)


def test_grid_and_crossing_helpers_give_the_expected_shapes():
    assert WalkNetwork.from_lines(crossing_lines()).summary["edges"] == 3  # A, B, C whole
    assert WalkNetwork.from_lines(grid_lines(3)).summary["edges"] == 12


def test_step_free_of_a_network_of_only_steps_raises():
    gdf = lines_gdf([[(0, 0), (10, 0)], [(10, 0), (10, 10)]], highway=["steps", "steps"])
    net = WalkNetwork.from_lines(gdf)
    with pytest.raises(NetworkError, match="Every street of the network is a flight of steps"):
        net.step_free()
