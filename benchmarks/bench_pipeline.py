"""Whole-pipeline speed and memory at Belgium scale, against a bare sjoin_nearest floor.

~19,800 synthetic sector polygons with the real 2019 populations (benchmarks/belgium_case.py)
and 6,000 centres. Prints:

- the floor: ``geopandas.sjoin_nearest`` of the demand points to the centres (nearest only);
- ``run_analysis`` with the full indicator set (nearest, 3rd nearest, centres within, E2SFCA,
  classes, equity), its ratio to the floor, and the peak memory (tracemalloc, which numpy
  reports to, and the process's peak RSS);
- the same on the Brussels sample (724 sectors).

Run: ``python benchmarks/bench_pipeline.py [--centres 6000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import geopandas as gpd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from belgium_case import make_belgium_case

from accessmap.core import demand
from accessmap.core.model import Layers
from accessmap.core.pipeline import run_analysis
from accessmap.core.schema import Settings


def best_of(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def bench(layers: Layers, settings: Settings, label: str, repeat: int) -> None:
    sectors, centres = layers.sectors, layers.centres
    pts = gpd.GeoDataFrame(
        geometry=gpd.points_from_xy(*demand.demand_points(sectors).T), crs=sectors.crs
    )

    def floor():
        return gpd.sjoin_nearest(pts, centres[["geometry"]], distance_col="d")

    def floor_with_points():
        p = gpd.GeoDataFrame(geometry=sectors.representative_point(), crs=sectors.crs)
        return gpd.sjoin_nearest(p, centres[["geometry"]], distance_col="d")

    t_floor, _ = best_of(floor, repeat)
    t_floor_pts, _ = best_of(floor_with_points, repeat)
    t_full, result = best_of(lambda: run_analysis(layers, settings), repeat)
    tracemalloc.start()
    run_analysis(layers, settings)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n== {label}: {len(sectors):,} sectors, {len(centres):,} centres")
    print(f"floor sjoin_nearest (points given)        {t_floor * 1000:9.1f} ms")
    print(f"floor sjoin_nearest (+ representative pts) {t_floor_pts * 1000:8.1f} ms")
    print(f"run_analysis, full indicator set           {t_full * 1000:8.1f} ms")
    print(f"ratio full / floor (points given)          {t_full / t_floor:8.2f} x")
    print(f"ratio full / floor (+ representative pts)  {t_full / t_floor_pts:8.2f} x")
    print(f"peak traced memory of one run              {peak / 2**20:8.1f} MiB")
    print(f"process peak RSS so far                    {rss:8.1f} MiB")
    s = result.summary
    print(
        f"share within {s['threshold_m']:.0f} m: {s['share_population_within_threshold']:.3f}; "
        f"poor within: {s['share_poor_population_within_threshold']}; "
        f"E = {s['concentration_index']}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--centres", type=int, default=6000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    t = time.perf_counter()
    sectors, centres = make_belgium_case(n_centres=args.centres)
    print(f"built the Belgium-scale case in {time.perf_counter() - t:.1f} s")
    layers = Layers(sectors=sectors, centres=centres)  # canonical columns, EPSG:31370
    poverty = "bimd_income_score" if "bimd_income_score" in sectors else None
    bench(layers, Settings(poverty_column=poverty), "Belgium scale", args.repeat)
    try:
        from accessmap.core.sample import load_sample

        layers, settings = load_sample()
        bench(layers, settings, "Brussels sample", args.repeat)
    except Exception as exc:  # the sample is optional for this benchmark
        print(f"(Brussels sample skipped: {exc})")


if __name__ == "__main__":
    main()
