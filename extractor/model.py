"""The document model: frozen dataclasses that every stage returns and every renderer reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list", "quote", "table", "code", "image"]
Role = Literal["title", "byline", "body", "related", "comment", "promo", "chrome", "noise"]


@dataclass(frozen=True)
class Options:
    """Everything that changes what extract() returns; one typed object passed down the pipeline."""

    links: bool = False            # keep hyperlinks in the Markdown body
    images: bool = False           # keep images (with alt text) in the body
    tables: bool = True            # keep tables in the body
    comments: bool = True          # collect comments into Document.comments
    explain: bool = False          # record the role and rule of every block
    url: str | None = None         # URL of the page, when known from outside
    max_bytes: int = 50 * 1024 * 1024  # refuse inputs larger than this
    truncate: bool = False         # truncate (instead of refuse) inputs larger than max_bytes
    engine: str = "own"            # body stage: "own" (extractor.walk) or "trafilatura" (its main-body extraction)
    normalize: bool = False        # compose the text to Unicode NFC (canonically the same characters; off: as written)


@dataclass(frozen=True)
class Link:
    """A hyperlink inside a block: its anchor text and target."""

    text: str
    href: str


@dataclass(frozen=True)
class Block:
    """One structural block of the article body."""

    kind: BlockKind
    text: str = ""                       # plain text (for lists: items joined by newlines)
    level: int = 0                       # heading level 1-6
    items: tuple[str, ...] = ()          # list items
    ordered: bool = False                # numbered list
    rows: tuple[tuple[str, ...], ...] = ()  # table rows, first row is the header
    src: str | None = None               # image source
    links: tuple[Link, ...] = ()         # links found in the block


@dataclass(frozen=True)
class Teaser:
    """A related-story teaser: title plus whatever the page shows with it."""

    title: str
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Comment:
    """A reader comment."""

    text: str
    author: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Decision:
    """Why a block got its role: shown by --explain."""

    text: str
    role: str
    rule: str
    where: str = ""


@dataclass(frozen=True)
class Metadata:
    """Page metadata found before the body is chosen."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    site: str | None = None
    published: str | None = None
    published_iso: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    listing: bool = False  # the page declares itself a list (JSON-LD CollectionPage): its title names the list


@dataclass(frozen=True)
class Document:
    """The result of extract(): the article, its metadata, and what was set aside."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    site: str | None = None
    published: str | None = None
    published_iso: str | None = None
    url: str | None = None
    language: str | None = None
    body: tuple[Block, ...] = ()
    related: tuple[Teaser, ...] = ()
    comments: tuple[Comment, ...] = ()
    promos: tuple[str, ...] = ()
    input_format: str = "html"
    explain: tuple[Decision, ...] = field(default=(), compare=False)
    warnings: tuple[str, ...] = field(default=(), compare=False)  # what loading had to change (nesting flattened...)

    @property
    def text(self) -> str:
        """The plain body: blocks separated by a blank line."""
        return "\n\n".join(block_text(b) for b in self.body if block_text(b))

    @property
    def has_article(self) -> bool:
        """True when a body was found."""
        return bool(self.text.strip())


def block_text(block: Block) -> str:
    """Plain text of one block, as used in Document.text."""
    if block.kind == "list":
        return "\n".join(block.items)
    if block.kind == "table":
        return "\n".join(" | ".join(r) for r in block.rows)
    if block.kind == "image":
        return block.text
    return block.text
