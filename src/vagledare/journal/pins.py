"""PIN hashes and the lockout's stored state, with nothing but the standard library.

``access`` keeps the rules (who may log in, the audit entry, counting wrong PINs); this is the
part of them the login dialog also needs before SQLAlchemy is imported (#22: the dialog checks
a PIN typed while the journal is still being opened against the hash the peek read, so that
the slow hash runs while the rest loads; ``quick_start``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from vagledare.journal.errors import ValidationError

# scrypt parameters (RFC 7914); ~50 ms per check on a desk PC, 16 MiB of memory.
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass(frozen=True)
class Checked:
    """A PIN found right for a stored hash (``check``). ``access.login`` takes it in place
    of hashing the PIN again while the account still has that very hash (every hash has a
    salt of its own, so an equal hash is the same PIN); the lockout and the audit entry are
    the login's as always."""

    pin: str = field(repr=False)
    pin_hash: str = field(repr=False)


def check(pin: str, stored: str | None) -> Checked | None:
    """``Checked`` if ``pin`` is right for ``stored``, else None."""
    return Checked(pin, stored) if stored and verify_pin(pin, stored) else None


class LockedOut(ValidationError):
    """Too many wrong PINs: no PIN is even checked until the wait is over."""


LOCK_PREFIX = "lockout."


def lock_key(staff_id: uuid.UUID) -> str:
    """The journal setting that keeps an account's lockout."""
    return f"{LOCK_PREFIX}{staff_id}"


def parse_lock_state(raw: str | None) -> tuple[int, datetime | None]:
    """(wrong PINs in a row, locked until) from the setting's value."""
    if not raw:
        return 0, None
    data = json.loads(raw)
    # Seconds since 1970 in hex: no run of digits in the journal's settings that the text
    # guard could take for an identity number.
    until = datetime.fromtimestamp(int(data["until"], 16), UTC) if data.get("until") else None
    return int(data.get("failures", 0)), until


def refuse_if_locked(until: datetime | None, now: datetime | None = None) -> None:
    """``LockedOut`` (how long to wait) while ``until`` is still ahead."""
    now = now or datetime.now(UTC)
    if until is not None and now < until:
        wait = int((until - now).total_seconds()) + 1
        raise LockedOut(
            f"För många fel PIN-koder i rad. Försök igen om {wait} sekunder, "
            "eller be en teamledare låsa upp kontot."
        )
