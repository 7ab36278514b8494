"""Project files in the window: File > Save / Open (.accessmap), autosave, recovery, close.

The file format and the atomic write are :mod:`accessmap.core.project`'s; this module maps the
window's state (layers, baseline settings, named scenarios, the current one) to a
:class:`~accessmap.core.project.Project` and back. After every change an autosave is written a
few seconds later (beside the project, or for an unsaved session beside the settings file as
``untitled.accessmap.autosave``); opening a project whose autosave is newer, or starting after
a crash, offers to recover it. Closing with unsaved changes asks Save / Discard / Cancel.
Questions go through :attr:`ProjectOps.asker` so tests can answer them without dialogs.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from accessmap.core.commands import Scenario
from accessmap.core.errors import AccessmapError
from accessmap.gui.controller import BASELINE

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.core.project import Project
    from accessmap.gui.main_window import MainWindow

__all__ = ["AUTOSAVE_DELAY_MS", "ProjectOps", "autosave_advice"]

AUTOSAVE_DELAY_MS = 3000


def _source_file(cls: type, info: object) -> object:
    """A project ``SourceFile`` for a layer's ``SourceInfo`` (its options too, when the project
    format keeps them)."""
    s = info
    extra = _optional(cls, options=dict(getattr(s, "options", {}) or {}))
    return cls(s.role, s.path, None, s.attribution, s.year, **extra)


def _optional(cls: type, **values: object) -> dict[str, object]:
    """The ``values`` that ``cls`` (a dataclass) has fields for."""
    fields = getattr(cls, "__dataclass_fields__", {})
    return {k: v for k, v in values.items() if k in fields}


def autosave_advice(exc: BaseException) -> str:
    """What to do about a failed autosave, fitted to its cause (no space, no permission,
    missing folder), in words; empty when the cause is not a file-system error."""
    cause = exc if isinstance(exc, OSError) else exc.__cause__
    no = getattr(cause, "errno", None)
    if no == errno.ENOSPC or no == getattr(errno, "EDQUOT", -1):
        return QCoreApplication.translate(
            "ProjectOps", "The disk is full: free some space, or save the project elsewhere."
        )
    if no in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "ProjectOps",
            "accessmap may not write there: save the project in a folder you can write to "
            "(File > Save project as...).",
        )
    if no in (errno.ENOENT, errno.ENOTDIR):
        return QCoreApplication.translate(
            "ProjectOps",
            "The folder does not exist (moved or removed?): save the project somewhere else "
            "(File > Save project as...).",
        )
    return ""


class ProjectOps(QObject):
    """Save, open, autosave and recovery for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.controller = window.controller
        #: GUI choices kept in the project (e.g. the print dialog's typed sources)
        self.controller.project_ui = {}
        self.path: Path | None = None
        #: (question kind, text) -> answer: "save"/"discard"/"cancel" or "yes"/"no"
        self.asker: Callable[[str, str], str] = self._ask
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        #: the status line of the last failed autosave ("" = none failed)
        self.last_autosave_error = ""
        window.scenario_ops.sig_modified_changed.connect(self._modified)

    # -- state <-> project -----------------------------------------------------------------------
    def to_project(self) -> Project:
        from accessmap.core.project import Project, SourceFile

        c = self.controller
        if c.layers is None:
            raise AccessmapError(self.tr("There is nothing to save yet: load data first."))
        base = c.scenarios[BASELINE]
        others = tuple(s for name, s in c.scenarios.items() if name != BASELINE)
        return Project(
            sectors=c.layers.sectors,
            centres=c.layers.centres,
            settings=base.current_settings,
            catchments=c.layers.catchments,
            scenarios=others,
            current_scenario=None if c.current == BASELINE else c.current,
            sources=tuple(_source_file(SourceFile, s) for s in c.layers.sources),
            **_optional(
                Project, residents=c.layers.residents, ui=dict(getattr(c, "project_ui", {}))
            ),
        )

    def apply_project(self, project: Project) -> None:
        c = self.controller
        layers = project.layers()
        scenarios = [
            Scenario(s.name, s.baseline, s.settings, s.edits, s.baseline_catchments)
            for s in project.scenarios
            if s.name != BASELINE
        ]
        c.data_note = ""
        c.set_project(layers, project.settings, scenarios, project.current_scenario or BASELINE)
        c.project_ui = dict(getattr(project, "ui", {}) or {})
        self.w.scenario_ops.reset()
        for m in project.messages:
            self.w.statusBar().showMessage(m, 10000)
        self._reload_network(project)

    def _reload_network(self, project: Project) -> None:
        """A project keeps its street network as a source file: read it again, as it was read
        (its options), through the controller's load job (off the GUI thread). A missing file
        is already named in the project's messages; the analysis then stays straight-line."""
        from accessmap.gui.panels.layer_files import LoadRequest

        keys = ("layer", "node_all_crossings", "bbox", "snap_tolerance_m")
        for src in project.sources:
            if src.role == "network" and Path(src.path).is_file():
                options = {k: v for k, v in dict(getattr(src, "options", {}) or {}).items()
                           if k in keys}  # fmt: skip
                if isinstance(options.get("bbox"), list):
                    options["bbox"] = tuple(options["bbox"])
                self.controller.open_requests([LoadRequest(Path(src.path), "network", options)])
                return

    # -- save ------------------------------------------------------------------------------------
    def save(self, ask: bool = False) -> Path | None:
        """File > Save (ask for a name the first time, or with ``ask``)."""
        path = self.path
        if ask or path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.w,
                self.tr("Save project"),
                str(self.path or "project.accessmap"),
                self.tr("accessmap projects (*.accessmap)"),
            )
            if not name:
                return None
            path = Path(name)
        return self.save_to(path)

    def save_to(self, path: str | Path) -> Path | None:
        from accessmap.core.project import discard_autosave, save_project

        path = Path(path)
        if path.suffix != ".accessmap":
            path = path.with_name(path.name + ".accessmap")
        try:
            save_project(path, self.to_project())
        except Exception as exc:
            self.controller.report_error(exc)
            return None
        discard_autosave(self.untitled_path())
        self.path = path
        self.w.scenario_ops.mark_saved()
        self.w.files.add_recent(path)
        self._title()
        self.w.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 6000)
        return path

    # -- open and recovery -----------------------------------------------------------------------
    def open(self, path: str | Path) -> bool:
        """Open a project; offers a newer autosave of it first. False on failure or cancel."""
        from accessmap.core.project import find_recovery, load_project

        path = Path(path)
        if not self.confirm_discard():
            return False
        source = path
        auto = find_recovery(path)
        if (
            auto is not None
            and self.asker(
                "recover",
                self.tr(
                    "An autosave of this project is newer than the file (the "
                    "program may have stopped unexpectedly). Recover it?"
                ),
            )
            == "yes"
        ):
            source = auto
        try:
            project = load_project(source)
        except Exception as exc:
            self.controller.report_error(exc)
            return False
        self.apply_project(project)
        self.path = path
        if source != path:  # recovered: unsaved until saved again
            self.w.scenario_ops._structure_dirty = True
            self.w.scenario_ops._emit_modified()
        self._title()
        return True

    def offer_untitled_recovery(self) -> bool:
        """At start-up: recover an unsaved session's autosave, if one was left behind."""
        from accessmap.core.project import discard_autosave, load_project

        auto = self.untitled_path().with_name(self.untitled_path().name + ".autosave")
        if not auto.is_file():
            return False
        answer = self.asker(
            "recover", self.tr("accessmap found unsaved work from a previous session. Recover it?")
        )
        if answer != "yes":
            discard_autosave(self.untitled_path())
            return False
        try:
            project = load_project(auto)
        except Exception as exc:
            self.controller.report_error(exc)
            return False
        self.apply_project(project)
        self.w.scenario_ops._structure_dirty = True
        self.w.scenario_ops._emit_modified()
        return True

    # -- autosave --------------------------------------------------------------------------------
    def untitled_path(self) -> Path:
        """Where an unsaved session autosaves (beside the settings file)."""
        return Path(self.w.qsettings.fileName()).resolve().parent / "untitled.accessmap"

    def autosave(self) -> Path | None:
        from accessmap.core.project import write_autosave

        if self.controller.layers is None or not self.w.scenario_ops.modified:
            return None
        target = self.path or self.untitled_path()
        try:
            if self.path is None:  # the settings folder does not exist before the first save
                target.parent.mkdir(parents=True, exist_ok=True)
            return write_autosave(target, self.to_project())
        except Exception as exc:
            advice = autosave_advice(exc)
            reason = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
            if isinstance(reason, OSError):
                reason = reason.strerror or str(reason)
            text = self.tr("Autosave failed (%1): ").replace("%1", str(target.parent))
            self.last_autosave_error = text + str(reason) + (". " + advice if advice else "")
            self.w.statusBar().showMessage(self.last_autosave_error, 15000)
            return None

    def _modified(self, modified: bool) -> None:
        self.w.setWindowModified(modified)
        if modified:
            self.autosave_timer.start()

    def _title(self) -> None:
        name = self.path.name if self.path else self.tr("untitled")
        self.w.setWindowTitle(f"{name}[*] - " + self.tr("accessmap"))

    # -- closing ---------------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when unsaved changes may be dropped (saved, discarded, or none)."""
        from accessmap.core.project import discard_autosave

        if not self.w.scenario_ops.modified:
            return True
        answer = self.asker("unsaved", self.tr("The project has unsaved changes. Save them?"))
        if answer == "cancel":
            return False
        if answer == "save":
            return self.save() is not None
        self.autosave_timer.stop()
        discard_autosave(self.path or self.untitled_path())
        return True

    def _ask(self, kind: str, text: str) -> str:
        box = QMessageBox(self.w)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("accessmap"))
        box.setText(text)
        if kind == "unsaved":
            box.setStandardButtons(
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel
            )
            answer = box.exec()
            return {
                QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard",
            }.get(QMessageBox.StandardButton(answer), "cancel")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return "yes" if box.exec() == QMessageBox.StandardButton.Yes else "no"
