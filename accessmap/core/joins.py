"""Join an indicator table onto the sectors, and say exactly what matched.

:func:`join_table` adds table columns to the sectors: at most one table row per sector (never
duplicating a sector), with a :class:`JoinReport` of what matched and what did not. Keys are
compared as stripped text (:func:`accessmap.core.columns.as_text`: ``21004.0`` is ``21004``).
With ``normalise=True`` it also matches names that differ in case, accents, separators, word
order and a leading municipality (see :func:`normalise_name`); ``fuzzy`` then pairs leftover
names by spelling similarity (difflib). Public through :mod:`accessmap.core.tables`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd

from accessmap.core.columns import as_text, strip_accents
from accessmap.core.errors import JoinError

__all__ = ["JoinReport", "join_table", "normalise_name"]

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
    t = strip_accents(str(text))
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
    tkeys = as_text(table[table_key])
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
    skeys = as_text(sectors[sector_key])
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
