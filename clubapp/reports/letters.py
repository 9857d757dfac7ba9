"""The referral letter: a club writes to the authority responsible for a problem, quoting its tracking number,
what was promised, what the monitors saw, what happened so far, and when they expect an answer."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.codelists import CONTACT_CHANNELS, ISSUE_CATEGORIES, PROJECT_SECTORS
from ..maps.basemap import country_name
from ..services.actor import Actor
from ..store.base import today
from .pdf import ACCENT, MARGIN, MUTED, footer, long_date, para
from .photos import photo_flowable

EVENT_WORDS = {
    "identified": "found by the club", "reported": "reported", "response_received": "answer received",
    "follow_up_sent": "follow-up sent", "fixed": "fixed", "partly_fixed": "partly fixed", "not_fixed": "not fixed",
    "fix_verified": "fix checked by the club", "reopened": "reopened", "closed": "closed",
}


def render_referral_letter(services, actor: Actor, issue_id: str, out: Path) -> Path:
    issue = services.issues.get(actor, issue_id)
    project = services.projects.get(actor, issue.project_id)
    club = services.clubs.get_club(actor, issue.club_id)
    timeline = services.issues.timeline(actor, issue_id)
    photos = [p for p in services.photos.list_photos(actor, issue_id=issue_id) if p.evidence != "after"][:2]
    if not photos:
        photos = services.photos.list_photos(actor, project_id=project.id)[:1]
    reports = [e for e in timeline if e.kind == "reported"]
    addressee = (reports[-1].reported_to if reports else "") or issue.responsible_party or project.public_authority
    reply_by = today() + timedelta(days=club.follow_up_days)

    story = [
        para(club.name, "h2", spaceBefore=0),
        para(f"{club.school_name} · {country_name(club.country)}", "small"),
        Spacer(1, 8 * mm),
        para(long_date(today()), "right"),
        Spacer(1, 4 * mm),
        para("To:", "small"),
        para(addressee or "The responsible authority", bold=True),
        Spacer(1, 6 * mm),
        para(f"Subject: {issue.title} — {project.title}", "h3"),
        para(f"Tracking number: {issue.tracking_number}", bold=True, textColor=ACCENT),
        Spacer(1, 4 * mm),
        para("Dear Sir or Madam,"),
        Spacer(1, 2 * mm),
        para(f"We are the {club.name}, students who monitor public projects in our community with our teachers. "
             f"On {long_date(issue.identified_on)} we visited the project “{project.title}” and found a problem "
             f"that we ask you to look into."),
        Spacer(1, 3 * mm),
    ]
    rows = [
        ("Project", project.title),
        ("Sector", PROJECT_SECTORS.get(project.sector, project.sector)),
        ("Place", ", ".join(x for x in (project.address, project.admin_area) if x) or "—"),
        ("Location", f"{project.latitude:.5f}, {project.longitude:.5f}" if project.latitude is not None else "—"),
        ("Contractor or agency", project.implementing_agency or "—"),
        ("Budget", f"{project.budget_amount:,.0f} {project.budget_currency}" if project.budget_amount else "—"),
        ("Planned", f"{long_date(project.planned_start)} to {long_date(project.planned_end)}"),
        ("The problem", f"{issue.title} ({ISSUE_CATEGORIES.get(issue.category, issue.category)}, "
                        f"severity {issue.severity})"),
        ("What we saw", issue.description or "—"),
    ]
    table = Table([[para(k, "cell", bold=True), para(v, "cell")] for k, v in rows],
                  colWidths=[42 * mm, A4[0] - 2 * MARGIN - 42 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [table, Spacer(1, 4 * mm)]
    contacts = [e for e in timeline if e.kind != "identified"]
    if contacts:
        story.append(para("What has happened so far:", bold=True))
        for entry in contacts:
            how = f" to {entry.reported_to}" if entry.reported_to else ""
            how += f" by {CONTACT_CHANNELS.get(entry.channel, entry.channel).lower()}" if entry.channel else ""
            story.append(para(f"• {long_date(entry.occurred_on)}: {EVENT_WORDS.get(entry.kind, entry.kind)}{how}"
                              + (f". {entry.note}" if entry.note else ""), "cell"))
        story.append(Spacer(1, 3 * mm))
    story += [
        para(f"We would be grateful for your answer by {long_date(reply_by)}, telling us what will be done and "
             f"when. Please quote the tracking number {issue.tracking_number} in your reply, so that we can follow "
             "the problem until it is fixed."),
        Spacer(1, 3 * mm),
        para("Yours faithfully,"),
        Spacer(1, 14 * mm),
        para("______________________________"),
        para(f"for the {club.name}", "small"),
    ]
    pictures = [f for f in (photo_flowable(services, actor, photo, max_width=80 * mm, max_height=60 * mm)
                            for photo in photos) if f is not None]
    if pictures:  # an annex the authority can see the problem in, headed so that a page of it stands alone
        cells = Table([pictures], colWidths=[(A4[0] - 2 * MARGIN) / 2] * len(pictures), hAlign="LEFT")
        cells.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [Spacer(1, 6 * mm), KeepTogether([
            para(f"Photos of the problem ({issue.tracking_number})", "h3"), Spacer(1, 2 * mm), cells])]
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=f"Referral letter {issue.tracking_number}", author=club.name)
    doc.build(story, onFirstPage=lambda c, d: footer(c, d, f"{club.name} · {issue.tracking_number}"),
              onLaterPages=lambda c, d: footer(c, d, f"{club.name} · {issue.tracking_number}"))
    return out

