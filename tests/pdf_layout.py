"""Where the text of a PDF stands, read with pdfminer.six (no system programs): for tests of
page layout — nothing overlaps, headings are whole."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine


@dataclass(frozen=True)
class Box:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlap(self, other: Box) -> float:
        """The area the two boxes share, as a share of the smaller one."""
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        if w <= 0 or h <= 0:
            return 0.0
        smaller = min(
            (self.x1 - self.x0) * (self.y1 - self.y0), (other.x1 - other.x0) * (other.y1 - other.y0)
        )
        return w * h / smaller if smaller > 0 else 0.0


def _lines(container: object) -> list[LTTextLine]:
    out: list[LTTextLine] = []
    for item in container:  # type: ignore[attr-defined]
        if isinstance(item, LTTextLine):
            out.append(item)
        elif isinstance(item, LTTextContainer) or hasattr(item, "__iter__"):
            out += _lines(item)
    return out


def page_layout(data: bytes) -> list[tuple[list[Box], list[Box]]]:
    """Per page: (text lines, characters) with their boxes."""
    pages = []
    for page in extract_pages(io.BytesIO(data), laparams=LAParams(char_margin=1.0)):
        lines = _lines(page)
        chars = [
            Box(c.get_text(), c.x0, c.y0, c.x1, c.y1)
            for line in lines
            for c in line
            if isinstance(c, LTChar) and c.get_text().strip()
        ]
        pages.append(([Box(x.get_text().strip(), x.x0, x.y0, x.x1, x.y1) for x in lines], chars))
    return pages


def overlapping_chars(chars: list[Box], tolerance: float = 0.25) -> list[tuple[Box, Box]]:
    """Pairs of glyphs drawn on top of each other (more than ``tolerance`` of the smaller
    one's box): digits running together, a percentage overprinting its neighbour."""
    grid: dict[tuple[int, int], list[Box]] = defaultdict(list)
    for c in chars:
        for gx in range(int(c.x0 // 20), int(c.x1 // 20) + 1):
            for gy in range(int(c.y0 // 20), int(c.y1 // 20) + 1):
                grid[(gx, gy)].append(c)
    found = set()
    out = []
    for cell in grid.values():
        for i, a in enumerate(cell):
            for b in cell[i + 1 :]:
                key = (id(a), id(b)) if id(a) < id(b) else (id(b), id(a))
                if key in found:
                    continue
                # Glyph boxes are the font's full height: compare them a little shrunk.
                if _shrunk(a).overlap(_shrunk(b)) > tolerance:
                    found.add(key)
                    out.append((a, b))
    return out


def _shrunk(b: Box) -> Box:
    h = b.y1 - b.y0
    return Box(b.text, b.x0 + 0.3, b.y0 + 0.2 * h, b.x1 - 0.3, b.y1 - 0.2 * h)
