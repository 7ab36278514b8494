"""The one object the map page may call: :class:`MapBridge`, registered as ``"bridge"``.

Its slots are the whole surface the page has on Python, so each one checks its arguments:
``sectorClicked`` only accepts ids of the sectors currently shown, ``mapClicked`` only finite
latitudes and longitudes in range, ``ready`` only a non-negative feature count,
``centreMoved`` and ``centreMenu`` (the scenario edit mode, ``accessmap-edit.js``) only ids of
the centres currently shown with a position in range. Anything else is dropped and recorded in
:attr:`MapBridge.rejected`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal, Slot

__all__ = ["MapBridge"]

_MAX_ID_LEN = 200
#: Largest page coordinate (CSS px) a context menu may be asked for.
_MAX_PAGE_PX = 100_000.0


def _lat_lon(lat: object, lon: object) -> tuple[float, float] | None:
    """(lat, lon) as floats when both are finite and in range, else None."""
    try:
        lat, lon = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180:
        return lat, lon
    return None


class MapBridge(QObject):
    """Page -> Python calls (via QWebChannel), validated and re-emitted as signals."""

    #: A sector of the current map was clicked (its sector_id).
    sig_sector_clicked = Signal(str)
    #: The map was clicked at (latitude, longitude), WGS84.
    sig_map_clicked = Signal(float, float)
    #: The page has drawn its sector layer (number of features drawn).
    sig_ready = Signal(int)
    #: A centre was dragged to (latitude, longitude), WGS84 (its centre_id first).
    sig_centre_moved = Signal(str, float, float)
    #: A centre was right-clicked at (x, y) of the page, CSS pixels (its centre_id first).
    sig_centre_menu = Signal(str, float, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: frozenset[str] = frozenset()
        self._centre_ids: frozenset[str] = frozenset()
        #: (slot name, argument repr) of every call refused, newest last (at most 100).
        self.rejected: list[tuple[str, str]] = []

    def set_sector_ids(self, ids) -> None:
        """The ids the page may report as clicked (the sectors of the current page)."""
        self._ids = frozenset(str(i) for i in ids)

    def set_centre_ids(self, ids) -> None:
        """The ids of the centres the page shows (the only ones it may move or ask about)."""
        self._centre_ids = frozenset(str(i) for i in ids)

    def _known_centre(self, centre_id: object) -> bool:
        return (
            isinstance(centre_id, str)
            and len(centre_id) <= _MAX_ID_LEN
            and centre_id in self._centre_ids
        )

    def _reject(self, slot: str, value: object) -> None:
        self.rejected.append((slot, repr(value)[:200]))
        del self.rejected[:-100]

    @Slot(str)
    def sectorClicked(self, sector_id: str) -> None:
        if (
            not isinstance(sector_id, str)
            or len(sector_id) > _MAX_ID_LEN
            or sector_id not in self._ids
        ):
            self._reject("sectorClicked", sector_id)
            return
        self.sig_sector_clicked.emit(sector_id)

    @Slot(float, float)
    def mapClicked(self, lat: float, lon: float) -> None:
        pos = _lat_lon(lat, lon)
        if pos is None:
            self._reject("mapClicked", (lat, lon))
            return
        self.sig_map_clicked.emit(*pos)

    @Slot(str, float, float)
    def centreMoved(self, centre_id: str, lat: float, lon: float) -> None:
        pos = _lat_lon(lat, lon)
        if pos is None or not self._known_centre(centre_id):
            self._reject("centreMoved", (centre_id, lat, lon))
            return
        self.sig_centre_moved.emit(centre_id, *pos)

    @Slot(str, float, float)
    def centreMenu(self, centre_id: str, x: float, y: float) -> None:
        try:
            px, py = float(x), float(y)
        except (TypeError, ValueError):
            px = py = math.nan
        in_page = all(math.isfinite(v) and 0 <= v <= _MAX_PAGE_PX for v in (px, py))
        if not in_page or not self._known_centre(centre_id):
            self._reject("centreMenu", (centre_id, x, y))
            return
        self.sig_centre_menu.emit(centre_id, px, py)

    @Slot(int)
    def ready(self, feature_count: int) -> None:
        if not isinstance(feature_count, int) or feature_count < 0:
            self._reject("ready", feature_count)
            return
        self.sig_ready.emit(feature_count)
