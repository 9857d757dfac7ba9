"""Map: the club's projects on the offline map (the same page `clubapp map` writes), in a web view, printable."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..context import UiContext


class MapPage(QWidget):
    title = "Map"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        # folium (and numpy under it) is imported here, once, on the UI thread: importing it for the first time
        # on a worker while the browser engine starts was seen to stall.

        self.ctx = ctx
        self.folder = Path(tempfile.mkdtemp(prefix="clubapp-map-"))
        folder = self.folder
        self.destroyed.connect(lambda _o=None: shutil.rmtree(folder, ignore_errors=True))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.tiles = QCheckBox("Show online &map tiles (needs internet)")
        self.refresh_button = QPushButton("&Refresh")
        self.print_button = QPushButton("&Print…")
        self.pdf_button = QPushButton("Save as &PDF…")
        self.status = QLabel("Making the map…")
        for widget in (self.tiles, self.refresh_button, self.print_button, self.pdf_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        self.view = QWebEngineView()
        self.view.setAccessibleName("Map of the projects")
        layout.addWidget(self.view, 1)
        self.pdf_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.print_map())
        self.view.printFinished.connect(self._print_done)
        self._printer = None
        self.refresh_button.clicked.connect(self.refresh)
        self.tiles.toggled.connect(lambda _on: self.refresh())
        self.pdf_button.clicked.connect(self.save_pdf)
        self.view.page().pdfPrintingFinished.connect(self._printed)
        self.loaded = False

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        from ...maps import build_map_html

        ctx, folder, tiles = self.ctx, self.folder, self.tiles.isChecked()
        self.status.setText("Making the map…")
        self.ctx.tasks.run(lambda _t: build_map_html(ctx.services, ctx.actor, ctx.actor.club_id, folder, tiles=tiles),
                           on_success=self._show, on_failure=self.status.setText, label="Making the map")

    def _show(self, page: Path) -> None:
        settings = self.view.page().settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
                              self.tiles.isChecked())
        self.view.load(QUrl.fromLocalFile(str(page)))
        self.loaded = True
        self.pdf_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.status.setText("Click a dot to see the project; scroll to zoom.")

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save the map as PDF", str(Path.home() / "projects-map.pdf"),
                                              "PDF (*.pdf)")
        if path:
            layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                 QMarginsF(8, 8, 8, 8))
            self.status.setText("Saving the PDF…")
            self.view.page().printToPdf(path, layout)

    def print_map(self, printer=None) -> None:
        """Print the map as shown, on one landscape page (the print dialog picks the printer unless given one)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                              QMarginsF(8, 8, 8, 8)))
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle("Print the map")
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        self._printer = printer  # kept until printing is finished
        self.print_button.setEnabled(False)
        self.status.setText("Printing…")
        self.view.print(printer)

    def _print_done(self, ok: bool) -> None:
        self._printer = None
        self.print_button.setEnabled(True)
        self.status.setText("Sent to the printer." if ok else "The map could not be printed.")

    def _printed(self, path: str, ok: bool) -> None:
        self.status.setText(f"Saved {path}: open it to print." if ok else "The PDF could not be written.")
        if ok:
            self.ctx.events.status_message.emit(f"Map saved to {path}")
