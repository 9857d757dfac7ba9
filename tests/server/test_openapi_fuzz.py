"""Property-based fuzzing of the sync server's HTTP API from its own OpenAPI description (schemathesis),
against a real server on 127.0.0.1 (a club, a device enrolled with the club's code), on SQLite and PostgreSQL:

- with the device's token, no request, valid or not, makes the server answer 5xx, and every answer fits what
  /openapi.json says of it (content type, headers, body schema);
- without a valid token (none, a made-up one, a revoked device's, the right one under another scheme) every
  endpoint but /health, /api/v1/enroll and /api/v1/enroll-partner refuses with 401 or 403, whatever the
  request;
- requests that once made the server fail are sent on every run, with the same checks.

Each operation is fuzzed with schemathesis' Hypothesis strategy (`operation.as_strategy`), schema-valid and
schema-invalid requests alike, a few examples each, derandomized (the same requests every run) and without an
example database, so CI is reproducible and bounded. (schemathesis' `pytest.from_fixture` loader is not used:
it reads a pytest-internal attribute that pytest 9 no longer has.) Only 127.0.0.1 is contacted: the HTTP
sessions ignore proxy settings. Every request comes from its own X-Forwarded-For address (uvicorn believes the
header from 127.0.0.1), so the per-address limit on wrong enrolment codes does not turn the enrolment fuzzing
into a fuzzing of the 429 answer."""

from __future__ import annotations

import itertools
import uuid
from types import SimpleNamespace

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
)

from clubapp.server.enrolment import EnrolmentService
from clubapp.services.actor import Actor
from postgres_db import fresh_pg_database
from sync_server import running_server

PUBLIC = ("/health", "/api/v1/enroll", "/api/v1/enroll-partner")
# What the server says of its answers, minus status_code_conformance: the refusals (401, 403, 404, 409, 413,
# 429) are deliberate but not listed in the description FastAPI writes.
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance,
          response_headers_conformance]
MODES = [pytest.param(mode, id=mode.value) for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)]
FUZZ_EXAMPLES = 15  # per operation, mode and database, with the device's token
REFUSAL_EXAMPLES = 4  # per operation, mode and database, each sent with 6 kinds of missing or wrong token
_addresses = itertools.count(1)


def from_elsewhere() -> dict[str, str]:
    n = next(_addresses)
    return {"X-Forwarded-For": f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"}


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request):
    """None for SQLite; for PostgreSQL a fresh database, dropped afterwards (conftest's pg_database, for the
    whole module). CI must not skip it: with CI set, an unreachable server fails the tests."""
    if request.param == "sqlite":
        yield None
        return
    with fresh_pg_database("clubapp_fuzz") as url:
        yield url


@pytest.fixture(scope="module")
def live_api(tmp_path_factory, database_url):
    """The server with a club, a device enrolled with its code (`token`), a device since revoked (`revoked`),
    its OpenAPI description as served, and an HTTP session that ignores proxy settings."""
    with running_server(tmp_path_factory.mktemp("fuzz"), database_url) as server:
        with httpx.Client(base_url=server["url"], timeout=30, trust_env=False) as http:
            def enrol(name):
                answer = http.post("/api/v1/enroll",
                                   json={"code": server["codes"]["club"], "device_name": name})
                assert answer.status_code == 200, answer.text
                return answer.json()

            token = enrol("Fuzz lab")["token"]
            revoked = enrol("Stolen laptop")
            EnrolmentService(server["store"].db).revoke_device(Actor.operator(), revoked["device_id"])
            document = http.get("/openapi.json").json()
        session = requests.Session()
        session.trust_env = False
        try:
            yield SimpleNamespace(url=server["url"], club=server["club"], token=token,
                                  revoked=revoked["token"], document=document, session=session)
        finally:
            session.close()


