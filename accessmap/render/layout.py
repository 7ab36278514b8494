"""Print layouts: one page, or an atlas of pages, of an analysis result as a vector PDF or a
PNG (matplotlib, Qt-free; the GUI and the CLI both call these functions).

A page holds the title and subtitle, the map of one indicator (classes from
:func:`accessmap.render.styling.classify`, centres by type, the coverage gap outlined and
hatched), a legend, a true scale bar, a north arrow, optional key figures and locator map, and a
footer with the sources and their years, the CRS, the date and an optional author line.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from accessmap.core.errors import ExportError
from accessmap.core.model import AnalysisResult
from accessmap.core.schema import Progress, report_progress
from accessmap.render import i18n
from accessmap.render.export import atomic_path
from accessmap.render.layout_map import (
    draw_locator,
    draw_map,
    draw_north_arrow,
    draw_scale_bar,
    fit_extent,
)
from accessmap.render.layout_prepare import (
    atlas_groups,
    legend_entries,
    prepare_map,
    read_zones,
    unit_mask,
    zone_groups,
)
from accessmap.render.layout_spec import PAPER_MM, PageSpec, check_spec, page_boxes
from accessmap.render.layout_text import (
    draw_legend,
    draw_summary,
    footer_lines,
    page_figures,
    wrap,
)

__all__ = [
    "PAPER_MM",
    "PageSpec",
    "build_page",
    "iter_pages",
    "page_boxes",
    "read_zones",
    "render_pages_png",
    "write_pdf",
    "write_png",
]

_MM = 1 / 25.4
_RC = {
    "pdf.fonttype": 42,
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "hatch.linewidth": 0.6,
    "pdf.compression": 9,
    # Titles, names and sources are the user's text: "$5 to $10" is money, not mathtext.
    "text.parse_math": False,
}


def _shrink_to_width(fig: Figure, text, width_mm: float, smallest: float) -> None:
    """Shrink ``text``'s font (not below ``smallest`` pt) until it fits ``width_mm``."""
    width_px = width_mm / 25.4 * fig.dpi
    drawn = text.get_window_extent(fig.canvas.get_renderer()).width
    if drawn > width_px:
        text.set_fontsize(max(smallest, text.get_fontsize() * width_px / drawn * 0.98))


def _hline(fig: Figure, x0: float, x1: float, y: float) -> None:
    fig.add_artist(Line2D([x0, x1], [y, y], color="#999999", linewidth=0.6))


def _title_block(fig: Figure, box, page_mm, title: str, subtitle: str, s: float) -> None:
    (tx, ty, tw, th), (w, h) = box, page_mm
    t1 = fig.text(tx / w, (ty + th) / h, title, fontsize=18 * s, fontweight="bold", va="top")
    t2 = fig.text(
        tx / w, (ty + th * 0.22) / h, subtitle, fontsize=10.5 * s, va="baseline", color="#333333"
    )
    _shrink_to_width(fig, t1, tw, 11 * s)
    _shrink_to_width(fig, t2, tw, 7 * s)
    _hline(fig, tx / w, (tx + tw) / w, ty / h)


def _footer(fig: Figure, box, page_mm, lines: list[str], s: float) -> None:
    (fx, fy, fw, fh), (w, h) = box, page_mm
    fs = 6.4 * s
    text = "\n".join(wrap(line, fw, fs) for line in lines)
    _hline(fig, fx / w, (fx + fw) / w, (fy + fh) / h)
    fig.text(
        fx / w,
        (fy + fh - 1.5 * s) / h,
        text,
        fontsize=fs,
        va="top",
        color="#333333",
        linespacing=1.35,
    )


def _joined(*parts: str, sep: str = " · ") -> str:
    """The non-empty parts joined: no dangling separator when one is empty."""
    return sep.join(p.strip() for p in parts if p and p.strip())


def build_page(
    result: AnalysisResult,
    spec: PageSpec,
    *,
    focus: np.ndarray | None = None,
    focus_label: str = "",
    page: tuple[int, int] | None = None,
    prepared=None,
) -> Figure:
    """One page as a matplotlib Figure (no pyplot, no GUI backend).

    ``focus`` is a boolean mask over ``result.sectors``: the map zooms to those sectors and
    fades the rest, and the legend counts only them; ``prepared`` is :func:`prepare_map`'s
    output, shared by an atlas's pages.
    """
    with matplotlib.rc_context(_RC):
        return _build_page(result, spec, focus, focus_label, page, prepared)


