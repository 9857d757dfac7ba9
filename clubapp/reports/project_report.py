"""The project report for a community meeting: what was promised, where it is (a locator map drawn from the
offline basemap), before and after photos, and every issue with its tracking number and timeline."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, Rect, String
from reportlab.graphics.shapes import Path as ShapePath
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.codelists import ISSUE_CATEGORIES
from ..maps.basemap import admin1_rings_in, rings_in
from ..services.actor import Actor
from ..services.projects import project_details
from ..store.base import today
from ..words import _, number, separator
from .fonts import base_font
from .letters import event_text, severity_text
from .pdf import FIXED, MARGIN, MUTED, PROBLEM, footer, label, long_date, para
from .photos import photo_flowable

WIDTH = A4[0] - 2 * MARGIN
DONE = {"fixed", "fix_verified", "closed"}


def locator_map(latitude: float, longitude: float, others: list[tuple[float, float]], *,
                colour=PROBLEM, span: float = 5.0, width: float = 80 * mm, height: float = 60 * mm) -> Drawing:
    """Country outlines around the project (no internet needed), the project as a large dot, the club's other
    projects as small ones, and a scale in kilometres."""
    west, east = longitude - span, longitude + span
    south, north = latitude - span * height / width, latitude + span * height / width
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=colors.HexColor("#dbe9f4"), strokeColor=MUTED,
                     strokeWidth=0.5))
    land = Group()
    frame = ShapePath(isClipPath=1, strokeColor=None, fillColor=None)  # outlines stop at the map's edge
    frame.moveTo(0, 0)
    frame.lineTo(width, 0)
    frame.lineTo(width, height)
    frame.lineTo(0, height)
    frame.closePath()
    land.add(frame)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) / (east - west) * width, (lat - south) / (north - south) * height

    for _name, ring in rings_in(west, south, east, north):
        points = [c for lon, lat in ring for c in xy(lon, lat)]
        land.add(Polygon(points, fillColor=colors.HexColor("#f4f1e8"), strokeColor=None))
    for _province, ring in admin1_rings_in(west, south, east, north):  # provinces: thin and dashed
        points = [c for lon, lat in ring for c in xy(lon, lat)]
        land.add(Polygon(points, fillColor=None, strokeColor=colors.HexColor("#9a9a9a"), strokeWidth=0.35,
                         strokeDashArray=[2, 1.5]))
    for _name, ring in rings_in(west, south, east, north):  # countries' borders over the provinces'
        points = [c for lon, lat in ring for c in xy(lon, lat)]
        land.add(Polygon(points, fillColor=None, strokeColor=colors.HexColor("#6b6b6b"), strokeWidth=0.7))
    drawing.add(land)
    for lat, lon in others:
        if west <= lon <= east and south <= lat <= north:
            x, y = xy(lon, lat)
            drawing.add(Circle(x, y, 1.6, fillColor=MUTED, strokeColor=None))
    x, y = xy(longitude, latitude)
    drawing.add(Circle(x, y, 4.5, fillColor=colour, strokeColor=colors.white, strokeWidth=1.2))
    km = 50  # a 50 km scale bar (a degree of longitude is 111 km times the cosine of the latitude)
    from math import cos, radians

    bar = km / (111.32 * cos(radians(latitude))) / (east - west) * width
    drawing.add(Rect(6, 6, bar, 2.5, fillColor=colors.black, strokeColor=None))
    # "km" is the SI symbol, the same in every language the fonts of a drawing can write (Latin only)
    drawing.add(String(6, 11, f"{km} km", fontName=base_font(), fontSize=7))
    return drawing


def _before_and_after(services, actor: Actor, photos: list) -> list:
    """Before and after side by side (what a community meeting wants to compare); only before: two abreast."""
    def pictures(chosen: list, width: float) -> list:
        made = [photo_flowable(services, actor, p, max_width=width - 6 * mm, max_height=60 * mm) for p in chosen]
        return [m for m in made if m is not None]

    before = pictures([p for p in photos if p.evidence != "after"][:2], WIDTH / 2)
    after = pictures([p for p in photos if p.evidence == "after"][:2], WIDTH / 2)
    if not before and not after:
        return []
    if before and after:
        heading, header = _("Photos: before and after"), [para(_("Before"), "h3"), para(_("After"), "h3")]
        rows = [header] + [[before[i] if i < len(before) else "", after[i] if i < len(after) else ""]
                           for i in range(max(len(before), len(after)))]
    else:
        heading, header = (_("Photos: before"), None) if before else (_("Photos: after"), None)
        rows = [(before or after)[:2]]
    grid = Table(rows, colWidths=[WIDTH / 2] * len(rows[-1]), hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([para(heading, "h2"), grid])]


def render_project_report(services, actor: Actor, project_id: str, out: Path) -> Path:
    project = services.projects.get(actor, project_id)
    club = services.clubs.get_club(actor, project.club_id)
    issues = services.issues.list(actor, project.club_id, project_id=project_id)
    visits = services.visits.list_for_project(actor, project_id)
    story = [para(club.name, "small"), para(project.title, "h1")]
    if project.description:
        story.append(para(project.description))
    def span(start, end) -> str:
        return _("{start} to {end}").format(start=long_date(start), end=long_date(end))

    rows = project_details(project, span=span, number=number) + [
        (_("Monitoring visits"), number(len(visits))),
        (_("Issues"), _("{found} found, {fixed} fixed or closed").format(
            found=number(len(issues)), fixed=number(sum(1 for i in issues if i.status in DONE)))),
    ]
    details = Table([[para(k, "cell", bold=True), para(v, "cell")] for k, v in rows], colWidths=[38 * mm, 52 * mm])
    details.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    if project.latitude is not None:
        others = [(p.latitude, p.longitude) for p in services.projects.list(actor, project.club_id)
                  if p.has_location and p.id != project.id]
        worst_open = any(i.status not in DONE for i in issues)
        drawing = locator_map(project.latitude, project.longitude, others, colour=PROBLEM if worst_open else FIXED)
        side = [drawing, para(f"{project.latitude:.5f}, {project.longitude:.5f}", "small")]
    else:
        side = [para(_("No location recorded."), "small")]
    layout = Table([[details, side]], colWidths=[WIDTH - 84 * mm, 84 * mm])
    layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 3 * mm), layout]

    photos = services.photos.list_photos(actor, project_id=project_id)
    story += _before_and_after(services, actor, photos)

    story.append(para(_("Issues found"), "h2"))
    if not issues:
        story.append(para(_("No problems recorded.")))
    for row in issues:
        timeline = services.issues.timeline(actor, row.id)
        colour = FIXED if row.status in DONE else PROBLEM
        block = [para(f"{row.tracking_number}{separator()}{row.title}", "h3", textColor=colour),
                 para(f"{label(ISSUE_CATEGORIES, row.category)}{separator()}{severity_text(row.severity)}", "small")]
        for entry in timeline:
            block.append(para(f"{long_date(entry.occurred_on)} — {event_text(entry)}"
                              + (f": {entry.note}" if entry.note else ""), "cell", leftIndent=8))
        story.append(KeepTogether(block))
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=_("Project report: {title}").format(title=project.title), author=club.name)
    foot = separator().join((club.name, project.title, _("printed {date}").format(date=long_date(today()))))
    doc.build(story, onFirstPage=lambda c, d: footer(c, d, foot), onLaterPages=lambda c, d: footer(c, d, foot))
    return out

