"""The exchange file: a zip holding ``manifest.json`` and ``data.sqlite``.

The manifest names the format, the desk that wrote the file, the journal's schema revision,
when, the rows per table and the SHA-256 of the data. ``data.sqlite`` holds the exported rows
in the journal's own tables and column types (see ``model.file_table``). A file is checked
whole – readable zip, our format, a schema this version knows, the checksum, the row counts,
its signature by a desk this journal trusts (``check_file``, keys in ``signing``) – before
anything is merged; a file that fails is refused with a message saying why.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
import uuid
import zipfile
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from vagledare.exchange.signing import (
    SIGNATURE,
    DeskKey,
    UnknownDesk,
    fingerprint,
    trust,
    trusted_key,
    verify,
)
from vagledare.journal import schema
from vagledare.journal.errors import ValidationError
from vagledare.journal.private_files import open_private

FORMAT = "vagledare-journalutbyte"
FORMAT_VERSION = 1
MANIFEST, DATA = "manifest.json", "data.sqlite"
SUFFIX = ".vgx"
_BLOCK = 1 << 20

# Limits checked before anything is unpacked (a zip bomb costs neither disk nor memory):
MAX_MANIFEST = 1 << 20  # bytes
MAX_SIGNATURE = 1024
MAX_RATIO = 100  # unpacked size / packed size of each member
LIMIT_ENV = "VAGLEDARE_EXCHANGE_MAX_MB"  # the largest unpacked file, in MiB (default 1 GiB)
DEFAULT_MAX_MB = 1024


def max_unpacked() -> int:
    """The largest unpacked exchange file accepted, in bytes (``VAGLEDARE_EXCHANGE_MAX_MB``)."""
    try:
        mb = int(os.environ.get(LIMIT_ENV, DEFAULT_MAX_MB))
    except ValueError:
        mb = DEFAULT_MAX_MB
    return max(mb, 1) << 20


def _mib(n: int) -> str:
    return f"{n / (1 << 20):.0f} MiB" if n >= 1 << 20 else f"{n} byte"


class ExchangeFileError(ValidationError):
    """An exchange file that cannot be merged; the message says which file and why."""


@dataclass(frozen=True)
class Manifest:
    desk_id: str
    desk_name: str
    schema: str
    created: str  # ISO time, UTC
    counts: dict[str, int]
    sha256: str
    destination: str = ""
    since: str | None = None  # ISO time of the watermark the export started from, if any
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    extra: dict[str, str] = field(default_factory=dict)
    signer: str = ""  # the writing desk's Ed25519 public key (base64); see exchange.signing

    @property
    def peer_id(self) -> uuid.UUID:
        return uuid.UUID(self.desk_id)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_BLOCK):
            h.update(block)
    return h.hexdigest()


def write_container(path: Path, data: Path, manifest: Manifest, key: DeskKey) -> None:
    """Write the zip next to ``path`` and move it into place only when it is complete; the
    desk's key signs the manifest's exact bytes (which hold the data's SHA-256)."""
    tmp = path.with_name(f".{path.name}.part")
    text = manifest.to_json().encode("utf-8")
    try:
        with open_private(tmp) as f:
            with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
                z.writestr(MANIFEST, text)
                z.writestr(SIGNATURE, key.sign(text))
                z.write(data, DATA)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _refuse(path: Path, why: str) -> ExchangeFileError:
    return ExchangeFileError(f"Utbytesfilen {path.name} kan inte läsas in: {why} Inget ändrades.")


def _check_sizes(path: Path, z: zipfile.ZipFile) -> None:
    """Refuse a file whose members are too large or packed too hard, before unpacking."""
    total = 0
    for info in z.infolist():
        if info.filename == MANIFEST and info.file_size > MAX_MANIFEST:
            raise _refuse(path, f"manifestet är för stort ({_mib(info.file_size)}).")
        packed = max(info.compress_size, 1)
        if info.file_size > MAX_RATIO * packed and info.file_size > _BLOCK:
            raise _refuse(
                path,
                f"delen {info.filename} packas upp till {info.file_size // packed} gånger sin "
                f"storlek (högst {MAX_RATIO}); den ser ut som en zip-bomb.",
            )
        total += info.file_size
    if total > max_unpacked():
        raise _refuse(
            path,
            f"den är {_mib(total)} uppackad, mer än gränsen {_mib(max_unpacked())} ({LIMIT_ENV}).",
        )


def read_signature(path: Path) -> tuple[bytes, bytes | None]:
    """The manifest's exact bytes and the signature over them (None: an unsigned file)."""
    try:
        with zipfile.ZipFile(path) as z:
            _check_sizes(path, z)
            names = z.namelist()
            if SIGNATURE in names and z.getinfo(SIGNATURE).file_size > MAX_SIGNATURE:
                raise _refuse(path, "signaturen är för stor.")
            return z.read(MANIFEST), z.read(SIGNATURE) if SIGNATURE in names else None
    except (zipfile.BadZipFile, KeyError, EOFError, OSError) as exc:
        raise _refuse(path, f"filen är skadad ({exc}).") from exc


def read_manifest(path: Path) -> Manifest:
    """The manifest of an exchange file, checked for size, format and schema (not the data)."""
    try:
        with zipfile.ZipFile(path) as z:
            _check_sizes(path, z)
            text = z.read(MANIFEST) if MANIFEST in z.namelist() else None
    except FileNotFoundError:
        raise _refuse(path, "filen finns inte.") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise _refuse(path, f"filen är skadad eller ingen utbytesfil ({exc}).") from exc
    if text is None:
        raise _refuse(path, "den är ingen utbytesfil från Vägledare (manifest saknas).")
    try:
        raw = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse(path, "manifestet är skadat.") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _refuse(path, "den är ingen utbytesfil från Vägledare.")
    if raw.get("format_version") != FORMAT_VERSION:
        raise _refuse(
            path,
            f"filformatet (version {raw.get('format_version')}) är okänt; uppdatera programmet.",
        )
    try:
        manifest = Manifest(**raw)
        uuid.UUID(manifest.desk_id)
        datetime.fromisoformat(manifest.created)
        counts = {str(k): int(v) for k, v in manifest.counts.items()}
    except (TypeError, ValueError, AttributeError):
        raise _refuse(path, "manifestet är ofullständigt.") from None
    if manifest.schema not in schema.REVISIONS:
        raise _refuse(
            path,
            f"den är skriven av en nyare version av Vägledare (schema {manifest.schema}); "
            "uppdatera programmet på den här datorn först.",
        )
    if schema.REVISIONS.index(manifest.schema) < schema.REVISIONS.index("0007_exchange"):
        raise _refuse(path, f"schemat {manifest.schema} är för gammalt för journalutbyte.")
    return Manifest(**(raw | {"counts": counts}))


def open_container(path: Path, workdir: Path) -> tuple[Manifest, Path]:
    """Check an exchange file whole and unpack its data into ``workdir``."""
    manifest = read_manifest(path)
    data = workdir / f"{uuid.uuid4().hex}-{DATA}"
    h = hashlib.sha256()
    limit, written = max_unpacked(), 0
    try:
        with zipfile.ZipFile(path) as z, z.open(DATA) as src, open_private(data) as out:
            while block := src.read(_BLOCK):
                written += len(block)
                if written > limit:  # never more than the header said was checked
                    raise _refuse(path, f"datadelen är större än gränsen {_mib(limit)}.")
                h.update(block)
                out.write(block)
    except ExchangeFileError:
        raise
    except KeyError:
        raise _refuse(path, "datadelen saknas.") from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise _refuse(path, f"filen är skadad ({exc}).") from exc
    if h.hexdigest() != manifest.sha256:
        raise _refuse(path, "kontrollsumman stämmer inte – filen är skadad eller ändrad.")
    _check_counts(path, data, manifest)
    return manifest, data


def _check_counts(path: Path, data: Path, manifest: Manifest) -> None:
    try:
        con = sqlite3.connect(f"file:{data}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            for table, expected in manifest.counts.items():
                if table not in tables:
                    raise _refuse(path, f"tabellen {table} saknas i datadelen.")
                found = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                if found != expected:
                    raise _refuse(path, f"tabellen {table} har {found} rader, inte {expected}.")
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise _refuse(path, f"datadelen är skadad ({exc}).") from exc


def check_file(s: Session, path: Path, manifest: Manifest, *, trust_new: bool = False) -> None:
    """Refuse a file that is unsigned, changed after signing, signed by another key than its
    desk's, or (unless ``trust_new``) from a desk this journal does not trust yet."""

    def refuse(why: str) -> ExchangeFileError:
        text = f"Utbytesfilen {path.name} kan inte läsas in: {why} Inget ändrades."
        return ExchangeFileError(text)

    message, signature = read_signature(path)
    if not manifest.signer or signature is None:
        raise refuse(
            "den är inte signerad (den kommer från en äldre version av Vägledare eller har "
            "ändrats). Uppdatera den skickande datorn och exportera igen."
        )
    try:
        public = base64.b64decode(manifest.signer, validate=True)
    except ValueError:
        raise refuse("signaturens nyckel är skadad.") from None
    if len(public) != 32 or not verify(public, signature, message):
        raise refuse("signaturen stämmer inte – filen har ändrats efter att den skrevs.")
    known = trusted_key(s, manifest.desk_id)
    if known is None:
        if not trust_new:
            raise UnknownDesk(path.name, manifest.desk_id, manifest.desk_name, public)
        trust(s, manifest.desk_id, manifest.desk_name, public)
    elif known != public:
        raise refuse(
            f"den säger sig komma från datorn {manifest.desk_name} men är signerad med en annan "
            f"nyckel ({fingerprint(public)}) än den datorn har ({fingerprint(known)})."
        )
