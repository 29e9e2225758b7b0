"""Draw Vägledare's app icon: a white signpost on a calm municipal-blue tile.

    python tools/make_icons.py

Writes ``resources/icons/vagledare.svg`` (the master for the Linux desktop), PNGs at every usual
size, a multi-size Windows ``vagledare.ico`` and a macOS ``vagledare.icns``, and copies the PNGs
the window needs at run time into ``src/vagledare/resources/icons/``. The outputs are committed;
run this again only when the design changes.

One geometry, on a 16-unit grid, drives both the SVG and the QPainter drawing. Below 64 px the
shapes are snapped to whole pixels, so the 16 px icon stays sharp instead of blurring.
"""

from __future__ import annotations

import math
import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
RUNTIME = ROOT / "src" / "vagledare" / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
RUNTIME_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# ICNS chunk type -> pixel size (PNG payloads; the @2x types reuse the larger bitmaps).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)

BLUE_TOP, BLUE_BOTTOM = "#2f72b4", "#1a4f86"  # calm municipal blue, a slight vertical gradient
WHITE, PALE = "#ffffff", "#d9e7f5"  # the near sign white, the far sign a pale blue-white

# Geometry in grid units (the icon is 16 × 16 units; 1 unit = 1 px at 16 px).
TILE = (0.5, 0.5, 15.0, 15.0, 3.0)  # x, y, w, h, corner radius
POLE = (7.0, 2.0, 2.0, 12.5)  # x, y, w, h
UPPER_SIGN = [(3.0, 3.0), (11.0, 3.0), (13.25, 5.0), (11.0, 7.0), (3.0, 7.0)]  # points right
LOWER_SIGN = [(5.0, 8.0), (13.0, 8.0), (13.0, 12.0), (5.0, 12.0), (2.75, 10.0)]  # points left
ROUNDING = 0.5  # a pen of this width with round joins softens the signs' corners (≥ 48 px)


def _snap(v: float, scale: float, size: int) -> float:
    """Whole pixels below 64 px (crisp small icons), exact geometry above."""
    px = v * scale
    return float(math.floor(px + 0.5)) if size < 64 else px


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    scale = size / 16.0
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)

    x, y, w, h, r = TILE
    tile = QRectF(x * scale, y * scale, w * scale, h * scale)
    if size < 32:  # no half-pixel margin on tiny icons: fill the square, keep the corners
        tile = QRectF(0, 0, size, size)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0.0, QColor(BLUE_TOP))
    gradient.setColorAt(1.0, QColor(BLUE_BOTTOM))
    path = QPainterPath()
    path.addRoundedRect(tile, r * scale, r * scale)
    p.fillPath(path, gradient)

    px, py, pw, ph = (_snap(v, scale, size) for v in POLE)
    p.setBrush(QColor(WHITE))
    p.drawRect(QRectF(px, py, max(pw, 1.0), ph))
    for points, colour in ((LOWER_SIGN, PALE), (UPPER_SIGN, WHITE)):
        polygon = QPolygonF(
            [QPointF(_snap(a, scale, size), _snap(b, scale, size)) for a, b in points]
        )
        p.setBrush(QColor(colour))
        if size >= 48:
            pen = QPen(QColor(colour), ROUNDING * scale)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
        p.drawPolygon(polygon)
    p.end()
    return image


def svg() -> str:
    """The same drawing as vector graphics, on a 256 × 256 canvas."""
    k = 16.0

    def pts(points: list[tuple[float, float]]) -> str:
        return " ".join(f"{a * k:g},{b * k:g}" for a, b in points)

    x, y, w, h, r = TILE
    px, py, pw, ph = POLE
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Vägledare</title>
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{BLUE_TOP}"/>
      <stop offset="1" stop-color="{BLUE_BOTTOM}"/>
    </linearGradient>
  </defs>
  <rect x="{x * k:g}" y="{y * k:g}" width="{w * k:g}" height="{h * k:g}" rx="{r * k:g}" \
fill="url(#tile)"/>
  <rect x="{px * k:g}" y="{py * k:g}" width="{pw * k:g}" height="{ph * k:g}" fill="{WHITE}"/>
  <g stroke-width="{ROUNDING * k:g}" stroke-linejoin="round">
    <polygon points="{pts(LOWER_SIGN)}" fill="{PALE}" stroke="{PALE}"/>
    <polygon points="{pts(UPPER_SIGN)}" fill="{WHITE}" stroke="{WHITE}"/>
  </g>
</svg>
"""


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _dib(image: QImage) -> bytes:
    """A 32-bit BMP entry for an ICO: header with doubled height, BGRA rows bottom-up, AND mask."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA in memory (little endian)
    size = img.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [bytes(img.constScanLine(y))[: size * 4] for y in range(size - 1, -1, -1)]
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + b"\0" * (mask_row * size)


def ico(images: dict[int, QImage]) -> bytes:
    """Windows icon: classic BMP entries up to 64 px (every tool reads them), PNG for 256 px."""
    entries = [(s, png_bytes(images[s]) if s >= 256 else _dib(images[s])) for s in ICO_SIZES]
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for s, data in entries:
        dim = 0 if s >= 256 else s  # 0 means 256 in the directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in entries)


def icns(images: dict[int, QImage]) -> bytes:
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(data)) + data
        for kind, data in ((k, png_bytes(images[s])) for k, s in ICNS_TYPES)
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - fonts/raster
    OUT.mkdir(parents=True, exist_ok=True)
    RUNTIME.mkdir(parents=True, exist_ok=True)
    images = {s: render(s) for s in SIZES}
    for s, image in images.items():
        (OUT / f"vagledare-{s}.png").write_bytes(png_bytes(image))
    (OUT / "vagledare.svg").write_text(svg(), encoding="utf-8")
    (OUT / "vagledare.ico").write_bytes(ico(images))
    (OUT / "vagledare.icns").write_bytes(icns(images))
    for s in RUNTIME_SIZES:
        shutil.copyfile(OUT / f"vagledare-{s}.png", RUNTIME / f"vagledare-{s}.png")
    print(f"icons written to {OUT.relative_to(ROOT)} and {RUNTIME.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
