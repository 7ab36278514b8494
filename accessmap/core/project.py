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
import errno
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from accessmap.core.commands import Scenario, check_edit, command_from_dict, normalise_centres
from accessmap.core.errors import AccessmapError, ProjectFileError
from accessmap.core.model import Layers, SourceInfo
from accessmap.core.schema import Settings

__all__ = [
    "FORMAT_VERSION",
    "PROJECT_SUFFIX",
    "Project",
    "SourceFile",
    "autosave_path",
    "clean_stale_temporaries",
    "discard_autosave",
    "file_sha256",
    "find_recovery",
    "load_project",
    "project_inputs",
    "save_project",
    "unpack_limit",
    "with_scenario",
    "write_autosave",
]

FORMAT_VERSION = 1
PROJECT_SUFFIX = ".accessmap"
_JSON, _GPKG = "project.json", "layers.gpkg"

#: Unpacking limits (compression bombs): a project unpacks to at most this many bytes ...
MAX_UNPACKED_BYTES = 2 << 30
#: ... and at most this many times its own size, but is always allowed this much:
MAX_UNPACKED_RATIO = 50
MIN_UNPACKED_LIMIT = 256 << 20
MAX_MANIFEST_BYTES = 64 << 20
#: Temporaries of a save beside the project: ``.<name>.<pid>-<random>.tmp`` (or ``.tmpdir``);
#: older versions wrote ``.<name>.<random>.tmp``.
_STALE_BESIDE = re.compile(r"\.(?P<name>.+?)\.(?:(?P<pid>\d+)-)?[a-z0-9_]+\.(?:tmp|tmpdir)")
#: Temporary folders of a load (or of an older version's save) in the system temp folder.
_STALE_SYSTEM = re.compile(r"accessmap-(?:load|save)-(?:(?P<pid>\d+)-)?[a-z0-9_]+")
_OLD_TEMP_S = 600.0


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
    #: The choices made when the file was read (``SourceInfo.options``), JSON-serialisable.
    options: dict[str, Any] = field(default_factory=dict, hash=False)


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
    #: Choices of the window worth keeping with the project (print title, typed sources...),
    #: JSON-serialisable; saved as "ui" in project.json.
    ui: dict[str, Any] = field(default_factory=dict)
    #: Optional address/building points with residents (``Layers.residents``).
    residents: gpd.GeoDataFrame | None = None
    #: What reading the layers reported (``Layers.messages``: repairs, dropped rows, the
    #: network's summary line), kept so that the project tells the same story as the files.
    layer_messages: tuple[str, ...] = ()

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
            residents=self.residents,
            messages=tuple(self.layer_messages),
            sources=tuple(
                SourceInfo(s.role, s.path, s.attribution, s.year, dict(s.options))
                for s in self.sources
            ),
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
                "options": dict(s.options),
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
        "ui": dict(project.ui),
        "layer_messages": [str(m) for m in project.layer_messages],
    }


def _write_gpkg(project: Project, path: Path) -> dict[str, dict[str, str]]:
    frames = {"sectors": project.sectors, "centres": project.centres}
    if project.catchments is not None:
        frames["catchments"] = project.catchments
    if project.residents is not None:
        frames["residents"] = project.residents
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


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or we cannot tell: leave its files alone
    return True


def _remove(entry: Path) -> None:
    with contextlib.suppress(OSError):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def clean_stale_temporaries(path: str | Path) -> list[Path]:
    """Remove what a killed save of ``path`` (or of its autosave) left beside it, and the
    temporary folders a killed load or save left in the system temp folder.

    Files of a process still running are kept. Called by :func:`save_project`,
    :func:`write_autosave` and :func:`load_project`; returns what was removed.
    """
    path = Path(path)
    removed: list[Path] = []
    folder = path.resolve().parent
    names = {path.name, autosave_path(path).name}
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            for name in names:
                m = _STALE_BESIDE.fullmatch(entry.name)
                if m is None or m["name"] != name:
                    continue
                if m["pid"] is None or not _pid_alive(int(m["pid"])):
                    _remove(entry)
                    removed.append(entry)
    old = time.time() - _OLD_TEMP_S
    with contextlib.suppress(OSError):
        for entry in Path(tempfile.gettempdir()).iterdir():
            m = _STALE_SYSTEM.fullmatch(entry.name)
            if m is None:
                continue
            stale = False
            if m["pid"] is not None:
                stale = not _pid_alive(int(m["pid"]))
            else:  # left by an older accessmap, which named no process
                with contextlib.suppress(OSError):
                    stale = entry.stat().st_mtime < old
            if stale:
                _remove(entry)
                removed.append(entry)
    return removed


