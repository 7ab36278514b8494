"""Local base-map tiles for the offline web map: an XYZ folder or an MBTiles file.

:func:`prepare_tiles` turns what the user picked into a :class:`TileSource` the page can use:

- an XYZ folder (``{z}/{x}/{y}.png`` or ``.jpg``, as written by gdal2tiles in XYZ mode,
  mb-util or QGIS "Generate XYZ tiles (Directory)") is used where it is, after a check that it
  looks like one (numeric zoom folders holding numeric column folders of image tiles);
- an MBTiles file (SQLite with a ``tiles`` table, rows in TMS order, see the MBTiles 1.3 spec)
  is **extracted once** into an XYZ folder in a cache, keyed by the file's path, size and
  modification time, and reused after that.

Why extract: the page is a ``file://`` page, and a page cannot open an SQLite file; serving the
tiles would need a local HTTP server or a custom Qt URL scheme, which the offline design avoids
(one request interceptor that refuses every non-local request, and an exported page that works
in any browser). Extraction costs disk space once (about the size of the file) and makes the
tiles plain local images. The MBTiles ``tile_row`` counts from the south (TMS):
``y_xyz = 2**z - 1 - tile_row``.

Only raster tiles (PNG, JPEG, WebP) can be shown; vector tiles (``pbf``/MVT) would need a
vector renderer and a style, which the offline page does not ship, so they are refused with a
:class:`~accessmap.core.errors.DataFormatError` that says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from accessmap.core.errors import DataFormatError
from accessmap.core.schema import Progress, report_progress

__all__ = ["RASTER_FORMATS", "TileSource", "check_tiles", "default_cache_dir", "prepare_tiles"]

#: Raster tile formats the page can show (MBTiles ``format`` values; ``jpeg`` = ``jpg``).
RASTER_FORMATS = ("png", "jpg", "webp")
_MARKER = "accessmap-tiles.json"  # written last: its presence means "extraction complete"
_NUMERIC = re.compile(r"^\d{1,2}$")


@dataclass(frozen=True)
class TileSource:
    """Local raster tiles as the page uses them.

    ``url_template``: a ``file://`` URL (or a URL relative to the page) ending in
    ``{z}/{x}/{y}.<format>``; ``bounds``: (west, south, east, north) in degrees, or None.
    """

    url_template: str
    min_zoom: int
    max_zoom: int
    attribution: str = ""
    format: str = "png"
    bounds: tuple[float, float, float, float] | None = None


def default_cache_dir() -> Path:
    """Where extracted MBTiles go by default: the user's cache folder / accessmap / tiles."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "accessmap" / "tiles"


