"""Incremental scenario evaluation equals a full recompute, exactly."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from accessmap.core.commands import AddCentre, MoveCentre, RemoveCentre, Scenario, normalise_centres
from accessmap.core.scenario import ScenarioEngine, evaluate, scenario_engine, scenario_layers


def _centres(ids, xy, fte=None) -> gpd.GeoDataFrame:
    xy = np.asarray(xy, float).reshape(-1, 2)
    return normalise_centres(
        gpd.GeoDataFrame(
            {"centre_id": list(ids), "gp_fte": fte if fte is not None else np.nan},
            geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]),
            crs="EPSG:31370",
        )
    )


def assert_same(a, b) -> None:
    for name in a.__dataclass_fields__:
        x, y = getattr(a, name), getattr(b, name)
        if x is None or y is None:
            assert x is None and y is None, name
            continue
        assert x.dtype == y.dtype, name
        if x.dtype == object:
            assert list(x) == list(y), name
        else:
            assert np.array_equal(x, y, equal_nan=True), name  # bit for bit, no tolerance


def test_hand_computed_line():
    # demand at x = 0, 100, ..., 400; centres at 0 (A) and 300 (B); threshold 150
    demand = np.array([[x, 0.0] for x in range(0, 500, 100)])
    ev = evaluate(demand, _centres(["A", "B"], [[0, 0], [300, 0]], [2.0, np.nan]), 150)
    assert list(ev.dist_nearest_m) == [0, 100, 100, 0, 100]
    assert list(ev.nearest_centre_id) == ["A", "A", "B", "B", "B"]
    assert np.isnan(ev.dist_3rd_m).all()  # only two centres
    assert list(ev.centres_within) == [1, 1, 1, 1, 1]
    assert list(ev.capacity_within) == [2.0, 2.0, 1.0, 1.0, 1.0]  # unknown FTE counts as 1
    assert list(ev.within_threshold) == [True] * 5
    # a tie (x = 150 is 150 from both): broken by id order, A before B
    ev2 = evaluate(np.array([[150.0, 0.0]]), _centres(["B", "A"], [[300, 0], [0, 0]]), 150)
    assert ev2.nearest_centre_id[0] == "A" and ev2.centres_within[0] == 2
    head = ev.headline(np.array([10, 20, 30, 40, 50.0]), np.array([1, 0, 0, 0, 1], bool))
    assert head["share_within"] == 1.0 and head["poor_population_within"] == 60.0


def test_no_centres_and_nan_demand():
    demand = np.array([[0.0, 0.0], [np.nan, np.nan]])
    eng = ScenarioEngine(demand, _centres([], np.empty((0, 2))), 800)
    ev = eng.result()
    assert np.isnan(ev.dist_nearest_m).all() and list(ev.nearest_centre_id) == [None, None]
    eng.add_centre("x", 300.0, 400.0, 2.0)
    ev = eng.result()
    assert ev.dist_nearest_m[0] == 500.0 and np.isnan(ev.dist_nearest_m[1])
    assert list(ev.centres_within) == [1, 0] and ev.capacity_within[0] == 2.0
    eng.remove_centre("x")
    assert_same(eng.result(), evaluate(demand, _centres([], np.empty((0, 2))), 800))


def test_random_edits_on_a_grid_with_ties_equal_full_recompute():
    rng = np.random.default_rng(7)
    demand = np.array([(i * 100.0, j * 100.0) for i in range(25) for j in range(25)])
    ids = [f"c{i:02d}" for i in range(40)]
    xy = rng.choice(np.arange(0, 2500, 100.0), size=(40, 2))  # on the grid: many exact ties
    fte = rng.choice([0.1, 0.7, 1.3, np.nan], size=40)
    cur = _centres(ids, xy, fte)
    eng = ScenarioEngine(demand, cur, 250.0)
    for step in range(120):
        op = rng.integers(3)
        if op == 0 or len(cur) < 3:
            cid, p = f"n{step:03d}", rng.choice(np.arange(0, 2500, 50.0), 2)
            eng.add_centre(cid, p[0], p[1], 0.3)
            cur = normalise_centres(pd.concat([cur, _centres([cid], p, [0.3])]))
        elif op == 1:
            i = int(rng.integers(len(cur)))
            eng.remove_centre(cur["centre_id"].iloc[i])
            cur = cur.drop(index=cur.index[i]).reset_index(drop=True)
        else:
            i, p = int(rng.integers(len(cur))), rng.choice(np.arange(0, 2500, 100.0), 2)
            eng.move_centre(cur["centre_id"].iloc[i], p[0], p[1])
            geom = cur.geometry.to_numpy().copy()
            geom[i] = Point(p)
            cur = cur.set_geometry(gpd.GeoSeries(geom, crs=cur.crs))
        assert_same(eng.result(), evaluate(demand, cur, 250.0))
    eng.recompute()  # the engine's own full recompute agrees too
    assert_same(eng.result(), evaluate(demand, cur, 250.0))


def test_engine_follows_scenario_edits_and_undo(sample_dir):
    from accessmap.core.sample import load_sample

    layers, settings = load_sample(sample_dir)
    from accessmap.core.demand import demand_points

    demand = demand_points(layers.sectors)
    scen = Scenario("s", layers.centres, settings)
    eng = scenario_engine(demand, scen)
    first = scen.centres()["centre_id"].iloc[0]
    edits = [
        AddCentre.new(scen, 149000.0, 170000.0, gp_fte=2.0),
        MoveCentre(first, 150000.0, 171000.0),
        RemoveCentre(scen.centres()["centre_id"].iloc[5]),
    ]
    states = [scen]
    for e in edits:
        states.append(e.do(states[-1]))
        assert eng.update(states[-1].centres()) >= 1
        assert_same(eng.result(), scenario_engine(demand, states[-1]).result())
    for i in range(len(edits) - 1, -1, -1):  # undo through the engine
        eng.update(states[i].centres())
        assert_same(eng.result(), scenario_engine(demand, states[i]).result())
    assert eng.update(states[0].centres()) == 0


def test_matches_pipeline_and_scenario_layers(sample_dir):
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample(sample_dir)
    scen = Scenario("s", layers.centres, settings)
    scen = AddCentre.new(scen, 148500.0, 169000.0, gp_fte=3.0).do(scen)
    scen = RemoveCentre(scen.centres()["centre_id"].iloc[0]).do(scen)
    sl = scenario_layers(layers, scen)
    assert len(sl.centres) == len(layers.centres)  # one added, one removed
    result = run_analysis(sl, scen.current_settings)
    xy = result.sectors[["demand_x", "demand_y"]].to_numpy(float)
    ev = scenario_engine(xy, scen).result()
    np.testing.assert_allclose(ev.dist_nearest_m, result.sectors["dist_nearest_m"], rtol=1e-12)
    np.testing.assert_allclose(ev.dist_3rd_m, result.sectors["dist_3rd_m"], rtol=1e-12)
    assert (ev.within_threshold == result.sectors["within_threshold"].to_numpy(bool)).all()
    assert (ev.centres_within == result.sectors["centres_within"].to_numpy()).all()
    np.testing.assert_allclose(ev.capacity_within, result.sectors["capacity_within"], rtol=1e-12)


def test_duplicate_add_is_refused():
    eng = ScenarioEngine(np.zeros((1, 2)), _centres(["a"], [[0, 0]]), 100)
    with pytest.raises(ValueError):
        eng.add_centre("a", 1.0, 1.0)


def _grid_network(side: int = 30, block: float = 80.0, seed: int = 0):
    import shapely

    from accessmap.core.network import WalkNetwork

    rng = np.random.default_rng(seed)
    ii, jj = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    xy = np.stack([ii * block, jj * block], axis=-1) + rng.uniform(-15, 15, (side, side, 2))
    lines = [shapely.LineString(xy[i]) for i in range(side)]
    lines += [shapely.LineString(xy[:, j]) for j in range(side)]
    return WalkNetwork.from_lines(gpd.GeoDataFrame(geometry=lines, crs="EPSG:31370"))


def test_network_mode_incremental_equals_full():
    net = _grid_network()
    rng = np.random.default_rng(2)
    demand = rng.uniform(0, 29 * 80.0, (300, 2))
    base = _centres([f"c{i:02d}" for i in range(12)], rng.uniform(0, 2320, (12, 2)))
    scen = Scenario("walk", base)
    eng = ScenarioEngine(demand, scen.centres(), 400.0, network=net)
    first = eng.result()
    assert first.walk_nearest_m is not None and first.snapped.all()
    ok = np.isfinite(first.walk_nearest_m)
    assert (first.walk_nearest_m[ok] >= first.dist_nearest_m[ok] - 1e-6).all()  # walking >= line
    for step in range(24):
        ids = scen.centres()["centre_id"].tolist()
        p = rng.uniform(0, 2320, 2)
        op = step % 3
        if op == 0:
            cmd = AddCentre.new(scen, float(p[0]), float(p[1]))
        elif op == 1:
            cmd = MoveCentre(ids[int(rng.integers(len(ids)))], float(p[0]), float(p[1]))
        else:
            cmd = RemoveCentre(ids[int(rng.integers(len(ids)))])
        scen = cmd.do(scen)
        eng.update(scen.centres())
        got = eng.result()
        fresh = ScenarioEngine(demand, scen.centres(), 400.0, network=net).result()
        assert np.array_equal(got.walk_nearest_m, fresh.walk_nearest_m, equal_nan=True)
        assert list(got.walk_nearest_centre_id) == list(fresh.walk_nearest_centre_id)
        assert_same(got, fresh)
    eng.recompute()  # NearestState's own full recompute of the same slots
    assert_same(eng.result(), fresh)


def test_sync_follows_year_and_threshold_edits():
    from accessmap.core.commands import ChangeSettings, EditCentre

    demand = np.array([[0.0, 0.0], [1000.0, 0.0]])
    scen = Scenario("s", _centres(["a", "b"], [[0, 0], [1000, 0]]))
    scen = ChangeSettings({"year": 2020}).do(scen)
    eng = scenario_engine(demand, scen)
    assert eng.result().within_threshold.tolist() == [True, True]
    scen = EditCentre("b", {"year_open": 2021}).do(scen)  # b not yet open in 2020
    assert eng.sync(scen) == 1
    assert eng.result().dist_nearest_m.tolist() == [0.0, 1000.0]
    assert eng.result().within_threshold.tolist() == [True, False]
    scen = ChangeSettings({"threshold_m": 1000.0}).do(scen)
    assert eng.sync(scen) == -1  # the threshold changed: full recompute
    assert eng.result().within_threshold.tolist() == [True, True]
    for _ in range(2):
        scen = scen.edits[-1].undo(scen)
    eng.sync(scen)
    assert_same(eng.result(), scenario_engine(demand, scen).result())
