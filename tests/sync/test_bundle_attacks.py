"""USB bundles attacked as a finder of the stick, a hostile club computer and a thief of the server's database
would (issue #15, items 3, 4 and 11): each attack through the real commands (`clubapp bundle import`,
`clubapp-server import-bundle`), refused with a message a teacher can act on, and nothing changed."""

from __future__ import annotations

import base64
import json
import os
import resource
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from clubapp.cli.main import main as clubapp
from clubapp.paths import DataDir
from clubapp.server.cli import main as clubapp_server
from clubapp.server.enrolment import EnrolmentService
from clubapp.services.accounts import AccountService
from clubapp.services.actor import Actor
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.services.status import store_status
from clubapp.store.local import LocalStore
from clubapp.store.models import Account
from clubapp.store.sync_tables import Device, KeyValue
from clubapp.sync import SyncClient
from clubapp.sync.bundle import export_bundle
from clubapp.sync.bundle_format import seal, write_bundle
from sync_server import running_server

BIN = Path(sys.executable).parent
GIB = 1024 ** 3


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A server; computer A (online once, then a project and a photo offline, exported to a stick);
    computer C (enrolled, never synced: its return bundle carries the whole club, PIN hashes included)."""
    from test_photos import phone_jpeg

    tmp = tmp_path_factory.mktemp("bundles")
    with running_server(tmp) as live:
        a, c = LocalStore(DataDir(tmp / "a")), LocalStore(DataDir(tmp / "c"))
        SyncClient(a).enroll(live["url"], live["codes"]["club"])
        SyncClient(a).sync()
        SyncClient(c).enroll(live["url"], live["codes"]["club"])
        student = AccountService(a).sign_in("otieno", "1234")
        services = Services.for_store(a)
        project = services.projects.create(student, student.club_id, ProjectInput(
            title="Latrines", sector="waterAndWaste", status="implementation"))
        (tmp / "p.jpg").write_bytes(phone_jpeg(800, 600))
        services.photos.add_photos(student, [tmp / "p.jpg"], project_id=project)
        stick = tmp / "stick"
        stick.mkdir()
        export_bundle(a, stick / "from-a.zip")
        export_bundle(c, stick / "from-c.zip")
        assert clubapp_server(["import-bundle", str(stick / "from-c.zip"), "--out", str(stick / "to-c.zip"),
                               "--data-dir", str(live["store"].data_dir)]) == 0
        assert clubapp(["bundle", "import", "--data-dir", str(c.data_dir.root), str(stick / "to-c.zip")]) == 0
        try:
            yield {"live": live, "a": a, "c": c, "stick": stick, "tmp": tmp}
        finally:
            a.dispose()
            c.dispose()


def server_import(world, bundle: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = clubapp_server(["import-bundle", str(bundle), "--data-dir", str(world["live"]["store"].data_dir)])
    return code, capsys.readouterr().err


def client_import(store: LocalStore, bundle: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = clubapp(["bundle", "import", "--data-dir", str(store.data_dir.root), str(bundle)])
    return code, capsys.readouterr().err


def copy_with(source: Path, target: Path, replace: dict[str, bytes] | None = None,
              add: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, (replace or {}).get(name, old.read(name)))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def server_counts(world) -> dict:
    return store_status(world["live"]["store"].db, club_id=world["live"]["club"])["counts"]


def photo_files(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob("*") if p.is_file())


def deflated_zeros(size: int) -> tuple[bytes, int]:
    """`size` bytes of zeros deflated at the best ratio (about 1:1000), and their CRC-32, in well under a second:
    a deflate stream of zeros is periodic once its window is full, so one period is repeated."""
    chunk = 16 * 1024 * 1024
    assert size % chunk == 0 and size >= 2 * chunk
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first, period = packer.compress(bytes(chunk)), packer.compress(bytes(chunk))
    assert packer.compress(bytes(chunk)) == period  # the steady state
    stream = first + period * (size // chunk - 1) + packer.flush()
    crc = 0
    zeros = bytes(chunk)
    for _ in range(size // chunk):
        crc = zlib.crc32(zeros, crc)
    return stream, crc


def zip_bomb(path: Path, entries: dict[str, bytes], bomb_name: str, size: int = 2 * GIB,
             declared: int | None = None) -> Path:
    """A zip whose `bomb_name` entry is `size` bytes of zeros, deflated to a thousandth of that, after the small
    `entries`; its headers state its true size, or `declared` (a lie: a reader trusting it would be fooled)."""
    stream, crc = deflated_zeros(size)
    files = [(name, zlib.compress(data, 9)[2:-4], zlib.crc32(data), len(data)) for name, data in entries.items()]
    files.append((bomb_name, stream, crc, size if declared is None else declared))
    local, central = bytearray(), bytearray()
    for name, data, checksum, length in files:
        encoded = name.encode()
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, checksum, len(data), length,
                               len(encoded), 0, 0, 0, 0, 0, len(local)) + encoded
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, checksum, len(data), length,
                             len(encoded), 0) + encoded + data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), len(local), 0)
    path.write_bytes(bytes(local + central + end))
    return path


def run_measured(argv: list[str]) -> tuple[int, str, float, float]:
    """Run a command; its exit status, standard error, seconds and peak resident memory in MB."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    error = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, error, seconds, usage.ru_maxrss / 1024


