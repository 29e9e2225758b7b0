"""Samverkan: how many activities in the period named each partner organisation or employer,
partners in Swedish alphabetical order."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.journal.models import Activity, ActivityPartner, Partner
from vagledare.journal.sites import swedish_sort_key
from vagledare.journal.terms import Lang
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, Section

LABELS = {
    "title": ("Samverkan", "Partnerships"),
    "partner": ("Partner", "Partner"),
    "activities": ("Aktiviteter", "Activities"),
    "note": (
        "Aktiviteter i perioden som nämner partnern; en aktivitet med flera partner räknas "
        "hos var och en.",
        "Activities in the period naming the partner; an activity with several partners "
        "counts for each of them.",
    ),
}


def _w(key: str, lang: Lang) -> str:
    return LABELS[key][0 if lang == "sv" else 1]


def samverkan_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
) -> ReportTable:
    sites = resolve_sites(s, site_ids)
    found = s.execute(
        select(Partner.name, func.count(func.distinct(Activity.id)))
        .join(ActivityPartner, ActivityPartner.partner_id == Partner.id)
        .join(Activity, Activity.id == ActivityPartner.activity_id)
        .where(
            Activity.site_id.in_([x.id for x in sites]),
            Activity.held_on >= period.start,
            Activity.held_on <= period.end,
        )
        .group_by(Partner.name)
    ).all()
    rows = tuple(
        Row(name, (int(n),), people=False)
        for name, n in sorted(found, key=lambda x: swedish_sort_key(x[0]))
    )
    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{_w('title', lang)}, {where}",
        subtitle=period.label(lang),
        label_header=_w("partner", lang),
        columns=(_w("activities", lang),),
        sections=(Section(rows),),
        lang=lang,
        notes=(_w("note", lang),),
    )
