"""The absolute coverage gap on the real sample (issue 10, item 5): poor and beyond the
threshold, so adding centres can only shrink it; the tie warning for a decile column."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from accessmap.core.commands import AddCentre, Scenario
from accessmap.core.pipeline import run_analysis
from accessmap.core.sample import load_sample, sample_files
from accessmap.core.scenario import scenario_layers


@pytest.fixture(scope="module")
def sample():
    layers, settings = load_sample()
    return layers, settings, run_analysis(layers, settings)


def _gap_ids(result) -> set[str]:
    s = result.sectors
    return set(s.loc[s["gap_class"] == "double_disadvantage", "sector_id"])


def test_sample_gap_equals_an_independent_count(sample) -> None:
    """Recomputed from the files with geopandas alone: representative points, sjoin_nearest,
    the poorest third of the 675 sectors with a BIMD income score (ties to the first rank)."""
    _, _, result = sample
    sec = gpd.read_file(sample_files()["sectors"], layer="sectors").to_crs("EPSG:31370")
    cen = gpd.read_file(sample_files()["centres"], layer="centres").to_crs("EPSG:31370")
    pts = gpd.GeoDataFrame(
        sec[["CS01012020", "POP", "bimd_income_score"]],
        geometry=sec.geometry.representative_point(),
        crs=sec.crs,
    )
    d = gpd.sjoin_nearest(pts, cen[["geometry"]], distance_col="d").groupby(level=0)["d"].min()
    score = pts["bimd_income_score"]
    known = score.notna()
    rank = score[known].rank(ascending=False, method="min")
    poor = pd.Series(False, index=pts.index)
    poor[known] = (rank - 0.5) / known.sum() < 1 / 3
    gap = poor & (d > 800)
    assert result.summary["gap_sectors"] == int(gap.sum()) == 27
    assert result.summary["gap_population"] == pts.loc[gap, "POP"].sum() == 28_405
    assert result.summary["gap_population"] == result.summary["poor_population_beyond_threshold"]
    assert _gap_ids(result) == set(pts.loc[gap, "CS01012020"])
    # the relative P3A1 cell is still there for the legend, under its own name
    assert (result.sectors["bivariate_class"] == "P3A1").sum() == 17


def test_adding_centres_only_shrinks_the_gap(sample) -> None:
    layers, settings, base = sample
    s = base.sectors
    before = _gap_ids(base)
    gap_rows = s[s["gap_class"] == "double_disadvantage"]
    # one centre on a gap sector's demand point, one far from every gap sector (a least-poor
    # sector): under the old relative definition the second one re-ranks access thirds
    rich = s[s["poverty_class"] == 1].iloc[0]
    scenario = Scenario("more centres", layers.centres, settings)
    for i, row in enumerate([gap_rows.iloc[0], rich]):
        scenario = scenario.with_edit(
            AddCentre(centre_id=f"new-{i}", x=float(row["demand_x"]), y=float(row["demand_y"]))
        )
    after_result = run_analysis(scenario_layers(layers, scenario), scenario.current_settings)
    after = _gap_ids(after_result)
    assert after <= before
    assert gap_rows.iloc[0]["sector_id"] in before - after
    # every sector that left the gap is now within the threshold
    left = after_result.sectors.set_index("sector_id").loc[sorted(before - after)]
    assert left["within_threshold"].all()
    assert after_result.summary["gap_population"] < base.summary["gap_population"]


def test_decile_column_triggers_the_tie_warning(sample) -> None:
    layers, settings, base = sample
    assert base.summary["poverty_class_tie_warning"] is False
    assert not any("Tied values" in m for m in base.messages)
    # BIMD income decile (1 = most deprived): 521 of the 675 sectors tie at decile 1 and all
    # take the class of the first rank (3)
    r = run_analysis(layers, settings.replace(poverty_column="bimd_income_decile", poorer="lower"))
    assert r.summary["poverty_class_tie_warning"] is True
    assert r.summary["poverty_class_crowded"] == {"3": round(521 / 675, 4)}
    msg = next(m for m in r.messages if "Tied values" in m)
    assert "77% of the sectors in the poorest third" in msg
    assert "score column" in msg and "absolute poverty cut" in msg
    assert (r.sectors["poverty_class"] == 3).sum() == 521


def test_absolute_cut_on_the_sample(sample) -> None:
    """BIMD income decile <= 2 counts as poor (lower is poorer): 521 + 105 = 626 sectors."""
    layers, settings, _ = sample
    cut = settings.replace(poverty_column="bimd_income_decile", poorer="lower", poor_cut=2)
    r = run_analysis(layers, cut)
    s = r.sectors
    decile = s["bimd_income_decile"].to_numpy(float)
    poor = (s["poverty_class"] == 3).fillna(False).to_numpy(bool)
    np.testing.assert_array_equal(poor, decile <= 2)
    assert poor.sum() == 626
    within = s["within_threshold"].to_numpy(bool)
    pop = s["population"].to_numpy(float)
    assert r.summary["gap_sectors"] == int((poor & ~within).sum())
    assert r.summary["gap_population"] == pop[poor & ~within].sum()
    assert r.summary["poor_cut"] == 2
    assert r.summary["poverty_class_tie_warning"] is False  # class 3 is the user's own cut
