"""render.tiles: XYZ folders used as they are, MBTiles extracted once with the TMS y flip,
clear errors for files that are not raster tile sets.

The MBTiles files are written here with sqlite3 following the MBTiles 1.3 spec
(``metadata(name, value)``, ``tiles(zoom_level, tile_column, tile_row, tile_data)``), holding
tiny PNG tiles drawn with PIL.
"""

from __future__ import annotations

import gzip
import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from accessmap.core.errors import AccessmapError, CancelledError, DataFormatError
from accessmap.render.tiles import TileSource, check_tiles, prepare_tiles


def png(colour: tuple[int, int, int], size: int = 8) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(buf, "PNG")
    return buf.getvalue()


RED, BLUE = png((220, 30, 30)), png((30, 30, 220))


def make_mbtiles(path: Path, tiles, metadata: dict[str, str] | None = None) -> Path:
    """tiles: (zoom_level, tile_column, tile_row, data), rows in TMS order (as the spec)."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name text, value text)")
    con.execute(
        "CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, "
        "tile_data blob)"
    )
    con.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    meta = {"name": "test", "format": "png"} if metadata is None else metadata
    con.executemany("INSERT INTO metadata VALUES (?, ?)", list(meta.items()))
    con.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", tiles)
    con.commit()
    con.close()
    return path


@pytest.fixture
def mbtiles(tmp_path) -> Path:
    return make_mbtiles(
        tmp_path / "brussels.mbtiles",
        # z=1: TMS row 0 is the southern row -> XYZ y = 2**1 - 1 - 0 = 1
        # z=2: TMS row 1 -> XYZ y = 2**2 - 1 - 1 = 2
        [(1, 1, 0, RED), (2, 2, 1, BLUE)],
        {
            "name": "Brussels test",
            "format": "png",
            "bounds": "4.24,50.76,4.48,50.92",
            "minzoom": "1",
            "maxzoom": "2",
            "attribution": '<a href="https://www.openstreetmap.org/copyright">&copy; OSM</a> '
            "contributors",
        },
    )


def test_mbtiles_are_extracted_to_xyz_paths_with_the_y_flip(mbtiles, tmp_path):
    cache = tmp_path / "cache"
    steps: list[tuple[float, str]] = []
    src = prepare_tiles(mbtiles, cache, progress=lambda f, m: steps.append((f, m)))
    assert isinstance(src, TileSource)
    assert src.format == "png" and (src.min_zoom, src.max_zoom) == (1, 2)
    assert src.bounds == (4.24, 50.76, 4.48, 50.92)
    assert src.attribution == "© OSM contributors"  # the HTML link reduced to its text
    assert src.url_template.startswith("file://") and src.url_template.endswith("/{z}/{x}/{y}.png")
    (folder,) = [p for p in cache.iterdir() if p.is_dir()]
    assert src.url_template == folder.resolve().as_uri() + "/{z}/{x}/{y}.png"
    assert (folder / "1" / "1" / "1.png").read_bytes() == RED
    assert (folder / "2" / "2" / "2.png").read_bytes() == BLUE
    tiles = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.png"))
    assert tiles == ["1/1/1.png", "2/2/2.png"]
    assert steps[0][0] == 0.0 and steps[-1][0] == 1.0
    with Image.open(folder / "2" / "2" / "2.png") as im:
        assert im.getpixel((3, 3)) == (30, 30, 220)


def test_second_call_reuses_the_cache_until_the_file_changes(mbtiles, tmp_path):
    cache = tmp_path / "cache"
    first = prepare_tiles(mbtiles, cache)
    (folder,) = [p for p in cache.iterdir() if p.is_dir()]
    tile = folder / "1" / "1" / "1.png"
    mtime = tile.stat().st_mtime_ns
    steps: list[str] = []
    second = prepare_tiles(mbtiles, cache, progress=lambda f, m: steps.append(m))
    assert second == first
    assert tile.stat().st_mtime_ns == mtime  # not written again
    assert not any("Extracting" in m for m in steps)
    # a changed file (other size and time) gets its own extraction
    con = sqlite3.connect(mbtiles)
    con.execute("INSERT INTO tiles VALUES (2, 1, 1, ?)", (RED,))
    con.commit()
    con.close()
    third = prepare_tiles(mbtiles, cache)
    assert third.url_template != first.url_template
    assert len([p for p in cache.iterdir() if p.is_dir()]) == 2


def test_cancelling_leaves_no_half_extracted_cache(tmp_path):
    rows = [(3, x, y, RED) for x in range(8) for y in range(8)]  # 64 tiles
    rows += [(4, x, y, BLUE) for x in range(16) for y in range(16)]  # + 256 = 320
    rows += [(5, x, y, BLUE) for x in range(32) for y in range(8)]  # + 256 = 576 > 500
    mb = make_mbtiles(tmp_path / "big.mbtiles", rows)

    def cancel(fraction: float, message: str) -> None:
        if fraction > 0.5:
            raise CancelledError()

    with pytest.raises(CancelledError):
        prepare_tiles(mb, tmp_path / "cache", progress=cancel)
    assert list((tmp_path / "cache").iterdir()) == []
    src = prepare_tiles(mb, tmp_path / "cache")  # a later call extracts everything
    folder = Path(src.url_template.removeprefix("file://").split("/{z}")[0])
    assert len(list(folder.rglob("*.png"))) == 576


def test_xyz_folder_is_used_where_it_is(tmp_path):
    root = tmp_path / "xyz"
    for z, x, y in [(12, 2097, 1370), (13, 4195, 2740)]:
        (root / str(z) / str(x)).mkdir(parents=True)
        (root / str(z) / str(x) / f"{y}.jpg").write_bytes(b"\xff\xd8\xff")
    src = prepare_tiles(root, tmp_path / "unused-cache")
    assert src.url_template == root.resolve().as_uri() + "/{z}/{x}/{y}.jpg"
    assert (src.min_zoom, src.max_zoom, src.format) == (12, 13, "jpg")
    assert not (tmp_path / "unused-cache").exists()
    check_tiles(root)
    # ".jpeg" files keep their own suffix in the URL; vector tile folders are refused
    jpeg = tmp_path / "jpeg" / "5" / "16"
    jpeg.mkdir(parents=True)
    (jpeg / "10.jpeg").write_bytes(b"\xff\xd8\xff")
    src = prepare_tiles(tmp_path / "jpeg")
    assert src.url_template.endswith("/{z}/{x}/{y}.jpeg") and src.format == "jpg"
    pbf = tmp_path / "vector" / "5" / "16"
    pbf.mkdir(parents=True)
    (pbf / "10.pbf").write_bytes(gzip.compress(b"\x1a\x00"))
    with pytest.raises(DataFormatError, match="vector tiles"):
        check_tiles(tmp_path / "vector")


def test_a_folder_that_is_not_a_tile_folder_is_refused(tmp_path):
    (tmp_path / "photos" / "holiday").mkdir(parents=True)
    (tmp_path / "photos" / "holiday" / "beach.png").write_bytes(RED)
    with pytest.raises(DataFormatError, match="not a tile folder"):
        prepare_tiles(tmp_path / "photos")


def test_a_file_that_is_not_mbtiles_gives_a_clear_error(tmp_path):
    bogus = tmp_path / "tiles.mbtiles"
    bogus.write_bytes(b"PK\x03\x04 this is a zip, not SQLite" * 10)
    with pytest.raises(DataFormatError, match="not an MBTiles file") as err:
        prepare_tiles(bogus, tmp_path / "cache")
    assert isinstance(err.value, AccessmapError) and "SQLite" in err.value.message
    with pytest.raises(DataFormatError, match="not an MBTiles file"):
        check_tiles(bogus)
    # a damaged database (valid header, garbage after it)
    damaged = tmp_path / "damaged.mbtiles"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 600)
    with pytest.raises(DataFormatError, match="MBTiles"):
        prepare_tiles(damaged, tmp_path / "cache")
    # an SQLite file without a tiles table
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE addresses (street text)")
    con.commit()
    con.close()
    with pytest.raises(DataFormatError, match="no 'tiles' table"):
        prepare_tiles(other, tmp_path / "cache")
    with pytest.raises(DataFormatError, match="does not exist"):
        prepare_tiles(tmp_path / "missing.mbtiles")
    assert not (tmp_path / "cache").exists() or list((tmp_path / "cache").iterdir()) == []


def test_vector_mbtiles_are_refused_and_say_so(tmp_path):
    mvt = gzip.compress(b"\x1a\x05layer")  # a gzipped protobuf, as vector MBTiles store them
    declared = make_mbtiles(tmp_path / "vector.mbtiles", [(0, 0, 0, mvt)], {"format": "pbf"})
    with pytest.raises(DataFormatError, match=r"vector tiles \(pbf\)"):
        prepare_tiles(declared, tmp_path / "cache")
    with pytest.raises(DataFormatError, match="vector tiles"):
        check_tiles(declared)
    # no format in the metadata: recognised from the tile bytes
    sniffed = make_mbtiles(tmp_path / "vector2.mbtiles", [(0, 0, 0, mvt)], {"name": "v"})
    with pytest.raises(DataFormatError, match="vector tiles"):
        prepare_tiles(sniffed, tmp_path / "cache")
