"""render.styling: class breaks (hand-computed), colours, no-data handling, categories."""

from __future__ import annotations

import json
from pathlib import Path

import branca
import numpy as np
import pandas as pd
import pytest

from accessmap.core.errors import SettingsError
from accessmap.core.schema import SECTOR_OUTPUT_COLUMNS
from accessmap.render.palettes import BIVARIATE_3X3, NO_DATA_COLOR, PALETTES, brewer
from accessmap.render.styling import (
    INDICATOR_INFO,
    MAP_TEXT,
    classify,
    classify_indicator,
    indicator_label,
    poverty_cut_labels,
    text,
)


def test_palettes_match_colorbrewer_as_shipped_by_branca():
    schemes = json.loads((Path(branca.__file__).parent / "_schemes.json").read_text())
    for name, table in PALETTES.items():
        for n, colours in table.items():
            assert list(colours) == schemes[f"{name}_{n:02d}"], (name, n)


def test_quantiles_hand_computed():
    # 10 values 0..9, k=5: quantile upper bounds at 20/40/60/80/100 % -> 1.8, 3.6, 5.4, 7.2, 9
    c = classify(np.arange(10.0), "quantiles", 5, fmt="{:.1f}", unit="m")
    assert c.bins == pytest.approx((1.8, 3.6, 5.4, 7.2, 9.0))
    assert c.class_index.tolist() == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert c.counts == (2, 2, 2, 2, 2)
    assert c.colors == PALETTES["YlOrRd"][5]
    assert c.labels[0] == "0.0 – 1.8 m" and c.labels[-1] == "7.2 – 9.0 m"
    assert c.no_data_count == 0


def test_equal_interval_and_edges_belong_to_lower_class():
    c = classify([0, 100, 200, 300, 400], "equal_interval", 4)
    assert c.bins == pytest.approx((100, 200, 300, 400))
    # mapclassify convention: class i holds bins[i-1] < v <= bins[i]
    assert c.class_index.tolist() == [0, 0, 1, 2, 3]


def test_natural_breaks_finds_obvious_clusters():
    c = classify([1, 2, 3, 10, 11, 12, 100, 101], "natural_breaks", 3)
    assert c.bins == (3.0, 12.0, 101.0)
    assert c.class_index.tolist() == [0, 0, 0, 1, 1, 1, 2, 2]
    assert classify([1, 2, 3, 10, 11, 12, 100, 101], "fisher_jenks", 3).bins == c.bins


def test_natural_breaks_large_input_is_deterministic_and_covers_the_range():
    y = np.random.default_rng(1).gamma(2.0, 300.0, 5000)
    a = classify(y, "natural_breaks", 5)
    b = classify(y, "natural_breaks", 5)
    assert a.bins == b.bins and len(a.bins) == 5
    assert a.bins[-1] == pytest.approx(y.max())
    assert sum(a.counts) == y.size and (a.class_index >= 0).all()


def test_nan_and_inf_are_no_data():
    c = classify([np.nan, 1.0, 2.0, np.inf, 3.0, -np.inf], "quantiles", 3)
    assert c.class_index.tolist() == [-1, 0, 1, -1, 2, -1]
    assert c.no_data_count == 3 and c.no_data_color == NO_DATA_COLOR
    assert c.value_colors()[0] == NO_DATA_COLOR


def test_all_nan_gives_no_classes():
    c = classify([np.nan, np.nan], "natural_breaks", 5)
    assert c.k == 0 and c.bins == () and c.class_index.tolist() == [-1, -1]
    assert c.no_data_count == 2


def test_constant_column_is_one_class():
    c = classify([7.0, 7.0, 7.0], "quantiles", 5)
    assert c.bins == (7.0,) and c.class_index.tolist() == [0, 0, 0]
    assert c.labels == ("7",)


def test_k_larger_than_unique_values_and_ties_leave_no_empty_class():
    c = classify([1, 1, 1, 2, 2], "quantiles", 5)
    assert c.k == 2 and c.counts == (3, 2)
    assert all(n > 0 for n in c.counts)
    assert c.class_index.tolist() == [0, 0, 0, 1, 1]


