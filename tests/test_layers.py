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
