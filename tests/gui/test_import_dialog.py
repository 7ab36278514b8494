"""Import dialog: detection shown and editable, join report before applying, point CSVs."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from accessmap.gui.dialogs.import_dialog import (
    ImportDialog,
    guess_crs,
    guess_xy,
)
from accessmap.gui.panels.layer_files import LoadRequest, detect_kind, load_requests

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def layers():
    from accessmap.core.sample import load_sample

    return load_sample()[0]


def write_belgian_csv(path, ids):
    """A ';' file with decimal commas and Latin-1 accents, as Belgian tools export it."""
    rows = ["sector;score;label"]
    rows += [f"{sid};{i},5;Élément {i}" for i, sid in enumerate(ids)]
    rows.append("99999X99-;7,25;nowhere")  # a key matching no sector
    path.write_bytes("\n".join(rows).encode("latin-1"))


def test_table_join_detects_options_and_shows_report_before_applying(qtbot, tmp_path, layers):
    ids = layers.sectors["sector_id"].astype(str).tolist()[:3]
    csv = tmp_path / "scores.csv"
    write_belgian_csv(csv, ids)
    assert detect_kind(csv, have_sectors=True) == ["table"]
    dialog = ImportDialog(csv, layers.sectors)
    qtbot.addWidget(dialog)
    assert dialog.sniff.sep == ";" and dialog.sniff.decimal == ","
    assert dialog.sniff.encoding.lower().replace("-", "") in ("cp1252", "latin1", "iso88591")
    assert dialog.key_combo.currentText() == "sector"  # the column matching sector ids
    assert dialog.preview.rowCount() == 4
    assert dialog.preview.item(0, 2).text() == "Élément 0"
    assert dialog.join_radio.isChecked()
    assert not dialog.apply_button.isEnabled()  # no report yet: nothing can be applied
    assert dialog.check_join()
    report = dialog.report.toPlainText()
    assert "3 matched" in report and "721 without a table row" in report
    assert "99999X99-" in report
    assert dialog.apply_button.isEnabled()
    # changing a choice makes the report stale again
    dialog.normalise_check.setChecked(True)
    assert not dialog.apply_button.isEnabled() and dialog.report.toPlainText() == ""
    assert dialog.check_join()
    with qtbot.waitSignal(dialog.sig_join_accepted, timeout=1000) as blocker:
        dialog.apply_button.click()
    joined, text, path = blocker.args
    assert path == str(csv) and "3 matched" in text
    assert len(joined) == 724
    got = joined.set_index("sector_id").loc[ids, "score"].to_numpy()
    assert np.allclose(got, [0.5, 1.5, 2.5])  # decimal commas parsed
    assert joined["score"].isna().sum() == 721


def test_overriding_the_separator_rereads_the_file(qtbot, tmp_path, layers):
    csv = tmp_path / "scores.csv"
    write_belgian_csv(csv, layers.sectors["sector_id"].astype(str).tolist()[:2])
    dialog = ImportDialog(csv, layers.sectors)
    qtbot.addWidget(dialog)
    dialog.sep_combo.setCurrentIndex(dialog.sep_combo.findData(","))
    # read with the wrong separator, the decimal commas split the rows into other columns
    assert dialog.preview.columnCount() != 3
    dialog.sep_combo.setCurrentIndex(dialog.sep_combo.findData(";"))
    assert dialog.preview.columnCount() == 3


def test_point_csv_detects_lonlat_and_loads_centres(qtbot, tmp_path, layers):
    csv = tmp_path / "practices.csv"
    csv.write_text(
        "naam,lat,lon\nPraktijk Noord,50.8600,4.3500\nPraktijk Zuid,50.8300,4.3600\n",
        encoding="utf-8",
    )
    assert detect_kind(csv, have_sectors=True) == ["points_table", "table"]
    dialog = ImportDialog(csv, layers.sectors, points=True)
    qtbot.addWidget(dialog)
    assert dialog.points_radio.isChecked()
    assert (dialog.x_combo.currentText(), dialog.y_combo.currentText()) == ("lon", "lat")
    assert dialog.crs_combo.currentData() == "EPSG:4326"
    dialog.name_combo.setCurrentText("naam")
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_points_accepted, timeout=1000) as blocker:
        dialog.apply_button.click()
    (request,) = blocker.args[0]
    assert isinstance(request, LoadRequest) and request.kind == "centres"
    assert request.options == {
        "x_col": "lon",
        "y_col": "lat",
        "crs": "EPSG:4326",
        "name_col": "naam",
    }
    new, _msg = load_requests([request], layers)
    assert len(new.centres) == 2
    assert sorted(new.centres["name"]) == ["Praktijk Noord", "Praktijk Zuid"]
    assert new.sectors is layers.sectors  # nothing else changed
    # 50.86 N, 4.35 E is in central Brussels: Lambert 72 about (149,000, 171,000)
    x, y = new.centres.geometry.x.max(), new.centres.geometry.y.max()
    assert 147_000 < x < 152_000 and 169_000 < y < 174_000


def test_coordinate_guesses():
    assert guess_xy(["Name", "X", "Y"]) == ("X", "Y")
    assert guess_xy(["longitude", "latitude"]) == ("longitude", "latitude")
    assert guess_xy(["a", "b"]) == (None, None)
    assert guess_crs(np.array([4.35]), np.array([50.85])) == "EPSG:4326"
    assert guess_crs(np.array([149_000.0]), np.array([170_000.0])) == "EPSG:31370"
    assert guess_crs(np.array([649_000.0]), np.array([670_000.0])) == "EPSG:3812"
    assert guess_crs(np.array([484_000.0]), np.array([6_594_000.0])) == "EPSG:3857"


def write_health_points(path):
    """Seven OSM-like points in Brussels (lon/lat): 3 doctors, 2 pharmacies, a clinic, a
    hospital, the way a Geofabrik extract tags them."""
    import json

    kinds = ["doctors", "pharmacy", "doctors", "clinic", "pharmacy", "hospital", "doctors"]
    features = [
        {
            "type": "Feature",
            "properties": {"osm_id": 100 + i, "name": f"{kind} {i}", "type": kind},
            "geometry": {"type": "Point", "coordinates": [4.34 + 0.005 * i, 50.84]},
        }
        for i, kind in enumerate(kinds)
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))


def test_point_layer_asks_which_kinds_count_as_primary_care(qtbot, tmp_path, layers):
    """Issue 9 item 7: a point file of many kinds of place asks which count, with counts and
    non-primary-care kinds unchecked; the choice filters the centres and is remembered."""
    from PySide6.QtCore import Qt

    from accessmap.gui.panels.layer_files import asks_for_types

    points = tmp_path / "health.geojson"
    write_health_points(points)
    assert asks_for_types(points)
    centres = next(s.path for s in layers.sources if s.role == "centres")
    assert not asks_for_types(centres)  # the sample's centres: all primary care
    dialog = ImportDialog(points, layers.sectors)
    qtbot.addWidget(dialog)
    assert dialog.points_radio.isChecked() and not dialog.join_radio.isEnabled()
    assert dialog.x_combo.isHidden()  # a layer file has its own geometry and CRS
    assert dialog.type_combo.currentText() == "type"
    rows = [dialog.type_list.item(i) for i in range(dialog.type_list.count())]
    assert [r.text() for r in rows] == [
        "doctors (3)",
        "pharmacy (2)",
        "clinic (1)",
        "hospital (1)",
    ]
    assert dialog.checked_types() == ["doctors", "clinic"]
    assert dialog.type_label.text() == "4 of 7 points will be loaded as centres."
    rows[2].setCheckState(Qt.CheckState.Unchecked)  # the planner leaves out the clinic
    assert dialog.type_label.text() == "3 of 7 points will be loaded as centres."
    with qtbot.waitSignal(dialog.sig_points_accepted, timeout=1000) as blocker:
        dialog.apply_button.click()
    (request,) = blocker.args[0]
    assert request.options == {
        "name_col": "name",
        "type_column": "type",
        "primary_care_types": ["doctors"],
    }
    new, _msg = load_requests([request], layers)
    assert sorted(new.centres["name"]) == ["doctors 0", "doctors 2", "doctors 6"]
    assert set(new.centres["type"]) == {"gp_practice"}
    source = next(s for s in new.sources if s.role == "centres")
    assert source.options == {"type_column": "type", "primary_care_types": ["doctors"]}
    line = next(m for m in new.messages if "primary care" in m)
    assert line == (
        "health.geojson: 3 of 7 points count as primary care ('type': doctors 3); "
        "left out: pharmacy 2, clinic 1, hospital 1."
    )
    # opened again, the dialog shows the remembered choice
    again = ImportDialog(points, new.sectors, remembered=dict(source.options))
    qtbot.addWidget(again)
    assert again.checked_types() == ["doctors"]
    nothing = ImportDialog(points, new.sectors)
    qtbot.addWidget(nothing)
    nothing.set_checked_types([])
    assert not nothing.apply_button.isEnabled()  # no kind chosen: nothing to load


def test_new_sectors_reset_what_depended_on_the_old_ones(shared_data, layers):
    """Issue 9 item 6, the loader's part: Gent wijken over the Brussels sample drop the
    Brussels centres (50 km away) and the old load report; the sources say what is loaded."""
    from accessmap.gui.panels.layer_files import load_request

    gent = shared_data / "flanders/wijken_bimd_by_city/gent_wijken_ggw72024_bimd2011.geojson"
    assert len(layers.centres) == 77 and layers.messages
    new, line = load_request(LoadRequest(gent, "sectors"), layers)
    assert line == "gent_wijken_ggw72024_bimd2011.geojson: sectors, 25 features"
    assert len(new.sectors) == 25 and len(new.centres) == 0
    assert [s.role for s in new.sources] == ["sectors"]
    assert not any("brussels" in m.lower() for m in new.messages)
    assert new.messages[-1] == (
        "Left out, as they lie outside the new sectors: centres. Load layers for this area."
    )
    # centres that cover the new area stay (Belgium-wide points over Gent); once loaded, the
    # "left out" line goes from the report
    osm = shared_data / "belgium/osm2015_health_points_belgium.geojson"
    with_points, _ = load_request(LoadRequest(osm, "centres"), new)
    assert not any(m.startswith("Left out") for m in with_points.messages)
    brussels, _ = load_request(LoadRequest(layers.sources[0].path, "sectors"), with_points)
    assert len(brussels.centres) == 2349
    assert [s.role for s in brussels.sources] == ["centres", "sectors"]


def test_detect_kind_far_polygons_are_sectors_and_damaged_files_say_so(
    tmp_path, shared_data, layers
):
    bounds = layers.sectors.total_bounds
    wijken = shared_data / "flanders/wijken_bimd_by_city"
    gent = wijken / "gent_wijken_ggw72024_bimd2011.geojson"
    # far from the loaded sectors, polygons cannot be their catchments: no question
    assert detect_kind(gent, have_sectors=True, sector_bounds=bounds) == ["sectors"]
    assert detect_kind(gent, have_sectors=True) == ["sectors", "catchments"]
    # Polygon and MultiPolygon mixed (GDAL says "Unknown"): still polygons, still offered
    region = wijken / "brussels_region_wijken_ggw72024_bimd2011.geojson"
    assert detect_kind(region, have_sectors=True, sector_bounds=bounds) == [
        "sectors",
        "catchments",
    ]
    bad = tmp_path / "random.gpkg"
    bad.write_bytes(np.random.default_rng(9).bytes(4096))
    from accessmap.core.errors import DataFormatError

    with pytest.raises(DataFormatError, match="damaged or is not a GeoPackage"):
        detect_kind(bad)
    with pytest.raises(DataFormatError, match="does not exist"):
        detect_kind(tmp_path / "missing.gpkg")
