"""What a register extract must tell the person besides their data (GDPR art. 15.1 a–h and
15.2). A team lead fills in the journal's part once: who the controller is and how to reach
them, the purposes, the legal basis and the recipients. The rest follows from the journal
itself (the retention time) or from the law (the person's rights, the right to complain to
IMY), so it is written here once.

Stored in the journal's ``setting`` table under ``notice.<field>``, so the text guard refuses
a personnummer in them like anywhere else.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Case, Role, Staff

PREFIX = "notice."
MAX_LENGTH = 1000
MISSING = "Inte ifyllt i journalen ännu: fråga personalen."


@dataclass(frozen=True)
class NoticeField:
    key: str
    label: str  # as the extract and the form say it
    hint: str  # what to write (the form's placeholder)


FIELDS: tuple[NoticeField, ...] = (
    NoticeField(
        "controller",
        "Personuppgiftsansvarig",
        "t.ex. Arbetsmarknads- och vuxenutbildningsnämnden, Exempelstads kommun",
    ),
    NoticeField(
        "contact",
        "Kontakt till den personuppgiftsansvariga",
        "postadress, e-post och telefon; dataskyddsombudets e-post",
    ),
    NoticeField(
        "purposes",
        "Ändamål",
        "varför uppgifterna behandlas, t.ex. stöd och vägledning mot arbete och studier, "
        "uppföljning och statistik",
    ),
    NoticeField(
        "legal_basis",
        "Rättslig grund",
        "t.ex. uppgift av allmänt intresse (art. 6.1 e) enligt kommunens uppdrag",
    ),
    NoticeField(
        "recipients",
        "Mottagare",
        "vem uppgifterna lämnas till, t.ex. inga utanför verksamheten; statistik utan "
        "personuppgifter till nämnden",
    ),
)
KEYS = tuple(f.key for f in FIELDS)

RIGHTS = (
    "Du har rätt att få felaktiga uppgifter rättade (artikel 16), att få uppgifter raderade "
    "(artikel 17) och att begära att behandlingen begränsas (artikel 18), och att invända mot "
    "behandlingen (artikel 21). Vänd dig till den personuppgiftsansvariga ovan. Om du anser att "
    "uppgifterna behandlas fel har du rätt att klaga hos Integritetsskyddsmyndigheten (IMY), "
    "imy.se, Box 8114, 104 20 Stockholm."
)
SOURCE = (
    "Uppgifterna har du lämnat själv eller så har personalen registrerat dem när du fått stöd "
    "hos oss. Inga beslut fattas automatiskt utifrån dem."
)


def _setting(s: Session, key: str) -> str | None:
    from vagledare.journal.journal_settings import get_setting

    return get_setting(s, PREFIX + key)


def notice(s: Session) -> dict[str, str]:
    """The journal's filled-in fields (empty text where a team lead has not filled one in)."""
    return {key: _setting(s, key) or "" for key in KEYS}


def missing(s: Session) -> list[str]:
    """Labels of the fields not filled in yet (the window says so before an extract)."""
    values = notice(s)
    return [f.label for f in FIELDS if not values[f.key]]


def set_notice(s: Session, values: dict[str, str], by: Role) -> None:
    """Save the team lead's fields (an empty text removes one); all or nothing."""
    from vagledare.journal import access
    from vagledare.journal.journal_settings import set_setting

    access.require_lead(by, "fylla i uppgifterna om personuppgiftsbehandlingen")
    unknown = set(values) - set(KEYS)
    if unknown:
        raise ValidationError(f"Okänt fält: {', '.join(sorted(unknown))}.")
    for f in FIELDS:
        if f.key not in values:
            continue
        text = "\n".join(" ".join(line.split()) for line in values[f.key].strip().splitlines())
        if len(text) > MAX_LENGTH:
            raise ValidationError(f"{f.label}: högst {MAX_LENGTH} tecken (nu {len(text)}).")
        set_setting(s, PREFIX + f.key, text or None)


def retention_text(s: Session) -> str:
    from vagledare.journal.retention import retention_years

    years = retention_years(s)
    return (
        f"Uppgifterna gallras (tas bort) när det gått {years} år sedan din senaste kontakt med "
        "verksamheten. Statistik som inte pekar ut någon sparas längre."
    )


def sections(s: Session) -> tuple[tuple[str, str], ...]:
    """The extract's "Om behandlingen" section: (heading, text) in the order of art. 15."""
    values = notice(s)
    filled = tuple((f.label, values[f.key] or MISSING) for f in FIELDS)
    return (
        *filled,
        ("Lagringstid", retention_text(s)),
        ("Varifrån uppgifterna kommer", SOURCE),
        ("Dina rättigheter", RIGHTS),
    )


def own_coach(s: Session, participant_id: uuid.UUID) -> str | None:
    """The vägledare of the person's latest case: whom the person can turn to at the desk."""
    name = s.scalar(
        select(Staff.name)
        .join(Case, Case.coach_id == Staff.id)
        .where(Case.participant_id == participant_id)
        .order_by(Case.start_date.desc())
        .limit(1)
    )
    return str(name) if name else None
