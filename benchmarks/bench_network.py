"""Walking-network speed on a synthetic city-sized street grid, against references in one run.

A jittered street grid of ``--side``**2 nodes (default 708**2 = 501,264 nodes, ~1,001,000
edges, 80 m blocks), drawn as ~200,000 lines of 5 blocks each that share their junction
vertices, as OpenStreetMap ways do; 500 centres and 20,000 demand points at random places
(snapped onto the nearest street). Prints:

- graph building from the lines (``WalkNetwork.from_lines``) and the segment index;
- our all-sector nearest walking distance (``network_nearest``: snapping + one multi-source run),
  cold and with the points already snapped (snapping is cached per point set), and snapping
  alone against shapely's ``STRtree.query_nearest``;
- the floor: one bare ``scipy.sparse.csgraph.dijkstra(..., min_only=True)`` call on the same
  prepared graph (centres as virtual source nodes), no snapping, no bookkeeping;
- networkx ``multi_source_dijkstra_path_length`` on the same graph (results must agree to 1e-6 m);
- the incremental update (``NearestState``) for one added / removed / moved centre against a full
  recompute, checked equal bit for bit;
- the cost table for the E2SFCA (``network_pairs_within`` with a 1,500 m limit).

Run: ``python benchmarks/bench_network.py [--side 708] [--centres 500] [--points 20000]
[--repeat 3] [--no-networkx]``. Figures go to docs/perf_network.md by hand.
"""

from __future__ import annotations

import argparse
import resource
import time

import geopandas as gpd
import numpy as np
import shapely
from scipy.sparse.csgraph import dijkstra

from accessmap.core.network import NearestState, WalkNetwork, network_nearest, network_pairs_within
from accessmap.core.network_query import augmented_graph
from accessmap.core.network_snap import same_edge_pairs, snap_points

BLOCK_M = 80.0
WAY_BLOCKS = 5


def grid_lines(side: int, seed: int = 0) -> gpd.GeoDataFrame:
    """Street lines of a jittered grid; every way spans WAY_BLOCKS blocks, junctions shared."""
    rng = np.random.default_rng(seed)
    ii, jj = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    xy = np.stack([ii * BLOCK_M, jj * BLOCK_M], axis=-1) + rng.uniform(-15, 15, (side, side, 2))
    xy += (150_000.0, 170_000.0)  # somewhere in Belgian Lambert 72
    geoms = []
    for arr in (xy, xy.transpose(1, 0, 2)):  # rows, then columns
        starts = np.arange(0, side - 1, WAY_BLOCKS)
        for s in starts:
            e = min(s + WAY_BLOCKS, side - 1)
            piece = arr[:, s : e + 1, :]  # (side, k, 2)
            k = piece.shape[1]
            geoms.append(
                shapely.linestrings(piece.reshape(-1, 2), indices=np.repeat(np.arange(side), k))
            )
    return gpd.GeoDataFrame(geometry=np.concatenate(geoms), crs="EPSG:31370")


