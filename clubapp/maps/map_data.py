"""What a map of projects shows, gathered through the services (both maps use it: the app's own map and the
folium page): each located project with its worst open problem, and the card of one chosen project."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

from ..services.actor import Actor

DONE = {"fixed", "fix_verified", "closed"}
SEVERITY_ORDER = ("low", "medium", "high", "critical")
# Colour-blind-safe and readable on the basemap; the legend shows the words too.
COLOURS = {"critical": "#b00020", "high": "#e66100", "medium": "#c99700", "low": "#5d6d7e",
           "none_open": "#007a55", "no_issues": "#1a5fb4"}
# How bad a colour key is, for a group of projects: the worst inside colours the group.
RANK = {"no_issues": 0, "none_open": 1, "low": 2, "medium": 3, "high": 4, "critical": 5}


@dataclass(frozen=True)
class ProjectPoint:
    id: str
    title: str
    latitude: float
    longitude: float
    key: str  # a COLOURS key: the worst open problem, or none open, or none recorded
    open: int
    total: int
    club_code: str
    public_authority: str = ""


@dataclass(frozen=True)
class ProjectCard:
    id: str
    title: str
    club_code: str
    public_authority: str
    sector: str
    status: str
    open: int
    total: int
    key: str
    photo_jpeg: bytes | None  # a small JPEG of its first photo


def worst_keys(issues) -> tuple[dict[str, str], dict[str, Counter]]:
    """Per project: the colour key of its worst open issue, and its counts (total, open)."""
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
    return worst, counts


def key_for(project_id: str, worst: dict[str, str], counts: dict[str, Counter]) -> str:
    tally = counts.get(project_id, Counter())
    return worst.get(project_id) or ("none_open" if tally["total"] else "no_issues")


def project_points(services, actor: Actor, club_id: str | None) -> tuple[list[ProjectPoint], int]:
    """The located projects the actor may see, and how many projects there are in all."""
    projects = services.projects.list(actor, club_id)
    worst, counts = worst_keys(services.issues.list(actor, club_id))
    points = [ProjectPoint(p.id, p.title, p.latitude, p.longitude, key_for(p.id, worst, counts),
                           counts.get(p.id, Counter())["open"], counts.get(p.id, Counter())["total"], p.club_code,
                           p.public_authority)
              for p in projects if p.has_location and p.latitude is not None and p.longitude is not None]
    return points, len(projects)


def project_card(services, actor: Actor, project_id: str) -> ProjectCard:
    project = services.projects.get(actor, project_id)
    worst, counts = worst_keys(services.issues.list(actor, project.club_id, project_id=project_id))
    tally = counts.get(project_id, Counter())
    club = services.clubs.get_club(actor, project.club_id)
    return ProjectCard(project.id, project.title, club.code, project.public_authority or "", project.sector,
                       project.status, tally["open"], tally["total"], key_for(project_id, worst, counts),
                       first_photo_jpeg(services, actor, project_id))


def first_photo_jpeg(services, actor: Actor, project_id: str, size: tuple[int, int] = (320, 240)) -> bytes | None:
    photos = services.photos.list_photos(actor, project_id=project_id)
    if not photos:
        return None
    from PIL import Image

    try:
        with Image.open(io.BytesIO(services.photos.photo_bytes(actor, photos[0].id))) as image:
            image.thumbnail(size)
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=75)
    except (OSError, ValueError):
        return None
    return out.getvalue()


def club_area(services, actor: Actor, club_id: str | None):
    """The club (its name, place and country) whose area a map starts on, or None."""
    if club_id is None:
        return None
    return services.clubs.get_club(actor, club_id)
