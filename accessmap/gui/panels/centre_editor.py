"""The Centres dock: the current scenario's centres and an attribute editor for one of them.

Selecting a row fills the form (name, type, GP FTE, step-free access, opening and closing
year); "Apply" emits an :class:`~accessmap.core.commands.EditCentre` with the changed fields,
"Remove" a :class:`~accessmap.core.commands.RemoveCentre`, "Move..." asks the window to move the
centre to the next map click. The panel only emits edits: the undo stack applies them.
"""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accessmap.core.commands import EditCentre, RemoveCentre
from accessmap.core.schema import CENTRE_TYPES

__all__ = ["CentreEditorPanel"]

_COLUMNS = ("centre_id", "name", "type", "gp_fte", "step_free", "year_open", "year_close")
_NO_YEAR = 1799  # spin box minimum shown as "unknown"


def _value(v: object) -> object:
    """None for pandas/numpy missing values."""
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


class CentreEditorPanel(QWidget):
    """Table of centres + editor for the selected one."""

    #: a core Command (EditCentre or RemoveCentre)
    sig_edit = Signal(object)
    #: centre id to move with the next map click
    sig_move_requested = Signal(str)
    #: the user toggled "add centres by clicking on the map"
    sig_add_mode_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centres: gpd.GeoDataFrame | None = None
        self.add_check = QCheckBox(self.tr("Add centres by clicking on the map"))
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("id"),
                self.tr("name"),
                self.tr("type"),
                self.tr("GP FTE"),
                self.tr("step-free"),
                self.tr("opened"),
                self.tr("closed"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(80)
        self.name_edit = QLineEdit()
        self.type_combo = QComboBox()
        for t, text in zip(
            CENTRE_TYPES,
            (self.tr("neighbourhood health centre"), self.tr("GP practice"), self.tr("other")),
            strict=True,
        ):
            self.type_combo.addItem(text, t)
        self.fte_spin = QDoubleSpinBox()
        self.fte_spin.setRange(-1, 1000)
        self.fte_spin.setDecimals(1)
        self.fte_spin.setSpecialValueText(self.tr("unknown"))
        self.step_combo = QComboBox()
        for text, data in (
            (self.tr("unknown"), None),
            (self.tr("yes"), True),
            (self.tr("no"), False),
        ):
            self.step_combo.addItem(text, data)
        self.open_spin, self.close_spin = self._year_spin(), self._year_spin()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.move_button = QPushButton(self.tr("Move..."))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("GP full-time equivalents"), self.fte_spin)
        form.addRow(self.tr("Step-free access"), self.step_combo)
        form.addRow(self.tr("Opening year"), self.open_spin)
        form.addRow(self.tr("Closing year"), self.close_spin)
        buttons = QHBoxLayout()
        for b in (self.apply_button, self.move_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.add_check)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._fill_form)
        self.apply_button.clicked.connect(self.apply)
        self.remove_button.clicked.connect(self.remove)
        self.move_button.clicked.connect(self._move)
        self.add_check.toggled.connect(self.sig_add_mode_changed)
        self._fill_form()

    @staticmethod
    def _year_spin() -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(_NO_YEAR, 2200)
        spin.setSpecialValueText("–")
        return spin

    def set_centres(self, centres: gpd.GeoDataFrame | None) -> None:
        """Show ``centres`` (canonical columns); keeps the selected id when still present."""
        keep = self.selected_id()
        self.centres = centres
        self.table.blockSignals(True)
        self.table.setRowCount(0 if centres is None else len(centres))
        if centres is not None:
            for j, col in enumerate(_COLUMNS):
                values = centres[col].tolist() if col in centres.columns else [None] * len(centres)
                for i, v in enumerate(values):
                    v = _value(v)
                    self.table.setItem(i, j, QTableWidgetItem("" if v is None else str(v)))
        self.table.blockSignals(False)
        if keep is not None:
            self.select_id(keep)
        self._fill_form()

    def select_id(self, centre_id: str) -> None:
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).text() == centre_id:
                self.table.selectRow(i)
                return

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def _row(self) -> pd.Series | None:
        cid = self.selected_id()
        if cid is None or self.centres is None:
            return None
        hit = self.centres[self.centres["centre_id"].astype(str) == cid]
        return hit.iloc[0] if len(hit) else None

    def _fill_form(self) -> None:
        row = self._row()
        for w in (
            self.apply_button,
            self.remove_button,
            self.move_button,
            self.name_edit,
            self.type_combo,
            self.fte_spin,
            self.step_combo,
            self.open_spin,
            self.close_spin,
        ):
            w.setEnabled(row is not None)
        if row is None:
            return
        self.name_edit.setText(str(_value(row.get("name")) or ""))
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(row.get("type")), 0))
        fte = _value(row.get("gp_fte"))
        self.fte_spin.setValue(-1 if fte is None else float(fte))
        step = _value(row.get("step_free"))
        self.step_combo.setCurrentIndex(0 if step is None else (1 if bool(step) else 2))
        for spin, col in ((self.open_spin, "year_open"), (self.close_spin, "year_close")):
            y = _value(row.get(col))
            spin.setValue(_NO_YEAR if y is None else int(y))

    def form_values(self) -> dict[str, object]:
        fte = self.fte_spin.value()
        return {
            "name": self.name_edit.text(),
            "type": self.type_combo.currentData(),
            "gp_fte": None if fte < 0 else float(fte),
            "step_free": self.step_combo.currentData(),
            "year_open": None if self.open_spin.value() == _NO_YEAR else self.open_spin.value(),
            "year_close": None if self.close_spin.value() == _NO_YEAR else self.close_spin.value(),
        }

    def apply(self) -> None:
        """Emit an EditCentre with the fields that differ from the centre's values."""
        row = self._row()
        if row is None:
            return
        changes = {}
        for key, value in self.form_values().items():
            old = _value(row.get(key))
            if key in ("year_open", "year_close") and old is not None:
                old = int(old)
            if key == "step_free" and old is not None:
                old = bool(old)
            if old != value:
                changes[key] = value
        if changes:
            self.sig_edit.emit(EditCentre(centre_id=str(row["centre_id"]), changes=changes))

    def remove(self) -> None:
        cid = self.selected_id()
        if cid is not None:
            self.sig_edit.emit(RemoveCentre(centre_id=cid))

    def _move(self) -> None:
        cid = self.selected_id()
        if cid is not None:
            self.sig_move_requested.emit(cid)

    def set_add_mode(self, on: bool) -> None:
        self.add_check.blockSignals(True)
        self.add_check.setChecked(on)
        self.add_check.blockSignals(False)
