"""An AnalysisResult of the real Brussels sample for the print and export tests and benchmark.

Uses ``core.sample.load_sample`` + ``core.pipeline.run_analysis`` when both import; until then
it computes the indicator columns here from the real files (sample_gis/, else the shared data)
with scipy's cKDTree, following INDICATORS.md (straight line, 800 m, E2SFCA Gaussian 1,500 m).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

from accessmap.core.model import AnalysisResult, SourceInfo
from accessmap.core.schema import ANALYSIS_CRS, SECTOR_OUTPUT_COLUMNS, Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_gis"
SHARED = ROOT.parent / "shared" / "data" / "brussels"


def _via_pipeline() -> AnalysisResult | None:
    try:
        from accessmap.core import io  # noqa: F401  (the loader needs it)
        from accessmap.core.pipeline import run_analysis
        from accessmap.core.sample import load_sample
    except ImportError:
        return None
    try:
        layers, settings = load_sample()
    except (ImportError, AttributeError):  # core.io still being written
        return None
    return run_analysis(layers, settings)


def _terciles(values: np.ndarray, high_is_3: bool) -> pd.Series:
    """Class 1..3 by thirds of the sectors with a value; ties share the first rank's class."""
    s = pd.Series(values)
    known = s.notna()
    rank = (s if high_is_3 else -s)[known].rank(method="min")
    cls = pd.Series(pd.NA, index=s.index, dtype="Int64")
    cls[known] = (1 + np.floor(3 * (rank.to_numpy() - 1) / known.sum())).astype(int)
    return cls


def _read_inputs() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, list[SourceInfo]]:
    if (SAMPLE / "brussels_sectors.gpkg").is_file():
        raw = gpd.read_file(SAMPLE / "brussels_sectors.gpkg", layer="sectors")
        sectors = gpd.GeoDataFrame(
            {
                "sector_id": raw["CS01012020"].astype(str),
                "name": raw["T_SEC_FR"].fillna("").astype(str),
                "municipality": raw["T_MUN_FR"].astype(str),
                "population": raw["POP"].astype(float),
                "poverty": raw["bimd_income_score"].astype(float),
            },
            geometry=shapely.force_2d(raw.geometry.to_numpy()),
            crs=raw.crs,
        )
        c = gpd.read_file(SAMPLE / "health_centres.gpkg", layer="centres")
        centres = gpd.GeoDataFrame(
            {
                "centre_id": c["centre_id"],
                "name": c["name"],
                "type": c["type"],
                "gp_fte": c["gp_fte"].astype(float),
            },
            geometry=c.geometry,
            crs=c.crs,
        )
        spath, cpath = SAMPLE / "brussels_sectors.gpkg", SAMPLE / "health_centres.gpkg"
    else:
        raw = gpd.read_file(SHARED / "statbel_sector_population_2020_brussels.gpkg")
        sectors = gpd.GeoDataFrame(
            {
                "sector_id": raw["SECTOR"].astype(str),
                "name": "",
                "municipality": raw["MUNICIP"].astype(str),
                "population": raw["POP"].astype(float),
                "poverty": np.nan,
            },
            geometry=shapely.force_2d(raw.geometry.to_numpy()),
            crs=raw.crs,
        )
        osm = gpd.read_file(SHARED / "osm_health_poi_2026-05_brussels.geojson")
        osm = osm[osm["maison_medicale"] == True].to_crs(ANALYSIS_CRS)  # noqa: E712
        centres = gpd.GeoDataFrame(
            {
                "centre_id": [f"osm-{i:04d}" for i in range(len(osm))],
                "name": osm["name"].astype(str).to_numpy(),
                "type": "health_centre",
                "gp_fte": np.nan,
            },
            geometry=osm.geometry.to_numpy(),
            crs=ANALYSIS_CRS,
        )
        spath = SHARED / "statbel_sector_population_2020_brussels.gpkg"
        cpath = SHARED / "osm_health_poi_2026-05_brussels.geojson"
    sources = [
        SourceInfo(
            "sectors",
            str(spath),
            "Statbel (Directorate-general Statistics - Statistics Belgium)",
            "2020",
        ),
        SourceInfo("indicators", str(spath), "BIMD 2011, Otavova et al. (2023)", "2011"),
        SourceInfo("centres", str(cpath), "© OpenStreetMap contributors (ODbL 1.0)", "2026"),
    ]
    return sectors.to_crs(ANALYSIS_CRS), centres.to_crs(ANALYSIS_CRS), sources


