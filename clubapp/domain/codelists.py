"""Code lists used by records.

Project sector, status and type use the codes of the OC4IDS codelists (projectSector, projectStatus,
projectType), so that exports speak the standard; the labels are ours, short and translatable. Issue category,
severity, visit answers and contact channels are clubapp's own.
"""

from __future__ import annotations

from enum import StrEnum

PROJECT_SECTORS: dict[str, str] = {
    "education": "Education",
    "health": "Health",
    "energy": "Energy",
    "energy.solar": "Solar energy",
    "energy.wind": "Wind energy",
    "energy.hydropower": "Hydropower",
    "energy.biomass": "Biomass energy",
    "energy.geothermal": "Geothermal energy",
    "communications": "Communications",
    "waterAndWaste": "Water and sanitation",
    "governance": "Public buildings and services",
    "economy": "Economy and agriculture",
    "cultureSportsAndRecreation": "Culture, sports and recreation",
    "transport": "Transport",
    "transport.air": "Air transport",
    "transport.water": "Water transport",
    "transport.rail": "Rail transport",
    "transport.road": "Roads and bridges",
    "transport.urban": "Urban transport",
    "transport.lowCarbon": "Low-carbon transport",
    "socialHousing": "Social housing",
    "naturalResources": "Natural resources",
    "naturalResources.floodProtection": "Flood protection",
}

PROJECT_STATUSES: dict[str, str] = {
    "identification": "Planned",
    "preparation": "In preparation",
    "implementation": "Under construction",
    "completion": "Completed",
    "maintenance": "In use",
    "decommissioning": "Being decommissioned",
    "decommissioned": "Decommissioned",
    "cancelled": "Cancelled",
}

PROJECT_TYPES: dict[str, str] = {
    "construction": "New construction",
    "rehabilitation": "Rehabilitation",
    "replacement": "Replacement",
    "expansion": "Expansion",
    "decommissioning": "Decommissioning",
}

ISSUE_CATEGORIES: dict[str, str] = {
    "delay": "Work is late or stopped",
    "poor_quality": "Poor quality of work or materials",
    "incomplete": "Work left incomplete",
    "abandoned": "Project abandoned",
    "specification": "Does not match the specification",
    "budget": "Money not accounted for",
    "information": "Project information not public",
    "safety": "Safety hazard",
    "accessibility": "Not accessible to everyone",
    "maintenance": "Broken and not maintained",
    "environment": "Harm to the environment",
    "other": "Other problem",
}

ISSUE_SEVERITIES: dict[str, str] = {
    "low": "Low",
    "medium": "Medium",
    "high": "High",
    "critical": "Critical (danger to people)",
}

# Visit questions are answered yes / partly / no, or left unknown when monitors could not tell.
VISIT_ANSWERS: dict[str, str] = {"yes": "Yes", "partly": "Partly", "no": "No", "unknown": "Don't know"}

CONTACT_CHANNELS: dict[str, str] = {
    "letter": "Letter",
    "meeting": "Meeting",
    "phone": "Phone call",
    "sms": "Text message",
    "email": "Email",
    "online": "Online form",
    "media": "Radio or newspaper",
}

GENDERS: dict[str, str] = {
    "female": "Female",
    "male": "Male",
    "other": "Other",
    "undisclosed": "Prefer not to say",
}


class Role(StrEnum):
    STUDENT = "student"
    TEACHER = "teacher"
    PARTNER_STAFF = "partner_staff"
    ADMIN = "admin"


def age_band(birth_year: int | None, on_year: int) -> str:
    """Age bands for aggregate figures: precise enough to compare, too coarse to identify a minor."""
    if birth_year is None:
        return "unknown"
    age = on_year - birth_year
    if age < 13:
        return "under 13"
    if age <= 15:
        return "13-15"
    if age <= 18:
        return "16-18"
    return "over 18"
