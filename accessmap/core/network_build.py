"""The walking network: :class:`WalkNetwork`, built from street lines.

A ``WalkNetwork`` holds an undirected graph as a ``scipy.sparse`` CSR matrix (both directions
stored, so searches run with ``directed=True``; parallel edges keep the shortest), node
coordinates in :data:`~accessmap.core.schema.ANALYSIS_CRS`, per-edge lengths in metres with a
steps flag, and the straight segments of every edge (for snapping points onto the nearest edge).
Only the largest connected component is kept; ``summary`` says what was dropped.

Exact arithmetic. Edge lengths are rounded to a power-of-two quantum ``quantum_m`` (about
1 micrometre for a city, a few millimetres for a whole country) chosen so that every path sum,
with 16 spare low bits, stays below 2**53 quanta: every sum of lengths is then exact in floating
point, so equal distances are truly equal, ties can be broken deterministically, and an
incremental update gives bit for bit what a full recompute gives (see ``network_query``).
"""

from __future__ import annotations

import math
from functools import cached_property
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_array, csr_array
from scipy.sparse.csgraph import connected_components

from accessmap.core.errors import NetworkError
from accessmap.core.network_noding import node_lines
from accessmap.core.schema import ANALYSIS_CRS, Progress, report_progress

__all__ = ["LABEL_BITS", "WalkNetwork"]

#: Low bits kept free in every distance for the centre index that breaks ties (65,536 centres).
LABEL_BITS = 16
_MAX_SNAP_BOUND_M = 20_000.0


def _quantum(total_m: float) -> float:
    bound = 2.0 * total_m + _MAX_SNAP_BOUND_M
    k = min(20, 53 - LABEL_BITS - math.ceil(math.log2(bound)))
    if k < -8:  # pragma: no cover - a network longer than the Earth's roads
        raise NetworkError("The street network is too large to be analysed in one piece.")
    return 2.0**-k


def _step_flags(gdf: gpd.GeoDataFrame) -> np.ndarray:
    cols = {str(c).lower(): c for c in gdf.columns}
    flag = np.zeros(len(gdf), dtype=bool)
    if "highway" in cols:
        flag |= (
            gdf[cols["highway"]]
            .astype("string")
            .str.lower()
            .eq("steps")
            .fillna(False)
            .to_numpy(bool)
        )
    for name in ("steps", "is_step", "step"):
        if name in cols:
            val = gdf[cols[name]]
            if pd.api.types.is_bool_dtype(val) or pd.api.types.is_numeric_dtype(val):
                flag |= pd.array(val, dtype="Float64").fillna(0).to_numpy(float) != 0
            else:
                txt = val.astype("string").str.lower()
                flag |= txt.isin(["yes", "true", "1", "steps"]).fillna(False).to_numpy(bool)
    return flag


