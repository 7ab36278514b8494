"""Project files that lie, explode or were left behind by a killed process (issue 10, 8/9/11),
and the fields other parts of the app keep in a project (options, ui, residents)."""

from __future__ import annotations

import json
import math
import os
import signal
import struct
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

from accessmap.core import project as project_mod
from accessmap.core.errors import ProjectFileError
from accessmap.core.project import (
    Project,
    SourceFile,
    clean_stale_temporaries,
    load_project,
    save_project,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_project import ROOT, make_project


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, dict, bytes]:
    path = tmp_path / "good.accessmap"
    save_project(path, make_project(tmp_path))
    with zipfile.ZipFile(path) as zf:
        return path, json.loads(zf.read("project.json")), zf.read("layers.gpkg")


def _write(path: Path, manifest: dict, gpkg: bytes) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.json", json.dumps(manifest))
        zf.writestr("layers.gpkg", gpkg)
    return path


def _zero_bomb(path: Path, manifest: dict, n_bytes: int) -> Path:
    """A project whose layers.gpkg is ``n_bytes`` of zeros (deflates about 1000 : 1)."""
    block = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.json", json.dumps(manifest))
        with zf.open("layers.gpkg", "w", force_zip64=True) as out:
            for _ in range(n_bytes >> 20):
                out.write(block)
    return path


def test_options_ui_and_residents_round_trip(tmp_path: Path) -> None:
    p = make_project(tmp_path)
    opts = {"type_column": "type", "primary_care_types": ["doctors", "clinic"]}
    p.sources = (SourceFile("centres", str(tmp_path / "data" / "sectors.csv"), options=opts),)
    p.ui = {"print": {"title": "Toegang Noord", "sources": "Statbel; © OSM"}}
    p.residents = gpd.GeoDataFrame(
        {"population": [3.0, 5.5]}, geometry=[Point(10, 10), Point(150, 50)], crs="EPSG:31370"
    )
    save_project(tmp_path / "p.accessmap", p)
    q = load_project(tmp_path / "p.accessmap")
    assert q.sources[0].options == opts
    assert q.ui == p.ui
    assert q.residents["population"].tolist() == [3.0, 5.5]
    layers = q.layers()
    assert layers.sources[0].options == opts and len(layers.residents) == 2


def test_declared_size_beyond_the_cap_is_refused_at_once(tmp_path: Path, saved) -> None:
    _, manifest, _ = saved
    bomb = _zero_bomb(tmp_path / "bomb.accessmap", manifest, 200 << 20)
    assert bomb.stat().st_size < 1 << 20  # 200 MB in well under 1 MB
    t0 = time.perf_counter()
    with pytest.raises(ProjectFileError) as info:
        load_project(bomb, max_unpacked_bytes=10 << 20)
    assert time.perf_counter() - t0 < 5
    assert "bomb.accessmap cannot be opened" in info.value.message
    assert "compression bomb" in info.value.message and "unpacks to 209,7" in info.value.message


def test_default_cap_follows_the_file_size(tmp_path: Path, saved, monkeypatch) -> None:
    """A file may unpack to 50 times its size (above a floor, lowered here to keep it fast)."""
    _, manifest, _ = saved
    bomb = _zero_bomb(tmp_path / "bomb.accessmap", manifest, 200 << 20)
    monkeypatch.setattr(project_mod, "MIN_UNPACKED_LIMIT", 1 << 20)
    assert project_mod.unpack_limit(bomb) == 50 * bomb.stat().st_size
    with pytest.raises(ProjectFileError) as info:
        load_project(bomb)
    assert "compression bomb" in info.value.message
    left = [e for e in Path(tempfile.gettempdir()).glob(f"accessmap-load-{os.getpid()}-*")]
    assert left == []  # nothing of it stays on disk


