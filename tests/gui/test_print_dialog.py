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
