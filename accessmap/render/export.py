"""Table and map exports of an analysis result: CSV (Belgian Excel by default), XLSX, GeoPackage,
the summary as JSON, and the interactive map as a standalone offline HTML folder.

Every CSV and XLSX goes through :mod:`accessmap.core.safe_text` (OWASP CSV injection): a text
cell starting with ``=``, ``+``, ``-``, ``@``, TAB or CR gets a leading apostrophe, numbers stay
numbers, and XLSX text is stored as text, never as a formula. :func:`export_table_csv` writes any
other table (e.g. the quintiles) the same way.

Every write is atomic (a temporary file beside the target, then ``os.replace``), so a failed
export never leaves half a file; an unwritable target raises
:class:`~accessmap.core.errors.ExportError` with a message that says what to do.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from accessmap.core.errors import ExportError
from accessmap.core.model import AnalysisResult
from accessmap.core.safe_text import mark_text_cells, neutralise_frame
from accessmap.core.schema import SECTOR_OUTPUT_COLUMNS, Progress, report_progress

__all__ = [
    "atomic_path",
    "export_csv",
    "export_gpkg",
    "export_map_html_folder",
    "export_summary_json",
    "export_table_csv",
    "export_xlsx",
    "sector_table",
]


def _unwritable(path: Path, exc: BaseException) -> ExportError:
    return ExportError(
        f"Cannot write {path.name} in {path.parent}: the folder is read-only, missing or the "
        "file is open in another program. Choose another folder or close the file.",
        details=f"{type(exc).__name__}: {exc}",
    )


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (same suffix); on success it replaces ``path``.

    OS errors (read-only folder, missing folder, locked file) become :class:`ExportError`.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist: choose an existing folder.")
    tmp = path.with_name(f".~{path.stem}.{uuid.uuid4().hex[:8]}{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def sector_table(result: AnalysisResult) -> pd.DataFrame:
    """The sector table without geometry: the output columns first, then the source columns."""
    df = pd.DataFrame(result.sectors.drop(columns=result.sectors.geometry.name))
    first = [c for c in SECTOR_OUTPUT_COLUMNS if c in df.columns]
    return df[first + [c for c in df.columns if c not in first]].reset_index(drop=True)


def export_csv(
    result: AnalysisResult,
    path: str | Path,
    *,
    sep: str = ";",
    decimal: str = ",",
    encoding: str = "utf-8-sig",
) -> Path:
    """The sector table as CSV. Defaults suit a Belgian Excel (``;``, decimal comma, UTF-8 with
    BOM); pass ``sep=","``, ``decimal="."`` for the international form."""
    return export_table_csv(sector_table(result), path, sep=sep, decimal=decimal, encoding=encoding)


def export_table_csv(
    table: pd.DataFrame,
    path: str | Path,
    *,
    sep: str = ";",
    decimal: str = ",",
    encoding: str = "utf-8-sig",
) -> Path:
    """Any table as CSV, atomically, with formula-like text neutralised (no index written)."""
    if sep == decimal:
        raise ExportError("The CSV separator and the decimal mark must differ.")
    path = Path(path)
    safe = neutralise_frame(table)
    with atomic_path(path) as tmp:
        # CRLF rows (RFC 4180, as Excel writes them): a CR or LF inside a cell is then quoted
        safe.to_csv(
            tmp, sep=sep, decimal=decimal, encoding=encoding, index=False, lineterminator="\r\n"
        )
    return path


def _jsonable(value: Any) -> Any:
    """Plain JSON values: numpy scalars to Python, NaN/inf/NA to None, mappings recursively."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [_jsonable(v) for v in value]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _summary_rows(result: AnalysisResult) -> pd.DataFrame:
    rows = []
    for key, value in result.summary.items():
        v = _jsonable(value)
        rows.append((key, json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v))
    return pd.DataFrame(rows, columns=["key", "value"])


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Nullable pandas columns as object with None (openpyxl writes empty cells)."""
    out = df.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.BooleanDtype | pd.Int64Dtype | pd.StringDtype) or (
            out[col].dtype == object
        ):
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out


def export_xlsx(result: AnalysisResult, path: str | Path) -> Path:
    """The sector table (sheet "sectors"), the summary (sheet "summary"), the poverty
    quintiles and the sources, as an Excel workbook."""
    path = Path(path)
    sources = pd.DataFrame(
        [(s.role, s.attribution, s.year, s.path) for s in result.sources],
        columns=["role", "attribution", "year", "path"],
    )
    sheets = {"sectors": _plain(sector_table(result)), "summary": _summary_rows(result)}
    if len(result.quintiles):
        sheets["quintiles"] = _plain(result.quintiles)
    sheets["sources"] = sources
    with atomic_path(path) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            neutralise_frame(frame).to_excel(writer, sheet_name=name, index=False)
        mark_text_cells(writer.book)  # text stays text: never a live formula
        for ws in writer.book.worksheets:
            ws.freeze_panes = "A2"
            for cells in ws.iter_cols(min_row=1, max_row=min(ws.max_row, 50)):
                width = max(len(str(c.value)) if c.value is not None else 0 for c in cells)
                ws.column_dimensions[cells[0].column_letter].width = min(max(8, width + 2), 60)
    return path


def _gpkg_ready(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Types GDAL writes faithfully: nullable booleans as 0/1 with nulls (Int8), text as str."""
    out = gdf.copy()
    for col in out.columns:
        if col == out.geometry.name:
            continue
        dtype = out[col].dtype
        if isinstance(dtype, pd.BooleanDtype) or pd.api.types.is_bool_dtype(dtype):
            out[col] = out[col].astype("Int8")
        elif pd.api.types.is_object_dtype(dtype):
            out[col] = out[col].astype("string")
    return out


