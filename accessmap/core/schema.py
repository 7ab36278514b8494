"""Column names, the analysis CRS and the analysis settings: the contract between layers.

Canonical columns are what :mod:`accessmap.core.io` produces, whatever the source file called
them; everything downstream relies on them.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from accessmap.core.errors import SettingsError

__all__ = [
    "ANALYSIS_CRS",
    "CENTRE_COLUMNS",
    "CENTRE_TYPES",
    "SECTOR_OUTPUT_COLUMNS",
    "SUMMARY_KEYS",
    "Progress",
    "Settings",
    "report_progress",
]

#: One metric CRS for every measurement: Belgian Lambert 72. (Lambert 2008, EPSG:3812, is
#: accepted on input and reprojected; distances agree to well under a metre at city scale.)
ANALYSIS_CRS = "EPSG:31370"

#: A progress callback: fraction done in [0, 1] and a short message. To cancel, it raises
#: :class:`accessmap.core.errors.CancelledError`.
Progress = Callable[[float, str], None]


def report_progress(progress: Progress | None, fraction: float, message: str) -> None:
    """Call ``progress`` if given (it may raise CancelledError to cancel)."""
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), message)


# --- sector layer (canonical, after core.io) -------------------------------------------------
SECTOR_ID = "sector_id"  # str, unique, e.g. "21001A00-"
POPULATION = "population"  # float >= 0
SECTOR_NAME = "name"  # str (may be empty)
MUNICIPALITY = "municipality"  # str (may be empty)

# --- centre layer (canonical) ----------------------------------------------------------------
CENTRE_ID = "centre_id"  # str, unique
CENTRE_NAME = "name"  # str
CENTRE_TYPE = "type"  # one of CENTRE_TYPES
GP_FTE = "gp_fte"  # float, NaN = unknown (counts as 1 in the E2SFCA, reported)
STEP_FREE = "step_free"  # pandas "boolean" (nullable): True / False / <NA> unknown
YEAR_OPEN = "year_open"  # pandas "Int64" (nullable)
YEAR_CLOSE = "year_close"  # pandas "Int64" (nullable): first year no longer open
CENTRE_COLUMNS = (CENTRE_ID, CENTRE_NAME, CENTRE_TYPE, GP_FTE, STEP_FREE, YEAR_OPEN, YEAR_CLOSE)
CENTRE_TYPES = ("health_centre", "gp_practice", "other")

# --- analysis output, one row per sector -----------------------------------------------------
SECTOR_OUTPUT_COLUMNS = (
    "sector_id",
    "name",
    "municipality",
    "population",
    "poverty",
    "poverty_class",  # Int64 1..3, <NA> where poverty unknown
    "dist_nearest_m",
    "nearest_centre_id",
    "dist_3rd_m",
    "centres_within",
    "within_threshold",
    "capacity_within",
    "e2sfca_per_10k",
    "in_catchment",  # boolean, <NA> when no catchments are loaded
    "dist_nearest_step_free_m",  # NaN when no centre carries step-free information
    "walk_nearest_m",  # NaN without a network
    "walk_nearest_min",
    "walk_nearest_centre_id",
    "detour_index",
    "snapped",  # boolean, <NA> without a network; False = fell back to straight line
    "access_class",  # Int64 1..3 (1 = worst third)
    "bivariate_class",  # "P3A1" ...
    "gap_class",  # "double_disadvantage" or ""
)

SUMMARY_KEYS = (
    "n_sectors",
    "population",
    "threshold_m",
    "distance_kind",
    "share_population_within_threshold",
    "share_poor_population_within_threshold",
    "poor_population_beyond_threshold",
    "concentration_index",
    "gap_sectors",
    "gap_population",
    "assumed_capacity_centres",
    "crs",
)

WeightKind = Literal["gaussian", "step"]
Poorer = Literal["higher", "lower"]


@dataclass(frozen=True)
class Settings:
    """Everything that tunes an analysis. Immutable: change with :meth:`replace`."""

    poverty_column: str | None = None
    poorer: Poorer = "higher"
    threshold_m: float = 800.0
    #: When set, the threshold is in walking minutes: threshold_m = minutes * speed (m/min).
    threshold_min: float | None = None
    walk_speed_kmh: float = 4.5
    #: Use walking distances when a network is loaded.
    use_network: bool = True
    snap_max_m: float = 250.0
    e2sfca_catchment_m: float = 1500.0
    e2sfca_weight: WeightKind = "gaussian"
    #: Gaussian sigma; None = catchment / 2 (so W(d0) = exp(-2) = 0.135).
    e2sfca_sigma_m: float | None = None
    e2sfca_steps: tuple[tuple[float, float], ...] = ((500.0, 1.0), (1000.0, 0.68), (1500.0, 0.22))
    #: Absolute poverty cut: "poor" = at or beyond this value in the poverty direction
    #: (>= when higher is poorer, <= when lower is poorer) -> poverty_class 3; the thirds of
    #: the other sectors split classes 1 and 2. None = the poorest third is "poor".
    poor_cut: float | None = None
    #: Column for the access classes (A1 worst third); None = the distance used for the threshold.
    access_column: str | None = None
    #: Coverage as it was in this year (centres with year_open <= year < year_close); None = all.
    year: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def speed_m_per_min(self) -> float:
        return self.walk_speed_kmh * 1000.0 / 60.0

    @property
    def effective_threshold_m(self) -> float:
        """The threshold in metres (minutes converted at the walking speed)."""
        if self.threshold_min is not None:
            return float(self.threshold_min) * self.speed_m_per_min
        return float(self.threshold_m)

    @property
    def higher_is_poorer(self) -> bool:
        return self.poorer == "higher"

    def replace(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["e2sfca_steps"] = [list(s) for s in self.e2sfca_steps]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Settings:
        d = dict(d)
        if "e2sfca_steps" in d and d["e2sfca_steps"] is not None:
            d["e2sfca_steps"] = tuple(tuple(float(v) for v in s) for s in d["e2sfca_steps"])
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})

    def validate(self) -> Settings:
        """Raise :class:`SettingsError` with a clear message for any out-of-range value."""
        if self.poorer not in ("higher", "lower"):
            raise SettingsError(f"'poorer' must be 'higher' or 'lower', not {self.poorer!r}.")
        if not (0 < self.threshold_m <= 100_000):
            raise SettingsError(
                f"The distance threshold must be between 0 and 100,000 m (got {self.threshold_m})."
            )
        if self.threshold_min is not None and not (0 < self.threshold_min <= 600):
            raise SettingsError(
                f"The time threshold must be between 0 and 600 minutes (got {self.threshold_min})."
            )
        if not (0.5 <= self.walk_speed_kmh <= 20):
            raise SettingsError(
                f"The walking speed must be between 0.5 and 20 km/h (got {self.walk_speed_kmh})."
            )
        if not (0 < self.e2sfca_catchment_m <= 100_000):
            raise SettingsError(
                "The E2SFCA catchment size must be between 0 and 100,000 m "
                f"(got {self.e2sfca_catchment_m})."
            )
        if self.e2sfca_weight not in ("gaussian", "step"):
            raise SettingsError("The E2SFCA weights must be 'gaussian' or 'step'.")
        if self.e2sfca_sigma_m is not None and self.e2sfca_sigma_m <= 0:
            raise SettingsError("The Gaussian sigma must be positive.")
        if self.e2sfca_weight == "step":
            if not self.e2sfca_steps:
                raise SettingsError("Stepped E2SFCA weights need at least one step.")
            last = 0.0
            for dist, w in self.e2sfca_steps:
                if dist <= last or not (0 <= w <= 1):
                    raise SettingsError(
                        "Stepped weights need increasing distances and weights between 0 and 1."
                    )
                last = dist
        if self.snap_max_m <= 0:
            raise SettingsError("The maximum snapping distance must be positive.")
        if self.poor_cut is not None:
            if isinstance(self.poor_cut, bool) or not isinstance(self.poor_cut, numbers.Real):
                raise SettingsError(
                    f"The poverty cut must be a number (got {self.poor_cut!r}).",
                    "Give the value at or beyond which a sector counts as poor, "
                    "e.g. 2 for BIMD deciles 1-2 (lower is poorer) or 30 for a BIM share.",
                )
            if not math.isfinite(float(self.poor_cut)):
                raise SettingsError(
                    f"The poverty cut must be a finite number (got {self.poor_cut!r})."
                )
        return self
