"""Indicator tables (CSV/XLSX) as Belgian files really come (and, re-exported, their join).

:func:`read_table` sniffs the separator (``;`` ``,`` tab ``|``), the encoding (UTF-8 with or
without BOM, UTF-16 with BOM, cp1252, Latin-1) and the decimal mark, reads every cell as text,
then turns a column into numbers only when *every* non-missing value is a number and the column
is not code-like. Code-like means: a value with a leading zero (``01001``), or a column name
such as code / nis / sector / id / key / postcode with whole-number values. So ``21001A00-``,
``01001`` or ``2000`` (a postcode) stay text; ``1.234,5`` in a ``;`` file becomes 1234.5.
Numbers are ``int64`` when all whole and none missing, else ``float64`` (NaN = missing); text
columns are pandas strings with <NA> for empty cells. :class:`TableSniff` reports every choice so
the import dialog can show it and let the user override it.

This module is the public face for tables: :func:`join_table`, :class:`JoinReport` and
:func:`normalise_name` live in :mod:`accessmap.core.joins`; :func:`parse_numbers` and
:data:`MISSING_TOKENS` in :mod:`accessmap.core.columns`. Every name in ``__all__`` (and
``TABLE_EXTENSIONS``) stays importable from here.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from accessmap.core.columns import (
    MISSING_TOKENS,
    SPACES,
    bad_number_mask,
    missing_mask,
    parse_numbers,
)
from accessmap.core.errors import DataFormatError
from accessmap.core.errors import JoinError as JoinError  # importable from here before the split
from accessmap.core.joins import JoinReport, join_table, normalise_name

__all__ = [
    "MISSING_TOKENS",
    "JoinReport",
    "TableSniff",
    "is_code_like_name",
    "join_table",
    "list_sheets",
    "normalise_name",
    "parse_numbers",
    "read_table",
]

TABLE_EXTENSIONS = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
_SEPS = (";", "\t", ",", "|")
_CODE_NAME = re.compile(
    r"code|refnis|objectid|statsec|postal|^c[sd]\d"
    r"|(^|[^a-z])(c?nis\d*|sector|id|key|zip|cd|fid|gid|ins|uuid)([^a-z]|$)",
    re.IGNORECASE,
)
_COMMA_EVIDENCE = re.compile(r"[+-]?(?:\d*,\d{1,2}|\d*,\d{4,}|0,\d+|\d{1,3}(?:\.\d{3})+,\d+)")
_DOT_EVIDENCE = re.compile(r"[+-]?(?:\d*\.\d{1,2}|\d*\.\d{4,}|0\.\d+|\d{1,3}(?:,\d{3})+\.\d+)")


@dataclass(frozen=True)
class TableSniff:
    """What :func:`read_table` detected (and the import dialog shows, to override)."""

    sep: str | None  # None for spreadsheets
    encoding: str | None  # None for spreadsheets
    decimal: str
    sheet: str | None
    text_columns: tuple[str, ...]
    numeric_columns: tuple[str, ...]
    n_rows: int

    def describe(self) -> str:
        """One human-readable line, e.g. for a status bar or a log."""
        names = {";": "semicolon", ",": "comma", "\t": "tab", "|": "pipe"}
        where = (
            f"sheet '{self.sheet}'"
            if self.sheet is not None
            else f"{names.get(self.sep or '', repr(self.sep))}-separated, {self.encoding}"
        )
        return (
            f"{self.n_rows} rows, {where}, decimal '{self.decimal}'; "
            f"{len(self.numeric_columns)} numeric and {len(self.text_columns)} text columns"
        )


def is_code_like_name(name: str) -> bool:
    """True for column names of codes/identifiers (kept as text when their values are whole)."""
    return bool(_CODE_NAME.search(str(name)))


def _sniff_encoding(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for enc in ("utf-8", "cp1252"):
        try:
            raw.decode(enc)
            return enc
        except UnicodeDecodeError:
            continue
    return "latin-1"


def _sniff_sep(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:60] if ln.strip()]
    best, best_score = ",", (-1.0, 0)
    for rank, sep in enumerate(_SEPS):
        counts = [len(row) for row in csv.reader(lines, delimiter=sep)]
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        share = counts.count(mode) / len(counts)
        score = (share + (0.5 if counts[0] == mode else 0.0), -rank)
        if mode >= 2 and score > best_score:
            best, best_score = sep, score
    return best


def _sniff_decimal(df: pd.DataFrame, sep: str | None) -> str:
    sample = df.head(2000)
    comma = dot = 0
    for col in sample.columns:
        s = sample[col].astype("str").str.replace(SPACES, "", regex=True)
        comma += int(s.str.fullmatch(_COMMA_EVIDENCE).sum())
        dot += int(s.str.fullmatch(_DOT_EVIDENCE).sum())
    if comma != dot:
        return "," if comma > dot else "."
    return "," if sep == ";" else "."


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a spreadsheet (DataFormatError when it cannot be opened)."""
    try:
        with pd.ExcelFile(path, engine="openpyxl") as xl:
            return [str(n) for n in xl.sheet_names]
    except Exception as exc:
        raise DataFormatError(
            f"Cannot open the spreadsheet {Path(path).name}. Check that it is an .xlsx file that "
            "Excel or LibreOffice can open, or save it again as .xlsx or CSV.",
            f"{type(exc).__name__}: {exc}",
        ) from exc


