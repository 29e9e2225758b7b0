"""The ``vagledare`` command: the desk window, and scripted imports and reports.

Exit status: 0 done, 1 refused (bad input, bad journal: the message says what and where),
2 wrong usage, 3 no screen to show the window on (the command line still works).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vagledare.cli import groups as cli_groups
from vagledare.cli import indicators as cli_indicators
from vagledare.cli import privacy as cli_privacy
from vagledare.cli import settings as cli_settings
from vagledare.cli import site_groups as cli_site_groups
from vagledare.cli import survey as cli_survey

if TYPE_CHECKING:  # the window's start-up must not pay for the domain's imports
    from vagledare.journal.db import Journal

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_NO_DISPLAY = 0, 1, 2, 3


def no_display() -> str | None:
    """Why the window cannot open here, before Qt tries (and aborts with a core dump): a
    Linux or BSD machine with neither an X nor a Wayland display, and no Qt platform asked
    for. None where the window can open."""
    import os

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Det finns ingen bildskärm att visa fönstret på (varken DISPLAY eller WAYLAND_DISPLAY "
        "är satt). Starta Vägledare från skrivbordet, eller använd kommandoraden: "
        "vagledare --help visar allt den kan (rapporter, import, journalutbyte, säkerhetskopior)."
    )


def _window(start: Callable[[], int]) -> int:
    """Open the window, or say clearly why it cannot open here."""
    why = no_display()
    if why is not None:
        print(f"vagledare: {why}", file=sys.stderr)
        return EXIT_NO_DISPLAY
    return start()


def _version_text() -> str:
    from vagledare import __version__

    return f"Vägledare {__version__}"


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH|URL", help="journalen (annars VAGLEDARE_DB eller standardjournalen)"
    )
    parser.add_argument(
        "--as", dest="staff", metavar="NAMN", help="vem som skriver (annars inloggad användare)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vagledare",
        description="Vägledare – journal och statistik för Mötesplats med Jobbcentrum.",
        epilog="Slutkod: 0 klart, 1 vägrat (meddelandet säger vad och var), 2 fel användning, "
        "3 ingen bildskärm för fönstret.",
    )
    _add_global_options(parser)
    parser.add_argument("--version", action="version", version=_version_text())
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    sub.add_parser("gui", help="öppna skrivbordsfönstret (standard)")
    p = sub.add_parser(
        "demo",
        help="prova med exempeldata: öppna en separat demojournal med ett påhittat år",
    )
    p.add_argument(
        "--db",
        dest="demo_db",
        metavar="PATH",
        help="demojournalens fil (standard: demo.sqlite i användarens datamapp; "
        "en riktig journal skrivs aldrig över)",
    )
    p.add_argument("--new", action="store_true", help="gör en ny demojournal även om dagens finns")
    p.add_argument(
        "--no-window", action="store_true", help="gör bara demojournalen, öppna inget fönster"
    )
    sub.add_parser("where", help="visa vilken journal som används")
    sub.add_parser("backup", help="ta en säkerhetskopia nu")
    sub.add_parser("backups", help="lista säkerhetskopior med innehåll")
    p = sub.add_parser("restore", help="återställ journalen från en säkerhetskopia")
    p.add_argument("file", type=Path, metavar="BACKUP.sqlite")
    p.add_argument("--yes", action="store_true", help="fråga inte (för skript)")

    site = sub.add_parser("site", help="mötesplatser")
    site_sub = site.add_subparsers(dest="site_command", metavar="ÅTGÄRD", required=True)
    p = site_sub.add_parser("add", help="lägg till en mötesplats")
    p.add_argument("name", metavar="NAMN")
    site_sub.add_parser("list", help="lista mötesplatser med kategorier och åldersgrupper")
    p = site_sub.add_parser("add-category", help="lägg till en kategori")
    p.add_argument("site", metavar="MÖTESPLATS")
    p.add_argument("name", metavar="KATEGORI")
    p = site_sub.add_parser("retire-category", help="pensionera en kategori")
    p.add_argument("site", metavar="MÖTESPLATS")
    p.add_argument("name", metavar="KATEGORI")
    p = site_sub.add_parser("add-age-band", help="lägg till en åldersgrupp, t.ex. 16-17 eller 65+")
    p.add_argument("site", metavar="MÖTESPLATS")
    p.add_argument("label", metavar="ÅLDERSGRUPP")
    cli_site_groups.add_parser(site_sub)

    imp = sub.add_parser("import", help="importera en CSV-fil (allt eller inget)")
    imp_sub = imp.add_subparsers(dest="import_kind", metavar="SLAG", required=True)
    for kind, text in (
        (
            "dropin",
            "snabbärenden (tidpunkt;mötesplats;kategori;åldersgrupp;kön, "
            "valfritt besök;återkommande)",
        ),
        (
            "cases",
            "ärenden (kod;mötesplats;väg;kön;åldersgrupp;start;avslut;orsak, valfritt "
            "ingång;vägledare;ferie;kommunala studier;aktivitetsplikt från;aktivitetsplikt till)",
        ),
        ("assessments", "progressionsmätningar (kod;datum;besvarad_av;f1…f7)"),
        ("followups", "uppföljningar efter avslut (kod;avslut;uppföljd;status)"),
        (
            "activities",
            "aktiviteter och evenemang "
            "(datum;mötesplats;typ;titel;partner;kvinnor;män;ej angivet;arbetsgivare)",
        ),
    ):
        p = imp_sub.add_parser(kind, help=text, description=f"Importera {text}.")
        p.add_argument("file", type=Path, metavar="FILE.csv")
        p.add_argument("--force", action="store_true", help="importera även om innehållet finns")
    cli_groups.add_import_parsers(imp_sub)
    cli_indicators.add_import_parser(imp_sub)

    sub.add_parser("version", help="visa vilken version av Vägledare detta är")
    from vagledare.cli.reports import add_report_parsers

    add_report_parsers(sub)

    from vagledare.cli.assessments import add_assessment_commands
    from vagledare.cli.exchange import add_exchange_commands

    add_assessment_commands(sub)
    from vagledare.cli.followups import add_parser as add_followups_parser

    add_followups_parser(sub)
    from vagledare.cli.cases import add_parser as add_cases_parser

    add_cases_parser(sub)
    cli_groups.add_group_parser(sub)
    cli_settings.add_parser(sub)
    cli_survey.add_parser(sub)
    from vagledare.cli.resources import add_parser as add_resources_parser

    add_resources_parser(sub)
    cli_indicators.add_parser(sub)
    cli_privacy.add_parsers(sub)
    add_exchange_commands(sub)
    p = sub.add_parser("audit", help="granskningsloggen")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ÅTGÄRD", required=True)
    audit_sub.add_parser(
        "verify", help="kontrollera att loggen inte har ändrats eller kortats utanför Vägledare"
    )
    return parser


def _pin(name: str) -> str:
    """The actor's PIN: ``VAGLEDARE_PIN`` for scripts, else asked on the terminal."""
    import getpass
    import os

    pin = os.environ.get("VAGLEDARE_PIN")
    if pin is not None:
        return pin
    if name in _ASKED:
        return _ASKED[name]  # a restore checks the PIN in the old journal and the restored one
    if not sys.stdin.isatty():
        raise ValueError(
            f"Ange {name}s PIN-kod: kommandot frågar på terminalen, eller läser VAGLEDARE_PIN."
        )
    _ASKED[name] = getpass.getpass(f"PIN-kod för {name}: ")
    return _ASKED[name]


