"""An AnalysisResult of the real Brussels sample for the print and export tests and benchmark:
the bundled sample through the real loader and pipeline."""

from __future__ import annotations

from accessmap.core.model import AnalysisResult
from accessmap.core.pipeline import run_analysis
from accessmap.core.sample import load_sample

__all__ = ["build_sample_result"]


def build_sample_result(**changes) -> AnalysisResult:
    """run_analysis on the sample; ``changes`` replace settings (e.g. threshold_m=600)."""
    layers, settings = load_sample()
    return run_analysis(layers, settings.replace(**changes) if changes else settings)
