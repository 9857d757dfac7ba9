"""clubapp certificates / report / letter / verify: the printed things, from the command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..services.actor import Actor
from ..services.certificates import CertificateService
from ..services.registry import Services
from ..store.local import open_local_store
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    certificates = subparsers.add_parser("certificates", help="print certificates for a club's students (PDF)")
    add_data_dir_option(certificates)
    certificates.add_argument("--club", required=True, help="the club's code")
    certificates.add_argument("--out", required=True, type=Path, help="the PDF to write")
    certificates.add_argument("--member", action="append", help="only this member id (repeatable)")
    certificates.set_defaults(handler=run_certificates)
    report = subparsers.add_parser("report", help="print a project report (PDF)")
    add_data_dir_option(report)
    report.add_argument("--project", required=True, help="the project's id")
    report.add_argument("--out", required=True, type=Path)
    report.set_defaults(handler=run_report)
    letter = subparsers.add_parser("letter", help="print the referral letter of an issue (PDF)")
    add_data_dir_option(letter)
    letter.add_argument("--issue", required=True, help="the issue's id or tracking number")
    letter.add_argument("--out", required=True, type=Path)
    letter.set_defaults(handler=run_letter)
    verify = subparsers.add_parser("verify", help="check a certificate's verification code")
    add_data_dir_option(verify)
    verify.add_argument("code")
    verify.set_defaults(handler=run_verify)


def _services(args: argparse.Namespace) -> Services:
    return Services.for_store(open_local_store(data_dir_of(args)))


def _club_id(services: Services, code: str) -> str:
    for club in services.clubs.list_clubs(Actor.operator()):
        if club.code.upper() == code.strip().upper():
            return club.id
    raise SystemExit(f"No club with the code {code} on this computer (see clubapp status).")


def run_certificates(args: argparse.Namespace) -> int:
    from ..reports import render_certificates  # reportlab loads for printing only

    services = _services(args)
    started = time.perf_counter()
    made = render_certificates(services, Actor.operator(), _club_id(services, args.club), args.member, args.out)
    print(f"Wrote {len(made)} certificate(s) to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from ..reports import render_project_report

    render_project_report(_services(args), Actor.operator(), args.project, args.out)
    print(f"Wrote {args.out}")
    return 0


def run_letter(args: argparse.Namespace) -> int:
    from ..reports import render_referral_letter

    services = _services(args)
    issue_id = args.issue
    if "-" in issue_id and len(issue_id) < 30:  # a tracking number
        issue_id = services.issues.find_by_tracking_number(Actor.operator(), issue_id).id
    render_referral_letter(services, Actor.operator(), issue_id, args.out)
    print(f"Wrote {args.out}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    result = CertificateService(open_local_store(data_dir_of(args))).verify(args.code)
    print(result.message, file=sys.stdout if result.genuine else sys.stderr)
    return 0 if result.genuine else 1
