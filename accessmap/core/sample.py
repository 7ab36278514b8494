"""The bundled Brussels sample: where its files are, how to load them, what they lack.

The sample (``sample_gis/`` at the repository root, installed as ``accessmap/sample_gis``;
built by ``sample_gis/build_sample.py``) holds real, public data: the 724 Statbel statistical
sectors of the Brussels-Capital Region with residents on 1-1-2020 and BIMD 2011 deprivation
scores, OpenStreetMap maisons médicales and other primary-care candidates, and the UrbIS street
axes of 2018 as a walking network (loaded by default; its built graph is cached on disk, see
:mod:`accessmap.core.network_cache`). It is real but incomplete; :func:`sample_gaps` says how,
in words the app shows next to the results.

Set the environment variable ``ACCESSMAP_SAMPLE_DIR`` to use a sample folder elsewhere (a
rebuilt sample, for instance).
"""

from __future__ import annotations

import os
from pathlib import Path

from accessmap.core.errors import DataFormatError
from accessmap.core.model import Layers, SourceInfo
from accessmap.core.schema import Progress, Settings, report_progress
from accessmap.resources_path import sample_gis_dir

__all__ = [
    "DEFAULT_NETWORK",
    "NETWORK_CAVEAT",
    "NETWORK_ENV_VAR",
    "SAMPLE_ATTRIBUTION",
    "SAMPLE_DIR",
    "SAMPLE_ENV_VAR",
    "SAMPLE_GAPS",
    "SAMPLE_POORER",
    "SAMPLE_POVERTY_COLUMN",
    "load_sample",
    "sample_dir",
    "sample_files",
    "sample_gaps",
    "sample_settings",
]

SAMPLE_ENV_VAR = "ACCESSMAP_SAMPLE_DIR"
#: ``ACCESSMAP_SAMPLE_NETWORK=0`` (or ``1``) overrides whether the sample loads its network.
NETWORK_ENV_VAR = "ACCESSMAP_SAMPLE_NETWORK"
_BUILT_IN_NETWORK = False


def _default_network() -> bool:
    value = os.environ.get(NETWORK_ENV_VAR, "").strip().lower()
    if value in ("0", "no", "false", "off"):
        return False
    if value in ("1", "yes", "true", "on"):
        return True
    return _BUILT_IN_NETWORK


#: Whether :func:`load_sample` loads the street network when not told (read at import).
DEFAULT_NETWORK = _default_network()


def sample_dir() -> Path:
    """The sample folder: ``$ACCESSMAP_SAMPLE_DIR`` if set, else the bundled one
    (``sample_gis/`` of a checkout, ``accessmap/sample_gis`` when installed)."""
    override = os.environ.get(SAMPLE_ENV_VAR, "").strip()
    return Path(override).expanduser() if override else sample_gis_dir()


#: The sample folder as found at import time (see :func:`sample_dir` for the live value).
SAMPLE_DIR: Path = sample_dir()

#: Poverty measure of the sample: BIMD 2011 income-domain score (higher = more deprived).
SAMPLE_POVERTY_COLUMN = "bimd_income_score"
SAMPLE_POORER = "higher"

#: Layer names and the source columns the loader maps to the canonical ones.
SECTORS_FILE = "brussels_sectors.gpkg"
SECTORS_LAYER = "sectors"
CENTRES_FILE = "health_centres.gpkg"
CENTRES_LAYER = "centres"
INDICATORS_FILE = "bimd2011_brussels.csv"
STREETS_FILE = "brussels_streets.gpkg"
STREETS_LAYER = "streets"
NETWORK_FILE = STREETS_FILE  # the name gui.panels.layer_files looks for

SECTORS_ATTRIBUTION = (
    "Source: Statbel (Directorate-general Statistics - Statistics Belgium), CC BY 4.0; "
    "BIMD 2011: Otavova et al. (2023); "
    "BIM share: © IBSA - perspective.brussels, Monitoring des Quartiers; UrbIS © paradigm.brussels"
)
CENTRES_ATTRIBUTION = "© OpenStreetMap contributors (ODbL 1.0)"
STREETS_ATTRIBUTION = "Brussels UrbIS®© - paradigm.brussels (street axes, 2018)"
NETWORK_ATTRIBUTION = STREETS_ATTRIBUTION

#: One line for the map's attribution control.
SAMPLE_ATTRIBUTION = (
    "Sectors, population: Statbel (Directorate-general Statistics - Statistics Belgium) | "
    "Centres: © OpenStreetMap contributors, ODbL 1.0 | "
    "Deprivation: BIMD 2011, Otavova et al. 2023 | "
    "District BIM share: © IBSA - perspective.brussels; UrbIS © paradigm.brussels | "
    "Streets: Brussels UrbIS®© - paradigm.brussels"
)

#: What the sample's street network cannot know, shown with the results and in load messages.
NETWORK_CAVEAT = (
    "Walking distances use the UrbIS street axes of 2018 (geometry only): car tunnels and "
    "motorway axes look walkable, footpaths through parks and blocks are missing, and streets "
    "changed since 2018 are not seen."
)

