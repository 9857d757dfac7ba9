"""clubapp-server demo: the demo network, with an enrolment code for each club."""

from __future__ import annotations

import json

from .context import OPERATOR, Context


def register(add) -> None:
    demo = add("demo", help="the demo network, with each club's enrolment code")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=run)


def run(args, context: Context) -> int:
    from ...services.demo import build_demo_network  # the demo's builder is large; only this command needs it

    summary = build_demo_network(context.store.db, seed=args.seed, blobs=context.store.blobs)
    for club in summary["clubs"]:
        club["enrolment_code"] = context.enrolment.new_code(OPERATOR, club["id"])
    if args.json:
        print(json.dumps({"clubs": summary["clubs"], "counts": summary["counts"]}, ensure_ascii=False, indent=2))
        return 0
    for line in summary["lines"][:1]:
        print(line)
    for club in summary["clubs"]:
        print(f"  {club['code']}  {club['place']:<10} enrolment code {club['enrolment_code']}")
    return 0
