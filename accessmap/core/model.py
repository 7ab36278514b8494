"""The data containers passed between layers: loaded :class:`Layers` and a frozen
:class:`AnalysisResult`.

``Layers`` hold validated GeoDataFrames in :data:`~accessmap.core.schema.ANALYSIS_CRS` with the
canonical columns of :mod:`accessmap.core.schema` (``core.io`` guarantees both).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import pandas as pd

from accessmap.core.schema import Settings

if TYPE_CHECKING:  # pragma: no cover
    from accessmap.core.network import WalkNetwork

__all__ = ["AnalysisResult", "Layers", "SourceInfo"]


@dataclass(frozen=True)
class SourceInfo:
    """Where a layer came from, for attribution lines, project files and reports."""

    role: str  # "sectors", "centres", "indicators", "catchments", "network", "residents"
    path: str
    attribution: str = ""
    year: str = ""
    #: Free, JSON-serialisable choices made when the file was read, saved in project files:
    #: e.g. ``{"type_column": "type", "primary_care_types": [...]}`` (the GUI's centre filter),
    #: ``{"columns": {"POP": "population"}}`` (source column -> canonical column, see
    #: :meth:`Layers.column_names`), ``{"node_all_crossings": True}`` (a network).
    options: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass
class Layers:
    """What an analysis runs on. All geometry in ANALYSIS_CRS, canonical columns.

    - ``sectors``: polygons with ``sector_id`` (str, unique), ``population`` (float), ``name``,
      ``municipality`` and any other (e.g. poverty) columns.
    - ``centres``: points with the columns in ``schema.CENTRE_COLUMNS``.
    - ``catchments``: optional polygons (a ``centre_id`` column when known).
    - ``network``: optional :class:`accessmap.core.network.WalkNetwork`.
    - ``residents``: optional address/building points with a ``population`` column, for
      population-weighted demand points.
    """

    sectors: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    catchments: gpd.GeoDataFrame | None = None
    network: WalkNetwork | None = None
    residents: gpd.GeoDataFrame | None = None
    sources: tuple[SourceInfo, ...] = ()
    #: Messages from loading (repairs, dropped rows, join reports), shown to the user.
    messages: tuple[str, ...] = ()

    def replace(self, **changes: Any) -> Layers:
        return replace(self, **changes)

    def column_names(self, role: str) -> dict[str, str]:
        """Source column -> canonical column for the layer ``role`` ("sectors", "centres"...),
        as recorded by the loader in ``SourceInfo.options["columns"]`` (empty if unknown)."""
        out: dict[str, str] = {}
        for s in self.sources:
            if s.role == role:
                out.update(dict(s.options.get("columns", {}) or {}))
        return out


@dataclass(frozen=True)
class AnalysisResult:
    """The outcome of :func:`accessmap.core.pipeline.run_analysis`. Treat as read-only.

    - ``sectors``: GeoDataFrame, one row per sector, geometry + ``schema.SECTOR_OUTPUT_COLUMNS``
      (+ the source columns), in ANALYSIS_CRS; ``demand_x``/``demand_y`` hold the demand point.
    - ``centres``: the centres used (after the year filter), canonical columns.
    - ``summary``: the headline figures (``schema.SUMMARY_KEYS`` and more), JSON-serialisable.
    - ``quintiles``: access by poverty quintile (1 = poorest fifth of the population).
    - ``curve``: the concentration curve (cumulative population share, poorest first, and
      cumulative share of residents within the threshold).
    """

    sectors: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    summary: Mapping[str, Any]
    quintiles: pd.DataFrame
    curve: pd.DataFrame
    settings: Settings
    messages: tuple[str, ...] = ()
    sources: tuple[SourceInfo, ...] = ()
    extras: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "summary", MappingProxyType(dict(self.summary)))
        object.__setattr__(self, "extras", MappingProxyType(dict(self.extras)))

    def summary_dict(self) -> dict[str, Any]:
        return dict(self.summary)
