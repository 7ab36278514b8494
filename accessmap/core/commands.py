"""Scenarios and the edit commands that build them (glue-style command objects).

A :class:`Scenario` is immutable: a name, the baseline centres (canonical columns of
:data:`~accessmap.core.schema.CENTRE_COLUMNS`), the baseline settings and an ordered tuple of
edits. :meth:`Scenario.centres` replays the edits on the baseline, so undoing an edit (dropping
it) restores *exactly* the earlier state, and a project file only needs the edits.

Every edit is a :class:`Command` with ``do(scenario) -> Scenario``, ``undo(scenario) ->
Scenario``, a short ``text`` for the undo history and ``to_dict()`` / :func:`command_from_dict`
for project files. The GUI wraps them in a ``QUndoStack``; the core knows nothing of Qt.
Validate before pushing (``QUndoStack.push`` calls ``redo`` at once): ``new = cmd.do(current)``
raises :class:`EditError` for an edit that does not fit; then push a ``QUndoCommand`` whose
``redo`` sets ``cmd.do(current)`` (the first time: ``new``) and whose ``undo`` sets
``cmd.undo(current)``; after either, ``ScenarioEngine.sync(scenario)`` updates the figures.
"""

from __future__ import annotations

import copy
import math
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import Point

from accessmap.core.errors import SettingsError
from accessmap.core.schema import (
    ANALYSIS_CRS,
    CENTRE_COLUMNS,
    CENTRE_ID,
    CENTRE_TYPES,
    GP_FTE,
    STEP_FREE,
    YEAR_CLOSE,
    YEAR_OPEN,
    Settings,
)

__all__ = [
    "EDITABLE_COLUMNS",
    "EXTENT_MARGIN_M",
    "AddCentre",
    "ChangeSettings",
    "Command",
    "EditCentre",
    "EditError",
    "MoveCentre",
    "RemoveCentre",
    "Scenario",
    "check_edit",
    "command_from_dict",
    "normalise_centres",
]

#: Centre attributes an :class:`EditCentre` may change.
EDITABLE_COLUMNS = ("name", "type", GP_FTE, STEP_FREE, YEAR_OPEN, YEAR_CLOSE)
_DTYPES = {
    CENTRE_ID: "str",
    "name": "str",
    "type": "str",
    GP_FTE: "float64",
    STEP_FREE: "boolean",
    YEAR_OPEN: "Int64",
    YEAR_CLOSE: "Int64",
}

#: Values for canonical columns a layer lacks altogether.
_MISSING = {CENTRE_ID: "", "name": "", "type": "other", GP_FTE: np.nan}


class EditError(SettingsError):
    """An edit does not fit the scenario (unknown centre, duplicate id, bad value)."""


def normalise_centres(centres: gpd.GeoDataFrame | None) -> gpd.GeoDataFrame:
    """Centres with every canonical column, canonical dtypes, a RangeIndex, in ANALYSIS_CRS."""
    if centres is None:
        centres = gpd.GeoDataFrame(geometry=gpd.GeoSeries([], crs=ANALYSIS_CRS))
    df = centres.copy()
    for col, dtype in _DTYPES.items():
        if col not in df.columns:
            fill = _MISSING.get(col, pd.NA)
            df[col] = pd.Series([fill] * len(df), index=df.index, dtype=dtype)
        elif col in (CENTRE_ID, "name", "type"):
            df[col] = df[col].astype(object).where(df[col].notna(), "").astype(str).astype(dtype)
        else:
            df[col] = df[col].astype(dtype)
    if df.crs is None:
        df = df.set_crs(ANALYSIS_CRS)
    extra = [c for c in df.columns if c not in CENTRE_COLUMNS and c != df.geometry.name]
    df = df[[*CENTRE_COLUMNS, *extra, df.geometry.name]]
    return df.reset_index(drop=True)


def _row_position(centres: gpd.GeoDataFrame, centre_id: str) -> int:
    hits = np.flatnonzero(centres[CENTRE_ID].to_numpy(object) == centre_id)
    if len(hits) == 0:
        raise EditError(
            f"There is no centre '{centre_id}' in this scenario; it may have been removed.",
            f"known ids: {', '.join(map(str, centres[CENTRE_ID].head(20)))}",
        )
    return int(hits[0])


