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
}


def term(key: str, lang: Lang = "sv") -> str:
    """The word for ``key`` in ``lang``."""
    sv, en = _TERMS[key]
    return sv if lang == "sv" else en
