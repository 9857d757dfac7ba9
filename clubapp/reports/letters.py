"""The referral letter: a club writes to the authority responsible for a problem, quoting its tracking number,
what was promised, what the monitors saw, what happened so far, and when they expect an answer."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.codelists import CONTACT_CHANNELS, ISSUE_CATEGORIES, ISSUE_SEVERITIES, PROJECT_SECTORS
from ..maps.basemap import country_name
from ..services.actor import Actor
from ..store.base import today
from ..words import _, separator
from .pdf import ACCENT, MARGIN, MUTED, footer, label, long_date, para
from .photos import photo_flowable


def event_word(kind: str) -> str:
    """What happened to an issue, in words (translated when drawn: the language is chosen after import)."""
    words = {
        "identified": _("found by the club"), "reported": _("reported"), "response_received": _("answer received"),
        "follow_up_sent": _("follow-up sent"), "fixed": _("fixed"), "partly_fixed": _("partly fixed"),
        "not_fixed": _("not fixed"), "fix_verified": _("fix checked by the club"), "reopened": _("reopened"),
        "closed": _("closed"),
    }
    return words.get(kind, kind)


def event_text(entry, *, channel: bool = False) -> str:
    """The event, to whom and how (when `channel`), e.g. 'reported to the County Office by letter'."""
    text = event_word(entry.kind)
    if entry.reported_to:
        text = _("{event} to {whom}").format(event=text, whom=entry.reported_to)
    if channel and entry.channel:
        text = _("{event} by {channel}").format(event=text, channel=label(CONTACT_CHANNELS, entry.channel).lower())
    return text


def severity_text(severity: str) -> str:
    """The issue's severity in words, e.g. 'severity high'."""
    return _("severity {severity}").format(severity=label(ISSUE_SEVERITIES, severity).lower())


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
        para(f"{club.school_name}{separator()}{country_name(club.country)}", "small"),
        Spacer(1, 8 * mm),
        para(long_date(today()), "right"),
        Spacer(1, 4 * mm),
        para(_("To:"), "small"),
        para(addressee or _("The responsible authority"), bold=True),
        Spacer(1, 6 * mm),
        para(_("Subject: {issue} — {project}").format(issue=issue.title, project=project.title), "h3"),
        para(_("Tracking number: {number}").format(number=issue.tracking_number), bold=True, textColor=ACCENT),
        Spacer(1, 4 * mm),
        para(_("Dear Sir or Madam,")),
        Spacer(1, 2 * mm),
        para(_("We are the {club}, students who monitor public projects in our community with our teachers. "
               "On {date} we visited the project “{project}” and found a problem that we ask you to look into.")
             .format(club=club.name, date=long_date(issue.identified_on), project=project.title)),
        Spacer(1, 3 * mm),
    ]
    rows = [
        (_("Project"), project.title),
        (_("Sector"), label(PROJECT_SECTORS, project.sector)),
        (_("Place"), ", ".join(x for x in (project.address, project.admin_area) if x) or "—"),
        (_("Location"), f"{project.latitude:.5f}, {project.longitude:.5f}" if project.latitude is not None else "—"),
        (_("Contractor or agency"), project.implementing_agency or "—"),
        (_("Budget"), f"{project.budget_amount:,.0f} {project.budget_currency}" if project.budget_amount else "—"),
        (_("Planned"), _("{start} to {end}").format(start=long_date(project.planned_start),
                                                     end=long_date(project.planned_end))),
        (_("The problem"), f"{issue.title} ({label(ISSUE_CATEGORIES, issue.category)}, "
                           f"{severity_text(issue.severity)})"),
        (_("What we saw"), issue.description or "—"),
    ]
    table = Table([[para(k, "cell", bold=True), para(v, "cell")] for k, v in rows],
                  colWidths=[42 * mm, A4[0] - 2 * MARGIN - 42 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, MUTED),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [table, Spacer(1, 4 * mm)]
    contacts = [e for e in timeline if e.kind != "identified"]
    if contacts:
        story.append(para(_("What has happened so far:"), bold=True))
        for entry in contacts:
            story.append(para(f"• {long_date(entry.occurred_on)}: {event_text(entry, channel=True)}"
                              + (f". {entry.note}" if entry.note else ""), "cell"))
        story.append(Spacer(1, 3 * mm))
    story += [
        para(_("We would be grateful for your answer by {date}, telling us what will be done and when. Please "
               "quote the tracking number {number} in your reply, so that we can follow the problem until it is "
               "fixed.").format(date=long_date(reply_by), number=issue.tracking_number)),
        Spacer(1, 3 * mm),
        para(_("Yours faithfully,")),
        Spacer(1, 14 * mm),
        para("______________________________"),
        para(_("for the {club}").format(club=club.name), "small"),
    ]
    pictures = [f for f in (photo_flowable(services, actor, photo, max_width=80 * mm, max_height=60 * mm)
                            for photo in photos) if f is not None]
    if pictures:  # an annex the authority can see the problem in, headed so that a page of it stands alone
        cells = Table([pictures], colWidths=[(A4[0] - 2 * MARGIN) / 2] * len(pictures), hAlign="LEFT")
        cells.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [Spacer(1, 6 * mm), KeepTogether([
            para(_("Photos of the problem ({number})").format(number=issue.tracking_number), "h3"), Spacer(1, 2 * mm), cells])]
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN, title=_("Referral letter {number}").format(number=issue.tracking_number), author=club.name)
    foot = f"{club.name}{separator()}{issue.tracking_number}"
    doc.build(story, onFirstPage=lambda c, d: footer(c, d, foot), onLaterPages=lambda c, d: footer(c, d, foot))
    return out

