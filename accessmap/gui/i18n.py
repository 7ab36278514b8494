"""Translations: install Qt's and accessmap's translators for the user's (or a given) locale.

Every user-visible string in the GUI goes through ``self.tr()`` or :func:`tr`; translation
catalogues live in ``resources/translations/accessmap_<lang>.qm`` (made with
``pyside6-lupdate`` / ``pyside6-lrelease`` from the ``.ts`` files). A missing catalogue simply
leaves the English source text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = ["install_translators", "resources_dir", "tr"]


def resources_dir() -> Path:
    """The ``resources`` folder (inside the package when installed, else beside it)."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "resources", here.parents[2] / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parents[2] / "resources"


def tr(text: str, context: str = "accessmap") -> str:
    """Translate ``text`` outside a QObject (no f-strings inside: format afterwards)."""
    return QCoreApplication.translate(context, text)


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and accessmap's catalogues for ``locale``; returns those installed."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir() / "translations")
    for name, folder in (("qtbase", qt_dir), ("accessmap", ours)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
