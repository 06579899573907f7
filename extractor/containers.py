"""Saved-page containers sniffed from bytes: MHTML (stdlib email), Safari .webarchive (plistlib), WARC (warcio)."""
from __future__ import annotations

import io
import plistlib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import CorruptInput, EmptyInput

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Part:
    """One document inside a container: where it is, its bytes (or text), its URL and a standalone copy."""

    subpath: str                 # "file.warc.gz#urn:uuid:..." for WARC records, the path itself otherwise
    data: bytes | str            # the page: HTML payload (decoded to str when the container names its charset)
    url: str | None = None       # WARC-Target-URI, MHTML Content-Location, webarchive WebResourceURL
    raw: bytes = b""             # a one-document container holding only this part (what the CLI feeds extract)


def sniff(data: bytes) -> str | None:
    """The container format of (already gunzipped) bytes: "warc", "mhtml", "webarchive" or None."""
    head = data[:8192].lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"bplist00") and b"WebMainResource" in data:
        return "webarchive"
    if is_mhtml(head):
        return "mhtml"
    return None


def is_mhtml(head: bytes) -> bool:
    """True for a MIME message whose header block declares a multipart/related body."""
    ends = [i for i in (head.find(b"\n\n"), head.find(b"\r\n\r\n")) if i > 0]
    end = min(ends) if ends else -1
    if end < 0 or head.startswith(b"<"):
        return False
    headers = head[:end].lower()
    return b"mime-version:" in headers and b"multipart/related" in headers


def unwrap(data: bytes) -> tuple[bytes | str, str | None] | None:
    """The main page and its URL when data is a container (the first HTML record of a WARC); None otherwise."""
    kind = sniff(data)
    if kind is None:
        return None
    parts = PARSERS[kind](data, "")
    if not parts:
        raise EmptyInput(f"the {NAMES[kind]} holds no HTML page")
    return parts[0].data, parts[0].url


def split_container(data: bytes, path: str) -> list[Part]:
    """Every document in data: one Part per HTML record of a WARC, the main page of MHTML/webarchive, else data."""
    from .load import ungzip

    plain = ungzip(data, 0)
    kind = sniff(plain)
    if kind is None:
        return [Part(path, data, None, data)]
    return PARSERS[kind](plain if kind != "warc" else data, path)


def warc_parts(data: bytes, path: str) -> list[Part]:
    """One Part per `response`/`resource` record with an HTML payload, in file order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    parts: list[Part] = []
    iterator = ArchiveIterator(io.BytesIO(data), no_record_parse=False)
    try:
        for record in iterator:
            part = warc_part(record, path)
            if part is None:
                continue
            offset, length = iterator.get_record_offset(), iterator.get_record_length()
            parts.append(Part(part.subpath, part.data, part.url, data[offset:offset + length]))
    except (ArchiveLoadFailed, ValueError, EOFError, OSError) as exc:
        if not parts:
            raise CorruptInput(f"corrupt WARC file: {exc}") from exc
    return parts


def warc_part(record: object, path: str) -> Part | None:
    """A Part for one WARC record if it carries an HTML page, else None (the record is read to its end)."""
    rec_type = getattr(record, "rec_type", "")
    if rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers if rec_type == "response" else record.rec_headers  # type: ignore[attr-defined]
    content_type = (headers.get_header("Content-Type") or "") if headers else ""
    payload = record.content_stream().read()  # type: ignore[attr-defined]
    if not is_html_payload(content_type, payload):
        return None
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")  # type: ignore[attr-defined]
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    return Part(f"{path}#{record_id}", payload, url or None)


def is_html_payload(content_type: str, payload: bytes) -> bool:
    """True when the declared type is HTML, or no type is declared and the payload starts like markup."""
    mime = content_type.split(";")[0].strip().lower()
    if mime:
        return mime in HTML_TYPES
    return payload.lstrip()[:1] == b"<"


def mhtml_parts(data: bytes, path: str) -> list[Part]:
    """The main text/html part of an MHTML file ("Save as single file"), with its Content-Location as URL."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart():
        raise CorruptInput("MHTML file without parts")
    for part in message.walk():
        if part.get_content_type() in HTML_TYPES and not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            url = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            text = decode_declared(payload, part.get_content_charset())
            return [Part(path, text, str(url).strip() if url else None, data)]
    return []


def webarchive_parts(data: bytes, path: str) -> list[Part]:
    """The WebMainResource of a Safari .webarchive (a binary property list)."""
    try:
        archive = plistlib.loads(data)
        main = archive["WebMainResource"]
        payload, url = main["WebResourceData"], main.get("WebResourceURL")
    except (plistlib.InvalidFileException, KeyError, TypeError, ValueError, OverflowError) as exc:
        raise CorruptInput(f"corrupt webarchive: {exc}") from exc
    if not isinstance(payload, bytes):
        raise CorruptInput("corrupt webarchive: WebResourceData is not data")
    text = decode_declared(payload, main.get("WebResourceTextEncodingName"))
    return [Part(path, text, url if isinstance(url, str) else None, data)]


def decode_declared(payload: bytes, charset: object) -> bytes | str:
    """Decode with the charset the container names if it decodes cleanly; else the bytes, for detection."""
    if not isinstance(charset, str) or not charset:
        return payload
    try:
        return payload.decode(charset.strip().strip('"'))
    except (LookupError, UnicodeDecodeError):
        return payload


PARSERS = {"warc": warc_parts, "mhtml": mhtml_parts, "webarchive": webarchive_parts}
NAMES = {"warc": "WARC file", "mhtml": "MHTML file", "webarchive": "web archive"}


def holds_several(path: str) -> bool:
    """True when the file at path is a WARC (plain or gzipped), which may hold several documents."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError:
        return False
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip()[:5] == b"WARC/"


def split_file(path: str) -> list[Part] | None:
    """The Parts of a WARC file on disk (read as a stream), or None for any other (or unreadable) file."""
    if not holds_several(path):
        return None
    try:
        with open(path, "rb") as handle, open(path, "rb") as raw:
            return list(stream_warc(handle, raw, path))
    except (OSError, CorruptInput):
        return None  # reading it again as one input gives the user the error


def stream_warc(handle: BinaryIO, raw: BinaryIO, path: str) -> Iterator[Part]:
    """Parts of a WARC read from a file; each Part's raw bytes are read back with a second handle."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    iterator = ArchiveIterator(handle)
    try:
        for record in iterator:
            part = warc_part(record, path)
            if part is not None:
                raw.seek(iterator.get_record_offset())
                yield Part(part.subpath, b"", part.url, raw.read(iterator.get_record_length()))
    except (ArchiveLoadFailed, ValueError, EOFError) as exc:
        raise CorruptInput(f"corrupt WARC file: {exc}") from exc
