"""``vagledare assessments …`` and the options of ``report bip``/``bip-rounds``.

Kept apart from ``vagledare.cli`` so the command line stays readable; like it, this module imports
the domain only inside the functions (the window's start-up must not pay for it).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vagledare.journal.db import Journal

EXIT_OK = 0


def add_assessment_commands(sub: Any) -> None:
    a = sub.add_parser("assessments", help="progressionsmätningar (BIP)")
    a_sub = a.add_subparsers(dest="assessments_command", metavar="ÅTGÄRD", required=True)
    p = a_sub.add_parser("due", help="vilka som ska mätas snart eller är försenade")
    p.add_argument("--site", action="append", metavar="NAMN", help="mötesplats (flera går)")
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="dag att räkna från")
    p.add_argument(
        "--within",
        type=int,
        default=14,
        metavar="DAGAR",
        help="ta med de som ska mätas inom så många dagar (standard 14)",
    )
    p = a_sub.add_parser("list", help="en deltagares mätningar")
    p.add_argument("code", metavar="KOD")
    p = a_sub.add_parser("card", help="PDF med stjärndiagram som deltagaren får ta med sig")
    p.add_argument("code", metavar="KOD")
    p.add_argument("--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--lang", default="sv", metavar="SPRÅK", help="formulärets språk, t.ex. en")
    p.add_argument(
        "--answered-by",
        dest="answered_by",
        default="deltagare",
        choices=("deltagare", "vägledare", "vagledare"),
    )
    p = a_sub.add_parser("delete", help="ta bort en mätning med en anledning")
    p.add_argument("code", metavar="KOD")
    p.add_argument("date", metavar="YYYY-MM-DD")
    p.add_argument(
        "--answered-by",
        dest="answered_by",
        required=True,
        choices=("deltagare", "vägledare", "vagledare"),
    )
    p.add_argument("--reason", required=True, metavar="TEXT")
    a_sub.add_parser("factors", help="faktoruppsättningar och deras språk")
    p = a_sub.add_parser("install-factors", help="ersätt faktorerna med en egen uppsättning (JSON)")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p = a_sub.add_parser(
        "import-language",
        help="importera ett granskat språkpaket (JSON) från kommunens översättare (teamledare)",
        description="Kontrollera ett språkpaket mot de svenska texterna och installera det "
        "bara om allt stämmer (allt eller inget). Formatet står i docs/languages.md.",
    )
    p.add_argument("file", type=Path, metavar="FILE.json")
    a_sub.add_parser("languages", help="språken som finns, med status, översättare och datum")
    p = a_sub.add_parser("interval", help="visa eller ändra antal månader mellan mätningarna")
    p.add_argument("months", nargs="?", type=int, metavar="MÅNADER")


def _respondent(word: str) -> Any:
    from vagledare.journal.assessments import RESPONDENT_WORDS

    return RESPONDENT_WORDS[word]


def run(journal: Journal, args: argparse.Namespace, author: Callable[[Journal, Any], Any]) -> int:
    from vagledare.journal import assessments as A

    command = args.assessments_command
    if command == "due":
        return _due(journal, args)
    if command == "list":
        return _list(journal, args)
    if command == "card":
        return _card(journal, args, author)
    if command == "factors":
        return _factors(journal)
    if command == "install-factors":
        return _install(journal, args, author(journal, args))
    if command == "delete":
        return _delete(journal, args, author(journal, args))
    if command == "import-language":
        return _import_language(journal, args, author(journal, args))
    if command == "languages":
        return _languages(journal)
    with journal.session() as s:
        if args.months is not None:
            A.set_interval_months(s, args.months)
        print(f"Nästa mätning: {A.interval_months(s)} månader efter den senaste.")
    return EXIT_OK


def _participant(s: Session, code: str) -> Any:
    from vagledare.journal.participants import clean_code, find_participant

    found = find_participant(s, clean_code(code))
    if found is None:
        raise ValueError(f"Deltagarkoden {code!r} finns inte i registret.")
    return found


def _due(journal: Journal, args: argparse.Namespace) -> int:
    from datetime import date

    from vagledare.journal.assessments import due_readings
    from vagledare.journal.sites import require_site
    from vagledare.reports.periods import parse_date

    today = parse_date(args.as_of, "--as-of") if args.as_of else date.today()
    with journal.session() as s:
        site_ids = [require_site(s, n).id for n in args.site] if args.site else None
        due = due_readings(s, today, site_ids=site_ids, within_days=args.within)
    for d in due:
        state = "försenad" if d.overdue else "snart"
        print(
            f"{d.code}\t{d.due_on.isoformat()}\t{state}\tsenast {d.last_taken_on.isoformat()}"
            f"\t{d.coach or ''}"
        )
    if not due:
        print("Ingen ska mätas inom den tiden.")
    return EXIT_OK


def _list(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.journal.assessments import RESPONDENT_LABEL, list_readings

    with journal.session() as s:
        p = _participant(s, args.code)
        readings = list_readings(s, p.id, include_deleted=True)
    for r in readings:
        vals = " ".join("–" if v is None else str(v) for _, v in r.values)
        gone = f"\tborttagen: {r.deletion_reason}" if r.deleted else ""
        print(
            f"{r.taken_on.isoformat()}\t{RESPONDENT_LABEL[r.respondent]}\tv{r.version}\t{vals}"
            f"{gone}"
        )
    return EXIT_OK


def _card(journal: Journal, args: argparse.Namespace, author: Callable[[Journal, Any], Any]) -> int:
    from vagledare.journal.factor_texts import load_language, translated_factors
    from vagledare.journal.progress import participant_progress
    from vagledare.reports.door import export_card

    with journal.session() as s:
        p = _participant(s, args.code)
        progress = participant_progress(s, p.id, _respondent(args.answered_by))
    language = load_language(args.lang)
    texts = translated_factors(progress.factor_set.key, args.lang, progress.factor_set.texts)
    if language is None or texts is None:
        raise ValueError(
            f"Språket {args.lang!r} saknar översättningsfil för {progress.factor_set.label}."
        )
    if not progress.readings:
        raise ValueError(f"{p.code} har inga mätningar ännu.")
    export_card(journal, args.output, progress, language, texts, author(journal, args))
    print(f"PDF:en är sparad: {args.output}")
    return EXIT_OK


def _factors(journal: Journal) -> int:
    from vagledare.journal.factor_sets import current_factor_set, list_factor_sets
    from vagledare.journal.factor_texts import available_languages

    with journal.session() as s:
        current = current_factor_set(s)
        sets = list_factor_sets(s)
    for fs in sets:
        mark = " (används)" if fs.id == current.id else ""
        langs = ", ".join(x.code for x in available_languages(fs.key))
        print(f"version {fs.version}: {fs.name} [{fs.key}]{mark}; språk: {langs}")
        for f in fs.factors:
            print(f"  {f.position}. {f.name}" + (" (bara vägledaren)" if f.coach_only else ""))
    return EXIT_OK


def _install(journal: Journal, args: argparse.Namespace, author: Any) -> int:
    import json

    from vagledare.journal.factor_sets import current_factor_set, install_factor_set

    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{args.file.name} är ingen giltig JSON-fil: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{args.file.name} ska innehålla ett JSON-objekt.")
    with journal.session() as s:
        current_factor_set(s, author)  # the shipped set keeps version 1
        fs = install_factor_set(s, data, author)
    print(f"{fs.label} används nu för nya mätningar; äldre mätningar behåller sin version.")
    return EXIT_OK


def _delete(journal: Journal, args: argparse.Namespace, author: Any) -> int:
    from vagledare.journal.assessments import delete_reading, existing_reading
    from vagledare.reports.periods import parse_date

    day = parse_date(args.date, "datumet")
    with journal.session() as s:
        p = _participant(s, args.code)
        found = existing_reading(s, p.id, _respondent(args.answered_by), day)
        if found is None:
            raise ValueError(
                f"{p.code} har ingen mätning {day.isoformat()} besvarad av {args.answered_by}."
            )
        delete_reading(s, found, args.reason, author)
    print(f"Mätningen {day.isoformat()} för {p.code} är borttagen ({args.reason}).")
    return EXIT_OK


STATUS_TEXT = {
    "original": "original",
    "utkast": "utkast – granskas med tolk",
    "granskad": "granskad",
}


def _import_language(journal: Journal, args: argparse.Namespace, author: Any) -> int:
    from vagledare.journal import access
    from vagledare.journal.factor_sets import list_factor_sets
    from vagledare.journal.language_packs import bundled_factor_sets, import_pack
    from vagledare.journal.site_settings import require_lead_by_id

    with journal.session(readonly=True) as s:
        # Once accounts have PINs, only a team lead or administrator; before that, whoever
        # holds the journal file (as for every other command on such a journal).
        if author is not None and access.anyone_enrolled(s):
            require_lead_by_id(s, author, "importera ett språkpaket")
        sets = {**bundled_factor_sets(), **{fs.key: fs.texts for fs in list_factor_sets(s)}}
    done = import_pack(args.file, factor_sets=sets)
    audio = f", {done.audio} inspelade ljudfiler" if done.audio else ""
    print(f"Språket {done.name} ({done.code}) är importerat från {args.file.name}.")
    print(f"Texter: {done.texts}{audio}")
    print(f"Status: {STATUS_TEXT[done.status]}")
    print(f"Översättare: {done.translator}, {done.date}")
    return EXIT_OK


def _languages(journal: Journal) -> int:
    from vagledare.journal.factor_sets import current_factor_set_to_read
    from vagledare.journal.factor_texts import available_languages
    from vagledare.journal.language_packs import user_pack_codes

    with journal.session(readonly=True) as s:
        key = current_factor_set_to_read(s).key
    own = user_pack_codes()
    for lang in available_languages(key):
        where = "importerat" if lang.code in own else "inbyggt"
        print(
            f"{lang.code}\t{lang.name}\t{STATUS_TEXT.get(lang.status, lang.status)}"
            f"\t{lang.translator or '–'}\t{lang.date or '–'}\t{where}"
        )
    return EXIT_OK
