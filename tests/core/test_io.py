"""Loading layers: canonical columns, repairs reported, every bad input refused with a clear message."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from pyproj import Transformer

from accessmap.core import schema
from accessmap.core.errors import CRSError, DataFormatError
from accessmap.core.io import (
    list_layers,
    normalise_centre_type,
    parse_bool,
    read_catchments,
    read_centres,
    read_layer,
    read_residents,
    read_sectors,
)

X0, Y0 = 149_000.0, 170_000.0  # Brussels in Lambert 72


def _squares(n: int = 3, crs: object = 31370, **cols: list) -> gpd.GeoDataFrame:
    geoms = [shapely.box(X0 + 100 * i, Y0, X0 + 100 * (i + 1), Y0 + 100) for i in range(n)]
    data = {"SECTOR": [f"21001A0{i}-" for i in range(n)], "POP": [10 * (i + 1) for i in range(n)]}
    data.update(cols)
    return gpd.GeoDataFrame(data, geometry=geoms, crs=crs)


def _save(gdf: gpd.GeoDataFrame, path: Path, **kw: object) -> Path:
    with warnings.catch_warnings():  # writing a layer without CRS warns, on purpose here
        warnings.filterwarnings("ignore", "'crs' was not provided", UserWarning)
        gdf.to_file(path, **kw)
    return path


# --- sectors ----------------------------------------------------------------------------------
def test_real_brussels_sectors(shared_data: Path) -> None:
    gdf, msgs = read_sectors(shared_data / "brussels/statbel_sector_population_2020_brussels.gpkg")
    assert len(gdf) == 724
    assert gdf["population"].sum() == 1_215_012
    assert (gdf["population"] == 0).sum() == 22
    assert gdf.crs.to_epsg() == 31370
    assert not gdf.has_z.any()  # MultiPolygon Z in the file
    assert list(gdf.columns[:4]) == ["sector_id", "name", "municipality", "population"]
    assert gdf["sector_id"].is_unique and gdf["sector_id"].iloc[0] == "21001A00-"
    assert pd.api.types.is_string_dtype(gdf["sector_id"])
    assert gdf["population"].dtype == "float64"
    assert "724 areas, 1,215,012 residents" in msgs[0]


def test_real_statbel_names(shared_data: Path) -> None:
    gdf, _ = read_sectors(
        shared_data / "brussels/statbel_sectors_2020_brussels.gpkg", population_col="M_AREA_HA"
    )
    assert gdf["name"].ne("").sum() == 719  # 5 sectors have no name in the source: ""
    assert gdf["municipality"].ne("").all() and not gdf["name"].isna().any()
    assert "T_SEC_FR" in gdf.columns and "T_SEC_NL" not in gdf.columns  # renamed to "name"


@pytest.mark.parametrize("ext", [".gpkg", ".geojson", ".fgb", ".shp"])
def test_formats_round_trip(tmp_path: Path, ext: str) -> None:
    path = _save(_squares(), tmp_path / f"s{ext}")
    gdf, _ = read_sectors(path)
    gdf = gdf.sort_values("sector_id")  # FlatGeobuf stores features in spatial-index order
    assert gdf["sector_id"].tolist() == ["21001A00-", "21001A01-", "21001A02-"]
    assert gdf["population"].tolist() == [10.0, 20.0, 30.0]
    assert gdf.area.round().tolist() == [10_000.0] * 3


def test_zipped_shapefile(tmp_path: Path) -> None:
    _save(_squares(), tmp_path / "s.shp")
    zpath = tmp_path / "sectors.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        for part in tmp_path.glob("s.*"):
            z.write(part, part.name)
    gdf, _ = read_sectors(zpath)
    assert len(gdf) == 3 and gdf["population"].sum() == 60
    assert list_layers(zpath) == ["s"]


def test_geopackage_with_two_layers(tmp_path: Path) -> None:
    path = _save(_squares(2), tmp_path / "two.gpkg", layer="first")
    _save(_squares(3), path, layer="second")
    assert list_layers(path) == ["first", "second"]
    gdf, _ = read_sectors(path, layer="second")
    assert len(gdf) == 3
    gdf, msgs = read_sectors(path)
    assert len(gdf) == 2 and any("has 2 layers (first, second); read 'first'" in m for m in msgs)
    with pytest.raises(
        DataFormatError, match=r"has no layer 'third'\. Its layers are: first, second"
    ):
        read_sectors(path, layer="third")


def test_bow_tie_repaired_and_bad_rows_left_out(tmp_path: Path) -> None:
    bow_tie = shapely.Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)])
    assert not bow_tie.is_valid
    geoms = [
        bow_tie,
        shapely.box(X0, Y0, X0 + 50, Y0 + 50),
        shapely.Point(X0, Y0),
        shapely.Polygon(),
        None,
        shapely.Polygon([(X0, Y0), (X0 + 10, Y0), (X0 + 20, Y0)]),  # zero area: nothing left
    ]
    gdf = gpd.GeoDataFrame(
        {"SECTOR": list("abcdef"), "POP": [1, 2, 3, 4, 5, 6]}, geometry=geoms, crs=31370
    )
    out, msgs = read_sectors(_save(gdf, tmp_path / "bad.gpkg"))
    assert out["sector_id"].tolist() == ["a", "b"]
    fixed = out.geometry.iloc[0]
    assert fixed.is_valid and fixed.geom_type == "MultiPolygon" and len(fixed.geoms) == 2
    assert fixed.area == pytest.approx(5000.0)  # two triangles of 50 x 100 / 2
    text = " ".join(msgs)
    assert "2 invalid polygon(s) repaired (make_valid)" in text
    assert "2 row(s) without geometry left out" in text
    assert "1 row(s) that are not polygons left out" in text
    assert "1 row(s) with no area left after repair left out" in text


def test_z_dropped_and_lonlat_reprojected(tmp_path: Path) -> None:
    tr = Transformer.from_crs(31370, 4326, always_xy=True)
    sq = _squares(1)
    ll = shapely.transform(sq.geometry.values, lambda xy: np.column_stack(tr.transform(*xy.T)))
    z = shapely.force_3d(ll, 5.0)
    gdf = gpd.GeoDataFrame(sq.drop(columns="geometry"), geometry=z, crs=4326)
    out, msgs = read_sectors(_save(gdf, tmp_path / "z.geojson"))
    assert not out.has_z.any() and out.crs.to_epsg() == 31370
    assert out.area.iloc[0] == pytest.approx(10_000.0, rel=1e-3)
    assert "CRS EPSG:4326 -> EPSG:31370" in msgs[0]


def test_duplicate_and_missing_ids(tmp_path: Path) -> None:
    gdf = _squares(3, SECTOR=["x", "y", "x"])
    with pytest.raises(DataFormatError, match=r"1 id\(s\) in 'SECTOR' appear more than once: x"):
        read_sectors(_save(gdf, tmp_path / "d.gpkg"))
    gdf = _squares(3, SECTOR=["x", None, "z"])
    with pytest.raises(DataFormatError, match=r"1 row\(s\) have no id in 'SECTOR'"):
        read_sectors(_save(gdf, tmp_path / "m.gpkg"))


def test_missing_population_column_names_candidates(tmp_path: Path) -> None:
    gdf = _squares(2).drop(columns="POP")
    with pytest.raises(DataFormatError) as err:
        read_sectors(_save(gdf, tmp_path / "p.gpkg"))
    assert "no population column" in err.value.message
    assert "POP" in err.value.message and "inwoners" in err.value.message
    with pytest.raises(DataFormatError, match="no column 'habitants' for the population"):
        read_sectors(tmp_path / "p.gpkg", population_col="habitants")


def test_missing_id_column(tmp_path: Path) -> None:
    gdf = _squares(2).rename(columns={"SECTOR": "foo"})
    with pytest.raises(DataFormatError, match=r"no sector id column.*CS01012020"):
        read_sectors(_save(gdf, tmp_path / "i.gpkg"))


def test_missing_population_counts_as_zero_and_is_reported(tmp_path: Path) -> None:
    gdf = _squares(3, POP=[5.0, None, 7.0])
    out, msgs = read_sectors(_save(gdf, tmp_path / "n.gpkg"))
    assert out["population"].tolist() == [5.0, 0.0, 7.0]
    assert "1 row(s) without population in 'POP' counted as 0" in " ".join(msgs)


@pytest.mark.parametrize(
    ("pop", "match"),
    [
        (
            [5.0, None, -1.0],
            r"1 of 3 row\(s\) have a negative or infinite population in 'POP' "
            r"\(id: 21001A02- \(-1\)\)",
        ),
        ([-10.0, -20.0, -30.0], r"3 of 3 row\(s\).*21001A00- \(-10\), 21001A01- \(-20\)"),
        ([5.0, np.inf, 1.0], r"1 of 3 .*21001A01- \(inf\)"),
    ],
)
def test_negative_population_refused_naming_the_sectors(
    tmp_path: Path, pop: list, match: str
) -> None:
    with pytest.raises(DataFormatError, match=match) as err:
        read_sectors(_save(_squares(3, POP=pop), tmp_path / "n.gpkg"))
    assert "cannot be negative" in err.value.message


def test_integer_ids_become_text(tmp_path: Path) -> None:
    gdf = _squares(2, SECTOR=[21004, 21015])
    out, _ = read_sectors(_save(gdf, tmp_path / "n.gpkg"))
    assert out["sector_id"].tolist() == ["21004", "21015"]


def test_sectors_without_crs_refused_and_assumed(tmp_path: Path) -> None:
    path = _save(_squares(2, crs=None), tmp_path / "nocrs.shp")
    with pytest.raises(CRSError, match=r"no coordinate reference system.*EPSG:31370"):
        read_sectors(path)
    out, _ = read_sectors(path, crs="EPSG:31370")
    assert out.crs.to_epsg() == 31370


def test_lambert72_declared_as_2008_refused(tmp_path: Path) -> None:
    path = _save(_squares(2, crs=3812), tmp_path / "wrong.gpkg")
    with pytest.raises(CRSError, match=r"declares, EPSG:3812.*only if read as EPSG:31370"):
        read_sectors(path)


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("missing.gpkg", None, "does not exist"),
        ("s.kml", b"<kml/>", r"extension \('.kml'\)"),
        ("s.csv", b"a,b\n1,2\n", "Tables have no shapes"),
        ("s.gpkg", b"this is not a geopackage", "Cannot open 's.gpkg'"),
        ("s.geojson", b'{"type": "FeatureCollection", "features": []}', "has no features"),
    ],
)
def test_bad_sector_files(tmp_path: Path, name: str, content: bytes | None, match: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataFormatError, match=match) as err:
        read_sectors(path)
    if name == "s.gpkg":
        assert err.value.details  # the library's own error text


def test_attribute_table_and_broken_shapefile(tmp_path: Path) -> None:
    pyogrio.write_dataframe(pd.DataFrame({"a": [1, 2]}), tmp_path / "t.gpkg", layer="attrs")
    with pytest.raises(DataFormatError, match=r"has no geometry\. Choose a map layer"):
        read_sectors(tmp_path / "t.gpkg")
    _save(_squares(1), tmp_path / "s.shp")
    (tmp_path / "s.shx").unlink()
    with pytest.raises(DataFormatError, match=r"needs its \.shp, \.shx and \.dbf") as err:
        read_sectors(tmp_path / "s.shp")
    assert "s.shx" in err.value.details


def test_shapefile_without_dbf_says_the_dbf_is_missing(tmp_path: Path) -> None:
    _save(_squares(2), tmp_path / "s.shp")
    (tmp_path / "s.dbf").unlink()
    with pytest.raises(DataFormatError) as err:
        read_sectors(tmp_path / "s.shp")
    assert "its .dbf file (s.dbf) is missing beside the .shp" in err.value.message
    assert "columns ()" not in err.value.message
    # the same inside a zip
    zpath = tmp_path / "sectors.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        for part in tmp_path.glob("s.*"):
            z.write(part, part.name)
    with pytest.raises(DataFormatError, match=r"\.dbf file \(s\.dbf\) is missing in the archive"):
        read_sectors(zpath)


#: Two Brussels squares in lon/lat; the second ring's last point is not its first.
_UNCLOSED_GEOJSON = """{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"SECTOR": "21001A00-", "POP": 10}, "geometry": {"type":
 "Polygon", "coordinates": [[[4.35, 50.85], [4.36, 50.85], [4.36, 50.86], [4.35, 50.86],
 [4.35, 50.85]]]}},
{"type": "Feature", "properties": {"SECTOR": "21001A01-", "POP": 20}, "geometry": {"type":
 "Polygon", "coordinates": [[[4.37, 50.85], [4.38, 50.85], [4.38, 50.86], [4.37, 50.86]]]}}
]}"""


def test_unclosed_ring_is_closed_and_reported_without_warnings(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "open.geojson"
    path.write_text(_UNCLOSED_GEOJSON, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out, msgs = read_sectors(path)
    assert [str(w.message) for w in caught] == []
    assert capfd.readouterr().err == ""  # nothing from pyogrio/GDAL on the terminal
    assert out["sector_id"].tolist() == ["21001A00-", "21001A01-"]
    assert out.geometry.is_valid.all()
    # the closed square: 0.01 deg x 0.01 deg, about 700 m x 1,110 m at 50.85 N
    assert out.geometry.area.iloc[1] == pytest.approx(out.geometry.area.iloc[0], rel=1e-3)
    text = " ".join(msgs)
    assert "1 polygon(s) with a ring that is not closed" in text
    assert "repaired by closing the ring: feature 2 (SECTOR = 21001A01-)" in text
    assert "shapefile" not in text


def test_finnish_sectors_are_said_to_lie_outside_belgium(tmp_path: Path) -> None:
    # Helsinki in TM35FIN (EPSG:3067): read as Web Mercator the numbers fall near Ostend
    geoms = [
        shapely.box(385_600 + 200 * i, 6_672_100, 385_800 + 200 * i, 6_672_300) for i in (0, 1)
    ]
    gdf = gpd.GeoDataFrame({"SECTOR": ["a", "b"], "POP": [1, 2]}, geometry=geoms, crs=3067)
    with pytest.raises(CRSError) as err:
        read_sectors(_save(gdf, tmp_path / "fi.gpkg"))
    assert "lies outside Belgium" in err.value.message
    assert "EPSG:3067" in err.value.message and "3857" not in err.value.message


def test_read_layer_generic(shared_data: Path) -> None:
    gdf, _ = read_layer(shared_data / "antwerp/wijkenGEO.json")
    assert len(gdf) == 67 and gdf.crs.to_epsg() == 31370
    assert 135_000 < gdf.total_bounds[0] < 160_000  # Antwerp, Lambert 72


# --- centres ----------------------------------------------------------------------------------
def test_centres_csv_lonlat_with_all_columns(tmp_path: Path) -> None:
    text = (
        "nr;naam;soort;fte;rolstoel;opened;closed;lat;lon\n"
        "1;MM Esperance;Maison médicale;3,5;oui;2001;;50,8467;4,3525\n"
        "2;Dr. Peeters;huisarts;1;nee;1998-05-01;2015;50,85;4,36\n"
        "3;Apotheek;pharmacy;;misschien;x;;50,84;4,34\n"
        "4;WGC De Kaai;Wijkgezondheidscentrum;;1;2010;2005;;\n"
    )
    path = tmp_path / "c.csv"
    path.write_bytes(text.encode("cp1252"))
    out, msgs = read_centres(path, id_col="nr", capacity_col="fte")
    assert list(out.columns[:7]) == list(schema.CENTRE_COLUMNS)
    assert out["centre_id"].tolist() == ["1", "2", "3"]  # row 4 has no coordinates
    assert out["name"].iloc[0] == "MM Esperance"
    assert out["type"].tolist() == ["health_centre", "gp_practice", "other"]
    assert out["gp_fte"].iloc[:2].tolist() == [3.5, 1.0] and np.isnan(out["gp_fte"].iloc[2])
    assert str(out["step_free"].dtype) == "boolean"
    assert out["step_free"].tolist()[:2] == [True, False] and out["step_free"].isna().iloc[2]
    assert str(out["year_open"].dtype) == "Int64" and str(out["year_close"].dtype) == "Int64"
    assert out["year_open"].tolist()[:2] == [2001, 1998] and out["year_open"].isna().iloc[2]
    assert out["year_close"].iloc[1] == 2015
    assert out.crs.to_epsg() == 31370
    assert 148_000 < out.geometry.x.iloc[0] < 150_500
    text = " ".join(msgs)
    assert "1 row(s) without valid coordinates (empty, not a number or infinite) left out: " in text
    assert "row 5 (id '4', lon = '', lat = '')" in text
    assert "1 step-free value(s)" in text
    assert "coordinates from 'lon'/'lat' in EPSG:4326" in text


def test_centre_with_an_infinite_coordinate_is_dropped_by_id(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "id,name,lon,lat\nC1,a,4.35,50.85\nC2,b,inf,50.86\nC3,c,4.36,-Infinity\nC4,d,4.37,50.88\n"
    )
    out, msgs = read_centres(path)
    assert out["centre_id"].tolist() == ["C1", "C4"]
    text = " ".join(msgs)
    assert "2 row(s) without valid coordinates (empty, not a number or infinite) left out" in text
    assert "row 3 (id 'C2', lon = 'inf', lat = '50.86')" in text
    assert "row 4 (id 'C3', lon = '4.36', lat = '-Infinity')" in text


def test_vector_point_with_an_infinite_coordinate_is_left_out(tmp_path: Path) -> None:
    gdf = gpd.GeoDataFrame(
        {"centre_id": ["A", "B"]},
        geometry=shapely.points([(149_000.0, 170_000.0), (np.inf, 170_000.0)]),
        crs=31370,
    )
    out, msgs = read_centres(_save(gdf, tmp_path / "c.gpkg"))
    assert out["centre_id"].tolist() == ["A"]
    assert "1 point(s) with an infinite or undefined coordinate left out (feature 2)" in " ".join(
        msgs
    )


def test_centres_xy_without_crs_refused_naming_fit(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,x,y\na,149000,170000\nb,150000,171000\n")
    with pytest.raises(CRSError, match=r"no coordinate reference system.*EPSG:31370"):
        read_centres(path)
    out, _ = read_centres(path, crs="EPSG:31370")
    assert out.geometry.x.tolist() == [149_000.0, 150_000.0]


def test_centres_swapped_latlon_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("name,lat,lon\nA,4.35,50.85\nB,4.36,50.86\n")
    with pytest.raises(CRSError, match="swap the x and y"):
        read_centres(path)


def test_centres_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "c.xlsx"
    pd.DataFrame({"Longitude": [4.35], "Latitude": [50.85], "type": ["GP"]}).to_excel(
        path, index=False
    )
    out, msgs = read_centres(path)
    assert out["centre_id"].tolist() == ["C0001"] and out["type"].tolist() == ["gp_practice"]
    assert any("no id column; centres numbered C0001 to C0001" in m for m in msgs)


def test_centres_polygons_become_points(tmp_path: Path) -> None:
    gdf = _squares(2)
    gdf.loc[2] = ["x", 1, shapely.Polygon()]
    out, msgs = read_centres(_save(gdf, tmp_path / "poly.gpkg"), id_col="SECTOR")
    assert (out.geom_type == "Point").all() and len(out) == 2
    assert out.geometry.iloc[0].within(_squares(1).geometry.iloc[0])
    text = " ".join(msgs)
    assert "2 non-point feature(s)" in text and "1 row(s) without location left out" in text
    assert "no type column; every centre typed 'other'" in text


def test_centres_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,lon,lat\nA,4.35,50.85\nA,4.36,50.86\n")
    with pytest.raises(DataFormatError, match="appear more than once: A"):
        read_centres(path)


def test_real_antwerp_hospitals_web_mercator(shared_data: Path) -> None:
    path = shared_data / "antwerp/ziekenhuizen.csv"
    with pytest.raises(CRSError, match=r"EPSG:3857 \(Web Mercator\)"):
        read_centres(path)
    out, _ = read_centres(path, crs="EPSG:3857")
    assert len(out) == 15 and out["centre_id"].iloc[0] == "1801"
    assert out["name"].iloc[0] == "ZNA MIDDELHEIM" and "POSTCODE" in out.columns
    assert out["POSTCODE"].iloc[0] == "2020"  # text, not a number
    xmin, ymin, xmax, ymax = out.total_bounds  # Antwerp in Lambert 72
    assert xmin > 145_000 and xmax < 165_000 and ymin > 200_000 and ymax < 225_000


def test_real_osm_centres(shared_data: Path) -> None:
    out, _ = read_centres(shared_data / "belgium/osm2015_health_points_belgium.geojson")
    assert len(out) == 2349
    assert (out["type"] == "gp_practice").sum() == 311  # OSM "doctors"
    assert out["centre_id"].is_unique


def test_type_and_bool_parsing() -> None:
    types = pd.Series(
        [
            "Wijkgezondheidscentrum",
            "health_centre",
            "Médecin généraliste",
            "Doctors",
            "GP",
            "Stagpoint",
            None,
            "hospital",
        ]
    )
    assert normalise_centre_type(types).tolist() == [
        "health_centre",
        "health_centre",
        "gp_practice",
        "gp_practice",
        "gp_practice",
        "other",
        "other",
        "other",
    ]
    flags, bad = parse_bool(pd.Series(["Ja", "NEE", "oui", "non", "true", "0", 1, "limited"]))
    assert flags.tolist()[:7] == [True, False, True, False, True, False, True]
    assert flags.isna().iloc[7] and bad == 1


# --- catchments and residents -----------------------------------------------------------------
def test_catchments(tmp_path: Path) -> None:
    gdf = _squares(2, centre=["c1", "c2"])
    out, _ = read_catchments(_save(gdf, tmp_path / "c.gpkg"))
    assert out["centre_id"].tolist() == ["c1", "c2"] and (out.geom_type == "Polygon").all()
    out, msgs = read_catchments(_save(_squares(1), tmp_path / "n.gpkg"))
    assert out["centre_id"].isna().all() and any("no centre id column" in m for m in msgs)


def test_residents_from_table_and_layer(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("x;y;inwoners\n149000;170000;3\n149500;170500;2,5\n")
    out, msgs = read_residents(path, crs="EPSG:31370")
    assert out["population"].tolist() == [3.0, 2.5] and out.crs.to_epsg() == 31370
    assert "2 points, 6 residents" in msgs[0]
    pts = gpd.GeoDataFrame({"pop": [4]}, geometry=[shapely.Point(X0, Y0)], crs=31370)
    out, _ = read_residents(_save(pts, tmp_path / "r.gpkg"))
    assert out["population"].tolist() == [4.0]
    with pytest.raises(DataFormatError, match="no population column"):
        read_residents(_save(pts.rename(columns={"pop": "q"}), tmp_path / "q.gpkg"))


def test_io_stays_the_public_face_of_the_split_modules() -> None:
    """Names moved to columns/geometry/sources are still importable from core.io, unchanged."""
    from accessmap.core import columns, crs, io, sources, tables

    for name in io.__all__:
        assert hasattr(io, name), name
    assert io.parse_bool is columns.parse_bool
    assert io.normalise_centre_type is columns.normalise_centre_type
    assert io.CENTRE_TYPE_WORDS is columns.CENTRE_TYPE_WORDS
    assert io.read_layer is sources.read_layer and io.list_layers is sources.list_layers
    assert io.VECTOR_EXTENSIONS == (".gpkg", ".shp", ".zip", ".geojson", ".json", ".fgb")
    assert io.check_crs is crs.check_crs
    assert io.read_table is tables.read_table and io.TABLE_EXTENSIONS is tables.TABLE_EXTENSIONS
