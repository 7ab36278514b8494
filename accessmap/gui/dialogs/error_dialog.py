"""The one place user-facing errors are shown: message first, technical details on demand.

An :class:`~accessmap.core.errors.AccessmapError` carries a message written for planners and
``details`` for the technical part; the dialog shows the message and puts the details behind
"Show Details...". A user error never shows a Python traceback (only an unexpected bug, wrapped
by :func:`accessmap.gui.workers.as_user_error`, carries one in its details).

Every text is shown as plain text (:attr:`Qt.TextFormat.PlainText`): messages quote file
names, column names and sector ids, and a sector id such as ``<a href=...>`` or ``<img ...>``
must show as those characters, never as a live link or image.

The window opens the dialog with :meth:`QDialog.open` (window-modal, non-blocking), so the
event loop keeps running and tests can find and close it without mocking Qt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from accessmap.core.errors import AccessmapError, CancelledError

__all__ = ["ErrorDialog", "make_error_dialog"]


class ErrorDialog(QMessageBox):
    """A warning box for one :class:`AccessmapError`."""

    def __init__(self, error: AccessmapError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        unexpected = getattr(error, "unexpected", False)
        self.setIcon(QMessageBox.Icon.Critical if unexpected else QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("accessmap: problem"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(error.message)
        if not unexpected:
            self.setInformativeText(self.tr("Nothing you loaded was lost."))
        if error.details:
            self.setDetailedText(error.details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        for label in self.findChildren(QLabel):  # the informative text too, whatever the style
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setOpenExternalLinks(False)

    @property
    def message(self) -> str:
        return self.error.message


def make_error_dialog(parent: QWidget | None, error: AccessmapError) -> ErrorDialog | None:
    """Default dialog factory of the main window (None = nothing to show, e.g. a cancel)."""
    if isinstance(error, CancelledError):
        return None
    return ErrorDialog(error, parent)