@pytest.fixture(scope="module")
def api_schema(live_api):
    """The live server's own /openapi.json, told two things FastAPI cannot write there, so that the fuzzer
    reaches the code behind them: the blob upload reads a raw body (bytes), and a pushed change is an object
    whose change_id, entity_type, entity_id, base_seq and fields the server reads (any JSON value: it must
    cope)."""
    document = live_api.document
    upload = document["paths"]["/api/v1/blobs/{sha256}"]["put"]
    upload.setdefault("requestBody", {"content": {"application/octet-stream": {
        "schema": {"type": "string", "format": "binary", "maxLength": 4096}}}})
    push = document["components"]["schemas"]["PushRequest"]["properties"]["changes"]
    read = ("change_id", "entity_type", "entity_id", "base_seq", "fields")
    push["items"] = {**push.get("items", {}), "type": "object", "properties": {key: {} for key in read}}
    schema = schemathesis.openapi.from_dict(document)
    schema.config.update(base_url=live_api.url)
    return schema


def operations(schema, public: bool | None = None) -> list:
    found = [result.ok() for result in schema.get_all_operations()]
    assert len(found) >= 10, "the server describes fewer operations than it has"
    return [op for op in found if public is None or (op.path in PUBLIC) == public]


def negatable(operation) -> bool:
    """Whether the operation has something a request can get wrong (a body, a query parameter): its path and
    headers are free strings, so schemathesis would search in vain for an invalid one."""
    raw = operation.definition.raw
    return "requestBody" in raw or any(p.get("in") == "query" for p in raw.get("parameters", []))


def fuzz(operation, mode: GenerationMode, max_examples: int, exchange) -> str | None:
    """Run `exchange(case)` on up to `max_examples` generated requests for `operation`: None when all passed
    (or when there is nothing in the operation to make invalid), else the shrunk failure."""
    if mode is GenerationMode.NEGATIVE and not negatable(operation):
        return None

    @settings(max_examples=max_examples, deadline=None, derandomize=True, database=None, print_blob=False,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case):
        exchange(case)

    try:
        run()
    except Unsatisfiable:
        assert mode is GenerationMode.NEGATIVE, f"{operation.label}: no valid request could be generated"
    except Exception as exc:  # noqa: BLE001 - every operation is fuzzed; all failures are reported together
        return f"--- {operation.label} ({mode.value}) ---\n{type(exc).__name__}: {exc}"
    return None


def without_authorization(headers) -> dict:
    """The generated headers less any Authorization the generator made up (the server declares the header)."""
    return {key: value for key, value in (headers or {}).items() if key.lower() != "authorization"}


@pytest.mark.parametrize("mode", MODES)
def test_an_enrolled_device_never_gets_a_server_error_and_every_answer_fits_the_schema(live_api, api_schema,
                                                                                       mode):
    def exchange(case):
        case.headers = {**without_authorization(case.headers), "Authorization": f"Bearer {live_api.token}",
                        **from_elsewhere()}
        case.call_and_validate(session=live_api.session, checks=CHECKS, timeout=30)

    failures = [f for op in operations(api_schema) if (f := fuzz(op, mode, FUZZ_EXAMPLES, exchange))]
    assert not failures, "\n\n".join(failures)


def refused_without_a_valid_token(case, live_api) -> None:
    generated = dict(case.headers or {})  # an Authorization the generator made up is never a device's token
    bare = without_authorization(generated)
    attempts = {
        "the generated headers": generated,
        "no Authorization": bare,
        "a made-up token": {**bare, "Authorization": "Bearer bm90LWEtdG9rZW4tbm90LWV2ZW4tY2xvc2UtdG8tb25l"},
        "an empty token": {**bare, "Authorization": "Bearer "},
        "a revoked device's token": {**bare, "Authorization": f"Bearer {live_api.revoked}"},
        "the right token under another scheme": {**bare, "Authorization": f"Basic {live_api.token}"},
    }
    for what, headers in attempts.items():
        case.headers = headers
        response = case.call(session=live_api.session, timeout=30)
        assert response.status_code in (401, 403), (
            f"{case.method} {case.formatted_path} with {what} answered {response.status_code}: "
            f"{response.text[:300]}\n{case.as_curl_command()}")


