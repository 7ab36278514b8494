"""Scenario editing in the window: core commands wrapped in Qt undo stacks, map-click modes.

Every edit is a :mod:`accessmap.core.commands` object (glue's rule: all interactions map to
command objects). :class:`EditCommand` wraps one in a ``QUndoCommand`` whose redo/undo ask the
controller to append or drop it; one ``QUndoStack`` per scenario lives in a ``QUndoGroup``, the
active one being the current scenario's, so Edit > Undo always undoes the shown scenario's last
edit. The baseline keeps the loaded centres: a centre edit made while the baseline is shown
first creates a new scenario ("Scenario 1", a copy) and goes there.

Map clicks (``MapView.sig_map_clicked``, WGS84) become edits in two modes: "add centres" (each
click adds one) and "move" (the next click moves the chosen centre).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from accessmap.core.commands import AddCentre, ChangeSettings, Command, MoveCentre
from accessmap.gui.controller import BASELINE

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.gui.main_window import MainWindow

__all__ = ["EditCommand", "ScenarioOps", "lonlat_to_lambert"]


def lonlat_to_lambert(lat: float, lon: float) -> tuple[float, float]:
    """WGS84 latitude/longitude to EPSG:31370 (x, y) metres."""
    from pyproj import Transformer

    t = Transformer.from_crs("EPSG:4326", "EPSG:31370", always_xy=True)
    x, y = t.transform(lon, lat)
    return float(x), float(y)


class EditCommand(QUndoCommand):
    """One core :class:`Command` on one scenario's undo stack."""

    def __init__(self, ops: ScenarioOps, edit: Command, scenario: str) -> None:
        text = QCoreApplication.translate("Command", edit.TEXT).format(**edit.text_args())
        super().__init__(text)
        self.ops = ops
        self.edit = edit
        self.scenario = scenario

    def redo(self) -> None:
        c = self.ops.controller
        if c.current != self.scenario:
            c.switch_scenario(self.scenario)
        c.apply_edit(self.edit)

    def undo(self) -> None:
        self.ops.controller.undo_edit(self.edit, self.scenario)


class ScenarioOps(QObject):
    """Undo stacks per scenario and the map-click editing modes of one window."""

    #: True when an edit or a scenario change is not saved in a project file
    sig_modified_changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.controller = window.controller
        self.group = QUndoGroup(self)
        self.stacks: dict[str, QUndoStack] = {}
        self.add_mode = False
        self.pending_move: str | None = None
        self._structure_dirty = False
        self.controller.sig_scenarios_changed.connect(self._sync_stacks)
        self.controller.sig_layers_changed.connect(self._sync_stacks)

    # -- stacks ----------------------------------------------------------------------------------
    def stack(self, name: str | None = None) -> QUndoStack:
        name = name or self.controller.current
        if name not in self.stacks:
            st = QUndoStack(self.group)
            st.cleanChanged.connect(self._clean_changed)
            self.stacks[name] = st
        return self.stacks[name]

    def _sync_stacks(self) -> None:
        names = set(self.controller.scenarios)
        for name in list(self.stacks):
            if name not in names:
                st = self.stacks.pop(name)
                self.group.removeStack(st)
                st.deleteLater()
        self.group.setActiveStack(self.stack())

    def reset(self) -> None:
        """Forget every history (new data or a project opened): all clean."""
        for st in self.stacks.values():
            st.clear()
            st.setClean()
        self._structure_dirty = False
        self._emit_modified()

    def mark_saved(self) -> None:
        for st in self.stacks.values():
            st.setClean()
        self._structure_dirty = False
        self._emit_modified()

    @property
    def modified(self) -> bool:
        try:
            return self._structure_dirty or any(not st.isClean() for st in self.stacks.values())
        except RuntimeError:  # the window is being destroyed
            return False

    def _clean_changed(self, _clean: bool) -> None:
        self._emit_modified()

    def _emit_modified(self) -> None:
        self.sig_modified_changed.emit(self.modified)

    # -- edits -----------------------------------------------------------------------------------
    def push(self, edit: Command) -> bool:
        """Validate ``edit`` and push it on the current scenario's stack (which applies it)."""
        c = self.controller
        if c.current == BASELINE and not isinstance(edit, ChangeSettings):
            self.new_scenario(copy_current=True)
        if c.check_edit(edit) is None:
            return False
        self.stack().push(EditCommand(self, edit, c.current))
        self._emit_modified()
        return True

    def change_settings(self, changes: dict) -> bool:
        """Settings edited in the Analysis dock, as an undoable edit."""
        current = self.controller.settings
        diff = {k: v for k, v in changes.items() if getattr(current, k, object()) != v}
        if not diff:
            return True
        return self.push(ChangeSettings(changes=diff))

    def new_scenario(self, name: str | None = None, copy_current: bool = True) -> str:
        c = self.controller
        if name is None:
            i = 1
            while self.tr("Scenario %1").replace("%1", str(i)) in c.scenarios:
                i += 1
            name = self.tr("Scenario %1").replace("%1", str(i))
        try:
            c.add_scenario(name, copy_current=copy_current)
        except Exception as exc:
            c.report_error(exc)
            return c.current
        self._structure_dirty = True
        self._sync_stacks()
        self._emit_modified()
        return name

    def remove_scenario(self, name: str) -> None:
        self.controller.remove_scenario(name)
        self._structure_dirty = True
        self._emit_modified()

    def switch(self, name: str) -> None:
        self.controller.switch_scenario(name)
        self.group.setActiveStack(self.stack())

    # -- map clicks ------------------------------------------------------------------------------
    def set_add_mode(self, on: bool) -> None:
        self.add_mode = bool(on)
        self.pending_move = None
        self._sync_place_mode()

    def _sync_place_mode(self) -> None:
        """The map takes every click as a place while adding or moving (no sector popups)."""
        self.w.map_view.set_place_mode(self.add_mode or self.pending_move is not None)

    def request_move(self, centre_id: str) -> None:
        """The next map click moves ``centre_id`` there."""
        self.pending_move = centre_id
        self._sync_place_mode()
        self.w.statusBar().showMessage(
            self.tr("Click on the map where centre %1 should move.").replace("%1", centre_id),
            10000,
        )

    def map_clicked(self, lat: float, lon: float) -> None:
        if self.pending_move is None and not self.add_mode:
            return
        x, y = lonlat_to_lambert(lat, lon)
        if self.pending_move is not None:
            cid, self.pending_move = self.pending_move, None
            self._sync_place_mode()
            self.push(MoveCentre(centre_id=cid, x=x, y=y))
            return
        self.add_centre_at(x, y)

    def add_centre_at(self, x: float, y: float, name: str = "", **attrs) -> bool:
        """Add a neighbourhood health centre at (x, y) in EPSG:31370."""
        c = self.controller
        if c.current == BASELINE:
            self.new_scenario(copy_current=True)
        edit = AddCentre.new(c.scenario, x, y, type=attrs.pop("type", "health_centre"), **attrs)
        if not name:
            name = self.tr("New centre %1").replace("%1", edit.centre_id.split("-")[-1])
        return self.push(replace(edit, name=name))
