"""Builders for saved-page containers, made with the real libraries (warcio, stdlib email, plistlib)."""
from __future__ import annotations

import io
import plistlib
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

SENTENCE = "Die Stadtbibliothek öffnet am Montag wieder, nach zwei Jahren Umbau."
SECOND = "Der Umbau kostete mehr als geplant, aber die Leser freuen sich über die neuen Räume."
THIRD = "Die Öffnungszeiten bleiben gleich, teilte die Stadt mit."


def article(title: str = "Die Bibliothek öffnet", paras: tuple[str, ...] = (SENTENCE, SECOND, THIRD),
            head: str = '<meta charset="utf-8">') -> str:
    """A small article page with navigation and a footer around it."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>{body}</article>"
            "<footer>© 2024 Stadt</footer></body></html>")


def warc(pages: list[tuple[str, bytes]], gzip: bool = True, extras: bool = True) -> bytes:
    """A WARC written by warcio: warcinfo, then a request + response per page, plus a PNG response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    if extras:
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    for url, payload in pages:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    if extras:
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\0" * 32),
                                                      http_headers=png))
    return buf.getvalue()


def mhtml(html: str, url: str, charset: str | None = None) -> bytes:
    """A multipart/related MHTML file laid out as Chrome's "Save as single file" writes it."""
    root = MIMEMultipart("related", boundary="----MultipartBoundary--hFhVq3e0JbqLy0Hb1NBpRWeCPZFDv8xH----",
                         type="text/html")
    for name, value in (("From", "<Saved by Blink>"), ("Snapshot-Content-Location", url),
                        ("Subject", "Die Bibliothek öffnet"), ("Date", "Mon, 3 Jun 2024 10:00:00 -0000")):
        root[name] = value
    page = MIMEText(html, "html", charset or "utf-8")
    if charset is None:
        page.set_param("charset", None)  # Chrome writes a bare `text/html`
        del page["Content-Type"]
        page["Content-Type"] = "text/html"
    del page["Content-Transfer-Encoding"]
    page.set_payload(quopri_encode(html.encode(charset or "utf-8")))
    page["Content-Transfer-Encoding"] = "quoted-printable"
    page["Content-ID"] = "<frame-6C1F3C7A1D2E@mhtml.blink>"
    page["Content-Location"] = url
    root.attach(page)
    css = MIMEText("body { margin: 0 }", "css")
    css["Content-Location"] = "cid:css-1@mhtml.blink"
    root.attach(css)
    image = MIMEBase("image", "png")
    image.set_payload(b"\x89PNG\r\n\x1a\n")
    from email import encoders

    encoders.encode_base64(image)
    image["Content-Location"] = "https://example.org/logo.png"
    root.attach(image)
    return root.as_bytes()


def quopri_encode(data: bytes) -> str:
    """Quoted-printable text, as the stdlib writes it."""
    import quopri

    return quopri.encodestring(data).decode("ascii")


def webarchive(html: bytes, url: str, encoding: str | None = "UTF-8") -> bytes:
    """A Safari .webarchive: a binary property list with the page as WebMainResource."""
    main = {"WebResourceData": html, "WebResourceMIMEType": "text/html", "WebResourceURL": url,
            "WebResourceFrameName": ""}
    if encoding:
        main["WebResourceTextEncodingName"] = encoding
    sub = [{"WebResourceData": b"\x89PNG\r\n\x1a\n", "WebResourceMIMEType": "image/png",
            "WebResourceURL": "https://example.org/logo.png"}]
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": sub}, fmt=plistlib.FMT_BINARY)