def _save_advice(exc: OSError, folder: Path) -> str:
    """Why a save failed and what to do, fitting the actual error."""
    unchanged = "The previous file is unchanged"
    if exc.errno == errno.ENOSPC:
        return f"the disk is full. {unchanged}; free some space or save elsewhere."
    if exc.errno == errno.ENOENT and not folder.is_dir():
        return f"the folder {folder} does not exist. Create it or save elsewhere."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"no permission to write in {folder}. {unchanged}; save in a folder you can write to."
        )
    return f"{exc.strerror or exc}. {unchanged}; try again or save elsewhere."


def _atomic_write(path: Path, project: Project) -> None:
    """Write into ``.<name>.<pid>-<random>.tmp`` beside ``path`` (the GeoPackage is built in a
    ``.tmpdir`` folder there too, not in /tmp), then rename over ``path``."""
    path = Path(path)
    folder = path.resolve().parent
    fd, tmp, work = -1, None, None
    try:
        clean_stale_temporaries(path)
        prefix = f".{path.name}.{os.getpid()}-"
        fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
        work = Path(tempfile.mkdtemp(prefix=prefix, suffix=".tmpdir", dir=folder))
        gpkg = work / _GPKG
        dtypes = _write_gpkg(project, gpkg)
        manifest = json.dumps(_manifest(project, folder, dtypes), default=_json_default, indent=2)
        with os.fdopen(fd, "wb") as raw:
            fd = -1
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(_JSON, manifest)
                zf.write(gpkg, _GPKG)
            raw.flush()
            os.fsync(raw.fileno())
        _remove(work)
        work = None
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
        for leftover in (tmp, work):
            if leftover is not None and leftover.exists():
                _remove(leftover)
        if isinstance(exc, OSError):
            raise ProjectFileError(
                f"The project could not be saved to {path}: {_save_advice(exc, folder)}",
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


def unpack_limit(path: str | Path) -> int:
    """How many bytes a project file may unpack to: ``MAX_UNPACKED_RATIO`` times its size,
    at least ``MIN_UNPACKED_LIMIT``, at most ``MAX_UNPACKED_BYTES``."""
    size = Path(path).stat().st_size
    return int(min(MAX_UNPACKED_BYTES, max(MIN_UNPACKED_LIMIT, MAX_UNPACKED_RATIO * size)))


def _too_big(path: Path, what: str, limit: int) -> ProjectFileError:
    return _fail(
        path,
        f"{what}, more than a project of this size can hold ({limit:,} bytes at most). The "
        "file is damaged or was made to fill the memory or disk (a compression bomb); it was "
        "not unpacked.",
    )


def _copy_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, out: Any, cap: int) -> int:
    """Stream one member into ``out`` (a binary file); stop past ``cap`` bytes."""
    n = 0
    with zf.open(info) as src:
        while block := src.read(1 << 20):
            n += len(block)
            if n > cap:
                raise _CapExceeded(n)
            out.write(block)
    return n


class _CapExceeded(Exception):
    pass


def _check_manifest(path: Path, manifest: Any) -> dict[str, Any]:
    if not isinstance(manifest, dict) or "format_version" not in manifest:
        raise _fail(path, "its project.json has no format version.")
    version = manifest["format_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _fail(
            path,
            f"its project.json has an invalid format version ({json.dumps(version)}); "
            "a project's format version is a whole number from 1.",
        )
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            f"{path.name} was saved by a newer accessmap (project format {version}; this version "
            f"reads up to {FORMAT_VERSION}). Update accessmap to open it.",
            f"app_version={manifest.get('app_version')}",
        )
    for key, kind in (("settings", dict), ("layers", dict), ("scenarios", list),
                      ("sources", list), ("ui", dict), ("layer_messages", list)):  # fmt: skip
        if key in manifest and not isinstance(manifest[key], kind):
            raise _fail(path, f"its project.json is damaged ('{key}' is not a {kind.__name__}).")
    return manifest


