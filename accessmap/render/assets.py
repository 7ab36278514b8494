"""Offline web assets for the map page: Leaflet, jQuery and Font Awesome from the installed
XStatic packages, and the page's own JS/CSS from ``resources/map``.

folium writes CDN links into every page; :func:`rewrite_cdn_links` points Leaflet, jQuery and
Font Awesome at local copies and REMOVES Bootstrap, Leaflet.awesome-markers and the glyphicons
and rotate CSS (not on PyPI; the page does not use them). :func:`assert_offline` lists whatever
http(s) address is left, so tests can require none.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from accessmap.core.errors import AccessmapError
from accessmap.resources_path import resource_path

__all__ = [
    "LIB_DIR",
    "PAGE_FILES",
    "assert_offline",
    "copy_assets",
    "page_resources_dir",
    "rewrite_cdn_links",
    "xstatic_dir",
]

#: Sub-folder (next to index.html) that holds the copied libraries.
LIB_DIR = "lib"
#: The page's own files, from ``resources/map``, copied to ``lib/accessmap/`` (scripts in
#: loading order: symbols and legend before the main script, the scenario edit mode after it;
#: the stylesheet last, :func:`page_resources_dir` looks for it).
PAGE_FILES = (
    "accessmap-symbols.js",
    "accessmap-legend.js",
    "accessmap.js",
    "accessmap-edit.js",
    "accessmap.css",
)


@dataclass(frozen=True)
class _Asset:
    package: str  # xstatic.pkg.<package>
    files: tuple[str, ...]  # relative to the package's BASE_DIR; "dir/*.ext" globs allowed
    dest: str  # under lib/


_ASSETS = (
    _Asset("leaflet", ("leaflet.js", "leaflet.css", "images/*.png"), "leaflet"),
    _Asset("jquery", ("jquery.min.js",), "jquery"),
    _Asset(
        "font_awesome",
        ("css/all.min.css", "webfonts/*.woff2", "webfonts/*.ttf"),
        "fontawesome",
    ),
)

#: CDN address pattern -> local path under lib/ (None = drop the tag).
_CDN_MAP: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (
        re.compile(r"leaflet(@[\d.]+)?/dist/leaflet\.js$|/leaflet(\.min)?\.js$"),
        "leaflet/leaflet.js",
    ),
    (re.compile(r"leaflet(@[\d.]+)?/dist/leaflet\.css$|/leaflet\.css$"), "leaflet/leaflet.css"),
    (re.compile(r"jquery[-.\d]*(\.min)?\.js$"), "jquery/jquery.min.js"),
    (re.compile(r"font-?awesome.*/all(\.min)?\.css$"), "fontawesome/css/all.min.css"),
    (re.compile(r"bootstrap"), None),
    (re.compile(r"awesome-markers|awesome\.rotate"), None),
)
_TAG = re.compile(
    r"""<script[^>]*\bsrc=["'](?P<js>https?://[^"']+)["'][^>]*>\s*</script>\s*"""
    r"""|<link[^>]*\bhref=["'](?P<css>https?://[^"']+)["'][^>]*/?>\s*""",
    re.IGNORECASE,
)
_URL = re.compile(r"""(?:https?|wss?|ftp)://[^\s"'<>()\\]+""", re.IGNORECASE)
#: XML namespace identifiers look like URLs but are never fetched.
_NAMESPACES = ("http://www.w3.org/",)


def xstatic_dir(package: str) -> Path:
    """The data folder of the installed ``xstatic.pkg.<package>`` (raises if missing)."""
    try:
        mod = import_module(f"xstatic.pkg.{package}")
    except ImportError as exc:
        raise AccessmapError(
            f"The map needs the XStatic package for {package}, which is not installed. "
            "Reinstall accessmap with its dependencies (pip install accessmap).",
            str(exc),
        ) from exc
    return Path(mod.BASE_DIR)


def page_resources_dir() -> Path:
    """The page's own JavaScript and CSS: ``resources/map`` (installed inside the package as
    ``accessmap/resources/map``; found by :func:`accessmap.resources_path.resource_path`)."""
    folder = resource_path("map")
    if not (folder / PAGE_FILES[-1]).is_file():
        raise AccessmapError(
            "The map's own script files are missing. Reinstall accessmap.",
            f"looked in {folder}",
        )
    return folder


def _copy(src: Path, dst: Path) -> None:
    if dst.exists():
        d, s = dst.stat(), src.stat()
        if d.st_size == s.st_size and d.st_mtime >= s.st_mtime:
            return  # copy2 keeps the source time: an unchanged file is not copied again
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dst)


def copy_assets(out_dir: Path) -> Path:
    """Copy Leaflet, jQuery, Font Awesome and the page's own files to ``out_dir/lib``.

    Files already there with the same size and an up-to-date time are kept, so rebuilding a
    page costs nothing here. Returns the lib folder.
    """
    lib = Path(out_dir) / LIB_DIR
    for asset in _ASSETS:
        base = xstatic_dir(asset.package)
        for pattern in asset.files:
            matches = sorted(base.glob(pattern)) if "*" in pattern else [base / pattern]
            for src in matches:
                if not src.exists():
                    raise AccessmapError(
                        f"A map library file is missing: {src.name}. Reinstall accessmap.",
                        str(src),
                    )
                _copy(src, lib / asset.dest / src.relative_to(base))
    own = page_resources_dir()
    for name in PAGE_FILES:
        _copy(own / name, lib / "accessmap" / name)
    return lib


def _local(url: str) -> tuple[bool, str | None]:
    for pattern, target in _CDN_MAP:
        if pattern.search(url.split("?", 1)[0]):
            return True, target
    return False, None


def rewrite_cdn_links(html: str, asset_dir: str | Path = LIB_DIR) -> str:
    """Replace folium's CDN ``<script>``/``<link>`` tags by local ones under ``asset_dir``.

    ``asset_dir`` is a relative URL (default ``"lib"``, next to the page) or an absolute folder
    (written as a ``file://`` URL). Bootstrap, awesome-markers, glyphicons and the rotate CSS
    are removed. Tags for unknown remote files are left as they are: :func:`assert_offline`
    reports them.
    """
    if isinstance(asset_dir, Path) and asset_dir.is_absolute():
        prefix = asset_dir.as_uri()
    else:
        prefix = str(asset_dir).replace("\\", "/")
    prefix = prefix.rstrip("/")

    def repl(m: re.Match[str]) -> str:
        url = m.group("js") or m.group("css")
        known, target = _local(url)
        if not known:
            return m.group(0)
        if target is None:
            return ""
        if m.group("js"):
            return f'<script src="{prefix}/{target}"></script>\n'
        return f'<link rel="stylesheet" href="{prefix}/{target}"/>\n'

    return _TAG.sub(repl, html)


def assert_offline(html: str) -> list[str]:
    """Every remote (http, https, ws, ftp) address in ``html``; empty when fully offline.

    XML namespace identifiers (``http://www.w3.org/...``) are not requests and are ignored.
    """
    return [u for u in _URL.findall(html) if not u.lower().startswith(_NAMESPACES)]
