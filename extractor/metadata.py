"""Stage: page metadata from <meta> tags, JSON-LD and the document head (no body heuristics here)."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from urllib.parse import urlparse

from . import patterns
from .model import Metadata

ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "webpage", "report", "scholarlyarticle", "techarticle", "liveblogposting",
                 "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting", "posting"}

LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage"}  # a digest, a story cluster, a feed page


def extract_metadata(tree: object, url: str | None = None) -> Metadata:
    """Read title, author, publisher, site, dates, URL and language from the page's own declarations."""
    metas = meta_map(tree)
    ld, listing = json_ld_article(tree)
    page_url = url or first(metas.get("og:url"), lambda: canonical(tree))
    site = first(metas.get("og:site_name"), metas.get("application-name"), lambda: title_suffix(tree),
                 lambda: host_name(page_url))
    publisher = ld_name(ld.get("publisher"))
    if not publisher or site and same_name(publisher, site):  # the aggregator's own name: the story's source, if any
        publisher = ld_name(ld.get("sourceOrganization")) or publisher
    if publisher and site and same_name(publisher, site):
        publisher = None
    return Metadata(
        title=clean(first(ld.get("headline"), post_title(metas.get("og:title")), post_title(metas.get("twitter:title")),
                           lambda: title_tag(tree, site))),
        author=person_name(ld.get("author")) or clean(metas.get("author") or metas.get("article:author")),
        publisher=clean(publisher),
        site=clean(site),
        published_iso=clean(first(ld.get("datePublished"), metas.get("article:published_time"),
                                  metas.get("og:published_time"), metas.get("date"), metas.get("dc.date"),
                                  metas.get("pubdate"), lambda: time_datetime(tree))),
        url=page_url,
        language=clean(first(tree.get("lang"), metas.get("og:locale"), metas.get("content-language"),
                             metas.get("language"))),
        description=clean(first(metas.get("og:description"), metas.get("description"))),
        listing=listing,
    )


def meta_map(tree: object) -> dict[str, str]:
    """All <meta name|property|http-equiv content> pairs, lower-cased keys, first one wins."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "")
        value = meta.get("content")
        if key and value and key.lower() not in found:
            found[key.lower()] = value.strip()
    return found


def json_ld_article(tree: object) -> tuple[dict, bool]:
    """The first JSON-LD object of an article type (searching @graph and lists), or {}; and whether, lacking one, the
    page declares itself a list of items (a CollectionPage, an ItemList: a digest or a story cluster)."""
    listing = False
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for obj in walk_ld(data):
            types = obj.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(str(t).lower() in ARTICLE_TYPES for t in names):
                return obj, False
            listing = listing or any(str(t).lower() in LISTING_TYPES for t in names)
    return {}, listing


def walk_ld(data: object, depth: int = 0) -> Iterator[dict]:
    """Every dict in a JSON-LD document, breadth of @graph and lists included."""
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from walk_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from walk_ld(data["@graph"], depth + 1)


def ld_name(value: object) -> str | None:
    """The name of a JSON-LD Organization/Person, a string or a list of them."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def person_name(value: object) -> str | None:
    """Author names from JSON-LD (only Persons; organisations are outlets, not authors)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        kinds = item.get("@type", "Person") if isinstance(item, dict) else None
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if isinstance(item, dict) and any(str(k).lower() == "person" for k in kinds):
            names.append(ld_name(item))
        elif isinstance(item, str):
            names.append(item)
    names = [n.strip() for n in names if n and n.strip()]
    return ", ".join(dict.fromkeys(names)) or None


def canonical(tree: object) -> str | None:
    """The <link rel=canonical> href."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href").strip()
    return None


def post_title(title: str | None) -> str | None:
    """A declared title, unless it only names a social post's poster ("Coastline Digest (@digest@tidewater.social)")."""
    return None if title and patterns.PROFILE_TITLE.search(title) else title


def title_tag(tree: object, site: str | None) -> str | None:
    """<title> without a ' | Site' / ' - Site' suffix (a social post's: its quoted text), else the first <h1>."""
    node = tree.find(".//title")
    text = node.text_content().strip() if node is not None else ""
    if text and (quoted := patterns.POST_QUOTE_TITLE.match(text)) is not None:
        return quoted.group("text").strip()
    if text:
        return strip_site_suffix(text, site)
    h1 = tree.find(".//h1")
    return h1.text_content().strip() if h1 is not None else None


def title_suffix(tree: object) -> str | None:
    """The site name a <title> ends with ("Story - Noticias Ya"): a short last part after a separator."""
    node = tree.find(".//title")
    parts = patterns.TITLE_SEPARATOR.split(node.text_content().strip()) if node is not None else []
    if len(parts) > 1 and 2 <= len(parts[-1].strip()) < 30 and len(parts[0]) > 20 \
            and not patterns.ISSUE_NUMBER.match(parts[-1]):
        return parts[-1].strip()  # (a newsletter's "– n. 214" is its issue, not a site)
    return None


def strip_site_suffix(title: str, site: str | None) -> str:
    """Drop the site name glued to a <title> with a separator."""
    parts = patterns.TITLE_SEPARATOR.split(title)
    if len(parts) > 1:
        if site and same_name(parts[-1], site):
            return title[: title.rfind(parts[-1])].rstrip(" |-–—:·»").strip()
        if len(parts[-1]) < 30 and len(parts[0]) > 20 and not patterns.ISSUE_NUMBER.match(parts[-1]):
            return parts[0].strip()  # (an issue number stays: "Newsletter of the Club – n. 214" is one name)
    return title.strip()


def time_datetime(tree: object) -> str | None:
    """The datetime attribute of the first <time> element."""
    for node in tree.iter("time"):
        if node.get("datetime"):
            return node.get("datetime")
    return None


def host_name(url: str | None) -> str | None:
    """www-less host of a URL."""
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def same_name(a: str, b: str) -> bool:
    """Names equal up to case, spaces and punctuation."""
    return re.sub(r"\W+", "", a.casefold()) == re.sub(r"\W+", "", b.casefold())


def first(*values: str | None | Callable[[], str | None]) -> str | None:
    """The first non-empty string; a callable is called only when every value before it is empty (a lookup in the
    tree is made only when the page declares nothing before it)."""
    for value in values:
        if callable(value):
            value = value()
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def clean(value: str | None) -> str | None:
    """Collapse whitespace; None for empty."""
    if not value:
        return None
    value = re.sub(r"\s+", " ", str(value)).strip()
    return value or None
