"""Menus, toolbar and shortcuts of the main window (what a desktop GIS user expects).

File: Open (Ctrl+O), Open Recent, Import table, Save project (Ctrl+S), Save As, Export (CSV,
Excel, GeoPackage, summary JSON, web map), Print (Ctrl+P), Quit (Ctrl+Q). Edit: Undo (Ctrl+Z),
Redo (Ctrl+Shift+Z). View: Zoom to layer, Zoom to selection (Ctrl+J), the docks. Analysis: Run,
Cancel. Help: Manual (F1, the offline page ``resources/help/index.html``), Keyboard shortcuts
(Ctrl+/, listed from the window's own actions), About the data, About accessmap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from accessmap import __version__
from accessmap.resources_path import resource_path

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.gui.main_window import MainWindow

__all__ = [
    "HelpDialog",
    "ShortcutsDialog",
    "build_actions",
    "help_page",
    "shortcut_rows",
    "show_about_data",
]


def _action(
    window: MainWindow, text: str, slot=None, shortcut=None, icon=None, tip: str = ""
) -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        act.setIcon(window.style().standardIcon(icon))
    if tip:
        act.setStatusTip(tip)
    if slot is not None:
        act.triggered.connect(slot)
    return act


def build_actions(w: MainWindow) -> dict[str, QAction]:
    """Create every action, the menu bar and the toolbar; return the actions by key."""
    sp = QStyle.StandardPixmap
    f = w.files
    tr = w.tr
    a: dict[str, QAction] = {
        "open": _action(
            w,
            tr("&Open..."),
            f.open_dialog,
            QKeySequence.StandardKey.Open,
            sp.SP_DialogOpenButton,
            tr("Open sectors, centres, tables or a project"),
        ),
        "import": _action(w, tr("&Import table or points..."), f.import_dialog),
        "save": _action(
            w, tr("&Save project"), f.save, QKeySequence.StandardKey.Save, sp.SP_DialogSaveButton
        ),
        "save_as": _action(
            w, tr("Save project &as..."), f.save_as, QKeySequence.StandardKey.SaveAs
        ),
        "print": _action(
            w,
            tr("&Print / PDF..."),
            f.print_,
            QKeySequence.StandardKey.Print,
            sp.SP_FileDialogDetailedView,
        ),
        "quit": _action(w, tr("&Quit"), w.close, QKeySequence.StandardKey.Quit),
        "zoom_layer": _action(
            w, tr("&Zoom to layer"), f.zoom_to_layer, "Ctrl+Shift+L", sp.SP_FileDialogListView
        ),
        # Ctrl+J as in QGIS (Ctrl+Shift+S is Save As: the two shortcuts cancelled each other)
        "zoom_selection": _action(w, tr("Zoom to &selection"), f.zoom_to_selection, "Ctrl+J"),
        "run": _action(w, tr("&Run analysis"), w.controller.run_analysis, "F5", sp.SP_MediaPlay),
        "cancel": _action(w, tr("&Cancel analysis"), w.controller.cancel, "Esc", sp.SP_MediaStop),
        "manual": _action(
            w,
            tr("&Manual"),
            lambda: _show(w, "help_dialog", HelpDialog),
            QKeySequence.StandardKey.HelpContents,
            sp.SP_DialogHelpButton,
            tr("A short manual, offline"),
        ),
        "shortcuts": _action(
            w,
            tr("&Keyboard shortcuts"),
            lambda: _show(w, "shortcuts_dialog", ShortcutsDialog),
            "Ctrl+/",
        ),
        "about_data": _action(w, tr("About the &data..."), lambda: show_about_data(w)),
        "about": _action(w, tr("&About accessmap..."), lambda: _about(w)),
    }
    a["quit"].setShortcut(QKeySequence("Ctrl+Q"))
    a["cancel"].setEnabled(False)
    undo = w.scenario_ops.group.createUndoAction(w, tr("&Undo"))
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo.setIcon(w.style().standardIcon(sp.SP_ArrowBack))
    redo = w.scenario_ops.group.createRedoAction(w, tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setIcon(w.style().standardIcon(sp.SP_ArrowForward))
    a["undo"], a["redo"] = undo, redo
    for act, text in ((undo, tr("&Undo")), (redo, tr("&Redo"))):
        act.setProperty("menu_label", text)  # its text names the next command: not a label

    bar = w.menuBar()
    m = bar.addMenu(tr("&File"))
    m.addActions([a["open"], a["import"]])
    w.recent_menu = m.addMenu(tr("Open &recent"))
    w.recent_menu.aboutToShow.connect(f.fill_recent_menu)
    m.addSeparator()
    m.addActions([a["save"], a["save_as"]])
    export = m.addMenu(tr("&Export"))
    for key, text in f.export_kinds().items():
        act = _action(w, text, lambda _=False, k=key: f.export(k))
        a[f"export_{key}"] = act
        export.addAction(act)
    m.addAction(a["print"])
    m.addSeparator()
    m.addAction(a["quit"])
    e = bar.addMenu(tr("&Edit"))
    e.addActions([undo, redo])
    w.edit_menu = e
    v = bar.addMenu(tr("&View"))
    v.addActions([a["zoom_layer"], a["zoom_selection"]])
    v.addSeparator()
    for dock in w.docks.values():
        v.addAction(dock.toggleViewAction())
    w.view_menu = v
    an = bar.addMenu(tr("&Analysis"))
    an.addActions([a["run"], a["cancel"]])
    w.analysis_menu = an
    sd = w.scenario_docks
    a["add_mode"] = _action(w, tr("&Add centres by clicking"), None, "Ctrl+Shift+A")
    a["add_mode"].setCheckable(True)
    a["add_mode"].toggled.connect(sd.set_add_mode)
    a["suggest"] = _action(w, tr("&Suggest sites..."), sd.open_suggest, "Ctrl+Shift+G")
    a["new_scenario"] = _action(w, tr("&New scenario"), lambda: w.scenario_ops.new_scenario())
    a["compare"] = _action(w, tr("&Compare scenarios"), sd.compare)
    sc = bar.addMenu(tr("&Scenario"))
    sc.addActions([a["new_scenario"], a["add_mode"], a["suggest"], a["compare"]])
    w.scenario_menu = sc
    from accessmap.gui.translations import settings_menu

    w.settings_menu = bar.addMenu(settings_menu(w, w.qsettings))  # Settings > Language
    h = bar.addMenu(tr("&Help"))
    h.addActions([a["manual"], a["shortcuts"]])
    h.addSeparator()
    h.addActions([a["about_data"], a["about"]])
    w.help_menu = h

    tb = QToolBar(tr("Main toolbar"), w)
    tb.setObjectName("toolbar_main")
    tb.addActions([a["open"], a["save"], a["print"]])
    tb.addSeparator()
    tb.addActions([undo, redo])
    tb.addSeparator()
    tb.addActions([a["zoom_layer"], a["run"], a["cancel"]])
    tb.addSeparator()
    tb.addActions([a["add_mode"], a["suggest"]])
    w.addToolBar(tb)
    w.toolbar = tb
    return a


def show_about_data(w: MainWindow) -> QMessageBox:
    """The loaded data's known gaps and attribution (non-blocking)."""
    c = w.controller
    text = c.data_note or w.tr("No known gaps were declared for the loaded data.")
    box = QMessageBox(
        QMessageBox.Icon.Information, w.tr("About the data"), text, QMessageBox.StandardButton.Ok, w
    )
    sources = "\n".join(f"{s.role}: {s.path}" for s in (c.layers.sources if c.layers else ()))
    info = (c.attribution + "\n\n" + sources).strip()
    if info:
        box.setInformativeText(info)
    box.open()
    return box


