"""A regular install carries everything accessmap needs at run time (issue 14).

The wheel is built from a copy of the checkout's package files (the top level as it is:
``accessmap/ resources/ sample_gis/ pyproject.toml README.md``), installed with ``--no-deps`` into
a virtual environment that sees this environment's packages, and run from a folder outside the
checkout: ``analyze --sample``, ``report --sample --language nl`` and ``gui --screenshot``. The
editable install (``pip install -e``) of the same copy must find the same files in the copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_COPY = ("accessmap", "resources", "sample_gis", "pyproject.toml", "README.md")
_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 240):
    run = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert run.returncode == 0, (
        f"{cmd}\nstdout:\n{run.stdout[-3000:]}\nstderr:\n{run.stderr[-3000:]}"
    )
    return run


def _source_copy(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in _COPY:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=_IGNORE)
        else:
            shutil.copy2(src, dest / name)
    return dest


def _clean_env(tmp: Path) -> dict[str, str]:
    """This environment without anything that points back into the checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "ACCESSMAP_"))}
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_DISABLE_SANDBOX="1",
        PYTHONNOUSERSITE="1",
    )
    return env


def _venv(path: Path, env: dict[str, str]) -> Path:
    _run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(path)],
        cwd=path.parent,
        env=env,
    )
    return path / "bin" / "python"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("install")
    env = _clean_env(tmp)
    src = _source_copy(tmp / "src")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp / "dist"),
            f"{src}{os.sep}",
        ],
        cwd=tmp,
        env=env,
    )
    (wheel,) = sorted((tmp / "dist").glob("accessmap-*.whl"))
    python = _venv(tmp / "venv", env)
    _run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--force-reinstall",
            "--no-warn-script-location",
            str(wheel),
        ],
        cwd=tmp,
        env=env,
    )
    work = tmp / "elsewhere"
    work.mkdir()
    return {"tmp": tmp, "src": src, "wheel": wheel, "python": python, "work": work}


def test_wheel_carries_code_resources_and_sample(built: dict[str, Path]) -> None:
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    src = built["src"]
    code = {
        f"accessmap/{p.relative_to(src / 'accessmap').as_posix()}"
        for p in (src / "accessmap").rglob("*.py")
    }
    assert code and code <= names, sorted(code - names)  # a sub-package left out of pyproject?
    res = {
        f"accessmap/resources/{p.relative_to(src / 'resources').as_posix()}"
        for p in (src / "resources").rglob("*")
        if p.is_file()
    }
    assert "accessmap/resources/map/accessmap.js" in res
    assert "accessmap/resources/translations/accessmap_nl.qm" in res
    assert "accessmap/resources/icons/accessmap.svg" in res
    assert res <= names, sorted(res - names)
    for sample_file in (
        "brussels_sectors.gpkg",
        "health_centres.gpkg",
        "bimd2011_brussels.csv",
        "brussels_streets.gpkg",
        "README.md",
    ):
        assert f"accessmap/sample_gis/{sample_file}" in names
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "resources/"))]


def test_installed_files_resolve_inside_the_venv(built: dict[str, Path]) -> None:
    env = _clean_env(built["tmp"])
    probe = (
        "import accessmap, accessmap.resources_path as r, accessmap.core.sample as s;"
        "print(accessmap.__file__); print(r.resource_path('map')); print(s.sample_dir())"
    )
    out = _run([str(built["python"]), "-c", probe], cwd=built["work"], env=env).stdout.split()
    venv = (built["tmp"] / "venv").resolve()
    for line in out:
        assert Path(line).resolve().is_relative_to(venv), out  # not the checkout's editable copy
    assert Path(out[1]).name == "map" and (Path(out[1]) / "accessmap.js").is_file()
    assert (Path(out[2]) / "brussels_streets.gpkg").is_file()


def test_installed_cli_analyze_and_report(built: dict[str, Path]) -> None:
    env, work = _clean_env(built["tmp"]), built["work"]
    exe = built["python"].with_name("accessmap")
    _run([str(exe), "analyze", "--sample", "--out", "out"], cwd=work, env=env)
    produced = {p.name for p in (work / "out").iterdir()}
    assert any(n.endswith(".csv") for n in produced), produced
    _run([str(exe), "report", "--sample", "--language", "nl", "--out", "x.pdf"], cwd=work, env=env)
    pdf = work / "x.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Bronnen" in text or "Bron" in text, text[:500]  # the Dutch page, sources included


def test_installed_gui_screenshot_shows_the_map(built: dict[str, Path]) -> None:
    env, work = _clean_env(built["tmp"]), built["work"]
    exe = built["python"].with_name("accessmap")
    _run([str(exe), "gui", "--screenshot", "shot.png"], cwd=work, env=env, timeout=180)
    from PIL import Image

    with Image.open(work / "shot.png") as img:
        colours = img.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 500, len(colours or [])


def test_installed_desktop_entry(built: dict[str, Path]) -> None:
    env, work = _clean_env(built["tmp"]), built["work"]
    exe = built["python"].with_name("accessmap-desktop-install")
    _run([str(exe)], cwd=work, env=env)
    share = Path(env["XDG_DATA_HOME"])
    entry = (share / "applications" / "accessmap.desktop").read_text(encoding="utf-8")
    accessmap = built["python"].with_name("accessmap")
    assert f"Exec={accessmap} gui %f" in entry
    assert "MimeType=application/x-accessmap-project;" in entry
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "accessmap.svg").is_file()
    mime = (share / "mime" / "packages" / "accessmap.xml").read_text(encoding="utf-8")
    assert '<glob pattern="*.accessmap"/>' in mime


def test_editable_install_finds_the_copy(built: dict[str, Path], tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    python = _venv(tmp_path / "venv", env)
    _run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "-e", f"{built['src']}{os.sep}"],
        cwd=tmp_path,
        env=env,
    )
    probe = (
        "import accessmap.resources_path as r, accessmap.core.sample as s;"
        "print(r.resource_path('map')); print(s.sample_dir())"
    )
    out = _run([str(python), "-c", probe], cwd=built["work"], env=env).stdout.split()
    src = built["src"].resolve()
    assert Path(out[0]).resolve() == src / "resources" / "map", out
    assert Path(out[1]).resolve() == src / "sample_gis", out
