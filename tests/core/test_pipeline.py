"""run_analysis end to end on a tiny hand-computed case, and its error messages."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from accessmap.core.errors import CancelledError, SettingsError
from accessmap.core.model import Layers
from accessmap.core.pipeline import active_centres, run_analysis
from accessmap.core.schema import ANALYSIS_CRS, SUMMARY_KEYS, Settings

# Six 200 m squares in a row; demand points (representative points) at x = 100, 300, ..., 1100,
# y = 100. Centre A at (100, 100), centre B at (1100, 400).
#   to A: 0, 200, 400, 600, 800, 1000
#   to B: sqrt(1000²+300²)=1044.03, sqrt(800²+300²)=854.40, sqrt(600²+300²)=670.82, 500,
#         sqrt(200²+300²)=360.555, 300
#   nearest: 0 (A), 200 (A), 400 (A), 500 (B), 360.555 (B), 300 (B)
NEAREST = [0.0, 200.0, 400.0, 500.0, math.hypot(200, 300), 300.0]
NEAREST_ID = ["A", "A", "A", "B", "B", "B"]
POP = [100.0, 200.0, 300.0, 400.0, 500.0, 600.0]
POVERTY = [1.0, 2.0, 3.0, 6.0, 5.0, 4.0]  # higher = poorer


def tiny_layers(year_open=(None, None)) -> Layers:
    sectors = gpd.GeoDataFrame(
        {
            "sector_id": [f"S{i}" for i in range(6)],
            "population": POP,
            "name": [f"sector {i}" for i in range(6)],
            "municipality": ["M1"] * 3 + ["M2"] * 3,
            "pov": POVERTY,
        },
        geometry=[box(200 * i, 0, 200 * i + 200, 200) for i in range(6)],
        crs=ANALYSIS_CRS,
    )
    centres = gpd.GeoDataFrame(
        {
            "centre_id": ["A", "B"],
            "name": ["Centre A", "Centre B"],
            "type": ["health_centre", "gp_practice"],
            "gp_fte": [np.nan, np.nan],
            "step_free": pd.array([pd.NA, pd.NA], dtype="boolean"),
            "year_open": pd.array(list(year_open), dtype="Int64"),
            "year_close": pd.array([pd.NA, pd.NA], dtype="Int64"),
        },
        geometry=[Point(100, 100), Point(1100, 400)],
        crs=ANALYSIS_CRS,
    )
    return Layers(sectors=sectors, centres=centres)


def test_hand_computed_indicators() -> None:
    settings = Settings(poverty_column="pov", poorer="higher", threshold_m=350)
    r = run_analysis(tiny_layers(), settings)
    s = r.sectors
    np.testing.assert_allclose(s["dist_nearest_m"], NEAREST, atol=1e-9)
    assert list(s["nearest_centre_id"]) == NEAREST_ID
    assert s["dist_3rd_m"].isna().all()  # only two centres
    assert list(s["within_threshold"]) == [True, True, False, False, False, True]
    assert list(s["centres_within"]) == [1, 1, 0, 0, 0, 1]
    # poverty thirds: poorest = S3 (6), S4 (5); middle = S5 (4), S2 (3); least poor = S0, S1
    assert list(s["poverty_class"]) == [1, 1, 2, 3, 3, 2]
    # access thirds on distance: worst = 500 (S3), 400 (S2); middle = 360.6 (S4), 300 (S5)
    assert list(s["access_class"]) == [3, 3, 1, 1, 2, 2]
    assert list(s["bivariate_class"]) == ["P1A3", "P1A3", "P2A1", "P3A1", "P3A2", "P2A2"]
    # the gap is absolute: poverty class 3 (S3, S4) and beyond 350 m (S2, S3, S4)
    assert list(s["gap_class"]) == ["", "", "", "double_disadvantage", "double_disadvantage", ""]

    summary = r.summary
    assert set(SUMMARY_KEYS) <= set(summary)
    assert summary["n_sectors"] == 6
    assert summary["population"] == 2100
    assert summary["distance_kind"] == "straight_line"
    assert summary["threshold_m"] == 350
    assert summary["share_population_within_threshold"] == pytest.approx(900 / 2100)
    assert summary["share_poor_population_within_threshold"] == 0
    assert summary["poor_population_beyond_threshold"] == 900
    assert summary["gap_sectors"] == 2
    assert summary["gap_population"] == 900  # S3 400 + S4 500 = the poor beyond the threshold
    assert summary["poverty_class_tie_warning"] is False
    assert summary["assumed_capacity_centres"] == 2
    assert summary["crs"] == ANALYSIS_CRS
    # Erreygers: rank poorest first R = [0.97619, 0.90476, 0.78571, 0.09524, 0.30952, 0.57143]
    # cov_w(h, R) = 621.428/2100 - (900/2100)(0.5) = 0.081633 -> E = 0.653061
    assert summary["concentration_index"] == pytest.approx(0.653061, abs=1e-5)


def test_e2sfca_matches_the_formula_by_hand() -> None:
    settings = Settings(poverty_column="pov", e2sfca_catchment_m=1500, e2sfca_sigma_m=750)
    r = run_analysis(tiny_layers(), settings)
    xs = [100 + 200 * i for i in range(6)]
    cxy = [(100, 100), (1100, 400)]

    def w(d):
        return math.exp(-(d**2) / (2 * 750**2))

    d = [[math.hypot(x - cx, 100 - cy) for cx, cy in cxy] for x in xs]
    r_j = []
    for j in range(2):  # every d_ij here is <= 1500 m except none: max is 1044 m
        demand = sum(POP[i] * w(d[i][j]) for i in range(6) if d[i][j] <= 1500)
        r_j.append(1.0 / demand)
    expected = [10_000 * sum(r_j[j] * w(d[i][j]) for j in range(2)) for i in range(6)]
    np.testing.assert_allclose(r.sectors["e2sfca_per_10k"], expected, rtol=1e-12)


def test_year_filter_and_no_centre_message() -> None:
    layers = tiny_layers(year_open=(2000, 2030))
    assert list(active_centres(layers.centres, 2010)["centre_id"]) == ["A"]
    r = run_analysis(layers, Settings(poverty_column="pov", threshold_m=350, year=2010))
    assert set(r.sectors["nearest_centre_id"]) == {"A"}
    r0 = run_analysis(layers, Settings(poverty_column="pov", year=1990))
    assert r0.sectors["dist_nearest_m"].isna().all()
    assert not r0.sectors["within_threshold"].any()
    assert any("No centre is open" in m for m in r0.messages)


def test_minutes_threshold_converts_at_walking_speed() -> None:
    # 5 min at 4.8 km/h = 400 m: S0 (0), S1 (200), S2 (400), S4 (360.6), S5 (300) within
    r = run_analysis(
        tiny_layers(), Settings(poverty_column="pov", threshold_min=5, walk_speed_kmh=4.8)
    )
    assert r.summary["threshold_m"] == pytest.approx(400)
    assert list(r.sectors["within_threshold"]) == [True, True, True, False, True, True]


def test_missing_poverty_column_is_a_clear_error() -> None:
    with pytest.raises(SettingsError, match=r"'poverty_rate' is not in the sector layer.*pov"):
        run_analysis(tiny_layers(), Settings(poverty_column="poverty_rate"))


def test_bad_setting_is_a_clear_error() -> None:
    with pytest.raises(SettingsError, match="threshold must be between"):
        run_analysis(tiny_layers(), Settings(poverty_column="pov", threshold_m=-5))


def test_cancel_raises_from_progress() -> None:
    seen = []

    def progress(fraction: float, message: str) -> None:
        seen.append(fraction)
        if fraction > 0.2:
            raise CancelledError()

    with pytest.raises(CancelledError):
        run_analysis(tiny_layers(), Settings(poverty_column="pov"), progress)
    assert seen[0] == 0.0


def test_result_is_frozen() -> None:
    r = run_analysis(tiny_layers(), Settings(poverty_column="pov"))
    with pytest.raises(TypeError):
        r.summary["n_sectors"] = 7  # type: ignore[index]
    with pytest.raises(AttributeError):
        r.settings = Settings()  # type: ignore[misc]


def test_step_free_capacity_and_catchments() -> None:
    layers = tiny_layers()
    c = layers.centres.copy()
    c["step_free"] = pd.array([False, True], dtype="boolean")  # only B is step-free
    c["gp_fte"] = [2.5, np.nan]
    # one catchment polygon around S0 and S1 (x 0..400)
    catch = gpd.GeoDataFrame({"centre_id": ["A"]}, geometry=[box(0, 0, 400, 200)], crs=ANALYSIS_CRS)
    r = run_analysis(
        layers.replace(centres=c, catchments=catch),
        Settings(poverty_column="pov", threshold_m=350),
    )
    s = r.sectors
    # to B: 1044.03, 854.40, 670.82, 500, 360.555, 300
    expected_b = [
        math.hypot(1000, 300),
        math.hypot(800, 300),
        math.hypot(600, 300),
        500,
        math.hypot(200, 300),
        300,
    ]
    np.testing.assert_allclose(s["dist_nearest_step_free_m"], expected_b)
    # capacity within 350 m: S0, S1 reach A (2.5 FTE); S5 reaches B (unknown -> 1)
    np.testing.assert_allclose(s["capacity_within"], [2.5, 2.5, 0, 0, 0, 1.0])
    assert r.summary["assumed_capacity_centres"] == 1
    assert list(s["in_catchment"]) == [True, True, False, False, False, False]


def test_residents_points_move_the_demand_point() -> None:
    layers = tiny_layers()
    # all residents of S0 live at its west edge (x = 10): the demand point moves there
    res = gpd.GeoDataFrame(
        {"population": [50.0, 50.0]}, geometry=[Point(10, 50), Point(10, 150)], crs=ANALYSIS_CRS
    )
    r = run_analysis(layers.replace(residents=res), Settings(poverty_column="pov"))
    s = r.sectors
    assert (s.loc[0, "demand_x"], s.loc[0, "demand_y"]) == pytest.approx((10, 100))
    assert s.loc[0, "dist_nearest_m"] == pytest.approx(90)  # to A at (100, 100)
    assert s.loc[1, "demand_x"] == pytest.approx(300)  # no residents points: representative


@pytest.mark.parametrize(
    ("pop", "match"),
    [
        ([-100.0] * 6, r"6 of 6 sector\(s\) have a negative population \(S0, S1, S2"),
        ([100.0, -1.0, 300.0, 400.0, 500.0, 600.0], r"1 of 6 .*negative population \(S1\)"),
        ([100.0, np.nan, 300.0, 400.0, 500.0, 600.0], r"1 of 6 .*no population \(S1\)"),
        ([np.inf, 0.0, 0.0, 0.0, 0.0, 0.0], r"infinite population \(S0\)"),
        ([0.0] * 6, "Every sector has 0 residents"),
    ],
)
def test_bad_populations_refused(pop: list[float], match: str) -> None:
    """Negative populations used to give null shares and still 17 gap sectors (issue 10/6)."""
    layers = tiny_layers()
    layers = layers.replace(sectors=layers.sectors.assign(population=pop))
    with pytest.raises(SettingsError, match=match):
        run_analysis(layers, Settings(poverty_column="pov"))
