"""The NGO worker's journey: print one municipality and a short atlas through the real window.

On the bundled Brussels sample, at the default window size, with real mouse and key events
only (see ``person.py``): Settings > Language > Nederlands (the print dialog then starts in
Dutch: issue 9 item 17), File > Print / PDF... opened as a menu; in the dialog, English chosen
back, "One page for one unit" and Molenbeek-Saint-Jean picked in their combos with the mouse,
a title typed, a licence added to the sources line by typing, Export PDF... clicked and the
file dialog answered through its widgets; the PDF read back with pypdf (title, legend with
the Molenbeek counts only, the sources with their attribution, the date, the municipality).
Then an atlas per municipality cut to three ticked municipalities, exported once and
cancelled with the Cancel button (no file left), and exported again (three pages).
Screenshots of each step go to the test's folder (and to ``$ACCESSMAP_KEEP_SHOTS``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from accessmap.gui.dialogs.print_dialog import PrintDialog
from accessmap.render import i18n
from tests.journeys import person
from tests.journeys.test_planner import choose_in_combo, click, toggle_list_item

pytestmark = pytest.mark.gui

UNIT = "Molenbeek-Saint-Jean"
ATLAS = ["Koekelberg", "Saint-Gilles", "Saint-Josse-ten-Noode"]
LICENCE = " | Statbel open data: CC BY 4.0"


def shot_of(window, dialog: QWidget, name: str) -> Path:
    """A screenshot of a dialog (its own top-level window), saved as the window's are."""
    dialog.journey_shot_dir = window.journey_shot_dir
    dialog.journey_name = window.journey_name
    return person.shot(dialog, name)


def pdf_page_shot(window, pdf: Path, name: str) -> None:
    """The PDF's first page as a PNG at 60 dpi (pdftoppm), beside the screenshots (and in
    ``$ACCESSMAP_KEEP_SHOTS``)."""
    folders = [Path(window.journey_shot_dir)]
    if os.environ.get("ACCESSMAP_KEEP_SHOTS"):
        folders.append(Path(os.environ["ACCESSMAP_KEEP_SHOTS"]))
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / (name if folder == folders[0] else f"{window.journey_name}-{name}")
        cmd = ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(out)]
        subprocess.run(cmd, check=True)


def page_text(path: Path, page: int = 0) -> str:
    return " ".join(PdfReader(path).pages[page].extract_text().split())


