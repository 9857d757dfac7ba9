"""clubapp-server init: create (or migrate) the database (opening the store does it)."""

from __future__ import annotations

from .context import Context


def register(add) -> None:
    add("init", help="create (or migrate) the database").set_defaults(handler=run)


def run(args, context: Context) -> int:
    url = context.store.db.engine.url.render_as_string(hide_password=True)
    print(f"The server's store is ready: {url}")
    return 0
