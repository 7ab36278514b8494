"""Start the accessmap window: ``accessmap gui [FILES...] [--screenshot PNG]``.

Without files the window opens on the bundled Brussels sample. With ``--screenshot PNG`` the
window is rendered (offscreen works: ``QT_QPA_PLATFORM=offscreen``), the program waits until
the map has drawn (``MapView.sig_map_ready``) and the charts and table are filled, saves the
window as PNG and exits 0 (1 when the map never drew, 2 on a user error).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

__all__ = ["create_app", "grab_window", "main", "pin_singletons"]


def pin_singletons() -> None:
    """Work around a PySide6 6.12 refcount bug on CPython < 3.12 (call before using Qt).

    Shiboken 6.12 returns ``None`` (and, from some virtual overrides, ``True``/``False``)
    without taking a reference, as if they were immortal, which they are only from CPython
    3.12 on. On 3.11 every ``widget.setVisible(...)`` thus steals one reference of ``None``;
    after ~5,000 calls the interpreter aborts ("none_dealloc: deallocating None"), and
    pyqtgraph reaches that in a few redraws. Raising their reference counts by 2**40 makes them
    effectively immortal, as CPython 3.12+ does by design. No-op on 3.12+ and idempotent.
    """
    if sys.version_info >= (3, 12) or getattr(pin_singletons, "done", False):
        return
    import PySide6

    if tuple(PySide6.__version_info__[:2]) != (6, 12):  # pyproject pins < 6.12; belt and braces
        return
    import ctypes

    for obj in (None, True, False, Ellipsis, NotImplemented):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    pin_singletons.done = True  # type: ignore[attr-defined]


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="accessmap gui", description="Open the accessmap window.")
    p.add_argument("files", nargs="*", help="sectors, centres, tables or a .accessmap project")
    p.add_argument("--screenshot", metavar="PNG", help="save the window as PNG and exit")
    p.add_argument("--size", default="1440x900", help="window size for --screenshot (WxH)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the map")
    return p.parse_args(argv)


def create_app(argv: list[str] | None = None):
    """The QApplication (created once), with names, translators and the WebEngine set up."""
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    pin_singletons()
    from PySide6 import QtWebEngineWidgets  # noqa: F401 - must precede the QApplication
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication([sys.argv[0] if sys.argv else "accessmap", *(argv or [])])
        app.setOrganizationName("accessmap")
        app.setApplicationName("accessmap")
        _set_icon(app)
        _collect_garbage_on_main_thread(app)
        from accessmap.gui.translations import install_translators

        # ui/language if set, else the system language if nl/fr, else English
        app._accessmap_language = install_translators(app)
    return app


def _set_icon(app) -> None:
    """The window icon and the desktop entry's name (``resources/icons``, ``accessmap.desktop``)."""
    from PySide6.QtGui import QIcon

    from accessmap.resources_path import resource_path

    icon = resource_path("icons", "accessmap.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    app.setDesktopFileName("accessmap")


def _collect_garbage_on_main_thread(app) -> None:
    """Run Python's cyclic garbage collector only on the main thread.

    Automatic collection runs in whichever thread happens to allocate; when that is a job
    thread, it may deallocate Qt wrappers there, which can deadlock against the main thread
    (Shiboken defers the deletion to the main thread while holding Qt locks). A main-thread
    timer collects instead.
    """
    import gc

    from PySide6.QtCore import QTimer

    gc.disable()
    timer = QTimer(app)
    timer.setInterval(2000)
    timer.timeout.connect(gc.collect)
    timer.start()
    app._accessmap_gc_timer = timer


def grab_window(window, path: str | Path) -> Path:
    """Save ``window`` as PNG, web view included (composited from its own grab)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    pixmap = window.grab()
    view = window.map_view
    inner = view.grab()  # the web contents, painted by Chromium's compositor
    if not inner.isNull():
        painter = QPainter(pixmap)
        painter.drawPixmap(view.mapTo(window, QPoint(0, 0)), inner)
        painter.end()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def _screenshot(app, window, path: str, timeout_s: float) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    state = {"ready": False}

    def ready(*_args) -> None:
        state["ready"] = True
        QTimer.singleShot(1500, loop.quit)  # let Chromium paint and the docks settle

    window.map_view.sig_map_ready.connect(ready)
    window.controller.sig_error.connect(lambda e: print(e.message, file=sys.stderr))
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    if not state["ready"]:
        print("accessmap: the map did not draw in time; no screenshot written", file=sys.stderr)
        return 1
    grab_window(window, path)
    print(f"accessmap: screenshot written to {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Open the window (on the sample, or on ``files``); returns the exit code."""
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    app = create_app()
    from accessmap.gui.main_window import MainWindow

    settings = None
    if args.screenshot:  # a fresh window state, and the user's settings left alone
        import tempfile

        from PySide6.QtCore import QSettings

        tmp = Path(tempfile.mkdtemp(prefix="accessmap-shot-")) / "settings.ini"
        settings = QSettings(str(tmp), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    if args.screenshot:
        w, _, h = args.size.partition("x")
        window.resize(int(w), int(h))
    window.show()
    if args.files:
        window.files.open_paths([str(Path(f)) for f in args.files])
    elif args.screenshot or not window.project_ops.offer_untitled_recovery():
        window.controller.load_sample()
    if args.screenshot:
        code = _screenshot(app, window, args.screenshot, args.timeout)
        window.controller.cancel()
        window.close()
        return code
    return int(app.exec())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
