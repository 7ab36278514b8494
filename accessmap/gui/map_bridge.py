"""The one object the map page may call: :class:`MapBridge`, registered as ``"bridge"``.

Its slots are the whole surface the page has on Python, so each one checks its arguments:
``sectorClicked`` only accepts ids of the sectors currently shown, ``mapClicked`` only finite
latitudes and longitudes in range, ``ready`` only a non-negative feature count. Anything else
is dropped and recorded in :attr:`MapBridge.rejected`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal, Slot

__all__ = ["MapBridge"]

_MAX_ID_LEN = 200


class MapBridge(QObject):
    """Page -> Python calls (via QWebChannel), validated and re-emitted as signals."""

    #: A sector of the current map was clicked (its sector_id).
    sig_sector_clicked = Signal(str)
    #: The map was clicked at (latitude, longitude), WGS84.
    sig_map_clicked = Signal(float, float)
    #: The page has drawn its sector layer (number of features drawn).
    sig_ready = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: frozenset[str] = frozenset()
        #: (slot name, argument repr) of every call refused, newest last (at most 100).
        self.rejected: list[tuple[str, str]] = []

    def set_sector_ids(self, ids) -> None:
        """The ids the page may report as clicked (the sectors of the current page)."""
        self._ids = frozenset(str(i) for i in ids)

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
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError):
            self._reject("mapClicked", (lat, lon))
            return
        if not (
            math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
        ):
            self._reject("mapClicked", (lat, lon))
            return
        self.sig_map_clicked.emit(lat, lon)

    @Slot(int)
    def ready(self, feature_count: int) -> None:
        if not isinstance(feature_count, int) or feature_count < 0:
            self._reject("ready", feature_count)
            return
        self.sig_ready.emit(feature_count)
