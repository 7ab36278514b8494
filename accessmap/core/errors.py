"""User-facing errors.

Every error a user can cause (a bad file, a wrong CRS, a join that misses, a bad setting) is an
:class:`AccessmapError`: ``message`` says what is wrong and what to do, in words a planner
understands; ``details`` holds the technical part (shown on demand). The GUI catches them in one
place and shows a dialog; the CLI prints the message on stderr and exits with code 2.
"""

from __future__ import annotations

__all__ = [
    "AccessmapError",
    "CRSError",
    "CancelledError",
    "DataFormatError",
    "ExportError",
    "JoinError",
    "NetworkError",
    "ProjectFileError",
    "SettingsError",
]


class AccessmapError(Exception):
    """Base class of every error meant for the user."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class DataFormatError(AccessmapError):
    """A file cannot be read, or lacks a column or geometry it needs."""


class CRSError(AccessmapError):
    """A layer has no CRS, or its coordinates do not fit its declared CRS."""


class JoinError(AccessmapError):
    """A table join would lose or duplicate sectors."""


class SettingsError(AccessmapError):
    """An analysis setting is out of range or refers to a missing column."""


class NetworkError(AccessmapError):
    """A street network cannot be read, built or used."""


class ProjectFileError(AccessmapError):
    """A project file is corrupt, of a newer version, or cannot be written."""


class ExportError(AccessmapError):
    """An export (PDF, CSV, ...) cannot be written."""


class CancelledError(AccessmapError):
    """The user cancelled a long computation (raised from a progress callback)."""

    def __init__(self, message: str = "The computation was cancelled.", details: str = "") -> None:
        super().__init__(message, details)
