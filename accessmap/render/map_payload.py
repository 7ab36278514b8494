"""The style payload of the web map: class index per sector, colours, legend and tooltip values.

:func:`style_payload` is everything that changes when the user picks another indicator,
classification or threshold; the page applies it with ``accessmap.restyle(payload)`` without
reloading its geometry. :func:`centre_layer` is the centre markers in compact form: the page
replaces its markers with ``accessmap.restyle({..., centres: [...]})`` when only the centres
changed (added, moved, removed, edited, filtered by year), again without a reload. Every string
in them is plain text: the page puts it into the DOM with ``textContent``, never as HTML.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import shapely

from accessmap.core.model import AnalysisResult
from accessmap.render.styling import (
    INDICATOR_INFO,
    MAP_TEXT,
    classify_indicator,
    indicator_label,
    text,
)

__all__ = [
    "EXTRA_TEXT",
    "GAP_VALUE",
    "catchment_count",
    "centre_layer",
    "centre_layer_key",
    "distance_note",
    "style_payload",
    "tooltip_fields",
    "value_digests",
    "values_payload",
]

GAP_VALUE = "double_disadvantage"
#: Tooltip rows shown on hover (besides name, municipality and the mapped indicator).
_HOVER = ("population", "poverty")
#: Strings the page itself needs (tooltips, legend headings).
_PAGE_TEXT = (
    "no_data", "centres", "health_centre", "gp_practice", "other", "gap", "municipality",
    "population", "poverty", "sector", "sector_id", "threshold", "legend", "yes", "no",
    "catchments", "catchment", "step_free", "straight_minutes",
)  # fmt: skip
#: Page strings not (yet) in ``styling.MAP_TEXT``; overridable through ``labels`` like those.
EXTRA_TEXT: dict[str, str] = {
    "catchments": "Catchment areas",
    "catchment": "Catchment area",
    "step_free": "Step-free access",
    "straight_minutes": (
        "Straight-line distance, not walking: {minutes} min at {speed} km/h = {metres} m "
        "as the crow flies (no street network is loaded)"
    ),
}


def _text(key: str, labels: Mapping[str, str] | None) -> str:
    if (labels and labels.get(key)) or key in MAP_TEXT or key not in EXTRA_TEXT:
        return text(key, labels)
    return EXTRA_TEXT[key]


def catchment_count(result: AnalysisResult) -> int:
    """Number of catchment polygons the result carries for display (0 without any)."""
    c = result.extras.get("catchments")
    return 0 if c is None else len(c)


def tooltip_fields(sectors: pd.DataFrame) -> list[str]:
    """Columns shown in popups: population, poverty, then every mappable indicator present."""
    fields = [c for c in _HOVER if c in sectors]
    for col in INDICATOR_INFO:
        if col in fields or col not in sectors:
            continue
        s = sectors[col]
        if s.isna().all():
            continue
        fields.append(col)
    return fields


def centre_layer(result: AnalysisResult) -> list[dict[str, Any]]:
    """The centres as the page draws them, compact: ``{id, lat, lon, type, name, stepFree}``
    per centre with a position (WGS84 rounded to 6 decimals, ~0.1 m; ``type`` one of
    ``schema.CENTRE_TYPES``, "other" for anything else; ``stepFree`` True, False or None when
    unknown). Names are plain text (the page shows them with ``textContent``; JSON-escaped by
    :func:`~accessmap.render.geojson.dumps_js` on the way)."""
    c = result.centres
    if len(c) == 0:
        return []
    pts = c.geometry.to_crs("EPSG:4326").to_numpy()
    ok = ~(shapely.is_missing(pts) | shapely.is_empty(pts))
    c, pts = c[ok], pts[ok]
    n = len(c)
    lat = np.round(shapely.get_y(pts), 6).tolist()
    lon = np.round(shapely.get_x(pts), 6).tolist()
    known = ("health_centre", "gp_practice")
    types = [t if t in known else "other" for t in _strings(c.get("type"), n)]
    ids = _strings(c["centre_id"], n) if "centre_id" in c else [str(i) for i in range(n)]
    step = [_plain(v) for v in c["step_free"].astype(object)] if "step_free" in c else [None] * n
    return [
        {
            "id": i,
            "lat": y,
            "lon": x,
            "type": t,
            "name": name,
            "stepFree": None if sf is None else bool(sf),
        }
        for i, y, x, t, name, sf in zip(
            ids, lat, lon, types, _strings(c.get("name"), n), step, strict=True
        )
    ]


def centre_layer_key(centres: list[dict[str, Any]]) -> str:
    """A digest of a :func:`centre_layer` list: equal keys, the same markers on the page."""
    text = json.dumps(centres, separators=(",", ":"), ensure_ascii=False)
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _plain(x: Any) -> Any:
    return None if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)) else x


def _field(values: pd.Series, column: str, labels: Mapping[str, str] | None) -> dict[str, Any]:
    """One tooltip field: ``{key, label, unit, text: [str per sector]}`` for numbers and text,
    ``{key, label, categories: [str], index: [int per sector, -1 = no data]}`` for categories
    (much smaller than repeating the category text for every sector)."""
    info = INDICATOR_INFO.get(column)
    field: dict[str, Any] = {"key": column, "label": indicator_label(column, labels)}
    no_data = text("no_data", labels)
    if info is not None and info.categorical:
        # classified per distinct value (a handful), then spread: ~20x faster at 19,800 sectors
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        distinct = pd.Series([*uniques.tolist(), None], dtype=object)  # last: missing
        cls = classify_indicator(distinct, column, labels=labels)
        field["categories"] = list(cls.labels)
        field["index"] = cls.class_index.astype(int)[codes].tolist()  # code -1: the last
        return field
    if values.dtype == object or str(values.dtype) in ("string", "str"):
        field["text"] = [no_data if _plain(v) is None else str(v) for v in values.astype(object)]
        return field
    fmt = info.format if info is not None else "{:,.4g}"
    field["unit"] = info.unit if info is not None else ""
    arr = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    unreachable = text("unreachable", labels)
    # each distinct value formatted once (counts and classes repeat a lot)
    distinct, inverse = np.unique(arr, return_inverse=True)
    texts = [
        no_data if v != v else unreachable if math.isinf(v) else fmt.format(v)
        for v in distinct.tolist()
    ]
    field["text"] = [texts[i] for i in inverse.ravel().tolist()]
    return field


def _strings(values: pd.Series | None, n: int) -> list[str]:
    if values is None:
        return [""] * n
    return ["" if _plain(v) is None else str(v) for v in values.astype(object)]


def _centre_counts(result: AnalysisResult) -> dict[str, int]:
    if "type" not in result.centres or len(result.centres) == 0:
        return {}
    types = result.centres["type"].astype(object).where(result.centres["type"].notna(), "other")
    types = types.map(lambda t: t if t in ("health_centre", "gp_practice") else "other")
    return {str(k): int(v) for k, v in types.value_counts().items()}


def _bivariate_grid(cls, labels: Mapping[str, str] | None) -> dict[str, Any]:
    """The 3 x 3 legend of the bivariate map: rows poorest to least poor, columns worst to
    best access (the order of ``INDICATOR_INFO["bivariate_class"].categories``)."""
    return {
        "rowTitle": text("poverty", labels),
        "colTitle": text("access", labels),
        "rows": [text(f"poverty_level_{p}", labels) for p in (3, 2, 1)],
        "cols": [text(f"access_level_{a}", labels) for a in (1, 2, 3)],
        "colors": [list(cls.colors[r * 3 : r * 3 + 3]) for r in range(3)],
        "counts": [list(cls.counts[r * 3 : r * 3 + 3]) for r in range(3)],
    }


def distance_note(result: AnalysisResult, labels: Mapping[str, str] | None = None) -> str:
    """The legend's warning when the threshold is in minutes but no network was walked: the
    minutes are straight-line metres at the walking speed (""; no warning otherwise)."""
    st = result.settings
    if st.threshold_min is None or result.summary.get("distance_kind") == "network":
        return ""
    return _text("straight_minutes", labels).format(
        minutes=f"{st.threshold_min:g}",
        speed=f"{st.walk_speed_kmh:g}",
        metres=f"{st.effective_threshold_m:,.0f}",
    )


def style_payload(
    result: AnalysisResult,
    column: str,
    scheme: str = "quantiles",
    k: int = 5,
    labels: Mapping[str, str] | None = None,
    *,
    include_values: bool = True,
    show_threshold_circles: bool = False,
    show_catchments: bool = False,
) -> dict[str, Any]:
    """What the page needs to (re)style the map for ``column``, in sector order.

    Keys: ``column``, ``title``, ``colors``, ``noDataColor``, ``classes`` (class index per
    sector, -1 = no data), ``gap`` (positions of coverage-gap sectors), ``thresholdM``,
    ``showThreshold``, ``showCatchments`` (drawn only when the result has catchments),
    ``legend`` (JSON: title, items, no data, centre types, gap, threshold, catchments),
    ``text`` (translated page strings) and, with ``include_values``, ``values``: ids, names,
    municipalities and ``fields`` (see :func:`_field`: numbers pre-formatted as text with
    their unit apart, categories as an index into their labels).
    Raises :class:`~accessmap.core.errors.SettingsError` for an unknown column or scheme.
    """
    from accessmap.core.errors import SettingsError

    sectors = result.sectors
    if column not in sectors:
        raise SettingsError(
            f"The map cannot show {column!r}: the analysis has no such column.",
            ", ".join(map(str, sectors.columns)),
        )
    hib = None
    if column == "poverty":
        hib = not result.settings.higher_is_poorer
    cls = classify_indicator(
        sectors[column], column, scheme, k, labels=labels, higher_is_better=hib
    )
    info = INDICATOR_INFO.get(column)
    title = indicator_label(column, labels)
    if info is not None and info.unit and not info.categorical:
        title = f"{title} ({info.unit})"
    gap = []
    if "gap_class" in sectors:
        gap = np.flatnonzero(sectors["gap_class"].astype(object).eq(GAP_VALUE).fillna(False))
    threshold = float(result.settings.effective_threshold_m)
    n_gap = len(gap)
    centre_counts = _centre_counts(result)
    n_catch = catchment_count(result)
    legend = {
        "title": title,
        "items": [
            {"color": c, "label": lab, "count": int(n)}
            for c, lab, n in zip(cls.colors, cls.labels, cls.counts, strict=True)
        ],
        "noData": (
            {"color": cls.no_data_color, "label": cls.no_data_label, "count": cls.no_data_count}
            if cls.no_data_count
            else None
        ),
        "centres": [
            {"type": t, "label": text(t, labels), "count": centre_counts[t]}
            for t in ("health_centre", "gp_practice", "other")
            if t in centre_counts
        ],
        # the hatched outline; not repeated when the gap itself is the mapped category
        "gap": (
            {"label": text("gap", labels), "count": n_gap}
            if n_gap and column != "gap_class"
            else None
        ),
        "threshold": (
            {"label": f"{text('threshold', labels)}: {threshold:,.0f} m"}
            if show_threshold_circles
            else None
        ),
        "catchments": (
            {"label": _text("catchments", labels), "count": n_catch}
            if show_catchments and n_catch
            else None
        ),
    }
    legend["note"] = distance_note(result, labels)
    if column == "bivariate_class" and cls.k == 9:
        legend["grid"] = _bivariate_grid(cls, labels)
    payload: dict[str, Any] = {
        "column": column,
        "title": title,
        "scheme": cls.scheme,
        "colors": list(cls.colors),
        "noDataColor": cls.no_data_color,
        "classes": cls.class_index.astype(int).tolist(),
        "gap": [int(i) for i in gap],
        "thresholdM": threshold,
        "showThreshold": bool(show_threshold_circles),
        "showCatchments": bool(show_catchments and n_catch),
        "legend": legend,
        "text": {key: _text(key, labels) for key in _PAGE_TEXT},
    }
    if include_values:
        payload["values"] = values_payload(sectors, column, labels)[0]
    return payload


_TEXT_PARTS = {"ids": "sector_id", "names": "name", "municipalities": "municipality"}


def _digest(values: pd.Series | None, context: str) -> str:
    h = hashlib.blake2b(context.encode(), digest_size=12)
    if values is not None:
        h.update(str(values.dtype).encode())
        h.update(pd.util.hash_pandas_object(values, index=False).to_numpy().tobytes())
    return h.hexdigest()


def _value_parts(
    sectors: pd.DataFrame, column: str, labels: Mapping[str, str] | None
) -> tuple[list[str], dict[str, str]]:
    n = len(sectors)
    ctx = json.dumps(sorted((labels or {}).items()), ensure_ascii=False)
    fields = tooltip_fields(sectors)
    if column not in fields:
        fields.append(column)
    digests = {part: _digest(sectors.get(col), f"{part}|{n}") for part, col in _TEXT_PARTS.items()}
    digests.update({f: _digest(sectors[f], f"field|{f}|{ctx}") for f in fields})
    return fields, digests


def value_digests(
    sectors: pd.DataFrame, column: str, labels: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The digests :func:`values_payload` returns, without formatting any value (cheap)."""
    return _value_parts(sectors, column, labels)[1]


def values_payload(
    sectors: pd.DataFrame,
    column: str,
    labels: Mapping[str, str] | None = None,
    known: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """The tooltip values of the sectors (``style_payload``'s ``values``) and a digest per
    part (``ids``, ``names``, ``municipalities``, one per field key).

    With ``known`` (the digests of what the page already holds) the parts whose digest is
    unchanged are neither formatted nor sent: the result is marked ``partial`` and lists the
    field ``order``; the page keeps its other parts. After a centre edit most columns (names,
    population, poverty, ...) are unchanged, which saves most of the work at national scale.
    """
    fields, digests = _value_parts(sectors, column, labels)
    values: dict[str, Any] = {}
    for part, col in _TEXT_PARTS.items():
        if known is None or known.get(part) != digests[part]:
            values[part] = _strings(sectors.get(col), len(sectors))
    values["fields"] = [
        _field(sectors[f], f, labels) for f in fields if known is None or known.get(f) != digests[f]
    ]
    if known is not None:
        values["partial"] = True
        values["order"] = fields
    return values, digests
