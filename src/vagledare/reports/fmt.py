"""Formatting of report values with babel, Swedish rounding rules and CSV conventions.

Shares and means are rounded half up, as Excel and Swedish official statistics do
(62,5 % → 63 %), never with babel's default half-even.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from vagledare.journal.terms import Lang
from vagledare.reports.values import Mean, Money, Share, Value

DASH = "–"


def babel_locale(lang: Lang) -> str:
    return "sv_SE" if lang == "sv" else "en_GB"


def round_half_up(value: Decimal, places: int = 0) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def share_percent(share: Share) -> int | None:
    if share.denominator == 0:
        return None
    return int(round_half_up(Decimal(share.numerator) * 100 / Decimal(share.denominator)))


def format_percent(pct: int, lang: Lang) -> str:
    from babel.numbers import format_percent as babel_percent

    return str(babel_percent(Decimal(pct) / 100, locale=babel_locale(lang)))


def format_decimal(value: Decimal, places: int, lang: Lang, *, grouping: bool = True) -> str:
    from babel.numbers import format_decimal as babel_decimal

    pattern = ("#,##0" if grouping else "0") + ("." + "0" * places if places else "")
    rounded = round_half_up(value, places)
    # Format the magnitude and put an ASCII sign in front: CLDR's Swedish minus is U+2212,
    # which scripts reading our CSV files would not recognise.
    text = str(
        babel_decimal(
            abs(rounded), format=pattern, locale=babel_locale(lang), decimal_quantization=False
        )
    )
    return ("-" + text) if rounded < 0 else text


def format_value(
    value: Value, lang: Lang, *, for_csv: bool = False, blank_zero: bool = False
) -> str:
    """The text of one cell. CSV integers have no thousands separator."""
    if value is None:
        return DASH
    if isinstance(value, str):
        return value
    if isinstance(value, bool):  # bool is an int; never expected here
        raise TypeError("boolean report value")
    if isinstance(value, int):
        if value == 0 and blank_zero:
            return ""
        if for_csv:
            return str(value)
        from babel.numbers import format_decimal as babel_decimal

        return str(babel_decimal(value, locale=babel_locale(lang)))
    if isinstance(value, Share):
        pct = share_percent(value)
        return DASH if pct is None else format_percent(pct, lang)
    if isinstance(value, Mean):
        if value.value is None:
            return DASH
        text = format_decimal(value.value, value.places, lang, grouping=not for_csv)
        if value.signed and round_half_up(value.value, value.places) > 0:
            text = "+" + text
        return text
    if isinstance(value, Money):
        if value.value is None:
            return DASH
        return format_decimal(value.value, 0, lang, grouping=not for_csv) + " kr"
    raise TypeError(f"unknown report value {value!r}")
