"""clubapp-server: the central store's command line (administration, demo data, status, and `run`).

Each module of this package that defines register(add) is a command: add(name, help=...) makes its parser, whose
`handler` takes the parsed arguments and a Context (the open store, its services, enrolment) and returns an exit
status. Add a command by adding a module here."""

from __future__ import annotations

from .main import build_parser, main

__all__ = ["build_parser", "main"]
