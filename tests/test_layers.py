"""The layers are enforced, not kept by discipline: `lint-imports` (the contracts in pyproject.toml, run by
.ci/test) passes on the code as it is, and fails when a copy of it gets a forbidden import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
                          cwd=root, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def copy_of_the_code(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("layers")
    shutil.copy(ROOT / "pyproject.toml", root)
    shutil.copytree(ROOT / "clubapp", root / "clubapp", ignore=shutil.ignore_patterns("_assets", "__pycache__"))
    return root


def test_the_code_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "bad_import", "broken"), [
    ("domain/issue_status.py", "import PySide6.QtCore", "The core never imports Qt"),
    ("store/models.py", "from ..services import registry", "Layers"),
    ("exports/tables.py", "from ..ui import text", "Layers"),
    ("sync/bundle.py", "from ..server import storage", "The sync client never imports the server"),
])
def test_a_forbidden_import_breaks_a_contract(copy_of_the_code, module, bad_import, broken):
    path = copy_of_the_code / "clubapp" / module
    original = path.read_text()
    path.write_text(original + f"\n{bad_import}  # the crossing this test makes\n")
    try:
        result = lint_imports(copy_of_the_code)
    finally:
        path.write_text(original)
    assert result.returncode != 0
    report = result.stdout.split("Broken contracts", 1)[-1]
    assert broken in report and module.replace("/", ".").removesuffix(".py") in report, result.stdout


def test_the_ui_reads_settings_through_the_typed_settings_not_the_store():
    """One typed object (services/local_settings.LocalSettings) owns the settings' keys: no window or page opens
    the store's key-value table itself."""
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "clubapp" / "ui").rglob("*.py")
                 if "get_setting(" in path.read_text() or "set_setting(" in path.read_text()]
    assert offenders == []


def test_the_readme_names_every_layer_and_the_modules_it_points_to():
    """The architecture section of the README matches the code: every package has its row, and each module it
    names exists."""
    import re

    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Architecture", 1)[1].split("\n## ", 1)[0]
    packages = sorted(p.name for p in (ROOT / "clubapp").iterdir() if (p / "__init__.py").exists())
    assert [p for p in packages if f"`clubapp/{p}/`" not in section] == []
    named = set(re.findall(r"`((?:services|store|ui|domain|server|maps)/[a-z_]+\.py)`", section))
    assert named and [m for m in sorted(named) if not (ROOT / "clubapp" / m).exists()] == []
    assert (ROOT / "resources" / "architecture.svg").exists()


def test_every_settings_key_is_named_once():
    """Settings keys are named once (store/local.py's Key, read typed through services/local_settings.py): the
    store's key-value table is never read or written with a key typed as a string (it was, in seven files)."""
    import re

    typed = re.compile(r"""(get_setting|set_setting)\(\s*["']|KeyValue\(key=["']|session\.get\(KeyValue,\s*["']""")
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "clubapp").rglob("*.py")
                 if typed.search(path.read_text())]
    assert offenders == []
