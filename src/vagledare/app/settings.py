"""Per-user settings of the desk (language, look, text size, the report screen's comparison
with last year, and which site and staff member each journal opens with), stored as JSON in
the platform's configuration folder.

A file written by an older version (without a newer field) loads with that field's default."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path


def default_settings_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("Vagledare", appauthor=False)) / "settings.json"


TEXT_SIZES = (100, 125, 150, 175, 200)  # the choices of View → Text size


def _text_size(value: object) -> int:
    """A stored text size within 100–200 %; anything unreadable is 100."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return 100
    try:
        size = round(float(value))
    except (TypeError, ValueError, OverflowError):
        return 100
    return min(max(size, TEXT_SIZES[0]), TEXT_SIZES[-1])


@dataclass
class JournalChoice:
    site_id: str
    staff_id: str


@dataclass
class DeskSettings:
    language: str = ""  # "" follows the system locale; "sv" or "en" overrides
    lock_minutes: float = 5.0  # the window locks after this long without input
    high_contrast: bool = False  # View → High contrast (otherwise light/dark follow the system)
    text_size: int = 100  # View → Text size, in per cent of the system's font size
    compare_previous_year: bool = False  # Reports: compare with the same period last year
    journals: dict[str, JournalChoice] = field(default_factory=dict)
    path: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> DeskSettings:
        path = path or default_settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path=path)
        journals = {
            k: JournalChoice(str(v.get("site_id", "")), str(v.get("staff_id", "")))
            for k, v in (raw.get("journals") or {}).items()
            if isinstance(v, dict)
        }
        lang = raw.get("language", "")
        try:
            lock = min(max(float(raw.get("lock_minutes", 5.0)), 0.5), 240.0)
        except (TypeError, ValueError):
            lock = 5.0
        return cls(
            language=lang if lang in ("", "sv", "en") else "",
            lock_minutes=lock,
            high_contrast=raw.get("high_contrast") is True,
            text_size=_text_size(raw.get("text_size", 100)),
            compare_previous_year=raw.get("compare_previous_year") is True,
            journals=journals,
            path=path,
        )

    def save(self) -> None:
        path = self.path or default_settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "language": self.language,
            "lock_minutes": self.lock_minutes,
            "high_contrast": self.high_contrast,
            "text_size": self.text_size,
            "compare_previous_year": self.compare_previous_year,
            "journals": {k: asdict(v) for k, v in self.journals.items()},
        }
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
