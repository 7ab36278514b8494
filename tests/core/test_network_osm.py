"""The network reader on real OpenStreetMap extracts (tests/data/osm) and on GIS line files."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import networkx as nx
import numpy as np
import pyogrio
import pytest
import shapely
from test_network_cases import CRS, lines_gdf

from accessmap.core.errors import NetworkError
from accessmap.core.network import network_nearest, pedestrian_filter, read_network

OSM = Path(__file__).resolve().parents[1] / "data" / "osm"
HELSINKI = OSM / "Helsinki.osm.pbf"
KOUVOLA = OSM / "test.osm.pbf"


@pytest.fixture(scope="module")
def helsinki():
    return read_network(HELSINKI)


def test_reads_a_real_osm_extract(helsinki):
    s = helsinki.summary
    assert s["source"] == "Helsinki.osm.pbf" and s["crs"] == CRS
    assert s["nodes"] > 2000 and s["edges"] > 3000 and 50 < s["total_km"] < 150
    assert s["step_edges"] > 50  # central Helsinki has many flights of steps
    assert s["lines_dropped_by_filter"] > 0 and s["dropped_by_reason"]["foot_no"] > 0
    assert s["noding"] == "shared_vertices"
    raw = pyogrio.read_dataframe(HELSINKI, layer="lines", columns=["highway"])
    assert s["lines_read"] == int(raw["highway"].notna().sum())


def test_motorways_are_dropped_from_the_osm_extract():
    net = read_network(KOUVOLA)
    assert net.summary["dropped_by_reason"]["motorway_or_similar"] == 12  # 2 motorway, 10 links
    raw = pyogrio.read_dataframe(KOUVOLA, layer="lines", columns=["highway"]).to_crs(CRS)
    motorway = shapely.union_all(
        raw.loc[raw["highway"].eq("motorway").fillna(False), "geometry"].to_numpy()
    )
    edges = net.to_geodataframe()
    # no network edge runs along the motorway (a crossing bridge may touch it at a point)
    assert (edges.geometry.intersection(motorway.buffer(0.01)).length < 1.0).all()


def test_osm_distances_agree_with_networkx_on_the_raw_ways(helsinki):
    """Independent check: networkx on the OSM ways' own vertices, no joins (tolerance 0)."""
    net = read_network(HELSINKI, snap_tolerance_m=0.0)
    raw = pyogrio.read_dataframe(HELSINKI, layer="lines", columns=["highway", "other_tags"])
    kept, _ = pedestrian_filter(raw.loc[raw["highway"].notna()])
    kept = kept.to_crs(CRS)
    G = nx.Graph()
    for line in kept.geometry.explode():
        xy = np.round(shapely.get_coordinates(line), 6)
        for a, b in zip(map(tuple, xy[:-1]), map(tuple, xy[1:]), strict=True):
            if a != b:
                w = float(np.hypot(a[0] - b[0], a[1] - b[1]))
                if not G.has_edge(a, b) or G[a][b]["weight"] > w:
                    G.add_edge(a, b, weight=w)
    G = G.subgraph(max(nx.connected_components(G), key=len))
    nodes = np.array(list(G.nodes))
    assert len(nodes) >= net.summary["nodes"]  # the graph's nodes are a subset of the vertices
    rng = np.random.default_rng(5)
    pick = nodes[rng.choice(len(nodes), 60, replace=False)]
    centres, origins = pick[:6], pick[6:]
    ref = nx.multi_source_dijkstra_path_length(G, [tuple(c) for c in centres])
    res = network_nearest(net, origins, centres, snap_max_m=1.0)
    assert res.origin_snapped.all() and res.dest_snapped.all()
    expected = np.array([ref[tuple(o)] for o in origins])
    # lengths are rounded to the quantum (2e-6 m) per edge: far below a millimetre per path
    np.testing.assert_allclose(res.dist_m, expected, atol=1e-3)


def test_node_all_crossings_adds_junctions_to_the_osm_extract(helsinki):
    noded = read_network(HELSINKI, node_all_crossings=True)
    assert noded.summary["noding"] == "all_crossings"
    assert noded.summary["crossings_noded"] > 0
    assert noded.summary["nodes"] > helsinki.summary["nodes"]


def test_bbox_reads_only_part_of_the_extract(helsinki):
    x0, y0, x1, y1 = helsinki.bounds
    half = read_network(HELSINKI, bbox=(x0, y0, (x0 + x1) / 2, y1))
    assert (
        0.2 * helsinki.summary["total_km"]
        < half.summary["total_km"]
        < 0.8 * helsinki.summary["total_km"]
    )


