"""Class breaks, colours and legend text for mapped indicators (no Qt).

:func:`classify` turns a column of numbers into classes with mapclassify and gives each class a
colour-blind-safe ColorBrewer colour and a legend label; :func:`classify_indicator` does the same
for a column of :data:`accessmap.core.schema.SECTOR_OUTPUT_COLUMNS`, with the direction, unit,
format and palette from :data:`INDICATOR_INFO` (categorical columns get fixed colours).

Colour convention: **the strong (dark) colour always means the worse situation.** Distances use
YlOrRd (far = dark red); measures where more is better (centres within reach, capacity, E2SFCA)
use YlGnBu *reversed*, so that the lowest access gets the darkest blue; poverty uses PuBu with the
poorest sectors darkest (reversed when lower values are poorer). Values that are missing or not
finite (NaN, +-inf: e.g. no centre reachable) go to "no data" (class index -1, grey).

Changes between scenarios (``delta_*`` columns, see :func:`accessmap.gui.panels.scenario_panel.
delta_result`) use a diverging palette (ColorBrewer RdBu) with **fixed symmetric breaks**
(:data:`DELTA_BREAKS_M`: +-50, 200, 500 m), the same for every scenario so two delta maps read
alike: seven classes, "no change" (|change| <= 50 m) in the middle, blue for shorter distances
(better access), red for longer; ``scheme`` and ``k`` do not apply.

Translation: every English string comes from :data:`MAP_TEXT` (or an indicator's label); pass
``labels={key: translated}`` to override any of them (the GUI passes its ``tr()`` versions).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass

import mapclassify
import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from accessmap.core.errors import SettingsError
from accessmap.render.palettes import (
    BIVARIATE_3X3,
    DIVERGING,
    NO_DATA_COLOR,
    PALETTES,
    brewer,
)

__all__ = [
    "DELTA_BREAKS_M",
    "INDICATOR_INFO",
    "MAP_TEXT",
    "NO_DATA_COLOR",
    "PALETTES",
    "SCHEMES",
    "Classification",
    "IndicatorInfo",
    "classify",
    "classify_indicator",
    "indicator_label",
    "poverty_cut_labels",
    "text",
]

#: Classification schemes (aliases accepted: "natural", "fisher_jenks", "jenks", "equal").
SCHEMES = ("quantiles", "natural_breaks", "equal_interval")
_ALIASES = {
    "quantile": "quantiles",
    "natural": "natural_breaks",
    "naturalbreaks": "natural_breaks",
    "fisher_jenks": "natural_breaks",
    "fisherjenks": "natural_breaks",
    "jenks": "natural_breaks",
    "equal": "equal_interval",
    "equalinterval": "equal_interval",
}
#: Fisher-Jenks is O(k n^2) in pure Python (no numba): above this many values it runs on this
#: many evenly spaced order statistics (deterministic): ~70 ms instead of minutes at 19,800.
_JENKS_MAX = 256
#: Class bounds of |change| for delta maps (metres): no change, small, medium, large.
DELTA_BREAKS_M = (50.0, 200.0, 500.0)

#: Every English string the map, its legend and its tooltips show; override by key.
MAP_TEXT: dict[str, str] = {
    "no_data": "No data",
    "unreachable": "Not reachable",
    "sector_id": "Sector code",
    "legend": "Legend",
    "centres": "Centres",
    "health_centre": "Neighbourhood health centre",
    "gp_practice": "GP practice",
    "other": "Other centre",
    "gap": "Coverage gap (poor, beyond the threshold)",
    "municipality": "Municipality",
    "population": "Population",
    "poverty": "Poverty",
    "access": "Access",
    "sector": "Sector",
    "threshold": "Threshold",
    "selected": "Selected",
    "yes": "Yes",
    "no": "No",
    "poverty_class_1": "Least poor third",
    "poverty_class_2": "Middle third",
    "poverty_class_3": "Poorest third",
    "bivariate": "{poverty}, {access} (P{p}A{a})",
    "poverty_level_1": "least poor third",
    "poverty_level_2": "middle third",
    "poverty_level_3": "poorest third",
    # the bivariate cells read "poorest third, worst-access third (P3A1)": relative thirds,
    # never called the gap (the gap is absolute: poor and beyond the threshold)
    "access_level_1": "worst-access third",
    "access_level_2": "middle-access third",
    "access_level_3": "best-access third",
    # poverty classes under an absolute cut (Settings.poor_cut): see poverty_cut_labels
    "poverty_cut_class_1": "Less poor half of the others",
    "poverty_cut_class_2": "Poorer half of the others",
    "poverty_cut_class_3": "Poor (at or beyond the cut)",
    "poverty_cut_level_1": "less poor half",
    "poverty_cut_level_2": "poorer half",
    "poverty_cut_level_3": "poor (cut)",
    "no_gap": "No gap",
    "within": "Within the threshold",
    "beyond": "Beyond the threshold",
    "inside_catchment": "Inside a catchment area",
    "outside_catchment": "Outside every catchment area",
    "gained_access": "Gained access (now within the threshold)",
    "lost_access": "Lost access (now beyond the threshold)",
    "unchanged": "Unchanged",
    "no_change": "No change (within ±{d})",
    "change_below": "More than {v} shorter",
    "change_above": "More than {v} longer",
}


def poverty_cut_labels(labels: Mapping[str, str] | None = None) -> dict[str, str]:
    """Label overrides for a result computed with an absolute poverty cut: poverty class 3 is
    then "poor (at or beyond the cut)" and classes 2 and 1 are the halves of the others, not
    thirds. Merge them into the labels of such a result: ``{**labels, **poverty_cut_labels(labels)}``.
    """
    out = {}
    for c in (1, 2, 3):
        out[f"poverty_class_{c}"] = text(f"poverty_cut_class_{c}", labels)
        out[f"poverty_level_{c}"] = text(f"poverty_cut_level_{c}", labels)
    return out


def text(key: str, labels: Mapping[str, str] | None = None, **fmt: object) -> str:
    """The display string for ``key`` (translated when ``labels`` has it), formatted."""
    s = (labels or {}).get(key) or MAP_TEXT.get(key) or _info_label(key) or key
    return s.format(**fmt) if fmt else s


@dataclass(frozen=True)
class IndicatorInfo:
    """How a column is shown: English label, unit, direction, number format and palette.

    ``categories`` (categorical columns only): ``(value, text key, colour)`` per category.
    """

    label: str
    unit: str = ""
    higher_is_better: bool = False
    format: str = "{:,.0f}"
    palette: str = "YlOrRd"
    categories: tuple[tuple[object, str, str], ...] = ()

    @property
    def categorical(self) -> bool:
        return bool(self.categories)


_BIV = tuple(
    (f"P{p}A{a}", f"bivariate:{p}:{a}", BIVARIATE_3X3[p - 1][3 - a])
    for p in (3, 2, 1)
    for a in (1, 2, 3)
)

#: Every mappable column of ``schema.SECTOR_OUTPUT_COLUMNS`` and how to show it.
INDICATOR_INFO: dict[str, IndicatorInfo] = {
    "dist_nearest_m": IndicatorInfo("Distance to the nearest centre", "m"),
    "dist_3rd_m": IndicatorInfo("Distance to the third nearest centre", "m"),
    "centres_within": IndicatorInfo("Centres within the threshold", "", True, "{:,.0f}", "YlGnBu"),
    "capacity_within": IndicatorInfo(
        "GP capacity within the threshold", "FTE", True, "{:,.1f}", "YlGnBu"
    ),
    "e2sfca_per_10k": IndicatorInfo(
        "E2SFCA: GPs per 10,000 residents", "per 10,000", True, "{:,.1f}", "YlGnBu"
    ),
    "walk_nearest_m": IndicatorInfo("Walking distance to the nearest centre", "m"),
    "walk_nearest_min": IndicatorInfo(
        "Walking time to the nearest centre", "min", False, "{:,.1f}"
    ),
    "detour_index": IndicatorInfo("Detour index (walking / straight line)", "", False, "{:.2f}"),
    "dist_nearest_step_free_m": IndicatorInfo("Distance to the nearest step-free centre", "m"),
    "population": IndicatorInfo("Population", "", False, "{:,.0f}", "PuBu"),
    "poverty": IndicatorInfo("Poverty", "", False, "{:,.3g}", "PuBu"),
    "poverty_class": IndicatorInfo(
        "Poverty class",
        categories=tuple(
            (c, f"poverty_class_{c}", col)
            for c, col in zip((3, 2, 1), brewer("PuBu", 3)[::-1], strict=True)
        ),
    ),
    "bivariate_class": IndicatorInfo("Poverty and access (bivariate)", categories=_BIV),
    "gap_class": IndicatorInfo(
        "Coverage gap",
        categories=(("double_disadvantage", "gap", "#b2182b"), ("", "no_gap", "#f7f7f7")),
    ),
    "within_threshold": IndicatorInfo(
        "Nearest centre within the threshold",
        categories=((False, "beyond", "#f03b20"), (True, "within", "#ffeda0")),
    ),
    "in_catchment": IndicatorInfo(
        "Inside a centre's catchment area",
        categories=((False, "outside_catchment", "#f03b20"), (True, "inside_catchment", "#ffeda0")),
    ),
    # scenario minus baseline (lower = better: a shorter distance is a gain, drawn blue)
    "delta_dist_m": IndicatorInfo(
        "Change in distance to the nearest centre", "m", False, "{:+,.0f}", "RdBu"
    ),
    "delta_within": IndicatorInfo(
        "Change in access (within the threshold)",
        categories=(
            ("gain", "gained_access", "#2166ac"),
            ("loss", "lost_access", "#b2182b"),
            ("", "unchanged", "#f7f7f7"),
        ),
    ),
}


def _info_label(key: str) -> str | None:
    info = INDICATOR_INFO.get(key)
    return info.label if info else None


def indicator_label(column: str, labels: Mapping[str, str] | None = None) -> str:
    """The display name of ``column`` (translated when ``labels`` has it)."""
    return text(column, labels)


@dataclass(frozen=True, eq=False)
class Classification:
    """Classes of one mapped column.

    ``bins`` are the upper bounds (mapclassify convention: class i holds bins[i-1] < v <=
    bins[i]; empty for categorical columns). ``class_index`` has one int per value, -1 = no
    data. ``colors``, ``labels`` and ``counts`` have one entry per class.
    """

    bins: tuple[float, ...]
    class_index: np.ndarray
    colors: tuple[str, ...]
    no_data_color: str
    labels: tuple[str, ...]
    counts: tuple[int, ...]
    no_data_label: str = "No data"
    no_data_count: int = 0
    scheme: str = "quantiles"
    categorical: bool = False

    @property
    def k(self) -> int:
        return len(self.colors)

    def value_colors(self) -> list[str]:
        """One hex colour per value (the no-data colour where class_index is -1)."""
        table = np.array([*self.colors, self.no_data_color], dtype=object)
        return list(table[self.class_index])


def _numeric(values: ArrayLike) -> np.ndarray:
    s = pd.Series(values) if not isinstance(values, pd.Series) else values
    if s.dtype == object or str(s.dtype) in ("string", "str", "boolean"):
        s = pd.to_numeric(s.astype(object).where(s.notna(), np.nan), errors="coerce")
    return np.asarray(s.astype("float64"), dtype=float)


def _breaks(y: np.ndarray, scheme: str, k: int) -> np.ndarray:
    with warnings.catch_warnings():  # mapclassify warns when it lowers k; we handle it
        warnings.simplefilter("ignore")
        if scheme == "quantiles":
            bins = mapclassify.Quantiles(y, k=k).bins
        elif scheme == "equal_interval":
            bins = mapclassify.EqualInterval(y, k=k).bins
        else:
            sample = np.sort(y)
            if sample.size > _JENKS_MAX:
                pos = np.linspace(0, sample.size - 1, _JENKS_MAX).round().astype(int)
                sample = sample[pos]
            bins = mapclassify.FisherJenks(sample, k=min(k, np.unique(sample).size)).bins
    bins = np.unique(np.asarray(bins, dtype=float))
    bins[-1] = y.max()  # the top class always ends at the maximum
    return np.unique(bins)


def classify(
    values: ArrayLike,
    scheme: str = "quantiles",
    k: int = 5,
    *,
    higher_is_better: bool = False,
    palette: str | None = None,
    fmt: str = "{:,.4g}",
    unit: str = "",
    labels: Mapping[str, str] | None = None,
) -> Classification:
    """Classify numbers into at most ``k`` classes with a mapclassify ``scheme``.

    ``k`` drops to the number of distinct values when there are fewer, and empty classes (ties
    at a break) are merged away; all-NaN input gives no classes and every index -1. Colours come
    from the ColorBrewer ``palette`` (default YlOrRd), darkest for the worst values: reversed
    when ``higher_is_better``. Labels read ``"lo – hi unit"`` with ``fmt`` for the numbers.
    """
    scheme = _ALIASES.get(scheme.lower().replace("-", "_").replace(" ", "_"), scheme.lower())
    if scheme not in SCHEMES:
        raise SettingsError(
            f"Unknown classification {scheme!r}: choose quantiles, natural breaks or equal interval."
        )
    if not 1 <= int(k) <= 9:
        raise SettingsError(f"The number of classes must be between 1 and 9 (got {k}).")
    palette = palette or "YlOrRd"
    if palette in DIVERGING:
        return _diverging(values, palette, higher_is_better, fmt, unit, labels)
    if palette not in PALETTES:
        raise SettingsError(f"Unknown colour palette {palette!r}.", ", ".join(PALETTES))
    v = _numeric(values)
    ok = np.isfinite(v)
    idx = np.full(v.shape, -1, dtype=np.int64)
    no_label = text("no_data", labels)
    if not ok.any():
        return Classification((), idx, (), NO_DATA_COLOR, (), (), no_label, int(v.size), scheme)
    y = v[ok]
    k_eff = min(int(k), int(np.unique(y).size))
    bins = _breaks(y, scheme, k_eff)
    yb = np.searchsorted(bins, y, side="left")
    counts = np.bincount(yb, minlength=bins.size)
    if (counts == 0).any():  # ties at a break leave an empty class: merge it into the next
        bins = bins[counts > 0]
        yb = np.searchsorted(bins, y, side="left")
        counts = np.bincount(yb, minlength=bins.size)
    idx[ok] = yb
    colors = brewer(palette, bins.size)
    if higher_is_better:
        colors = colors[::-1]
    lows = [y.min(), *bins[:-1]]
    suffix = f" {unit}" if unit else ""
    names = tuple(
        f"{fmt.format(lo)} – {fmt.format(hi)}{suffix}"
        if fmt.format(lo) != fmt.format(hi)
        else f"{fmt.format(hi)}{suffix}"
        for lo, hi in zip(lows, bins, strict=True)
    )
    return Classification(
        tuple(float(b) for b in bins),
        idx,
        tuple(colors),
        NO_DATA_COLOR,
        names,
        tuple(int(c) for c in counts),
        no_label,
        int((~ok).sum()),
        scheme,
    )


def _diverging(
    values: ArrayLike,
    palette: str,
    higher_is_better: bool,
    fmt: str,
    unit: str,
    labels: Mapping[str, str] | None,
) -> Classification:
    """Seven classes symmetric around 0 by |value| against :data:`DELTA_BREAKS_M`: class 3 is
    "no change" (|v| <= 50), classes 0-2 the negative side (large to small), 4-6 the positive.
    The better side (negative unless ``higher_is_better``) gets the blue end of ``palette``."""
    v = _numeric(values)
    ok = np.isfinite(v)
    b = np.asarray(DELTA_BREAKS_M, dtype=float)
    y = np.where(ok, v, 0.0)
    level = np.searchsorted(b, np.abs(y), side="left")  # 0 = no change (|v| <= 50)
    idx = np.where(ok, len(b) + np.sign(y).astype(np.int64) * level, -1).astype(np.int64)
    k = 2 * len(b) + 1
    colors = brewer(palette, k)  # red end first: red = the worse side
    if not higher_is_better:  # lower is better: the negative (low) classes in blue
        colors = colors[::-1]
    counts = np.bincount(idx[idx >= 0], minlength=k)
    suffix = f" {unit}" if unit else ""
    f = [fmt.format(x) for x in (-b[::-1]).tolist() + b.tolist()]  # -500 -200 -50 +50 ...
    names = (
        text("change_below", labels, v=f"{f[5].lstrip('+')}{suffix}"),
        f"{f[0]} – {f[1]}{suffix}",
        f"{f[1]} – {f[2]}{suffix}",
        text("no_change", labels, d=f"{fmt.format(b[0]).lstrip('+')}{suffix}"),
        f"{f[3]} – {f[4]}{suffix}",
        f"{f[4]} – {f[5]}{suffix}",
        text("change_above", labels, v=f"{f[5].lstrip('+')}{suffix}"),
    )
    top = float(np.nanmax(v[ok])) if ok.any() else b[-1]
    bins = (*(-b[::-1]).tolist(), *b.tolist(), max(top, float(b[-1])))
    return Classification(
        tuple(float(x) for x in bins),
        idx,
        tuple(colors),
        NO_DATA_COLOR,
        names,
        tuple(int(c) for c in counts),
        text("no_data", labels),
        int((~ok).sum()),
        "diverging",
    )


def _categorical(values: ArrayLike, info: IndicatorInfo, labels: Mapping[str, str] | None):
    s = pd.Series(values).astype(object)
    s = s.where(s.notna(), None)
    lookup = {v: i for i, (v, _, _) in enumerate(info.categories)}
    idx = np.array([lookup.get(_norm(x), -1) for x in s], dtype=np.int64)
    counts = np.bincount(idx[idx >= 0], minlength=len(info.categories))
    names = []
    for _, key, _ in info.categories:
        if key.startswith("bivariate:"):
            _, p, a = key.split(":")
            names.append(
                text(
                    "bivariate",
                    labels,
                    p=p,
                    a=a,
                    poverty=text(f"poverty_level_{p}", labels),
                    access=text(f"access_level_{a}", labels),
                )
            )
        else:
            names.append(text(key, labels))
    return Classification(
        (),
        idx,
        tuple(c for _, _, c in info.categories),
        NO_DATA_COLOR,
        tuple(names),
        tuple(int(c) for c in counts),
        text("no_data", labels),
        int((idx < 0).sum()),
        "categorical",
        True,
    )


def _norm(x: object) -> object:
    """Make numpy/pandas scalars comparable with the category keys (1 == 1.0 == np.int64(1))."""
    if x is None:
        return None
    if isinstance(x, bool | np.bool_):
        return bool(x)
    if isinstance(x, int | float | np.integer | np.floating):
        return int(x) if float(x).is_integer() else float(x)
    return str(x)


def classify_indicator(
    values: ArrayLike,
    column: str,
    scheme: str = "quantiles",
    k: int = 5,
    *,
    labels: Mapping[str, str] | None = None,
    higher_is_better: bool | None = None,
) -> Classification:
    """Classify ``values`` of ``column`` with its :data:`INDICATOR_INFO` direction and palette.

    ``higher_is_better`` overrides the default direction (e.g. poverty where lower is poorer).
    Categorical columns (poverty_class, bivariate_class, gap_class, within_threshold,
    in_catchment) ignore ``scheme`` and ``k``. Unknown numeric columns map with YlOrRd.
    """
    info = INDICATOR_INFO.get(column, IndicatorInfo(column, format="{:,.4g}"))
    if info.categorical:
        return _categorical(values, info, labels)
    hib = info.higher_is_better if higher_is_better is None else higher_is_better
    return classify(
        values,
        scheme,
        k,
        higher_is_better=hib,
        palette=info.palette,
        fmt=info.format,
        unit=info.unit,
        labels=labels,
    )
