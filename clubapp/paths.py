"""Where things live: the user's data directory and the files shipped with the app.

One module answers both questions so that a source checkout, an installed wheel and a frozen bundle all work
the same way (see README). Nothing here touches the disk until asked.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "clubapp"
APP_AUTHOR = "IntegrityClubs"
DATA_DIR_ENV = "CLUBAPP_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    """A top-level folder of the repository (`resources`, `db`), wherever it ended up.

    In a wheel it is packaged as clubapp/_<name>; in a PyInstaller bundle it sits under sys._MEIPASS; in a
    source checkout it is beside the package.
    """
    candidates = [_PACKAGE_DIR / f"_{name}", _PACKAGE_DIR.parent / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"clubapp is incomplete: its '{name}' folder was not found in {candidates}")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def migrations_dir() -> Path:
    return _shipped_dir("db")


def assets_dir() -> Path:
    """Third-party files fetched at install or build time (fonts, Leaflet): see packaging/fetch_assets.py."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root) / "clubapp" / "_assets"] if frozen_root else []
    candidates.append(_PACKAGE_DIR / "_assets")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("clubapp's fonts and map files are missing: run `python packaging/fetch_assets.py` "
                            "(the installer does this).")


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class DataDir:
    """The files of one local store: a SQLite database (records, settings and drafts), photos by content hash,
    backups."""

    root: Path

    @classmethod
    def at(cls, path: str | os.PathLike[str] | None) -> DataDir:
        return cls(Path(path).expanduser().resolve() if path else default_data_dir())

    @property
    def database(self) -> Path:
        return self.root / "clubapp.sqlite3"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def ensure(self) -> DataDir:
        for folder in (self.root, self.photos):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"
