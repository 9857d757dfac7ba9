"""Printed things: certificates, project reports and referral letters (reportlab), with fonts for every script."""

from .certificates import render_certificates
from .letters import render_referral_letter
from .project_report import render_project_report

__all__ = ["render_certificates", "render_project_report", "render_referral_letter"]
