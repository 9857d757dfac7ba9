"""clubapp-server create-org: a partner organisation."""

from __future__ import annotations

from .context import OPERATOR, Context


def register(add) -> None:
    org = add("create-org", help="add a partner organisation")
    org.add_argument("--name", required=True)
    org.add_argument("--short-name", default="")
    org.add_argument("--countries", default="", help="e.g. KE,NP")
    org.set_defaults(handler=run)


def run(args, context: Context) -> int:
    print(context.services.clubs.create_organisation(OPERATOR, args.name, args.short_name, args.countries))
    return 0
