"""The page of a print layout: paper, orientation, texts and options (:class:`PageSpec`), and
where each part sits on the sheet (:func:`page_boxes`, in millimetres).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from accessmap.core.errors import ExportError
from accessmap.core.model import AnalysisResult

__all__ = ["PAPER_MM", "PageSpec", "check_spec", "page_boxes"]

PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}


@dataclass(frozen=True)
class PageSpec:
    """What a page shows and how. Empty title/subtitle = the defaults in ``language``."""

    paper: Literal["A4", "A3"] = "A4"
    orientation: Literal["portrait", "landscape"] = "portrait"
    title: str = ""
    subtitle: str = ""
    column: str = "dist_nearest_m"
    scheme: str = "quantiles"
    k: int = 5
    author: str = ""
    organisation: str = ""
    show_locator: bool = True
    show_summary: bool = True
    language: Literal["en", "nl", "fr"] = "en"
    date: _dt.date | None = None
    #: Name of the study area for the default subtitle ("" = from the data).
    area: str = ""
    #: The sources line as the user typed it ("" = from the layers' attribution).
    sources: str = ""
    #: Translated strings (e.g. from Qt) overriding keys of :mod:`accessmap.render.i18n`.
    strings: Mapping[str, str] | None = field(default=None, compare=False, hash=False)

    @property
    def size_mm(self) -> tuple[float, float]:
        w, h = PAPER_MM[self.paper]
        return (h, w) if self.orientation == "landscape" else (w, h)

    @property
    def the_date(self) -> _dt.date:
        return self.date or _dt.date.today()


def check_spec(result: AnalysisResult, spec: PageSpec) -> None:
    if spec.paper not in PAPER_MM:
        raise ExportError(f"Unknown paper size {spec.paper!r}: choose A4 or A3.")
    if spec.orientation not in ("portrait", "landscape"):
        raise ExportError(f"Unknown orientation {spec.orientation!r}: portrait or landscape.")
    if spec.column not in result.sectors.columns:
        raise ExportError(
            f"The column {spec.column!r} is not in the analysis result, so it cannot be mapped. "
            "Choose one of the indicator columns.",
            details="available: " + ", ".join(map(str, result.sectors.columns)),
        )


def page_boxes(spec: PageSpec) -> dict[str, tuple[float, float, float, float]]:
    """Boxes (x, y, w, h) in mm from the page's lower left: title, map, legend, summary,
    locator, footer. Portrait puts legend/figures/locator in a band under the map; landscape
    in a column beside it."""
    w, h = spec.size_mm
    s = 1.0 if spec.paper == "A4" else 1.3
    m = 11.0 * s
    title_h, footer_h, gap = 19.0 * s, 17.0 * s, 4.0 * s
    boxes: dict[str, tuple[float, float, float, float]] = {
        "title": (m, h - m - title_h, w - 2 * m, title_h),
        "footer": (m, m, w - 2 * m, footer_h),
    }
    top = h - m - title_h - gap
    bottom = m + footer_h + gap
    if spec.orientation == "portrait":
        band = 60.0 * s
        boxes["map"] = (m, bottom + band + gap, w - 2 * m, top - bottom - band - gap)
        cols = (
            ["legend"]
            + (["summary"] if spec.show_summary else [])
            + (["locator"] if spec.show_locator else [])
        )
        widths = {"legend": 0.47, "summary": 0.33, "locator": 0.20}
        total = sum(widths[c] for c in cols)
        x = m
        inner = w - 2 * m - gap * (len(cols) - 1)
        for c in cols:
            cw = inner * widths[c] / total
            if c == "locator":
                cw = min(cw, band)
            boxes[c] = (x, bottom, cw, band)
            x += cw + gap
    else:
        # A column beside the map: legend, key figures and locator stack from the top;
        # build_page measures each and gives the locator what is left (the initial boxes
        # span the whole column).
        side = 74.0 * s
        boxes["map"] = (m, bottom, w - 2 * m - side - gap, top - bottom)
        column = (w - m - side, bottom, side, top - bottom)
        boxes["legend"] = column
        if spec.show_summary:
            boxes["summary"] = column
        if spec.show_locator:
            boxes["locator"] = (column[0], bottom, side, side * 0.5)
    return boxes
