"""Start-up as a user waits for it: whole processes, from ``python`` starting to the map drawn.

Each case starts a fresh ``python -c`` process (interpreter start, imports, QApplication,
QtWebEngine, the main window, ``load_sample()``, the analysis, the map page drawn by Chromium
until ``MapView.sig_map_ready``) and measures wall time from just before the process is spawned
to the moment the map reports ready. Cases:

1. the window on the sample without the street network (straight lines);
2. with the network, cold cache (an empty ``ACCESSMAP_CACHE_DIR``: the graph is built and saved);
3. with the network, warm cache (the same folder again: the graph is read from the ``.npz``);
4. ``accessmap analyze --sample --threshold-min 15`` (no window), cold and warm cache, to exit.

Goal (issue 11): launch to map drawn < 2 s whole process on the sample without the network.
Run: ``python benchmarks/bench_startup.py [--repeat 3] [--out docs/perf_gui.md]``; the figures
are the median (and best) of the repeats. The machine is shared: read the best as the cost.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import os, sys, time
marks = [("start", time.time())]
network = sys.argv[1] == "1"
from accessmap.gui.app import create_app
app = create_app()
marks.append(("app", time.time()))
from PySide6.QtCore import QSettings, QTimer
from accessmap.core import sample
from accessmap.gui.main_window import MainWindow
_load = sample.load_sample  # the window calls sample.load_sample(): pin the case's choice
sample.load_sample = lambda *a, **k: _load(*a, **{**k, "network": network})
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
w = MainWindow(settings=settings)
w.resize(1440, 900)
w.show()
marks.append(("window", time.time()))
state = {}
w.controller.sig_result_changed.connect(lambda *_: marks.append(("result", time.time())))
def ready(*_):
    if "t" not in state and w.controller.result is not None:
        state["t"] = time.time()
        state["kind"] = w.controller.result.summary.get("distance_kind")
        app.quit()
w.map_view.sig_map_ready.connect(ready)
w.controller.sig_error.connect(lambda e: (print("ERROR", e.message, file=sys.stderr), app.quit()))
QTimer.singleShot(180_000, app.quit)
w.controller.load_sample()
app.exec()
print("READY", state.get("t", "nan"), state.get("kind"))
print("MARKS", " ".join(f"{k}={t:.3f}" for k, t in marks))
w.controller.cancel()
os._exit(0)
"""


_CLI = r"""
import sys
from accessmap.core import sample
_load = sample.load_sample  # with the network, whatever load_sample's default
sample.load_sample = lambda *a, **k: _load(*a, **{**k, "network": True})
from accessmap.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_DISABLE_SANDBOX="1",
        ACCESSMAP_CACHE_DIR=str(cache),
    )
    return env


def window_once(network: bool, cache: Path) -> tuple[float, str, dict[str, float]]:
    """Seconds from spawning ``python`` to the map drawn, the distance kind shown, and the
    phases (interpreter start, imports + QApplication, window, data + analysis, map drawn)."""
    with tempfile.TemporaryDirectory(prefix="accessmap-bench-") as tmp:
        ini = str(Path(tmp) / "settings.ini")
        t0 = time.time()
        run = subprocess.run(
            [sys.executable, "-c", _CHILD, "1" if network else "0", ini],
            env=_env(cache),
            capture_output=True,
            text=True,
            timeout=300,
        )
    out = run.stdout.splitlines()
    line = next((ln for ln in out if ln.startswith("READY")), "")
    if not line or "nan" in line:
        raise RuntimeError(f"the map was not drawn:\n{run.stdout}\n{run.stderr[-2000:]}")
    _, t, kind = line.split()
    marks: dict[str, str] = {}
    for kv in next(ln for ln in out if ln.startswith("MARKS")).split()[1:]:
        key, value = kv.split("=")
        marks.setdefault(key, value)  # the first result, not a later one
    times = [t0] + [float(marks[k]) for k in ("start", "app", "window", "result")] + [float(t)]
    names = ("python", "imports+app", "window", "data+analysis", "map drawn")
    phases = {n: b - a for n, a, b in zip(names, times[:-1], times[1:], strict=True)}
    return float(t) - t0, kind, phases


def cli_once(cache: Path) -> float:
    """Seconds for ``accessmap analyze --sample --threshold-min 15`` (with the network) to exit."""
    with tempfile.TemporaryDirectory(prefix="accessmap-bench-") as tmp:
        t0 = time.time()
        cmd = [sys.executable, "-c", _CLI, "analyze", "--sample", "--threshold-min", "15"]
        run = subprocess.run(
            [*cmd, "--out", tmp], env=_env(cache), capture_output=True, text=True, timeout=300
        )
        elapsed = time.time() - t0
    if run.returncode != 0:
        raise RuntimeError(run.stderr[-2000:])
    return elapsed


def _stats(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s (best {min(values):.2f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="append the figures to this Markdown file")
    args = parser.parse_args(argv)
    lines = [
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, offscreen Qt; {args.repeat} runs each, whole processes"
    ]
    plain, cold, warm, cli_cold, cli_warm = [], [], [], [], []
    kinds: dict[str, str] = {}
    phases: dict[str, list[dict[str, float]]] = {"plain": [], "cold": [], "warm": []}
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="accessmap-cache-") as c:
            cache = Path(c)
            for case, network, store in (
                ("plain", False, plain),
                ("cold", True, cold),  # empty cache: builds and saves the graph
                ("warm", True, warm),
            ):
                t, kinds[case], split = window_once(network, cache)
                store.append(t)
                phases[case].append(split)
        with tempfile.TemporaryDirectory(prefix="accessmap-cache-") as c:
            cli_cold.append(cli_once(Path(c)))
            cli_warm.append(cli_once(Path(c)))

    def split(case: str) -> str:
        best = min(phases[case], key=lambda p: sum(p.values()))
        return "  best run: " + ", ".join(f"{k} {v:.2f}" for k, v in best.items())

    lines += [
        f"window, sample without the network ({kinds['plain']}): launch to map drawn "
        f"{_stats(plain)}",
        split("plain"),
        f"window, sample with the network, cold cache ({kinds['cold']}): {_stats(cold)}",
        split("cold"),
        f"window, sample with the network, warm cache ({kinds['warm']}): {_stats(warm)}",
        split("warm"),
        f"analyze --sample --threshold-min 15, cold cache: {_stats(cli_cold)}; "
        f"warm cache: {_stats(cli_warm)}",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "a", encoding="utf-8") as f:
            f.write("\n```\n" + text + "\n```\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
