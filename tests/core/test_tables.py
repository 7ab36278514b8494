"""Belgian tables as they really come, and joins that never lose or duplicate sectors silently."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from accessmap.core.errors import DataFormatError, JoinError
from accessmap.core.tables import (
    is_code_like_name,
    join_table,
    normalise_name,
    parse_numbers,
    read_table,
)


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


# --- read_table -------------------------------------------------------------------------------
def test_semicolon_decimal_comma_cp1252(tmp_path: Path) -> None:
    text = (
        "CD_SECTOR;gemeente;score;inwoners\r\n"
        "21012A00-;Molenbeek-Saint-Jean;1.234,5;12\r\n"
        "21013A00-;Sint-Gillis;0,25;7\r\n"
        "21004A00-;Bruxelles/Brussel (é);-3,5;0\r\n"
    )
    df, sniff = read_table(_write(tmp_path, "t.csv", text, "cp1252"))
    assert (sniff.sep, sniff.encoding, sniff.decimal) == (";", "cp1252", ",")
    assert df["gemeente"].tolist() == [
        "Molenbeek-Saint-Jean",
        "Sint-Gillis",
        "Bruxelles/Brussel (é)",
    ]
    assert df["score"].tolist() == [1234.5, 0.25, -3.5]
    assert df["inwoners"].dtype == "int64"
    assert df["CD_SECTOR"].tolist() == ["21012A00-", "21013A00-", "21004A00-"]
    assert sniff.text_columns == ("CD_SECTOR", "gemeente")
    assert sniff.numeric_columns == ("score", "inwoners")
    assert "semicolon-separated, cp1252, decimal ','" in sniff.describe()


def test_utf8_bom_comma_and_dot_decimals(tmp_path: Path) -> None:
    text = "\ufeffnis,naam,rate\n21004,Bruxelles,12.5\n21015,Schaerbeek,7.25\n"
    df, sniff = read_table(_write(tmp_path, "t.csv", text))
    assert sniff.encoding == "utf-8-sig"
    assert list(df.columns) == ["nis", "naam", "rate"]  # no BOM stuck to the first name
    assert df["nis"].tolist() == ["21004", "21015"]  # a NIS code is text, not a number
    assert df["rate"].tolist() == [12.5, 7.25]


def test_tab_separated_latin1_with_undefined_cp1252_byte(tmp_path: Path) -> None:
    raw = "code\tnom\tvalue\n01001\tLi\u00e8ge\u0081\t3\n".encode("latin-1")
    p = tmp_path / "t.tsv"
    p.write_bytes(raw)
    df, sniff = read_table(p)
    assert (sniff.sep, sniff.encoding) == ("\t", "latin-1")
    assert df["code"].tolist() == ["01001"]
    assert df["nom"].iloc[0].startswith("Liège")


def test_leading_zeros_and_code_names_stay_text(tmp_path: Path) -> None:
    text = "postcode;NIS5;sector_id;other;pop\n1000;21004;A1;01001;10\n1030;21015;A2;02002;20\n"
    df, sniff = read_table(_write(tmp_path, "t.csv", text))
    assert df["postcode"].tolist() == ["1000", "1030"]
    assert df["NIS5"].tolist() == ["21004", "21015"]
    assert df["other"].tolist() == ["01001", "02002"]  # leading zero -> code, whatever its name
    assert sniff.numeric_columns == ("pop",)


def test_overrides_text_and_numeric(tmp_path: Path) -> None:
    text = "code;pop;label\n0012;5;x1\n0013;6;x2\n"
    p = _write(tmp_path, "t.csv", text)
    df, sniff = read_table(p, text_columns=["pop"], numeric_columns=["code"])
    assert df["pop"].tolist() == ["5", "6"]
    assert df["code"].tolist() == [12, 13]
    assert "code" in sniff.numeric_columns
    with pytest.raises(DataFormatError, match=r"'label'.*'x1'"):
        read_table(p, numeric_columns=["label"])
    with pytest.raises(DataFormatError, match="no column"):
        read_table(p, text_columns=["nope"])


def test_missing_tokens_and_explicit_separator(tmp_path: Path) -> None:
    text = "wijk|n\nA|.\nB|12\nC|\nD|n.a.\n"
    df, sniff = read_table(_write(tmp_path, "t.csv", text), sep="|")
    assert sniff.sep == "|"
    assert df["n"].isna().tolist() == [True, False, True, True]
    assert df["n"].dtype == "float64"
    assert df["n"].iloc[1] == 12.0


def test_parse_numbers_thousands_and_fallback() -> None:
    s = pd.Series(["1.234.567,89", "12", "-0,5", "1 234,0"])
    assert parse_numbers(s, ",").tolist() == [1234567.89, 12.0, -0.5, 1234.0]
    assert parse_numbers(pd.Series(["0.5", "2.25"]), ",").tolist() == [0.5, 2.25]
    assert parse_numbers(pd.Series(["1,234.5", "7"]), ".").tolist() == [1234.5, 7.0]
    assert parse_numbers(pd.Series(["12", "abc"]), ".") is None


def test_code_like_names() -> None:
    for name in (
        "CD_RES_SECTOR",
        "CS01012020",
        "nis5",
        "postcode",
        "OBJECTID",
        "wijkcode",
        "id",
        "C_NIS6",
        "CNIS5_2020",
        "CD_MUNTY_REFNIS",
        "sector_id",
        "NIS",
    ):
        assert is_code_like_name(name), name
    for name in (
        "population",
        "residents",
        "score",
        "deciles_income_domain",
        "n_sectors_2011",
        "tennis_clubs",
        "valid",
    ):
        assert not is_code_like_name(name), name


def test_xlsx_sheets_and_text_cells(tmp_path: Path) -> None:
    p = tmp_path / "t.xlsx"
    with pd.ExcelWriter(p, engine="openpyxl") as xl:
        pd.DataFrame({"code": ["01001", "21004"], "v": [1.5, 2.0]}).to_excel(
            xl, sheet_name="first", index=False
        )
        pd.DataFrame({"k": ["a"], "w": [3]}).to_excel(xl, sheet_name="second", index=False)
    df, sniff = read_table(p)
    assert sniff.sheet == "first" and sniff.sep is None
    assert df["code"].tolist() == ["01001", "21004"]
    assert df["v"].tolist() == [1.5, 2.0]
    df2, sniff2 = read_table(p, sheet="second")
    assert sniff2.sheet == "second" and df2["w"].tolist() == [3]
    with pytest.raises(DataFormatError, match=r"no sheet 'third'\. Its sheets are: first, second"):
        read_table(p, sheet="third")


def test_sniff_is_frozen(tmp_path: Path) -> None:
    _, sniff = read_table(_write(tmp_path, "t.csv", "a,b\n1,2\n"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        sniff.sep = ";"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("none.csv", None, "does not exist"),
        ("t.xls", "x", "Save it as .xlsx or CSV first"),
        ("t.dbf", "x", "not a table format"),
        ("t.csv", "", "is empty"),
        ("t.csv", "a;b\n", "header but no rows"),
        ("t.xlsx", "not a zip", "Cannot open the spreadsheet"),
    ],
)
def test_bad_tables(tmp_path: Path, name: str, content: str | None, match: str) -> None:
    p = tmp_path / name
    if content is not None:
        p.write_text(content)
    with pytest.raises(DataFormatError, match=match):
        read_table(p)


def test_wrong_encoding_given(tmp_path: Path) -> None:
    p = _write(tmp_path, "t.csv", "a;b\né;1\n", "cp1252")
    with pytest.raises(DataFormatError, match="cannot be read as utf-8"):
        read_table(p, encoding="utf-8")


# --- join_table -------------------------------------------------------------------------------
def _sectors(keys: list[str]) -> gpd.GeoDataFrame:
    geoms = [shapely.box(i, 0, i + 1, 1) for i in range(len(keys))]
    return gpd.GeoDataFrame({"sector_id": keys, "population": 1.0}, geometry=geoms, crs=31370)


def test_join_partial_with_report() -> None:
    sectors = _sectors(["21001A00-", "21001A01-", "21001B00-"])
    table = pd.DataFrame({"code": ["21001A00-", "21001B00-", "99999Z00-"], "x": [1.0, 2.0, 3.0]})
    out, rep = join_table(sectors, table, table_key="code")
    assert len(out) == 3 and out["sector_id"].tolist() == sectors["sector_id"].tolist()
    np.testing.assert_array_equal(out["x"].to_numpy(), [1.0, np.nan, 2.0])
    assert (rep.matched_sectors, rep.unmatched_sectors) == (2, 1)
    assert (rep.matched_table_rows, rep.unmatched_table_rows) == (2, 1)
    assert rep.unmatched_sector_keys == ("21001A01-",)
    assert rep.unmatched_table_keys == ("99999Z00-",)
    assert rep.columns == ("x",)
    text = rep.summary()
    assert "2 matched, 1 without a table row" in text
    assert "'99999Z00-'" in text


def test_join_duplicates_error_first_mean() -> None:
    sectors = _sectors(["a", "b"])
    table = pd.DataFrame(
        {
            "k": ["a", "a", "b", "b", "b"],
            "v": [1.0, 3.0, 5.0, 6.0, 7.0],
            "t": ["p", "q", "r", "s", "u"],
        }
    )
    with pytest.raises(JoinError, match=r"2 key\(s\) appear more than once.*'a', 'b'"):
        join_table(sectors, table, table_key="k")
    out, rep = join_table(sectors, table, table_key="k", duplicates="first")
    assert out["v"].tolist() == [1.0, 5.0] and len(out) == 2
    assert rep.duplicate_table_keys == ("a", "b")
    assert "kept the first row" in rep.summary()
    out, _ = join_table(sectors, table, table_key="k", duplicates="mean")
    assert out["v"].tolist() == [2.0, 6.0]
    assert out["t"].tolist() == ["p", "r"]


def test_join_nothing_matches_trailing_dash() -> None:
    sectors = _sectors(["21001A00-", "21001A01-"])
    table = pd.DataFrame({"code": ["21001A00", "21001A01"], "v": [1, 2]})
    with pytest.raises(JoinError) as err:
        join_table(sectors, table, table_key="code")
    assert "trailing '-'" in err.value.message
    assert "21001A00" in err.value.message
    out, rep = join_table(sectors, table, table_key="code", normalise=True)
    assert out["v"].tolist() == [1, 2]
    assert rep.normalised_matches[0][:2] == ("21001A00-", "21001A00")


def test_join_nothing_matches_case_and_lost_zero() -> None:
    with pytest.raises(JoinError, match="upper/lower case"):
        join_table(_sectors(["ab1"]), pd.DataFrame({"k": ["AB1"]}), table_key="k")
    with pytest.raises(JoinError, match="lost their leading zero"):
        join_table(_sectors(["01001", "02002"]), pd.DataFrame({"k": [1001, 2002]}), table_key="k")
    with pytest.raises(JoinError, match="right key columns"):
        join_table(_sectors(["x"]), pd.DataFrame({"k": ["y"]}), table_key="k")


def test_join_numeric_key_and_missing_columns() -> None:
    sectors = _sectors(["21004", "21015"])
    out, _ = join_table(
        sectors, pd.DataFrame({"nis": [21004.0, 21015.0], "v": [1, 2]}), table_key="nis"
    )
    assert out["v"].tolist() == [1, 2]
    with pytest.raises(JoinError, match="no column 'nope' to join on"):
        join_table(sectors, pd.DataFrame({"nis": [1]}), table_key="nope")
    with pytest.raises(JoinError, match=r"no column\(s\) zz"):
        join_table(sectors, pd.DataFrame({"nis": [1]}), table_key="nis", columns=["zz"])


def test_join_renames_clashing_columns() -> None:
    sectors = _sectors(["a"])
    out, rep = join_table(sectors, pd.DataFrame({"k": ["a"], "population": [9.0]}), table_key="k")
    assert out["population"].tolist() == [1.0] and out["population_table"].tolist() == [9.0]
    assert rep.renamed_columns == (("population", "population_table"),)


def test_normalise_name() -> None:
    assert normalise_name("Antwerpen - Theaterbuurt & Meir") == "antwerpen theaterbuurt meir"
    assert normalise_name("Theaterbuurt-Meir") == "theaterbuurt meir"
    assert normalise_name(" Sint-Gillis / Saint-Gilles ") == "sint gillis saint gilles"
    assert normalise_name("Ixelles (Élysée)") == "ixelles elysee"


# --- real files -------------------------------------------------------------------------------
def test_real_bimd_join(shared_data: Path) -> None:
    from accessmap.core.io import read_sectors

    sectors, _ = read_sectors(shared_data / "brussels/statbel_sector_population_2020_brussels.gpkg")
    bimd, sniff = read_table(shared_data / "belgium/bimd2011_domains_statistical_sector.csv")
    assert sniff.text_columns == ("CD_RES_SECTOR",) and len(bimd) == 18_764
    out, rep = join_table(sectors, bimd, table_key="CD_RES_SECTOR")
    assert len(out) == 724 and out["sector_id"].is_unique
    assert rep.matched_sectors == 675 and rep.unmatched_sectors == 49
    assert out.loc[out["BIMD2011_score"].isna(), "population"].sum() == 311
    assert out["BIMD2011_deciles_domain"].dropna().between(1, 10).all()


def test_real_latin1_names(shared_data: Path) -> None:
    df, sniff = read_table(shared_data / "belgium/bimd2011_sector_names_latin1.csv")
    assert sniff.encoding in ("cp1252", "latin-1")
    assert df["CD_MUNTY_REFNIS"].iloc[0] == "11001"  # REFNIS code read as text
    assert len(df) == 19_782
    # The file holds a few stray 0xC3 bytes (not valid UTF-8): read as cp1252, nothing lost.
    assert df["SECTOR_NAME"].str.contains("Ã", regex=False).sum() == 5


def test_real_antwerp_name_join(shared_data: Path) -> None:
    wijken = gpd.read_file(shared_data / "antwerp/wijkenGEO.json")
    ranking, sniff = read_table(shared_data / "antwerp/wijkenranking.csv")
    assert sniff.sep == ";" and len(ranking) == 67
    score = ranking.columns[1]
    with pytest.raises(JoinError):  # nothing but a normalised join works here
        join_table(wijken, ranking.iloc[:5], table_key="Wijken", sector_key="wijknaam")
    out, rep = join_table(
        wijken, ranking, table_key="Wijken", sector_key="wijknaam", normalise=True
    )
    assert rep.matched_sectors == 66 and len(out) == 67
    assert rep.unmatched_sector_keys == ("Deurne - Kuininge & Bremweide",)
    assert rep.unmatched_table_keys == ("Kruininge - Bremweide",)
    got = dict(zip(out["wijknaam"].str.strip(), out[score], strict=True))
    assert got["Antwerpen - Amandus & Atheneum"] == 37  # "Amandus - Atheneum" in the table
    assert got["Antwerpen - Haven"] == ranking.set_index("Wijken").loc["Haven Antwerpen", score]
    assert got["Bezali - Lillo"] == ranking.set_index("Wijken").loc["Lillo", score]
    assert "municipality prefix" in rep.summary()
    out, rep = join_table(
        wijken, ranking, table_key="Wijken", sector_key="wijknaam", normalise=True, fuzzy=0.9
    )
    assert rep.matched_sectors == 67
    assert "'Kruininge - Bremweide' -> 'Deurne - Kuininge & Bremweide'" in rep.summary()


def test_tables_stays_the_public_face_of_the_split_modules() -> None:
    """Names moved to joins/columns are still importable from core.tables, unchanged."""
    from accessmap.core import columns, joins, tables
    from accessmap.core.errors import JoinError

    for name in tables.__all__:
        assert hasattr(tables, name), name
    assert tables.join_table is joins.join_table and tables.JoinReport is joins.JoinReport
    assert tables.normalise_name is joins.normalise_name
    assert tables.parse_numbers is columns.parse_numbers
    assert tables.MISSING_TOKENS is columns.MISSING_TOKENS
    assert tables.JoinError is JoinError
    assert tables.TABLE_EXTENSIONS == (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
