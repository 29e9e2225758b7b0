"""Guards against identifying data: no personnummer or samordningsnummer anywhere.

A Swedish personal identity number is YYMMDD-NNNC or YYYYMMDDNNNC (separator ``-``, ``+``,
space or none); a samordningsnummer has 60 added to the day. C is a Luhn check digit over
the ten-digit form. Any such number with a valid check digit is refused in participant codes,
notes and comments.
"""

from __future__ import annotations

import re

from vagledare.journal.errors import ValidationError

_PNR_RE = re.compile(r"(?<!\d)(?:\d{2})?(\d{2})(\d{2})(\d{2})\s?[-+]?\s?(\d{3})(\d)(?!\d)")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def find_identity_number(text: str) -> str | None:
    """The first personnummer/samordningsnummer-like number in ``text``, or None."""
    for m in _PNR_RE.finditer(text):
        yy, mm, dd, serial, check = m.groups()
        month, day = int(mm), int(dd)
        if not 1 <= month <= 12:
            continue
        if not (1 <= day <= 31 or 61 <= day <= 91):
            continue
        if _luhn_ok(yy + mm + dd + serial + check):
            return m.group(0)
    return None


def reject_identity_number(text: str, what: str) -> None:
    """Raise if ``text`` holds a personal identity number; ``what`` names the field."""
    if find_identity_number(text):
        raise ValidationError(
            f"{what} ser ut att innehålla ett personnummer eller samordningsnummer. "
            "Vägledare sparar aldrig sådana: använd deltagarkoden."
        )
