"""Noding street lines into a graph: vertices, junctions, edges (pure numpy/shapely).

The rule (INDICATORS.md, "Walking network topology"):

- A junction is a vertex that lines share (as OpenStreetMap ways share nodes). Lines are split at
  every shared vertex (also in the middle of a line) and at their endpoints.
- A *dangling* endpoint (used by one line only) that lies within ``snap_tolerance_m`` of another
  line joins it: to that line's nearest vertex when it is within the tolerance, else to a new
  vertex inserted where the endpoint projects onto the line.
- Two lines that merely cross, without a shared vertex, stay unconnected (a bridge or a tunnel),
  unless ``node_all_crossings`` is set: then every intersection becomes a junction (for line data
  drawn without shared vertices).
- Edge length = the length of the line between two junctions, in the metric CRS (the gap bridged
  by an endpoint join, at most the tolerance, adds nothing).

Coordinates are compared after rounding to 1 micrometre, so that shared vertices survive the
reprojection of a whole layer bit for bit. Everything is vectorised; the only spatial index is a
shapely ``STRtree``, built only when there are dangling endpoints or crossings to node.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_array
from scipy.sparse.csgraph import connected_components

__all__ = ["NodedLines", "node_lines"]

_DECIMALS = 6  # coordinates are compared at 1 micrometre


@dataclass(frozen=True)
class NodedLines:
    """Lines split at their junctions.

    ``node_xy`` (N, 2); per edge ``edge_u``, ``edge_v`` (node ids), ``edge_len`` (metres, from
    the geometry) and ``edge_line`` (the input line it came from); per segment (a straight piece
    of an edge, in order along the edge) ``seg_p0``, ``seg_p1``, ``seg_edge``, ``seg_start``
    (metres along the edge where the segment starts).
    """

    node_xy: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_len: np.ndarray
    edge_line: np.ndarray
    seg_p0: np.ndarray
    seg_p1: np.ndarray
    seg_edge: np.ndarray
    seg_start: np.ndarray
    endpoints_joined: int
    crossings_noded: int
    lines_empty: int


def _factorize_xy(xy: np.ndarray) -> np.ndarray:
    """One integer id per distinct coordinate pair (hash-based, O(n))."""
    fx, _ = pd.factorize(xy[:, 0] + 0.0)
    fy, uy = pd.factorize(xy[:, 1] + 0.0)
    codes, _ = pd.factorize(fx.astype(np.int64) * max(len(uy), 1) + fy)
    return codes.astype(np.int64)


def _along(line: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Cumulative distance along each line at every vertex instance (sorted by line)."""
    step = np.zeros(len(xy))
    same = line[1:] == line[:-1]
    step[1:] = np.where(same, np.hypot(*(xy[1:] - xy[:-1]).T), 0.0)
    cum = np.cumsum(step)
    first = np.r_[True, ~same]
    base = np.maximum.accumulate(np.where(first, cum, 0.0))
    return cum - base


def _segments(line: np.ndarray, xy: np.ndarray, vid: np.ndarray):
    """Index of the first instance of every segment (two consecutive instances of one line)."""
    k = np.flatnonzero(line[1:] == line[:-1])
    return k, xy[k], xy[k + 1], vid[k], vid[k + 1]


