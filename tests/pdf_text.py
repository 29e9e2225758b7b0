"""Text and facts of a PDF for the tests, read with pypdf: no poppler programs needed."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, TypedDict

from pypdf import PdfReader


class PdfInfo(TypedDict):
    pages: int
    title: str | None
    subject: str | None
    author: str | None
    creator: str | None
    producer: str | None
    page_size: tuple[float, float]  # width, height of the first page in points


def pdf_text(path: Path | str, layout: bool = False) -> str:
    """All pages' text, pages separated by a form feed as pdftotext does.

    With layout=True, pypdf keeps the columns lined up (pdftotext -layout). Between words that
    Qt's printer places one by one pypdf writes a tab where pdftotext writes a space: each tab
    becomes a space."""
    mode: Literal["plain", "layout"] = "layout" if layout else "plain"
    pages = (page.extract_text(extraction_mode=mode) for page in PdfReader(path).pages)
    return "\f".join(pages).replace("\t", " ")


def pdf_info(path: Path | str) -> PdfInfo:
    """What pdfinfo prints that the tests read: page count, document info, first page size."""
    reader = PdfReader(path)
    meta = reader.metadata
    box = reader.pages[0].mediabox
    return PdfInfo(
        pages=len(reader.pages),
        title=meta.title if meta else None,
        subject=meta.subject if meta else None,
        author=meta.author if meta else None,
        creator=meta.creator if meta else None,
        producer=meta.producer if meta else None,
        page_size=(float(box.width), float(box.height)),
    )
