"""The projects map (folium): a marker per located project coloured by its worst open issue, clustered when dense,
popups with a photo and the issue counts, a legend and a title. It works with no internet: Leaflet and its
cluster plugin are copied beside the page from the app's own files, and a basemap of country boundaries
(Natural Earth) is drawn under the markers. Online tiles are added only when asked for.
"""

from __future__ import annotations

import base64
import io
import shutil
from collections import Counter
from html import escape
from pathlib import Path

from ..domain.codelists import ISSUE_SEVERITIES
from ..paths import asset
from ..services.actor import Actor
from ..store.base import today

FILES = "map-files"  # the folder of Leaflet and the basemap, beside the page
DONE = {"fixed", "fix_verified", "closed"}
SEVERITY_ORDER = ("low", "medium", "high", "critical")
# Colour-blind-safe and readable on the basemap; the legend shows the words too.
COLOURS = {"critical": "#b00020", "high": "#e66100", "medium": "#c99700", "low": "#5d6d7e",
           "none_open": "#007a55", "no_issues": "#1a5fb4"}
LEGEND = (("critical", "Critical problem open"), ("high", "Serious problem open"), ("medium", "Problem open"),
          ("low", "Minor problem open"), ("none_open", "All problems fixed or closed"),
          ("no_issues", "No problems recorded"))
THUMBNAILS_AT_MOST = 300  # photos in popups make the page heavy: the first projects get one, the rest a count

_CALLBACK = """function (row) {
    var marker = L.circleMarker(new L.LatLng(row[0], row[1]),
        {radius: 8, color: '#ffffff', weight: 1.5, fillColor: row[2], fillOpacity: 0.95});
    marker.bindPopup(row[3], {maxWidth: 260});
    marker.bindTooltip(row[4]);
    return marker;
}"""

_BASEMAP = """
<script src="{files}/topojson/countries.js"></script>
<script src="{files}/topojson/topojson-client.min.js"></script>
<script>
document.addEventListener('DOMContentLoaded', function () {{
    var map = {map};
    var countries = topojson.feature(CLUBAPP_COUNTRIES, CLUBAPP_COUNTRIES.objects.countries);
    map.createPane('basemap');
    map.getPane('basemap').style.zIndex = 150;
    L.geoJSON(countries, {{pane: 'basemap', interactive: false,
        style: {{color: '#8a8a8a', weight: 0.8, fillColor: '#f4f1e8', fillOpacity: 1}}}}).addTo(map);
    map.getContainer().style.background = '#dbe9f4';
}});
</script>
"""


