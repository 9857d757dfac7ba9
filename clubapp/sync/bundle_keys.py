"""This computer's keys for USB bundles, made here and never sent whole: an Ed25519 key pair (the server keeps
only the public half, so a copy of the server's database cannot sign a bundle as this computer) and a random
secret for encrypting bundles (shared with the server, never written on a stick). The server answers with its
own public key, which signs the bundles it sends back.

They are registered once, online, at enrolment or at the first sync after an update; a data folder found to be a
copy of another computer's gets its own keys with its new identity.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..store.local import LocalStore
from ..words import _
from .bundle_format import BundleKeys, BundleRefused, public_key, secret_bytes
from .transport import NotOnServer, Transport

SETTINGS = ("bundle_signing_key", "bundle_secret", "bundle_server_key")  # forgotten when the identity changes


def register_keys(store: LocalStore, http: Transport) -> None:
    """Make this computer's keys if it has none and tell the server their public part; idempotent."""
    if not store.get_setting("sync_club_id") or store.get_setting("bundle_server_key"):
        return  # partner staff computers do not use bundles; registered already
    signing = store.get_setting("bundle_signing_key")
    secret = store.get_setting("bundle_secret")
    if not signing or not secret:
        signing = Ed25519PrivateKey.generate().private_bytes_raw().hex()
        secret = os.urandom(32).hex()
        store.set_setting("bundle_signing_key", signing)
        store.set_setting("bundle_secret", secret)
    public = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing)).public_key().public_bytes_raw().hex()
    try:
        answer = http.request("POST", "/api/v1/bundle-keys", json={"public_key": public, "secret": secret})
    except NotOnServer:
        return  # a server older than signed bundles: network sync goes on; bundles wait for its update
    store.set_setting("bundle_server_key", answer["server_public_key"])


def signing_key(store: LocalStore) -> Ed25519PrivateKey:
    signing = store.get_setting("bundle_signing_key")
    if not signing or not store.get_setting("bundle_server_key"):
        raise BundleRefused(_("This computer has no key for USB bundles yet: enrol it (online) or sync once "
                              "online, then use bundles."))
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing))


def keys_from_server(store: LocalStore) -> BundleKeys:
    """What opens a return bundle: this computer's secret, the server's public key."""
    signing_key(store)
    return BundleKeys(secret_bytes(store.get_setting("bundle_secret")),
                      public_key(store.get_setting("bundle_server_key")))
