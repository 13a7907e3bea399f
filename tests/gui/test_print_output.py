"""Putting forms on paper: a printer gets each PDF page as an image, one printed page per page."""

from __future__ import annotations

import pytest
from pdf_reading import page_count
from PySide6.QtPrintSupport import QPrinter

from desk_app.gui.print_output import paint_pdf, write_pdf
from intake_support import request_for


def test_a_printer_receives_every_page_of_the_receipt(qtbot, desk, tmp_path):
    rendered = desk.forms.render(desk.intake.submit(request_for(desk)).code)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(150)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    paint_pdf(rendered.pdf, printer)
    assert page_count(target.read_bytes()) == page_count(rendered.pdf) == 2


def test_the_print_folder_gets_the_pdf_under_the_code_and_form(desk, tmp_path):
    rendered = desk.forms.render(desk.intake.submit(request_for(desk)).code)
    path = write_pdf(rendered, tmp_path / "out")
    assert path.name == f"{rendered.code}_mau01-giay-tiep-nhan.pdf"
    assert path.read_bytes() == rendered.pdf
    assert list((tmp_path / "out").iterdir()) == [path]


def test_a_printer_that_cannot_start_is_an_error_not_a_silent_success(qtbot, desk, tmp_path):
    rendered = desk.forms.render(desk.intake.submit(request_for(desk)).code)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))
    with pytest.raises(OSError):
        paint_pdf(rendered.pdf, printer)
