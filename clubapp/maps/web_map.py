"""The projects map (folium): a marker per located project coloured by its worst open issue, clustered when dense,
popups with a photo and the issue counts, a legend and a title. It works with no internet: Leaflet and its
cluster plugin are copied beside the page from the app's own files, and a basemap of country boundaries
(Natural Earth) is drawn under the markers. Online tiles are added only when asked for.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
from collections import Counter
from html import escape
from pathlib import Path

from ..domain.codelists import ISSUE_SEVERITIES
from ..paths import asset
from ..services.actor import Actor
from ..store.base import today
from ..words import _, ngettext, number
from .dates import long_date
from .map_data import COLOURS, DONE, RANK, SEVERITY_ORDER, key_for, worst_keys  # noqa: F401 - names kept here

FILES = "map-files"  # the folder of Leaflet and the basemap, beside the page
THUMBNAILS_AT_MOST = 300  # photos in popups make the page heavy: the first projects get one, the rest a count


def legend() -> tuple[tuple[str, str], ...]:
    """(colour key, words) for the legend, translated when the map is made (the language is chosen after import)."""
    return (("critical", _("Critical problem open")), ("high", _("Serious problem open")),
            ("medium", _("Problem open")), ("low", _("Minor problem open")),
            ("none_open", _("All problems fixed or closed")), ("no_issues", _("No problems recorded")))


_CALLBACK = """function (row) {
    var marker = L.circleMarker(new L.LatLng(row[0], row[1]),
        {radius: 8, color: '#ffffff', weight: 1.5, fillColor: row[2], fillOpacity: 0.95, rank: row[5]});
    marker.bindPopup(row[3], {maxWidth: 260});
    marker.bindTooltip(row[4]);
    return marker;
}"""

# A group of projects takes the colour of the worst problem inside it (not the plugin's green/yellow/orange by
# count, nor a grey that hides a critical problem among twenty).
_CLUSTER_ICON = """function (cluster) {
    var worst = -1, colour = '#1a5fb4';
    cluster.getAllChildMarkers().forEach(function (marker) {
        if (marker.options.rank > worst) { worst = marker.options.rank; colour = marker.options.fillColor; }
    });
    var count = cluster.getChildCount();
    var size = count < 10 ? 34 : (count < 100 ? 40 : 46);
    var text = worst === 3 ? '#1f2933' : '#ffffff';
    return L.divIcon({className: 'clubapp-cluster', iconSize: new L.Point(size, size),
        html: '<div data-worst="' + worst + '" style="width:' + size + 'px;height:' + size + 'px;line-height:' + size +
              'px;border-radius:50%;background:' + colour + ';color:' + text + ';box-shadow:0 0 0 5px ' + colour +
              '55;text-align:center;font:bold 13px sans-serif">' + count + '</div>'});
}"""

_BASEMAP = """
<script src="{files}/topojson/countries.js"></script>
<script src="{files}/topojson/topojson-client.min.js"></script>
<script src="{files}/places.js?v={version}"></script>
<script>
document.addEventListener('DOMContentLoaded', function () {{
    var map = {map};
    var countries = topojson.feature(CLUBAPP_COUNTRIES, CLUBAPP_COUNTRIES.objects.countries);
    // A ring crossing the 180th meridian jumps from +180 to -180: undone, or it is a line round the world.
    function unwrap(ring) {{
        var shift = 0;
        for (var i = 1; i < ring.length; i++) {{
            var step = ring[i][0] + shift - ring[i - 1][0];
            if (step > 180) shift -= 360; else if (step < -180) shift += 360;
            ring[i] = [ring[i][0] + shift, ring[i][1]];
        }}
    }}
    countries.features.forEach(function (feature) {{
        var g = feature.geometry;
        if (!g) return;
        (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).forEach(function (polygon) {{
            polygon.forEach(unwrap);
        }});
    }});
    map.createPane('basemap');
    map.getPane('basemap').style.zIndex = 150;
    map.createPane('labels');
    map.getPane('labels').style.zIndex = 450;
    map.getPane('labels').style.pointerEvents = 'none';
    // drawn well past the window's edges, so that a printed page (wider than the window) has no bare margin
    var basemap = L.canvas({{padding: 0.6, pane: 'basemap'}});
    L.geoJSON(countries, {{pane: 'basemap', renderer: basemap, interactive: false,
        style: {{color: '#6b6b6b', weight: 1.2, fillColor: '#f4f1e8', fillOpacity: 1}}}}).addTo(map);
    // provinces, counties: thinner, dashed
    CLUBAPP_PLACES.regions.forEach(function (rings) {{
        L.polygon(rings, {{pane: 'basemap', renderer: basemap, interactive: false, fill: false, color: '#9a9a9a', weight: 0.8,
                          dashArray: '4 3'}}).addTo(map);
    }});
    var labels = [];
    CLUBAPP_PLACES.labels.forEach(function (row) {{
        var icon = L.divIcon({{className: 'clubapp-label clubapp-' + row[3], html: '<span>' + row[2] + '</span>', iconSize: null}});
        var marker = L.marker([row[0], row[1]], {{icon: icon, pane: 'labels', interactive: false,
                                                keyboard: false}}).addTo(map);
        labels.push({{marker: marker, kind: row[3]}});
    }});
    // Show the names that fit: schools first, then provinces (zoomed in) or countries (zoomed out).
    function declutter() {{
        var zoom = map.getZoom(), shown = [];
        labels.forEach(function (label) {{
            var el = label.marker.getElement();
            if (!el || !el.firstChild) return;
            var wanted = label.kind === 'club' || (label.kind === 'region' && zoom >= 6)
                         || (label.kind === 'country' && zoom <= 6);
            el.style.visibility = 'hidden';
            if (!wanted) return;
            var box = el.firstChild.getBoundingClientRect();
            var clash = shown.some(function (other) {{
                return box.left < other.right + 4 && box.right + 4 > other.left && box.top < other.bottom &&
                       box.bottom > other.top;
            }});
            if (!clash) {{ el.style.visibility = 'visible'; shown.push(box); }}
        }});
    }}
    map.on('zoomend moveend', declutter);
    declutter();
    map.getContainer().style.background = '#dbe9f4';
}});
</script>
"""
_LABEL_CSS = """<style>
.clubapp-cluster{background:none;border:none}
@media print{.leaflet-control-zoom{display:none}}
.clubapp-label{background:none;border:none;white-space:nowrap;font-family:sans-serif;color:#1f2933;
  text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff}
