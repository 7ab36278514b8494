"""Print and PDF dialog: paper, orientation, texts, atlas, locator and key figures; print
preview, direct printing and PDF / PNG export of the pages made by
:mod:`accessmap.render.layout`.

The pages are drawn by matplotlib (Qt-free); printing and the preview paint each page as an
image at the printer's resolution (capped at 300 dpi) onto the ``QPrinter``. PDF and PNG
exports run on a worker thread (:class:`accessmap.gui.workers.JobRunner`) and write vector PDF
directly.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QMarginsF, QObject, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accessmap.core.errors import AccessmapError, CancelledError
from accessmap.core.model import AnalysisResult
from accessmap.gui import translations
from accessmap.gui.workers import as_user_error, dispatcher
from accessmap.render.layout import PageSpec, render_pages_png, write_pdf, write_png
from accessmap.render.layout_prepare import read_zones, zone_groups
from accessmap.render.layout_text import missing_attribution, source_items

__all__ = ["PrintDialog", "atlas_candidates"]

#: Columns offered for an atlas first, when present.
_ATLAS_FIRST = ("municipality", "district_name")
_MAX_ATLAS_PAGES = 250


class _ExportJob(QObject):
    """One export on a Python thread; results come back to the main thread by signal.

    Not a QThreadPool worker: pyproj 3.7 keeps its per-thread PROJ context in OS-thread storage
    but frees it with the Python thread state, which PySide drops after every QRunnable; the
    next pyproj call on that pooled thread then crashes (pyproj issue #1509). Python-created
    threads keep their thread state for their whole life, so pyproj is safe there.
    """

    #: fraction in [0, 1], message
    sig_progress = Signal(float, str)
    #: the function's return value (the written path)
    sig_finished = Signal(object)
    #: the AccessmapError (CancelledError when cancelled)
    sig_failed = Signal(object)

    def __init__(self, fn, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._cancel = threading.Event()
        # the worker thread makes no Qt call: results reach the main thread via the dispatcher
        self._dispatcher = dispatcher()
        self._emit_progress = self.sig_progress.emit
        self._emit_finished = self.sig_finished.emit
        self._emit_failed = self.sig_failed.emit
        self.thread = threading.Thread(
            target=self._run, args=(fn, args, kwargs), daemon=True, name="accessmap-export"
        )

    def start(self) -> None:
        self._dispatcher.hold()
        self._dispatcher.keep_until_done(self.thread, self)
        self.thread.start()

    def _final(self, emit, value) -> None:
        self._dispatcher.release()
        emit(value)

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, fraction: float, message: str) -> None:
        if self._cancel.is_set():
            raise CancelledError()
        self._dispatcher.post(self._emit_progress, float(fraction), str(message))

    def _run(self, fn, args, kwargs) -> None:
        try:
            out = fn(*args, progress=self._progress, **kwargs)
        except BaseException as exc:  # handed to the main thread, shown there
            self._dispatcher.post(self._final, self._emit_failed, as_user_error(exc))
        else:
            self._dispatcher.post(self._final, self._emit_finished, out)


def atlas_candidates(sectors: pd.DataFrame) -> list[str]:
    """Text columns with 2..250 distinct values (municipality and district first)."""
    out = []
    for col in sectors.columns:
        if col == sectors.geometry.name or col in ("sector_id", "name", "gap_class"):
            continue
        s = sectors[col]
        if pd.api.types.is_float_dtype(s) or pd.api.types.is_bool_dtype(s):
            continue
        n = s.dropna().astype(str).nunique()
        if 2 <= n <= _MAX_ATLAS_PAGES:
            out.append(col)
    first = [c for c in _ATLAS_FIRST if c in out]
    return first + [c for c in out if c not in first]


def _ui_language(settings: QSettings | None) -> str:
    """The interface language: the user's Settings > Language choice (even before the restart
    that applies it to the menus), else the catalogue installed at start-up, else the
    system's language (Dutch or French), else English."""
    if settings is not None:
        chosen = translations.stored_language(settings)
        if chosen:
            return chosen
    installed = translations.current_language()
    return installed if installed != "en" else translations.resolve_language(None, settings)


def _sources_key(result: AnalysisResult) -> str:
    """The settings key of the sources typed for this set of layers."""
    paths = "\n".join(sorted(s.path for s in result.sources))
    return "print/sources/" + hashlib.sha1(paths.encode()).hexdigest()[:16]


