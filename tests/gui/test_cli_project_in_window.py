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
