"""Keep the map offline: refuse every request that would leave the computer.

:class:`OfflineGuard` is a ``QWebEngineUrlRequestInterceptor`` installed on the map's page. It
lets local schemes through (``file``, ``qrc``, ``data``, ``blob``, ``about``) and blocks
everything else (http, https, ws, ftp, ...), keeping a list of what it blocked so tests can
assert that using the map attempted no remote request.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

__all__ = ["LOCAL_SCHEMES", "OfflineGuard"]

#: Schemes the map page may load: its own files, Qt resources and inline data.
LOCAL_SCHEMES = frozenset({"file", "qrc", "data", "blob", "about"})


class OfflineGuard(QWebEngineUrlRequestInterceptor):
    """Blocks every non-local request and records it in :attr:`blocked_requests`.

    ``allow_remote`` (False by default) lets an explicitly chosen online basemap through;
    nothing in accessmap turns it on unless the user asks for an online basemap.
    """

    def __init__(self, parent: QObject | None = None, *, allow_remote: bool = False) -> None:
        super().__init__(parent)
        self.allow_remote = allow_remote
        self._lock = threading.Lock()  # interceptRequest runs on Chromium's IO thread
        self._blocked: list[str] = []

    @property
    def blocked_requests(self) -> list[str]:
        """The URLs refused so far (a copy)."""
        with self._lock:
            return list(self._blocked)

    def clear(self) -> None:
        with self._lock:
            self._blocked.clear()

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        scheme = url.scheme().lower()
        if scheme in LOCAL_SCHEMES or (self.allow_remote and scheme in ("http", "https")):
            return
        info.block(True)
        with self._lock:
            self._blocked.append(url.toString())
