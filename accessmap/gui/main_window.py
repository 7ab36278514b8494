"""The main window: wires the controller to the map, the docks, the menus and the status bar.

No analysis logic lives here (see :mod:`accessmap.gui.controller`); menus and toolbars are built
by :mod:`accessmap.gui.panels.actions`, file handling by :mod:`accessmap.gui.panels.file_ops`.
Errors from anywhere reach :meth:`MainWindow.show_error` through ``controller.sig_error``; the
dialog comes from :attr:`MainWindow.error_dialog_factory` and is opened non-modally, so tests
can intercept it without mocking Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from accessmap.core.errors import AccessmapError
from accessmap.core.model import AnalysisResult
from accessmap.gui.app import pin_singletons
from accessmap.gui.controller import AppController
from accessmap.gui.dialogs.error_dialog import make_error_dialog
from accessmap.gui.panels.actions import build_actions
from accessmap.gui.panels.analysis_panel import AnalysisPanel, mappable_columns
from accessmap.gui.panels.charts_panel import ChartsPanel
from accessmap.gui.panels.file_ops import FileOps
from accessmap.gui.panels.layers_panel import LayersPanel
from accessmap.gui.panels.project_ops import ProjectOps
from accessmap.gui.panels.results_panel import ResultsPanel
from accessmap.gui.panels.scenario_ops import ScenarioOps
from accessmap.gui.panels.scenario_wiring import ScenarioDocks

pin_singletons()  # PySide6 6.12 on CPython 3.11: see app.pin_singletons
__all__ = ["MainWindow", "app_settings"]


def _scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area (a tall form must not force the window's height)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def app_settings() -> QSettings:
    """The user's accessmap settings (recent files, window state)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "accessmap", "accessmap"
    )


