"""clubapp-server create-user: a partner staff or administrator account."""

from __future__ import annotations

from ...domain.codelists import Role
from .context import OPERATOR, Context
from .lookup import org_id


def register(add) -> None:
    user = add("create-user", help="add a partner staff or administrator account")
    user.add_argument("--username", required=True)
    user.add_argument("--password", required=True)
    user.add_argument("--role", choices=("partner_staff", "admin"), default="partner_staff")
    user.add_argument("--org", help="the organisation (partner staff)")
    user.set_defaults(handler=run)


def run(args, context: Context) -> int:
    organisation = org_id(context.services, args.org) if args.org else None
    context.services.accounts.create_account(OPERATOR, username=args.username, role=Role(args.role),
                                             secret=args.password, organisation_id=organisation)
    print(f"Account {args.username} created.")
    return 0
