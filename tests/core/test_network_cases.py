"""Hand-computed toy networks shared by the network tests (imported by the other
``test_network_*`` modules), and the tests of the two headline cases: a river crossed by one
bridge, and a crossing without a shared vertex (a bridge over a street).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from scipy.spatial import Delaunay

from accessmap.core.network import WalkNetwork, network_nearest

CRS = "EPSG:31370"


def lines_gdf(coords: list[list[tuple[float, float]]], **cols) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(cols, geometry=[shapely.LineString(c) for c in coords], crs=CRS)


def river_lines() -> gpd.GeoDataFrame:
    """Two bank streets 100 m apart (y = 0 and y = 100), one bridge at x = 500."""
    return lines_gdf(
        [
            [(0, 0), (500, 0), (1000, 0)],  # south bank street
            [(0, 100), (500, 100), (1000, 100)],  # north bank street
            [(500, 0), (500, 100)],  # the only bridge
        ]
    )


def crossing_lines() -> gpd.GeoDataFrame:
    """Street A (y = 0) crossed at (100, 0) by B (x = 100) with no shared vertex; C joins them."""
    return lines_gdf(
        [
            [(0, 0), (200, 0)],  # A
            [(100, -100), (100, 100)],  # B, on a bridge over A
            [(200, 0), (200, 100), (100, 100)],  # C, from A's east end to B's north end
        ]
    )


def grid_lines(n: int = 6, step: float = 100.0) -> gpd.GeoDataFrame:
    """An n x n street grid with integer coordinates: every block side is exactly ``step``."""
    rows = [[(i * step, j * step) for i in range(n)] for j in range(n)]
    cols = [[(i * step, j * step) for j in range(n)] for i in range(n)]
    return lines_gdf(rows + cols)


def delaunay_lines(n_points: int = 60, seed: int = 0, drop: float = 0.2) -> gpd.GeoDataFrame:
    """A random planar street network: Delaunay edges of random points, some dropped."""
    rng = np.random.default_rng(seed)
    pts = rng.uniform(0, 1000, (n_points, 2))
    tri = Delaunay(pts)
    edges = set()
    for s in tri.simplices:
        for a, b in ((s[0], s[1]), (s[1], s[2]), (s[0], s[2])):
            edges.add((min(a, b), max(a, b)))
    edges = sorted(edges)
    keep = rng.uniform(size=len(edges)) >= drop
    return lines_gdf(
        [[tuple(pts[a]), tuple(pts[b])] for (a, b), k in zip(edges, keep, strict=True) if k]
    )


def test_river_with_one_bridge_straight_near_walking_far():
    net = WalkNetwork.from_lines(river_lines())
    origin = np.array([[100.0, -10.0]])  # 10 m south of the south street
    centres = np.array([[100.0, 110.0], [900.0, -30.0]])  # across the river; down the bank
    res = network_nearest(net, origin, centres)
    # straight line: centre 0 at 120 m, centre 1 at sqrt(800**2 + 20**2) = 800.25 m
    # walking to centre 0: 10 + 400 + 100 (bridge) + 400 + 10 = 920 m
    # walking to centre 1: 10 + 800 along the bank + 30 = 840 m  -> the nearer on foot
    assert res.dest_idx[0] == 1
    assert res.dist_m[0] == pytest.approx(840.0, abs=1e-6)
    only_across = network_nearest(net, origin, centres[:1])
    assert only_across.dist_m[0] == pytest.approx(920.0, abs=1e-6)
    detour = only_across.dist_m[0] / np.hypot(*(origin[0] - centres[0]))
    assert detour == pytest.approx(920.0 / 120.0)  # 7.67: the river is a barrier
    np.testing.assert_allclose(res.origin_snap_m, [10.0])
    np.testing.assert_allclose(res.dest_snap_m, [10.0, 30.0])


def test_crossing_without_shared_vertex_is_a_bridge_unless_noded():
    origin = np.array([[100.0, -105.0]])  # 5 m beyond B's south end
    centre = np.array([[0.0, 5.0]])  # 5 m north of A's west end
    bridge = WalkNetwork.from_lines(crossing_lines())
    assert bridge.summary["noding"] == "shared_vertices"
    # up B (200), along C (100 + 100), back along A (200), plus 5 m at each end
    assert network_nearest(bridge, origin, centre).dist_m[0] == pytest.approx(610.0, abs=1e-6)
    noded = WalkNetwork.from_lines(crossing_lines(), node_all_crossings=True)
    assert noded.summary["noding"] == "all_crossings"
    assert noded.summary["crossings_noded"] == 1
    # 5 + 100 to the crossing + 100 along A + 5
    assert network_nearest(noded, origin, centre).dist_m[0] == pytest.approx(210.0, abs=1e-6)
    assert noded.summary["nodes"] == bridge.summary["nodes"] + 1


def test_test_builders_make_connected_networks():
    for gdf in (grid_lines(), delaunay_lines(), river_lines()):
        net = WalkNetwork.from_lines(gdf, min_component_share=0.0)
        assert net.summary["nodes"] >= 4 and net.summary["edges"] >= 3
    grid = WalkNetwork.from_lines(grid_lines(6))
    assert grid.summary["nodes"] == 36 and grid.summary["edges"] == 60
    assert grid.summary["total_km"] == pytest.approx(6.0)
