"""render.assets: folium's CDN links become local files; nothing remote is left."""

from __future__ import annotations

import re
from pathlib import Path

import folium

from accessmap.render.assets import (
    PAGE_FILES,
    assert_offline,
    copy_assets,
    rewrite_cdn_links,
    xstatic_dir,
)


def _folium_page() -> str:
    m = folium.Map(location=[50.85, 4.35], zoom_start=12, tiles=None)
    return m.get_root().render()


def test_folium_default_page_is_remote_and_rewritten_page_is_not():
    html = _folium_page()
    remote = assert_offline(html)
    # folium 0.20 ships 10 CDN files (4 JS, 6 CSS): the rewrite must handle every one
    assert len(remote) == len(folium.Map.default_js) + len(folium.Map.default_css)
    local = rewrite_cdn_links(html, "lib")
    assert assert_offline(local) == []
    assert '<script src="lib/leaflet/leaflet.js"></script>' in local
    assert '<link rel="stylesheet" href="lib/leaflet/leaflet.css"/>' in local
    assert '<script src="lib/jquery/jquery.min.js"></script>' in local
    assert "lib/fontawesome/css/all.min.css" in local
    for gone in ("bootstrap", "awesome-markers", "awesome.rotate", "glyphicons"):
        assert gone not in local


def test_absolute_asset_dir_becomes_file_url(tmp_path: Path):
    local = rewrite_cdn_links(_folium_page(), tmp_path)
    assert f'src="{tmp_path.as_uri()}/leaflet/leaflet.js"' in local
    assert assert_offline(local) == []


def test_unknown_remote_script_is_left_and_reported():
    html = '<script src="https://cdn.example.org/x.js"></script><p>ok</p>'
    assert rewrite_cdn_links(html) == html
    assert assert_offline(html) == ["https://cdn.example.org/x.js"]


def test_assert_offline_finds_every_scheme_but_ignores_xml_namespaces():
    html = (
        '<svg xmlns="http://www.w3.org/2000/svg"></svg>'
        "<img src='http://a.example/p.png'> url(https://b.example/f.woff) ws://c.example/s"
    )
    assert assert_offline(html) == [
        "http://a.example/p.png",
        "https://b.example/f.woff",
        "ws://c.example/s",
    ]


def test_copy_assets_copies_everything_the_page_and_css_refer_to(tmp_path: Path):
    lib = copy_assets(tmp_path)
    local = rewrite_cdn_links(_folium_page(), "lib")
    for ref in re.findall(r'(?:src|href)="(lib/[^"]+)"', local):
        assert (tmp_path / ref).is_file(), ref
    for name in PAGE_FILES:
        assert (lib / "accessmap" / name).is_file()
    # files referenced from inside the CSS (Leaflet images, Font Awesome fonts) are there too
    for css in (lib / "leaflet" / "leaflet.css", lib / "fontawesome" / "css" / "all.min.css"):
        for ref in re.findall(r"url\(([^)#]+)\)", css.read_text(encoding="utf-8")):
            ref = ref.strip("'\"")
            if not ref.startswith("data:"):
                assert (css.parent / ref).resolve().is_file(), (css.name, ref)
    # the copy is byte-identical to the XStatic package and is not redone when unchanged
    src = xstatic_dir("leaflet") / "leaflet.js"
    dst = lib / "leaflet" / "leaflet.js"
    assert dst.read_bytes() == src.read_bytes()
    before = dst.stat().st_mtime_ns
    copy_assets(tmp_path)
    assert dst.stat().st_mtime_ns == before
