"""clubapp-server revoke-device: a computer's token stops working."""

from __future__ import annotations

from .context import OPERATOR, Context


def register(add) -> None:
    revoke = add("revoke-device", help="stop a device's sync")
    revoke.add_argument("device_id")
    revoke.set_defaults(handler=run)


def run(args, context: Context) -> int:
    context.enrolment.revoke_device(OPERATOR, args.device_id)
    print("Revoked: that device can no longer sync.")
    return 0
