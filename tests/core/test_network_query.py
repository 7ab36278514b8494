"""Nearest centre and cost table over the network: snapping, ties, networkx agreement, errors."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import shapely
from test_network_cases import delaunay_lines, grid_lines, river_lines

from accessmap.core.errors import NetworkError
from accessmap.core.network import (
    WalkNetwork,
    network_nearest,
    network_pairs_within,
    snap_points,
)


@pytest.fixture(scope="module")
def river():
    return WalkNetwork.from_lines(river_lines())


def test_snap_to_the_nearest_edge_with_partial_lengths(river):
    # 30 m south of the south street, 120 m from its west end (0, 0)
    s = snap_points(river, np.array([[120.0, -30.0]]))
    assert s.snapped[0] and s.dist_m[0] == pytest.approx(30.0)
    u, v = river.node_xy[s.u[0]], river.node_xy[s.v[0]]
    assert {tuple(u), tuple(v)} == {(0.0, 0.0), (500.0, 0.0)}
    at_u = 120.0 if tuple(u) == (0.0, 0.0) else 380.0
    assert s.along[0] == pytest.approx(at_u)
    assert s.wu[0] == pytest.approx(30.0 + at_u) and s.wv[0] == pytest.approx(30.0 + 500.0 - at_u)


def test_two_points_on_one_edge_walk_directly_along_it(river):
    res = network_nearest(river, np.array([[100.0, -10.0]]), np.array([[300.0, -20.0]]))
    assert res.dist_m[0] == pytest.approx(10.0 + 200.0 + 20.0)
    pairs = network_pairs_within(
        river, np.array([[100.0, -10.0]]), np.array([[300.0, -20.0]]), 500.0
    )
    assert pairs["cost"].tolist() == pytest.approx([230.0])


def test_snapping_limit_is_inclusive_and_settable(river):
    pts = np.array([[200.0, -249.0], [200.0, -251.0], [200.0, np.nan]])
    s = snap_points(river, pts)
    assert s.snapped.tolist() == [True, False, False]
    assert np.isnan(s.dist_m[1]) and s.edge[1] == -1
    assert snap_points(river, pts, snap_max_m=300.0).snapped.tolist() == [True, True, False]
    res = network_nearest(river, pts, np.array([[100.0, 110.0]]))
    assert res.origin_snapped.tolist() == [True, False, False]
    assert np.isfinite(res.dist_m[0]) and np.isinf(res.dist_m[1:]).all()
    assert (res.dest_idx[1:] == -1).all()


def test_unsnapped_centres_are_reported_and_never_chosen(river):
    res = network_nearest(
        river, np.array([[100.0, -10.0]]), np.array([[100.0, 5000.0], [900.0, 110.0]])
    )
    assert res.dest_snapped.tolist() == [False, True]
    assert res.dest_idx[0] == 1 and np.isnan(res.dest_snap_m[0])


def test_no_points_near_the_network_raise(river):
    far = np.array([[50_000.0, 50_000.0]])
    near = np.array([[100.0, -10.0]])
    with pytest.raises(NetworkError, match="does not cover the sectors"):
        network_nearest(river, far, near)
    with pytest.raises(NetworkError, match="does not cover the centres"):
        network_nearest(river, near, far)
    with pytest.raises(NetworkError, match="does not cover the sectors") as err:
        network_pairs_within(river, far, near, 1000.0)
    assert "network extent" in err.value.details
    with pytest.raises(NetworkError, match="maximum snapping distance"):
        network_nearest(river, near, near, snap_max_m=0.0)
    with pytest.raises(NetworkError, match="maximum snapping distance"):
        snap_points(river, near, snap_max_m=50_000.0)


def test_no_centres_gives_unreachable_not_an_error(river):
    res = network_nearest(river, np.array([[100.0, -10.0]]), np.empty((0, 2)))
    assert np.isinf(res.dist_m).all() and (res.dest_idx == -1).all()
    assert network_pairs_within(river, np.array([[100.0, -10.0]]), np.empty((0, 2)), 100.0).empty


def _kept_lines(net, lines):
    """The input lines that are edges of the network (Delaunay lines: one edge each)."""
    node_of = {tuple(xy): i for i, xy in enumerate(net.node_xy)}
    out = []
    for g in lines.geometry.to_numpy():
        c = np.round(shapely.get_coordinates(g), 6)
        if tuple(c[0]) in node_of and tuple(c[-1]) in node_of:
            out.append((g, node_of[tuple(c[0])], node_of[tuple(c[-1])]))
    return out


@pytest.mark.parametrize("seed", [0, 1])
def test_snapping_agrees_with_shapely_brute_force(seed):
    lines = delaunay_lines(70, seed=seed)
    net = WalkNetwork.from_lines(lines, min_component_share=0.0)
    kept = _kept_lines(net, lines)
    geoms = np.array([k[0] for k in kept])
    pts = np.random.default_rng(seed).uniform(-100, 1100, (300, 2))
    s = snap_points(net, pts, snap_max_m=60.0)
    for i, p in enumerate(pts):
        dist = shapely.distance(geoms, shapely.Point(p))
        j = int(np.argmin(dist))
        assert s.snapped[i] == (dist[j] <= 60.0)
        if not s.snapped[i]:
            continue
        assert s.dist_m[i] == pytest.approx(dist[j], abs=1e-6)  # vertices rounded to 1 µm
        # the chosen edge is a nearest one (a point nearest to a junction may take either)
        mine = [
            k for k in range(len(kept)) if {kept[k][1], kept[k][2]} == {int(s.u[i]), int(s.v[i])}
        ]
        k = min(mine, key=lambda k: dist[k])
        assert dist[k] == pytest.approx(dist[j], abs=1e-6)
        g, u, _ = kept[k]
        along = shapely.line_locate_point(g, shapely.Point(p))
        along_from_su = along if s.u[i] == u else g.length - along
        assert s.along[i] == pytest.approx(along_from_su, abs=1e-6 + net.quantum_m)
    assert 50 < s.snapped.sum() < 300


def _networkx_reference(net, o, d):
    """networkx on the network's edges plus the snapped points as extra nodes."""
    G = nx.Graph()
    for u, v, w in zip(net.edge_u, net.edge_v, net.edge_len_m, strict=True):
        if u != v and (not G.has_edge(u, v) or G[u][v]["weight"] > w):
            G.add_edge(int(u), int(v), weight=float(w))
    for tag, s in (("o", o), ("d", d)):
        for i in np.flatnonzero(s.snapped):
            G.add_edge((tag, int(i)), int(s.u[i]), weight=float(s.wu[i]))
            G.add_edge((tag, int(i)), int(s.v[i]), weight=float(s.wv[i]))
    for i in np.flatnonzero(o.snapped):  # points on one edge reach each other along it
        for j in np.flatnonzero(d.snapped & (d.edge == o.edge[i])):
            w = o.offset[i] + abs(o.along[i] - d.along[j]) + d.offset[j]
            G.add_edge(("o", int(i)), ("d", int(j)), weight=float(w))
    return G


