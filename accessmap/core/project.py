"""Project files (``.accessmap``): save, load, autosave and crash recovery.

A project file is a zip with two members:

- ``layers.gpkg``: a GeoPackage with the ``sectors`` layer, the baseline ``centres``, the
  ``catchments`` (when loaded) and an ``edits`` table (a readable copy of every scenario's edits
  for GIS users);
- ``project.json``: ``format_version`` (int), the app version, the settings, the scenarios (name,
  base settings, edits as :meth:`Command.to_dict`), the current scenario, the column dtypes of
  each layer (GeoPackage does not keep pandas' nullable types) and the source files with their
  paths *relative to the project file* and SHA-256 hashes. The JSON is authoritative.

A walking network is not copied into the file (it can be large): its source path is stored and
the application reloads it.

Saving is atomic: the zip is written to a temporary file in the same folder, flushed and
``fsync``-ed, then moved over the old file with :func:`os.replace`; on any failure (a full disk
included) the temporary file is removed and the previous project stays byte-identical.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from accessmap.core.commands import Scenario, command_from_dict, normalise_centres
from accessmap.core.errors import AccessmapError, ProjectFileError
from accessmap.core.model import Layers, SourceInfo
from accessmap.core.schema import Settings

__all__ = [
    "FORMAT_VERSION",
    "PROJECT_SUFFIX",
    "Project",
    "SourceFile",
    "autosave_path",
    "discard_autosave",
    "file_sha256",
    "find_recovery",
    "load_project",
    "project_inputs",
    "save_project",
    "with_scenario",
    "write_autosave",
]

FORMAT_VERSION = 1
PROJECT_SUFFIX = ".accessmap"
_JSON, _GPKG = "project.json", "layers.gpkg"


def _app_version() -> str:
    try:
        from importlib.metadata import version

        return version("accessmap")
    except Exception:  # pragma: no cover - not installed as a distribution
        return "0+unknown"


_HASHES: dict[tuple[str, int, int], str] = {}


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file, read in 1 MiB blocks (remembered per path, size and mtime, so that
    saving often does not re-read a large network file)."""
    st = os.stat(path)
    key = (str(Path(path).resolve()), st.st_size, st.st_mtime_ns)
    if key not in _HASHES:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        _HASHES[key] = h.hexdigest()
    return _HASHES[key]


@dataclass(frozen=True)
class SourceFile:
    """A file a layer came from (absolute path in memory; relative in the project file)."""

    role: str
    path: str
    sha256: str | None = None
    attribution: str = ""
    year: str = ""


@dataclass
class Project:
    """Everything a project file holds. ``current_scenario`` None = the baseline."""

    sectors: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    settings: Settings = field(default_factory=Settings)
    catchments: gpd.GeoDataFrame | None = None
    scenarios: tuple[Scenario, ...] = ()
    current_scenario: str | None = None
    sources: tuple[SourceFile, ...] = ()
    #: Notes from loading (a moved or changed source file), shown to the user.
    messages: tuple[str, ...] = ()

    def scenario(self, name: str) -> Scenario:
        for s in self.scenarios:
            if s.name == name:
                return s
        known = ", ".join(s.name for s in self.scenarios) or "(none)"
        raise ProjectFileError(f"The project has no scenario '{name}'. Scenarios: {known}.")

    def layers(self) -> Layers:
        return Layers(
            sectors=self.sectors,
            centres=self.centres,
            catchments=self.catchments,
            sources=tuple(SourceInfo(s.role, s.path, s.attribution, s.year) for s in self.sources),
        )

    def new_scenario(self, name: str) -> Scenario:
        """A scenario with no edits on this project's baseline centres and settings."""
        return Scenario(name, self.centres, self.settings, (), self.catchments)


def _json_default(o: Any) -> Any:
    if isinstance(o, np.integer):
        return int(o)
    if isinstance(o, np.floating):
        return float(o)
    if isinstance(o, np.bool_):
        return bool(o)
    if isinstance(o, tuple | set):
        return list(o)
    if o is pd.NA:
        return None
    raise TypeError(f"{type(o).__name__} is not JSON serialisable")


def _rel(path: str, base: Path) -> str:
    try:
        return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive (Windows): keep it absolute
        return Path(path).resolve().as_posix()