.clubapp-label span{display:inline-block;transform:translate(-50%,-50%)}
.clubapp-club span{font-weight:bold;font-size:13px;transform:translate(20px,-50%)}
.clubapp-region span{font-size:11px;color:#5f5f5f;font-style:italic}
.clubapp-country span{font-size:14px;letter-spacing:.12em;text-transform:uppercase;color:#7a7a7a}
</style>"""


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
    worst, counts = worst_keys(services.issues.list(actor, club_id))
    rows = []
    for index, project in enumerate(located):
        lat, lon = project.latitude, project.longitude
        tally = counts.get(project.id, Counter())
        key = key_for(project.id, worst, counts)
        thumb = _thumbnail(services, actor, project.id) if index < THUMBNAILS_AT_MOST else ""
        worst_words = (escape(_("worst open: {severity}")).format(severity=escape(_(ISSUE_SEVERITIES[key]).lower()))
                       if key in ISSUE_SEVERITIES else "")
        popup = (f"<div dir='auto' style='font: 13px sans-serif'><b>{escape(project.title)}</b><br>"
                 f"{escape(project.club_code)} · {escape(project.public_authority)}<br>"
                 + escape(ngettext("{open} open of {total} problem", "{open} open of {total} problems", tally["total"])
                          ).format(open=number(tally["open"]), total=number(tally["total"]))
                 + (f"<br><span style='color:{COLOURS[key]}'>{worst_words}</span>" if worst_words else "")
                 + (f"<br><img src='{thumb}' width='160' style='margin-top:4px'>" if thumb else "") + "</div>")
        rows.append([lat, lon, COLOURS[key], popup, project.title, RANK[key]])

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
                                options={"maxClusterRadius": 30, "disableClusteringAtZoom": 10},
                                icon_create_function=_CLUSTER_ICON)
    _local(cluster, files.name, js=[("markerclusterjs", "markercluster/leaflet.markercluster.js")],
           css=[("markerclustercss", "markercluster/MarkerCluster.css"),
                ("markerclusterdefaultcss", "markercluster/MarkerCluster.Default.css")])
    cluster.add_to(fmap)
    # Offline, zoomed in further than a district there is nothing but the dots to see.
    fmap.fit_bounds(bounds, padding=(40, 40), max_zoom=12 if tiles else 10)
    clubs = services.clubs.list_clubs(actor)
    named = next((c.name for c in clubs if c.id == club_id), None)
    heading = title or (_("Projects monitored by {club}").format(club=named) if named
                        else _("Projects monitored by Integrity Clubs"))
    root = fmap.get_root()
    root.header.add_child(folium.Element(f"<title>{escape(heading)}</title>"))
    root.html.add_child(folium.Element(_title_html(heading, len(located), len(projects))))
    root.html.add_child(folium.Element(_legend_html()))
    # Clusters coloured by their worst problem (_CLUSTER_ICON), and the names of schools, provinces and countries: offline, the only landmarks besides the borders.
    root.header.add_child(folium.Element(_LABEL_CSS))
    shown_clubs = [c for c in clubs if c.latitude is not None and (club_id is None or c.id == club_id)]
    for club in shown_clubs:
        folium.CircleMarker([club.latitude, club.longitude], radius=3, color="#1f2933", fill=True,
                            fill_opacity=1, weight=1, tooltip=escape(club.name)).add_to(fmap)
    version = _write_places(files, shown_clubs, located)
    root.html.add_child(folium.Element(_BASEMAP.format(files=files.name, map=fmap.get_name(), version=version)))
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


def _write_places(files: Path, clubs: list, located: list) -> str:
    """places.js: the provinces around the projects (their boundaries and names), the countries' names and the
    schools' names, for the page to draw. Returns a version string for the page to ask for it by."""
    from .basemap import admin1_in, country_label_points, country_name

    margin = 1.5  # degrees around each club's projects: the provinces next door too
    spots: dict[str, list[tuple[float, float]]] = {}
    for project in located:
        spots.setdefault(project.club_code, []).append((project.longitude, project.latitude))
    for club in clubs:
        spots.setdefault(club.code, []).append((club.longitude, club.latitude))
    boxes = [(min(x for x, _y in points) - margin, min(y for _x, y in points) - margin,
              max(x for x, _y in points) + margin, max(y for _x, y in points) + margin) for points in spots.values()]
    regions = admin1_in(boxes)
    labels: list[list] = [[c.latitude, c.longitude, escape(c.name), "club"] for c in clubs]
    labels += [[r["p"][0], r["p"][1], escape(r["n"]), "region"] for r in regions if r["n"]]
    middles = country_label_points()
    for code in sorted({region["c"] for region in regions}):
        if code in middles:
            labels.append([*middles[code], escape(country_name(code)), "country"])
    data = {"regions": [[[[lat, lon] for lon, lat in ring] for ring in r["r"]] for r in regions], "labels": labels}
    text = "var CLUBAPP_PLACES = " + json.dumps(data, separators=(",", ":"), ensure_ascii=False) + ";\n"
    (files / "places.js").write_text(text, encoding="utf-8")
    return hashlib.sha1(text.encode()).hexdigest()[:10]  # noqa: S324 - a cache breaker, not security


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
    words = [ngettext("{count} project on the map", "{count} projects on the map", located).format(
        count=number(located))]
    if missing:
        words.append(_("{count} without a location").format(count=number(missing)))
    words.append(long_date(today()))
    return (f"<div id='clubapp-title' dir='auto' style='position:fixed;top:10px;left:60px;z-index:1000;"
            f"background:white;padding:6px 12px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);"
            f"font:15px sans-serif'><b>{escape(heading)}</b><br><span style='font-size:12px;color:#52606d'>"
            f"{escape(' · '.join(words))}</span></div>")


def _legend_html() -> str:
    items = "".join(f"<div><span style='display:inline-block;width:12px;height:12px;border-radius:6px;"
                    f"background:{COLOURS[key]};margin-right:6px;vertical-align:middle'></span>{escape(label)}</div>"
                    for key, label in legend())
    return (f"<div id='clubapp-legend' style='position:fixed;bottom:30px;right:10px;z-index:1000;background:white;"
            f"padding:8px 10px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px sans-serif'>"
            f"<b>{escape(_('Worst open problem'))}</b>{items}</div>")