def test_a_zip_bomb_is_refused_by_both_commands_in_seconds_and_little_memory(world, tmp_path):
    """A 2 MB zip of 2 GB of zeros (issue #15 item 3: it took 4.3 GB and 33 s): each part is read with a cap on
    the bytes actually decompressed, before any of it is trusted."""
    a = world["a"]
    started = time.perf_counter()
    header_bomb = zip_bomb(tmp_path / "header-bomb.zip", {}, "header.json")
    made = time.perf_counter() - started
    assert header_bomb.stat().st_size < 3 * 1024 * 1024
    device_id = a.get_setting("sync_device_id")
    header = {"format": 2, "device_id": device_id, "created_at": "2026-01-01T00:00:00"}
    to_device = zip_bomb(tmp_path / "device-bomb.zip", {
        "header.json": json.dumps({**header, "kind": "to-device"}).encode(),
        "signature.txt": base64.b64encode(bytes(64))}, "manifest.bin")
    lying = zip_bomb(tmp_path / "lying-bomb.zip", {}, "header.json", declared=1000)  # says 1 KB, holds 2 GiB
    before = server_counts(world), store_status(a)
    server_dir = str(world["live"]["store"].data_dir)
    runs = {  # each command with the bomb where it meets it first; the server also with a lying header
        "server, header bomb": [str(BIN / "clubapp-server"), "import-bundle", str(header_bomb), "--data-dir", server_dir],
        "server, header bomb that lies about its size": [str(BIN / "clubapp-server"), "import-bundle", str(lying),
                                                         "--data-dir", server_dir],
        "desktop, manifest bomb": [str(BIN / "clubapp"), "bundle", "import", "--data-dir", str(a.data_dir.root),
                                   str(to_device)],
    }
    print(f"\nzip bomb: {header_bomb.stat().st_size / 1e6:.1f} MB holding 2 GiB of zeros (made in {made:.1f} s)")
    floors = {}  # the same command refusing a missing file: its start-up memory and time, measured here
    for what, argv in runs.items():
        if what.split(",")[0] not in floors:
            _, _, floor_seconds, floor_rss = run_measured(argv[:-1] + [str(tmp_path / "missing.zip")]
                                                          if what.startswith("desktop") else
                                                          argv[:2] + [str(tmp_path / "missing.zip")] + argv[3:])
            floors[what.split(",")[0]] = floor_seconds, floor_rss
        floor_seconds, floor_rss = floors[what.split(",")[0]]
        code, error, seconds, rss = run_measured(argv)
        print(f"  {what}: refused in {seconds:.2f} s (a missing file: {floor_seconds:.2f} s), peak RSS {rss:.0f} MB "
              f"(a missing file: {floor_rss:.0f} MB): {error.strip()}")
        assert code == 1 and "Traceback" not in error
        assert "damaged" in error and error.startswith("Nothing was imported:")
        assert seconds < floor_seconds + 10 and rss < floor_rss + 40  # not 4.3 GB, not 33 s
    assert (server_counts(world), store_status(a)) == before


def test_a_finder_of_the_stick_reads_no_name_no_record_and_no_pin_hash(world):
    """PIN 1234 was found from a bundle alone in 3.6 s: now every entry is sealed; there is no hash to try."""
    c = world["c"]
    with c.reading() as session:
        pin_hashes = [h for h in session.scalars(select(Account.password_hash)) if h]
    assert pin_hashes  # the return bundle carried the club's accounts to C...
    for bundle in ("to-c.zip", "from-a.zip"):
        raw = (world["stick"] / bundle).read_bytes()
        with zipfile.ZipFile(world["stick"] / bundle) as archive:
            contents = b"".join(archive.read(name) for name in archive.namelist())
            header = json.loads(archive.read("header.json"))
        for secret in [b"$argon2", b"Otieno", b"Latrines", b"Nyeri", b"otieno", b"grace"]:
            assert secret not in raw and secret not in contents, (bundle, secret)
        for pin_hash in pin_hashes:  # ...but none of them is on the stick
            assert pin_hash.encode() not in contents
        assert set(header) == {"format", "kind", "device_id", "created_at"}
    tried = 0
    for text in (world["stick"] / "to-c.zip").read_bytes().split(b"$"):  # a thief's look for any argon2 hash
        try:
            PasswordHasher().verify("$" + text.decode("latin-1"), "1234")
        except (VerificationError, InvalidHashError, ValueError):
            tried += 1
            continue
        pytest.fail("PIN 1234 found from the bundle")
    assert tried


