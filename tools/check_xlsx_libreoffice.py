"""Excel files as a Swedish (and an English) spreadsheet program shows them (#21).

Writes a few reports of the demo journal as XLSX, lets LibreOffice headless convert each to
CSV *as the cells are shown* under a Swedish and an English locale, and checks that numbers
read right: thousands grouped by the locale (``1 386 000 kr`` / ``1,386,000 kr``), shares as
whole percent, counts as counts — never a literal space inside a number format. A step of
``.ci/run`` (it needs LibreOffice, which the README's test command must not).

    python tools/check_xlsx_libreoffice.py            # exit 0 when every check holds
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

SPACE = "[ \u00a0\u202f]"  # what a Swedish locale groups thousands with
CHECKS = {
    # locale: (a money figure, a share, a grouped count)
    "sv_SE.UTF-8": (
        re.compile(rf"^\d{{1,3}}({SPACE}\d{{3}})+ kr$"),
        re.compile(rf"^\d{{1,3}}{SPACE}?%$"),
        re.compile(rf"^\d{{1,3}}({SPACE}\d{{3}})+$"),
    ),
    "en_GB.UTF-8": (
        re.compile(r"^\d{1,3}(,\d{3})+ kr$"),
        re.compile(rf"^\d{{1,3}}{SPACE}?%$"),
        re.compile(r"^\d{1,3}(,\d{3})+$"),
    ),
}


def build(folder: Path) -> dict[str, Path]:
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    from vagledare.app.demo import create_demo_journal
    from vagledare.journal.db import open_journal
    from vagledare.reports import door
    from vagledare.reports.periods import Period
    from vagledare.reports.render.xlsx import write_xlsx

    path = folder / "demo.sqlite"
    create_demo_journal(path, now=datetime(2024, 6, 14, 15, 30))
    journal = open_journal(str(path))
    year = Period(datetime(2023, 6, 1).date(), datetime(2024, 5, 31).date())
    out = {}
    options = {
        "resources": {
            "fte_referred": Decimal("3.5"),
            "fte_citizen_service": Decimal("2"),
            "cost_per_fte": Decimal("396000"),
        }
    }
    with journal.session(readonly=True) as s:
        for key in ("dropin", "avslut", "resources"):
            table = door.build(s, door.Request(key, year, None, "sv", options.get(key, {}))).table
            out[key] = folder / f"{key}.xlsx"
            write_xlsx(table, out[key])
    journal.close()
    return out


def shown(xlsx: Path, locale: str, folder: Path) -> list[list[str]]:
    """The sheet as LibreOffice shows it under ``locale``, read back from its CSV export."""
    target = folder / locale.split(".")[0]
    target.mkdir(exist_ok=True)
    profile = folder / f"profile-{locale.split('.')[0]}"
    env = {**os.environ, "LC_ALL": locale, "LANG": locale}
    # Field ;, text ", UTF-8, from line 1, standard cells, no language override, quoted text
    # as text, no special numbers, *save cell contents as shown*.
    filt = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,false,true"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            filt,
            "--outdir",
            str(target),
            str(xlsx),
        ],
        check=True,
        env=env,
        capture_output=True,
        timeout=180,
    )
    text = (target / (xlsx.stem + ".csv")).read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def main() -> int:
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = build(folder)
        for locale, (money, share, grouped) in CHECKS.items():
            rows = {key: shown(path, locale, folder) for key, path in files.items()}
            cells = {key: [c for r in rs for c in r if c.strip()] for key, rs in rows.items()}
            money_cells = [c for c in cells["resources"] if c.endswith(" kr")]
            share_cells = [c for c in cells["avslut"] if c.endswith("%")]
            big = [c for c in cells["dropin"] if re.fullmatch(rf"\d{{1,3}}({SPACE}|,)\d{{3}}", c)]
            for what, found, pattern in (
                ("kronor", money_cells, money),
                ("andelar", share_cells, share),
                ("antal över tusen", big, grouped),
            ):
                if not found:
                    failures.append(f"{locale}: inga {what} i exporten")
                for c in found:
                    if not pattern.fullmatch(c):
                        failures.append(f"{locale}: {what} visas som {c!r}")
            print(f"{locale}: {money_cells[:2]} {share_cells[:2]} {big[:2]}")
    for f in failures:
        print("FEL:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
