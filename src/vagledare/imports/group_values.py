"""The words the participant and attendance files may use, and how they are read.

Accepted spellings (case does not matter; for outcomes ``–``, ``—`` and ``-`` are the same and
spaces around them do not matter):

- typ: ``språkgrupp``, ``språkcafé`` (or ``språkcafe``), ``läxhjälp``, ``annan grupp``
- väg: ``Anvisad`` (or ``Anvisad via EEB``, ``EEB``), ``Medborgarservice``, ``Egen hand``
  (or ``På egen hand``)
- utfall: ``Anställning``, ``Studier – SFI``, ``Studier – grundläggande svenska``,
  ``Studier – annan utbildning``, ``Praktik``, ``Annan planering``, ``Flyttat``, ``Avbrott``,
  ``Annat`` (the English labels are accepted too)
- närvaro: ``Närvarande``, ``Frånvarande``, ``Anmäld frånvaro``
- kön: ``Kvinna``, ``Man``, ``K``, ``M``, ``Ej angivet``
- dates: ``ÅÅÅÅ-MM-DD``
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import TypeVar

from vagledare.imports.csvfile import CsvRow, ImportProblem
from vagledare.imports.dropin import GENDERS
from vagledare.journal.models import AttendanceStatus, EnrolmentRoute, Gender, GroupKind, Outcome
from vagledare.journal.terms import term

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
T = TypeVar("T")


def fold(text: str) -> str:
    """Case, dashes and spacing folded: ``Studier - SFI`` and ``studier – sfi`` are equal."""
    text = re.sub(r"\s*[-\u2013\u2014\u2212]\s*", " - ", text.strip().casefold())
    return " ".join(text.split())


def _labels(prefix: str, members: list[str]) -> dict[str, str]:
    """Folded Swedish and English label → the member's value."""
    return {
        fold(term(f"{prefix}.{value}", lang)): value for value in members for lang in ("sv", "en")
    }


KINDS: dict[str, GroupKind] = {
    "språkgrupp": GroupKind.LANGUAGE_GROUP,
    "språkcafé": GroupKind.LANGUAGE_CAFE,
    "språkcafe": GroupKind.LANGUAGE_CAFE,
    "läxhjälp": GroupKind.HOMEWORK_HELP,
    "annan grupp": GroupKind.OTHER,
    "annan": GroupKind.OTHER,
    **{fold(term(f"kind.{k.value}", "en")): k for k in GroupKind},
}
ROUTES: dict[str, EnrolmentRoute] = {
    "anvisad via eeb": EnrolmentRoute.REFERRED,
    "anvisad via ekonomiskt bistånd": EnrolmentRoute.REFERRED,
    "eeb": EnrolmentRoute.REFERRED,
    "på egen hand": EnrolmentRoute.OWN_INITIATIVE,
    **{k: EnrolmentRoute(v) for k, v in _labels("route", list(EnrolmentRoute)).items()},
}
OUTCOMES: dict[str, Outcome] = {k: Outcome(v) for k, v in _labels("outcome", list(Outcome)).items()}
STATUSES: dict[str, AttendanceStatus] = {
    k: AttendanceStatus(v) for k, v in _labels("attendance", list(AttendanceStatus)).items()
}


def problem(f_name: str, row: CsvRow, column: str, message: str) -> ImportProblem:
    return ImportProblem(message, file=f_name, line=row.line, column=column)


def parse_day(f_name: str, row: CsvRow, column: str) -> date:
    text = row.values[column]
    try:
        if not _DATE_RE.match(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise problem(f_name, row, column, f"datumet {text!r} ska skrivas ÅÅÅÅ-MM-DD.") from None


def parse_gender(f_name: str, row: CsvRow, column: str) -> Gender:
    found = GENDERS.get(row.values[column].casefold())
    if found is None:
        raise problem(
            f_name, row, column, f"okänt kön {row.values[column]!r}; skriv Kvinna, Man, K eller M."
        )
    return found


def parse_choice(
    f_name: str, row: CsvRow, column: str, choices: Mapping[str, T], expected: str
) -> T:
    found = choices.get(fold(row.values[column]))
    if found is None:
        raise problem(f_name, row, column, f"okänt värde {row.values[column]!r}; skriv {expected}.")
    return found
