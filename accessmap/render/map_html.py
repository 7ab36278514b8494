"""The offline web map page: folium map object + one compact GeoJSON data file + own JS.

:func:`build_map_page` writes ``index.html`` (small), ``data.<hash>.js`` (the sectors as a
single GeoJSON in EPSG:4326 rounded to ~1 m, municipality outlines dissolved from the sectors,
the centres and the first :func:`~accessmap.render.map_payload.style_payload`) and the libraries
under ``lib/``. Catchment areas (``result.extras["catchments"]``, when loaded) travel in the same
file as outlines (GeoJSON lines, so clicks inside still reach the sectors) with the name and
type of their centre. The page has no base tiles unless ``tile_dir`` names a local XYZ folder
or MBTiles file (``render.tiles``; only ``file://`` or relative tile URLs are accepted); every
CDN link folium writes is replaced by a local file (``render.assets``), so the page makes no
network request. Styling, tooltips, selection and the Qt bridge live in ``resources/map/accessmap.js``
(legend and centre symbols in ``accessmap-legend.js`` and ``accessmap-symbols.js``): the page
exposes ``window.accessmap`` with ``restyle(payload)`` (``payload.centres``, when present,
replaces the centre markers and threshold circles in place), ``setCentres(centres)``,
``centreCount()``,
``select(ids)``, ``featureCount()``, ``zoomTo(bounds)``, ``zoomToIds(ids)`` and
``setLayerVisible(name, visible)`` (``catchments`` included) and ``tileStats()``.

Every file-derived string (names, the attribution, the tile source's attribution reduced to
plain text) reaches the page as JSON data (escaped by :func:`~accessmap.render.geojson.dumps_js`)
and is put into the DOM with ``textContent``; Python places none of them into HTML.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import folium
import numpy as np
import pandas as pd
from branca.element import MacroElement
from jinja2 import Template

from accessmap.core.errors import ExportError, SettingsError
from accessmap.core.model import AnalysisResult
from accessmap.core.schema import Progress, report_progress
from accessmap.render.assets import (
    LIB_DIR,
    PAGE_FILES,
    assert_offline,
    copy_assets,
    rewrite_cdn_links,
)
from accessmap.render.geojson import (
    dumps_js,
    feature_collection_json,
    municipality_outlines,
    outlines_json,
    to_wgs84,
)
from accessmap.render.map_payload import centre_layer, style_payload
from accessmap.render.tiles import TileSource, prepare_tiles

__all__ = [
    "build_map_data",
    "build_map_page",
    "centre_layer",
    "data_json",
    "geometry_key",
    "style_payload",
]


class _Init(MacroElement):
    """Calls ``accessmap.init(map, data)`` right after folium has created the map."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "window.accessmap.init({{ this._parent.get_name() }}, window.ACCESSMAP_DATA);"
        "{% endmacro %}"
    )


def _joined(values: pd.Series) -> bytes:
    """The values as text joined by a unit separator (missing values as "")."""
    return "\x1f".join("" if pd.isna(v) else str(v) for v in values.astype(object)).encode()


def geometry_key(result: AnalysisResult) -> str:
    """A digest of what the page's fixed layers are made of: sector ids and shapes, catchment
    shapes and their centre ids. Equal keys mean the page can stay: a restyle (with the new centre
    layer when the centres changed, see :func:`~accessmap.render.map_payload.centre_layer`)
    is enough; a new key means rebuild the page. Centres are not part of it."""
    h = hashlib.blake2b(digest_size=12)
    s = result.sectors
    h.update(_joined(s["sector_id"]))
    h.update(np.ascontiguousarray(s.geometry.bounds.to_numpy(dtype=float)).tobytes())
    h.update(str(s.crs).encode())
    k = result.extras.get("catchments")
    if k is not None and len(k):
        h.update(b"catchments")
        h.update(np.ascontiguousarray(k.geometry.bounds.to_numpy(dtype=float)).tobytes())
        if "centre_id" in k:
            h.update(_joined(k["centre_id"]))
    return h.hexdigest()


def _catchments(result: AnalysisResult, centres: list[dict[str, Any]]) -> str | None:
    """Catchment borders as GeoJSON lines with ``centre`` (id), ``name`` and ``type`` of the
    matching centre ("" when ``centre_id`` is missing or matches none); None without any."""
    k = result.extras.get("catchments")
    if k is None or len(k) == 0:
        return None
    by_id = {c["id"]: c for c in centres}
    ids = k["centre_id"].astype(object) if "centre_id" in k else [None] * len(k)
    props = []
    for cid in ids:
        cid = "" if cid is None or cid is pd.NA or cid != cid else str(cid)
        c = by_id.get(cid) if cid else None
        props.append(
            {"centre": cid, "name": c["name"] if c else "", "type": c["type"] if c else ""}
        )
    return outlines_json(k.geometry.to_numpy(), k.crs, props)