def _check_value(column: str, value: Any) -> Any:
    """Validate and coerce one attribute value (None / NaN / <NA> = unknown)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return float("nan") if column == GP_FTE else None
    if column == "type" and value not in CENTRE_TYPES:
        raise EditError(f"A centre's type must be one of {', '.join(CENTRE_TYPES)}, not '{value}'.")
    if column in (GP_FTE, YEAR_OPEN, YEAR_CLOSE):
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise EditError(f"'{column}' must be a number (got {value!r}).") from None
    if column == GP_FTE and not (0 <= value <= 1000):
        raise EditError(f"GP full-time equivalents must be between 0 and 1000 (got {value}).")
    if column in (YEAR_OPEN, YEAR_CLOSE):
        if not (1800 <= value <= 2200) or value != int(value):
            raise EditError(f"A year must be a whole number from 1800 to 2200 (got {value:g}).")
        value = int(value)
    if column == STEP_FREE:
        if not isinstance(value, bool | np.bool_) and value not in (0, 1):
            raise EditError(f"'step_free' must be true, false or unknown (got {value!r}).")
        value = bool(value)
    if column == "name":
        value = str(value)
    return value


class Command(ABC):
    """One edit of a scenario. Subclasses are frozen dataclasses, so redo = do again."""

    kind: ClassVar[str]

    #: English template of :attr:`text`; the GUI translates it, then fills in :meth:`text_args`
    #: (``translate("Command", cmd.TEXT).format(**cmd.text_args())``).
    TEXT: ClassVar[str]

    @abstractmethod
    def text_args(self) -> dict[str, str]:
        """The values for :attr:`TEXT`."""

    @property
    def text(self) -> str:
        """A short label for the undo history (English)."""
        return self.TEXT.format(**self.text_args())

    def apply(self, centres: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """The centres after this edit (default: unchanged). Raises EditError if it misfits."""
        return centres

    def apply_settings(self, settings: Settings) -> Settings:
        """The settings after this edit (default: unchanged)."""
        return settings

    def do(self, scenario: Scenario) -> Scenario:
        """The scenario with this edit appended (validated first)."""
        return scenario.with_edit(self)

    def undo(self, scenario: Scenario) -> Scenario:
        """The scenario without this edit, which must be its last one."""
        if not scenario.edits or (scenario.edits[-1] is not self and scenario.edits[-1] != self):
            raise EditError("Only the last edit of a scenario can be undone.")
        return scenario.without_last_edit()

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]
        return {"kind": self.kind, **d}

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Command:
        """Rebuild any command from :meth:`to_dict` output (see :func:`command_from_dict`)."""
        return command_from_dict(d)


@dataclass(frozen=True)
class AddCentre(Command):
    """Open a new centre at (x, y) in EPSG:31370."""

    centre_id: str
    x: float
    y: float
    name: str = ""
    type: str = "health_centre"
    gp_fte: float | None = None
    step_free: bool | None = None
    year_open: int | None = None
    year_close: int | None = None
    #: The centre's catchment (werkingsgebied) as WKT, optional.
    catchment_wkt: str | None = None
    kind: ClassVar[str] = "add_centre"

    TEXT: ClassVar[str] = "Add centre {centre}"

    def text_args(self) -> dict[str, str]:
        return {"centre": self.name or self.centre_id}

    def apply(self, centres: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        if not (math.isfinite(self.x) and math.isfinite(self.y)):
            raise EditError("A new centre needs finite x and y coordinates.")
        if self.centre_id in set(centres[CENTRE_ID].to_numpy(object)):
            raise EditError(f"A centre with id '{self.centre_id}' already exists; pick another id.")
        values = {c: _check_value(c, getattr(self, c)) for c in EDITABLE_COLUMNS}
        row = {CENTRE_ID: self.centre_id, **values}
        new = gpd.GeoDataFrame(
            {c: pd.Series([row[c]], dtype=_DTYPES[c]) for c in CENTRE_COLUMNS},
            geometry=[Point(self.x, self.y)],
            crs=centres.crs,
        )
        if centres.geometry.name != "geometry":
            new = new.rename_geometry(centres.geometry.name)
        for c in centres.columns:
            if c not in new.columns:
                new[c] = pd.Series([None], dtype=centres[c].dtype)
        out = pd.concat([centres, new[centres.columns]], ignore_index=True)
        return gpd.GeoDataFrame(out, geometry=centres.geometry.name, crs=centres.crs)

    @classmethod
    def new(cls, scenario: Scenario, x: float, y: float, **attrs: Any) -> AddCentre:
        """An AddCentre with a fresh id ("new-1", "new-2", ...) unused in ``scenario``."""
        used = set(scenario.centres()[CENTRE_ID].to_numpy(object))
        used |= {e.centre_id for e in scenario.edits if isinstance(e, AddCentre)}
        i = 1
        while f"new-{i}" in used:
            i += 1
        return cls(centre_id=f"new-{i}", x=float(x), y=float(y), **attrs)


@dataclass(frozen=True)
class MoveCentre(Command):
    """Move a centre to (x, y) in EPSG:31370."""

    centre_id: str
    x: float
    y: float
    kind: ClassVar[str] = "move_centre"

    TEXT: ClassVar[str] = "Move centre {centre}"

    def text_args(self) -> dict[str, str]:
        return {"centre": self.centre_id}

    def apply(self, centres: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        if not (math.isfinite(self.x) and math.isfinite(self.y)):
            raise EditError("A centre can only move to finite x and y coordinates.")
        pos = _row_position(centres, self.centre_id)
        out = centres.copy()
        geom = out.geometry.to_numpy().copy()
        geom[pos] = Point(self.x, self.y)
        out[out.geometry.name] = gpd.GeoSeries(geom, index=out.index, crs=out.crs)
        return out


@dataclass(frozen=True)
class RemoveCentre(Command):
    """Close a centre."""

    centre_id: str
    kind: ClassVar[str] = "remove_centre"

    TEXT: ClassVar[str] = "Remove centre {centre}"

    def text_args(self) -> dict[str, str]:
        return {"centre": self.centre_id}

    def apply(self, centres: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        pos = _row_position(centres, self.centre_id)
        return centres.drop(index=centres.index[pos]).reset_index(drop=True)


@dataclass(frozen=True)
class EditCentre(Command):
    """Change attributes of a centre (keys from :data:`EDITABLE_COLUMNS`)."""

    centre_id: str
    changes: dict[str, Any] = field(default_factory=dict, hash=False)
    kind: ClassVar[str] = "edit_centre"

    TEXT: ClassVar[str] = "Edit centre {centre} ({fields})"

    def text_args(self) -> dict[str, str]:
        return {"centre": self.centre_id, "fields": ", ".join(sorted(self.changes))}

    def apply(self, centres: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        bad = sorted(set(self.changes) - set(EDITABLE_COLUMNS))
        if bad:
            raise EditError(
                f"These centre attributes cannot be edited: {', '.join(bad)}. "
                f"Editable: {', '.join(EDITABLE_COLUMNS)}."
            )
        pos = _row_position(centres, self.centre_id)
        out = centres.copy()
        for col, value in self.changes.items():
            v = _check_value(col, value)
            series = out[col].copy()
            series.iloc[pos] = pd.NA if v is None else v
            out[col] = series.astype(_DTYPES[col])
        return out


@dataclass(frozen=True)
class ChangeSettings(Command):
    """Change analysis settings (threshold, speed, ...): keys of :class:`Settings`."""

    changes: dict[str, Any] = field(default_factory=dict, hash=False)
    kind: ClassVar[str] = "change_settings"

    TEXT: ClassVar[str] = "Change settings ({changes})"

    def text_args(self) -> dict[str, str]:
        return {"changes": ", ".join(f"{k}={v}" for k, v in self.changes.items())}

    def apply_settings(self, settings: Settings) -> Settings:
        known = set(Settings.__dataclass_fields__) - {"extra"}
        bad = sorted(set(self.changes) - known)
        if bad:
            raise EditError(f"Unknown settings: {', '.join(bad)}.")
        d = settings.to_dict()
        d.update(self.changes)
        return Settings.from_dict(d).validate()


_KINDS: dict[str, type[Command]] = {
    c.kind: c for c in (AddCentre, MoveCentre, RemoveCentre, EditCentre, ChangeSettings)
}


#: How far outside the study area (the sectors' bounding box) an edit read from a file may
#: place a centre, in metres.
EXTENT_MARGIN_M = 20_000.0
_TEXT_FIELDS = ("centre_id", "name", "type", "catchment_wkt")


def _check_fields(kind: str, d: dict[str, Any]) -> None:
    """Types of an edit's fields as read from a file (JSON can hold anything)."""
    for key in ("x", "y"):
        if key in d:
            v = d[key]
            if isinstance(v, bool) or not isinstance(v, int | float):
                raise EditError(f"The '{kind}' edit has a {key} coordinate that is not a number.")
            if not math.isfinite(v):
                raise EditError(f"The '{kind}' edit has a {key} coordinate that is not finite.")
    for key in _TEXT_FIELDS:
        if key in d and d[key] is not None and not isinstance(d[key], str):
            raise EditError(f"The '{kind}' edit has a {key} that is not text.")
    if "centre_id" in d and not d["centre_id"]:
        raise EditError(f"The '{kind}' edit has no centre id.")
    if "changes" in d and not isinstance(d["changes"], dict):
        raise EditError(f"The '{kind}' edit's changes are not a list of fields and values.")