def _prepare_lines(gdf: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Validate, reproject and explode to LineStrings; returns (geoms, step flag per geom)."""
    if gdf is None or len(gdf) == 0:
        raise NetworkError("The street network file holds no lines.")
    if gdf.crs is None:
        raise NetworkError(
            "The street network has no coordinate reference system (CRS).",
            "Save the layer with its CRS (e.g. EPSG:4326 for OpenStreetMap, EPSG:31370 for "
            "Belgian Lambert 72) and load it again.",
        )
    steps = _step_flags(gdf)
    geom = gdf.geometry.to_numpy()
    if gdf.crs != ANALYSIS_CRS:
        try:
            geom = gpd.GeoSeries(geom, crs=gdf.crs).to_crs(ANALYSIS_CRS).to_numpy()
        except Exception as exc:  # pyproj raises several types
            raise NetworkError(
                "The street network cannot be converted to Belgian Lambert 72 (EPSG:31370).",
                f"{type(exc).__name__}: {exc}",
            ) from exc
    if (shapely.get_type_id(geom) == 1).all():  # LineStrings already: nothing to explode
        parts, idx = geom, np.arange(len(geom))
    else:
        parts, idx = shapely.get_parts(geom, return_index=True)
    kind = shapely.get_type_id(parts)
    lines = kind == 1  # LineString (LinearRing parts do not occur in line layers)
    if not lines.any():
        kinds = sorted({str(t) for t in shapely.get_type_id(geom[~shapely.is_missing(geom)])})
        raise NetworkError(
            "The street network file holds no lines: choose a layer of street lines.",
            f"geometry type ids found: {', '.join(kinds) or 'none'}",
        )
    parts, idx = parts[lines], idx[lines]
    xy = shapely.get_coordinates(parts)
    if len(xy) and not np.isfinite(xy).all():
        raise NetworkError(
            "Some street coordinates cannot be placed in Belgian Lambert 72 (EPSG:31370): the "
            "layer's CRS is probably wrong.",
            f"declared CRS: {gdf.crs}",
        )
    return parts, steps[idx]


class WalkNetwork:
    """A walkable street graph in EPSG:31370; build with :meth:`from_lines` or ``read_network``.

    Attributes: ``graph`` (csr_array, N x N, both directions, metres), ``node_xy`` (N, 2),
    ``edge_u``, ``edge_v``, ``edge_len_m`` (quantised lengths), ``edge_step`` (bool),
    ``seg_p0``, ``seg_p1``, ``seg_edge``, ``seg_start`` (the edges' straight pieces),
    ``quantum_m`` and ``summary``.
    """

    crs = ANALYSIS_CRS

    def __init__(
        self,
        node_xy,
        edge_u,
        edge_v,
        edge_len_raw,
        edge_step,
        seg_p0,
        seg_p1,
        seg_edge,
        seg_start,
        summary: dict[str, Any],
        *,
        min_component_share: float = 0.2,
    ) -> None:
        n = len(node_xy)
        if len(edge_u) == 0:
            raise NetworkError(
                "The street network holds no usable street (no line is longer than a point)."
            )
        # largest connected component (by node count; the lowest label wins a tie)
        g = coo_array((np.ones(len(edge_u)), (edge_u, edge_v)), shape=(n, n))
        n_comp, lab = connected_components(g, directed=False)
        size = np.bincount(lab)
        keep_lab = int(np.argmax(size))
        keep_node = lab == keep_lab
        keep_edge = keep_node[edge_u]
        total = float(edge_len_raw.sum())
        kept_len = float(edge_len_raw[keep_edge].sum())
        if n_comp > 1 and kept_len < min_component_share * total:
            raise NetworkError(
                f"The street network falls apart into {n_comp:,} unconnected pieces; the largest "
                f"holds only {100 * kept_len / total:.0f} % of the street length. The lines "
                "probably do not share vertices at junctions: turn on 'node all crossings' "
                "(--node-all-crossings), or use an OpenStreetMap extract.",
                f"{n_comp} components, largest {size[keep_lab]} of {n} nodes",
            )
        if int(keep_edge.sum()) < 2:
            raise NetworkError(
                "The street network is too small to walk on: its largest connected piece has "
                "fewer than two streets. Load a network that covers the study area.",
                f"{n_comp} components, {len(edge_u)} edges, {total:.0f} m",
            )
        new_id = np.cumsum(keep_node) - 1
        self.node_xy = np.ascontiguousarray(node_xy[keep_node], dtype=float)
        self.edge_u = new_id[edge_u[keep_edge]].astype(np.int64)
        self.edge_v = new_id[edge_v[keep_edge]].astype(np.int64)
        self.edge_len_raw = edge_len_raw[keep_edge].astype(float)
        self.edge_step = np.asarray(edge_step, dtype=bool)[keep_edge]
        self.quantum_m = _quantum(kept_len)
        q = self.quantum_m
        self.edge_len_m = np.maximum(np.rint(self.edge_len_raw / q), 1.0) * q
        new_edge = np.cumsum(keep_edge) - 1
        keep_seg = keep_edge[seg_edge]
        self.seg_p0 = seg_p0[keep_seg]
        self.seg_p1 = seg_p1[keep_seg]
        self.seg_edge = new_edge[seg_edge[keep_seg]].astype(np.int64)
        self.seg_start = seg_start[keep_seg]
        self.graph = self._csr()
        dropped_nodes = int(n - keep_node.sum())
        self.summary: dict[str, Any] = {
            **summary,
            "nodes": len(self.node_xy),
            "edges": len(self.edge_u),
            "total_km": round(kept_len / 1000.0, 3),
            "step_edges": int(self.edge_step.sum()),
            "components_dropped": int(n_comp - 1),
            "nodes_dropped": dropped_nodes,
            "edges_dropped": int(len(edge_u) - keep_edge.sum()),
            "km_dropped": round((total - kept_len) / 1000.0, 3),
            "quantum_m": q,
            "crs": ANALYSIS_CRS,
        }

    def _csr(self) -> csr_array:
        n = len(self.node_xy)
        u, v, w = self.edge_u, self.edge_v, self.edge_len_m
        ok = u != v  # loops never shorten a path
        a, b, w = np.minimum(u, v)[ok], np.maximum(u, v)[ok], w[ok]
        key = a * n + b
        if len(key) and pd.Series(key).duplicated().any():  # parallel edges: keep the shortest
            order = np.lexsort((w, key))
            first = np.r_[True, key[order][1:] != key[order][:-1]]
            a, b, w = a[order][first], b[order][first], w[order][first]
        m = coo_array((np.r_[w, w], (np.r_[a, b], np.r_[b, a])), shape=(n, n)).tocsr()
        m.indices = m.indices.astype(np.int32, copy=False)
        m.indptr = m.indptr.astype(np.int32, copy=False)
        return m

    @classmethod
    def from_lines(
        cls,
        gdf: gpd.GeoDataFrame,
        *,
        node_all_crossings: bool = False,
        snap_tolerance_m: float = 0.5,
        min_component_share: float = 0.2,
        progress: Progress | None = None,
        _summary: dict[str, Any] | None = None,
    ) -> WalkNetwork:
        """Build the network from street lines (any CRS; reprojected to EPSG:31370).

        Junctions follow INDICATORS.md "Walking network topology" (see ``network_noding``).
        Steps are flagged from a ``highway`` column equal to ``steps`` or a true ``steps``
        column. Raises :class:`NetworkError` for no lines, a CRS problem or a network that falls
        apart (largest piece < ``min_component_share`` of the length) or is tiny.
        """
        report_progress(progress, 0.0, "Preparing street lines")
        geoms, steps = _prepare_lines(gdf)
        report_progress(progress, 0.2, "Finding junctions")
        nl = node_lines(
            geoms, snap_tolerance_m=snap_tolerance_m, node_all_crossings=node_all_crossings
        )
        report_progress(progress, 0.8, "Building the graph")
        info = dict(_summary or {})
        info.update(
            lines=len(geoms),
            noding="all_crossings" if node_all_crossings else "shared_vertices",
            snap_tolerance_m=float(snap_tolerance_m),
            endpoints_joined=nl.endpoints_joined,
            crossings_noded=nl.crossings_noded,
            lines_without_length=nl.lines_empty,
        )
        net = cls(
            nl.node_xy,
            nl.edge_u,
            nl.edge_v,
            nl.edge_len,
            steps[nl.edge_line],
            nl.seg_p0,
            nl.seg_p1,
            nl.seg_edge,
            nl.seg_start,
            info,
            min_component_share=min_component_share,
        )
        report_progress(progress, 1.0, "Street network ready")
        return net

    def step_free(self) -> WalkNetwork:
        """The same network without steps (largest connected component again)."""
        keep = ~self.edge_step
        if not keep.any():
            raise NetworkError("Every street of the network is a flight of steps.")
        new_edge = np.cumsum(keep) - 1
        seg = keep[self.seg_edge]
        info = {
            k: v
            for k, v in self.summary.items()
            if k in ("lines", "noding", "snap_tolerance_m", "source")
        }
        info["steps_removed"] = int(self.edge_step.sum())
        return WalkNetwork(
            self.node_xy,
            self.edge_u[keep],
            self.edge_v[keep],
            self.edge_len_raw[keep],
            self.edge_step[keep],
            self.seg_p0[seg],
            self.seg_p1[seg],
            new_edge[self.seg_edge[seg]],
            self.seg_start[seg],
            info,
            min_component_share=0.0,
        )

    @cached_property
    def segment_index(self):
        """Nearest-segment index of the edges' straight pieces (built on first use)."""
        from accessmap.core.network_segindex import SegmentIndex

        return SegmentIndex(self.seg_p0, self.seg_p1)

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        lo, hi = self.node_xy.min(axis=0), self.node_xy.max(axis=0)
        return float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])

    def to_geodataframe(self) -> gpd.GeoDataFrame:
        """One line per edge (``u``, ``v``, ``length_m``, ``steps``) in EPSG:31370, for maps."""
        e = self.seg_edge
        last = np.r_[e[1:] != e[:-1], True]
        coords = np.concatenate([self.seg_p0, self.seg_p1[last]])
        idx = np.concatenate([e, e[last]])
        pos = np.concatenate([np.arange(len(e)), np.flatnonzero(last) + 0.5])
        order = np.lexsort((pos, idx))
        geoms = shapely.linestrings(coords[order], indices=idx[order])
        return gpd.GeoDataFrame(
            {
                "u": self.edge_u,
                "v": self.edge_v,
                "length_m": self.edge_len_m,
                "steps": self.edge_step,
            },
            geometry=geoms,
            crs=ANALYSIS_CRS,
        )

    def __repr__(self) -> str:
        s = self.summary
        return f"WalkNetwork({s['nodes']:,} nodes, {s['edges']:,} edges, {s['total_km']:.1f} km)"
