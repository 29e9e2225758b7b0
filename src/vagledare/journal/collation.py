"""Swedish alphabetical order, with nothing else imported (the login screen sorts its names
before SQLAlchemy is loaded)."""

from __future__ import annotations

from functools import lru_cache

_SWEDISH_ORDER = "abcdefghijklmnopqrstuvwxyzåäö"


@lru_cache(maxsize=4096)  # site, group and category names recur in every report
def swedish_sort_key(text: str) -> tuple[tuple[int, str], ...]:
    """Sort key in Swedish alphabetical order (å, ä, ö after z; é as e; ü as y)."""
    folded = text.casefold().replace("é", "e").replace("ü", "y")
    return tuple(
        (_SWEDISH_ORDER.index(ch), ch) if ch in _SWEDISH_ORDER else (-1, ch) for ch in folded
    )