def build_map_data(
    result: AnalysisResult,
    *,
    column: str,
    scheme: str = "quantiles",
    k: int = 5,
    labels: Mapping[str, str] | None = None,
    show_threshold_circles: bool = False,
    show_catchments: bool = True,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """The page's data: sector GeoJSON, outlines, catchments, centres, bounds, first style.

    ``sectors`` and ``municipalities`` are GeoJSON *text*; :func:`data_json` writes it all."""
    sectors = result.sectors
    report_progress(progress, 0.05, "Projecting sectors")
    geoms = to_wgs84(sectors.geometry.to_numpy(), sectors.crs)
    report_progress(progress, 0.4, "Writing sectors")
    fc = feature_collection_json(geoms)
    report_progress(progress, 0.6, "Municipality outlines")
    outlines = municipality_outlines(sectors)
    w, s, e, n = (
        sectors.to_crs("EPSG:4326").total_bounds if len(sectors) else (4.3, 50.8, 4.4, 50.9)
    )
    report_progress(progress, 0.75, "Styling")
    payload = style_payload(
        result,
        column,
        scheme,
        k,
        labels,
        show_threshold_circles=show_threshold_circles,
        show_catchments=show_catchments,
    )
    centres = centre_layer(result)
    catchments = _catchments(result, centres)
    data = {
        "version": 1,
        "sectorCount": len(sectors),
        "sectors": fc,
        "municipalities": outlines,
        "centres": centres,
        "bounds": [[round(s, 5), round(w, 5)], [round(n, 5), round(e, 5)]],
        "style": payload,
    }
    if catchments is not None:
        data["catchments"] = catchments
    return data


_RAW = ("sectors", "municipalities", "catchments")  # GeoJSON already written as text (GEOS)


def data_json(data: dict[str, Any]) -> str:
    """The page data as JSON text: the GeoJSON parts are spliced in as written by GEOS."""
    slots = {key: f"@@accessmap-{key}@@" for key in _RAW}
    text = dumps_js({k: slots.get(k, v) for k, v in data.items()})
    for key, slot in slots.items():
        if key in data:
            text = text.replace(f'"{slot}"', data[key], 1)
    return text


def _tiles(
    tile_dir: Path | TileSource, cache_dir: Path | None, progress: Progress | None
) -> TileSource:
    source = (
        tile_dir
        if isinstance(tile_dir, TileSource)
        else prepare_tiles(Path(tile_dir), cache_dir, progress=progress)
    )
    if source.url_template.split(":", 1)[0].lower() in ("http", "https", "ws", "wss", "ftp"):
        raise SettingsError(
            "The map uses local tiles only; an online tile address was given.",
            source.url_template,
        )
    return source


def _tile_data(source: TileSource) -> dict[str, Any]:
    b = source.bounds
    return {
        "url": source.url_template,
        "minZoom": source.min_zoom,
        "maxZoom": source.max_zoom,
        "bounds": [[b[1], b[0]], [b[3], b[2]]] if b else None,
    }


def build_map_page(
    result: AnalysisResult,
    out_dir: Path,
    *,
    column: str,
    scheme: str = "quantiles",
    k: int = 5,
    labels: Mapping[str, str] | None = None,
    attribution: str = "",
    show_threshold_circles: bool = False,
    tile_dir: Path | TileSource | None = None,
    progress: Progress | None = None,
    show_catchments: bool = True,
    tile_cache_dir: Path | None = None,
) -> Path:
    """Write the map page for ``result`` into ``out_dir`` and return the path of index.html.

    ``column`` is the indicator shown first (classified with ``scheme`` in ``k`` classes);
    ``labels`` overrides English strings (see ``render.styling.MAP_TEXT``); ``attribution``
    is shown bottom right (escaped); ``tile_dir`` a local ``{z}/{x}/{y}`` tile folder, an
    ``.mbtiles`` file (extracted once into ``tile_cache_dir``, see
    :func:`~accessmap.render.tiles.prepare_tiles`) or a ready
    :class:`~accessmap.render.tiles.TileSource`; ``show_catchments`` draws the result's
    catchment areas (when it has any) visible at first.
    Raises :class:`ExportError` when the folder cannot be written,
    :class:`~accessmap.core.errors.DataFormatError` for an unusable tile source.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        copy_assets(out_dir)
    except OSError as exc:
        raise ExportError(
            f"The map page cannot be written to {out_dir}. Choose a folder you can write to.",
            str(exc),
        ) from exc
    tiles = None
    if tile_dir is not None:
        tiles = _tiles(tile_dir, tile_cache_dir, progress)  # extraction: once per file
    data = build_map_data(
        result,
        column=column,
        scheme=scheme,
        k=k,
        labels=labels,
        show_threshold_circles=show_threshold_circles,
        show_catchments=show_catchments,
        progress=progress,
    )
    if tiles is not None:
        data["tiles"] = _tile_data(tiles)
        if tiles.attribution and tiles.attribution not in attribution:
            attribution = " · ".join(a for a in (attribution, tiles.attribution) if a)
    data["attribution"] = attribution
    body = "window.ACCESSMAP_DATA = " + data_json(data) + ";\n"
    digest = hashlib.blake2b(body.encode(), digest_size=6).hexdigest()
    data_name = f"data.{digest}.js"
    report_progress(progress, 0.9, "Writing the page")

    (s, w), (n, e) = data["bounds"]
    m = folium.Map(
        location=[(s + n) / 2, (w + e) / 2],
        zoom_start=12,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
    )
    own = (
        "".join(
            f'<link rel="stylesheet" href="{LIB_DIR}/accessmap/{name}"/>\n'
            if name.endswith(".css")
            else f'<script src="{LIB_DIR}/accessmap/{name}"></script>\n'
            for name in PAGE_FILES
        )
        + f'<script src="{data_name}"></script>\n'
    )

    _Init().add_to(m)
    page = rewrite_cdn_links(m.get_root().render(), LIB_DIR)
    page = page.replace("</head>", own + "</head>", 1)  # after Leaflet's own CSS and JS
    remote = assert_offline(page)
    if remote:  # pragma: no cover - guards against a folium upgrade adding a new CDN
        raise ExportError(
            "The map page would load files from the internet; accessmap must work offline.",
            "\n".join(remote),
        )
    try:
        for old in out_dir.glob("data.*.js"):
            if old.name != data_name:
                old.unlink()
        (out_dir / data_name).write_text(body, encoding="utf-8")
        index = out_dir / "index.html"
        index.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"The map page cannot be written to {out_dir}.", str(exc)) from exc
    report_progress(progress, 1.0, "Map page written")
    return index
