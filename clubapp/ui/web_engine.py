"""Whether Qt's browser engine is in this build: a bundle can be made without it (about 400 MB lighter), and then
the map page and the map location picker say so instead of opening."""

from __future__ import annotations

import importlib.util


def web_engine_available() -> bool:
    return importlib.util.find_spec("PySide6.QtWebEngineWidgets") is not None
