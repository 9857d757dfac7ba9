"""Pick a project's location by clicking on the offline map (Leaflet and the country boundaries shipped with the
app). The page reports a click by changing its title, which the dialog reads: no web channel needed."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..maps.web_map import FILES, copy_assets
from .text import tr

_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="{files}/leaflet/leaflet.css">
<script src="{files}/leaflet/leaflet.js"></script>
<script src="{files}/topojson/topojson-client.min.js"></script>
<script src="{files}/topojson/countries.js"></script>
<style>html, body, #map {{ height: 100%; margin: 0; background: #dbe9f4; }}</style>
</head><body><div id="map"></div><script>
var map = L.map('map', {{maxZoom: 18}}).setView([{lat}, {lon}], {zoom});
L.geoJSON(topojson.feature(CLUBAPP_COUNTRIES, CLUBAPP_COUNTRIES.objects.countries),
          {{interactive: false, style: {{color: '#8a8a8a', weight: 0.8, fillColor: '#f4f1e8', fillOpacity: 1}}}})
  .addTo(map);
var marker = null;
function pick(lat, lon) {{
  if (marker) {{ marker.setLatLng([lat, lon]); }} else {{ marker = L.marker([lat, lon]).addTo(map); }}
  document.title = 'picked:' + lat.toFixed(5) + ',' + lon.toFixed(5);
}}
map.on('click', function (e) {{ pick(e.latlng.lat, e.latlng.lng); }});
{initial}
</script></body></html>
"""


class LocationPicker(QDialog):
    """Click on the map to choose a point; OK gives (latitude, longitude)."""

    def __init__(self, latitude: float | None, longitude: float | None, *, centre: tuple[float, float] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Pick the project's location"))
        self.resize(900, 650)
        self.value: tuple[float, float] | None = (latitude, longitude) if latitude is not None else None
        self.folder = Path(tempfile.mkdtemp(prefix="clubapp-pick-"))
        copy_assets(self.folder / FILES)
        lat, lon = self.value or centre or (0.0, 20.0)
        initial = f"pick({latitude}, {longitude});" if self.value else ""
        zoom = 13 if self.value else (8 if centre else 3)
        page = self.folder / "pick.html"
        page.write_text(_PAGE.format(files=FILES, lat=lat, lon=lon, zoom=zoom, initial=initial), encoding="utf-8")
        layout = QVBoxLayout(self)
        self.hint = QLabel(tr("Click where the project is. Zoom with the mouse wheel or the + and − buttons."))
        layout.addWidget(self.hint)
        self.view = QWebEngineView()
        self.view.setAccessibleName(tr("Map to pick the location"))
        layout.addWidget(self.view, 1)
        self.chosen = QLabel(self._text())
        layout.addWidget(self.chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.titleChanged.connect(self._title)
        self.view.load(QUrl.fromLocalFile(str(page)))
        folder = self.folder
        self.destroyed.connect(lambda _o=None: shutil.rmtree(folder, ignore_errors=True))

    def _title(self, title: str) -> None:
        if title.startswith("picked:"):
            lat, lon = (float(x) for x in title.removeprefix("picked:").split(","))
            self.value = (lat, lon)
            self.chosen.setText(self._text())

    def _text(self) -> str:
        if self.value is None:
            return tr("No point chosen yet.")
        return tr("Chosen: latitude {latitude}, longitude {longitude}").format(
            latitude=f"{self.value[0]:.5f}", longitude=f"{self.value[1]:.5f}")