def command_from_dict(d: dict[str, Any]) -> Command:
    """Rebuild a command from :meth:`Command.to_dict` output (raises EditError if unknown,
    malformed, or a coordinate is not a finite number)."""
    if not isinstance(d, dict):
        raise EditError("An edit in the project file is not a record of fields.")
    d = dict(d)
    kind = d.pop("kind", None)
    if not isinstance(kind, str) or kind not in _KINDS:
        raise EditError(f"Unknown edit kind '{kind}' in the project file.")
    cls = _KINDS[kind]
    _check_fields(kind, d)
    try:
        return cls(**d)
    except TypeError as exc:
        raise EditError(f"A '{kind}' edit in the project file is malformed.", str(exc)) from exc


def check_edit(
    edit: Command,
    bounds: tuple[float, float, float, float] | None,
    margin_m: float = EXTENT_MARGIN_M,
) -> None:
    """Refuse (EditError) an edit that places a centre outside ``bounds`` (xmin, ymin, xmax,
    ymax in EPSG:31370, the study area) plus ``margin_m``: an edit read from a file that puts a
    centre at x = 1e300 is damage, not a plan."""
    if bounds is None or not all(math.isfinite(b) for b in bounds):
        return
    x, y = getattr(edit, "x", None), getattr(edit, "y", None)
    if x is None or y is None:
        return
    xmin, ymin, xmax, ymax = bounds
    if not (xmin - margin_m <= x <= xmax + margin_m and ymin - margin_m <= y <= ymax + margin_m):
        raise EditError(
            f"'{edit.text}' puts the centre at x = {x:.6g}, y = {y:.6g} (EPSG:31370), more "
            f"than {margin_m / 1000:g} km outside the study area (x {xmin:.0f} to {xmax:.0f}, "
            f"y {ymin:.0f} to {ymax:.0f}). The file is damaged or was edited by hand."
        )