def _unpack(path: Path, work: Path, limit: int | None) -> tuple[dict[str, Any], Path]:
    """Read project.json and stream layers.gpkg into ``work``, checking the declared sizes
    first and the real ones while inflating (never more than ``limit`` bytes in all)."""
    gpkg = work / _GPKG
    try:
        cap = unpack_limit(path) if limit is None else int(limit)
        with zipfile.ZipFile(path) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            for member in (_JSON, _GPKG):
                if member not in infos:
                    raise _fail(path, f"it lacks '{member}' (an incomplete or foreign file).")
            declared = infos[_JSON].file_size + infos[_GPKG].file_size
            if declared > cap or infos[_JSON].file_size > MAX_MANIFEST_BYTES:
                raise _too_big(path, f"it says it unpacks to {declared:,} bytes", cap)
            buf = io.BytesIO()
            n = _copy_capped(zf, infos[_JSON], buf, min(cap, MAX_MANIFEST_BYTES))
            with open(gpkg, "wb") as out:
                _copy_capped(zf, infos[_GPKG], out, cap - n)
    except _CapExceeded as exc:
        raise _too_big(path, f"it unpacks to more than {exc.args[0]:,} bytes", cap) from None
    except FileNotFoundError as exc:
        raise _fail(path, "the file does not exist.", exc) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise _fail(
            path, "it is not a valid accessmap project (corrupt or truncated zip).", exc
        ) from exc
    try:
        manifest = json.loads(buf.getvalue().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _fail(path, "its project.json is damaged.", exc) from exc
    return _check_manifest(path, manifest), gpkg


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
        if not (isinstance(s, dict) and isinstance(s.get("role"), str)
                and isinstance(s.get("path"), str)):  # fmt: skip
            raise ProjectFileError("A source file entry of the project is damaged.")
        p = Path(s["path"])
        full = p if p.is_absolute() else (base / p)
        full = Path(os.path.normpath(full))
        options = s.get("options") or {}
        if not isinstance(options, dict):
            raise ProjectFileError(f"The options of the {s['role']} source are damaged.")
        src = SourceFile(
            s["role"],
            str(full),
            s.get("sha256"),
            s.get("attribution", ""),
            s.get("year", ""),
            options,
        )
        if not full.is_file():
            notes.append(f"The {src.role} source file {full} was not found (moved or renamed?).")
        elif src.sha256 and file_sha256(full) != src.sha256:
            notes.append(
                f"The {src.role} source file {full} has changed since the project was saved."
            )
        out.append(src)
    return tuple(out), notes


def _scenarios(
    path: Path,
    manifest: dict[str, Any],
    centres: gpd.GeoDataFrame,
    catchments: gpd.GeoDataFrame | None,
    bounds: tuple[float, float, float, float],
) -> list[Scenario]:
    """Rebuild the scenarios, checking every edit (kind, types, coordinates in the study area)
    and replaying it; a bad one is refused naming the scenario and the edit."""
    out = []
    for s in manifest.get("scenarios", []):
        if not isinstance(s, dict) or not isinstance(s.get("name"), str):
            raise _fail(path, "its project.json is damaged (a scenario has no name).")
        name = s["name"]
        sc = Scenario(name, centres, _settings(path, s.get("settings", {})), (), catchments)
        edits = s.get("edits", [])
        if not isinstance(edits, list):
            raise _fail(path, f"its project.json is damaged (scenario '{name}' has no edit list).")
        for i, raw in enumerate(edits, start=1):
            label = f"scenario '{name}', edit {i}"
            try:
                edit = command_from_dict(raw)
                check_edit(edit, bounds)
                sc = sc.with_edit(edit)  # replay now: a bad edit fails here, not in the GUI
            except AccessmapError as exc:
                raise _fail(path, f"{label} is refused: {exc.message}", exc) from exc
        out.append(sc)
    return out


def _settings(path: Path, d: Any) -> Settings:
    try:
        return Settings.from_dict(d).validate()
    except AccessmapError as exc:
        raise _fail(path, f"its settings are not valid ({exc.message})", exc) from exc
    except Exception as exc:
        raise _fail(path, "its settings are damaged.", exc) from exc


def load_project(path: str | Path, *, max_unpacked_bytes: int | None = None) -> Project:
    """Read a project file; any problem raises :class:`ProjectFileError` with a clear message.

    The zip is never unpacked beyond ``max_unpacked_bytes`` (default :func:`unpack_limit`).
    """
    path = Path(path)
    clean_stale_temporaries(path)
    try:
        with tempfile.TemporaryDirectory(prefix=f"accessmap-load-{os.getpid()}-") as work:
            manifest, gpkg = _unpack(path, Path(work), max_unpacked_bytes)
            dtypes = manifest.get("layers", {})
            layers = {}
            for name in ("sectors", "centres", "catchments", "residents"):
                if name in ("sectors", "centres") or name in dtypes:
                    layers[name] = _read_layer(gpkg, name, dtypes.get(name, {}))
        centres = normalise_centres(layers["centres"])
        sectors, catchments = layers["sectors"], layers.get("catchments")
        settings = _settings(path, manifest.get("settings", {}))
        scenarios = _scenarios(path, manifest, centres, catchments, tuple(sectors.total_bounds))
        sources, notes = _sources(manifest, path.resolve().parent)
    except ProjectFileError:
        raise
    except AccessmapError as exc:
        raise _fail(path, f"a scenario cannot be rebuilt ({exc.message}).", exc) from exc
    except Exception as exc:
        raise _fail(path, "its layers or scenarios are damaged.", exc) from exc
    current = manifest.get("current_scenario")
    if current is not None and current not in {s.name for s in scenarios}:
        notes.append(f"The current scenario '{current}' is missing; showing the baseline.")
        current = None
    return Project(
        sectors,
        centres,
        settings,
        catchments,
        tuple(scenarios),
        current,
        sources,
        tuple(notes),
        ui=dict(manifest.get("ui", {})),
        residents=layers.get("residents"),
        layer_messages=tuple(str(m) for m in manifest.get("layer_messages", [])),
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