def test_a_planted_photo_entry_is_refused_and_no_photo_is_stored(world, tmp_path, capsys):
    live, c = world["live"], world["c"]
    junk = b"planted bytes, not a photo"
    import hashlib

    sha = hashlib.sha256(junk).hexdigest()
    server_photos = photo_files(live["store"].data_dir / "photos")
    planted = copy_with(world["stick"] / "from-a.zip", tmp_path / "planted.zip", add={"e/99": junk,
                                                                                        f"photos/{sha}": junk})
    code, error = server_import(world, planted, capsys)
    assert code == 1 and "signature does not cover" in error and "Traceback" not in error
    assert photo_files(live["store"].data_dir / "photos") == server_photos
    # a planted entry in the server's answer, on the way back to a computer
    before = photo_files(c.data_dir.photos)
    planted_back = copy_with(world["stick"] / "to-c.zip", tmp_path / "planted-back.zip", add={"e/999": junk})
    code, error = client_import(c, planted_back, capsys)
    assert code == 1 and "signature does not cover" in error
    assert photo_files(c.data_dir.photos) == before
    # entries swapped with each other in A's bundle (the payload where the photo was)
    with zipfile.ZipFile(world["stick"] / "from-a.zip") as archive:
        swapped = {"e/0": archive.read("e/1"), "e/1": archive.read("e/0")}
    before_counts = server_counts(world)
    code, error = server_import(world, copy_with(world["stick"] / "from-a.zip", tmp_path / "swapped.zip", swapped),
                                capsys)
    assert code == 1 and "changed after it was signed" in error
    assert server_counts(world) == before_counts
    assert photo_files(live["store"].data_dir / "photos") == server_photos
    assert photo_files(c.data_dir.photos) == before


def test_a_bundle_forged_with_a_copy_of_the_servers_database_is_refused(world, tmp_path, capsys):
    """The thief has every row of the server's database: device ids, token hashes, each computer's bundle secret
    and public key. Not A's private key, not the server's (a file beside the database): nothing it signs passes."""
    live, a = world["live"], world["a"]
    with live["store"].db.reading() as session:
        device = session.get(Device, a.get_setting("sync_device_id"))
        keys = session.get(KeyValue, f"bundle-keys:{device.id}").value
        other_project = {"change_id": "f" * 36, "entity_type": "project", "entity_id": "e" * 36,
                         "club_id": device.club_id, "fields": {"title": "Forged"}, "base_seq": None}
    forger = Ed25519PrivateKey.generate()
    header = {"kind": "from-device", "device_id": device.id, "created_at": "2026-01-01T00:00:00"}
    payload = json.dumps({"changes": [other_project], "pulled_seq": 0}).encode()
    write_bundle(tmp_path / "forged.zip", header=header, secret=bytes.fromhex(keys["secret"]), signer=forger,
                 entries=[("payload", lambda: payload)])
    before = server_counts(world)
    code, error = server_import(world, tmp_path / "forged.zip", capsys)
    assert code == 1 and "signature does not match" in error
    # the old way: HMAC with the token hash the database holds
    import hashlib
    import hmac

    old = tmp_path / "old-format.zip"
    manifest = json.dumps({"format": 1, "kind": "from-device", "device_id": device.id, "pulled_seq": 0}).encode()
    mac = hmac.new(bytes.fromhex(device.token_hash), digestmod=hashlib.sha256)
    for part in (manifest, payload):
        mac.update(hashlib.sha256(part).digest())
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("payload.json", payload)
        archive.writestr("signature.txt", mac.hexdigest())
    code, error = server_import(world, old, capsys)
    assert code == 1 and "another version of clubapp" in error
    assert server_counts(world) == before
    # and a forged answer to A, sealed with A's secret from the database, signed by a key that is not the server's
    forged_back = tmp_path / "forged-back.zip"
    write_bundle(forged_back, header={**header, "kind": "to-device"}, secret=bytes.fromhex(keys["secret"]),
                 signer=forger, entries=[("payload", lambda: json.dumps({"rows": [], "answers": []}).encode())])
    pending = store_status(a)["pending"]
    code, error = client_import(a, forged_back, capsys)
    assert code == 1 and "signature does not match" in error
    assert store_status(a)["pending"] == pending


