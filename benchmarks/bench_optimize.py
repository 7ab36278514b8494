"""Site suggestion (maximal covering): spopt vs our sparse exact model vs greedy.

- Brussels sample (724 sectors, 77 centres, straight line, 800 m): every sector's demand point
  is a candidate; k = 1..5. spopt = PySAL ``MCLP.from_cost_matrix`` + CBC on the reduced
  problem; exact = the same integer programme built sparsely (PuLP + CBC, greedy warm start);
  greedy = marginal gains.
- Belgium scale (benchmarks/belgium_case.py: ~19,800 sectors with real residents and BIMD
  income scores, SYNTHETIC geometry and 6,000 synthetic centres): 2,000 candidates drawn at
  random among the sector demand points (seeded); k = 1..5 and 10, 20; then 2,000 candidates
  drawn among the demand points of the poor sectors still beyond reach (a harder case), up to
  k = 100. spopt is skipped when its dense matrix would exceed ``SPOPT_MAX_CELLS``.
- Brussels again at 400 m (more demand left uncovered, up to k = 40).

- Scale (``--scale``; each case in a fresh process, peak memory = max RSS of the process and of
  its CBC child): the Belgium case with EVERY sector's demand point a candidate (19,794), k = 10,
  method auto; a 200,000-point SYNTHETIC case (each Belgium sector split into 10 demand points
  jittered around its own, a tenth of its residents each; all 200,000 are candidates; 800 m),
  auto and greedy; then with no existing centre (all poor points to cover): auto (greedy beyond
  the exact limit), exact (refused before anything is built, message shown), greedy at 2,000 m
  and 5,000 m (refused when it cannot fit in half the available memory).

Weights: residents of the poorest third of sectors (poverty_class 3) not already within the
threshold. Prints the newly covered poor residents, the greedy gap to the optimum and times.
Run: ``python benchmarks/bench_optimize.py [--no-belgium] [--candidates 2000] [--scale]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from accessmap.core.model import Layers
from accessmap.core.optimize import SPOPT_MAX_CELLS, demand_weights, suggest_sites
from accessmap.core.pipeline import run_analysis
from accessmap.core.schema import Settings


def run(
    label: str, layers: Layers, settings: Settings, n_cand: int | None, ks, among_gaps=False
) -> None:
    res = run_analysis(layers, settings)
    s = res.sectors
    xy = s[["demand_x", "demand_y"]].to_numpy(float)
    w = demand_weights(res)
    covered = s["within_threshold"].to_numpy(bool)
    cand = xy
    if n_cand is not None:
        rng = np.random.default_rng(0)
        pool = np.flatnonzero((w > 0) & ~covered) if among_gaps else np.arange(len(xy))
        cand = xy[np.sort(rng.choice(pool, min(n_cand, len(pool)), replace=False))]
    exy = np.column_stack([res.centres.geometry.x, res.centres.geometry.y])
    t = settings.effective_threshold_m
    print(
        f"\n{label}: {len(xy)} sectors, {len(cand)} candidates, {len(exy)} centres, {t:g} m; "
        f"poor residents {w.sum():,.0f}, already covered {w[covered].sum():,.0f}"
    )
    print(
        "   k | newly covered: spopt      exact     greedy | greedy gap | time s: spopt "
        " exact greedy | reduced rows x cols"
    )
    for k in ks:
        out = {}
        for method in ("spopt", "exact", "greedy"):
            try:
                out[method] = suggest_sites(xy, w, cand, exy, t, k, method=method, covered=covered)
            except Exception as exc:  # spopt refused: dense matrix too large
                out[method] = exc
        ex, gr, sp = out["exact"], out["greedy"], out["spopt"]
        sp_ok = not isinstance(sp, Exception)
        gap = (ex.newly_covered - gr.newly_covered) / ex.newly_covered if ex.newly_covered else 0
        sp_cov = f"{sp.newly_covered:10,.0f}" if sp_ok else "       n/a"
        sp_t = f"{sp.solve_time_s:6.2f}" if sp_ok else "   n/a"
        flag = "" if not sp_ok or abs(sp.newly_covered - ex.newly_covered) < 1e-6 else " MISMATCH"
        print(
            f"  {k:2d} | {sp_cov} {ex.newly_covered:10,.0f} {gr.newly_covered:10,.0f} | "
            f"{100 * gap:8.2f} % | {sp_t} {ex.solve_time_s:6.2f} {gr.solve_time_s:6.3f} | "
            f"{ex.n_demand} x {ex.n_candidates} ({ex.status}){flag}"
        )


def _synthetic_200k(threshold_m: float):
    """200,000 demand points: each Belgium-case sector split into 10 (SYNTHETIC)."""
    from belgium_case import load_belgium_case

    from accessmap.core import distance, gaps

    sectors, centres = load_belgium_case()
    rng = np.random.default_rng(0)
    pts = sectors.geometry.representative_point()
    base = np.column_stack([pts.x, pts.y])
    spread = np.sqrt(sectors.area.to_numpy()) / 3.0
    xy = (
        np.repeat(base, 10, axis=0)
        + rng.normal(size=(10 * len(base), 2)) * np.repeat(spread, 10)[:, None]
    )
    pop = np.repeat(sectors["population"].to_numpy(float) / 10.0, 10)
    pclass = gaps.poverty_class(sectors["bimd_income_score"].to_numpy(float), True)
    poor = np.repeat((pclass == 3).fillna(False).to_numpy(bool), 10)
    w = np.where(poor, pop, 0.0)
    exy = np.column_stack([centres.geometry.x, centres.geometry.y])
    d, _ = distance.nearest_k(xy, exy, k=1)
    return xy, w, exy, d[:, 0] <= threshold_m


def scale_case(name: str) -> None:
    """One scale case in this process; prints time and peak memory (self + CBC child)."""
    import resource
    import time

    from accessmap.core.errors import AccessmapError
    from accessmap.core.optimize import estimate_size, suggest_from_result

    t0 = time.perf_counter()
    if name == "belgium":
        from belgium_case import load_belgium_case

        sectors, centres = load_belgium_case()
        res = run_analysis(Layers(sectors, centres), Settings(poverty_column="bimd_income_score"))
        t1 = time.perf_counter()
        sugg, _ = suggest_from_result(res, 10)
        label = f"Belgium case, {len(sectors):,} sectors, all candidates, k=10, auto"
    else:
        _, t, method, *none = name.split(":")
        t = float(t)
        xy, w, exy, covered = _synthetic_200k(t)
        if none:  # no existing centre: every poor point is still to cover
            exy, covered = exy[:0], np.zeros(len(xy), bool)
        est, _, _ = estimate_size(xy, np.where(covered, 0.0, w), xy, t)
        t1 = time.perf_counter()
        what = "no existing centre" if none else f"{len(exy):,} centres"
        label = f"synthetic 200,000 points, {what}, all candidates, {t:g} m, k=10, {method}; {est}"
        try:
            sugg = suggest_sites(xy, w, xy, exy, t, 10, method=method, covered=covered)
        except AccessmapError as exc:
            print(f"{label}\n  refused after {time.perf_counter() - t1:.2f} s: {exc.message}")
            return
    t2 = time.perf_counter()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{label}\n  suggest {t2 - t1:.1f} s (setup {t1 - t0:.1f} s), peak RSS {own:,.0f} MB "
        f"(children {child:,.0f} MB); {sugg.method} / {sugg.status}, reduced "
        f"{sugg.n_demand:,} x {sugg.n_candidates:,}, newly covered {sugg.newly_covered:,.0f}"
        + (f"\n  note: {sugg.note}" if sugg.note else "")
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-belgium", action="store_true")
    ap.add_argument("--candidates", type=int, default=2000)
    ap.add_argument("--scale", action="store_true", help="only the scale cases")
    ap.add_argument("--case", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.case:
        scale_case(args.case)
        return 0
    if args.scale:
        import subprocess

        cases = ["belgium", "200k:800:auto", "200k:800:greedy", "200k:800:auto:none"]
        cases += ["200k:800:exact:none", "200k:2000:greedy:none", "200k:5000:greedy:none"]
        cases += ["200k:5000:exact:none"]
        for case in cases:
            subprocess.run([sys.executable, __file__, "--case", case], check=True)
        return 0
    import spopt.locate  # noqa: F401  (import once, outside the timings)

    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    run("Brussels sample", layers, settings, None, range(1, 6))
    run("Brussels sample, 400 m", layers, settings.replace(threshold_m=400.0), None,
        [1, 2, 3, 4, 5, 10, 20, 40])  # fmt: skip
    if not args.no_belgium:
        from belgium_case import load_belgium_case

        sectors, centres = load_belgium_case()
        print(f"(spopt is refused above {SPOPT_MAX_CELLS:,} dense cells)")
        run(
            "Belgium scale (synthetic geometry)",
            Layers(sectors, centres),
            Settings(poverty_column="bimd_income_score"),
            args.candidates,
            [1, 2, 3, 4, 5, 10, 20],
        )
        run(
            "Belgium scale, candidates among uncovered poor sectors",
            Layers(sectors, centres),
            Settings(poverty_column="bimd_income_score"),
            args.candidates,
            [1, 5, 10, 20, 50, 100],
            among_gaps=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
