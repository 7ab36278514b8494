"""Table exports of the real Brussels sample: CSV for a Belgian Excel, XLSX, GeoPackage, JSON,
the offline map folder, atomic writes and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
from openpyxl import load_workbook
from print_sample import build_sample_result

from accessmap.core.errors import ExportError
from accessmap.render.export import (
    export_csv,
    export_gpkg,
    export_map_html_folder,
    export_summary_json,
    export_xlsx,
    sector_table,
)


@pytest.fixture(scope="module")
def result():
    return build_sample_result()


def _same_table(read: pd.DataFrame, table: pd.DataFrame) -> None:
    assert list(read.columns) == list(table.columns)
    assert len(read) == len(table)
    for col in table.columns:
        want = table[col]
        got = read[col]
        if pd.api.types.is_numeric_dtype(want) and not pd.api.types.is_bool_dtype(want):
            np.testing.assert_allclose(
                pd.to_numeric(got, errors="coerce").to_numpy(float),
                want.astype("Float64").to_numpy(float, na_value=np.nan),
                rtol=1e-12,
                equal_nan=True,
                err_msg=col,
            )
        else:
            norm = lambda s: s.astype(object).where(s.notna(), "").astype(str)  # noqa: E731
            assert (norm(got) == norm(want)).all(), col


def test_csv_belgian_excel_roundtrip(result, tmp_path):
    path = export_csv(result, tmp_path / "sectors.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel detects the encoding
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("sector_id;name;municipality;population")
    table = sector_table(result)
    read = pd.read_csv(
        path,
        sep=";",
        decimal=",",
        encoding="utf-8-sig",
        dtype={
            c: str
            for c in table.columns
            if not pd.api.types.is_numeric_dtype(table[c]) or pd.api.types.is_bool_dtype(table[c])
        },
        keep_default_na=False,
        na_values=[""],
    )
    _same_table(read, table)
    # Decimal commas really are there, and accents survive.
    assert (
        ","
        in raw.decode("utf-8-sig")
        .splitlines()[1]
        .split(";")[table.columns.get_loc("dist_nearest_m")]
    )
    text_cols = [c for c in table.columns if pd.api.types.is_string_dtype(table[c])]
    accented = {(c, v) for c in text_cols for v in table[c].dropna().astype(str) if not v.isascii()}
    assert accented and all(v in set(read[c].dropna()) for c, v in accented)


def test_csv_international_form(result, tmp_path):
    path = export_csv(result, tmp_path / "s.csv", sep=",", decimal=".", encoding="utf-8")
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    read = pd.read_csv(path, dtype={"sector_id": str})
    np.testing.assert_allclose(read["dist_nearest_m"], result.sectors["dist_nearest_m"])
    with pytest.raises(ExportError):
        export_csv(result, tmp_path / "bad.csv", sep=",", decimal=",")


def test_xlsx_has_sectors_and_summary(result, tmp_path):
    path = export_xlsx(result, tmp_path / "result.xlsx")
    wb = load_workbook(path, read_only=True)
    assert {"sectors", "summary", "sources"} <= set(wb.sheetnames)
    summary = pd.read_excel(path, sheet_name="summary")
    values = dict(zip(summary["key"], summary["value"], strict=True))
    assert values["n_sectors"] == len(result.sectors)
    assert float(values["share_population_within_threshold"]) == pytest.approx(
        result.summary["share_population_within_threshold"]
    )
    sectors = pd.read_excel(path, sheet_name="sectors", dtype={"sector_id": str})
    assert list(sectors["sector_id"]) == list(result.sectors["sector_id"].astype(str))
    np.testing.assert_allclose(sectors["population"], result.sectors["population"])


def test_gpkg_layers(result, tmp_path):
    path = export_gpkg(result, tmp_path / "result.gpkg")
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"sectors", "centres"}
    sectors = gpd.read_file(path, layer="sectors")
    assert sectors.crs.to_epsg() == 31370 and len(sectors) == len(result.sectors)
    for col in (
        "dist_nearest_m",
        "e2sfca_per_10k",
        "gap_class",
        "poverty_class",
        "within_threshold",
    ):
        assert col in sectors.columns
    np.testing.assert_allclose(sectors["dist_nearest_m"], result.sectors["dist_nearest_m"])
    assert (
        sectors["within_threshold"].astype(bool).to_numpy()
        == result.sectors["within_threshold"].astype(bool).to_numpy()
    ).all()
    centres = gpd.read_file(path, layer="centres")
    assert len(centres) == len(result.centres)


def test_summary_json(result, tmp_path):
    path = export_summary_json(result, tmp_path / "summary.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["n_sectors"] == len(result.sectors)
    assert data["crs"] == "EPSG:31370"
    assert any("OpenStreetMap" in s["attribution"] for s in data["sources"])
    assert "NaN" not in path.read_text(encoding="utf-8")


def test_map_html_folder(result, tmp_path):
    pytest.importorskip("accessmap.render.map_html")
    page = export_map_html_folder(result, tmp_path / "map", column="dist_nearest_m")
    assert page.is_file() and page.parent == tmp_path / "map"
    assert len(list((tmp_path / "map").rglob("*"))) > 1  # assets copied beside the page
    assert not list(tmp_path.glob(".~*"))


def _read_only_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        (folder / "probe").touch()
    except OSError:
        return folder
    (folder / "probe").unlink()  # root ignores permissions: use a read-only file system
    return Path("/sys")


@pytest.mark.parametrize("export", [export_csv, export_xlsx, export_gpkg, export_summary_json])
def test_read_only_folder_is_a_clear_error(result, tmp_path, export):
    folder = _read_only_folder(tmp_path)
    suffix = {export_csv: ".csv", export_xlsx: ".xlsx", export_gpkg: ".gpkg"}.get(export, ".json")
    with pytest.raises(ExportError, match="read-only"):
        export(result, folder / f"out{suffix}")
    (tmp_path / "locked").chmod(0o755)


def test_failed_write_keeps_the_old_file(result, tmp_path):
    target = tmp_path / "sectors.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ExportError):
        export_csv(result, target, sep=";", decimal=";")
    assert target.read_text(encoding="utf-8") == "old"
    export_csv(result, target)
    assert target.read_text(encoding="utf-8-sig").startswith("sector_id;")
    assert not list(tmp_path.glob(".~*"))
