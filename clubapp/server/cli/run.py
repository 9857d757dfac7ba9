"""clubapp-server run: serve the HTTP API, in one process or in several workers behind one address."""

from __future__ import annotations

import os

from .context import Context


def register(add) -> None:
    run_parser = add("run", help="serve the HTTP API")
    run_parser.add_argument("--host", default="127.0.0.1")
    run_parser.add_argument("--port", type=int, default=8765)
    run_parser.add_argument("--workers", type=int, default=1)
    run_parser.set_defaults(handler=run)


def run(args, context: Context) -> int:
    import uvicorn  # the server's dependency: only `run` needs it

    from ..app import create_app
    from ..asgi import DATA_DIR_ENV, DATABASE_URL_ENV
    from ..serving import server_options

    if args.workers <= 1:
        uvicorn.run(create_app(context.store), host=args.host, port=args.port, log_level="info", **server_options())
        return 0
    # each worker process opens the store itself, named by the environment
    os.environ[DATA_DIR_ENV] = str(context.store.data_dir)
    if args.database_url:
        os.environ[DATABASE_URL_ENV] = args.database_url
    context.store.dispose()
    uvicorn.run("clubapp.server.asgi:create", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level="info", **server_options())
    return 0
