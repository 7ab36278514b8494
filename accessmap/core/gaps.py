"""Poverty and access classes (thirds of sectors) and the coverage gap.

INDICATORS.md: ``poverty_class`` 3 = the poorest third of the sectors with a known value,
2 = the middle third, 1 = the least poor third (or, with an absolute cut, 3 = at or beyond the
cut and the others split into classes 2 and 1); access classes A1 = the worst third, A3 = the
best third; ``bivariate_class`` = ``P{poverty}A{access}`` (a relative view for the legend);
``gap_class`` = ``double_disadvantage`` where poverty_class = 3 and the sector is beyond the
threshold: an absolute gap, so adding a centre can only shrink it.

How a sector is put in a third (both class kinds):

1. Sectors with a known (finite) value are ranked from the disadvantaged end (poorest first,
   worst access first), 1..n, with ``method="min"``: tied sectors share the rank of the first
   of them, hence "ties share the class of their first rank", i.e. the more disadvantaged class.
2. A sector of rank r sits at the midpoint ``(r - 0.5) / n`` of its slot; it belongs to the
   third that contains that midpoint (``t = floor(3 (2r - 1) / (2n)) + 1``, exact in integers).
   This splits symmetrically (n = 10 gives 3 / 4 / 3 sectors, n = 4 gives 1 / 2 / 1, one sector
   alone is in the middle third) and a midpoint never falls on a boundary.

With an absolute cut the sectors not beyond it are split in two the same way (rank r of m at
``(r - 0.5) / m``: the poorer half, class 2, holds midpoints below 1/2; ties take the class of
their first rank, and a midpoint on the boundary, e.g. the middle one of three, or a sector
alone, goes to the poorer half).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = [
    "GAP",
    "TIE_SHARE_LIMIT",
    "access_class",
    "bivariate_class",
    "gap_class",
    "poverty_class",
    "tie_crowded_classes",
]

GAP = "double_disadvantage"
#: A class holding more than this share of the known sectors because of ties is reported.
TIE_SHARE_LIMIT = 0.4


def _as_float(values: np.ndarray) -> np.ndarray:
    """``values`` as float64, with ``<NA>``/None/unparsable entries as NaN (fast for ndarrays)."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "biuf":
        return values.astype(np.float64)
    s = pd.to_numeric(pd.Series(np.asarray(values, dtype=object)), errors="coerce")
    return s.to_numpy(dtype=np.float64, na_value=np.nan)


def _parts(key: np.ndarray, parts: int, ties: str) -> np.ndarray:
    """Part 1..``parts`` of each value of ``key`` (lowest first) by the midpoint rule: the
    part holding ``(r - 0.5) / n``, a midpoint on a boundary going to the lower part (exact in
    integers: ``ceil(parts (2r - 1) / 2n)``; for thirds a midpoint is never on a boundary)."""
    n = len(key)
    rank = pd.Series(key).rank(method=ties).to_numpy().astype(np.int64)
    return (parts * (2 * rank - 1) + 2 * n - 1) // (2 * n)


def _third_from_bad_end(
    values: np.ndarray, higher_is_worse: bool, *, inf_known: bool = False, ties: str = "min"
) -> pd.arrays.IntegerArray:
    """1 = the most disadvantaged third ... 3 = the least, <NA> for unknown values."""
    v = _as_float(values)
    known = ~np.isnan(v) if inf_known else np.isfinite(v)
    out = pd.array(np.full(len(v), pd.NA), dtype="Int64")
    if not known.any():
        return out
    key = -v[known] if higher_is_worse else v[known]
    out[np.flatnonzero(known)] = _parts(key, 3, ties)
    return out


