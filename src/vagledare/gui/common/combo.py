"""Reading enum values back from combo boxes.

Qt keeps item data as QVariant, and PySide6 hands a ``StrEnum`` member back as a plain ``str``;
``current_enum`` turns it into the member again so that ``is`` comparisons hold.
"""

from __future__ import annotations

import enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=enum.Enum)


def current_enum(combo: QComboBox, cls: type[E]) -> E | None:
    value = combo.currentData()
    return None if value is None else cls(value)


def select_data(combo: QComboBox, value: object) -> bool:
    """Make the item whose data equals ``value`` current (``findData`` cannot compare the
    Python objects PySide6 wraps, such as UUIDs). False, and no change, when none does."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    return False
