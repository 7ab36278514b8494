"""Which source column plays which canonical role, and how its values are read.

Column names are tried in order of preference, case-insensitively (``"re:..."`` = a regex
matched against the whole casefolded name); :func:`pick_column` returns the first hit or the
column the user chose. The value parsers turn what Belgian files really hold into canonical
values: :func:`parse_numbers` (``1.234,5`` or ``1,234.5``, missing tokens such as ``-`` or
``x``), :func:`as_number`, :func:`as_text` (whole floats lose their ``.0``), :func:`parse_bool`
(yes/no in Dutch, French, German and English), :func:`parse_years` and
:func:`normalise_centre_type`. Used by :mod:`accessmap.core.io`, :mod:`accessmap.core.tables`
and :mod:`accessmap.core.joins`.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar

import geopandas as gpd
import numpy as np
import pandas as pd

from accessmap.core.errors import DataFormatError

__all__ = [
    "CATCHMENT_CENTRE_ID_NAMES",
    "CENTRE_ID_NAMES",
    "CENTRE_NAME_NAMES",
    "CENTRE_TYPE_NAMES",
    "CENTRE_TYPE_WORDS",
    "CLOSE_YEAR_NAMES",
    "FTE_NAMES",
    "LONLAT_NAMES",
    "MISSING_TOKENS",
    "MUNICIPALITY_NAMES",
    "OPEN_YEAR_NAMES",
    "POPULATION_NAMES",
    "ROLE_COLUMNS",
    "SECTOR_ID_NAMES",
    "SECTOR_NAME_NAMES",
    "SPACES",
    "STEP_FREE_NAMES",
    "XY_NAMES",
    "as_number",
    "as_text",
    "bad_number_mask",
    "missing_mask",
    "normalise_centre_type",
    "parse_bool",
    "parse_numbers",
    "parse_years",
    "pick_column",
    "record_picks",
    "renamed_columns",
    "strip_accents",
]


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


# --- column-name candidates, in order of preference ---------------------------------------------
SECTOR_ID_NAMES = _words(
    r"sector_id CS01012020 CD_RES_SECTOR CD_SECTOR SECTOR statsec sectorcode "
    r"code_sector wijkcode geoitem territory_code code id re:cs\d{8} re:statsec\d{4}"
)
POPULATION_NAMES = _words(
    r"population POP inwoners bevolking habitants population_total total "
    r"ms_population pop_total pop_tot inhabitants residents bewoners "
    r"aantal_inwoners re:pop(ulation)?_?\d{4}"
)
SECTOR_NAME_NAMES = _words("name T_SEC_NL T_SEC_FR sector_name naam nom wijknaam T_SEC_DE label")
MUNICIPALITY_NAMES = _words(
    "municipality T_MUN_NL T_MUN_FR gemeente commune gemeentenaam "
    "municipality_name T_MUN_DE MUNICIP CNIS5_2020 nis5"
)
CENTRE_ID_NAMES = _words("centre_id center_id id code OBJECTID osm_id identifier")
CENTRE_NAME_NAMES = _words("name naam nom label name:nl name:fr denomination benaming")
CENTRE_TYPE_NAMES = _words("type centre_type amenity healthcare category categorie soort")
FTE_NAMES = _words("gp_fte fte vte etp gp_vte gp_etp huisartsen_vte medecins_etp")
STEP_FREE_NAMES = _words("step_free stepfree wheelchair rolstoel toegankelijk accessible pmr")
OPEN_YEAR_NAMES = _words(
    "year_open opened opening_year year_opened start_year jaar_opening annee_ouverture open_year"
)
CLOSE_YEAR_NAMES = _words(
    "year_close closed closing_year year_closed end_year jaar_sluiting annee_fermeture close_year"
)
CATCHMENT_CENTRE_ID_NAMES = _words(
    "centre_id center_id centre center centrum id_centre centre_code"
)
#: (x, y) column-name pairs for point tables.
XY_NAMES = tuple(
    tuple(pair.split("/"))
    for pair in _words(
        "lon/lat lng/lat longitude/latitude long/lat x/y xcoord/ycoord coord_x/coord_y "
        "x_lambert/y_lambert easting/northing"
    )
)
#: x-column names that mean longitude (so the table is EPSG:4326).
LONLAT_NAMES = {"lon", "lng", "long", "longitude"}
_TRUE = {"yes", "y", "ja", "j", "oui", "o", "true", "t", "1", "waar", "vrai", "wahr"}
_FALSE = {"no", "n", "nee", "neen", "non", "false", "f", "0", "onwaar", "faux", "nein"}
#: Words (after casefolding and stripping accents) that decide a centre type; else "other".
CENTRE_TYPE_WORDS = {
    "health_centre": _words(
        "maison medicale|maisons medicales|wijkgezondheidscentr|health_centre|health centre|"
        "health center|community health|centre de sante|gezondheidscentrum",
        "|",
    ),
    "gp_practice": _words(
        "gp_practice|doctor|huisarts|medecin generaliste|medecins generalistes|general practi|"
        r"groepspraktijk|cabinet medical|re:\bgps?\b",
        "|",
    ),
}

# --- numbers as text ----------------------------------------------------------------------------
#: Cell values read as missing in numeric columns (compared case-insensitively).
#: ("." and "x" mark suppressed small counts in Antwerp and Statbel tables.)
MISSING_TOKENS = frozenset(
    {"", "na", "n/a", "n.a.", "nan", "null", "none", "-", "--", ".", "..", "...", "?", "x", "/"}
)
#: Whitespace inside numbers (incl. no-break and narrow no-break spaces used as thousands marks).
SPACES = re.compile(r"[\s\u00a0\u202f]")
_NUM = {
    ",": re.compile(r"[+-]?(?:(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?|,\d+)"),
    ".": re.compile(r"[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?"),
}
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?")


#: The canonical column each role of :func:`pick_column` is renamed to by ``core.io``.
ROLE_COLUMNS = {
    "sector id": "sector_id",
    "population": "population",
    "sector name": "name",
    "municipality": "municipality",
    "centre id": "centre_id",
    "centre name": "name",
    "centre type": "type",
    "GP FTE": "gp_fte",
    "step-free access": "step_free",
    "opening year": "year_open",
    "closing year": "year_close",
}

#: The picks of :func:`pick_column` while :func:`record_picks` is active (this context only).
_PICKS: ContextVar[list[tuple[str, str]] | None] = ContextVar("accessmap_picks", default=None)


@contextlib.contextmanager
def record_picks() -> Iterator[list[tuple[str, str]]]:
    """Record, as ``(role, source column)``, every column :func:`pick_column` chooses inside
    the ``with`` block (per thread/context), so that a reader's renames can be undone in
    messages and the user's own column names accepted (see :func:`renamed_columns`)."""
    picks: list[tuple[str, str]] = []
    token = _PICKS.set(picks)
    try:
        yield picks
    finally:
        _PICKS.reset(token)


