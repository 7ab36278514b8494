"""The embedded offline map: :class:`MapView`, a QWebEngineView around the page that
``render.map_html`` writes.

The page is written to a private temporary folder on a worker thread (~1.5 s for 19,800
sectors; :class:`~accessmap.gui.workers.FunctionWorker`, a Python thread, because pyproj
crashes on pooled Qt threads) and loaded with
``QUrl.fromLocalFile`` (never ``setHtml``). A request interceptor
(:class:`~accessmap.gui.url_guard.OfflineGuard`) blocks and records every http(s) request;
JavaScript errors are captured (:attr:`MapView.js_errors`, :attr:`MapView.sig_js_error`). The
page talks back through one validated QObject (:class:`~accessmap.gui.map_bridge.MapBridge`).

A new result rebuilds the page only when its fixed layers change (sector ids and shapes,
catchments: :func:`~accessmap.render.map_html.geometry_key`); otherwise, and for every change of
indicator, classes, threshold circles or catchment visibility, the existing layers are restyled
through ``accessmap.restyle(payload)``. When the centres changed (a scenario edit added, moved,
removed or edited one, or the year filter changed them) the restyle payload carries the new
centre layer (:func:`~accessmap.render.map_payload.centre_layer`) and the page replaces its
markers and threshold circles in place: no reload, one repaint (tooltip values go along only
for the columns that changed, :func:`~accessmap.render.map_payload.values_payload`). A local
base map (XYZ folder or MBTiles file, see :mod:`accessmap.render.tiles`) is checked when set and
prepared (MBTiles extracted once into the user's cache) on the page-building thread.

In the scenario edit mode (:meth:`MapView.set_edit_mode`, ``accessmap-edit.js``) centres can be
dragged (:attr:`MapView.sig_centre_moved`) and right-clicked (:attr:`MapView.sig_centre_menu`);
the bridge accepts only ids of the centres on the page.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from accessmap.core.errors import AccessmapError, SettingsError
from accessmap.core.model import AnalysisResult
from accessmap.gui.map_bridge import MapBridge
from accessmap.gui.map_page import MapPage, js_callback
from accessmap.gui.url_guard import OfflineGuard
from accessmap.gui.workers import FunctionWorker
from accessmap.render.geojson import dumps_js
from accessmap.render.map_html import build_map_page, geometry_key, style_payload
from accessmap.render.map_payload import (
    EXTRA_TEXT,
    centre_layer,
    value_digests,
    values_payload,
)
from accessmap.render.styling import INDICATOR_INFO, MAP_TEXT
from accessmap.render.tiles import check_tiles

__all__ = ["MapView", "map_labels"]

_LAYERS = ("sectors", "centres", "municipalities", "gap", "threshold", "sites", "catchments")


def map_labels() -> dict[str, str]:
    """The map's strings translated by the installed Qt translators (context "MapView")."""
    out = {k: QCoreApplication.translate("MapView", v) for k, v in EXTRA_TEXT.items()}
    out.update({k: QCoreApplication.translate("MapView", v) for k, v in MAP_TEXT.items()})
    out.update(
        {c: QCoreApplication.translate("MapView", i.label) for c, i in INDICATOR_INFO.items()}
    )
    return out


