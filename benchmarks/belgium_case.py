"""A Belgium-scale SYNTHETIC test case for benchmarks: ~19,800 sectors, thousands of centres.

:func:`make_belgium_case` returns sector polygons and centre points in EPSG:31370 with the
canonical accessmap columns. What is real and what is not:

- REAL: the 19,794 sector codes and their residents (Statbel, about 1-1-2019,
  ``statbel_sector_population_2019.csv``, total 11,425,213), the BIMD 2011 income-domain score
  where the sector code exists in the BIMD table (Otavova et al. 2023), and sector and
  municipality names from the BIMD name list where present.
- SYNTHETIC: every polygon and every centre. Sector polygons are Voronoi cells of random seed
  points, clipped to an approximate outline of Belgium. Seeds of Flemish and Brussels sectors
  (codes 1xxxx, 21-24xxx, 3xxxx, 4xxxx, 7xxxx) fall at random inside the sector's real 2024
  neighbourhood ("wijk voor omgevingsanalyse", ``ggw72024.shp`` with
  ``statsec2024_ggw72024.xlsx``), so cells are small where neighbourhoods are small. Walloon
  seeds (no open sector geometry at hand) fall near 2015 OpenStreetMap health points (a rough
  proxy for where people live) or uniformly. The outline is the union of the Flemish/Brussels
  neighbourhoods plus, for Wallonia, the convex hull of the 2015 OSM health points outside
  Flanders (buffered 3 km) minus Flanders: it spills somewhat into France, Luxembourg and
  Germany near the Walloon border. Centres are placed population-weighted (a sector is drawn
  with probability proportional to its residents, then a random point inside its cell), with
  synthetic types, GP FTE (1-8), step-free flags and no opening years.

Never use this case as data about Belgium: it exists to time the code at national scale.

Run ``python benchmarks/belgium_case.py [--out DIR] [--centres N]`` to write
``belgium_sectors.gpkg`` and ``belgium_centres.gpkg`` (default ``/tmp/accessmap_belgium_case/``)
for other benchmarks; :func:`load_belgium_case` reads them back, building them if missing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

__all__ = [
    "CACHE_DIR",
    "DEFAULT_SHARED",
    "load_belgium_case",
    "make_belgium_case",
    "write_belgium_case",
]

CRS = "EPSG:31370"
DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CACHE_DIR = Path("/tmp/accessmap_belgium_case")
_FLEMISH_PREFIXES = ("1", "21", "23", "24", "3", "4", "7")


def _random_points_in(
    geoms: np.ndarray, rng: np.random.Generator, max_rounds: int = 200
) -> np.ndarray:
    """One uniform random point inside each polygon of ``geoms`` (vectorised rejection)."""
    shapely.prepare(geoms)
    bounds = shapely.bounds(geoms)
    out = np.full((len(geoms), 2), np.nan)
    todo = np.arange(len(geoms))
    for _ in range(max_rounds):
        if todo.size == 0:
            break
        b = bounds[todo]
        x = rng.uniform(b[:, 0], b[:, 2])
        y = rng.uniform(b[:, 1], b[:, 3])
        ok = shapely.contains_xy(geoms[todo], x, y)
        out[todo[ok]] = np.c_[x[ok], y[ok]]
        todo = todo[~ok]
    if todo.size:  # thin slivers: fall back to a point guaranteed inside
        pts = shapely.point_on_surface(geoms[todo])
        out[todo] = np.c_[shapely.get_x(pts), shapely.get_y(pts)]
    return out


def _read_tables(shared: Path) -> pd.DataFrame:
    """Real sector codes, residents, BIMD income score and names."""
    belgium = shared / "belgium"
    pop = pd.read_csv(belgium / "statbel_sector_population_2019.csv", dtype={"CS01012020": str})
    bimd = pd.read_csv(
        belgium / "bimd2011_domains_statistical_sector.csv",
        dtype={"CD_RES_SECTOR": str},
        usecols=["CD_RES_SECTOR", "exp_score_income_domain"],
    )
    names = pd.read_csv(
        belgium / "bimd2011_sector_names_latin1.csv",
        encoding="latin-1",
        dtype={"CD_RES_SECTOR": str},
        usecols=["CD_RES_SECTOR", "SECTOR_NAME", "COMMUNE"],
    ).drop_duplicates("CD_RES_SECTOR")
    table = pop.rename(columns={"CS01012020": "sector_id", "POPULATION": "population"})
    table = table.merge(
        bimd.rename(
            columns={"CD_RES_SECTOR": "sector_id", "exp_score_income_domain": "bimd_income_score"}
        ),
        on="sector_id",
        how="left",
        validate="one_to_one",
    )
    table = table.merge(
        names.rename(
            columns={"CD_RES_SECTOR": "sector_id", "SECTOR_NAME": "name", "COMMUNE": "municipality"}
        ),
        on="sector_id",
        how="left",
        validate="one_to_one",
    )
    table["name"] = table["name"].fillna("")
    table["municipality"] = table["municipality"].fillna(table["sector_id"].str[:5])
    table["population"] = table["population"].astype("float64")
    return table.sort_values("sector_id").reset_index(drop=True)


def _outline(
    shared: Path,
) -> tuple[shapely.Geometry, shapely.Geometry, gpd.GeoDataFrame, np.ndarray]:
    """(Belgium outline, Wallonia part, Flemish neighbourhoods, Walloon OSM points xy)."""
    wijken = gpd.read_file(shared / "flanders" / "ggw72024.shp").to_crs(CRS)
    flanders = shapely.union_all(wijken.geometry.to_numpy())
    osm = gpd.read_file(shared / "belgium" / "osm2015_health_points_belgium.geojson").to_crs(CRS)
    xy = np.c_[osm.geometry.x.to_numpy(), osm.geometry.y.to_numpy()]
    shapely.prepare(flanders)
    south = ~shapely.contains_xy(flanders, xy[:, 0], xy[:, 1]) & (xy[:, 1] < 200_000)
    walloon_xy = xy[south]
    hull = shapely.MultiPoint(walloon_xy).convex_hull.buffer(3_000)
    wallonia = shapely.difference(hull, flanders).buffer(0)
    belgium = shapely.union(flanders, wallonia).simplify(50)
    return belgium, wallonia, wijken, walloon_xy


def make_belgium_case(
    n_centres: int = 6000, seed: int = 0, shared: Path | str = DEFAULT_SHARED
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """SYNTHETIC Belgium-scale (sectors, centres) with real codes, residents and BIMD scores.

    See the module docstring for what is real and what is synthetic. Deterministic per seed.
    """
    shared = Path(shared)
    rng = np.random.default_rng(seed)
    table = _read_tables(shared)
    belgium, wallonia, wijken, walloon_xy = _outline(shared)

    # seeds: Flemish/Brussels sectors inside their real 2024 neighbourhood
    link = pd.read_excel(shared / "flanders" / "statsec2024_ggw72024.xlsx", dtype=str)
    wijk_of = dict(zip(link["statsec2024"], link["ggw72024"], strict=False))
    wijk_geom = dict(zip(wijken["geoitem"].astype(str), wijken.geometry.to_numpy(), strict=False))
    n = len(table)
    region = np.empty(n, dtype=object)
    for i, code in enumerate(table["sector_id"]):
        g = wijk_geom.get(wijk_of.get(code, ""))
        if g is None and code.startswith(_FLEMISH_PREFIXES):
            g = wijken.geometry.iloc[int(rng.integers(len(wijken)))]
        region[i] = g
    seeds = np.full((n, 2), np.nan)
    flemish = np.array([g is not None for g in region])
    seeds[flemish] = _random_points_in(region[flemish], rng)

    # Walloon sectors: 60 % near a 2015 OSM health point (jitter 2.5 km), the rest uniform
    walloon = np.flatnonzero(~flemish)
    near = walloon[rng.random(walloon.size) < 0.6]
    todo = near
    shapely.prepare(wallonia)
    for _ in range(50):
        if todo.size == 0:
            break
        base = walloon_xy[rng.integers(len(walloon_xy), size=todo.size)]
        cand = base + rng.normal(0.0, 2_500.0, size=(todo.size, 2))
        ok = shapely.contains_xy(wallonia, cand[:, 0], cand[:, 1])
        seeds[todo[ok]] = cand[ok]
        todo = todo[~ok]
    rest = np.setdiff1d(walloon, near[np.isfinite(seeds[near, 0])])
    seeds[rest] = _random_points_in(np.full(rest.size, wallonia, dtype=object), rng)

    # Voronoi cells of the seeds, clipped to the outline
    cells = shapely.voronoi_polygons(
        shapely.MultiPoint(seeds), extend_to=belgium.envelope.buffer(10_000), ordered=True
    )
    cells = np.asarray(shapely.get_parts(cells))
    shapely.prepare(belgium)
    inside = shapely.contains_properly(belgium, cells)
    cells[~inside] = shapely.intersection(cells[~inside], belgium)
    sectors = gpd.GeoDataFrame(table, geometry=cells, crs=CRS)
    sectors = sectors[
        ["sector_id", "name", "municipality", "population", "bimd_income_score", "geometry"]
    ]

    # centres: a sector drawn with probability proportional to residents, a point inside it
    pop = sectors["population"].to_numpy()
    pick = rng.choice(n, size=n_centres, p=pop / pop.sum())
    xy = _random_points_in(sectors.geometry.to_numpy()[pick], rng)
    step_free = pd.array(rng.random(n_centres) < 0.6, dtype="boolean")
    step_free[rng.random(n_centres) < 0.3] = pd.NA
    centres = gpd.GeoDataFrame(
        {
            "centre_id": [f"syn-{i + 1:05d}" for i in range(n_centres)],
            "name": [f"Synthetic centre {i + 1}" for i in range(n_centres)],
            "type": rng.choice(
                ["gp_practice", "health_centre", "other"], size=n_centres, p=[0.7, 0.2, 0.1]
            ),
            "gp_fte": rng.integers(1, 9, size=n_centres).astype("float64"),
            "step_free": step_free,
            "year_open": pd.array([pd.NA] * n_centres, dtype="Int64"),
            "year_close": pd.array([pd.NA] * n_centres, dtype="Int64"),
            "source": "synthetic (accessmap benchmark)",
        },
        geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]),
        crs=CRS,
    )
    return sectors, centres


def _write(sectors: gpd.GeoDataFrame, centres: gpd.GeoDataFrame, out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = (out / "belgium_sectors.gpkg", out / "belgium_centres.gpkg")
    for gdf, path, layer in zip((sectors, centres), paths, ("sectors", "centres"), strict=True):
        if path.exists():
            path.unlink()
        gdf.to_file(path, layer=layer, driver="GPKG", engine="pyogrio")
    return paths


def write_belgium_case(
    out: Path = CACHE_DIR, n_centres: int = 6000, seed: int = 0, shared: Path = DEFAULT_SHARED
) -> tuple[Path, Path]:
    """Build the case and write ``belgium_sectors.gpkg`` and ``belgium_centres.gpkg``."""
    sectors, centres = make_belgium_case(n_centres=n_centres, seed=seed, shared=shared)
    return _write(sectors, centres, out)


def load_belgium_case(
    out: Path = CACHE_DIR, shared: Path = DEFAULT_SHARED
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Read the cached case (building it with the defaults when missing)."""
    s_path, c_path = out / "belgium_sectors.gpkg", out / "belgium_centres.gpkg"
    if not (s_path.exists() and c_path.exists()):
        write_belgium_case(out, shared=shared)
    return gpd.read_file(s_path, layer="sectors"), gpd.read_file(c_path, layer="centres")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the synthetic Belgium benchmark case.")
    parser.add_argument("--out", type=Path, default=CACHE_DIR)
    parser.add_argument("--centres", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    sectors, centres = make_belgium_case(args.centres, args.seed, args.shared)
    t_build = time.perf_counter() - t0
    _write(sectors, centres, args.out)
    t_all = time.perf_counter() - t0
    area_km2 = sectors.area.sum() / 1e6
    print(f"sectors: {len(sectors)} (SYNTHETIC polygons, real codes and residents)")
    print(
        f"  residents {sectors['population'].sum():,.0f}, area {area_km2:,.0f} km2, "
        f"with BIMD income score {int(sectors['bimd_income_score'].notna().sum())}"
    )
    print(
        f"  median cell area {sectors.area.median() / 1e6:.3f} km2, "
        f"empty {int(sectors.is_empty.sum())}, invalid {int((~sectors.is_valid).sum())}"
    )
    print(f"centres: {len(centres)} (SYNTHETIC, population-weighted)")
    print(f"build {t_build:.1f} s, build + write {t_all:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
