"""Build the bundled Brussels sample in ``sample_gis/`` from the real data in ``../shared/data``.

Run from the repository root::

    python sample_gis/build_sample.py [--shared ../shared/data] [--out sample_gis]
                                      [--no-monitoring]

Writes (deterministically: same inputs, same tables; GeoPackage timestamps are pinned):

- ``brussels_sectors.gpkg`` (layer ``sectors``): the 724 Statbel 2020 statistical sectors with
  names, residents on 1-1-2020, BIMD 2011 income/overall scores and deciles (where the sector
  code exists in the BIMD: 675) and the BIM share 2024 of the Monitoring des Quartiers district
  the sector's representative point lies in.
- ``health_centres.gpkg`` (layer ``centres``): OpenStreetMap maisons médicales and primary-care
  candidates, de-duplicated, typed; capacities, step-free access and opening years left empty
  (unknown: nothing is invented).
- ``bimd2011_brussels.csv``: the BIMD 2011 rows of the Brussels sectors, ``;``-separated with a
  decimal comma, as Belgian tables come (to demonstrate an indicator-table join).
- ``brussels_streets.gpkg`` (layer ``streets``): the UrbIS street axes of the region (mid-2018,
  22,808 lines, geometry and ``seg_id`` only), exact coordinates (not simplified: lines must keep
  sharing their vertices at junctions), 2D, sorted by ``seg_id``, without a spatial index (3.8 MB
  instead of 5.2 MB). "Brussels UrbIS®©" (paradigm.brussels).

Uses geopandas directly (not ``accessmap.core.io``) so that it stands alone. The app never needs
``../shared`` at run time: only the files written here ship.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

__all__ = [
    "build_all",
    "build_bimd_table",
    "build_centres",
    "build_sectors",
    "build_streets",
    "main",
]

CRS = "EPSG:31370"
HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared" / "data"
#: Pinned GeoPackage timestamp (gpkg_contents.last_change), so rebuilt files are identical.
GPKG_DATE = "2026-05-01T00:00:00Z"

DEDUP_SAME_NAME_M = 50.0  # same normalised name within this distance = one centre
DEDUP_SAME_POINT_M = 1.0  # any two points this close = one centre
NEAR_DUPLICATE_REPORT_M = 300.0  # similar names this close are reported, not merged

_HEALTH_CENTRE_WORDS = ("maison medicale", "wijkgezondheidscentrum")
_GP_NAME_WORDS = (
    "medecin",
    "huisarts",
    "cabinet medical",
    "groupe medical",
    "generaliste",
    "medical practice",
    "general practice",
    "dokter",
)


def normalise_name(name: object) -> str:
    """Lower case, accents and punctuation removed, ``st`` -> ``saint``: for comparing names."""
    if name is None or (isinstance(name, float) and np.isnan(name)):
        return ""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"\bst\b", "saint", text)


# --- sectors -----------------------------------------------------------------------------------
def build_sectors(shared: Path, *, monitoring: bool = True) -> gpd.GeoDataFrame:
    """The 724 Brussels sectors with population, BIMD 2011 and (optionally) the district BIM share."""
    brussels = shared / "brussels"
    pop = gpd.read_file(brussels / "statbel_sector_population_2020_brussels.gpkg")
    names = gpd.read_file(brussels / "statbel_sectors_2020_brussels.gpkg", ignore_geometry=True)
    name_cols = ["CS01012020", "T_SEC_NL", "T_SEC_FR", "CNIS5_2020", "T_MUN_NL", "T_MUN_FR"]
    sectors = pop.rename(columns={"SECTOR": "CS01012020"}).merge(
        names[name_cols], on="CS01012020", how="left", validate="one_to_one"
    )
    if sectors["CNIS5_2020"].isna().any():
        raise SystemExit("Some population sectors have no name row: the inputs disagree.")
    sectors = sectors.set_crs(CRS, allow_override=True) if sectors.crs is None else sectors
    sectors = sectors.to_crs(CRS)
    sectors["geometry"] = sectors.geometry.force_2d()
    sectors["POP"] = sectors["POP"].astype("int64")

    bimd = pd.read_csv(
        shared / "belgium" / "bimd2011_domains_statistical_sector.csv",
        dtype={"CD_RES_SECTOR": str},
    )
    bimd = bimd.rename(
        columns={
            "CD_RES_SECTOR": "CS01012020",
            "exp_score_income_domain": "bimd_income_score",
            "deciles_income_domain": "bimd_income_decile",
            "BIMD2011_score": "bimd_score",
            "BIMD2011_deciles_domain": "bimd_decile",
        }
    )[["CS01012020", "bimd_income_score", "bimd_income_decile", "bimd_score", "bimd_decile"]]
    sectors = sectors.merge(bimd, on="CS01012020", how="left", validate="one_to_one")
    for col in ("bimd_income_decile", "bimd_decile"):
        sectors[col] = sectors[col].astype("Int64")

    columns = [*name_cols, "POP", "bimd_income_score", "bimd_income_decile", "bimd_score"]
    columns.append("bimd_decile")
    if monitoring:
        districts = gpd.read_file(brussels / "monitoring_quartiers_vulnerability_brussels.geojson")
        districts = districts.to_crs(CRS)[["territory_code", "territory", "bim_rate", "geometry"]]
        points = gpd.GeoDataFrame(
            {"CS01012020": sectors["CS01012020"]},
            geometry=sectors.representative_point(),
            crs=CRS,
        )
        hit = gpd.sjoin(points, districts, how="left", predicate="within")
        hit = hit[~hit.index.duplicated(keep="first")]
        sectors["district_code"] = hit["territory_code"].astype("Int64").to_numpy()
        sectors["district_name"] = (
            hit["territory"].astype("str").where(hit["territory"].notna(), None).to_numpy()
        )
        sectors["bim_rate_district"] = hit["bim_rate"].astype("float64").to_numpy()
        columns += ["district_code", "district_name", "bim_rate_district"]

    sectors = sectors.sort_values("CS01012020").reset_index(drop=True)
    return gpd.GeoDataFrame(sectors[columns], geometry=sectors.geometry.to_numpy(), crs=CRS)


# --- centres -----------------------------------------------------------------------------------
def classify_centre(row: pd.Series) -> str:
    """``health_centre`` (maison médicale / wijkgezondheidscentrum), ``gp_practice`` or ``other``."""
    name = normalise_name(row.get("name"))
    if bool(row.get("maison_medicale")) or any(w in name for w in _HEALTH_CENTRE_WORDS):
        return "health_centre"
    healthcare = str(row.get("healthcare") or "").split(";")
    speciality = str(row.get("healthcare:speciality") or "").split(";")
    if (
        "doctor" in healthcare
        or row.get("amenity") == "doctors"
        or "general" in speciality
        or "general_practice" in speciality
        or (any(w in name for w in _GP_NAME_WORDS) and "dentaire" not in name)
    ):
        return "gp_practice"
    return "other"


def _duplicate_groups(xy: np.ndarray, names: list[str]) -> np.ndarray:
    """Group label per point: same point, or same normalised name within the distance."""
    n = len(names)
    parent = np.arange(n)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tree = cKDTree(xy)
    for i, j in sorted(tree.query_pairs(DEDUP_SAME_NAME_M)):
        d = float(np.hypot(*(xy[i] - xy[j])))
        if d <= DEDUP_SAME_POINT_M or (names[i] and names[i] == names[j]):
            parent[find(j)] = find(i)
    return np.array([find(i) for i in range(n)])


def build_centres(shared: Path) -> tuple[gpd.GeoDataFrame, list[str]]:
    """OSM maisons médicales and primary-care candidates, de-duplicated; returns (layer, report)."""
    osm = gpd.read_file(shared / "brussels" / "osm_health_poi_2026-05_brussels.geojson")
    keep = osm["maison_medicale"].astype(bool) | osm["primary_care_candidate"].astype(bool)
    pts = osm[keep].to_crs(CRS).copy()
    report = [f"OSM points selected (maison_medicale or primary_care_candidate): {len(pts)}"]
    pts["_norm"] = pts["name"].map(normalise_name)
    pts["_x"] = pts.geometry.x.round(3)
    pts["_y"] = pts.geometry.y.round(3)
    pts["_tags"] = pts.drop(columns=["geometry", "_norm", "_x", "_y"]).notna().sum(axis=1)
    pts = pts.sort_values(["_norm", "_x", "_y"], kind="mergesort").reset_index(drop=True)

    xy = np.c_[pts["_x"].to_numpy(), pts["_y"].to_numpy()]
    pts["_group"] = _duplicate_groups(xy, pts["_norm"].tolist())
    best = pts.sort_values(["_group", "_tags"], ascending=[True, False], kind="mergesort")
    dropped = best[best["_group"].duplicated(keep="first")]
    for _, row in dropped.iterrows():
        report.append(f"duplicate removed: {row['name']!r} ({row['_x']:.0f}, {row['_y']:.0f})")
    pts = pts.drop(index=dropped.index).reset_index(drop=True)

    xy = np.c_[pts["_x"].to_numpy(), pts["_y"].to_numpy()]
    for i, j in sorted(cKDTree(xy).query_pairs(NEAR_DUPLICATE_REPORT_M)):
        a, b = pts["_norm"].iloc[i], pts["_norm"].iloc[j]
        if a and a == b:
            d = float(np.hypot(*(xy[i] - xy[j])))
            report.append(
                f"kept, same name {d:.0f} m apart (two sites or a duplicate?): "
                f"{pts['name'].iloc[i]!r} / {pts['name'].iloc[j]!r}"
            )

    n = len(pts)
    centres = gpd.GeoDataFrame(
        {
            "centre_id": [f"osm-{i + 1:04d}" for i in range(n)],
            "name": pts["name"].astype("str").to_numpy(),
            "type": pts.apply(classify_centre, axis=1).to_numpy(),
            "gp_fte": np.full(n, np.nan),
            "step_free": pd.array([pd.NA] * n, dtype="boolean"),
            "year_open": pd.array([pd.NA] * n, dtype="Int64"),
            "amenity": pts["amenity"].to_numpy(),
            "healthcare": pts["healthcare"].to_numpy(),
            "healthcare_speciality": pts["healthcare:speciality"].to_numpy(),
            "source": "OpenStreetMap 2026-05",
        },
        geometry=gpd.points_from_xy(pts["_x"], pts["_y"]),
        crs=CRS,
    )
    counts = centres["type"].value_counts()
    report.append(
        f"centres kept: {n} ("
        + ", ".join(
            f"{t} {int(counts.get(t, 0))}" for t in ("health_centre", "gp_practice", "other")
        )
        + ")"
    )
    return centres, report


# --- indicator table ---------------------------------------------------------------------------
def build_bimd_table(shared: Path) -> pd.DataFrame:
    """The BIMD 2011 rows of the Brussels-Capital Region (NIS codes 21xxx), as published."""
    bimd = pd.read_csv(
        shared / "belgium" / "bimd2011_domains_statistical_sector.csv",
        dtype={"CD_RES_SECTOR": str},
    )
    rows = bimd[bimd["CD_RES_SECTOR"].str.startswith("21")]
    return rows.sort_values("CD_RES_SECTOR").reset_index(drop=True)


# --- street network ----------------------------------------------------------------------------
STREETS_SOURCE = "urbis_street_axis_2018_brussels.gpkg"


def build_streets(shared: Path) -> gpd.GeoDataFrame:
    """The UrbIS street axes as published (geometry untouched but 2D), sorted by ``seg_id``."""
    streets = gpd.read_file(shared / "brussels" / STREETS_SOURCE)
    if streets.crs is None or streets.crs.to_epsg() != 31370:
        raise SystemExit(f"{STREETS_SOURCE}: expected EPSG:31370, found {streets.crs}")
    streets = streets.sort_values("seg_id", kind="mergesort").reset_index(drop=True)
    geometry = streets.geometry.force_2d().to_numpy()
    return gpd.GeoDataFrame({"seg_id": streets["seg_id"]}, geometry=geometry, crs=CRS)


def _write_gpkg(gdf: gpd.GeoDataFrame, path: Path, layer: str, **options: str) -> None:
    if path.exists():
        path.unlink()
    gdf.to_file(path, layer=layer, driver="GPKG", engine="pyogrio", **options)


def build_all(shared: Path, out: Path, *, monitoring: bool = True) -> list[str]:
    """Write every sample file into ``out``; return the report lines."""
    os.environ["OGR_CURRENT_DATE"] = GPKG_DATE  # reproducible GeoPackages
    out.mkdir(parents=True, exist_ok=True)
    sectors = build_sectors(shared, monitoring=monitoring)
    _write_gpkg(sectors, out / "brussels_sectors.gpkg", "sectors")
    centres, report = build_centres(shared)
    _write_gpkg(centres, out / "health_centres.gpkg", "centres")
    streets = build_streets(shared)
    _write_gpkg(streets, out / "brussels_streets.gpkg", "streets", SPATIAL_INDEX="NO")
    table = build_bimd_table(shared)
    table.to_csv(
        out / "bimd2011_brussels.csv", sep=";", decimal=",", index=False, lineterminator="\n"
    )
    lines = [
        f"sectors: {len(sectors)}, residents {int(sectors['POP'].sum()):,}, "
        f"with BIMD income score {int(sectors['bimd_income_score'].notna().sum())}",
    ]
    if monitoring:
        lines.append(
            f"sectors with a district BIM share: {int(sectors['bim_rate_district'].notna().sum())}"
        )
    lines += report
    lines.append(f"BIMD table rows: {len(table)}")
    lines.append(f"street axes: {len(streets)} lines, {streets.length.sum() / 1000:,.0f} km")
    names = ("brussels_sectors.gpkg", "health_centres.gpkg", "bimd2011_brussels.csv")
    for name in (*names, "brussels_streets.gpkg"):
        lines.append(f"{name}: {(out / name).stat().st_size / 1e6:.2f} MB")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="../shared/data")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (sample_gis/)")
    parser.add_argument(
        "--no-monitoring",
        action="store_true",
        help="leave out the Monitoring des Quartiers district columns",
    )
    args = parser.parse_args(argv)
    if not (args.shared / "brussels").is_dir():
        print(f"No shared data at {args.shared}: pass --shared.", file=sys.stderr)
        return 2
    for line in build_all(args.shared, args.out, monitoring=not args.no_monitoring):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
