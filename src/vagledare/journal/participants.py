"""Registering and finding pseudonymous participant codes (e.g. ``FRÖ-2023-0142``)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import FormLayout, Gender, Participant, Site
from vagledare.journal.privacy import reject_identity_number
from vagledare.journal.sites import normalise_age_band

RESERVED_PREFIX = "GALLRAD-"  # anonymised codes (journal/retention.py)
CODE_RE = re.compile(r"^[0-9A-Za-zÅÄÖåäöÉé][0-9A-Za-zÅÄÖåäöÉé_.\-/]{0,39}$")


@dataclass(frozen=True)
class ParticipantInfo:
    id: uuid.UUID
    code: str
    gender: Gender
    age_band: str
    site_id: uuid.UUID


def _info(p: Participant) -> ParticipantInfo:
    return ParticipantInfo(p.id, p.code, p.gender, p.age_band, p.site_id)


def clean_code(code: str) -> str:
    """Check a typed or imported code: short, no spaces, never a personnummer."""
    code = code.strip().upper()
    if not code:
        raise ValidationError("Deltagarkoden får inte vara tom.")
    reject_identity_number(code, "Deltagarkoden")
    if code.startswith(RESERVED_PREFIX):
        raise ValidationError(
            f"Koder som börjar med {RESERVED_PREFIX} är gallrade deltagares; välj en annan kod."
        )
    if not CODE_RE.match(code):
        raise ValidationError(
            f"Deltagarkoden {code!r} får bara innehålla bokstäver, siffror och - _ . / "
            "(högst 40 tecken)."
        )
    return code


def find_participant(s: Session, code: str) -> ParticipantInfo | None:
    p = s.scalar(select(Participant).where(Participant.code == code.strip().upper()))
    return _info(p) if p else None


# Letters a keyboard or a system without them turns into their plain forms.
_LETTERS, _PLAIN = "ÅÄÖÉ", "AAOE"


def codes_like(s: Session, code: str) -> list[str]:
    """The codes that read as ``code`` once å, ä, ö and é are written a, a, o and e (typed on
    a keyboard without them, or copied through a system that drops them), ``code`` itself
    left out: "FRO-2025-0009" finds "FRÖ-2025-0009"."""
    typed = code.strip().upper()
    plain = typed.translate(str.maketrans(_LETTERS, _PLAIN))
    if not plain:
        return []
    column: ColumnElement[str] = Participant.__table__.c.code
    for letter, replacement in zip(_LETTERS, _PLAIN, strict=True):
        column = func.replace(column, letter, replacement)
    found = s.scalars(select(Participant.code).where(column == plain).order_by(Participant.code))
    return [c for c in found if c != typed]


def get_participant(s: Session, participant_id: uuid.UUID) -> ParticipantInfo:
    p = s.get(Participant, participant_id)
    if p is None:
        raise ValidationError("Deltagaren finns inte i registret.")
    return _info(p)


def site_prefix(site_name: str) -> str:
    letters = [ch for ch in site_name.upper() if ch.isalpha()]
    return "".join(letters[:3]) or "DEL"


def next_code(s: Session, site_id: uuid.UUID, year: int | None = None) -> str:
    """The next free generated code at a site: ``<3 letters>-<year>-<4 digits>``."""
    site = s.get(Site, site_id)
    if site is None:
        raise ValidationError("Mötesplatsen finns inte.")
    year = year or date.today().year
    prefix = f"{site_prefix(site.name)}-{year}-"
    taken = s.scalars(select(Participant.code).where(Participant.code.like(prefix + "%"))).all()
    numbers = [int(c[len(prefix) :]) for c in taken if c[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def register_participant(
    s: Session,
    site_id: uuid.UUID,
    gender: Gender,
    age_band: str,
    author_id: uuid.UUID | None,
    code: str | None = None,
) -> ParticipantInfo:
    """Register a new code (generated when ``code`` is None)."""
    code = clean_code(code) if code else next_code(s, site_id)
    if find_participant(s, code):
        raise ValidationError(f"Deltagarkoden {code} finns redan.")
    p = Participant(
        id=uuid.uuid4(),
        code=code,
        gender=gender,
        age_band=normalise_age_band(age_band),
        site_id=site_id,
        author_id=author_id,
    )
    s.add(p)
    s.flush()
    return _info(p)


def ensure_participant(
    s: Session,
    code: str,
    site_id: uuid.UUID,
    gender: Gender,
    age_band: str,
    author_id: uuid.UUID | None,
) -> ParticipantInfo:
    """The known code (its gender must agree) or a newly registered one."""
    code = clean_code(code)
    known = find_participant(s, code)
    if known is None:
        return register_participant(s, site_id, gender, age_band, author_id, code)
    if known.gender != gender:
        raise ValidationError(
            f"Deltagarkoden {code} är registrerad med ett annat kön; kontrollera koden."
        )
    return known


# -- the participant form's language, remembered per participant ---------------------------


@dataclass(frozen=True)
class FormChoice:
    """The language the participant answers the form in and whether it stands beside Swedish
    or alone; None where nothing was chosen yet."""

    language: str | None
    layout: FormLayout | None


def form_choice(s: Session, participant_id: uuid.UUID) -> FormChoice:
    p = s.get(Participant, participant_id)
    if p is None:
        raise ValidationError("Deltagarkoden finns inte längre.")
    return FormChoice(p.form_language, p.form_layout)


def set_form_choice(
    s: Session,
    participant_id: uuid.UUID,
    language: str | None,
    layout: FormLayout | None,
) -> FormChoice:
    """Remember the form's language (a code such as ``ar``; None or ``sv``: Swedish only)
    and layout for the participant's next reading."""
    from vagledare.journal.factor_texts import is_language_code

    p = s.get(Participant, participant_id)
    if p is None:
        raise ValidationError("Deltagarkoden finns inte längre.")
    if language in ("", "sv"):
        language = None
    if language is not None and not is_language_code(language):
        raise ValidationError(f"{language!r} är ingen språkkod.")
    if layout is not None and not isinstance(layout, FormLayout):
        layout = FormLayout(layout)
    if (p.form_language, p.form_layout) != (language, layout):
        p.form_language, p.form_layout = language, layout
        s.flush()
    return FormChoice(language, layout)