def _about(w: MainWindow) -> None:
    QMessageBox.about(
        w,
        w.tr("About accessmap"),
        w.tr(
            "accessmap %1: access to primary care in poor neighbourhoods, mapped offline."
        ).replace("%1", __version__),
    )


def help_page() -> QUrl:
    """The offline manual's first page."""
    return QUrl.fromLocalFile(str(resource_path("help", "index.html")))


def _show(w: MainWindow, attr: str, kind: type[QDialog]) -> QDialog:
    """Open (or raise) the window's one dialog of ``kind``, kept as ``w.<attr>``."""
    dialog = getattr(w, attr, None)
    if dialog is None:
        dialog = kind(w)
        setattr(w, attr, dialog)
    dialog.show()
    dialog.raise_()
    return dialog


def _with_close_button(dialog: QDialog, content: QWidget, width: int, height: int) -> None:
    """Lay ``dialog`` out as ``content`` above a Close button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    dialog.resize(width, height)


class HelpDialog(QDialog):
    """The manual in a plain text browser: local pages only, links within the manual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("accessmap manual"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        url = help_page()
        if resource_path("help", "index.html").is_file():
            self.browser.setSource(url)
        else:
            self.browser.setPlainText(
                self.tr(
                    "The manual is missing from this installation (%1): reinstall accessmap."
                ).replace("%1", url.toLocalFile())
            )
        _with_close_button(self, self.browser, 720, 640)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(w: MainWindow) -> list[tuple[list[str], str, str]]:
    """(shortcuts in portable text such as ["Ctrl+Shift+Z", "Ctrl+Y"], menu path such as
    "Edit > Redo", action key) of every action with a shortcut in the window's menus, in menu
    order; the key is the action's in ``w.actions_`` ("" for an action built elsewhere)."""
    keys = {id(act): key for key, act in getattr(w, "actions_", {}).items()}
    rows: list[tuple[list[str], str, str]] = []

    def walk(actions, path: list[str]) -> None:
        for act in actions:
            menu = act.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions(), [*path, _plain(act.text())])
                continue
            shortcuts = [
                s.toString(QKeySequence.SequenceFormat.PortableText) for s in act.shortcuts()
            ]
            shortcuts = [s for s in shortcuts if s]
            if shortcuts and not act.isSeparator():
                text = act.property("menu_label") or act.text()
                label = " > ".join([*path, _plain(text)])
                rows.append((shortcuts, label, keys.get(id(act), "")))

    walk(w.menuBar().actions(), [])
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, read from its menus (so it cannot go stale)."""

    def __init__(self, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(parent)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Shortcut"), self.tr("Command")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (keys, label, _key) in enumerate(rows):
            native = [
                QKeySequence(k, QKeySequence.SequenceFormat.PortableText).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
                for k in keys
            ]
            self.table.setItem(i, 0, QTableWidgetItem(", ".join(native)))
            self.table.setItem(i, 1, QTableWidgetItem(label))
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        _with_close_button(self, self.table, 460, 420)
