"""Indicator tables (CSV/XLSX) as Belgian files really come, and their join onto sectors.

:func:`read_table` sniffs the separator (``;`` ``,`` tab ``|``), the encoding (UTF-8 with or
without BOM, UTF-16 with BOM, cp1252, Latin-1) and the decimal mark, reads every cell as text,
then turns a column into numbers only when *every* non-missing value is a number and the column
is not code-like. Code-like means: a value with a leading zero (``01001``), or a column name
such as code / nis / sector / id / key / postcode with whole-number values. So ``21001A00-``,
``01001`` or ``2000`` (a postcode) stay text; ``1.234,5`` in a ``;`` file becomes 1234.5.
Numbers are ``int64`` when all whole and none missing, else ``float64`` (NaN = missing); text
columns are pandas strings with <NA> for empty cells. :class:`TableSniff` reports every choice so
the import dialog can show it and let the user override it.

:func:`join_table` adds table columns to the sectors: at most one table row per sector (never
duplicating a sector), with a :class:`JoinReport` of what matched and what did not. With
``normalise=True`` it also matches names that differ in case, accents, separators and a leading
municipality (see :func:`normalise_name` and :func:`join_table`).
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from accessmap.core.errors import DataFormatError, JoinError

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
#: Cell values read as missing in numeric columns (compared case-insensitively).
#: ("." and "x" mark suppressed small counts in Antwerp and Statbel tables.)
MISSING_TOKENS = frozenset(
    {"", "na", "n/a", "n.a.", "nan", "null", "none", "-", "--", ".", "..", "...", "?", "x", "/"}
)
_SEPS = (";", "\t", ",", "|")
_CODE_NAME = re.compile(
    r"code|refnis|objectid|statsec|postal|^c[sd]\d"
    r"|(^|[^a-z])(c?nis\d*|sector|id|key|zip|cd|fid|gid|ins|uuid)([^a-z]|$)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[\s\u00a0\u202f]")
_NUM = {
    ",": re.compile(r"[+-]?(?:(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?|,\d+)"),
    ".": re.compile(r"[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?"),
}
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?")
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


def _missing_mask(s: pd.Series) -> pd.Series:
    return s.isna() | s.astype("str").str.strip().str.lower().isin(MISSING_TOKENS)


def parse_numbers(values: pd.Series, decimal: str = ".") -> pd.Series | None:
    """Parse text numbers (thousands separators, decimal ``decimal``); None if any is not one.

    Missing tokens (:data:`MISSING_TOKENS`) become NaN. When ``decimal`` is ',' and a value is
    not a comma-decimal number, plain '.'-decimal numbers are accepted for the whole column.
    """
    s = values.astype("str")
    missing = _missing_mask(values)
    text = s[~missing].str.replace(_SPACES, "", regex=True)
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
        s = sample[col].astype("str").str.replace(_SPACES, "", regex=True)
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
            present = s[~_missing_mask(s)]
            code_like = present.str.match(r"[+-]?0\d").any() or (
                is_code_like_name(col) and present.str.fullmatch(r"\d+").all()
            )
            if col in forced_num or (not code_like and not present.empty):
                num = parse_numbers(s, decimal)
            if num is None and col in forced_num:
                bad = present[_bad_number_mask(present, decimal)].unique()[:5]
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


def _bad_number_mask(values: pd.Series, decimal: str) -> pd.Series:
    """Boolean mask of the values that are neither numbers nor missing tokens."""
    text = values.astype("str").str.replace(_SPACES, "", regex=True)
    ok = text.str.fullmatch(_NUM[decimal]) | text.str.fullmatch(_PLAIN) | _missing_mask(values)
    return ~ok


# --- joining a table onto sectors -------------------------------------------------------------
_STOPWORDS = frozenset({"en", "et", "and", "und"})
_PREFIX = re.compile(r"^\s*(.+?)\s+-\s+(.+)$", re.DOTALL)
#: Normalised matching rules, tried in order: (table variant, sector variant). F = full name,
#: S = name without the leading "Municipality - " part, T = the same with words sorted.
_LEVELS = (("F", "F"), ("F", "S"), ("S", "F"), ("TF", "TF"), ("TF", "TS"), ("TS", "TF"))
_RULES = {
    "F": "same after normalising",
    "S": "same without the municipality prefix",
    "T": "same words in another order",
}
_MAX_FUZZY_PAIRS = 250_000


def normalise_name(text: str) -> str:
    """A name in comparable form: casefolded, accents stripped, ``&``, hyphens, brackets and
    other punctuation turned into spaces, the words en/et/and/und dropped, spaces collapsed.

    ``"Antwerpen - Theaterbuurt & Meir"`` -> ``"antwerpen theaterbuurt meir"``,
    ``"21001A00-"`` -> ``"21001a00"``.
    """
    t = unicodedata.normalize("NFKD", str(text)).casefold()
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return " ".join(w for w in re.sub(r"[\W_]+", " ", t).split() if w not in _STOPWORDS)


def _variants(key: str) -> dict[str, str]:
    full = normalise_name(key)
    m = _PREFIX.match(key)
    stripped = normalise_name(m.group(2)) if m else ""
    return {
        "F": full,
        "S": stripped,
        "TF": " ".join(sorted(full.split())),
        "TS": " ".join(sorted(stripped.split())),
    }


@dataclass(frozen=True)
class JoinReport:
    """What :func:`join_table` matched; :meth:`summary` says it in words."""

    table_key: str
    sector_key: str
    n_sectors: int
    n_table_rows: int
    matched_sectors: int
    unmatched_sectors: int
    matched_table_rows: int
    unmatched_table_rows: int
    unmatched_sector_keys: tuple[str, ...]
    unmatched_table_keys: tuple[str, ...]
    duplicate_table_keys: tuple[str, ...]
    columns: tuple[str, ...]
    duplicates: str = "error"
    #: (sector key, table key, rule) for matches found only by normalising / fuzzy matching.
    normalised_matches: tuple[tuple[str, str, str], ...] = ()
    renamed_columns: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = field(default=())

    def summary(self, max_items: int = 10) -> str:
        """A human-readable report, a few lines long."""

        def some(keys: tuple[str, ...], quote: bool = True) -> str:
            more = f" and {len(keys) - max_items:,} more" if len(keys) > max_items else ""
            shown = (f"'{k}'" if quote else k for k in keys[:max_items])
            return ", ".join(shown) + more

        lines = [
            f"Joined table column '{self.table_key}' ({self.n_table_rows:,} rows) onto "
            f"'{self.sector_key}' ({self.n_sectors:,} areas): {self.matched_sectors:,} matched, "
            f"{self.unmatched_sectors:,} without a table row (their new columns are empty)."
        ]
        if self.unmatched_sector_keys:
            lines.append(f"Areas without a table row: {some(self.unmatched_sector_keys)}.")
        if self.unmatched_table_rows:
            lines.append(
                f"{self.unmatched_table_rows:,} table rows matched no area: "
                f"{some(self.unmatched_table_keys)}."
            )
        if self.duplicate_table_keys:
            how = "kept the first row" if self.duplicates == "first" else "averaged the rows"
            lines.append(f"Keys repeated in the table ({how}): {some(self.duplicate_table_keys)}.")
        fuzzy = [m for m in self.normalised_matches if m[2].startswith("similar")]
        norm = [m for m in self.normalised_matches if not m[2].startswith("similar")]
        if norm:
            pairs = [f"'{t}' -> '{s}'" for s, t, _ in norm]
            lines.append(
                f"{len(norm)} matched only after normalising names (case, accents, separators, "
                f"municipality prefix, word order): {some(tuple(pairs), quote=False)}."
            )
        if fuzzy:
            pairs = [f"'{t}' -> '{s}' ({r})" for s, t, r in fuzzy]
            lines.append(
                f"{len(fuzzy)} matched by similar spelling, check them: "
                f"{some(tuple(pairs), quote=False)}."
            )
        if self.renamed_columns:
            pairs = [f"{a} -> {b}" for a, b in self.renamed_columns]
            lines.append(f"Columns renamed to avoid a clash: {', '.join(pairs)}.")
        lines.extend(self.notes)
        return "\n".join(lines)


def _key_strings(s: pd.Series) -> pd.Series:
    """Keys as stripped text; whole floats (21004.0) lose their '.0'."""
    if pd.api.types.is_float_dtype(s):
        present = s.dropna()
        if (present % 1 == 0).all():
            s = s.astype("Int64")
    out = s.astype("str").str.strip()
    return out.mask(s.isna() | (out == ""))


def _key_hint(sec: list[str], tab: list[str]) -> str:
    s_set, t_set = set(sec), set(tab)
    ex = f"e.g. areas {sec[:2]} vs table {tab[:2]}"
    if {k.rstrip("-") for k in sec} & t_set or {k.rstrip("-") for k in tab} & s_set:
        return (
            f"The keys differ by a trailing '-' ({ex}): switch on name normalisation, "
            "which ignores case and punctuation, or fix the codes."
        )
    if {k.casefold() for k in sec} & {k.casefold() for k in tab}:
        return f"The keys differ only in upper/lower case ({ex}): switch on name normalisation."
    width = max((len(k) for k in sec), default=0)
    if any(k.isdigit() for k in tab) and {k.zfill(width) for k in tab if k.isdigit()} & s_set:
        return (
            f"The table's codes look like numbers that lost their leading zero ({ex}): read the "
            "key column as text (list it among the text columns) and join again."
        )
    if {normalise_name(k) for k in sec} & {normalise_name(k) for k in tab}:
        return f"The keys match once normalised ({ex}): switch on name normalisation."
    return f"The keys look different ({ex}): check that you chose the right key columns."


def _match(
    sec: list[str], tab: list[str], normalise: bool, fuzzy: float | None
) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    t_set = set(tab)
    mapping = {k: k for k in sec if k in t_set}
    extra: list[tuple[str, str, str]] = []
    if not normalise:
        return mapping, extra
    free_s = [k for k in sec if k not in mapping]
    used = set(mapping.values())
    free_t = [k for k in tab if k not in used]
    vs = {k: _variants(k) for k in free_s}
    vt = {k: _variants(k) for k in free_t}
    for tv, sv in _LEVELS:
        by_s: dict[str, list[str]] = {}
        by_t: dict[str, list[str]] = {}
        for k in free_s:
            if vs[k][sv]:
                by_s.setdefault(vs[k][sv], []).append(k)
        for k in free_t:
            if vt[k][tv]:
                by_t.setdefault(vt[k][tv], []).append(k)
        for v, ts in by_t.items():
            ss = by_s.get(v, [])
            if len(ss) == 1 and len(ts) == 1:
                mapping[ss[0]] = ts[0]
                rule = _RULES["T" if tv.startswith("T") else ("S" if "S" in (tv, sv) else "F")]
                extra.append((ss[0], ts[0], rule))
        free_s = [k for k in free_s if k not in mapping]
        used = set(mapping.values())
        free_t = [k for k in free_t if k not in used]
    if fuzzy and free_s and free_t and len(free_s) * len(free_t) <= _MAX_FUZZY_PAIRS:

        def ratio(a: str, b: str) -> float:
            best = 0.0
            for x, y in (("F", "F"), ("F", "S"), ("S", "F")):
                if vs[a][y] and vt[b][x]:
                    sm = difflib.SequenceMatcher(None, vs[a][y], vt[b][x])
                    best = max(best, sm.ratio())
            return best

        scores = {(s, t): ratio(s, t) for s in free_s for t in free_t}
        best_t = {t: max(free_s, key=lambda s, t=t: scores[s, t]) for t in free_t}
        best_s = {s: max(free_t, key=lambda t, s=s: scores[s, t]) for s in free_s}
        for t, s in best_t.items():
            if scores[s, t] >= fuzzy and best_s[s] == t:
                mapping[s] = t
                extra.append((s, t, f"similar spelling {scores[s, t]:.2f}"))
    return mapping, extra


def join_table(
    sectors: gpd.GeoDataFrame,
    table: pd.DataFrame,
    *,
    table_key: str,
    sector_key: str = "sector_id",
    columns: list[str] | tuple[str, ...] | None = None,
    normalise: bool = False,
    duplicates: str = "error",
    fuzzy: float | None = None,
) -> tuple[gpd.GeoDataFrame, JoinReport]:
    """Add ``columns`` (default: all but the key) of ``table`` to ``sectors`` by key.

    Every sector is kept exactly once (a left join); sectors without a table row get empty
    values. Keys are compared as stripped text. ``duplicates``: "error" (JoinError listing the
    repeated table keys), "first" (keep the first row) or "mean" (average numeric columns, first
    value of the others). ``normalise=True`` also matches keys that are equal after
    :func:`normalise_name`, or after removing a leading "Municipality - " part on one side
    ("Antwerpen - Kiel" ~ "Kiel"), or with their words in another order ("Haven Antwerpen" ~
    "Antwerpen - Haven"); only one-to-one candidates are matched, each one is listed in the
    report. ``fuzzy`` (e.g. 0.9, needs ``normalise``) then pairs leftover names whose spelling
    similarity (difflib ratio) reaches it and that are each other's best candidate. A join that
    matches nothing raises JoinError with a hint about the key format.
    """
    for name, frame, what in ((table_key, table, "table"), (sector_key, sectors, "area layer")):
        if name not in frame.columns:
            raise JoinError(
                f"The {what} has no column '{name}' to join on. "
                f"Its columns are: {', '.join(map(str, frame.columns))}."
            )
    if duplicates not in ("error", "first", "mean"):
        raise JoinError(f"duplicates must be 'error', 'first' or 'mean', not {duplicates!r}.")
    columns = [c for c in table.columns if c != table_key] if columns is None else list(columns)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise JoinError(f"The table has no column(s) {', '.join(missing)} to add.")
    tkeys = _key_strings(table[table_key])
    notes = []
    if tkeys.isna().any():
        notes.append(f"{int(tkeys.isna().sum())} table rows have no key and were left out.")
    tab = table.loc[tkeys.notna(), columns].copy()
    tab.index = pd.Index(tkeys[tkeys.notna()], name="__key__")
    dup = tab.index[tab.index.duplicated()].unique()
    dup_keys = tuple(sorted(map(str, dup)))
    if dup_keys and duplicates == "error":
        shown = ", ".join(repr(k) for k in dup_keys[:20]) + (" ..." if len(dup_keys) > 20 else "")
        raise JoinError(
            f"{len(dup_keys)} key(s) appear more than once in the table column '{table_key}', "
            f"so a sector would get several rows: {shown}. Remove the duplicates, or choose to "
            "keep the first row or to average them.",
        )
    if dup_keys and duplicates == "first":
        tab = tab[~tab.index.duplicated(keep="first")]
    elif dup_keys:
        num = [c for c in columns if pd.api.types.is_numeric_dtype(tab[c])]
        g = tab.groupby(level=0, sort=False)
        tab = pd.concat([g[num].mean(), g[[c for c in columns if c not in num]].first()], axis=1)
        tab = tab[columns]
    skeys = _key_strings(sectors[sector_key])
    sec_unique = list(dict.fromkeys(skeys.dropna()))
    mapping, extra = _match(sec_unique, list(tab.index), normalise, fuzzy)
    left_s = len(sec_unique) - len(mapping)
    left_t = len(tab) - len(set(mapping.values()))
    if fuzzy and normalise and left_s * left_t > _MAX_FUZZY_PAIRS:
        notes.append(
            f"Similar-spelling matching was skipped: {left_s:,} areas and {left_t:,} table rows "
            "were left, too many to compare; check the key columns first."
        )
    if not mapping:
        raise JoinError(
            f"No row of the table matches an area: none of the {len(tab):,} keys in "
            f"'{table_key}' equals a value of '{sector_key}'. "
            + _key_hint(sec_unique, list(tab.index)),
            f"area keys: {sec_unique[:5]}; table keys: {list(tab.index[:5])}",
        )
    rows = tab.reindex(skeys.map(mapping).to_numpy())
    out = sectors.copy()
    renamed = []
    for c in columns:
        new = c
        while new in out.columns:
            new = f"{new}_table"
        if new != c:
            renamed.append((str(c), new))
        out[new] = rows[c].to_numpy()
    used = set(mapping.values())
    matched = skeys.isin(list(mapping))
    table_matched = tkeys.isin(list(used))
    report = JoinReport(
        table_key=table_key,
        sector_key=sector_key,
        n_sectors=len(sectors),
        n_table_rows=len(table),
        matched_sectors=int(matched.sum()),
        unmatched_sectors=int((~matched).sum()),
        matched_table_rows=int(table_matched.sum()),
        unmatched_table_rows=int((~table_matched).sum()),
        unmatched_sector_keys=tuple(k for k in sec_unique if k not in mapping),
        unmatched_table_keys=tuple(k for k in dict.fromkeys(tab.index) if k not in used),
        duplicate_table_keys=dup_keys,
        columns=tuple(new for new in out.columns[len(sectors.columns) :]),
        duplicates=duplicates,
        normalised_matches=tuple(extra),
        renamed_columns=tuple(renamed),
        notes=tuple(notes),
    )
    return out, report
