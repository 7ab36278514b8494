"""A disk cache of built walking networks, keyed by the street file's content.

Reading and noding the bundled Brussels street axes (22,808 lines) takes most of a second; the
built graph, saved as the arrays :class:`~accessmap.core.network_build.WalkNetwork` is made of
(``.npz``, no pickle), loads in a few tens of milliseconds. The key is the SHA-256 of the file's
bytes, the build options and the source of the modules that build the graph, so that an edited
file, other options or a changed noding rule never reuse a stale graph.

The cache lives in ``$ACCESSMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/accessmap``, else
``~/.cache/accessmap``. A cache that cannot be read is rebuilt; one that cannot be written is
skipped (logged), never an error for the user.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from accessmap.core import network_build, network_noding, network_osm
from accessmap.core.network_build import WalkNetwork
from accessmap.core.schema import Progress, report_progress

__all__ = [
    "CACHE_ENV_VAR",
    "cache_dir",
    "cache_key",
    "read_network_cached",
]

log = logging.getLogger(__name__)

CACHE_ENV_VAR = "ACCESSMAP_CACHE_DIR"
_FORMAT = 1
#: The arrays a WalkNetwork is rebuilt from, in its constructor's order.
_ARRAYS = (
    "node_xy",
    "edge_u",
    "edge_v",
    "edge_len_raw",
    "edge_step",
    "seg_p0",
    "seg_p1",
    "seg_edge",
    "seg_start",
)
_BUILDERS = (network_noding, network_build, network_osm)


def cache_dir() -> Path:
    """``$ACCESSMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/accessmap``, else ``~/.cache/accessmap``."""
    override = os.environ.get(CACHE_ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "accessmap"


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def cache_key(path: str | Path, options: dict[str, Any]) -> str:
    """The cache key of ``path`` built with ``options`` (hex; see the module docstring)."""
    h = hashlib.sha256()
    h.update(f"format={_FORMAT}\n".encode())
    h.update(_file_sha256(Path(path)).encode())
    h.update(json.dumps(options, sort_keys=True).encode())
    for module in _BUILDERS:
        h.update(Path(module.__file__).read_bytes())
    return h.hexdigest()


def _load(file: Path) -> WalkNetwork:
    with np.load(file, allow_pickle=False) as data:
        arrays = [data[name] for name in _ARRAYS]
        summary = json.loads(str(data["summary"]))
    net = WalkNetwork(*arrays, {}, min_component_share=0.0)
    net.summary = summary  # the summary of the first build (dropped parts, source, noding)
    return net


def _save(net: WalkNetwork, file: Path) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    arrays = {name: getattr(net, name) for name in _ARRAYS}
    fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=file.stem, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, summary=np.array(json.dumps(net.summary)), **arrays)
        os.replace(tmp, file)  # atomic: a reader never sees half a file
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_network_cached(
    path: str | Path,
    *,
    layer: str | None = None,
    node_all_crossings: bool = False,
    snap_tolerance_m: float = 0.5,
    directory: Path | None = None,
    progress: Progress | None = None,
) -> tuple[WalkNetwork, bool]:
    """:func:`~accessmap.core.network.read_network`, through the disk cache.

    Returns ``(network, from_cache)``. The network equals a fresh build array for array (the
    graph, nodes, edges, segments) and has the first build's ``summary``.
    """
    path = Path(path)
    options = {
        "layer": layer,
        "node_all_crossings": bool(node_all_crossings),
        "snap_tolerance_m": float(snap_tolerance_m),
    }
    folder = Path(directory) if directory is not None else cache_dir()
    file = None
    if path.is_file():  # read_network names a missing file itself
        file = folder / f"network-{cache_key(path, options)[:32]}.npz"
        if file.is_file():
            try:
                net = _load(file)
            except Exception as exc:  # a damaged or foreign file: build again
                log.warning("network cache %s unreadable (%s): rebuilding", file, exc)
            else:
                report_progress(progress, 1.0, "Street network ready (from the cache)")
                return net, True
    net = network_osm.read_network(
        path,
        layer=layer,
        node_all_crossings=node_all_crossings,
        snap_tolerance_m=snap_tolerance_m,
        progress=progress,
    )
    if file is not None:
        try:
            _save(net, file)
        except OSError as exc:
            log.warning("network cache %s not written (%s)", file, exc)
    return net, False
