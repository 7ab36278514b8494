"""One scenario edit: incremental update vs full recompute (straight line; network when ready).

On the Brussels sample (724 sectors, 77 centres) and the synthetic Belgium-scale case
(~19,800 sectors, 6,000 centres; benchmarks/belgium_case.py), prints the median time of

- a full recompute of nearest / 3rd nearest / centres and capacity within the threshold
  (a fresh :class:`ScenarioEngine`, as a reference in the same process);
- the same figures updated incrementally after one edit (add, move, remove), and the edit
  path the GUI runs: command ``do`` -> ``scenario.centres()`` -> ``engine.update``;
- ``core.pipeline.run_analysis`` on the scenario (everything the map shows), for scale.

Every incremental result is checked against the full recompute (bit for bit).
Run: ``python benchmarks/bench_edit.py [--edits 30] [--no-belgium]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from accessmap.core.commands import AddCentre, MoveCentre, RemoveCentre, Scenario
from accessmap.core.demand import demand_points
from accessmap.core.model import Layers
from accessmap.core.pipeline import run_analysis
from accessmap.core.scenario import ScenarioEngine, evaluate, scenario_layers
from accessmap.core.schema import Settings


def _ms(times: list[float]) -> float:
    return 1000 * statistics.median(times)


def _same(a, b) -> bool:
    for f in a.__dataclass_fields__:
        x, y = getattr(a, f), getattr(b, f)
        if x is None or y is None:
            if not (x is None and y is None):
                return False
        elif not np.array_equal(x, y, equal_nan=x.dtype != object):
            return False
    return True


def bench(
    label: str, layers: Layers, settings: Settings, n_edits: int, pipeline: bool, net=None
) -> None:
    rng = np.random.default_rng(0)
    xy = demand_points(layers.sectors)
    t = settings.effective_threshold_m
    scen = Scenario(label, layers.centres, settings)
    full = []
    for _ in range(3 if net is not None else 5):
        t0 = time.perf_counter()
        evaluate(xy, scen.centres(), t, network=net)
        full.append(time.perf_counter() - t0)
    eng = ScenarioEngine(xy, scen.centres(), t, network=net)
    lo, hi = (
        xy[np.isfinite(xy).all(axis=1)].min(axis=0),
        xy[np.isfinite(xy).all(axis=1)].max(axis=0),
    )
    times = {"add": [], "move": [], "remove": []}
    edit_path, checked = [], 0
    for i in range(n_edits):
        kind = ("add", "move", "remove")[i % 3]
        ids = scen.centres()["centre_id"].tolist()
        p = rng.uniform(lo, hi)
        if kind == "add":
            cmd = AddCentre.new(scen, float(p[0]), float(p[1]), gp_fte=2.0)
        elif kind == "move":
            cmd = MoveCentre(ids[int(rng.integers(len(ids)))], float(p[0]), float(p[1]))
        else:
            cmd = RemoveCentre(ids[int(rng.integers(len(ids)))])
        t0 = time.perf_counter()
        if kind == "add":
            eng.add_centre(cmd.centre_id, cmd.x, cmd.y, 2.0)
        elif kind == "move":
            eng.move_centre(cmd.centre_id, cmd.x, cmd.y)
        else:
            eng.remove_centre(cmd.centre_id)
        times[kind].append(time.perf_counter() - t0)
        scen = cmd.do(scen)
        if i % 5 == 0:
            checked += 1
            ref = evaluate(xy, scen.centres(), t, network=net)
            assert _same(eng.result(), ref), "incremental != full"
    for _ in range(max(3, n_edits // 3)):  # the GUI path: command, centres, engine update
        p = rng.uniform(lo, hi)
        cmd = AddCentre.new(scen, float(p[0]), float(p[1]))
        t0 = time.perf_counter()
        scen = cmd.do(scen)
        eng.update(scen.centres())
        eng.result()
        edit_path.append(time.perf_counter() - t0)
        scen = cmd.undo(scen)
        eng.update(scen.centres())
    f = _ms(full)
    kind = f"walking, {net.n_nodes:,} nodes" if net is not None else "straight line"
    print(f"\n{label}: {len(xy)} sectors, {len(layers.centres)} centres, {t:g} m, {kind}")
    print(f"  full recompute (reference)        {f:9.2f} ms")
    for kind, ts in times.items():
        m = _ms(ts)
        print(
            f"  incremental {kind:<6} (median of {len(ts):2d}) {m:9.3f} ms   {f / m:7.0f}x faster"
        )
    m = _ms(edit_path)
    print(f"  edit path do+centres+update       {m:9.2f} ms   {f / m:7.1f}x faster")
    print(f"  incremental == full recompute: checked {checked} times, all identical")
    if pipeline:
        t0 = time.perf_counter()
        run_analysis(scenario_layers(layers.replace(network=net), scen), scen.current_settings)
        print(f"  run_analysis (all indicators)     {1000 * (time.perf_counter() - t0):9.1f} ms")


def brussels_grid(layers: Layers, side: int):
    """A SYNTHETIC jittered street grid (80 m blocks) laid over the Brussels sample's extent:
    no real Brussels street network is bundled (sample_gis/README.md)."""
    from bench_network import grid_lines

    from accessmap.core.network import WalkNetwork

    x0, y0, _, _ = layers.sectors.total_bounds
    t0 = time.perf_counter()
    lines = grid_lines(side)
    lines = lines.set_geometry(lines.translate(x0 - 150_000.0 - 500.0, y0 - 170_000.0 - 500.0))
    net = WalkNetwork.from_lines(lines)
    print(f"\n(street grid {side}x{side} over Brussels built in {time.perf_counter() - t0:.1f} s)")
    return net


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edits", type=int, default=30)
    ap.add_argument("--no-belgium", action="store_true")
    ap.add_argument("--no-network", action="store_true")
    ap.add_argument("--side", type=int, default=220, help="street grid side (nodes), 80 m blocks")
    args = ap.parse_args(argv)
    from accessmap.core.sample import load_sample

    layers, settings = load_sample()
    bench("Brussels sample", layers, settings, args.edits, pipeline=True)
    if not args.no_network:
        net = brussels_grid(layers, args.side)
        bench("Brussels sample", layers, settings, args.edits, pipeline=True, net=net)
    if not args.no_belgium:
        from belgium_case import load_belgium_case

        sectors, centres = load_belgium_case()
        bench("Belgium-scale (synthetic)", Layers(sectors, centres), Settings(), args.edits, True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
