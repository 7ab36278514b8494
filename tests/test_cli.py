"""The command line: `accessmap analyze` on the real sample, and bad input -> exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from accessmap.cli import main
from accessmap.core.schema import SUMMARY_KEYS

REQUIRED = [
    "sector_id",
    "population",
    "poverty",
    "poverty_class",
    "dist_nearest_m",
    "nearest_centre_id",
    "dist_3rd_m",
    "centres_within",
    "within_threshold",
    "e2sfca_per_10k",
    "in_catchment",
    "gap_class",
    "bivariate_class",
]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "accessmap", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory, sample_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("out")
    code = main(
        [
            "analyze",
            "--sectors",
            str(sample_dir / "brussels_sectors.gpkg"),
            "--poverty",
            "bimd_income_score",
            "--poorer",
            "higher",
            "--centres",
            str(sample_dir / "health_centres.gpkg"),
            "--threshold-m",
            "800",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    return out


def test_analyze_writes_the_promised_tables(analyzed: Path) -> None:
    gdf = gpd.read_file(analyzed / "sectors.gpkg", layer="sectors")
    assert len(gdf) == 724
    assert set(REQUIRED) <= set(gdf.columns)
    csv = pd.read_csv(analyzed / "sectors.csv", dtype={"sector_id": str})
    assert len(csv) == 724 and set(REQUIRED) <= set(csv.columns)
    assert csv["sector_id"].str.match(r"^21\d{3}[A-Z0-9]{3}[A-Z0-9-]$").all()
    assert csv["population"].sum() == 1_215_012
    summary = json.loads((analyzed / "summary.json").read_text(encoding="utf-8"))
    assert set(SUMMARY_KEYS) <= set(summary)
    assert summary["n_sectors"] == 724
    assert summary["distance_kind"] == "straight_line"
    assert summary["assumed_capacity_centres"] == 77  # no GP FTE in the sample
    assert summary["crs"] == "EPSG:31370"
    # distances are plausible for a dense city: every sector within 5 km of a centre
    assert csv["dist_nearest_m"].between(0, 5000).all()
    assert 0 < summary["share_population_within_threshold"] < 1


def test_analyze_on_sample_flag_equals_explicit_files(tmp_path: Path, analyzed: Path) -> None:
    assert main(["analyze", "--sample", "--out", str(tmp_path)]) == 0
    a = pd.read_csv(analyzed / "sectors.csv")
    b = pd.read_csv(tmp_path / "sectors.csv")
    pd.testing.assert_series_equal(a["dist_nearest_m"], b["dist_nearest_m"])


def test_missing_file_exits_2_with_message_no_traceback(tmp_path: Path) -> None:
    r = run_cli(
        "analyze",
        "--sectors",
        str(tmp_path / "nope.gpkg"),
        "--centres",
        str(tmp_path / "nope2.gpkg"),
        "--poverty",
        "x",
        "--out",
        str(tmp_path / "o"),
    )
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "error:" in r.stderr and "nope.gpkg" in r.stderr


def test_unknown_poverty_column_exits_2(tmp_path: Path, sample_dir: Path) -> None:
    r = run_cli(
        "analyze",
        "--sectors",
        str(sample_dir / "brussels_sectors.gpkg"),
        "--centres",
        str(sample_dir / "health_centres.gpkg"),
        "--poverty",
        "income_median",
        "--out",
        str(tmp_path / "o"),
    )
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "'income_median' is not in the sector layer" in r.stderr


def test_missing_required_options_exit_2(tmp_path: Path) -> None:
    r = run_cli("analyze", "--out", str(tmp_path / "o"))
    assert r.returncode == 2
    assert "--sectors" in r.stderr and "Traceback" not in r.stderr


def test_report_writes_an_a4_landscape_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "brussels.pdf"
    assert main(["report", "--sample", "--out", str(out), "--title", "Toegang Brussel"]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = reader.pages[0].extract_text()
    assert "Toegang Brussel" in text and "EPSG:31370" in text
    assert "OpenStreetMap" in text and "Statbel" in text


def test_suggest_writes_sites_and_coverage(tmp_path: Path) -> None:
    assert main(["suggest", "--sample", "--k", "2", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "suggestion.json").read_text(encoding="utf-8"))
    sites = gpd.read_file(tmp_path / "suggested_sites.gpkg")
    assert len(sites) == 2
    assert data["coverage_after"] >= data["coverage_before"]
    assert len(data["gains"]) == 2 and data["gains"][0] >= data["gains"][1] >= 0
