"""Linux desktop integration: a menu entry, an icon and ``.accessmap`` files opening in accessmap.

``accessmap-desktop-install`` (or ``python -m accessmap.desktop``) writes, for the current user
(freedesktop.org layout under ``$XDG_DATA_HOME``, default ``~/.local/share``):

- ``applications/accessmap.desktop`` (from ``resources/accessmap.desktop``; its ``Exec`` line
  points at the ``accessmap`` program of this installation, so the menu starts the same one
  that ran the command, in a pipx or virtual environment too);
- ``icons/hicolor/scalable/apps/accessmap.svg``;
- ``mime/packages/accessmap.xml``: the ``application/x-accessmap-project`` type for
  ``*.accessmap`` project files, which the entry declares it opens (``Exec=... gui %f``).

It then refreshes the desktop and MIME databases when their tools are installed.
``--uninstall`` removes the three files. Nothing is written outside ``$XDG_DATA_HOME``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from accessmap.resources_path import resource_path

__all__ = [
    "MIME_TYPE",
    "data_home",
    "desktop_entry",
    "install_desktop_entry",
    "main",
    "uninstall_desktop_entry",
]

MIME_TYPE = "application/x-accessmap-project"
_MIME_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>accessmap project</comment>
    <comment xml:lang="nl">accessmap-project</comment>
    <comment xml:lang="fr">projet accessmap</comment>
    <glob pattern="*.accessmap"/>
    <icon name="accessmap"/>
  </mime-type>
</mime-info>
"""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share``."""
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share"


def _targets(base: Path) -> dict[str, Path]:
    return {
        "entry": base / "applications" / "accessmap.desktop",
        "icon": base / "icons" / "hicolor" / "scalable" / "apps" / "accessmap.svg",
        "mime": base / "mime" / "packages" / "accessmap.xml",
    }


def _program() -> list[str]:
    """The command that starts this installation's accessmap: its ``accessmap`` script next to
    the running Python (a venv's or pipx's bin folder), else that Python with ``-m accessmap``."""
    script = Path(sys.executable).with_name("accessmap")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "accessmap"]


def desktop_entry(program: list[str] | None = None) -> str:
    """The text of ``accessmap.desktop`` with ``Exec``/``TryExec`` set to ``program``."""
    program = program or _program()
    lines = []
    for line in resource_path("accessmap.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + shlex.join([*program, "gui"]) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + program[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def _refresh(base: Path) -> None:
    for tool, folder in (
        ("update-desktop-database", base / "applications"),
        ("update-mime-database", base / "mime"),
    ):
        exe = shutil.which(tool)
        if exe:
            subprocess.run([exe, str(folder)], check=False, capture_output=True, timeout=60)


def install_desktop_entry(base: Path | None = None) -> list[Path]:
    """Write the entry, the icon and the MIME type under ``base`` (default :func:`data_home`);
    return the files written."""
    base = Path(base) if base is not None else data_home()
    t = _targets(base)
    for path in t.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    t["entry"].write_text(desktop_entry(), encoding="utf-8")
    shutil.copyfile(resource_path("icons", "accessmap.svg"), t["icon"])
    t["mime"].write_text(_MIME_XML, encoding="utf-8")
    _refresh(base)
    return list(t.values())


def uninstall_desktop_entry(base: Path | None = None) -> list[Path]:
    """Remove what :func:`install_desktop_entry` wrote; return the files removed."""
    base = Path(base) if base is not None else data_home()
    removed = []
    for path in _targets(base).values():
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh(base)
    return removed


def main(argv: list[str] | None = None) -> int:
    """``accessmap-desktop-install [--uninstall]``; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="accessmap-desktop-install",
        description="Add accessmap to the desktop menu and open .accessmap files with it.",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove the menu entry")
    args = parser.parse_args(argv)
    if args.uninstall:
        files = uninstall_desktop_entry()
        verb = "removed"
    else:
        files = install_desktop_entry()
        verb = "written"
    for path in files:
        print(f"accessmap: {verb} {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
