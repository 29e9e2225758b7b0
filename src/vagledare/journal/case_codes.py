"""The case journal's code lists as data: Swedish and English labels, reason definitions.

Swedish labels are the words of the municipality's tables and of the CSV contracts (the
``orsak`` values of ``import cases`` and the row labels of the avslut report). Each closing
reason carries a one-line definition shown in the close dialog (domain.md §1.5–1.6), whether
it counts as *avslut till egen försörjning*, and which flag it may carry.
"""

from __future__ import annotations

from dataclasses import dataclass

from vagledare.journal.models import (
    ClosureReason,
    ContactType,
    FollowUpStatus,
    ReferralSource,
    Route,
)
from vagledare.journal.terms import Lang

R = ClosureReason


@dataclass(frozen=True)
class ReasonInfo:
    reason: ClosureReason
    sv: str
    en: str
    definition_sv: str
    definition_en: str
    self_sufficient: bool  # avslut till egen försörjning
    flag: str | None = None  # "summer_job" or "municipal_studies"

    def label(self, lang: Lang = "sv") -> str:
        return self.sv if lang == "sv" else self.en

    def definition(self, lang: Lang = "sv") -> str:
        return self.definition_sv if lang == "sv" else self.definition_en


REASONS: tuple[ReasonInfo, ...] = (
    ReasonInfo(
        R.OTHER_BENEFIT,
        "Annan ersättningsform",
        "Other form of benefit",
        "Försörjning genom en annan ersättning, t.ex. sjukersättning, sjukpenning eller pension.",
        "Supported by another benefit, e.g. sickness compensation, sickness benefit or pension.",
        True,
    ),
    ReasonInfo(
        R.SUBSIDISED_JOB,
        "Extratjänst/Introduktionsjobb",
        "Extra job/Introductory job",
        "Anställning som extratjänst eller introduktionsjobb.",
        "Employment as an extra job or an introductory job.",
        True,
    ),
    ReasonInfo(
        R.PERMANENT_JOB,
        "Varaktigt arbete",
        "Lasting employment",
        "Anställning som är längre än 6 månader.",
        "Employment longer than 6 months.",
        True,
    ),
    ReasonInfo(
        R.TEMPORARY_JOB,
        "Tillfälligt arbete",
        "Temporary employment",
        "Anställning som är 6 månader eller kortare; markera om det är ferie-/sommarjobb.",
        "Employment of 6 months or less; tick if it is a holiday or summer job.",
        True,
        "summer_job",
    ),
    ReasonInfo(
        R.NEW_START_JOB,
        "Nystartsjobb",
        "New start job",
        "Anställning med stöd som nystartsjobb via Arbetsförmedlingen.",
        "Employment supported as a new start job through the Public Employment Service.",
        True,
    ),
    ReasonInfo(
        R.STUDIES,
        "Studier",
        "Studies",
        "Studier med egen försörjning, t.ex. studiemedel; markera om de sker i kommunens regi.",
        "Studies with own support, e.g. student finance; tick if run by the municipality.",
        True,
        "municipal_studies",
    ),
    ReasonInfo(
        R.FULL_TIME_AF,
        "Heltidsinsats AF",
        "Full-time measure at AF",
        "Beslut om heltidsinsats (utbildning eller program) hos Arbetsförmedlingen.",
        "A decision on a full-time programme or training at the Public Employment Service.",
        False,
    ),
    ReasonInfo(
        R.FAMILY_CHANGE,
        "Förändrad familjebild",
        "Changed family situation",
        "Ändrade familjeförhållanden, t.ex. föräldraledighet, gör insatsen inaktuell.",
        "Changed family circumstances, e.g. parental leave, make the support no longer apply.",
        False,
    ),
    ReasonInfo(
        R.MOVED_AWAY,
        "Flyttat från kommunen",
        "Moved from the municipality",
        "Personen har flyttat från kommunen.",
        "The person has moved away from the municipality.",
        False,
    ),
    ReasonInfo(
        R.DROPPED_OUT,
        "Avvikit",
        "Dropped out",
        "Personen har slutat komma utan att höra av sig och går inte att nå.",
        "The person stopped coming without notice and cannot be reached.",
        False,
    ),
    ReasonInfo(
        R.OWN_REQUEST,
        "Egen begäran",
        "Own request",
        "Personen har själv bett att ärendet avslutas.",
        "The person asked for the case to be closed.",
        False,
    ),
    ReasonInfo(
        R.REGISTERED_BY_MISTAKE,
        "Felregistrerad",
        "Registered by mistake",
        "Ärendet skulle inte ha registrerats; ett registreringsfel, inget utfall.",
        "The case should not have been registered; a recording error, not an outcome.",
        False,
    ),
    ReasonInfo(
        R.MEASURE_ENDED,
        "Insatsen avslutas",
        "Support ended",
        "Insatsen avbryts av handläggaren eller verksamheten, t.ex. för en annan insats.",
        "The support is ended by the case officer or the unit, e.g. for another measure.",
        False,
    ),
    ReasonInfo(
        R.NEED_GONE,
        "Behovet kvarstår ej",
        "Need no longer remains",
        "Behovet av stöd från Jobbcentrum finns inte längre, utan annat registrerat utfall.",
        "The need for support from Jobbcentrum has gone, with no other recorded outcome.",
        False,
    ),
    ReasonInfo(
        R.MEASURE_COMPLETED,
        "Insats fullgjord",
        "Support completed",
        "Den planerade insatsen är genomförd utan att något annat avslutsskäl gäller.",
        "The planned support has been carried out and no other reason applies.",
        False,
    ),
)
# History whose reason is unknown (the seed's *Övrigt*, 001:623): an import may carry it, the
# close dialog never offers it. Reports count it under Övrigt, never as self-sufficiency.
UNKNOWN_REASON = ReasonInfo(
    R.UNKNOWN,
    "Övrigt (okänd orsak)",
    "Other (unknown reason)",
    "Äldre uppgift där orsaken till avslutet inte är känd.",
    "Earlier record in which the reason for closing is not known.",
    False,
)
_BY_REASON = {r.reason: r for r in (*REASONS, UNKNOWN_REASON)}
SELF_SUFFICIENT = frozenset(r.reason for r in REASONS if r.self_sufficient)

