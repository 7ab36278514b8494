"""The command line: ``accessmap analyze | report | suggest | gui``.

``analyze``, ``report`` and ``suggest`` use only :mod:`accessmap.core` and
:mod:`accessmap.render` (no Qt). A user error prints its message on stderr and exits with code 2,
never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from accessmap import __version__
from accessmap.core.errors import AccessmapError

__all__ = ["build_parser", "main"]


def _add_analysis_options(p: argparse.ArgumentParser, *, need_out: bool = True) -> None:
    g = p.add_argument_group("layers")
    g.add_argument("--sectors", type=Path, help="sector polygons (GPKG, SHP, ZIP, GeoJSON, FGB)")
    g.add_argument("--sectors-layer", help="layer name inside a GeoPackage")
    g.add_argument("--sector-id", help="sector code column (default: auto-detect)")
    g.add_argument("--population", help="population column (default: auto-detect)")
    g.add_argument("--indicators", type=Path, help="indicator table (CSV/XLSX) to join")
    g.add_argument("--indicators-key", help="sector code column of the indicator table")
    g.add_argument("--centres", type=Path, help="centres (points, or CSV/XLSX with x/y, lat/lon)")
    g.add_argument("--centres-layer", help="layer name inside a GeoPackage")
    g.add_argument("--capacity", help="GP full-time-equivalent column of the centres")
    g.add_argument("--step-free", help="step-free access column of the centres (yes/no)")
    g.add_argument("--catchments", type=Path, help="catchment polygons (werkingsgebieden)")
    g.add_argument("--residents", type=Path, help="address/building points with residents")
    g.add_argument("--network", type=Path, help="street network (.osm.pbf, .osm, GPKG lines)")
    g.add_argument(
        "--node-all-crossings",
        action="store_true",
        help="join lines at every crossing (only for line data drawn without shared vertices)",
    )
    g.add_argument("--project", type=Path, help="an .accessmap project file instead of files")
    g.add_argument("--scenario", help="scenario name inside the project")
    a = p.add_argument_group("analysis")
    a.add_argument("--poverty", help="poverty column (e.g. bimd_income_score)")
    a.add_argument("--poorer", choices=["higher", "lower"], default="higher")
    a.add_argument("--threshold-m", type=float, default=800.0)
    a.add_argument("--threshold-min", type=float, help="threshold in walking minutes instead")
    a.add_argument("--walk-speed-kmh", type=float, default=4.5)
    a.add_argument("--snap-max-m", type=float, default=250.0)
    a.add_argument("--e2sfca-catchment-m", type=float, default=1500.0)
    a.add_argument("--e2sfca-weights", choices=["gaussian", "step"], default="gaussian")
    a.add_argument("--year", type=int, help="coverage as it was in this year")
    a.add_argument(
        "--poor-cut",
        type=float,
        help="absolute poverty cut: sectors at or beyond it (in the --poorer direction) are poor",
    )
    if need_out:
        p.add_argument("--out", type=Path, required=True, help="output folder")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="accessmap",
        description="Map access to primary care in poor neighbourhoods, offline.",
    )
    parser.add_argument("--version", action="version", version=f"accessmap {__version__}")
    sub = parser.add_subparsers(dest="command")
    an = sub.add_parser("analyze", help="compute every indicator per sector")
    _add_analysis_options(an)
    an.add_argument("--sample", action="store_true", help="run on the bundled Brussels sample")
    rp = sub.add_parser("report", help="print a PDF map (one page or an atlas)")
    _add_analysis_options(rp, need_out=False)
    rp.add_argument("--sample", action="store_true", help="run on the bundled Brussels sample")
    rp.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    rp.add_argument("--paper", choices=["A4", "A3"], default="A4")
    rp.add_argument("--orientation", choices=["portrait", "landscape"], default="landscape")
    rp.add_argument("--title")
    rp.add_argument("--subtitle")
    rp.add_argument("--column", default=None, help="indicator to map (default: distance)")
    rp.add_argument("--atlas", help="one page per value of this column (e.g. municipality)")
    rp.add_argument("--language", choices=["en", "nl", "fr"], default="en")
    rp.add_argument("--author", default="")
    sg = sub.add_parser("suggest", help="suggest k new centre sites (maximal covering)")
    _add_analysis_options(sg)
    sg.add_argument("--sample", action="store_true", help="run on the bundled Brussels sample")
    sg.add_argument("--k", type=int, default=3)
    sg.add_argument("--candidates", type=Path, help="candidate sites (default: sector points)")
    sg.add_argument(
        "--method",
        choices=["auto", "spopt", "exact", "greedy"],
        default="auto",
        help="auto: exact (spopt/PuLP-CBC, or a sparse exact model when large); greedy: fast",
    )
    sg.add_argument(
        "--poverty-weight", action="store_true", help="weight poor residents by their poverty rank"
    )
    gui = sub.add_parser("gui", help="open the window (default)")
    gui.add_argument("files", nargs="*", type=Path)
    gui.add_argument("--screenshot", type=Path, help="save a PNG of the window and exit")
    return parser


def _settings_from(args: argparse.Namespace, base=None):
    from accessmap.core.schema import Settings

    base = base or Settings()
    return base.replace(
        poverty_column=args.poverty or base.poverty_column,
        poorer=args.poorer if args.poverty else base.poorer,
        threshold_m=args.threshold_m,
        threshold_min=args.threshold_min,
        walk_speed_kmh=args.walk_speed_kmh,
        snap_max_m=args.snap_max_m,
        e2sfca_catchment_m=args.e2sfca_catchment_m,
        e2sfca_weight=args.e2sfca_weights,
        year=args.year,
        poor_cut=args.poor_cut,
    ).validate()


def _layers_and_settings(args: argparse.Namespace):
    """Layers + settings from --sample, --project or the file options."""
    if getattr(args, "sample", False):
        from accessmap.core.sample import load_sample

        layers, base = load_sample()
        return layers, _settings_from(args, base)
    if args.project is not None:
        from accessmap.core.project import load_project, project_inputs

        project = load_project(args.project)
        layers, base = project_inputs(project, args.scenario)
        network = args.network or next(
            (Path(s.path) for s in getattr(project, "sources", ()) if s.role == "network"), None
        )
        if network is not None:
            from accessmap.core.network import read_network

            layers = layers.replace(network=read_network(network))
        return layers, _settings_from(args, base)
    if args.sectors is None or args.centres is None:
        raise AccessmapError(
            "Give --sectors and --centres (or --project FILE, or --sample).",
        )
    if args.poverty is None:
        raise AccessmapError("Give --poverty COLUMN: the sector column that measures poverty.")
    from accessmap.core.loader import LayerSpec, load_layers

    spec = LayerSpec(
        sectors=args.sectors,
        sectors_layer=args.sectors_layer,
        sector_id=args.sector_id,
        population=args.population,
        indicators=args.indicators,
        indicators_key=args.indicators_key,
        centres=args.centres,
        centres_layer=args.centres_layer,
        capacity=args.capacity,
        step_free=args.step_free,
        catchments=args.catchments,
        residents=args.residents,
        network=args.network,
        node_all_crossings=args.node_all_crossings,
    )
    return load_layers(spec), _settings_from(args)


def _progress_printer(quiet: bool):
    def progress(fraction: float, message: str) -> None:
        if not quiet:
            print(f"[{fraction * 100:5.1f} %] {message}", file=sys.stderr)

    return progress


def _write_analysis(result, out: Path) -> None:
    from accessmap.render.export import export_csv, export_gpkg, export_summary_json

    out.mkdir(parents=True, exist_ok=True)
    export_gpkg(result, out / "sectors.gpkg")
    export_csv(result, out / "sectors.csv", sep=",", decimal=".", encoding="utf-8")
    export_summary_json(result, out / "summary.json")
    result.quintiles.to_csv(out / "quintiles.csv", index=False)


def _cmd_analyze(args: argparse.Namespace) -> int:
    from accessmap.core.pipeline import run_analysis

    layers, settings = _layers_and_settings(args)
    result = run_analysis(layers, settings, _progress_printer(False))
    _write_analysis(result, args.out)
    for m in result.messages:
        print(f"note: {m}", file=sys.stderr)
    s = result.summary
    print(
        json.dumps(
            {
                k: s[k]
                for k in (
                    "n_sectors",
                    "population",
                    "distance_kind",
                    "share_population_within_threshold",
                    "share_poor_population_within_threshold",
                    "gap_sectors",
                    "concentration_index",
                )
            },
            indent=1,
        )
    )
    print(f"wrote {args.out / 'sectors.gpkg'}, sectors.csv, summary.json, quintiles.csv")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from accessmap.core.pipeline import run_analysis
    from accessmap.render.layout import PageSpec, write_pdf

    layers, settings = _layers_and_settings(args)
    result = run_analysis(layers, settings)
    column = args.column or (
        "walk_nearest_m" if result.summary["distance_kind"] == "network" else "dist_nearest_m"
    )
    spec = PageSpec(
        paper=args.paper,
        orientation=args.orientation,
        title=args.title,
        subtitle=args.subtitle,
        column=column,
        language=args.language,
        author=args.author,
    )
    path = write_pdf(result, args.out, spec, atlas_column=args.atlas)
    print(f"wrote {path}")
    return 0


def _cmd_suggest(args: argparse.Namespace) -> int:
    from accessmap.core.optimize import suggest_from_result, write_suggestion
    from accessmap.core.pipeline import run_analysis

    layers, settings = _layers_and_settings(args)
    result = run_analysis(layers, settings)
    candidates = None
    if args.candidates is not None:
        from accessmap.core.io import read_layer

        candidates, _ = read_layer(args.candidates, what="candidate sites")
    suggestion, sites = suggest_from_result(
        result,
        args.k,
        candidates=candidates,
        method=args.method,
        poverty_weight=args.poverty_weight,
    )
    write_suggestion(suggestion, sites, args.out)
    print(json.dumps(suggestion.to_dict(), indent=1))
    return 0


def _headless() -> bool:
    """True on a Linux machine with no display to open a window on."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def _cmd_gui(args: argparse.Namespace) -> int:
    screenshot = args.screenshot
    if _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if screenshot is None:
            screenshot = Path("accessmap-screenshot.png")
            print(
                "accessmap: no display found; rendering the window offscreen and saving "
                f"{screenshot} instead.",
                file=sys.stderr,
            )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium (QtWebEngine) refuses to start as root without this.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from accessmap.gui.app import main as gui_main

    gui_argv = [str(f) for f in args.files]
    if screenshot:
        gui_argv += ["--screenshot", str(screenshot)]
    return gui_main(gui_argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["gui", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "analyze":
            return _cmd_analyze(args)
        if args.command == "report":
            return _cmd_report(args)
        if args.command == "suggest":
            return _cmd_suggest(args)
        return _cmd_gui(args)
    except AccessmapError as exc:
        print(f"accessmap: error: {exc.message}", file=sys.stderr)
        if exc.details:
            print(f"details: {exc.details}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
