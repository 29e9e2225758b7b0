"""Who may do what: roles, PINs (scrypt hashes, never plain) and the permission rules.

Only teamledare and administratör export reports that cover other staff's work, run
retention, manage sites and staff, and read the audit log.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Role, Staff
from vagledare.journal.peek import RECOVERY_KEY, START
from vagledare.journal.pins import (
    Checked,
    hash_pin,
    lock_key,
    parse_lock_state,
    refuse_if_locked,
    verify_pin,
)
from vagledare.journal.pins import LockedOut as LockedOut  # what a login here raises
from vagledare.journal.sites import SiteInfo, list_sites
from vagledare.journal.staff import StaffInfo, ensure_staff, list_staff

LEADS = frozenset({Role.TEAM_LEAD, Role.ADMIN})
ASSIGNABLE_ROLES = (Role.COACH, Role.TUTOR, Role.TEAM_LEAD, Role.ADMIN)  # what a lead may give

ROLE_LABELS = {
    Role.COACH: "vägledare",
    Role.TUTOR: "språkhandledare",
    Role.TEAM_LEAD: "teamledare",
    Role.ADMIN: "administratör",
    Role.UNASSIGNED: "ingen roll här än",
}


def check_pin_strength(pin: str) -> None:
    """A PIN of at least 4 digits, or a password of at least 8 characters."""
    if pin.isdigit() and len(pin) >= 4:
        return
    if not pin.isdigit() and len(pin) >= 8:
        return
    raise ValidationError(
        "Välj en PIN-kod med minst 4 siffror eller ett lösenord med minst 8 tecken."
    )


_CODE_LETTERS = "ACDEFGHJKMNPQRTUVWXY34679"  # nothing to mistake for another character


def account_state(s: Session, staff_id: uuid.UUID) -> str:
    """``pin`` (can log in), ``start`` (has a one-time start code: chooses a PIN at the first
    login) or ``none`` (cannot be used until a team lead gives a start code)."""
    st = s.get(Staff, staff_id)
    if st is None or not st.pin_hash:
        return "none"
    return "start" if st.pin_hash.startswith(START) else "pin"


def anyone_enrolled(s: Session) -> bool:
    """Whether any account has a PIN or a start code. Until then, on a fresh or upgraded
    journal, the person at the desk sets up the first account's PIN themselves."""
    return s.query(Staff.id).filter(Staff.pin_hash.is_not(None)).first() is not None


def issue_start_code(s: Session, staff_id: uuid.UUID, by: Role) -> str:
    """A one-time start code for an account (new, reset, or arrived from another desk):
    shown once, stored only as a hash. The person must choose their own PIN with it."""
    require_lead(by, "ge startkoder")
    return _give_start_code(s, staff_id, "start_code")


def _give_start_code(s: Session, staff_id: uuid.UUID, action: str) -> str:
    """A new start code in place of the account's PIN (and its lockout), audited as
    ``action``; the code itself is returned to be shown once and never stored."""
    st = s.get(Staff, staff_id)
    if st is None:
        raise ValidationError("Personen finns inte.")
    if st.role is Role.UNASSIGNED:
        raise ValidationError(
            f"{st.name} har kommit från en annan dator och har ingen roll här än: ge "
            f"{st.name} en roll först, sedan en startkod."
        )
    code = _new_code(8)
    st.pin_hash = START + hash_pin(_plain_code(code))
    _set_lock_state(s, staff_id, 0, None)
    audit.record(s, action, "staff", staff_id)
    return code


def _plain_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def redeem_start_code(
    s: Session, staff_id: uuid.UUID, code: str, new_pin: str, *, now: datetime | None = None
) -> bool:
    """The first login with a start code: right code → the chosen PIN replaces it. Wrong
    codes count towards the lockout like wrong PINs."""
    check_pin_strength(new_pin)
    st = s.get(Staff, staff_id)
    stored = st.pin_hash if st is not None else None
    if not stored or not stored.startswith(START):
        raise ValidationError("Kontot har ingen startkod.")
    if not _attempt(s, staff_id, verify_pin(_plain_code(code), stored[len(START) :]), now):
        return False
    assert st is not None
    st.pin_hash = hash_pin(new_pin)
    audit.record(s, "start_code_used", "staff", staff_id)
    return True


_RECOVERY_KEY = RECOVERY_KEY
_RECOVERY_ATTEMPTS = uuid.UUID(int=0)  # wrong recovery codes share one lockout


def make_recovery_code(s: Session, staff_id: uuid.UUID) -> str:
    """A recovery code for the office safe: shown once, stored as a hash, it lets whoever
    holds it give anyone a new start code — so a team lead locked out of their own account
    is never a dead end. Making a new one retires the old. Team leads and administrators."""
    st = s.get(Staff, staff_id)
    require_lead(st.role if st else Role.COACH, "göra en återställningskod")
    from vagledare.journal.journal_settings import set_setting

    code = _new_code(12)
    set_setting(s, _RECOVERY_KEY, hash_pin(_plain_code(code)))
    audit.record(s, "recovery_code_made", "staff", staff_id)
    return code


