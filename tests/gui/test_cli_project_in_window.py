"""A project written by ``accessmap analyze --save-project`` opens in the window with the same
layers and settings, and the window's figures equal the command line's (issue 10 item 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from accessmap.cli import main
from accessmap.core.project import load_project

pytestmark = pytest.mark.gui

SETTINGS = ("--threshold-m", "600", "--e2sfca-catchment-m", "1200", "--walk-speed-kmh", "4",
            "--e2sfca-weights", "step", "--poor-cut", "0.3")  # fmt: skip
FIGURES = ("n_sectors", "population", "threshold_m", "distance_kind", "gap_sectors",
           "share_population_within_threshold", "share_poor_population_within_threshold",
           "e2sfca_per_10k_mean", "concentration_index", "poor_cut")  # fmt: skip


def test_window_opens_a_cli_project_with_the_same_settings_and_figures(window, qtbot, tmp_path):
    proj = tmp_path / "batch.accessmap"
    out = tmp_path / "out"
    assert main(["analyze", "--sample", *SETTINGS, "--out", str(out),
                 "--save-project", str(proj)]) == 0  # fmt: skip
    cli = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    saved = load_project(proj)
    c = window.controller
    assert window.project_ops.open(proj)
    qtbot.waitUntil(
        lambda: c.result is not None and c.result.settings.threshold_m == 600, timeout=60_000
    )
    assert c.settings == saved.settings
    assert c.result.settings.e2sfca_catchment_m == 1200 and c.result.settings.poor_cut == 0.3
    assert list(c.layers.sectors["sector_id"]) == list(saved.sectors["sector_id"])
    assert len(c.layers.centres) == len(saved.centres) == 77
    assert {k: c.result.summary[k] for k in FIGURES} == {k: cli[k] for k in FIGURES}
    assert Path(window.project_ops.path) == proj


URBIS = (
    Path(__file__).resolve().parents[3]
    / "shared/data/brussels/urbis_street_axis_2018_brussels.gpkg"
)


@pytest.mark.skipif(not URBIS.exists(), reason="../shared/data is not beside this checkout")
def test_a_walking_project_opens_walking_and_keeps_its_ui_choices(window, qtbot, tmp_path):
    """The project's network is read again when the window opens it (it used to be dropped:
    the window then showed straight-line figures for a walking project), and the GUI choices
    kept in the project (the print dialog's typed sources) come back."""
    proj = tmp_path / "walk.accessmap"
    out = tmp_path / "out"
    assert main(["analyze", "--sample", "--network", str(URBIS), "--threshold-min", "10",
                 "--out", str(out), "--save-project", str(proj)]) == 0  # fmt: skip
    cli = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert cli["distance_kind"] == "network"
    c = window.controller
    assert window.project_ops.open(proj)
    qtbot.waitUntil(
        lambda: (
            c.layers.network is not None
            and c.result is not None
            and c.result.summary["distance_kind"] == "network"
        ),
        timeout=120_000,
    )
    assert {k: c.result.summary[k] for k in FIGURES} == {k: cli[k] for k in FIGURES}
    c.project_ui.setdefault("print", {})["sources"] = "Sources: typed by hand, CC BY 4.0"
    again = tmp_path / "again.accessmap"
    assert window.project_ops.save_to(again) == again
    assert load_project(again).ui["print"]["sources"] == "Sources: typed by hand, CC BY 4.0"
    assert window.project_ops.open(again)
    assert c.project_ui["print"]["sources"] == "Sources: typed by hand, CC BY 4.0"