def _lie_about_size(path: Path, member: str, declared: int) -> None:
    """Overwrite the central directory's uncompressed size of ``member`` (zip32 only)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    name = member.encode()
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + n]) == name:
            assert struct.unpack_from("<I", data, pos + 24)[0] == info.file_size
            struct.pack_into("<I", data, pos + 24, declared)
            path.write_bytes(bytes(data))
            return
        pos = data.find(b"PK\x01\x02", pos + 4)
    raise AssertionError("member not found")


def test_a_lie_about_the_size_is_caught_while_inflating(tmp_path: Path, saved) -> None:
    _, manifest, _ = saved
    path = tmp_path / "liar.accessmap"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.json", json.dumps(manifest))
        zf.writestr("layers.gpkg", bytes(64 << 20))  # 64 MiB of zeros ...
    _lie_about_size(path, "layers.gpkg", 1000)  # ... that say they are 1000 bytes
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("layers.gpkg").file_size == 1000
    t0 = time.perf_counter()
    with pytest.raises(ProjectFileError) as info:
        load_project(path, max_unpacked_bytes=10 << 20)
    assert time.perf_counter() - t0 < 5
    assert "liar.accessmap cannot be opened" in info.value.message


@pytest.mark.parametrize("version", [0, -1, True, "1", 1.0, None])
def test_format_version_must_be_a_known_positive_integer(tmp_path, saved, version) -> None:
    _, manifest, gpkg = saved
    bad = _write(tmp_path / "v.accessmap", {**manifest, "format_version": version}, gpkg)
    with pytest.raises(ProjectFileError) as info:
        load_project(bad)
    assert "format version" in info.value.message


def _with_edit(manifest: dict, edit: dict) -> dict:
    return {**manifest, "scenarios": [{"name": "plan B", "edits": [edit]}]}


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        ({"kind": "add_centre", "centre_id": "n1", "x": 1e300, "y": 20.0}, "outside the study"),
        ({"kind": "move_centre", "centre_id": "c1", "x": 50.0, "y": -4e7}, "outside the study"),
        ({"kind": "add_centre", "centre_id": "n1", "x": math.inf, "y": 2.0}, "not finite"),
        ({"kind": "add_centre", "centre_id": "n1", "x": math.nan, "y": 2.0}, "not finite"),
        ({"kind": "add_centre", "centre_id": "n1", "x": "12", "y": 2.0}, "not a number"),
        ({"kind": "add_centre", "centre_id": "n1", "x": True, "y": 2.0}, "not a number"),
        ({"kind": "add_centre", "centre_id": 7, "x": 1.0, "y": 2.0}, "not text"),
        ({"kind": "edit_centre", "centre_id": "c1", "changes": [1]}, "changes"),
        ({"kind": "change_settings", "changes": {"threshold_m": 1e300}}, "threshold"),
        ({"kind": "drop_tables", "x": 1.0}, "Unknown edit kind"),
        ("not an edit", "not a record"),
    ],
)
def test_every_edit_read_from_a_file_is_checked(tmp_path, saved, edit, says) -> None:
    _, manifest, gpkg = saved
    bad = _write(tmp_path / "e.accessmap", _with_edit(manifest, edit), gpkg)
    with pytest.raises(ProjectFileError) as info:
        load_project(bad)
    msg = info.value.message
    assert "scenario 'plan B', edit 1" in msg and says in msg, msg


def test_an_edit_inside_the_margin_is_kept(tmp_path, saved) -> None:
    _, manifest, gpkg = saved
    edit = {"kind": "add_centre", "centre_id": "n1", "x": -15_000.0, "y": 30.0}
    ok = _write(tmp_path / "ok.accessmap", _with_edit(manifest, edit), gpkg)
    assert load_project(ok).scenario("plan B").centres()["centre_id"].tolist()[-1] == "n1"


def test_settings_read_from_a_file_are_validated(tmp_path, saved) -> None:
    _, manifest, gpkg = saved
    bad = {**manifest, "settings": {**manifest["settings"], "walk_speed_kmh": -3}}
    with pytest.raises(ProjectFileError) as info:
        load_project(_write(tmp_path / "s.accessmap", bad, gpkg))
    assert "walking speed" in info.value.message


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return int(proc.stdout)


def test_stale_temporaries_beside_the_project_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "study.accessmap"
    save_project(path, make_project(tmp_path))
    dead = _dead_pid()
    old_style = tmp_path / ".study.accessmap.k3x9_a2q.tmp"  # an older version's killed save
    dead_file = tmp_path / f".study.accessmap.{dead}-abc123.tmp"
    dead_dir = tmp_path / f".study.accessmap.{dead}-abc123.tmpdir"
    dead_auto = tmp_path / f".study.accessmap.autosave.{dead}-zz9.tmp"
    live = tmp_path / f".study.accessmap.{os.getpid()}-mine.tmp"  # a save still running
    other = tmp_path / ".other.accessmap.k3x9_a2q.tmp"  # another project's
    for f in (old_style, dead_file, dead_auto, live, other):
        f.write_bytes(b"x" * 1000)
    dead_dir.mkdir()
    (dead_dir / "layers.gpkg").write_bytes(b"x")
    load_project(path)
    assert not old_style.exists() and not dead_file.exists() and not dead_dir.exists()
    assert not dead_auto.exists()
    assert live.exists() and other.exists()
    assert clean_stale_temporaries(path) == []


def _killed_child(code: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env,
                            text=True)  # fmt: skip
    try:
        assert proc.stdout.readline().strip() == "stuck"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
    return proc.pid


def test_a_killed_save_and_a_killed_load_leave_nothing_after_the_next_open(tmp_path):
    path = tmp_path / "study.accessmap"
    save_project(path, make_project(tmp_path))
    stuck = """
        import sys, time, zipfile
        sys.path.insert(0, {tests!r})
        from test_project import make_project
        from accessmap.core import project
        def stuck(*a, **k):
            print("stuck", flush=True)
            time.sleep(60)
        {patch}
        {call}
        """
    tests = str(Path(__file__).resolve().parent)
    pid = _killed_child(
        textwrap.dedent(stuck).format(
            tests=tests,
            patch="zipfile.ZipFile.write = stuck",
            call=f"project.save_project({str(path)!r}, make_project(__import__('pathlib')"
            f".Path({str(tmp_path / 'child')!r})))",
        )
    )
    beside = sorted(x.name for x in tmp_path.iterdir() if x.name.startswith(".study"))
    assert beside and all(f".{pid}-" in n for n in beside)  # what the kill left
    pid2 = _killed_child(
        textwrap.dedent(stuck).format(
            tests=tests,
            patch="project._read_layer = stuck",
            call=f"project.load_project({str(path)!r})",
        )
    )
    in_tmp = list(Path(tempfile.gettempdir()).glob(f"accessmap-load-{pid2}-*"))
    assert len(in_tmp) == 1
    q = load_project(path)  # the next open cleans both
    assert isinstance(q, Project)
    assert not [x for x in tmp_path.iterdir() if x.name.startswith(".study")]
    assert not in_tmp[0].exists()


def test_a_member_declared_at_3_gib_is_refused_by_default(tmp_path, saved) -> None:
    _, manifest, gpkg = saved
    path = _write(tmp_path / "huge.accessmap", manifest, gpkg)
    _lie_about_size(path, "layers.gpkg", 3 << 30)  # what the audit's 3.1 MB file declared
    t0 = time.perf_counter()
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert time.perf_counter() - t0 < 5
    assert "compression bomb" in info.value.message and "3,221,2" in info.value.message


def test_analyze_refuses_a_hostile_project_with_exit_2(tmp_path, saved, capsys) -> None:
    from accessmap.cli import main

    _, manifest, gpkg = saved
    edit = {"kind": "add_centre", "centre_id": "n1", "x": 1e300, "y": 20.0}
    bad = _write(tmp_path / "e.accessmap", _with_edit(manifest, edit), gpkg)
    code = main(["analyze", "--project", str(bad), "--scenario", "plan B", "--out",
                 str(tmp_path / "o")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "scenario 'plan B', edit 1 is refused" in err and "Add centre n1" in err
