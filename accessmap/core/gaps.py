"""Poverty and access classes (thirds of sectors) and the double-disadvantage gaps.

INDICATORS.md: ``poverty_class`` 3 = the poorest third of the sectors with a known value,
2 = the middle third, 1 = the least poor third; access classes A1 = the worst third, A3 = the
best third; ``bivariate_class`` = ``P{poverty}A{access}``; ``gap_class`` =
``double_disadvantage`` for P3A1.

How a sector is put in a third (both class kinds):

1. Sectors with a known (finite) value are ranked from the disadvantaged end (poorest first,
   worst access first), 1..n, with ``method="min"``: tied sectors share the rank of the first
   of them, hence "ties share the class of their first rank", i.e. the more disadvantaged class.
2. A sector of rank r sits at the midpoint ``(r - 0.5) / n`` of its slot; it belongs to the
   third that contains that midpoint (``t = floor(3 (2r - 1) / (2n)) + 1``, exact in integers).
   This splits symmetrically (n = 10 gives 3 / 4 / 3 sectors, n = 4 gives 1 / 2 / 1, one sector
   alone is in the middle third) and a midpoint never falls on a boundary.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["access_class", "bivariate_class", "gap_class", "poverty_class"]

GAP = "double_disadvantage"


def _as_float(values: np.ndarray) -> np.ndarray:
    """``values`` as float64, with ``<NA>``/None/unparsable entries as NaN (fast for ndarrays)."""
    if isinstance(values, np.ndarray) and values.dtype.kind in "biuf":
        return values.astype(np.float64)
    s = pd.to_numeric(pd.Series(np.asarray(values, dtype=object)), errors="coerce")
    return s.to_numpy(dtype=np.float64, na_value=np.nan)


def _third_from_bad_end(
    values: np.ndarray, higher_is_worse: bool, *, inf_known: bool = False
) -> pd.arrays.IntegerArray:
    """1 = the most disadvantaged third ... 3 = the least, <NA> for unknown values."""
    v = _as_float(values)
    known = ~np.isnan(v) if inf_known else np.isfinite(v)
    out = pd.array(np.full(len(v), pd.NA), dtype="Int64")
    n = int(known.sum())
    if n == 0:
        return out
    key = -v[known] if higher_is_worse else v[known]
    rank = pd.Series(key).rank(method="min").to_numpy().astype(np.int64)
    third = (3 * (2 * rank - 1)) // (2 * n) + 1
    out[np.flatnonzero(known)] = third
    return out


def poverty_class(values: np.ndarray, higher_is_poorer: bool) -> pd.arrays.IntegerArray:
    """Poverty thirds: 3 = poorest third, 2 = middle, 1 = least poor; ``<NA>`` where unknown.

    ``values`` is the poverty column (NaN = unknown); ``higher_is_poorer`` its direction (True
    for an income-deprivation score or the share with increased reimbursement, False for a
    median income).
    """
    third = _third_from_bad_end(values, higher_is_worse=higher_is_poorer)
    return 4 - third


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


def gap_class(poverty_cls: np.ndarray, access_cls: np.ndarray) -> np.ndarray:
    """``"double_disadvantage"`` where poverty class 3 meets access class 1, else ``""``."""
    p = _as_int64(poverty_cls)
    a = _as_int64(access_cls)
    hit = np.asarray(((p == 3) & (a == 1)).fillna(False), dtype=bool)
    return np.where(hit, GAP, "").astype(object)