def test_higher_is_better_reverses_so_worst_is_darkest():
    worse_far = classify(np.arange(10.0), k=3)
    better_high = classify(np.arange(10.0), k=3, higher_is_better=True)
    assert better_high.colors == tuple(reversed(worse_far.colors))
    # the lowest values (poorest access) get the darkest colour
    assert better_high.colors[0] == PALETTES["YlOrRd"][3][-1]


def test_bad_scheme_and_k_raise_settings_error():
    with pytest.raises(SettingsError):
        classify([1, 2, 3], "kmeans")
    with pytest.raises(SettingsError):
        classify([1, 2, 3], k=12)
    with pytest.raises(SettingsError):
        classify([1, 2, 3], palette="Viridis")


def test_strings_and_nullable_dtypes_are_read_as_numbers():
    c = classify(pd.array([1.0, None, 3.0], dtype="Float64"), k=2)
    assert c.class_index.tolist() == [0, -1, 1]
    c = classify(pd.Series(["1", "x", "3"], dtype="string"), k=2)
    assert c.class_index.tolist() == [0, -1, 1]


def test_bivariate_gap_is_darkest_and_categories_map():
    c = classify_indicator(pd.Series(["P3A1", "P1A3", None, "P2A2"]), "bivariate_class")
    assert c.categorical and c.k == 9
    assert c.colors[c.class_index[0]] == BIVARIATE_3X3[2][2]  # poorest + worst access
    assert c.colors[c.class_index[1]] == BIVARIATE_3X3[0][0]
    assert c.class_index[2] == -1 and c.no_data_count == 1


def test_boolean_and_int_categories_with_missing_values():
    w = classify_indicator(pd.array([True, False, pd.NA], dtype="boolean"), "within_threshold")
    assert [w.labels[i] if i >= 0 else None for i in w.class_index] == [
        "Within the threshold",
        "Beyond the threshold",
        None,
    ]
    p = classify_indicator(pd.array([1, 3, pd.NA, 2], dtype="Int64"), "poverty_class")
    assert [p.labels[i] for i in p.class_index[[0, 1, 3]]] == [
        "Least poor third",
        "Poorest third",
        "Middle third",
    ]
    assert p.colors[p.class_index[1]] == brewer("PuBu", 3)[-1]  # poorest darkest
    g = classify_indicator(
        pd.Series(["double_disadvantage", "", None], dtype="string"), "gap_class"
    )
    assert g.class_index.tolist() == [0, 1, -1]


def test_indicator_directions_and_translation_hook():
    far = classify_indicator(np.arange(10.0), "dist_nearest_m", k=3)
    assert far.colors == PALETTES["YlOrRd"][3] and far.labels[0].endswith(" m")
    many = classify_indicator(np.arange(10.0), "centres_within", k=3)
    assert many.colors == tuple(reversed(PALETTES["YlGnBu"][3]))
    nl = {"no_data": "Geen gegevens", "dist_nearest_m": "Afstand"}
    c = classify_indicator([np.nan, 1.0, 2.0], "dist_nearest_m", labels=nl)
    assert c.no_data_label == "Geen gegevens"
    assert indicator_label("dist_nearest_m", nl) == "Afstand"
    assert text("bivariate", {"bivariate": "P{p} A{a}"}, p=3, a=1) == "P3 A1"
    assert text("gap") == MAP_TEXT["gap"]


def test_every_mappable_output_column_has_info():
    mappable = {
        "dist_nearest_m", "dist_3rd_m", "centres_within", "capacity_within", "e2sfca_per_10k",
        "walk_nearest_m", "walk_nearest_min", "detour_index", "dist_nearest_step_free_m",
        "poverty", "poverty_class", "bivariate_class", "gap_class", "within_threshold",
        "in_catchment",
    }  # fmt: skip
    assert mappable <= set(SECTOR_OUTPUT_COLUMNS)
    assert mappable <= set(INDICATOR_INFO)
    for col in ("centres_within", "capacity_within", "e2sfca_per_10k", "within_threshold"):
        assert INDICATOR_INFO[col].higher_is_better or INDICATOR_INFO[col].categorical


