"""clubapp map: the projects map as a web page (works offline), a PNG or a PDF."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from ..services.actor import Actor
from ..services.registry import Services
from ..store.local import open_local_store
from .main import add_data_dir_option, data_dir_of
from .printing import _club_id


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("map", help="make the projects map: FILE.html (with its files), .png or .pdf")
    add_data_dir_option(parser)
    parser.add_argument("--club", help="only this club's projects (its code)")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--tiles", action="store_true", help="add online map tiles under the boundaries")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        from ..maps import build_map_html  # folium loads for this command only
    except ImportError:  # the school bundle leaves folium out: its map is the app's own (the Map page)
        print("clubapp: this version has no shared web map; open the Map page in the app to see, print or save "
              "the map as PDF", file=sys.stderr)
        return 2

    services = Services.for_store(open_local_store(data_dir_of(args)))
    club_id = _club_id(services, args.club) if args.club else None
    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix in (".html", ".htm"):
        folder = out.parent
        page = build_map_html(services, Actor.operator(), club_id, folder, tiles=args.tiles)
        if page != out:
            page.replace(out)
        print(f"Wrote {out} (and its files in {folder / 'map-files'}); it opens in any browser, offline too")
        return 0
    if suffix not in (".png", ".pdf"):
        raise SystemExit("The map is written as .html, .png or .pdf.")
    # The picture is drawn off screen: it works on a machine with no display (a server, an SSH session, CI).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="clubapp-map-") as tmp:
        page = build_map_html(services, Actor.operator(), club_id, Path(tmp), tiles=args.tiles)
        from PySide6.QtWidgets import QApplication  # Qt only for a picture of the map

        from ..maps.browser import dispose, open_offline, save_pdf, save_png

        app = QApplication.instance() or QApplication([])  # noqa: F841 - the browser engine needs one
        # a PDF is laid out at the paper's size (A4 landscape less 8 mm margins, at 96 dpi): the window is made
        # that size first, or the map, centred in a larger window, would slide off the page
        view, loaded = open_offline(page, size=(1600, 1100) if suffix == ".png" else (1063, 733))
        if loaded.errors:
            raise SystemExit(f"The map page reported errors: {loaded.errors}")
        (save_png if suffix == ".png" else save_pdf)(view, out)
        dispose(view)
    print(f"Wrote {out} ({loaded.markers} projects)")
    return 0
