"""Words for one case in the window: its heading, its facts and its timeline lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vagledare.gui.vocabulary import gender_label
from vagledare.journal.case_codes import CONTACT_TYPES, REFERRAL_SOURCES, ROUTES, label, reason_info
from vagledare.journal.case_list import CaseDetail, CaseSummary, ClosureInfo
from vagledare.terms import Lang


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTimeline", text)


def describe_case(c: CaseSummary, lang: Lang) -> tuple[str, str]:
    """(heading, facts) of a case, e.g. ("FRÖ-2023-0142 · Medborgarservice · Fröslunda", …)."""
    title = f"{c.code} · {label(ROUTES, c.route, lang)} · {c.site}"
    source = (
        label(REFERRAL_SOURCES, c.referral_source, lang) if c.referral_source else _tr("not stated")
    )
    facts = [
        f"{gender_label(c.gender)}, {c.age_band}",
        _tr("Coach: %1").replace("%1", c.coach or "–"),
        _tr("Found us through: %1").replace("%1", source),
        _tr("Started %1").replace("%1", c.start_date.isoformat()),
    ]
    if c.closure is None:
        facts.append(_tr("Open"))
    else:
        facts.append(
            _tr("Closed %1: %2")
            .replace("%1", c.closure.closed_on.isoformat())
            .replace("%2", reason_info(c.closure.reason).label(lang))
        )
    return title, " · ".join(facts)


def _closing_text(closure: ClosureInfo, lang: Lang) -> str:
    info = reason_info(closure.reason)
    text = _tr("Closed: %1").replace("%1", info.label(lang))
    if info.self_sufficient:
        text += " — " + _tr("to self-sufficiency")
    if closure.summer_job:
        text += " · " + _tr("holiday or summer job")
    if closure.municipal_studies:
        text += " · " + _tr("studies run by the municipality")
    if closure.reopened_on is not None:
        text += " " + _tr("(reopened %1)").replace("%1", closure.reopened_on.isoformat())
    return text


def timeline_lines(d: CaseDetail, lang: Lang) -> list[str]:
    lines = []
    for e in d.events:
        if e.kind == "start":
            text = _tr("Case opened")
        elif e.kind == "contact" and e.contact_type is not None:
            text = label(CONTACT_TYPES, e.contact_type, lang)
            if e.note:
                text += f": {e.note}"
        elif e.kind == "closed" and e.closure is not None:
            text = _closing_text(e.closure, lang)
        else:
            text = _tr("Reopened")
        by = f" ({e.author})" if e.author else ""
        lines.append(f"{e.on.isoformat()}   {text}{by}")
    return lines
