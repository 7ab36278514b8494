"""Docks of the scenario tools and their wiring: Scenarios, Centres, History, Timeline.

Kept out of :mod:`accessmap.gui.main_window` so the window stays wiring-only and short. The
docks follow the controller (scenario list, current scenario's centres, result) and turn user
actions into :class:`~accessmap.gui.panels.scenario_ops.ScenarioOps` calls (undoable edits).
Suggested sites are drawn on the map as orange rings (``MapView.show_sites``).

While "Add centres by clicking" is on, the map is in its edit mode (``MapView.set_edit_mode``):
dragging a centre is a :class:`~accessmap.core.commands.MoveCentre` edit, right-clicking one
opens a menu (Edit…: the centre in the Centres dock; Remove: a
:class:`~accessmap.core.commands.RemoveCentre` edit).

Once scenarios were compared, every new result (an edit, undo, a year) compares them again, so
the Compare table never shows figures of scenarios as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QUndoView

from accessmap.core.commands import MoveCentre, RemoveCentre
from accessmap.gui.panels.centre_editor import CentreEditorPanel
from accessmap.gui.panels.scenario_ops import lonlat_to_lambert
from accessmap.gui.panels.scenario_panel import ScenarioPanel
from accessmap.gui.panels.timeline_panel import TimelinePanel

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.gui.main_window import MainWindow

__all__ = ["ScenarioDocks"]


class ScenarioDocks(QObject):
    """Creates the scenario docks on ``window`` and connects them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        c = window.controller
        ops = window.scenario_ops
        self.scenario_panel = ScenarioPanel()
        self.centre_editor = CentreEditorPanel()
        self.history = QUndoView(ops.group)
        self.history.setEmptyLabel(self.tr("<loaded data>"))
        self.timeline_panel = TimelinePanel()
        self.suggest_dialog = None
        self.suggested_sites: list[tuple[float, float, str]] = []
        #: The menu of a right-clicked centre on the map, and that centre's id.
        self.centre_menu = QMenu(window)
        self.menu_centre_id: str | None = None
        self.menu_edit_action = self.centre_menu.addAction(self.tr("Edit…"))
        self.menu_remove_action = self.centre_menu.addAction(self.tr("Remove"))
        self.menu_edit_action.triggered.connect(self._menu_edit)
        self.menu_remove_action.triggered.connect(self._menu_remove)
        left, bottom = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        docks = (
            ("scenarios", self.tr("Scenarios"), self.scenario_panel, left),
            ("centres", self.tr("Centres"), self.centre_editor, left),
            ("history", self.tr("History"), self.history, left),
            ("timeline", self.tr("Timeline"), self.timeline_panel, bottom),
        )
        for key, title, widget, area in docks:
            window._dock(key, title, widget, area)
        for key in ("scenarios", "centres", "history"):
            window.tabifyDockWidget(window.docks["analysis"], window.docks[key])
        window.tabifyDockWidget(window.docks["charts"], window.docks["timeline"])
        window.docks["analysis"].raise_()
        window.docks["charts"].raise_()

        c.sig_scenarios_changed.connect(self._scenarios_changed)
        c.sig_result_changed.connect(self._result_changed)
        window.map_view.sig_map_clicked.connect(ops.map_clicked)
        window.map_view.sig_centre_moved.connect(self.centre_dragged)
        window.map_view.sig_centre_menu.connect(self.show_centre_menu)
        self.centre_editor.sig_edit.connect(ops.push)
        self.centre_editor.sig_move_requested.connect(ops.request_move)
        self.centre_editor.sig_add_mode_changed.connect(self.set_add_mode)
        self.scenario_panel.sig_switch_requested.connect(ops.switch)
        self.scenario_panel.sig_new_requested.connect(lambda copy: ops.new_scenario(None, copy))
        self.scenario_panel.sig_delete_requested.connect(ops.remove_scenario)
        self.scenario_panel.compare_button.clicked.connect(self.compare)
        self.timeline_panel.sig_year_changed.connect(c.set_view_year)

    def _scenarios_changed(self) -> None:
        c = self.w.controller
        if not c.scenarios:
            return
        self.scenario_panel.set_scenarios(c.scenarios, c.current)
        self.centre_editor.set_centres(c.scenario.centres())

    def _result_changed(self, result) -> None:
        c = self.w.controller
        if c.scenarios:
            self.timeline_panel.set_data(
                result, c.scenario.centres(), result.settings.effective_threshold_m
            )
        if self.suggested_sites:
            self.show_sites(self.suggested_sites)
        if self.scenario_panel.table_frame is not None:  # compared before: keep it current
            self.refresh_comparison()

    def set_add_mode(self, on: bool) -> None:
        """Toggle "add centres by clicking on the map" (menu, toolbar and dock agree)."""
        self.w.scenario_ops.set_add_mode(on)
        self.centre_editor.set_add_mode(on)
        self.w.map_view.set_edit_mode(on)
        act = self.w.actions_.get("add_mode") if hasattr(self.w, "actions_") else None
        if act is not None and act.isChecked() != on:
            act.blockSignals(True)
            act.setChecked(on)
            act.blockSignals(False)
        if on:
            self.w.statusBar().showMessage(
                self.tr("Click on the map to add a neighbourhood health centre."), 8000
            )

    # -- the map's edit mode ------------------------------------------------------------------
    def centre_dragged(self, centre_id: str, lat: float, lon: float) -> bool:
        """A centre dropped at (lat, lon), WGS84: an undoable move (the marker goes back when
        the edit is refused or the edit mode is off). True when the move was applied."""
        ops = self.w.scenario_ops
        applied = False
        if ops.add_mode:
            x, y = lonlat_to_lambert(lat, lon)
            applied = ops.push(MoveCentre(centre_id=centre_id, x=x, y=y))
        if not applied:
            self.w.map_view.revert_centres()
        return applied

    def show_centre_menu(self, centre_id: str, x: int, y: int) -> None:
        """The menu of a right-clicked centre at the global position (x, y)."""
        if not self.w.scenario_ops.add_mode:
            return
        self.menu_centre_id = centre_id
        self.centre_menu.setTitle(centre_id)
        self.centre_menu.popup(QPoint(x, y))

    def _menu_edit(self) -> None:
        cid = self.menu_centre_id
        if cid is None:
            return
        dock = self.w.docks["centres"]
        dock.show()
        dock.raise_()
        self.centre_editor.select_id(cid)
        self.centre_editor.name_edit.setFocus()

    def _menu_remove(self) -> None:
        if self.menu_centre_id is not None:
            self.w.scenario_ops.push(RemoveCentre(centre_id=self.menu_centre_id))

    def compare(self) -> None:
        self.w.docks["scenarios"].raise_()
        self.refresh_comparison()

    def refresh_comparison(self) -> None:
        """Compare every scenario again (after each edit, once a comparison was asked for:
        the table must not show figures of scenarios as they were)."""
        c = self.w.controller
        self.scenario_panel.compare(c.layers, c.scenarios, c.view_year)

    def open_suggest(self):
        """The Suggest sites dialog on the current result (non-modal)."""
        from accessmap.gui.panels.suggest_dialog import SuggestDialog

        result = self.w.controller.result
        if result is None:
            return None
        dialog = SuggestDialog(result, self.w, layers=self.w.controller.analysis_layers())
        dialog.sig_suggested.connect(self.show_sites)
        dialog.sig_accepted.connect(
            lambda x, y, name: self.w.scenario_ops.add_centre_at(x, y, name=name)
        )
        self.suggest_dialog = dialog
        dialog.show()
        return dialog

    def show_sites(self, sites: list[tuple[float, float, str]]) -> None:
        """Ring the suggested sites (x, y in EPSG:31370) on the map."""
        from pyproj import Transformer

        self.suggested_sites = list(sites)
        t = Transformer.from_crs("EPSG:31370", "EPSG:4326", always_xy=True)
        pts = []
        for x, y, label in sites:
            lon, lat = t.transform(x, y)
            pts.append((float(lat), float(lon), label))
        self.w.map_view.show_sites(pts)
