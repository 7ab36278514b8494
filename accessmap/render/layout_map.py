"""The map panel of a print page: choropleth, centres, coverage gap, faded surroundings, a true
scale bar, a north arrow and the locator map (matplotlib, Qt-free).

Everything is drawn in the metric analysis CRS (EPSG:31370) with an equal aspect, so one data
unit is one metre on the ground (to within the Lambert 72 scale factor, < 0.1 % in Belgium) and
the scale bar is measured, not estimated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import shapely
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.patches import FancyArrow, PathPatch, Rectangle
from matplotlib.path import Path as MplPath

from accessmap.render import i18n

__all__ = [
    "CENTRE_STYLES",
    "GAP_STYLE",
    "PreparedMap",
    "draw_locator",
    "draw_map",
    "draw_north_arrow",
    "draw_scale_bar",
    "fit_extent",
    "grid_convergence_deg",
    "nice_length",
]

#: Centre markers by type (shape + colour, readable in black and white too).
CENTRE_STYLES = {
    "health_centre": {"marker": "o", "facecolor": "#0072B2", "edgecolor": "white", "size": 55},
    "gp_practice": {"marker": "s", "facecolor": "#009E73", "edgecolor": "white", "size": 32},
    "other": {"marker": "^", "facecolor": "#CC79A7", "edgecolor": "white", "size": 38},
}
#: The coverage gap (P3A1 = "double_disadvantage"): thick dark outline, hatched.
GAP_STYLE = {"edgecolor": "#111111", "hatch": "////", "linewidth": 1.6}
#: Catchment areas: a dashed dark-blue outline, as on screen.
CATCHMENT_STYLE = {"color": "#1f3b73", "linewidth": 0.9, "linestyle": (0, (4, 2))}
FADE_COLOR = (1.0, 1.0, 1.0, 0.68)


@dataclass
class PreparedMap:
    """What every page of one export shares: geometry, per-sector colours, outlines."""

    sectors: gpd.GeoDataFrame  # geometry (2D) in EPSG:31370
    colors: list  # one RGBA-able colour per sector
    gap: np.ndarray  # bool per sector
    centres: gpd.GeoDataFrame
    outline: shapely.Geometry  # the whole study area
    municipal_lines: shapely.Geometry | None  # municipality borders
    catchment_lines: shapely.Geometry | None = None  # catchment (werkingsgebied) borders
    label: str = ""  # indicator label in the page language
    legend_title: str = ""  # label + unit
    entries: list = field(default_factory=list)  # (colour, class label with its count)
    no_data: tuple | None = None  # (colour, label) when some sectors have no value
    class_index: np.ndarray | None = None  # class per sector, -1 = no data
    class_names: list = field(default_factory=list)  # class labels without counts
    class_colors: list = field(default_factory=list)  # one colour per class
    no_data_name: str = ""  # "No data" in the page language
    no_data_color: object = "#cccccc"
    count_missing: bool = True  # False where "no value" is a category (gap_class)
    centre_types: list = field(default_factory=list)
    area: str = ""  # default area name for the subtitle
    threshold_text: str = ""
    convergence: float = 0.0  # grid convergence at the map centre, degrees


def _polygon_path(geom: shapely.Geometry) -> MplPath | None:
    """One compound matplotlib path (holes included) for a (multi)polygon."""
    polys = getattr(geom, "geoms", [geom])
    verts, codes = [], []
    for poly in polys:
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)[:, :2]
            if len(xy) < 3:
                continue
            verts.append(xy)
            c = np.full(len(xy), MplPath.LINETO, dtype=np.uint8)
            c[0] = MplPath.MOVETO
            c[-1] = MplPath.CLOSEPOLY
            codes.append(c)
    if not verts:
        return None
    return MplPath(np.concatenate(verts), np.concatenate(codes))


def _add_polygons(ax: Axes, geoms, *, zorder: float, **kw) -> PatchCollection:
    """Add polygons as one collection; per-polygon face colours via ``facecolors``."""
    facecolors = kw.pop("facecolors", None)
    patches, keep = [], []
    for i, g in enumerate(geoms):
        path = None if g is None else _polygon_path(g)
        if path is not None:
            patches.append(PathPatch(path))
            keep.append(i)
    coll = PatchCollection(patches, zorder=zorder, match_original=False, **kw)
    if facecolors is not None:
        coll.set_facecolor([facecolors[i] for i in keep])
    ax.add_collection(coll)
    return coll


def _line_parts(geom: shapely.Geometry | None) -> list[np.ndarray]:
    """Coordinate arrays of every line (polygon rings included) in ``geom``."""
    if geom is None or geom.is_empty:
        return []
    lines = shapely.get_parts(
        shapely.line_merge(shapely.boundary(geom)) if "Polygon" in geom.geom_type else geom
    )
    if lines.size and "Polygon" in lines[0].geom_type:
        return [p for g in lines for p in _line_parts(g)]
    merged = shapely.get_parts(shapely.line_merge(shapely.multilinestrings(lines)))
    return [np.asarray(g.coords)[:, :2] for g in merged if not g.is_empty]


def _add_lines(ax: Axes, geom: shapely.Geometry | None, *, zorder: float, **kw) -> None:
    """Draw every line of ``geom`` as one LineCollection."""
    parts = _line_parts(geom)
    if parts:
        kw.setdefault("capstyle", "round")
        kw.setdefault("joinstyle", "round")
        color = kw.pop("color", "black")
        ax.add_collection(LineCollection(parts, colors=color, zorder=zorder, **kw))


def fit_extent(bounds, box_w_mm: float, box_h_mm: float, pad: float = 0.04):
    """Grow ``bounds`` (minx, miny, maxx, maxy) by ``pad`` and to the box's aspect ratio."""
    minx, miny, maxx, maxy = bounds
    w, h = max(maxx - minx, 1.0), max(maxy - miny, 1.0)
    w, h = w * (1 + 2 * pad), h * (1 + 2 * pad)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    aspect = box_w_mm / box_h_mm
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def _in_view(prep: PreparedMap, extent) -> np.ndarray:
    idx = prep.sectors.sindex.query(shapely.box(*extent), predicate="intersects")
    mask = np.zeros(len(prep.sectors), bool)
    mask[idx] = True
    return mask


