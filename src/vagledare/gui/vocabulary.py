"""Window labels for domain values (genders) through Qt Linguist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vagledare.journal.models import Gender


def gender_label(gender: Gender) -> str:
    tr = QCoreApplication.translate
    return {
        Gender.WOMAN: tr("Vocabulary", "Woman"),
        Gender.MAN: tr("Vocabulary", "Man"),
        Gender.UNSTATED: tr("Vocabulary", "Not stated"),
    }[gender]


def gender_plural(gender: Gender) -> str:
    tr = QCoreApplication.translate
    return {
        Gender.WOMAN: tr("Vocabulary", "Women"),
        Gender.MAN: tr("Vocabulary", "Men"),
        Gender.UNSTATED: tr("Vocabulary", "Not stated"),
    }[gender]