def _read_text_frame(
    path: Path, sep: str | None, encoding: str | None
) -> tuple[pd.DataFrame, str, str]:
    raw = path.read_bytes()
    if not raw.strip():
        raise DataFormatError(f"{path.name} is empty. Choose a table with a header and rows.")
    enc = encoding or _sniff_encoding(raw)
    try:
        text = raw.decode(enc)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DataFormatError(
            f"{path.name} cannot be read as {enc}. Choose another encoding (UTF-8, cp1252, "
            "Latin-1) or leave it on automatic.",
            str(exc),
        ) from exc
    text = text.lstrip("\ufeff")
    sep = sep or _sniff_sep(text)
    try:
        df = pd.read_csv(
            io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_filter=False
        )
    except (pd.errors.ParserError, ValueError) as exc:
        raise DataFormatError(
            f"{path.name} could not be split into columns with the separator {sep!r}. Check the "
            "separator (';', ',' or tab) and that every row has as many fields as the header.",
            str(exc),
        ) from exc
    return df, sep, enc


def _read_sheet(path: Path, sheet: str | int | None) -> tuple[pd.DataFrame, str]:
    sheets = list_sheets(path)
    if sheet is None:
        name = sheets[0]
    elif isinstance(sheet, int) and 0 <= sheet < len(sheets):
        name = sheets[sheet]
    elif str(sheet) in sheets:
        name = str(sheet)
    else:
        raise DataFormatError(
            f"{path.name} has no sheet {sheet!r}. Its sheets are: {', '.join(sheets)}.",
        )
    try:
        df = pd.read_excel(path, sheet_name=name, dtype=str, engine="openpyxl")
    except Exception as exc:
        raise DataFormatError(
            f"Cannot read sheet '{name}' of {path.name}. Save it again as .xlsx or CSV.",
            f"{type(exc).__name__}: {exc}",
        ) from exc
    return df.fillna(""), name


def read_table(
    path: str | Path,
    *,
    sep: str | None = None,
    encoding: str | None = None,
    decimal: str | None = None,
    sheet: str | int | None = None,
    text_columns: tuple[str, ...] | list[str] = (),
    numeric_columns: tuple[str, ...] | list[str] = (),
) -> tuple[pd.DataFrame, TableSniff]:
    """Read a CSV/TXT/TSV or XLSX table; every argument left None is detected.

    ``text_columns`` are always kept as text; ``numeric_columns`` are converted even when
    code-like (DataFormatError naming the values that are not numbers).
    """
    path = Path(path)
    if not path.exists():
        raise DataFormatError(f"The file {path} does not exist. Check the path and try again.")
    ext = path.suffix.lower()
    if ext not in TABLE_EXTENSIONS:
        hint = " Save it as .xlsx or CSV first." if ext in (".xls", ".ods") else ""
        raise DataFormatError(
            f"{path.name}: '{ext}' is not a table format accessmap reads (CSV, TXT, TSV, XLSX).{hint}"
        )
    if decimal not in (None, ",", "."):
        raise DataFormatError(f"The decimal mark must be ',' or '.', not {decimal!r}.")
    sheet_name = None
    if ext in (".xlsx", ".xlsm"):
        df, sheet_name = _read_sheet(path, sheet)
        sep = encoding = None
    else:
        df, sep, encoding = _read_text_frame(path, sep, encoding)
    df.columns = [str(c).strip() or f"column_{i + 1}" for i, c in enumerate(df.columns)]
    if df.empty:
        raise DataFormatError(f"{path.name} has a header but no rows. Choose a table with data.")
    df = df.apply(lambda s: s.astype("str").str.strip())
    decimal = decimal or _sniff_decimal(df, sep)
    forced_text, forced_num = set(text_columns), set(numeric_columns)
    unknown = (forced_text | forced_num) - set(df.columns)
    if unknown:
        raise DataFormatError(
            f"{path.name} has no column(s) {', '.join(sorted(unknown))}. "
            f"Its columns are: {', '.join(df.columns)}."
        )
    text_cols, num_cols, out = [], [], {}
    for col in df.columns:
        s = df[col]
        num = None
        if col not in forced_text:
            present = s[~missing_mask(s)]
            code_like = present.str.match(r"[+-]?0\d").any() or (
                is_code_like_name(col) and present.str.fullmatch(r"\d+").all()
            )
            if col in forced_num or (not code_like and not present.empty):
                num = parse_numbers(s, decimal)
            if num is None and col in forced_num:
                bad = present[bad_number_mask(present, decimal)].unique()[:5]
                raise DataFormatError(
                    f"Column '{col}' of {path.name} cannot be read as numbers: values such as "
                    f"{', '.join(map(repr, bad))} are not numbers. Keep it as text or fix the file."
                )
        if num is None:
            out[col] = s.mask(s == "")
            text_cols.append(col)
        else:
            whole = num.notna().all() and (num % 1 == 0).all() and num.abs().max() < 2**53
            out[col] = num.astype("int64") if whole else num
            num_cols.append(col)
    result = pd.DataFrame(out, index=df.index)
    sniff = TableSniff(
        sep=sep,
        encoding=encoding,
        decimal=decimal,
        sheet=sheet_name,
        text_columns=tuple(text_cols),
        numeric_columns=tuple(num_cols),
        n_rows=len(result),
    )
    return result, sniff
