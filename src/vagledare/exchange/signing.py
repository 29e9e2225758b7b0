"""Who wrote an exchange file: each desk signs its files with its own Ed25519 key.

The private key stays in the desk's user-data folder (0600) and never leaves it. A file carries
the signer's public key in its manifest and a signature over the manifest's exact bytes; the
manifest holds the data's SHA-256, so the signature covers the data too. A changed, re-zipped
or re-signed file fails.

The receiving journal keeps the desks it trusts (their public keys, in its own settings, which
never travel). A file from an unknown desk is refused with the key's fingerprint, to compare
with the one the sending desk shows, unless the receiver chooses to trust it. A known desk
whose file is signed with another key is refused. A team lead can revoke a desk.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.exchange.identity import DeskIdentity, known_identity
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Role, Setting
from vagledare.journal.private_files import atomic_write

KEY_FILE = "desk-signing-key.pem"
TRUST_PREFIX = "trust."
SIGNATURE = "signature"  # the zip member holding the signature over manifest.json


def default_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Vagledare", appauthor=False)) / "exchange"


def fingerprint(public_key: bytes) -> str:
    """What people compare by eye: the key's SHA-256, 16 groups of 4 hex digits … the first
    eight groups are enough to tell keys apart, and easy to read aloud."""
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class DeskKey:
    private: bytes  # raw 32 bytes
    public: bytes  # raw 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    @property
    def public_text(self) -> str:
        return base64.b64encode(self.public).decode()

    def sign(self, message: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.private).sign(message)


def desk_key(folder: Path | None = None) -> DeskKey:
    """This desk's signing key, made the first time (owner-only file, never exported)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder = folder or default_folder()
    path = folder / KEY_FILE
    raw = serialization.Encoding.Raw
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError, OSError) as exc:
            raise ValidationError(
                f"Datorns nyckel för journalutbyte ({path}) kan inte läsas: {exc}. "
                "Den ersätts inte automatiskt; be en administratör se över den."
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise ValidationError(f"Datorns nyckel för journalutbyte ({path}) är av fel slag.")
    else:
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        os.makedirs(folder, mode=0o700, exist_ok=True)
        atomic_write(path, pem)
    private = key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = key.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    return DeskKey(private, public)


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- the journal's trusted desks ---------------------------------------------------------


@dataclass(frozen=True)
class TrustedDesk:
    desk_id: str
    name: str
    public: bytes
    since: str  # ISO date

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


def trusted(s: Session) -> list[TrustedDesk]:
    rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.like(TRUST_PREFIX + "%")))
    out = []
    for key, value in rows:
        try:
            raw = json.loads(value)
            out.append(
                TrustedDesk(
                    key[len(TRUST_PREFIX) :],
                    str(raw["name"]),
                    base64.b64decode(raw["public_key"]),
                    str(raw["since"]),
                )
            )
        except (ValueError, KeyError, TypeError):
            continue
    return sorted(out, key=lambda t: t.name.casefold())


def trust_status(s: Session) -> tuple[list[TrustedDesk], DeskIdentity | None]:
    """The desks this journal trusts and this desk's identity (None until it has one),
    from one snapshot and without creating the identity: the window's exchange status."""
    return trusted(s), known_identity(s)


def trusted_key(s: Session, desk_id: str) -> bytes | None:
    row = s.get(Setting, TRUST_PREFIX + desk_id)
    if row is None:
        return None
    try:
        return base64.b64decode(json.loads(row.value)["public_key"])
    except (ValueError, KeyError, TypeError):
        return None


def trust(s: Session, desk_id: str, name: str, public: bytes) -> None:
    """Trust this desk's key from now on (audited)."""
    from vagledare.journal import audit
    from vagledare.journal.journal_settings import set_setting

    value = {
        "name": name[:80],
        "public_key": base64.b64encode(public).decode(),
        "since": datetime.now(UTC).date().isoformat(),
    }
    set_setting(s, TRUST_PREFIX + desk_id, json.dumps(value, ensure_ascii=False))
    audit.record(s, "desk_trusted", "setting", TRUST_PREFIX + desk_id)


def revoke(s: Session, desk_id: str, by: Role) -> TrustedDesk:
    """Stop trusting a desk (team leads and administrators; audited)."""
    from vagledare.journal import access, audit
    from vagledare.journal.journal_settings import set_setting

    access.require_lead(by, "sluta lita på en dator")
    found = next((t for t in trusted(s) if t.desk_id == desk_id or t.name == desk_id), None)
    if found is None:
        raise ValidationError(f"Ingen betrodd dator heter eller har id {desk_id}.")
    set_setting(s, TRUST_PREFIX + found.desk_id, None)
    audit.record(s, "desk_revoked", "setting", TRUST_PREFIX + found.desk_id)
    return found


class UnknownDesk(ValidationError):
    """A correctly signed file from a desk this journal does not trust yet."""

    def __init__(self, file: str, desk_id: str, desk_name: str, public: bytes) -> None:
        self.file, self.desk_id, self.desk_name, self.public = file, desk_id, desk_name, public
        super().__init__(
            f"Utbytesfilen {file} kommer från datorn {desk_name}, som den här journalen inte "
            f"litar på än. Nyckelns fingeravtryck är {fingerprint(public)}. Jämför det med "
            "fingeravtrycket som den datorn visar (Arkiv → Status för journalutbyte, eller "
            "vagledare exchange status) och lita på datorn bara om de är lika. Inget ändrades."
        )
