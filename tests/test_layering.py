"""The layers stay apart: core and render load no Qt; core loads no folium/matplotlib."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "accessmap.core.errors",
    "accessmap.core.schema",
    "accessmap.core.model",
    "accessmap.core.io",
    "accessmap.core.tables",
    "accessmap.core.pipeline",
    "accessmap.core.loader",
]


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = (
        "import importlib, pkgutil, sys\n"
        "import accessmap.core, accessmap.render\n"
        "for pkg in (accessmap.core, accessmap.render):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


@pytest.fixture(scope="module")
def loaded() -> set[str]:
    return _loaded_after_import(CORE_MODULES)


def test_core_and_render_import_no_qt(loaded: set[str]) -> None:
    qt = sorted(m for m in loaded if m.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph"})
    assert qt == [], f"Qt loaded by accessmap.core/render: {qt}"


def test_core_alone_imports_no_folium_or_matplotlib() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import accessmap.core\n"
        "for m in pkgutil.iter_modules(accessmap.core.__path__, 'accessmap.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'folium', 'matplotlib', 'branca', 'PySide6', 'pyqtgraph'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"accessmap.core pulled in: {out}"
