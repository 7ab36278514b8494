"""Where accessmap's own files are at run time: ``resources/`` and the bundled sample.

The repository keeps ``resources/`` (map scripts, translations, icons, help pages) and
``sample_gis/`` at its top level; an installed accessmap (a wheel, ``pip install .``,
``pipx install .``) carries them inside the package as ``accessmap/resources`` and
``accessmap/sample_gis`` (see ``[tool.setuptools.package-dir]`` in pyproject.toml). Both are
found with :mod:`importlib.resources`, which works for a wheel, an editable install and a zip;
a plain checkout that was never installed falls back to the folders beside the package.

Every lookup goes through :func:`resource_path` or :func:`sample_gis_dir`: nothing else in
accessmap locates these folders by itself.
"""

from __future__ import annotations

import shutil
import tempfile
from importlib import resources
from pathlib import Path

__all__ = ["RESOURCES_PACKAGE", "SAMPLE_PACKAGE", "resource_path", "sample_gis_dir"]

RESOURCES_PACKAGE = "accessmap.resources"
SAMPLE_PACKAGE = "accessmap.sample_gis"
#: Top-level folder in a checkout, per package.
_CHECKOUT_NAMES = {RESOURCES_PACKAGE: "resources", SAMPLE_PACKAGE: "sample_gis"}
_extracted: dict[str, Path] = {}


def _as_directory(traversable, package: str) -> Path | None:
    """A real folder for a Traversable: itself, the first of a namespace's folders, or a copy
    of a zipped package extracted once per process."""
    if isinstance(traversable, Path):
        return traversable if traversable.is_dir() else None
    paths = getattr(traversable, "_paths", None)  # MultiplexedPath of a namespace package
    if paths:
        return next((Path(p) for p in paths if Path(p).is_dir()), None)
    if not traversable.is_dir():
        return None
    if package not in _extracted:  # zip import: copy the files out once
        dest = Path(tempfile.mkdtemp(prefix="accessmap-res-"))
        _copy_tree(traversable, dest)
        _extracted[package] = dest
    return _extracted[package]


def _copy_tree(src, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for item in src.iterdir():
        if item.is_dir():
            _copy_tree(item, dest / item.name)
        else:
            with item.open("rb") as fin, open(dest / item.name, "wb") as fout:
                shutil.copyfileobj(fin, fout)


def _package_root(package: str) -> Path:
    try:
        root = _as_directory(resources.files(package), package)
    except (ModuleNotFoundError, TypeError):  # not installed: a bare checkout
        root = None
    if root is None:
        root = Path(__file__).resolve().parent.parent / _CHECKOUT_NAMES[package]
    return root


def resource_path(*parts: str) -> Path:
    """A file or folder under accessmap's resources, e.g. ``resource_path("map", "accessmap.js")``.

    Returns the path whether or not it exists (callers check and name what is missing).
    """
    return _package_root(RESOURCES_PACKAGE).joinpath(*parts)


def sample_gis_dir() -> Path:
    """The folder of the bundled sample (``sample_gis/`` of a checkout, or installed)."""
    return _package_root(SAMPLE_PACKAGE)