class _Text(HTMLParser):
    """MBTiles attribution is HTML (often a link): keep only its text (entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _plain_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def _fmt(value: str) -> str:
    v = value.strip().lower().lstrip(".")
    return "jpg" if v == "jpeg" else v


# ---- XYZ folders ---------------------------------------------------------------------------
def _xyz_source(folder: Path) -> TileSource:
    zooms = sorted(int(p.name) for p in folder.iterdir() if p.is_dir() and _NUMERIC.match(p.name))
    ext = None  # as the files are named (".jpeg" stays ".jpeg" in the URL)
    for z in zooms:
        for xdir in (folder / str(z)).iterdir():
            if xdir.is_dir() and xdir.name.isdigit():
                tile = next((f for f in xdir.iterdir() if f.stem.isdigit() and f.suffix), None)
                if tile is not None:
                    ext = tile.suffix.lstrip(".")
                    break
        if ext:
            break
    fmt = _fmt(ext) if ext else None
    if not zooms or fmt is None:
        raise DataFormatError(
            f"{folder.name} is not a tile folder. Choose a folder laid out as "
            "{z}/{x}/{y}.png (zoom level folders 0-22 with column folders of image tiles) or an "
            ".mbtiles file.",
            f"{folder}: zoom folders {zooms[:5]}, no numeric tile found",
        )
    if fmt not in RASTER_FORMATS:
        raise _vector_or_unknown(fmt, folder)
    attribution, bounds = "", None
    meta = folder / "metadata.json"  # written by mb-util and gdal2tiles-like tools
    if meta.is_file():
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            attribution = _plain_text(str(info.get("attribution", "")))
            bounds = _bounds(info.get("bounds"))
        except (OSError, ValueError, AttributeError):
            pass
    return TileSource(
        url_template=folder.resolve().as_uri() + "/{z}/{x}/{y}." + str(ext),
        min_zoom=zooms[0],
        max_zoom=zooms[-1],
        attribution=attribution,
        format=fmt,
        bounds=bounds,
    )


def _bounds(value: object) -> tuple[float, float, float, float] | None:
    try:
        parts = value.split(",") if isinstance(value, str) else list(value)  # type: ignore[arg-type]
        w, s, e, n = (float(p) for p in parts)
    except (TypeError, ValueError):
        return None
    if -180 <= w < e <= 180 and -90 <= s < n <= 90:
        return (w, s, e, n)
    return None


def _vector_or_unknown(fmt: str, path: Path) -> DataFormatError:
    if fmt in ("pbf", "mvt"):
        return DataFormatError(
            f"{path.name} holds vector tiles (pbf), which the offline map cannot draw. "
            "Use raster tiles (PNG or JPEG), e.g. export an MBTiles/XYZ raster set from QGIS.",
            f"{path}: format {fmt!r}",
        )
    return DataFormatError(
        f"{path.name} holds tiles of an unsupported format ({fmt}). Use PNG or JPEG tiles.",
        f"{path}: format {fmt!r}",
    )


# ---- MBTiles -------------------------------------------------------------------------------
def _open_mbtiles(path: Path) -> sqlite3.Connection:
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DataFormatError(
            f"{path.name} is not an MBTiles file (it is not an SQLite database). "
            "Choose a raster .mbtiles file or a {z}/{x}/{y} tile folder.",
            f"{path}: first bytes {header[:16]!r}",
        )
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        con.close()
        raise DataFormatError(
            f"{path.name} is not a readable MBTiles file (the database is damaged).", str(exc)
        ) from exc
    if "tiles" not in names:
        con.close()
        raise DataFormatError(
            f"{path.name} is an SQLite file but not an MBTiles file: it has no 'tiles' table.",
            f"{path}: tables {sorted(names)}",
        )
    return con


def _metadata(con: sqlite3.Connection) -> dict[str, str]:
    try:
        return {str(k).lower(): str(v) for k, v in con.execute("SELECT name, value FROM metadata")}
    except sqlite3.DatabaseError:
        return {}


def _sniff(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"\x1f\x8b") or data[:1] == b"\x1a":
        return "pbf"  # gzipped or raw protobuf: vector tiles
    return "unknown"


def _mbtiles_info(path: Path, con: sqlite3.Connection) -> tuple[dict[str, str], str, int, int]:
    meta = _metadata(con)
    try:
        first = con.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        zmin, zmax = con.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DataFormatError(
            f"{path.name} is not a readable MBTiles file (its 'tiles' table lacks the MBTiles "
            "columns zoom_level, tile_column, tile_row, tile_data).",
            str(exc),
        ) from exc
    if first is None:
        raise DataFormatError(f"{path.name} holds no tiles.", str(path))
    fmt = _fmt(meta.get("format", "")) or _sniff(bytes(first[0]))
    if fmt not in RASTER_FORMATS:
        raise _vector_or_unknown(fmt, path)
    return meta, fmt, int(zmin), int(zmax)


def check_tiles(path: Path) -> None:
    """Quick check (no extraction) that ``path`` is a usable XYZ folder or raster MBTiles file;
    raises :class:`DataFormatError` with a message for the user otherwise."""
    path = Path(path)
    if path.is_dir():
        _xyz_source(path)
        return
    if not path.is_file():
        raise DataFormatError(f"The tile source {path} does not exist.", str(path))
    con = _open_mbtiles(path)
    try:
        _mbtiles_info(path, con)
    finally:
        con.close()


def _cache_key(path: Path) -> str:
    st = path.stat()
    raw = f"{path.resolve()}\x1f{st.st_size}\x1f{st.st_mtime_ns}".encode()
    return f"{path.stem[:40]}-{hashlib.blake2b(raw, digest_size=8).hexdigest()}"


def _extract(
    path: Path, con: sqlite3.Connection, dest: Path, fmt: str, progress: Progress | None
) -> int:
    (total,) = con.execute("SELECT COUNT(*) FROM tiles").fetchone()
    report_progress(progress, 0.0, f"Extracting {total:,} tiles from {path.name}")
    made: set[Path] = set()
    rows = con.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")
    for n, (z, x, row, data) in enumerate(rows, 1):
        z, x, row = int(z), int(x), int(row)
        y = (1 << z) - 1 - row  # TMS -> XYZ
        if not (0 <= x < (1 << z) and 0 <= y < (1 << z)) or data is None:
            continue
        folder = dest / str(z) / str(x)
        if folder not in made:
            folder.mkdir(parents=True, exist_ok=True)
            made.add(folder)
        (folder / f"{y}.{fmt}").write_bytes(bytes(data))
        if n % 500 == 0:
            report_progress(progress, n / total, f"Extracting tiles from {path.name}")
    return int(total)


def _extract_once(
    path: Path, con: sqlite3.Connection, dest: Path, fmt: str, progress: Progress | None
) -> None:
    """Extract into a private folder beside ``dest`` and rename it into place when complete,
    so a cancelled or failed run (or one running at the same time) never leaves half a cache."""
    partial: Path | None = None
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=dest.name + ".partial-", dir=dest.parent))
        count = _extract(path, con, partial, fmt, progress)
        info = {"source": str(path.resolve()), "tiles": count, "format": fmt}
        (partial / _MARKER).write_text(json.dumps(info), encoding="utf-8")
        if dest.exists() and not (dest / _MARKER).is_file():
            shutil.rmtree(dest, ignore_errors=True)  # left over from an interrupted run
        try:
            partial.rename(dest)
            partial = None
        except OSError:
            if not (dest / _MARKER).is_file():  # not merely finished first by another run
                raise
    except sqlite3.DatabaseError as exc:
        raise DataFormatError(
            f"{path.name} is damaged: its tiles cannot be read. Export the MBTiles file again.",
            str(exc),
        ) from exc
    except OSError as exc:
        raise DataFormatError(
            f"The tiles of {path.name} cannot be extracted to {dest.parent}. "
            "Free some disk space or choose another cache folder.",
            str(exc),
        ) from exc
    finally:
        if partial is not None:
            shutil.rmtree(partial, ignore_errors=True)


def prepare_tiles(
    path: Path, cache_dir: Path | None = None, *, progress: Progress | None = None
) -> TileSource:
    """A :class:`TileSource` for an XYZ tile folder or an MBTiles file (extracted once into
    ``cache_dir``, default :func:`default_cache_dir`, and reused while the file is unchanged).

    ``progress`` may raise :class:`CancelledError`: the half-extracted folder is removed.
    Raises :class:`DataFormatError` for anything that is not a raster tile set.
    """
    path = Path(path)
    if path.is_dir():
        return _xyz_source(path)
    if not path.is_file():
        raise DataFormatError(
            f"The tile source {path} does not exist. Choose a tile folder or an .mbtiles file.",
            str(path),
        )
    con = _open_mbtiles(path)
    try:
        meta, fmt, zmin, zmax = _mbtiles_info(path, con)
        target = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        dest = target / _cache_key(path)
        marker = dest / _MARKER
        if not marker.is_file():
            _extract_once(path, con, dest, fmt, progress)
    finally:
        con.close()
    report_progress(progress, 1.0, f"Tiles ready: {path.name}")
    return TileSource(
        url_template=dest.resolve().as_uri() + "/{z}/{x}/{y}." + fmt,
        min_zoom=zmin,  # from the tiles themselves: metadata min/maxzoom are sometimes wrong
        max_zoom=zmax,
        attribution=_plain_text(meta.get("attribution", "")),
        format=fmt,
        bounds=_bounds(meta.get("bounds")),
    )