class PrintDialog(QDialog):
    """Choose how the result goes on paper; preview, print, or export PDF / PNG."""

    #: path of a file written by an export (PDF or PNG)
    sig_exported = Signal(str)
    #: an export failed (the AccessmapError)
    sig_failed = Signal(object)
    #: an export was cancelled (nothing was written)
    sig_cancelled = Signal()

    def __init__(
        self,
        result: AnalysisResult,
        parent: QWidget | None = None,
        *,
        column: str | None = None,
        scheme: str | None = None,
        k: int | None = None,
        language: str | None = None,
        selected_ids: Sequence[str] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print and PDF"))
        self.result = result
        controller = getattr(parent, "controller", None)
        display = getattr(controller, "display", None)
        self._column = column or getattr(display, "column", None) or "dist_nearest_m"
        self._scheme = scheme or getattr(display, "scheme", None) or "quantiles"
        self._k = int(k or getattr(display, "k", None) or 5)
        if selected_ids is None:
            selected_ids = tuple(getattr(controller, "selection", ()) or ())
        self._selected = [str(s) for s in selected_ids]
        self._job: _ExportJob | None = None
        self.last_error: AccessmapError | None = None
        self._settings = settings if settings is not None else getattr(parent, "qsettings", None)
        #: the project's "ui" dict (Project.ui) when the controller keeps one
        self._project_ui = getattr(controller, "project_ui", None)
        self._zones = None  # the zone polygons of a zone atlas (read_zones)
        self._values_column: str | None = None  # the column listed in atlas_values
        self._zone_pages = 0
        self._build(language or _ui_language(self._settings))

    # -- widgets -----------------------------------------------------------------------------
    @staticmethod
    def _combo(items: list[tuple[str, Any]]) -> QComboBox:
        box = QComboBox()
        for text, data in items:
            box.addItem(text, data)
        return box

    def _build(self, language: str) -> None:
        self.paper = self._combo([("A4", "A4"), ("A3", "A3")])
        self.orientation = self._combo(
            [(self.tr("Portrait"), "portrait"), (self.tr("Landscape"), "landscape")]
        )
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Default: Access to primary care"))
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setPlaceholderText(self.tr("Default: the indicator and the area"))
        self.author_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        # Item data: "" (one page), "focus", "selection", "unit", "column:<name>", "zones".
        columns = atlas_candidates(self.result.sectors)
        atlas: list[tuple[str, Any]] = [(self.tr("One page: the whole area"), "")]
        if self._selected:
            atlas.append((self.tr("One page zoomed to the selected sectors"), "focus"))
            atlas.append((self.tr("Atlas: one page per selected sector"), "selection"))
        if columns:
            atlas.append((self.tr("One page for one unit (e.g. a municipality)"), "unit"))
        for col in columns:
            n = self.result.sectors[col].dropna().astype(str).nunique()
            text = self.tr("Atlas: one page per {column} ({n} pages)")
            atlas.append((text.format(column=col, n=n), f"column:{col}"))
        atlas.append((self.tr("Atlas: one page per zone of a polygon layer..."), "zones"))
        self.atlas = self._combo(atlas)
        self.unit_column = self._combo([(c, c) for c in columns])
        self.unit_value = QComboBox()
        self.atlas_values = QListWidget()
        self.atlas_values.setMaximumHeight(110)
        self.atlas_values.setToolTip(self.tr("Untick the units you do not want a page for."))
        self.zones_button = QPushButton(self.tr("Zone layer..."))
        self.zones_button.setToolTip(
            self.tr("Polygons such as the eerstelijnszones: one page per zone that holds sectors")
        )
        self.zones_label = QLabel(self.tr("No zone layer chosen."))
        self.zones_label.setWordWrap(True)
        self.language = self._combo([("English", "en"), ("Nederlands", "nl"), ("Français", "fr")])
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.sources_edit = QPlainTextEdit()
        self.sources_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.sources_edit.setToolTip(
            self.tr("The sources line of the page: where the data come from and their licence")
        )
        self.sources_note = QLabel()
        self.sources_note.setWordWrap(True)
        self._sources_default = source_items(self.result.sources, language)
        self.sources_edit.setPlainText(self._remembered_sources() or self._sources_default)
        self._note_missing_attribution()
        self.locator = QCheckBox(self.tr("Locator map"))
        self.locator.setChecked(True)
        self.summary = QCheckBox(self.tr("Key figures beside the map"))
        self.summary.setChecked(True)

        form = QFormLayout()
        self._form = form
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Subtitle"), self.subtitle_edit)
        form.addRow(self.tr("Author"), self.author_edit)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Pages"), self.atlas)
        form.addRow(self.tr("Unit column"), self.unit_column)
        form.addRow(self.tr("Unit"), self.unit_value)
        form.addRow(self.tr("Atlas pages"), self.atlas_values)
        form.addRow(self.zones_button, self.zones_label)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Sources"), self.sources_edit)
        form.addRow("", self.sources_note)
        form.addRow("", self.locator)
        form.addRow("", self.summary)

        self.preview_button = QPushButton(self.tr("Preview..."))
        self.print_button = QPushButton(self.tr("Print..."))
        self.pdf_button = QPushButton(self.tr("Export PDF..."))
        self.png_button = QPushButton(self.tr("Export PNG..."))
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (self.preview_button, self.print_button, self.pdf_button, self.png_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_pages)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.png_button.clicked.connect(lambda: self.export_png())
        self.cancel_button.clicked.connect(self.cancel_export)
        self.zones_button.clicked.connect(lambda: self.choose_zones())
        self.atlas.currentIndexChanged.connect(self._atlas_changed)
        self.unit_column.currentIndexChanged.connect(self._unit_column_changed)
        self.atlas_values.itemChanged.connect(self._count_pages)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.sources_edit.textChanged.connect(self._remember_sources)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(busy_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._unit_column_changed()
        self._atlas_changed()
        self._load_remembered_zones()

    def _atlas_changed(self) -> None:
        mode = str(self.atlas.currentData() or "")
        single = mode in ("", "focus", "unit")
        self.png_button.setEnabled(single)
        self.png_button.setToolTip(
            "" if single else self.tr("PNG holds one page: choose a single page to export PNG.")
        )
        self._form.setRowVisible(self.unit_column, mode == "unit")
        self._form.setRowVisible(self.unit_value, mode == "unit")
        self._form.setRowVisible(self.atlas_values, mode.startswith("column:"))
        self._form.setRowVisible(self.zones_label, mode == "zones")
        column = mode.removeprefix("column:") if mode.startswith("column:") else None
        if column is not None and column != self._values_column:  # keep the ticks otherwise
            self._fill_values(self.atlas_values, column)
            self._values_column = column
        self._count_pages()

    def _column_values(self, column: str) -> list[str]:
        col = self.result.sectors[column]
        return sorted(v for v in col.dropna().astype(str).unique() if v.strip())

    def _unit_column_changed(self) -> None:
        column = self.unit_column.currentData()
        self.unit_value.clear()
        if column:
            self.unit_value.addItems(self._column_values(column))

    def _fill_values(self, view: QListWidget, column: str) -> None:
        view.blockSignals(True)
        view.clear()
        for value in self._column_values(column):
            item = QListWidgetItem(value, view)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        view.blockSignals(False)

    def _checked_values(self) -> list[str]:
        items = (self.atlas_values.item(i) for i in range(self.atlas_values.count()))
        return [it.text() for it in items if it.checkState() == Qt.CheckState.Checked]

    def page_count(self) -> int:
        """How many pages the current choice makes."""
        mode = str(self.atlas.currentData() or "")
        if mode == "selection":
            return len(self._selected)
        if mode.startswith("column:"):
            return len(self._checked_values())
        if mode == "zones":
            return self._zone_pages
        return 1

    def _count_pages(self) -> None:
        mode = str(self.atlas.currentData() or "")
        n = self.page_count()
        busy = self._job is not None
        self.pdf_button.setEnabled(not busy and n > 0)
        self.print_button.setEnabled(not busy and n > 0)
        self.preview_button.setEnabled(not busy and n > 0)
        if mode.startswith("column:") or mode == "zones":
            self.status.setText(self.tr("%n page(s)", "", n))

    # -- zones -------------------------------------------------------------------------------
    def choose_zones(self, path: str | Path | None = None) -> bool:
        """Read a zone polygon layer (``path`` None asks for it) for a zone atlas; True when
        it holds sectors of the result. Errors are shown, never raised."""
        if path is None:
            start = str(self._setting("print/zones_path") or Path.home())
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Zone layer"),
                start,
                self.tr("Polygon layers (*.gpkg *.shp *.geojson *.json *.fgb *.zip)"),
            )
            if not path:
                return False
        try:
            zones = read_zones(path)
            pages = len(zone_groups(self.result, zones))
        except AccessmapError as exc:
            self.status.setText(exc.message)
            self._show_error(exc)
            return False
        self._zones, self._zone_pages = zones, pages
        text = self.tr("{file}: {zones} zones, {pages} with sectors (one page each)")
        self.zones_label.setText(text.format(file=Path(path).name, zones=len(zones), pages=pages))
        if self._settings is not None:
            self._settings.setValue("print/zones_path", str(path))
        self.atlas.setCurrentIndex(self.atlas.findData("zones"))
        self._count_pages()
        return True

    def _load_remembered_zones(self) -> None:
        path = self._setting("print/zones_path")
        if path and Path(str(path)).is_file():
            try:
                zones = read_zones(str(path))
                self._zone_pages = len(zone_groups(self.result, zones))
                self._zones = zones
            except AccessmapError:
                return  # the remembered layer no longer fits: the user may choose another
            text = self.tr("{file}: {zones} zones, {pages} with sectors (one page each)")
            self.zones_label.setText(
                text.format(file=Path(str(path)).name, zones=len(zones), pages=self._zone_pages)
            )

    # -- sources -----------------------------------------------------------------------------
    def _setting(self, key: str) -> object:
        return self._settings.value(key) if self._settings is not None else None

    def _remembered_sources(self) -> str:
        if isinstance(self._project_ui, dict):
            typed = self._project_ui.get("print", {}).get("sources")
            if typed:
                return str(typed)
        return str(self._setting(_sources_key(self.result)) or "")

    def _remember_sources(self) -> None:
        text = self.sources_edit.toPlainText().strip()
        typed = text if text != self._sources_default else ""
        if isinstance(self._project_ui, dict):
            self._project_ui.setdefault("print", {})["sources"] = typed
        if self._settings is not None:
            if typed:
                self._settings.setValue(_sources_key(self.result), typed)
            else:
                self._settings.remove(_sources_key(self.result))
        self._note_missing_attribution()

    def _note_missing_attribution(self) -> None:
        missing = missing_attribution(self.result.sources)
        text = self.sources_edit.toPlainText()
        missing = [m for m in missing if m in text]
        if missing:
            note = self.tr(
                "No attribution is known for {files}: type where these data come from and "
                "their licence (e.g. Statbel, CC BY 4.0)."
            )
            self.sources_note.setText(note.format(files=", ".join(missing)))
        self.sources_note.setVisible(bool(missing))

    def _language_changed(self) -> None:
        """The default sources line follows the language; a typed one stays as typed."""
        untouched = self.sources_edit.toPlainText().strip() == self._sources_default
        self._sources_default = source_items(self.result.sources, self.language.currentData())
        if untouched:
            self.sources_edit.setPlainText(self._sources_default)

    # -- what to draw ------------------------------------------------------------------------
    def page_spec(self) -> PageSpec:
        """The PageSpec of the current choices."""
        return PageSpec(
            paper=self.paper.currentData(),
            orientation=self.orientation.currentData(),
            title=self.title_edit.text().strip(),
            subtitle=self.subtitle_edit.text().strip(),
            column=self._column,
            scheme=self._scheme,
            k=self._k,
            author=self.author_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            show_locator=self.locator.isChecked(),
            show_summary=self.summary.isChecked(),
            language=self.language.currentData(),
            sources=self._typed_sources(),
        )

    def _typed_sources(self) -> str:
        text = " ".join(self.sources_edit.toPlainText().split())
        return "" if text == " ".join(self._sources_default.split()) else text

    def page_options(self) -> dict[str, Any]:
        """Keyword arguments for write_pdf / render_pages_png: atlas column, values, focus."""
        mode = str(self.atlas.currentData() or "")
        if mode == "focus":
            return {"focus_ids": list(self._selected)}
        if mode == "selection":
            return {"atlas_values": list(self._selected)}
        if mode == "unit":
            return {"unit": (self.unit_column.currentData(), self.unit_value.currentText())}
        if mode.startswith("column:"):
            column = mode.removeprefix("column:")
            values = self._checked_values()
            if len(values) == self.atlas_values.count():
                return {"atlas_column": column}
            return {"atlas_column": column, "atlas_values": values}
        if mode == "zones":
            return {"zones": self._zones} if self._zones is not None else {}
        return {}

    # -- printing ----------------------------------------------------------------------------
    def configure_printer(self, printer: QPrinter) -> None:
        """Paper size and orientation of the page spec, whole sheet (the layout has margins)."""
        spec = self.page_spec()
        size = QPageSize(QPageSize.PageSizeId.A3 if spec.paper == "A3" else QPageSize.PageSizeId.A4)
        orient = (
            QPageLayout.Orientation.Landscape
            if spec.orientation == "landscape"
            else QPageLayout.Orientation.Portrait
        )
        printer.setPageLayout(QPageLayout(size, orient, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)

    def paint_pages(self, printer: QPrinter) -> int:
        """Draw every page onto ``printer`` (preview or real); returns the number of pages."""
        spec = self.page_spec()
        dpi = max(72, min(int(printer.resolution()), 300))
        painter = QPainter()
        if not painter.begin(printer):
            self._show_error(AccessmapError(self.tr("The printer could not be started.")))
            return 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        n = 0
        try:
            pages = render_pages_png(self.result, spec, dpi=dpi, **self.page_options())
            for png in pages:
                if n:
                    printer.newPage()
                image = QImage.fromData(png, "PNG")
                target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(
                    QRectF(
                        target.x() + (target.width() - w) / 2,
                        target.y() + (target.height() - h) / 2,
                        w,
                        h,
                    ),
                    image,
                )
                n += 1
        except AccessmapError as exc:
            self._show_error(exc)
        finally:
            painter.end()
            QGuiApplication.restoreOverrideCursor()
        return n

    def preview(self) -> QPrintPreviewDialog:
        """Open the print preview (window-modal, non-blocking); returns it."""
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setResolution(150)  # sharp enough to zoom in, quick to draw
        self.configure_printer(printer)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.paint_pages)
        self._preview = dialog
        self._preview_printer = printer
        dialog.open()
        return dialog

    def print_pages(self, printer: QPrinter | None = None) -> QPrintDialog:
        """Ask for a printer (window-modal, non-blocking) and print when accepted.

        ``printer`` (e.g. one kept between prints) starts the dialog from its settings."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        self.configure_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.accepted.connect(lambda *_: self.paint_pages(printer))
        self._print_dialog = dialog
        self._printer = printer
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # QPrintDialog.open() needs a receiver in PySide
        return dialog

    # -- exports -----------------------------------------------------------------------------
    def _ask(self, suffix: str, caption: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / f"accessmap{suffix}"), f"*{suffix}"
        )
        return path

    def export_pdf(self, path: str | Path | None = None):
        """Write the PDF on a worker thread (``path`` None asks for it); returns the worker."""
        path = path or self._ask(".pdf", self.tr("Export PDF"))
        if not path:
            return None
        self.status.setText(self.tr("Writing the PDF..."))
        return self._start(
            write_pdf, self.result, Path(path), self.page_spec(), **self.page_options()
        )

    def export_png(self, path: str | Path | None = None, dpi: int = 300):
        """Write the page as a PNG (300 dpi) on a worker thread; returns the worker."""
        path = path or self._ask(".png", self.tr("Export PNG"))
        if not path:
            return None
        options = self.page_options()
        single = {k: v for k, v in options.items() if k in ("focus_ids", "unit")}
        self.status.setText(self.tr("Writing the PNG..."))
        return self._start(write_png, self.result, Path(path), self.page_spec(), dpi, **single)

    def _start(self, fn, *args: Any, **kwargs: Any) -> _ExportJob:
        if self._job is not None:
            self._job.cancel()
        job = _ExportJob(fn, *args, **kwargs)
        job.sig_progress.connect(self._on_progress)
        job.sig_finished.connect(self._on_finished)
        job.sig_failed.connect(self._on_failed)
        self._job = job
        self._on_busy(True)
        job.start()
        return job

    def wait(self, timeout_s: float = 120.0) -> bool:
        """Block until the running export is done (for scripts and shutdown)."""
        if self._job is None:
            return True
        self._job.thread.join(timeout_s)
        return not self._job.thread.is_alive()

    def _on_progress(self, fraction: float, message: str) -> None:
        if self.sender() is not self._job:
            return
        self.progress.setValue(round(100 * fraction))
        self.status.setText(message)

    def cancel_export(self) -> None:
        """Stop the running export before its next page; no partial file is left."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling..."))

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for b in (self.preview_button, self.print_button, self.pdf_button):
            b.setEnabled(not busy)
        if busy:
            self.png_button.setEnabled(False)
        else:
            self._atlas_changed()

    def _on_finished(self, path: object) -> None:
        if self.sender() is not self._job:
            return  # a superseded job
        self._job = None
        self._on_busy(False)
        self.status.setText(self.tr("Written: {path}").format(path=str(path)))
        self.sig_exported.emit(str(path))

    def _on_failed(self, error: object) -> None:
        if self.sender() is not self._job:
            return
        self._job = None
        self._on_busy(False)
        if isinstance(error, CancelledError):
            self.status.setText(self.tr("Cancelled: no file was written."))
            self.sig_cancelled.emit()
            return
        self.status.setText(str(getattr(error, "message", error)))
        self._show_error(error)
        self.sig_failed.emit(error)

    def _show_error(self, error: object) -> None:
        from accessmap.gui.dialogs.error_dialog import make_error_dialog

        self.last_error = error if isinstance(error, AccessmapError) else None
        if isinstance(error, AccessmapError):
            box = make_error_dialog(self, error)
            if box is not None:
                self._error_box = box
                box.open()

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
        super().reject()
