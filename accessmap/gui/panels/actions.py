"""Menus, toolbar and shortcuts of the main window (what a desktop GIS user expects).

File: Open (Ctrl+O), Open Recent, Import table, Save project (Ctrl+S), Save As, Export (CSV,
Excel, GeoPackage, summary JSON, web map), Print (Ctrl+P), Quit (Ctrl+Q). Edit: Undo (Ctrl+Z),
Redo (Ctrl+Shift+Z). View: Zoom to layer, Zoom to selection, the docks. Analysis: Run, Cancel.
Help: About the data, About accessmap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QToolBar

from accessmap import __version__

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.gui.main_window import MainWindow

__all__ = ["build_actions", "show_about_data"]


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
        "zoom_selection": _action(w, tr("Zoom to &selection"), f.zoom_to_selection, "Ctrl+Shift+S"),
        "run": _action(w, tr("&Run analysis"), w.controller.run_analysis, "F5", sp.SP_MediaPlay),
        "cancel": _action(w, tr("&Cancel analysis"), w.controller.cancel, "Esc", sp.SP_MediaStop),
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
    h.addActions([a["about_data"], a["about"]])

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
