"""Närvaro per deltagare: each participant's attendance at the sessions taken in the period,
with those below a threshold highlighted and flagged ``ja`` in the last column.

Närvaro = Närvarande / (Närvarande + Frånvarande + Anmäld frånvaro): anmäld frånvaro is still
absence (the point is whether the participant takes part). A participant enrolled in the
period with no taken session gets ``–`` and is not highlighted. Each group's last row pools
its participants' marks.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence

from sqlalchemy.orm import Session

from vagledare.journal.models import AttendanceStatus, GroupKind
from vagledare.journal.terms import Lang, term
from vagledare.reports.fmt import format_percent
from vagledare.reports.group_data import enrolments, marks, select_groups
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, RowKind, Section, Share, Value

DEFAULT_THRESHOLD = 75  # percent
STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)


def below(counts: Counter[AttendanceStatus], threshold: int) -> bool:
    """Below the threshold, compared exactly (not after rounding the percentage)."""
    taken = sum(counts[x] for x in STATUSES)
    return taken > 0 and counts[AttendanceStatus.PRESENT] * 100 < threshold * taken


def _values(gender: str, counts: Counter[AttendanceStatus], flag: str = "") -> tuple[Value, ...]:
    taken = sum(counts[x] for x in STATUSES)
    return (
        gender,
        taken,
        *(counts[x] for x in STATUSES),
        Share(counts[AttendanceStatus.PRESENT], taken),
        flag,
    )


def attendance_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    group: str | None = None,
    kind: GroupKind | None = None,
    tutor: str | None = None,
    threshold: int = DEFAULT_THRESHOLD,
) -> ReportTable:
    if not 1 <= threshold <= 100:
        raise ValueError("Tröskeln ska vara mellan 1 och 100 procent.")
    sel = select_groups(s, site_ids, lang, group=group, kind=kind, tutor=tutor)
    enrolled = [e for e in enrolments(s, sel) if e.overlaps(period.start, period.end)]
    by_enrolment = {e.id: e for e in enrolled}
    per_person: dict[tuple[uuid.UUID, uuid.UUID], Counter[AttendanceStatus]] = {}
    for e in enrolled:
        per_person.setdefault((e.group_id, e.participant_id), Counter())
    for enrolment_id, status in marks(s, sel.group_ids, period.start, period.end):
        found = by_enrolment.get(enrolment_id)
        if found is not None:
            per_person[(found.group_id, found.participant_id)][status] += 1

    people = {(e.group_id, e.participant_id): e for e in enrolled}
    sections: list[Section] = []
    flagged = 0
    for g in sel.groups:
        keys = sorted((k for k in per_person if k[0] == g.id), key=lambda k: people[k].code)
        if not keys:
            continue
        rows: list[Row] = []
        pooled: Counter[AttendanceStatus] = Counter()
        for k in keys:
            counts = per_person[k]
            pooled.update(counts)
            low = below(counts, threshold)
            flagged += low
            gender = term(people[k].gender.value, lang)
            flag = term("below_threshold_yes", lang) if low else ""
            rows.append(Row(people[k].code, _values(gender, counts, flag), highlight=low))
        rows.append(Row(term("total", lang), _values("", pooled), RowKind.TOTAL))
        label = f"{g.site_name} – {g.name}"
        sections.append(Section(tuple(rows), key=label, title=label))

    pct = format_percent(threshold, lang)
    people_n = len(per_person)
    summary = (
        f"{flagged} av {people_n} deltagare har närvaro under {pct}."
        if lang == "sv"
        else f"{flagged} of {people_n} participants have attendance below {pct}."
    )
    return ReportTable(
        title=f"{term('attendance_title', lang)}, {sel.what}, {sel.where}",
        subtitle=period.label(lang),
        key_header=term("group", lang),
        label_header=term("participant_code", lang),
        columns=(
            term("gender", lang),
            term("sprak_sessions", lang),
            *(term(f"attendance.{x.value}", lang) for x in STATUSES),
            term("attendance_rate", lang),
            term("below_threshold", lang),
        ),
        sections=tuple(sections),
        lang=lang,
        notes=(
            term("attendance_threshold", lang).format(threshold=pct),
            term("attendance_rate_note", lang),
        ),
        summary=(summary,),
        lists_people=True,
    )
