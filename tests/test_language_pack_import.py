"""Language packs as checked data: the completeness check against Swedish, the import into the
user-data folder (all or nothing, 0600), recorded audio, and ``vagledare assessments
import-language`` / ``languages``."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from vagledare.cli import build_parser, is_privileged, main
from vagledare.journal import access, staff
from vagledare.journal.db import open_journal
from vagledare.journal.factor_texts import (
    RESOURCES,
    available_languages,
    load_language,
    translated_factors,
    user_texts_dir,
)
from vagledare.journal.language_packs import (
    PackRefused,
    audio_file,
    bundled_factor_sets,
    check_pack,
    import_pack,
    spoken_texts,
    text_ids,
)
from vagledare.journal.models import Role

WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(28)  # enough of a header for the check


def english_as(code: str = "so") -> dict[str, Any]:
    """A complete pack: the shipped English texts, claimed for ``code`` and reviewed."""
    data = json.loads((RESOURCES / "languages" / "en.json").read_text("utf-8"))
    factors = json.loads((RESOURCES / "factors" / "bip-1" / "en.json").read_text("utf-8"))
    data["language"] = code
    data["name"] = "Soomaali"
    data["translation"] = {
        "translator": "Kommunens tolkcentral",
        "status": "granskad",
        "date": "2026-11-30",
    }
    data["factors"] = {"bip-1": factors["factors"]}
    return data


def write_pack(folder: Path, data: dict[str, Any], name: str = "so.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def user_files() -> list[Path]:
    """Every file under the user-data folder's languages/ and factors/, and any staging
    folder an import left behind."""
    base = user_texts_dir()
    found = [p for sub in ("languages", "factors") for p in (base / sub).rglob("*")]
    return sorted([p for p in found if p.is_file()] + list(base.glob(".import-*")))


def keys(problems: list[Any]) -> list[str]:
    return [p.key for p in problems]


SWEDISH = bundled_factor_sets()["bip-1"]


# -- the loader's translation status -----------------------------------------------------


def test_a_language_file_without_translation_status_is_a_draft() -> None:
    sv, en = load_language("sv"), load_language("en")
    assert sv is not None and (sv.status, sv.is_draft, sv.translator) == (
        "original",
        False,
        "Originaltext",
    )
    assert en is not None and en.is_draft and en.date == "2026-12-06"
    folder = user_texts_dir() / "languages"
    folder.mkdir(parents=True)
    (folder / "fi.json").write_text(json.dumps({"name": "Suomi"}), "utf-8")
    fi = load_language("fi")
    assert fi is not None and (fi.status, fi.is_draft, fi.translator, fi.date) == (
        "utkast",
        True,
        "",
        "",
    )
    (folder / "fi.json").write_text(
        json.dumps({"name": "Suomi", "translation": {"status": "original"}}), "utf-8"
    )
    assert load_language("fi").status == "utkast"  # type: ignore[union-attr]


# -- the check ----------------------------------------------------------------------------


def test_the_shipped_english_pack_is_complete() -> None:
    assert check_pack(english_as("en")) == []
    assert check_pack(english_as("so")) == []


@pytest.mark.parametrize("code", ["en", "ar", "prs", "so", "ti", "uk"])
def test_every_shipped_pack_passes_the_import_check(code: str) -> None:
    """What ships meets the same check as what a team lead imports."""
    data = json.loads((RESOURCES / "languages" / f"{code}.json").read_text("utf-8"))
    factors = json.loads((RESOURCES / "factors" / "bip-1" / f"{code}.json").read_text("utf-8"))
    data["factors"] = {"bip-1": factors["factors"]}
    assert check_pack(data) == []
    assert data["translation"]["status"] == "utkast"  # until an interpreter has reviewed it


def test_missing_and_extra_keys_are_named_each() -> None:
    data = english_as()
    del data["form"]["welcome"]
    del data["survey"]["statements"]["information"]
    data["pdf"]["title"] = "  "
    data["form"]["hello"] = "Hello"
    data["survey"]["statements"]["foo"] = "Foo"
    del data["factors"]["bip-1"][2]["anchors"]["7"]
    data["factors"]["bip-1"][2]["anchors"]["5"] = "Five"
    del data["factors"]["bip-1"][4]  # factor 5
    texts = [str(p) for p in check_pack(data)]
    assert texts == [
        "form.welcome saknas",
        "form.hello finns inte i svenskan",
        "pdf.title är tom",
        "survey.statements.information saknas",
        "survey.statements.foo finns inte i svenskan",
        "factors.bip-1.3.anchors.7 saknas",
        "factors.bip-1.3.anchors.5 finns inte i svenskan",
        "factors.bip-1.5 saknas (Målmedvetenhet)",
    ]


def test_placeholders_must_be_the_swedish_ones() -> None:
    data = english_as()
    data["form"]["question_of"] = "Question {n} of {all}"
    data["pdf"]["next_due"] = "Next reading: around {date"
    data["factors"]["bip-1"][0]["question"] = "What have you done, {name}?"
    assert [str(p) for p in check_pack(data)] == [
        "form.question_of ska ha platshållarna {n}, {total} som svenskan, inte {all}, {n}",
        "pdf.next_due har en trasig platshållare (en ensam { eller }, skriv {{ eller }})",
        "factors.bip-1.1.question ska ha platshållarna inga som svenskan, inte {name}",
    ]


def test_an_unknown_code_swedish_and_a_wrong_direction_are_refused() -> None:
    assert [str(p) for p in check_pack(english_as("xx"))] == [
        "language 'xx' är ingen känd språkkod (kända: en, ar, prs, fa, so, ti, uk)"
    ]
    assert keys(check_pack(english_as("sv"))) == ["language"]
    data = english_as()
    del data["language"], data["direction"]
    assert [str(p) for p in check_pack(data)] == [
        "language saknas: språkkoden, t.ex. so eller ar",
        'direction saknas: "ltr" (vänster till höger) eller "rtl" (höger till vänster)',
    ]
    data = english_as("so")
    data["direction"] = "rtl"
    assert [str(p) for p in check_pack(data)] == [
        'direction är "rtl", men somaliska skrivs från vänster till höger ("ltr")'
    ]


def test_an_arabic_pack_must_be_rtl_and_in_arabic_script() -> None:
    data = english_as("ar")
    problems = check_pack(data)
    assert 'direction är "ltr", men arabiska skrivs från höger till vänster ("rtl")' in [
        str(p) for p in problems
    ]
    assert "form.welcome är inte skriven med arabisk skrift (arabiska)" in map(str, problems)
    assert "form.coach_intro" not in keys(problems)  # the coach's words may stay as they are


def test_invisible_controls_long_texts_and_bad_metadata_are_refused() -> None:
    data = english_as()
    data["form"]["next"] = "Ne\u202ext"
    data["form"]["back"] = "x" * 1001
    data["translation"] = {"translator": "", "status": "klar", "date": "30/11/2026"}
    assert [str(p) for p in check_pack(data)] == [
        "translation.translator saknas: vem har översatt?",
        'translation.status ska vara "utkast" eller "granskad", inte \'klar\'',
        "translation.date ska vara ett datum ÅÅÅÅ-MM-DD, inte '30/11/2026'",
        "form.next innehåller ett osynligt styrtecken (U+202E) som inte är tillåtet",
        "form.back är för lång (1001 tecken, högst 1000)",
    ]


def test_a_character_no_bundled_font_can_show_is_refused() -> None:
    data = english_as()
    data["form"]["thanks"] = "Thank you! \U0001f600"
    data["form"]["next"] = "Next \u4e0b"
    assert [str(p) for p in check_pack(data)] == [
        "form.next har tecken som Vägledares typsnitt inte kan visa: '下' (U+4E0B)",
        "form.thanks har tecken som Vägledares typsnitt inte kan visa: '😀' (U+1F600)",
    ]


def test_a_persian_zero_width_non_joiner_is_allowed() -> None:
    data = english_as("prs")
    data["direction"] = "rtl"
    data["name"] = "دری"
    problems = [p for p in check_pack(data) if p.key == "name"]
    assert problems == []
    data["name"] = "می\u200cخواهم"
    assert [p for p in check_pack(data) if p.key == "name"] == []


def test_audio_entries_are_checked(tmp_path: Path) -> None:
    (tmp_path / "ljud").mkdir()
    (tmp_path / "ljud" / "welcome.wav").write_bytes(WAV)
    (tmp_path / "ljud" / "fake.mp3").write_bytes(b"not audio")
    (tmp_path / "outside.wav").write_bytes(WAV)
    data = english_as()
    data["audio"] = {
        "form.welcome": "ljud/welcome.wav",
        "form.intro": "../outside.wav",
        "form.next": "/etc/passwd.wav",
        "form.back": "ljud/missing.ogg",
        "form.finish": "ljud/welcome.txt",
        "form.start": "ljud/fake.mp3",
        "form.coach_intro": "ljud/welcome.wav",
        "factor.7.question": "ljud/welcome.wav",
    }
    assert [str(p) for p in check_pack(data, base_dir=tmp_path / "ljud" / "..")] == [
        "audio.form.intro får inte gå upp ur paketets mapp (..): '../outside.wav'",
        "audio.form.next ska vara en relativ sökväg med / (bredvid paketfilen): '/etc/passwd.wav'",
        "audio.form.back ljudfilen ljud/missing.ogg finns inte bredvid paketfilen",
        "audio.form.finish ska vara en .wav-, .ogg- eller .mp3-fil, inte 'ljud/welcome.txt'",
        "audio.form.start ljud/fake.mp3 är ingen .mp3-ljudfil",
        "audio.form.coach_intro är ingen text som kan läsas upp (okänt text-id)",
        "audio.factor.7.question är ingen text som kan läsas upp (okänt text-id)",
    ]


def test_every_text_id_names_a_participant_text() -> None:
    ids = text_ids(None, SWEDISH)
    assert ids[:2] == ["form.welcome", "form.intro"]
    assert "form.coach_intro" not in ids
    assert "survey.statements.bemotande" in ids
    assert "factor.1.anchor.10" in ids and "factor.7.name" not in ids
    en = load_language("en")
    assert en is not None
    spoken = spoken_texts(en, translated_factors("bip-1", "en", SWEDISH) or ())
    assert list(spoken) == ids
    assert spoken["form.welcome"] == "Welcome!"
    assert spoken["survey.statements.bemotande"] == "I was treated well."


# -- the import ---------------------------------------------------------------------------


def test_a_complete_pack_is_imported_and_loads(tmp_path: Path) -> None:
    folder = tmp_path / "från tolkcentralen"
    (folder / "ljud").mkdir(parents=True)
    (folder / "ljud" / "valkommen.WAV").write_bytes(WAV)
    data = english_as()
    data["form"]["welcome"] = "Soo dhawoow!"
    data["factors"]["bip-1"][0]["name"] = "Habka shaqo raadinta"
    data["audio"] = {"form.welcome": "ljud/valkommen.WAV"}
    done = import_pack(write_pack(folder, data))
    base = user_texts_dir()
    assert (done.code, done.status, done.translator, done.audio) == (
        "so",
        "granskad",
        "Kommunens tolkcentral",
        1,
    )
    assert sorted(done.files) == sorted(
        [
            base / "factors" / "bip-1" / "so.json",
            base / "languages" / "so.json",
            base / "languages" / "audio" / "so" / "form.welcome.wav",
        ]
    )
    assert user_files() == sorted(done.files)  # no staging folder left behind
    if os.name == "posix":
        for path in done.files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    so = load_language("so")
    assert so is not None
    assert (so.name, so.status, so.is_draft, so.date) == (
        "Soomaali",
        "granskad",
        False,
        "2026-11-30",
    )
    assert so.form_text("welcome") == "Soo dhawoow!"
    factors = translated_factors("bip-1", "so", SWEDISH)
    assert factors is not None and factors[0].name == "Habka shaqo raadinta"
    assert "so" in [x.code for x in available_languages("bip-1")]
    assert (
        audio_file("so", "form.welcome")
        == (base / "languages" / "audio" / "so" / "form.welcome.wav").resolve()
    )
    assert audio_file("so", "form.intro") is None
    saved = json.loads((base / "languages" / "so.json").read_text("utf-8"))
    assert "factors" not in saved
    assert saved["audio"] == {"form.welcome": "audio/so/form.welcome.wav"}


def test_a_new_import_replaces_the_earlier_pack(tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    (folder / "a.wav").parent.mkdir(parents=True)
    (folder / "a.wav").write_bytes(WAV)
    first = english_as()
    first["translation"]["status"] = "utkast"
    first["audio"] = {"form.next": "a.wav"}
    import_pack(write_pack(folder, first))
    assert load_language("so").is_draft  # type: ignore[union-attr]
    import_pack(write_pack(folder, english_as()))
    so = load_language("so")
    assert so is not None and so.status == "granskad"
    assert audio_file("so", "form.next") is None
    assert not (user_texts_dir() / "languages" / "audio" / "so").exists()


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d["form"].pop("welcome"), "form.welcome"),
        (lambda d: d["survey"]["statements"].update(foo="Foo"), "survey.statements.foo"),
        (lambda d: d["form"].update(question_of="Question {n}"), "form.question_of"),
        (lambda d: d.update(language="xx"), "language"),
        (lambda d: d.update(language="sv"), "language"),
        (lambda d: d.update(direction="rtl"), "direction"),
        (lambda d: d.update(audio={"form.welcome": "../../x.wav"}), "audio.form.welcome"),
        (lambda d: d.update(audio={"form.welcome": "saknas.wav"}), "audio.form.welcome"),
    ],
)
def test_a_faulty_pack_is_refused_and_nothing_is_written(
    tmp_path: Path, change: Any, key: str
) -> None:
    data = english_as()
    change(data)
    with pytest.raises(PackRefused) as refused:
        import_pack(write_pack(tmp_path / "pack", data))
    assert key in keys(list(refused.value.problems))
    assert str(refused.value).startswith(
        "so.json: språkpaketet importerades inte, inget är sparat ("
    )
    assert f"\n  {key} " in str(refused.value)
    assert user_files() == []


def test_a_refused_pack_leaves_an_earlier_import_alone(tmp_path: Path) -> None:
    import_pack(write_pack(tmp_path / "pack", english_as()))
    before = {p: p.read_bytes() for p in user_files()}
    bad = english_as()
    bad["translation"]["translator"] = "Someone else"
    del bad["pdf"]["title"]
    with pytest.raises(PackRefused):
        import_pack(write_pack(tmp_path / "pack", bad))
    assert {p: p.read_bytes() for p in user_files()} == before


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "trasig.json"
    path.write_text("{not json", "utf-8")
    with pytest.raises(PackRefused, match="(?s)trasig.json: .*ingen giltig JSON"):
        import_pack(path)
    path.write_bytes(b"\xff\xfe{}")
    with pytest.raises(PackRefused, match="inte sparad som UTF-8"):
        import_pack(path)


def test_a_failure_while_moving_into_place_restores_the_earlier_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_pack(write_pack(tmp_path / "pack", english_as()))
    before = {p: p.read_bytes() for p in user_files()}
    second = english_as()
    second["form"]["welcome"] = "Ku soo dhawoow"
    real = os.replace

    def failing(src: Any, dst: Any) -> None:
        if Path(src).name == "language.json":  # the last move: the new language file
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        import_pack(write_pack(tmp_path / "pack", second))
    monkeypatch.setattr(os, "replace", real)
    assert {p: p.read_bytes() for p in user_files()} == before


# -- the command line ---------------------------------------------------------------------


def test_the_command_line_imports_and_lists_languages(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_pack(tmp_path / "pack", english_as())
    assert main(["--db", db_target, "assessments", "import-language", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Språket Soomaali (so) är importerat från so.json.",
        "Texter: 136",
        "Status: granskad",
        "Översättare: Kommunens tolkcentral, 2026-11-30",
    ]
    assert main(["--db", db_target, "assessments", "languages"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "sv\tSvenska\toriginal\tOriginaltext\t2026-12-06\tinbyggt"
    assert "en\tEnglish\tutkast – granskas med tolk\tVägledare (första översättning)" in (
        "\n".join(lines)
    )
    assert "so\tSoomaali\tgranskad\tKommunens tolkcentral\t2026-11-30\timporterat" in lines


def test_the_command_line_names_every_problem_and_refuses(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = english_as()
    del data["form"]["welcome"]
    data["survey"]["statements"]["foo"] = "Foo"
    path = write_pack(tmp_path / "pack", data)
    assert main(["--db", db_target, "assessments", "import-language", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "vagledare: so.json: språkpaketet importerades inte, inget är sparat (2 fel):",
        "  form.welcome saknas",
        "  survey.statements.foo finns inte i svenskan",
    ]
    assert user_files() == []


def test_once_accounts_have_pins_only_a_team_lead_imports_a_language(
    db_target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parser = build_parser()
    assert not is_privileged(parser.parse_args(["assessments", "languages"]))
    assert is_privileged(parser.parse_args(["assessments", "import-language", "x.json"]))
    j = open_journal(db_target)
    with j.session() as s:
        tl = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
        coach = staff.ensure_staff(s, "VL", Role.COACH)
        access.set_pin(s, tl.id, "4711")
        access.set_pin(s, coach.id, "2580")
    j.close()
    path = write_pack(tmp_path / "pack", english_as())
    cmd = ["--db", db_target]
    monkeypatch.setenv("VAGLEDARE_PIN", "2580")
    assert main([*cmd, "--as", "VL", "assessments", "import-language", str(path)]) == 1
    assert "Bara teamledare och administratörer får importera ett språkpaket" in (
        capsys.readouterr().err
    )
    assert user_files() == []
    monkeypatch.setenv("VAGLEDARE_PIN", "4711")
    assert main([*cmd, "--as", "TL", "assessments", "import-language", str(path)]) == 0
    assert load_language("so") is not None
