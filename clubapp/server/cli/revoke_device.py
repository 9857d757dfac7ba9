"""clubapp-server revoke-device: a computer's token stops working."""

from __future__ import annotations

from .context import OPERATOR, Context


def register(add) -> None:
    revoke = add("revoke-device", help="stop a device's sync")
    revoke.add_argument("device_id")
    revoke.set_defaults(handler=run)


def run(args, context: Context) -> int:
    count = context.enrolment.revoke_device(OPERATOR, args.device_id)
    copies = f" (with {count - 1} copy/copies of its data folder)" if count > 1 else ""
    print(f"Revoked: that device can no longer sync{copies}.")
    return 0
