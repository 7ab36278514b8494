"""The user-interface language: English, Dutch (Nederlands) or French (Français).

Every GUI string goes through ``self.tr()`` / ``QCoreApplication.translate``; the catalogues are
``resources/translations/accessmap_<lang>.qm``, compiled from the ``.ts`` files by
``tools/update_translations.sh`` (which also updates the ``.ts`` from the code). Qt's own
strings (standard buttons, file dialogs) come from Qt's ``qtbase_<lang>.qm``.

The language is chosen once, at start-up, by :func:`install_translators`: an explicit argument,
else the user's choice stored under ``ui/language`` in the settings (:func:`set_language`, e.g.
from the Settings > Language menu of :func:`language_menu`), else the system's language when it
is Dutch or French, else English. A new choice takes effect when accessmap restarts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from accessmap.core.errors import SettingsError
from accessmap.resources_path import resource_path

__all__ = [
    "LANGUAGE_KEY",
    "available_languages",
    "current_language",
    "install_translators",
    "language_menu",
    "resolve_language",
    "set_language",
    "settings_menu",
    "stored_language",
    "translations_dirs",
]

log = logging.getLogger(__name__)

#: The settings key of the user's choice ("en", "nl" or "fr"; absent = follow the system).
LANGUAGE_KEY = "ui/language"
_LANGUAGES = {"en": "English", "nl": "Nederlands", "fr": "Français"}
_QT_LANGUAGES = {QLocale.Language.Dutch: "nl", QLocale.Language.French: "fr"}

#: The translators installed now (a QTranslator that Python collects stops translating).
_installed: list[QTranslator] = []
_current = "en"


def available_languages() -> dict[str, str]:
    """Language code -> its name in that language: ``{"en": "English", ...}``."""
    return dict(_LANGUAGES)


def current_language() -> str:
    """The language :func:`install_translators` installed last ("en" before any call)."""
    return _current


def translations_dirs() -> list[Path]:
    """Folders that may hold ``accessmap_<lang>.qm``: ``resources/translations`` (installed
    inside the package; found by :func:`accessmap.resources_path.resource_path`)."""
    folder = resource_path("translations")
    return [folder] if folder.is_dir() else []


def _settings(settings: QSettings | None) -> QSettings:
    """The given settings, else the app's own (the INI file the main window uses)."""
    if settings is not None:
        return settings
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "accessmap", "accessmap"
    )


def _normalise(language: object) -> str | None:
    """``"nl"`` from ``"nl"``, ``"NL"``, ``"nl_BE"`` or ``"nl-BE"``; None if not offered."""
    if not isinstance(language, str):
        return None
    code = language.strip().replace("-", "_").split("_")[0].lower()
    return code if code in _LANGUAGES else None


def stored_language(settings: QSettings | None = None) -> str | None:
    """The language the user chose (``ui/language``), or None to follow the system."""
    return _normalise(_settings(settings).value(LANGUAGE_KEY))


def _system_language() -> str:
    return _QT_LANGUAGES.get(QLocale.system().language(), "en")


def resolve_language(language: str | None = None, settings: QSettings | None = None) -> str:
    """The language to use: ``language``, else the stored choice, else the system's, else en.

    Raises :class:`SettingsError` for an explicit language accessmap has no catalogue for.
    """
    if language is not None:
        code = _normalise(language)
        if code is None:
            raise SettingsError(
                f"accessmap has no '{language}' translation: choose one of "
                f"{', '.join(_LANGUAGES)}.",
                f"available: {_LANGUAGES}",
            )
        return code
    return stored_language(settings) or _system_language()


def _load(translator: QTranslator, name: str, folders: list[Path | str]) -> bool:
    return any(translator.load(name, str(folder)) for folder in folders)


def install_translators(
    app: QCoreApplication, language: str | None = None, settings: QSettings | None = None
) -> str:
    """Install Qt's and accessmap's translators for ``language``; return the language used.

    ``language`` None: the stored choice (``ui/language`` in ``settings``, default the app's
    settings file), else the system's language if Dutch or French, else English. Translators
    installed by an earlier call are removed first, so a second call switches the catalogues
    (windows already built keep their texts: the GUI applies a new choice on restart). Returns
    "en" when accessmap's catalogue for the language is missing (the text stays English).
    """
    global _current
    code = resolve_language(language, settings)
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    _current = "en"
    if code == "en":
        return _current
    ours = QTranslator(app)
    if not _load(ours, f"accessmap_{code}", translations_dirs()):
        log.warning(
            "no accessmap_%s.qm in %s: the interface stays English", code, translations_dirs()
        )
        ours.deleteLater()
        return _current
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if _load(qtbase, f"qtbase_{code}", [qt_dir]):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    else:
        qtbase.deleteLater()
    app.installTranslator(ours)  # installed last = searched first
    _installed.append(ours)
    _current = code
    return _current


def set_language(language: str | None, settings: QSettings | None = None) -> None:
    """Store the user's language ("en", "nl", "fr"; None = follow the system).

    Takes effect the next time accessmap starts (:func:`install_translators` reads it).
    """
    s = _settings(settings)
    if language is None:
        s.remove(LANGUAGE_KEY)
    else:
        s.setValue(LANGUAGE_KEY, resolve_language(language))
    s.sync()


def language_menu(parent: QWidget, settings: QSettings | None = None) -> QMenu:
    """A "Language" menu (system default, English, Nederlands, Français) for a Settings menu.

    Choosing an entry stores it with :func:`set_language` and tells the user it applies on
    restart. The actions are ``menu.language_actions`` (key None = system default).
    """
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = stored_language(settings)
    actions: dict[str | None, QAction] = {}
    entries: list[tuple[str | None, str]] = [
        (None, QCoreApplication.translate("LanguageMenu", "&System default"))
    ]
    entries += [(code, f"&{name}") for code, name in _LANGUAGES.items()]
    for code, label in entries:
        act = QAction(label, menu)
        act.setCheckable(True)
        act.setChecked(code == chosen)
        act.setData(code)
        group.addAction(act)
        menu.addAction(act)
        actions[code] = act
        if code is None:
            menu.addSeparator()

    def chosen_action(act: QAction) -> None:
        set_language(act.data(), settings)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("LanguageMenu", "Language"),
            QCoreApplication.translate(
                "LanguageMenu", "The new language applies when you restart accessmap."
            ),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.open()  # non-blocking
        menu.restart_notice = box

    group.triggered.connect(chosen_action)
    menu.language_actions = actions
    menu.language_group = group
    return menu


def settings_menu(parent: QWidget, settings: QSettings | None = None) -> QMenu:
    """A "Settings" menu holding the :func:`language_menu` (``menu.language_menu``).

    For the main window's menu bar, before Help:
    ``bar.insertMenu(help_menu.menuAction(), settings_menu(w, w.qsettings))``.
    """
    menu = QMenu(QCoreApplication.translate("SettingsMenu", "Se&ttings"), parent)
    menu.language_menu = language_menu(parent, settings)
    menu.addMenu(menu.language_menu)
    return menu
