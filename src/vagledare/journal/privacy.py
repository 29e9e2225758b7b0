"""The one text guard: no personnummer or samordningsnummer anywhere in the journal, and no
name that a spreadsheet would run as a formula.

A Swedish personal identity number is YYMMDD-NNNC or YYYYMMDDNNNC; a samordningsnummer has 60
added to the day. C is a Luhn check digit over the ten-digit form. Before looking, the text is
normalised the way a determined typist could vary it: Unicode NFKC (fullwidth digits), every
decimal digit of any script mapped to 0–9 (Arabic-Indic, Persian …), invisible characters
(zero-width space, soft hyphen) dropped, and the digits read across separators — spaces,
hyphens and dashes of every kind (– — − ‐ ‑), ``.``, ``/``, ``_`` and ``+`` — wherever they
stand ("81 12 18-9876", "811218-98 76", "1981-12-18-9876", "811218.9876").

The guard stands at the journal's depth: every free-text and name column (``GUARDED``) is
checked when the ORM flushes (``install``) and when the gateway writes rows in bulk
(``check_rows``: imports, the exchange codec), so the window, the command line, imports and
exchange all pass it. The other text columns are listed in ``SAFE`` with the reason they can
hold no such number; a schema test proves the two lists cover every text column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vagledare.journal.errors import ValidationError

# Characters a number may be split with. Letters, colons and the like end a number.
_SEPARATORS = frozenset(" \t\u00a0\u202f\u2009-+./_\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_MAX_GAP = 3  # separator characters between two digit groups (e.g. " - ")
_DROPPED = {"Cf", "Mn"}  # invisible format characters, combining marks
# Keys the app makes (UUIDs) are not numbers anyone typed: they are read past.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _normalised(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        d = unicodedata.decimal(ch, None)
        if d is not None:
            out.append(str(d))
        elif unicodedata.category(ch) not in _DROPPED:
            out.append(ch)
    return "".join(out)


def _runs(text: str) -> list[list[str]]:
    """Digit groups that belong together: digits split only by separators."""
    runs: list[list[str]] = []
    current: list[str] = []
    group = ""
    gap = 0
    for ch in text:
        if "0" <= ch <= "9":
            if not group and current and gap > _MAX_GAP:
                runs.append(current)
                current = []
            group += ch
            gap = 0
        elif ch in _SEPARATORS:
            if group:
                current.append(group)
                group = ""
            gap += 1
        else:
            if group:
                current.append(group)
                group = ""
            if current:
                runs.append(current)
                current = []
            gap = 0
    if group:
        current.append(group)
    if current:
        runs.append(current)
    return runs


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _is_identity_number(digits: str) -> bool:
    if len(digits) == 12:
        if digits[:2] not in ("18", "19", "20"):
            return False
        digits = digits[2:]
    month, day = int(digits[2:4]), int(digits[4:6])
    if not 1 <= month <= 12 or not (1 <= day <= 31 or 61 <= day <= 91):
        return False
    return _luhn_ok(digits)


def find_identity_number(text: str) -> str | None:
    """The digits of the first personnummer/samordningsnummer-like number in ``text``."""
    text = _UUID.sub(" ", text)
    if sum(map(str.isdigit, text)) < 10:  # fast path: most text has few digits
        return None
    for groups in _runs(_normalised(text)):
        for i in range(len(groups)):
            digits = ""
            for g in groups[i:]:
                digits += g
                if len(digits) > 12:
                    break
                if len(digits) in (10, 12) and _is_identity_number(digits):
                    return digits
    return None


def reject_identity_number(text: str, what: str) -> None:
    """Raise if ``text`` holds a personal identity number; ``what`` names the field."""
    if find_identity_number(text):
        raise ValidationError(
            f"{what} ser ut att innehålla ett personnummer eller samordningsnummer. "
            "Vägledare sparar aldrig sådana: använd deltagarkoden."
        )


FORMULA_STARTS = ("=", "+", "-", "@")

# Every free-text and name column, with the words a refusal names it by. ``True``: a name or
# reason, which may not start like a spreadsheet formula either.
GUARDED: dict[tuple[str, str], tuple[str, bool]] = {
    ("staff", "name"): ("Personalens namn", True),
    ("activity_type", "name"): ("Aktivitetstypens namn", True),
    ("exchange_batch", "peer_name"): ("Den andra datorns namn", True),
    ("exchange_batch", "source"): ("Utbytesfilens namn", False),
    ("setting", "value"): ("Inställningen", False),
    ("factor_set", "name"): ("Faktoruppsättningens namn", True),
    ("factor_set", "definition"): ("Faktoruppsättningen", False),
    ("import_batch", "file_name"): ("Filnamnet", False),
    ("site", "name"): ("Mötesplatsens namn", True),
    ("site_group", "name"): ("Gruppens namn", True),
    ("age_band", "label"): ("Åldersgruppen", False),
    ("category", "name"): ("Kategorins namn", True),
    ("factor", "name"): ("Faktorns namn", True),
    ("factor", "short_name"): ("Faktorns korta namn", True),
    ("language_group", "name"): ("Gruppens namn", True),
    ("participant", "code"): ("Deltagarkoden", False),
    ("participant", "age_band"): ("Åldersgruppen", False),
    ("assessment", "language"): ("Språket", False),
    ("assessment", "comment"): ("Kommentaren", False),
    ("assessment", "deletion_reason"): ("Anledningen", True),
    ("group_session", "cancel_reason"): ("Anledningen", True),
    ("group_session", "note"): ("Anteckningen", False),
    ("quick_case", "removal_reason"): ("Anledningen", True),
    ("case_file", "age_band"): ("Åldersgruppen", False),
    ("case_contact", "note"): ("Anteckningen", False),
    ("activity_kind", "name"): ("Aktivitetstypens namn", True),
    ("partner", "name"): ("Partnerns namn", True),
    ("activity", "title"): ("Aktivitetens titel", True),
    ("activity", "note"): ("Anteckningen", False),
    ("case_duty_hours", "other_activity"): ("Aktiviteten", True),
    # A route word the app writes; guarded too, since another desk's file may bring any text.
    ("resource_year", "route"): ("Resursens väg", False),
    ("survey_statement", "text"): ("Påståendet", True),
    # A key the app makes from the text; guarded, since another desk's file may bring any text.
    ("survey_statement", "key"): ("Påståendets nyckel", False),
}

_GUARDED_BY_TABLE = {t: [c for (u, c) in GUARDED if u == t] for (t, _) in GUARDED}

# Text columns that cannot hold a number someone typed, and why. (Enum columns are safe by
# their type: only the enum's own values can be stored.)
SAFE: dict[tuple[str, str], str] = {
    ("survey_answer", "statement_key"): (
        "the key of a survey_statement row, checked against the list when an answer is "
        "recorded; answers never travel"
    ),
    ("staff", "pin_hash"): "a salted hash made by the app",
    ("import_batch", "sha256"): "a hex digest made by the app",
    ("import_batch", "kind"): "one of the import kinds the app names",
    ("audit_entry", "action"): "a verb the app names",
    ("audit_entry", "entity"): "a table name the app names",
    ("audit_entry", "entity_id"): "a key made by the app",
    ("audit_entry", "detail"): "JSON the app builds from guarded values and keys",
    ("audit_entry", "chain"): "a desk's chain id made by the app",
    ("audit_entry", "mac"): "a hex HMAC made by the app",
    ("deletion", "table_name"): "a table name the app names",
    ("exchange_alias", "table_name"): "a table name the app names",
    ("exchange_arrival", "table_name"): "a table name the app names",
    ("exchange_conflict", "table_name"): "a table name the app names",
    ("exchange_conflict", "kept"): "a word the app names",
    ("exchange_mark", "name"): "a watermark key made by the app",
    ("exchange_batch", "detail"): "JSON counts made by the app",
    ("setting", "key"): "a setting name the app names",
    ("factor_set", "key"): "a key the factor sets ship with",
    ("indicator", "measure"): "a measure key of the app's indicator catalogue",
    ("indicator", "direction"): "higher or lower, checked by the app",
    ("indicator_target", "value"): "a decimal number the app writes",
    ("aggregate_count", "period"): "a period word the app checks (helår, kvartal 2, 2021-04 …)",
    ("aggregate_count", "measure"): "a measure key of the app's indicator catalogue",
    ("aggregate_count", "gender"): "woman, man or total, written by the app",
    ("participant", "form_language"): (
        "a language code (2–3 letters) the app checks; exchange refuses anything else"
    ),
}


def check_value(table: str, column: str, value: Any) -> None:
    """Refuse a value of a guarded column that holds an identity number, or (names and
    reasons) starts like a formula."""
    spec = GUARDED.get((table, column))
    if spec is None or not isinstance(value, str):
        return
    what, is_name = spec
    reject_identity_number(value, what)
    if is_name and value.lstrip().startswith(FORMULA_STARTS):
        raise ValidationError(
            f"{what} får inte börja med {value.lstrip()[0]} "
            "(ett kalkylprogram skulle läsa det som en formel)."
        )


def check_rows(table: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """The guard for rows written in bulk (imports, the exchange codec, the click)."""
    columns = _GUARDED_BY_TABLE.get(table)
    if not columns:
        return
    for row in rows:
        for c in columns:
            value = row.get(c)
            if value is not None:
                check_value(table, c, value)


def check_columns(table: str, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """``check_rows`` for rows given as tuples of the columns ``names``: every guarded column
    among them is checked (a column not written holds no text)."""
    guarded = [(i, c) for i, c in enumerate(names) if (table, c) in GUARDED]
    if not guarded:
        return
    for row in rows:
        for i, c in guarded:
            value = row[i]
            if value is not None:
                check_value(table, c, value)


def _on_flush(session: Any, flush_context: Any, instances: Any) -> None:
    from sqlalchemy import inspect

    for obj in (*session.new, *session.dirty):
        table = getattr(obj, "__tablename__", None)
        if table is None:
            continue
        for attr in inspect(obj).mapper.column_attrs:
            column = attr.columns[0].name
            if (table, column) in GUARDED:
                check_value(table, column, getattr(obj, attr.key))


def install(sessions: Any) -> None:
    """Check every guarded column of every row the ORM writes through these sessions."""
    from sqlalchemy import event

    event.listen(sessions, "before_flush", _on_flush)