def has_recovery_code(s: Session) -> bool:
    from vagledare.journal.journal_settings import get_setting

    return get_setting(s, _RECOVERY_KEY) is not None


def recover(
    s: Session, code: str, staff_id: uuid.UUID, *, now: datetime | None = None
) -> str | None:
    """With the recovery code: a new start code for ``staff_id`` (their PIN stops working),
    audited. A wrong code returns None and counts towards a lockout of recovery attempts."""
    from vagledare.journal.journal_settings import get_setting

    stored = get_setting(s, _RECOVERY_KEY)
    if stored is None:
        raise ValidationError("Journalen har ingen återställningskod.")
    ok = verify_pin(_plain_code(code), stored)
    if not _attempt(s, _RECOVERY_ATTEMPTS, ok, now):
        return None
    return _give_start_code(s, staff_id, "recovery_used")


def _new_code(length: int) -> str:
    import secrets

    raw = "".join(secrets.choice(_CODE_LETTERS) for _ in range(length))
    return "-".join(raw[i : i + 4] for i in range(0, length, 4))


def set_pin(s: Session, staff_id: uuid.UUID, pin: str) -> None:
    check_pin_strength(pin)
    st = s.get(Staff, staff_id)
    if st is None:
        raise ValidationError("Personen finns inte.")
    st.pin_hash = hash_pin(pin)


def has_pin(s: Session, staff_id: uuid.UUID) -> bool:
    st = s.get(Staff, staff_id)
    return bool(st and st.pin_hash)


# -- at the desk: the login screen --------------------------------------------------------


@dataclass(frozen=True)
class LoginScreen:
    """What the login (and lock) screen offers, read from one snapshot."""

    staff: list[StaffInfo]  # active accounts, in Swedish alphabetical order
    states: dict[uuid.UUID, str]  # ``account_state`` of each
    anyone_enrolled: bool
    has_recovery_code: bool


def login_screen(s: Session) -> LoginScreen:
    staff = [x for x in list_staff(s) if x.active]
    return LoginScreen(
        staff,
        {x.id: account_state(s, x.id) for x in staff},
        anyone_enrolled(s),
        has_recovery_code(s),
    )


def first_site_and_account(s: Session) -> tuple[SiteInfo, StaffInfo] | None:
    """The first meeting place and the first active account with a PIN (a desk for reading
    a write-protected journal, whose login then asks who it is); None if either is missing."""
    found = list_sites(s)
    people = [x for x in list_staff(s) if x.active and account_state(s, x.id) == "pin"]
    return (found[0], people[0]) if found and people else None


# A login, a PIN chosen and a lock at the desk are the person's own doing: the log names them,
# whoever the desk worked as before (the lock screen may be unlocked by someone else).


def desk_login(
    s: Session,
    staff_id: uuid.UUID,
    pin: str,
    *,
    now: datetime | None = None,
    checked: Checked | None = None,
) -> bool:
    """``login`` at the desk's login or lock screen, logged as the person's own."""
    audit.name_actor(s, staff_id)
    return login(s, staff_id, pin, now=now, checked=checked)


def desk_redeem_start_code(
    s: Session, staff_id: uuid.UUID, code: str, new_pin: str, *, now: datetime | None = None
) -> bool:
    """``redeem_start_code`` at the desk's login screen, logged as the person's own."""
    audit.name_actor(s, staff_id)
    return redeem_start_code(s, staff_id, code, new_pin, now=now)


def choose_first_pin(s: Session, staff_id: uuid.UUID, pin: str) -> None:
    """The first PIN of a journal where no account has a PIN or a start code yet (a fresh
    or upgraded journal): the person at the desk sets up their own. Once anyone has one,
    an account without a PIN needs a start code from a team lead."""
    if anyone_enrolled(s):
        raise ValidationError(
            "Kontot har ingen PIN-kod än. Be en teamledare om en startkod (Personal och roller)."
        )
    audit.name_actor(s, staff_id)
    set_pin(s, staff_id, pin)


def lock_desk(s: Session, staff_id: uuid.UUID) -> None:
    """The desk was locked behind the PIN screen (by hand or after inactivity): logged as
    the person's own."""
    audit.name_actor(s, staff_id)
    audit.record(s, "lock", "staff", staff_id)


# Lockout: after this many wrong PINs in a row, each further try waits, twice as long each
# time, up to an hour. Kept in the journal, so a restart (or another desk) does not reset it.
LOCK_AFTER = 5
FIRST_WAIT = 30  # seconds
LONGEST_WAIT = 3600


def lock_state(s: Session, staff_id: uuid.UUID) -> tuple[int, datetime | None]:
    """(wrong PINs in a row, locked until) for one account."""
    from vagledare.journal.journal_settings import get_setting

    return parse_lock_state(get_setting(s, lock_key(staff_id)))