@dataclass(frozen=True, eq=False)
class Scenario:
    """Baseline centres + settings + ordered edits. Immutable; edits return new scenarios."""

    name: str
    baseline: gpd.GeoDataFrame
    settings: Settings = field(default_factory=Settings)
    edits: tuple[Command, ...] = ()
    #: Optional catchment polygons of the baseline centres (a ``centre_id`` column if known).
    baseline_catchments: gpd.GeoDataFrame | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "baseline", normalise_centres(self.baseline))
        object.__setattr__(self, "edits", tuple(self.edits))
        object.__setattr__(self, "_cache", None)

    def centres(self) -> gpd.GeoDataFrame:
        """The centres after every edit (a copy: changing it changes nothing here)."""
        cache = self._cache  # type: ignore[attr-defined]
        if cache is None:
            cache = self.baseline
            for edit in self.edits:
                cache = edit.apply(cache)
            object.__setattr__(self, "_cache", cache)
        return cache.copy()

    @property
    def current_settings(self) -> Settings:
        """The settings after every :class:`ChangeSettings` edit."""
        s = self.settings
        for edit in self.edits:
            s = edit.apply_settings(s)
        return s

    def catchments(self) -> gpd.GeoDataFrame | None:
        """Baseline catchments minus those of removed centres, plus those of added ones."""
        base = self.baseline_catchments
        added = [e for e in self.edits if isinstance(e, AddCentre) and e.catchment_wkt]
        if base is None and not added:
            return None
        ids = set(self.centres()[CENTRE_ID].to_numpy(object))
        if base is None:
            base = gpd.GeoDataFrame(
                {CENTRE_ID: pd.Series([], dtype="str")}, geometry=[], crs=ANALYSIS_CRS
            )
        if CENTRE_ID in base.columns:
            base = base[base[CENTRE_ID].isna() | base[CENTRE_ID].isin(ids)]
        rows = [e for e in added if e.centre_id in ids]
        if not rows:
            return base.reset_index(drop=True)
        new = gpd.GeoDataFrame(
            {CENTRE_ID: pd.Series([e.centre_id for e in rows], dtype="str")},
            geometry=shapely.from_wkt([e.catchment_wkt for e in rows]),
            crs=base.crs or ANALYSIS_CRS,
        )
        if base.geometry.name != "geometry":
            new = new.rename_geometry(base.geometry.name)
        return gpd.GeoDataFrame(
            pd.concat([base, new], ignore_index=True), crs=base.crs or ANALYSIS_CRS
        )

    def with_edit(self, edit: Command) -> Scenario:
        """This scenario plus ``edit`` (validated now; raises EditError if it misfits)."""
        centres = edit.apply(self.centres())
        edit.apply_settings(self.current_settings)
        return self._derive((*self.edits, edit), centres)

    def without_last_edit(self) -> Scenario:
        return self._derive(self.edits[:-1], None)

    def _derive(self, edits: tuple[Command, ...], cache: gpd.GeoDataFrame | None) -> Scenario:
        """A copy with other edits, sharing the (already canonical) baseline."""
        new = copy.copy(self)
        object.__setattr__(new, "edits", edits)
        object.__setattr__(new, "_cache", cache)
        return new

    def renamed(self, name: str) -> Scenario:
        return replace(self, name=name)

    def edits_to_list(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in self.edits]
