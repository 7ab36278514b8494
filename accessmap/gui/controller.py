"""Application state and its transitions, with Qt signals: the model the window looks at.

The controller owns the loaded :class:`~accessmap.core.model.Layers`, the named scenarios
(:class:`~accessmap.core.commands.Scenario`: "baseline" plus the user's, each a list of edits),
the current one's :class:`~accessmap.core.schema.Settings`, the current :class:`AnalysisResult`,
the display options (mapped indicator, classification) and the selected sectors. Widgets never change
state themselves: they call a controller method and redraw on its signals.

Heavy work (loading files, running the analysis) goes to :class:`~accessmap.gui.workers.JobRunner`
jobs; a result swaps in atomically in one slot on the main thread, so a failed or cancelled
job leaves everything as it was. Every error reaches the window through :attr:`sig_error`.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from accessmap.core.commands import ChangeSettings, Command, Scenario
from accessmap.core.errors import AccessmapError, SettingsError
from accessmap.core.model import AnalysisResult, Layers, SourceInfo
from accessmap.core.scenario import scenario_layers
from accessmap.core.schema import Progress, Settings, report_progress
from accessmap.gui.app import pin_singletons
from accessmap.gui.panels.layer_files import LoadRequest, load_requests
from accessmap.gui.workers import JobRunner

pin_singletons()  # PySide6 6.12 on CPython 3.11: see app.pin_singletons
__all__ = ["BASELINE", "AppController", "DisplayOptions", "likely_poverty_column"]

#: Name of the scenario holding the loaded centres (its only edits are settings changes).
BASELINE = "baseline"

#: Indicators offered first on the map, in this order, when present in the result.
DEFAULT_COLUMNS = ("walk_nearest_m", "dist_nearest_m")


@dataclass(frozen=True)
class DisplayOptions:
    """What the map shows: one indicator column and its classification."""

    column: str = "dist_nearest_m"
    scheme: str = "quantiles"
    k: int = 5


def _sample_job(progress: Progress | None = None) -> tuple[str, Any]:
    from accessmap.core import sample

    _warm_up()
    report_progress(progress, 0.1, "Loading the bundled Brussels sample")
    layers, settings = sample.load_sample()
    report_progress(progress, 1.0, "Sample loaded")
    return "sample", (layers, settings, sample.SAMPLE_GAPS, sample.SAMPLE_ATTRIBUTION)


#: Poverty column names by preference (lower case substrings; first match wins), with the
#: direction they run in.
_POVERTY_HINTS = (
    ("income_score", "higher"),
    ("income_domain_score", "higher"),
    ("bimd_income", "higher"),
    ("bim_rate", "higher"),
    ("share_bim", "higher"),
    ("bimd", "higher"),
    ("deprivation", "higher"),
    ("poverty", "higher"),
    ("median_income", "lower"),
    ("mediaan_inkomen", "lower"),
    ("revenu_median", "lower"),
    ("ranking", "higher"),
    ("share_pop_bimd_decile", "higher"),
)


def likely_poverty_column(sectors: Any) -> tuple[str | None, str | None]:
    """The sector column most likely to measure poverty, and its direction ("higher" or
    "lower" = poorer); (None, None) when no numeric column looks like one. Decile columns
    come last (ties make poor thirds; a score is better)."""
    try:  # the Analysis panel's own guess, once it offers one
        from accessmap.gui.panels.analysis_panel import likely_poverty_column as panel_guess
    except ImportError:
        panel_guess = None
    numeric = [
        str(c)
        for c in sectors.columns
        if c not in ("population", "sector_id")
        and getattr(sectors[c], "dtype", None) is not None
        and sectors[c].dtype.kind in "fiu"
    ]
    if panel_guess is not None:
        guess = panel_guess(numeric)
        if guess:
            low = guess.lower()
            lower = any(h in low for h, d in _POVERTY_HINTS if d == "lower")
            return guess, "lower" if lower else "higher"
    ranked = sorted(numeric, key=lambda c: ("decile" in c.lower(), numeric.index(c)))
    for hint, direction in _POVERTY_HINTS:
        for col in ranked:
            if hint in col.lower():
                return col, direction
    return None, None


def _warm_up() -> None:
    """Import the map's classification library off the GUI thread (it pulls in scikit-learn:
    seconds on a cold start), so the first map build does not pay for it on the main thread."""
    with contextlib.suppress(ImportError):
        import mapclassify  # noqa: F401


def _file_job(
    requests: list[LoadRequest], layers: Layers | None, progress: Progress | None = None
) -> tuple[str, Any]:
    _warm_up()
    return "file", load_requests(requests, layers, progress=progress)


class AppController(QObject):
    """State of one accessmap window (napari-style model; knows no widgets)."""

    #: the layers were replaced (added, removed or a table joined)
    sig_layers_changed = Signal()
    #: the analysis settings changed (a recomputation follows)
    sig_settings_changed = Signal()
    #: a new analysis result swapped in
    sig_result_changed = Signal(object)
    #: mapped column / classification changed (restyle only, no recomputation)
    sig_display_changed = Signal()
    #: selected sector ids and who selected them ("map", "table", "chart", ...)
    sig_selection_changed = Signal(list, str)
    #: an AccessmapError to show the user
    sig_error = Signal(object)
    #: a one-line status message
    sig_status = Signal(str)
    #: analysis progress (fraction, message)
    sig_progress = Signal(float, str)
    #: True while any background job runs
    sig_busy_changed = Signal(bool)
    #: the analysis job was cancelled; the previous result stays
    sig_analysis_cancelled = Signal()
    #: the scenarios (list, current one, or the current one's edits) changed
    sig_scenarios_changed = Signal()
    #: a new sector layer came in: the old result, selection and edits no longer apply (the
    #: views drop the old result; a new one follows once the analysis can run)
    sig_sectors_replaced = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layers: Layers | None = None
        self.settings = Settings()
        self.result: AnalysisResult | None = None
        self.display = DisplayOptions()
        self.selection: tuple[str, ...] = ()
        self.data_note = ""  # known gaps of the loaded data (the sample's SAMPLE_GAPS)
        self.attribution = ""
        #: named scenarios; "baseline" holds the loaded centres (settings edits only)
        self.scenarios: dict[str, Scenario] = {}
        self.current = BASELINE
        #: the timeline's year (a view on the scenario, not an edit); None = every centre
        self.view_year: int | None = None
        self._analysis_started = 0.0
        #: wall time of the last analysis job (submit to result), for benchmarks
        self.analysis_seconds = 0.0
        self.analysis = JobRunner(self)
        self.loader = JobRunner(self)
        self.analysis.sig_finished.connect(self._on_result)
        self.analysis.sig_failed.connect(self.sig_error)
        self.analysis.sig_progress.connect(self.sig_progress)
        self.analysis.sig_cancelled.connect(self.sig_analysis_cancelled)
        self.loader.sig_progress.connect(self.sig_progress)
        self.loader.sig_failed.connect(self.sig_error)
        self.loader.sig_finished.connect(self._on_loaded)
        self.analysis.sig_busy_changed.connect(self._busy_changed)
        self.loader.sig_busy_changed.connect(self._busy_changed)

    # -- state queries ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.analysis.busy or self.loader.busy

    def sector_columns(self) -> list[str]:
        """Columns of the loaded sector layer (for the poverty column choice)."""
        if self.layers is None:
            return []
        return [c for c in self.layers.sectors.columns if c != self.layers.sectors.geometry.name]

    # -- loading ---------------------------------------------------------------------------------
    def load_sample(self) -> None:
        """Load the bundled Brussels sample in the background, then analyse it."""
        self.loader.submit(_sample_job)

    def open_requests(self, requests: list[LoadRequest]) -> None:
        """Read files in the background and merge them into the layers (all or nothing)."""
        if requests:
            self.loader.submit(_file_job, list(requests), self.layers)

    @Slot(object)
    def _on_loaded(self, tagged: tuple[str, Any]) -> None:
        kind, payload = tagged
        if kind == "sample":
            layers, settings, gaps, attribution = payload
            self.data_note, self.attribution = gaps, attribution
            self.set_layers(layers, settings)
            return
        layers, message = payload
        self.set_layers(layers)
        if message:
            self.sig_status.emit(message)

    def set_layers(self, layers: Layers, settings: Settings | None = None) -> None:
        """Swap in new layers (and settings) and recompute.

        New centres start a new baseline (scenarios are dropped); other changes (a joined
        table, a network) keep the scenarios, whose edits still apply. New sectors reset what
        depended on the old ones: the result and the selection are dropped
        (:attr:`sig_sectors_replaced`), the sample's notes go, and a poverty column the new
        layer lacks is replaced by a likely one of its own (or none), without an error.
        """
        new_sectors = self.layers is not None and layers.sectors is not self.layers.sectors
        same_centres = self.layers is not None and layers.centres is self.layers.centres
        self.layers = layers
        if new_sectors:
            self._drop_result()
            if settings is None:
                self.data_note, self.attribution = "", ""  # the sample's notes no longer apply
                settings = self._fit_settings(self.scenario_settings_base(), layers.sectors)
        if settings is not None or not same_centres or not self.scenarios:
            base = settings if settings is not None else self.scenario_settings_base()
            self.scenarios = {
                BASELINE: Scenario(BASELINE, layers.centres, base, (), layers.catchments)
            }
            self.current = BASELINE
            self.sig_scenarios_changed.emit()
        self._settings_from_scenario()
        self.sig_layers_changed.emit()
        self.run_analysis()

    def _drop_result(self) -> None:
        """Forget the result and the selection of layers that are gone."""
        self.result = None
        self.selection = ()
        self.sig_sectors_replaced.emit()

    def _fit_settings(self, settings: Settings, sectors: Any) -> Settings:
        """``settings`` with a poverty column the sectors have: the current one if present,
        else the likeliest of the layer's own numeric columns (None if there is none)."""
        if settings.poverty_column in sectors.columns:
            return settings
        column, poorer = likely_poverty_column(sectors)
        return settings.replace(poverty_column=column, poorer=poorer or settings.poorer)

    def set_project(
        self, layers: Layers, settings: Settings, scenarios: list[Scenario], current: str = BASELINE
    ) -> None:
        """Swap in a project's layers, baseline settings and named scenarios; recompute."""
        if self.layers is not None and layers.sectors is not self.layers.sectors:
            self._drop_result()
        self.layers = layers
        self.scenarios = {
            BASELINE: Scenario(BASELINE, layers.centres, settings, (), layers.catchments)
        }
        self.scenarios.update({s.name: s for s in scenarios if s.name != BASELINE})
        self.current = current if current in self.scenarios else BASELINE
        self.sig_scenarios_changed.emit()
        self._settings_from_scenario()
        self.sig_layers_changed.emit()
        self.run_analysis()

    def scenario_settings_base(self) -> Settings:
        """The settings a new baseline starts from (the current ones, without the view year)."""
        return self.settings.replace(year=None) if self.view_year is not None else self.settings

    def remove_layer(self, role: str) -> None:
        """Drop an optional layer (catchments, network, residents) and recompute."""
        if self.layers is None or role not in ("catchments", "network", "residents"):
            return
        sources = tuple(s for s in self.layers.sources if s.role != role)
        self.set_layers(self.layers.replace(**{role: None, "sources": sources}))

    def apply_join(self, sectors: Any, report: str, path: str = "") -> None:
        """Swap in sectors with joined table columns (checked in the import dialog)."""
        if self.layers is None:
            return
        from accessmap.gui.panels.layer_files import source_attribution

        info = SourceInfo("indicators", path, source_attribution(path) if path else "")
        sources = (*self.layers.sources, info)
        self.set_layers(
            self.layers.replace(
                sectors=sectors, sources=sources, messages=(*self.layers.messages, report)
            )
        )
        self.sig_status.emit(report.splitlines()[0] if report else "")

    def add_source(self, info: SourceInfo) -> None:
        if self.layers is not None:
            self.layers = self.layers.replace(sources=(*self.layers.sources, info))

    # -- settings and analysis -------------------------------------------------------------------
    def update_settings(self, **changes: Any) -> bool:
        """Apply setting changes as an edit of the current scenario (no undo entry here; the
        window pushes the same edit through its undo stack). False (and sig_error) if invalid."""
        current = self.settings.replace(year=self.scenario.current_settings.year)
        diff = {k: v for k, v in changes.items() if getattr(current, k, object()) != v}
        if not diff:
            return True
        return self.apply_edit(ChangeSettings(changes=diff))

    # -- scenarios -------------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self.scenarios[self.current]

    def analysis_layers(self) -> Layers | None:
        """The loaded layers with the current scenario's centres and catchments."""
        if self.layers is None:
            return None
        if not self.scenarios or not self.scenario.edits:
            return self.layers
        return scenario_layers(self.layers, self.scenario)

    def check_edit(self, edit: Command) -> Scenario | None:
        """The scenario after ``edit``, or None (and sig_error) when it does not fit."""
        try:
            return self.scenario.with_edit(edit)
        except AccessmapError as exc:
            self.sig_error.emit(exc)
            return None

    def apply_edit(self, edit: Command) -> bool:
        """Append ``edit`` to the current scenario and recompute."""
        new = self.check_edit(edit)
        if new is None:
            return False
        self._swap_scenario(new)
        return True

    def undo_edit(self, edit: Command, scenario_name: str | None = None) -> None:
        """Drop ``edit`` (the last one) from its scenario and recompute."""
        name = scenario_name or self.current
        self.current = name
        self._swap_scenario(edit.undo(self.scenarios[name]))

    def add_scenario(self, name: str, copy_current: bool = True) -> Scenario:
        """A new named scenario (a copy of the current one, or the bare baseline); made current."""
        if name in self.scenarios:
            raise SettingsError(self.tr("A scenario with this name already exists."))
        src = self.scenario if copy_current else self.scenarios[BASELINE]
        new = Scenario(
            name,
            src.baseline,
            src.settings,
            src.edits if copy_current else (),
            src.baseline_catchments,
        )
        self.scenarios[name] = new
        self.current = name
        self._swap_scenario(new)
        return new

    def switch_scenario(self, name: str) -> None:
        if name in self.scenarios and name != self.current:
            self.current = name
            self._swap_scenario(self.scenarios[name])

    def remove_scenario(self, name: str) -> None:
        if name == BASELINE or name not in self.scenarios:
            return
        del self.scenarios[name]
        if self.current == name:
            self.current = BASELINE
            self._swap_scenario(self.scenarios[BASELINE])
        else:
            self.sig_scenarios_changed.emit()

    def set_view_year(self, year: int | None) -> None:
        """Show coverage as it was in ``year`` (None = every centre); recompute."""
        if year != self.view_year:
            self.view_year = year
            self._settings_from_scenario()
            self.run_analysis()

    def _swap_scenario(self, scenario: Scenario) -> None:
        self.scenarios[scenario.name] = scenario
        self._settings_from_scenario()
        self.sig_scenarios_changed.emit()
        self.run_analysis()

    def _settings_from_scenario(self) -> None:
        s = self.scenario.current_settings
        if self.view_year is not None:
            s = s.replace(year=self.view_year)
        if s != self.settings:
            self.settings = s
            self.sig_settings_changed.emit()

    def run_analysis(self) -> None:
        """Start the analysis on the current layers and settings (cancels a running one)."""
        layers = self.analysis_layers()
        if layers is None:
            return
        if len(layers.centres) == 0:
            self.sig_status.emit(self.tr("Add a layer of centres to run the analysis."))
            return
        from accessmap.core.pipeline import run_analysis

        self._analysis_started = time.perf_counter()
        self.analysis.submit(run_analysis, layers, self.settings)

    def cancel(self) -> None:
        """Cancel the running analysis; the previous result stays."""
        self.analysis.cancel()

    @Slot(object)
    def _on_result(self, result: AnalysisResult) -> None:
        self.analysis_seconds = time.perf_counter() - self._analysis_started
        self.result = result
        cols = set(result.sectors.columns)
        if self.display.column not in cols:
            for col in DEFAULT_COLUMNS:
                if col in cols and result.sectors[col].notna().any():
                    self.display = replace(self.display, column=col)
                    break
        known = set(result.sectors["sector_id"].astype(str))
        self.selection = tuple(s for s in self.selection if s in known)
        self.sig_result_changed.emit(result)
        self.sig_status.emit(self.tr("Analysis done."))

    # -- display and selection -------------------------------------------------------------------
    def set_display(
        self, column: str | None = None, scheme: str | None = None, k: int | None = None
    ) -> None:
        """Change what the map shows (restyle only)."""
        new = DisplayOptions(
            column=column or self.display.column,
            scheme=scheme or self.display.scheme,
            k=int(k or self.display.k),
        )
        if new != self.display:
            self.display = new
            self.sig_display_changed.emit()

    def select(self, ids: list[str] | tuple[str, ...], source: str = "") -> None:
        """Select sectors by id; every view follows (the source view ignores its own echo)."""
        ids = tuple(dict.fromkeys(str(i) for i in ids))
        if ids == self.selection:
            return
        self.selection = ids
        self.sig_selection_changed.emit(list(ids), source)

    def report_error(self, error: BaseException) -> None:
        """Route any error to the window's error dialog (bugs get their traceback as details)."""
        from accessmap.gui.workers import as_user_error

        self.sig_error.emit(as_user_error(error))

    @Slot(bool)
    def _busy_changed(self, _busy: bool) -> None:
        self.sig_busy_changed.emit(self.busy)

    def source_path(self, role: str) -> Path | None:
        if self.layers is None:
            return None
        for info in self.layers.sources:
            if info.role == role:
                return Path(info.path)
        return None