def draw_map(
    ax: Axes,
    prep: PreparedMap,
    extent,
    *,
    focus: np.ndarray | None,
    map_width_mm: float,
) -> None:
    """Draw the choropleth, gap, fade, borders and centres into ``ax`` at ``extent``."""
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor("#f4f4f2")
    view = _in_view(prep, extent)
    # Simplify to ~0.1 mm on paper: invisible, and keeps the vector PDF small.
    tol = (extent[2] - extent[0]) / map_width_mm * 0.1
    geoms = shapely.simplify(prep.sectors.geometry.to_numpy()[view], tol, preserve_topology=True)
    colors = [c for c, v in zip(prep.colors, view, strict=True) if v]
    _add_polygons(
        ax, geoms, zorder=1, facecolors=colors, edgecolor="white", linewidth=0.25, gid="sectors"
    )
    gap = prep.gap[view]
    if focus is not None:
        focus_v = focus[view]
        gap = gap & focus_v
        faded = geoms[~focus_v]
        if len(faded):
            _add_polygons(ax, faded, zorder=3, facecolor=FADE_COLOR, edgecolor="none")
        full = prep.sectors.geometry.to_numpy()[view][focus_v]
        area = shapely.simplify(shapely.union_all(full), tol)
        _add_lines(ax, area, zorder=6, color="#222222", linewidth=1.6)
    if gap.any():
        _add_polygons(
            ax,
            geoms[gap],
            zorder=4,
            facecolor="none",
            edgecolor=GAP_STYLE["edgecolor"],
            hatch=GAP_STYLE["hatch"],
            linewidth=GAP_STYLE["linewidth"],
            gid="gap",
        )
    if prep.municipal_lines is not None:
        lines = shapely.clip_by_rect(prep.municipal_lines, *extent)
        _add_lines(ax, lines, zorder=5, color="#4d4d4d", linewidth=0.6)
    _add_lines(ax, prep.outline, zorder=5, color="#333333", linewidth=0.9)
    if prep.catchment_lines is not None:
        lines = shapely.clip_by_rect(prep.catchment_lines, *extent)
        _add_lines(ax, lines, zorder=6.5, **CATCHMENT_STYLE)
    centres = prep.centres
    if len(centres):
        x, y = centres.geometry.x.to_numpy(), centres.geometry.y.to_numpy()
        inside = (x >= extent[0]) & (x <= extent[2]) & (y >= extent[1]) & (y <= extent[3])
        types = centres["type"].astype(str).to_numpy() if "type" in centres else None
        scale = max(1.0, min(1.6, map_width_mm / 185.0))  # markers grow a little on A3
        for kind, style in CENTRE_STYLES.items():
            sel = inside & ((types == kind) if types is not None else (kind == "health_centre"))
            if kind == "other" and types is not None:
                sel = inside & ~np.isin(types, ["health_centre", "gp_practice"])
            if sel.any():
                ax.scatter(
                    x[sel],
                    y[sel],
                    s=style["size"] * scale,
                    marker=style["marker"],
                    facecolor=style["facecolor"],
                    edgecolor=style["edgecolor"],
                    linewidth=0.7,
                    zorder=7,
                    gid=f"centres_{kind}",
                )
                if kind == "health_centre":  # the white cross of the on-screen symbol
                    ax.scatter(
                        x[sel],
                        y[sel],
                        s=style["size"] * scale * 0.45,
                        marker="+",
                        color="white",
                        linewidth=1.1,
                        zorder=7.5,
                    )
    for spine in ax.spines.values():
        spine.set_linewidth(0.8)
        spine.set_color("#333333")