def _join_dangling(line, xy, vid, along, n_vid, tol):
    """Endpoint joins: returns merge pairs (a, b) and inserted instances (line, along, xy, vid)."""
    empty = (
        np.empty((0, 2), np.int64),
        (np.empty(0, np.int64), np.empty(0), np.empty((0, 2)), np.empty(0, np.int64)),
    )
    if tol <= 0 or len(xy) == 0:
        return empty
    count = np.bincount(vid, minlength=n_vid)
    first = np.r_[True, line[1:] != line[:-1]]
    last = np.r_[line[1:] != line[:-1], True]
    dangling = np.flatnonzero((first | last) & (count[vid] == 1))
    if len(dangling) == 0:
        return empty
    k, p0, p1, v0, v1 = _segments(line, xy, vid)
    tree = shapely.STRtree(shapely.linestrings(np.stack([p0, p1], axis=1)))
    pi, si = tree.query(shapely.points(xy[dangling]), predicate="dwithin", distance=tol)
    own = vid[dangling[pi]]
    keep = (v0[si] != own) & (v1[si] != own)
    pi, si = pi[keep], si[keep]
    if len(pi) == 0:
        return empty
    p = xy[dangling[pi]]
    a, b = p0[si], p1[si]
    ab = b - a
    t = np.clip(
        np.einsum("ij,ij->i", p - a, ab) / np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-300), 0, 1
    )
    q = a + t[:, None] * ab
    d = np.hypot(*(p - q).T)
    # nearest segment per endpoint; ties -> lowest segment index (deterministic)
    order = np.lexsort((si, d, pi))
    pi, si, t, q, d = pi[order], si[order], t[order], q[order], d[order]
    firsts = np.r_[True, pi[1:] != pi[:-1]]
    pi, si, t, q, d = pi[firsts], si[firsts], t[firsts], q[firsts], d[firsts]
    p = xy[dangling[pi]]
    own = vid[dangling[pi]]
    da = np.hypot(*(p - p0[si]).T)
    db = np.hypot(*(p - p1[si]).T)
    to_vertex = np.minimum(da, db) <= tol
    target = np.where(da <= db, v0[si], v1[si])
    pairs = [np.stack([own[to_vertex], target[to_vertex]], axis=1)]
    ins = ~to_vertex
    new_vid = n_vid + np.arange(int(ins.sum()), dtype=np.int64)
    seg_first = k[si[ins]]
    ins_line = line[seg_first]
    ins_along = along[seg_first] + t[ins] * np.hypot(*(p1[si[ins]] - p0[si[ins]]).T)
    pairs.append(np.stack([own[ins], new_vid], axis=1))
    return np.concatenate(pairs), (ins_line, ins_along, np.round(q[ins], _DECIMALS), new_vid)


def _node_crossings(geoms: np.ndarray):
    """Every intersection of two lines, as instances to insert into both lines."""
    tree = shapely.STRtree(geoms)
    i, j = tree.query(geoms, predicate="intersects")
    sel = i < j
    i, j = i[sel], j[sel]
    if len(i) == 0:
        return np.empty(0, np.int64), np.empty(0), np.empty((0, 2))
    inter = shapely.intersection(geoms[i], geoms[j])
    pts, which = shapely.get_coordinates(inter, return_index=True)
    pts = np.round(pts, _DECIMALS)
    li = np.concatenate([i[which], j[which]])
    pp = np.concatenate([pts, pts])
    al = shapely.line_locate_point(geoms[li], shapely.points(pp))
    return li.astype(np.int64), al, pp


def _union(vid: np.ndarray, merge: np.ndarray, n: int) -> np.ndarray:
    """Vertex ids after joining every merge pair (connected components of the pairs)."""
    g = coo_array((np.ones(len(merge)), (merge[:, 0], merge[:, 1])), shape=(n, n))
    _, lab = connected_components(g, directed=False)
    return lab[vid].astype(np.int64)


def _insert(line, xy, vid, along, n_vid, merge, ins_line, ins_along, ins_xy, ins_vid, crossing):
    """Insert join and crossing points into their lines; returns (line, xy, vid, crossings)."""
    n_orig = len(vid)
    old = np.concatenate([vid, ins_vid])
    line = np.concatenate([line, ins_line])
    along = np.concatenate([along, ins_along])
    xy = np.concatenate([xy, ins_xy])
    vid = _factorize_xy(xy)  # inserted points that coincide with a vertex share its id
    if len(merge):
        to_new = np.zeros(n_vid + len(merge), np.int64)
        has = old >= 0
        to_new[old[has]] = vid[has]
        vid = _union(vid, to_new[merge], int(vid.max()) + 1)
    inserted = np.arange(len(vid)) >= n_orig
    orig_key = line[:n_orig] * (int(vid.max()) + 1) + vid[:n_orig]
    order = np.lexsort((inserted, along, line))  # an original vertex before an inserted twin
    line, xy, vid, inserted = line[order], xy[order], vid[order], inserted[order]
    dup = np.r_[False, (line[1:] == line[:-1]) & (vid[1:] == vid[:-1])]
    line, xy, vid, inserted = line[~dup], xy[~dup], vid[~dup], inserted[~dup]
    crossings = 0
    if crossing:  # distinct crossing points that are not a vertex of their line
        key = line * (int(vid.max()) + 1) + vid
        cross = (old[order][~dup] < 0) & ~np.isin(key, orig_key)
        crossings = len(np.unique(vid[cross]))
    return line, xy, vid, crossings