class MapView(QWidget):
    """The map panel: choropleth, centres, coverage gap, legend; click and selection."""

    #: A sector was clicked on the map (its sector_id).
    sig_sector_clicked = Signal(str)
    #: The map background or a sector was clicked at (latitude, longitude), WGS84.
    sig_map_clicked = Signal(float, float)
    #: The page has drawn its layers (number of sector features drawn).
    sig_map_ready = Signal(int)
    #: A JavaScript error happened on the page (message with source and line), or the page
    #: could not be written or loaded.
    sig_js_error = Signal(str)
    #: In the edit mode a centre was dragged: (centre_id, latitude, longitude), WGS84, where
    #: it was dropped. The marker stays there until the next centre layer (or
    #: :meth:`revert_centres`).
    sig_centre_moved = Signal(str, float, float)
    #: In the edit mode a centre was right-clicked: (centre_id, x, y), the global screen
    #: position of the click (for ``QMenu.popup``).
    sig_centre_menu = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tmp = QTemporaryDir()
        self._root = Path(self._tmp.path())
        # Qt 6's default profile is off the record (no disk cache, no cookies); the interceptor
        # is installed on this page only.
        self._guard = OfflineGuard(self)
        self._page = MapPage(QWebEngineProfile.defaultProfile(), self)
        self._page.setUrlRequestInterceptor(self._guard)
        self._page.on_error = self.sig_js_error.emit
        s = self._page.settings()
        # Remote URLs are not refused by Chromium's own setting but by the interceptor, so that
        # every attempt is recorded (blocked_requests) and tests can prove there was none.
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        self.bridge = MapBridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self.bridge)
        self._page.setWebChannel(self._channel)
        self._view = QWebEngineView(self)
        self._view.setPage(self._page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        # keyboard focus and input go to the web view (its own focus proxy is the widget
        # Chromium draws into: where a person's clicks and keys arrive)
        self.setFocusProxy(self._view)

        self._builds: dict[int, FunctionWorker] = {}  # running page builds, by generation
        self.bridge.sig_sector_clicked.connect(self.sig_sector_clicked)
        self.bridge.sig_map_clicked.connect(self.sig_map_clicked)
        self.bridge.sig_ready.connect(self._on_ready)
        self.bridge.sig_centre_moved.connect(self.sig_centre_moved)
        self.bridge.sig_centre_menu.connect(self._on_centre_menu)
        self._page.loadFinished.connect(self._on_load_finished)

        self._result: AnalysisResult | None = None
        self._key: str | None = None
        #: The centre layer the page shows (or has queued); None: unknown.
        self._centres: list[dict[str, Any]] | None = None
        #: Digests of the tooltip values the page holds (render.map_payload.value_digests).
        self._values_known: dict[str, str] | None = None
        self._display: dict[str, Any] = {"column": "dist_nearest_m", "scheme": "quantiles", "k": 5}
        self._labels: Mapping[str, str] | None = None
        self._generation = 0
        self._ready = False
        self._pending: list[str] = []
        self._threshold_circles = False
        self._catchments_visible = True
        self._edit_mode = False
        self._place_mode = False
        self._tile_dir: Path | None = None
        self._tile_cache_dir: Path | None = None
        #: The index.html on screen (None before the first page).
        self.page_path: Path | None = None
        #: Number of pages built; restyles leave it unchanged.
        self.build_count = 0

    # ---- state ------------------------------------------------------------------------------
    @property
    def js_errors(self) -> list[str]:
        """JavaScript errors reported by the page so far."""
        return self._page.js_errors

    @property
    def blocked_requests(self) -> list[str]:
        """Remote requests the page attempted (all blocked)."""
        return self._guard.blocked_requests

    @property
    def is_ready(self) -> bool:
        """True once the current page has drawn (until the next rebuild starts)."""
        return self._ready

    @property
    def edit_mode(self) -> bool:
        """True while centres can be dragged and right-clicked (:meth:`set_edit_mode`)."""
        return self._edit_mode

    def page(self) -> MapPage:
        return self._page

    # ---- showing results ----------------------------------------------------------------------
    def show_result(
        self,
        result: AnalysisResult,
        column: str,
        scheme: str = "quantiles",
        k: int = 5,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``result`` mapped by ``column``; rebuild the page only if its sectors or
        catchments changed (new centres are sent to the page as a layer, without a reload).

        Raises :class:`SettingsError` when ``result`` has no column ``column``.
        """
        _check_column(result, column)
        self._labels = labels
        self._display = {"column": column, "scheme": scheme, "k": k}
        self._result = result
        key = geometry_key(result)
        if key == self._key and self.page_path is not None:
            self._run_restyle(include_values=True, centres=True)
            return
        self._key = key
        self._rebuild()

    def restyle(self, column: str, scheme: str = "quantiles", k: int = 5) -> None:
        """Map another indicator or classification on the current page (no reload)."""
        if self._result is not None:
            _check_column(self._result, column)
        self._display = {"column": column, "scheme": scheme, "k": k}
        if self._result is not None:
            self._run_restyle(include_values=False)

    def set_threshold_circles(self, visible: bool) -> None:
        """Draw (or hide) circles of the threshold radius around every centre."""
        self._threshold_circles = bool(visible)
        if self._result is not None:
            self._run_restyle(include_values=False)

    def set_catchments_visible(self, visible: bool) -> None:
        """Show (default) or hide the catchment areas of the result, when it has any."""
        self._catchments_visible = bool(visible)
        if self._result is not None:
            self._run_restyle(include_values=False)

    def set_tile_dir(self, tile_dir: Path | None, *, cache_dir: Path | None = None) -> None:
        """Use local base tiles (None: none): a ``{z}/{x}/{y}`` folder or an ``.mbtiles`` file,
        extracted once into ``cache_dir`` (default: the user's cache folder); rebuilds the page.

        Raises :class:`~accessmap.core.errors.DataFormatError` at once (keeping the current
        tiles) when ``tile_dir`` is not a raster tile folder or MBTiles file.
        """
        path = Path(tile_dir) if tile_dir else None
        if path is not None:
            check_tiles(path)
        self._tile_dir = path
        self._tile_cache_dir = Path(cache_dir) if cache_dir is not None else None
        if self._result is not None:
            self._rebuild()

    def set_edit_mode(self, on: bool) -> None:
        """Turn the scenario edit mode on or off: centres become draggable (a drop emits
        :attr:`sig_centre_moved`) and right-clicking one emits :attr:`sig_centre_menu`. Kept
        across page rebuilds."""
        self._edit_mode = bool(on)
        if self._ready:
            self.run_js(f"window.accessmapEdit.setEnabled({dumps_js(self._edit_mode)})")

    def set_place_mode(self, on: bool) -> None:
        """Turn the place mode on or off: while a centre is being added or moved by clicking,
        every click on the map (inside a sector too) is a map click (:attr:`sig_map_clicked`)
        and no sector popup opens. Kept across page rebuilds."""
        self._place_mode = bool(on)
        if self._ready:
            self.run_js(f"window.accessmap.setPlaceMode({dumps_js(self._place_mode)})")

    @property
    def place_mode(self) -> bool:
        """True while clicks on the map place a centre (:meth:`set_place_mode`)."""
        return self._place_mode

    def revert_centres(self) -> None:
        """Put every centre marker back where the current result has it (after a drag that
        was not applied)."""
        if self._centres is not None:
            self._js(f"window.accessmap.setCentres({dumps_js(self._centres)})", key="centres")

    def select_sectors(self, ids: list[str]) -> None:
        """Highlight these sectors (an empty list clears the highlight)."""
        self._js(f"window.accessmap.select({dumps_js([str(i) for i in ids])})", key="select")

    def zoom_to_sectors(self, ids: list[str]) -> None:
        """Fit the map to these sectors."""
        self._js(f"window.accessmap.zoomToIds({dumps_js([str(i) for i in ids])})")

    def show_sites(self, sites: list[tuple[float, float, str]]) -> None:
        """Ring suggested sites, given as (latitude, longitude, label) in WGS84; [] clears."""
        pts = [[float(lat), float(lon), str(label)] for lat, lon, label in sites]
        self._js(f"window.accessmap.setSites({dumps_js(pts)})", key="sites")

    def set_layer_visible(self, role: str, visible: bool) -> None:
        """Show or hide a layer: sectors, centres, municipalities, gap, threshold, sites or
        catchments (other roles, e.g. network, are not drawn on this map and are ignored)."""
        if role == "catchments":
            self.set_catchments_visible(visible)
        elif role in _LAYERS:
            self._js(f"window.accessmap.setLayerVisible({dumps_js(role)}, {dumps_js(visible)})")

    def feature_count_js(self, callback: Callable[[Any], None]) -> None:
        """Ask the page how many sector features it drew; ``callback(count)`` (-1: no page)."""
        self._page.runJavaScript(
            "window.accessmap ? window.accessmap.featureCount() : -1", 0, js_callback(callback)
        )

    def run_js(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        """Run the expression ``script`` on the page; errors are reported as JS errors.

        ``callback`` gets its value: numbers, strings and booleans only (PySide6 6.12 passes
        arrays and objects on as empty strings: wrap them in JSON.stringify). Without a
        callback the value is dropped in the page (converting a big object, such as the
        Leaflet map that ``fire()`` returns, stalls the page's script queue)."""
        ret = "return" if callback is not None else "void"
        wrapped = (
            f"(function(){{try{{{ret} ({script});}}"
            "catch(e){console.error('accessmap: ' + e);}})()"
        )
        self._page.runJavaScript(wrapped, 0, js_callback(callback))

    def grab(self, *args) -> QPixmap:
        """The rendered map (the web view's own grab: Chromium paints it)."""
        return self._view.grab(*args)

    def grab_png(self, path: str | Path) -> bool:
        """Save what the map shows as PNG; True on success."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return self._view.grab().save(str(path), "PNG")

    # ---- internals --------------------------------------------------------------------------
    def _labels_or_default(self) -> Mapping[str, str]:
        return self._labels if self._labels is not None else map_labels()

    def _attribution(self) -> str:
        seen: list[str] = []
        for src in self._result.sources if self._result is not None else ():
            if src.attribution and src.attribution not in seen:
                seen.append(src.attribution)
        return " · ".join(seen)

    def _rebuild(self) -> None:
        assert self._result is not None
        for older in self._builds.values():  # overtaken: stop (e.g. a tile extraction) early
            older.cancel()
        self._generation += 1
        self._ready = False
        self._centres = centre_layer(self._result)  # what the new page's data holds
        self.bridge.set_centre_ids(c["id"] for c in self._centres)
        labels = dict(self._labels_or_default())
        self._values_known = value_digests(self._result.sectors, self._display["column"], labels)
        self._pending = [s for s in self._pending if s.startswith("window.accessmap.select(")]
        d = self._display
        worker = FunctionWorker(
            self._generation,
            build_map_page,
            self._result,
            out_dir=self._root / f"page{self._generation}",
            column=d["column"],
            scheme=d["scheme"],
            k=d["k"],
            labels=labels,
            attribution=self._attribution(),
            show_threshold_circles=self._threshold_circles,
            show_catchments=self._catchments_visible,
            tile_dir=self._tile_dir,
            tile_cache_dir=self._tile_cache_dir,
        )
        worker.signals.sig_finished.connect(self._on_built)
        worker.signals.sig_failed.connect(self._on_build_failed)
        worker.signals.sig_cancelled.connect(self._on_build_cancelled)
        self._builds[self._generation] = worker
        worker.start()

    def _on_built(self, generation: int, path: object) -> None:
        self._builds.pop(generation, None)
        path = Path(str(path))
        if generation != self._generation or self._result is None:
            shutil.rmtree(path.parent, ignore_errors=True)  # overtaken by a newer build
            return
        self.page_path = path
        self.bridge.set_sector_ids(self._result.sectors["sector_id"].astype(str))
        self.build_count += 1
        self._view.load(QUrl.fromLocalFile(str(path)))

    def _on_build_cancelled(self, generation: int) -> None:
        self._builds.pop(generation, None)

    def _on_build_failed(self, generation: int, exc: object) -> None:
        self._builds.pop(generation, None)
        if generation != self._generation:
            return
        msg = exc.message if isinstance(exc, AccessmapError) else f"{type(exc).__name__}: {exc}"
        self._page.report(f"The map page could not be written: {msg}")

    def _run_restyle(self, *, include_values: bool, centres: bool = False) -> None:
        """Restyle the page. With ``centres`` the centre layer goes along when it differs from
        the page's; with ``include_values`` the tooltip values that changed. While the page
        loads both go in full (a queued restyle replaces an older one, which may have carried
        them)."""
        assert self._result is not None
        d = self._display
        labels = self._labels_or_default()
        payload = style_payload(
            self._result,
            d["column"],
            d["scheme"],
            d["k"],
            labels,
            include_values=False,
            show_threshold_circles=self._threshold_circles,
            show_catchments=self._catchments_visible,
        )
        loading = not self._ready
        if include_values or loading:
            sectors = self._result.sectors
            known = None if loading else self._values_known
            payload["values"], self._values_known = values_payload(
                sectors, d["column"], labels, known
            )
            self.bridge.set_sector_ids(sectors["sector_id"].astype(str))
        if centres or loading:
            layer = centre_layer(self._result)
            if loading or layer != self._centres:
                payload["centres"] = layer
                self._centres = layer
                self.bridge.set_centre_ids(c["id"] for c in layer)
        self._js(f"window.accessmap.restyle({dumps_js(payload)})", key="restyle")

    def _js(self, script: str, key: str | None = None) -> None:
        """Run now if the page is ready, else queue it; a queued call with the same ``key``
        (restyle, select, sites) is replaced by the newer one."""
        if self._ready:
            self.run_js(script)
            return
        if key is not None:
            prefix = script.split("(", 1)[0] + "("
            self._pending = [s for s in self._pending if not s.startswith(prefix)]
        self._pending.append(script)

    def _on_ready(self, count: int) -> None:
        self._ready = True
        pending, self._pending = self._pending, []
        if self._edit_mode:  # a new page starts with the edit and place modes off
            pending.insert(0, "window.accessmapEdit.setEnabled(true)")
        if self._place_mode:
            pending.insert(0, "window.accessmap.setPlaceMode(true)")
        for script in pending:
            self.run_js(script)
        if self.page_path is not None:  # earlier pages are no longer needed
            for old in self._root.glob("page*"):
                if old != self.page_path.parent:
                    shutil.rmtree(old, ignore_errors=True)
        self.sig_map_ready.emit(count)

    def _on_centre_menu(self, centre_id: str, x: float, y: float) -> None:
        zoom = self._page.zoomFactor()  # CSS pixels -> widget pixels
        pos = self._view.mapToGlobal(QPoint(round(x * zoom), round(y * zoom)))
        self.sig_centre_menu.emit(centre_id, pos.x(), pos.y())

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            self._page.report(f"The map page could not be loaded: {self.page_path}")


def _check_column(result: AnalysisResult, column: str) -> None:
    if column not in result.sectors:
        raise SettingsError(
            f"The map cannot show {column!r}: the analysis has no such column. "
            "Choose another indicator.",
            ", ".join(map(str, result.sectors.columns)),
        )