def close_message_box(qtbot) -> None:
    """Click OK on the visible message box (the language applies on restart)."""
    boxes: list[QMessageBox] = []

    def found() -> bool:
        boxes[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        boxes[:] = [b for b in boxes if b.isVisible()]
        return bool(boxes)

    qtbot.waitUntil(found, timeout=5_000)
    click(boxes[0].button(QMessageBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not boxes[0].isVisible(), timeout=5_000)


def open_print_dialog(window, qtbot) -> PrintDialog:
    person.trigger_menu(window, qtbot, "File", "Print / PDF...")
    dialogs: list[PrintDialog] = []

    def shown() -> bool:
        dialogs[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, PrintDialog) and w.isVisible()
        ]
        return bool(dialogs)

    qtbot.waitUntil(shown, timeout=10_000)
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    return dialog


def export_through_dialog(qtbot, dialog: PrintDialog, path: Path):
    """Click Export PDF... and answer the file dialog with ``path`` (typed, Enter)."""
    answer = person.answer_file_dialog(qtbot, path)
    click(dialog.pdf_button)  # the file dialog runs (and is answered) inside this click
    qtbot.waitUntil(lambda: answer.done, timeout=20_000)
    return answer


def test_ngo_prints_one_municipality_and_a_short_atlas(journey_window, qtbot, tmp_path):
    window = journey_window
    person.settle_map(window, qtbot)
    person.shot(window, "01-sample")

    # Settings > Language > Nederlands: the print dialog starts in the interface language.
    person.trigger_menu(window, qtbot, "Settings", "Language", "Nederlands")
    close_message_box(qtbot)
    dialog = open_print_dialog(window, qtbot)
    assert dialog.language.currentData() == "nl"
    shot_of(window, dialog, "02-print-dialog-dutch")

    # One A4 page for Molenbeek, in English, with a title and a licence typed by hand.
    choose_in_combo(qtbot, dialog.language, "English")
    assert dialog.paper.currentText() == "A4"
    choose_in_combo(qtbot, dialog.atlas, "One page for one unit (e.g. a municipality)")
    assert dialog.unit_column.isVisible() and dialog.unit_column.currentText() == "municipality"
    choose_in_combo(qtbot, dialog.unit_value, UNIT)
    click(dialog.title_edit)
    QTest.keyClicks(dialog.title_edit, "Access to GPs in Molenbeek: $5 consultations")
    sources = dialog.sources_edit
    assert "Statbel" in sources.toPlainText() and ".gpkg" not in sources.toPlainText()
    click(sources.viewport())
    QTest.keyClick(sources, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(sources, LICENCE)
    shot_of(window, dialog, "03-one-municipality-chosen")

    pdf = tmp_path / "molenbeek.pdf"
    with qtbot.waitSignal(dialog.sig_exported, timeout=120_000):
        export_through_dialog(qtbot, dialog, pdf)
    shot_of(window, dialog, "04-one-municipality-written")
    pdf_page_shot(window, pdf, "05-molenbeek-page")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) <= 1 and abs(float(box.height) - 842) <= 1  # A4
    text = page_text(pdf)
    assert "Access to GPs in Molenbeek: $5 consultations" in text  # the title, "$" as typed
    assert "Distance to the nearest centre · Molenbeek-Saint-Jean" in text  # the municipality
    assert "Distance to the nearest centre (m)" in text  # the legend
    sectors = window.controller.result.sectors
    n_unit = int((sectors["municipality"] == UNIT).sum())
    counts = [int(n.replace(",", "")) for n in re.findall(r" m \(([\d,]+)\)", text)]
    assert sum(counts) == n_unit < len(sectors)  # the legend counts Molenbeek's sectors only
    assert "Statbel (Directorate-general Statistics - Statistics Belgium)" in text
    assert "© OpenStreetMap contributors" in text and "BIMD 2011" in text
    assert "CC BY 4.0" in text  # what the person typed
    assert i18n.format_date(dt.date.today(), "en") in text  # the date

    # A short atlas: one page per municipality, three of them ticked.
    choose_in_combo(qtbot, dialog.atlas, "Atlas: one page per municipality (19 pages)")
    values = dialog.atlas_values
    assert values.isVisible() and values.count() == 19
    for row in range(values.count()):
        if values.item(row).text() not in ATLAS:
            toggle_list_item(qtbot, values, row)
    assert dialog.page_count() == 3 and "3 page(s)" in dialog.status.text()
    shot_of(window, dialog, "06-atlas-three-ticked")

    # Export, then Cancel while it draws: nothing is written.
    atlas = tmp_path / "atlas.pdf"
    export_through_dialog(qtbot, dialog, atlas)
    qtbot.waitUntil(lambda: dialog.cancel_button.isVisible(), timeout=10_000)
    with qtbot.waitSignal(dialog.sig_cancelled, timeout=120_000):
        click(dialog.cancel_button)
    shot_of(window, dialog, "07-atlas-cancelled")
    assert "Cancelled" in dialog.status.text() and not dialog.cancel_button.isVisible()
    assert not atlas.exists() and not list(tmp_path.glob(".~atlas*"))

    # Export again, to the end: three pages, one per ticked municipality.
    with qtbot.waitSignal(dialog.sig_exported, timeout=120_000):
        export_through_dialog(qtbot, dialog, atlas)
    shot_of(window, dialog, "08-atlas-written")
    reader = PdfReader(atlas)
    assert len(reader.pages) == 3
    for i, name in enumerate(ATLAS):
        text = page_text(atlas, i)
        assert name in text and f"Page {i + 1} of 3" in text
        assert "Statbel" in text and "CC BY 4.0" in text
    click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    person.shot(window, "09-back-to-the-map")
