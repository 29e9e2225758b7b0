"""The take-home card in the participant's language beside Swedish: Arabic and Dari joined
and right to left, Tigrinya in Ge'ez letters, Ukrainian in Cyrillic, each in its bundled font,
each paragraph with its language."""

from __future__ import annotations

import io
import os
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pdf_tags import check_tagged
from pypdf import PdfReader
from sample_packs import FACTORS, PDF, write_packs

from vagledare.app.desk import Desk
from vagledare.journal import assessments as A
from vagledare.journal import cases, participants
from vagledare.journal.factor_texts import load_language, translated_factors
from vagledare.journal.models import Gender, Respondent, Route
from vagledare.journal.progress import Progress, participant_progress
from vagledare.reports.render.progress_pdf import build_progress_pdf

P, C = Respondent.PARTICIPANT, Respondent.COACH
ALL6 = {1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5}
ARABIC_FORMS = range(0xFB50, 0xFEFF + 1)  # presentation forms A and B


@pytest.fixture
def progress(desk: Desk) -> Progress:
    with desk.journal.session() as s:
        cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=date(2023, 1, 1),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=None,
            code="FRÖ-7",
        )
        pid = participants.find_participant(s, "FRÖ-7").id
        A.record_reading(s, pid, P, date(2023, 1, 31), {**ALL6, 3: None}, desk.staff.id)
        A.record_reading(s, pid, C, date(2023, 1, 31), {1: 4, 7: 3}, desk.staff.id)
        A.record_reading(s, pid, P, date(2023, 5, 31), {**ALL6, 1: 8}, desk.staff.id)
        return participant_progress(s, pid)


