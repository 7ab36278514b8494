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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accessmap import __version__
from accessmap.core.errors import AccessmapError

__all__ = ["build_parser", "main"]


def _add_analysis_options(p: argparse.ArgumentParser, *, need_out: bool = True) -> None:
    g = p.add_argument_group(
        "layers",
        "With --sample or --project, a layer option replaces that layer of the sample/project.",
    )
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
    a = p.add_argument_group(
        "analysis",
        "Unset options keep the value of the project or sample (else the default shown).",
    )
    a.add_argument("--poverty", help="poverty column (e.g. bimd_income_score)")
    a.add_argument("--poorer", choices=["higher", "lower"], help="default: higher")
    a.add_argument("--threshold-m", type=float, help="distance threshold (default: 800)")
    a.add_argument("--threshold-min", type=float, help="threshold in walking minutes instead")
    a.add_argument("--walk-speed-kmh", type=float, help="walking speed (default: 4.5)")
    a.add_argument("--snap-max-m", type=float, help="maximum snapping distance (default: 250)")
    a.add_argument("--e2sfca-catchment-m", type=float, help="E2SFCA catchment (default: 1500)")
    a.add_argument("--e2sfca-weights", choices=["gaussian", "step"], help="default: gaussian")
    a.add_argument("--year", type=int, help="coverage as it was in this year")
    a.add_argument(
        "--poor-cut",
        type=float,
        help="absolute poverty cut: sectors at or beyond it (in the --poorer direction) are poor",
    )
    if need_out:
        p.add_argument("--out", type=Path, required=True, help="output folder")


def build_parser() -> argparse.ArgumentParser:
    save_help = "also write an .accessmap project with these layers and settings"
    parser = argparse.ArgumentParser(
        prog="accessmap",
        description="Map access to primary care in poor neighbourhoods, offline.",
    )
    parser.add_argument("--version", action="version", version=f"accessmap {__version__}")
    sub = parser.add_subparsers(dest="command")
    an = sub.add_parser("analyze", help="compute every indicator per sector")
    _add_analysis_options(an)
    an.add_argument("--sample", action="store_true", help="run on the bundled Brussels sample")
    an.add_argument("--save-project", type=Path, metavar="FILE", help=save_help)
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
    rp.add_argument("--save-project", type=Path, metavar="FILE", help=save_help)
    sg = sub.add_parser("suggest", help="suggest k new centre sites (maximal covering)")
    _add_analysis_options(sg)
    sg.add_argument("--sample", action="store_true", help="run on the bundled Brussels sample")
    sg.add_argument("--save-project", type=Path, metavar="FILE", help=save_help)
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


#: Analysis options: (argparse dest, Settings field, flag). Unset (None) = keep the base's.
_SETTING_FLAGS = (
    ("poorer", "poorer", "--poorer"),
    ("threshold_m", "threshold_m", "--threshold-m"),
    ("threshold_min", "threshold_min", "--threshold-min"),
    ("walk_speed_kmh", "walk_speed_kmh", "--walk-speed-kmh"),
    ("snap_max_m", "snap_max_m", "--snap-max-m"),
    ("e2sfca_catchment_m", "e2sfca_catchment_m", "--e2sfca-catchment-m"),
    ("e2sfca_weights", "e2sfca_weight", "--e2sfca-weights"),
    ("year", "year", "--year"),
    ("poor_cut", "poor_cut", "--poor-cut"),
)
#: Options that choose something inside a layer file, and that file's option.
_FILE_OPTIONS = (
    ("sectors_layer", "sectors", None),
    ("sector_id", "sectors", "sector_id"),
    ("population", "sectors", "population"),
    ("indicators_key", "indicators", None),
    ("centres_layer", "centres", None),
    ("capacity", "centres", "gp_fte"),
    ("step_free", "centres", "step_free"),
)


#: How the network's summary line starts (core.loader and core.sample).
_NETWORK_LINE = "Street network"