def test_pedestrian_filter_rule():
    gdf = gpd.GeoDataFrame(
        {
            "highway": [
                "footway",
                "motorway",
                "trunk",
                "trunk",
                "cycleway",
                "residential",
                "service",
                "steps",
                "pedestrian",
                "construction",
                "bus_stop",
                None,
            ],
            "other_tags": [
                None,
                '"foot"=>"yes"',
                None,
                '"foot"=>"designated"',
                '"foot"=>"no"',
                '"access"=>"private"',
                '"access"=>"no","foot"=>"yes"',
                None,
                '"area"=>"yes"',
                None,
                None,
                None,
            ],
        },
        geometry=[shapely.LineString([(i, 0), (i, 1)]) for i in range(12)],
        crs=CRS,
    )
    kept, dropped = pedestrian_filter(gdf)
    assert kept["highway"].tolist() == ["footway", "trunk", "service", "steps"]
    assert dropped == {
        "motorway_or_similar": 3,  # motorway (even foot=yes), trunk without foot, construction
        "not_a_walkable_highway": 2,  # bus_stop, missing
        "foot_no": 1,
        "access_no": 1,
        "area": 1,
    }
    # separate tag columns (as in a GIS export) are used as well
    cols = gpd.GeoDataFrame(
        {"highway": ["path", "path"], "foot": ["no", None]},
        geometry=gdf.geometry[:2].to_numpy(),
        crs=CRS,
    )
    assert len(pedestrian_filter(cols)[0]) == 1
    # a layer without a highway column is taken as all walkable
    assert len(pedestrian_filter(gdf.drop(columns=["highway", "other_tags"]))[0]) == 12


def test_reads_geopackage_geojson_and_shapefile(tmp_path):
    gdf = lines_gdf(
        [[(0, 0), (100, 0)], [(100, 0), (100, 100)], [(100, 100), (0, 100)], [(0, 0), (0, 100)]],
        highway=["residential", "footway", "motorway", "path"],
    )
    for name, driver in (
        ("net.gpkg", "GPKG"),
        ("net.geojson", "GeoJSON"),
        ("net.shp", "ESRI Shapefile"),
    ):
        out = tmp_path / name
        (gdf.to_crs("EPSG:4326") if driver == "GeoJSON" else gdf).to_file(out, driver=driver)
        net = read_network(out)
        assert net.summary["edges"] == 3, name  # the motorway is dropped
        assert net.summary["total_km"] == pytest.approx(0.3, abs=1e-3), name


def test_layer_argument_picks_a_geopackage_layer(tmp_path):
    out = tmp_path / "two.gpkg"
    gpd.GeoDataFrame(geometry=[shapely.Point(0, 0)], crs=CRS).to_file(out, layer="points")
    lines_gdf([[(0, 0), (50, 0)], [(50, 0), (50, 50)]]).to_file(out, layer="streets")
    with pytest.raises(NetworkError, match="holds no lines"):
        read_network(out, layer="points")
    assert read_network(out, layer="streets").summary["edges"] == 2


def test_reader_errors_are_clear(tmp_path):
    with pytest.raises(NetworkError, match="does not exist"):
        read_network(tmp_path / "missing.osm.pbf")
    junk = tmp_path / "junk.osm.pbf"
    junk.write_bytes(b"this is not a protobuf file" * 10)
    with pytest.raises(NetworkError, match="cannot be read"):
        read_network(junk)
    only_motorway = tmp_path / "mw.gpkg"
    lines_gdf([[(0, 0), (100, 0)]], highway=["motorway"]).to_file(only_motorway)
    with pytest.raises(NetworkError, match="no way a pedestrian may use"):
        read_network(only_motorway)
    no_crs = tmp_path / "nocrs.shp"
    two = [
        shapely.LineString([(4.35, 50.85), (4.36, 50.85)]),
        shapely.LineString([(4.36, 50.85), (4.37, 50.85)]),
    ]
    with pytest.warns(UserWarning, match="crs"):
        gpd.GeoDataFrame({"highway": ["path", "path"]}, geometry=two).to_file(no_crs)
    with pytest.raises(NetworkError, match="no coordinate reference system") as err:
        read_network(no_crs)
    assert "longitude/latitude" in err.value.message
    net = read_network(no_crs, crs="EPSG:4326", snap_tolerance_m=0.5)
    assert net.summary["total_km"] == pytest.approx(1.40, abs=0.02)  # 0.02 degree of longitude
    _, _, x1, y1 = read_network(HELSINKI).bounds
    with pytest.raises(NetworkError, match="holds no lines inside the study area"):
        read_network(HELSINKI, bbox=(x1 + 5000, y1 + 5000, x1 + 6000, y1 + 6000))


def test_progress_is_reported_from_zero_to_one():
    seen: list[float] = []
    read_network(KOUVOLA, progress=lambda f, msg: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


def test_tag_parser_handles_keys_that_end_like_foot():
    gdf = gpd.GeoDataFrame(
        {"highway": ["path"], "other_tags": ['"bicycle:foot"=>"no","foot"=>"yes"']},
        geometry=[shapely.LineString([(0, 0), (1, 0)])],
        crs=CRS,
    )
    assert len(pedestrian_filter(gdf)[0]) == 1
