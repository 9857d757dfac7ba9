"""Map: the club's projects on the app's own offline map (no browser engine), a panel for the chosen project,
printing and PDF at the paper's size. The data come through the services, on a worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..context import UiContext
from ..map_view import MapView, legend_rows
from ..text import format_number, tr

WORLD_FALLBACK = (-20.0, -35.0, 90.0, 40.0)  # no club and no located project: where the clubs are


def load_map(services: Any, actor: Any, club_id: str | None) -> dict:
    """On a worker: the projects, the boundaries and the town names of the area, through the services."""
    from ...maps.map_data import club_area, project_points
    from ...store.places import towns_in
    from ..map_view import build_basemap

    points, total = project_points(services, actor, club_id)
    club = club_area(services, actor, club_id)
    spots = [(p.longitude, p.latitude) for p in points]
    if club is not None and club.latitude is not None:
        spots.append((club.longitude, club.latitude))
    margin = 1.5
    box = (min(x for x, _y in spots) - margin, min(y for _x, y in spots) - margin,
           max(x for x, _y in spots) + margin, max(y for _x, y in spots) + margin) if spots else None
    return {"points": points, "total": total, "club": club, "basemap": build_basemap([box] if box else []),
            "towns": towns_in(box) if box else []}


class ProjectPanel(QFrame):
    """The chosen project: its photo, its problems, a button to open it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(280)
        layout = QVBoxLayout(self)
        self.title = QLabel(tr("Click a dot to see the project."))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(tr("Chosen project"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.photo = QLabel()
        self.photo.setAccessibleName(tr("Photo of the chosen project"))
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(tr("Problems of the chosen project"))
        self.open_button = QPushButton(tr("&Open the project"))
        self.open_button.setEnabled(False)
        for widget in (self.title, self.photo, self.details, self.open_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.project_id: str | None = None

    def show_card(self, card: Any) -> None:
        self.project_id = card.id
        self.title.setText(card.title)
        worst = dict(legend_rows()).get(card.key, "")
        lines = [f"{card.club_code}" + (f" · {card.public_authority}" if card.public_authority else ""),
                 tr("Problems: {open} open of {total}").format(open=format_number(card.open),
                                                                total=format_number(card.total)), worst]
        self.details.setText("\n".join(line for line in lines if line))
        if card.photo_jpeg:
            pixmap = QPixmap()
            pixmap.loadFromData(card.photo_jpeg)
            self.photo.setPixmap(pixmap.scaledToWidth(250, Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.setText(tr("No photo yet."))
        self.open_button.setEnabled(True)


class MapPage(QWidget):
    title = "Map"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.print_button = QPushButton(tr("&Print…"))
        self.pdf_button = QPushButton(tr("Save as &PDF…"))
        self.status = QLabel(tr("Making the map…"))
        self.status.setAccessibleName(tr("Map status"))
        for widget in (self.refresh_button, self.print_button, self.pdf_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        body = QHBoxLayout()
        self.view = MapView(self)
        self.view.setAccessibleName(tr("Map of the projects"))
        self.view.setAccessibleDescription(tr("Drag or use the arrow keys to move, the wheel or + and − to zoom; "
                                              "click a dot to see its project."))
        self.panel = ProjectPanel(self)
        body.addWidget(self.view, 1)
        body.addWidget(self.panel)
        layout.addLayout(body, 1)
        self.pdf_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(lambda: self.print_map())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.view.project_chosen.connect(self.choose)
        self.panel.open_button.clicked.connect(self._open)
        self.loaded = False
        self._fitted = False

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        self.status.setText(tr("Making the map…"))
        self.ctx.tasks.run(lambda _t: load_map(ctx.services, ctx.actor, ctx.actor.club_id), on_success=self._show,
                           on_failure=self.status.setText, label=tr("Making the map"))

    def _show(self, data: dict) -> None:
        view, points, club = self.view, data["points"], data["club"]
        view.set_basemap(data["basemap"])
        view.set_towns(data["towns"])
        view.set_projects(points)
        if club is not None and club.latitude is not None:
            view.club_place = (club.name, club.latitude, club.longitude)
        view.heading = (tr("Projects monitored by {club}").format(club=club.name) if club
                        else tr("Projects monitored by Integrity Clubs"))
        if not self._fitted:  # a refresh keeps where the reader was
            if points:
                view.show_points(points, WORLD_FALLBACK)
            elif club is not None and club.latitude is not None:
                view.show_around(club.latitude, club.longitude)
            else:
                view.show_area(*WORLD_FALLBACK)
            self._fitted = True
        self.loaded = True
        self.pdf_button.setEnabled(True)
        self.print_button.setEnabled(True)
        missing = data["total"] - len(points)
        words = tr("Projects on the map: {count}").format(count=format_number(len(points)))
        if missing:
            words += " · " + tr("{count} without a location").format(count=format_number(missing))
        self.status.setText(words)

    def choose(self, project_id: str) -> None:
        from ...maps.map_data import project_card

        ctx = self.ctx
        self.ctx.tasks.run(lambda _t: project_card(ctx.services, ctx.actor, project_id),
                           on_success=self.panel.show_card, on_failure=self.status.setText,
                           label=tr("Loading the project"))

    def _open(self) -> None:
        if self.panel.project_id:
            self.ctx.events.open_project.emit(self.panel.project_id)

    def save_pdf(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, tr("Save the map as PDF"),
                                                        str(Path.home() / "projects-map.pdf"), tr("PDF (*.pdf)"))
        if path:
            self.view.save_pdf(path)
            self.status.setText(tr("Saved {path}: open it to print.").format(path=path))
            self.ctx.events.status_message.emit(tr("Map saved to {path}").format(path=path))

    def print_map(self, printer: Any = None) -> None:
        """Print the map as shown on one landscape page at the paper's size (the print dialog picks the printer
        unless given one)."""
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                              QMarginsF(8, 8, 8, 8)))
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(tr("Print the map"))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        self.view.print_to(printer)
        self.status.setText(tr("Sent to the printer."))
