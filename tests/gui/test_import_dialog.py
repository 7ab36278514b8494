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
