"""Every character of every language pack has a glyph in the bundled font that draws it, on
the card (after Arabic shaping) and in the Qt form (the same files); a broken font file ends
in a Swedish message, never in a traceback or boxes instead of letters."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile
from sample_packs import write_packs

from vagledare.app import scripts
from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import assessments as A
from vagledare.journal import cases, participants
from vagledare.journal.factor_texts import RESOURCES, load_language, translated_factors
from vagledare.journal.models import Gender, Respondent, Route
from vagledare.journal.progress import Progress, participant_progress
from vagledare.reports.render import fonts
from vagledare.reports.render.progress_pdf import build_progress_pdf


def pack_files(*bases: Path) -> list[Path]:
    """The language and factor files in each folder (whatever packs exist at test time)."""
    found: list[Path] = []
    for base in bases:
        found += sorted((base / "languages").glob("*.json"))
        found += sorted((base / "factors").glob("*/*.json"))
    return found


def texts(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every text of a pack with where it stands (recorded audio's file names left out)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k != "audio":
                yield from texts(v, f"{where}.{k}" if where else str(k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from texts(v, f"{where}[{i}]")
    elif isinstance(node, str):
        yield where, node


@cache
def charmap(path: Path) -> frozenset[int]:
    return frozenset(TTFontFile(str(path)).charToGlyph)


def qt_file_for(ch: str, primary: str, bold: bool) -> Path:
    """The bundled file that has ``ch`` for the form: its script's, else the text's own
    script's, else Noto Sans (Qt falls back between the application's fonts)."""
    script = scripts.script_of(ch)
    for candidate in (script, primary, scripts.LATIN):
        if candidate is not None and ord(ch) in charmap(scripts.font_file(candidate, bold)):
            return scripts.font_file(candidate, bold)
    return scripts.font_file(script or primary, bold)


def missing_glyphs(files: list[Path]) -> list[str]:
    """What the card or the form could not draw: "file key: character (U+XXXX) in font"."""
    from reportlab.pdfbase import pdfmetrics

    out: list[str] = []
    for path in files:
        data = json.loads(path.read_text("utf-8"))
        for key, text in texts(data):
            for bold in (False, True):
                shown, primary = fonts.display(text)
                for font, run in fonts.runs(shown, primary, bold):
                    have = pdfmetrics.getFont(font).face.charToGlyph
                    out += [
                        f"{path.name} {key}: {ch!r} (U+{ord(ch):04X}) in {font}"
                        for ch in run
                        if ord(ch) not in have
                    ]
                for ch in text:
                    if ch in "\n\t" or ch == "\u200c" and primary == scripts.ARABIC:
                        continue
                    file = qt_file_for(ch, primary, bold)
                    if ord(ch) not in charmap(file):
                        out.append(f"{path.name} {key}: {ch!r} (U+{ord(ch):04X}) in {file.name}")
    return sorted(set(out))


def test_every_character_of_every_pack_has_a_glyph_in_its_bundled_font(tmp_path: Path) -> None:
    samples = write_packs(tmp_path / "samples")  # Arabic, Dari, Tigrinya, Ukrainian
    files = pack_files(RESOURCES, samples)
    assert len(files) >= 2 + 8
    assert missing_glyphs(files) == []


def test_a_character_no_bundled_font_has_is_found(tmp_path: Path) -> None:
    base = tmp_path / "packs"
    (base / "languages").mkdir(parents=True)
    pack = {"language": "zz", "pdf": {"title": "Min 進歩", "declined": "ቀዳማይ ✓"}}
    (base / "languages" / "zz.json").write_text(json.dumps(pack, ensure_ascii=False), "utf-8")
    missing = missing_glyphs(pack_files(base))
    assert any("pdf.title: '進' (U+9032)" in m for m in missing)
    assert any("U+2713" in m for m in missing)


def test_the_qt_form_draws_every_pack_from_the_same_files(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtGui import QRawFont

    samples = write_packs(tmp_path / "samples")
    raw = {
        (script, bold): QRawFont(str(scripts.font_file(script, bold)), 12)
        for script in scripts.FONT_FILES
        for bold in (False, True)
    }
    assert all(f.isValid() for f in raw.values())
    for path in pack_files(RESOURCES, samples):
        for key, text in texts(json.loads(path.read_text("utf-8"))):
            primary = scripts.main_script(text)
            for ch in text:
                if ch in "\n\t\u200c":
                    continue
                script = scripts.script_of(ch)
                fits = [s for s in (script, primary, scripts.LATIN) if s is not None]
                assert any(raw[s, False].supportsCharacter(ord(ch)) for s in fits), (
                    path.name,
                    key,
                    ch,
                )


# A broken font file


@pytest.fixture
def progress(desk: Desk) -> Progress:
    with desk.journal.session() as s:
        cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=date(2023, 1, 1),
            gender=Gender.MAN,
            age_band="35-44",
            author_id=None,
            code="FRÖ-7",
        )
        pid = participants.find_participant(s, "FRÖ-7").id
        values = {1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5}
        A.record_reading(s, pid, Respondent.PARTICIPANT, date(2023, 1, 31), values, desk.staff.id)
        return participant_progress(s, pid)


def broken_fonts(tmp_path: Path, *broken: str) -> Path:
    """A copy of the fonts folder where the named files are garbage (or, with "-", gone)."""
    folder = tmp_path / "fonts"
    shutil.copytree(scripts.FONTS_DIR, folder)
    for name in broken:
        if name.startswith("-"):
            (folder / name[1:]).unlink()
        else:
            (folder / name).write_bytes(b"\x00\x01\x00\x00 not a font at all")
    return folder


def card(progress: Progress, code: str) -> bytes:
    write_packs()
    language = load_language(code)
    texts = translated_factors(progress.factor_set.key, code, progress.factor_set.texts)
    assert language is not None and texts is not None
    return build_progress_pdf(progress, language, texts)


def test_a_broken_arabic_or_ethiopic_font_refuses_the_card_in_swedish(
    progress: Progress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = broken_fonts(tmp_path, "NotoSansArabic-Regular.ttf", "-NotoSansEthiopic-Bold.ttf")
    monkeypatch.setattr(scripts, "FONTS_DIR", folder)
    with pytest.raises(fonts.FontProblem) as arabic:
        card(progress, "ar")
    said = str(arabic.value)
    assert said.startswith("Typsnittet för arabisk skrift (NotoSansArabic-Regular.ttf)")
    assert "Skriv ut kortet på svenska, eller installera om Vägledare." in said
    # An OSError: the window's "Not saved" message shows its strerror, the command line it.
    assert isinstance(arabic.value, OSError) and arabic.value.strerror == said
    with pytest.raises(fonts.FontProblem, match=r"etiopisk .*NotoSansEthiopic-Bold\.ttf"):
        card(progress, "ti")
    # What needs neither font is still printed: Swedish, Ukrainian.
    assert card(progress, "sv").startswith(b"%PDF")
    assert card(progress, "uk").startswith(b"%PDF")


def test_a_broken_noto_sans_falls_back_to_vera_for_swedish_and_refuses_cyrillic(
    progress: Progress, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    folder = broken_fonts(tmp_path, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
    monkeypatch.setattr(scripts, "FONTS_DIR", folder)
    import io

    data = card(progress, "sv")
    page = PdfReader(io.BytesIO(data)).pages[0]
    used = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("Vera" in f for f in used) and not any("Noto" in f for f in used)
    with pytest.raises(fonts.FontProblem, match="latinsk och kyrillisk skrift"):
        card(progress, "uk")


def test_the_command_line_says_why_and_writes_nothing(
    db_target: str,
    progress: Progress,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(scripts, "FONTS_DIR", broken_fonts(tmp_path, "NotoSansArabic-Bold.ttf"))
    write_packs()
    out = tmp_path / "kort.pdf"
    db = ["--db", db_target, "assessments", "card", "FRÖ-7", "--lang", "ar", "--output", str(out)]
    assert main(db) != 0
    assert "Typsnittet för arabisk skrift (NotoSansArabic-Bold.ttf)" in capsys.readouterr().err
    assert not out.exists()