_GAPS_HEAD = (
    "This sample is real but incomplete.\n"
    "- No GP capacities: the number of GPs (FTE) per centre is unknown, so the E2SFCA "
    "counts every centre as 1 FTE.\n"
    "- Centres come from OpenStreetMap (May 2026), which holds few individual GP practices; "
    "many practices in Brussels are missing. 'Primary-care candidate' is a name-and-tag "
    "heuristic, not an official register.\n"
    "- No catchment areas (werkingsgebieden) of the maisons médicales are included.\n"
)
_GAPS_NETWORK = "- " + NETWORK_CAVEAT + "\n"
_GAPS_NO_NETWORK = (
    "- No street network loaded: distances are straight lines until you add a walking "
    "network (the sample's own UrbIS street axes, or an OpenStreetMap extract).\n"
)
_GAPS_TAIL = (
    "- The deprivation index (BIMD) describes 2011; sectors and residents are of 2020. "
    "49 sectors (311 residents) have no BIMD value.\n"
    "- Step-free access and opening years of the centres are unknown."
)


def sample_gaps(network: bool = DEFAULT_NETWORK) -> str:
    """The sample's known gaps, as the app shows them (with or without its street network)."""
    return _GAPS_HEAD + (_GAPS_NETWORK if network else _GAPS_NO_NETWORK) + _GAPS_TAIL


#: The sample's known gaps as loaded by default (see :func:`sample_gaps`).
SAMPLE_GAPS = sample_gaps()


def sample_files(directory: Path | None = None) -> dict[str, Path]:
    """Paths of the sample files by role: ``sectors``, ``centres``, ``indicators``,
    ``network``, ``readme``.

    The paths are returned whether or not they exist; :func:`load_sample` checks them.
    """
    base = Path(directory) if directory is not None else sample_dir()
    return {
        "sectors": base / SECTORS_FILE,
        "centres": base / CENTRES_FILE,
        "indicators": base / INDICATORS_FILE,
        "network": base / STREETS_FILE,
        "readme": base / "README.md",
    }


def sample_settings() -> Settings:
    """Analysis settings that fit the sample: BIMD income score, higher = poorer, 800 m."""
    return Settings(poverty_column=SAMPLE_POVERTY_COLUMN, poorer=SAMPLE_POORER).validate()


def load_sample(
    directory: Path | None = None,
    *,
    network: bool = DEFAULT_NETWORK,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
) -> tuple[Layers, Settings]:
    """Load the bundled sample through :mod:`accessmap.core.io` into :class:`Layers`.

    ``network``: also load the sample's street network (UrbIS street axes), through the disk
    cache of built graphs (``cache_dir``, default :func:`accessmap.core.network_cache.cache_dir`):
    about a second the first time, a few hundredths after. Raises :class:`DataFormatError`
    when a sample file is missing.
    """
    files = sample_files(directory)
    roles = ("sectors", "centres", "network") if network else ("sectors", "centres")
    for role in roles:
        if not files[role].is_file():
            raise DataFormatError(
                f"The sample {role} file is missing: {files[role].name}. Reinstall accessmap, "
                f"or set {SAMPLE_ENV_VAR} to a folder that holds the sample.",
                details=f"looked for {files[role]}",
            )
    from accessmap.core import io  # imported here: the heavier, validating reader

    report_progress(progress, 0.0, "Reading the sample's sectors")
    sectors, sector_msgs = io.read_sectors(
        files["sectors"],
        layer=SECTORS_LAYER,
        id_col="CS01012020",
        population_col="POP",
        name_col="T_SEC_FR",
        municipality_col="T_MUN_FR",
    )
    report_progress(progress, 0.3, "Reading the sample's centres")
    centres, centre_msgs = io.read_centres(
        files["centres"],
        layer=CENTRES_LAYER,
        id_col="centre_id",
        name_col="name",
        type_col="type",
        capacity_col="gp_fte",
        step_free_col="step_free",
        year_open_col="year_open",
    )
    sources = [
        SourceInfo("sectors", str(files["sectors"]), SECTORS_ATTRIBUTION, "2020"),
        SourceInfo("centres", str(files["centres"]), CENTRES_ATTRIBUTION, "2026-05"),
    ]
    messages = [*sector_msgs, *centre_msgs]
    walk = None
    if network:
        from accessmap.core.network_cache import read_network_cached

        def sub(f: float, msg: str) -> None:
            report_progress(progress, 0.4 + 0.6 * f, msg)

        walk, cached = read_network_cached(
            files["network"], layer=STREETS_LAYER, directory=cache_dir, progress=sub
        )
        sources.append(SourceInfo("network", str(files["network"]), STREETS_ATTRIBUTION, "2018"))
        how = "from the cache" if cached else "built and cached"
        messages.append(
            f"Street network: UrbIS street axes 2018, {walk.summary['nodes']:,} junctions, "
            f"{walk.summary['total_km']:,.0f} km ({how}). {NETWORK_CAVEAT}"
        )
    report_progress(progress, 1.0, "Sample loaded")
    layers = Layers(
        sectors=sectors,
        centres=centres,
        network=walk,
        sources=tuple(sources),
        messages=tuple(messages),
    )
    return layers, sample_settings()
