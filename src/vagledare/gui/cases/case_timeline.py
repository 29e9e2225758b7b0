"""Words for one case in the window: its heading, its facts and its timeline lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vagledare.gui.common.vocabulary import gender_label
from vagledare.journal.case_codes import CONTACT_TYPES, REFERRAL_SOURCES, ROUTES, label, reason_info
from vagledare.journal.case_list import CaseDetail, CaseSummary, ClosureInfo
from vagledare.journal.terms import Lang


def describe_case(c: CaseSummary, lang: Lang) -> tuple[str, str]:
    """(heading, facts) of a case, e.g. ("FRÖ-2023-0142 · Medborgarservice · Fröslunda", …)."""
    title = f"{c.code} · {label(ROUTES, c.route, lang)} · {c.site}"
    source = (
        label(REFERRAL_SOURCES, c.referral_source, lang)
        if c.referral_source
        else QCoreApplication.translate("CaseTimeline", "not stated")
    )
    facts = [
        f"{gender_label(c.gender)}, {c.age_band}",
        QCoreApplication.translate("CaseTimeline", "Coach: %1").replace("%1", c.coach or "–"),
        QCoreApplication.translate("CaseTimeline", "Found us through: %1").replace("%1", source),
        QCoreApplication.translate("CaseTimeline", "Started %1").replace(
            "%1", c.start_date.isoformat()
        ),
    ]
    if c.duty_from is not None:
        facts.append(duty_text(c))
    if c.closure is None:
        facts.append(QCoreApplication.translate("CaseTimeline", "Open"))
    else:
        facts.append(
            QCoreApplication.translate("CaseTimeline", "Closed %1: %2")
            .replace("%1", c.closure.closed_on.isoformat())
            .replace("%2", reason_info(c.closure.reason).label(lang))
        )
    return title, " · ".join(facts)


def duty_text(c: CaseSummary) -> str:
    """The decision on aktivitetsplikt, e.g. "Aktivitetsplikt 2024-02-01–2024-07-31"."""
    if c.duty_from is None:
        return QCoreApplication.translate("CaseTimeline", "No decision on aktivitetsplikt")
    if c.duty_to is None:
        return QCoreApplication.translate("CaseTimeline", "Aktivitetsplikt from %1").replace(
            "%1", c.duty_from.isoformat()
        )
    return (
        QCoreApplication.translate("CaseTimeline", "Aktivitetsplikt %1–%2")
        .replace("%1", c.duty_from.isoformat())
        .replace("%2", c.duty_to.isoformat())
    )


def _closing_text(closure: ClosureInfo, lang: Lang) -> str:
    info = reason_info(closure.reason)
    text = QCoreApplication.translate("CaseTimeline", "Closed: %1").replace("%1", info.label(lang))
    if info.self_sufficient:
        text += " — " + QCoreApplication.translate("CaseTimeline", "to self-sufficiency")
    if closure.summer_job:
        text += " · " + QCoreApplication.translate("CaseTimeline", "holiday or summer job")
    if closure.municipal_studies:
        text += " · " + QCoreApplication.translate(
            "CaseTimeline", "studies run by the municipality"
        )
    if closure.reopened_on is not None:
        text += " " + QCoreApplication.translate("CaseTimeline", "(reopened %1)").replace(
            "%1", closure.reopened_on.isoformat()
        )
    return text


def timeline_lines(d: CaseDetail, lang: Lang) -> list[str]:
    lines = []
    for e in d.events:
        if e.kind == "start":
            text = QCoreApplication.translate("CaseTimeline", "Case opened")
        elif e.kind == "contact" and e.contact_type is not None:
            text = label(CONTACT_TYPES, e.contact_type, lang)
            if e.note:
                text += f": {e.note}"
            if e.attended_hours is not None:
                text += " · " + QCoreApplication.translate(
                    "CaseTimeline", "attended last week: %1 h"
                ).replace("%1", str(e.attended_hours))
        elif e.kind == "closed" and e.closure is not None:
            text = _closing_text(e.closure, lang)
        else:
            text = QCoreApplication.translate("CaseTimeline", "Reopened")
        by = f" ({e.author})" if e.author else ""
        lines.append(f"{e.on.isoformat()}   {text}{by}")
    return lines
