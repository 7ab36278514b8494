"""Scenario edits as command objects: exact undo/redo, validation, serialisation."""

from __future__ import annotations

import json
import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal
from shapely.geometry import Point

from accessmap.core.commands import (
    AddCentre,
    ChangeSettings,
    Command,
    EditCentre,
    EditError,
    MoveCentre,
    RemoveCentre,
    Scenario,
    command_from_dict,
)
from accessmap.core.errors import AccessmapError
from accessmap.core.schema import CENTRE_COLUMNS, Settings


@pytest.fixture
def base() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "centre_id": ["a", "b", "c"],
            "name": ["Alpha", "Beta", "Gamma"],
            "type": ["health_centre", "gp_practice", "other"],
            "gp_fte": [2.0, np.nan, 0.7],
            "step_free": pd.array([True, None, False], dtype="boolean"),
            "year_open": pd.array([1995, None, 2010], dtype="Int64"),
            "year_close": pd.array([None, None, 2020], dtype="Int64"),
            "source": ["osm", "osm", "survey"],
        },
        geometry=[Point(150000, 170000), Point(150500, 170000), Point(151000, 170500)],
        crs="EPSG:31370",
    )


def _edits() -> list:
    return [
        AddCentre(
            "new-1",
            150250.0,
            170250.0,
            name="Nieuw",
            gp_fte=1.5,
            step_free=True,
            year_open=2024,
            catchment_wkt="POLYGON ((0 0, 1 0, 1 1, 0 0))",
        ),
        MoveCentre("a", 149900.5, 170100.25),
        EditCentre("b", {"gp_fte": 3, "step_free": True, "name": "Beta 2", "year_close": 2030}),
        RemoveCentre("c"),
        ChangeSettings({"threshold_m": 500.0, "walk_speed_kmh": 4.0}),
        EditCentre("new-1", {"gp_fte": None, "type": "gp_practice"}),
    ]


def test_baseline_is_canonical(base):
    s = Scenario("s", base)
    c = s.centres()
    assert list(c.columns[: len(CENTRE_COLUMNS)]) == list(CENTRE_COLUMNS)
    assert c["step_free"].dtype == "boolean" and c["year_open"].dtype == "Int64"
    assert list(c["source"]) == ["osm", "osm", "survey"]  # extra columns survive
    assert c.crs == "EPSG:31370"


def test_each_edit_does_what_it_says(base):
    s = Scenario("s", base)
    states = [s]
    for e in _edits():
        states.append(e.do(states[-1]))
    c1 = states[1].centres()
    assert len(c1) == 4 and c1.iloc[3]["centre_id"] == "new-1"
    assert c1.iloc[3]["gp_fte"] == 1.5 and c1.iloc[3]["year_open"] == 2024
    assert pd.isna(c1.iloc[3]["source"])
    c2 = states[2].centres()
    assert (c2.geometry.iloc[0].x, c2.geometry.iloc[0].y) == (149900.5, 170100.25)
    c3 = states[3].centres()
    assert c3.iloc[1]["gp_fte"] == 3.0 and c3.iloc[1]["name"] == "Beta 2"
    assert bool(c3.iloc[1]["step_free"]) and c3.iloc[1]["year_close"] == 2030
    assert list(states[4].centres()["centre_id"]) == ["a", "b", "new-1"]
    assert states[5].current_settings.threshold_m == 500.0
    assert states[5].settings.threshold_m == 800.0  # the base settings stay
    c6 = states[6].centres()
    assert math.isnan(c6.iloc[2]["gp_fte"]) and c6.iloc[2]["type"] == "gp_practice"
    assert states[0].edits == () and len(states[6].edits) == 6


