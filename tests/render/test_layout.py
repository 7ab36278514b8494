"""Print layouts on the real Brussels sample: page sizes, text, rendered pixels, the true scale
bar, atlases, locale, and clear errors."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from print_sample import build_sample_result
from pypdf import PdfReader

from accessmap.core.errors import ExportError
from accessmap.render import i18n
from accessmap.render.layout import PageSpec, build_page, page_boxes, write_pdf, write_png

DATE = dt.date(2026, 5, 4)


@pytest.fixture(scope="module")
def result():
    return build_sample_result()


def _text(path: Path, page: int = 0) -> str:
    return " ".join(PdfReader(path).pages[page].extract_text().split())


def _render(path: Path, dpi: int = 50) -> list[np.ndarray]:
    out = path.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(out)], check=True)
    files = sorted(path.parent.glob(out.name + "-*.png"))
    return [np.asarray(Image.open(f).convert("RGB")) for f in files]


def _map_pixels(img: np.ndarray, spec: PageSpec) -> np.ndarray:
    w_mm, h_mm = spec.size_mm
    x, y, w, h = page_boxes(spec)["map"]
    sx, sy = img.shape[1] / w_mm, img.shape[0] / h_mm
    top = int((h_mm - y - h) * sy) + 2
    return img[top : int((h_mm - y) * sy) - 2, int(x * sx) + 2 : int((x + w) * sx) - 2]


def _check_page_pixels(img: np.ndarray, spec: PageSpec) -> None:
    assert (img < 250).any(axis=2).mean() > 0.2, "page is (nearly) blank"
    colours = np.unique(_map_pixels(img, spec).reshape(-1, 3), axis=0)
    assert len(colours) > 5, "the map area shows a single colour"


@pytest.mark.parametrize(
    ("paper", "orientation", "size"),
    [
        ("A4", "portrait", (595, 842)),
        ("A4", "landscape", (842, 595)),
        ("A3", "portrait", (842, 1191)),
    ],
)
def test_page_size_from_pdf(result, tmp_path, paper, orientation, size):
    spec = PageSpec(paper=paper, orientation=orientation, date=DATE, show_summary=False)
    path = write_pdf(result, tmp_path / "page.pdf", spec)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - size[0]) <= 1 and abs(float(box.height) - size[1]) <= 1
    _check_page_pixels(_render(path)[0], spec)


def test_pdf_text_has_title_legend_date_crs_sources(result, tmp_path):
    spec = PageSpec(
        title="Toegang in Brussel 2026", author="A. Planner", organisation="NGO X", date=DATE
    )
    text = _text(write_pdf(result, tmp_path / "page.pdf", spec))
    assert "Toegang in Brussel 2026" in text
    assert "Distance to the nearest centre (m)" in text  # legend title with unit
    assert "Neighbourhood health centre" in text and "Coverage gap" in text
    bins = re.findall(r"(\d[\d,]*) – (\d[\d,]*) m", text)
    assert len(bins) == 5  # five classes, labelled with their bounds
    assert i18n.format_date(DATE, "en") == "4 May 2026" and "4 May 2026" in text
    assert "Belgian Lambert 72 (EPSG:31370)" in text
    assert "© OpenStreetMap contributors" in text and "Statbel" in text
    assert "A. Planner · NGO X" in text
    assert "Key figures" in text and "Residents" in text


def test_text_follows_language_and_locale(result, tmp_path):
    spec = PageSpec(language="nl", date=DATE, orientation="landscape")
    text = _text(write_pdf(result, tmp_path / "nl.pdf", spec))
    assert "Toegang tot eerstelijnszorg" in text and "4 mei 2026" in text
    total = float(result.sectors["population"].sum())
    assert i18n.format_number(total, "nl") in text  # 1.215.012
    assert "Coördinatenstelsel" in text
    fr = _text(write_pdf(result, tmp_path / "fr.pdf", PageSpec(language="fr", date=DATE)))
    assert "Maison médicale" in fr and "4 mai 2026" in fr
    assert i18n.format_number(total, "fr") in fr


def _scale_bar(fig):
    ax = fig.axes[0]
    bars = [p for p in ax.patches if p.get_gid() == "scalebar"]
    assert len(bars) == 4
    renderer = fig.canvas.get_renderer()
    extents = [p.get_window_extent(renderer) for p in bars]
    x0, x1 = min(e.x0 for e in extents), max(e.x1 for e in extents)
    inv = ax.transData.inverted()
    drawn_m = inv.transform((x1, 0))[0] - inv.transform((x0, 0))[0]
    label = next(t for t in ax.texts if t.get_gid() == "scalebar_label").get_text()
    number, unit = re.fullmatch(r"([\d.,]+) (m|km)", label).groups()
    stated_m = float(number.replace(",", "")) * (1000 if unit == "km" else 1)
    # Equal aspect: a metre is as long across as it is up (the map is not stretched).
    sx = ax.transData.transform((1000, 0))[0] - ax.transData.transform((0, 0))[0]
    sy = ax.transData.transform((0, 1000))[1] - ax.transData.transform((0, 0))[1]
    return drawn_m, stated_m, sx / sy, x1 - x0


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_scale_bar_matches_its_label(result, orientation):
    spec = PageSpec(orientation=orientation, date=DATE)
    fig = build_page(result, spec)
    drawn, stated, aspect, width_px = _scale_bar(fig)
    assert abs(drawn - stated) / stated < 0.02
    assert abs(aspect - 1) < 0.01
    assert width_px > 50  # a bar one can measure with a ruler
    # Zoomed to one municipality, the bar shortens and still matches.
    mask = (result.sectors["municipality"] == result.sectors["municipality"].iloc[0]).to_numpy()
    zdrawn, zstated, _, _ = _scale_bar(build_page(result, spec, focus=mask))
    assert zstated < stated and abs(zdrawn - zstated) / zstated < 0.02


def test_map_metres_are_ground_metres(result):
    """EPSG:31370 units are true metres in Brussels: the geodesic distance between two far-apart
    sectors equals their map distance within 2 % (in fact within 0.1 %)."""
    from pyproj import Geod

    pts = result.sectors.geometry.representative_point()
    a, b = pts.iloc[int(pts.x.argmin())], pts.iloc[int(pts.x.argmax())]
    map_m = a.distance(b)
    ll = result.sectors.set_geometry(pts).to_crs(4326).geometry
    pa, pb = ll.iloc[int(pts.x.argmin())], ll.iloc[int(pts.x.argmax())]
    _, _, ground_m = Geod(ellps="GRS80").inv(pa.x, pa.y, pb.x, pb.y)
    assert abs(map_m - ground_m) / ground_m < 0.02


def test_atlas_of_19_municipalities(result, tmp_path):
    spec = PageSpec(date=DATE)
    seen = []
    path = write_pdf(
        result,
        tmp_path / "atlas.pdf",
        spec,
        atlas_column="municipality",
        progress=lambda f, m: seen.append(f),
    )
    reader = PdfReader(path)
    assert result.sectors["municipality"].nunique() == 19
    assert len(reader.pages) == 19
    first = sorted(result.sectors["municipality"].unique())[0]
    assert first in _text(path, 0) and "Page 1 of 19" in _text(path, 0)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    for img in _render(path, 30):
        _check_page_pixels(img, spec)


def test_atlas_of_selected_sectors(result, tmp_path):
    ids = list(result.sectors["sector_id"].iloc[[3, 300]])
    path = write_pdf(result, tmp_path / "sel.pdf", PageSpec(), atlas_values=ids)
    assert len(PdfReader(path).pages) == 2
    assert ids[1] in _text(path, 1)


def test_png_at_requested_dpi(result, tmp_path):
    path = write_png(result, tmp_path / "page.png", PageSpec(orientation="landscape"), dpi=100)
    with Image.open(path) as img:
        assert abs(img.size[0] - 1169) <= 2 and abs(img.size[1] - 827) <= 2
    assert not list(tmp_path.glob(".~*"))  # no temporary file left behind


def test_unknown_column_is_a_clear_error(result, tmp_path):
    with pytest.raises(ExportError, match="not_a_column"):
        write_pdf(result, tmp_path / "x.pdf", PageSpec(column="not_a_column"))
    with pytest.raises(ExportError, match="atlas column"):
        write_pdf(result, tmp_path / "x.pdf", PageSpec(), atlas_column="nope")


def _read_only_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except OSError:
        return folder
    (folder / "probe").unlink()  # root ignores permissions: use a read-only file system
    return Path("/sys")


def test_read_only_folder_is_a_clear_error(result, tmp_path):
    folder = _read_only_folder(tmp_path)
    with pytest.raises(ExportError, match="read-only") as info:
        write_pdf(result, folder / "page.pdf", PageSpec())
    assert "Choose another folder" in info.value.message
    assert not (folder / "page.pdf").exists()
    with pytest.raises(ExportError, match="does not exist"):
        write_png(result, tmp_path / "missing" / "page.png", PageSpec())
    os.chmod(tmp_path / "locked", 0o755)


def test_number_and_date_formats():
    assert i18n.format_number(1234.5, "en", 1) == "1,234.5"
    assert i18n.format_number(1234.5, "nl", 1) == "1.234,5"
    assert i18n.format_number(1234567, "fr") == "1.234.567"
    assert i18n.format_percent(0.4534, "nl") == "45,3%"
    assert i18n.format_distance(2500, "fr") == "2,5 km" and i18n.format_distance(500) == "500 m"
    assert i18n.format_date(dt.date(2026, 3, 1), "fr") == "1er mars 2026"


def test_cancelled_atlas_leaves_no_file(result, tmp_path):
    from accessmap.core.errors import CancelledError

    def progress(fraction: float, message: str) -> None:
        if fraction > 0:  # cancel after the first page
            raise CancelledError()

    with pytest.raises(CancelledError):
        write_pdf(
            result,
            tmp_path / "atlas.pdf",
            PageSpec(),
            atlas_column="municipality",
            progress=progress,
        )
    assert list(tmp_path.iterdir()) == []


def test_page_zoomed_to_a_selection(result, tmp_path):
    ids = list(result.sectors["sector_id"].iloc[:5])
    spec = PageSpec(date=DATE)
    fig = build_page(result, spec, focus=result.sectors["sector_id"].isin(ids).to_numpy())
    x0, x1 = fig.axes[0].get_xlim()
    assert x1 - x0 < 6000  # zoomed in: the region is about 20 km across
    path = write_pdf(result, tmp_path / "sel.pdf", spec, focus_ids=ids)
    assert len(PdfReader(path).pages) == 1
    assert "Outside this page's area" in _text(path)


def test_catchment_areas_are_drawn_and_in_the_legend(tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point

    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    # two hand-made 1 km catchments around the first two centres (the sample has none)
    catch = gpd.GeoDataFrame(
        {"centre_id": layers.centres["centre_id"].iloc[:2].to_numpy()},
        geometry=[Point(p.x, p.y).buffer(1000) for p in layers.centres.geometry.iloc[:2]],
        crs=layers.sectors.crs,
    )
    res = run_analysis(layers.replace(catchments=catch), settings)
    assert res.extras["catchments"] is catch
    text = _text(write_pdf(res, tmp_path / "c.pdf", PageSpec(date=DATE)))
    assert "Catchment area (werkingsgebied)" in text
    fig = build_page(res, PageSpec(date=DATE))
    dashed = [c for ax in fig.axes for c in ax.collections if c.get_zorder() == 6.5]
    assert dashed, "no catchment lines drawn"
    # without catchments, no legend row
    assert "Catchment area" not in _text(
        write_pdf(build_sample_result(), tmp_path / "n.pdf", PageSpec(date=DATE))
    )


# -- issue 9, items 14-16: the NGO worker's print -------------------------------------------


def _legend_counts(text: str) -> list[int]:
    """The "(n)" counts after the class labels "a – b m  (n)" of the legend."""
    return [int(n.replace(",", "")) for n in re.findall(r" m \(([\d,]+)\)", text)]


def test_page_for_one_municipality_counts_only_its_sectors(result, tmp_path):
    unit = ("municipality", "Molenbeek-Saint-Jean")
    n_molenbeek = int((result.sectors["municipality"] == unit[1]).sum())
    assert 20 < n_molenbeek < 100  # 46 of the 724 Brussels sectors
    path = write_pdf(result, tmp_path / "molenbeek.pdf", PageSpec(date=DATE), unit=unit)
    assert len(PdfReader(path).pages) == 1
    text = _text(path)
    assert "Distance to the nearest centre · Molenbeek-Saint-Jean" in text  # the subtitle
    assert sum(_legend_counts(text)) == n_molenbeek  # not the 724 of the region
    assert "(number of sectors in this area)" in text
    fig = build_page(result, PageSpec(date=DATE), focus=result.sectors["municipality"].eq(unit[1]))
    x0, x1 = fig.axes[0].get_xlim()
    assert x1 - x0 < 9000  # zoomed: the region is about 20 km across
    # the whole-region page still counts all 724 sectors
    assert sum(_legend_counts(_text(write_pdf(result, tmp_path / "all.pdf", PageSpec())))) == 724
    with pytest.raises(ExportError, match="No sector has municipality"):
        write_pdf(result, tmp_path / "x.pdf", PageSpec(), unit=("municipality", "Gent"))


def test_legend_of_a_zoomed_selection_counts_the_page(result):
    from accessmap.render.layout_prepare import legend_entries, prepare_map

    prep = prepare_map(result, PageSpec())
    mask = np.zeros(len(result.sectors), bool)
    mask[:5] = True
    entries, no_data = legend_entries(prep, mask, "en")
    counts = [int(re.search(r"\((\d+)\)$", label).group(1)) for _, label in entries]
    expected = np.bincount(np.asarray(prep.class_index)[:5], minlength=5)
    assert counts == list(expected) and sum(counts) == 5 and no_data is None


def test_no_dangling_separator_on_the_gent_wijken(tmp_path, shared_data):
    """The Gent wijken (real file) have no municipality column: the subtitle is the indicator
    alone, with no "·" left hanging."""
    from accessmap.core import io
    from accessmap.core.model import Layers
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import sample_settings

    wijken = shared_data / "flanders" / "wijken_bimd_by_city"
    sectors, _ = io.read_sectors(wijken / "gent_wijken_ggw72024_bimd2011.geojson")
    centres, _ = io.read_centres(shared_data / "belgium" / "osm2015_health_points_belgium.geojson")
    settings = sample_settings().replace(poverty_column="bimd2011_score_popw")
    gent = run_analysis(Layers(sectors=sectors, centres=centres), settings)
    assert (gent.sectors["municipality"] == "").all() and len(gent.sectors) == 25
    fig = build_page(gent, PageSpec(date=DATE))
    assert [t.get_text() for t in fig.texts][:2] == [
        "Access to primary care",
        "Distance to the nearest centre",
    ]
    text = _text(write_pdf(gent, tmp_path / "gent.pdf", PageSpec(date=DATE)))
    assert not re.search(r"·\s*(Coordinate|Distance|$)", text)  # nothing hangs after a "·"


def test_dollar_signs_print_as_typed(result, tmp_path):
    spec = PageSpec(title="Budget $5 to $10", subtitle="from $5", author="A $ B", date=DATE)
    text = _text(write_pdf(result, tmp_path / "d.pdf", spec))
    assert "Budget $5 to $10" in text and "from $5" in text and "A $ B" in text


def test_sources_line_attribution_typed_and_from_layers(result, tmp_path):
    from dataclasses import replace

    from accessmap.core.model import SourceInfo
    from accessmap.render.layout_text import missing_attribution, source_items

    # the layers' attribution (the sample carries it): no file names in the line
    items = source_items(result.sources)
    assert "Statbel" in items and "© OpenStreetMap contributors" in items and "BIMD" in items
    assert ".gpkg" not in items and missing_attribution(result.sources) == []
    # a layer opened without a known attribution carries its file name: flagged, not passed off
    opened = replace(
        result,
        sources=(SourceInfo("sectors", "/data/gent_wijken.geojson", "gent_wijken.geojson"),),
    )
    assert missing_attribution(opened.sources) == ["gent_wijken.geojson"]
    assert source_items(opened.sources) == "Sectors: gent_wijken.geojson (your layer)"
    # what the user typed replaces the line, with one "Sources:" lead
    typed = (
        "Sources: Statbel (Directorate-general Statistics - Statistics Belgium), CC BY 4.0 | "
        "© OpenStreetMap contributors | BIMD 2011, Otavova et al. (2023)"
    )
    spec = PageSpec(date=DATE, sources=typed)
    text = _text(write_pdf(opened, tmp_path / "s.pdf", spec))
    assert (
        "Sources: Statbel (Directorate-general Statistics - Statistics Belgium), CC BY 4.0" in text
    )
    assert "Sources: Sources" not in text and "gent_wijken" not in text


def test_zone_atlas_on_the_real_eerstelijnszones(result, tmp_path, shared_data):
    from accessmap.render.layout_prepare import read_zones, zone_groups

    zones = read_zones(shared_data / "flanders" / "eerstelijnszones" / "elz.shp")
    assert len(zones) == 57 and zones.crs.to_epsg() == 31370
    assert {"Bruzel", "Gent", "Antwerpen en rand"} <= set(zones["zone_name"])  # from the xlsx
    groups = zone_groups(result, zones)
    # every Brussels sector falls into the Brussels zone (Bruzel), and into no other
    assert [(name, int(mask.sum())) for name, mask in groups] == [("Bruzel", 724)]
    path = write_pdf(result, tmp_path / "elz.pdf", PageSpec(date=DATE), zones=zones)
    assert len(PdfReader(path).pages) == 1
    assert "Bruzel" in _text(path) and "Page 1 of 1" in _text(path)


def test_zone_groups_by_representative_point(result):
    """Two 10 km zones side by side; a sector straddling the border goes to the zone holding
    its representative point (hand-checked with shapely)."""
    import geopandas as gpd
    import shapely
    from shapely.geometry import box

    xs = result.sectors.geometry.representative_point().x
    cut = float(xs.median())
    y0, y1 = result.sectors.total_bounds[[1, 3]]
    zones = gpd.GeoDataFrame(
        {"zone_name": ["West", "East"]},
        geometry=[box(cut - 30_000, y0 - 1, cut, y1 + 1), box(cut, y0 - 1, cut + 30_000, y1 + 1)],
        crs=result.sectors.crs,
    )
    from accessmap.render.layout_prepare import zone_groups

    groups = dict(zone_groups(result, zones))
    points = shapely.point_on_surface(result.sectors.geometry.to_numpy())
    west = shapely.get_coordinates(points)[:, 0] < cut
    assert (groups["West"] == west).all() and (groups["East"] == ~west).all()
    assert list(dict(zone_groups(result, zones))) == ["East", "West"]  # pages in name order