# Spellings of the seed documents that an import may carry (domain.md I-22; the aktivitetsplikt
# table 001:626-634 writes "Introduktionsjobb", "Heltid AF" and "Övrigt").
_REASON_ALIASES = {
    "avviktit": R.DROPPED_OUT,
    "extrajtjänst/introduktionsjobb": R.SUBSIDISED_JOB,
    "introduktionsjobb": R.SUBSIDISED_JOB,
    "heltid af": R.FULL_TIME_AF,
    "övrigt": R.UNKNOWN,
    "övrigt (okänd orsak)": R.UNKNOWN,
}


def reason_info(reason: ClosureReason) -> ReasonInfo:
    return _BY_REASON[reason]


def parse_reason(text: str) -> ClosureReason | None:
    """The reason named by its Swedish or English label (any case), or None."""
    key = " ".join(text.split()).casefold()
    for r in REASONS:
        if key in (r.sv.casefold(), r.en.casefold(), r.reason.value):
            return r.reason
    return _REASON_ALIASES.get(key)


ROUTES: dict[Route, tuple[str, str]] = {
    Route.CITIZEN_SERVICE: ("Medborgarservice", "Citizen service"),
    Route.REFERRED: ("Anvisad via ekonomiskt bistånd", "Referred via financial assistance"),
}
ROUTE_SHORT: dict[Route, tuple[str, str]] = {
    Route.CITIZEN_SERVICE: ("Medborgarservice", "Citizen service"),
    Route.REFERRED: ("Anvisad", "Referred"),
}
# The CLI's --route values and the import's väg column.
ROUTE_KEYS: dict[str, Route] = {
    "medborgarservice": Route.CITIZEN_SERVICE,
    "anvisad": Route.REFERRED,
    "anvisad via ekonomiskt bistånd": Route.REFERRED,
    "citizen_service": Route.CITIZEN_SERVICE,
    "referred": Route.REFERRED,
}

