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
    # Progression readings (BIP)
    "bip_title": ("Progression per faktor", "Progress per factor"),
    "bip_rounds_title": ("Progression per mätning", "Progress per reading"),
    "factor": ("Faktor", "Factor"),
    "reading_round": ("Mätning", "Reading"),
    "participants": ("Deltagare", "Participants"),
    "mean": ("Medelvärde", "Mean"),
    "mean_first": ("Medel första", "Mean first"),
    "mean_latest": ("Medel senaste", "Mean latest"),
    "change": ("Förändring", "Change"),
    "up": ("Upp", "Up"),
    "unchanged": ("Oförändrad", "Unchanged"),
    "down": ("Ned", "Down"),
    "respondent_participant": ("deltagare", "participant"),
    "respondent_coach": ("vägledare", "coach"),
    "bip_answered_by": (
        "Besvarat av: {who}. {coach_only} besvaras alltid av vägledaren.",
        "Answered by: {who}. {coach_only} is always answered by the coach.",
    ),
    "bip_factor_set": ("Faktorer: {label}.", "Factors: {label}."),
    "bip_rule": (
        "En deltagare räknas för en faktor när hen har minst två mätningar av faktorn i "
        "perioden; första = den tidigaste, senaste = den sista. Vill inte svara räknas inte. "
        "Upp, Oförändrad och Ned är antal deltagare.",
        "A participant counts for a factor when they have at least two readings of it in the "
        "period; first = the earliest, latest = the last. Declined answers do not count. Up, "
        "Unchanged and Down are numbers of participants.",
    ),
    "bip_rounds_rule": (
        "Deltagare vars första mätning gjordes i perioden. Mätning 1 är deltagarens första "
        "mätning, mätning 2 den andra och så vidare, även efter periodens slut.",
        "Participants whose first reading was taken in the period. Reading 1 is the "
        "participant's first reading, reading 2 the second and so on, also after the period.",
    ),
    "bip_small": (
        "Markerade rader bygger på färre än {n} deltagare och ska tolkas med försiktighet.",
        "Highlighted rows rest on fewer than {n} participants; read them with care.",
    ),
    "bip_other_versions": (
        "Mätningar gjorda med version {version} av faktorerna ingår inte ({n} st).",
        "Readings taken with version {version} of the factors are not included ({n}).",
    ),
    "bip_group": ("Urval: {what}.", "Group: {what}."),
    "bip_group_coach": ("vägledare {name}", "coach {name}"),
    "bip_group_first": ("första mätning {period}", "first reading {period}"),
}


def term(key: str, lang: Lang = "sv") -> str:
    """The word for ``key`` in ``lang``."""
    sv, en = _TERMS[key]
    return sv if lang == "sv" else en
