"""The bundled Brussels sample: where its files are, how to load them, what they lack.

The sample (``sample_gis/`` at the repository root, built by ``sample_gis/build_sample.py``)
holds real, public data: the 724 Statbel statistical sectors of the Brussels-Capital Region with
residents on 1-1-2020 and BIMD 2011 deprivation scores, and OpenStreetMap maisons médicales and
other primary-care candidates. It is real but incomplete; :data:`SAMPLE_GAPS` says how, in words
the app shows next to the results.

Set the environment variable ``ACCESSMAP_SAMPLE_DIR`` to use a sample folder elsewhere (for an
installed app, or a rebuilt sample).
"""

from __future__ import annotations

import os
from pathlib import Path

from accessmap.core.errors import DataFormatError
from accessmap.core.model import Layers, SourceInfo
from accessmap.core.schema import Settings

__all__ = [
    "SAMPLE_ATTRIBUTION",
    "SAMPLE_DIR",
    "SAMPLE_ENV_VAR",
    "SAMPLE_GAPS",
    "SAMPLE_POORER",
    "SAMPLE_POVERTY_COLUMN",
    "load_sample",
    "sample_dir",
    "sample_files",
    "sample_settings",
]

SAMPLE_ENV_VAR = "ACCESSMAP_SAMPLE_DIR"
_DEFAULT_DIR = Path(__file__).resolve().parents[2] / "sample_gis"


def sample_dir() -> Path:
    """The sample folder: ``$ACCESSMAP_SAMPLE_DIR`` if set, else ``<repo>/sample_gis``."""
    override = os.environ.get(SAMPLE_ENV_VAR, "").strip()
    return Path(override).expanduser() if override else _DEFAULT_DIR


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

SECTORS_ATTRIBUTION = (
    "Source: Statbel (Directorate-general Statistics - Statistics Belgium); "
    "BIMD 2011: Otavova et al. (2023); "
    "BIM share: © IBSA - perspective.brussels, Monitoring des Quartiers; UrbIS © paradigm.brussels"
)
CENTRES_ATTRIBUTION = "© OpenStreetMap contributors (ODbL 1.0)"

#: One line for the map's attribution control.
SAMPLE_ATTRIBUTION = (
    "Sectors, population: Statbel (Directorate-general Statistics - Statistics Belgium) | "
    "Centres: © OpenStreetMap contributors, ODbL 1.0 | "
    "Deprivation: BIMD 2011, Otavova et al. 2023 | "
    "District BIM share: © IBSA - perspective.brussels; UrbIS © paradigm.brussels"
)

#: The sample's known gaps, as the app shows them.
SAMPLE_GAPS = (
    "This sample is real but incomplete.\n"
    "- No GP capacities: the number of GPs (FTE) per centre is unknown, so the E2SFCA "
    "counts every centre as 1 FTE.\n"
    "- Centres come from OpenStreetMap (May 2026), which holds few individual GP practices; "
    "many practices in Brussels are missing. 'Primary-care candidate' is a name-and-tag "
    "heuristic, not an official register.\n"
    "- No catchment areas (werkingsgebieden) of the maisons médicales are included.\n"
    "- No street network: distances are straight lines until you add a walking network "
    "(e.g. an OpenStreetMap extract).\n"
    "- The deprivation index (BIMD) describes 2011; sectors and residents are of 2020. "
    "49 sectors (311 residents) have no BIMD value.\n"
    "- Step-free access and opening years of the centres are unknown."
)


def sample_files(directory: Path | None = None) -> dict[str, Path]:
    """Paths of the sample files by role: ``sectors``, ``centres``, ``indicators``, ``readme``.

    The paths are returned whether or not they exist; :func:`load_sample` checks them.
    """
    base = Path(directory) if directory is not None else sample_dir()
    return {
        "sectors": base / SECTORS_FILE,
        "centres": base / CENTRES_FILE,
        "indicators": base / INDICATORS_FILE,
        "readme": base / "README.md",
    }


def sample_settings() -> Settings:
    """Analysis settings that fit the sample: BIMD income score, higher = poorer, 800 m."""
    return Settings(poverty_column=SAMPLE_POVERTY_COLUMN, poorer=SAMPLE_POORER).validate()


def load_sample(directory: Path | None = None) -> tuple[Layers, Settings]:
    """Load the bundled sample through :mod:`accessmap.core.io` into :class:`Layers`.

    Raises :class:`DataFormatError` when a sample file is missing.
    """
    files = sample_files(directory)
    for role in ("sectors", "centres"):
        if not files[role].is_file():
            raise DataFormatError(
                f"The sample {role} file is missing: {files[role].name}. Reinstall accessmap, "
                f"or set {SAMPLE_ENV_VAR} to a folder that holds the sample.",
                details=f"looked for {files[role]}",
            )
    from accessmap.core import io  # imported here: the heavier, validating reader

    sectors, sector_msgs = io.read_sectors(
        files["sectors"],
        layer=SECTORS_LAYER,
        id_col="CS01012020",
        population_col="POP",
        name_col="T_SEC_FR",
        municipality_col="T_MUN_FR",
    )
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
    sources = (
        SourceInfo("sectors", str(files["sectors"]), SECTORS_ATTRIBUTION, "2020"),
        SourceInfo("centres", str(files["centres"]), CENTRES_ATTRIBUTION, "2026-05"),
    )
    layers = Layers(
        sectors=sectors,
        centres=centres,
        sources=sources,
        messages=(*sector_msgs, *centre_msgs),
    )
    return layers, sample_settings()