def renamed_columns(
    picks: list[tuple[str, str]], roles: tuple[str, ...] | None = None
) -> dict[str, str]:
    """Source column -> canonical column for ``picks`` (of ``roles`` only, when given),
    leaving out columns that kept their name."""
    out = {}
    for role, col in picks:
        canon = ROLE_COLUMNS.get(role)
        if canon is not None and (roles is None or role in roles) and str(col) != canon:
            out[str(col)] = canon
    return out


def pick_column(
    frame: pd.DataFrame,
    given: str | None,
    candidates: tuple[str, ...],
    role: str,
    source: str,
    *,
    required: bool = False,
    taken: tuple[str | None, ...] = (),
) -> str | None:
    """``given`` (checked to exist) or the first column named like a candidate, not ``taken``.

    None when nothing fits, or DataFormatError naming the names tried when ``required``.
    """
    hit = _pick_column(frame, given, candidates, role, source, required=required, taken=taken)
    picks = _PICKS.get()
    if picks is not None and hit is not None:
        picks.append((role, str(hit)))
    return hit


def _pick_column(
    frame: pd.DataFrame,
    given: str | None,
    candidates: tuple[str, ...],
    role: str,
    source: str,
    *,
    required: bool,
    taken: tuple[str | None, ...],
) -> str | None:
    cols = (
        [c for c in frame.columns if c != frame.geometry.name]
        if isinstance(frame, gpd.GeoDataFrame)
        else list(frame.columns)
    )
    if given is not None:
        if given not in cols:
            raise DataFormatError(
                f"{source} has no column '{given}' for the {role}. Its columns are: "
                f"{', '.join(map(str, cols))}."
            )
        return given
    lower = {str(c).casefold(): c for c in reversed(cols) if c not in taken}
    for cand in candidates:
        if cand.startswith("re:"):
            hit = next((c for k, c in lower.items() if re.fullmatch(cand[3:], k)), None)
        else:
            hit = lower.get(cand.casefold())
        if hit is not None:
            return hit
    if required:
        names = ", ".join(c for c in candidates if not c.startswith("re:"))
        raise DataFormatError(
            f"{source} has no {role} column: none of its columns ({', '.join(map(str, cols))}) "
            f"has a known name ({names}). Choose the {role} column.",
        )
    return None


