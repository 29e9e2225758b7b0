"""Inskrivna länge utan utfall: participants still enrolled on the period's last day who
have been enrolled longer than N months (the seed's concern about people who stay for years
without progression, 001:1791-1793)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from vagledare.journal.dates import add_months
from vagledare.journal.enrolments import route_label
from vagledare.journal.models import GroupKind
from vagledare.journal.terms import Lang, term
from vagledare.reports.group_data import enrolments, select_groups
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, Section

DEFAULT_MONTHS = 12


def whole_months(start: date, end: date) -> int:
    """Completed months from ``start`` to ``end``."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if add_months(start, months) <= end else months - 1


def long_stayers_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    group: str | None = None,
    kind: GroupKind | None = None,
    tutor: str | None = None,
    months: int = DEFAULT_MONTHS,
) -> ReportTable:
    if not 1 <= months <= 240:
        raise ValueError("Antalet månader ska vara mellan 1 och 240.")
    as_of = min(period.end, date.today())  # a period not yet over: the state today
    sel = select_groups(s, site_ids, lang, group=group, kind=kind, tutor=tutor)
    stayers = [
        e
        for e in enrolments(s, sel)
        if e.active_on(as_of) and add_months(e.enrolled_on, months) < as_of
    ]
    sections: list[Section] = []
    for g in sel.groups:
        mine = sorted(
            (e for e in stayers if e.group_id == g.id), key=lambda e: (e.enrolled_on, e.code)
        )
        if not mine:
            continue
        rows = tuple(
            Row(
                e.code,
                (
                    route_label(e.route, lang),
                    term(e.gender.value, lang),
                    e.enrolled_on.isoformat(),
                    whole_months(e.enrolled_on, as_of),
                ),
            )
            for e in mine
        )
        label = f"{g.site_name} – {g.name}"
        sections.append(Section(rows, key=label, title=label))
    from babel.dates import format_date

    stamp = format_date(as_of, "d MMMM y", locale="sv_SE" if lang == "sv" else "en_GB")
    summary = [term("long_as_of", lang).format(date=stamp)]
    if not stayers:
        summary.append(term("long_none", lang))
    return ReportTable(
        title=f"{term('long_title', lang).format(months=months)}, {sel.what}, {sel.where}",
        subtitle=period.label(lang),
        key_header=term("group", lang),
        label_header=term("participant_code", lang),
        # The route first: its long words then have the code column's free space beside them.
        columns=(
            term("route", lang),
            term("gender", lang),
            term("long_enrolled_on", lang),
            term("long_months", lang),
        ),
        sections=tuple(sections),
        lang=lang,
        summary=tuple(summary),
        lists_people=True,
    )
