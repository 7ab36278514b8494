"""File handling of the main window: open (with kind detection), recent files, import, export,
print, zoom. Blocking questions (file dialogs, "what is this file?") are isolated in small
methods or replaceable callables, so tests drive the rest directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog

from accessmap.core.errors import AccessmapError
from accessmap.gui.panels.layer_files import LoadRequest, asks_for_types, detect_kind

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.gui.main_window import MainWindow

__all__ = ["MAX_RECENT", "FileOps"]

MAX_RECENT = 10
OPEN_FILTER = (
    "Data (*.gpkg *.shp *.geojson *.json *.csv *.txt *.tsv *.xlsx *.xls *.accessmap);;All files (*)"
)
IMPORT_FILTER = (
    "Tables and points (*.csv *.txt *.tsv *.xlsx *.xls *.geojson *.json *.gpkg *.shp);;"
    "All files (*)"
)


class FileOps(QObject):
    """Open / import / export / print for one :class:`MainWindow`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        #: (path, candidate kinds) -> chosen kind or None; replace in tests
        self.kind_chooser: Callable[[str, list[str]], str | None] = self._ask_kind
        self.last_dialog = None

    @property
    def controller(self):
        return self.w.controller

    # -- opening ---------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.w, self.tr("Open data files"), self._last_dir(), self.tr(OPEN_FILTER)
        )
        if paths:
            self.open_paths(paths)

    def open_paths(self, paths: list[str]) -> None:
        """Open files: detect each one's role (ask when unclear), then load them together."""
        requests: list[LoadRequest] = []
        layers = self.controller.layers
        have_sectors = layers is not None
        bounds = layers.sectors.total_bounds if layers is not None else None
        for p in paths:
            path = Path(p)
            try:
                kinds = detect_kind(path, have_sectors=have_sectors, sector_bounds=bounds)
            except AccessmapError as exc:
                self.controller.sig_error.emit(exc)
                continue
            except Exception as exc:
                self.controller.report_error(exc)
                continue
            kind = kinds[0] if len(kinds) == 1 else self.kind_chooser(str(path), kinds)
            if kind is None:
                continue
            self.add_recent(path)
            if kind == "project":
                self.open_project(path)
            elif kind in ("table", "points_table"):
                self.import_dialog(path, points=kind == "points_table")
            elif kind == "centres" and self._asks_for_types(path):
                self.import_dialog(path, points=True)  # which kinds of place count?
            else:
                requests.append(LoadRequest(path, kind))
                have_sectors = have_sectors or kind == "sectors"
        if requests:
            self.controller.open_requests(requests)

    def _asks_for_types(self, path: Path) -> bool:
        try:
            return asks_for_types(path)
        except AccessmapError:
            return False  # the loader says what is wrong with the file

    def _ask_kind(self, path: str, kinds: list[str]) -> str | None:
        names = {
            "sectors": self.tr("statistical sectors (areas with residents)"),
            "centres": self.tr("health centres / GP practices (points)"),
            "catchments": self.tr("catchment areas of centres"),
            "residents": self.tr("resident or address points"),
            "network": self.tr("walking network (lines)"),
            "table": self.tr("a table to join to the sectors"),
            "points_table": self.tr("centres with coordinates"),
        }
        labels = [names.get(k, k) for k in kinds]
        label, ok = QInputDialog.getItem(
            self.w,
            self.tr("What is this file?"),
            self.tr("Load %1 as:").replace("%1", Path(path).name),
            labels,
            0,
            False,
        )
        return kinds[labels.index(label)] if ok else None

    def import_dialog(self, path: str | Path | bool | None = None, points: bool = False):
        """Open the import dialog (table join, point CSV or point layer) non-modally.

        ``path`` None (or the ``checked`` flag of a menu action) asks for the file first."""
        from accessmap.gui.dialogs.import_dialog import ImportDialog

        if not isinstance(path, (str, Path)) or not str(path):
            path, _ = QFileDialog.getOpenFileName(
                self.w,
                self.tr("Import a table or points"),
                self._last_dir(),
                self.tr(IMPORT_FILTER),
            )
            if not path:
                return None
            self.add_recent(Path(path))
        layers = self.controller.layers
        remembered = {}
        for info in layers.sources if layers is not None else ():
            if info.role == "centres" and Path(info.path) == Path(path):
                remembered = dict(getattr(info, "options", {}) or {})
        try:
            dialog = ImportDialog(
                Path(path),
                layers.sectors if layers is not None else None,
                points=points,
                parent=self.w,
                remembered=remembered,
            )
        except Exception as exc:
            self.controller.report_error(exc)
            return None
        dialog.sig_join_accepted.connect(self.controller.apply_join)
        dialog.sig_points_accepted.connect(self.controller.open_requests)
        dialog.sig_error.connect(self.controller.sig_error)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_project(self, path: Path) -> None:
        self.w.project_ops.open(path)

    # -- recent files ----------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.w.qsettings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: Path) -> None:
        p = str(Path(path).resolve())
        items = [p, *(r for r in self.recent_files() if r != p)][:MAX_RECENT]
        self.w.qsettings.setValue("recent_files", items)
        self.w.qsettings.setValue("last_dir", str(Path(p).parent))

    def fill_recent_menu(self) -> None:
        menu = self.w.recent_menu
        menu.clear()
        for p in self.recent_files():
            act = menu.addAction(Path(p).name)
            act.setToolTip(p)
            act.setEnabled(Path(p).exists())
            act.triggered.connect(lambda _=False, p=p: self.open_paths([p]))
        if menu.isEmpty():
            menu.addAction(self.tr("(no recent files)")).setEnabled(False)

    def _last_dir(self) -> str:
        return str(self.w.qsettings.value("last_dir", str(Path.home())))

    # -- saving, export, print -------------------------------------------------------------------
    def save(self) -> None:
        self.w.project_ops.save()

    def save_as(self) -> None:
        self.w.project_ops.save(ask=True)

    def export_kinds(self) -> dict[str, str]:
        return {
            "csv": self.tr("Sector table as CSV..."),
            "xlsx": self.tr("Sector table as Excel..."),
            "gpkg": self.tr("Map layers as GeoPackage..."),
            "json": self.tr("Summary as JSON..."),
            "html": self.tr("Web map (folder)..."),
            "charts": self.tr("Charts as PNG and SVG (folder)..."),
        }

    def export(self, kind: str, path: str | Path | None = None) -> Path | None:
        """Export the current result; ``path`` None asks for it. Errors go to the dialog."""
        from accessmap.render import export as ex

        result = self.controller.result
        if result is None:
            self.w.statusBar().showMessage(self.tr("Nothing to export yet."), 5000)
            return None
        suffix = {"csv": ".csv", "xlsx": ".xlsx", "gpkg": ".gpkg", "json": ".json"}.get(kind)
        if path is None:
            if suffix is None:
                path = QFileDialog.getExistingDirectory(
                    self.w, self.tr("Export to folder"), self._last_dir()
                )
            else:
                path, _ = QFileDialog.getSaveFileName(
                    self.w,
                    self.tr("Export"),
                    str(Path(self._last_dir()) / f"accessmap{suffix}"),
                    f"*{suffix}",
                )
            if not path:
                return None
        d = self.controller.display
        try:
            if kind == "csv":
                out = ex.export_csv(result, path)
            elif kind == "xlsx":
                out = ex.export_xlsx(result, path)
            elif kind == "gpkg":
                out = ex.export_gpkg(result, path)
            elif kind == "json":
                out = ex.export_summary_json(result, path)
            elif kind == "html":
                out = ex.export_map_html_folder(
                    result, path, column=d.column, scheme=d.scheme, k=d.k
                )
            else:
                self.w.charts_panel.export_all(path)
                out = Path(path)
        except Exception as exc:
            self.controller.report_error(exc)
            return None
        self.w.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(out)), 8000)
        return Path(out)

    def print_(self):
        """Open the print / PDF dialog on the current result (non-blocking)."""
        result = self.controller.result
        if result is None:
            return None
        try:
            from accessmap.gui.dialogs.print_dialog import PrintDialog

            dialog = PrintDialog(result, self.w)
        except Exception as exc:
            self.controller.report_error(exc)
            return None
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # -- map navigation --------------------------------------------------------------------------
    def zoom_to_layer(self) -> None:
        if self.controller.result is not None:
            ids = self.controller.result.sectors["sector_id"].astype(str).tolist()
            self.w.map_view.zoom_to_sectors(ids)

    def zoom_to_selection(self) -> None:
        if self.controller.selection:
            self.w.map_view.zoom_to_sectors(list(self.controller.selection))