def export_gpkg(result: AnalysisResult, path: str | Path) -> Path:
    """A GeoPackage with layer "sectors" (geometry + every indicator column) and layer
    "centres", in EPSG:31370."""
    path = Path(path)
    sectors = _gpkg_ready(result.sectors)
    first = [c for c in SECTOR_OUTPUT_COLUMNS if c in sectors.columns]
    sectors = sectors[first + [c for c in sectors.columns if c not in first]]
    from pyogrio.errors import DataSourceError

    with atomic_path(path) as tmp:
        try:
            sectors.to_file(tmp, layer="sectors", driver="GPKG")
            if len(result.centres):
                _gpkg_ready(result.centres).to_file(tmp, layer="centres", driver="GPKG")
        except DataSourceError as exc:  # GDAL's way of saying "cannot create the file"
            raise _unwritable(path, exc) from exc
    return path


def export_summary_json(result: AnalysisResult, path: str | Path) -> Path:
    """The summary figures, quintiles, sources and messages as JSON (UTF-8, NaN as null)."""
    path = Path(path)
    # The headline figures sit at the top level (as `accessmap analyze` promises); the
    # quintile table, sources and loading messages beside them.
    payload = {
        **_jsonable(dict(result.summary)),
        "quintiles": _jsonable(result.quintiles.to_dict(orient="records")),
        "sources": [
            {"role": s.role, "attribution": s.attribution, "year": s.year, "path": s.path}
            for s in result.sources
        ],
        "messages": list(result.messages),
    }
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def export_map_html_folder(
    result: AnalysisResult,
    folder: str | Path,
    *,
    column: str = "dist_nearest_m",
    scheme: str = "quantiles",
    k: int = 5,
    progress: Progress | None = None,
    **options: Any,
) -> Path:
    """The interactive map as a standalone offline folder (page + assets copied beside it).

    Built in a temporary folder next to ``folder``, then swapped in. Returns the page's path.
    """
    try:
        from accessmap.render.map_html import build_map_page
    except ImportError as exc:
        raise ExportError(
            "The interactive map export is not available in this build.", details=str(exc)
        ) from exc
    folder = Path(folder)
    if not folder.parent.is_dir():
        raise ExportError(f"The folder {folder.parent} does not exist: choose an existing folder.")
    report_progress(progress, 0.0, "Writing the map page")
    try:
        work = Path(tempfile.mkdtemp(prefix=f".~{folder.name}.", dir=folder.parent))
    except OSError as exc:
        raise _unwritable(folder, exc) from exc
    try:
        page = build_map_page(
            result, work, column=column, scheme=scheme, k=k, progress=progress, **options
        )
        old = None
        if folder.exists():
            old = folder.with_name(f".~{folder.name}.old.{uuid.uuid4().hex[:6]}")
            os.replace(folder, old)
        os.replace(work, folder)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise _unwritable(folder, exc) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report_progress(progress, 1.0, "Map page written")
    return folder / Path(page).relative_to(work)