def _set_lock_state(s: Session, staff_id: uuid.UUID, failures: int, until: datetime | None) -> None:
    from vagledare.journal.journal_settings import set_setting

    value = None
    if failures:
        stamp = format(int(until.timestamp()), "x") if until else None
        value = json.dumps({"failures": failures, "until": stamp})
    set_setting(s, lock_key(staff_id), value)


def login(
    s: Session,
    staff_id: uuid.UUID,
    pin: str,
    *,
    now: datetime | None = None,
    checked: Checked | None = None,
) -> bool:
    """Check a PIN and record the attempt in the audit log. Raises ``LockedOut`` while the
    account waits after too many wrong PINs (the PIN is then not even checked). ``checked``:
    this PIN already found right for a hash (the login dialog's check while the journal was
    being opened, #22): not hashed again if the account still has that hash."""
    _refuse_if_locked(s, staff_id, now)
    st = s.get(Staff, staff_id)
    if st is None or not st.active:
        ok = False
    elif checked is not None and checked.pin == pin and checked.pin_hash == st.pin_hash:
        ok = True
    else:
        ok = verify_pin(pin, st.pin_hash)
    return _attempt(s, staff_id, ok, now)


def check_pin(s: Session, staff_id: uuid.UUID, pin: str, *, now: datetime | None = None) -> bool:
    """A login on a journal open for reading only: the PIN and any lockout are checked, but
    nothing can be recorded (the file is write-protected, and reading it needs no PIN)."""
    _refuse_if_locked(s, staff_id, now)
    st = s.get(Staff, staff_id)
    return bool(
        st
        and st.active
        and st.pin_hash
        and not st.pin_hash.startswith(START)
        and verify_pin(pin, st.pin_hash)
    )


def _refuse_if_locked(s: Session, staff_id: uuid.UUID, now: datetime | None) -> None:
    refuse_if_locked(lock_state(s, staff_id)[1], now)


def _attempt(s: Session, staff_id: uuid.UUID, ok: bool, now: datetime | None) -> bool:
    """Record a login attempt: the audit entry, and the lockout's count and wait."""
    _refuse_if_locked(s, staff_id, now)
    now = now or datetime.now(UTC)
    failures, _ = lock_state(s, staff_id)
    audit.record(s, "login" if ok else "login_failed", "staff", staff_id)
    if ok:
        if failures:
            _set_lock_state(s, staff_id, 0, None)
        return True
    failures += 1
    locked = None
    if failures >= LOCK_AFTER:
        wait = min(LONGEST_WAIT, FIRST_WAIT * 2 ** (failures - LOCK_AFTER))
        locked = now + timedelta(seconds=wait)
        audit.record(s, "locked_out", "staff", staff_id, seconds=wait, failures=failures)
    _set_lock_state(s, staff_id, failures, locked)
    return False


def unlock(s: Session, staff_id: uuid.UUID, by: Role) -> None:
    """A team lead lets a locked-out person try again at once."""
    require_lead(by, "låsa upp konton")
    _set_lock_state(s, staff_id, 0, None)
    audit.record(s, "unlock", "staff", staff_id)


def add_staff(s: Session, name: str, role: Role, by: Role) -> StaffInfo:
    """A new staff member with a role (no PIN yet: a team lead gives a start code), or the
    one already called so."""
    require_lead(by, "lägga till personal")
    if role not in ASSIGNABLE_ROLES:
        raise ValidationError("Välj en roll: vägledare, språkhandledare, teamledare eller admin.")
    return ensure_staff(s, name, role)


def set_active(s: Session, staff_id: uuid.UUID, active: bool, by: Role) -> None:
    """Deactivate someone who has left (they can no longer log in; everything they wrote
    stays theirs) or activate them again. Nobody deactivates their own account."""
    require_lead(by, "aktivera eller inaktivera konton")
    st = s.get(Staff, staff_id)
    if st is None:
        raise ValidationError("Personen finns inte.")
    if not active and staff_id == s.info.get("actor_id"):
        raise ValidationError("Du kan inte inaktivera ditt eget konto.")
    st.active = active


def set_role(s: Session, staff_id: uuid.UUID, role: Role, by: Role) -> None:
    require_lead(by, "ändra roller")
    st = s.get(Staff, staff_id)
    if st is None:
        raise ValidationError("Personen finns inte.")
    if role not in ASSIGNABLE_ROLES:
        raise ValidationError("Välj en roll: vägledare, språkhandledare, teamledare eller admin.")
    st.role = role


def is_lead(role: Role) -> bool:
    return role in LEADS


def require_lead(role: Role, what: str) -> None:
    if not is_lead(role):
        raise ValidationError(
            f"Bara teamledare och administratörer får {what} (du är {ROLE_LABELS[role]})."
        )


def may_export_all_staff(role: Role) -> bool:
    """Reports covering other staff's work: team leads and administrators only."""
    return is_lead(role)