_ASKED: dict[str, str] = {}  # this run's PINs typed on the terminal, asked once each


def _author(journal: Journal, args: argparse.Namespace):  # noqa: ANN202
    """Who acts, asked once per run however often a command needs it; the journal then names
    them for every change the run makes (see ``_resolve_author`` for the rules)."""
    if not hasattr(args, "_actor"):
        from vagledare.journal.staff import command_line_author

        args._actor = _resolve_author(journal, args)
        journal.act_as(args._actor, via=f"kommandoraden ({command_line_author()})")
    return args._actor


def _resolve_author(journal: Journal, args: argparse.Namespace):  # noqa: ANN202
    """On a journal where no account has a PIN yet (a fresh or script-only journal) the
    command line names the operating-system user, or ``--as``, as before. Once any account
    has a PIN: ``--as`` must name an existing, active account and never creates one; a
    privileged command needs that person's PIN (and counts towards their lockout); a
    read-only command without ``--as`` acts as nobody in particular (None)."""
    from vagledare.journal import access
    from vagledare.journal.staff import command_line_author, ensure_staff, find_staff

    with journal.session(readonly=journal.read_only) as s:
        if not access.anyone_enrolled(s):
            if journal.read_only:
                return None  # nothing can be written, so nobody needs naming
            return ensure_staff(s, args.staff or command_line_author()).id
        privileged = is_privileged(args)
        if not args.staff:
            if privileged:
                raise ValueError(
                    "Kommandot ändrar journalen eller visar uppgifter om personer: ange vem du "
                    "är med --as NAMN (och din PIN-kod)."
                )
            return None
        person = find_staff(s, args.staff)
        if person is None or not person.active:
            raise ValueError(
                f"{args.staff!r} finns inte bland journalens aktiva konton; --as skapar "
                "aldrig konton (en teamledare lägger till personal)."
            )
        if not privileged:
            return person.id
    pin = _pin(person.name)
    if journal.read_only:  # checked, but nothing can be recorded
        with journal.session(readonly=True) as s:
            ok = access.check_pin(s, person.id, pin)
    else:
        with journal.session(actor_id=person.id) as s:  # the attempt is kept, right or wrong
            ok = access.login(s, person.id, pin)
    if not ok:
        raise ValueError(f"Fel PIN-kod för {person.name}.")
    return person.id