class MainWindow(QMainWindow):
    """One accessmap window around a :class:`~accessmap.gui.map_view.MapView`."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from accessmap.gui.map_view import MapView

        self.qsettings = settings if settings is not None else app_settings()
        #: (parent, error) -> dialog or None; replace in tests to collect errors
        self.error_dialog_factory: Callable[[QWidget, AccessmapError], QDialog | None] = (
            make_error_dialog
        )
        self.errors: list[AccessmapError] = []
        #: seconds spent in the last result swap (map page build, docks), for benchmarks
        self.timings: dict[str, float] = {}
        self.setWindowTitle(self.tr("accessmap: access to primary care") + "[*]")
        self.setAcceptDrops(True)
        self.controller = AppController(self)
        self.map_view = MapView(self)
        #: shown instead of the map while the loaded layers have no result (new sectors)
        self.no_result_label = QLabel()
        self.no_result_label.setObjectName("no_result_label")
        self.no_result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_result_label.setWordWrap(True)
        self.no_result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_result_label.setMargin(40)
        self.central = QStackedWidget()
        self.central.addWidget(self.map_view)
        self.central.addWidget(self.no_result_label)
        self.setCentralWidget(self.central)
        from PySide6.QtWebEngineWidgets import QWebEngineView

        for web in self.map_view.findChildren(QWebEngineView):  # dropped files reach the window,
            web.setAcceptDrops(False)  # not Chromium (which would navigate to them)
        self.layers_panel = LayersPanel()
        self.analysis_panel = AnalysisPanel()
        self.results_panel = ResultsPanel()
        self.charts_panel = ChartsPanel()
        self.docks: dict[str, QDockWidget] = {}
        left, right, bottom = (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._dock("layers", self.tr("Layers"), self.layers_panel, left)
        self._dock("analysis", self.tr("Analysis"), _scrolled(self.analysis_panel), left)
        self._dock("results", self.tr("Results"), self.results_panel, right)
        self._dock("charts", self.tr("Charts"), self.charts_panel, bottom)
        self._status_widgets()
        self.scenario_ops = ScenarioOps(self)
        self._scenario_docks()
        self.files = FileOps(self)
        self.project_ops = ProjectOps(self)
        self.actions_ = build_actions(self)
        self._wire()
        self.restore_state()

    # -- construction ----------------------------------------------------------------------------
    def _dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock

    def _scenario_docks(self) -> None:
        """Scenarios, Centres and History docks (tabbed with Analysis), Timeline (with Charts)."""
        self.scenario_docks = ScenarioDocks(self)
        from accessmap.gui.panels.scenario_panel import connect_compare_view  # delta map, overlay

        connect_compare_view(self)

    def _status_widgets(self) -> None:
        bar = self.statusBar()
        self.data_note_label = QLabel()
        self.data_note_label.setStyleSheet("QLabel { color: #8a6d00; }")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress_bar.hide()
        self.cancel_button.hide()
        bar.addPermanentWidget(self.data_note_label)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)

    def _wire(self) -> None:
        c = self.controller
        c.sig_result_changed.connect(self._on_result)
        c.sig_display_changed.connect(self._on_display)
        c.sig_layers_changed.connect(self._on_layers)
        c.sig_settings_changed.connect(self._on_settings)
        c.sig_selection_changed.connect(self._on_selection)
        c.sig_sectors_replaced.connect(self._on_sectors_replaced)
        c.sig_error.connect(self.show_error)
        c.sig_status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        c.sig_progress.connect(self._on_progress)
        c.sig_busy_changed.connect(self._on_busy)
        self.cancel_button.clicked.connect(c.cancel)
        self.map_view.sig_sector_clicked.connect(lambda sid: c.select([sid], "map"))
        self.map_view.sig_js_error.connect(
            lambda msg: self.statusBar().showMessage(self.tr("Map script error: ") + msg, 8000)
        )
        self.results_panel.sig_sectors_selected.connect(lambda ids: c.select(ids, "table"))
        self.charts_panel.sig_sectors_selected.connect(lambda ids: c.select(ids, "chart"))
        self.analysis_panel.sig_settings_edited.connect(self.scenario_ops.change_settings)
        self.analysis_panel.sig_display_edited.connect(c.set_display)
        self.analysis_panel.sig_run_requested.connect(c.run_analysis)
        self.layers_panel.sig_add_requested.connect(self.files.open_dialog)
        self.layers_panel.sig_remove_requested.connect(c.remove_layer)
        self.layers_panel.sig_visibility_changed.connect(self._on_visibility)

    # -- controller -> views ---------------------------------------------------------------------
    def _on_result(self, result: AnalysisResult) -> None:
        d = self.controller.display
        self.central.setCurrentWidget(self.map_view)
        t0 = time.perf_counter()
        self.map_view.show_result(result, d.column, scheme=d.scheme, k=d.k)
        t1 = time.perf_counter()
        self.results_panel.set_result(result, self.controller.data_note)
        self.charts_panel.set_result(result)
        self.charts_panel.set_display(d.column, d.scheme, d.k)
        self.analysis_panel.set_display(mappable_columns(result.sectors), d.column, d.scheme, d.k)
        self.timings.update(map_page_s=t1 - t0, panels_s=time.perf_counter() - t1)
        if self.controller.selection:
            self._on_selection(list(self.controller.selection), "")

    def _on_sectors_replaced(self) -> None:
        """New sectors: no view keeps the old layer's result beside them."""
        self.central.setCurrentWidget(self.no_result_label)
        self.results_panel.set_result(None, "")
        self.charts_panel.set_result(None)
        self.scenario_ops.reset()  # edits of the old layers cannot be undone onto the new ones
        self.scenario_ops._structure_dirty = True  # new data: unsaved
        self.scenario_ops._emit_modified()
        self._show_load_report()

    def _show_load_report(self) -> None:
        """While there is no result: what is loaded and what to do next, on the map's place."""
        c = self.controller
        lines = [self.tr("No analysis result for the loaded layers yet.")]
        if c.layers is not None and len(c.layers.centres) == 0:
            lines.append(
                self.tr(
                    "Add centres for this area (File > Import table or points...), then run "
                    "the analysis."
                )
            )
        if c.layers is not None:
            lines += ["", *c.layers.messages]
        self.no_result_label.setText("\n".join(lines))

    def _on_display(self) -> None:
        d = self.controller.display
        if self.controller.result is not None:
            self.map_view.restyle(d.column, d.scheme, d.k)
            self.charts_panel.set_display(d.column, d.scheme, d.k)

    def _on_layers(self) -> None:
        c = self.controller
        self.layers_panel.set_layers(c.layers)
        self._on_settings()
        note = c.data_note
        first = note.splitlines()[0] if note else ""
        self.data_note_label.setText(first)
        self.data_note_label.setToolTip(note)
        self.results_panel.summary.set_note(note)
        if c.result is None:
            self._show_load_report()

    def _on_settings(self) -> None:
        c = self.controller
        if c.layers is None:
            return
        s = c.layers.sectors
        numeric = [
            col
            for col in c.sector_columns()
            if col not in ("population",) and s[col].dtype.kind in "fiu"
        ]
        self.analysis_panel.set_state(
            c.settings, c.sector_columns(), c.layers.network is not None, numeric
        )

    def _on_selection(self, ids: list[str], source: str) -> None:
        if source != "map":
            self.map_view.select_sectors(ids)
        if source != "table":
            self.results_panel.select_ids(ids)
        self.charts_panel.set_selection(ids)
        self.statusBar().showMessage(self.results_panel.selection_text(len(ids)), 5000)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(int(fraction * 1000))
        self.statusBar().showMessage(message)

    def _on_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.actions_["cancel"].setEnabled(busy)
        if busy:
            self.progress_bar.setValue(0)

    def _on_visibility(self, role: str, visible: bool) -> None:
        setter = getattr(self.map_view, "set_layer_visible", None)
        if setter is not None:
            setter(role, visible)

    # -- errors ----------------------------------------------------------------------------------
    def show_error(self, error: AccessmapError) -> QDialog | None:
        """Show ``error`` (non-blocking); the window stays usable."""
        self.errors.append(error)
        self.statusBar().showMessage(error.message, 10000)
        dialog = self.error_dialog_factory(self, error)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.open_paths(paths)

    # -- window state ----------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.qsettings.value("window/geometry")
        state = self.qsettings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks(
                [self.docks["analysis"], self.docks["results"]],
                [330, 440],
                Qt.Orientation.Horizontal,
            )
            self.resizeDocks([self.docks["charts"]], [260], Qt.Orientation.Vertical)

    def save_state(self) -> None:
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/state", self.saveState())
        self.qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.project_ops.confirm_discard():
            event.ignore()
            return
        self.save_state()
        self.controller.cancel()
        event.accept()
