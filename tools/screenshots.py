"""Take the README's screenshots from the demo journal, without a mouse or xdotool.

    xvfb-run -a -s '-screen 0 1280x800x24' env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/screenshots.py            # Swedish, into docs/
    .venv/bin/python tools/screenshots.py --lang en --out /tmp/shots

It makes a demo journal (seeded: the same day gives the same pictures) in a temporary folder,
opens the window on it as the demo's team lead, switches tabs and grabs the window with
``QWidget.grab()``: the tally screen, a report, the overview and a roll call.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from vagledare.gui.shell import theme
    from vagledare.gui.shell.i18n import install_translators

    app._translators = install_translators(app, args.lang)  # type: ignore[attr-defined]
    theme.apply_theme(app, high_contrast=False, dark=False)

    from vagledare.app.demo import LEAD, create_demo_journal
    from vagledare.app.desk import Desk
    from vagledare.gui.groups.roll_call import RollCallDialog
    from vagledare.gui.reports.report_page import YEAR
    from vagledare.gui.shell.main_window import MainWindow
    from vagledare.journal.db import open_journal
    from vagledare.journal.groups import find_group
    from vagledare.journal.meetings import list_sessions
    from vagledare.journal.sites import find_site
    from vagledare.journal.staff import find_staff

    now = datetime.combine(date.today(), time(16, 30))  # a day's visits on the grid
    folder = Path(tempfile.mkdtemp(prefix="vagledare-shots-"))
    create_demo_journal(folder / "demo.sqlite", now=now)
    journal = open_journal(folder / "demo.sqlite")
    with journal.session() as s:
        site = find_site(s, "Årby")  # open every weekday
        lead = find_staff(s, LEAD)
        group = find_group(s, site.id, "Språkgrupp Årby")
        taken = [x for x in list_sessions(s, [group.id]) if x.taken]
    window = MainWindow(Desk(journal, site, lead), args.lang)
    window.resize(*SIZE)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(name: str) -> None:
        settle()
        path = args.out / name
        window.grab().save(str(path))
        print(path)

    window.tabs.setCurrentWidget(window.tally)
    window.tally.setFocus()
    shoot("tally.png")

    window.show_page(window.reports)
    page = window.reports
    page.ui.periodKindCombo.setCurrentIndex(YEAR)
    page.ui.yearSpin.setValue(now.year)
    shoot("report.png")

    window.show_page(window.dashboard)
    shoot("dashboard.png")

    dialog = RollCallDialog(journal, taken[-1].id, lead.id, args.lang, now=now, parent=window)
    dialog.show()
    settle()
    path = args.out / "rollcall.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()
    window.close()
    journal.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
