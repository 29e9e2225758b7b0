#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/vagledare/ with PyInstaller, then smoke-test it:
# the bundled CLI against a fresh journal (migrations, babel, reportlab fonts inside the bundle)
# and the bundled window offscreen for a few seconds. Prints build time and bundle size.
#
#     bash packaging/build_linux.sh            # uses .venv (or $VENV), creating it if needed
#
# Exit status 0 only when the bundle built, passed every check and stayed up.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${VENV:-.venv}
PY=$VENV/bin/python
BUNDLE=dist/vagledare
EXE=$BUNDLE/vagledare

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'build_linux: %s\n' "$*" >&2; exit 1; }

VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

[ -x "$PY" ] || python3 -m venv "$VENV"
installed=$("$PY" -c 'from importlib.metadata import version; print(version("vagledare"))' 2>/dev/null || true)
if ! "$PY" -c 'import PyInstaller' 2>/dev/null || [ "$installed" != "$VERSION" ]; then
  say "installing vagledare $VERSION and PyInstaller into $VENV"
  "$PY" -m pip install -q -e '.[package]'
fi

say "building $BUNDLE (Vägledare $VERSION, PyInstaller $("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)'))"
rm -rf "$BUNDLE" build/pyinstaller
start=$(date +%s.%N)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/vagledare.spec
build_seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" \
  "$start" "$(date +%s.%N)")
[ -x "$EXE" ] || fail "no executable at $EXE"

say "checking that unused Qt modules stayed out"
# QtCharts (the dashboard and progress charts) links against the Qml/Quick core libraries,
# so those few libraries come along; their plugins and every other unused module stay out.
# QtMultimedia and QtTextToSpeech are used: reading aloud to the participant.
unwanted=$(find "$BUNDLE" -iname '*WebEngine*' -o -iname '*Qt63D*' \
  -o -iname '*Qt6Pdf*' -o -iname '*Qt6Designer*' -o -ipath '*/qml/*' | head -20)
[ -z "$unwanted" ] || fail "unused Qt modules in the bundle:"$'\n'"$unwanted"
for needed in vagledare/journal/migrations/env.py vagledare/journal/migrations/script.py.mako \
  reportlab/fonts/Vera.ttf reportlab/fonts/VeraBd.ttf babel/locale-data/sv_SE.dat \
  babel/locale-data/en_GB.dat vagledare/resources/icons/vagledare-256.png \
  vagledare/resources/fonts/NotoSansArabic-Regular.ttf \
  vagledare/resources/fonts/NotoSansEthiopic-Regular.ttf vagledare/resources/fonts/OFL.txt \
  vagledare/resources/languages/ar.json vagledare/resources/factors/bip-1/ti.json \
  PySide6/QtTextToSpeech.abi3.so PySide6/QtMultimedia.abi3.so; do
  [ -f "$BUNDLE/_internal/$needed" ] || fail "missing from the bundle: $needed"
done
ls "$BUNDLE"/_internal/vagledare/journal/migrations/versions/*.py >/dev/null \
  || fail "no migration versions in the bundle"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# Never touch the real user's settings or default journal.
export XDG_CONFIG_HOME=$TMP/config XDG_DATA_HOME=$TMP/data QT_QPA_PLATFORM=offscreen
unset VAGLEDARE_DB
DB=$TMP/journal.sqlite

say "smoke test: the bundled command line on a fresh journal"
got=$("$EXE" version)
[ "$got" = "Vägledare $VERSION" ] || fail "'vagledare version' printed '$got', expected 'Vägledare $VERSION'"
echo "$got"
"$EXE" --db "$DB" --as AB site add Fröslunda           # creates the journal: alembic migrations
sites=$("$EXE" --db "$DB" --as AB site list)
grep -q '^Fröslunda$' <<<"$sites" || fail "site list lacks Fröslunda"
"$EXE" --db "$DB" report dropin --month 2023-03 --format pdf --output "$TMP/dropin.pdf"
"$EXE" --db "$DB" report dropin --month 2023-03 --format xlsx --lang en --output "$TMP/dropin.xlsx"
"$EXE" --db "$DB" report dropin --month 2023-03 --format csv --output "$TMP/dropin.csv"
head -c 5 "$TMP/dropin.pdf" | grep -q '%PDF-' || fail "the PDF is not a PDF"
[ -s "$TMP/dropin.xlsx" ] && [ -s "$TMP/dropin.csv" ] || fail "empty XLSX or CSV"
if command -v pdftotext >/dev/null; then
  text=$(pdftotext "$TMP/dropin.pdf" -)
  grep -q "Vägledare $VERSION" <<<"$text" || fail "the PDF footer lacks 'Vägledare $VERSION'"
  grep -q "mars 2023" <<<"$text" || fail "the PDF lacks babel's Swedish month name 'mars 2023'"
fi
if command -v pdffonts >/dev/null; then
  fonts=$(pdffonts "$TMP/dropin.pdf")
  grep -q 'BitstreamVeraSans-Roman.*TrueType.*yes' <<<"$fonts" || fail "the PDF does not embed Vera"
fi
langs=$("$EXE" --db "$DB" assessments languages | cut -f1 | tr '\n' ' ')
[ "$langs" = "sv ar en prs so ti uk " ] || fail "the bundled language packs are '$langs'"
echo "CLI: journal created and migrated, site added and listed, PDF/XLSX/CSV written, language packs: $langs"

say "smoke test: the bundled window, offscreen, for 5 seconds"
set +e
timeout 5 "$EXE" --db "$TMP/window.sqlite" >"$TMP/gui.log" 2>&1
code=$?
set -e
if [ "$code" -ne 124 ]; then
  cat "$TMP/gui.log" >&2
  fail "the window exited with status $code before the 5 s were up (124 = still running)"
fi
echo "window: still running after 5 s (first-start dialog waiting), stopped by timeout"

say "smoke test: the bundled main window on the journal above, offscreen, for 5 seconds"
# Remember Fröslunda and AB for this journal, as the first-start dialog would, so the main
# window with all its pages opens instead of the dialog.
python3 - "$DB" "$XDG_CONFIG_HOME/Vagledare/settings.json" <<'PY'
import json, sqlite3, sys, uuid
from pathlib import Path
db, settings = sys.argv[1], Path(sys.argv[2])
con = sqlite3.connect(db)
site = str(uuid.UUID(con.execute("SELECT id FROM site WHERE name = 'Fröslunda'").fetchone()[0]))
staff = str(uuid.UUID(con.execute("SELECT id FROM staff WHERE name = 'AB'").fetchone()[0]))
settings.parent.mkdir(parents=True, exist_ok=True)
settings.write_text(json.dumps({"language": "sv", "journals": {db: {"site_id": site, "staff_id": staff}}}))
PY
set +e
timeout 5 "$EXE" --db "$DB" >"$TMP/main.log" 2>&1
code=$?
set -e
if [ "$code" -ne 124 ]; then
  cat "$TMP/main.log" >&2
  fail "the main window exited with status $code before the 5 s were up"
fi
echo "main window: still running after 5 s, stopped by timeout"

say "result"
echo "build time: ${build_seconds} s"
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1) ($BUNDLE, $(find "$BUNDLE" -type f | wc -l) files)"