# -- delta maps (scenario minus baseline) --------------------------------------------------------
def test_diverging_palettes_match_colorbrewer_as_shipped_by_branca():
    from accessmap.render.palettes import DIVERGING

    schemes = json.loads((Path(branca.__file__).parent / "_schemes.json").read_text())
    for name, table in DIVERGING.items():
        for n, colours in table.items():
            assert list(colours) == schemes[f"{name}_{n:02d}"], (name, n)
            assert colours[n // 2] == "#f7f7f7"  # neutral "no change" in the middle


def test_delta_distance_symmetric_classes_hand_checked():
    v = [-800, -500, -300, -100, -50, -10, 0, 10, 50, 60, 250, 501, np.nan, np.inf]
    cls = classify_indicator(v, "delta_dist_m", "natural_breaks", 3)  # scheme and k ignored
    # |v| <= 50 -> 3 (no change); 50 < |v| <= 200 -> 3 -+ 1; <= 500 -> 3 -+ 2; beyond -> 0 / 6
    assert cls.class_index.tolist() == [0, 1, 1, 2, 3, 3, 3, 3, 3, 4, 5, 6, -1, -1]
    assert cls.k == 7 and cls.counts == (1, 2, 1, 5, 1, 1, 1) and cls.no_data_count == 2
    # symmetric: -x and +x land in mirrored classes
    for x in (0.0, 49.0, 51.0, 199.0, 201.0, 499.0, 501.0, 5000.0):
        lo, hi = classify_indicator([-x, x], "delta_dist_m").class_index
        assert lo + hi == 6, x
    # diverging RdBu: a shorter distance (gain) is blue, a longer one red, no change neutral
    assert cls.colors == (
        "#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b",
    )  # fmt: skip
    assert cls.labels[3] == "No change (within ±50 m)"
    assert cls.labels[0] == "More than 500 m shorter" and cls.labels[6] == "More than 500 m longer"
    assert cls.labels[1] == "-500 – -200 m" and cls.labels[4] == "+50 – +200 m"
    assert INDICATOR_INFO["delta_dist_m"].unit == "m"
    # a measure where more is better (e.g. a change in E2SFCA) flips the colours
    flipped = classify(v, palette="RdBu", higher_is_better=True)
    assert flipped.colors == cls.colors[::-1]
    # translated labels
    fr = classify_indicator([0], "delta_dist_m", labels={"no_change": "Inchangé (±{d})"})
    assert fr.labels[3] == "Inchangé (±50 m)"


def test_delta_within_categories():
    cls = classify_indicator(["gain", "", "loss", None, ""], "delta_within")
    assert cls.categorical
    assert cls.class_index.tolist() == [0, 2, 1, -1, 2]
    assert cls.colors[0] == "#2166ac" and cls.colors[1] == "#b2182b"  # gain blue, loss red
    assert cls.labels[2] == MAP_TEXT["unchanged"]


def test_p3a1_is_named_by_its_thirds_and_never_called_the_gap():
    c = classify_indicator(pd.Series(["P3A1", "P1A3"]), "bivariate_class")
    p3a1 = c.labels[c.class_index[0]]
    assert p3a1.startswith("poorest third, worst-access third")
    assert all("gap" not in label.lower() for label in c.labels)
    assert MAP_TEXT["gap"] == "Coverage gap (poor, beyond the threshold)"


def test_poverty_cut_labels_rename_the_classes():
    cut = poverty_cut_labels()
    p = classify_indicator(pd.array([3, 2, 1], dtype="Int64"), "poverty_class", labels=cut)
    assert list(p.labels) == [
        "Poor (at or beyond the cut)",
        "Poorer half of the others",
        "Less poor half of the others",
    ]
    b = classify_indicator(pd.Series(["P3A1"]), "bivariate_class", labels=cut)
    assert b.labels[b.class_index[0]] == "poor (cut), worst-access third (P3A1)"
    # a translation of the cut keys flows through
    assert poverty_cut_labels({"poverty_cut_class_3": "Arm"})["poverty_class_3"] == "Arm"