@pytest.mark.parametrize(
    ("seed", "n_dests", "limit"), [(0, 7, 400.0), (1, 7, 400.0), (2, 45, 150.0)]
)
def test_nearest_agrees_with_networkx_on_random_graphs(seed, n_dests, limit):
    lines = delaunay_lines(70, seed=seed)
    net = WalkNetwork.from_lines(lines, min_component_share=0.0)
    rng = np.random.default_rng(seed + 10)
    origins = rng.uniform(-50, 1050, (120, 2))
    dests = rng.uniform(0, 1000, (n_dests, 2))  # 45: three blocks of the cost table
    G = _networkx_reference(net, snap_points(net, origins), snap_points(net, dests))
    sources = [("d", j) for j in range(len(dests)) if ("d", j) in G]
    ref = nx.multi_source_dijkstra_path_length(G, sources)
    res = network_nearest(net, origins, dests)
    expected = np.array([ref.get(("o", i), np.inf) for i in range(len(origins))])
    np.testing.assert_array_equal(np.isfinite(expected), np.isfinite(res.dist_m))
    fin = np.isfinite(expected)
    assert fin.sum() > 50
    np.testing.assert_allclose(res.dist_m[fin], expected[fin], atol=1e-6, rtol=0)
    # pairs within the limit: every pair, and only those, with the same costs
    pairs = network_pairs_within(net, origins, dests, limit)
    got = {(o, d): c for o, d, c in pairs.itertuples(index=False)}
    want = {}
    for _, j in sources:
        lengths = nx.single_source_dijkstra_path_length(G, ("d", j), cutoff=limit)
        for key, c in lengths.items():
            if isinstance(key, tuple) and key[0] == "o" and c <= limit:
                want[(key[1], j)] = c
    assert got.keys() == want.keys() and len(got) > 20
    np.testing.assert_allclose([got[k] for k in want], [want[k] for k in want], atol=1e-6, rtol=0)
    assert pairs["origin"].dtype == np.int64 and pairs["dest"].dtype == np.int64
    assert pairs["cost"].dtype == np.float64


