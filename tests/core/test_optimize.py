"""Maximal covering site suggestion: exact vs greedy vs spopt, hand-computed and real data."""

from __future__ import annotations

import itertools
import json
import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from accessmap.core.errors import SettingsError
from accessmap.core.optimize import (
    coverage_matrix,
    greedy_order,
    suggest_from_result,
    suggest_sites,
    write_suggestion,
)

# Demand on a line at x = 0, 1000, 2000, 3000 (weights 3, 4, 4, 3) and at x = 5000 (weight 10,
# already covered by an existing centre). Candidates at 500, 1500, 2500 cover the two demand
# points beside them (threshold 600). Greedy takes the middle site first (4 + 4 = 8), then one
# end (3): 11. The optimum is both ends: 3 + 4 + 4 + 3 = 14.
DEMAND = np.array([[0, 0], [1000, 0], [2000, 0], [3000, 0], [5000, 0]], float)
WEIGHT = np.array([3, 4, 4, 3, 10], float)
CAND = np.array([[500, 0], [1500, 0], [2500, 0]], float)
EXISTING = np.array([[5000, 100]], float)


def test_greedy_is_suboptimal_and_exact_finds_the_optimum():
    g = suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, method="greedy")
    assert g.chosen.tolist() == [1, 0] and g.gains.tolist() == [8.0, 3.0]
    assert g.coverage_before == 10.0 and g.coverage_after == 21.0 and g.status == "greedy"
    assert g.upper_bound == pytest.approx(11 / (1 - 1 / math.e))  # the (1 - 1/e) guarantee
    for method in ("exact", "spopt"):
        s = suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, method=method)
        assert sorted(s.chosen.tolist()) == [0, 2], method
        assert s.gains.tolist() == [7.0, 7.0] and s.coverage_after == 24.0
        assert s.status == "optimal" and s.upper_bound == 14.0
        assert s.newly_covered >= (1 - 1 / math.e) * s.upper_bound


def test_existing_centres_fixed_via_spopt_predefined_facilities():
    # spopt's own path (existing centres as predefined facilities, full weights) finds the same
    a = suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, method="spopt")
    b = suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, method="spopt", fixed="predefined")
    assert sorted(b.chosen.tolist()) == sorted(a.chosen.tolist()) == [0, 2]
    assert b.newly_covered == a.newly_covered == 14.0
    # an existing centre at x = 500 covers demand 0 and 1000: the best pair changes
    ex = np.array([[500, 0]], float)
    for method in ("exact", "greedy", "spopt"):
        s = suggest_sites(DEMAND, WEIGHT, CAND, ex, 600, 2, method=method)
        assert s.coverage_before == 7.0 and s.newly_covered == 7.0, method  # 2000, 3000 only
        assert s.chosen.tolist() == [2], method  # one site suffices; nothing left for a second
    p = suggest_sites(DEMAND, WEIGHT, CAND, ex, 600, 2, method="spopt", fixed="predefined")
    assert p.newly_covered == 7.0 and 2 in p.chosen.tolist()


def test_exact_equals_brute_force_on_random_instances():
    rng = np.random.default_rng(11)
    for trial in range(6):
        demand = rng.uniform(0, 3000, (60, 2))
        w = rng.integers(0, 50, 60).astype(float)
        cand = rng.uniform(0, 3000, (12, 2))
        existing = rng.uniform(0, 3000, (2, 2))
        k = 3
        cover = coverage_matrix(demand, cand, 500).toarray()
        covered = coverage_matrix(demand, existing, 500).toarray().any(axis=1)
        a = np.where(covered, 0, w)
        best = max(
            a[cover[:, list(c)].any(axis=1)].sum() for c in itertools.combinations(range(12), k)
        )
        for method in ("exact", "spopt"):
            s = suggest_sites(demand, w, cand, existing, 500, k, method=method)
            assert s.newly_covered == best, (trial, method)
            assert s.coverage_before == w[covered].sum()
        g = suggest_sites(demand, w, cand, existing, 500, k, method="greedy")
        assert (1 - 1 / math.e) * best <= g.newly_covered <= best


def test_gains_are_marginal_and_ordered():
    rng = np.random.default_rng(5)
    demand = rng.uniform(0, 5000, (400, 2))
    w = rng.integers(0, 100, 400).astype(float)
    s = suggest_sites(demand, w, demand, np.empty((0, 2)), 700, 5, method="exact")
    assert list(s.gains) == sorted(s.gains, reverse=True)
    cover = coverage_matrix(demand, demand, 700).toarray()
    for i in range(1, len(s.chosen) + 1):  # gains add up to the union covered
        union = cover[:, s.chosen[:i]].any(axis=1)
        assert w[union].sum() == pytest.approx(s.gains[:i].sum())


def test_custom_cost_table_and_edge_cases():
    pairs = pd.DataFrame({"origin": [0, 1, 3], "dest": [2, 2, 0], "cost": [100.0, 550.0, 10.0]})
    s = suggest_sites(DEMAND, WEIGHT, CAND, np.empty((0, 2)), 600, 1, method="exact", pairs=pairs)
    assert s.chosen.tolist() == [2] and s.newly_covered == 7.0  # walking table, not lines
    none = suggest_sites(DEMAND, np.zeros(5), CAND, EXISTING, 600, 2)
    assert none.status == "nothing to cover" and len(none.chosen) == 0
    with pytest.raises(SettingsError):
        suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 0)
    with pytest.raises(SettingsError):
        suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 1, method="magic")
    cols, gains = greedy_order(coverage_matrix(DEMAND, CAND, 600), WEIGHT, 10)
    assert cols.tolist() == [1, 0, 2] and gains.tolist() == [8.0, 3.0, 3.0]