def card(progress: Progress, code: str) -> bytes:
    write_packs()
    language = load_language(code)
    texts = translated_factors(progress.factor_set.key, code, progress.factor_set.texts)
    assert language is not None and texts is not None
    data = build_progress_pdf(progress, language, texts, produced=date(2026, 12, 6))
    keep = os.environ.get("VAGLEDARE_CARD_DIR")  # docs/card-languages.md: the pictures
    if keep:
        Path(keep, f"card-{code}.pdf").write_bytes(data)
    return data


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def fonts_of(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    names = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return names


def languages_of(data: bytes) -> dict[str, list[str]]:
    """Each structure element's /Lang → the /ActualText (or role) of the elements in it."""
    reader = PdfReader(io.BytesIO(data))
    out: dict[str, list[str]] = {}

    def visit(node: Any) -> None:
        node = node.get_object()
        if isinstance(node, list):
            for k in node:
                visit(k)
            return
        if not hasattr(node, "get") or node.get("/Type") not in ("/StructElem", None):
            return
        if "/S" in node and "/Lang" in node:
            out.setdefault(str(node["/Lang"]), []).append(str(node.get("/ActualText", node["/S"])))
        if "/K" in node:
            visit(node["/K"])

    visit(reader.trailer["/Root"]["/StructTreeRoot"]["/K"])
    return out


def read_right_to_left(data: bytes) -> list[str]:
    """Each printed line's letters in the order they stand on the page from right to left,
    normalised (presentation forms back to letters): Arabic script as it was typed."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTComponent

    rows: dict[int, list[LTChar]] = {}

    def visit(item: LTComponent) -> None:
        if isinstance(item, LTChar):
            rows.setdefault(round(item.y0), []).append(item)
        for kid in getattr(item, "_objs", ()):
            visit(kid)

    for page in extract_pages(io.BytesIO(data)):
        visit(page)
    out = []
    for chars in rows.values():
        chars.sort(key=lambda c: -c.x0)
        text = "".join(c.get_text() for c in chars)
        out.append(unicodedata.normalize("NFKC", text))
    return out


def typed(text: str) -> str:
    """As typed, less the zero-width non-joiner (Dari's half-space is not drawn)."""
    return text.replace("\u200c", "")


@pytest.mark.parametrize("code", ["ar", "prs"])
def test_arabic_script_is_joined_and_reads_right_to_left_beside_swedish(
    progress: Progress, code: str
) -> None:
    data = card(progress, code)
    tags = check_tagged(data, code)
    text = text_of(data)
    assert sum(1 for ch in text if ord(ch) in ARABIC_FORMS) > 100  # joined letters
    # Read from right to left on the page, the letters are the typed text, words in order.
    lines = read_right_to_left(data)
    for key in ("title", "declined", "first", "latest", "answered_by_participant"):
        assert any(typed(PDF[code][key]) in x for x in lines), key
    for name, short in FACTORS[code]:
        assert any(typed(name) in x for x in lines), name
        assert any(typed(short) in x for x in lines), short  # the star's axes
    # Swedish beside it, left to right as usual.
    for swedish in ("Min progression", "Jobbsökningsbeteende", "Första mätningen", "FRÖ-7"):
        assert swedish in text, swedish
    assert "NotoSansArabic-Regular" in fonts_of(data)
    assert "NotoSansArabic-Bold" in fonts_of(data)
    assert not any("Helvetica" in f for f in fonts_of(data))
    # The heading is the participant's title; a screen reader gets it in reading order.
    assert tags.headings[0][0] == "H1"
    langs = languages_of(data)
    assert PDF[code]["title"] in langs[code]
    assert "sv-SE" in langs


def test_tigrinya_is_written_in_ethiopic_letters_beside_swedish(progress: Progress) -> None:
    data = card(progress, "ti")
    check_tagged(data, "ti")
    text = " ".join(text_of(data).split())
    for key in ("title", "first", "declined"):
        assert PDF["ti"][key] in text, key
    assert FACTORS["ti"][1][0] in text
    assert sum(1 for ch in text if 0x1200 <= ord(ch) <= 0x139F) > 100
    assert "Min progression" in text and "Kunskap om arbetsmarknaden" in text
    assert {"NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold", "NotoSans-Regular"} <= (
        fonts_of(data)
    )
    assert "ti" in languages_of(data)


def test_ukrainian_is_written_in_cyrillic_beside_swedish(progress: Progress) -> None:
    data = card(progress, "uk")
    check_tagged(data, "uk")
    text = " ".join(text_of(data).split())
    assert "Мій прогрес" in text and "Min progression" in text
    assert "Поведінка в пошуку роботи Jobbsökningsbeteende 5 8 +3" in text
    assert "Не хочу відповідати Vill inte svara" in text
    assert fonts_of(data) >= {"NotoSans-Regular", "NotoSans-Bold"}
    assert "uk" in languages_of(data) and "sv-SE" in languages_of(data)
    # In the table's cells each language is a Span of the cell's content with its /Lang.
    stream = PdfReader(io.BytesIO(data)).pages[0].get_contents().get_data()
    in_swedish = ("\ufeffsv-SE").encode("utf-16-be").hex().upper().encode()
    in_ukrainian = ("\ufeffuk").encode("utf-16-be").hex().upper().encode()
    assert stream.count(b"/Span << /Lang <" + in_swedish) >= 7 + 1  # factor names, "declined"
    assert stream.count(b"/Span << /Lang <" + in_ukrainian) >= 7


@pytest.mark.parametrize("code", ["sv", "en", "ar", "prs", "ti", "uk"])
def test_the_card_stays_on_one_page(progress: Progress, code: str) -> None:
    assert len(PdfReader(io.BytesIO(card(progress, code))).pages) == 1


def test_a_line_is_ordered_by_the_bidi_algorithm_with_mirrored_brackets() -> None:
    from bidi import get_display

    from vagledare.app import scripts

    line = scripts.shape("تقدمي (FRÖ-7) – 12 ديسمبر 2026 [ab (مي)]")
    shown = scripts.visual(line)
    # python-bidi's own order, but a bracket in a right-to-left run is drawn mirrored.
    assert shown.translate(str.maketrans("()[]", ")(][")) == get_display(line, base_dir="R")
    assert shown.startswith("[(") and "(FRÖ-7)" in shown and "2026" in shown
    assert scripts.visual("2023") == "2023"  # a line of digits in a right-to-left paragraph
    # The levels come from python-bidi's report (a new version that words it otherwise would
    # leave brackets unmirrored: this says so).
    assert scripts._levels("ab مي", rtl=True) == [2, 2, 1, 1, 1]
    assert logical_letters(scripts.visual(scripts.shape("پیشرفت من"))) == "پیشرفت من"


def logical_letters(shown: str) -> str:
    return unicodedata.normalize("NFKC", shown[::-1])


def test_a_long_right_to_left_paragraph_breaks_before_it_is_reversed() -> None:
    from reportlab.lib.styles import ParagraphStyle

    from vagledare.reports.render import fonts

    words = [f"كلمة{n}" for n in "١٢٣٤٥٦٧٨٩"]  # "word1" … "word9", Arabic-Indic digits
    style = ParagraphStyle("p", fontSize=10, leading=12)
    p = fonts.paragraph(" ".join(words), style, "ar")
    p.wrap(120, 500)
    lines = [
        "".join(w.text if hasattr(w, "text") else str(w) for w in line.words).strip()
        for line in p.blPara.lines
    ]
    assert len(lines) >= 2
    # Each line read from the right is a stretch of the sentence in order; the first line
    # holds its beginning.
    assert p.style.alignment == fonts.TA_RIGHT
    read = [logical_letters(x).split() for x in lines]
    assert read[0][0] == words[0]
    assert [w for line in read for w in line] == words
