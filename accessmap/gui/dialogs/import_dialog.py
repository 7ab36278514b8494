"""Import a table (joined to the sectors) or points (a CSV with coordinates, or a point layer
such as a GeoJSON or GeoPackage) loaded as centres, with a preview.

The dialog reads the file through :func:`accessmap.core.tables.read_table` and shows what it
detected (separator, encoding, decimal mark, sheet) in editable fields; changing one re-reads
the file. For a join it proposes the key column (the one whose values match most sector ids)
and shows the :class:`~accessmap.core.tables.JoinReport` *before* anything is applied: "Apply"
is enabled only once the report for the current choices is on screen. For points it detects
x/y or lon/lat columns and guesses the CRS from the coordinate ranges (editable). A point file
with a type column (OSM ``amenity``/``type``: pharmacy, doctors, hospital...) asks which values
count as primary care: a checkable list with counts, non-primary-care kinds unchecked
(:func:`~accessmap.gui.panels.layer_files.primary_care_default`); the choice travels in the
load request's options and is remembered with the source.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accessmap.core.errors import AccessmapError

__all__ = ["CRS_CHOICES", "ImportDialog", "guess_crs", "guess_key", "guess_xy"]

PREVIEW_ROWS = 50
CRS_CHOICES = {
    "EPSG:4326": "WGS 84 longitude / latitude (EPSG:4326)",
    "EPSG:31370": "Belgian Lambert 72 (EPSG:31370)",
    "EPSG:3812": "Belgian Lambert 2008 (EPSG:3812)",
    "EPSG:3857": "Web Mercator (EPSG:3857)",
}
_X = ("x", "lon", "lng", "long", "longitude", "x_coord", "xcoord", "easting")
_Y = ("y", "lat", "latitude", "y_coord", "ycoord", "northing")


def guess_xy(columns: list[str]) -> tuple[str | None, str | None]:
    """The x (longitude) and y (latitude) columns by name, or None."""
    low = {c.strip().lower(): c for c in columns}
    x = next((low[n] for n in _X if n in low), None)
    y = next((low[n] for n in _Y if n in low), None)
    return x, y


def guess_crs(x: np.ndarray, y: np.ndarray) -> str:
    """A CRS that fits Belgian coordinates in these ranges (the user can change it)."""
    x, y = x[np.isfinite(x)], y[np.isfinite(y)]
    if not len(x) or not len(y):
        return "EPSG:4326"
    mx, my = float(np.median(x)), float(np.median(y))
    if -180 <= mx <= 180 and -90 <= my <= 90:
        return "EPSG:4326"
    if 400_000 <= mx <= 800_000 and 6_000_000 <= my <= 7_000_000:
        return "EPSG:3857"
    if 450_000 <= mx <= 850_000 and 450_000 <= my <= 800_000:
        return "EPSG:3812"
    return "EPSG:31370"


def guess_key(table: pd.DataFrame, sector_ids: pd.Series) -> str | None:
    """The table column whose values match most sector ids (None for an empty table)."""
    ids = set(sector_ids.astype(str).str.strip())
    best, best_hits = None, -1
    for col in table.columns:
        vals = table[col].dropna().astype(str).str.strip()
        hits = int(vals.isin(ids).sum())
        if hits > best_hits:
            best, best_hits = col, hits
    return best


def _num(s: pd.Series) -> np.ndarray:
    return pd.to_numeric(s, errors="coerce").astype("float64").to_numpy(na_value=np.nan)


class ImportDialog(QDialog):
    """Preview, options and join report for one table file."""

    #: joined sectors (GeoDataFrame), the join report text, the table path
    sig_join_accepted = Signal(object, str, str)
    #: a list with one LoadRequest for the point layer
    sig_points_accepted = Signal(list)
    #: an AccessmapError
    sig_error = Signal(object)

    def __init__(
        self,
        path: str | Path,
        sectors: Any = None,
        points: bool = False,
        parent: QWidget | None = None,
        remembered: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        from accessmap.gui.panels.layer_files import TABLE_SUFFIXES

        self.path = Path(path)
        self.sectors = sectors
        #: a point layer (GeoJSON, GeoPackage, shapefile) rather than a table
        self.vector = self.path.suffix.lower() not in TABLE_SUFFIXES
        #: the type filter chosen the last time this file was loaded (source options)
        self.remembered = dict(remembered or {})
        self.layer_crs = ""
        self.table: pd.DataFrame | None = None
        self.sniff = None
        self.joined = None
        self.report_text = ""
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.resize(820, 640)
        self.sep_combo = self._combo(
            [(self.tr("detect"), None), (";", ";"), (",", ","), (self.tr("tab"), "\t"), ("|", "|")]
        )
        self.encoding_combo = self._combo(
            [
                (self.tr("detect"), None),
                ("UTF-8", "utf-8"),
                ("UTF-8 (BOM)", "utf-8-sig"),
                ("Windows-1252", "cp1252"),
                ("Latin-1", "latin-1"),
            ]
        )
        self.decimal_combo = self._combo(
            [(self.tr("detect"), None), (self.tr("point ."), "."), (self.tr("comma ,"), ",")]
        )
        self.sniff_label = QLabel()
        self.sniff_label.setWordWrap(True)
        self.preview = QTableWidget()
        self.join_radio = QRadioButton(self.tr("Join columns to the sectors"))
        self.points_radio = QRadioButton(self.tr("Load as centres (points with coordinates)"))
        self.key_combo = QComboBox()
        self.sector_key_combo = self._combo(
            [
                (self.tr("sector id"), "sector_id"),
                (self.tr("sector name"), "name"),
                (self.tr("municipality"), "municipality"),
            ]
        )
        self.normalise_check = QCheckBox(
            self.tr("also match names that differ in case, accents or separators")
        )
        self.duplicates_combo = self._combo(
            [
                (self.tr("stop with a message"), "error"),
                (self.tr("keep the first row"), "first"),
                (self.tr("average the rows"), "mean"),
            ]
        )
        self.check_button = QPushButton(self.tr("Check the join"))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(
            self.tr("The join report appears here before anything is applied.")
        )
        self.x_combo, self.y_combo = QComboBox(), QComboBox()
        self.name_combo = QComboBox()
        self.crs_combo = self._combo([(text, key) for key, text in CRS_CHOICES.items()])
        self.type_combo = QComboBox()
        self.type_combo.setToolTip(self.tr("The column that says what kind of place each point is"))
        self.type_list = QListWidget()
        self.type_list.setToolTip(
            self.tr("Checked kinds of place are loaded as centres of primary care")
        )
        self.type_label = QLabel()
        self.type_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self._build_layout()
        for combo in (self.sep_combo, self.encoding_combo, self.decimal_combo):
            combo.currentIndexChanged.connect(self.reload)
        for w in (self.key_combo, self.sector_key_combo, self.duplicates_combo):
            w.currentIndexChanged.connect(self._invalidate)
        self.normalise_check.toggled.connect(self._invalidate)
        self.type_combo.currentIndexChanged.connect(self._fill_types)
        self.type_list.itemChanged.connect(self._count_types)
        self.join_radio.toggled.connect(self._mode_changed)
        self.check_button.clicked.connect(self.check_join)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        (self.points_radio if points else self.join_radio).setChecked(True)
        self.points_radio.setEnabled(True)
        self.join_radio.setEnabled(sectors is not None and not self.vector)
        if sectors is None or self.vector:
            self.points_radio.setChecked(True)
        for w in (self.sep_combo, self.encoding_combo, self.decimal_combo):
            w.setEnabled(not self.vector)  # a layer file says its own encoding and CRS
        for w in (self.x_combo, self.y_combo, self.crs_combo):
            self._points_form.setRowVisible(w, not self.vector)
        self.reload()

    @staticmethod
    def _combo(items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build_layout(self) -> None:
        opts = QFormLayout()
        opts.addRow(self.tr("Separator"), self.sep_combo)
        opts.addRow(self.tr("Encoding"), self.encoding_combo)
        opts.addRow(self.tr("Decimal mark"), self.decimal_combo)
        join_page = QWidget()
        jf = QFormLayout(join_page)
        jf.addRow(self.tr("Table key column"), self.key_combo)
        jf.addRow(self.tr("Matches sector"), self.sector_key_combo)
        jf.addRow("", self.normalise_check)
        jf.addRow(self.tr("Repeated keys"), self.duplicates_combo)
        jf.addRow("", self.check_button)
        jf.addRow(self.report)
        points_page = QWidget()
        pf = self._points_form = QFormLayout(points_page)
        pf.addRow(self.tr("x / longitude column"), self.x_combo)
        pf.addRow(self.tr("y / latitude column"), self.y_combo)
        pf.addRow(self.tr("Coordinate system"), self.crs_combo)
        pf.addRow(self.tr("Name column"), self.name_combo)
        pf.addRow(self.tr("Type column"), self.type_combo)
        pf.addRow(self.tr("Primary care"), self.type_list)
        pf.addRow("", self.type_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(join_page)
        self.pages.addWidget(points_page)
        layout = QVBoxLayout(self)
        layout.addLayout(opts)
        layout.addWidget(self.sniff_label)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.join_radio)
        layout.addWidget(self.points_radio)
        layout.addWidget(self.pages, 2)
        layout.addWidget(self.buttons)

    # -- reading ---------------------------------------------------------------------------------
    def read_options(self) -> dict[str, Any]:
        return {
            "sep": self.sep_combo.currentData(),
            "encoding": self.encoding_combo.currentData(),
            "decimal": self.decimal_combo.currentData(),
        }

    def reload(self) -> None:
        """Read the file with the current options and refresh preview and guesses."""
        try:
            table, described = self._read()
        except AccessmapError as exc:
            self.table = None
            self.sniff_label.setText(exc.message)
            self.sig_error.emit(exc)
            self._invalidate()
            return
        self.table = table
        self.sniff_label.setText(described)
        self._fill_preview(table)
        cols = [str(c) for c in table.columns]
        for combo in (self.key_combo, self.x_combo, self.y_combo, self.name_combo, self.type_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(cols)
            combo.blockSignals(False)
        self.name_combo.insertItem(0, self.tr("(none)"), None)
        if self.sectors is not None:
            key = guess_key(table, self.sectors["sector_id"])
            self.key_combo.setCurrentText(str(key))
        x, y = guess_xy(cols)
        if x and y:
            self.x_combo.setCurrentText(x)
            self.y_combo.setCurrentText(y)
            crs = guess_crs(_num(table[x]), _num(table[y]))
            self.crs_combo.setCurrentIndex(self.crs_combo.findData(crs))
        name = next((c for c in cols if c.strip().lower() in ("name", "naam", "nom")), None)
        self.name_combo.setCurrentIndex(self.name_combo.findText(name) if name else 0)
        from accessmap.gui.panels.layer_files import type_column

        self.type_combo.blockSignals(True)
        self.type_combo.insertItem(0, self.tr("(none: load every point)"), None)
        kind = self.remembered.get("type_column") or type_column(cols)
        self.type_combo.setCurrentIndex(max(self.type_combo.findText(str(kind)), 0) if kind else 0)
        self.type_combo.blockSignals(False)
        self._fill_types()
        self._invalidate()

    def _read(self) -> tuple[pd.DataFrame, str]:
        """The attribute table and a line saying how it was read."""
        if not self.vector:
            from accessmap.core import tables

            table, self.sniff = tables.read_table(self.path, **self.read_options())
            return table, self.sniff.describe()
        import pyogrio

        from accessmap.core.errors import DataFormatError

        try:
            info = pyogrio.read_info(self.path)
            table = pyogrio.read_dataframe(self.path, read_geometry=False)
        except Exception as exc:
            raise DataFormatError(
                self.tr("%1 cannot be read as a point layer.").replace("%1", self.path.name),
                str(exc),
            ) from exc
        self.layer_crs = str(info.get("crs") or "")
        described = self.tr("%1 points (%2), coordinate system %3").replace("%1", f"{len(table):,}")
        described = described.replace("%2", str(info.get("geometry_type") or "?"))
        return table, described.replace("%3", self.layer_crs or self.tr("not declared"))

    # -- type filter -----------------------------------------------------------------------------
    def type_column(self) -> str | None:
        """The chosen type column (None: every point is loaded)."""
        return self.type_combo.currentText() if self.type_combo.currentIndex() > 0 else None

    def type_values(self) -> dict[str, int]:
        """Values of the chosen type column and how many points have each (most first)."""
        col = self.type_column()
        if self.table is None or col is None or col not in self.table.columns:
            return {}
        v = self.table[col].astype(object)
        counts = v.where(v.notna(), "").astype(str).str.strip().value_counts()
        return {str(k): int(n) for k, n in counts.items()}

    def _fill_types(self) -> None:
        from accessmap.gui.panels.layer_files import primary_care_default

        remembered = self.remembered.get("primary_care_types")
        same_column = self.remembered.get("type_column") == self.type_column()
        self.type_list.blockSignals(True)
        self.type_list.clear()
        for value, n in self.type_values().items():
            item = QListWidgetItem(f"{value or self.tr('(empty)')} ({n:,})")
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            keep = value in remembered if remembered and same_column else None
            if keep is None:
                keep = primary_care_default(value)
            item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
            self.type_list.addItem(item)
        self.type_list.blockSignals(False)
        self.type_list.setEnabled(self.type_list.count() > 0)
        self._count_types()

    def checked_types(self) -> list[str]:
        """The type values checked as primary care."""
        out = []
        for i in range(self.type_list.count()):
            item = self.type_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked_types(self, values: list[str]) -> None:
        """Check exactly ``values`` (as a person ticking the list would)."""
        for i in range(self.type_list.count()):
            item = self.type_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _count_types(self, *_args) -> None:
        counts = self.type_values()
        if not counts:
            self.type_label.setText("")
            return
        kept = sum(counts.get(v, 0) for v in self.checked_types())
        text = self.tr("%1 of %2 points will be loaded as centres.")
        self.type_label.setText(
            text.replace("%1", f"{kept:,}").replace("%2", f"{sum(counts.values()):,}")
        )
        if self.points_radio.isChecked() and self.table is not None:
            self.apply_button.setEnabled(kept > 0)

    def _fill_preview(self, table: pd.DataFrame) -> None:
        head = table.head(PREVIEW_ROWS)
        self.preview.clear()
        self.preview.setColumnCount(len(head.columns))
        self.preview.setRowCount(len(head))
        self.preview.setHorizontalHeaderLabels([str(c) for c in head.columns])
        for j, col in enumerate(head.columns):
            for i, v in enumerate(head[col].tolist()):
                self.preview.setItem(i, j, QTableWidgetItem("" if pd.isna(v) else str(v)))

    # -- join ------------------------------------------------------------------------------------
    def _mode_changed(self) -> None:
        self.pages.setCurrentIndex(0 if self.join_radio.isChecked() else 1)
        self._invalidate()

    def _invalidate(self) -> None:
        """Choices changed: the shown report is stale until checked again."""
        self.joined = None
        points = self.points_radio.isChecked()
        if not points:
            self.report.clear()
        self.apply_button.setEnabled(self.table is not None and points)
        if points and self.type_values():
            self._count_types()

    def check_join(self) -> bool:
        """Run the join on a copy and show its report; True when it can be applied."""
        from accessmap.core import tables

        self._invalidate()
        if self.table is None or self.sectors is None:
            return False
        try:
            joined, report = tables.join_table(
                self.sectors,
                self.table,
                table_key=self.key_combo.currentText(),
                sector_key=self.sector_key_combo.currentData(),
                normalise=self.normalise_check.isChecked(),
                duplicates=self.duplicates_combo.currentData(),
            )
        except AccessmapError as exc:
            self.report.setPlainText(exc.message)
            return False
        self.joined, self.report_text = joined, report.summary()
        self.report.setPlainText(self.report_text)
        self.apply_button.setEnabled(True)
        return True

    def apply(self) -> None:
        """Emit the checked join, or the point layer request, and close."""
        if self.points_radio.isChecked():
            from accessmap.gui.panels.layer_files import LoadRequest

            opts: dict[str, Any] = {}
            if not self.vector:
                opts = {
                    "x_col": self.x_combo.currentText(),
                    "y_col": self.y_combo.currentText(),
                    "crs": self.crs_combo.currentData(),
                }
            if self.name_combo.currentIndex() > 0:
                opts["name_col"] = self.name_combo.currentText()
            if self.type_column() is not None:
                opts["type_column"] = self.type_column()
                opts["primary_care_types"] = self.checked_types()
            self.sig_points_accepted.emit([LoadRequest(self.path, "centres", opts)])
        elif self.joined is not None:
            self.sig_join_accepted.emit(self.joined, self.report_text, str(self.path))
        else:
            return
        self.accept()