@dataclass
class _Inputs:
    """What a command analyses, and where it came from (for notes and --save-project)."""

    layers: Any
    settings: Any = None
    origin: str | None = None  # "sample", "project" or None (files)
    project: Any = None
    scenario: str | None = None  # the project scenario analysed (None = baseline)
    notes: list[str] = field(default_factory=list)


def _note(text: str) -> None:
    print(f"note: {text}", file=sys.stderr)


def _flag(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def _settings_from(args: argparse.Namespace, inputs: _Inputs):
    """The base's settings (the project's, the sample's, else the defaults) with every option
    given on the command line, and one note per option that changed a saved value."""
    from accessmap.core.loader import resolve_column
    from accessmap.core.schema import Settings

    base = inputs.settings or Settings()
    changes: dict[str, Any] = {}
    given: dict[str, str] = {}
    if args.poverty is not None:
        layers = inputs.layers
        changes["poverty_column"] = resolve_column(
            args.poverty,
            [c for c in layers.sectors.columns if c != layers.sectors.geometry.name],
            {**layers.column_names("sectors"), **layers.column_names("indicators")},
            what="the sector layer",
            option="--poverty",
        )
        given["poverty_column"] = f"--poverty {args.poverty}"
    for dest, name, flag in _SETTING_FLAGS:
        value = getattr(args, dest, None)
        if value is not None:
            changes[name] = value
            given[name] = f"{flag} {value:g}" if isinstance(value, float) else f"{flag} {value}"
    if "threshold_m" in changes and "threshold_min" not in changes:
        changes["threshold_min"] = None  # a distance in metres replaces a saved time
        given["threshold_min"] = given["threshold_m"]
    settings = base.replace(**changes).validate()
    if inputs.origin is not None:
        for name, text in given.items():
            old, new = getattr(base, name), getattr(settings, name)
            if old != new:
                inputs.notes.append(
                    f"{text} overrides the {inputs.origin}'s {name} ({_show(old)} -> {_show(new)})."
                )
    return settings


def _show(value: Any) -> str:
    if value is None:
        return "not set"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _layer_spec(args: argparse.Namespace):
    from accessmap.core.loader import LayerSpec

    return LayerSpec(
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


def _check_file_options(args: argparse.Namespace, base, origin: str) -> None:
    """A column or layer option without its file, with --sample/--project: fine when it names
    the column the base already uses for that role; else refused (it would be dropped)."""
    for dest, role, canon in _FILE_OPTIONS:
        value = getattr(args, dest)
        if value is None or getattr(args, role) is not None:
            continue
        if canon is not None:
            renamed = base.column_names(role)
            if value == canon or renamed.get(value) == canon:
                continue
            used = next((k for k, v in renamed.items() if v == canon), canon)
            why = f"the {origin}'s {role} take it from '{used}'"
        else:
            why = f"the {origin}'s {role} are already loaded"
        raise AccessmapError(
            f"{_flag(dest)} {value} chooses something inside the file given with "
            f"{_flag(role)}, and no {_flag(role)} was given ({why}). Give {_flag(role)} FILE "
            f"to replace the {origin}'s {role}, or leave out {_flag(dest)}.",
        )


def _load_sample(spec) -> Any:
    import inspect

    from accessmap.core.columns import record_picks
    from accessmap.core.loader import tag_column_names
    from accessmap.core.sample import load_sample

    kwargs = {}
    if spec.network is not None and "network" in inspect.signature(load_sample).parameters:
        kwargs["network"] = False  # replaced by --network: don't build the sample's
    with record_picks() as picks:
        layers, settings = load_sample(**kwargs)
    return tag_column_names(layers, picks), settings


def _project_network(project, layers, inputs: _Inputs):
    """The project's street network, read again as it was (or a note when it is missing)."""
    from dataclasses import replace

    from accessmap.core.loader import load_network

    src = next((s for s in project.sources if s.role == "network"), None)
    if src is None:
        return layers
    others = tuple(s for s in layers.sources if s.role != "network")
    saved = [m for m in layers.messages if m.startswith(_NETWORK_LINE)]
    if not Path(src.path).is_file():
        inputs.notes.append(
            f"The project's street network {src.path} was not found: distances are straight "
            "lines. Give --network FILE to use the network from elsewhere."
        )
        kept = tuple(m for m in layers.messages if m not in saved)
        return layers.replace(sources=others, messages=kept)
    opts = dict(src.options)
    network, info, line = load_network(
        src.path,
        layers.sectors,
        node_all_crossings=bool(opts.get("node_all_crossings", False)),
        bbox=tuple(opts["bbox"]) if opts.get("bbox") else None,
        layer=opts.get("layer"),
    )
    info = replace(info, attribution=src.attribution or info.attribution, year=src.year)
    # the line saved with the project describes this file (a changed file gets its own note)
    messages = layers.messages if saved else (*layers.messages, line)
    return layers.replace(network=network, sources=(*others, info), messages=messages)


def _load_project(args: argparse.Namespace, spec) -> _Inputs:
    from accessmap.core.project import load_project, project_inputs

    project = load_project(args.project)
    inputs = _Inputs(None, origin="project", project=project, notes=list(project.messages))
    name = args.scenario if args.scenario is not None else project.current_scenario
    layers, inputs.settings = project_inputs(project, args.scenario)
    if name is not None and name in {s.name for s in project.scenarios}:
        inputs.scenario = name
        if spec.centres is not None and project.scenario(name).edits:
            raise AccessmapError(
                f"--centres replaces the project's centres, but scenario '{name}' edits them. "
                "Leave out --centres, or analyse the baseline (--scenario baseline)."
            )
    if spec.network is None:
        layers = _project_network(project, layers, inputs)
    inputs.layers = layers
    return inputs


def _inputs(args: argparse.Namespace) -> _Inputs:
    """Layers + settings from --sample, --project or the file options; with --sample or
    --project, every layer option given replaces that layer (never dropped)."""
    from accessmap.core.loader import load_layers

    spec = _layer_spec(args)
    sample = getattr(args, "sample", False)
    if sample and args.project is not None:
        raise AccessmapError("Give --sample or --project, not both.")
    if args.scenario is not None and args.project is None:
        raise AccessmapError("--scenario names a scenario of a project: give --project FILE.")
    if sample:
        layers, settings = _load_sample(spec)
        inputs = _Inputs(layers, settings, origin="sample")
    elif args.project is not None:
        inputs = _load_project(args, spec)
    else:
        if args.sectors is None or args.centres is None:
            raise AccessmapError(
                "Give --sectors and --centres (or --project FILE, or --sample).",
            )
        if args.poverty is None:
            raise AccessmapError("Give --poverty COLUMN: the sector column that measures poverty.")
        inputs = _Inputs(load_layers(spec))
    if inputs.origin is not None:
        _check_file_options(args, inputs.layers, inputs.origin)
        if spec.layer_files():
            base = inputs.layers
            had = {s.role for s in base.sources}
            had |= {
                r for r in ("catchments", "residents", "network") if getattr(base, r) is not None
            }
            inputs.layers = load_layers(spec, base=base)
            for role in spec.layer_files():
                if role == "indicators" and spec.sectors is None:
                    text = f"joined to the {inputs.origin}'s sectors"
                elif role in had:
                    text = f"replaces the {inputs.origin}'s {role}"
                else:
                    text = f"adds {role} to the {inputs.origin}"
                inputs.notes.append(f"--{role} {text}.")
    inputs.settings = _settings_from(args, inputs)
    for text in inputs.notes:
        _note(text)
    return inputs


def _print_messages(result) -> None:
    for m in result.messages:
        _note(m)


def _save_project(args: argparse.Namespace, inputs: _Inputs) -> None:
    """--save-project FILE: a project that opens with exactly the layers and settings used."""
    path = getattr(args, "save_project", None)
    if path is None:
        return
    from accessmap.core.project import Project, SourceFile, save_project

    layers, base = inputs.layers, inputs.project
    keep = base is not None and inputs.scenario is None and args.centres is None
    project = Project(
        sectors=layers.sectors,
        centres=layers.centres,
        settings=inputs.settings,
        catchments=layers.catchments,
        scenarios=base.scenarios if keep else (),
        sources=tuple(
            SourceFile(s.role, s.path, None, s.attribution, s.year, dict(s.options))
            for s in layers.sources
        ),
        ui=dict(base.ui) if base is not None else {},
        residents=layers.residents,
        layer_messages=tuple(layers.messages),
    )
    if base is not None and base.scenarios and not keep:
        what = f"scenario '{inputs.scenario}'" if inputs.scenario else "the new centres"
        _note(
            f"{path} holds {what} as its baseline; the other scenarios of {args.project} "
            "are not carried over (their edits apply to the old baseline)."
        )
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    save_project(path, project)
    print(f"wrote {path}")


def _progress_printer(quiet: bool):
    def progress(fraction: float, message: str) -> None:
        if not quiet:
            print(f"[{fraction * 100:5.1f} %] {message}", file=sys.stderr)

    return progress


def _write_analysis(result, out: Path) -> None:
    from accessmap.render.export import (
        export_csv,
        export_gpkg,
        export_summary_json,
        export_table_csv,
    )

    out.mkdir(parents=True, exist_ok=True)
    export_gpkg(result, out / "sectors.gpkg")
    export_csv(result, out / "sectors.csv", sep=",", decimal=".", encoding="utf-8")
    export_summary_json(result, out / "summary.json")
    export_table_csv(
        result.quintiles, out / "quintiles.csv", sep=",", decimal=".", encoding="utf-8"
    )


def _cmd_analyze(args: argparse.Namespace) -> int:
    from accessmap.core.pipeline import run_analysis

    inputs = _inputs(args)
    result = run_analysis(inputs.layers, inputs.settings, _progress_printer(False))
    _write_analysis(result, args.out)
    _print_messages(result)
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
    _save_project(args, inputs)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from accessmap.core.loader import resolve_column
    from accessmap.core.pipeline import run_analysis
    from accessmap.render.layout import PageSpec, write_pdf

    inputs = _inputs(args)
    result = run_analysis(inputs.layers, inputs.settings)
    _print_messages(result)
    columns = [c for c in result.sectors.columns if c != result.sectors.geometry.name]
    renamed = inputs.layers.column_names("sectors")
    column = (
        resolve_column(args.column, columns, renamed, what="the analysis result", option="--column")
        if args.column
        else "walk_nearest_m"
        if result.summary["distance_kind"] == "network"
        else "dist_nearest_m"
    )
    atlas = (
        resolve_column(args.atlas, columns, renamed, what="the analysis result", option="--atlas")
        if args.atlas
        else None
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
    path = write_pdf(result, args.out, spec, atlas_column=atlas)
    print(f"wrote {path}")
    _save_project(args, inputs)
    return 0


def _cmd_suggest(args: argparse.Namespace) -> int:
    from accessmap.core.optimize import suggest_from_result, write_suggestion
    from accessmap.core.pipeline import run_analysis

    inputs = _inputs(args)
    result = run_analysis(inputs.layers, inputs.settings)
    _print_messages(result)
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
        **_layers_keyword(suggest_from_result, inputs.layers),
    )
    write_suggestion(suggestion, sites, args.out)
    print(json.dumps(suggestion.to_dict(), indent=1))
    _save_project(args, inputs)
    return 0


def _layers_keyword(fn: Any, layers: Any) -> dict[str, Any]:
    """``{"layers": layers}`` when ``fn`` takes it (walking costs for suggest)."""
    import inspect

    return {"layers": layers} if "layers" in inspect.signature(fn).parameters else {}


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
