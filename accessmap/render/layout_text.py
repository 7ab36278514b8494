"""The text parts of a print page: legend, key figures and the footer (sources, CRS, date,
author), in the page's language with numbers in its locale (matplotlib, Qt-free).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from accessmap.core.model import SourceInfo
from accessmap.render import i18n
from accessmap.render.layout_map import CATCHMENT_STYLE, CENTRE_STYLES, FADE_COLOR, GAP_STYLE

__all__ = [
    "draw_legend",
    "draw_summary",
    "footer_lines",
    "missing_attribution",
    "page_figures",
    "source_items",
    "wrap",
]


def wrap(text: str, width_mm: float, fontsize: float) -> str:
    """Wrap ``text`` to a box ``width_mm`` wide at ``fontsize`` points (DejaVu Sans average)."""
    chars = max(10, int(width_mm / (fontsize * 0.3528 * 0.56)))
    return "\n".join(textwrap.fill(par, chars, break_on_hyphens=False) for par in text.split("\n"))


def draw_legend(
    ax: Axes,
    *,
    title: str,
    entries: Sequence[tuple[object, str]],
    no_data: tuple[object, str] | None,
    centre_types: Sequence[str],
    show_gap: bool,
    show_faded: bool,
    show_catchments: bool = False,
    lang: str,
    strings: Mapping[str, str] | None,
    fontsize: float,
    two_columns: bool,
) -> Legend:
    """Class colours (+ no data) and symbols (centres by type, gap, faded surroundings)."""
    ax.set_axis_off()
    handles: list = []
    labels: list[str] = []
    for color, label in entries:
        handles.append(Patch(facecolor=color, edgecolor="#777777", linewidth=0.4))
        labels.append(label)
    if no_data is not None:
        handles.append(Patch(facecolor=no_data[0], edgecolor="#777777", linewidth=0.4))
        labels.append(no_data[1])
    symbols: list = []
    symbol_labels: list[str] = []
    heading_idx: list[int] = []
    if centre_types:
        heading_idx.append(len(symbols))
        symbols.append(Patch(visible=False))
        symbol_labels.append(i18n.text("centres", lang, strings))
        for kind in centre_types:
            st = CENTRE_STYLES.get(kind, CENTRE_STYLES["other"])
            handle = Line2D(
                [],
                [],
                linestyle="none",
                marker=st["marker"],
                markersize=7,
                markerfacecolor=st["facecolor"],
                markeredgecolor=st["edgecolor"],
                markeredgewidth=0.6,
            )
            if kind == "health_centre":  # circle with a white cross, as on screen
                cross = Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="+",
                    markersize=4.5,
                    markeredgecolor="white",
                    markeredgewidth=1.1,
                )
                handle = (handle, cross)
            symbols.append(handle)
            symbol_labels.append(i18n.text(kind, lang, strings))
    if show_gap:
        symbols.append(
            Patch(
                facecolor="white",
                edgecolor=GAP_STYLE["edgecolor"],
                hatch=GAP_STYLE["hatch"],
                linewidth=GAP_STYLE["linewidth"],
            )
        )
        symbol_labels.append(i18n.text("gap", lang, strings))
    if show_catchments:
        symbols.append(Line2D([], [], **CATCHMENT_STYLE))
        symbol_labels.append(i18n.text("catchments", lang, strings))
    if show_faded:  # a middle class colour seen through the white veil
        mid = to_rgb(entries[len(entries) // 2][0]) if entries else (0.6, 0.6, 0.6)
        alpha = FADE_COLOR[3]
        fade = tuple((1 - alpha) * c + alpha * w for c, w in zip(mid, FADE_COLOR[:3], strict=True))
        symbols.append(Patch(facecolor=fade, edgecolor="#999999", linewidth=0.4))
        symbol_labels.append(i18n.text("outside", lang, strings))
    if two_columns:
        n = max(len(handles), len(symbols))
        handles += [Patch(visible=False)] * (n - len(handles))
        labels += [""] * (n - len(labels))
        symbols += [Patch(visible=False)] * (n - len(symbols))
        symbol_labels += [""] * (n - len(symbol_labels))
        heading_idx = [n + i for i in heading_idx]
    else:
        if symbols:
            heading_idx = [len(handles) + 1 + i for i in heading_idx]
            handles.append(Patch(visible=False))
            labels.append("")
    all_handles = handles + symbols
    all_labels = labels + symbol_labels
    legend = ax.legend(
        all_handles,
        all_labels,
        loc="upper left",
        bbox_to_anchor=(0.0, 1.0),
        ncols=2 if two_columns else 1,
        frameon=False,
        fontsize=fontsize,
        title=title,
        title_fontsize=fontsize * 1.1,
        alignment="left",
        handlelength=1.8,
        handleheight=1.1,
        borderaxespad=0.0,
        borderpad=0.0,
        columnspacing=1.2,
        labelspacing=0.45,
    )
    legend.get_title().set_fontweight("bold")
    texts = legend.get_texts()
    for i in heading_idx:
        texts[i].set_fontweight("bold")
    legend.set_gid("legend")
    return legend


def page_figures(
    sectors: pd.DataFrame, mask: np.ndarray | None, summary: Mapping[str, object]
) -> dict[str, float | None]:
    """Key figures over the sectors in ``mask`` (all when None), computed from the columns.

    For the whole area the pipeline's summary wins where it has the key.
    """
    df = sectors if mask is None else sectors[mask]
    pop = pd.to_numeric(df.get("population"), errors="coerce").fillna(0).to_numpy(float)
    total = pop.sum()
    within = df["within_threshold"].astype("boolean").fillna(False).to_numpy(bool)
    poor = (df["poverty_class"].astype("Float64") == 3).fillna(False).to_numpy(bool)
    gap = (df["gap_class"].astype(str) == "double_disadvantage").to_numpy(bool)
    poor_pop = pop[poor].sum()
    figures: dict[str, float | None] = {
        "population": float(total),
        "n_sectors": float(len(df)),
        "share_population_within_threshold": (pop[within].sum() / total) if total else None,
        "share_poor_population_within_threshold": (
            pop[poor & within].sum() / poor_pop if poor_pop else None
        ),
        "poor_population_beyond_threshold": float(pop[poor & ~within].sum()),
        "gap_sectors": float(gap.sum()),
        "gap_population": float(pop[gap].sum()),
        "concentration_index": None,
    }
    if mask is None:
        for key in figures:
            value = summary.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                figures[key] = float(value)
    return figures


def draw_summary(
    ax: Axes,
    *,
    figures: Mapping[str, float | None],
    whole: Mapping[str, float | None] | None,
    threshold_text: str,
    heading: str,
    lang: str,
    strings: Mapping[str, str] | None,
    fontsize: float,
    width_mm: float,
) -> list[Text]:
    """Key figures as a two-column list (label, value); ``whole`` adds the area-wide index.
    Returns the text artists (to measure where the list ends)."""
    ax.set_axis_off()
    t = lambda key: i18n.text(key, lang, strings)  # noqa: E731
    pct = lambda v: i18n.format_percent(v, lang)  # noqa: E731
    num = lambda v: i18n.format_number(v, lang)  # noqa: E731
    rows: list[tuple[str, str]] = [
        (t("s_population"), num(figures["population"])),
        (t("s_sectors"), num(figures["n_sectors"])),
        (t("s_threshold"), threshold_text),
        (t("s_within"), pct(figures["share_population_within_threshold"])),
        (t("s_poor_within"), pct(figures["share_poor_population_within_threshold"])),
        (t("s_poor_beyond"), num(figures["poor_population_beyond_threshold"])),
        (t("s_gap"), num(figures["gap_sectors"])),
        (t("s_gap_pop"), num(figures["gap_population"])),
    ]
    ci = figures.get("concentration_index")
    ci_label = t("s_ci")
    if ci is None and whole is not None:
        ci = whole.get("concentration_index")
        ci_label = f"{ci_label}, {t('summary_all').lower()}"
    if ci is not None:
        rows.append((ci_label, i18n.format_number(ci, lang, 3)))
    line = fontsize * 1.3 / 72.0 * 25.4  # mm per text line
    box_h_mm = ax.get_position().height * ax.figure.get_figheight() * 25.4
    dy = line / box_h_mm
    y = 1.0
    texts = [
        ax.text(
            0,
            y,
            heading,
            fontsize=fontsize * 1.1,
            fontweight="bold",
            va="top",
            transform=ax.transAxes,
        )
    ]
    y -= dy * 1.6
    for label, value in rows:
        value_mm = len(value) * fontsize * 0.3528 * 0.62
        wrapped = wrap(label, width_mm - value_mm - 2.5, fontsize)
        texts.append(
            ax.text(
                0, y, wrapped, fontsize=fontsize, va="top", transform=ax.transAxes, linespacing=1.1
            )
        )
        ax.text(
            1,
            y,
            value,
            fontsize=fontsize,
            va="top",
            ha="right",
            fontweight="bold",
            transform=ax.transAxes,
        )
        y -= dy * (1 + wrapped.count("\n")) + dy * 0.35
    if ci is not None:
        texts.append(
            ax.text(
                0,
                y - dy * 0.1,
                wrap(t("ci_note"), width_mm, fontsize * 0.9),
                fontsize=fontsize * 0.9,
                va="top",
                color="#555555",
                style="italic",
                transform=ax.transAxes,
            )
        )
    return texts


def _has_attribution(src: SourceInfo) -> bool:
    """True when the source names its origin: not empty, and not just the file's name (what a
    file opened with no known attribution carries)."""
    text = src.attribution.strip()
    return bool(text) and not (src.path and text == Path(src.path).name)


def missing_attribution(sources: Sequence[SourceInfo]) -> list[str]:
    """File names of the sources that carry no attribution (the user should type one)."""
    return [Path(s.path).name for s in sources if s.path and not _has_attribution(s)]


def source_items(
    sources: Sequence[SourceInfo], lang: str = "en", strings: Mapping[str, str] | None = None
) -> str:
    """The sources as one line, "Sectors (2020): Statbel … | Centres: © OpenStreetMap …"
    (without the "Sources:" lead); a source without attribution shows its file name."""
    t = lambda key, **kw: i18n.text(key, lang, strings, **kw)  # noqa: E731
    seen: list[str] = []
    for src in sources:
        if _has_attribution(src):
            item = re.sub(
                r"^(source|bron|sources|bronnen)\s*:\s*",
                "",
                src.attribution.strip(),
                flags=re.IGNORECASE,
            )
        else:
            item = f"{Path(src.path).name} ({t('your_layer')})" if src.path else ""
        if not item:
            continue
        role = i18n.text(f"role_{src.role}", lang, strings) if src.role else ""
        role = "" if role.startswith("role_") else role
        head = " ".join(p for p in (role, f"({src.year})" if src.year else "") if p)
        item = f"{head}: {item}" if head else item
        if item not in seen:
            seen.append(item)
    return " | ".join(seen)


def footer_lines(
    sources: Sequence[SourceInfo],
    *,
    lang: str,
    strings: Mapping[str, str] | None,
    date_text: str,
    author: str,
    organisation: str,
    convergence_deg: float,
    page: tuple[int, int] | None,
    sources_text: str = "",
) -> list[str]:
    """Sources with years (``sources_text``, as the user typed it, replaces them), the CRS and
    north note, date, author line and page number."""
    t = lambda key, **kw: i18n.text(key, lang, strings, **kw)  # noqa: E731
    items = sources_text.strip() or source_items(sources, lang, strings)
    # a typed "Sources: ..." keeps one lead, and one full stop
    items = re.sub(r"^(sources?|bronn?en|bron)\s*:\s*", "", items, flags=re.IGNORECASE)
    items = items.rstrip(". ")
    lines = []
    if items:
        lines.append(t("sources_line", items=items))
    deg = i18n.format_number(abs(convergence_deg), lang, 1)
    lines.append(f"{t('crs')}. {t('north', deg=deg)}.")
    who = " · ".join(s for s in (author, organisation) if s)
    last = [t("date", date=date_text)]
    if who:
        last.append(t("author", author=who))
    last.append(t("made_with"))
    if page is not None:
        last.append(t("page", i=page[0], n=page[1]))
    lines.append(" · ".join(last))
    return lines
