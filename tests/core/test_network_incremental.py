"""NearestState: incremental add / remove / move equals a full recompute exactly, ties included."""

from __future__ import annotations

import numpy as np
import pytest
from test_network_cases import delaunay_lines, grid_lines, river_lines

from accessmap.core.network import NearestState, WalkNetwork, network_nearest


def _check_against_full(state: NearestState) -> None:
    """Bit-for-bit equal to a fresh full run over the active slots (positional -> slot)."""
    ref = state.recompute()
    np.testing.assert_array_equal(state.dist_m, ref.dist_m)
    np.testing.assert_array_equal(state.dest_idx, ref.dest_idx)
    active = np.flatnonzero(state.active)
    if len(active) and state.dest_snapped.any():
        full = network_nearest(state.net, state.origin_xy, state.dest_xy[active])
        np.testing.assert_array_equal(state.dist_m, full.dist_m)
        slot = np.where(full.dest_idx >= 0, active[np.maximum(full.dest_idx, 0)], -1)
        np.testing.assert_array_equal(state.dest_idx, slot)


def _random_walk(net, origins, candidates, rng, steps):
    state = NearestState(net, origins, candidates[:4])
    _check_against_full(state)
    for _ in range(steps):
        before_d, before_i = state.dist_m, state.dest_idx
        active = np.flatnonzero(state.active)
        op = rng.integers(3) if len(active) > 1 else 0
        xy = candidates[rng.integers(len(candidates))]
        if op == 0:
            new, changed = state.add_dest(xy)
        elif op == 1:
            new, changed = state.remove_dest(int(rng.choice(active)))
        else:
            new, changed = state.move_dest(int(rng.choice(active)), xy)
        _check_against_full(new)
        # every origin whose result changed is reported; the old state is untouched
        really = np.flatnonzero((new.dist_m != before_d) | (new.dest_idx != before_i))
        assert set(really) <= set(changed.tolist())
        np.testing.assert_array_equal(state.dist_m, before_d)
        if op == 0:  # adding: exactly the origins the new centre now serves
            assert set(changed.tolist()) == set(really)
            assert (new.dest_idx[changed] == len(state.dest_xy)).all()
        state = new
    return state


@pytest.mark.parametrize("seed", [0, 1])
def test_random_updates_on_a_random_network_equal_full_recompute(seed):
    net = WalkNetwork.from_lines(delaunay_lines(90, seed=seed), min_component_share=0.0)
    rng = np.random.default_rng(seed)
    origins = rng.uniform(0, 1000, (200, 2))
    candidates = rng.uniform(-20, 1020, (40, 2))
    final = _random_walk(net, origins, candidates, rng, steps=40)
    assert len(final.dest_xy) > 4


def test_random_updates_with_many_ties_on_an_integer_grid():
    net = WalkNetwork.from_lines(grid_lines(9))  # 100 m blocks: distances tie everywhere
    rng = np.random.default_rng(7)
    nodes = net.node_xy
    origins = np.r_[nodes, (nodes[:30] + nodes[30:60]) / 2]
    candidates = np.r_[nodes, nodes[:10] + np.array([50.0, 0.0])]  # on junctions and mid-block
    state = _random_walk(net, origins, candidates, rng, steps=60)
    per = np.stack(
        [
            network_nearest(net, origins, state.dest_xy[j : j + 1]).dist_m
            if state.active[j]
            else np.full(len(origins), np.inf)
            for j in range(len(state.dest_xy))
        ]
    )
    assert (np.sum(per == per.min(axis=0), axis=0) > 1).sum() > 5  # ties did occur


def test_added_centre_serves_the_origins_it_is_nearest_to():
    net = WalkNetwork.from_lines(river_lines())
    origins = np.array([[100.0, -10.0], [900.0, -10.0], [100.0, 110.0]])
    state = NearestState(net, origins, np.array([[500.0, 110.0]]))  # by the bridge, north bank
    np.testing.assert_allclose(
        state.dist_m, [10 + 400 + 100 + 10, 10 + 400 + 100 + 10, 10 + 400 + 10]
    )
    new, changed = state.add_dest([950.0, -20.0])  # south bank, east
    assert changed.tolist() == [1]
    assert new.dest_idx.tolist() == [0, 1, 0] and new.dist_m[1] == pytest.approx(10 + 50 + 20)
    gone, changed = new.remove_dest(0)
    assert changed.tolist() == [0, 2]
    assert gone.dest_idx.tolist() == [1, 1, 1]
    assert gone.dist_m[2] == pytest.approx(10 + 400 + 100 + 450 + 20)
    assert gone.dest_snapped.tolist() == [False, True]
    moved, changed = gone.move_dest(1, [100.0, 120.0])
    assert moved.dist_m.tolist() == pytest.approx(
        [10 + 400 + 100 + 400 + 20, 10 + 400 + 100 + 400 + 20, 30.0]
    )
    assert set(changed.tolist()) == {0, 1, 2}


def test_removing_the_last_centre_leaves_everyone_unreachable():
    net = WalkNetwork.from_lines(river_lines())
    state = NearestState(net, np.array([[100.0, -10.0]]), np.array([[300.0, -10.0]]))
    empty, changed = state.remove_dest(0)
    assert changed.tolist() == [0]
    assert np.isinf(empty.dist_m).all() and (empty.dest_idx == -1).all()
    back, changed = empty.add_dest([300.0, -10.0])
    assert changed.tolist() == [0] and back.dest_idx.tolist() == [1]
    assert back.dist_m[0] == state.dist_m[0]


def test_unsnapped_centre_changes_nothing_and_bad_slots_raise():
    net = WalkNetwork.from_lines(river_lines())
    state = NearestState(net, np.array([[100.0, -10.0]]), np.array([[300.0, -10.0]]))
    far, changed = state.add_dest([10_000.0, 10_000.0])
    assert len(changed) == 0 and far.dest_snapped.tolist() == [True, False]
    same, changed = far.remove_dest(1)
    assert len(changed) == 0
    with pytest.raises(IndexError):
        same.remove_dest(1)  # already removed
    with pytest.raises(IndexError):
        same.move_dest(5, [0.0, 0.0])
    res = same.result()
    assert res.dest_idx.tolist() == [0] and res.dest_snapped.tolist() == [True, False]


def test_removal_with_many_candidates_uses_the_subgraph_and_stays_exact(monkeypatch):
    import accessmap.core.network_incremental as inc

    calls = []
    real = inc.subgraph
    monkeypatch.setattr(
        inc, "subgraph", lambda g, nodes: calls.append(len(nodes)) or real(g, nodes)
    )
    net = WalkNetwork.from_lines(delaunay_lines(90, seed=5), min_component_share=0.0)
    rng = np.random.default_rng(5)
    origins = rng.uniform(0, 1000, (150, 2))
    state = NearestState(net, origins, rng.uniform(0, 1000, (12, 2)))
    state._probe = inc._Probe(net.graph, slots=2)  # force the many-candidates path
    for _ in range(8):
        served = np.bincount(state.dest_idx[state.dest_idx >= 0], minlength=len(state.dest_xy))
        state, _ = state.remove_dest(int(np.argmax(served)))
        _check_against_full(state)
        state, _ = state.add_dest(rng.uniform(0, 1000, 2))
        _check_against_full(state)
    assert calls  # the subgraph path did run
