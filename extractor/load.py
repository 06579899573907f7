"""Stage 1: raw bytes to decoded text, the kind of input (HTML or text dump) and an lxml tree."""
from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from html import escape, unescape

from lxml import etree
from lxml import html as lxml_html
from lxml.html.defs import empty_tags as VOID_TAGS

from . import patterns
from .errors import BinaryInput, CorruptInput, EmptyInput, TooComplex, TooLarge
from .model import Options
from .regexcache import compile_regex as rx

MAX_DEPTH = 128          # deeper nesting is flattened (lxml stops at 256, Python code recurses)
MAX_ELEMENTS = 50_000    # HTML elements (after dropping scripts, styles, SVG) the later stages can handle in time
MAX_LINES = 40_000       # non-blank lines of a text dump
# 64K+ characters with no space or markup: a blob (inline base64 image, minified data), not prose. The lookbehind
# starts matches only at the start of a run, which keeps the scan linear (without it, 60K runs cost seconds).
LONG_RUN = rx(r"""(?<![^\s<>"'&])[^\s<>"'&]{65536,}""")
LONG_RUN_MIN = 65536
BLOB_NOTE_CHARS = 1_000_000  # blob characters dropped from which the caller is told
COUNT_ELEMENTS = etree.XPath("count(//*)")
# Labels that browsers (the WHATWG Encoding Standard) read as the wider codec that pages really use.
WHATWG_SUPERSETS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
                    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "sjis": "cp932",
                    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "big5": "big5hkscs", "iso-8859-9": "cp1254",
                    "tis-620": "cp874", "iso-8859-11": "cp874"}
ATTR_NAME = rx(r"[^\s\"'<>/=\x00-\x1f]+")
KEPT_DEEP = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "li", "ul", "ol", "table",
                       "tr", "td", "th", "a", "img", "br"})
NON_CONTENT = ("script", "style", "noscript", "template", "svg", "math", "object", "embed")


@dataclass(frozen=True)
class Loaded:
    """A decoded input: its text, its kind and (for HTML) its parsed tree."""

    text: str
    kind: str                 # "html" or "text"
    encoding: str
    tree: object | None = None  # lxml.html.HtmlElement for HTML
    saved_url: str | None = None  # from a "saved from url=" comment, or the container (MHTML, WARC...)
    notes: tuple[str, ...] = ()  # warnings for the caller (blobs dropped, nesting flattened)