@pytest.mark.parametrize("mode", MODES)
def test_every_private_endpoint_refuses_a_request_without_a_valid_device_token(live_api, api_schema, mode):
    private = operations(api_schema, public=False)
    assert {op.path for op in private} >= {"/api/v1/session", "/api/v1/push", "/api/v1/pull",
                                           "/api/v1/device", "/api/v1/blobs/{sha256}",
                                           "/api/v1/blobs/{sha256}/status"}

    def exchange(case):
        refused_without_a_valid_token(case, live_api)

    failures = [f for op in private if (f := fuzz(op, mode, REFUSAL_EXAMPLES, exchange))]
    assert not failures, "\n\n".join(failures)


def test_a_body_that_is_not_json_is_refused_for_want_of_a_token_first(live_api):
    """The token is checked before the body is read: no one unenrolled gets the body parsed."""
    for path in ("/api/v1/session", "/api/v1/push"):
        answer = live_api.session.post(live_api.url + path, data=b"\x00", timeout=30,
                                       headers={"Content-Type": "application/json"})
        assert answer.status_code == 401, f"POST {path} without a token: {answer.status_code} {answer.text}"


# Requests that made the server fail once (found by this fuzzing, or by reading the code it pointed to), sent
# on every run whatever the generator draws: (method, path, query, body, the right statuses), in order.
PROJECT = str(uuid.UUID(int=1))


def _project(club, change: int, base_seq, **fields):
    return {"change_id": str(uuid.UUID(int=1000 + change)), "entity_type": "project", "entity_id": PROJECT,
            "base_seq": base_seq, "fields": fields or {"club_id": club, "title": "Clinic", "sector": "health",
                                                        "status": "implementation", "type": "construction"}}


PINNED = {
    "pull from past the largest 64-bit number": lambda club: [
        ("GET", "/api/v1/pull", {"since": 2**63}, None, {422}),
        ("GET", "/api/v1/pull", {"since": 10**30}, None, {422})],
    "a change whose entity_type is not a string": lambda club: [
        ("POST", "/api/v1/push", None, {"changes": [{"entity_type": ["project"]}]}, {200}),
        ("POST", "/api/v1/push", None, {"changes": [{"change_id": "c", "entity_type": {"a": 1}}]}, {200})],
    "an edit whose base_seq is not a number": lambda club: [
        ("POST", "/api/v1/push", None, {"changes": [_project(club, 1, None)]}, {200}),
        ("POST", "/api/v1/push", None, {"changes": [_project(club, 2, "x", title="Clinic 2")]}, {200}),
        ("POST", "/api/v1/push", None, {"changes": [_project(club, 3, [1], title="Clinic 3")]}, {200})],
    "a change id longer than a uuid": lambda club: [
        ("POST", "/api/v1/push", None, {"changes": [{"change_id": "x" * 37, "entity_type": "project"}]},
         {200})],
    "a NUL character in an enrolment code or a partner's name": lambda club: [
        ("POST", "/api/v1/enroll", None, {"code": "KE\x00-ABCDEFG"}, {403, 422}),
        ("POST", "/api/v1/enroll-partner", None, {"username": "a\x00", "password": "x"}, {403, 422})],
}


@pytest.mark.parametrize("name", list(PINNED))
def test_requests_that_once_failed_are_answered_as_described(live_api, api_schema, name):
    for method, path, query, body, right in PINNED[name](live_api.club):
        extra = {} if body is None else {"body": body}
        headers = {"Authorization": f"Bearer {live_api.token}", **from_elsewhere()}
        case = api_schema[path][method].Case(query=query, headers=headers, **extra)
        response = case.call_and_validate(session=live_api.session, checks=CHECKS, timeout=30)
        assert response.status_code in right, f"{method} {path}: {response.status_code} {response.text[:300]}"
