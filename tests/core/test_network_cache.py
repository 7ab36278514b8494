"""The disk cache of built walking networks: a hit gives the same graph, a change misses."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString

from accessmap.core import network_cache
from accessmap.core.errors import NetworkError
from accessmap.core.network import network_nearest
from accessmap.core.network_cache import cache_dir, cache_key, read_network_cached

_ARRAYS = ("node_xy", "edge_u", "edge_v", "edge_len_raw", "edge_len_m", "edge_step")
_ARRAYS += ("seg_p0", "seg_p1", "seg_edge", "seg_start")


def _write_streets(path: Path, extra: list[LineString] = ()) -> Path:
    """A 100 m square, a 100 m tail east of its south-east corner, and a 10 m stray line far
    away (its own component, dropped)."""
    lines = [
        LineString([(0, 0), (100, 0)]),
        LineString([(100, 0), (100, 100)]),
        LineString([(100, 100), (0, 100)]),
        LineString([(0, 100), (0, 0)]),
        LineString([(100, 0), (200, 0)]),
        LineString([(1000, 1000), (1010, 1000)]),
        *extra,
    ]
    gdf = gpd.GeoDataFrame({"id": range(len(lines))}, geometry=lines, crs="EPSG:31370")
    gdf.to_file(path, layer="streets", driver="GPKG", engine="pyogrio")
    return path


def _assert_same(a, b) -> None:
    for name in _ARRAYS:
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and np.array_equal(x, y), name
    for name in ("data", "indices", "indptr"):
        x, y = getattr(a.graph, name), getattr(b.graph, name)
        assert x.dtype == y.dtype and np.array_equal(x, y), name
    assert a.quantum_m == b.quantum_m
    assert a.summary == b.summary


def test_hit_gives_the_same_graph_and_summary(tmp_path: Path) -> None:
    streets = _write_streets(tmp_path / "streets.gpkg")
    cold, hit = read_network_cached(streets, directory=tmp_path / "cache")
    assert not hit
    assert len(list((tmp_path / "cache").glob("network-*.npz"))) == 1
    warm, hit = read_network_cached(streets, directory=tmp_path / "cache")
    assert hit
    _assert_same(cold, warm)
    # hand-counted: 5 junctions, 5 edges, 500 m; the stray line is a dropped component
    assert warm.summary["nodes"] == 5 and warm.summary["edges"] == 5
    assert warm.summary["total_km"] == pytest.approx(0.5)
    assert warm.summary["components_dropped"] == 1 and warm.summary["nodes_dropped"] == 2
    assert warm.summary["source"] == "streets.gpkg"


def test_cached_network_walks_the_same(tmp_path: Path) -> None:
    streets = _write_streets(tmp_path / "streets.gpkg")
    read_network_cached(streets, directory=tmp_path)
    net, hit = read_network_cached(streets, directory=tmp_path)
    assert hit
    # (50, -10) snaps 10 m onto the south side; (200, 10) 10 m onto the tail's end:
    # 10 + 150 along the streets + 10 = 170 m
    res = network_nearest(net, np.array([[50.0, -10.0]]), np.array([[200.0, 10.0]]), snap_max_m=50)
    assert res.dist_m[0] == pytest.approx(170.0, abs=1e-3)


def test_changed_file_or_options_miss(tmp_path: Path) -> None:
    streets = _write_streets(tmp_path / "streets.gpkg")
    first, _ = read_network_cached(streets, directory=tmp_path / "cache")
    key = cache_key(streets, {"a": 1})
    assert key != cache_key(streets, {"a": 2})
    _write_streets(streets, extra=[LineString([(200, 0), (200, 50)])])
    assert cache_key(streets, {"a": 1}) != key
    second, hit = read_network_cached(streets, directory=tmp_path / "cache")
    assert not hit
    assert second.summary["edges"] == first.summary["edges"] + 1
    _, hit = read_network_cached(streets, directory=tmp_path / "cache", snap_tolerance_m=1.0)
    assert not hit
    assert len(list((tmp_path / "cache").glob("network-*.npz"))) == 3


def test_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    streets = _write_streets(tmp_path / "streets.gpkg")
    good, _ = read_network_cached(streets, directory=tmp_path)
    (cached,) = tmp_path.glob("network-*.npz")
    cached.write_bytes(b"not a numpy archive")
    again, hit = read_network_cached(streets, directory=tmp_path)
    assert not hit
    _assert_same(good, again)
    _, hit = read_network_cached(streets, directory=tmp_path)
    assert hit  # written anew


def test_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    streets = _write_streets(tmp_path / "streets.gpkg")
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the cache folder would be")
    net, hit = read_network_cached(streets, directory=blocker / "cache")
    assert not hit and net.summary["nodes"] == 5


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(NetworkError, match="does not exist"):
        read_network_cached(tmp_path / "nowhere.gpkg", directory=tmp_path)


def test_cache_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(network_cache.CACHE_ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "accessmap"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "accessmap"
    monkeypatch.setenv(network_cache.CACHE_ENV_VAR, str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