def nice_length(max_m: float) -> float:
    """The largest 1-2-2.5-5 x 10^n metres not above ``max_m``."""
    exp = math.floor(math.log10(max_m))
    best = 10.0**exp
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if m * 10.0**exp <= max_m:
            best = m * 10.0**exp
    return best


def draw_scale_bar(ax: Axes, lang: str, fontsize: float) -> float:
    """A true scale bar in data units (metres) at the lower left; returns its length in m.

    Four alternating segments; the label states the full length. The bar's patches carry
    ``gid="scalebar"`` and its label ``gid="scalebar_label"`` (the tests measure them).
    """
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    width = x1 - x0
    length = nice_length(width * 0.28)
    left = x0 + width * 0.035
    bottom = y0 + (y1 - y0) * 0.035
    height = (y1 - y0) * 0.011
    backdrop = Rectangle(
        (left - width * 0.015, bottom - height * 1.2),
        length + width * 0.03,
        height * 5.4,
        facecolor=(1, 1, 1, 0.85),
        edgecolor="none",
        zorder=8,
    )
    ax.add_patch(backdrop)
    n = 4
    for i in range(n):
        ax.add_patch(
            Rectangle(
                (left + i * length / n, bottom),
                length / n,
                height,
                facecolor="#111111" if i % 2 == 0 else "white",
                edgecolor="#111111",
                linewidth=0.6,
                zorder=9,
                gid="scalebar",
            )
        )
    ax.text(left, bottom + height * 1.6, "0", ha="center", va="bottom", fontsize=fontsize, zorder=9)
    ax.text(
        left + length,
        bottom + height * 1.6,
        i18n.format_distance(length, lang),
        ha="center",
        va="bottom",
        fontsize=fontsize,
        zorder=9,
        gid="scalebar_label",
    )
    return length


def grid_convergence_deg(x: float, y: float) -> float:
    """Angle between grid north of EPSG:31370 and true north at (x, y), in degrees."""
    from pyproj import CRS, Proj, Transformer

    lon, lat = Transformer.from_crs(31370, 4326, always_xy=True).transform(x, y)
    factors = Proj(CRS.from_epsg(31370)).get_factors(lon, lat)
    return float(factors.meridian_convergence)


def draw_north_arrow(ax: Axes, fontsize: float) -> None:
    """A north arrow (grid north) at the upper right, in axes coordinates."""
    x, y = 0.95, 0.86
    ax.add_patch(
        Rectangle(
            (x - 0.032, y - 0.035),
            0.064,
            0.13,
            transform=ax.transAxes,
            facecolor=(1, 1, 1, 0.85),
            edgecolor="none",
            zorder=8,
        )
    )
    ax.add_patch(
        FancyArrow(
            x,
            y - 0.02,
            0,
            0.06,
            width=0.006,
            head_width=0.03,
            head_length=0.03,
            length_includes_head=True,
            transform=ax.transAxes,
            color="#111111",
            zorder=9,
        )
    )
    ax.text(
        x,
        y + 0.05,
        "N",
        transform=ax.transAxes,
        ha="center",
        va="bottom",
        fontsize=fontsize,
        fontweight="bold",
        zorder=9,
    )


def draw_locator(ax: Axes, prep: PreparedMap, extent, box_mm: tuple[float, float]) -> None:
    """The whole study area in grey with the page's extent boxed in red."""
    minx, miny, maxx, maxy = prep.outline.bounds
    both = (min(minx, extent[0]), min(miny, extent[1]), max(maxx, extent[2]), max(maxy, extent[3]))
    box = fit_extent(both, box_mm[0], box_mm[1], pad=0.05)
    ax.set_xlim(box[0], box[2])
    ax.set_ylim(box[1], box[3])
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    tol = (box[2] - box[0]) / 300
    outline = shapely.simplify(prep.outline, tol)
    _add_polygons(ax, [outline], zorder=1, facecolor="#d9d9d9", edgecolor="#555555", linewidth=0.5)
    if prep.municipal_lines is not None:
        _add_lines(
            ax, shapely.simplify(prep.municipal_lines, tol), zorder=2, color="white", linewidth=0.4
        )
    ax.add_patch(
        Rectangle(
            (extent[0], extent[1]),
            extent[2] - extent[0],
            extent[3] - extent[1],
            facecolor="none",
            edgecolor="#d7301f",
            linewidth=1.2,
            zorder=3,
        )
    )
    for spine in ax.spines.values():
        spine.set_linewidth(0.5)
        spine.set_color("#888888")