def missing_mask(s: pd.Series) -> pd.Series:
    """True where a value is missing or a :data:`MISSING_TOKENS` token."""
    return s.isna() | s.astype("str").str.strip().str.lower().isin(MISSING_TOKENS)


def parse_numbers(values: pd.Series, decimal: str = ".") -> pd.Series | None:
    """Parse text numbers (thousands separators, decimal ``decimal``); None if any is not one.

    Missing tokens (:data:`MISSING_TOKENS`) become NaN. When ``decimal`` is ',' and a value is
    not a comma-decimal number, plain '.'-decimal numbers are accepted for the whole column.
    """
    s = values.astype("str")
    missing = missing_mask(values)
    text = s[~missing].str.replace(SPACES, "", regex=True)
    out = pd.Series(float("nan"), index=values.index, dtype="float64")
    if text.empty:
        return out
    if text.str.fullmatch(_NUM[decimal]).all():
        if decimal == ",":
            text = text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        else:
            text = text.str.replace(",", "", regex=False)
    elif not text.str.fullmatch(_PLAIN).all():
        return None
    out[~missing] = pd.to_numeric(text, errors="coerce").astype("float64")
    return out


def bad_number_mask(values: pd.Series, decimal: str) -> pd.Series:
    """Boolean mask of the values that are neither numbers nor missing tokens."""
    text = values.astype("str").str.replace(SPACES, "", regex=True)
    ok = text.str.fullmatch(_NUM[decimal]) | text.str.fullmatch(_PLAIN) | missing_mask(values)
    return ~ok


def as_text(s: pd.Series) -> pd.Series:
    """Values as stripped text, <NA> when missing or empty; whole floats (21004.0) lose '.0'."""
    if pd.api.types.is_float_dtype(s) and (s.dropna() % 1 == 0).all():
        s = s.astype("Int64")
    out = s.astype("str").str.strip()
    return out.mask(s.isna() | (out == ""))


def as_number(s: pd.Series) -> pd.Series:
    """Values as float64 (NaN when not a number), reading '.' or ',' decimal text."""
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        return s.astype("float64")
    for dec in (".", ","):
        num = parse_numbers(s, dec)
        if num is not None:
            return num
    return pd.to_numeric(s.astype("str").str.replace(",", "."), errors="coerce")


def strip_accents(text: str) -> str:
    """``text`` casefolded with its accents (combining marks after NFKD) removed."""
    t = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in t if not unicodedata.combining(ch))


def _is_missing(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v))


def normalise_centre_type(values: pd.Series) -> pd.Series:
    """Map free-text centre types to :data:`schema.CENTRE_TYPES` (see CENTRE_TYPE_WORDS)."""

    def one(v: object) -> str:
        if _is_missing(v):
            return "other"
        t = re.sub(r"[-_]", " ", strip_accents(str(v)))
        for kind, words in CENTRE_TYPE_WORDS.items():
            for w in words:
                hit = re.search(w[3:], t) if w.startswith("re:") else w.replace("_", " ") in t
                if hit:
                    return kind
        return "other"

    uniq = pd.unique(values.astype(object))
    return values.astype(object).map({u: one(u) for u in uniq}).astype("str")


def parse_bool(values: pd.Series) -> tuple[pd.Series, int]:
    """yes/no, ja/nee, oui/non, true/false, 1/0 -> pandas "boolean"; the rest <NA>.

    Returns the series and how many non-empty values were not understood.
    """
    if pd.api.types.is_bool_dtype(values):
        return values.astype("boolean"), 0
    text = values.astype(object).map(
        lambda v: None if _is_missing(v) else strip_accents(str(v).strip())
    )
    text = text.map(lambda t: t[:-2] if isinstance(t, str) and re.fullmatch(r"[01]\.0", t) else t)
    out = pd.Series(pd.NA, index=values.index, dtype="boolean")
    out[text.isin(_TRUE)] = True
    out[text.isin(_FALSE)] = False
    unknown = text.notna() & (text != "") & out.isna()
    return out, int(unknown.sum())


def parse_years(values: pd.Series) -> tuple[pd.Series, int]:
    """Years 1800-2200 (from dates, numbers or text such as '2019-03') as Int64; the rest <NA>.

    Returns the series and how many non-empty values were not understood.
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        years = values.dt.year.astype("float64")
    elif pd.api.types.is_numeric_dtype(values):
        years = values.astype("float64")
    else:
        years = pd.to_numeric(
            values.astype("str").str.extract(r"\b(1[89]\d\d|2[01]\d\d)\b")[0], errors="coerce"
        )
    years = years.where((years % 1 == 0) & years.between(1800, 2200))
    present = values.notna() & (values.astype("str").str.strip() != "")
    return years.astype("Int64"), int((present & years.isna()).sum())
