"""clubapp stats: the partner figures (fix rate with its counts, response times, breakdowns)."""

from __future__ import annotations

import argparse
import json
from datetime import date

from ..services.actor import Actor
from ..services.stats import BREAKDOWNS, Figures, StatsFilter, StatsService
from ..store.local import open_local_store
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stats", help="fix rate, response times and breakdowns")
    add_data_dir_option(parser)
    parser.add_argument("--by", choices=BREAKDOWNS, help="break the figures down")
    parser.add_argument("--from", dest="date_from", type=date.fromisoformat, help="issues found on or after")
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat, help="issues found on or before")
    parser.add_argument("--country", action="append", default=[], help="only this country (repeatable)")
    parser.add_argument("--club", action="append", default=[], help="only this club code (repeatable)")
    parser.add_argument("--sector", action="append", default=[], help="only this sector (repeatable)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _line(label: str, f: Figures) -> str:
    return (f"{label:<22} {f.identified:>7} {f.fixed:>6} {f.partly_fixed:>6} {f.not_fixed:>6} {f.still_open:>6}"
            f"  {f.fix_rate.text():<22} {f.response_rate.text():<22} {f.overdue:>7}")


def run(args: argparse.Namespace) -> int:
    store = open_local_store(data_dir_of(args))
    flt = StatsFilter(date_from=args.date_from, date_to=args.date_to, countries=tuple(c.upper() for c in args.country),
                      club_codes=tuple(c.upper() for c in args.club), sectors=tuple(args.sector))
    report = StatsService(store).figures(Actor.operator(), flt, by=args.by)
    if args.json:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        return 0
    print(f"{'':<22} {'issues':>7} {'fixed':>6} {'partly':>6} {'not':>6} {'open':>6}  {'fix rate':<22} "
          f"{'response rate':<22} {'overdue':>7}")
    print(_line("All", report.overall))
    for row in report.rows:
        print(_line(row.key or "(none)", row))
    o, p = report.overall, report.projects
    print(f"\nMedian days to first response: {o.median_days_to_response if o.median_days_to_response is not None else '-'};"
          f" to fix: {o.median_days_to_fix if o.median_days_to_fix is not None else '-'}")
    budgets = ", ".join(f"{amount:,.2f} {currency}" for currency, amount in p.budget_by_currency.items()) or "-"
    print(f"Projects: {p.projects}; beneficiaries: {p.beneficiaries:,}; budgets: {budgets}")
    return 0