REFERRAL_SOURCES: dict[ReferralSource, tuple[str, str]] = {
    ReferralSource.DROP_IN: ("Drop-in", "Drop-in"),
    ReferralSource.OPEN_PRESCHOOL: ("Öppna förskolan", "Open preschool"),
    ReferralSource.FAMILY_COUNSELLOR: ("Familjevägledare", "Family counsellor"),
    ReferralSource.YOUTH_LEISURE: ("Ung fritid", "Youth leisure (Ung fritid)"),
    ReferralSource.LIBRARY: ("Bibliotek", "Library"),
    ReferralSource.LANGUAGE_GROUP: ("Språkgrupp", "Language group"),
    ReferralSource.WORD_OF_MOUTH: ("Vän/mun-till-mun", "Friend/word of mouth"),
    ReferralSource.OTHER_ACTIVITY: (
        "Annan verksamhet på Mötesplatsen",
        "Other activity at the meeting place",
    ),
    ReferralSource.OTHER: ("Annat", "Other"),
}

CONTACT_TYPES: dict[ContactType, tuple[str, str]] = {
    ContactType.CONVERSATION: ("Samtal", "Conversation"),
    ContactType.APPLICATION_DOCUMENTS: ("CV/ansökningshandlingar", "CV/application documents"),
    ContactType.JOB_SEARCH: ("Jobbsökning", "Job search"),
    ContactType.AUTHORITY_CONTACT: ("Myndighetskontakt", "Contact with authorities"),
    ContactType.STUDY_GUIDANCE: ("Studievägledning", "Study guidance"),
    ContactType.EMPLOYER_MATCHING: ("Matchning mot arbetsgivare", "Matching with employers"),
    ContactType.FOLLOW_UP: ("Uppföljning", "Follow-up"),
    ContactType.OTHER: ("Övrigt", "Other"),
}

# A snabbärende category that becomes a case gives the first contact its type.
CATEGORY_CONTACT_TYPES: dict[str, ContactType] = {
    "ansökningshandlingar": ContactType.APPLICATION_DOCUMENTS,
    "söka arbete": ContactType.JOB_SEARCH,
    "söka studier": ContactType.STUDY_GUIDANCE,
    "myndighetskontakt": ContactType.AUTHORITY_CONTACT,
}


FOLLOW_UP_STATUSES: dict[FollowUpStatus, tuple[str, str]] = {
    FollowUpStatus.WORK: ("Arbete", "Work"),
    FollowUpStatus.STUDIES: ("Studier", "Studies"),
    FollowUpStatus.OTHER_SELF_SUPPORT: ("Annan egen försörjning", "Other self-support"),
    FollowUpStatus.BACK_ON_ASSISTANCE: (
        "Åter till ekonomiskt bistånd",
        "Back on financial assistance",
    ),
    FollowUpStatus.OTHER: ("Annat", "Other"),
    FollowUpStatus.NOT_REACHED: ("Gick inte att nå", "Could not be reached"),
}
# The statuses that count as *egen försörjning* at the follow-up.
SELF_SUPPORT_STATUSES = frozenset(
    {FollowUpStatus.WORK, FollowUpStatus.STUDIES, FollowUpStatus.OTHER_SELF_SUPPORT}
)


def parse_follow_up_status(text: str) -> FollowUpStatus | None:
    key = " ".join(text.split()).casefold()
    for status, (sv, en) in FOLLOW_UP_STATUSES.items():
        if key in (sv.casefold(), en.casefold(), status.value):
            return status
    return None


def label(pairs: dict, key: object, lang: Lang = "sv") -> str:  # type: ignore[type-arg]
    sv, en = pairs[key]
    return str(sv if lang == "sv" else en)
