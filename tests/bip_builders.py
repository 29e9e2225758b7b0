"""A small made-up group of progression readings whose figures are worked out by hand.

Six participants at Fröslunda (1–3 women, 4–6 men). ``None`` is "vill inte svara".
Columns: code, date, respondent, f1..f7.
"""

from __future__ import annotations

from datetime import date

from vagledare.app.desk import Desk
from vagledare.journal import assessments, participants
from vagledare.journal.models import Gender, Respondent

P, C = Respondent.PARTICIPANT, Respondent.COACH
N = None

READINGS: list[tuple[str, date, Respondent, tuple[int | None, ...]]] = [
    ("T1", date(2022, 12, 15), P, (1, 1, 1, 1, 1, 1, N)),  # before the period
    ("T1", date(2023, 2, 1), P, (3, 5, 5, 4, 2, 7, N)),
    ("T1", date(2023, 6, 1), P, (5, N, 5, 5, 3, N, N)),
    ("T1", date(2023, 10, 1), P, (6, 6, 5, 6, 4, N, N)),
    ("T2", date(2023, 2, 2), P, (4, 6, 5, 5, 5, N, N)),
    ("T2", date(2023, 6, 2), P, (4, 6, 5, 5, 5, N, N)),
    ("T3", date(2023, 2, 3), P, (7, 3, 5, 6, 6, N, N)),
    ("T3", date(2023, 6, 1), P, (10, 10, 10, 10, 10, 10, N)),  # deleted below
    ("T3", date(2023, 6, 3), P, (5, 4, 5, 5, 2, N, N)),
    ("T4", date(2023, 2, 4), P, (2, 8, 5, 3, 4, N, N)),
    ("T4", date(2023, 6, 4), P, (6, 7, 5, 5, 4, N, N)),
    ("T5", date(2023, 2, 5), P, (5, N, 5, 6, 8, N, N)),
    ("T6", date(2023, 2, 6), P, (6, N, 5, 4, 5, N, N)),
    ("T6", date(2023, 6, 6), P, (N, N, 5, 4, 6, N, N)),
    ("T6", date(2023, 10, 6), P, (8, N, 5, 5, 5, N, N)),
    # The coach's own view (f1) and factor 7.
    ("T1", date(2023, 2, 1), C, (2, N, N, N, N, N, 4)),
    ("T1", date(2023, 10, 2), C, (5, N, N, N, N, N, 6)),
    ("T2", date(2023, 2, 2), C, (3, N, N, N, N, N, 5)),
    ("T2", date(2023, 6, 2), C, (3, N, N, N, N, N, 5)),
    ("T3", date(2023, 2, 3), C, (5, N, N, N, N, N, 6)),
    ("T3", date(2023, 6, 3), C, (4, N, N, N, N, N, 4)),
]

GENDERS = {
    "T1": Gender.WOMAN,
    "T2": Gender.WOMAN,
    "T3": Gender.WOMAN,
    "T4": Gender.MAN,
    "T5": Gender.MAN,
    "T6": Gender.MAN,
}


def register_group(desk: Desk) -> dict[str, object]:
    """Register T1–T6 and record every reading; T3's reading of 1 June is then deleted."""
    with desk.journal.session() as s:
        ids = {
            code: participants.register_participant(
                s, desk.site.id, gender, "25-34", desk.staff.id, code=code
            ).id
            for code, gender in GENDERS.items()
        }
        for code, day, who, vals in READINGS:
            values = {i + 1: v for i, v in enumerate(vals) if who is C or i < 6}
            r = assessments.record_reading(
                s, ids[code], who, day, values, desk.staff.id, today=date(2024, 1, 1)
            )
            if code == "T3" and day == date(2023, 6, 1):
                assessments.delete_reading(s, r.id, "Fel deltagare", desk.staff.id)
    return ids