@pytest.fixture(scope="module")
def sample_result(sample_dir):
    from accessmap.core.pipeline import run_analysis
    from accessmap.core.sample import load_sample

    layers, settings = load_sample(sample_dir)
    return run_analysis(layers, settings)


def test_real_subset_spopt_exact_agree_greedy_gap(sample_result):
    s = sample_result.sectors
    sub = s[
        s["CNIS5_2020"].astype(str).isin(["21004", "21012", "21015"])
    ]  # Brussels, Molenbeek, Schaerbeek
    assert len(sub) > 100
    xy = sub[["demand_x", "demand_y"]].to_numpy(float)
    w = np.where((sub["poverty_class"] == 3).fillna(False), sub["population"], 0.0)
    cxy = np.column_stack([sample_result.centres.geometry.x, sample_result.centres.geometry.y])
    for k in (1, 3, 5):
        sp = suggest_sites(xy, w, xy, cxy, 400, k, method="spopt")
        ex = suggest_sites(xy, w, xy, cxy, 400, k, method="exact")
        gr = suggest_sites(xy, w, xy, cxy, 400, k, method="greedy")
        assert sp.status == ex.status == "optimal"
        assert sp.newly_covered == pytest.approx(ex.newly_covered)
        assert (1 - 1 / math.e) * ex.newly_covered <= gr.newly_covered <= ex.newly_covered + 1e-9


def test_suggest_from_result_and_write(sample_result, tmp_path):
    sugg, sites = suggest_from_result(sample_result, 3, method="greedy")
    assert len(sugg.chosen) == 3 and sugg.gains.min() > 0
    poor_total = sample_result.summary["poor_population"]
    beyond = sample_result.summary["poor_population_beyond_threshold"]
    assert sugg.total_weight == pytest.approx(poor_total)
    assert sugg.coverage_before == pytest.approx(poor_total - beyond)
    gpkg, js = write_suggestion(sugg, sites, tmp_path / "out")
    back = gpd.read_file(gpkg)
    assert back["rank"].tolist() == [1, 2, 3]
    assert back["sector_id"].tolist() == sites["sector_id"].iloc[sugg.chosen].tolist()
    d = json.loads(js.read_text())
    assert d["coverage_before"] == pytest.approx(sugg.coverage_before)
    assert d["coverage_after"] == pytest.approx(sugg.coverage_after)
    assert [x["newly_covered"] for x in d["sites"]] == pytest.approx(list(sugg.gains))
    assert d["sites"][0]["id"] == back["sector_id"].iloc[0]
    weighted, _ = suggest_from_result(sample_result, 1, poverty_weight=True, method="greedy")
    assert weighted.total_weight < sugg.total_weight


def test_progress_is_reported_and_cancel_stops():
    from accessmap.core.errors import CancelledError

    seen = []
    suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, method="exact",
                  progress=lambda f, m: seen.append(f))  # fmt: skip
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)

    def cancel(fraction, message):
        if fraction >= 0.2:
            raise CancelledError()

    with pytest.raises(CancelledError):
        suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, progress=cancel)


def test_size_is_estimated_before_building_and_large_problems_are_refused_or_greedy():
    from accessmap.core.optimize import SizeLimits, estimate_size

    # hand-counted on the line case (threshold 600): uncovered demand 0, 1000, 2000, 3000 (x =
    # 5000 is covered); each candidate reaches two of them: 3 candidates, 6 pairs
    a = np.where(np.arange(5) == 4, 0.0, WEIGHT)
    est, rows, cols = estimate_size(DEMAND, a, CAND, 600)
    assert (est.n_demand, est.n_candidates, est.nonzeros) == (4, 3, 6)
    assert rows.tolist() == [0, 1, 2, 3] and cols.tolist() == [0, 1, 2]
    # auto beyond the exact limit: greedy, and the note says why
    s = suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2,
                      limits=SizeLimits(exact_max_nonzeros=5))  # fmt: skip
    assert s.method == "greedy" and s.newly_covered == 11.0 and "greedily" in s.note
    # too large for the memory allowed: refused with what to do, before anything is built
    tiny = SizeLimits(max_bytes=est.bytes_for("greedy") - 1)
    with pytest.raises(SettingsError, match="fewer candidate sites") as err:
        suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, method="greedy", limits=tiny)
    assert "or the greedy method" not in err.value.message  # greedy itself does not fit
    with pytest.raises(SettingsError, match="or the greedy method"):
        suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, method="exact",
                      limits=SizeLimits(max_bytes=est.bytes_for("exact") - 1))  # fmt: skip
    ok = suggest_sites(DEMAND, WEIGHT, CAND, EXISTING, 600, 2, method="greedy",
                       limits=SizeLimits(max_bytes=est.bytes_for("greedy")))  # fmt: skip
    assert ok.newly_covered == 11.0


def test_candidates_out_of_straight_line_reach_are_dropped_before_costing():
    seen = {}

    def pairs_fn(rows, cols):  # a walking-like cost: never below the straight line
        seen["cols"] = cols.tolist()
        return pd.DataFrame(
            {"origin": np.array([1], np.int64), "dest": np.array([0], np.int64), "cost": [590.0]}
        )

    far = np.vstack([CAND, [[50_000.0, 0.0]]])
    s = suggest_sites(DEMAND, WEIGHT, far, EXISTING, 600, 1, method="exact", pairs_fn=pairs_fn)
    assert seen["cols"] == [0, 1, 2]  # the far candidate never reached the cost function
    assert s.newly_covered == 4.0 and s.chosen.tolist() == [0]