def _manifest(project: Project, base: Path, dtypes: dict[str, dict[str, str]]) -> dict[str, Any]:
    sources = []
    for s in project.sources:
        digest = s.sha256
        if digest is None and Path(s.path).is_file():
            digest = file_sha256(s.path)
        sources.append(
            {
                "role": s.role,
                "path": _rel(s.path, base),
                "sha256": digest,
                "attribution": s.attribution,
                "year": s.year,
            }
        )
    return {
        "format_version": FORMAT_VERSION,
        "app": "accessmap",
        "app_version": _app_version(),
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "settings": project.settings.to_dict(),
        "layers": dtypes,
        "scenarios": [
            {"name": s.name, "settings": s.settings.to_dict(), "edits": s.edits_to_list()}
            for s in project.scenarios
        ],
        "current_scenario": project.current_scenario,
        "sources": sources,
    }


def _write_gpkg(project: Project, path: Path) -> dict[str, dict[str, str]]:
    frames = {"sectors": project.sectors, "centres": project.centres}
    if project.catchments is not None:
        frames["catchments"] = project.catchments
    dtypes = {}
    for name, gdf in frames.items():
        gdf = gdf.reset_index(drop=True)
        dtypes[name] = {str(c): str(t) for c, t in gdf.dtypes.items() if c != gdf.geometry.name}
        gdf.to_file(path, layer=name, driver="GPKG")
    rows = [
        {
            "scenario": s.name,
            "seq": i,
            "kind": e.kind,
            "text": e.text,
            "edit": json.dumps(e.to_dict(), default=_json_default),
        }
        for s in project.scenarios
        for i, e in enumerate(s.edits)
    ]
    if rows:
        import pyogrio

        pyogrio.write_dataframe(pd.DataFrame(rows), path, layer="edits")
    return dtypes


def _atomic_write(path: Path, project: Project) -> None:
    path = Path(path)
    folder = path.resolve().parent
    fd, tmp = -1, None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
        with tempfile.TemporaryDirectory(prefix="accessmap-save-") as work:
            gpkg = Path(work) / _GPKG
            dtypes = _write_gpkg(project, gpkg)
            manifest = json.dumps(
                _manifest(project, folder, dtypes), default=_json_default, indent=2
            )
            with os.fdopen(fd, "wb") as raw:
                fd = -1
                with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                    zf.writestr(_JSON, manifest)
                    zf.write(gpkg, _GPKG)
                raw.flush()
                os.fsync(raw.fileno())
        os.replace(tmp, path)
        if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
            dfd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
    except BaseException as exc:
        if fd != -1:
            os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        if isinstance(exc, OSError):
            reason = "the disk is full" if exc.errno == 28 else (exc.strerror or str(exc))
            raise ProjectFileError(
                f"The project could not be saved to {path} ({reason}). The previous file is "
                "unchanged; free some space or save elsewhere.",
                repr(exc),
            ) from exc
        if isinstance(exc, Exception):
            raise ProjectFileError(
                f"The project could not be saved to {path}: a setting, edit or layer cannot be "
                "stored. The previous file is unchanged.",
                repr(exc),
            ) from exc
        raise


def save_project(path: str | Path, project: Project, *, remove_autosave: bool = True) -> Path:
    """Write ``project`` to ``path`` atomically; the autosave, now stale, is removed."""
    path = Path(path)
    _atomic_write(path, project)
    if remove_autosave:
        discard_autosave(path)
    return path


def _fail(path: Path, what: str, exc: BaseException | None = None) -> ProjectFileError:
    return ProjectFileError(
        f"{path.name} cannot be opened: {what}", repr(exc) if exc is not None else ""
    )


def _read_manifest(path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            for member in (_JSON, _GPKG):
                if member not in names:
                    raise _fail(path, f"it lacks '{member}' (an incomplete or foreign file).")
            raw_json, gpkg = zf.read(_JSON), zf.read(_GPKG)
    except FileNotFoundError as exc:
        raise _fail(path, "the file does not exist.", exc) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _fail(
            path, "it is not a valid accessmap project (corrupt or truncated zip).", exc
        ) from exc
    try:
        manifest = json.loads(raw_json.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, "its project.json is damaged.", exc) from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format_version"), int):
        raise _fail(path, "its project.json has no format version.")
    version = manifest["format_version"]
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            f"{path.name} was saved by a newer accessmap (project format {version}; this version "
            f"reads up to {FORMAT_VERSION}). Update accessmap to open it.",
            f"app_version={manifest.get('app_version')}",
        )
    return manifest, gpkg


def _read_layer(gpkg: Path, layer: str, dtypes: dict[str, str]) -> gpd.GeoDataFrame:
    gdf = gpd.read_file(gpkg, layer=layer)
    for col, dtype in dtypes.items():
        if col in gdf.columns and str(gdf[col].dtype) != dtype:
            gdf[col] = gdf[col].astype(dtype)
    order = [c for c in dtypes if c in gdf.columns]
    return gdf[[*order, gdf.geometry.name]]