def test_undo_redo_round_trip_restores_exact_state(base):
    s = Scenario("s", base)
    states, edits = [s], _edits()
    for e in edits:
        states.append(e.do(states[-1]))
    cur = states[-1]
    for i in range(len(edits) - 1, -1, -1):  # undo all, checking every intermediate state
        cur = edits[i].undo(cur)
        assert_frame_equal(cur.centres(), states[i].centres())
        assert cur.current_settings == states[i].current_settings
    for i, e in enumerate(edits):  # redo all
        cur = e.do(cur)
        assert_frame_equal(cur.centres(), states[i + 1].centres())
        assert cur.centres().geometry.geom_equals_exact(states[i + 1].centres().geometry, 0).all()
    assert_frame_equal(states[0].centres(), Scenario("s", base).centres())


def test_returned_centres_are_copies(base):
    s = Scenario("s", base)
    c = s.centres()
    c.loc[0, "name"] = "changed"
    assert s.centres().loc[0, "name"] == "Alpha"


def test_to_dict_from_dict_round_trip_through_json(base):
    s = Scenario("s", base)
    for e in _edits():
        s = e.do(s)
    text = json.dumps(s.edits_to_list())
    rebuilt = Scenario("s", base, Settings(), tuple(command_from_dict(d) for d in json.loads(text)))
    assert rebuilt.edits == s.edits
    assert [Command.from_dict(e.to_dict()) for e in s.edits] == list(s.edits)
    assert_frame_equal(rebuilt.centres(), s.centres())
    assert rebuilt.current_settings == s.current_settings


@pytest.mark.parametrize(
    "edit",
    [
        MoveCentre("zz", 0.0, 0.0),
        RemoveCentre("zz"),
        EditCentre("a", {"geometry": 1}),
        EditCentre("a", {"type": "hospital"}),
        EditCentre("a", {"gp_fte": -1}),
        EditCentre("a", {"year_open": 99}),
        EditCentre("a", {"step_free": "no"}),
        EditCentre("a", {"gp_fte": "lots"}),
        EditCentre("a", {"year_close": 2020.5}),
        AddCentre("a", 0.0, 0.0),  # duplicate id
        AddCentre("x", float("nan"), 0.0),
        ChangeSettings({"threshold_m": -5}),
        ChangeSettings({"no_such_setting": 1}),
    ],
)
def test_bad_edits_raise_user_errors_and_leave_scenario(base, edit):
    s = Scenario("s", base)
    with pytest.raises(AccessmapError) as info:
        edit.do(s)
    assert info.value.message
    assert s.edits == ()


def test_only_last_edit_can_be_undone(base):
    s = Scenario("s", base)
    e1, e2 = MoveCentre("a", 1.0, 2.0), RemoveCentre("b")
    s2 = e2.do(e1.do(s))
    with pytest.raises(EditError):
        e1.undo(s2)
    with pytest.raises(EditError):
        e1.undo(s)


def test_new_ids_are_fresh_and_text_is_short(base):
    s = Scenario("s", base)
    a1 = AddCentre.new(s, 1.0, 2.0, name="X")
    s1 = a1.do(s)
    a2 = AddCentre.new(s1, 3.0, 4.0)
    assert (a1.centre_id, a2.centre_id) == ("new-1", "new-2")
    assert a1.text == "Add centre X" and a2.text == "Add centre new-2"
    assert "threshold_m=500" in ChangeSettings({"threshold_m": 500}).text


def test_unknown_kind_in_file_is_an_error():
    with pytest.raises(EditError):
        command_from_dict({"kind": "teleport"})
    with pytest.raises(EditError):
        command_from_dict({"kind": "move_centre", "centre_id": "a"})


def test_catchments_follow_added_and_removed_centres(base):
    catch = gpd.GeoDataFrame(
        {"centre_id": ["a", "c"]},
        geometry=[Point(150000, 170000).buffer(500), Point(151000, 170500).buffer(500)],
        crs="EPSG:31370",
    )
    s = Scenario("s", base, baseline_catchments=catch)
    for e in _edits():
        s = e.do(s)
    got = s.catchments()
    assert list(got["centre_id"]) == ["a", "new-1"]  # c removed, new-1 added
    assert got.geometry.iloc[1].area == 0.5  # the triangle given as WKT