def poverty_class(
    values: np.ndarray,
    higher_is_poorer: bool,
    poor_cut: float | None = None,
    *,
    ties: str = "min",
) -> pd.arrays.IntegerArray:
    """Poverty classes: 3 = poor, 2 = middle, 1 = least poor; ``<NA>`` where unknown.

    ``values`` is the poverty column (NaN = unknown); ``higher_is_poorer`` its direction (True
    for an income-deprivation score or the share with increased reimbursement, False for a
    median income or a BIMD decile). Without ``poor_cut`` the classes are thirds of the known
    sectors; with it, class 3 = at or beyond the cut in the poverty direction (``>= cut`` when
    higher is poorer, ``<= cut`` when lower is poorer) and the other sectors are split into a
    poorer half (2) and a less poor half (1). ``ties="first"`` breaks ties by position (used
    to tell whether ties crowd a class).
    """
    if poor_cut is None:
        return 4 - _third_from_bad_end(values, higher_is_worse=higher_is_poorer, ties=ties)
    v = _as_float(values)
    known = np.isfinite(v)
    poor = known & ((v >= poor_cut) if higher_is_poorer else (v <= poor_cut))
    rest = known & ~poor
    out = pd.array(np.full(len(v), pd.NA), dtype="Int64")
    out[np.flatnonzero(poor)] = 3
    if rest.any():
        key = -v[rest] if higher_is_poorer else v[rest]
        out[np.flatnonzero(rest)] = 3 - _parts(key, 2, ties)
    return out


def tie_crowded_classes(
    values: np.ndarray, higher_is_poorer: bool, poor_cut: float | None = None
) -> dict[int, float]:
    """Poverty classes that ties make hold more than :data:`TIE_SHARE_LIMIT` of the known
    sectors: ``{class: share of known sectors}``. A class counts when it exceeds the limit and
    holds more sectors than it would with ties broken (so a small layer, or the cut's own
    class 3, is not reported for its size alone)."""
    with_ties = poverty_class(values, higher_is_poorer, poor_cut)
    broken = poverty_class(values, higher_is_poorer, poor_cut, ties="first")
    known = ~np.asarray(with_ties.isna(), dtype=bool)
    n = int(known.sum())
    if n == 0:
        return {}
    a = with_ties[known].to_numpy(dtype=np.int64)
    b = broken[known].to_numpy(dtype=np.int64)
    out = {}
    for c in (3, 2, 1):
        na, nb = int((a == c).sum()), int((b == c).sum())
        if na / n > TIE_SHARE_LIMIT and na > nb:
            out[c] = na / n
    return out


def access_class(values: np.ndarray, higher_is_better: bool) -> pd.arrays.IntegerArray:
    """Access thirds: 1 = worst third, 2 = middle, 3 = best third; ``<NA>`` where unknown.

    For a distance ``higher_is_better=False``; for centres within reach or E2SFCA, True. An
    infinite distance (no centre at all) is not "unknown": it is the worst access.
    """
    return _third_from_bad_end(values, higher_is_worse=not higher_is_better, inf_known=True)


def _as_int64(a: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.array(_as_float(a), dtype="Int64")


def bivariate_class(poverty_cls: np.ndarray, access_cls: np.ndarray) -> np.ndarray:
    """``"P{p}A{a}"`` per sector (e.g. ``"P3A1"``); ``""`` where either class is missing."""
    p = _as_int64(poverty_cls)
    a = _as_int64(access_cls)
    ok = ~(p.isna() | a.isna())
    out = np.full(len(p), "", dtype=object)
    pv = p[ok].to_numpy(dtype=np.int64)
    av = a[ok].to_numpy(dtype=np.int64)
    out[np.asarray(ok)] = np.char.add(
        np.char.add("P", pv.astype(str)), np.char.add("A", av.astype(str))
    )
    return out


def gap_class(poverty_cls: np.ndarray, within_threshold: np.ndarray) -> np.ndarray:
    """``"double_disadvantage"`` where poverty class 3 is beyond the threshold, else ``""``.

    Absolute: it depends on the sector's own distance, not on other sectors' ranks, so adding
    a centre can only shrink the gap. Unknown poverty or unknown reach is no gap.
    """
    p = _as_int64(poverty_cls)
    w = pd.array(np.asarray(within_threshold, dtype=object), dtype="boolean")
    hit = np.asarray(((p == 3) & ~w).fillna(False), dtype=bool)
    return np.where(hit, GAP, "").astype(object)
