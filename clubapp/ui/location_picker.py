"""Pick a project's location on the app's own map: it starts on the club's area with the club's other projects and
the towns around, and takes a click, a typed place name, or the location of one of the project's photos; it says
how far the point is from the club's town, so a point dropped in the wrong district is seen before it is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .map_view import MapView
from .text import tr

FAR_KM = 25.0  # further than this from the club's town: said plainly, it is often a mistake


def load_picker(services: Any, actor: Any, club_id: str | None, project_id: str | None,
                centre: tuple[float, float] | None) -> dict:
    """On a worker: the club's projects, the boundaries and towns around, the club's town, the photos' places."""
    from ..maps.map_data import club_area, project_points
    from ..store.places import nearest, towns_in
    from .map_view import build_basemap

    points = project_points(services, actor, club_id)[0] if club_id else []
    club = club_area(services, actor, club_id)
    if club is not None and club.latitude is not None:
        centre = (club.latitude, club.longitude)
    box = None
    if centre is not None:
        box = (centre[1] - 1.5, centre[0] - 1.5, centre[1] + 1.5, centre[0] + 1.5)
    town = nearest(*centre, within_km=40) if centre else None
    photos = []
    if project_id:
        photos = [(p.caption, p.latitude, p.longitude) for p in services.photos.list_photos(actor, project_id=project_id)
                  if p.latitude is not None and p.longitude is not None]
    return {"points": [p for p in points if p.id != project_id], "basemap": build_basemap([box] if box else []),
            "towns": towns_in(box) if box else [], "centre": centre, "club": club,
            "town": town[0] if town else None, "photos": photos,
            "countries": [club.country] if club is not None and club.country else []}


class LocationPicker(QDialog):
    """Click on the map (or type a place, or take a photo's location) to choose a point; OK gives
    (latitude, longitude) in `value`."""

    def __init__(self, latitude: float | None, longitude: float | None, *, centre: tuple[float, float] | None = None,
                 parent: QWidget | None = None, ctx: Any = None, project_id: str | None = None):
        super().__init__(parent)
        # The project form that opens the picker has the page's context; taken from it when not given.
        self.ctx = ctx if ctx is not None else getattr(parent, "ctx", None)
        if project_id is None:
            project_id = getattr(getattr(parent, "project", None), "id", None)
        self.setWindowTitle(tr("Pick the project's location"))
        self.resize(1000, 680)
        self.value: tuple[float, float] | None = (latitude, longitude) if latitude is not None else None
        self.town = None  # the club's town (clubapp.store.places.Town)
        self.countries: list[str] = []
        layout = QVBoxLayout(self)
        self.hint = QLabel(tr("Click where the project is, or type a town or village. Drag to move; zoom with the "
                              "mouse wheel or the + and − keys."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.place = QLineEdit()
        self.place.setPlaceholderText(tr("Town or village"))
        self.place.setAccessibleName(tr("Town or village to find"))
        self.find_button = QPushButton(tr("&Find"))
        self.photo_box = QComboBox()
        self.photo_box.setAccessibleName(tr("Photos with a location"))
        self.photo_button = QPushButton(tr("Use this &photo's location"))
        self.photo_box.setVisible(False)
        self.photo_button.setVisible(False)
        for widget in (self.place, self.find_button, self.photo_box, self.photo_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.view = MapView(self, picking=True)
        self.view.setAccessibleName(tr("Map to pick the location"))
        layout.addWidget(self.view, 1)
        self.chosen = QLabel(self._text())
        self.chosen.setAccessibleName(tr("Chosen location"))
        self.chosen.setWordWrap(True)
        layout.addWidget(self.chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.point_picked.connect(self.picked)
        self.find_button.clicked.connect(self.find_place)
        self.place.returnPressed.connect(self.find_place)
        self.photo_button.clicked.connect(self.use_photo)
        self.find_button.setDefault(False)
        self.find_button.setAutoDefault(False)
        self._centre = (latitude, longitude) if latitude is not None else centre
        self.view.set_pin(latitude, longitude)
        self.ready = False
        if self.ctx is not None:
            ctx, club_id = self.ctx, self.ctx.actor.club_id
            self.ctx.tasks.run(lambda _t: load_picker(ctx.services, ctx.actor, club_id, project_id, centre),
                               on_success=self._loaded, on_failure=self.chosen.setText, label=tr("Making the map"))
        else:  # no services (a bare dialog): the boundaries only
            from .map_view import build_basemap

            self._loaded({"points": [], "basemap": build_basemap([]), "towns": [], "centre": centre, "club": None,
                          "town": None, "photos": [], "countries": []})

    def _loaded(self, data: dict) -> None:
        view = self.view
        view.set_basemap(data["basemap"])
        view.set_towns(data["towns"])
        view.set_projects(data["points"])
        club = data["club"]
        if club is not None and club.latitude is not None:
            view.club_place = (club.name, club.latitude, club.longitude)
        self.town, self.countries = data["town"], data["countries"]
        if self.value is not None:
            view.show_around(*self.value, km=3)
        elif data["centre"] is not None:
            view.show_around(*data["centre"], km=25)
        else:
            view.show_area(-20, -35, 90, 40)
        for caption, latitude, longitude in data["photos"]:
            self.photo_box.addItem(caption or tr("Photo at {latitude}, {longitude}").format(
                latitude=f"{latitude:.4f}", longitude=f"{longitude:.4f}"), (latitude, longitude))
        self.photo_box.setVisible(bool(data["photos"]))
        self.photo_button.setVisible(bool(data["photos"]))
        self.chosen.setText(self._text())
        self.ready = True

    def picked(self, latitude: float, longitude: float) -> None:
        self.value = (latitude, longitude)
        self.view.set_pin(latitude, longitude)
        self.chosen.setText(self._text())

    def find_place(self) -> None:
        from ..store.places import find

        name = self.place.text().strip()
        found = find(name, countries=self.countries, at_most=1) if name else []
        if not found:
            self.chosen.setText(tr("No town or village called '{name}' is on the map. Check the spelling, or click "
                                   "on the map.").format(name=name))
            return
        town = found[0]
        self.view.show_around(town.latitude, town.longitude, km=4)
        self.picked(town.latitude, town.longitude)

    def use_photo(self) -> None:
        place = self.photo_box.currentData()
        if place:
            self.view.show_around(*place, km=3)
            self.picked(*place)

    def distance_words(self) -> str:
        if self.value is None or self.town is None:
            return ""
        from ..store.places import kilometres

        km = kilometres(self.value[0], self.value[1], self.town.latitude, self.town.longitude)
        words = tr("{distance} km from {town}, the club's town.").format(distance=f"{km:.1f}", town=self.town.name)
        if km > FAR_KM:
            words += " " + tr("That is far: check that this is the right place.")
        return words

    def _text(self) -> str:
        if self.value is None:
            return tr("No point chosen yet.")
        chosen = tr("Chosen: latitude {latitude}, longitude {longitude}").format(
            latitude=f"{self.value[0]:.5f}", longitude=f"{self.value[1]:.5f}")
        distance = self.distance_words()
        return f"{chosen}. {distance}" if distance else chosen
