"""Assemble :class:`~accessmap.core.model.Layers` from files: one place for CLI and GUI.

A :class:`LayerSpec` names the files and their columns (as a planner would on the command
line); :func:`load_layers` reads and validates them through :mod:`accessmap.core.io` and
:mod:`accessmap.core.tables`, joins an indicator table when one is given, and collects every
loading message (repairs, dropped rows, join report) for the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accessmap.core import io, tables
from accessmap.core.columns import record_picks, renamed_columns
from accessmap.core.errors import AccessmapError, DataFormatError
from accessmap.core.model import Layers, SourceInfo
from accessmap.core.schema import Progress, report_progress

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

    from accessmap.core.network import WalkNetwork

__all__ = [
    "NETWORK_MARGIN_M",
    "LayerSpec",
    "attribution",
    "load_layers",
    "load_network",
    "resolve_column",
    "tag_column_names",
    "with_column_names",
]


@dataclass(frozen=True)
class LayerSpec:
    """Files and column names for one analysis (None = auto-detect, or: keep the base's).

    ``sectors`` and ``centres`` are required unless :func:`load_layers` gets a ``base`` (the
    sample or a project) whose layers the given files replace.
    """

    sectors: Path | None = None
    centres: Path | None = None
    sectors_layer: str | None = None
    sector_id: str | None = None
    population: str | None = None
    indicators: Path | None = None
    indicators_key: str | None = None
    centres_layer: str | None = None
    capacity: str | None = None
    step_free: str | None = None
    centre_type: str | None = None
    centre_name: str | None = None
    catchments: Path | None = None
    residents: Path | None = None
    residents_population: str | None = None
    network: Path | None = None
    node_all_crossings: bool = False

    def layer_files(self) -> dict[str, Path]:
        """The files given, by role."""
        roles = ("sectors", "indicators", "centres", "catchments", "residents", "network")
        return {r: Path(getattr(self, r)) for r in roles if getattr(self, r) is not None}


#: The pick_column roles of each layer (for the column-name records).
_SECTOR_ROLES = ("sector id", "population", "sector name", "municipality")
_CENTRE_ROLES = ("centre id", "centre name", "centre type", "GP FTE", "step-free access",
                 "opening year", "closing year")  # fmt: skip
#: Street lines read around the study area (country extracts), in metres.
NETWORK_MARGIN_M = 2000.0


def attribution(path: str | Path) -> str:
    """An attribution line for well-known Belgian sources, else the file name."""
    name = Path(path).name.lower()
    if "urbis" in name:
        return "Brussels UrbIS®© (paradigm.brussels)"
    if "osm" in name or "health_centres" in name or name.endswith((".pbf", ".osm")):
        return "© OpenStreetMap contributors (ODbL 1.0)"
    if "ggw7" in name or "wijken" in name:
        text = (
            "Wijken voor omgevingsanalyse © gemeentebesturen, verzameld door Data & Analyse "
            "van de Vlaamse provincies (Modellicentie Gratis Hergebruik Vlaanderen v1.0)"
        )
        return text + ("; BIMD 2011, Otavova et al. (2023)" if "bimd" in name else "")
    if "elz" in name or "eerstelijnszone" in name:
        return "Eerstelijnszones © Data & Analyse van de Vlaamse provincies (Modellicentie Gratis Hergebruik Vlaanderen v1.0)"
    if "bimd" in name:
        return "BIMD 2011, Otavova et al. (2023), doi:10.1016/j.sste.2023.100587"
    if "statbel" in name or "sector" in name:
        return "Statbel (Directorate-general Statistics - Statistics Belgium), CC BY 4.0"
    return Path(path).name


_attribution = attribution  # the name other modules imported before it was public


def _network_message(network) -> str:
    """One readable line about the network that was built."""
    m = dict(getattr(network, "summary", {}) or {})
    text = (
        f"Street network '{m.get('source', '')}': {m.get('lines', '?')} walkable lines "
        f"({m.get('lines_dropped_by_filter', 0)} dropped by the pedestrian filter), "
        f"{m.get('nodes', '?')} junctions, {m.get('total_km', '?')} km"
    )
    if m.get("components_dropped"):
        text += (
            f"; {m['components_dropped']} small disconnected part(s) "
            f"({m.get('km_dropped', 0)} km) left out"
        )
    if m.get("noding") and m["noding"] != "shared_vertices":
        text += "; every crossing was treated as a junction (--node-all-crossings)"
    return text + "."


def with_column_names(
    source: SourceInfo, picks: list[tuple[str, str]], roles: tuple[str, ...]
) -> SourceInfo:
    """``source`` with ``options["columns"]``: the source columns the reader renamed."""
    names = renamed_columns(picks, roles)
    return replace(source, options={**dict(source.options), "columns": names})


def tag_column_names(layers: Layers, picks: list[tuple[str, str]]) -> Layers:
    """Record the renames of ``picks`` (made while reading ``layers``, e.g. by
    :func:`accessmap.core.sample.load_sample`) on its sectors and centres sources."""
    roles = {"sectors": _SECTOR_ROLES, "centres": _CENTRE_ROLES}
    sources = tuple(
        with_column_names(s, picks, roles[s.role]) if s.role in roles else s for s in layers.sources
    )
    return layers.replace(sources=sources)


def load_network(
    path: str | Path,
    sectors: gpd.GeoDataFrame | None,
    *,
    node_all_crossings: bool = False,
    bbox: tuple[float, float, float, float] | None = None,
    layer: str | None = None,
    progress: Progress | None = None,
) -> tuple[WalkNetwork, SourceInfo, str]:
    """Read a street network for ``sectors`` (lines within :data:`NETWORK_MARGIN_M` of them,
    or of ``bbox`` when given); returns the network, its source (options record how it was
    read, so a project reads it again the same way) and the summary line to show."""
    from accessmap.core.network import read_network

    if bbox is None and sectors is not None:
        xmin, ymin, xmax, ymax = (float(v) for v in sectors.total_bounds)
        m = NETWORK_MARGIN_M
        bbox = (xmin - m, ymin - m, xmax + m, ymax + m)
    kwargs: dict[str, Any] = {"node_all_crossings": node_all_crossings, "bbox": bbox}
    if layer is not None:
        kwargs["layer"] = layer
    network = read_network(path, progress=progress, **kwargs)
    options: dict[str, Any] = {"node_all_crossings": bool(node_all_crossings)}
    if bbox is not None:
        options["bbox"] = [float(v) for v in bbox]
    if layer is not None:
        options["layer"] = layer
    line = attribution(path)
    if line == Path(path).name:  # lines of unknown origin: most street networks are OSM's
        line = "© OpenStreetMap contributors (ODbL 1.0)"
    source = SourceInfo("network", str(path), line, options=options)
    return network, source, _network_message(network)


def resolve_column(
    name: str,
    columns: Iterable[str],
    renamed: Mapping[str, str],
    *,
    what: str,
    option: str = "",
) -> str:
    """The column of ``columns`` the user means by ``name``: itself, the canonical column a
    reader renamed it to (``renamed``: source -> canonical, :meth:`Layers.column_names`), or a
    unique case-insensitive match. Else AccessmapError listing the columns by the names the
    user's files give them."""
    cols = [str(c) for c in columns]
    if name in cols:
        return name
    if renamed.get(name) in cols:
        return renamed[name]
    folded = {c for c in cols if c.casefold() == name.casefold()}
    folded |= {v for k, v in renamed.items() if k.casefold() == name.casefold() and v in cols}
    if len(folded) == 1:
        return folded.pop()
    back = {v: k for k, v in renamed.items()}
    shown = ", ".join(f"{back[c]} ({c})" if c in back else c for c in cols)
    lead = f"{option} {name}: " if option else ""
    raise AccessmapError(f"{lead}'{name}' is not in {what}. Choose one of: {shown}.")


def _read(reader: Any, path: Path, roles: dict[str, tuple[str, str]], **kwargs: Any) -> Any:
    """``reader(path, **kwargs)`` recording its column picks. A column option that gives the
    canonical name (``population`` for a file's ``POP``) and that the file lacks is read as
    "auto-detect"; if nothing is detected for it, the reader's own error stands.

    ``roles``: keyword -> (pick_column role, canonical column).
    """
    try:
        with record_picks() as picks:
            return reader(path, **kwargs), picks
    except DataFormatError as exc:
        auto = {k: None for k, (_r, canon) in roles.items() if kwargs.get(k) == canon}
        if not auto:
            raise
        with record_picks() as picks:
            out = reader(path, **{**kwargs, **auto})
        if not {roles[k][0] for k in auto} <= {role for role, _c in picks}:
            raise exc from None
        return out, picks


def _read_sectors(spec: LayerSpec) -> tuple[gpd.GeoDataFrame, list[str], SourceInfo]:
    (sectors, msgs), picks = _read(
        io.read_sectors,
        spec.sectors,
        {"id_col": ("sector id", "sector_id"), "population_col": ("population", "population")},
        layer=spec.sectors_layer,
        id_col=spec.sector_id,
        population_col=spec.population,
    )
    source = SourceInfo("sectors", str(spec.sectors), attribution(spec.sectors))
    return sectors, msgs, with_column_names(source, picks, _SECTOR_ROLES)


def _read_centres(spec: LayerSpec) -> tuple[gpd.GeoDataFrame, list[str], SourceInfo]:
    (centres, msgs), picks = _read(
        io.read_centres,
        spec.centres,
        {
            "capacity_col": ("GP FTE", "gp_fte"),
            "step_free_col": ("step-free access", "step_free"),
            "type_col": ("centre type", "type"),
            "name_col": ("centre name", "name"),
        },
        layer=spec.centres_layer,
        capacity_col=spec.capacity,
        step_free_col=spec.step_free,
        type_col=spec.centre_type,
        name_col=spec.centre_name,
    )
    source = SourceInfo("centres", str(spec.centres), attribution(spec.centres))
    return centres, msgs, with_column_names(source, picks, _CENTRE_ROLES)


def load_layers(
    spec: LayerSpec, progress: Progress | None = None, *, base: Layers | None = None
) -> Layers:
    """Read, validate, reproject and join every file named in ``spec``.

    With ``base`` (the sample, a project), every file given replaces that layer of ``base``
    (an indicator table alone is joined to the base's sectors) and the rest is kept; the
    sources follow (new sectors also drop the base's indicator table, joined to the old ones).
    """
    if base is None and (spec.sectors is None or spec.centres is None):
        raise AccessmapError("Give the sector layer and the centre layer.")
    messages: list[str] = list(base.messages) if base is not None else []
    new: dict[str, SourceInfo] = {}
    replaced: set[str] = set()
    report_progress(progress, 0.0, "Reading sectors")
    if spec.sectors is not None:
        sectors, msgs, new["sectors"] = _read_sectors(spec)
        messages += msgs
        replaced |= {"sectors", "indicators"}
    else:
        sectors = base.sectors
    if spec.indicators is not None:
        report_progress(progress, 0.2, "Joining the indicator table")
        table, _sniff = tables.read_table(spec.indicators)
        key = spec.indicators_key or table.columns[0]
        sectors, report = tables.join_table(sectors, table, table_key=key)
        messages.append(report.summary())
        new["indicators"] = SourceInfo(
            "indicators", str(spec.indicators), attribution(spec.indicators)
        )
    report_progress(progress, 0.4, "Reading centres")
    if spec.centres is not None:
        centres, msgs, new["centres"] = _read_centres(spec)
        messages += msgs
    else:
        centres = base.centres
    optional: dict[str, Any] = {
        r: getattr(base, r) if base is not None else None
        for r in ("catchments", "residents", "network")
    }
    if spec.catchments is not None:
        optional["catchments"], msgs = io.read_catchments(spec.catchments)
        messages += msgs
        new["catchments"] = SourceInfo(
            "catchments", str(spec.catchments), attribution(spec.catchments)
        )
    if spec.residents is not None:
        optional["residents"], msgs = io.read_residents(
            spec.residents, population_col=spec.residents_population
        )
        messages += msgs
        new["residents"] = SourceInfo("residents", str(spec.residents), attribution(spec.residents))
    if spec.network is not None:
        report_progress(progress, 0.6, "Building the street network")
        optional["network"], new["network"], line = load_network(
            spec.network, sectors, node_all_crossings=spec.node_all_crossings
        )
        messages.append(line)
    report_progress(progress, 1.0, "Layers loaded")
    kept = [
        s for s in (base.sources if base is not None else ()) if s.role not in {*new, *replaced}
    ]
    order = ("sectors", "indicators", "centres", "catchments", "residents", "network")
    sources = sorted((*kept, *new.values()), key=lambda s: order.index(s.role)
                     if s.role in order else len(order))  # fmt: skip
    return Layers(
        sectors=sectors,
        centres=centres,
        sources=tuple(sources),
        messages=tuple(messages),
        **optional,
    )