def test_ties_go_to_the_lowest_centre_index():
    net = WalkNetwork.from_lines(grid_lines(8))  # 100 m blocks, exact integer lengths
    nodes = net.node_xy
    rng = np.random.default_rng(4)
    dests = nodes[rng.choice(len(nodes), 9, replace=False)]
    origins = np.r_[nodes, (nodes[:20] + nodes[20:40]) / 2]  # junctions and mid-points
    res = network_nearest(net, origins, dests)
    # brute force: every centre on its own, lexicographic (distance, index)
    per = np.stack(
        [network_nearest(net, origins, dests[j : j + 1]).dist_m for j in range(len(dests))]
    )
    best = per.min(axis=0)
    np.testing.assert_array_equal(res.dist_m, best)
    first = np.argmax(per == best, axis=0)
    np.testing.assert_array_equal(res.dest_idx, first)
    assert (np.sum(per == best, axis=0) > 1).sum() > 10  # the case really has ties
    # shuffling the centres changes the winner of a tie only by index order
    rev = network_nearest(net, origins, dests[::-1])
    np.testing.assert_array_equal(rev.dist_m, res.dist_m)
    np.testing.assert_array_equal(rev.dest_idx, np.argmax(per[::-1] == best, axis=0))


def test_progress_reaches_one(river):
    seen = []
    network_nearest(
        river,
        np.array([[100.0, -10.0]]),
        np.array([[100.0, 110.0]]),
        progress=lambda f, m: seen.append(f),
    )
    assert seen[-1] == 1.0
    seen.clear()
    network_pairs_within(
        river,
        np.array([[100.0, -10.0]]),
        np.array([[100.0, 110.0]]),
        2000.0,
        progress=lambda f, m: seen.append(f),
    )
    assert seen and seen[-1] == 1.0


def test_snapping_is_cached_per_point_set_and_read_only(river):
    pts = np.array([[100.0, -10.0], [300.0, 20.0]])
    a = snap_points(river, pts)
    assert snap_points(river, pts.copy()) is a  # same coordinates: the cached result
    assert snap_points(river, pts, snap_max_m=100.0) is not a
    assert snap_points(river, pts + 1.0) is not a
    with pytest.raises(ValueError, match="read-only"):
        a.wu[0] = 0.0


def test_too_many_centres_raise(river):
    with pytest.raises(NetworkError, match="at most 65,536 centres"):
        network_nearest(river, np.array([[100.0, -10.0]]), np.zeros((65_537, 2)))
