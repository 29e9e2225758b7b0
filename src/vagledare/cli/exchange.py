"""``vagledare exchange …`` (journal exchange files) and ``vagledare sync`` (with a server).

Kept apart from the main command module like ``cli.assessments``; the domain is imported inside the
functions so that the window's start-up does not pay for it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

EXIT_OK = 0
Author = Callable[["Journal", argparse.Namespace], Any]


def add_exchange_commands(sub: Any) -> None:
    ex = sub.add_parser("exchange", help="journalutbyte mellan datorer (USB-minne, delad mapp)")
    ex_sub = ex.add_subparsers(dest="exchange_command", metavar="ÅTGÄRD", required=True)
    p = ex_sub.add_parser(
        "export", help="skriv allt nytt och ändrat sedan förra exporten till samma mottagare"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--to", metavar="NAMN", help="mottagaren (standard: filens namn utan ändelse)")
    p.add_argument("--all", dest="everything", action="store_true", help="ta med hela journalen")
    p = ex_sub.add_parser("import", help="läs in utbytesfiler (alla eller ingen)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument(
        "--trust-new-desk",
        action="store_true",
        help="lita på en ny dators nyckel (jämför först fingeravtrycket med det den datorn visar)",
    )
    ex_sub.add_parser(
        "status", help="datorns identitet och nyckel, betrodda datorer, mottagare och server"
    )
    p = ex_sub.add_parser("revoke", help="sluta lita på en dator (teamledare)")
    p.add_argument("desk", metavar="NAMN|ID")
    p = ex_sub.add_parser("name", help="ge datorn ett namn i journalutbytet")
    p.add_argument("name", metavar="NAMN")

    p = sub.add_parser("sync", help="synkronisera med servern (skicka och hämta)")
    p.add_argument(
        "--server",
        metavar="URL|PATH",
        help="serverns databas, t.ex. postgresql+psycopg://…; sparas som datorns server",
    )


def run_exchange(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.exchange import identity
    from vagledare.exchange.files import export_file, import_files

    command = args.exchange_command
    if command == "export":
        who = author(journal, args)
        result = export_file(
            journal, args.file, to=args.to, everything=args.everything, actor_id=who
        )
        tables = ", ".join(f"{n} {t}" for t, n in _labelled(result.manifest.counts) if n)
        since = result.manifest.since
        print(
            f"Utbytesfilen {result.path} är sparad: {result.rows} rader till "
            f"{result.manifest.destination}"
            + (f" (ändringar sedan {since[:16].replace('T', ' ')} UTC)" if since else " (allt)")
            + (f": {tables}." if tables else ".")
        )
        return EXIT_OK
    if command == "import":
        who = author(journal, args)
        done = import_files(journal, args.files, actor_id=who, trust_new=args.trust_new_desk)
        for summary in done.summaries:
            print(summary.describe())
        if done.backup:
            print(f"Säkerhetskopia före utbytet: {done.backup}")
        return EXIT_OK
    if command == "revoke":
        from vagledare.exchange.signing import revoke
        from vagledare.journal.models import Role, Staff

        who = author(journal, args)
        with journal.session(actor_id=who) as s:
            person = s.get(Staff, who) if who is not None else None
            gone = revoke(s, args.desk, person.role if person else Role.COACH)
        print(f"Journalen litar inte längre på datorn {gone.name} ({gone.fingerprint}).")
        return EXIT_OK
    if command == "name":
        with journal.session(actor_id=author(journal, args)) as s:
            me = identity.set_desk_name(s, args.name)
        print(f"Datorn heter {me.name} i journalutbytet.")
        return EXIT_OK
    with journal.session() as s:
        me = identity.desk_identity(s)
        marks = identity.list_marks(s)
        server = identity.server_url(s)
    from vagledare.exchange.signing import desk_key, trusted

    with journal.session(readonly=True) as s:
        trusts = trusted(s)
    print(f"Dator: {me.name} ({me.id})")
    print(f"Nyckelns fingeravtryck: {desk_key().fingerprint}")
    print(f"Server: {server or 'ingen'}")
    for m in marks:
        print(f"  {m.name}: senast {m.updated_at:%Y-%m-%d %H:%M} UTC")
    print(f"Betrodda datorer: {len(trusts)}")
    for t in trusts:
        print(f"  {t.name} ({t.desk_id}): {t.fingerprint}, sedan {t.since}")
    return EXIT_OK


def _labelled(counts: dict[str, int]) -> list[tuple[str, int]]:
    from vagledare.exchange.model import exchanged_tables, table_label

    order = [et.name for et in exchanged_tables()]
    return [
        (table_label(t), counts[t])
        for t in sorted(counts, key=lambda n: order.index(n) if n in order else len(order))
    ]


def run_sync(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.exchange import identity
    from vagledare.exchange.sync import sync

    who = author(journal, args)
    if args.server:
        with journal.session(actor_id=who) as s:
            identity.set_server_url(s, args.server)
    with journal.session() as s:
        target = identity.server_url(s)
    if not target:
        raise ValueError("Ingen server är vald: ange --server URL (den sparas till nästa gång).")
    result = sync(journal, target, actor_id=who)
    pushed, pulled = result.pushed.total(), result.pulled.total()
    print(
        f"Synkroniserat med {result.server}: skickade {pushed.new} nya och "
        f"{pushed.updated + pushed.conflicts} ändrade, hämtade {pulled.new} nya och "
        f"{pulled.updated + pulled.conflicts} ändrade"
        + (
            f" ({pulled.conflicts + pushed.conflicts} konflikter)"
            if pulled.conflicts + pushed.conflicts
            else ""
        )
        + "."
    )
    return EXIT_OK
