"""The labels people read beside the codes of an export (sector `waterAndWaste` -> "Water and sanitation",
status `not_fixed` -> "Not fixed"), in the chosen language.

Code lists come from clubapp.domain.codelists (their labels are translated like the UI's); issue statuses,
events and review states are labelled here with the same words the UI uses. The tables are built when an export
runs, so they follow the language chosen at that moment.
"""

from __future__ import annotations

from ..domain import codelists
from ..words import _

# Countries clubapp runs in, by their common English names (ISO 3166-1 alpha-2 keys). Other codes fall back to
# the names of the offline map's country file.
COUNTRY_NAMES = {
    "AF": "Afghanistan", "CD": "Democratic Republic of the Congo", "GH": "Ghana", "KE": "Kenya",
    "LR": "Liberia", "MZ": "Mozambique", "NG": "Nigeria", "NP": "Nepal", "PS": "Palestine",
    "SL": "Sierra Leone", "TL": "Timor-Leste", "TZ": "Tanzania", "UG": "Uganda", "ZM": "Zambia",
}


def country_name(code: str | None) -> str:
    """A country's English name from its two-letter code; "" when the code is unknown (never the bare code)."""
    code = (code or "").upper()
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    try:
        from ..maps.basemap import admin1

        return admin1()["countries"].get(code, "")
    except OSError:  # an install without the map's files
        return ""


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {code: _(text) for code, text in table.items()}


def issue_statuses() -> dict[str, str]:
    return {"identified": _("Not reported yet"), "reported": _("Waiting for answer"), "responded": _("Answered"),
            "fixed": _("Fixed"), "partly_fixed": _("Partly fixed"), "not_fixed": _("Not fixed"),
            "fix_verified": _("Fixed (checked)"), "reopened": _("Reopened"), "closed": _("Closed")}


def event_kinds() -> dict[str, str]:
    return {"identified": _("Found"), "reported": _("Reported"), "response_received": _("Answer received"),
            "follow_up_sent": _("Follow-up sent"), "fixed": _("Fixed"), "partly_fixed": _("Partly fixed"),
            "not_fixed": _("Not fixed"), "fix_verified": _("Fix checked by monitors"), "reopened": _("Reopened"),
            "closed": _("Closed")}


def review_states() -> dict[str, str]:
    return {"draft": _("Draft"), "submitted": _("Waiting for review"), "approved": _("Approved"),
            "returned": _("Returned")}


def code_labels() -> dict[str, dict[str, str]]:
    """Every label table an export uses, by name (see Column.labels in tables.py)."""
    return {
        "sector": _translated(codelists.PROJECT_SECTORS),
        "project_status": _translated(codelists.PROJECT_STATUSES),
        "project_type": _translated(codelists.PROJECT_TYPES),
        "category": _translated(codelists.ISSUE_CATEGORIES),
        "severity": _translated(codelists.ISSUE_SEVERITIES),
        "answer": _translated(codelists.VISIT_ANSWERS),
        "channel": _translated(codelists.CONTACT_CHANNELS),
        "gender": _translated(codelists.GENDERS),
        "issue_status": issue_statuses(),
        "outcome": {k: v for k, v in issue_statuses().items() if k in ("fixed", "partly_fixed", "not_fixed")},
        "event": event_kinds(),
        "review": review_states(),
        "evidence": {"before": _("Before"), "after": _("After")},
        "country": dict(COUNTRY_NAMES),
    }