def timed(fn, repeat: int = 1, setup=None):
    best, out = float("inf"), None
    for _ in range(repeat):
        if setup is not None:
            setup()
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--side", type=int, default=708)
    ap.add_argument("--centres", type=int, default=500)
    ap.add_argument("--points", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-networkx", action="store_true")
    args = ap.parse_args()
    rng = np.random.default_rng(1)

    t_lines, lines = timed(lambda: grid_lines(args.side))
    t_build, net = timed(lambda: WalkNetwork.from_lines(lines))
    t_index, _ = timed(lambda: net.segment_index)
    print(
        f"grid: {net.summary['nodes']:,} nodes, {net.summary['edges']:,} edges, {len(lines):,} lines "
        f"(made in {t_lines:.2f} s)"
    )
    print(f"build graph from lines:           {t_build:8.3f} s")
    print(f"segment index (first snap only):  {t_index:8.3f} s")

    x0, y0, x1, y1 = net.bounds
    origin_xy = np.c_[rng.uniform(x0, x1, args.points), rng.uniform(y0, y1, args.points)]
    dest_xy = np.c_[rng.uniform(x0, x1, args.centres), rng.uniform(y0, y1, args.centres)]

    cache = net.__dict__.setdefault("_snap_cache", {})  # snapping is cached per point set
    o, d = snap_points(net, origin_xy), snap_points(net, dest_xy)
    rows = np.flatnonzero(d.snapped)
    g = augmented_graph(net.graph, d, rows, np.zeros(len(rows)))
    src = np.arange(net.n_nodes, net.n_nodes + len(rows), dtype=np.int32)
    # interleaved, best of --repeat each: the machine's load changes between runs
    t_ours = t_snap = t_warm = t_floor = float("inf")
    for _ in range(args.repeat):
        cache.clear()
        t, res = timed(lambda: network_nearest(net, origin_xy, dest_xy))
        t_ours = min(t_ours, t)
        t_warm = min(t_warm, timed(lambda: network_nearest(net, origin_xy, dest_xy))[0])
        t, floor = timed(lambda: dijkstra(g, directed=True, indices=src, min_only=True))
        t_floor = min(t_floor, t)
        cache.clear()
        t_snap = min(
            t_snap, timed(lambda: (snap_points(net, origin_xy), snap_points(net, dest_xy)))[0]
        )
    print(
        f"ours, network_nearest, cold:      {t_ours:8.3f} s   ours / floor = {t_ours / t_floor:.2f}x"
        f"   (snapping {args.points + args.centres:,} points: {t_snap:.3f} s)"
    )
    print(
        f"ours, points already snapped:     {t_warm:8.3f} s   ours / floor = {t_warm / t_floor:.2f}x"
    )
    print(f"floor, bare scipy dijkstra:       {t_floor:8.3f} s")
    tree = shapely.STRtree(shapely.linestrings(np.stack([net.seg_p0, net.seg_p1], axis=1)))
    both = shapely.points(np.r_[origin_xy, dest_xy])
    t_str, _ = timed(
        lambda: tree.query_nearest(both, max_distance=250.0, all_matches=True), args.repeat
    )
    print(
        f"  snapping with shapely STRtree.query_nearest instead: {t_str:.3f} s "
        f"(ours, a KD-tree of segment pieces, is {t_str / t_snap:.1f}x faster)"
    )
    se = same_edge_pairs(o, d)  # origins with a centre on their own edge walk there directly

    def origin_dist(node_dist: np.ndarray) -> np.ndarray:
        nd = np.r_[node_dist[: net.n_nodes], np.inf]
        val = np.minimum(o.wu + nd[o.u], o.wv + nd[o.v])
        if len(se):
            np.minimum.at(val, se["origin"].to_numpy(), se["cost"].to_numpy())
        return val

    diff = _maxdiff(origin_dist(floor), res.dist_m)
    print(f"  floor's distances vs ours: max |diff| = {diff:.2e} m")

    if not args.no_networkx:
        import networkx as nx

        t_nxg, G = timed(lambda: _nx_graph(g))
        t_nx, lengths = timed(lambda: nx.multi_source_dijkstra_path_length(G, set(src.tolist())))
        nd = np.full(net.n_nodes, np.inf)
        keys = np.fromiter(lengths.keys(), dtype=np.int64)
        vals = np.fromiter(lengths.values(), dtype=float)
        real = keys < net.n_nodes
        nd[keys[real]] = vals[real]
        diff = _maxdiff(origin_dist(nd), res.dist_m)
        print(
            f"networkx multi_source_dijkstra:   {t_nx:8.3f} s   nx / ours = {t_nx / t_ours:.1f}x (cold), "
            f"nx / floor = {t_nx / t_floor:.1f}x   (graph made in {t_nxg:.1f} s)"
        )
        print(
            f"  agreement with networkx: max |diff| = {diff:.2e} m "
            f"({'OK' if diff <= 1e-6 else 'FAIL'})"
        )
        del G, lengths

    t_state, st = timed(lambda: NearestState(net, origin_xy, dest_xy))
    new_xy = [(x0 + x1) / 2 + 333.0, (y0 + y1) / 2 - 222.0]
    victim = int(np.bincount(st.dest_idx[st.dest_idx >= 0]).argmax())
    t_full = t_add = t_rem = t_mov = float("inf")
    for _ in range(args.repeat):  # interleaved, best of --repeat
        t_full = min(t_full, timed(st.recompute)[0])
        t, (st2, ch_add) = timed(lambda: st.add_dest(new_xy))
        t_add = min(t_add, t)
        t, (st3, ch_rem) = timed(lambda: st.remove_dest(victim))
        t_rem = min(t_rem, t)
        t, (st4, ch_mov) = timed(lambda: st.move_dest(victim, new_xy))
        t_mov = min(t_mov, t)
    exact = all(np.array_equal(s._enc, s.recompute()._enc) for s in (st2, st3, st4))
    print(f"NearestState, initial:            {t_state:8.3f} s")
    print(f"full recompute:                   {t_full:8.3f} s")
    print(
        f"incremental add one centre:       {t_add:8.3f} s   full / add = {t_full / t_add:.1f}x  ({len(ch_add)} origins changed)"
    )
    print(
        f"incremental remove (busiest):     {t_rem:8.3f} s   full / remove = {t_full / t_rem:.1f}x  ({len(ch_rem)} origins changed)"
    )
    print(
        f"incremental move (busiest):       {t_mov:8.3f} s   full / move = {t_full / t_mov:.1f}x  ({len(ch_mov)} origins changed)"
    )
    print(f"  incremental == full recompute, bit for bit: {exact}")

    t_pairs, pairs = timed(lambda: network_pairs_within(net, origin_xy, dest_xy, 1500.0))
    print(f"cost table, 1,500 m limit:        {t_pairs:8.3f} s   ({len(pairs):,} pairs)")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def _maxdiff(a: np.ndarray, b: np.ndarray) -> float:
    if not np.array_equal(np.isfinite(a), np.isfinite(b)):
        return float("inf")
    fin = np.isfinite(a)
    return float(np.max(np.abs(a[fin] - b[fin]), initial=0.0))


def _nx_graph(g):
    import networkx as nx

    coo = g.tocoo()
    G = nx.DiGraph()
    G.add_weighted_edges_from(
        zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist(), strict=True)
    )
    return G


if __name__ == "__main__":
    main()
