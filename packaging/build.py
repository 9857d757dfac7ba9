"""Build the one-folder app with PyInstaller, and the icons it needs, then print the bundle's size.

    python packaging/build.py [--with-webengine]

Output: dist/clubapp/ (dist/clubapp.app on macOS). On Windows, then run Inno Setup on packaging/windows/clubapp.iss
for the installer. Icons are drawn from resources/icons/clubapp.svg at build time (PNG sizes for Linux, .ico for
Windows, .icns for macOS), so only the SVG is kept in the repository; likewise the translations are compiled
(.ts -> .qm) here.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "build" / "icons"


def render_icons() -> None:
    """PNG icons in the usual sizes, an .ico and an .icns, from the SVG (Qt draws it, Pillow packs it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "clubapp.svg"))
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = []
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"clubapp-{size}.png"
        image.save(str(path))
        pngs.append(path)
    largest = Image.open(ICONS / "clubapp-512.png")
    largest.save(ICONS / "clubapp.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    largest.save(ICONS / "clubapp.icns")
    del app


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-webengine", action="store_true", help="include the map web view (+~400 MB)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    subprocess.run([sys.executable, str(ROOT / "packaging" / "fetch_assets.py")], check=True)  # fonts, Leaflet
    subprocess.run([sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--release"],
                   check=True)  # resources/translations/*.ts -> *.qm
    render_icons()
    env = dict(os.environ, CLUBAPP_WITH_WEBENGINE="1" if args.with_webengine else "0")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(args.dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "clubapp.spec")], check=True, env=env, cwd=ROOT)
    bundle = args.dist / "clubapp"
    print(f"built {bundle} in {time.perf_counter() - started:.0f} s: {folder_size(bundle) / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