def node_lines(
    geoms: np.ndarray, *, snap_tolerance_m: float = 0.5, node_all_crossings: bool = False
) -> NodedLines:
    """Split LineStrings (metric CRS) into junction-to-junction edges; see the module docstring."""
    xy, line = shapely.get_coordinates(geoms, return_index=True)
    xy = np.round(xy, _DECIMALS)
    line = line.astype(np.int64)
    # drop repeated consecutive points, then lines left with a single point
    dup = np.r_[False, (line[1:] == line[:-1]) & (xy[1:] == xy[:-1]).all(axis=1)]
    xy, line = xy[~dup], line[~dup]
    nper = np.bincount(line, minlength=len(geoms))
    ok = nper[line] >= 2
    lines_empty = int((nper < 2).sum())
    xy, line = xy[ok], line[ok]
    if len(xy) == 0:
        e, f = np.empty(0, np.int64), np.empty(0)
        p = np.empty((0, 2))
        return NodedLines(p, e, e, f, e, p, p, e, f, 0, 0, lines_empty)
    vid = _factorize_xy(xy)
    n_vid = int(vid.max()) + 1 if len(vid) else 0
    along = _along(line, xy)

    merge, (ins_line, ins_along, ins_xy, ins_vid) = _join_dangling(
        line, xy, vid, along, n_vid, snap_tolerance_m
    )
    crossings = 0
    if node_all_crossings and len(geoms):
        c_line, c_along, c_xy = _node_crossings(geoms)
        ins_line = np.concatenate([ins_line, c_line])
        ins_along = np.concatenate([ins_along, c_along])
        ins_xy = np.concatenate([ins_xy, c_xy])
        ins_vid = np.concatenate([ins_vid, np.full(len(c_line), -1, np.int64)])
    if len(ins_line):
        line, xy, vid, crossings = _insert(
            line,
            xy,
            vid,
            along,
            n_vid,
            merge,
            ins_line,
            ins_along,
            ins_xy,
            ins_vid,
            node_all_crossings,
        )
    elif len(merge):  # endpoint joins onto existing vertices only: relabel, order unchanged
        vid = _union(vid, merge, n_vid)
        dup = np.r_[False, (line[1:] == line[:-1]) & (vid[1:] == vid[:-1])]
        line, xy, vid = line[~dup], xy[~dup], vid[~dup]

    first = np.r_[True, line[1:] != line[:-1]]
    last = np.r_[line[1:] != line[:-1], True]
    count = np.bincount(vid)
    is_node = first | last | (count[vid] >= 2)
    k = np.flatnonzero(~last)  # segment k runs from instance k to k + 1
    seg_len = np.hypot(*(xy[k + 1] - xy[k]).T)
    edge_of_seg = np.cumsum(is_node[k]) - 1
    n_edges = int(edge_of_seg[-1]) + 1 if len(k) else 0
    starts = np.flatnonzero(np.r_[True, edge_of_seg[1:] != edge_of_seg[:-1]]) if len(k) else k
    ends = np.r_[starts[1:] - 1, len(k) - 1] if len(k) else k
    edge_len = np.bincount(edge_of_seg, weights=seg_len, minlength=n_edges)
    cum = np.cumsum(seg_len) - seg_len
    seg_start = cum - cum[starts][edge_of_seg] if len(k) else cum
    node_vid, node_first = np.unique(vid[is_node], return_index=True)
    node_xy = xy[is_node][node_first]
    u = np.searchsorted(node_vid, vid[k[starts]])
    v = np.searchsorted(node_vid, vid[k[ends] + 1])
    return NodedLines(
        node_xy=node_xy,
        edge_u=u.astype(np.int64),
        edge_v=v.astype(np.int64),
        edge_len=edge_len,
        edge_line=line[k[starts]],
        seg_p0=xy[k],
        seg_p1=xy[k + 1],
        seg_edge=edge_of_seg.astype(np.int64),
        seg_start=seg_start,
        endpoints_joined=len(merge),
        crossings_noded=crossings,
        lines_empty=lines_empty,
    )
