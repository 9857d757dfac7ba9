"""Opening the window loads only what the window needs: no command modules, no sync client, no Alembic when the
database is at head, no web engine until a map is shown (each was a tenth of a second or more on every start)."""

from __future__ import annotations

import os
import subprocess
import sys

from clubapp.store.database import head_revision, make_engine, migrate, schema_revision

OPEN_WINDOW = """
import sys
from clubapp.cli.main import main
code = main(["--data-dir", sys.argv[1]])
heavy = ("alembic", "httpx", "clubapp.sync", "clubapp.cli.export", "PySide6.QtWebEngineWidgets", "folium")
print("loaded:", sorted(name for name in heavy if name in sys.modules))
sys.exit(code)
"""


def open_window(data_dir) -> str:
    env = dict(os.environ, CLUBAPP_QUIT_AFTER_MS="0", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", OPEN_WINDOW, str(data_dir)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0 and "window usable after" in out.stdout, out.stderr
    return out.stdout


def test_a_second_start_opens_the_window_without_the_heavy_modules(tmp_path):
    open_window(tmp_path)  # the first start makes the database (Alembic runs the migrations)
    assert "loaded: []" in open_window(tmp_path)


def test_the_head_read_from_the_migration_files_is_alembics(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory

    from clubapp.store.database import alembic_config

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    scripts = ScriptDirectory.from_config(alembic_config(url))
    assert head_revision() == scripts.get_current_head()
    engine = make_engine(url)
    config = alembic_config(url)
    with engine.begin() as connection:  # a database one revision behind, as an older clubapp left it
        config.attributes["connection"] = connection
        command.upgrade(config, scripts.get_revision(head_revision()).down_revision)
    assert schema_revision(engine) != head_revision()
    migrate(engine)  # not at head: the cheap check lets Alembic bring it there
    assert schema_revision(engine) == head_revision()
    migrate(engine)  # at head: nothing to do
    assert schema_revision(engine) == head_revision()
    engine.dispose()
