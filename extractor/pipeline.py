"""Dispatch a loaded input to the HTML path or the text-dump path."""
from __future__ import annotations

from dataclasses import replace

from . import patterns as P
from .bare import bare_text_page, inner_text
from .load import Loaded
from .model import Document, Options
from .text_meta import tidied_outlet


def run(loaded: Loaded, *, url: str | None, options: Options) -> Document:
    """Run the stages for the kind of input that was sniffed; the publisher's name tidied the same way for both."""
    if loaded.kind == "html" and loaded.tree is not None and bare_text_page(loaded.tree):
        doc = bare_page(loaded.tree, url=url, options=options)
    elif loaded.kind == "html":
        from .htmlpath import extract_html

        doc = extract_html(loaded.tree, url=url, options=options, source=loaded.text)
    else:
        from .textdump import extract_text_dump

        doc = extract_text_dump(loaded.text, url=url, options=options)
    publisher, title = tidied_outlet(doc.publisher), clean_title(doc.title)
    doc = doc if (publisher, title) == (doc.publisher, doc.title) else replace(doc, publisher=publisher, title=title)
    return with_teaser_outlets_uncounted(doc)


def clean_title(title: str | None) -> str | None:
    """The headline without the soft hyphens a hyphenation plugin puts in its long words ("Mec\xadidi\xadyede") or
    the direction marks that open or close it (an RLM after an Arabic headline); a mark inside it stays."""
    if not title:
        return title
    return title.replace("\xad", "").strip(P.BIDI_MARKS).strip() or title


def with_teaser_outlets_uncounted(doc: Document) -> Document:
    """The teasers' outlets without the read count their cards glue on ("Shekou Expat CircleViews 8,530", "佛山城事阅读
    9632"): both paths."""
    if not any(t.publisher and P.VIEW_COUNT_TAIL.search(t.publisher) for t in doc.related):
        return doc
    related = tuple(replace(t, publisher=P.VIEW_COUNT_TAIL.sub("", t.publisher).strip() or None)
                    if t.publisher else t for t in doc.related)
    return replace(doc, related=related)


def bare_page(tree: object, *, url: str | None, options: Options) -> Document:
    """A page of loose text between <br>s, read as the dump it renders to; its address, site and language from its
    markup."""
    from .metadata import extract_metadata
    from .textdump import extract_text_dump

    doc = extract_text_dump(inner_text(tree), url=url, options=options)
    meta = extract_metadata(tree, url)
    return replace(doc, input_format="html", url=doc.url or meta.url, site=doc.site or meta.site,
                   language=doc.language or meta.language)