def cmd_audit(journal: Journal, args: argparse.Namespace) -> int:
    """``audit verify``: 0 when the log is whole, 1 with every break listed."""
    from vagledare.journal import audit

    report = audit.verify_log(journal)
    print(report.summary())
    for problem in report.sentences():
        print(f"  {problem}")
    return EXIT_OK if report.ok else EXIT_REFUSED


def where(target: str) -> int:
    """Which journal the command line would use, without opening (or creating) it."""
    from vagledare.journal.db import hide_password, is_url

    if is_url(target):
        print(hide_password(target))
        return EXIT_OK
    path = Path(target).expanduser()
    print(path if path.exists() else f"{path} (finns inte än)")
    return EXIT_OK


def cmd_backup(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.journal.backup import backup_before

    if journal.path is None:
        raise ValueError("Säkerhetskopior tas av databasservern när journalen ligger på en server.")
    print(f"Säkerhetskopia sparad: {backup_before(journal.path, 'manuell')}")
    return EXIT_OK


def cmd_backups(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.journal.backup import backup_dir, list_backups, preview

    if journal.path is None:
        raise ValueError("Journalen ligger på en server; den har inga säkerhetskopior här.")
    found = list_backups(journal.path)
    print(f"Säkerhetskopior i {backup_dir(journal.path)}: {len(found)}")
    for p in found:
        print("  " + preview(p).describe())
    return EXIT_OK


def restore_journal(target: str, args: argparse.Namespace) -> int:
    """Restore without needing the current journal (it may be the damaged one). When it still
    opens, its rules apply: on a journal with PINs, --as and that person's PIN."""
    from vagledare.journal.backup import preview, restore
    from vagledare.journal.db import JournalError, is_url, open_journal

    backup: Path = args.file
    if is_url(target):
        raise ValueError("Återställning gäller en journalfil, inte en databasserver.")
    if Path(target).exists():
        try:
            current = open_journal(target, create=False)
        except JournalError:
            current = None  # damaged: nobody's PIN can be checked in it
        if current is not None:
            try:
                _resolve_author(current, args)
            finally:
                current.close()
    info = preview(backup)
    print("Säkerhetskopian innehåller: " + info.describe())
    if not info.readable:
        return EXIT_REFUSED
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValueError("Bekräfta med --yes för att återställa utan fråga.")
        if input("Återställ journalen från den här kopian? [j/N] ").strip().lower() not in (
            "j",
            "ja",
            "y",
        ):
            print("Inget återställt.")
            return EXIT_OK
    aside = restore(Path(target), backup)
    from vagledare.journal.erasure import after_restore
    from vagledare.journal.staff import command_line_author

    journal = open_journal(target)
    try:
        try:
            _author(journal, args)
        except ValueError:  # not in the older backup: the log names the command line
            journal.act_as(None, via=f"kommandoraden ({command_line_author()})")
        again = after_restore(journal, backup.name, aside.name if aside else None)
        if again:
            print(f"{again} uppgifter som raderats efter kopian raderades igen.")
    finally:
        journal.close()
    if aside:
        print(f"Den tidigare journalen är sparad som {aside}.")
    print(f"Journalen {target} är återställd från {backup.name}.")
    return EXIT_OK


def cmd_site(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.journal import sites

    author = _author(journal, args)
    with journal.session(actor_id=author) as s:
        if args.site_command == "add":
            info = sites.add_site(s, args.name, author)
            print(f"Mötesplatsen {info.name} är tillagd.")
        elif args.site_command == "list":
            for x in sites.list_sites(s):
                cats = ", ".join(
                    c.name + (" (pensionerad)" if c.retired else "") for c in x.categories
                )
                bands = ", ".join(b.label for b in x.active_age_bands)
                print(f"{x.name}\n  kategorier: {cats}\n  åldersgrupper: {bands}")
        elif args.site_command == "add-category":
            site = sites.require_site(s, args.site)
            sites.add_category(s, site.id, args.name, author)
            print(f"Kategorin {args.name} är tillagd på {site.name}.")
        elif args.site_command == "retire-category":
            site = sites.require_site(s, args.site)
            cat = site.category(args.name)
            if cat is None:
                raise ValueError(f"Kategorin {args.name!r} finns inte på {site.name}.")
            sites.retire_category(s, cat.id)
            print(f"Kategorin {cat.name} på {site.name} är pensionerad.")
        elif args.site_command == "add-age-band":
            site = sites.require_site(s, args.site)
            sites.add_age_band(s, site.id, args.label, author)
            print(f"Åldersgruppen {args.label} är tillagd på {site.name}.")
        elif args.site_command == "group":
            cli_site_groups.run(s, args, author)
    return EXIT_OK


def cmd_import(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.journal.backup import backup_before

    author = _author(journal, args)
    if journal.path is not None:
        backup_before(journal.path, "import")
    if args.import_kind in cli_groups.IMPORTS:
        return cli_groups.cmd_import(journal, args, author)
    if args.import_kind == "aggregates":
        return cli_indicators.cmd_import(journal, args, author)
    if args.import_kind == "assessments":
        from vagledare.imports.assessments import import_assessments

        with journal.session(actor_id=author) as s:
            done = import_assessments(s, args.file, author, force=args.force)
        print(f"{done.rows} mätningar importerade från {args.file.name} ({done.factor_set}).")
        return EXIT_OK
    if args.import_kind == "followups":
        from vagledare.imports.followups import import_followups

        with journal.session(actor_id=author) as s:
            done = import_followups(s, args.file, author, force=args.force)
        print(f"{done.rows} uppföljningar importerade från {args.file.name}.")
        return EXIT_OK
    if args.import_kind == "activities":
        from vagledare.imports.activities import import_activities

        with journal.session(actor_id=author) as s:
            acts = import_activities(s, args.file, author, force=args.force)
        new = f", nya partner: {', '.join(acts.new_partners)}" if acts.new_partners else ""
        print(
            f"{acts.rows} aktiviteter importerade från {args.file.name} "
            f"({acts.visitors} besökare{new})."
        )
        return EXIT_OK
    if args.import_kind == "cases":
        from vagledare.imports.cases import import_cases

        with journal.session(actor_id=author) as s:
            cases = import_cases(s, args.file, author, force=args.force)
        print(
            f"{cases.rows} ärenden importerade från {args.file.name} "
            f"({cases.new_codes} nya deltagarkoder, {cases.closed} avslutade)."
        )
        return EXIT_OK
    from vagledare.imports.dropin import import_dropin

    with journal.session(actor_id=author) as s:
        result = import_dropin(s, args.file, author, force=args.force)
    print(f"{result.rows} snabbärenden importerade från {args.file.name}.")
    return EXIT_OK


def cmd_report(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.cli.reports import cmd_report as run

    return run(journal, args, _author)


def cmd_assessments(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.cli.assessments import run

    return run(journal, args, _author)


def cmd_followups(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.cli.followups import run

    _author(journal, args)  # the list names participant codes: who asks is known
    return run(journal, args)


def cmd_cases(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.cli.cases import run

    _author(journal, args)  # the list names participant codes: who asks is known
    return run(journal, args)


def cmd_demo(args: argparse.Namespace) -> int:
    """The demo journal (made anew once a day) and, unless --no-window, the window on it."""
    from vagledare.app.demo import DEMO_PIN, ensure_demo_journal
    from vagledare.journal.errors import ValidationError

    if not args.no_window and (why := no_display()) is not None:
        # Said before the few seconds of building a journal nobody could see.
        hint = "vagledare demo --no-window gör bara demojournalen."
        print(f"vagledare: {why} ({hint})", file=sys.stderr)
        return EXIT_NO_DISPLAY
    target = args.demo_db or args.db
    try:
        path, made = ensure_demo_journal(Path(target) if target else None, fresh=args.new)
    except ValidationError as exc:
        print(f"vagledare: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    if made is not None:
        print(
            f"Exempeldata: {made.quick_cases} snabbärenden, {made.cases} ärenden, "
            f"{made.sessions_taken} tillfällen med närvaro och {made.readings} mätningar "
            f"{made.start.isoformat()}–{made.end.isoformat()}."
        )
    print(f"Demojournal: {path} (PIN för all personal: {DEMO_PIN})")
    if args.no_window:
        return EXIT_OK

    def start() -> int:
        from vagledare.gui.shell.app import run_demo

        return run_demo(path)

    return _window(start)


def cmd_exchange(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.cli.exchange import run_exchange

    return run_exchange(journal, args, _author)


def cmd_sync(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.cli.exchange import run_sync

    return run_sync(journal, args, _author)


@dataclass(frozen=True)
class Command:
    """A command on a journal. ``privileged``: it writes the journal or exposes person-level
    data (the report command asks the report catalog, per report). Every command declares it;
    the role checks of later issues read it from here."""

    run: Callable[[Journal, argparse.Namespace], int]
    privileged: bool | Callable[[argparse.Namespace], bool]


def cmd_resources(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.cli.resources import run

    return run(journal, args, _author)


def _privacy(journal: Journal, args: argparse.Namespace) -> int:
    return cli_privacy.run(journal, args, _author)


COMMANDS: dict[str, Command] = {
    "backup": Command(cmd_backup, True),  # a copy of everything in the journal
    "backups": Command(cmd_backups, False),
    "site": Command(
        cmd_site,
        lambda args: args.site_command != "list" and not cli_site_groups.is_listing(args),
    ),
    "import": Command(cmd_import, True),
    "report": Command(cmd_report, False),  # per report: see ``is_privileged``
    "assessments": Command(
        cmd_assessments, lambda args: args.assessments_command not in ("factors", "languages")
    ),
    "followups": Command(cmd_followups, True),  # lists participant codes
    "cases": Command(cmd_cases, True),  # lists participant codes
    "group": Command(
        lambda journal, args: cli_groups.cmd_group(journal, args, _author(journal, args)),
        lambda args: args.group_command not in ("list", "sessions", "unrecorded"),
    ),
    "settings": Command(
        lambda journal, args: cli_settings.run(journal, args, _author), cli_settings.changes
    ),
    "survey": Command(
        lambda journal, args: cli_survey.run(journal, args, _author), cli_survey.changes
    ),
    "resources": Command(cmd_resources, lambda args: args.resources_command != "list"),
    "indicators": Command(
        lambda journal, args: cli_indicators.cmd_indicators(journal, args, _author),
        cli_indicators.is_privileged,
    ),
    **{name: Command(_privacy, True) for name in cli_privacy.COMMANDS},
    "exchange": Command(cmd_exchange, True),
    "sync": Command(cmd_sync, True),
    "audit": Command(cmd_audit, False),  # counts and positions, nothing about people
}
# Commands that never open the journal given with --db.
OUTSIDE_JOURNAL = {
    "gui": False,
    "demo": False,
    "version": False,
    "restore": True,
    "where": False,
}


def is_privileged(args: argparse.Namespace) -> bool:
    """Whether the command line asks for a privileged act (see ``Command``)."""
    if args.command == "report":
        from vagledare.reports.catalog import report

        return report(args.report_kind).privileged
    if args.command in OUTSIDE_JOURNAL:
        return OUTSIDE_JOURNAL[args.command]
    privileged = COMMANDS[args.command].privileged
    return privileged(args) if callable(privileged) else privileged


def _window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, --db) when the command line only opens the window: that start-up skips building
    the whole command parser (~70 ms of the time to the tally screen). Anything else, or
    anything this small parser does not know, goes to the whole parser."""
    front = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    _add_global_options(front)
    front.add_argument("command", nargs="?")
    try:
        args, rest = front.parse_known_args(argv)
    except argparse.ArgumentError:
        return False, None
    return (not rest and args.command in (None, "gui")), args.db


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    window_only, db = _window_only(argv)
    if window_only:

        def start() -> int:
            from vagledare.gui.shell.app import run

            return run(db)

        return _window(start)
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        from vagledare.cli.reports import known_options

        valid = known_options(args.report_kind) if args.command == "report" else ""
        hint = f" Giltiga val för report {args.report_kind}: {valid}." if valid else ""
        parser.exit(EXIT_USAGE, f"vagledare: okänt argument: {' '.join(unknown)}.{hint}\n")
    if args.command == "version":
        print(_version_text())
        return EXIT_OK
    if args.command in (None, "gui"):

        def start_gui() -> int:
            from vagledare.gui.shell.app import run

            return run(args.db)

        return _window(start_gui)
    if args.command == "demo":
        return cmd_demo(args)

    from vagledare.journal.db import JournalError, open_journal, resolve_target
    from vagledare.journal.errors import ValidationError

    if args.command == "where":
        return where(resolve_target(args.db))
    if args.command == "restore":
        try:
            return restore_journal(resolve_target(args.db), args)
        except (ValueError, OSError) as exc:
            print(f"vagledare: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    try:
        journal = open_journal(resolve_target(args.db))
    except JournalError as exc:
        print(f"vagledare: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    from vagledare.journal.db import network_share_warning

    warning = network_share_warning(journal.path) if journal.path else None
    if warning:
        print(f"vagledare: varning: {warning}", file=sys.stderr)
    try:
        return COMMANDS[args.command].run(journal, args)
    except (ValidationError, ValueError) as exc:
        print(f"vagledare: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"vagledare: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        journal.close()


if __name__ == "__main__":
    sys.exit(main())
