"""Maps that work offline: the projects web map (folium, local Leaflet) and country outlines for PDFs."""

from .web_map import build_map_html

__all__ = ["build_map_html"]
