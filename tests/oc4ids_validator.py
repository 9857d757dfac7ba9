"""The official OC4IDS validator (libcoveoc4ids, the library of the Data Review Tool), run offline.

libcoveoc4ids fetches the release's schema and codelists by URL through `requests`. Here every request is
answered by a transport adapter that serves the files of ../shared/standards/oc4ids/ (the 0.9.5 release kept
beside the clone); any other URL fails loudly, so the validator never reaches the internet.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

REPO = Path(__file__).resolve().parents[1]
SCHEMA_URL = "standard.open-contracting.org/infrastructure/schema/0__9__5/"
CODELISTS_URL = "raw.githubusercontent.com/open-contracting/infrastructure/0.9/schema/project-level/codelists/"


def standards_dir() -> Path:
    """shared/standards/oc4ids beside the clone (CI: ../shared); a worktree nested one level deeper finds the
    same folder one level up. CLUBAPP_OC4IDS_DIR overrides. Missing: an error, never a skip."""
    if os.environ.get("CLUBAPP_OC4IDS_DIR"):
        candidates = [Path(os.environ["CLUBAPP_OC4IDS_DIR"])]
    else:
        candidates = [parent / "shared" / "standards" / "oc4ids" for parent in REPO.parents]
    for folder in candidates:
        if (folder / "project-schema.json").is_file() and (folder / "codelists" / "currency.csv").is_file():
            return folder
    raise AssertionError(f"The OC4IDS 0.9.5 schema and codelists are expected in ../shared/standards/oc4ids "
                         f"beside the clone (looked in {', '.join(map(str, candidates[:3]))}).")


class StandardFilesAdapter(BaseAdapter):
    """A requests transport that answers the schema and codelist URLs from local files."""

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder
        self.served: list[str] = []

    def _file_for(self, url: str) -> Path | None:
        bare = url.split("://", 1)[-1]
        if bare.startswith(SCHEMA_URL):
            return self.folder / bare[len(SCHEMA_URL):]
        if bare.startswith(CODELISTS_URL):
            return self.folder / "codelists" / bare[len(CODELISTS_URL):]
        return None

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        path = self._file_for(request.url or "")
        if path is None:
            raise requests.ConnectionError(f"offline test: no network for {request.url}")
        response = requests.Response()
        response.url, response.request = request.url or "", request
        if path.is_file() and path.resolve().is_relative_to(self.folder.resolve()):
            response.status_code, response._content = 200, path.read_bytes()
            self.served.append(path.name)
        else:
            response.status_code, response._content = 404, b""
        response.headers = CaseInsensitiveDict({"Content-Type": "application/octet-stream"})
        response.encoding = "utf-8"
        return response

    def close(self) -> None:
        pass


@contextlib.contextmanager
def offline_standard(folder: Path) -> Iterator[StandardFilesAdapter]:
    adapter = StandardFilesAdapter(folder)
    with mock.patch.object(requests.Session, "get_adapter", lambda self, url: adapter):
        yield adapter


def validate(package_path: Path) -> dict[str, Any]:
    """libcoveoc4ids' result for a package file, with the schema and codelists of the local 0.9.5 release."""
    import rfc3987  # noqa: F401  without it jsonschema accepts any string as a `uri`
    from libcoveoc4ids.api import oc4ids_json_output

    folder = standards_dir()
    with offline_standard(folder) as adapter:
        result = oc4ids_json_output(file=str(package_path))
    assert "project-schema.json" in adapter.served and "currency.csv" in adapter.served, adapter.served
    return result


def problems(result: dict[str, Any]) -> dict[str, Any]:
    """What the Data Review Tool shows as errors and conformance warnings, and the other checks' findings."""
    import json

    errors = json.loads(result.get("validation_errors_json", "[]")) if "validation_errors_json" in result \
        else result.get("validation_errors", [])
    return {
        "errors": errors,
        "conformance": result.get("conformance_checks", []),
        "additional": result.get("additional_checks", []),
        "closed_codelists": result.get("additional_closed_codelist_values", {}),
        "open_codelists": result.get("additional_open_codelist_values", {}),
    }


def error_count(result: dict[str, Any]) -> int:
    """Errors the way the Data Review Tool counts them: one per value at fault."""
    found = problems(result)["errors"]
    total = 0
    for item in found:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            total += len(item[1])
        else:
            total += 1
    return total
