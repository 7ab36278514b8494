"""Assemble :class:`~accessmap.core.model.Layers` from files: one place for CLI and GUI.

A :class:`LayerSpec` names the files and their columns (as a planner would on the command
line); :func:`load_layers` reads and validates them through :mod:`accessmap.core.io` and
:mod:`accessmap.core.tables`, joins an indicator table when one is given, and collects every
loading message (repairs, dropped rows, join report) for the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from accessmap.core import io, tables
from accessmap.core.model import Layers, SourceInfo
from accessmap.core.schema import Progress, report_progress

__all__ = ["LayerSpec", "load_layers"]


@dataclass(frozen=True)
class LayerSpec:
    """Files and column names for one analysis (None = auto-detect)."""

    sectors: Path
    centres: Path
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


def _attribution(path: Path) -> str:
    """An attribution line for well-known Belgian sources, else the file name."""
    name = path.name.lower()
    if "statbel" in name or "sector" in name:
        return "Statbel (Directorate-general Statistics - Statistics Belgium)"
    if "osm" in name or "health_centres" in name:
        return "© OpenStreetMap contributors (ODbL 1.0)"
    if "bimd" in name:
        return "BIMD 2011, Otavova et al. (2023), doi:10.1016/j.sste.2023.100587"
    return path.name


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


def load_layers(spec: LayerSpec, progress: Progress | None = None) -> Layers:
    """Read, validate, reproject and join every file named in ``spec``."""
    messages: list[str] = []
    sources: list[SourceInfo] = []
    report_progress(progress, 0.0, "Reading sectors")
    sectors, msgs = io.read_sectors(
        spec.sectors,
        layer=spec.sectors_layer,
        id_col=spec.sector_id,
        population_col=spec.population,
    )
    messages += msgs
    sources.append(SourceInfo("sectors", str(spec.sectors), _attribution(Path(spec.sectors))))
    if spec.indicators is not None:
        report_progress(progress, 0.2, "Joining the indicator table")
        table, _sniff = tables.read_table(spec.indicators)
        key = spec.indicators_key or table.columns[0]
        sectors, report = tables.join_table(sectors, table, table_key=key)
        messages.append(report.summary())
        sources.append(
            SourceInfo("indicators", str(spec.indicators), _attribution(Path(spec.indicators)))
        )
    report_progress(progress, 0.4, "Reading centres")
    centres, msgs = io.read_centres(
        spec.centres,
        layer=spec.centres_layer,
        capacity_col=spec.capacity,
        step_free_col=spec.step_free,
        type_col=spec.centre_type,
        name_col=spec.centre_name,
    )
    messages += msgs
    sources.append(SourceInfo("centres", str(spec.centres), _attribution(Path(spec.centres))))
    catchments = residents = network = None
    if spec.catchments is not None:
        catchments, msgs = io.read_catchments(spec.catchments)
        messages += msgs
        sources.append(SourceInfo("catchments", str(spec.catchments), Path(spec.catchments).name))
    if spec.residents is not None:
        residents, msgs = io.read_residents(
            spec.residents, population_col=spec.residents_population
        )
        messages += msgs
        sources.append(SourceInfo("residents", str(spec.residents), Path(spec.residents).name))
    if spec.network is not None:
        report_progress(progress, 0.6, "Building the street network")
        from accessmap.core.network import read_network

        xmin, ymin, xmax, ymax = sectors.total_bounds
        margin = 2000.0  # read the streets of the study area plus 2 km (country extracts)
        network = read_network(
            spec.network,
            node_all_crossings=spec.node_all_crossings,
            bbox=(xmin - margin, ymin - margin, xmax + margin, ymax + margin),
        )
        messages.append(_network_message(network))
        sources.append(
            SourceInfo("network", str(spec.network), "© OpenStreetMap contributors (ODbL 1.0)")
        )
    report_progress(progress, 1.0, "Layers loaded")
    return Layers(
        sectors=sectors,
        centres=centres,
        catchments=catchments,
        network=network,
        residents=residents,
        sources=tuple(sources),
        messages=tuple(messages),
    )