def _build_page(result, spec, focus, focus_label, page, prepared) -> Figure:
    check_spec(result, spec)
    prep = prepared or prepare_map(result, spec)
    lang, strings = spec.language, spec.strings
    w, h = spec.size_mm
    s = 1.0 if spec.paper == "A4" else 1.3
    fig = Figure(figsize=(w * _MM, h * _MM))
    FigureCanvasAgg(fig)  # a renderer to measure text with; savefig picks its own backend
    mask = focus if focus is not None and focus.any() else None
    # The locator shows where a zoomed page lies; a page of the whole area needs none.
    boxes = page_boxes(replace(spec, show_locator=spec.show_locator and mask is not None))

    def axes(name: str):
        x, y, bw, bh = boxes[name]
        return fig.add_axes((x / w, y / h, bw / w, bh / h))

    # Title block.
    area = focus_label or spec.area or prep.area
    title = spec.title or i18n.text("title", lang, strings)
    if spec.subtitle:
        subtitle = _joined(focus_label, spec.subtitle)
    elif area.strip():
        subtitle = i18n.text("subtitle", lang, strings, indicator=prep.label, area=area)
    else:  # no area name (e.g. a city's own wijken): the indicator alone, no dangling "·"
        subtitle = prep.label
    _title_block(fig, boxes["title"], (w, h), title, subtitle, s)

    # Map.
    _, _, mw, mh = boxes["map"]
    bounds = prep.sectors[mask].total_bounds if mask is not None else prep.outline.bounds
    extent = fit_extent(bounds, mw, mh, pad=0.06 if mask is not None else 0.02)
    ax = axes("map")
    draw_map(ax, prep, extent, focus=mask, map_width_mm=mw)
    draw_scale_bar(ax, lang, fontsize=7.5 * s)
    draw_north_arrow(ax, fontsize=9 * s)

    # Legend (measured, so that the key figures start below it in landscape).
    entries, no_data = (prep.entries, prep.no_data)
    legend_title = prep.legend_title
    if mask is not None:  # counts of the sectors on this page, and said so
        entries, no_data = legend_entries(prep, mask, lang)
        legend_title += "\n" + i18n.text("counts_page", lang, strings)
    legend = draw_legend(
        axes("legend"),
        title=legend_title,
        entries=entries,
        no_data=no_data,
        centre_types=prep.centre_types,
        show_gap=bool(prep.gap.any()),
        show_faded=mask is not None,
        show_catchments=prep.catchment_lines is not None,
        lang=lang,
        strings=strings,
        fontsize=6.9 * s,
        two_columns=spec.orientation == "portrait",
    )
    renderer = fig.canvas.get_renderer()
    landscape = spec.orientation == "landscape"
    free_top = legend.get_window_extent(renderer).y0 / fig.dpi * 25.4 - 5 * s
    if "summary" in boxes:
        whole = page_figures(result.sectors, None, result.summary)
        figures = whole if mask is None else page_figures(result.sectors, mask, result.summary)
        heading = i18n.text("summary", lang, strings)
        if mask is not None:
            heading += f" – {i18n.text('summary_page', lang, strings).lower()}"
        if landscape:
            sx, sy, sw, _ = boxes["summary"]
            boxes["summary"] = (sx, sy, sw, free_top - sy)
        texts = draw_summary(
            axes("summary"),
            figures=figures,
            whole=whole,
            threshold_text=prep.threshold_text,
            heading=heading,
            lang=lang,
            strings=strings,
            fontsize=7.0 * s,
            width_mm=boxes["summary"][2],
        )
        if landscape:
            low = min(t.get_window_extent(renderer).y0 for t in texts)
            free_top = low / fig.dpi * 25.4 - 4 * s
    if "locator" in boxes:
        lx, ly, lw, lh = boxes["locator"]
        if landscape:
            lh = min(lh, free_top - ly)
            boxes["locator"] = (lx, ly, lw, lh)
        if lh >= 20 * s:  # too little room left beside a long legend: no locator
            draw_locator(axes("locator"), prep, extent, boxes["locator"][2:])

    # Footer.
    lines = footer_lines(
        result.sources,
        lang=lang,
        strings=strings,
        date_text=i18n.format_date(spec.the_date, lang),
        author=spec.author,
        organisation=spec.organisation,
        convergence_deg=prep.convergence,
        page=page,
        sources_text=spec.sources,
    )
    _footer(fig, boxes["footer"], (w, h), lines, s)
    return fig