def _sources(manifest: dict[str, Any], base: Path) -> tuple[tuple[SourceFile, ...], list[str]]:
    out, notes = [], []
    for s in manifest.get("sources", []):
        p = Path(s["path"])
        full = p if p.is_absolute() else (base / p)
        full = Path(os.path.normpath(full))
        src = SourceFile(
            s["role"], str(full), s.get("sha256"), s.get("attribution", ""), s.get("year", "")
        )
        if not full.is_file():
            notes.append(f"The {src.role} source file {full} was not found (moved or renamed?).")
        elif src.sha256 and file_sha256(full) != src.sha256:
            notes.append(
                f"The {src.role} source file {full} has changed since the project was saved."
            )
        out.append(src)
    return tuple(out), notes


def load_project(path: str | Path) -> Project:
    """Read a project file; any problem raises :class:`ProjectFileError` with a clear message."""
    path = Path(path)
    manifest, gpkg_bytes = _read_manifest(path)
    try:
        with tempfile.TemporaryDirectory(prefix="accessmap-load-") as work:
            gpkg = Path(work) / _GPKG
            gpkg.write_bytes(gpkg_bytes)
            dtypes = manifest.get("layers", {})
            sectors = _read_layer(gpkg, "sectors", dtypes.get("sectors", {}))
            centres = normalise_centres(_read_layer(gpkg, "centres", dtypes.get("centres", {})))
            catchments = (
                _read_layer(gpkg, "catchments", dtypes["catchments"])
                if "catchments" in dtypes
                else None
            )
        settings = Settings.from_dict(manifest.get("settings", {}))
        scenarios = []
        for s in manifest.get("scenarios", []):
            edits = tuple(command_from_dict(e) for e in s.get("edits", []))
            sc = Scenario(
                s["name"], centres, Settings.from_dict(s.get("settings", {})), edits, catchments
            )
            sc.centres()  # replay now: a bad edit fails here, not later in the GUI
            scenarios.append(sc)
    except ProjectFileError:
        raise
    except AccessmapError as exc:
        raise _fail(path, f"a scenario cannot be rebuilt ({exc.message}).", exc) from exc
    except Exception as exc:
        raise _fail(path, "its layers or scenarios are damaged.", exc) from exc
    sources, notes = _sources(manifest, path.resolve().parent)
    current = manifest.get("current_scenario")
    if current is not None and current not in {s.name for s in scenarios}:
        notes.append(f"The current scenario '{current}' is missing; showing the baseline.")
        current = None
    return Project(
        sectors, centres, settings, catchments, tuple(scenarios), current, sources, tuple(notes)
    )


def project_inputs(project: Project, scenario: str | None = None) -> tuple[Layers, Settings]:
    """Layers and settings to analyse ``scenario`` (None = the current one, or the baseline).

    For ``accessmap analyze --project``; a walking network is not included: read it from the
    source with role "network" (``project.sources``) and set ``layers.network``.
    """
    from accessmap.core.scenario import scenario_layers

    name = scenario if scenario is not None else project.current_scenario
    if name is None or (name == "baseline" and name not in {s.name for s in project.scenarios}):
        return project.layers(), project.settings
    scen = project.scenario(name)
    return scenario_layers(project.layers(), scen), scen.current_settings


def autosave_path(path: str | Path) -> Path:
    """Where the autosave of ``path`` lives: beside it, ``<name>.autosave``."""
    path = Path(path)
    return path.with_name(path.name + ".autosave")


def write_autosave(path: str | Path, project: Project) -> Path:
    """Write the autosave of ``path`` (atomically, like a save); returns its path."""
    target = autosave_path(path)
    _atomic_write(target, project)
    return target


def find_recovery(path: str | Path) -> Path | None:
    """The autosave of ``path`` if it is newer than the project (offer to recover it)."""
    path = Path(path)
    auto = autosave_path(path)
    if not auto.is_file():
        return None
    if path.is_file() and auto.stat().st_mtime_ns <= path.stat().st_mtime_ns:
        return None
    return auto


def discard_autosave(path: str | Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        autosave_path(path).unlink()


def with_scenario(project: Project, scenario: Scenario) -> Project:
    """The project with ``scenario`` added or replacing the one of the same name."""
    others = tuple(s for s in project.scenarios if s.name != scenario.name)
    return replace(project, scenarios=(*others, scenario))