def build_map_html(services, actor: Actor, club_id: str | None, out_dir: Path, *, tiles: bool = False,
                   title: str | None = None) -> Path:
    """Write index.html and its files into `out_dir`; returns the page's path."""
    import folium  # folium costs 0.3 s to import: only when a map is made
    from folium.plugins import FastMarkerCluster

    out_dir = Path(out_dir)
    files = out_dir / FILES
    copy_assets(files)
    projects = services.projects.list(actor, club_id)
    located = [p for p in projects if p.has_location]
    issues = services.issues.list(actor, club_id)
    worst: dict[str, str] = {}
    counts: dict[str, Counter] = {}
    for issue in issues:
        tally = counts.setdefault(issue.project_id, Counter())
        tally["total"] += 1
        if issue.status not in DONE:
            tally["open"] += 1
            current = worst.get(issue.project_id)
            if current is None or SEVERITY_ORDER.index(issue.severity) > SEVERITY_ORDER.index(current):
                worst[issue.project_id] = issue.severity
    rows = []
    for index, project in enumerate(located):
        lat, lon = project.latitude, project.longitude
        tally = counts.get(project.id, Counter())
        key = worst.get(project.id) or ("none_open" if tally["total"] else "no_issues")
        thumb = _thumbnail(services, actor, project.id) if index < THUMBNAILS_AT_MOST else ""
        popup = (f"<div style='font: 13px sans-serif'><b>{escape(project.title)}</b><br>"
                 f"{escape(project.club_code)} · {escape(project.public_authority)}<br>"
                 f"{tally['open']} open of {tally['total']} problem(s)"
                 + (f"<br><span style='color:{COLOURS[key]}'>worst open: "
                    f"{escape(ISSUE_SEVERITIES.get(key, key).lower())}</span>" if key in ISSUE_SEVERITIES else "")
                 + (f"<br><img src='{thumb}' width='160' style='margin-top:4px'>" if thumb else "") + "</div>")
        rows.append([lat, lon, COLOURS[key], popup, project.title])

    if located:
        lats, lons = [r[0] for r in rows], [r[1] for r in rows]
        bounds = [[min(lats), min(lons)], [max(lats), max(lons)]]
    else:
        bounds = [[-10, -20], [40, 90]]
    fmap = folium.Map(location=[sum(b[0] for b in bounds) / 2, sum(b[1] for b in bounds) / 2], zoom_start=6,
                      tiles="OpenStreetMap" if tiles else None, control_scale=True, prefer_canvas=True,
                      max_zoom=18)
    fmap.options["maxZoom"] = 18  # with no tile layer, the map itself must know it (the cluster plugin asks)
    _local(fmap, files.name, js=[("leaflet", "leaflet/leaflet.js"), ("jquery", "jquery/jquery.min.js")],
           css=[("leaflet_css", "leaflet/leaflet.css")])
    cluster = FastMarkerCluster(rows, callback=_CALLBACK, name="Projects",
                                options={"maxClusterRadius": 30, "disableClusteringAtZoom": 11})
    _local(cluster, files.name, js=[("markerclusterjs", "markercluster/leaflet.markercluster.js")],
           css=[("markerclustercss", "markercluster/MarkerCluster.css"),
                ("markerclusterdefaultcss", "markercluster/MarkerCluster.Default.css")])
    cluster.add_to(fmap)
    fmap.fit_bounds(bounds, padding=(40, 40), max_zoom=12)
    clubs = services.clubs.list_clubs(actor)
    named = next((c.name for c in clubs if c.id == club_id), None)
    heading = title or (f"Projects monitored by {named}" if named else "Projects monitored by Integrity Clubs")
    root = fmap.get_root()
    root.header.add_child(folium.Element(f"<title>{escape(heading)}</title>"))
    root.html.add_child(folium.Element(_title_html(heading, len(located), len(projects))))
    root.html.add_child(folium.Element(_legend_html()))
    # Clusters in a neutral colour: the marker colours mean severity, and the plugin's green/yellow would not.
    root.header.add_child(folium.Element(
        "<style>.marker-cluster{background-color:rgba(31,41,51,.3)!important}.marker-cluster div{background-color:"
        "rgba(31,41,51,.85)!important;color:#fff;font-weight:bold}"
        ".clubapp-place{background:none;border:none;box-shadow:none;font:bold 13px sans-serif;color:#1f2933;"
        "text-shadow:0 0 3px #fff,0 0 3px #fff}</style>"))
    # Where the schools are, named: offline, the only landmarks on the map besides the borders.
    for club in clubs:
        if club.latitude is not None and (club_id is None or club.id == club_id):
            folium.CircleMarker([club.latitude, club.longitude], radius=3, color="#1f2933", fill=True,
                                fill_opacity=1, weight=1,
                                tooltip=folium.Tooltip(escape(club.name), permanent=True,
                                                       direction="right", class_name="clubapp-place"),
                                ).add_to(fmap)
    root.html.add_child(folium.Element(_BASEMAP.format(files=files.name, map=fmap.get_name())))
    page = out_dir / "index.html"
    fmap.save(str(page))
    return page


def copy_assets(files: Path) -> None:
    """Leaflet, the cluster plugin, jQuery and the basemap beside the page (with their licences)."""
    for folder in ("leaflet", "markercluster", "jquery"):
        shutil.copytree(asset(folder), files / folder, dirs_exist_ok=True)
    target = files / "topojson"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(asset("topojson", "topojson-client.min.js"), target)
    for licence in asset("topojson").glob("LICENSE*"):
        shutil.copy2(licence, target)
    countries = target / "countries.js"
    if not countries.exists():  # a script, not JSON: a page opened from disk may not fetch() files
        data = asset("topojson", "countries-50m.json").read_text(encoding="utf-8")
        countries.write_text(f"var CLUBAPP_COUNTRIES = {data};\n", encoding="utf-8")


def _local(element, folder: str, *, js: list[tuple[str, str]], css: list[tuple[str, str]]) -> None:
    element.default_js = [(name, f"{folder}/{path}") for name, path in js]
    element.default_css = [(name, f"{folder}/{path}") for name, path in css]


def _thumbnail(services, actor: Actor, project_id: str) -> str:
    photos = services.photos.list_photos(actor, project_id=project_id)
    if not photos:
        return ""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(services.photos.photo_bytes(actor, photos[0].id))) as image:
            image.thumbnail((320, 240))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=70)
    except (OSError, ValueError):
        return ""
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode()


def _title_html(heading: str, located: int, total: int) -> str:
    missing = total - located
    note = f" · {missing} without a location" if missing else ""
    return (f"<div id='clubapp-title' style='position:fixed;top:10px;left:60px;z-index:1000;background:white;"
            f"padding:6px 12px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:15px sans-serif'>"
            f"<b>{escape(heading)}</b><br><span style='font-size:12px;color:#52606d'>{located} project(s) on the "
            f"map{note} · {today():%d %B %Y}</span></div>")


def _legend_html() -> str:
    items = "".join(f"<div><span style='display:inline-block;width:12px;height:12px;border-radius:6px;"
                    f"background:{COLOURS[key]};margin-right:6px;vertical-align:middle'></span>{escape(label)}</div>"
                    for key, label in LEGEND)
    return (f"<div id='clubapp-legend' style='position:fixed;bottom:30px;right:10px;z-index:1000;background:white;"
            f"padding:8px 10px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px sans-serif'>"
            f"<b>Worst open problem</b>{items}</div>")