def build_sample_result(*, prefer_pipeline: bool = True) -> AnalysisResult:
    """The sample's AnalysisResult (pipeline if available, else computed here)."""
    if prefer_pipeline:
        result = _via_pipeline()
        if result is not None:
            return result
    settings = Settings(poverty_column="poverty", poorer="higher")
    sectors, centres, sources = _read_inputs()
    t = settings.threshold_m
    demand = shapely.point_on_surface(sectors.geometry.to_numpy())
    dxy = np.column_stack([shapely.get_x(demand), shapely.get_y(demand)])
    cxy = np.column_stack([centres.geometry.x, centres.geometry.y])
    tree = cKDTree(cxy)
    dist, idx = tree.query(dxy, k=3)
    within_counts = np.array([len(v) for v in tree.query_ball_point(dxy, t)])
    pop = sectors["population"].to_numpy(float)
    # E2SFCA, Gaussian, d0 = 1,500 m, sigma = 750 m, unknown capacity = 1 FTE.
    d0, sigma = settings.e2sfca_catchment_m, settings.e2sfca_catchment_m / 2
    pairs = cKDTree(dxy).sparse_distance_matrix(tree, d0, output_type="coo_matrix")
    w = np.exp(-(pairs.data**2) / (2 * sigma**2))
    demand_j = np.bincount(pairs.col, weights=pop[pairs.row] * w, minlength=len(cxy))
    r = np.divide(1.0, demand_j, out=np.zeros_like(demand_j), where=demand_j > 0)
    a = np.bincount(pairs.row, weights=r[pairs.col] * w, minlength=len(dxy))
    out = sectors.copy()
    out["poverty_class"] = _terciles(out["poverty"].to_numpy(float), True)
    out["dist_nearest_m"] = dist[:, 0]
    out["nearest_centre_id"] = centres["centre_id"].to_numpy()[idx[:, 0]]
    out["dist_3rd_m"] = dist[:, 2]
    out["centres_within"] = within_counts
    out["within_threshold"] = pd.array(dist[:, 0] <= t, dtype="boolean")
    out["capacity_within"] = within_counts.astype(float)
    out["e2sfca_per_10k"] = 10_000 * a
    out["in_catchment"] = pd.array([pd.NA] * len(out), dtype="boolean")
    for col in ("dist_nearest_step_free_m", "walk_nearest_m", "walk_nearest_min", "detour_index"):
        out[col] = np.nan
    out["walk_nearest_centre_id"] = ""
    out["snapped"] = pd.array([pd.NA] * len(out), dtype="boolean")
    out["access_class"] = 4 - _terciles(dist[:, 0], True)  # A1 = the longest distances
    pc, ac = out["poverty_class"], out["access_class"]
    out["bivariate_class"] = [
        f"P{p}A{q}" if not pd.isna(p) else "" for p, q in zip(pc, ac, strict=True)
    ]
    out["gap_class"] = np.where(out["bivariate_class"] == "P3A1", "double_disadvantage", "")
    out["demand_x"], out["demand_y"] = dxy[:, 0], dxy[:, 1]
    out = out[[*SECTOR_OUTPUT_COLUMNS, "demand_x", "demand_y", "geometry"]]
    within = dist[:, 0] <= t
    poor = (out["poverty_class"] == 3).fillna(False).to_numpy(bool)
    gap = out["gap_class"].to_numpy() == "double_disadvantage"
    summary = {
        "n_sectors": len(out),
        "population": float(pop.sum()),
        "threshold_m": t,
        "distance_kind": "straight_line",
        "share_population_within_threshold": float(pop[within].sum() / pop.sum()),
        "share_poor_population_within_threshold": float(pop[poor & within].sum() / pop[poor].sum()),
        "poor_population_beyond_threshold": float(pop[poor & ~within].sum()),
        "concentration_index": None,
        "gap_sectors": int(gap.sum()),
        "gap_population": float(pop[gap].sum()),
        "assumed_capacity_centres": len(centres),
        "crs": ANALYSIS_CRS,
    }
    return AnalysisResult(
        sectors=out,
        centres=centres,
        summary=summary,
        quintiles=pd.DataFrame(),
        curve=pd.DataFrame(),
        settings=settings,
        sources=tuple(sources),
    )
