"""A hatch build hook: the fonts, Leaflet, boundaries and town names (packaging/fetch_assets.py) are fetched when a
wheel is built, so that a wheel built from a fresh clone (`pip install .`) can print, demo and map on its own.

The files land in clubapp/_assets/ (git-ignored), which the wheel takes as artifacts; nothing is fetched again
when they are there. CLUBAPP_SKIP_ASSETS=1 builds without them (a wheel that then asks for fetch_assets.py).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class FetchAssetsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if os.environ.get("CLUBAPP_SKIP_ASSETS") == "1" or self.target_name != "wheel":
            return
        script = Path(self.root) / "packaging" / "fetch_assets.py"
        spec = importlib.util.spec_from_file_location("clubapp_fetch_assets", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.main()  # in this process: numpy, the hook's own dependency, is importable here
