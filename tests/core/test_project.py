"""Project files: exact round trip, atomic save, clear errors, autosave and crash recovery."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal
from shapely.geometry import Point, box

from accessmap.core.commands import AddCentre, ChangeSettings, EditCentre, MoveCentre
from accessmap.core.errors import ProjectFileError
from accessmap.core.project import (
    FORMAT_VERSION,
    Project,
    SourceFile,
    autosave_path,
    file_sha256,
    find_recovery,
    load_project,
    project_inputs,
    save_project,
    write_autosave,
)
from accessmap.core.schema import Settings

ROOT = Path(__file__).resolve().parents[2]


def make_project(folder: Path) -> Project:
    """A small project whose columns use every dtype the app produces."""
    src = folder / "data" / "sectors.csv"
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_text("sector_id;population\nA;100\n", encoding="utf-8")
    sectors = gpd.GeoDataFrame(
        {
            "sector_id": ["A", "B", "C"],
            "name": ["Noord", "", "Zuid-été"],
            "population": [100.0, 0.0, 2500.5],
            "poverty": [0.31, np.nan, 0.05],
            "decile": pd.array([1, None, 9], dtype="Int64"),
            "flag": pd.array([True, None, False], dtype="boolean"),
            "count": np.array([1, 2, 3], dtype=np.int64),
        },
        geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100), box(0, 100, 100, 200.25)],
        crs="EPSG:31370",
    )
    centres = gpd.GeoDataFrame(
        {
            "centre_id": ["c1", "c2"],
            "name": ["MM Noord", "Huisarts"],
            "type": ["health_centre", "gp_practice"],
            "gp_fte": [3.5, np.nan],
            "step_free": pd.array([True, None], dtype="boolean"),
            "year_open": pd.array([1998, None], dtype="Int64"),
            "year_close": pd.array([None, 2021], dtype="Int64"),
        },
        geometry=[Point(50.125, 50), Point(150, 75)],
        crs="EPSG:31370",
    )
    catch = gpd.GeoDataFrame(
        {"centre_id": ["c1"]}, geometry=[box(0, 0, 200, 200)], crs="EPSG:31370"
    )
    settings = Settings(poverty_column="poverty", threshold_m=600.0, e2sfca_weight="step")
    p = Project(sectors, centres, settings, catch, sources=(SourceFile("sectors", str(src)),))
    s = p.new_scenario("two more")
    for e in (
        AddCentre("new-1", 10.5, 20.25, name="Nieuw", gp_fte=2.0, step_free=True, year_open=2024,
                  catchment_wkt="POLYGON ((0 0, 10 0, 10 10, 0 0))"),
        MoveCentre("c2", 160.0, 80.0),
        EditCentre("c1", {"gp_fte": 4, "year_close": 2030}),
        ChangeSettings({"threshold_m": 700.0, "e2sfca_steps": [[400, 1.0], [900, 0.5]]}),
    ):  # fmt: skip
        s = e.do(s)
    p.scenarios = (s, p.new_scenario("empty"))
    p.current_scenario = "two more"
    return p


def assert_projects_equal(a: Project, b: Project) -> None:
    assert_frame_equal(a.sectors, b.sectors)
    assert_frame_equal(a.centres.reset_index(drop=True), b.centres)
    if a.catchments is None:
        assert b.catchments is None
    else:
        assert_frame_equal(a.catchments, b.catchments)
    assert a.settings == b.settings and a.current_scenario == b.current_scenario
    assert [s.name for s in a.scenarios] == [s.name for s in b.scenarios]
    for sa, sb in zip(a.scenarios, b.scenarios, strict=True):
        assert sa.edits == sb.edits
        assert_frame_equal(sa.centres(), sb.centres())
        assert sa.current_settings == sb.current_settings
        if sa.catchments() is not None:
            assert_frame_equal(sa.catchments(), sb.catchments())


def test_round_trip_is_exact(tmp_path):
    p = make_project(tmp_path)
    path = save_project(tmp_path / "study.accessmap", p)
    q = load_project(path)
    assert_projects_equal(p, q)
    assert q.sources[0].path == str(tmp_path / "data" / "sectors.csv") and q.messages == ()
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("project.json"))
        assert set(zf.namelist()) == {"project.json", "layers.gpkg"}
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["sources"][0]["path"] == "data/sectors.csv"  # relative to the project
    assert manifest["sources"][0]["sha256"] == file_sha256(tmp_path / "data" / "sectors.csv")
    assert manifest["scenarios"][0]["edits"][0]["kind"] == "add_centre"


def test_round_trip_of_the_sample(tmp_path, sample_dir):
    from accessmap.core.sample import load_sample

    layers, settings = load_sample(sample_dir)
    p = Project(layers.sectors, layers.centres, settings)
    s = p.new_scenario("s")
    p.scenarios = (AddCentre.new(s, 149000.0, 170000.0).do(s),)
    q = load_project(save_project(tmp_path / "sample.accessmap", p))
    assert_frame_equal(q.sectors, layers.sectors.reset_index(drop=True))
    assert_projects_equal(p, q)


def test_moved_folder_and_changed_source(tmp_path):
    p = make_project(tmp_path / "a")
    save_project(tmp_path / "a" / "study.accessmap", p)
    os.rename(tmp_path / "a", tmp_path / "b")  # the whole folder moves: paths follow
    q = load_project(tmp_path / "b" / "study.accessmap")
    assert q.sources[0].path == str(tmp_path / "b" / "data" / "sectors.csv") and q.messages == ()
    (tmp_path / "b" / "data" / "sectors.csv").write_text("changed", encoding="utf-8")
    q = load_project(tmp_path / "b" / "study.accessmap")
    assert any("changed since" in m for m in q.messages)
    (tmp_path / "b" / "data" / "sectors.csv").unlink()
    assert any("not found" in m for m in load_project(tmp_path / "b" / "study.accessmap").messages)


def test_interrupted_save_leaves_old_file_byte_identical(tmp_path, monkeypatch):
    path = tmp_path / "study.accessmap"
    p = make_project(tmp_path)
    save_project(path, p)
    before = path.read_bytes()
    p.current_scenario = "empty"
    real_write = zipfile.ZipFile.write

    def disk_full(self, *args, **kwargs):
        real_write(self, *args, **kwargs)  # half the archive is on disk when the disk fills
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", disk_full)
    with pytest.raises(ProjectFileError) as info:
        save_project(path, p)
    assert "disk is full" in info.value.message and "unchanged" in info.value.message
    assert path.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["data", "study.accessmap"]  # no temp


def test_unsaveable_setting_is_a_clear_error(tmp_path):
    p = make_project(tmp_path)
    p.settings = Settings(extra={"thing": object()})
    with pytest.raises(ProjectFileError):
        save_project(tmp_path / "x.accessmap", p)
    assert not (tmp_path / "x.accessmap").exists()


BAD_EDIT = {"kind": "move_centre", "centre_id": "nope", "x": 1.0, "y": 2.0}


def _rewrite(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_bad_files_give_clear_errors(tmp_path):
    good = tmp_path / "good.accessmap"
    save_project(good, make_project(tmp_path))
    with zipfile.ZipFile(good) as zf:
        manifest, gpkg = json.loads(zf.read("project.json")), zf.read("layers.gpkg")
    bad = tmp_path / "bad.accessmap"
    cases = {
        "not a zip": lambda: bad.write_bytes(b"hello, I am not a zip"),
        "truncated": lambda: bad.write_bytes(good.read_bytes()[:2000]),
        "missing member": lambda: _rewrite(bad, {"project.json": json.dumps(manifest).encode()}),
        "bad json": lambda: _rewrite(bad, {"project.json": b"{not json", "layers.gpkg": gpkg}),
        "no version": lambda: _rewrite(bad, {"project.json": b"[]", "layers.gpkg": gpkg}),
        "bad gpkg": lambda: _rewrite(
            bad, {"project.json": json.dumps(manifest).encode(), "layers.gpkg": b"junk"}
        ),
        "bad edit": lambda: _rewrite(
            bad,
            {
                "project.json": json.dumps(
                    {**manifest, "scenarios": [{"name": "x", "edits": [BAD_EDIT]}]}
                ).encode(),
                "layers.gpkg": gpkg,
            },
        ),
    }
    for what, make in cases.items():
        make()
        with pytest.raises(ProjectFileError) as info:
            load_project(bad)
        assert "bad.accessmap cannot be opened" in info.value.message, what
    _rewrite(bad, {"project.json": json.dumps({**manifest, "format_version": 99}).encode(),
                   "layers.gpkg": gpkg})  # fmt: skip
    with pytest.raises(ProjectFileError) as info:
        load_project(bad)
    assert "newer accessmap" in info.value.message and "Update" in info.value.message
    with pytest.raises(ProjectFileError):
        load_project(tmp_path / "missing.accessmap")


def test_autosave_and_recovery(tmp_path):
    path = tmp_path / "study.accessmap"
    p = make_project(tmp_path)
    assert find_recovery(path) is None
    save_project(path, p)
    assert find_recovery(path) is None
    time.sleep(0.01)
    p.current_scenario = "empty"
    auto = write_autosave(path, p)
    assert auto == autosave_path(path) and find_recovery(path) == auto
    assert load_project(auto).current_scenario == "empty"
    save_project(path, p)  # a real save makes the autosave stale: removed
    assert not auto.exists() and find_recovery(path) is None


def test_recovery_after_a_killed_process(tmp_path):
    path = tmp_path / "study.accessmap"
    save_project(path, make_project(tmp_path))
    child = textwrap.dedent(
        f"""
        import sys, time
        from accessmap.core.commands import RemoveCentre
        from accessmap.core.project import load_project, write_autosave, with_scenario
        p = load_project({str(path)!r})
        s = p.scenario("empty")
        p = with_scenario(p, RemoveCentre("c1").do(s))  # an unsaved edit
        write_autosave({str(path)!r}, p)
        print("autosaved", flush=True)
        time.sleep(60)  # killed here, before any save
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, env=env,
                            text=True)  # fmt: skip
    try:
        assert proc.stdout.readline().strip() == "autosaved"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    auto = find_recovery(path)
    assert auto is not None
    recovered = load_project(auto)
    scen = recovered.scenario("empty")
    assert scen.edits[0].text == "Remove centre c1"
    assert scen.centres()["centre_id"].tolist() == ["c2"]
    assert load_project(path).scenario("empty").edits == ()  # the project itself untouched


def test_project_inputs_and_unwritable_folder(tmp_path):
    p = make_project(tmp_path)
    layers, settings = project_inputs(p)  # the current scenario: "two more"
    assert settings.threshold_m == 700.0 and len(layers.centres) == 3
    assert list(layers.catchments["centre_id"]) == ["c1", "new-1"]
    layers, settings = project_inputs(p, "baseline")
    assert settings == p.settings and len(layers.centres) == 2
    with pytest.raises(ProjectFileError):
        project_inputs(p, "nope")
    with pytest.raises(ProjectFileError) as info:
        save_project(tmp_path / "no" / "such" / "folder.accessmap", p)
    assert "could not be saved" in info.value.message
