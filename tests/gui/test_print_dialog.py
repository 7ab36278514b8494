"""The print dialog, offscreen: its choices make the PageSpec, it exports PDF and PNG through
the worker, paints pages onto a real QPrinter (PDF output), and reports write errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "render"))
from print_sample import build_sample_result

from accessmap.core.errors import ExportError

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def result():
    return build_sample_result()


@pytest.fixture
def dialog(qtbot, result):
    from accessmap.gui.dialogs.print_dialog import PrintDialog

    ids = list(result.sectors["sector_id"].iloc[[10, 400]])
    dlg = PrintDialog(result, None, column="dist_nearest_m", language="en", selected_ids=ids)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_dialog_choices_make_the_page_spec(dialog):
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    dialog.title_edit.setText("Wijkgezondheid in Brussel")
    dialog.author_edit.setText("Team Noord")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.locator.setChecked(False)
    spec = dialog.page_spec()
    assert (spec.paper, spec.orientation, spec.language) == ("A3", "landscape", "nl")
    assert spec.title == "Wijkgezondheid in Brussel" and spec.author == "Team Noord"
    assert not spec.show_locator and spec.show_summary
    municipality = dialog.atlas.findData("column:municipality")
    assert municipality > 0 and "19 pages" in dialog.atlas.itemText(municipality)
    dialog.atlas.setCurrentIndex(municipality)
    assert dialog.page_options() == {"atlas_column": "municipality"}
    assert not dialog.png_button.isEnabled()  # a PNG holds one page


def test_export_pdf_through_the_dialog(qtbot, dialog, tmp_path):
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    dialog.title_edit.setText("Access for the council")
    dialog.atlas.setCurrentIndex(dialog.atlas.findData("selection"))
    path = tmp_path / "atlas.pdf"
    with qtbot.waitSignal(dialog.sig_exported, timeout=120_000) as blocker:
        dialog.export_pdf(path)
    assert blocker.args == [str(path)]
    reader = PdfReader(path)
    assert len(reader.pages) == 2  # one page per selected sector
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 842) <= 1 and abs(float(box.height) - 595) <= 1
    assert "Access for the council" in reader.pages[0].extract_text()
    assert "Written" in dialog.status.text()


def test_export_png_through_the_dialog(qtbot, dialog, tmp_path):
    path = tmp_path / "page.png"
    with qtbot.waitSignal(dialog.sig_exported, timeout=120_000):
        dialog.export_png(path, dpi=60)
    with Image.open(path) as img:
        assert abs(img.size[0] - round(210 / 25.4 * 60)) <= 2


def test_pages_painted_on_a_printer(dialog, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.atlas.setCurrentIndex(dialog.atlas.findData("focus"))
    dialog.configure_printer(printer)
    assert dialog.paint_pages(printer) == 1
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) <= 2 and abs(float(box.height) - 842) <= 2


def test_write_error_is_reported(qtbot, dialog, tmp_path):
    target = tmp_path / "missing-folder" / "page.pdf"
    with qtbot.waitSignal(dialog.sig_failed, timeout=60_000) as blocker:
        dialog.export_pdf(target)
    error = blocker.args[0]
    assert isinstance(error, ExportError) and "does not exist" in error.message
    assert dialog.status.text() == error.message
    dialog._error_box.close()


def test_print_preview_shows_the_pages(qtbot, dialog):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog.atlas.setCurrentIndex(dialog.atlas.findData("selection"))
    preview = dialog.preview()
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 2, timeout=60_000)
    preview.close()


def test_direct_print_through_the_print_dialog(qtbot, dialog, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # "print to file"
    printer.setOutputFileName(str(out))
    print_dialog = dialog.print_pages(printer)
    qtbot.waitExposed(print_dialog)
    print_dialog.accept()  # as the user pressing "Print"
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert len(reader.pages) == 1
    assert abs(float(box.width) - 842) <= 2 and abs(float(box.height) - 1191) <= 2


# -- issue 9, items 14-17 -------------------------------------------------------------------


@pytest.fixture
def ini(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def _open(qtbot, result, **kw):
    from accessmap.gui.dialogs.print_dialog import PrintDialog

    dlg = PrintDialog(result, None, column="dist_nearest_m", **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_default_language_is_the_settings_language(qtbot, result, ini):
    from accessmap.gui import translations

    translations.set_language("nl", ini)  # Settings > Language > Nederlands
    assert _open(qtbot, result, settings=ini).language.currentData() == "nl"
    translations.set_language("fr", ini)
    assert _open(qtbot, result, settings=ini).language.currentData() == "fr"


def test_one_unit_page_through_the_dialog(qtbot, result, tmp_path):
    dlg = _open(qtbot, result, language="en")
    dlg.atlas.setCurrentIndex(dlg.atlas.findData("unit"))
    assert dlg.unit_column.isVisible() and dlg.unit_value.isVisible()
    dlg.unit_column.setCurrentIndex(dlg.unit_column.findData("municipality"))
    dlg.unit_value.setCurrentIndex(dlg.unit_value.findText("Molenbeek-Saint-Jean"))
    assert dlg.page_options() == {"unit": ("municipality", "Molenbeek-Saint-Jean")}
    path = tmp_path / "molenbeek.pdf"
    with qtbot.waitSignal(dlg.sig_exported, timeout=120_000):
        dlg.export_pdf(path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Molenbeek-Saint-Jean" in text and "(number of sectors in this area)" in text


def test_sources_are_editable_and_remembered(qtbot, result, ini, tmp_path):
    dlg = _open(qtbot, result, language="en", settings=ini)
    default = dlg.sources_edit.toPlainText()
    assert "Statbel" in default and "© OpenStreetMap contributors" in default
    assert ".gpkg" not in default and not dlg.sources_note.isVisible()
    assert dlg.page_spec().sources == ""  # untouched: drawn from the layers
    typed = "Statbel (Directorate-general Statistics - Statistics Belgium), CC BY 4.0 | own survey"
    dlg.sources_edit.setPlainText(typed)
    assert dlg.page_spec().sources == typed
    path = tmp_path / "typed.pdf"
    with qtbot.waitSignal(dlg.sig_exported, timeout=120_000):
        dlg.export_pdf(path)
    assert "CC BY 4.0 | own survey" in " ".join(PdfReader(path).pages[0].extract_text().split())
    # the next dialog on the same layers starts from what was typed
    assert _open(qtbot, result, language="en", settings=ini).sources_edit.toPlainText() == typed


def test_missing_attribution_is_pointed_out(qtbot, result):
    from dataclasses import replace

    from accessmap.core.model import SourceInfo

    opened = replace(
        result, sources=(SourceInfo("sectors", "/d/wijken.geojson", "wijken.geojson"),)
    )
    dlg = _open(qtbot, opened, language="en")
    assert "wijken.geojson (your layer)" in dlg.sources_edit.toPlainText()
    assert dlg.sources_note.isVisible() and "wijken.geojson" in dlg.sources_note.text()


def test_cancel_button_stops_an_atlas_and_leaves_no_file(qtbot, result, tmp_path):
    from PySide6.QtCore import Qt

    dlg = _open(qtbot, result, language="en")
    dlg.atlas.setCurrentIndex(dlg.atlas.findData("column:municipality"))
    path = tmp_path / "atlas.pdf"
    dlg.export_pdf(path)
    qtbot.waitUntil(lambda: dlg.progress.value() > 0, timeout=120_000)  # page 2 of 19 started
    assert dlg.cancel_button.isVisible() and dlg.cancel_button.isEnabled()
    with qtbot.waitSignal(dlg.sig_cancelled, timeout=120_000):
        qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor its temporary file
    assert "Cancelled" in dlg.status.text() and not dlg.cancel_button.isVisible()
    assert dlg.pdf_button.isEnabled()


def test_zone_atlas_through_the_dialog(qtbot, result, tmp_path, shared_data):
    dlg = _open(qtbot, result, language="en")
    assert dlg.choose_zones(shared_data / "flanders" / "eerstelijnszones" / "elz.shp")
    assert dlg.atlas.currentData() == "zones" and dlg.page_count() == 1
    assert "57 zones, 1 with sectors" in dlg.zones_label.text()
    path = tmp_path / "zones.pdf"
    with qtbot.waitSignal(dlg.sig_exported, timeout=120_000):
        dlg.export_pdf(path)
    assert "Bruzel" in PdfReader(path).pages[0].extract_text()
