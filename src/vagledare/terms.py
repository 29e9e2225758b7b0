"""Report and domain vocabulary in Swedish and English.

Qt's ``tr()`` translates the window; this table translates what the domain itself writes
(report titles, row labels, period words), so the CLI and the window produce the same words.
Swedish is the language of the municipality's tables and of every CSV contract.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["sv", "en"]
LANGUAGES: tuple[Lang, ...] = ("sv", "en")

_TERMS: dict[str, tuple[str, str]] = {
    # key: (Swedish, English)
    "gender": ("Kön", "Gender"),
    "category": ("Kategori", "Category"),
    "total": ("Totalt", "Total"),
    "women": ("Kvinnor", "Women"),
    "men": ("Män", "Men"),
    "unstated_plural": ("Ej angivet", "Not stated"),
    "woman": ("Kvinna", "Woman"),
    "man": ("Man", "Man"),
    "unstated": ("Ej angivet", "Not stated"),
    "dropin_title": ("Drop in-korta ärenden", "Drop-in short cases"),
    "all_sites": ("Alla mötesplatser", "All sites"),
    "produced": ("Framtagen", "Produced"),
    "page": ("Sida", "Page"),
    "of": ("av", "of"),
    "dropin_unit": (
        "Räkneenhet: en besvarad fråga är ett snabbärende; en besökare med två frågor ger två.",
        "Counting unit: one answered question is one quick case; a visitor with two questions "
        "gives two.",
    ),
    "version": ("Vägledare", "Vägledare"),
    # -- språkgrupper, språkcaféer and läxhjälp (issue 4) ----------------------------------
    "kind.language_group": ("Språkgrupp", "Language group"),
    "kind.language_cafe": ("Språkcafé", "Language café"),
    "kind.homework_help": ("Läxhjälp", "Homework help"),
    "kind.other": ("Annan grupp", "Other group"),
    "route.referred": ("Anvisad", "Referred"),
    "route.citizen_service": ("Medborgarservice", "Citizen service"),
    "route.own_initiative": ("Egen hand", "Own initiative"),
    "outcome.employment": ("Anställning", "Employment"),
    "outcome.studies_sfi": ("Studier – SFI", "Studies – SFI"),
    "outcome.studies_basic_swedish": (
        "Studier – grundläggande svenska",
        "Studies – basic Swedish",
    ),
    "outcome.studies_other": ("Studier – annan utbildning", "Studies – other education"),
    "outcome.work_placement": ("Praktik", "Work placement"),
    "outcome.other_planning": ("Annan planering", "Other planning"),
    "outcome.moved": ("Flyttat", "Moved"),
    "outcome.dropped_out": ("Avbrott", "Dropped out"),
    "outcome.other": ("Annat", "Other"),
    "attendance.present": ("Närvarande", "Present"),
    "attendance.absent": ("Frånvarande", "Absent"),
    "attendance.excused": ("Anmäld frånvaro", "Excused absence"),
    "measure": ("Mått", "Measure"),
    "sprak_enrolled_since_start": (
        "Antal inskrivna deltagare sedan start",
        "Participants enrolled since start",
    ),
    "sprak_women": ("Antal kvinnor", "Women"),
    "sprak_men": ("Antal män", "Men"),
    "sprak_unstated": ("Antal ej angivet kön", "Gender not stated"),
    "sprak_enrolled_in_period": ("Inskrivna under perioden", "Enrolled during the period"),
    "sprak_sessions": ("Tillfällen", "Sessions"),
    "sprak_present_total": ("Närvarande totalt", "Total present"),
    "sprak_mean_present": ("Snitt närvarande per tillfälle", "Average present per session"),
    "sprak_max_present": ("Högsta närvaro", "Highest attendance"),
    "sprak_left_in_period": ("Avslutade under perioden", "Left during the period"),
    "sprak_outcome": ("Utfall", "Outcome"),
    "sprak_guests_women": ("Besökare utan inskrivning, kvinnor", "Walk-in guests, women"),
    "sprak_guests_men": ("Besökare utan inskrivning, män", "Walk-in guests, men"),
    "sprak_guests_unstated": (
        "Besökare utan inskrivning, ej angivet kön",
        "Walk-in guests, gender not stated",
    ),
    "sprak_note_attendance": (
        "Närvarande räknar inskrivna deltagare som var närvarande och besökare utan "
        "inskrivning; bara tillfällen där närvaron är registrerad räknas.",
        "Present counts enrolled participants who were present and walk-in guests; only "
        "sessions whose attendance was taken count.",
    ),
    "sprak_note_distinct": (
        "En deltagare räknas en gång per kolumn även om hen har skrivits in flera gånger; "
        "Totalt räknar varje deltagare en gång. Avslutade och utfall räknar utskrivningar.",
        "A participant is counted once per column even when enrolled several times; Total "
        "counts each participant once. Left and outcomes count leavings.",
    ),
    "group": ("Grupp", "Group"),
    "all_groups": ("Alla grupper", "All groups"),
    "participant_code": ("Deltagarkod", "Participant code"),
    "attendance_rate": ("Närvaro", "Attendance"),
    "attendance_title": ("Närvaro per deltagare", "Attendance per participant"),
    "attendance_threshold": (
        "Markerade rader har närvaro under {threshold}.",
        "Highlighted rows have attendance below {threshold}.",
    ),
    "attendance_rate_note": (
        "Närvaro = närvarande / registrerade tillfällen medan deltagaren var inskriven; "
        "anmäld frånvaro räknas som frånvaro.",
        "Attendance = present / sessions taken while the participant was enrolled; excused "
        "absence counts as absence.",
    ),
    "outcomes_title": ("Utfall för avslutade deltagare", "Outcomes of participants who left"),
    "outcomes_summary_employment": (
        "{n} deltagare har gått vidare till anställning.",
        "{n} participants went on to employment.",
    ),
    "outcomes_summary_studies": (
        "{n} deltagare har gått vidare till studier.",
        "{n} participants went on to studies.",
    ),
    "long_title": (
        "Inskrivna längre än {months} månader utan utfall",
        "Enrolled longer than {months} months without an outcome",
    ),
    "long_enrolled_on": ("Inskriven", "Enrolled"),
    "long_months": ("Månader", "Months"),
    "route": ("Väg in", "Route"),
    "long_as_of": ("Läget den {date}.", "As of {date}."),
    "long_none": (
        "Ingen deltagare är inskriven så länge.",
        "No participant has been enrolled that long.",
    ),
}


def term(key: str, lang: Lang = "sv") -> str:
    """The word for ``key`` in ``lang``."""
    sv, en = _TERMS[key]
    return sv if lang == "sv" else en