def signed_by_a(world, path: Path, header: dict, manifest_plain: bytes) -> Path:
    """A bundle A itself signs (with its real key) whose manifest is whatever the test wants."""
    from clubapp.sync.bundle_format import _digest_to_sign

    a = world["a"]
    header_bytes = json.dumps(header).encode()
    secret = bytes.fromhex(a.get_setting("bundle_secret"))
    manifest = seal(secret, manifest_plain, header_bytes + b"\0manifest")
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(a.get_setting("bundle_signing_key")))
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("header.json", header_bytes)
        archive.writestr("manifest.bin", manifest)
        archive.writestr("signature.txt", base64.b64encode(signer.sign(_digest_to_sign(header_bytes, manifest))))
    return path


def test_malformed_bundles_get_a_clear_message_not_a_traceback(world, tmp_path, capsys):
    """Item 11: a manifest that is a list, a device id that is a list, a signature that is not ASCII, a header
    that is not JSON, an empty file, a zip with nothing in it."""
    a = world["a"]
    device_id = a.get_setting("sync_device_id")
    header = {"format": 2, "kind": "from-device", "device_id": device_id, "created_at": "2026-01-01T00:00:00"}
    source = world["stick"] / "from-a.zip"
    cases = {
        "manifest a list": signed_by_a(world, tmp_path / "list.zip", header, b"[1, 2, 3]"),
        "entries a dict": signed_by_a(world, tmp_path / "dict.zip", header, b'{"entries": {"a": 1}}'),
        "device id a list": copy_with(source, tmp_path / "device.zip", {
            "header.json": json.dumps({**header, "device_id": [device_id]}).encode()}),
        "header a list": copy_with(source, tmp_path / "header.zip", {"header.json": b"[]"}),
        "header not JSON": copy_with(source, tmp_path / "notjson.zip", {"header.json": b"\xff\xfe{"}),
        "signature not ASCII": copy_with(source, tmp_path / "sig.zip", {"signature.txt": "signé ✓".encode()}),
        "signature latin-1": copy_with(source, tmp_path / "sig1.zip", {"signature.txt": b"\xe9\xe8\x00"}),
    }
    (tmp_path / "empty.zip").write_bytes(b"")
    cases["empty file"] = tmp_path / "empty.zip"
    with zipfile.ZipFile(tmp_path / "nothing.zip", "w"):
        pass
    cases["empty zip"] = tmp_path / "nothing.zip"
    before = server_counts(world)
    for what, bundle in cases.items():
        code, error = server_import(world, bundle, capsys)
        assert code == 1 and "Traceback" not in error and error.startswith("Nothing was imported:"), (what, error)
        assert len(error.strip().splitlines()) == 1, (what, error)
        print(f"{what}: {error.strip()}")
    assert server_counts(world) == before


def test_a_revoked_computers_bundle_says_revoked(world, tmp_path, capsys):
    live = world["live"]
    d = LocalStore(DataDir(tmp_path / "d"))
    try:
        SyncClient(d).enroll(live["url"], live["codes"]["club"])
        export_bundle(d, tmp_path / "from-d.zip")
        EnrolmentService(live["store"].db).revoke_device(Actor.operator(), d.get_setting("sync_device_id"))
        code, error = server_import(world, tmp_path / "from-d.zip", capsys)
        assert code == 1 and "revoked" in error and "signature" not in error
    finally:
        d.dispose()


def test_the_pin_guessing_cost_from_a_stolen_hash_is_measured(world):
    """What a thief of a computer's database (not of a stick: that holds no hash) pays per PIN tried, with the
    hasher the app uses: printed for the README."""
    c = world["c"]
    with c.reading() as session:
        stolen = session.scalar(select(Account.password_hash).where(Account.username == "otieno"))
    real = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)  # the app's (the suite patches a cheap one)
    started = time.perf_counter()
    tries = 3
    for pin in ("0000", "0001", "0002"):
        with pytest.raises(VerificationError):
            real.verify(real.hash("1234"), pin)
    per_try = (time.perf_counter() - started) / tries / 2
    print(f"\nargon2 ({real.time_cost} passes, {real.memory_cost // 1024} MiB): {per_try * 1000:.0f} ms per PIN "
          f"tried on one core; all 10,000 four-digit PINs: {per_try * 10_000 / 60:.0f} min; six digits: "
          f"{per_try * 1_000_000 / 3600:.0f} h")
    assert stolen and stolen.startswith("$argon2")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0
