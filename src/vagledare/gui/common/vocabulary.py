"""Window labels for domain values (genders) through Qt Linguist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vagledare.journal.models import Gender


def gender_label(gender: Gender) -> str:
    if gender is Gender.WOMAN:
        return QCoreApplication.translate("Vocabulary", "Woman")
    if gender is Gender.MAN:
        return QCoreApplication.translate("Vocabulary", "Man")
    return QCoreApplication.translate("Vocabulary", "Not stated")


def gender_plural(gender: Gender) -> str:
    if gender is Gender.WOMAN:
        return QCoreApplication.translate("Vocabulary", "Women")
    if gender is Gender.MAN:
        return QCoreApplication.translate("Vocabulary", "Men")
    return QCoreApplication.translate("Vocabulary", "Not stated")