def iter_pages(
    result: AnalysisResult,
    spec: PageSpec,
    *,
    atlas_column: str | None = None,
    atlas_values: Sequence | None = None,
    focus_ids: Sequence[str] | None = None,
    unit: tuple[str, object] | None = None,
    zones: gpd.GeoDataFrame | None = None,
    progress: Progress | None = None,
) -> Iterator[Figure]:
    """The page figures: one (zoomed to ``focus_ids``, or to the sectors whose column
    ``unit[0]`` reads ``unit[1]``), or one per atlas value, or one per zone of ``zones``
    (:func:`accessmap.render.layout_prepare.read_zones`) that holds sectors.

    ``progress`` is called before each page; cancelling = it raises ``CancelledError``."""
    check_spec(result, spec)
    prep = prepare_map(result, spec)
    if zones is not None:
        groups = zone_groups(result, zones)
    elif atlas_column is not None or atlas_values is not None:
        groups = atlas_groups(result, atlas_column, atlas_values)
    else:
        mask, label = None, ""
        if unit is not None:
            mask, label = unit_mask(result, unit[0], unit[1]), str(unit[1])
        elif focus_ids is not None:
            mask = result.sectors["sector_id"].astype(str).isin([str(v) for v in focus_ids])
            mask = mask.to_numpy(bool)
        report_progress(progress, 0.0, "Drawing the page")
        yield build_page(result, spec, focus=mask, focus_label=label, prepared=prep)
        report_progress(progress, 1.0, "Page drawn")
        return
    for i, (label, mask) in enumerate(groups):
        report_progress(progress, i / len(groups), f"Page {i + 1} of {len(groups)}: {label}")
        yield build_page(
            result, spec, focus=mask, focus_label=label, page=(i + 1, len(groups)), prepared=prep
        )
    report_progress(progress, 1.0, f"{len(groups)} pages drawn")


def _parent_ok(path: Path) -> None:
    if not path.parent.is_dir():
        raise ExportError(
            f"The folder {path.parent} does not exist: choose an existing folder.",
        )


def write_pdf(
    result: AnalysisResult,
    path: str | Path,
    spec: PageSpec,
    *,
    atlas_column: str | None = None,
    atlas_values: Sequence | None = None,
    focus_ids: Sequence[str] | None = None,
    unit: tuple[str, object] | None = None,
    zones: gpd.GeoDataFrame | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write one page, or an atlas (one page per value of ``atlas_column``, or per sector id in
    ``atlas_values`` when no column is given, or per zone), as one vector PDF (see
    :func:`iter_pages`). Returns the path; a cancelled or failed export leaves no file."""
    path = Path(path)
    check_spec(result, spec)
    _parent_ok(path)
    with (
        matplotlib.rc_context(_RC),
        atomic_path(path) as tmp,
        PdfPages(
            tmp,
            metadata={
                "Title": spec.title or i18n.text("title", spec.language),
                "Author": spec.author or "",
                "Creator": "accessmap",
            },
        ) as pdf,
    ):
        for fig in iter_pages(
            result,
            spec,
            atlas_column=atlas_column,
            atlas_values=atlas_values,
            focus_ids=focus_ids,
            unit=unit,
            zones=zones,
            progress=progress,
        ):
            pdf.savefig(fig)
    return path


def write_png(
    result: AnalysisResult,
    path: str | Path,
    spec: PageSpec,
    dpi: int = 300,
    *,
    focus_ids: Sequence[str] | None = None,
    unit: tuple[str, object] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the page as a PNG at ``dpi`` (300 by default). Returns the path."""
    path = Path(path)
    check_spec(result, spec)
    _parent_ok(path)
    with matplotlib.rc_context(_RC), atomic_path(path) as tmp:
        pages = iter_pages(result, spec, focus_ids=focus_ids, unit=unit, progress=progress)
        fig = next(pages)
        fig.savefig(tmp, format="png", dpi=dpi, facecolor="white")
    return path


def render_pages_png(
    result: AnalysisResult,
    spec: PageSpec,
    *,
    dpi: int = 150,
    atlas_column: str | None = None,
    atlas_values: Sequence | None = None,
    focus_ids: Sequence[str] | None = None,
    unit: tuple[str, object] | None = None,
    zones: gpd.GeoDataFrame | None = None,
    progress: Progress | None = None,
) -> Iterator[bytes]:
    """Each page as PNG bytes at ``dpi`` (for print preview and printing in the GUI)."""
    with matplotlib.rc_context(_RC):
        for fig in iter_pages(
            result,
            spec,
            atlas_column=atlas_column,
            atlas_values=atlas_values,
            focus_ids=focus_ids,
            unit=unit,
            zones=zones,
            progress=progress,
        ):
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
            yield buf.getvalue()