def load(data: bytes | str, options: Options = Options()) -> Loaded:  # noqa: B008 (frozen)
    """Decode, sniff and parse one input; raise InputError for what is not a page."""
    container_url = None
    if isinstance(data, str):
        text, encoding = strip_bad_chars(data), "unicode"
    else:
        raw = limit_size(decompress(data, options.max_bytes), options)
        data, container_url = open_container(raw)
        text, encoding = decode_bytes(data) if isinstance(data, bytes) else (strip_bad_chars(data), "unicode")
    check_text(text)
    shown = without_invisible_marks(text)  # (marks dropped: the parser must read the text, not the bytes)
    marks = shown is not text or "\ufeff" in text  # byte-order marks where files were glued together: no characters
    text = shown.replace("\ufeff", "") if marks else text  # of the page (one in <head> ends it early, one hides a
    # credit line's label)
    decoded = text
    text = drop_long_runs(text)
    dropped = len(decoded) - len(text)
    if options.normalize and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # ("য়" as one code point or two: one form, for search and comparison)
    if not text.strip():
        raise EmptyInput("input holds nothing but runs of characters without spaces")
    kind = "html" if looks_like_html(text) else "text"
    utf8 = data if isinstance(data, bytes) and encoding == "utf-8" and text is decoded and not marks \
        and is_clean_utf8(data, text) else None  # (the parser reads the text, not the bytes, once marks went)
    tree, flattened = parse_flattening(text, utf8) if kind == "html" else (None, False)
    if kind == "html" and tree is None:
        kind = "text"
    check_complexity(text, tree)
    return Loaded(text=text, kind=kind, encoding=encoding, tree=tree,
                  saved_url=container_url or saved_from(text), notes=load_notes(dropped, flattened))


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Reject empty and binary bytes, then decode them."""
    check_bytes(raw)
    return decode(raw)


def open_container(raw: bytes) -> tuple[bytes | str, str | None]:
    """The main page of an MHTML / webarchive / WARC container (and its URL), or the bytes themselves."""
    from .containers import unwrap

    found = unwrap(raw)
    return (raw, None) if found is None else found


def decompress(data: bytes, limit: int = 0) -> bytes:
    """Open gzip (every member) or zstd input transparently; stop after limit+1 bytes (bomb-safe)."""
    if data[:4] == b"\x28\xb5\x2f\xfd":
        return unzstd(data, limit)
    return ungzip(data, limit)


def ungzip(data: bytes, limit: int = 0) -> bytes:
    """Decompress gzip data member by member, never producing more than limit+1 bytes (0: no limit)."""
    if data[:2] != b"\x1f\x8b":
        return data
    out, rest = bytearray(), data
    try:
        while rest[:2] == b"\x1f\x8b" and not (limit and len(out) > limit):
            inflater = zlib.decompressobj(wbits=31)
            out += inflater.decompress(rest, limit + 1 - len(out) if limit else 0)
            if not inflater.eof and not (limit and len(out) > limit):
                raise EOFError("compressed file ended before the end-of-stream marker was reached")
            rest = inflater.unused_data
    except (EOFError, zlib.error) as exc:
        raise CorruptInput(f"corrupt gzip data: {exc}") from exc
    return bytes(out)


def unzstd(data: bytes, limit: int) -> bytes:
    """Decompress zstd data when the optional `zstandard` package is installed."""
    try:
        import zstandard
    except ImportError as exc:
        raise BinaryInput("input is zstd-compressed; install the 'zstandard' package to read it") from exc
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(data)
        return reader.read(limit + 1 if limit else -1)
    except zstandard.ZstdError as exc:
        raise CorruptInput(f"corrupt zstd data: {exc}") from exc


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
    if head.count(b"\x00") > len(head) // 10 and not wide_unicode(head):
        raise BinaryInput("input is binary (NUL bytes), not a web page")


def has_bom(head: bytes) -> bool:
    """True when the bytes start with a Unicode byte-order mark."""
    return head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


def wide_unicode(head: bytes) -> str | None:
    """The UTF-16/32 codec that BOM-less, NUL-rich bytes are written in, as the detector sees it."""
    from bs4.dammit import UnicodeDammit

    found = (UnicodeDammit(head, is_html=True).original_encoding or "").lower().replace("_", "-")
    return found if found.startswith(("utf-16", "utf-32")) else None


def check_text(text: str) -> None:
    """Reject decoded inputs with no visible content."""
    if not text.strip():
        raise EmptyInput("input is empty")
    sample = text[:4096]
    bad = len(patterns.BINARY_CHAR.findall(sample))
    if bad > len(sample) // 5:
        raise BinaryInput("input is binary, not a web page")


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes: BOM, then strict UTF-8, then the declared charset (if it decodes cleanly), then detection."""
    declared = declared_charset(head_bytes(raw))
    wide = None if has_bom(raw[:4]) else wide_unicode(raw[:4096]) if b"\x00" in raw[:4096] else None
    if wide:
        try:
            return strip_bad_chars(raw.decode(wide)), wide
        except UnicodeDecodeError:
            pass
    if not has_bom(raw[:4]):
        try:  # clean UTF-8 wins whatever the page declares (and holds no lone surrogates to strip)
            return raw.decode("utf-8").replace("\x00", "").lstrip("\ufeff"), "utf-8"  # (load drops the marks within)
        except UnicodeDecodeError:
            pass
        lied_utf8 = declared in ("utf-8", "utf8")  # the classic lie: says UTF-8, is Latin-1/cp1252
        if declared in (None, "utf-8", "utf8") and (text := mostly_utf8(raw)) is not None:
            return strip_bad_chars(text), "utf-8"
        for encoding in (declared, legacy_codepage(raw) if lied_utf8 else None):
            if not encoding:
                continue
            try:
                return strip_bad_chars(raw.decode(encoding)), encoding
            except (UnicodeDecodeError, LookupError):
                continue  # a lying <meta charset>: try the next guess
    from bs4.dammit import UnicodeDammit  # imported only when needed: it costs 0.16 s a process

    dammit = UnicodeDammit(raw, is_html=True)
    if dammit.unicode_markup is not None:
        text, encoding = second_opinion(raw, dammit.unicode_markup, dammit.original_encoding or "unknown")
        return strip_bad_chars(text), encoding
    return strip_bad_chars(raw.decode("utf-8", "replace")), "utf-8"


def mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut or a stray surrogate), decoded with U+FFFD for them; else None.

    Only called once strict UTF-8 decoding has failed."""
    text = raw.decode("utf-8", "replace")
    replaced = text.count("\ufffd")
    bad = len(re.findall("\ufffd+", text))  # broken sequences; in Latin-1 text every accented letter is one
    good = len(text) - len(text.encode("ascii", "ignore")) - replaced
    return text if good >= 3 * bad else None


def second_opinion(raw: bytes, text: str, encoding: str) -> tuple[str, str]:
    """Ask charset-normalizer too, and keep its decoding only when it reads strictly less garbled."""
    import charset_normalizer
    from charset_normalizer.md import mess_ratio

    if has_bom(raw[:4]) or encoding.lower().startswith(("utf-16", "utf-32")):
        return text, encoding
    best = charset_normalizer.from_bytes(raw[:200_000]).best()
    if best is None or best.encoding == encoding:
        return text, encoding
    try:
        other = raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return text, encoding
    sample = slice(0, 100_000)
    return (other, best.encoding) if mess_ratio(other[sample]) < mess_ratio(text[sample]) else (text, encoding)


def legacy_codepage(raw: bytes) -> str:
    """The Windows code page a page claiming UTF-8 most likely is, by its <html lang> (what browsers fall back to
    for a locale): "ku", "tr", "az" -> cp1254, Central European -> cp1250, Cyrillic -> cp1251 ...; else cp1252."""
    match = patterns.HTML_LANG.search(raw[:4096])
    lang = match.group(1).decode("ascii", "ignore").lower() if match else ""
    return patterns.LEGACY_CODEPAGES.get(lang, "cp1252")


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
    return WHATWG_SUPERSETS.get(name, name)


def without_invisible_marks(text: str) -> str:
    """The text without the marks a browser shows as nothing inside words (zero-width spaces outside the scripts that
    break words with them, word joiners), written as characters or as references."""
    if "&" in text and patterns.INVISIBLE_ENTITY.search(text):
        text = patterns.INVISIBLE_ENTITY.sub(lambda m: unescape(m.group(0)), text)
    return patterns.INVISIBLE_GLUE.sub("", text) if any(c in text for c in patterns.INVISIBLE_CHARS) else text


def strip_bad_chars(text: str) -> str:
    """Drop NULs, lone surrogates that no encoder or XML parser accepts, and byte-order marks."""
    text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text.replace("\ufeff", "") if "\ufeff" in text else text  # (a byte-order mark pasted mid-file, where
    # concatenated files meet, is no character of the page: one in <head> ends it early, one starts a credit line)


def looks_like_html(text: str) -> bool:
    """Sniff HTML from its markup, not from a file extension."""
    head = text[:8192]
    if patterns.HTML_START.match(head):
        return True
    tags = patterns.HTML_TAG.findall(head)
    return len(tags) >= 3 or (len(tags) >= 1 and len(head.strip()) < 200 and head.lstrip().startswith("<"))


# Every element an lxml.html HtmlElement, chosen in C: lxml.html's own lookup calls Python for each element proxy
# (a sixth of the run time on news pages); the form-element subclasses it adds are never used here.
FAST_LOOKUP = etree.ElementDefaultClassLookup(element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
                                              pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity)


def is_clean_utf8(raw: bytes, text: str) -> bool:
    """True when text is exactly raw decoded as UTF-8 (no byte-order mark first, nothing replaced): the parser may
    read the bytes themselves (0.3-0.5 ms a page less than handing it the str, which it re-encodes)."""
    return not raw.startswith(b"\xef\xbb\xbf") and b"\x00" not in raw and "\ufffd" not in text


def parse_html(text: str, utf8: bytes | None = None) -> object | None:
    """Parse HTML with lxml's forgiving parser (no huge trees, no entity expansion); None when nothing usable.
    utf8: the same document as UTF-8 bytes, parsed instead of the text when given."""
    return parse_flattening(text, utf8)[0]


def parse_flattening(text: str, utf8: bytes | None = None) -> tuple[object | None, bool]:
    """(parse_html's tree, whether nesting deeper than MAX_DEPTH had to be flattened for it)."""
    text = patterns.XML_DECLARATION.sub("", text, count=1)
    try:
        tree, too_deep = parse_once(text) if utf8 is None else parse_once(utf8)
        if too_deep:
            tree, _ = parse_once(flatten_nesting(text))
        return repair_misnesting(tree), too_deep
    except (ValueError, TypeError, RecursionError, etree.ParserError):
        return None, False


def repair_misnesting(tree: object) -> object:
    """Close a paragraph or a bold/italic run left open before a block, as an HTML5 parser does: libxml2 nests the
    rest of the page inside an unclosed "<p>Autor: <strong>X" (the story, its teasers and comments in one <strong>);
    the blocks are moved out after it, in order, the text kept."""
    for el in reversed(list(tree.iter(*patterns.MISNESTED_TAGS))):
        first = next((n for n, child in enumerate(el) if child.tag in patterns.BLOCK_TAGS), None)
        parent = el.getparent()
        if first is None or parent is None:
            continue
        moved, tail = list(el)[first:], el.tail
        el.tail = None
        at = parent.index(el)
        for n, child in enumerate(moved, 1):
            parent.insert(at + n, child)  # (insert moves the element, with its tail)
        moved[-1].tail = (moved[-1].tail or "") + (tail or "") or None
    return tree


def fast_parser(encoding: str | None = None) -> object:
    """lxml's HTML parser (no huge trees, comments or PIs, no network) with the C-level element class lookup."""
    parser = lxml_html.HTMLParser(huge_tree=False, remove_pis=True, remove_comments=True, no_network=True,
                                  encoding=encoding)
    parser.set_element_class_lookup(FAST_LOOKUP)
    return parser


def parse_once(text: str | bytes) -> tuple[object, bool]:
    """One lxml parse (of UTF-8 bytes, or of text); also tells whether libxml2 stopped at its nesting limit (and so
    dropped the rest)."""
    parser = fast_parser("utf-8" if isinstance(text, bytes) else None)
    tree = lxml_html.document_fromstring(text, parser=parser)
    return tree, any("Excessive depth" in entry.message for entry in parser.error_log)


def flatten_nesting(text: str) -> str:
    """Re-serialize HTML with every tag nested deeper than MAX_DEPTH dropped (its text kept)."""
    parser = etree.HTMLParser(target=Flattener(MAX_DEPTH), no_network=True)
    return etree.fromstring(text, parser)  # type: ignore[return-value]


def drop_long_runs(text: str) -> str:
    """Drop runs of 64K+ characters with no space or markup (data URIs, blobs): no stage can use them."""
    if not may_hold_long_run(text):
        return text
    return LONG_RUN.sub("", text)


def load_notes(dropped: int, flattened: bool) -> tuple[str, ...]:
    """What the caller should hear about an input that loaded: megabytes of blob dropped (inline images of a few
    hundred kilobytes are routine: no word), nesting flattened."""
    notes = [f"dropped {dropped:,} characters in runs without spaces"] if dropped > BLOB_NOTE_CHARS else []
    return (*notes, *([f"nesting deeper than {MAX_DEPTH} levels was flattened"] if flattened else []))


def may_hold_long_run(text: str) -> bool:
    """Whether LONG_RUN occurs, looking only near aligned 32K windows with no space or '<' (a 64K run covers one)."""
    half = LONG_RUN_MIN // 2
    for i in range(0, len(text) - half + 1, half):
        window = text[i:i + half]
        # a run over this window starts after the previous window (or that one would have been caught): search
        # only where it can be, not the whole page (measured: 62 ms on a 1.5 MB page with a spaceless window)
        if " " not in window and "<" not in window and LONG_RUN.search(text, max(0, i - half), i + half + LONG_RUN_MIN):
            return True
    return False


def check_complexity(text: str, tree: object | None) -> None:
    """Refuse inputs too big for the later stages to finish in time: too many elements or lines."""
    if tree is None:
        lines = sum(1 for line in text.splitlines() if line.strip())
        if lines > MAX_LINES:
            raise TooComplex(f"text has {lines:,} non-blank lines, over the limit of {MAX_LINES:,}")
        return
    count = count_elements(tree)
    if count > MAX_ELEMENTS:
        for node in list(tree.iter(*NON_CONTENT)):  # type: ignore[attr-defined]
            if node.getparent() is not None:
                node.drop_tree()
        count = count_elements(tree)
    if count > MAX_ELEMENTS:
        raise TooComplex(f"page has {count:,} HTML elements, over the limit of {MAX_ELEMENTS:,}")


def count_elements(tree: object) -> int:
    """Number of elements in an lxml tree."""
    return int(COUNT_ELEMENTS(tree))  # in C: a Python loop over the tree cost 0.3 ms a page


def saved_from(text: str) -> str | None:
    """The URL in a browser's '<!-- saved from url=(0042)https://... -->' comment."""
    match = patterns.SAVED_FROM.search(text[:2048])
    return match.group(1) if match else None


class Flattener:
    """An lxml parser target that writes HTML back out, dropping the tags opened deeper than a depth limit.

    Text is never dropped; paragraphs, headings, lists and tables may open up to 16 levels deeper.
    """

    def __init__(self, max_depth: int) -> None:
        self.max_depth, self.depth = max_depth, 0
        self.out: list[str] = []
        self.kept: list[bool] = []  # for every open tag, whether it was written

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        """Write the tag while the written depth is under the limit."""
        room = self.max_depth + (16 if tag in KEPT_DEEP else 0)  # paragraphs and headings survive a bit deeper
        keep = self.depth < room and isinstance(tag, str)
        self.kept.append(keep)
        if keep:
            self.depth += 1
            attrs = "".join(f' {k}="{escape(v)}"' for k, v in attrib.items() if ATTR_NAME.fullmatch(k))
            self.out.append(f"<{tag}{attrs}>")

    def end(self, tag: str) -> None:
        """Close the tag if it was written."""
        if self.kept and self.kept.pop():
            self.depth -= 1
            if tag not in VOID_TAGS:
                self.out.append(f"</{tag}>")

    def data(self, data: str) -> None:
        """Text is kept, escaped."""
        self.out.append(escape(data, quote=False))

    def comment(self, text: str) -> None:
        """Comments are kept (a "saved from" comment carries the URL)."""
        self.out.append(f"<!--{text}-->")

    def close(self) -> str:
        """The flattened HTML."""
        return "".join(self.out)
