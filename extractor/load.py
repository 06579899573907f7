"""Stage 1: raw bytes to decoded text, the kind of input (HTML or text dump) and an lxml tree."""
from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from . import patterns
from .errors import BinaryInput, EmptyInput, InputError, TooLarge
from .model import Options


@dataclass(frozen=True)
class Loaded:
    """A decoded input: its text, its kind and (for HTML) its parsed tree."""

    text: str
    kind: str                 # "html" or "text"
    encoding: str
    tree: object | None = None  # lxml.html.HtmlElement for HTML
    saved_url: str | None = None  # from a "saved from url=" comment


def load(data: bytes | str, options: Options = Options()) -> Loaded:  # noqa: B008 (frozen)
    """Decode, sniff and parse one input; raise InputError for what is not a page."""
    if isinstance(data, str):
        text, encoding = strip_bad_chars(data), "unicode"
        check_text(text)
    else:
        raw = limit_size(ungzip(data), options)
        check_bytes(raw)
        text, encoding = decode(raw)
        check_text(text)
    kind = "html" if looks_like_html(text) else "text"
    tree = parse_html(text) if kind == "html" else None
    if kind == "html" and tree is None:
        kind = "text"
    return Loaded(text=text, kind=kind, encoding=encoding, tree=tree, saved_url=saved_from(text))


def ungzip(data: bytes) -> bytes:
    """Open gzip (or zlib) compressed input transparently."""
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"corrupt gzip data: {exc}", "CorruptInput") from exc
    return data


def limit_size(data: bytes, options: Options) -> bytes:
    """Refuse (or truncate, if asked) inputs over options.max_bytes."""
    if options.max_bytes and len(data) > options.max_bytes:
        if not options.truncate:
            raise TooLarge(f"input is {len(data):,} bytes, over the limit of {options.max_bytes:,} (--max-bytes)")
        return data[: options.max_bytes]
    return data


def check_bytes(raw: bytes) -> None:
    """Reject empty and binary inputs (images, PDFs, archives) before decoding."""
    if not raw.strip():
        raise EmptyInput("input is empty")
    for magic, name in patterns.BINARY_MAGIC:
        if raw.startswith(magic):
            raise BinaryInput(f"input is binary ({name}), not a web page")
    head = raw[:4096]
    if has_bom(head):
        return
    if head.count(b"\x00") > len(head) // 10:
        raise BinaryInput("input is binary (NUL bytes), not a web page")


def has_bom(head: bytes) -> bool:
    """True when the bytes start with a Unicode byte-order mark."""
    return head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))


def check_text(text: str) -> None:
    """Reject decoded inputs with no visible content."""
    if not text.strip():
        raise EmptyInput("input is empty")
    sample = text[:4096]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    if bad > len(sample) // 5:
        raise BinaryInput("input is binary, not a web page")


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes: BOM, then strict UTF-8, then the declared charset (if it decodes cleanly), then detection."""
    from bs4.dammit import UnicodeDammit

    declared = declared_charset(head_bytes(raw))
    if not has_bom(raw[:4]):
        lied_utf8 = declared in ("utf-8", "utf8")  # the classic lie: says UTF-8, is Latin-1/cp1252
        for encoding in ("utf-8", declared, "cp1252" if lied_utf8 else None):
            if not encoding:
                continue
            try:
                return strip_bad_chars(raw.decode(encoding)), encoding
            except (UnicodeDecodeError, LookupError):
                continue  # a lying <meta charset>: try the next guess
    dammit = UnicodeDammit(raw, is_html=True)
    if dammit.unicode_markup is not None:
        return strip_bad_chars(dammit.unicode_markup), dammit.original_encoding or "unknown"
    return strip_bad_chars(raw.decode("utf-8", "replace")), "utf-8"


def head_bytes(raw: bytes) -> bytes:
    """The bytes where a charset declaration may stand: up to </head> (big inline scripts included), at most 64 KB."""
    end = raw.find(b"</head", 0, 65536)
    return raw[: end if end > 0 else 4096]


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its <meta> tags, if any."""
    match = patterns.META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").strip().lower()
    return {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}.get(name, name)


def strip_bad_chars(text: str) -> str:
    """Drop NULs and lone surrogates that no encoder or XML parser accepts."""
    text = text.replace("\x00", "")
    if re.search("[\ud800-\udfff]", text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text.lstrip("\ufeff")


def looks_like_html(text: str) -> bool:
    """Sniff HTML from its markup, not from a file extension."""
    head = text[:8192]
    if patterns.HTML_START.match(head):
        return True
    tags = patterns.HTML_TAG.findall(head)
    return len(tags) >= 3 or (len(tags) >= 1 and len(head.strip()) < 200 and head.lstrip().startswith("<"))


def parse_html(text: str) -> object | None:
    """Parse HTML with lxml's forgiving parser; None when nothing usable comes out."""
    text = patterns.XML_DECLARATION.sub("", text, count=1)
    try:
        return lxml_html.document_fromstring(text)
    except (ValueError, TypeError, RecursionError, etree.ParserError):
        return None


def saved_from(text: str) -> str | None:
    """The URL in a browser's '<!-- saved from url=(0042)https://... -->' comment."""
    match = patterns.SAVED_FROM.search(text[:2048])
    return match.group(1) if match else None
