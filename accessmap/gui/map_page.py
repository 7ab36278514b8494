"""The web page side of :class:`~accessmap.gui.map_view.MapView`: the QWebEnginePage that
records JavaScript errors and stays on local files, and safe ``runJavaScript`` callbacks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

__all__ = ["MapPage", "js_callback"]

#: PySide6 6.12 releases one reference to the value a runJavaScript callback returns (None)
#: too many, and runJavaScript without a callback does too, so None's reference count drifts
#: down until the interpreter aborts at exit ("none_dealloc"). Every call therefore passes a
#: callback wrapped by :func:`js_callback`, which keeps one reference per call (measured: the
#: count then stays flat over thousands of calls).
_NONE_REFS: list[None] = []


def js_callback(callback: Callable[[Any], None] | None = None) -> Callable[[Any], None]:
    """``callback`` made safe to hand to ``QWebEnginePage.runJavaScript`` (see above)."""

    def call(value: Any) -> None:
        _NONE_REFS.append(None)
        if callback is not None:
            callback(value)

    return call


class MapPage(QWebEnginePage):
    """A page that records JavaScript errors and refuses to navigate away from local files."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        #: Error messages from the page's console, with source and line.
        self.js_errors: list[str] = []
        self.on_error: Callable[[str], None] | None = None

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.report(f"{message} ({source}:{line})")

    def report(self, text: str) -> None:
        """Record an error of the page (and tell ``on_error``)."""
        self.js_errors.append(text)
        if self.on_error is not None:
            self.on_error(text)

    def acceptNavigationRequest(self, url, nav_type, is_main_frame) -> bool:
        return url.scheme() in ("file", "qrc", "data", "about")
