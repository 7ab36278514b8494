"""The offline web map page: folium map object + one compact GeoJSON data file + own JS.

:func:`build_map_page` writes ``index.html`` (small), ``data.<hash>.js`` (the sectors as a
single GeoJSON in EPSG:4326 rounded to ~1 m, municipality outlines dissolved from the sectors,
the centres and the first :func:`~accessmap.render.map_payload.style_payload`) and the libraries
under ``lib/``. The page has no base tiles unless ``tile_dir`` names a local XYZ folder; every
CDN link folium writes is replaced by a local file (``render.assets``), so the page makes no
network request. Styling, tooltips, selection and the Qt bridge live in ``resources/map/accessmap.js``
(legend and centre symbols in ``accessmap-legend.js`` and ``accessmap-symbols.js``): the page
exposes ``window.accessmap`` with ``restyle(payload)``,
``select(ids)``, ``featureCount()``, ``zoomTo(bounds)``, ``zoomToIds(ids)`` and
``setLayerVisible(name, visible)``.

Every file-derived string reaches the page as JSON data (escaped by
:func:`~accessmap.render.geojson.dumps_js`) and is put into the DOM with ``textContent``;
the attribution, the only text placed into HTML by Python, is HTML-escaped.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import folium
import numpy as np
from branca.element import MacroElement
from jinja2 import Template

from accessmap.core.errors import ExportError
from accessmap.core.model import AnalysisResult
from accessmap.core.schema import report_progress
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
    to_wgs84,
)
from accessmap.render.map_payload import style_payload

__all__ = [
    "build_map_data",
    "build_map_page",
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


def geometry_key(result: AnalysisResult) -> str:
    """A digest of what the page's layers are made of: sector ids and shapes, centre ids and
    positions. Equal keys mean a restyle is enough; a new key means rebuild the page."""
    h = hashlib.blake2b(digest_size=12)
    s = result.sectors
    h.update("\x1f".join(s["sector_id"].astype(str)).encode())
    h.update(np.ascontiguousarray(s.geometry.bounds.to_numpy(dtype=float)).tobytes())
    h.update(str(s.crs).encode())
    c = result.centres
    if len(c):
        ids = c["centre_id"].astype(str) if "centre_id" in c else c.index.astype(str)
        h.update("\x1f".join(ids).encode())
        h.update(np.ascontiguousarray(c.geometry.bounds.to_numpy(dtype=float)).tobytes())
        for col in ("name", "type"):
            if col in c:
                h.update("\x1f".join(c[col].astype(str)).encode())
    return h.hexdigest()


def _centres(result: AnalysisResult) -> list[dict[str, Any]]:
    c = result.centres
    if len(c) == 0:
        return []
    pts = c.geometry.to_crs("EPSG:4326")
    names = c["name"].astype(object) if "name" in c else [""] * len(c)
    types = c["type"].astype(object) if "type" in c else ["other"] * len(c)
    ids = c["centre_id"].astype(object) if "centre_id" in c else list(range(len(c)))
    out = []
    for pt, name, typ, cid in zip(pts, names, types, ids, strict=True):
        if pt is None or pt.is_empty:
            continue
        typ = typ if typ in ("health_centre", "gp_practice") else "other"
        out.append(
            {
                "id": str(cid),
                "name": "" if name is None or name != name else str(name),
                "type": typ,
                "lat": round(pt.y, 6),
                "lon": round(pt.x, 6),
            }
        )
    return out


def build_map_data(
    result: AnalysisResult,
    *,
    column: str,
    scheme: str = "quantiles",
    k: int = 5,
    labels: Mapping[str, str] | None = None,
    show_threshold_circles: bool = False,
    progress=None,
) -> dict[str, Any]:
    """The page's data: sector GeoJSON, outlines, centres, bounds and the first style.

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
        result, column, scheme, k, labels, show_threshold_circles=show_threshold_circles
    )
    return {
        "version": 1,
        "sectorCount": len(sectors),
        "sectors": fc,
        "municipalities": outlines,
        "centres": _centres(result),
        "bounds": [[round(s, 5), round(w, 5)], [round(n, 5), round(e, 5)]],
        "style": payload,
    }


_RAW = ("sectors", "municipalities")  # GeoJSON already written as text (GEOS)


def data_json(data: dict[str, Any]) -> str:
    """The page data as JSON text: the GeoJSON parts are spliced in as written by GEOS."""
    slots = {key: f"@@accessmap-{key}@@" for key in _RAW}
    text = dumps_js({k: slots.get(k, v) for k, v in data.items()})
    for key, slot in slots.items():
        if key in data:
            text = text.replace(f'"{slot}"', data[key], 1)
    return text


def _tile_layer(tile_dir: Path, attribution: str) -> folium.TileLayer:
    ext = "png"
    for f in tile_dir.rglob("*"):
        if f.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp"):
            ext = f.suffix.lstrip(".").lower()
            break
    url = tile_dir.resolve().as_uri() + "/{z}/{x}/{y}." + ext
    return folium.TileLayer(tiles=url, attr=html.escape(attribution) or "local tiles", name="tiles")


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
    tile_dir: Path | None = None,
    progress=None,
) -> Path:
    """Write the map page for ``result`` into ``out_dir`` and return the path of index.html.

    ``column`` is the indicator shown first (classified with ``scheme`` in ``k`` classes);
    ``labels`` overrides English strings (see ``render.styling.MAP_TEXT``); ``attribution``
    is shown bottom right (escaped); ``tile_dir`` a local ``{z}/{x}/{y}`` tile folder.
    Raises :class:`ExportError` when the folder cannot be written.
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
    data = build_map_data(
        result,
        column=column,
        scheme=scheme,
        k=k,
        labels=labels,
        show_threshold_circles=show_threshold_circles,
        progress=progress,
    )
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
    if tile_dir is not None:
        _tile_layer(Path(tile_dir), attribution).add_to(m)
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
