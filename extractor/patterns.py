"""Heuristics as data: every regex and word list the pipeline uses, each with the real pattern it catches.

Rules key on structure and generic phrases only: never on a brand, a domain or a benchmark sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property, lru_cache

from .regexcache import compile_regex as rx
from .regexcache import remember

# ----------------------------------------------------------------------------- loading

# Characters that do not occur in text: the replacement character (undecodable bytes) and C0 controls other than
# tab and line breaks. Many of them in the first 4 KB mean a binary file.
BINARY_CHAR = rx("[\ufffd\x00-\x08\x0b\x0e-\x1f]")

# Magic numbers of binary files people pass by mistake (images, PDFs, archives, office files).
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "zip archive"), (b"RIFF", "RIFF media"),
    (b"\x7fELF", "ELF executable"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7z archive"), (b"\x00\x00\x01\x00", "icon"), (b"wOFF", "web font"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"), (b"OggS", "Ogg media"), (b"ID3", "MP3 audio"),
)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
META_CHARSET = rx(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE)
# A document that starts like HTML (doctype, <html>, <head>, XML prolog, comment before doctype).
# Saved pages also start with a bare <style>, <script>, <meta> or <link> before any <html> (CMS fragments).
HTML_START = rx(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|style|script|meta|link"
                        r"|title|base)\b", re.IGNORECASE | re.DOTALL)
# Common HTML tags anywhere in the head of a fragment.
HTML_TAG = rx(r"</?(p|div|span|a|h[1-6]|ul|ol|li|br|article|section|table|img|meta|title|script)\b[^>]*>", re.IGNORECASE)
XML_DECLARATION = rx(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Internet Explorer / Chrome "Save as": <!-- saved from url=(0042)https://example.com/a -->
# The words of a button that leads to the original story (Yahoo-like "caas-continue": a logo, "Continue reading").
ORIGIN_LINK_TEXT = rx(r"continue reading|read (the )?(full|whole|original) (story|article)|full story|original (story|article)|"
                      r"weiterlesen|lire la suite|seguir leyendo|continua a leggere|continue lendo|leia mais|verder lezen|"
                      r"czytaj dalej|čtěte dál|читать далее|devamını oku|läs mer hos|les mer hos|læs mere hos",
                      re.IGNORECASE)
SAVED_FROM = rx(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)


def phrases(*words: str) -> Gated:
    """A whole-line matcher for section headers (case-insensitive, optional trailing colon/arrow)."""
    body = "|".join(words)
    count = r"(\s*[(（\[]?\s*\d+\s*(件|条|개|건|条评论)?\s*[)）\]]?)?"  # "コメント 4件", "Comments (12)", "评论(3)"
    return Gated(rx(r"^\s*(?:" + body + r")" + count + r"\s*[:：.…»›>→\-–—]*\s*$", re.IGNORECASE))


class Gated:
    """A start-anchored regex behind a C-speed gate: a line that starts with none of the literal words every match
    starts with ("related", "more ", "you ") is refused without running the regex.

    A long alternation fails slowly (each alternative is tried in turn): RELATED_HEADER took 10.9 us on a
    ScrapingHub line that is no header. Case-insensitive gates only judge ASCII lines (case folding elsewhere is
    the regex's business); a pattern that may start with a non-literal gets no gate.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.regex = pattern.pattern, pattern
        self.folded = bool(pattern.flags & re.IGNORECASE)

    @cached_property
    def by_first(self) -> dict[str, tuple[str, ...]]:
        """The literal heads by first character (a few to compare, not 400); worked out on first use (1-2 ms a
        pattern: a run that never meets a rule does not pay for its gate)."""
        found: dict[str, tuple[str, ...]] = {}
        heads = remember("heads", self.regex.pattern, self.regex.flags, lambda: literal_heads(self.regex))
        for head in sorted({h.lower() if self.folded else h for h in heads or ()}):
            found[head[0]] = (*found.get(head[0], ()), head)
        return found

    @cached_property
    def longest(self) -> int:
        """The length of the longest literal head."""
        return max((len(h) for heads in self.by_first.values() for h in heads), default=0)

    @cached_property
    def first_words(self) -> dict[str, tuple[str, ...]]:
        """The heads' first words by first character: a looser gate that holds whatever the blanks inside a head."""
        return {first: tuple({head.split(" ")[0] for head in heads}) for first, heads in self.by_first.items()}

    def may_open(self, text: str) -> bool:
        """False only when the text's first word (blanks of any kind aside) starts none of the heads' first words,
        so no normalisation of the text can make the regex match; non-ASCII starts always pass."""
        head = text.lstrip()[:24]
        if not self.by_first or not head or not head[0].isascii() or not self.folded:
            return True
        words = self.first_words.get(head[0].lower())
        return bool(words) and (not head.isascii() or head.lower().startswith(words))

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        """The regex's match (from pos), or None at once when the gate refuses the text there."""
        if self.by_first and not self.opens(text, pos):
            return None
        return self.regex.match(text, pos)

    def opens(self, text: str, pos: int) -> bool:
        """Whether the text, blanks skipped from pos, starts with one of the literal heads (the gate)."""
        start, end = pos, len(text)
        while start < end and text[start].isspace():
            start += 1
        if start == end:
            return True  # nothing but blanks: the regex decides
        first = text[start]
        if not self.folded:
            return text.startswith(self.by_first.get(first, ()), start)
        if not first.isascii():  # an ASCII letter folds to an ASCII letter only
            return True
        heads = self.by_first.get(first.lower())
        part = text[start:start + self.longest]  # lower() keeps positions in ASCII text only
        return bool(heads) and (not part.isascii() or part.lower().startswith(heads))

    def search(self, text: str) -> re.Match | None:
        """The regex's search (not gated: a match may start anywhere)."""
        return self.regex.search(text)


def literal_heads(pattern: re.Pattern[str]) -> set[str] | None:
    """The literal prefixes that every match of a start-anchored regex begins with (leading blanks aside), or
    None when a match may begin with a non-literal (a class, a dot, an optional part ending the prefix)."""
    try:
        from re import _parser as sre  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as sre  # type: ignore[no-redef]
    try:
        tree = sre.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    return _heads(list(tree), {""}, sre, True, bool(pattern.flags & re.IGNORECASE))[0]


def _heads(seq: list, found: set[str], sre: object, at_start: bool, digits: bool = False) -> tuple[set[str] | None, bool]:
    """(prefixes of a parsed sequence given the prefixes before it, whether the sequence was literal to its end);
    at_start: the sequence begins the line, where blanks are stripped before the gate looks; digits: a digit class reads as
    the ten ASCII digits (a case-insensitive gate judges ASCII lines only, so "٣ تعليقات" still reaches the regex)."""
    c = sre  # the parser module's opcode constants
    for i, (op, av) in enumerate(seq):
        if op is c.AT:
            continue
        if op is c.LITERAL:
            found = {p + chr(av) for p in found}
            continue
        if op is c.IN and av and all(o is c.LITERAL for o, _ in av):  # "(à|a)" is parsed as the set [àa]
            found = {p + chr(v) for p in found for _, v in av}
            continue
        if digits and op is c.IN and av == [(c.CATEGORY, c.CATEGORY_DIGIT)]:  # "12 comments" for a leading digit run
            found = {p + d for p in found for d in "0123456789"}
            continue
        if at_start and found == {""} and op in (c.MAX_REPEAT, c.MIN_REPEAT) and _is_blank_run(av, c):
            continue  # the leading "\s*": gated lines are stripped first
        if op is c.SUBPATTERN and (av[1] or av[2]):
            return _settled(found), False  # "(?i:...)": its own case rules
        if op is c.SUBPATTERN or op is c.BRANCH or op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            alts = av[1] if op is c.BRANCH else [av[-1]]
            inner = [_heads(list(a), {""}, sre, at_start and found == {""}, digits) for a in alts]
            if any(h is None for h, _ in inner):
                return _settled(found), False
            found = {p + h for p in found for hs, _ in inner for h in hs}
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) or not all(done for _, done in inner) or len(found) > 2000:
                return _settled(found), False
            continue  # "(sie|dich) auch": a group of plain words, read on
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and found == {""}:  # an optional part first: it or what follows
            optional = _heads(list(av[-1]), {""}, sre, at_start, digits)[0]
            rest = _heads(seq[i + 1:], {""}, sre, at_start, digits)[0]
            return (None if optional is None or rest is None else optional | rest), False
        return _settled(found), False
    return _settled(found), True


def _is_blank_run(repeat: tuple, c: object) -> bool:
    """True for a whitespace run that may be empty (the regex "\\s*")."""
    low, _high, item = repeat
    return low == 0 and list(item) == [(c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])]


def _settled(found: set[str]) -> set[str] | None:
    """The prefixes, unless one is empty (a match may then start with anything)."""
    return None if "" in found else found


class LineRule:
    """A whole-line rule: a start-anchored regex, or a second regex tried (searched) only in lines holding one of
    `needles`, lower-case words every match of it contains.

    Phrases that may sit anywhere are searched for, not matched as ".*phrase.*" (a leading ".*" rescans the line
    once per alternative). Measured on ScrapingHub body lines: PROMO_LINE took 58 us a line in the ".*" form,
    18 us searched, 3 us with needles; PROMO_HEADER 5.9 us a label before, 1.5 us after.
    """

    def __init__(self, start: re.Pattern, anywhere: re.Pattern, needles: tuple[str, ...], fold: bool = True) -> None:
        self.start = start if isinstance(start, Gated) else Gated(start)
        self.anywhere, self.needles, self.fold = anywhere, needles, fold

    def match(self, text: str) -> re.Match | None:
        """The match of either part, like re.Pattern.match (fold=False: the needles are looked for as written, no
        lower-casing of the line)."""
        if m := self.start.match(text):
            return m
        low = f" {text.lower()} " if self.fold else text
        return self.anywhere.search(text) if any(n in low for n in self.needles) else None


class EitherRule:
    """Two start-anchored rules, each behind its gate: the first one's match, else the second's."""

    def __init__(self, first: re.Pattern, second: re.Pattern) -> None:
        self.start, self.second = Gated(first), Gated(second)

    def match(self, text: str) -> re.Match | None:
        """The match of either rule, like re.Pattern.match."""
        return self.start.match(text) or self.second.match(text)


# ----------------------------------------------------------------------------- section headers

# A single teaser card's class among the story's paragraphs (a public broadcaster's "<div class="teaser">" with
# picture, linked headline and summary); the card's own structure is checked too (classify.is_teaser_card).
CARD_CLASS = re.compile(r"(?i)\bteaser\b|\bteaser[-_]?(box|card|item|small|inline)\b|\bcard\b")
# The part of a card-wide link whose class names it the headline ("<div class="partnerevent_title">", "card__headline")
# beside the feed label, date and summary parts ("Atualização - Cais Sete" over the date and the title); not a subtitle.
HEADLINE_CLASS = rx(r"(^|[\s_-])(?<!sub[_-])(title|headline|heading|hed)([\s_-]|$)", re.IGNORECASE)
# The label box over such a card ("<div class="boxhead">Weitere Informationen</div>").
CARD_LABEL_CLASS = re.compile(r"(?i)head|title|label|kicker")

# A feed's heading over the teaser cards under an app's story, read only in a heading element: "<h2>For you</h2>" (in
# a dump the same words are often the feed's tab at the top of the page, over the story itself)
HEADING_ONLY_RELATED = phrases(r"for you", r"für dich", r"pour vous", r"para ti", r"para você", r"per te")
# Headers that open a block of teasers for other stories ("Related Articles", "More for you",
# "You may also like", "Trending now", "Recent Posts", "Next story"), in the languages we meet.
RELATED_HEADER = phrases(
    r"related( articles?| stories| posts| news| content| coverage| reading| links| topics| entries| items| reads)?",
    # an intranet's press review and a document wiki's rail: "Related clippings", "Related pages", "Related documents"
    r"related (clippings|pages|documents|reports|pieces|features|columns|guides|podcasts|galleries|press)",
    # "similar articles", "other stories (from the papers)", "most read", "recommended for you" in Romansh, Samoan,
    # Asturian, Cantonese, Cebuano, Tok Pisin
    r"artitgels sumegliants", r"auters artitgels", r"isi tala( mai .{1,30})?", r"lo más lleío", r"noticies rellacionaes",
    r"為你推介", r"為你推薦",
    # a messaging platform's official-account article: "people who liked this also liked", "past picks"
    r"喜欢此内容的人还喜欢|喜歡此內容的人還喜歡", r"people who liked this (content|article|post|story) also liked",
    r"往期(推荐|推薦|推介|回顾|回顧|精选|精選)", r"ubang (mga )?balita", r"laing (mga )?balita", r"ol narapela (stori|nius|post)( long .{1,30})?",
    # a portal's rail of its partners' stories: "Latest from partner papers", "From neighboring counties", "From
    # across the region"; "more from X" in more languages, X capitalised: "Más de Comarcas al Día", "Mehr von X"
    r"latest ((news|stories|updates|posts) )?(from|on|in|at) .{2,40}", r"from (neighbou?ring|nearby|other) (counties|towns|councils|districts|communities|"
    r"regions|villages|papers)", r"(from )?(around|across) the (region|state|county|country|area|valley|network|island)",
    # "Elsewhere in the valley", "Elsewhere on the coast", "Elsewhere in Orkney"
    r"elsewhere (in|on|around|across) (the )?[^\d.!?:]{2,30}",
    r"(más|mais|plus|mehr|altro|altri) (de|da|do|von|aus|di|del|della) (?-i:[A-ZÁÉÍÓÚÀÂÊÔÃÕÇ])[^\d.!?]{1,40}",
    # a newsletter's digest of other papers' stories: "Revue de presse", "Rassegna stampa", "Presseschau", "Press
    # review"; Friulian and Corsican "other news": "Altris gnovis di cjase", "Altre nutizie di l’isula"
    r"(la )?revue de presse( .{1,30})?", r"rassegna stampa( .{1,30})?", r"presseschau", r"press review",
    r"resumen de prensa", r"altris gnovis( .{1,30})?", r"altre nutizie( .{1,30})?",
    # a community blog's rails: "Más de @andes-al-dia" (a poster's handle), "Tendencias en #venezuela" (a tag)
    r"(more from|más de|mais de|plus de|mehr von|altro da|iban pa halin kay|mas mula kay|mas di) @[\w.-]{2,40}",
    r"(trending|tendencias|tendências|tendances|populär|di tendenza|nagauso|uso|tendensia) (in|en|em|dans|auf|su|sa|"
    r"den) #[\w-]{2,40}",
    # the same with a place in Estonian, Finnish, Norwegian, Danish, Dutch, Polish, Czech, Slovak, Slovene, Croatian:
    # "Veel Võrumaalt", "Lisää Kainuusta", "Mer fra Sogn", "Meer uit Drenthe", "Więcej z Podhala", "Več iz Gorenjske";
    # Latvian, Lithuanian, Russian, Ukrainian, Bulgarian: "Vēl no Kurzemes", "Daugiau iš Žemaitijos", "Ещё из Твери"
    r"(veel|lisää|mer fra|meir frå|mere fra|meer (uit|van)|więcej z|více z|viac z|več iz|več z|više iz|više sa?|"
    r"vēl no|vairāk no|daugiau iš|ещё из|еще из|больше из|більше з|още от) "
    r"(?-i:[A-ZÕÄÖÜŠŽÅÆØŁŚŻČĆŘĀĒĪŪĢĶĻŅĖĮŲ\u0400-\u042f])[^\d.!?:]{1,30}",
    # Indonesian "other news from X", "most popular in X", Thai "more from X" (เพิ่มเติมจาก): "Berita Lainnya dari Jawa
    # Barat", "Terpopuler di Kanal Jawa Barat", "เพิ่มเติมจาก เสียงแคน นิวส์"
    r"(berita|artikel) lainnya (dari|di) (?-i:[A-Z])[^\d.!?:]{1,40}",
    r"(terpopuler|terbaru|terkini) (di|dari) (?-i:[A-Z])[^\d.!?:]{1,40}",
    r"เพิ่มเติมจาก\s*\S.{0,40}", r"ข่าวอื่น ?ๆ( จาก.{1,40})?",
    # Catalan and Galician "more news from X": "Més notícies de la Costa Brava", "Máis novas da Mariña"
    r"(més|máis) (notícies|novas|noticias|articles|artigos) (de|da|do|das|dos|del|dels|des) [^\d.!?:]{2,40}",
    r"more (from|for you|stories|news|articles|on this|like this|to read|in|about|top stories|briefs|updates|posts)"
    r"(\s.{0,40})?",  # ("More headlines" is a link)
    # a local app's rail and a coverage comparison's cards: "Nearby", "Near you", "How outlets covered it"
    r"nearby( stories| news)?", r"near you", r"in your area", r"how (outlets|the media|other outlets|others|"
    r"different outlets|each side) covered (it|this|the story)", r"coverage from other (outlets|sources)",
    # curated picks: "Editor's picks", "Top picks for you", "Top stories"; "more for you" in more languages
    r"editor['’]?s['’]? (picks|choice)", r"staff picks", r"our picks", r"(top )?picks for you", r"top picks",
    r"top stories( for you| today)?", r"mehr für (sie|dich)", r"mer for deg", r"mere for dig", r"mer för dig",
    r"lisää sinulle", r"plus pour vous", r"más para (ti|usted)", r"altro per te", r"mais para (você|voce)",
    r"more( [\w'’-]+){1,3} (stories|articles|news|reads|videos)",  # "More Great WIRED Stories"
    r"(you|we think you) (may|might|will|could) (also )?(like|enjoy|be interested in)",
    r"recommended( for you| stories| articles| reading)?", r"(picked|chosen|just|more stories) for you",  # (a bare "For you" is a feed's tab)
    r"trending( now| stories| news| today| links| articles| posts)?",
    r"((top|latest|local|today['’]s|other|regional|national) )?headlines",  # "Local headlines" over cards ("More headlines" is a link)
    # a digest's or press review's list of short items before its featured story: "In brief", "Coverage in brief"
    r"((news|coverage|stories|the week|today) )?in brief", r"en bref", r"kurz (gemeldet|notiert)", r"in breve",
    r"(noticias )?breves", r"notícias em resumo", r"और (ख़बरें|खबरें|समाचार)",  # Hindi "more news"
    r"(our )?(top|latest|popular|most popular|most read|most viewed|editor'?s picks?|other|similar) "
    r"(stories|news|articles|posts|reads|discussions|threads|conversations)",
    # video carousels under an article: "MUST WATCH", "More videos", "Watch next"
    r"must watch", r"(more|top|latest|related) videos", r"watch (next|more)",
    r"(other|more) live (coverage|blogs|pages|updates)", r"(weitere|andere) liveticker", r"autres directs",
    r"další videa|více videí|ďalšie videá|viac videí|więcej (wideo|filmów)|további videók|більше відео|ещё видео|"
    r"flere videoer|fler videor|lisää videoita|meer video'?s|altri video|más vídeos|mais vídeos|autres vidéos",
    r"(recent|latest|popular|similar) posts", r"most (read|popular|viewed|shared)", r"next (story|article|up)",
    # a list archive's or forum's other threads, a story package's other parts: "Recent threads", "Also in this
    # package", "More in this series", "Other stories in this collection"
    r"(recent|latest|active|other|similar|related) (threads|topics|discussions)",
    r"(also|more|other stories) in (this|the) (package|series|section|collection|issue|topic|dossier|report)",
    r"in this (series|package|collection)", r"more (web )?stories",
    r"(trending|popular|most read) (on|at|in) .{1,40}", r"more on .{1,40}",
    r"other (news|stories|articles|posts|obituaries|events|listings|videos|podcasts) (in|from|on|about) .{1,40}",
    # ("Other News in In the News": CMS modules; "Other obituaries in Millbrook")
    # Bosnian / Croatian / Serbian "other news (from the region)": "Ostale vijesti iz regije"
    r"(ostale|druge|još) (vijesti|vesti|novosti)( iz .{1,30})?",
    # "latest news" in the Nordic languages; a channel's other posts ("More from this channel", "Ще з цього каналу",
    # "Messaggi precedenti")
    r"(siste|seneste|senaste|viimeisimmät|nýjustu) (nytt|nyt|nyheter|nyheder|uutiset|fréttir)",
    r"(aktuelle|neueste|letzte|weitere|mehr) ([\w-]+-)?(meldungen|nachrichten|news) aus (ihrer|der|deiner|unserer) region",
    r"(meldungen|nachrichten|news) aus (ihrer|der|deiner|unserer) region",  # a regional portal's list: "Aktuelle
    # Blaulicht-Meldungen aus Ihrer Region" ("Aktuelle Meldungen" alone names a menu entry)
    r"(more|other posts) from this (channel|group|page|feed)|vairāk no šīs plūsmas|daugiau iš šio srauto|"
    r"mehr aus diesem feed|plus de ce flux|más de este feed|mehr aus diesem kanal|(ще|більше) з цього каналу|"
    r"(ещё|еще|больше) из этого канала|altri (messaggi|post) (da|di) questo canale|plus de cette chaîne",
    r"(previous|earlier|older) messages|messaggi precedenti|(ältere|frühere) nachrichten|"  # ("Older posts": a pager)
    r"mensajes anteriores|messages précédents|mensagens anteriores|poprzednie wiadomości",
    r"read (next|also)", r"also read", r"see also", r"don'?t miss", r"in (other|case you missed) news",
    r"up next", r"what to read next",
    # an audio app's queue and a community's "more posts you might like": "Prossimi nella coda", "다음 재생 목록",
    # "Meer berichten die je misschien leuk vindt" (English "Next in your queue" heads a paired list, read as such)
    r"prossimi nella coda", r"(als )?nächste(s)? in der warteschlange",
    r"volgende in de wachtrij", r"(siguientes|próximos) en la cola", r"próximos na fila", r"à suivre dans la file",
    r"jonossa seuraavana", r"další ve frontě", r"다음 재생 목록", r"다음 에피소드", r"次に再生",
    r"(more )?posts you (might|may) (also )?like", r"meer berichten die je (misschien )?leuk vindt",
    # a video player's autoplay panel over the next clips: "Up next Autoplay in 5 seconds Cancel"
    r"(up next\s*)?autoplay(ing)? in \d+\s*(seconds?|secs?|s)( cancel)?", r"breaking( news)?", r"top stories", r"popular now",
    r"ultim'ora|ultima ora", r"eilmeldung(en)?", r"dernière minute", r"última hora", r"últimas notícias",
    r"son dakika", r"(en )?çok okunan(lar)?", r"самое читаемое|самые читаемые", r"paling banyak dibaca",
    # a journal community's rail: "Популярное в сообществе", "Найчітанїше в сообществі" (Rusyn), "Cemiyette eñ çoq
    # oqulğanlar" (Crimean Tatar: most read in the community), "Популярне в спільноті"
    r"(популярное|самое читаемое|популярне|найчитаніше|найчітанїше) (в|у) (сообществе|сообществі|спільноті|журнале)",
    r"(cemiyette )?eñ çoq oqulğan(lar)?",
    r"सबसे (ज्यादा|ज़्यादा) पढ़ी गई", r"(यह|ये) भी पढ़ें",
    # video rails under or beside the story: "Video", "Videos", "فيديو", "Видео", "वीडियो"
    r"videos|vídeos|vidéos|wideo|видео|वीडियो|فيديو",
    r"(top|more|related) coverage",  # news-cluster pages: "Top coverage" (their "Full coverage" names the page)
    # French / German / Spanish / Portuguese / Italian / Dutch
    r"(à|a) lire (aussi|également|egalement)", r"sur le même sujet", r"articles? (similaires|liés|connexes)",
    r"vous aimerez (aussi|peut-être)", r"(les )?plus (lus|populaires)", r"tendances?", r"dans la même rubrique",
    r"lesen sie auch", r"auch interessant", r"das könnte (sie|dich) auch interessieren", r"mehr zum thema",
    r"weitere artikel", r"weitere informationen",
    r"meist(gelesen|kommentiert|diskutiert|geteilt|gesehen)e?( (artikel|beiträge|nachrichten|news|videos|themen))?",
    r"(die )?redaktion empfiehlt|empfehlungen der redaktion", r"(ähnliche|verwandte) (artikel|beiträge|themen|nachrichten)", r"siehe auch",
    r"(te puede|también te puede|le puede|podría) (interesar|gustar)", r"(artículos|noticias) relacionad[oa]s",
    r"lo más (leído|visto)", r"más noticias", r"tendencias", r"(lee|leer) (también|más)", r"relacionad[oa]s",
    r"(leia|veja) (também|mais)", r"(notícias|artigos|matérias) relacionad[oa]s", r"mais lidas",
    r"você (também )?pode gostar", r"(leggi|potrebbe interessarti|ti potrebbe interessare)( anche)?",
    r"articoli correlati", r"(i )?più lett[ie]", r"(le )?(notizie|articoli|news) più (lett|vist|commentat)[aeio]", r"gerelateerde artikelen", r"lees ook", r"meest gelezen",
    # Chinese / Japanese / Korean / Russian / Hindi / Arabic / Turkish / Indonesian / Polish
    r"相关(文章|阅读|新闻|推荐)", r"猜你喜欢", r"热门(文章|新闻|推荐)?", r"推荐阅读", r"延伸阅读", r"相關(文章|新聞|閱讀)",
    # rankings: "熱門排行", "热门排行", "排行榜", "點閱排行", "人氣排行", "熱門新聞" (Traditional and Simplified)
    r"(熱門|热门|人氣|人气|點閱|点阅|點擊|点击|閱讀|阅读)(排行|排行榜)", r"排行榜", r"熱門(文章|新聞|推薦)?",
    r"(推薦|推荐)(給你|给你|閱讀|新聞|新闻)", r"(為你|为你)(推薦|推荐)",  # "recommended for you"
    r"関連(記事|ニュース)", r"おすすめ(記事)?", r"人気(記事|ランキング)", r"관련 ?기사", r"많이 본 뉴스",
    r"(похожие|читайте также|другие) ?(статьи|новости|материалы)?", r"читайте также", r"популярное",
    r"(другие|ещё|еще) (новости|материалы|статьи) (по теме|сюжета|рубрики|раздела)",  # "Другие новости сюжета"
    r"ये भी पढ़ें", r"संबंधित (खबरें|लेख)", r"ट्रेंडिंग", r"आपको यह भी पसंद आ सकता है", r"मुख्य समाचार",
    r"مقالات ذات صلة", r"اقرأ أيضاً?", r"الأكثر قراءة", r"(أخبار|مواضيع) ذات صلة", r"ilginizi çekebilir", r"benzer haberler",
    r"baca juga", r"berita terkait", r"terpopuler", r"czytaj (też|także)", r"powiązane artykuły",
    # more languages met on aggregators: Dutch, Scandinavian, Finnish, Polish, Czech, Turkish, Indonesian/Malay,
    # Vietnamese, Thai, Greek, Romanian, Hungarian, Ukrainian, Hebrew, Persian
    r"ook interessant", r"meer (nieuws|artikelen|over dit onderwerp)", r"aanbevolen", r"gerelateerd",
    r"läs (också|även|mer)", r"relaterat", r"relaterade artiklar", r"mest lästa", r"fler nyheter",
    r"læs (også|mere)", r"les (også|mer)", r"relaterede artikler", r"relaterte saker", r"relaterte artikler", r"mest (læste|leste|lest)",
    r"lue (myös|lisää)", r"aiheeseen liittyvät", r"luetuimmat", r"(zobacz|czytaj|przeczytaj) (też|także|również)",
    r"powiązane", r"najczęściej czytane", r"polecane", r"čtěte (také|též)", r"související( články)?", r"nejčtenější",
    r"ilgili haberler", r"bunları da beğenebilirsiniz", r"en çok okunanlar", r"diğer haberler", r"ayrıca oku",
    # Sindhi, Assamese/Bengali, Turkmen, Xhosa, Javanese, Tigrinya "other / related / similar news", "read more"
    r"ٻيون خبرون", r"لاڳاپيل خبرون", r"আৰু পঢ়ক", r"আরও পড়ুন", r"সম্পৰ্কিত খবৰ", r"(meňzeş|beýleki) habarlar",
    r"ezinye iindaba", r"iindaba ezinxulumeneyo", r"(tulisan|artikel|warta|kabar) liyane", r"ካልኦት ዜናታት",
    r"ተዛመድቲ ዜናታት",
    r"artikel terkait", r"berita berkaitan", r"sedang tren", r"rekomendasi", r"xem thêm", r"tin liên quan",
    r"bài (viết )?liên quan", r"đọc nhiều( nhất)?", r"tin mới( nhất)?", r"ข่าวที่เกี่ยวข้อง", r"อ่านเพิ่มเติม",
    r"ข่าวยอดนิยม", r"บทความที่เกี่ยวข้อง", r"διαβάστε (επίσης|ακόμη)", r"σχετικά (άρθρα|θέματα)",
    r"(τα )?(πιο )?δημοφιλή", r"(τα )?πιο διαβασμένα", r"περισσότερα (από|για) (τ[ηοα]ν?|τις|τους|το) .{2,40}",
    r"citește (și|mai mult)", r"articole similare", r"cele mai citite",
    r"kapcsolódó cikkek", r"ezt is olvassa el", r"(a nap )?legolvasottabb( cikkei| cikkek| hírei| hírek)?",
    r"további hírek", r"читайте також", r"схожі новини", r"(най)?популярніше", r"популярне", r"останні новини",
    r"další zprávy", r"mohlo by vás zajímat", r"nejnovější( zprávy)?", r"další z .{1,40}", r"více z .{1,40}",
    r"כתבות נוספות", r"עוד בנושא", r"עוד מ.{1,40}", r"עוד כתבות( .{1,40})?", r"הכתבות המובילות",
    r"(הכי )?נקראים( ביותר)?", r"הנקראים ביותר", r"אולי יעניין אותך", r"מומלצים",
    r"קראו גם", r"ראו גם", r"כתבות קשורות", r"פופולרי( עכשיו| ב.{1,30})?",  # Hebrew "read also", "popular in X"
    r"עוד סיפורים", r"הסיפור הבא", r"הכתבה הבאה", r"הידיעה הבאה",  # ... "more stories", "next story", "next article"
    r"مطالب مرتبط", r"بیشتر بخوانید", r"پربازدیدترین( ها)?", r"آخرین اخبار", r"trending near .{1,40}",
    # "You may (also) like" / "This may interest you" beyond English, French, German, Spanish and Italian
    r"вам (може|может|можа) (також |также |таксама )?(сподобатися|понравиться|спадабацца)",
    r"(може|может|можа) вас (зацікавити|заинтересовать|зацікавіць)", r"вас (може|может) (зацікавити|заинтересовать)",
    r"možda vas (zanima|zanimaju|interesuje)", r"(to )?vas bo morda zanimalo", r"може да ви (заинтересува|интересува)",
    r"можеби ќе ве интересира", r"vous (pourriez|pourrez) (aussi |également )?aimer", r"(também )?pode (te |lhe )?interessar",
    r"dit vind je (misschien )?ook (leuk|interessant)", r"du kanske (också|även) gillar", r"du vil kanskje også like",
    r"du vil måske også (kunne lide|synes om)", r"saatat (pitää|olla kiinnostunut)( myös| näistä)?",
    r"może (cię|ci) (też |także )?(zainteresować|się spodobać)", r"(anda|kamu) mungkin (juga )?(suka|menyukai)",
    r"mungkin anda (juga )?suka", r"bạn có thể (cũng )?thích", r"có thể bạn quan tâm", r"ίσως σας (ενδιαφέρει|ενδιαφέρουν)",
    r"s-ar putea să (te|vă) intereseze", r"(ez|ezek) is érdekelhet(i|nek)", r"قد يعجبك( أيضا| أيضاً| أيضًا)?",
    r"ممکن است (این را هم )?دوست داشته باشید", r"あなたへのおすすめ", r"おすすめ記事", r"你可能(也)?(喜欢|喜歡|感兴趣)",
    r"猜你喜欢", r"gali būti įdomu", r"jums (varētu|var) patikt", r"teid võib (ka )?huvitada", r"sizga yoqishi mumkin",
    r"(bunlar|bunu) da ilginizi çekebilir", r"sizi maraqlandıra bilər", r"сізге ұнауы мүмкін",
    # "More stories from this magazine" / "Other articles in X" beyond English: "Meer verhalen uit dit magazine",
    # "D'autres articles de ce magazine", "Más historias de esta revista", "Altri articoli di questa rivista",
    # "Weitere Geschichten aus diesem Magazin", "Fler artiklar från X", "Więcej artykułów z X", "更多文章"
    r"meer (verhalen|nieuws|artikelen|berichten|video'?s)( (uit|van|over|in) .{1,40})?",
    r"(plus d'|d'autres |autres )(articles|histoires|actualités|actus|récits|vidéos)( (de|du|des|sur|dans) .{1,40})?",
    r"(más|otras|otros) (historias|artículos|noticias|videos|vídeos|relatos)( (de|del|sobre|en) .{1,40})?",
    r"(mais|outras|outros) (histórias|artigos|notícias|vídeos)( (d[aoe]s?|dest[ae]s?|sobre|em|nest[ae]s?) .{1,40})?",
    r"(altr[ie]|più) (storie|articoli|notizie|video)( (d[ai]|dell[ao']|su|in|sullo|sulla) .{1,40})?",
    r"(weitere|mehr) (geschichten|artikel|nachrichten|beiträge|stories|videos)( (aus|von|zu|über|im|in) .{1,40})?",
    r"(fler|flere) (artiklar|artikler|nyheter|historier|saker|berättelser)( (från|fra|om|i) .{1,40})?",
    r"więcej (artykułów|wiadomości|historii|tekstów)( .{1,40})?", r"další (články|zprávy|příběhy)( .{1,40})?",
    r"lisää (uutisia|artikkeleita|juttuja)( .{1,40})?", r"daha fazla (haber|yazı|hikaye)( .{1,40})?",
    r"(berita|artikel) lainnya( .{1,40})?", r"περισσότερα (άρθρα|νέα|θέματα)( .{1,40})?",
    r"mai multe (articole|știri|povești)( .{1,40})?", r"további (cikkek|hírek|történetek)( .{1,40})?",
    r"(больше|другие) (статей|новостей|историй|материалов)( .{1,40})?", r"більше (статей|новин)( .{1,40})?",
    r"(ещё|еще|другие) новости", r"ще новини",  # a news hub's rail: "Ещё новости" over other feeds' items
    r"更多(文章|新闻|新聞|故事|报道|報導)", r"他の記事", r"その他の(ニュース|記事)", r"더 많은 (기사|뉴스)",
    # "More from <outlet>" where the words are unambiguous: "Mer från Mälarkuriren", "Meer van NOS", "Mehr von X"
    r"(mer|mere) (från|fra) .{1,40}", r"meer (van|uit) .{1,40}", r"mehr (von|aus) .{1,40}",
    r"populärt( just nu)?", r"mest populära", r"populært( nu| lige nu)?", r"populair( nu)?",
    # Indonesian / Malay "Lainnya dari X" (more from X), and "up next" rails: "Berikutnya", "À suivre", "Tiếp theo"
    r"lainnya dari .{1,40}", r"((berita|video|artikel) )?berikutnya", r"à suivre", r"als nächstes", r"tiếp theo",
    # a newsletter's or portal's list of other stories: "Quick hits", "In other news", "More headlines"
    r"quick hits", r"in other news", r"also in the news",
    # a podcast page's episode list: "More episodes", "Recent episodes", "Weitere Folgen", "Autres épisodes"
    r"(more|other|recent|latest|previous|all) episodes", r"weitere (folgen|episoden)", r"autres épisodes",
    r"(más|otros) episodios", r"altri episodi", r"mais episódios",
    # a portal's front-page rail above the opened story: "À la une", "En portada", "In primo piano", "Em destaque"
    r"(à|a) la une", r"en portada", r"in primo piano", r"em destaque",
    # the same rails elsewhere: "Öne Çıkanlar", "In evidenza", "Uitgelicht vandaag", "Destacados", "Top-Themen",
    # "主要トピックス", "热点排行", "Populer", a news cluster's "Najważniejsze relacje" / "Z mediów lokalnych"
    r"öne çıkanlar", r"in evidenza", r"uitgelicht( vandaag)?", r"destacad[oa]s", r"top-themen", r"主要(トピックス|ニュース)",
    r"热点(排行|新闻|推荐)?", r"热榜", r"populer", r"najważniejsze relacje", r"z mediów (lokalnych|regionalnych)",
    r"related (magazines|collections|topics|videos)",
    # a blog's sidebar of recent posts: "Neueste Beiträge", "Derniers articles", "Últimas entradas", "Ultimi articoli"
    r"(neueste|letzte|aktuelle) (beiträge|artikel)", r"derniers (articles|billets)", r"(últimas|ultimas) (entradas|publicaciones)",
    r"similar (mentions|articles|stories|coverage|items|clips)",  # a media-monitoring clip's "Similar mentions"
    r"(more )?from your (feed|library|queue|reading list)", r"up next in your (queue|feed)",  # read-later apps  # a media-monitoring clip's "Similar mentions"
    r"(ultimi|recenti) (articoli|post)", r"(nieuwste|recente) (berichten|artikelen)", r"najnowsze (wpisy|artykuły)",
    r"(últimos|ultimos) (posts|artigos)",
    # a diary or journal site's rail: "Recent diary entries in Tok Pisin", Asturian "Entraes recientes n’asturianu"
    r"(recent|latest) (diary |blog |journal )?entries( (in|from|by) .{1,30})?", r"(entraes|entradas) (recientes|recentes)( .{1,30})?",
    # a help center's article rails: "Articles in this section", "Recently viewed articles", Polish "Artykuły w tej
    # sekcji", "Ostatnio wyświetlane artykuły"
    r"((other|more) )?articles in this section", r"artykuły w tej sekcji", r"artikel in diesem bereich",
    r"articles (de|dans) cette (section|rubrique)", r"artículos (en|de) esta sección",
    r"recently viewed( articles| stories| pages)?", r"ostatnio (wyświetlane|przeglądane|oglądane) (artykuły|strony)",
    r"zuletzt (angesehen|angesehene|besuchte|gelesene)( (beiträge|artikel|seiten))?", r"weitere artikel in diesem abschnitt", r"(articles )?(récemment consultés|vus récemment)", r"(artículos )?vistos recientemente",
    # a school or club forum's news block (Moodle's "Latest announcements"): "Últimos anuncios", "Dernières annonces",
    # "Ultimi annunci", "Últimos avisos", "Darrers avisos", "Neueste Ankündigungen", "Laatste mededelingen"
    r"(latest|recent) (announcements|notices)", r"(últimos|ultimos) (anuncios|avisos)", r"dernières annonces",
    r"ultimi (annunci|avvisi)", r"(darrers|últims) avisos", r"(neueste|aktuelle) ankündigungen",
    r"laatste (mededelingen|aankondigingen)",
    # Croatian / Serbian / Bosnian / Slovene / Slovak, Romanian, Catalan, Danish, Swahili, Bengali, Persian:
    # "Povezane vijesti", "Najčitanije", "Preberite tudi", "Súvisiace články", "Știri similare", "També et pot
    # interessar", "Mere om emnet", "Habari zinazovuma", "Zaidi kutoka X", "সম্পর্কিত খবর", "مطالب مرتبط"
    r"povezane (vijesti|vesti|novice|teme)", r"povezani članci", r"vezane (vijesti|vesti)", r"najčitanij[ei]( vijesti| vesti)?",
    r"najnovij[ei] (vijesti|vesti)", r"pročitajte (i|još|također|takođe)", r"preberite (tudi|še)", r"sorodne novice",
    r"najbolj bran[oe]", r"súvisiace články", r"čítajte (aj|tiež)", r"najčítanejšie", r"știri similare",
    r"(també )?et pot interessar", r"(notícies|articles) relacionad(es|ats)", r"el més llegit", r"llegeix (també|més)",
    # "latest news" and "most read" rails in Catalan, Spanish, Galician, Italian, French: "Últimes notícies", "Més
    # llegides", "Las más leídas", "Últimas novas", "Ultime notizie", "Dernières actualités"
    r"(les )?(últimes|darreres) (notícies|novetats)",
    # a portal's "trending now" rail over the opened story: Greek "Τάσεις τώρα", Slovak "Práve sa číta", Czech
    # "Právě se čte", Slovene "Aktualno" / "Najbolj brano" over "Title Outlet · date" items
    r"τάσεις( τώρα)?", r"práve sa číta", r"právě se čte", r"práve čítané", r"aktualno", r"aktualnosti",
    # an organisation's press page and a reader app's lists: "More press coverage", "Mere presseomtale", "Seneste nyt
    # fra X", "További sajtómegjelenések", "Kapcsolódó", "Știri despre X", "Tin tiếp theo", "Lisää tekstejä tasollesi"
    r"(more |other )?(press coverage|media coverage)", r"mere (presse)?omtale", r"(seneste|sidste) nyt( fra .{1,40})?",
    r"további (sajtómegjelenések|cikkek|hírek)", r"kapcsolódó( cikkek| hírek| tartalmak)?",
    r"(știri|noutăți) despre .{1,40}", r"(mai multe|alte) știri( .{1,40})?", r"tin (tiếp theo|khác)",
    r"lisää (tekstejä|juttuja|artikkeleita|uutisia)( .{1,40})?", r"(les |els )?més (llegides|llegits|vist(es|os))",
    r"(las |lo )?más (leíd[oa]s?|vist[oa]s)", r"últimas (noticias|novas)", r"(as )?máis (lidas|vistas)",
    r"ultime (notizie|news)", r"dernières (actualités|nouvelles|infos|news)",
    r"mere om emnet", r"flere nyheder", r"mest læste", r"habari (zinazovuma|zinazohusiana|zaidi|nyingine)",
    r"zaidi kutoka .{1,40}", r"soma (pia|zaidi)", r"সম্পর্কিত (খবর|সংবাদ)", r"আরও পড়ুন", r"সর্বাধিক পঠিত", r"আরও খবর",
    r"সর্বশেষ খবর", r"اخبار مرتبط", r"مطالب مشابه",
    # Tagalog, Lithuanian, Estonian, Slovene, Serbian (Cyrillic and Latin), Slovak, Urdu, Hebrew, Turkish,
    # Ukrainian, Greek: "Iba pang balita", "Taip pat skaitykite", "Veel uudiseid", "Več novic", "Прочитајте још",
    # "Iz rubrike X", "Vývoj témy" (a story's timeline), "مزید خبریں", "עוד כתבות של X", "Τα πιο διαβασμένα"
    r"iba pang (balita|ulat|artikulo)", r"(mga )?kaugnay na (balita|artikulo|ulat)", r"basahin (din|rin)",
    # Sorani Kurdish "هەواڵی تر" (other news), "هەواڵی پەیوەندیدار" (related news), "زۆرترین خوێندراو" (most read)
    # and a forum's "دوایین هەواڵەکان" / "نوێترین هەواڵەکان" (latest news)
    r"هەواڵی تر", r"هەواڵ(ی|ە) پەیوەندیدار(ەکان)?", r"(دوایین|نوێترین) هەواڵەکان", r"زۆرترین خوێندراو(ەکان)?", r"ئەمانەش بخوێنەوە",
    # Māori "Ngā pānui o te marae" (the marae's notices), "Ētahi atu kōrero" (other stories), "Ngā kōrero hou" (latest)
    r"ngā pānui( o .{2,40})?", r"ētahi atu (kōrero|pānui|pūrongo)( i .{2,40})?", r"ngā (kōrero|pānui) hou",
    # Cebuano "Mga may kalabutan nga balita" (related news), "Labing gibasa" (most read), "Basaha usab" (read also)
    r"(mga )?(may )?kalabutan nga (balita|artikulo|istorya)", r"labing gibasa", r"basaha (usab|pud|sab)",
    r"dugang (mga )?balita",
    # Cebuano and Tagalog "trending now": "Nag-uso karon", "Uso ngayon", "Nagte-trend"
    r"nag-?uso( karon| run)?", r"uso ngayon", r"nagte-?trend( ngayon)?",
    r"pinakabinabasa", r"pinakabagong (balita|ulat)", r"taip pat skaitykite", r"susiję straipsniai",
    r"susijusios naujienos", r"daugiau naujienų( .{1,40})?", r"skaitomiausi(os)?( naujienos)?", r"naujausios naujienos",
    r"veel uudiseid( .{1,40})?", r"loe (ka|lisaks)", r"seotud (uudised|artiklid|lood)", r"loetumad( uudised)?",
    # Latvian "Vēl lasīt" (more to read) over a rail; Kazakh "Тақырыпқа қатысты" (on the topic), "Ұқсас жаңалықтар"
    # (similar news), "Тағы оқыңыз" (read also); Kyrgyz "Окшош жаңылыктар", "Темага тиешелүү"
    r"vēl lasīt", r"lasi vēl", r"тақырыпқа қатысты( жаңалықтар| материалдар)?", r"ұқсас (жаңалықтар|мақалалар)",
    r"(тағы|сондай-ақ) оқыңыз", r"окшош (жаңылыктар|макалалар)", r"темага тиешелүү", r"көп оқылған",
    r"sarnased uudised", r"viimased uudised", r"več novic( .{1,40})?", r"najnovejše novice",
    r"прочитајте (и|још|такође)", r"повезане вести", r"најчитаније( вести)?", r"најновије вести",
    r"(из рубрике|iz rubrike) .{1,40}", r"(више|остале|још|друге) вести( .{1,40})?", r"više (vijesti|vesti)( .{1,40})?", r"vývoj témy", r"ďalšie (články|správy)( .{1,40})?",
    r"najnovšie správy", r"مزید خبریں", r"متعلقہ خبریں", r"یہ بھی پڑھیں", r"سب سے زیادہ پڑھی (جانے والی|گئی) خبریں",
    r"تازہ ترین( خبریں)?", r"עוד כתבות( של .{1,40})?", r"כתבות נוספות", r"כתבות קשורות", r"ilginizi çekebilir",
    r"ilgili haberler", r"схожі новини", r"найчитаніше", r"(τα )?πιο διαβασμένα", r"σχετικά άρθρα",
    # "read also on <portal>": "À lire aussi sur Le Relais", "Leer también en X", "Leggi anche su X"
    r"(à )?lire aussi (sur|dans|chez) .{1,40}", r"le(er|a) también en .{1,40}", r"leggi anche su .{1,40}",
    r"lesen sie auch (bei|auf|im) .{1,40}",
    # Afrikaans, Icelandic, Latvian, Albanian, Georgian, Armenian, Welsh, Galician: "Meer vir jou", "Tengdar
    # fréttir", "Vēl kanālā X", "Nga e njëjta temë", "X-ზე ასევე", "Ավելին X-ից", "Newyddion lleol", "Máis novas"
    r"meer vir jou", r"verwante (artikels|nuus)", r"lees ook", r"gewilde (video's|artikels|nuus)", r"tengdar fréttir",
    r"mest lesið", r"lestu (einnig|líka)", r"vēl kanālā .{1,40}", r"līdzīgi raksti", r"lasi arī", r"populārākie",
    r"nga e njëjta temë", r"lajme të ngjashme", r"lexo (edhe|gjithashtu)", r"më të lexuarat",
    r"მსგავსი სიახლეები", r"ასევე წაიკითხეთ", r"Ավելին .{1,40}", r"նմանատիպ նյութեր", r"կարդացեք նաև",
    r"newyddion lleol", r"poblogaidd yn eich ardal", r"darllenwch hefyd", r"straeon cysylltiedig",
    r"máis novas( da comarca| de .{1,30})?", r"(novas|noticias) relacionadas", r"le(a|e) tamén", r"o máis lido",
    r"historias visuais",
    # Basque, Maltese, Bulgarian, Kazakh, Amharic: "Lotutako albisteak", "L-Aktar Moqrija", "Свързани новини",
    # "Тақырыпқа қатысты", "ተዛማጅ ዜናዎች"
    r"lotutako albisteak", r"irakurrienak", r"irakurri (ere|gehiago)", r"eskualdeko albisteak",
    r"l-aktar moqrija", r"aqra (wkoll|aktar)", r"(artikli|aħbarijiet) relatati",
    r"свързани (новини|статии)", r"най-четени(те)?", r"прочетете (още|също)", r"още от .{1,30}",
    r"тақырыпқа қатысты", r"ұқсас жаңалықтар", r"көп оқылғандар", r"ተዛማጅ ዜናዎች", r"በብዛት የተነበቡ",
    # Macedonian, Azerbaijani, Uzbek, Irish, Tamil, Nepali, Mongolian, Sinhala, Khmer: "Поврзани вести",
    # "Најчитани", "Oxşar xəbərlər", "Mavzuga oid", "Scéalta gaolmhara", "தொடர்புடைய செய்திகள்", "सम्बन्धित समाचार"
    r"поврзани (вести|статии)", r"најчитани(те)?( вести)?", r"прочитајте (уште|и)", r"уште од .{1,30}",
    r"(oxşar|əlaqəli) xəbərlər", r"ən çox oxunanlar", r"(bunu da|həmçinin) oxuyun",
    r"o[ʻ'‘’]?xshash (yangiliklar|maqolalar)", r"mavzuga oid( (yangiliklar|maqolalar))?", r"eng ko[ʻ'‘’]?p o[ʻ'‘’]?qilgan(lar)?",
    r"(scéalta|ailt) gaolmhara", r"is mó a léadh", r"léigh freisin",
    r"தொடர்புடைய (செய்திகள்|கட்டுரைகள்)", r"அதிகம் (படித்தவை|வாசிக்கப்பட்டவை)", r"இதையும் (படிக்க|படியுங்கள்)",
    r"(सम्बन्धित|संबंधित) (समाचार|खबर)", r"धेरै पढिएका?", r"यो पनि पढ्नुहोस्",
    r"холбоотой мэдээ(нүүд)?", r"их уншсан", r"ආශ්‍රිත පුවත්", r"ព័ត៌មានពាក់ព័ន្ធ",
    r"இதே பக்கத்தில்", r"மற்ற இதழ்களில்", r"பிற செய்திகள்",  # an e-paper's "on this page", "in other editions"
    # "Other news" / "Other updates" / "Related posts": a campaign's or a page's list of its other posts, and the
    # same in Telugu, Kannada, Malayalam, Lao, Kyrgyz, Hausa, Faroese, Icelandic, Breton, Welsh
    r"other (news|updates|posts|stories|articles)", r"(more|previous|earlier|recent) updates",
    r"ఇతర వార్తలు", r"సంబంధిత వార్తలు", r"ಇತರ ಸುದ್ದಿಗಳು", r"ಸಂಬಂಧಿತ ಸುದ್ದಿ", r"മറ്റ് വാർത്തകൾ", r"ബന്ധപ്പെട്ട വാർത്തകൾ",
    r"ຂ່າວອື່ນໆ", r"ຂ່າວທີ່ກ່ຽວຂ້ອງ", r"башка жаңылыктар", r"окшош жаңылыктар", r"тектеш жаңылыктар",
    r"(labarai|rubuce-rubuce) masu alaƙa", r"sauran labarai",
    # Hausa "Kuna iya so" (you may like), "Labarai da ɗumi-ɗuminsu" (the latest news), "Shahararrun labarai"
    r"kuna iya so", r"labarai da ɗumi-ɗuminsu", r"shahararrun labarai", r"بیشتر برای شما",
    # a newsletter's other stories: Tamil "இந்த இதழில் மேலும்" (more in this issue), Hindi "इस अंक में और"
    r"இந்த இதழில் மேலும்", r"இந்த இதழில்", r"इस अंक में (और|भी)",
    r"aðrar tíðindir", r"fleiri tíðindir", r"aðrar fréttir",
    r"tengdar fréttir", r"keleier all", r"pennadoù all", r"newyddion eraill", r"straeon cysylltiedig",
    # a listing's other items: "Other reports from Ashworth Magistrates' Court", "Other PLHM announcements", "Also
    # in Read later"; and "other news" in Mongolian, Zulu, Somali, Punjabi, Sinhala, Burmese
    r"other( [\w.&'’-]+){0,2} (reports|announcements|releases|filings|notices|judgments|documents|business)"
    r"( (from|in|on|by) .{1,50})?",  # ... "Other annotated documents", "Other business in this sitting"
    r"recently (changed|updated|added|edited|published) (stories|articles|posts|documents|pages)",  # a news-diff tracker
    r"also in .{1,40}", r"(market|markets|company|industry|sector) news",  # a business portal's rail: "Market news"
    # ("Local news", "World news" name a portal's menus and feeds as often as a rail)
    r"бусад мэдээ(нүүд)?", r"төстэй мэдээ", r"ezinye izindaba", r"izindaba ezihlobene",
    r"funda (futhi|nalokhu)", r"warar kale", r"warar la xiriira", r"akhri sidoo kale", r"ਹੋਰ (ਖ਼ਬਰਾਂ|ਖਬਰਾਂ|ਪਾਠ|ਲੇਖ)",
    r"(ਸੰਬੰਧਿਤ|ਸਬੰਧਿਤ) (ਖ਼ਬਰਾਂ|ਖਬਰਾਂ)", r"ਇਹ ਵੀ ਪੜ੍ਹੋ", r"තවත් පුවත්", r"අදාළ පුවත්", r"මේවාත් කියවන්න",
    r"ဆက်စပ်သတင်းများ", r"အခြားသတင်းများ",
    # "other news" / "related news" in Malagasy, Tibetan (with a Chinese gloss), Dhivehi, Kinyarwanda, Tatar
    r"vaovao (hafa|mifandraika)", r"འབྲེལ་ཡོད་གསར་འགྱུར།?( 相关(文章|新闻))?", r"གསར་འགྱུར་གཞན(་དག)?།?",
    r"އެހެން ޚަބަރުތައް", r"ގުޅުންހުރި ޚަބަރުތައް", r"andi makuru", r"izindi nkuru", r"inkuru bifitanye isano",
    r"башка яңалыклар", r"охшаш язмалар", r"бәйле яңалыклар",
    # Malayalam, Odia, Uyghur, Igbo, Maori, Tajik: "most read", "related/other news", "other issues", "similar
    # materials", "past newsletters"
    r"ഏറ്റവും കൂടുതൽ വായിച്ച(ത്|വ)", r"(ସମ୍ବନ୍ଧିତ|ଆହୁରି|ଅନ୍ୟାନ୍ୟ) ଖବର", r"(باشقا|مۇناسىۋەتلىك) (خەۋەرلەر|سانلار|ماقالىلەر)",
    r"akụkọ ndị ọzọ( .{1,30})?", r"akụkọ (ndị )?metụtara", r"akwụkwọ ozi ndị gara aga",
    r"(àwọn )?ìròyìn (mìíràn|míì|tó jọ mọ́ ọn)",  # Yoruba "other news", "related news"
    # Haitian Creole, Icelandic, Esperanto, Frisian, Albanian, Welsh: "other news", "more news", "read also"
    r"lòt nouvèl( yo)?", r"li tou", r"fleiri fréttir", r"tengdar fréttir", r"lestu einnig", r"pliaj (artikoloj|novaĵoj)",
    r"rilataj artikoloj", r"mear nijs", r"lês ek", r"lajme të tjera", r"lexo edhe", r"mwy o newyddion",
    r"mwy o straeon", r"mula sa (aming )?mga partner", r"nga partnerët", r"(more )?from our partners",
    # a coverage comparison's other outlets: "Headlines from other sources", "Titulares de otras fuentes",
    # "Manchetes de outras fontes", "Principais notícias" (top stories), "Cobertura completa: X" (full coverage)
    r"(headlines|stories|coverage) from other (sources|outlets|publishers)", r"titulares de otr[ao]s (fuentes|medios)",
    r"manchetes de outr[ao]s (fontes|veículos)", r"principais notícias", r"cobertura completa\s*[:：].{1,80}",
    r"full coverage\s*[:：].{1,80}",
    r"iš partnerių", r"fan ús partners",
    r"ngā pūrongo e hāngai ana", r"ētahi atu (pūrongo|kōrero)", r"маводи монанд", r"хабарҳои (дигар|марбут|монанд)",
)

# Headers that open a comment widget ("Comments", "5 thoughts on ...", "Leave a Reply").
COMMENT_HEADER = phrases(
    r"(\d+\s+)?(comments?|responses?|replies|reactions)(\s*\(\d+\))?", r"\d*\s*thoughts? on .{1,300}",
    # a blog's thread header quoting the post's title: "0 Kommentare zu “X”", "2 Gedanken zu „X“", "3 réflexions sur
    # « X »", "Un commento su “X”", "One comment on “X”"
    r"((\d+|ein|eine|one|un|une|uno|um|een) )?(kommentare?|gedanken?|comments?|commentaires?|réflexions?|comentarios?|"
    r"pensamientos?|commenti|commento|pensieri|comentários?|reacties|reactie|gedachten?) (zu|on|sur|sobre|su|em|op|over) "
    r"[“\"„«‘'].{1,300}",
    r"(one|ein|un|une|uno|um|een) (comment|kommentar|commentaire|comentario|commento|comentário|reactie|response|reply)",
    # Hausa: "Sharhi 3 kan “X”" (3 comments on X), "Ka bar sharhi" (leave a comment)
    r"sharhi( \d+)? kan [“\"„«‘'].{1,300}", r"(\d+ )?sharhi( \d+)?", r"ka bar sharhi",
    # a thread's rules box: "HOUSE RULES", "Community guidelines", "Kommentarregeln"
    r"house rules", r"community (guidelines|rules|standards)", r"comment(ing)? (policy|guidelines|rules)",
    r"kommentarregeln|kommentar-?richtlinien|règles de (modération|la communauté)|normas de (participación|la comunidad)",
    # readers' letters printed under the story: "Readers respond", "Letters to the editor", "Your letters"
    r"readers (respond|write|react)", r"readers['’]? letters", r"letters to the editor", r"your letters",
    r"reader responses", r"leave a (reply|comment)", r"post a comment", r"add a comment", r"join the (discussion|conversation)",
    r"discussion \(\d+\)",  # an app's thread under the story: "Discussion (12)" (a bare "Discussion" is a paper's section)
    r"discussion about this (post|article|story)", r"comments restacks",
    r"(show|view|load|see) (all )?(\d+ )?comments", r"(no|be the first to) comment.{0,30}",
    r"no comments yet\.*", r"reader comments", r"(team|internal|editor'?s'?) notes",  # a clipping tool's team notes
    r"commentaires?", r"(\d+ )?réactions?", r"laisser un commentaire", r"réagi(r|ssez)",
    r"跟贴(\s*\d+人参与.*)?",  # NetEase-like portals: "跟贴 326", "跟贴 326人参与 2019条评论"
    # a counter with the thread's sort order: "3 commentaires · Les plus récents", "12 Comments | Newest first"
    r"(\d+ )?(comments?|commentaires?|kommentare?|comentarios?|commenti|comentários?)\s*[·|•]\s*(sort(ed)? by .{1,20}|"
    r"newest( first)?|oldest( first)?|most recent|top|best|les plus récents|les plus anciens|neueste|älteste|"
    r"más recientes|più recenti|mais recentes)", r"kommentare?", r"(\d+ )?kommentar(e)?",
    r"comentarios?", r"deja (un|tu) comentario", r"comentários?", r"deixe (um|seu) comentário",
    r"commenti", r"lascia un commento", r"reacties", r"评论", r"網友評論|网友评论|留言", r"(热门|最新|全部|精彩)评论",
    r"精选留言|精選留言",  # an official-account article's "selected comments"
    r"コメント", r"댓글",
    r"この記事(への|に対する|についての)コメント", r"(本文|文章)评论",  # "comments on this article": "この記事へのコメント（3件）"
    r"комментари[ий]", r"टिप्पणियाँ", r"التعليقات", r"yorumlar", r"komentar", r"komentarze",
    r"(\d+ )?(reacties|reactie|kommentarer|kommentti[a]?|kommentit|komentáře|diskuse|yorum(lar)?|komentar|"
    r"bình luận|ý kiến|ความคิดเห็น|σχόλια|comentarii|hozzászólások|kommentek|коментарі|תגובות( נבחרות)?|نظرات|"
    # Xhosa, Sindhi, Assamese/Bengali, Turkmen, Tigrinya "comments"
    r"izimvo|تبصرا|راءِ|মন্তব্য|teswirler|ርእይቶታት)",
    r"(doe mee aan de discussie|delta i diskussionen|dołącz do dyskusji|tartışmaya katılın|ikut berdiskusi|"
    r"tham gia thảo luận|ร่วมแสดงความคิดเห็น|συμμετάσχετε στη συζήτηση)[.…]*",
    r"(plaats een reactie|reageer|skriv en kommentar|kommentera|skomentuj|dodaj komentarz|yorum yap|"
    r"tulis komentar|viết bình luận|แสดงความคิดเห็น|γράψτε ένα σχόλιο|lasă un comentariu)",
    # Croatian / Serbian / Slovene / Slovak, Catalan, Swahili, Bengali, Malay: "4 komentara", "Comentaris (6)",
    # "Maoni (5)", "মন্তব্য (৩)", "Komen"
    r"(\d+ )?(komentari|komentara|komentar|komentarji|komentáre|komentárov|comentaris|comentari|maoni|মন্তব্য|komen)",
    # Lithuanian, Estonian, Serbian Cyrillic, Slovak, Tagalog, Urdu: "Komentarai (5)", "Kommentaarid (5)",
    # "Коментари (5)", "Diskusia", "Mga komento", "تبصرے (3)"
    r"(\d+ )?(komentarai|komentarų|kommentaarid|kommentaari|коментари|коментара|diskusia|mga komento|تبصرے)",
    # Afrikaans, Icelandic, Latvian, Albanian, Georgian, Armenian, Welsh
    r"(\d+ )?(kommentaar|kommentare|athugasemdir|komentāri|komente|კომენტარები|արձագանքներ|մեկնաբանություններ|sylwadau|"
    # Basque, Maltese, Bulgarian, Kazakh, Amharic
    r"iruzkinak|kummenti|коментари|пікірлер|አስተያየቶች|"
    # Azerbaijani, Uzbek, Irish, Tamil, Nepali, Mongolian, Sinhala, Khmer
    r"şərhlər|rəylər|izohlar|fikrlar|tráchtanna|tuairimí|கருத்துகள்|கருத்துக்கள்|प्रतिक्रियाहरू|टिप्पणीहरू|"
    r"प्रतिक्रिया|сэтгэгдэл(үүд)?|අදහස්|មតិយោបល់|"
    # Malayalam, Odia, Uyghur, Igbo ("people's words"), Maori ("the viewers' talk"), Tajik
    r"അഭിപ്രായങ്ങൾ|പ്രതികരണങ്ങൾ|ମନ୍ତବ୍ୟ|ئىنكاسلار|باھالار|okwu ndị mmadụ|kōrero( a te hunga (mātakitaki|pānui))?|"
    r"шарҳҳо|назарҳо)(\s*\(\d+\))?",
)

# Lines that only exist in comment widgets: empty states, forms, sort controls.
COMMENT_CHROME = rx(
    r"^\s*(no comments( yet)?\.*|be the first to comment.*|write a comment\.*|comment\s*\*?|name\s*\*?|"
    r"email\s*\*?|website|post comment|submit comment|sort by.{0,20}|newest|oldest|top comments|"
    r"your email address will not be published.*|required fields are marked.*|"
    r"save my name, email, and website.*|cancel reply|log in to (comment|reply).*|"
    r"aucun commentaire.*|noch keine kommentare.*|sin comentarios.*|sem comentários.*|暂无评论.*)\s*$",
    re.IGNORECASE,
)

# Headers of promo blocks: app downloads, AI-feature upsells, newsletters, subscriptions.
# A search-style block of generated questions under the story, each answered in an accordion (SEO filler, no
# teasers, a promo block that runs over its question / answer pairs): "People also ask"
_FAQ_HEADERS = (r"people also ask(ed)?", r"ähnliche fragen", r"andere fragten auch", r"autres questions posées",
                r"otras preguntas (de los usuarios|relacionadas)", r"outras perguntas (relacionadas|dos usuários)",
                r"orang (lain )?juga bertanya", r"लोग यह भी पूछते हैं",
                # a site's questions about its own app under the story: "Hỏi đáp về ứng dụng WikiTin" (Q&A about the
                # WikiTin app), "Frequently asked questions about the X app", "Preguntas frecuentes sobre la app"
                r"(faqs?|frequently asked questions|questions( and answers)?|q ?& ?a) about (the |our )?(.{1,30} )?app",
                r"hỏi đáp về ứng dụng.{0,30}", r"preguntas frecuentes sobre (la|nuestra) app.{0,30}",
                r"questions fréquentes sur l['’]application.{0,30}", r"häufige fragen zur app.{0,30}")
FAQ_HEADER = phrases(*_FAQ_HEADERS)
PROMO_HEADER = LineRule(
    phrases(
    r"download (the|our) app", r"get (the|our) app", r"get started now:? download the app", r"try our ai features?",
    r"sign up for (our|the) newsletter", r"(subscribe|sign up)( to| for)?( our)?( newsletter| updates)?",
    # Hebrew "sign up", "summary of the page with X AI (beta)": an intranet clipping's sign-up and AI boxes
    r"הרשמה", r"הירשמו( לניוזלטר| לעדכונים)?", r"סיכום (הדף|הכתבה|הידיעה|העמוד) (בעזרת|עם|באמצעות) .{1,40}",
    r"newsletter", r"never miss a (story|thing)",
    *_FAQ_HEADERS,
    # sponsored link grids and app/AI upsells: "Sponsored", "Around the web", "Get X on your phone"
    r"sponsored( stories| content| links| posts| articles)?( by .{1,30})?", r"(paid|partner|promoted) (content|stories|posts|links)",
    r"around the web", r"from (our|the) partners", r"partner news",
    r"(новости|материалы) партн[её]ров", r"партн[её]рские материалы",  # "Новости партнёров": paid link grids
    r"get .{1,40} on your (phone|device|mobile)",
    # an AI box's label, the tool named: "Summarise this page with Hub AI (beta)" (an intranet's clipping)
    r"summari[sz]e ((this|the) (page|article|story|post|clipping|report|document) )?(with|using) .{1,40}",
    # a classifieds grid between a story's paragraphs: "Featured listings near you", "Marketplace"
    r"(featured |sponsored |local |latest |top )?(listings|classifieds)( near you| in your area| for you)?",
    r"marketplace( (picks|deals|listings))?", r"turn on notifications",
    # a recipe's shop box: "Buy the ingredients at X", "Compra els ingredients al Rebost", "Zutaten bestellen"
    r"(buy|shop|order|get) (the|these|all the) ingredients( (at|from|on|with) .{1,30})?",
    r"(compra|compreu|compri) (els|los|les) (ingredients|ingredientes)( .{1,30})?",
    r"achet(ez|er) les ingrédients( .{1,30})?", r"zutaten (kaufen|bestellen)( .{1,30})?",
    r"acquista gli ingredienti( .{1,30})?", r"shop (this|the) (recipe|look|story)", r"was this (article|story|page) helpful\??",
    r"sponsoris[ée]s?", r"gesponsert", r"patrocinad[oa]s?", r"sponsorizzat[oi]", r"赞助(内容)?",
    # the same label in Slovak, Czech, Polish, Slovene, Croatian, Greek, Dutch, Nordic, Hungarian, Romanian, Turkish
    r"sponzorovan[éý]", r"sponsorowane", r"sponzorirano", r"χορηγούμενο", r"gesponsord", r"sponsrat", r"sponsoreret",
    r"sponset", r"szponzorált", r"sponsorizat", r"sponsorlu",
    # a community page's row of its sponsors' names: "Our sponsors", "Unsere Sponsoren", "Ngā kaitautoko" (Māori)
    r"(our )?sponsors", r"(unsere )?sponsoren", r"(nos )?(sponsors|partenaires)", r"(nuestros )?patrocinadores",
    r"ngā kaitautoko",
    r"(حمّل|حمل|نزّل|تحميل) (تطبيق|التطبيق).{0,40}", r"скачайте приложение.{0,40}", r"アプリをダウンロード.{0,20}", r"follow us( on .{1,30})?", r"stay (informed|updated|connected)",
    r"télécharge[rz] (l'|notre )application", r"abonnez-vous", r"inscrivez-vous", r"app herunterladen",
    r"newsletter abonnieren", r"jetzt abonnieren", r"abunar (il|ils) (bulletin|newsletter)( da novitads)?", r"descarga (la|nuestra) app", r"suscr[ií]bete", r"suscribirse",
    r"baixe o app", r"assine", r"inscreva-se", r"scarica l'app", r"iscriviti", r"下载(客户端|app|APP)", r"订阅",
    r"(unduh|download) aplikasi .{1,40}", r"download de .{0,30}app",
    r"ladda ner (appen|.{1,30}appen)", r"pobierz aplikację.{0,30}", r"tải ứng dụng.{0,30}", r"ดาวน์โหลดแอป.{0,30}",
    r"κατεβάστε την εφαρμογή.{0,30}", r"google play\s*(&|and|·)?\s*app store", r"app store\s*(&|and|·)?\s*google play",
    # "read it faster in the X app" beyond English: "Citește mai rapid în aplicația X", "Lies schneller in der X-App"
    r"(citește|descarcă|deschide)\b.{0,40}\baplicați(a|e)\b.{0,40}",
    r"(abonneer|schrijf je in|prenumerera|subskrybuj|zapisz się|berlangganan|langganan|đăng ký|สมัครสมาชิก|"
    r"εγγραφείτε|abonează-te|feliratkozás)( .{0,40})?",
    ),
    # headers whose key words may come after a name ("X uygulamasını indir", "X'i takip edin", "Y nieuwsbrief"):
    # matched only in lines holding one of the needles (a leading ".{0,40}" costs a try per position)
    phrases(
    r".{0,30}uygulamasını indir.{0,30}", r".{0,40}abone ol(un)?",
    r".{0,40}\b(nieuwsbrief|nyhetsbrev|bülten|buletin|biuletyn|newsletter)\w*.{0,40}",
    r".{0,40}\b(takip edin|volg ons|följ oss|obserwuj nas|ikuti kami|theo dõi|ติดตาม|ακολουθήστε)\b.{0,40}",
    # the two store buttons with their own labels, maybe glued: "Descarcă din App StoreDisponibil pe Google Play",
    # "Download on the App Store Get it on Google Play"
    r".{0,30}app store\s*.{0,30}google play", r".{0,30}google play\s*.{0,30}app store",
    ),
    ("app store", "google play", "uygulamasını indir", "abone ol", "nieuwsbrief", "nyhetsbrev", "bülten", "buletin", "biuletyn", "newsletter",
     "takip edin", "volg ons", "följ oss", "obserwuj nas", "ikuti kami", "theo dõi", "ติดตาม", "ακολουθήστε"),
)

# Single lines of promo / consent chrome anywhere on the page, and decorative image alt texts a dump shows
# ("Orange background", "hero image").
# Listen buttons beyond English, with a duration after them: "Haberi dinle 3 dk", "Ouvir notícia 4 min", "Posłuchaj
# artykułu", "Voorlezen", "記事を音声で聞く", "收听本文", "استمع إلى المقال", "Nghe đọc bài" (after a ▶ or 🔊 glyph too).
_LISTEN = (
    r"(haberi (sesli )?dinle|listen with (ai|synthetic|computer) (narration|voice)|artikel vorlesen|"
    r"mit ki-stimme anhören|écouter cet article( \(voix de synthèse\))?|posłuchaj (artykułu|tekstu)|dengarkan (artikel|berita)( ini)?|luister (naar )?(dit |het )?artikel|"
    r"(laat dit artikel )?voorlezen|ouvir (a |esta )?(notícia|matéria)|記事を(音声で)?聞く|音声で聞く|音声読み上げ|"
    r"(收听|听)(新闻|本文|全文)|朗读(本文|全文)?|استمع (إلى|الى) (المقال|الخبر)|nghe (đọc )?bài( viết)?|"
    r"listen to (this|the) (article|story)|ouça (esta|a) notícia|escucha (esta|la) noticia|écouter (cet |l')article|"
    r"artikel anhören|ascolta (l'articolo|la notizia)|слухати (статтю|новину|текст)|слушать (статью|новость|текст)|"
    r"poslechn(out|ěte)( si)? (článek|text|zprávu)|vypočujte si (článok|správu)|kuuntele (artikkeli|juttu|uutinen)|"
    r"lyssna på (artikeln|texten)|lytt til (artikkelen|saken)|lyt til artiklen|"
    r"escuchar (el |este )?artículo|האזינו לכתבה|기사 듣기|ฟังข่าว)"
    r"(\s*[·|•]?\s*(lu par une voix de synthèse|read by an? (ai|synthetic|computer) voice|"
    r"gelesen von einer (ki|synthetischen) stimme|leído por una voz sintética|озвучено штучним інтелектом))?"
    r"(\s*[·|•-]?\s*\d+([:.]\d+)?\s*(min|mins|minutes?|dk|dakika|menit|minuten|minuti|minutos|分)?\.?)?"
    r"(\s*[·|•]\s*(suara ai|ai voice|voz (de|por) ia|ki-stimme|voix (de )?l'ia))?"
)
PROMO_LINE = LineRule(
    rx(
        r"^\s*(.{0,40}\bdownload (the|our) .{0,30}app.*|"
        r"explore what .{1,40} can do for you:?|try our ai features?|app-?store\s*play-?store|"
        r"(upgrade|go|switch) (to )?(pro|premium|plus|ad-free)( .{0,40})?|"
        r"get it on google play|download on the app store|"
        r"the most important news of the day.{0,80}|cookies on .{1,40}|accept( all)?( cookies)?|"
        r"reject all|manage (cookie )?(preferences|settings)|cookie (settings|preferences|policy)|"
        r"sign up|subscribe( now)?|suscribirse|s'abonner|abonnieren|"
        r"[\w-]+ (background|banner|backdrop)( image)?|(background|banner|hero|decorative) image|"
        r"内容由ai生成.*|je m'inscris|sign me up|जुड़ें|"
        # "Recibe las noticias de X en WhatsApp", "Get our news on Telegram", "Unirme al canal", "Join the channel"
        r"(get|receive|recibe|reciba|receba|reçois|recevez|erhalten sie|ricevi) .{0,60}\b(whatsapp|telegram)\b.*|"
        # "Siga o canal do X no WhatsApp e receba ...", "Follow X on WhatsApp", "تابع قناة X على واتساب"
        r"(siga|sigue|segui|follow|suivez|folgen sie|folge|volg|ikuti|takip edin|تابع) .{0,60}"
        r"(\b(whatsapp|telegram)\b|واتساب|تيليجرام|تلغرام).*|"
        r"(join|unirme a|únete a|unete a|rejoindre|rejoignez|entre n[oa]|entrar n[oa]|beitreten|unisciti a)l? "
        r"(the |our |nuestro |notre )?(channel|canal|chaîne|kanal|canale)( beitreten)?|"
        # AI summary and audio-player labels: "AI 摘要", "KI-Zusammenfassung", "Listen to this article", "Ouça esta notícia"
        r"(ai|ki|ia)[- ]?(summary|摘要|总结|要約|요약|zusammenfassung|résumé|resumen|resumo|riassunto)|"
        + _LISTEN + r"|[▶►▷🔊🎧]\s*(" + _LISTEN + r")|"
        # app downloads in other scripts: "حمّل تطبيق X", "скачайте приложение"
        r"(حمّل|حمل|نزّل|تحميل) (تطبيق|التطبيق).*|скача(йте|ть) приложение.*|"
        r".{0,30}ايپ ڊائون لوڊ ڪريو.*|"  # Sindhi "download the X app"
        r"get the .{1,30} app( for .{1,40})?|"  # "Get the Parley app for iPhone and Android"
        # "Get the latest news straight to your phone with the X app.", "Get breaking news alerts on your phone"
        r"get (the latest|breaking|local|the top) (news|headlines|updates|stories)( alerts)?( straight| delivered| sent)? "
        r"(to|on) your (phone|device|mobile|inbox)\b.{0,60}|"
        # an AI tool's prompt line: "AI digest: summarise this announcement in three bullet points"
        r"(ai|ki|ia)[- ](summary|digest|recap|summari[sz]er|assistant)\s*[:：፡፦]\s*.{0,600})\s*$",  # (or its summary)
        re.IGNORECASE,
    ),
    rx(
        # the same chrome mid-line: app-store pitches, consent and subscription fine print, follower counts,
        r"\b(app today from your preferred app store|by subscribing,? you agree|we use cookies|"
        r"(fans like|followers follow|subscribers subscribe)\b|"
        # AI narration and summary disclaimers, newsletter and messaging-channel upsells in several languages,
        # app downloads in other scripts ("ऐप डाउनलोड करें", "アプリをダウンロード", "앱 다운로드")
        r"(narrated|read) by an? ai\b|ai can make mistakes\b|(áudio|audio) gerad[oa] por intelig|"
        r"dans votre boîte (mail|aux lettres)|in your inbox\b|whatsapp[- ](channel|kanal|canal)\b|"
        # synthetic narration: "3 dk · Yapay zekâ seslendirmesi", "door een AI-stem", "read by an AI voice"
        r"\bai[- ](stem|voice|stimme|voix|voz)\b|yapay zek[aâ] (seslendirme|sesi)\w*)|"
        r"由.{0,12}ai生成|व्हाट्सऐप चैनल|ऐप डाउनलोड करें|アプリをダウンロード|앱 다운로드|"
        # app downloads and e-paper subscriptions in Tamil, Nepali, Azerbaijani, Uzbek, Irish, Macedonian, Mongolian
        r"செயலியை(ப்)? பதிவிறக்க|சந்தா செலுத்த|एप डाउनलोड|एप्प डाउनलोड|tətbiqi yüklə|ilovani yuklab|"
        r"íoslódáil an aip|преземи(те)? ја апликацијата|апп(ыг)? тат|"
        # whole short lines, looked at only when their words are there: "Read on the go: Quillfeed for iPhone, iPad and
        # Android", "... sign up for free to ask follow-up questions", "X Pro: ... Upgrade for £3.99 a month", "...
        # Available in Quillfeed Pro"
        r"^(.{0,60}\b(for|on) (iphone|ipad|ios|android)((,| and| &| or) (iphone|ipad|ios|android))+[.!]?|"
        r".{0,80}\bsign up (for )?free"
        r"\b.{0,60}|.{0,160}\b(upgrade|subscribe|join|become a (member|subscriber|supporter)) (for|from) [£$€]\s?\d.{0,120}|"
        # a browser extension's pitch and a newsletter's: "Add Redline to your browser and see ...", "Money Matters,
        # our free monthly email: rates, tips and news"
        r".{0,80}\b(add|install|get) (the )?\S{1,30}( extension)? (to|for|in) your browser\b.{0,160}|"
        # a paywall's cut, a short line asking to subscribe or log in for the full story: "To view the full story,
        # please subscribe to The X Times.", "Subscribe now to our eNATION edition for the full story."
        r"(?=.{0,200}$).{0,100}\b(subscribe|subscribers?|subscription|log ?in|sign in|register)\b.{0,80}"
        r"\b(full|whole|entire|complete) (story|article)\b.{0,60}|"
        r"(?=.{0,200}$).{0,40}\bto (view|read|see|access|unlock) the (full|whole|entire|complete) (story|article)\b.{0,40}"
        r"\b(subscribe|log ?in|sign in|register|become a (member|subscriber))\b.{0,140}|"
        # an app pitch ending a story: "For the latest stories and breaking news updates download the X apps for iOS and
        # Android." (the start rule takes a line that opens with the download)
        r"(?=.{0,200}$).{0,120}\bdownload (the|our) .{1,40}\bapps?\b.{0,10}\b(for|on) (iphone|ipad|ios|android)\b.{0,60}|"
        r".{0,80}\bour (free )?(daily|weekly|monthly|morning|evening|fortnightly) (e-?mail|newsletter)\b.{0,120}|.{0,160}\bavailable (in|with|on) "
        r"[\w ]{1,30} (pro|premium|plus)\.?)\s*$",
        re.IGNORECASE,
    ),
    ("app store", "subscribing", "cookies", "fans like", "followers follow", "subscribers subscribe", " ai",
     "udio gerad", "boîte", "inbox", "whatsapp", "व्हाट्सऐप", "ऐप डाउनलोड", "アプリ", "앱 다운로드", "yapay", "ai生成",
     "செயலிய", "சந்தா செலுத்த", "एप", "tətbiqi", "ilovani", "íoslódáil", "апликацијата", "апп", "iphone", "ipad",
     "android", "sign up free", "sign up for free", " for £", " for $", " for €", " from £", " from $", " from €",
     "available in", "available with", "available on", "your browser", "ly email", "ly newsletter", "ing email",
     "ing newsletter", "ily email", "ily newsletter", "full story", "full article", "whole story", "whole article",
     "entire story", "entire article", "complete story", "complete article"),
)

# Lines inside an article that are not part of it: ad labels, "continue reading", "read more: ...".
# A list item that is only a web address: a reader view's numbered link footnotes ("3. https://transit.example/x"),
# a link dump under the story (a bare address on a line of its own between paragraphs may be the story's).
# An ad slot's label on a line of its own, in the languages we meet (Persian "آگهی": a classified or display ad).
_AD_LABELS = (
    r"advertisement|advertising|sponsored( content)?|ad|anzeige|publicité|publicidad|publicidade|pubblicità|"
    r"广告|広告|реклама|विज्ञापन|إعلان|광고|advertentie|annons|annonce|annonse|mainos|reklama|reklam|iklan|"
    r"oglas|publicitate|publicitat|tangazo|matangazo|বিজ্ঞাপন|تبلیغات|آگهی|iklan berbayar|"
    # the same ad label in Gujarati, Marathi, Telugu, Tamil, Kannada, Malayalam, Punjabi, Urdu, Lao, Khmer, Burmese,
    # Sinhala, Kazakh/Kyrgyz, Georgian, Armenian, Hebrew, Amharic, Hausa, Somali, Faroese/Icelandic, Breton, Welsh,
    # Irish, Estonian, Latvian, Albanian, Basque
    r"જાહેરાત|जाहिरात|ప్రకటన|விளம்பரம்|ಜಾಹೀರಾತು|പരസ്യം|ਇਸ਼ਤਿਹਾਰ|اشتہار|ໂຄສະນາ|ពាណិជ្ជកម្ម|ကြော်ငြာ|දැන්වීම|"
    r"жарнама|რეკლამა|գովազդ|פרסומת|ማስታወቂያ|talla|xayaysiis|lýsing|auglýsing|bruderezh|hysbyseb|fógra|reklaam|"
    r"reklāma|reklamë|iragarkia")
AD_LABEL = rx(r"^\s*(" + _AD_LABELS + r")\s*$", re.IGNORECASE)
# The line closing an ad slot that names its sponsor: "Sponsored by X", "Paid content from X", "Gesponsert von X",
# "Contenido patrocinado por X", "محتوای حمایت‌شده از X" (Persian "content sponsored by X")
SPONSOR_LINE = rx(
    r"^\s*(sponsored by|paid (content|post|partnership) (from|by|with)|promoted by|presented by|in partnership with|"
    r"gesponsert von|präsentiert von|bezahlter inhalt von|sponsorisé par|contenu (sponsorisé|partenaire)( de| par)?|"
    r"(contenido )?patrocinado por|conteúdo patrocinado( por| de)?|contenuto sponsorizzato( da)?|gesponsord door|"
    r"sponsrad av|sponset av|sponsoreret af|sponsoroitu|sponsorowane przez|محتوای حمایت[\u200c ]?شده( از)?|"
    r"برعاية|محتوى (مدفوع|برعاية)|"
    # a newsletter's sponsor: "This issue is brought to you by: X", "இந்த இதழை வழங்குவோர்: X" (Tamil)
    r"(this (issue|edition|newsletter|email) is )?(brought to you|supported) by\s*:?|"
    r"(இந்த இதழை|இதை) வழங்குவோர்\s*:|इस अंक के प्रायोजक\s*:)\s+\S.{0,60}$",
    re.IGNORECASE,
)
BARE_URL = rx(r"^\s*(https?://|www\.)\S+\s*$", re.IGNORECASE)
# After an inline label ("Related:"), not a full sentence of more than 20 words: "Related: The show opens on 12
# December and runs until March; entry is free, and ..." is the story's own paragraph.
_NO_LONG_SENTENCE = r"(?!(\s+\S+){21,}(?<=[.。])\s*$)"
INLINE_NOISE = rx(
    r"^\s*((#[^\W_][\w-]*\s*){2,}|"  # a post's hashtag row: "#BorgoArdena #sanità #Valdora"
    # an autoplay card's countdown and buttons: "Playing in 5", "Next video in 3", "Cancel Play now", "Autoplay"
    r"(playing|starts|next video|up next) in \d{1,2}( s| sec(onds)?)?|cancel( play now)?|play now|autoplay( on| off)?|"
    r"wiedergabe in \d{1,2}( s)?|lecture dans \d{1,2}( s)?|reproduciendo en \d{1,2}|"
    # a carousel's controls: its arrows ("› ‹", "❮ ❯", "← →") and its dots ("●○○○○○○○")
    r"[‹›<>«»←→◀▶❮❯]{1,2}(\s*[‹›<>«»←→◀▶❮❯]{1,2})?|[●○•◦·∙]{3,}|"
    # a story-card viewer's swipe hint: "Swipe left for the next page ›", "向左掃睇下一頁 ›", "左にスワイプして次へ"
    r"(swipe|tap) (left|right|up) (for|to (see|read|go to)) (the )?(next|more)( page| card| slide| story)?\W{0,3}|"
    r"向(左|右)(掃|滑|扫)(睇|看)?下一頁\W{0,3}|向(左|右)滑(动|動)(查看|看)?下一页\W{0,3}|(左|右)にスワイプ.{0,10}|"
    # a media player's clock and speed ("▶ 00:00 / 18:04 1x"), its row of speeds ("0.75× 1× 1.25× 1.5× 2×", "1배")
    r"[▶►⏵]?\s*\d{1,2}:\d{2}(:\d{2})?\s*/\s*\d{1,2}:\d{2}(:\d{2})?(\s+\d([.,]\d+)?\s*[x×])?|"
    r"(\d([.,]\d+)?\s*[x×배倍]\s*){3,}|"
    # a CMS's hits counter ("Ogledi: 964", "Visites: 2317", "Zugriffe: 1.204", "Hits: 88")
    r"(views|hits|ogledi|visites|visitas|visite|zugriffe|aufrufe|zobrazení|wyświetlenia|megtekintések|lettori|"
    r"leituras|vistas|weergaven|visningar|visninger|katselut|просмотры|перегляди)\s*[:：]\s*\d[\d.,  ]*|"
    # an article pager's buttons ("‹ Nazaj", "Naprej ›", "« Previous", "Next »")
    r"[‹«<]\s*(prev|previous|back|zurück|précédent|anterior|precedente|vorige|föregående|forrige|edellinen|"
    r"předchozí|poprzedni|nazaj|előző|назад)|(next|weiter|suivant|siguiente|successivo|volgende|nästa|neste|næste|"
    r"seuraava|další|następny|naprej|következő|далее|вперёд)\s*[›»>]|"
    # a lazy-loaded box's placeholder ("Loading…", "Loading map…", "Wird geladen…", "Chargement…", "Cargando…")
    r"(loading|wird geladen|lädt|chargement|cargando|caricamento|carregando|laden)( \w+)?\s*(…|\.{3})|"
    # a forum quote box's expander ("Click to expand...", "Zum Erweitern anklicken...", "Cliquez pour agrandir...")
    r"click to expand\.*|zum erweitern anklicken\.*|cliquez pour (agrandir|développer)\.*|"
    r"haz clic para (expandir|ampliar)\.*|clicca per espandere\.*|"
    # a forwarded mail's quoted header ("---------- Forwarded message --------- From: X <x@y> Date: ... Subject: ..."),
    # its sender and recipient rows, and a newsletter's footer ("You are receiving this email because ...")
    r"-{3,}\s*(forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|"
    r"message d'origine|mensaje reenviado|mensaje original|messaggio inoltrato|doorgestuurd bericht)\s*-{3,}.*|"
    r"(from|to|cc|von|an|de|à|para|da|a)\s*:\s*[^<>\n]{0,60}<[^<>\s@]+@[^<>\s]+>.*|"
    r"(date|sent|datum|gesendet|envoyé|enviado|inviato)\s*:\s*\w{2,10}\.?,? .{4,40}\d{1,2}:\d{2}.*|"
    r"(subject|betreff|objet|asunto|oggetto)\s*:\s*\S.{0,200}|"
    r"you (are receiving|received) this (e-?mail|message|newsletter) because.*|unsubscribe( \| .{1,80})?|"
    # a web clipper's stamp: "Clipped with Plinth Web Clipper", "Saved with Pocket", "Clipped from example.com"
    r"(clipped|saved|captured|archived) (with|using|via|from) \S.{0,50}|"
    + _AD_LABELS + r"|"
    # "story continues below the ad" in more languages
    r"cerita berlanjut di bawah iklan|artikel berlanjut di bawah( iklan)?|haber(in)? devamı (aşağıda|reklamın altında)|"
    r"(het )?(verhaal|artikel) gaat verder (onder|na) (de )?advertentie|artikeln fortsätter (nedan|under annonsen)|"
    r"dalsza część (artykułu )?pod reklamą|(câu chuyện|bài viết) tiếp tục (bên dưới|sau quảng cáo)|"
    r"เนื้อหาต่อจากโฆษณา|συνέχεια (παρακάτω|μετά τη διαφήμιση)|"
    r"quảng cáo|โฆษณา|διαφ[ηή]μιση|publicitate|hirdetés|"  # (Greek capitals drop the accent: "ΔΙΑΦΗΜΙΣΗ")
    # a portal's "the story continues" marker under an ad slot, beyond English: "Η ιστορία συνεχίζεται", "Článok
    # pokračuje", "Der Artikel geht weiter", "L'article continue", "El artículo continúa", "L'articolo continua"
    r"(η )?ιστορ[ιί]α συνεχ[ιί]ζεται( παρακ[αά]τω)?|(článok|článek|príbeh|příběh) pokračuje( nižšie| níže)?|"
    r"(der )?artikel geht (unten )?weiter|l['’]article continue( ci-dessous)?|(el )?artículo continúa( abajo)?|"
    r"l'articolo (continua|prosegue)( sotto)?|o artigo continua( abaixo)?|(het )?artikel gaat (hieronder )?verder|"
    r"(artykuł|historia) (jest kontynuowan[ya]|ciąg dalszy)( poniżej)?|(a )?cikk folytatódik|articolul continuă|"
    r"continue reading( below| the main story)?|story continues( below( advertisement)?)?|"
    r"article continues below( advertisement)?|scroll to continue( with content)?|skip (the )?ad|"
    r"(read|see) (more|also|next)\s*[:：፡፦]" + _NO_LONG_SENTENCE + r".{0,200}|related\s*[:：፡፦]" + _NO_LONG_SENTENCE
    + r".{0,200}|click here to .{0,100}|"
    r"also (on|at|in) [^:：]{2,40}[:：፡፦]\s.{5,200}|"
  # "Also on Linecast: Castle Street to go traffic-free"
    r"continue reading (on|at) .{1,80}|read (the )?full (story|article)( on .{1,60})?|"
    # the same link to the original in more languages: "Leger vinavant tar X →" (Romansh), "Weiterlesen bei X",
    # "Lire la suite sur X", "Continuar leyendo en X", "Continua a leggere su X", "Lleer más en X"
    r"(leger vinavant|weiterlesen|lire la suite|continuar leyendo|seguir leyendo|continua a leggere|lleer más|"
    r"continuar a ler|verder lezen|czytaj dalej|läs vidare|les videre|lue lisää) (tar|bei|auf|sur|chez|en|su|na|op|"
    r"bij|w|på|hos|osoitteessa) .{1,80}?\s*[→›»>]?|"
    # a product or event card's button on a line of its own: "mehr Infos", "More info", "Plus d'infos"
    r"(mehr infos?|more info(rmation)?|plus d['’]infos?|más info(rmación)?|maggiori info(rmazioni)?|"
    r"meer info(rmatie)?|mais informações|więcej informacji)\s*[›»→>]?|"
    # "article continues below the ad" in other languages
    r"記事は下に続きます|广告(后|之后)继续|下文继续|기사 계속|weiterlesen nach der anzeige|"
    r"la suite (après|sous) (cette )?(la )?publicité|(sigue|continúa) leyendo( abajo| después de la publicidad)?|"
    r"continua (depois|após) d?a publicidade|continua a leggere( dopo la pubblicità)?|"
    # a social post embed's chrome: "View this post on Instagram", "A post shared by X (@x)", "Ver essa foto no Instagram"
    r"(view|see) this (post|photo|video) on (instagram|facebook|tiktok|x)|a (post|photo|video) shared by .{1,80}|"
    r"ver (essa|esta) (foto|publicação|publicación|postagem) no instagram|ver esta publicación en instagram|"
    r"(um|uma) (post|publicação) compartilhad[oa] por .{1,80}|una publicación compartida por .{1,80}|"
    r"voir cette publication sur instagram|une publication partagée par .{1,80}|"
    r"sieh dir diesen beitrag auf instagram an|ein beitrag geteilt von .{1,80}|"
    # a quote widget's ticker chips: "In this article: CVNF +7.81% FNMK -0.64%"
    r"in this (article|story)\s*:.{1,80}|"
    # an unrendered template's placeholders ("By {{ page.extra.byline }} · {{ page.date | date(...) }}") and a
    # WordPress shortcode printed as text ("[ad_inline slot="x"]", "[embed]https://x.example/v[/embed]")
    r".{0,60}\{\{\s*[\w.]+[^{}\n]{0,80}\}\}.{0,160}|.{0,60}\{%\s*\w+[^%\n]{0,80}%\}.{0,160}|"
    r"(?-i:\[[a-z][a-z0-9_-]{1,30}(\s[^\]\n]{0,200}=[^\]\n]{0,200})?\][^\[\n]{0,300}\[/[a-z][a-z0-9_-]{1,30}\]|"
    r"\[[a-z][a-z0-9_-]{1,30}\s[^\]\n]{0,200}=[^\]\n]{0,200}\]|\[[a-z][a-z0-9-]{0,30}_[a-z0-9_-]{1,30}\])|"
    r"(© )?provided by .{1,60}|share( this( article| story)?)?|(share on )?(facebook|twitter|x|linkedin|whatsapp|"
    r"reddit|email|pinterest|telegram)( \| .*)?|like\s*dislike\s*\d*|\d+\s*reply|like reply|reply|"
    r"(image|photo|picture) (credit|source)s?\s*[:：፡፦].{0,120}|listen to this article.{0,40}|"
    r"\d+ min(ute)?s? read|print|copy link|font size|A\+?\s*A-?)\s*$",
    re.IGNORECASE,
)

# Lines made only of share-bar labels ("Share LinkedIn Email WhatsApp Reddit").
# Also one such word alone or as a bullet item: share bars printed one button per line ("Compartir", "• X").
# A blog's like, share and rating widgets as lines of text (WordPress "Like this: / Like Loading...", "Gefällt mir:
# / Gefällt mir Lade...", "Share this:", "War der Artikel nützlich?", "(95 Stimmen: 4,73 von 5)") in the languages
# these widgets ship in.
WIDGET_PROMPT = rx(
    r"^\s*((like|share) this|gefällt mir|teilen mit|j'aime|partager|me gusta|compartir esto|curtir|compartilhe isso|"
    r"mi piace|condividi|vind ik leuk|delen)\s*:?\s*((loading|lade|wird geladen|chargement|cargando|carregando|"
    r"caricamento|laden)\s*(\.\.\.|…)?)?\s*$|"
    r"^\s*(like|gefällt mir|j'aime|me gusta|curtir|mi piace|vind ik leuk)\s+(loading|lade|wird geladen|chargement|"
    r"cargando|carregando|caricamento|laden)\s*(\.\.\.|…)?\s*$|"
    r"^\s*((war|ist) (der|dieser) (artikel|beitrag|text) (hilfreich|nützlich)|(cet|l')article (vous )?a-t-il été utile|"
    r"¿?(te|le) (ha )?(resultado|sido|parece|pareció) útil( este artículo)?|(este|esse) artigo foi útil|"
    r"questo articolo (ti )?è stato utile|was dit artikel nuttig|"
    r"(möchten sie|willst du|möchtest du) (den|diesen) (artikel|beitrag) teilen|"
    r"(souhaitez-vous|voulez-vous) partager cet article|¿?(quieres|desea) compartir (este|el) artículo)\s*\??\s*$|"
    r"^\s*\(?\d+ (stimmen|votes|bewertungen|ratings|votos|voti|stemmen)\s*[:,]\s*(ø\s*)?\d+([.,]\d+)? "
    r"(von|of|out of|de|di|sur|uit|van)( of)? \d+\)?\s*$",
    re.IGNORECASE,
)
SHARE_BAR = rx(
    r"^\s*([•·*\-♡♥×✕☆★]\s*)?((share (this|the) (article|story|post|page|update|entry)|share now|jetzt teilen|hide|save|share|sdílet|uložit|tweet|post|pin|email|e-mail|print|copy link|copy|copy url|listen|aa|facebook|twitter|x|linkedin|whatsapp|reddit|"
    r"telegram|pinterest|flipboard|messenger|viber|compartir|partager|teilen|condividi|compartilhar|partilhar|correo|"
    r"courriel|correu|imprimir|imprimer|drucken|drukuj|wydrukuj|skriv ut|lagre artikkelen|lagre|tekststorleik|tekststørrelse|a[−-]|a\+|stampa|copiar enlace|copier le lien|link kopieren|分享|共有|공유|"
    r"paylaş|tweetle|delen|dela|del|jaa|udostępnij|sdílet|bagikan|chia sẻ|แชร์|κοινοποίηση|distribuie|megosztás|"
    r"শেয়ার|শেয়ার|সংরক্ষণ|সেভ|शेयर|подели|сачувај|podeli|sačuvaj|dalīties|drukāt|"  # Bengali, Hindi, Serbian, Latvian
    r"ipaambit|i-save|ibahagi|"  # Cebuano and Tagalog share, save (a reader app's card row: "• Gusto • I-save • Ipaambit")
    r"اشتراک|ذخیره|پسندیدم|نپسندیدم|シェア|保存|文字サイズ|"  # Persian share, save, like, dislike; Japanese
    r"bəyən|bəyənmə|paylaş|yadda saxla|"  # Azerbaijani like, dislike, share, save
    r"podijeli|podeli|deli|zdieľať|comparteix|kongsi|shiriki|শেয়ার|শেয়ার|اشتراک‌گذاری|copiază linkul|salin pautan|"
    r"kopiraj poveznicu|copia l'enllaç|kopier link|nakili kiungo|লিংক কপি|ফেসবুক|হোয়াটসঅ্যাপ|"
    r"partekatu|esteka kopiatu|aqsam|ikkopja l-link|сподели|копирай линка|бөлісу|አጋራ|አስቀምጥ|ኣካፍሉ|"
    r"copiar o link|copiar link|copia link|kopier lenke|kopiér link|kopiera länk|kopioi linkki|e-pošta|e-posta|"
    r"收藏|字級|字级|字體|字体|列印|打印|urlをコピー|リンクをコピー|"
    # an AI summary button in the row: "Resumir con IA WhatsApp Facebook Copiar enlace"
    r"resumir con ia|resumir com ia|resumeix amb (la )?ia|ringkas dengan ai|summari[sz]e with ai|résumer avec l['’]ia|riassumi con l['’]ia|"
    r"mit ki zusammenfassen|envoyer à un ami|لخّص الخبر بالذكاء الاصطناعي|لخص الخبر بالذكاء الاصطناعي|أرسل لصديق|"
    r"फ़ेसबुक|एक्स|ट्विटर|व्हाट्सएप|टेलीग्राम|लिंक कॉपी करें|"
    r"스크랩|가|поделиться|отправить|مشاركة|शेयर|"
    # save and listen buttons in a story's action row ("Bagikan Simpan Dengarkan", "Share Save Listen")
    r"listen|simpan|dengarkan|speichern|anhören|enregistrer|écouter|guardar|escuchar|salva|ascolta|salvar|ouvir|"
    r"opslaan|bewaren|luister|spara|lyssna|tallenna|kuuntele|zapisz|posłuchaj|kaydet|dinle|lưu|nghe|"
    r"поділитися|падзяліцца|захаваць|shrani|spremi|שתף|salin tautan|kopieer link|kopiera länk|kopiuj link|bağlantıyı kopyala|sao chép liên kết|"
    # share targets in the scripts they are written in: Arabic, Hebrew, Persian, Russian, Hindi, Korean, Japanese,
    # Chinese ("واتساب فيسبوك إكس نسخ الرابط", "카카오톡 페이스북 링크 복사", "微信 微博 复制链接")
    r"واتساب|فيسبوك|فيس بوك|إكس|تويتر|تلغرام|تيليجرام|نسخ الرابط|انسخ الرابط|طباعة|וואטסאפ|פייסבוק|העתק קישור|"
    r"واتس‌اپ|کپی لینک|вконтакте|одноклассники|скопировать ссылку|व्हाट्सऐप|फेसबुक|लिंक कॉपी करें|카카오톡|"
    r"페이스북|링크 복사|line|はてブ|リンクをコピー|微信|微博|复制链接|"
    # Hebrew, Lithuanian, Estonian, Serbian, Slovak, Tagalog, Urdu, Turkish: "שיתוף", "העתקת קישור", "Dalintis",
    # "Kopijuoti nuorodą", "Jaga", "Подели", "Копирај", "Ibahagi", "شیئر کریں"
    r"שיתוף|העתקת קישור|dalintis|kopijuoti nuorodą|jaga|kopeeri link|подели|копирај|копирај линк|kopírovať odkaz|"
    r"ibahagi|i-save|kopyahin ang link|شیئر کریں|شیئر|لنک کاپی کریں|واٽس ايپ|فيس بڪ|لنڪ ڪاپي ڪريو|paylaşın|natisni|pošlji prijatelju|prijavi napako|"
    r"send to a friend|report an? error|"
    # a copy-link button's toast: "Enlace copiado", "Link copied"
    r"enlace copiado|link copied|lien copié|link kopiert|link copiado|link copiato|"
    # a feed reader's toolbar over the opened entry: "Mark as unread Read later Tag Full screen", "Atzīmēt kā nelasītu
    # Lasīt vēlāk Birka Pilnekrāns", "Als ungelesen markieren Später lesen Schlagwort Vollbild"
    r"mark as (un)?read|read later|full ?screen|tag|open original|visit website|save to board|"
    r"atzīmēt kā (ne)?lasītu|lasīt vēlāk|birka|pilnekrāns|atvērt vietni|kopīgot|saglabāt( dēlī)?|pažymėti kaip neskaitytą|skaityti vėliau|žyma|visas ekranas|"
    r"als (un)?gelesen markieren|später lesen|schlagwort|vollbild|marquer comme (non )?lu|lire plus tard|étiquette|"
    r"plein écran|marcar como (no )?leído|leer más tarde|etiqueta|pantalla completa|segna come (non )?letto|"
    r"leggi più tardi|schermo intero|markeer als (on)?gelezen|later lezen|volledig scherm|markera som (o)?läst|"
    r"läs senare|helskärm|oznacz jako (nie)?przeczytane|przeczytaj później|pełny ekran|označit jako (ne)?přečtené|"
    r"přečíst později|celá obrazovka|"
    # a tabloid's counters in the row: "1.2k shares Facebook X WhatsApp 42 comments"
    r"shares|comments|\d{1,4}([.,]\d)?[km](?=\s)|"
    r"\d{1,4})(?!\w)\s?[:：፡፦]?\s*[›»→]?"  # one token per word, possessive: a digit run is never split up ("Partager :")
    r"\s*[|·•,]?\s*)++$",
    re.IGNORECASE,
)
# A share row under a label in any language, two or more networks after it: "ھەمبەھىرلەش: Facebook · Telegram ·
# WhatsApp · ئۇلانمىنى كۆچۈرۈش" (the label and the copy-link button in a script no list above knows).
_NETWORKS = r"(facebook|telegram|whatsapp|twitter|x|linkedin|vk|viber|reddit|pinterest|threads|bluesky|e-?mail)"
LABELLED_SHARE = rx(r"^[^:：\n]{1,30}[:：፡፦]\s*" + _NETWORKS + r"((\s*[·|/•]\s*|\s+)" + _NETWORKS + r"){1,8}"
                    + r"(\s*[·|/•]\s*[^·|/•\n]{1,30}){0,8}\s*$", re.IGNORECASE)  # (or networks after a label, blanks
# between them: "ኣካፍሉ፡ Facebook WhatsApp Telegram Email")
SHARE_BAR = LineRule(SHARE_BAR, LABELLED_SHARE, ("facebook", "telegram", "whatsapp", "twitter", "linkedin"))

# ----------------------------------------------------------------------------- bylines and times

# The outlet after a writer's name in a byline: "By <a>ANNA FELL</a> FOR THE WREXLEY ADVERTISER", "... for MailOnline"
WRITING_FOR = rx(r"^(for|für|pour|para|per|voor)\s+(?P<name>\S.{1,60})$", re.IGNORECASE)
# "By Jane Doe", "Par Jean", "Von Hans", "Por Ana", "Di Marco" bylines.
# (also Fijian "Mai vei X", Low German "Vun X", Sardinian "Dae X")
BYLINE_PREFIX = rx(r"^\s*(by|par|von|por|di|door|mai vei|vun|dae|от|作者[:：፡፦]?|文[:：/])\s+(?P<name>[^\n]{2,80}?)\s*$", re.IGNORECASE)
# Photo / image credit lines and logo alt texts that leak as text ("logo", "TechCrunch logo").
LOGO_LINE = rx(r"^\s*(.{0,60}\s)?(logo|icon|avatar|thumbnail|image|placeholder)\s*$", re.IGNORECASE)
# Words in an image's class, id or address that mark it as an outlet's logo ("source-logo", "/publishers/x.png").
LOGO_MARKS = ("logo", "source", "publisher", "brand", "outlet", "partner", "provider")
# A bullet glyph line as text dumps print list items ("  • India.com").
# (not a Central European date's day: "4. 6. 2025 · Title")
BULLET = rx(r"^\s*([•·▪◦‣\-*]|\d{1,3}[.)](?!\s*\d{1,2}\.\s*\d{4}\b))\s+")
# A reply's mark before its writer's name on a board: "└ あがたの森", "ㄴ 한옥지기", "↳ Jane".
REPLY_MARK = rx(r"^\s*[└↳ㄴ┗]\s*")
# The capitalised article that opens an outlet's name, which a credit's contraction swallows ("sul Faro" for "Il
# Faro", "im Spiegel" for "Der Spiegel", "du Courrier" for "Le Courrier"): matched right before the name.
NAME_ARTICLE_BEFORE = rx(r"(?<!\w)(Il|La|Lo|L['’]|Gli|Le|Les|Der|Die|Das|El|Los|Las|The|O|Os|As|De|Het)\s?(?<=['’]|\s)")
# A partner story's chip over its headline: "Partner content · X", "Contenuto partner · X", "Partnera saturs · X".
PARTNER_CHIP = rx(r"^\s*(partner content|content from our partner|partner|partnerinhalt|contenuto (partner|sponsorizzato)|"
                  r"contenu partenaire|contenido (de )?(socio|patrocinado)|conteúdo (de )?parceiro|treść partnera|obsah "
                  r"partnera|partnerský obsah|sadržaj partnera|partnera saturs|partnerio turinys|partneri sisu|"
                  r"kumppanin sisältö|partnerinnhold|partnerindhold|partnerinnehåll)\s*[·|:•]\s*"
                  r"(?P<name>[^\s·|•:].{1,60})$",
                  re.IGNORECASE)
# A newsletter's or magazine's issue row under its masthead: "No. 412 · Friday, November 27, 2026", "Issue #58",
# "Ausgabe 12 · 27.11.2026", "Vol. 3, No. 7": the name above it is the publication's, no headline.
ISSUE_ROW = rx(r"^\s*(no\.?|nr\.?|n°|nº|issue|vol(ume)?\.?|edition|ausgabe|numéro|número|numero|nummer|numer|"
               r"выпуск|číslo|wydanie)\s*#?\s*\d{1,5}\b", re.IGNORECASE)
# A Japanese byline's label joining two jobs with "・": "取材・文：山口紗英" (reporting and text), "文・写真：X".
JA_CREDIT_LABEL = rx(r"^\s*(取材・文|取材・写真|取材・撮影|文・写真|文・撮影)\s*[:：]")
# A table's header row of column names, cells tab-joined: "Date<TAB>Headline<TAB>Paper", "Datum<TAB>Titel<TAB>Quelle".
COLUMN_NAME = rx(r"^(#|no\.?|rank|date|time|day|headline|title|story|article|paper|newspaper|source|outlet|publication|"
                 r"publisher|author|section|category|topic|views|reads|comments|datum|zeit|titel|überschrift|quelle|zeitung|"
                 r"rubrik|fecha|hora|titular|título|fuente|periódico|medio|titre|source|journal|rubrique|data|titolo|"
                 r"fonte|giornale|testata|tytuł|źródło|gazeta|datum|titul|titulek|zdroj|noviny|dato|tittel|kilde|avis|"
                 r"日付|日期|見出し|标题|標題|来源|來源|媒体|媒體|날짜|제목|출처|дата|заголовок|источник|издание)$", re.IGNORECASE)
# A table row's first cell that makes the row a list item: a rank ("1<TAB>Title") or a short date or clock ("11/23<TAB>
# Title", "11/24 19:12<TAB>comment"): an old CMS's or a Japanese portal's list laid out as a table, cells tab-joined.
# A yearless month/day (and clock) closing an outlet line under a list item: "みすず野通信 11/24", "Outlet 3/14 9:05".
SHORT_DATE_TAIL = rx(r"\s(?P<day>(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(\s+\d{1,2}:\d{2})?)$")
LEAD_CELL = rx(r"^(\d{1,3}|\d{1,2}[/.]\d{1,2}\.?(\s+\d{1,2}:\d{2})?|\d{1,2}:\d{2})$")
# An emoji or pictograph opening a channel post's line ("📌 Leggi anche: X", "👉 Segui X e attiva le notifiche",
# "ℹ️ מקור הכתבה: X", "► Quelle: X", "⏱ 3 min"): the line is read without it too. EMOJI_FLOOR: no line starting
# below it can open with one (a cheap test before the regex).
LEADING_EMOJI = rx(r"^\s*[\u2139\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff"
                   r"\U0001f000-\U0001f2ff\U0001f300-\U0001faff]\ufe0f?\s*")
EMOJI_FLOOR = "\u2139"
# An icon glued to a meta row's field ("🗞️The Stromness Courant · ✍️Ingrid Flett · 🕒10 June 2026", a share sheet's
# copy): a pictograph and its variation selector right before the field's first character (not "👏 112", a counter).
FIELD_ICON = rx(r"[\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]\ufe0f?(?=[^\s\ufe0f\u200d\U0001f3fb-\U0001f3ff])")
# Mathematical "fancy text" letters and digits (bold, italic, sans-serif...) a post writes a headline or byline in.
FANCY_LETTERS = rx(r"[\U0001d400-\U0001d7ff]")
# A word spelt with Latin letters and Cyrillic or Greek look-alikes mixed ("Yоur соntеnt іѕ dеlіvеrеd"): ad copy
# disguised from ad blockers; real prose mixes scripts between words, not inside them.
HOMOGLYPH_WORD = rx(r"\b(?=[^\W\d_]*[A-Za-z])(?=[^\W\d_]*[\u0370-\u03ff\u0400-\u04ff])[^\W\d_]{2,}")
CYRILLIC_OR_GREEK = rx(r"[\u0370-\u03ff\u0400-\u04ff]")
HOMOGLYPH_WORDS = 3  # disguised words in a line (and a quarter of its words at least) that make it ad copy
# Icon-font glyphs (the private use area) before a meta row's parts: "\ue0af The Dunmore Ledger · \ue7fd Priya X".
ICON_GLYPHS = rx(r"^\s*[\ue000-\uf8ff]+\s*")

# ----------------------------------------------------------------------------- HTML class and id tokens

# class/id tokens (or their hyphen/underscore tails: "byline__author") of the spans of a byline that name the
# writer and the original outlet: "<span class=byline__author>X</span> <span class=byline__source>Y</span>".
BYLINE_AUTHOR_TOKENS = frozenset({"author", "author-name", "authorname", "writer", "reporter", "journalist",
                                  "byline-author"})
# class/id tokens of a whole byline row: a bare "Name · date" in it names the writer, not an outlet.
BYLINE_ROW_TOKENS = frozenset({"byline", "byline-row", "author", "authors", "author-info", "author-meta", "writer"})
BYLINE_OUTLET_TOKENS = frozenset({"source", "source-name", "outlet", "publisher", "provider", "provider-name",
                                  "partner", "syndicator", "brand-name", "press",
                                  "feed", "feed-name", "feed-title", "source-title",  # a feed reader's entry row
                                  "src", "source-link"})
# class/id tokens (and hyphen tails) of social posts embedded in an article ("social-media-embed" around a
# <blockquote class="twitter-tweet">): quoted content, not a share bar, when they hold a blockquote.
EMBED_TOKENS = frozenset({"embed", "social-embed", "media-embed", "twitter-tweet", "tweet", "instagram-media",
                          "tiktok-embed", "embedded-post", "fb-post"})
# An inline font size (headlines styled in place on sites without classes): "font-size:26px", "font-size: 1.6em".
BIG_FONT = rx(r"font-size\s*:\s*(?P<size>\d+(\.\d+)?)\s*(?P<unit>px|pt|em|rem)", re.IGNORECASE)
# class/id tokens (and hyphen tails) of a story's headline element: "story-title", "article-headline",
# "entry-title", "post-title", "headline".
HEADLINE_TOKENS = frozenset({"story-title", "article-title", "entry-title", "post-title", "headline",
                             "article-headline", "story-headline", "news-title", "page-title"})
# class/id tokens that mark related-story containers.
RELATED_TOKENS = frozenset({
    "related", "relatedposts", "related-posts", "related-articles", "relatedarticles", "related-stories",
    "more-for-you", "moreforyou", "more-stories", "recommended", "recommendations", "recirc", "recirculation",
    "trending", "popular", "most-popular", "mostpopular", "most-read", "mostread", "read-next", "readnext",
    "next-story", "next-article", "up-next", "yarpp", "jp-relatedposts", "outbrain", "taboola", "ob-widget",
    "card-grid", "teasers", "teaser-list", "rail", "right-rail", "sidebar", "widget-area", "also-read",
    "further-reading", "recent-posts", "sticky-news", "ticker", "breaking-news", "news-ticker",
    "video-player", "videoplayer",  # a player set in the story: a clip's title, caption and channel, "up next" clips
})
# class/id tokens that mark comment widgets.
COMMENT_TOKENS = frozenset({
    "comments", "comment", "comment-list", "commentlist", "comments-area", "comment-respond", "respond",
    "disqus_thread", "disqus", "discussion", "replies", "reactions-list", "coral", "talk-stream",
    "fb-comments", "vuukle", "spot-im", "spotim", "openweb",
    # shop review widgets under a product's description (Judge.me "jdgm-rev-widg", Yotpo, WooCommerce "Reviews" tab)
    "jdgm", "yotpo", "product-reviews", "customer-reviews", "woocommerce-reviews", "stamped-reviews",
    "review-list", "reviews-list",
})
# class/id tokens that mark promos, consent and subscription chrome.
PROMO_TOKENS = frozenset({
    "promo", "newsletter", "subscribe", "subscription", "signup", "sign-up", "paywall", "app-download",
    "download-app", "app-banner", "appbanner", "cookie", "cookies", "cookie-banner", "consent", "gdpr",
    # consent platforms' boxes ("cmpbox", Quantcast's "qc-cmp2-container"); not a bare "cmp": Adobe Experience
    # Manager's core components are all "cmp-text", "cmp-title", "cmp-container" (the whole article)
    "cmpbox", "cmp2",
    "advert", "advertisement", "ad-slot", "ad-container", "adsbygoogle", "sponsored", "sponsor", "social-follow",
    "follow-us", "modal", "popup", "overlay", "toast",
    "ai-summary", "aisummary", "ai-box", "aibox", "summary-ai", "ai-recap", "ai-digest",  # AI-written summary boxes
    "ad-copy",  # an ad's text next to its label ("ad-label" / "ad-copy")
    "poll", "polls", "survey", "quiz",  # reader polls set in the story
})
# class/id tokens of the sponsored-link networks under articles: promo even when also classed "related"
# ("trc_related_container" inside "taboola-below-article-thumbnails").
AD_NETWORK_TOKENS = frozenset({"taboola", "outbrain", "ob-widget", "revcontent", "mgid", "zergnet"})
# class/id tokens of page chrome: navigation, headers, footers, share bars, breadcrumbs.
CHROME_TOKENS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "site-footer", "masthead",
    "site-header", "topbar", "top-bar", "share", "share-bar", "sharebar", "social", "social-share", "sharing",
    "share-buttons", "toolbar", "skip-link", "search", "searchform", "search-form", "pagination", "tags",
    "tag-list", "author-bio", "author-box", "byline-share", "print", "reactions", "sign-in", "login",
})
# Quotes of every kind dropped and dashes made plain: a page's <title> and its headline often differ only in these
# (It's / It’s, "x" / « x », - / –).
PLAIN_PUNCTUATION = str.maketrans({"’": None, "‘": None, "‚": None, "′": None, "'": None, "“": None, "”": None,
                                   "„": None, "″": None, '"': None, "«": None, "»": None, "‹": None, "›": None,
                                   "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
# The words of a PascalCase or camelCase class name: "PromoSmall" -> Promo, Small; "relatedLinks" -> related, Links
# (a page's design system names its teaser cards "PromoSmall", "RelatedList" instead of "promo-small").
CAMEL_WORDS = rx(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Class/id tokens of boxes inside an article container that the body walk leaves out: captions and photo credits,
# ad slots, bylines and datelines, screen-reader-only labels, and the chrome tokens above.
WALK_SKIP_TOKENS = CHROME_TOKENS | PROMO_TOKENS | RELATED_TOKENS | COMMENT_TOKENS | frozenset({
    "caption", "captions", "credit", "credits", "image-credit", "photo-credit", "wp-caption-text", "ad", "ads",
    "advert", "advertisement", "ad-slot", "ad-container", "adslot", "dfp", "sponsor", "sponsored", "byline",
    "bylines", "dateline", "timestamp", "author", "author-name", "sr-only", "visually-hidden", "screen-reader-text",
    "visuallyhidden", "hidden", "hide", "d-none", "meta", "post-meta", "entry-meta", "article-meta", "disclaimer",
})
# Class/id tokens (and their hyphen tails: "wsj-article-caption") of image captions and credits.
CAPTION_TOKENS = frozenset({"caption", "captions", "credit", "credits", "figcaption", "photo-credit", "image-credit"})
# A body line that is only page metadata leaking from hidden microdata: an ISO timestamp or a bare URL.
METADATA_LINE = rx(r"^\s*(https?://\S+|\d{4}-\d{2}-\d{2}T[\d:.+\-Z]+)\s*$")
# Tags that are never part of an article's text.
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input", "select",
             "textarea", "canvas", "object", "embed", "head")
# role / aria markers of chrome.
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar", "dialog",
                          "alertdialog", "complementary"})

# ----------------------------------------------------------------------------- titles

# Separators between an article title and the site name in <title>: "Title | Site", "Title - Site".
TITLE_SEPARATOR = rx(r"\s+[|–—\-·:»]\s+")

# Buttons and counters under a comment: "Reply", "2 Reply", "Like Reply", "Report", "12 likes".
COMMENT_ACTION = rx(
    r"^\s*(?:(?:likes?|dislikes?|upvotes?|downvotes?|report|share|flag|\d+|[⇧⇩▲▼△▽↑↓⬆⬇]|ถูกใจ|vind ik leuk|gilla|lubię to|"
    r"beğen|suka|thích|μου αρέσει)\s*)*+(reply|replies|respond|répondre|"
    r"antworten|responder|rispondi|beantwoorden|जवाब दें|उत्तर दें|回复|回覆|返信|답글|ответить|yanıtla|balas|"
    r"reageer|svara|odpowiedz|odpovědět|trả lời|ตอบกลับ|απάντηση|răspunde|válasz|odgovori|odgovoriti|odpovedať|"
    r"respon|jibu|উত্তর দিন|পাসখ|پاسخ|balas komen|svar|atsakyti|vasta|одговори|sumagot|tumugon|جواب دیں|"
    r"erantzun|wieġeb|отговори|жауап беру|መልስ|"
    # Irish, Azerbaijani, Uzbek, Tamil, Nepali, Mongolian, Sinhala, Khmer, Welsh
    r"freagair|cavab ver|cavabla|javob berish|javob yozish|பதில்|பதிலளி|जवाफ दिनुहोस्|जवाफ|хариулах|පිළිතුරු|ឆ្លើយតប|ymateb|svara|is maith liom)"
    r"(\s+(share|report|flag|award|save|more))*(…|\.\.\.)?\s*$",  # "⇧ 412 ⇩ Reply Award Share": a forum's vote
    # arrows; "Reply…": a comment box's placeholder
    re.IGNORECASE,
)
# Widget chrome around comment threads beyond COMMENT_CHROME ("Post", "Comment", "Load more comments").
TEXT_COMMENT_CHROME = rx(
    r"^\s*(post|comment|send|submit|publish|load more( comments)?|show more( comments)?|view more comments|"
    r"publier|kommentieren|publicar|pubblica|टिप्पणी करें|发表评论|コメントする|"
    r"コメントは投稿者(個人)?の見解です.{0,40}|评论仅代表网友(个人)?观点.{0,20}|comments are the views of .{1,60}|"
    # moderation notes and comment boxes: "コメントは個人の見解であり、Xの見解ではありません。", "Reageer respectvol.
    # Reacties worden vooraf gemodereerd.", "Scrivi un commento…", "أضف تعليقك… التعليقات لا تعبر عن رأي الموقع"
    r"コメントは個人の見解であり.{0,80}|reageer respectvol.{0,80}|reacties worden (vooraf )?gemodereerd.{0,40}|"
    r"(scrivi un commento|schrijf een reactie|escreva (um|seu) comentário|écrivez un commentaire|escribe un comentario|"
    r"kommentar schreiben|tulis komentar|yorum yaz|أضف تعليقك|写评论|コメントを書く|댓글 쓰기)(…|\.\.\.)?.{0,60}|"
    # a blog's comment form as text: "Kommentar verfassen", "Enter your comment here...", "Name (required)", "E-Mail
    # (erforderlich) (Adresse wird niemals veröffentlicht)", "Notify me of new comments via email.", "You are
    # commenting using your WordPress.com account. ( Log Out / Change )", "Website"
    r"kommentar verfassen|schreibe einen kommentar|hinterlasse einen kommentar|"
    r"(enter|gib) (your|hier deinen) (comment|kommentar) (here|ein)\s*(…|\.\.\.|\s\.\.\.)?|"
    r"saisissez votre commentaire ici.{0,4}|introduce aquí tu comentario.{0,4}|insira seu comentário aqui.{0,4}|"
    r"(e-?mail|name|nom|nombre|nome|website|webseite|site web|sitio web)\s*\*?\s*(\((required|erforderlich|obligatoire|"
    r"obligatorio|obrigatório|obbligatorio)\))?\s*(\((address never made public|adresse wird niemals veröffentlicht|"
    r"adresse jamais rendue publique|la dirección nunca se hará pública|o endereço nunca será publicado)\))?|"
    r"(notify me|benachrichtig(e mich|ung)|informiere mich|avertissez-moi|avísame|notifique-me|informami)\b.{0,40}"
    r"\b(e-?mail|courriel|correo|mail)\b.{0,10}|"
    r"(you are commenting using your|du kommentierst mit deinem|vous commentez à l’aide de votre|"
    r"vous commentez à l'aide de votre|estás comentando usando tu) .{1,60})\s*$",
    re.IGNORECASE,
)

# Decorations around an outlet's name in a byline: "TechCrunch logo", "Follow", "© Provided by".
OUTLET_NOISE = rx(r"(\s*\blogo\b\s*|\s+follow\s*$|^\s*(©|\(c\))?\s*provided by\s+|"
                          # "with the permission of the editor of The Harwick Examiner": the paper's people
                          r"^\s*(the )?(editors?|publishers?|owners?|team|staff) (of|at)\s+(?=\S)|"
                          r"\s*[(（]\s*(https?://|www\.)[^)）]*[)）]\s*$|"  # "강변일보(https://www.x.example)"
                          r"(?<=\w)\s+(www\.)?[\w-]+(\.[a-z]{2,12})+/?\s*$|"  # "Name domain.example": a source chip
                          # a link's call to action after the name: "READ MORE ON FOX BUSINESS BY CLICKING HERE"
                          r"\s+(by )?click(ing)? here\b.*$|\s+here\s*$)",
                          re.IGNORECASE)
# The kind of paper written after its name, in scripts without capitals (and Turkic languages): "గోదావరి వాణి
# దినపత్రిక" (daily), "X நாளிதழ்", "X ವಾರಪತ್ರಿಕೆ" (weekly), "X gazetesi": the name is the outlet without it.
PRESS_KIND_TAIL = rx(r"(?<=\S)\s+(దినపత్రిక|వారపత్రిక|పత్రిక|ದಿನಪತ್ರಿಕೆ|ವಾರಪತ್ರಿಕೆ|ಪತ್ರಿಕೆ|நாளிதழ்|வார இதழ்|இதழ்|"
                     r"ദിനപത്രം|വാരിക|പത്രം|पत्रिका|পত্রিকা|ورځپاڼه|اونیزه|"
                     r"gazetesi|qəzeti|gazetasi|gazetasy|gazeti|гезити|газетасы|газети|පුවත්පත|ਅਖ਼ਬਾਰ|ਅਖਬਾਰ|သတင်းစာ|сонин)\s*$")
# A bracketed note after a credited outlet's name: the original's language, city or edition ("मिथिला बिहान (नेपाली)",
# "X (Chennai)"); no outlet's name ends in one.
BRACKET_TAIL = rx(r"(?<=\S)\s*[(（][^()（）]{1,30}[)）]\s*$")
# A date in a month name no date rule knows, printed after a credited outlet: ", 2026 ජනවාරි 15", " (15 Janaayo
# 2026)": a trailing part holding a year (outlet names hold none); or joined by a word for "on" ("X long 22 Disemba
# 2026", Tok Pisin).
YEAR_TAIL = rx(r"\s*(,\s*[^,]{0,30}\b(19|20)\d{2}\b[^,]{0,30}|\(\s*[^()]{0,30}\b(19|20)\d{2}\b[^()]{0,20}\)|"
               r"\s(on|long|noong|am|le|el|em|op|på|dne)\s+\d{1,2}\.?\s[^,\d]{2,20}\s(19|20)\d{2})\s*\.?\s*$")
# A link to the outlet's other stories naming it first (Japanese portals): "北陵新報の記事をもっと見る", "X의 기사 더보기".
# Words every OUTLET_MORE_LINK match holds: a page without any of them is not searched for one (0.4 ms a page).
# Each word costs a scan of the page source (0.15-0.2 ms on ScrapingHub), so the East Asian ones are looked for only
# when the title is East Asian ("sitesinde" also finds "sitesinden").
MORE_LINK_WORDS_CJK = ("の記事", "のニュース", "기사", "뉴스", "的更多")
MORE_LINK_WORDS_LATIN = ("sitesinde",)
MORE_LINK_WORDS = MORE_LINK_WORDS_CJK + MORE_LINK_WORDS_LATIN
# A news app's link out naming the outlet mid-phrase (Turkish): "Haberi Ege Postası sitesinde aç", "Habere X
# sitesinden ulaşın" ('open the story on X's site').
OUTLET_MORE_LINK = rx(r"^\s*((haberi(n tamamını)?|habere|haberin devamını)\s+)?(?P<name>[^\s、。][^、。]{1,40}?)\s*"
                              r"(の(記事|ニュース)を?(もっと見る|もっと読む|一覧)|의 (기사|뉴스) ?(더보기|더 보기)|的更多(文章|新闻|新聞)|"
                              r"\s(web )?(sitesinde|sitesinden)\s+(aç|oku|okuyun|görüntüle|ulaşın|ulaş)\w*)\s*[>›»]?\s*$",
                              re.IGNORECASE)
# A breadcrumb trail through an aggregator's partner section names the outlet in the crumb after it: "Accueil ›
# Réseau Partenaires › Le Courrier de la Lisière › Société", "Início » Notícias » Parceiros » O Correio Veredense".
PARTNER_CRUMB = rx(r"(^|[›>»/|])\s*((réseau|rede|red|sieć|netzwerk)\s+)?(partenaires|partners?|parceiros|partnerzy|socios|"
                   r"partnerseiten|partnerportale|partnermedien|"
                   # a portal's regional-press section: "Αρχική › Περιφερειακός Τύπος › X › Κοινωνία", "Presse régionale"
                   r"(περιφερειακός|τοπικός) τύπος|(regional|local) press|presse régionale|prensa regional|"
                   r"imprensa regional|stampa locale|regionalpresse|prasa regionalna|regionální tisk)"
                   r"\s*[›>»/|]\s*(?P<name>[^›>»/|]{2,60}?)\s*([›>»/|]|$)", re.IGNORECASE)
PARTNER_WORDS = ("partner", "partenaire", "parceiro", "socios", "τύπος", "press", "prensa", "stampa", "prasa",
                 "tisk")  # every PARTNER_CRUMB holds one (lower-cased)
# Lines naming the original outlet: "Source: X", "Provided by X", "Originally published by/on X", "Quelle: X".
# The name holds no tab: in a details table's row "Publication title<TAB>X" the label is the whole first cell.
# A label naming the article's own source, before a colon: "Source of the article: X", "Quelle des Artikels: X",
# "Оригинал статьи: X", "מקור הכתבה: X" (a community bot's footer), "Haberin kaynağı: X", "原文出处：X", "기사 원문: X";
# tried before the bare "Source" (else "of the article: X" is read as the name) and trusted inside comment threads.
ARTICLE_SOURCE_LABEL = (
    r"(source (of (the|this) (article|story|report|post))|(article|story) source|source de l['’]article|"
    r"article (original|d['’]origine)|originalartikel|originalbeitrag|quelle des (artikels|beitrags)|artikelquelle|"
    r"art[ií]culo original|fuente (del art[ií]culo|de la nota)|nota original|articolo originale|"
    r"fonte dell['’]articolo|artigo original|mat[ée]ria original|fonte (do artigo|da mat[ée]ria)|origineel artikel|"
    r"bron van het artikel|artyku[łl] oryginalny|oryginalny artyku[łl]|[źz]r[óo]d[łl]o artyku[łl]u|"
    r"(оригинал|источник) статьи|первоисточник|(оригінал|джерело) статті|першоджерело|zdroj [čc]l[áa]nku|"
    r"p[ůô]vodn[ýí] [čc]l[áa]n(ek|ok)|מקור הכתבה|הכתבה המקורית|מקור הידיעה|مصدر (المقال|الخبر)|المقال الأصلي|"
    r"haberin kayna[ğg][ıi]|orijinal (haber|makale)|(şu sahypadaky )?(makalanyň|habaryň) çeşmesi|原文(出处|出處|链接|連結)?|文章(来源|來源)|元記事|기사 원문|원문 기사|"
    r"기사 출처|"
    # Baltic "originally published": Latvian "Oriģināli publicēts: X", Lithuanian "Originaliai paskelbta: X",
    # Estonian "Algselt avaldatud: X"
    r"(oriģināli|sākotnēji|pirmoreiz) publicēts|(originaliai|iš pradžių) paskelbta|algselt avaldatud)(?=\s*[:：፡፦])")
# "With thanks to / courtesy of / quoted from" labels before a credited outlet: Punjabi "ਧੰਨਵਾਦ ਸਹਿਤ: X", Sinhala
# "උපුටා ගැනීම: X පුවත්පත", Urdu "بشکریہ", Bengali "সৌজন্যে", Malayalam "കടപ്പാട്", Gujarati "સૌજન્ય", Burmese
# "သတင်းရင်းမြစ်"; and Somali "Warkan waxaa markii hore daabacay wargeyska X" (first published by the paper X).
# "Source:" in Maori, Odia, Uyghur ("the article's source") and Tajik ("publication"), for SOURCE_LINE and SOURCE_LABEL
_MORE_SOURCE_WORDS = r"ماخذ|mātāpuna|ଉତ୍ସ|(ماقالىنىڭ )?مەنبەسى|нашрия|উৎস|сығанаҡ|मूल समाचार"  # (Assamese/Bengali "উৎস: X";
# Bashkir "Сығанаҡ: «X», date"; Maithili "मूल समाचार: X" 'original news')
# "Content provided by" in Italian, Portuguese, Spanish, French (a credit line, and a footer's content credit)
_CONTENT_PROVIDED_BY = (r"contenuto fornito da|conteúdo fornecido (por|pel[oa])|contenido (proporcionado|facilitado) por|"
                        r"contenu fourni par")
# "This article first appeared in X" in more languages: Indonesian "Artikel ini pertama kali tayang di X", Dutch
# "Dit artikel verscheen eerder in X", Swedish, Polish, Vietnamese, Catalan "Aquest article es va publicar
# originalment a X", Irish "Foilsíodh an t-alt seo ar dtús sa nuachtán X", Welsh, Tagalog "Unang inilathala sa X"
_FIRST_PUBLISHED_IN = (
    # French "Article paru dans X, reproduit avec l'accord de la rédaction"; German "Dieser Artikel erschien zuerst im
    # X und wird ... veröffentlicht"; Arabic "نُشر هذا الخبر أولا في جريدة X، وتعيد ... نشره بإذن"
    # Italian "Questo articolo è apparso per la prima volta su X, quotidiano della rete Y"
    r"(questo articolo|l['’]articolo) è (stato )?(apparso|pubblicato) (per la prima volta|originariamente|"
    r"inizialmente) (su|in|da|sul|sulla|nel|nella)|"
    # ... and without the verb: "Articolo pubblicato originariamente sul Faro di Barcola"
    r"(articolo|testo|notizia) (pubblicat[oa]|apparso|apparsa) (per la prima volta|originariamente|inizialmente) "
    r"(su|in|da|sul|sulla|sullo|nel|nella|nello)|"
    r"(cet )?(article|texte|reportage) (a (d['’]abord |initialement |originellement )?été )?(paru|publié) "
    r"(d['’]abord |initialement )?(dans|sur|par)|"  # ("Cet article a d’abord été publié dans X, titre du réseau Y.")
    r"(dieser |der )?(artikel|beitrag|text|bericht) erschien (zuerst|ursprünglich|erstmals) (im|in der|in|bei|auf)|"
    # ... and without the subject, as a reprint's note: "Zuerst erschienen im Insel-Boten. Wir danken für die
    # Genehmigung zum Nachdruck.", "Erschienen zuerst in der X", "Erstveröffentlichung im X"
    r"(zuerst|ursprünglich|erstmals) erschienen (im|in der|in|bei|auf)|erschienen zuerst (im|in der|in|bei|auf)|"
    r"erstveröffentlichung (im|in der|in|bei|auf)|"
    r"نُ?شر هذا (الخبر|المقال|التقرير) (أولا|أولاً|لأول مرة) (في|على)( جريدة| صحيفة| موقع)?|"
    # Spanish "Esta noticia se publicó originalmente en X y se reproduce con permiso"
    r"(esta|la) (noticia|nota|información|crónica|entrevista) (se publicó|fue publicada) (originalmente )?en|"
    r"artikel ini (telah |sudah )?(pertama kali )?(tayang|terbit|dimuat) di|dit artikel verscheen (eerder |eerst )?"
    r"(in|op|bij)|artikeln (publicerades|publicerad) (först |ursprungligen )?(i|på|hos)|artykuł (ukazał się|"
    r"pierwotnie opublikowano) (w|na)|bài viết (được đăng|đăng) (lần đầu )?(trên|tại)|((aquest(a)? )?(article|notícia|"
    r"nota) )?(es va )?publica(r|t|da)? originalment (a|en|per)|foilsíodh an (t-alt|scéal) seo ar dtús (sa|san|i|in)"
    r"( nuachtán)?|cyhoeddwyd (yr erthygl hon|y stori hon) gyntaf (yn|ym|gan)|unang (inilathala|nalathala|lumabas) sa|"
    # Persian "این مطلب با اجازه از «X» بازنشر شده است" (republished with permission from X); Japanese
    # "この記事は「X」から提供を受けて掲載しています" (this article is published as provided by X)
    r"این (مطلب|خبر|گزارش|یادداشت) با اجازه( از)?|この記事は(?=[「『]?[^「」『』]{1,30}[」』]?から提供)|"
    # Azerbaijani "Xəbər «X» saytından icazə ilə götürülüb" (taken from the site X with permission)
    r"(xəbər|məqalə|material)(?= [«\"“]?[^«»\"“”]{2,40}[»\"”]? (saytından|qəzetindən|portalından))|"
    # Tamil "இந்தச் செய்தி முதலில் X-இல் வெளியானது" (this news first appeared in X; the name takes the locative)
    r"(இந்தச் செய்தி|இந்த செய்தி|இந்தக் கட்டுரை) முதலில்|"
    # Hausa "Wannan labari ya fara fitowa ne a jaridar “X”" (this story first appeared in the newspaper X)
    r"wannan (labari|rahoto) ya fara fitowa( ne)? a( jaridar| gidan rediyon| shafin)?|"
    # Cebuano "Kini nga balita unang gimantala sa X." (this news was first published in X)
    r"((kini nga )?(balita|artikulo|istorya) )?unang (gimantala|gipatik|migawas) sa|"
    # Javanese "this interview first appeared in X (March edition) and appears again here ...": "Wawancara iki
    # sepisanan kapacak ing X edisi Maret 2026 lan kapacak maneh ing kene kanthi idin redaksi."
    r"((wawancara|artikel|tulisan|warta|crita) iki )?sepisanan kapacak ing|"
    # Esperanto "Origine aperis en X la 8-an de septembro 2026" (first appeared in X), Icelandic "Birtist fyrst í X"
    r"(la artikolo )?origine aperis en|unue aperis en|birtist fyrst (í|á)|"
    # Māori "I tāia tuatahitia e X" (first printed by X)
    r"i tāia tuatahitia (e|ki|i)|"
    # Bengali "এই প্রতিবেদনটি প্রথম প্রকাশিত হয়েছে X-য়" (this report was first published in X)
    r"(এই|এ) (প্রতিবেদন|খবর|সংবাদ|নিবন্ধ|লেখা)(টি)? (প্রথম|মূলত) প্রকাশিত (হয়েছে|হয়েছিল)|"
    # Frisian "Dit artikel ferskynde earst yn X" (first appeared in X), Vietnamese "Bài viết được đăng lại từ X"
    # (republished from X)
    r"(dit )?(artikel|berjocht|stik) ferskynde (earst|oarspronklik) (yn|by|op)|"
    r"(bài viết|bài báo|tin bài|bản tin)( này)? (được )?(đăng lại|đăng tải lại|trích đăng) (từ|theo)|"
    # Hebrew "פורסם לראשונה ב“X”" (first published in X; the preposition is glued to the name)
    r"((הכתבה|הידיעה|הכתבה הזו|הידיעה הזו) )?(פורסם|פורסמה) (לראשונה|במקור) (?=ב[\"“”״']?\S)ב(אתר|עיתון|מגזין|ערוץ|אפליקציית)?|"
    # Samoan "O lenei tala na muamua lomia e X" (this story was first printed by X), Asturian "Esta noticia
    # espublizóse primero en X" (was first published in X), Tok Pisin "Dispela stori i kam long X" (comes from X)
    r"(o lenei (tala|mataupu) )?na muamua lomia (e|i)|"
    # Romansh "Quest artitgel è cumparì l'emprima giada en X" (this article first appeared in X)
    r"(quest (artitgel|text|rapport) )?è cumparì (l['’]emprima giada|per l['’]emprima giada|oriundamain) (en|tar|sin)|((esta|la) (noticia|información|historia) )?"
    r"espublizóse (primero|per primer vegada|orixinalmente) en|(dispela (stori|nius|ripot) )?i (bin )?(kam|kamap)( pastaim)? long|"
    # Low German "Dat Stück stünn toeerst in X" (the piece stood first in X); a reprint with permission: Asturian
    # "Testu espublizáu col permisu de X", Spanish "Texto publicado con permiso de X", "Republished with permission of X"
    r"(dat stück|disse artikel|de artikel|dat stück hier) (stünn|stunn|stünd|keem|is) (toeerst|eerst) (in|bi|op)|"
    r"((testu|artículu|texto|artículo|nota) )?(espublizáu|espublizada|publicad[oa]|reproducid[oa]) co[ln] (el )?permis[uo] de|"
    r"(republished|reproduced|reprinted) with (the )?(kind )?permission (of|from)|"
    # Friulian "Articul publicât par prime volte su X", Sardinian "Artìculu publicadu pro sa prima borta in X",
    # Corsican "Articulu publicatu per a prima volta in X", Tetum "Artigu ne'e publika uluk iha X", Papiamento
    # "E artíkulo aki a sali promé den X", Low German "Toeerst rutkamen in: X", Fijian "I tukutuku oqo e tabaki
    # taumada ena X" (first published in X)
    r"((chest |cheste )?(articul|notizie)( di [^,.]{2,40}?)? (al |e )?(è|je) stât[ae]? )?publicâ[td]e? (par|pe) "
    r"(la )?prime volte (su|in|tal|te)|((articul|notizie) )?publicâ[td]e? par prime volte (su|in|tal|te)|((artìculu|artìculos|noa) )?publicad[ua] "
    r"(pro sa prima borta )?(in|in su|in sa|dae)|((articulu|nutizia) )?publicatu per a prima volta (in|nant['’]à|"
    r"nantu à)|((artigu|notísia) (ne['’]e )?)?publika uluk iha|((e )?(artíkulo|notisia) (aki )?)?a (sali|publiká) "
    r"promé (den|na|riba)|to(e)?erst (rutkamen|verschenen|rutkomen) (in|bi|bi'n|bi de)|"
    r"((i )?tukutuku oqo )?e tabaki taumada (ena|e)|"
    # Sundanese "Artikel ieu munggaran medal di X" (first appeared in), Tok Pisin "Stori i kam long X" (the story comes
    # from), a messaging platform's origin card "以下文章來源於 X ，作者 Y" (the following article comes from)
    r"((artikel|warta|béja|beja) ieu )?munggaran (medal|dimuat|dipedalkeun|diterbitkeun) (di|ku)|"
    r"(stori|nius|atikol) (i kam long|i bilong)|以下(文章|内容|內容)(来源于|來源於|转载自|轉載自)")
COURTESY_LABELS = (r"ਧੰਨਵਾਦ ਸਹਿਤ|උපුටා ගැනීම|بشکریہ|সৌজন্যে|കടപ്പാട്|સૌજન્ય|သတင်းရင်းမြစ်|"
                   r"warkan (waxaa )?(markii hore )?(daabacay|soo saaray)( wargeyska| joornaalka| shabakadda)?")
SOURCE_LINE = rx(
    r"^\s*(\[\d{1,2}\]\s*)?(?P<open>[（(](?=\s*(出典|来源|來源|出处|出處)\s*[:：]))?\s*(©\s*)?(" + ARTICLE_SOURCE_LABEL + r"|" + COURTESY_LABELS + r"|source|sources|provided by|((this|the) (story|article|post|guide|piece|report|interview|column|feature|essay|review|analysis|explainer) (was )?)?(originally|first) "
    r"(published|appeared) (by|on|in)|(reposted|republished|"
    r"cross-?posted) (from|in|on|by)|published by|((this|the) (story|article|piece|report) (was )?)?"
    r"(commissioned|produced|reported) (by|for)|" + _FIRST_PUBLISHED_IN + r"|"
    # "content provided by X": "Contenuto fornito da X", "Conteúdo fornecido por X", "Contenu fourni par X"
    + _CONTENT_PROVIDED_BY + r"|inhalt (bereitgestellt )?von|(content|news|copy|text) (provided|supplied|distributed) by|"
    r"((story|article|report|news|content|text) )?via|quelle|fuente|fonte|funtana|publication|publisher|žórło|"
    r"original-content von|"
    # "via X" in Cebuano and Tagalog, under a reader app's byline: "gikan sa Bantay Bohol Karon", "mula sa X"
    r"gikan sa|mula sa|galing sa|"
    # reprint notes and forwarded posts: "The following article by X appeared in the Y on May 12, 2025, and is
    # reprinted with permission", "Forwarded from X" (messenger channels), "Inoltrato da X"
    r"((the following|this) )?(article|story|column)( by [^,]{2,40}?)? (first )?(appeared|was (first |originally )?"
    r"published|ran) (in|by|on)( (?-i:the))?|"
    # "Reportagem publicada originalmente pela X e reproduzida com autorização", "Artículo publicado originalmente
    # por X"; Hindi "यह ख़बर X से ली गई है" (this news is taken from X), "यह ख़बर मूल रूप से X में प्रकाशित हुई थी"
    # (originally published in X): the name before the postposition
    r"(reportagem|matéria|notícia|texto|artigo|reportaje|artículo|nota|noticia) (publicad[ao] )?originalmente "
    r"(publicad[ao] )?(pela|pelo|por|en|em|no|na|el|la)|publicad[ao] originalmente (pela|pelo|por|en|em|no|na)|"
    # a reader's credit row: "Artículo original de X", "Artigo original do X", "Original article from X"
    r"art[ií]culo original de|artigo original d[eoa]|original (article|story) (from|by)|article original de|"
    # a reader's button out to the original: "Read on Gulf Strand Dispatch", "Read the full story on X"
    r"read (it |more |the (full |whole )?(story|article) )?on(?=\s+(?-i:[A-Z]))|"
    r"यह (ख़बर|खबर|समाचार|लेख|रिपोर्ट)( मूल रूप से)?|"
    # "Reproduced by kind permission of the X, where this article first appeared"; Occitan "Article publicat dins X"
    r"reproduced (by (kind )?permission of|with (the )?(kind )?permission (of|from))( the)?|article publicat (dins|en)|"
    r"forwarded from|inoltrato da|weitergeleitet von|reenviado (de|desde)|transféré de|переслано (от|из)|"
    # a licensed news panel's heading naming the paper: "Local news from The Pellingford Recorder"
    r"(local |latest |today's )?(news|stories|reporting|headlines) (from|by|courtesy of)(?=\s+(?-i:[A-Z]))|"
    # a partner story's label: "Story from The Calderbridge Evening Star" ("Story by X" names the writer), "Article
    # in The Westmoor Business Post" (a company's page quoting a paper), and a label before the credit: "Partner
    # story Reported by The South Shore Current" (a podcast app), "Featured · From The Oakhurst Sentinel"
    r"(an? )?(story|article|report) (from|courtesy of|in)(?=\s+(?-i:[A-Z]))|"
    r"(partner|featured|syndicated|sponsored|full)( story| content| article| report)?\s*[·:|—–-]?\s*(from|reported by|"
    r"via)(?=\s+(?-i:[A-Z]))|"
    # a licence note closing a republished story: "Licensed from The Rideau Standard.", "Syndicated from X"; a
    # read-later service's or a clipper's note over the saved page: "Saved from The Whitby Quayside (whitby.example)"
    r"(licen[cs]ed|syndicated) (from|by)(?=\s+(?-i:[A-Z]))|(saved|clipped|captured) from(?=\s+(?-i:[A-Z]))|"
    # an audio edition's player line: "Narrated from The Ashcombe Gazette · 9 min listen"
    r"narrated from|read aloud from|audio (version|edition) of|"
    r"doorgestuurd (van|uit)|"
    # a link out to the original closing a republished story: "Weiterlesen bei X", "Continue reading on X"
    r"(continue reading|read (the )?(full|whole) (story|article)|read more|go to (the )?(full|original) (story|article))"
    r" (at|on)|weiterlesen (bei|auf)|"
    r"lire la suite (sur|dans)|seguir leyendo en|continua a leggere su|continue lendo n[oa]|leia mais n[oa]|"
    r"verder lezen (op|bij)|"
    # "read the whole story at X" in more languages: "Les hele saken hos X ↗", "Läs hela artikeln på X",
    # "Lire l'article complet sur X", "Leer la noticia completa en X", "Czytaj całość na X", "Celý článek na X"
    r"full story (at|on)|(les|læs) hele (saken|artiklen|artikkelen) (hos|på)|läs hela (artikeln|texten) (hos|på|i)|"
    r"lire l['’]article (complet|en entier) (sur|dans)|leer (la noticia|el artículo) complet[ao] en|"
    r"leggi l['’]articolo completo su|leia a (matéria|notícia) completa n[oa]|"
    r"(den )?(ganzen|vollständigen) artikel lesen (bei|auf)|lees het (hele|volledige) artikel (op|bij)|"
    r"czytaj (całość|dalej) (w|na)|(přečtěte si )?celý článek (na|v)|"
    r"来源|來源|出典|출처|источник|स्रोत|bron|källa|kilde|kjelde|lähde|źródło|zdroj|kaynak|sumber|nguồn|theo|ที่มา|πηγή|sursa|"
    r"forrás|джерело|المصدر|مصدر|نقلاً? عن|מקור( הכתבה| הידיעה)?|izvor|vir(?=\s*[:：፡፦])|font(?=\s*[:：])|sursa|sursă|chanzo|সূত্র|منبع|artikel asal|sumber asal|"
    # "published with permission from X": "Artiklen bringes med tilladelse fra X", "Mit freundlicher Genehmigung von X"
    r"((this|the) (article|story) (is|was) )?(re)?published with (the )?permission (of|from)|"
    r"(artiklen|artikkelen|saken|artikeln|teksten) (bringes|publiseres|gjengis|publiceras|återges) med "
    r"(tilladelse|tillatelse|tillstånd) (fra|från|av)|(veröffentlicht )?mit (freundlicher )?genehmigung (von|der|des)|"
    r"publié avec l['’]autorisation (de|du|des)|publicado con (el )?permiso de|publicado com (a )?permissão d[aoe]|"
    r"pubblicato su concessione di|"
    r"ขอบคุณข้อมูลจาก|ข้อมูลจาก|ขอบคุณที่มา|cảm ơn nguồn|šaltinis|allikas|извор|pinagmulan|ذریعہ|"
    # Basque "Jatorrizko albistea: X" (the original story), "Iturria: X"; Bulgarian "Източник: X"; Kazakh
    # "Дереккөз: X"; Amharic "ምንጭ፦ X"; Maltese "Sors: X"
    r"jatorrizko albistea|iturria|източник|дереккөз|ምንጭ|sors(?=\s*[:：፡፦])|tinubdan(?=\s*[:：])|"
    # "Source:" / "Courtesy:" in more languages, colon required (Azerbaijani, Uzbek, Albanian, Georgian, Armenian,
    # Mongolian, Khmer, Lao, Burmese, Sinhala, Tamil, Telugu, Kannada, Malayalam, Nepali/Hindi "साभार", Yoruba,
    # Hausa, Zulu, Somali, Welsh, Irish, Icelandic): "📰 Mənbə: «X» qəzeti", "साभार: X"
    r"(mənbə|manba|burimi|burim|წყარო|աղբյուր|эх сурвалж|ប្រភព|ແຫຼ່ງທີ່ມາ|ທີ່ມາ|ရင်းမြစ်|මූලාශ්‍රය|மூலம்|ஆதாரம்|"
    r"నుండి|మూలం|ಮೂಲ|ഉറവിടം|साभार|सौजन्य|or[ií]sun|majiya|umthombo|xigasho|ffynhonnell|foinse|heimild|"
    # Belarusian, Scottish Gaelic, Luxembourgish, Pashto, Gujarati, Kyrgyz: "Крыніца: X", "Tùs: X", "Quell: X"
    r"крыніца|tùs|quell|سرچینه|સ્રોત|સ્ત્રોત|булак|"
    # Punjabi, Tajik, Turkmen, Uyghur, Kurdish (Kurmanji, Sorani), Esperanto, Frisian, Faroese, Malagasy,
    # Kinyarwanda, Oromo, Tigrinya, Sindhi, Igbo, Sesotho
    r"ਸਰੋਤ|манбаъ|çeşme|مەنبە|çavkanî|سەرچاوە|fonto|boarne|kelda|loharano|inkomoko|madda|ምንጪ|ذريعو|isi mmalite|"
    # Faroese (with its accent), Lao "news source", Telugu/Kannada/Tamil "courtesy", Breton, Hausa
    r"keldá|ແຫຼ່ງຂ່າວ|సౌజన్యం|ಕೃಪೆ|நன்றி|mammenn|tushe|"
    # Tatar, Dhivehi ("news source"), Tibetan
    r"чыганак|(ޚަބަރުގެ )?މަސްދަރު|ཁུངས|"
    + _MORE_SOURCE_WORDS + r"|mohloli)(?=\s*[:：፡፦])|"
    # a button out to the original naming its outlet after a dash: "Read the original story – X ↗", Icelandic "Lesa
    # upprunalegu fréttina – X", French "Lire l'article original – X", German "Zum Originalartikel – X"
    r"(read the original( story| article)?|lesa upprunalegu (fréttina|greinina)|lire l['’]article original|"
    r"zum originalartikel|leer (la noticia|el artículo) original|leggi l['’]articolo originale|"
    r"lees het originele artikel|legu la originalon)\s*[–—:-]|"
    # "From the newspaper X" (Hausa "Daga jaridar X"), "press cutting · X, 9 January 2026" (a museum's or a
    # club's repost of a newspaper page), "(Reposted with permission from X, 9 January 2026. Thanks!)"
    r"daga (jaridar|gidan jaridar|mujallar)|press (cutting|clipping)( from)?\s*[·:|—–-]|"
    r"\(?(reposted|reprinted|republished|shared|used) (here )?with (kind |the )?(kind )?permission (from|of|by)|"
    # "the text is taken from (the weekly) X": Macedonian, Serbian, Croatian/Bosnian, Slovenian, Russian, Ukrainian
    r"(текстот|статијата|веста|текст|статья|материал|стаття|матеріал)\s+(е\s+|је\s+)?(преземен[аио]?|"
    r"преузет[аио]?|взят[аио]?|перепечатан[аио]?|взят[аоі]?|передрукован[аоі]?)\s+(од|из|с|са|з)"
    r"(\s+(неделникот|весникот|порталот|сајтот|дневникот|недељника|листа|портала|газеты|журнала|сайта|газети|"
    r"тижневика))?|(tekst|članak|vijest|vest|članek|prispevek)\s+(je\s+)?(preuzet[aio]?|prevzet[aio]?)\s+(sa|s|iz|z)"
    r"(\s+(portala|lista|tjednika|nedeljnika|dnevnika|časopisa))?|(preuzeto\s+(sa|s|iz)|prevzeto\s+(iz|s|z))"
    r"(\s+(portala|lista|tjednika|nedeljnika|dnevnika|časopisa|portala))?|"
    # the story an AI summary is based on: "Özetin dayandığı haber: X", "Summary based on: X"
    r"özetin dayandığı haber|(this )?summary (is )?based on|zusammenfassung basiert auf|"
    # a partner label: "En colaboración con X", "In collaboration with X", "In Zusammenarbeit mit X"
    r"en colaboración con|in collaboration with|in partnership with|en partenariat avec|in zusammenarbeit mit|"
    r"em colaboração com|in collaborazione con|published in|publicado en|publicado em|publié dans|"
    # an app wall naming the story's outlet: "Keep reading this story from X in the Pressbox app."
    r"(keep|continue) reading (this|the) (story|article) from|"
    # a reader view's footnote naming the original: "Original article: X — https://..."
    r"original (article|story|report|post)(?=\s*[:：፡፦])|"
    # a courtesy line over a partner's story: "Free access to this story is provided by X"
    r"(free access to )?(this|the) (story|article) is (provided|made available|offered) by|"
    # "This story is from X and appears on Y with permission" (a reader app's note on a partner's story)
    r"this (story|article|report) (is|comes) from(?=\s+(?-i:[A-ZÀ-Ý]))|"
    # Latvian / Lithuanian "Raksts sākotnēji publicēts portālā X", "Straipsnis pirmą kartą paskelbtas portale X"
    r"(raksts|materiāls|ziņa) (sākotnēji|oriģināli|pirmoreiz) publicēt[sa]( (portālā|laikrakstā|izdevumā|vietnē))?|"
    r"(straipsnis|tekstas) (iš pradžių|pirmą kartą|originaliai) (paskelbtas|publikuotas)( (portale|laikraštyje|svetainėje))?|"
    # Hungarian "A cikk eredetileg a(z) X oldalán jelent meg", Greek "Το άρθρο δημοσιεύθηκε αρχικά στην εφημερίδα «X»"
    # Hebrew "הכתבה פורסמה לראשונה באתר X" (first published on the site X), Czech/Slovak "Původně vyšlo v X",
    # "Pôvodne vyšlo v X", a live page's "Live coverage provided by X", Korean "이 기사는 X이 제공했습니다"
    r"(הכתבה|הידיעה|הכתבה המקורית) פורסמה (לראשונה|במקור) (באתר|בעיתון|במגזין)|"
    r"(článek |text |článok )?(původně|pôvodne) (vyšlo|vyšel|vyšla|vyšiel|vyšiel|publikováno|publikované) (ve|v|na)|"
    # Swedish, Norwegian, Danish "Publicerad med tillstånd av X(s redaktion)", "Publisert med tillatelse fra X"
    r"(publicerad|publiceras|återpublicerad|publisert|publiseres|gjengitt|bragt|gengivet) med (tillstånd|tillatelse|"
    r"tilladelse) (av|från|fra|fra)|"
    # Norwegian "Saken ble først publisert i X", "Artikkelen ble opprinnelig publisert på X"
    r"(saken|artikkelen|teksten|reportasjen|intervjuet) (ble|er|var) (først|opprinnelig) (publisert|trykket) (i|på|hos)|"
    # Latvian / Lithuanian "Raksts pārpublicēts no “X” ar redakcijas atļauju", "Straipsnis perspausdintas iš „X“"
    r"(raksts|materiāls|ziņa) (ir )?(pārpublicēts|pārpublicēta) no|(straipsnis|tekstas) (perspausdintas|perpublikuotas) iš|"
    # Danish "Artiklen blev bragt i X den 21. november ...", "Gengivet med tilladelse fra X"
    r"(artiklen|teksten|historien) (blev|er) (bragt|trykt|udgivet) (i samarbejde med|i|på)|gengivet med tilladelse fra|"
    # Slovene / Croatian / Serbian "Članek je bil prvotno objavljen v X", "Članak je izvorno objavljen u X"
    r"(članek|prispevek|tekst|članak) je (bil )?(prvotno|najprej|izvorno|prvobitno|prvi put) objavljen (v|na|u)|"
    r"(текст|чланак|вест) је (првобитно|изворно|први пут|прво) објављен[аo]? (у|на)|"  # (Serbian Cyrillic)
    # Polish "Tekst ukazał się pierwotnie w „X”", "Artykuł ukazał się po raz pierwszy na łamach X"
    r"(tekst|artykuł|materiał) (ukazał się|został opublikowany) (pierwotnie|po raz pierwszy|wcześniej) (w|na|na łamach)|"
    r"(live )?coverage (provided by|courtesy of)|live coverage from|이 기사는(?=.{2,40}(이|가|에서)\s*제공)|"
    r"a (cikk|írás|hír) eredetileg (a\(z\)|az|a)|(το άρθρο|το κείμενο|η είδηση|το ρεπορτάζ) (δημοσιεύθηκε|δημοσιεύτηκε) "
    r"(αρχικά|για πρώτη φορά) (στην εφημερίδα|στο περιοδικό|στον ιστότοπο|στην ιστοσελίδα|στο|στην|στη|στον)|"
    # Chinese "原文刊於《X》", "本文首发于X" (the original ran in X): the name follows without a space
    r"(本文|原文|此文)(原|首先)?(刊於|刊于|刊登於|刊登于|刊載於|刊载于|載於|载于|發表於|发表于|首發於|首发于)|"
    # ... and "本文經X授權轉載" (reprinted with X's authorisation): the name between the label and its tail
    r"(本文|本篇|此文|本報導|本报道)(經|经|由|獲|获)(?!授權|授权|同意)|"
    # "本文經授權轉載自《X》" (reprinted, with permission, from X)
    r"(本文|本篇|此文)?(經|经|獲|获)?(授權|授权)(轉載|转载)(自|於|于))"
    r"(\s*[:：፡፦]\s*|\s+|(?<=[於于經经由獲获自はב]))(?P<name>[^\n\t]{2,60}?)(\s+with (the )?(author|publisher)[’']?s? permission|"
    r"(授權|授权|同意)(轉載|转载|刊登|刊載|刊载)[^\n]*|"
    # "... through the X Network's content-sharing scheme", "... as part of a syndication partnership"
    r"\s+(through|via|as part of|under) [^\n]{0,100}?(scheme|partnership|network|programme|program|agreement|"
    r"syndication|collaboration)\b[^\n]{0,40}|"
    r"\s+with (kind )?permission\b[^\n]{0,200}|"
    # "... and is republished with permission", "... and is republished here as part of X's collection", "... and is
    # republished under a Creative Commons license" (the republisher's standard note)
    r"(\s+on\s+[^.]{3,30}?)?,?\s+and ((is|was|has been) )?(re)?(published|posted|printed|reproduced|shared)\b[^\n]{0,140}?|"
    # ... Frisian "... en is hjir oernommen ûnder de lisinsje X", Vietnamese "... theo giấy phép X" (under the licence)
    r"\s+en is hjir (oernommen|wer publisearre)\b[^\n]{0,140}?|\s+theo giấy phép\b[^\n]{0,140}?|"
    # an appositive describing the outlet: "... by High Plains Water Desk, a nonprofit newsroom covering water in
    # western Kansas, and is republished under a Creative Commons license."
    r",\s+(a|an)\s+(nonprofit|non-profit|independent|local|regional|reader-supported|member-supported|weekly|daily|"
    r"community|investigative|public|national|statewide)\b[^\n]{0,240}?|"
    # ... and in other languages: "..., quotidiano della Rete Giornali Lombardi", "..., titre du réseau X"
    r",\s+(quotidiano|settimanale|giornale|periodico|testata|titre|journal|quotidien|hebdomadaire|diario|semanario|"
    r"periódico|jornal|semanário|zeitung|tageszeitung|wochenzeitung|dagblad|weekblad|krant|gazet)\b[^\n]{0,200}?|"
    # "... commissioned by X and first published there on October 30, 2025. I'm sharing it here ..."
    r",?\s+and (was )?first (published|ran|appeared)\b[^\n]{0,160}?|"
    r",\s*übermittelt durch .{2,40}|"
    # the same note in Irish, Welsh and Uzbek: "... agus athfhoilsítear anseo é ...", "... gazetasi ruxsati bilan"
    r"\s+(oldalán|honlapján|lapjában|weboldalán)\s+jelent meg\b.*|\s+jelent meg\b.*|"
    # Swedish, Norwegian, Danish "... och återpubliceras med tillstånd", "... og gjengis med tillatelse"
    r"\s+(och|og) (återpubliceras|publiceras|återges|gjengis|publiseres|genudgives|bringes)\b.*|\s+και αναδημοσιεύεται\b.*|\s+agus athfhoilsítear\b.*|\s+(e|y) (reproduzid[ao]|reproducid[ao]|republicad[ao])\b.*|"
    r"[،,]\s*وي?ُ?عاد نشره.*|"  # Arabic "..., and it is republished by agreement with it"
    r"\s+(வெளியானது|வெளியிடப்பட்டது).*|"  # Tamil "... appeared (; reprinted with permission)"
    r"\s+بازنشر شده( است)?.*|から提供を受けて.*|\s+(saytından|qəzetindən|portalından)\s+icazə ilə.*|"
    r"\s+(redaktion|redaksjon|redaktionen|redaksjonen)\b.*|"  # ("... av Vättertidningens redaktion.")  # Persian "... republished", Japanese "... provided (and published)"
    r"\s+y se (reproduce|republica|publica aquí)\b.*|\s+ar (redakcijas|autora|izdevēja) atļauju\b.*|"
    r"\s+(redakcijos|autoriaus|leidėjo) leidimu\b.*|,\s*reproduit avec l['’]accord\b.*|\s+und wird\b.*|[،,]\s*وتعيد\b.*|"
    # "... and appears on Y through our partnership"; a second sentence after the credit ("Reprinted with permission of
    # X. Member papers share their local stories with Y."): four words or more, so "St. Louis" stays one name
    r",?\s+and (appears|is (re)?published|runs|is shared) (on|in|here|with)\b.*|\.\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁЇІЄҐΑ-ΩΆ-Ώ])([^\s.]+\s+){3,}[^.\n]{0,200}[.!]?|"
    # an appositive on the outlet: "Republished from X, a Sandhills Press Hub member paper."
    r",\s+(an?|the|one of) [^,.\n]{0,50}?\b(paper|newspaper|weekly|daily|magazine|publication|outlet|site|member|partner)s?\b[^.\n]{0,30}?|\s+में (प्रकाशित|छपी|छपा) (हुई|हुआ) (थी|था).*|"
    r"\s+(से|سے) (ली|लिया|ली गई|लिया गया)( गई| गया)? (है|हैं)(\W.*)?|\s+dan (dimuat|diterbitkan|ditayangkan) (ulang|kembali)\b.*|"
    r"\s+(edisi\s.{1,30}?\s+)?lan kapacak maneh\b.*|(?<=\S)(이|가|에서)\s*제공(했습니다|합니다|함)\b.*|\s+ac (mae'n cael ei|fe'i) (h)?ailgyhoeddi\b.*|"
    # the date the original ran: "Unang inilathala sa X noong Hunyo 11, 2025.", "First published in X on May 2, 2025"
    r"\s+(noong|on|(?-i:long))\s+[^.\n]{0,25}\d[^.\n]{0,20}?|"  # (Tok Pisin: "... long 22 Disemba 2026")
    # the address after the name: "X — https://x.example/2025/11/03/story/", "X (x.example/iroyin.php?id=5521)"
    r"\s+[—–-]\s+(https?://|www\.)\S*|\s+(in|on) the [\w .-]{1,30} app|\s*\((https?://)?[\w-]+(\.[\w-]+)+[^()\s]*\)|"
    # where and when the original ran: ", where this article first appeared on 30 October 2025", "X del 4 de
    # decembre de 2025, reprodusit amb l'autorizacion del jornal"
    r",\s*where (this|the) (article|story) ((fi|ﬁ)rst |originally )?(appeared|ran|was published)\b[^\n]{0,80}?|"
    r",\s*(onde|donde|où) (apaeció|apareció|apareceu|est paru|a paru)\b[^\n]{0,80}?|"  # Asturian ", onde apaeció el 26 ..."
    r"\s+(del|du|vom|dated|den|ai|ils|il)\s+\d{1,2}[^\n]{0,140}?|"
    # another labelled field of the row after a middle dot: "मूल समाचार: X (नेपाली), २४ दिसम्बर २०२६ · मैथिली अनुवाद: Y"
    # (the translator), "Source: X · Autor: Y"
    r"\s+[·•|]\s+(?=[^\n:：·•|]{0,39}[^\W\d_])[^\n:：·•|]{1,40}[:：]\s*[^\n]{1,80}|"  # (a label, not "· 00:41")
    # its date and the writer after a dash: "Fonte: Isula Infurmazione, 15 di dicembre 2026 — articulu di Petru
    # Santucci" (Corsican: article by), "Source: X, 3 May — article by Y"
    r"(,\s*[^,\n—–]{3,40}?)?\s+[—–-]\s+(article|articulu|articolo|artículo|artigo|artikel|texte?|testo|tekst|story|"
    r"report|reportage|nota|notícia|noticia|crónica|reportaje)\s+(by|di|de|da|von|par|por|van)\s+\S[^\n]{1,60}|"
    # the credit's tail: "... dengan judul "Title"", ". Riproduzione riservata", ". All rights reserved."
    r"\s+dengan judul\s.{2,200}|\.\s+(©|\(c\)|copyright)\s[^\n]{0,120}|"  # ". © 2026 X. All rights reserved."
    r"\.\s*(riproduzione riservata|all rights reserved|"
    # a syndication notice's licence: ". Licensed copy LC-88412. Please do not copy or redistribute."
    r"licensed copy\b.{0,120}|please do not (copy|redistribute|reproduce)\b.{0,80}|"
    # a reprint's rights sentence: ". Kopiering og videredistribution er ikke tilladt."
    r"(kopiering|copying|reproduction|reproducción|riproduzione|vervielfältigung|videredistribution)\b.{0,100}|todos os direitos reservados|"
    r"todos los derechos reservados|tous droits réservés|alle rechte vorbehalten))?"
    r"\s*\.?\s*[»›→↗]?(?(open)\s*[）)])\s*$",
    re.IGNORECASE,
)
# "From X, <date>" as a clipping's heading or a pasted credit, bracketed or closed by a colon: "[From The Lowmarsh
# Advertiser, 9 January 2026]", "From The Brinley Gazette, 13 January 2026:" (a date must follow the name). A capital
# "De" or "Da" opens the paper's own name ("De Plattkieker, 24. Dezember 2026") unless a Romance article follows it.
DATED_FROM = rx(r"^\s*[\[(]?\s*(from|aus|uit|z|(?-i:de|da)|(?-i:De|Da)(?=\s+(?-i:El|La|Los|Las|O|Os|A|As|Il|Lo|Le|Les)\s))\s+(?P<name>(?-i:[A-Z«„“\"])[^,\n\[\]()]{1,60}?),\s*"
                r"[\w.,/ ]{0,26}\d{1,4}\.?\s*[\])]?\s*[:.]?\s*$", re.IGNORECASE)
NAME_STOP = rx(r"[^\W\d_]{3}\.\s+\S")  # a full stop after a word of three letters or more, inside a credit's name


QUOTE_MARKS = "«»‹›„“”‟\"'‘’‚(["  # opening a quoted or bracketed name


class CreditRule(EitherRule):
    """SOURCE_LINE: a credit's rule, refusing a "name" whose first sentence holds no capital when a sentence follows
    it ("source code. The solution was hacky. But ...": a paragraph's wrapped line)."""

    def match(self, text: str) -> re.Match | None:
        """The credit's match, like re.Pattern.match."""
        found = super().match(text)
        if found is None:
            return None
        name = found.group("name")
        cut = NAME_STOP.search(name)  # ("St. Louis Post-Dispatch" is one name; "Mälarkuriren. Till originalet")
        first = name[:cut.start() + 3] if cut else name
        if (cut or text[found.end("name"):found.end("name") + 2] == ". ") and not any(
                w.lstrip(QUOTE_MARKS)[:1].isupper() for w in first.split()):  # («Сухонский курьер»: quoted)
            return None
        return found


SOURCE_LINE = CreditRule(SOURCE_LINE, DATED_FROM)

# ----------------------------------------------------------------------------- text dumps

# Characters that print as nothing but are not white space to str.split: a no-break space, the braille blank a
# social post's "empty" lines and indents are made of (U+2800), the Hangul fillers, zero-width spaces and joiners,
# a stray byte-order mark. A dump's line of only these is a blank line.
BLANK_EDGES = " \u2800\u3164\u115f\u1160\uffa0\u200b\u2060\ufeff"  # trimmed off a line's ends
BLANK_LOOKALIKES = str.maketrans({c: " " for c in "\u00a0\u2800\u3164\u115f\u1160\uffa0\u200b\u2060\ufeff"})

# Marks a browser shows as nothing inside a word: a zero-width space (outside the scripts that break their words with
# it: Thai, Lao, Tibetan, Myanmar, Khmer) and a word joiner. A messaging platform's article pages sprinkle them
# through the text against copying ("收音機舖\u200b月底結業", "Jour\u200bnalist"); a Burmese text's own
# "ရန်ကုန်\u200bမြို့" keeps its word breaks. Soft hyphens stay: a page's hyphenation points ("Schlass\u00adwee") are
# the text as written, which readers' truths keep.
_BREAKING_SCRIPTS = "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
# A zero-width (non-)joiner between two letters of the alphabets that never join or break with one (Latin, Greek,
# Cyrillic): "lar\u200cgest" (the same copy guard); Persian, Indic and emoji sequences keep theirs.
_UNJOINED_SCRIPTS = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
INVISIBLE_GLUE = re.compile(f"\u2060|\u200b(?:(?<![{_BREAKING_SCRIPTS}]\u200b)|(?![{_BREAKING_SCRIPTS}]))|"
                            f"[\u200c\u200d](?<=[{_UNJOINED_SCRIPTS}][\u200c\u200d])(?=[{_UNJOINED_SCRIPTS}])")  # (each
# branch opens with its character: the engine jumps between candidates instead of trying every position, 6x faster)
INVISIBLE_CHARS = ("\u200b", "\u2060", "\u200c", "\u200d")
# A short day and month: "14/12", "14.12.", "12-14" (a digest item's date).
SHORT_DAY_MONTH = rx(r"^\d{1,2}[/.-]\d{1,2}\.?$")
# A newsletter's or magazine's issue number after its name: "n. 214", "n° 51", "No. 12", "Nr. 7/2026", "#48",
# "Issue 31", "Ausgabe 12", "№ 5" (never a site's name).
ISSUE_NUMBER = rx(r"^\s*(n[.°º]|no\.?|nr\.?|num\.?|#|issue|vol\.?|ausgabe|heft|numéro|número|numero|№)\s*\d[\d/.-]*"
                  r"(,?\s+\S+(\s+\d{4})?)?\s*$", re.IGNORECASE)
# Direction marks and embeddings (LRM, RLM, ALM, LRE ... PDF, LRI ... PDI): they show nothing of their own.
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# The same marks written as character references in markup ("&#8203;", "&ZeroWidthSpace;", "&NoBreak;").
INVISIBLE_ENTITY = re.compile(r"&(#8203|#[xX]200[bB]|ZeroWidthSpace|#8288|#[xX]2060|NoBreak|#820[45]|#[xX]200[cCdD]|zwn?j);")

# Where a dump glued two labels of a button row: a lower-case letter before a capital, a capitals' run before a
# capitalised word, a letter before a digit or a digit before a letter ("BagikanLINEWhatsApp", "Suka214Sedih3").
CAMEL_GLUE = re.compile(r"[a-z][A-Z]")
GLUED_TAB = re.compile(r"(?<=[a-zà-öø-ÿа-яё]{3})[A-ZÀ-ÖØ-ÞА-ЯЁ](?=[a-zà-öø-ÿа-яё]{2})")  # one word glued to the next
# tab's ("DiscussõesCapturas"; a transliteration's capitals inside words, "mAveyo kAmiyAbuve", are not)
GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
# A row of bracketed buttons as a text browser prints a widget: "[Reply] [👍 72] [👎 18]", "[Show 2 more replies]".
BRACKETED_BUTTONS = rx(r"^\s*(\[[^\[\]]{1,40}\]\s*)+$")
# Lowercase common nouns a credit's sentence puts before a paper's name ("publicada originalmente no jornal Gazeta do
# Dão", "first published in the newspaper X", "parue dans le journal X", "en el diario X").
PRESS_NOUNS = frozenset(("jornal", "journal", "revista", "revue", "diário", "diario", "periódico", "periodico", "giornale",
                         "quotidiano", "zeitung", "magazin", "magazine", "newspaper", "paper", "site", "website", "portal",
                         "blog", "tabloid", "semanário", "semanario", "weekly", "gazette"))

_MONTHS = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|déc|mrt|mär|mrz|des|"
           r"márc|ápr|máj|jún|júl|szept|"  # Hungarian
           r"januar|februar|märz|juni|juli|okt|dez|ene|abr|ago|dic|fev|out|set|gen|mag|giu|lug|ott|"
           # Nepali (Bikram Sambat): "२०८२ कात्तिक १८"
           r"बैशाख|वैशाख|जेठ|असार|साउन|भदौ|असोज|कात्तिक|कार्तिक|मंसिर|पुस|माघ|फागुन|चैत|"
           # Hindi: "18 जुलाई 2025"
           r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|"
           # Dutch, Scandinavian, Polish, Czech, Turkish, Indonesian, Romanian, Greek, Thai month names
           r"maart|mei|augustus|okto|mars|maj|augusti|stycz|lut|marc|kwiet|czerw|lip|sierp|wrze|paźdz|listop|grud|"
           r"led|únor|úno|břez|dub|květ|červ|srp|září|říj|prosin|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|"
           r"ağustos|eylül|ekim|kasım|aralık|maret|mei|agustus|desember|ianuarie|februarie|martie|aprilie|iunie|"
           r"iulie|septembrie|octombrie|noiembrie|decembrie|ιαν|φεβ|μαρ|απρ|μαΐ|μαι|ιουν|ιουλ|αυγ|σεπ|οκτ|νοε|δεκ|"
           r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
           r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|"
           # Russian and Ukrainian (genitive), Arabic (Egyptian/Gulf and Levantine names, Hijri), Hebrew
           r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
           # the nominative, as Kyrgyz and Kazakh Russian-named months print them ("14-январь, 2026")
           r"январь|февраль|апрель|май|июнь|июль|сентябрь|октябрь|ноябрь|декабрь|"
           # ... and abbreviated, as a store's news cards print them: "12 нояб. 2026", "3 дек. 2026"
           r"янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|нояб|ноя|дек|"
           r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"
           r"يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
           # the Maghreb's month names: "9 ماي 2026", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر"
           r"ماي|يوليوز|غشت|شتنبر|نونبر|دجنبر|"
           r"كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|"
           r"محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|"
           r"ذو القعدة|ذو الحجة|ב?ינואר|ב?פברואר|ב?מרץ|ב?אפריל|ב?מאי|ב?יוני|ב?יולי|ב?אוגוסט|ב?ספטמבר|ב?אוקטובר|ב?נובמבר|"
           r"ב?דצמבר|"  # Hebrew dates print the month with a prefix: "14 במאי 2025"
           # Croatian/Serbian/Slovene, Catalan, Finnish (partitive: "12. kesäkuuta"), Malay, Bengali, Persian
           r"siječ|sijec|velj|ožuj|travn|svib|lipn|srpn|kolov|rujn|studen|avgust|febr|març|maig|juny|juliol|agost|"
           r"setem|octubre|novem|desem|tammik|helmik|maalisk|huhtik|toukok|kesäk|heinäk|elok|syysk|lokak|marrask|"
           r"jouluk|julai|ogos|disember|জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|"
           r"ডিসেম্বর|ژانویه|فوریه|آوریل|ژوئن|ژوئیه|سپتامبر|اکتبر|نوامبر|دسامبر|فروردین|اردیبهشت|خرداد|تیر|"
           r"مرداد|شهریور|مهر|آبان|آذر|بهمن|اسفند|"
           # Belarusian, Luxembourgish, Somali, Scottish Gaelic (with its article), Gujarati, Malayalam, Telugu,
           # Kannada, Marathi, Punjabi, Lao, Burmese month names ("4 лістапада 2025", "4 An t-Samhain 2025")
           r"студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня|"
           r"mäerz|abrëll|janaayo|febraayo|maarso|abriil|maajo|juun|luuliyo|ogost|sebtembar|oktoobar|nofembar|"
           r"desembar|am faoilleach|an gearran|am màrt|an giblean|an cèitean|an t-ògmhios|an t-iuchar|an lùnastal|"
           r"an t-sultain|an dàmhair|an t-samhain|an dùbhlachd|"
           # Māori ("2 o Hakihea 2026": the 2nd of December)
           r"kohitātea|huitanguru|poutūterangi|paengawhāwhā|haratua|pipiri|hōngongoi|hereturikōkā|mahuru|"
           r"whiringa-ā-nuku|whiringa-ā-rangi|hakihea|"
           # Samoan ("4 Tesema 2026"), Tok Pisin, Romansh, Asturian ("2 d'avientu de 2026"), Kurmanji ("3 Kanûna Pêşîn")
           r"ianuari|fepuari|mati|aperila|iuni|iulai|aukuso|setema|oketopa|novema|tesema|"
           r"janueri|februeri|epril|julai|ogas|septemba|oktoba|novemba|"
           r"schaner|favrer|avrigl|matg|zercladur|fanadur|avust|settember|"
           r"xineru|febreru|marzu|mayu|xunu|xunetu|agostu|setiembre|ochobre|payares|avientu|"
           r"kanûna (pêşîn|paşîn)|çiriya (pêşîn|paşîn)|sibat|adar|nîsan|gulan|hezîran|tîrmeh|tebax|îlon|cotmeh|mijdar|"
           r"berfanbar|"
           # Friulian ("2 di Dicembar dal 2026"), Sardinian ("3 de nadale"), Corsican, Tetum ("6 Dezembru 2026"),
           # Papiamento ("30 di novèmber"), Fijian ("4 Tiseba 2026"): month names of small languages' papers
           r"zen[âa]r|gen[âa]r|fevr[âa]r|avr[îi]l|setembar|otubar|novembar|dicembar|"
           r"ghenn[àa]rgiu|fre[àa]rgiu|martzu|l[àa]mpadas|tr[ìi]ulas|cabudanni|santugaine|santandria|nadale|"
           r"ghjennaghju|ferraghju|maghju|ghjugnu|lugliu|aostu|nuvembre|"
           r"janeiru|fevereiru|marsu|ab[ríi]l|juñu|jullu|setembru|outubru|novembru|dezembru|"
           r"yan[üu]ari|febr[üu]ari|y[üu]ni|y[üu]li|oug[ùu]st[ùu]s|s[èe]pt[èe]mber|[òo]ktober|nov[èe]mber|des[èe]mber|"
           r"feperueri|epereli|okosita|seviteba|okotova|noveba|tiseba|"
           r"જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|મે|જૂન|જુલાઈ|ઑગસ્ટ|ઓગસ્ટ|સપ્ટેમ્બર|ઑક્ટોબર|ઓક્ટોબર|નવેમ્બર|ડિસેમ્બર|"
           r"ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|ഏപ്രിൽ|മേയ്|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്ടോബർ|നവംബർ|ഡിസംബർ|"
           r"జనవరి|ఫిబ్రవరి|మార్చి|ఏప్రిల్|మే|జూన్|జూలై|ఆగస్టు|సెప్టెంబర్|అక్టోబర్|నవంబర్|డిసెంబర్|"
           r"ಜನವರಿ|ಫೆಬ್ರವರಿ|ಮಾರ್ಚ್|ಏಪ್ರಿಲ್|ಮೇ|ಜೂನ್|ಜುಲೈ|ಆಗಸ್ಟ್|ಸೆಪ್ಟೆಂಬರ್|ಅಕ್ಟೋಬರ್|ನವೆಂಬರ್|ಡಿಸೆಂಬರ್|"
           r"जानेवारी|फेब्रुवारी|मार्च|एप्रिल|मे|जून|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर|"
           r"ਜਨਵਰੀ|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਮਈ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ|"
           r"ມັງກອນ|ກຸມພາ|ມີນາ|ເມສາ|ພຶດສະພາ|ມິຖຸນາ|ກໍລະກົດ|ສິງຫາ|ກັນຍາ|ຕຸລາ|ພະຈິກ|ທັນວາ|"
           r"ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ|"
           # the Afghan solar months, in Pashto and in Dari ("۱۳ لړم ۱۴۰۴", "۱۳ عقرب ۱۴۰۴")
           r"وری|غویی|غبرګولی|چنګاښ|زمری|وږی|تله|لړم|لیندۍ|مرغومی|سلواغه|کب|حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|"
           r"عقرب|قوس|جدی|دلو|حوت|"
           # Tagalog, Lithuanian (genitive), Estonian, Serbian Cyrillic, Slovak, Urdu
           r"enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre|"
           r"peb|hun|hul|okt|nob|dis|"  # (their abbreviations: "Nob. 28, 2026")
           r"sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio|"
           r"jaanuar|veebruar|märts|aprill|juuni|juuli|septemb|oktoob|novemb|detsemb|"
           r"јануар|фебруар|март|април|мај|јун|јул|август|септемб|октоб|новемб|децемб|január|február|apríl|"
           r"جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|"
           # Afrikaans, Icelandic, Latvian, Albanian, Georgian, Armenian (genitive), Welsh, Galician
           r"januarie|februarie|maart|junie|julie|augustus|oktober|desember|janúar|febrúar|apríl|maí|júní|júlí|ágúst|"
           r"október|nóvember|desember|janvār|februār|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|oktobris|"
           r"novembris|decembris|janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor|იანვ|თებერვ|"
           r"მარტ|აპრილ|მაის|ივნის|ივლის|აგვისტ|სექტემბ|ოქტომბ|ნოემბ|დეკემბ|հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|"
           r"հուլիս|օգոստոս|սեպտեմբեր|հոկտ|նոյեմբ|դեկտեմբ|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|"
           r"medi|hydref|tachwedd|rhagfyr|xaneiro|febreiro|marzo|abril|maio|xuño|xullo|agosto|setembro|outubro|"
           r"novembro|decembro|"
           # Hausa and Breton ("14 Janairu", "d'an 13 a viz Genver 2026": the month after "a viz")
           r"janairu|fabrairu|faburairu|maris|afirilu|afrilu|mayu|yuni|yuli|agusta|satumba|oktoba|nuwamba|disamba|"
           r"(a viz )?(genver|c['’]hwevrer|meurzh|ebrel|mezheven|gouere|eost|gwengolo|here|kerzu)|"
           # Basque (with case endings: "azaroaren"), Maltese, Bulgarian, Kazakh, Amharic (Ethiopian calendar)
           r"urtarril|otsail|martxo|apiril|maiatz|ekain|uztail|abuztu|irail|urri|azaro|abendu|jannar|frar|marzu|"
           r"mejju|ġunju|lulju|awwissu|settembru|ottubru|novembru|diċembru|януари|февруари|април|юни|юли|"
           r"септември|октомври|ноември|декември|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|"
           r"қазан|қараша|желтоқсан|መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜ|"
           # Irish, Azerbaijani, Uzbek, Tamil, Nepali (Gregorian and Bikram Sambat), Macedonian
           r"eanáir|feabhra|márta|aibreán|bealtaine|meitheamh|iúil|lúnasa|meán fómhair|deireadh fómhair|samhain|"
           r"nollaig|yanvar|fevral|aprel|iyun|iyul|avqust|avgust|sentyabr|sentabr|oktyabr|oktabr|noyabr|dekabr|"
           r"ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்|"
           r"जनवरी|फेब्रुअरी|मार्च|अप्रिल|जुलाई|अगस्ट|सेप्टेम्बर|अक्टोबर|नोभेम्बर|डिसेम्बर|बैशाख|वैशाख|जेठ|असार|"
           r"साउन|श्रावण|भदौ|असोज|कात्तिक|कार्तिक|मंसिर|पुस|पौष|माघ|फागुन|चैत|јануари|февруари|октомври|ноември|декември|"
           # Malayalam, Odia, Uyghur, Igbo, Maori, Tajik ("05 ഫെബ്രുവരി 2026", "ଫେବୃଆରୀ 5, 2026", "6 Febụwarị 2026",
           # "8 Pēpuere 2026", "4 феврали 2026")
           r"ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|ഏപ്രിൽ|മേയ്|മെയ്|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|ആഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്ടോബർ|നവംബർ|ഡിസംബർ|"
           r"ଜାନୁଆରୀ|ଫେବୃଆରୀ|ମାର୍ଚ୍ଚ|ଏପ୍ରିଲ|ଅପ୍ରେଲ|ଜୁନ|ଜୁଲାଇ|ଅଗଷ୍ଟ|ସେପ୍ଟେମ୍ବର|ଅକ୍ଟୋବର|ନଭେମ୍ବର|ଡିସେମ୍ବର|"
           r"يانۋار|فېۋرال|مارت|ئاپرېل|ئىيۇن|ئىيۇل|ئاۋغۇست|سېنتەبىر|ئۆكتەبىر|نويابىر|دېكابىر|"
           r"jenụwarị|febụwarị|maachị|eprel|julaị|ọgọọst|septemba|ọktoba|novemba|disemba|"
           r"hānuere|pēpuere|māehe|āperira|hune|hūrae|ākuhata|hepetema|oketopa|noema|tīhema|"
           r"январ|феврал|апрел|сентябр|октябр|ноябр|декабр|"
           # Xhosa, Assamese, Sindhi, Turkmen, Tigrinya ("11 Matshi 2026", "১১ মাৰ্চ, ২০২৬", "11 مارچ 2026", "11 መጋቢት")
           r"janyuwari|februwari|matshi|epreli|meyi|julayi|agasti|okthobha|disemba|"
           r"জানুৱাৰী|ফেব্ৰুৱাৰী|মাৰ্চ|এপ্ৰিল|জুলাই|আগষ্ট|ছেপ্টেম্বৰ|অক্টোবৰ|নৱেম্বৰ|ডিচেম্বৰ|"
           r"جنوري|فيبروري|اپريل|مئي|جولاءِ|آگسٽ|سيپٽمبر|آڪٽوبر|ڊسمبر|"
           r"ýanwar|fewral|maý|iýun|iýul|awgust|sentýabr|oktýabr|noýabr|"
           r"ጥሪ|ለካቲት|ሚያዝያ|ግንቦት|ሰነ|ሓምለ|ነሓሰ|መስከረም|ጥቅምቲ|ሕዳር|ታሕሳስ")
# Strict relative times ("5 hours ago", "an hour ago", "13m ago", "vor 3 Stunden", "hace 2 días", "3 घंटे पहले",
# "5分钟前"); it never matches inside ordinary words ("as", "Texas").
_COUNTED_TIMES = (
    r"\d+\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|s|m|h|d|w|mo|y)\.?\s+ago|"
    r"(an?|one)\s+(second|minute|hour|day|week|month|year)\s+ago|"
    # (a number and any word; "a"/"one" only before a unit: "vor einem bunten Nachthimmel", "il y a une raison", "há
    # uma pessoa", "un uomo fa" are no times)
    r"il y a (\d+\s*\w+|une?\s+(seconde|minute|heure|jour|semaine|mois|an|année)s?\b)|"
    r"vor (\d+\s*\w+|(einer|einem)\s+(sekunde|minute|stunde|tag|woche|monat|jahr)\w*)|"
    r"hace (\d+\s*\w+|(una?|unos|unas)\s+(segundo|minuto|hora|día|dia|semana|mes|año)(s|es)?\b)|"
    r"há (\d+\s*\w+|uma?\s+(segundo|minuto|hora|dia|semana|mês|mes|ano)s?\b)|"
    r"(\d+\s*\w+|(un[' ]?|una)\s*(second|minut|or|giorn|settiman|mes|ann)[aeio]) fa\b|"
    r"\d+\s*(सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|हफ़्ते|हफ्ता|महीने|महीना|साल)\s*पहले|"
    # Marathi "२ तासांपूर्वी" (2 hours ago), Khmer "២ ម៉ោងមុន", Yoruba "wákàtí 2 sẹ́yìn"
    r"\d+\s*(सेकंदांपूर्वी|मिनिटांपूर्वी|तासांपूर्वी|दिवसांपूर्वी|आठवड्यांपूर्वी|महिन्यांपूर्वी|वर्षांपूर्वी)|"
    r"\d+\s*(វិនាទី|នាទី|ម៉ោង|ថ្ងៃ|សប្តាហ៍|ខែ|ឆ្នាំ)\s*មុន|(ìṣẹ́jú|wákàtí|ọjọ́)\s+\d+\s+sẹ́yìn|"
    r"\d+\s*(秒|分钟|分鐘|小时|小時|天|周|週|星期|个月|個月|年)前|"
    r"\d+\s*(秒|分|時間|日|週間|か月|ヶ月|カ月|年)前|\d+\s*(초|분|시간|일|주|개월|달|년)\s*전|"
    r"\d+\s*(минут\w*|час\w*|дн\w*|день|недел\w*|месяц\w*|год\w*|лет)\s+назад|"
    # Dutch, Swedish, Danish/Norwegian, Finnish, Polish, Czech, Turkish, Indonesian/Malay, Vietnamese, Thai,
    # Greek, Romanian, Hungarian, Ukrainian, Hebrew, Persian, Bengali: "3 uur geleden", "för 2 timmar sedan",
    # "3 saat önce", "2 jam yang lalu", "5 phút trước", "3 ชั่วโมงที่แล้ว", "πριν από 2 ώρες"
    r"(\d+|een|één)\s*(seconden?|minuut|minuten|uur|dag|dagen|week|weken|maand|maanden|jaar)\s+geleden|"
    r"för (\d+|en|ett)\s*\w+ sedan|for (\d+|en|et)\s*\w+ siden|"
    # Swedish without "för": "1 tim sedan", "3 dagar sedan", "20 min sedan"
    r"\d+\s*(sek|min|tim|timme|timmar|dag|dagar|vecka|veckor|mån|månader)\.?\s+sedan|"
    r"\d+\s*(minutt(er)?|minut(ter)?|timer?|dag(er|e)?|uker?|uger?|måned(er)?)\s+siden|"
    r"\d+\s*(sekuntia|sekunti|minuuttia|minuutti|tuntia|tunti|päivää|päivä|viikkoa|viikko|kuukautta|kuukausi|"
    r"vuotta|vuosi)\s+sitten|"
    r"(\d+\s*)?(sekund[ay]?|minut[ęay]?|min\.?|godzin[ęay]?|godz\.|dni|dzień|tydzień|tygodni[ea]?|miesiąc|miesięcy|miesiące|"
    r"rok|lat[a]?)\s+temu|"
    r"před (\d+\s*)?\w+|\d+\s*(saniye|dakika|dk\.?|saat|gün|hafta|ay|yıl)\s+önce|"
    r"\d+\s*(detik|menit|minit|jam|hari|minggu|bulan|tahun)\s+(yang\s+)?lalu|"
    # Cebuano "2 ka oras" (2 hours [ago]), "30 ka minuto", "1 ka adlaw ang nilabay"
    r"\d+\s+ka\s+(segundo|minuto|oras|adlaw|semana|bulan|tuig)(\s+ang\s+nilabay|\s+na)?|"  # (Hiligaynon "3 ka adlaw na")
    # Papiamentu "2 dia pasá" (2 days ago), "22 ora pasá", "5 minüt pasá"
    r"\d+\s*(sekonde|minüt|minut|ora|dia|siman|luna|aña)\s+pasá|"
    # Tok Pisin "4 aua i go pinis" (4 hours ago), "2 de i go pinis"
    r"\d+\s*(sekon|minit|aua|de|wik|mun|yia)\s+i go pinis|"
    # Kurmanji "3 demjimêr berê" (3 hours ago), "20 deqîqe berê", "2 roj berê"
    r"\d+\s*(saniye|çirke|deqîqe|xulek|demjimêr|saet|roj|hefte|meh|sal)\s+berê|"
    # Welsh "3 awr yn ôl" (3 hours ago), "2 ddiwrnod yn ôl", "5 munud yn ôl"
    r"\d+\s*(eiliad|munud|awr|diwrnod|ddiwrnod|niwrnod|wythnos|mis|blynedd|mlynedd)\s+yn ôl|"
    r"\d+\s*(giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước|"
    r"\d+\s*(วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s*(ที่แล้ว|ก่อน)|"
    # Uzbek "1 soat oldin", Azerbaijani "2 saat əvvəl", Irish "3 huaire an chloig ó shin", Tamil "2 மணி நேரம் முன்பு",
    # Nepali "२ घण्टा अघि", Macedonian "пред 2 часа", Mongolian "2 цагийн өмнө"
    r"\d+\s*(soniya|daqiqa|soat|kun|hafta|oy|yil)\s+(oldin|avval)|\d+\s*(saniyə|dəqiqə|saat|gün|həftə|ay|il)\s+əvvəl|"
    r"\d+\s*(nóiméad|n?huaire an chloig|uair an chloig|lá|seachtain)\s+ó shin|"
    r"\d+\s*(நிமிடம்|நிமிடங்கள்|மணி நேரம்|மணிநேரம்|நாள்|நாட்கள்)\s+(முன்பு|முன்)|"
    r"\d+\s*(मिनेट|घण्टा|घन्टा|दिन|हप्ता|महिना)\s+(अघि|पहिले)|\d+\s*(минут\w*|цаг\w*|өдр\w*)\s+өмнө|"
    r"(пред|пре)\s+\d+\s*(минути|минута|часа|час|часови|дена|ден|сата|сат|дана|дан)|"
    r"(πριν από|πριν)\s+\d+\s*\w+|acum\s+\d+\s*\w+|\d+\s*(másodperce|perce|órája|napja|hete|hónapja|éve)\b|"
    r"\d+\s*(хвилин\w*|годин\w*|дн\w*|хв\.?|год\.?)\s+тому|\d+\s*(мин\.?|ч\.?)\s+назад|לפני\s+\d+\s*\w+|\d+\s*(ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s+پیش|"
    r"\d+\s*(সেকেন্ড|মিনিট|ঘণ্টা|দিন|সপ্তাহ|মাস|বছর)\s+আগে|"
    r"منذ\s*\d+\s*(ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|أسبوع|أسابيع|شهر|أشهر)|"
    # one or two units, written without a number: Arabic "منذ ساعة" / dual "منذ يومين", Russian "час назад",
    # Hebrew "לפני שעתיים"; Swedish without "för": "3 timmar sedan"
    r"منذ\s*(لحظات|دقيقة|دقيقتين|ساعة|ساعتين|يوم|يومين|أسبوع|أسبوعين|شهر|شهرين|سنة)|"
    r"(минуту|час|день|неделю|месяц|год)\s+назад|לפני\s+(דקה|שעה|שעתיים|יום|יומיים|שבוע|שבועיים|חודש)|"
    r"\d+\s*(sekunder|minuter|minut|timmar|timme|dagar|dag|veckor|vecka|månader|månad|år)\s+sedan|"
    # Croatian / Serbian / Slovene / Slovak "prije 4 sata", "pre 2 dana", "pred 3 urami", Catalan "fa 1 setmana",
    # Danish "2 t. siden", Swahili "saa 2 zilizopita", "dakika 30 zilizopita", "saa 1 iliyopita"
    r"(prije|pre|pred)\s+\d+\s*\w+|fa\s+(\d+|un|una)\s*(segons?|minuts?|hores?|hora|dies|dia|setmanes|setmana|mesos|mes|anys?)|"
    r"\d+\s*(t|min|d)\.?\s+siden|(sekunde|dakika|saa|siku|wiki|mwezi|miezi|mwaka|miaka)\s+\d+\s+(zilizopita|iliyopita|uliopita|"
    r"lililopita)|"
    # Tagalog "2 oras ang nakalipas", Lithuanian "prieš 3 val.", Estonian "2 tundi tagasi", Serbian Cyrillic
    # "пре 2 сата", Urdu "3 گھنٹے پہلے"
    r"\d+\s*(na\s+)?(segundo|minuto|oras|araw|linggo|buwan|taon)\s+ang\s+nakalipas|prieš\s+\d+\s*\w+\.?|"
    # Sorani Kurdish "٢ کاتژمێر لەمەوبەر" (2 hours ago), "کاتژمێرێک لەمەوبەر" (an hour ago)
    r"(\d+\s*)?(چرکە|خولەک|کاتژمێر|ڕۆژ|هەفتە|مانگ|ساڵ)(ێک)?\s+لەمەوبەر|"
    # Cebuano "2 ka oras ang milabay" (2 hours ago), "3 ka adlaw ang milabay"
    r"\d+\s*ka\s+(segundo|minuto|oras|adlaw|semana|bulan|tuig)\s+ang\s+milabay|"
    r"\d+\s*(sekundit|minutit|minut|tundi|tund|päeva|päev|nädalat|nädal|kuud|kuu|aastat|aasta)\s+tagasi|пре\s+\d+\s*\w+|"
    r"\d+\s*(سیکنڈ|منٹ|گھنٹے|گھنٹہ|دن|ہفتے|ہفتہ|مہینے|مہینہ|سال)\s*پہلے|"
    # Afrikaans "2 uur gelede", Latvian "pirms 2 st.", Albanian "1 orë" (a feed's age), Georgian "2 დღის წინ",
    # Armenian "3 օր առաջ", Welsh "2 awr", "52 mun", Galician "hai 2 horas"
    r"\d+\s*(sekondes?|minute|uur|dae|dag|weke|week|maande|maand|jaar)\s+gelede|pirms\s+\d+\s*\w+\.?|"
    r"\d+\s*(წუთის|საათის|დღის|კვირის|თვის|წლის)\s+წინ|\d+\s*(րոպե|ժամ|օր|շաբաթ|ամիս|տարի)\s+առաջ|"
    r"hai\s+\d+\s*(segundos?|minutos?|horas?|días?|semanas?|meses|mes|anos?)|"
    r"\d+\s*(awr|mun|munud|diwrnod|ddiwrnod|wythnos)\b|\d+\s*(orë|ditë|javë|muaj|vjet)\b|"
    # Basque "duela 2 ordu", "duela ordu 1"; Maltese "4 sigħat ilu", "sagħtejn ilu"; Bulgarian "преди 3 часа";
    # Kazakh "2 сағат бұрын"; Amharic "ከ3 ሰዓት በፊት"
    r"duela\s+(\d+\s*)?(segundo|minutu|ordu|egun|aste|hilabete|urte)(\s+\d+|\s+bat)?|"
    r"(\d+\s*(sekondi|minuti|minuta|sigħat|siegħa|jiem|ġranet|ġimgħat|xhur|snin)|sagħtejn|siegħa|jumejn)\s+ilu|"
    r"преди\s+\d+\s*(секунди|секунда|минути|минута|часа|час|дни|ден|седмици|седмица|месеца|месец|години|година)|"
    r"\d+\s*(секунд|минут|сағат|күн|апта|ай|жыл)\s+бұрын|ከ\s*\d+\s*(ሰከንድ|ደቂቃ|ሰዓት|ቀን|ሳምንት|ወር|ዓመት)\s+በፊት|"
    # Scottish Gaelic "o chionn 3 uairean", Belarusian "2 гадзіны таму", Luxembourgish "virun 3 Stonnen", Pashto
    # "۲ ساعته مخکې", Gujarati "2 કલાક પહેલાં", Kyrgyz "2 саат мурун", Malayalam "2 മണിക്കൂർ മുമ്പ്"
    r"o chionn\s+\d+\s*(mhionaid|mionaid|mionaidean|uair|uairean|latha|làithean|seachdain|seachdainean|mìos|bliadhna)|"
    r"\d+\s*(секунд\w*|хвілін\w*|гадзін\w*|дзён|дні|дзень|тыдн\w*|месяц\w*|гадоў|гады)\s+таму|"
    r"virun\s+\d+\s*(sekonnen|minutten|minutt|stonnen|stonn|deeg|dag|wochen|woch|méint|joer)|"
    r"\d+\s*(دقیقې|ساعته|ساعت|ورځې|ورځ|اونۍ|میاشتې|کاله)\s+(مخکې|وړاندې)|"
    r"\d+\s*(મિનિટ|કલાક|દિવસ|અઠવાડિયા|મહિના|વર્ષ)\s+(પહેલાં|પહેલા)|\d+\s*(мүнөт|саат|күн|жума|ай|жыл)\s+(мурун|мурда)|"
    r"\d+\s*(മിനിറ്റ്|മണിക്കൂർ|ദിവസം)\s+(മുമ്പ്|മുൻപ്)"
)
TEXT_COUNTED_TIME = "(" + _COUNTED_TIMES + ")"
# Relative times: the counted ones plus bare words ("just now", "yesterday", "gestern", "ontem", "昨天").
_BARE_TIMES = (r"just now|yesterday|today|"
    r"hier|gestern|heute|ayer|hoy|ontem|hoje|ieri|oggi|昨天|今天|gisteren|vandaag|igår|i går|idag|i dag|eilen|"
    r"wczoraj|dzisiaj|včera|dnes|dün|bugün|kemarin|hari ini|hôm qua|hôm nay|เมื่อวาน|วันนี้|χθες|σήμερα|tegnap|"
    r"вчора|сьогодні|вчера|сегодня|אתמול|היום|دیروز|امروز|أمس|اليوم|গতকাল|昨日|今日|たった今|刚刚|어제|오늘|방금 전|"
    r"jučer|juče|včeraj|danas|danes|dnes|ahir|avui|jana|leo|juzi|semalam|azi|kahapon|gahapon|vakar|šiandien|eile|täna|"
    r"دوێنێ|ئەمڕۆ|"  # Sorani Kurdish yesterday, today
    r"јуче|данас|gister|vandag|vakar|šodien|dje|sot|გუშინ|დღეს|երեկ|այսօր|ddoe|heddiw|onte|hoxe|atzo|gaur|"
    r"ilbieraħ|illum|вчера|днес|кеше|бүгін|ትናንት|ዛሬ|an-dè|an-diugh|учора|сёння|gëschter|پرون|ગઈકાલે|આજે|кечээ|"
    r"काल|आज|ម្សិលមិញ|ថ្ងៃនេះ|àná|òní|ahièr|uèi|hieraŭ|hodiaŭ|נעכטן|הײַנט|"  # Marathi, Khmer, Yoruba, Occitan, Esperanto, Yiddish
    r"бүгүн|ഇന്നലെ")
# A clock time after a day word: "yesterday, 18:40", "вчера в 18:40", "hier à 18h40", "gestern, 18:40 Uhr".
_DAY_CLOCK = r"(,?\s*(at|um|à|a las|alle|às|в|o|klo)?\s*\d{1,2}[:.h]\d{2}(\s*(am|pm|uhr|h))?)?"
TEXT_RELATIVE_TIME = "(" + _COUNTED_TIMES + "|(" + _BARE_TIMES + ")" + _DAY_CLOCK + ")"
# Cheap pre-check before reading a time out of a line: a time with no digit holds one of these bare words
# (looked for anywhere, so "Outlet · yesterday" passes) or a WORDY_TIME_HINT word. Plain substring tests on the
# lower-cased line: a regex search for 40 words costs 40 us a line, these 2 us.
BARE_TIME_WORDS = tuple(_BARE_TIMES.split("|"))
# Short relative times that only count as a whole line or a separated part ("54m", "1h", "3d"), and a feed reader's
# abbreviations in other languages: Latvian "1 st." (stundas), Lithuanian "2 val.", German "3 Std.", Polish "4 godz.",
# Czech/Slovak "5 hod.", Dutch "6 u", Nordic "7 t" / "8 tim", Hungarian "9 ó", Russian "3 ч", Ukrainian "3 год",
# Turkish "2 sa" / "4 dk"
TEXT_SHORT_TIME = r"\d{1,3}\s?(s|m|min|h|hr|d|w|mo|y|st\.|val\.|std\.|godz\.|hod\.|min\.|u|t|tim|ó|ч|год|хв|sa|dk)"
# Absolute dates as dumps print them, with an optional clock time ("2025-08-15 08:33", "04-04-2025",
# "May 7, 2025", "7 mai 2025", "15. Juni 2025", "15 de junio de 2025", "Monday, July 07, 2025", "2025年6月15日").
_WEEKDAYS = (
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|senin|selasa|rabu|kamis|jumat|sabtu|minggu|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|"
    r"pazar|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|"
    r"sobota|niedziela|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|"
    r"quarta-feira|quinta-feira|sexta-feira|lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo|"
    r"dydd (llun|mawrth|mercher|iau|gwener|sadwrn|sul)|"
    # Irish, Azerbaijani, Uzbek weekdays: "Dé Máirt, 4 Samhain 2025"
    r"dé (luain|máirt|céadaoin|déardaoin|haoine|sathairn|domhnaigh)|bazar ertəsi|çərşənbə axşamı|çərşənbə|"
    r"cümə axşamı|cümə|şənbə|bazar|dushanba|seshanba|chorshanba|payshanba|juma|shanba|yakshanba|"
    # Maori ("Rātapu, 8 Pēpuere 2026") and Tajik weekdays
    r"rāhina|rātū|rāapa|rāpare|rāmere|rāhoroi|rātapu|душанбе|сешанбе|чоршанбе|панҷшанбе|ҷумъа|шанбе|якшанбе|mon\.?|tue\.?|tues\.?|wed\.?|thu\.?|thur\.?|thurs\.?|fri\.?|sat\.?|sun\.?|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
)
# A weekday's name on its own ("Mittwoch", "Wed."): the first part of "Mittwoch, 18. Oktober 2023" is no outlet.
WEEKDAY_NAME = rx(r"^" + _WEEKDAYS + r"$", re.IGNORECASE)
TEXT_DATE = (
    r"(\d{1,2}:\d{2}\s*(GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT)?,\s+)?"  # the clock first: "09:14 GMT, 11 March 2026"
    r"(" + _WEEKDAYS + r",?\s+)?"
    r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}/\d{1,2}/\d{1,2}|"
    r"\d{1,2}\.\s\d{1,2}\.\s(19|20)\d{2}|"  # Slovene, Slovak, Czech: "12. 6. 2025"
    r"(19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?|"  # year first with dots: Korean, Hungarian "2025.03.14", "2025. 03. 14."
    r"(19|20)\d{2}\.\s+(" + _MONTHS + r")\w*\.?\s+\d{1,2}\.?|"  # Hungarian "2025. május 3."
    r"\d{4}\s+(" + _MONTHS + r")\w*\s+\d{1,2}(?!\d)|"  # year, month, day: Nepali "२०८२ कात्तिक १८"
    # the Ethiopian calendar's month, day ("ቀን": day), year ("ዓ.ም.": of the mercy era): "ኅዳር 21 ቀን 2019 ዓ.ም."
    r"(መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜ)\s+\d{1,2}(\s+ቀን)?,?\s+\d{4}"
    r"(\s+ዓ\.ም\.?)?|"
    # the year with its suffix, then day-month: Uyghur "2026-يىلى 5-فېۋرال", Uzbek "2026-yil 5-fevral"
    r"(19|20)\d{2}-\w+\s+\d{1,2}-(" + _MONTHS + r")\w*|"
    r"\d{1,2}/\d{1,2}\s*[(（][^)）\s]{1,2}[)）](\s*\d{1,2}:\d{2})?|"  # Japanese portals: "2/13(木) 18:40"
    r"\d{1,2}[-/]\d{1,2}(?=\s+\d{1,2}:\d{2})|"  # a yearless day and month with a clock: "06-11 19:20" (card rows)
    # "May 7, 2025"; without a year before a clock: "Jun 12, 9:12 AM" (comments)
    r"(" + _MONTHS + r")\w*\.? \d{1,2}((st|nd|rd|th)?,? \d{4}|,?(?= \d{1,2}:\d{2}))|"
    r"\d{1,2}\.? (" + _MONTHS + r")\w*\.?,? (at |à |às |a las |alle |um |в )?(?=\d{1,2}[:.h]\d{2})|"  # "12 мая, 11:05": no
    # year, a clock ("23 dez. às 15:02")
    # a day and a month no month list knows (a short word, or two words), a comma, a clock: a forum's "9 avi, 13:02"
    # (Asturian December), "٧ کانوونی یەکەم، ١١:٠٠" (Sorani: 7 December, 11:00)
    r"\d{1,2}\.? ([^\W\d_]{2,5}\.?,|[^\W\d_]{2,12}( [^\W\d_]{2,12})?،) (?=\d{1,2}:\d{2}\b)|"
    r"\d{1,2}(\.|º|er|st|nd|rd|th|-an?)?( |-(?=\w{3}))(de |o |da |di |ni |d['’])?(" + _MONTHS + r")\w*\.?(,? |-(?=\d{4}))(de |dal )?(\d{4}|\d{2}\b)|\d{4}年\d{1,2}月\d{1,2}日(\s*[(（][月火水木金土日一二三四五六天][)）])?|"
    r"((thứ \w+|chủ nhật),? )?(ngày )?\d{1,2} tháng \d{1,2},? (năm )?\d{4})(\s*هـ)?"  # "١٤ رمضان ١٤٤٦ هـ": a Hijri year
    # (Vietnamese: "thứ Tư, ngày 2 tháng 12 năm 2026", weekday, "day" 2 "month" 12 "year" 2026)
    r"(,?\s+" + _WEEKDAYS + r"(?=\s+\d{1,2}[:.]\d{2}))?"  # the weekday after the date: "12 Haziran 2025 Perşembe 09:15"
    r"(\s*(\d{1,2}時\d{1,2}分|\d{1,2}时\d{1,2}分)(\s*(配信|更新|公開|发布|發布))?)?"  # "2025年5月13日 9時30分 配信"
    # the clock after it, with its word in Persian ("ساعت ۱۰:۲۰") and Swahili ("saa 3:15 asubuhi")
    r"(\.?[,،]?\s*(at |à |um |a las |às |alle |klo |kl\. |u |ob |om |ساعت |saa |[-–] )?(上午|下午|오전|오후)?\s*\d{1,2}[:.h]\d{2}(:\d{2})?"
    r"(\s*(am|pm|a\.m\.?|p\.m\.?|uhr|h|ص|م|น\.?|n\.u\.|n\.h\.|n\.g\.|asubuhi|mchana|jioni|usiku))?"
    r"(\s*[A-Z]{2,4})?)?"
)
# A date in a language no month list knows, by its shape: day, one word, year ("11 Matshi 2026"), or word, day, year
DATE_SHAPED = rx(r"^\s*(\d{1,2}\.?\s+[^\d\s]{3,15}\.?,?|[^\d\s]{3,15}\.?\s+\d{1,2},?)\s+\d{4}\s*$")
# A whole line (or separated part) that is only a time ("a day ago", "time32 minutes ago", "Updated: May 7, 2025").
TEXT_TIME = rx(
    r"^\s*((time|clock|calendar|updated|published|posted|created|last updated|erstellt|créé|creado|criado|creato|"
    # a release's kicker with its date: "NEWS RELEASE 13-May-2025", "Pressemitteilung 12.05.2025"
    r"news release|press release|media release|pressemitteilung|pressemeldung|communiqué( de presse)?|"
    r"comunicado( de prensa)?|nota de prensa|comunicato stampa|persbericht|"
    r"modifié|publié|aktualisiert|actualizado|atualizado|"
    # Sardinian, Corsican, Friulian "last updated": "Ùrtimu agiornamentu: 4 de nadale 2026"
    r"[ùu]rtimu agiornamentu|ultimu aghjurnamentu|ultin inzornament|"
    r"aggiornato|最終更新|配信|更新|发布|अपडेट|प्रकाशित|업데이트|입력|수정|dodano|aktualizacja|zaktualizowano|opublikowano|"
    r"toegevoegd|bijgewerkt|gepubliceerd|publicerad|uppdaterad|yayınlanma|güncelleme|diterbitkan|diperbarui|"
    r"cập nhật|đăng lúc|อัปเดต|δημοσιεύθηκε|ενημερώθηκε|publicat|actualizat|giriş|опубликовано|обновлено|"
    r"نشر|تحديث|dipublikasikan|פורסם|עודכן|опубліковано|оновлено|"
    # Bengali, Persian, Croatian/Serbian/Slovene, Finnish, Malay, Swahili, Danish, Catalan "published"/"updated"
    r"প্রকাশ|প্রকাশিত|হালনাগাদ|آپدیت|منتشر شده|تاریخ انتشار|objavljeno|ažurirano|objavljeno dne|julkaistu|päivitetty|"
    r"diterbitkan pada|dikemaskini|imechapishwa|ilisasishwa|publiceret|opdateret|publicat el|actualitzat|"
    r"објављено|paskelbta|atnaujinta|avaldatud|uuendatud|publikované|aktualizované|inilathala|شائع|اپ ڈیٹ|"
    # Malayalam, Odia, Uyghur, Igbo, Maori, Tajik "published"; Breton "published/updated on" ("Embannet d'an 13 a viz
    # Genver 2026")
    r"പ്രസിദ്ധീകരിച്ചത്|പ്രസിദ്ധീകരിച്ചു|ପ୍ରକାଶିତ|ئېلان قىلىنغان|e bipụtara|i tāngia|нашр шуд|embannet|hizivaet)"
    r"(\s+(on|at|le|am|el|em|il|d['’]an))?\s*[:：·•]?\s*)?(?P<time>" + TEXT_RELATIVE_TIME + "|"
    + TEXT_SHORT_TIME + r"(\s+ago)?|" + TEXT_DATE + r")\s*$",
    re.IGNORECASE,
)
# Cheap pre-check for a glued time (text_meta.glued_split): a time without digits, or one that may be
# glued mid-word ("Reutersvor 5 Stunden"), names one of these words ("an hour ago", "vor einer Stunde", "il y a une
# heure", "een uur geleden", "před chvílí", "un'ora fa"); any other glued time ends within GLUED_DIGIT_REACH
# characters of a digit ("Mint5 hours ago", "...York04-04-2025").
WORDY_TIME_HINT = rx(r"(ago|il y a|vor (\d|einer?\b)|hace (\d|una?\b)|há (\d|uma?\b)|geleden|sedan|siden|"
                             r"před|temu|منذ|назад|לפני)\b|\sfa\s*$", re.IGNORECASE)
# Substrings one of which every WORDY_TIME_HINT match holds (the regex is searched only in lines holding one).
WORDY_TIME_NEEDLES = ("ago", "il y a", "vor", "hace", "há", "geleden", "sedan", "siden", "před", "temu", "fa", "منذ", "назад", "לפני")
GLUED_DIGIT_REACH = 33
# The longest time glued to a name: the longest seen on 1,291 real pages and every fixture is 41 characters ("Monday,
# November 18th, 2019 at 11:08 a.m."); a glued time is looked for only this far from a line's end.
GLUED_TIME_MAX = 64
DIGIT = rx(r"\d")  # any digit (a C scan; a Python loop over characters costs 4x more)
# A time glued to the end of an outlet name, as innerText joins a logo, a name and a date (counted times only,
# so "The Global Times Today" stays a name): "Mint5 hours ago", "The Real Deal New York04-04-2025",
# "ノート100YEN.com13m ago". Tried at the points where such a time can start (text_meta.glued_split).
GLUED_TIME_TAIL = rx(
    r"\s?(?P<time>" + TEXT_COUNTED_TIME + r"|\d{1,3}\s?(m|h|d|w)\s+ago|" + TEXT_DATE
    + r"|(" + _MONTHS + r")\w*\.? \d{1,2})\s*$",
    re.IGNORECASE,
)
# A counter inside a meta row ("t/dunmore · 9 hr. ago · 41 comments", "Outlet · 2h · 1.2k views"): no name.
# A comment or reaction counter between an outlet and a time in one row: "青岚晚报 420评论 昨天", "Mint 12 comments 2h".
# A read count a teaser card glues onto its outlet: "Shekou Expat CircleViews 8,530", "佛山城事阅读 9632", "X · 1.2k
# views", "Y 阅读量 10万+" (a messaging platform's article cards).
# (A Latin word glued on shows its capital: "Review 28m" keeps its "view".)
_VIEW_WORDS = r"views?|reads?|aufrufe|vues|vistas|visualizações|visualizzazioni"
VIEW_COUNT_TAIL = rx(r"(?<=\S)(((\s*·\s*|\s+)(?i:" + _VIEW_WORDS + r")|(?<=[a-z])(?=[A-Z])(" + _VIEW_WORDS.title()
                     + r")|\s*(阅读|閱讀|浏览|瀏覽|阅读量|閱讀量))\s*[\d.,]+\s*[kKmM万萬]?\+?|\s*[·|]\s*[\d.,]+\s*[kKmM万萬]?\+?"
                     r"\s*(?i:views|reads|aufrufe|vues|vistas|次阅读|次閱讀))\s*$")
INLINE_COUNTER = rx(r"\s\d[\d.,]*\s*[km]?\s*(comments?|replies|kommentare|commentaires|comentarios|"
                            r"comentários|commenti|评论|評論|条评论|跟贴|跟帖|コメント|댓글)(?=\s|$)", re.IGNORECASE)
COUNTER_PART = rx(
    r"^\d[\d.,]*\s*[km]?\s*(comments?|replies|reactions?|likes?|shares?|views?|votes?|points?|upvotes?|"
    # a clipping's length and hits: "612 words", "3 keyword hits"
    r"words|wörter|mots|palabras|parole|palavras|woorden|ord|sanaa|(keyword )?hits|mentions|"
    # a digest's item count: "Wednesday 11 March 2026 · 7 stories · updated 6.40am"; a video's views in Nepali and
    # Hindi ("१२ हजार पटक हेरिएको", "12 हज़ार बार देखा गया")
    r"stories|articles|items|briefs|updates|posts|(हजार |हज़ार |लाख )?(पटक हेरिएको|बार देखा गया)|"
    r"kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|kommentarer|yorum|komentar\w*|"
    r"コメント|评论|評論|댓글|комментари\w*)$|"
    r"^(page|p\.|seite|página|pagina|strona|sayfa|side|sivu)\s*[A-Z]?\d{1,3}$",  # an edition's page: "Page A4"
    re.IGNORECASE)
# A month and day without a year ("Mar 11"), as comment widgets print dates after a name.
# A list teaser's trailing day and month without a year ("Title 10 червня", "Title June 7"): cut only when most
# items of the list end so (a headline may end in a date of its own).
YEARLESS_TAIL = rx(r"^(?P<title>.+?)\s+[(\[]?(?P<time>\d{1,2}\.? (" + _MONTHS + r")\w*\.?|(" + _MONTHS
                   + r")\w*\.? \d{1,2}(st|nd|rd|th)?)[)\]]?\s*$", re.IGNORECASE)
YEARLESS_DATE = rx(r"^((" + _MONTHS + r")\w*\.? \d{1,2}|\d{1,2}(\.|-a de)? ((de|da|di|o) |d['’])?(" + _MONTHS + r")\w*\.?)$",
                   re.IGNORECASE)
# An outlet line ending with a yearless day and month name, maybe glued on ("Вести Уреня плюс14 декабря", "Радіо
# Ондава13. децембра").
OUTLET_DAY_TAIL = rx(r"(?:\s|(?<=[^\W\d_]))(?P<day>\d{1,2}\.?\s(?:" + _MONTHS + r")\w*\.?)$", re.IGNORECASE)
# (Esperanto "10-a de septembro": the day's ordinal ending and "de" before the month; Spanish "30 de noviembre",
# Asturian "1 d'avientu", Romansh "2 da december", Friulian and Papiamento "2 di Dicembar (dal 2026)")
# Separators inside one meta line: "Catchitkansas · 54m", "Story by Jane • Apr 11, 2025 • 3 min read",
# "By News Desk - 2025-08-15 08:33 - 11".
META_SEPARATOR = rx(r"\s+[·•|–—/-]\s+|\s*[·•|｜・]\s*|(?<=\S)\u3000+(?=\S)")  # also "Writer / Outlet — date",
# "霞嶺日報｜3小時前", and a CMS info bar's fields between ideographic spaces ("来源：X　作者：Y　发布时间：Z")
# Reading-time badges: "3 min read", "5 Min. Lesezeit", "lecture 4 min", "4 min de lectura", "阅读 3 分钟".
# A reading time as a bare span of minutes on a separated row: "Outlet · 6–7 minutes", "Outlet · 12 mins".
READ_SPAN = rx(r"^\s*\d{1,2}(\s*[–-]\s*\d{1,2})?\s*(min|mins|minutes|minuten|minutos|minuti|minuter)\.?\s*$", re.IGNORECASE)
READ_TIME = rx(
    r"^\s*(\d+\s*min(ute)?s?\.?\s*(read|lesezeit|de lectura|de leitura|di lettura|de lecture|lues)|lecture\s*:?\s*\d+\s*min|"
    # with the word count: "1 min read · 107 words", "3 min de lectura · 540 palabras"
    r"\d+\s*min(ute)?s?\.?\s*(read|lesezeit|de lectura|de leitura|di lettura|de lecture)\s*[·•|]\s*[\d.,]+\s*"
    r"(words|wörter|palabras|palavras|parole|mots|woorden|słów|slov|sanaa|ord)|"
    # the badge as a phrase: "Čtení na 1 minutu", "Lectura de 3 minutos", "Lettura di 2 minuti"
    r"(čtení|čítanie|lectura|lettura|leitura|lecture|czytanie) (na|de|di|za|of)\s*\d+\s*\w+|"
    r"\d+\s*分钟阅读|阅读\s*\d+\s*分钟|\d+\s*मिनट (में )?पढ़ें|"
    # "3 menit membaca", "5 dakikalık okuma", "leestijd 4 minuten", "3 min läsning", "5 phút đọc", "อ่าน 3 นาที"
    r"\d+\s*(menit|dakika(lık)?|minuten?|minuter|min\.?|minut|phút|นาที|λεπτά|perc|хв\.?|мин\.?|хвилин\w*|минут\w*|"
    r"דקות|دقائق|دقيقة|دقیقه)\s*(membaca|baca|okuma|leestijd|läsning|lästid|czytania|čtení|đọc|อ่าน|ανάγνωση|"
    r"ανάγνωσης|olvasás|olvasási idő|de citit|читання|чтения|на читання|на чтение|קריאה|של קריאה|قراءة|للقراءة|lees|"
    r"lukemista|čtení|čítania|"
    r"مطالعه)|(leestijd|lästid|czas czytania|okuma süresi|waktu baca|อ่าน|doba čtení|olvasási idő|час читання|"
    r"время чтения|זמן קריאה|"
    # Finnish, Danish/Norwegian, Croatian, Romanian, Catalan, Malay, Swahili, Persian: "Lukuaika 3 min"
    r"lukuaika|læsetid|lesetid|vrijeme čitanja|timp de citire|temps de lectura|masa membaca|muda wa kusoma|"
    r"زمان مطالعه)\s*:?\s*\d+\s*\w*\.?|"
    # Armenian "4 րոպե ընթերցում", Georgian "4 წუთი საკითხავად", Belarusian "4 хв чытання", Azerbaijani "4 dəqiqəlik
    # oxu", Uzbek "4 daqiqa o‘qish", Kazakh "4 минут оқу", Bulgarian "4 мин четене", Serbian/Bosnian "4 min čitanja"
    r"\d+\s*(րոպե|წუთი|წთ|хв\.?|dəqiqə(lik)?|daqiqa|минут|мин\.?|min\.?)\s*(ընթերցում|ընթերցանություն|"
    r"საკითხავად|კითხვა|чытання|oxu|o[‘'’]qish|оқу|четене|čitanja|čtení)|"
    # a bare duration or reading time in Uyghur, Tajik, Malayalam, Odia, Maori, Igbo ("18 مىنۇت", "Nkeji 4 ịgụ")
    r"\d+\s*(مىنۇت|дақиқа|മിനിറ്റ്|ମିନିଟ|meneti)(\s*(ئوقۇش|хондан|വായന|ପଢ଼ିବା|pānui))?|nkeji\s*\d+(\s*ịgụ)?)\s*$",
    re.IGNORECASE,
)
# A byline part: "By Jane Doe", "Story by Jane Doe", "Par Jean Dupont", "Von Hans Meier", "Por Ana Ruiz",
# "Di Marco Rossi", "Door Jan", "作者：张三", "रिपोर्ट: राम".
# The word between a dateline's time and its writer ("May 3, 2025 by Dana Whitcombe", "02.02.2022 von X", "3 mai
# 2025 par X", "12 giugno 2025 di X", "3 maj 2025 av X", "3 maja 2025 przez X"); not "de", which joins dates.
# A comment counter at zero ("Kommentare 0", "0 Comments", "Comments (0)"): over the story's paragraphs, no thread.
ZERO_COMMENTS = rx(r"^\D*(?<!\d)0(?!\d)\D*$")
# A tag row's label ("Tags: a, b", "Schlagworte: x", "Mots-clés : y"): in a meta block under a headline, a row of it.
TAGS_LABEL = rx(r"^\s*(tags?|topics?|schlagwörter|schlagworte|stichwörter|étiquettes|mots-clés|etiquetas|temas|argomenti|"
                r"trefwoorden|taggar|tagit|tagi|štítky|теги|метки|мітки|значкы|значки|etiketler|ٽيگ|ٹیگ|alamomi)"
                r"\s*[:：፡፦]", re.IGNORECASE)  # (Sindhi, Urdu, Hausa)
# The space before the next labelled field of a CJK info bar ("来源：X 作者：Y 发布时间：2026-01-17 10:24 点击：1346次").
CJK_FIELD_BREAK = rx(r"\s+(?=[^\s：:]{1,8}：)")
# The marks that end a sentence (Latin, CJK full-width, Devanagari danda): a line ending in one is a sentence.
SENTENCE_STOPS = (".", "!", "?", "。", "！", "？", "।", "።")  # (the last: the Ethiopic full stop, Amharic's)
# A sentence ending inside a line, another starting after it ("Komentarze są moderowane. Regulamin"): no headline.
SENTENCE_BREAK = rx(r"[^\W\d_]{2}[.!?]\s+[^\W\d_]")
# A print clipping's credit: the paper, the date, the page ("The Westmoor Business Post, 14 January 2026, page 27",
# "ಮಲೆನಾಡು ಮುಂಜಾವು, 12 ಜನವರಿ 2026, ಪುಟ 3", "Der Kurier, 3. März 2025, S. 12").
PRINT_CREDIT = rx(r"^\s*(?P<name>[^,\d]{2,60}),\s*(?P<date>[^,]{4,40}),\s*(\w+\s+)?(page|p\.|pg\.|pp\.|seite|s\.|"
                  r"página|pagina|ಪುಟ|पृष्ठ|పేజీ|பக்கம்|صفحة|strona|str\.|стр\.|страница)\s*\d{1,3}\s*$",
                  re.IGNORECASE)
# A post's filing fields in its info row: "Abgelegt unter: X", "Filed under: X", "Kategorie: X", "Tags: a, b".
FILED_UNDER = rx(r"^\s*(abgelegt unter|filed under|posted in|kategorien?|categor(y|ies)|catégories?|categorías?|categorie|"
                 r"rubriken?|rubrique|tags?|schlagw(ö|o)rter|schlagworte|themen|topics)\s*:\s*\S", re.IGNORECASE)
# A counter written as a label and its value ("Kommentare: 1", "Comments: 12"): a row of a meta block, not a header.
LABELLED_COUNT = rx(r"^\s*\w+\s*[:：፡፦]\s*\d+\s*(次)?\s*$")  # (and a view count in an info bar: "Укылды: 214", "点击：1346次")
# A poster that is a team, not a person ("Museum Team", "Editorial Staff", "Redaktion"): no writer's name.
TEAM_NAME = rx(r"\b(team|staff|desk|editors?|redaktion|rédaction|redacción|redazione|redactie|équipe|equipo)\s*$",
               re.IGNORECASE)
DATED_BY_WORDS = frozenset({"by", "von", "vum", "par", "por", "di", "door", "av", "af", "przez", "od", "от", "від",
                            "per", "na"})  # (Catalan "3 de desembre de 2026 Per X", Swahili "1 Desemba 2026 Na X")
# Words a headline never ends on (prepositions, conjunctions, articles): a cut leaving one is inside a phrase.
FUNCTION_WORDS = frozenset((
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "via", "und", "oder",
    "der", "die", "das", "dem", "den", "des", "im", "am", "zu", "zum", "zur", "von", "mit", "für", "bei", "aus",
    "le", "la", "les", "un", "une", "et", "ou", "de", "du", "des", "au", "aux", "en", "à", "el", "los", "las", "y",
    "del", "al", "con", "por", "para", "e", "o", "os", "as", "do", "da", "dos", "das", "no", "na", "em", "il", "lo",
    "gli", "di", "dei", "della", "nel", "per", "het", "een", "van", "voor", "op", "met", "och", "og", "i", "på",
    "för", "w", "z", "na", "ve", "ile",
))
# A game store's news event label: the feed's kind, a dash and the feed's name, over the event's date and headline
# ("ニュース - ゲームの森通信", "Notícias - Revista Joystick Norte", "Обновление - Ҡурай Геймз", "News - PC Arena").
FEED_LABEL = rx(r"^\s*(news|notícias|noticias|nachrichten|nouvelles|actualités|notizie|nieuws|wiadomości|aktualności|"
                r"новости|новини|ニュース|新闻|新聞|뉴스|updates?|atualização|actualización|aktualisierung|mise à jour|"
                r"aggiornamento|aktualizacja|обновление|оновлення|アップデート|更新|patch notes|events?|evento)\s+[-–]\s+"
                r"(?P<name>[^\s·|].{1,60}?)\s*$", re.IGNORECASE)
# A web map's zoom buttons as a dump prints them under the map's labels: "+−", "+ -", "Zoom in Zoom out".
MAP_ZOOM = rx(r"^\s*([+＋]\s*[−\-–]|zoom in\s*zoom out|vergrößern\s*verkleinern|zoom avant\s*zoom arrière)\s*$",
              re.IGNORECASE)
# A diary or blog entry's dateline: "Posted by janakpur_mapper on 24 December 2026 in मैथिली (Maithili).", "Posted
# by Jane Roe on May 3, 2025 in News" (the writer, the date, the category; the date may be gone when its <time> was
# dropped: "Posted by X on in Y").
POSTED_IN = rx(r"^\s*(posted|published|written|filed) by (?P<name>\S.{0,40}?) on(?P<time> .{4,40}?)?\s+in \S.{0,60}$",
               re.IGNORECASE)
TEXT_BYLINE = rx(
    r"^\s*((story|written|posted|reported|words|text|texte|reportage|report|bericht|beitrag|kommentar|analyse|analysis|"
    r"interview|article|artikel|articolo|artículo|artigo|reportagem|crónica|cronaca)\s+)?"
    r"((signé|signed|written|rédigé|escrito|scritto|geschrieben|firmado|firmato|écrit|geschreven|skrevet|skrivet)"
    r"\s+)?(by|par|von|vum|por|di|door|av|af|przez|от|escrit per|scritto da|escrito por|"
    r"作者|取材(・文|・写真|・撮影)?|文・(写真|撮影)|文|记者|記者|रिपोर्ट|लेखक|كتب|كتبت|بقلم|автор|текст|door|oleh|penulis|yazan|yazar|autor|autorka|bởi|"
    r"tác giả|เขียนโดย|โดย|ผู้เขียน|συντάκτης|συντάκτρια|του|της|szerző|reporter|yayınlayan|geplaatst door|publicerad av|"
    r"opublikował[a]?|diposting oleh|đăng bởi|bài của|bài viết của|(tekst|teksti|text|texte|texto|testo|szöveg|redaktion|"
    r"текст|автор|авторка|авторы)\s*[:：፡፦]|"
    # Odia "ଲେଖା: X" (writing), Uyghur "ئاپتورى: X" (its author), Igbo "Onye nta akụkọ: X" (reporter), Tajik "Муаллиф"
    r"(ଲେଖା|ئاپتورى|onye nta akụkọ|муаллиф|نووسینی|نووسەر|ዘጋቢ|ዘገባ|ጸሐፊ|প্রতিবেদক|লেখক|নিজস্ব প্রতিবেদক)\s*[:：፡፦]|"  # (Sorani "نووسینی:", written by;
    # Amharic "ዘጋቢ፦ X" reporter, "ዘገባ፦ X" report, "ጸሐፊ፦ X" writer; Bengali "প্রতিবেদক: X" reporter, "লেখক: X" writer)
    # Maori "Nā X" (by): only before a capitalised name
    r"(?-i:[Nn]ā(?=\s+[A-ZĀĒĪŌŪ]))|"
    # Slovene / Serbian "Avtor:", "Аутор:", Lithuanian "Autorius", Urdu "رپورٹ:" (report), Tagalog "ni X"
    r"avtor|аутор|аўтар|autorius|رپورٹ|تحریر|(?-i:[Nn]i)(?=\s+[A-ZÀ-Ý])|höfundur|autors|"
    # Haitian Creole "Pa X" (by X), Romansh "Da X": only before a capitalised first and last name
    r"(?-i:[Pp]a(?=\s+[A-ZÀ-Ý][\w.'’-]+\s+[A-ZÀ-Ý]))|(?-i:Da(?=\s+[A-ZÀ-Ý][\w.'’-]+\s+[A-ZÀ-Ý][\w.'’-]+\s+·))|"
    # Basque "Testua: X", "Egilea: X"; Bulgarian "Автор: X"; Kazakh "Авторы: X"; Amharic "ዘገባ፦ X" (report), "ጸሐፊ"
    r"testua|egilea|автор|авторы|ዘገባ|ጸሐፊ|"
    # Azerbaijani "Müəllif: X", Uzbek "Muallif: X", Irish "Údar: X", Tamil, Mongolian, Sinhala, Khmer (author)
    r"müəllif|muallif|údar|ஆசிரியர்|செய்தியாளர்|зохиогч|сурвалжлагч|ලේඛක|អ្នកនិពន្ធ|"
    # Maltese "Minn X": only before a capitalised name
    r"(?-i:[Mm]inn(?=\s+[A-ZÀ-ÝĀ-Ž]))|"
    # Vietnamese "Theo X" (by X) before a capitalised name: the writer under a headline (a credit at the story's end
    # is read as one by the source rules first)
    r"(?-i:[Tt]heo(?=\s+[A-ZÀ-ỸĐ]))|"
    # Afrikaans "Deur X", Albanian "nga X", Welsh "Gan X": only before a capitalised name
    r"(?-i:([Dd]eur|[Nn]ga|[Gg]an)(?=\s+[A-ZÀ-ÝĀ-Ž]))|"
    # Tok Pisin "Stori bilong X" (the story of X: its writer), before a capitalised name
    r"(?-i:[Ss]tori bilong(?=\s+[A-Z]))|"
    r"✍\ufe0f?(\s*(müəllif|muallif|autor|author|автор|údar|ஆசிரியர்)\s*[:：፡፦])?|"
    # Romanian "de Ioana Mureșan", Swahili "Na Amina Said", Catalan "per Joan Puig" (a capitalised name must follow)
    r"(?-i:(de|Na|[Pp]er)(?=\s+[A-ZĂÂÎȘȚÀ-Ý][\w.'’-]+((\s+(i|y|de|del|da))?\s+[A-ZĂÂÎȘȚÀ-Ý][\w.'’-]+){1,3}"
    r"(\s*[·|•].*)?$))|"  # ("Per Marta Puig i Serra": a Catalan name joins its surnames with "i")
    # Scottish Gaelic and Irish "le Ailean MacAonghais" (by X): lower-case "le" and a full name ("Le Monde" is not)
    r"(?-i:le(?=\s+[A-ZÀ-ÝÁÉÍÓÚ][\w.'’-]+(\s+[A-ZÀ-ÝÁÉÍÓÚ][\w.'’-]+){1,3}(\s*[·|•].*)?$))|"
    # Assamese "প্ৰতিবেদক: X" (reporter), Sindhi "رپورٽ: X" / "ليکڪ", Turkmen "Awtor", Tigrinya "ጸሓፊ" (author);
    # Javanese "Dening X" (by) before a capitalised name; Xhosa "Ngu-X" (it is X), glued by its hyphen
    r"প্ৰতিবেদক|رپورٽ|ليکڪ|awtor|ጸሓፊ|(?-i:[Dd]ening(?=\s+[A-Z]))|(?-i:[Nn]gu(?=-[A-Z]))|"
    # Hebrew "מאת X" / "כתב: X" (by, reporter), Persian "نوشته X" / "نویسنده: X", Yiddish "פֿון X"
    r"מאת|כתב|כתבת|נכתב על ידי|نوشته|نویسنده|گزارش از)"
    r"(\s*[:：/]?\s+|\s*[：／]\s*|(?<=gu)-)(?P<name>[^\d\n][^\n]{1,60}?)\s*$",  # ("文：陳嘉欣": CJK, no space)
    re.IGNORECASE,
)
# "Write to Jon Emont at jonathan.emont@wsj.com": the author's name in a contact line closing the article.
AUTHOR_CONTACT = rx(
    r"^\s*(write to|contact|email|e-mail|écrire à|schreiben sie an|escribe a)\s+(?P<name>[^@\n]{2,60}?)\s+"
    r"(at|à|an|a)\s+\S+@\S+\s*$",
    re.IGNORECASE,
)
# An outlet shown as a logo's alt text next to its name, with an optional follow button:
# "TechCrunch logoTechCrunch", "Linknaija logoLinknaija Follow".
OUTLET_LOGO = rx(
    r"^\s*(?P<name>[^\n]{1,60}?)(\s+|(?<!(?-i:[a-zà-ÿ])))(logo|icon|avatar)\s*(?P<again>[^\n]{0,60}?)\s*"
    r"(follow|folgen|suivre|seguir|segui|关注|フォロー|फ़ॉलो करें)?\s*$",
    re.IGNORECASE,
)
# A reader app's source chip: the outlet's name and its domain on one line ("Marrow Bay Chronicle
# marrowbaychronicle.example", "Le Courrier du Soir www.courrierdusoir.fr", a reader app's "The Tablelands Ledger ·
# tablelandsledger.example"); text_meta checks the two agree.
SOURCE_CHIP = rx(r"^\s*(?P<name>[^\W\d_][^\n]{1,60}?)\s+([·•|–—-]\s+)?(www\.)?(?P<domain>[\w-]{3,40})(\.[a-z]{2,12})+/?\s*$",
                         re.IGNORECASE)
# A follow button glued after an outlet name: "Florida Today Follow", "AscomAscom Follow".
# A video's duration printed before its title in a video rail: "1:48 Title", "12:05 Title".
VIDEO_DURATION = rx(r"^\s*\d{1,2}:\d{2}(:\d{2})?\s+(?=\S)")
# An "up next" label before the headline of the next clip or story: "Up next: Title", "التالي: Title",
# "Als Nächstes: Title", "À suivre : Title", "次の記事：Title"; the teaser's title is what follows it.
NEXT_LABEL = rx(r"^\s*(up next|next( up| story| article| video)?|coming up|watch next|التالي|als nächstes|"
                        r"à suivre|a seguir|a continuación|próximo|prossimo|次は|次の記事|下一(个|篇|条)|다음 (기사|영상)|"
                        r"следующ\w+|далее|sonraki( haber)?|selanjutnya|berikutnya|volgende|nästa|następny)"
                        r"\s*[:：|»›]\s*(?=\S)", re.IGNORECASE)
# The label of a "read also" box set inside a story, alone on its line: what follows it is a card, never the story's
# own head.
READ_ALSO_LABEL = rx(
    r"^\s*(read also|also read|see also|lees ook|lesen sie auch|(à )?lire aussi|leia também|lee también|"
    r"lea también|leggi anche|(prze)?czytaj (też|także|również)|читайте також|читайте также|baca juga|bunu da okuyun|citește și|"
    r"olvassa el ezt is|läs (också|även)|les også|læs også|lue myös|přečtěte si také|čtěte (také|též|i)|"
    r"čítajte (aj|tiež)|preberite (tudi|še)|pročitajte (i|još)|прочитајте (и|још)|прочетете (още|също)|"
    r"чытайце таксама|skaitykite taip pat|lasiet arī|loe ka|διαβάστε (επίσης|ακόμη)|xem thêm|اقرأ أيضا|اقرأ أيضاً|"
    r"קראו גם|ראו גם|بیشتر بخوانید|همچنین بخوانید|ayrıca okuyun|bunu da okuyun|baca juga|読んでほしい|あわせて読みたい|"
    r"함께 보면 좋은 기사|같이 보기|相关阅读|延伸阅读)\s*[:：]?\s*$", re.IGNORECASE)
# A header over the next story itself (not a box of teasers set in the story): "Up next", "Next story", "Read next",
# "Als Nächstes", "À suivre", "Próxima notícia", "Nästa artikel", "Następny artykuł".
NEXT_HEADER = rx(r"^\s*(up next|next( up| story| article)?|read next|coming up|als nächstes|nächster artikel|à suivre|"
                 r"article suivant|a seguir|próxima (notícia|matéria)|siguiente noticia|prossimo articolo|articolo "
                 r"successivo|volgende artikel|nästa artikel|neste (sak|artikkel)|næste artikel|następny artykuł|"
                 r"seuraava (juttu|artikkeli)|další článek|sonraki haber|berita selanjutnya|bài tiếp theo|"
                 r"следующая статья|наступна стаття|次の記事|下一篇|다음 기사|הסיפור הבא|הכתבה הבאה|הידיעה הבאה)\s*[:：]?\s*$",
                 re.IGNORECASE)
# "via Outlet" / "Quelle: Outlet" in a meta row with a time: the outlet is what follows the label.
VIA_PREFIX = rx(r"^\s*(via|drwy|source|quelle|fuente|fonte|bron|källa|kilde|kjelde|lähde|źródło|zdroj|kaynak|sumber|"
                        r"nguồn|πηγή|sursa|forrás|来源|來源|出处|出處|出典|출처|источник|ماخذ)(\s*[:：፡፦]\s*|\s+)", re.IGNORECASE)
_FOLLOW_WORDS = (r"(follow|following|folgen|suivre|seguir|segui|volgen|följ|følg|obserwuj|sledovat|követés|takip et|"
                 r"ikuti|theo dõi|关注|關注|フォロー|팔로우|구독|подписаться|підписатися|עקוב|متابعة|फ़ॉलो करें|"
                 r"volg|sekot|ndiq|გამოწერა|հետևել|dilyn|jarraitu|segwi|последвай|жазылу|ይከተሉን|ይከተሉ)")
FOLLOW_SUFFIX = rx(r"(\s*[·•|])?\s+\+?\s*" + _FOLLOW_WORDS + r"\s*$", re.IGNORECASE)  # ("Name · Follow": the dot too)
# A source chip's label glued before the outlet's name: "Partner North Yorkshire Coast Chronicle · 5h", "Partener
# Monitorul Sportiv Bârsan · acum 3 ore" (a club app's partner papers), "Partenaire X", "Kumppani X".
CHIP_LABEL = rx(r"^\s*(partner|partener|partenaire|partnerem|kumppani|samarbetspartner|partnerzy|socio)\s+"
                r"(?=[A-ZÀ-ÝĀ-Ža-z]*[A-ZÀ-ÝĀ-Ž])(?-i:(?=[A-ZÀ-ÝĀ-Ž]))", re.IGNORECASE)
# An app's top bar ending with its sign-in button: "🔥 12-day streak Level B2 Sign in", "Seria: 5 dni Poziom B1
# Zaloguj się" (a headline never ends on the button).
SIGN_IN_TAIL = rx(r"\s(sign in|log ?in|sign up|zaloguj się|anmelden|einloggen|se connecter|connexion|iniciar sesión|"
                  r"accedi|entrar|inloggen|logga in|log ind|logg inn|kirjaudu|přihlásit( se)?|prihlásiť sa|"
                  r"bejelentkezés|giriş yap|masuk|đăng nhập|войти|увійти|ログイン|로그인|登录|登入)\s*$", re.IGNORECASE)
# A logo's alt text read with the name it stands beside: "Logo Tin Lâm ViênTin Lâm Viên", "The Calder Post logo".
LOGO_LABEL = rx(r"^\s*(logo|logotipo|logotyp|λογότυπο|логотип)\s+|\s+(logo|logotipo|logotyp)\s*$", re.IGNORECASE)
# A credit word that also opens bylines: Vietnamese "Theo X" (according to X: the outlet, or the writer under the
# headline); a labelled credit ("Nguồn: X") on the same page is preferred.
WEAK_CREDIT = rx(r"^\s*theo\s", re.IGNORECASE)
# A Korean paper's dateline: "한벽루신문 김서연 기자 입력 2026.11.25 10:42" (paper, reporter 기자, posted 입력, time).
KOREAN_DATELINE = rx(r"^\s*(?P<outlet>\S{2,15})\s+(?P<writer>\S{2,4}(\s\S{2,4})?)\s*기자\s*(입력|수정|승인|등록|기사입력)?"
                     r"\s*[:：]?\s*(?P<time>\d.{4,40})$")
# An app store's button, as an image's alt or a link's text: "App Store", "Get it on Google Play", "Download on the
# App Store", "Disponible sur Google Play", "Laden im App Store".
STORE_BUTTON = rx(r"^\s*((download on|get it on|available on|disponible (sur|en)|laden im|jetzt bei|baixar na|scarica "
                  r"su|descarcă din|disponibil pe|pobierz z|stáhnout z|hämta på|hent på|last ned på)\s+(the\s+)?)?"
                  r"(app store|google play|apple app store|google play store|appgallery)\s*$", re.IGNORECASE)
# A browser's notification prompt: its pitch behind a bell ("🔔 Want the news first?", "🔔 তাজা খবর সবার আগে পেতে
# চান?") and its two buttons ("Allow Not now", "Erlauben Später", "অনুমতি দিন এখন নয়", "Povolit Teď ne").
NOTIFY_PROMPT = rx(r"^\s*🔔\ufe0f?\s*\S.{2,100}[?？]\s*$|^\s*(allow|enable|turn on|erlauben|aktivieren|autoriser|permitir|"
                   r"consenti|toestaan|tillåt|tillat|zezwól|povolit|povoliť|разрешить|дозволити|izin ver|izinkan|"
                   r"cho phép|อนุญาต|允许|允許|許可|허용|অনুমতি দিন|अनुमति दें|السماح)\s*[|·]?\s*"
                   r"(not now|later|maybe later|no thanks|block|nicht jetzt|später|plus tard|pas maintenant|ahora no|más tarde|"
                   r"non ora|niet nu|inte nu|ikke nå|nie teraz|teď ne|teraz nie|не сейчас|не зараз|şimdi değil|nanti|"
                   r"để sau|ไม่ใช่ตอนนี้|以后再说|稍後|後で|나중에|এখন নয়|अभी नहीं|ليس الآن)\s*$", re.IGNORECASE)
# A card's badge before its source row: "🔥 Popular Eco da Afurada · há 5 h", "⚡ Trending X · 2h".
EMOJI_BADGE = rx(r"^\s*[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*(?P<word>popular|trending|hot|new|top|breaking|"
                 r"exclusive|viral|em alta|tendance|beliebt|destacado|popolare|populair|populært|suosittu)\s+\S",
                 re.IGNORECASE)
# A format's credit before the outlet on a follow row: "A Storyboard by The Kettle Valley Beacon Follow", "A newsletter
# from X", "Un podcast de X", "Ein Newsletter von X": the outlet is what follows.
FORMAT_BY = rx(r"^\s*(an?|the|un|une|ein|eine) (storyboard|newsletter|podcast|series|collection|project|publication|"
               r"column|blog|channel|magazine|série|serie|chronique|kolumne|reihe)\s+(by|from|de|du|des|von)\s+(?=\S)",
               re.IGNORECASE)
# A "+ Follow X" button naming the outlet (an aggregator's source button under the story), maybe beside a "view
# original" link: "+ Theo dõi Báo Đồng Liên Xem bài gốc". The "+" is required: "Follow us on X" is no outlet.
FOLLOW_GATE = rx(r"\+\s*" + _FOLLOW_WORDS, re.IGNORECASE)  # searched in the page source before FOLLOW_NAMED
FOLLOW_NAMED = rx(r"^\s*\+\s*" + _FOLLOW_WORDS + r"\s+(?P<name>[^\n+]{2,50}?)"
                          r"(\s+(xem bài gốc|view original|read original|original ansehen|voir l'original))?\s*$",
                          re.IGNORECASE)
# A follow button on its own line next to an outlet's name ("Harlow Springs Ledger" / "Follow" / "3h"): no name.
FOLLOW_BUTTON = rx(r"^\s*\+?\s*" + _FOLLOW_WORDS + r"\s*$", re.IGNORECASE)
# A group's or channel's audience count, in its header row ("Палеская стужка12 480 удзельнікаўПадпісацца",
# "Coastline Digest · 12.4K followers", "समाचार संगालो १.२ लाख सदस्य"): such a line names a channel, never a story.
MEMBER_COUNT = rx(r"\d[\d\s.,]*\s?(k|m|тыс\.?|тис\.?|lakh|लाख|万|萬|천|만)?\s*(members|subscribers|followers|"
                  r"участник\w*|удзельнік\w*|подписчик\w*|падпісчык\w*|підписник\w*|учасник\w*|mitglieder|abonnenten|"
                  r"follower|membres|abonnés|miembros|seguidores|suscriptores|iscritti|membri|leden|volgers|"
                  r"obserwując\w*|członków|üye|takipçi|anggota|pengikut|thành viên|người theo dõi|สมาชิก|ผู้ติดตาม|"
                  r"μέλη|ακόλουθοι|成员|成員|关注者|フォロワー|メンバー|구독자|멤버|सदस्य|फ़ॉलोअर्स|أعضاء|متابع\w*|חברים|"
                  r"עוקבים|عضو|دنبال‌کننده)", re.IGNORECASE)
# A thread's post counter on a line of its own ("2/9", "🧵 3/9"): dropped only as a series (htmlpath.thread_counters).
THREAD_COUNTER = rx(r"^(🧵\s*)?(?P<n>\d{1,2})\s?/\s?(?P<of>\d{1,2})(\s*🧵)?$")
# A mailing list's subject prefixes before a forwarded or answered story's headline ("[Millrace] Fwd: Council votes
# ...", "Re: ...", "WG: ...", "TR: ..."): a list tag only counts before a mail marker ("[Video] Title" stays).
MAIL_SUBJECT_PREFIX = rx(r"^\s*(\[[^\]]{1,40}\]\s*)?((fwd?|fw|wg|tr|re|aw|sv|vs|vb|rv|enc|doorst)\s*:\s*)+(?=\S)",
                         re.IGNORECASE)
# A credit naming "our partner" at a short line's end: "Live-Ticker vun eisem Partner De Séibuer", "Content from our
# partner The Ledger", "Ein Angebot unseres Partners Der Talbote", "Contenu proposé par notre partenaire Le Courrier".
# ... or a label opening the line with the partner's kind: "News partner Esk Valley Gazette", "Media partner: X"
PARTNER_CREDIT = rx(r"(\b(our|unserem|unseres|unserer|eisem|eiser|notre|nos|nuestro|nuestra|nostro|nostra|onze|nosso|nossa)"
                    r"\s+(media\s+|medien|news\s+|content\s+|publishing\s+|editorial\s+)?|^\s*(news|media|content|"
                    r"publishing|editorial|medien|nachrichten)[ -]?)(partner|partners|partnern|partenaire|"
                    r"partenaires|socio|parceiro|partnerin)\s*:?"
                    r"\s+(?P<name>(?-i:[A-ZÀ-Ý«„“\"])[^.,;:|·•!?]{1,50}?)\s*\.?\s*$", re.IGNORECASE)
PARTNER_NEEDLES = ("artner", "artenaire", "socio", "arceiro")  # every PARTNER_CREDIT holds one (as written)
# A forwarded e-mail's sender line, in the header block a mail client quotes ("---------- Forwarded message ---------"
# / "From: The Millrace Sentinel <briefing@millracesentinel.example>"): a newsletter's sender is its outlet.
FORWARDED_FROM = rx(r"^\s*((from|von|de|da|van|od|от|fra|från|lähettäjä)\s*:\s*)?(?P<name>[^<>@\n]{2,60}?)\s*"
                    r"<[^@<>\s]+@(?P<host>[^<>\s]+)>\s*$", re.IGNORECASE)
# A sender's name in parts: a desk and its paper ("Service lecteurs — L’Écho du Causse", "News Desk | The Post").
SENDER_PARTS = rx(r"\s+[—–|/-]\s+|\s*,\s+")
# An elided article opening a name: "L’Écho du Causse", "l'Unione Sarda", "D'Ochsenfurter" (the host drops it).
ELIDED_ARTICLE = rx(r"^\s*(l|d|dell|sull|all)['’]", re.IGNORECASE)
# A date range's opening before its last date: "Star Tribune from Nov. 3 to Nov. 5, 2025" (a notice's run).
DATE_RANGE_HEAD = rx(r"\s+(from|von|du|de|dal|desde)\s+\S.{0,30}?\s+(to|until|through|bis|au|a|al|hasta|[-–])\s*$",
                     re.IGNORECASE)
# The word joining a name to the date printed after it: "X on April 2, 2025", "X am 14. Mai 2025", "X le 3 mai".
DATE_CONNECTOR = rx(r"(\s+(on|am|le|el|il|em|op|på|w|dne|la)|\s*[,，、])\s*$", re.IGNORECASE)  # ("街燈新聞社，2026年12月21日")  # (Esperanto "la 8-an")
# An agency dateline opening a wire story: "BRAMBLE FORK, Idaho (Northstar Wire) —", "WASHINGTON (AP) —",
# "LONDON (Reuters) -": the agency in brackets is the story's outlet.
# The agencies a wire dateline names by initials, with the names they go by ("LONDON (AP) —").
WIRE_NAMES = {"AP": "Associated Press", "AFP": "Agence France-Presse", "UPI": "United Press International",
              "dpa": "Deutsche Presse-Agentur", "CP": "The Canadian Press", "AAP": "Australian Associated Press",
              "PTI": "Press Trust of India", "ANI": "Asian News International", "IANS": "Indo-Asian News Service"}
WIRE_DATELINE = rx(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40}(,\s*[A-Z][\w.]*(\s[A-Z\d][\w.]*)?){0,2}\s*"
                           r"\((?P<name>[^()\d]{2,40})\)\s*[—–-]")
# A one-word section label above a headline (a kicker), never the outlet's name: "National", "Politik", "Regio".
# A kicker over the headline: its box's class names the site's section ("article__section", "kicker", "eyebrow"), or
# it is a link to a one-segment section path ("<a href="/uudised/">Uudised</a>"): the desk, never the outlet.
KICKER_CLASS = rx(r"(^|[\s_-])(section|category|categories|kicker|eyebrow|rubric|rubrik|rubrique|department|desk|"
                  r"topic|overline|dachzeile|ressort|flair)([\s_-]|$)", re.IGNORECASE)
SECTION_PATH = rx(r"^(https?://[^/]+)?/[a-z0-9\u00c0-\u024f-]{2,30}/?$", re.IGNORECASE)
SECTION_LABEL = rx(
    r"^\s*(ข่าวภูมิภาค|ภูมิภาค|การเมือง|เศรษฐกิจ|กีฬา|บันเทิง|ต่างประเทศ|ในประเทศ|国内|国際|経済|政治|社会|スポーツ|"
    r"エンタメ|地域|社會|國際|財經|體育|娛樂|地方|要聞|국내|국제|경제|정치|사회|스포츠|연예|news|local|national|world|international|nation|u\.?s\.?|politics|business|economy|money|markets|finance|"
    r"tech|technology|science|health|sports?|entertainment|culture|arts|lifestyle|life|travel|food|opinion|weather|"
    r"crime|education|environment|climate|regional|region|metro|state|breaking( news)?|"
    r"nachrichten|lokales|inland|ausland|politik|wirtschaft|kultur|wissen|gesellschaft|panorama|welt|"
    r"actualités|monde|politique|économie|société|régions|noticias|nacional|internacional|mundo|política|economía|"
    r"deportes|cultura|sociedad|notícias|brasil|economia|esportes|cronaca|politica|esteri|mondo|binnenland|"
    r"buitenland|regio|politiek|economie|cultuur|kraj|świat|polityka|gospodarka|kultura|inrikes|utrikes|ekonomi|"
    r"домой|новости|политика|экономика|общество|спорт|культура|новини|політика|економіка|суспільство|"
    r"gündem|ekonomi|dünya|spor|kültür|berita|nasional|daerah|ekonomi|olahraga|thời sự|kinh tế|thể thao|"
    # Finnish, Scandinavian, Croatian, Romanian, Catalan, Swahili, Malay, Bengali, Persian desks
    r"kotimaa|ulkomaat|talous|urheilu|kulttuuri|politiikka|uutiset|innenriks|utenriks|indland|udland|inrikes|"
    # Icelandic, Estonian, Albanian, Lithuanian, Esperanto, Haitian Creole, Frisian desks
    r"innlent|erlent|íþróttir|uudised|eesti|välismaa|lajme|vendi|bota|regionai|lietuva|pasaulis|novaĵoj|nouvèl|nijs|"
    r"økonomi|lokalt|hrvatska|svijet|regija|gospodarstvo|actualitate|sănătate|societat|kitaifa|kimataifa|"
    r"biashara|michezo|tempatan|dunia|serantau|জাতীয়|রাজনীতি|খেলা|সারাদেশ|আন্তর্জাতিক|سیاسی|اقتصادی|ورزشی|"
    r"بین‌الملل)\s*$",
    re.IGNORECASE)
# Picture credits and captions that leak into dumps: "Image: WSJ", "File photo", "Representative image",
# "Photo: Reuters", "Foto: dpa", "Bild: Keystone", "तस्वीर: पीटीआई".
# "Photo" before a credit in more languages: Zulu, Somali, Sinhala, Punjabi, Burmese, Mongolian, Swahili, Hausa,
# Croatian/Serbian, Lithuanian, Polish, Greek, Arabic, Hebrew, Korean, Japanese, Chinese, Bengali, Tamil, Telugu,
# Kannada, Malayalam, Georgian, Armenian ("... Isithombe: Isibani Sesizwe", "... ඡායාරූපය: දකුණු තරංග").
PHOTO_LABELS = (r"isithombe|sawir(ka)?|ඡායාරූපය|ਤਸਵੀਰ|ਫੋਟੋ|ဓာတ်ပုံ|гэрэл зураг(ийг)?|picha|hoto|fotografija|"
                r"nuotrauka|zdjęcie|φωτογραφία|صورة|תמונה|사진|写真|照片|ছবি|படம்|ఫోటో|ಚಿತ್ರ|ചിത്രം|ფოტო|լուսանկար(ը)?|"
                r"whakaahua|foto ya|ଫଟୋ|سۈرەت|акс|وێنە|攝影|摄影|"  # Maori, Igbo, Odia, Uyghur, Tajik, Sorani, Chinese
                # Icelandic, Welsh, Irish, Tagalog, Khmer, Lao, Nepali, Marathi, Gujarati, Pashto, Yiddish, Yoruba
                r"ljósmynd|mynd|llun|grianghraf|larawan|រូបថត|ຮູບພາບ|तस्बिर|छायाचित्र|તસવીર|ફોટો|انځور|פֿאָטאָ|àwòrán|"
                r"ፎቶ")  # (Amharic: "... ዳርቻ። ፎቶ፦ X")
# The attribution line under an embedded social post, part of what the story quotes: "— Kadri Mägi (@kadrimagi)
# 13. august 2026", "— Dana Lahti (@danalahti) August 12, 2026" (a byline never carries the @handle in brackets).
EMBED_ATTRIBUTION = rx(r"^[—–―-]\s*[^\s()@][^()@]{1,60}\(@[\w.]{1,30}\)(\s+\S.{0,40})?$")
CAPTION_LINE = rx(
    r"^\s*((image|photo|picture|pic|foto|bild|imagen|immagine|illustration|credit|तस्वीर|फोटो|फ़ोटो|图片|图|写真|"
    r"圖片|圖|相片|攝影|摄影|攝|摄|"  # Traditional Chinese and Cantonese "圖：X" (picture), "攝影：X" (photographer)
    r"تصویر|عکس|фото|фота|nuotr\.|pilt|argazkia|ritratt|снимка|сурет|ፎቶ|piksa( bilong \w+)?|" + PHOTO_LABELS + ")"
    r"\s*(credit|source)?\s*[:：፡፦៖]\s*(?P<name>[^\n]{1,80})|file (photo|image|picture)|representative (image|photo)|"
    r"representational (image|photo)|archive (photo|image)|symbolbild|archivbild|photo d'archive|"
    # a credit line "photo from X" with no colon: Hiligaynon "Litrato halin sa X", Tagalog "Larawan mula sa X",
    # Cebuano "Hulagway gikan sa X", Papiamentu "Potrèt di X"
    r"(litrato|larawan|hulagway|retrato) (halin sa|mula sa|gikan sa|kuha ni|ni) (?-i:[A-Z])[^.\n]{1,60}|potrèt di (?-i:[A-Z])[^.\n]{1,60}|"
    r"foto de archivo|foto d'archivio|प्रतीकात्मक (तस्वीर|फोटो)|资料图片?|.{2,80}[（(](资料图|资料图片|图|摄|視覚中国|供图)[）)]|"
    # a short Chinese caption with its credit after it: "修缮后的何氏大宗祠正门 图片：珠江晨讯 何嘉敏 摄"
    r"[^.。!?！？\n]{2,60}\s(图片|圖片|图|圖|摄影|攝影|照片|相片)\s*[:：][^.。!?！？\n]{1,40}|"
    # a short CJK caption closed by its credit in full-width brackets: "会期後に解体される氷像（北海道みらい新聞）"
    r"[^.。!?！？（]{2,30}（[^（）]{2,20}）|"
    # a whole caption in full-width brackets: "（写真：今年度で廃止される市営プール＝千波市提供）"
    r"[（(](写真|画像|图片|圖片|照片|사진)\s*[：:][^）)]{1,80}[）)]|"
    # a caption closed by a © credit or an archive note: "Der Bahnsteig soll erneuert werden. © Kurier vom Hallersee",
    # "La piscina cubierta, en una imagen de archivo.", and Japanese "奥谷線を走るバス＝汐見原市奥谷で" (subject＝place)
    r".{2,240}\s©\s?[^.©]{2,60}|"
    # a caption sentence closed by its credit: "... seven conditions. Photograph: The Ambleton Chronicle"
    r".{10,240}[.!?]\s+(photograph|photo|picture|image|foto|bild|fotografía|fotografia)\s*:\s*[^.:]{2,60}|"
    r".{2,200},? (en una imagen de archivo|in una foto d'archivio|em imagem de arquivo|"
    r"sur une photo d'archives|in a file photo)\.?|.{2,240}[।.]\s+(फ़ाइल फ़ोटो|फाइल फोटो|प्रतीकात्मक (तस्वीर|फ़ोटो|फोटो))\.?|.{2,240}[.۔]\s+(فائل فوٽو|فائل فوٹو)\.?|.{2,240}[(（](file|archive) (photo|video|image|picture|footage)[)）]|[^。＝]{2,40}＝[^。＝]{2,40}で|【写真】.{2,80}|"
    # a Korean caption closed by its credit: "주말 한옥마을 태조로 모습. 사진=박준호 기자"
    r".{2,240}\s사진\s?=\s?\S.{0,40}|"
    # a caption ending in a photo credit: "Panele mają stanąć na dachu szkoły. Fot. Gazeta Nadwarciańska"
    r".{2,240}(\s|(?<=[。！？]))(foto:\s*dok\.|fot\.|foto:|photo:|fotoğraf:|fotografía:|fotografia:|fotografie:|kuva:|bild:|ảnh:|ภาพ:|φωτ\.:?|צילום:|фото:|фота:|عکس:|تصوير:|تصویر:|الصورة:|फ़ोटो:|फोटो:|fotó:|(" + PHOTO_LABELS +
    r")\s*[:：፡፦៖])\s*[^.]{2,60}(\s(co|inc|ltd|llc|gmbh|s\.a|ag)\.)?|"  # ("Photo: French Broad Photo Co.")
    # a caption closed, after its full stop, by " / Photographer": "Los socios, ante el cine Avenida. / R. Olmedo"
    r".{10,240}[.!?]\s+/\s+(\w\.\s?)?\w[\w'’-]*( \w[\w'’-]*){0,2}|"
    # a caption with its labels in capitals: "IMAGE: Rye on a study field in March. CREDIT: Tomas Obi"
    r"(?-i:IMAGE|PHOTO|PICTURE)\s*:\s*.{2,300}?\s(?-i:CREDIT)\s*:\s*.{2,60}|"
    # a caption closed by an "(Outlet/Photographer)" credit: "Pedagang menata dagangan. (Harian X/Rina Wulandari)"
    r".{2,240}[(（][^()（）/]{2,40}/[^()（）/]{2,40}[)）]|"
    # a caption closed by a bracketed photo credit: "Tekneler limanda. (Fotoğraf: Ege Kıyı Gazetesi)"
    r".{2,240}[(（](photo|foto|fotoğraf|fotografie|fot\.|zdjęcie|bild|kuva|φωτογραφία|ảnh|ภาพ|image|credit|"
    r"photograph|bildquelle|fotoquelle|bildnachweis|source photo|crédit photo|fuente)\s*[:：፡፦]\s*[^()（）]{2,60}[)）]|"
    # ... and by a bracketed "(Outlet photo)": "Stalls on the high street on a Thursday in July. (Chronicle photo)"
    r".{2,240}[(（][^()（）]{2,40}\s(photo|photograph|picture|image|file photo|foto|bild)[)）])\s*$",
    re.IGNORECASE,
)
# An AI summary box: its label line, then the summary, then (within a few lines) its disclaimer.
# The label over an AI-written summary box: "AI summary", "KI-Zusammenfassung", "AI 摘要", "Shrnutí od AI",
# "Коротко від ШІ", "Кратко от ИИ", "MI-összefoglaló", "Ringkasan AI", "ملخص الذكاء الاصطناعي", "Yapay zeka özeti".
_AI = r"(ai|a\.i\.|ki|ia|mi|ші|ии|иишка|יי|الذكاء الاصطناعي|एआई|yapay zek[aâ]|인공지능)"
_AI_SUMMARY = (r"(重點摘要|重点摘要|速览|速覽|สรุปข่าว|สรุป|summary|summari[sz]ed|recap|digest|摘要|总结|要約|요약|zusammenfassung|résumé|resumen|resumo|riassunto|"
               r"samenvatting|sammanfattning|oppsummering|resumé|podsumowanie|shrnutí|összefoglaló|özeti?|ringkasan|"
               r"tóm tắt|пересказ|резюме|коротко|кратко|סיכום|תקציר|ملخص|सारांश|περίληψη|rezumat|riassuntu|resumit)")
AI_SUMMARY_LABEL = rx(
    r"^\s*(" + _AI + r"[- ]?((generated|erstellte|générée?|generad[oa]|gerad[oa]) )?" + _AI_SUMMARY + "|(" + _AI
    + r"\s+)?" + _AI_SUMMARY  # (an "AI" badge printed before the label: "AI Rezumat generat cu AI")
    + r"\s*((generated by|gerad[oa] por|generad[oa] por|générée? par|generat[oa] da|erstellt von|gegenereerd door|"
    # Romanian, Catalan, Croatian, Slovak, Danish, Norwegian, Bulgarian: "Rezumat generat cu AI", "Resum generat amb
    # IA", "Sažetak generiran pomoću AI", "Zhrnutie vygenerované pomocou AI", "Resumé lavet med AI", "Sammendrag
    # laget med KI", "Резюме, генерирано с ИИ"
    r"generat (cu|de)|generat (amb|per)|generiran[oa]? (pomoću|s|sa|od)|vygenerované (pomocou|umelou)|"
    r"(lavet|genereret|laget|generert) (med|af|av)|,? генерирано (с|от)|"
    r"wygenerowane przez|by|from|od|від|от|d[aei]( l['’])?|van|av|oleh|bởi|con|mit|with|avec|com|met|med|par( l['’])?|"
    r"dari|של|بواسطة|द्वारा|с помощью|за допомогою|ด้วย)\s*([\w.-]+\s){0,2})?" + _AI + r"|"  # "Summary by Parallax AI"
    # "in brief" boxes marked as AI-written: "Kort fortalt (AI-genereret)", "Pe scurt (generat de AI)",
    # "Tekoälyn yhteenveto", "Ukratko (AI)"
    r"(kort fortalt|kort sagt|i korthet|lyhyesti|ukratko|pe scurt|en resum|kwa ufupi|secara ringkas|in brief|"
    r"in short|en bref|en resumen|in breve|em resumo|kurz gesagt|সংক্ষেপে|به طور خلاصه)\s*[(\[]\s*(\w+ )?(de |by |av |af )?"
    + _AI + r"([- ]?\w+)?\s*[)\]]|tekoälyn (yhteenveto|tiivistelmä)|"
    # "Yapay zekâ ile oluşturulan özet" (a summary made with AI)
    + _AI + r" ile (oluşturulan|hazırlanan) özet)\s*([:：፡፦]\s*[^.!?]{0,40})?$",
    re.IGNORECASE)
# Any short summary label marked as machine-written: "Plain-language summary (AI-generated)" (searched only in lines
# holding the mark, so the header gate keeps its literal heads)
AI_SUMMARY_LABEL = LineRule(AI_SUMMARY_LABEL, rx(
    r"^\s*([\w-]+ ){0,3}(summary|zusammenfassung|résumé|resumen|resumo|riassunto|samenvatting)\s*[(\[]\s*"
    + _AI + r"[- ](generated|generiert|généré|generado|gerado|generato)\s*[)\]]\s*$", re.IGNORECASE),
    ("(ai-", "(ai ", "[ai-", "(ki-", "(ia-", "(ia "))
AI_DISCLAIMER = rx(
    r"^\s*(.*\b(ai|summary|summaries) (can|may) make mistakes\b.*|内容由ai生成.*|.*\b(generated|written) (by|with) (an? )?ai\b.*|"
    r".*\b(généré|generado|gerado|generato) (par|por|pela|dall[a']) ?(l'|la )?(ia|ai)\b.*|.*\bki-generiert\b.*|"
    r".*ai(によって|で)生成.*|.*ai가 (생성|요약).*|"
    # "Shrnutí vytvořila umělá inteligence. Může obsahovat chyby.", "KI kann Fehler machen", "L'IA peut faire des erreurs"
    r".*(umělá inteligence|může obsahovat chyby|kann fehler (machen|enthalten)|peut (faire|contenir) des erreurs|"
    r"puede (cometer|contener) errores|pode (conter|cometer) erros|può contenere errori|kan fouten bevatten|"
    # the same warning in Romanian, Danish, Norwegian, Finnish, Slovak, Croatian, Catalan, Bulgarian
    r"poate conține erori|kan indeholde fejl|kan inneholde feil|voi sisältää virheitä|môže obsahovať chyby|"
    r"može sadržavati pogreške|pot contenir errors|може да съдържа грешки|"
    r"штучн\w* інтелект|искусственн\w* интеллект|mesterséges intelligencia|בינה מלאכותית|yapay zeka|"
    r"kecerdasan buatan|trí tuệ nhân tạo|ปัญญาประดิษฐ์|may contain (errors|mistakes)).*|"
    r".*由\s?ai\s?(產生|产生|生成).*)$",
    re.IGNORECASE)
# A line that names machine work: "AI" (capitals, not the Italian word "ai"; "AI가" in Korean), "IA", "KI", "MI", or
# artificial intelligence spelled out, or "generated automatically" (the marks of AI boxes, voices and translations).
AI_MARK = rx(
    r"(?<![A-Za-z])(AI|A\.I\.|KI|IA|MI|ШІ|ИИ)(?![A-Za-z])|(?i:artificial intelligence|intelligenza artificiale|"
    r"inteligencia artificial|intelig[êe]ncia artificial|intelligence artificielle|künstliche\w* intelligenz|"
    r"kunstmatige intelligentie|umělá inteligence|umělou inteligencí|umelá inteligencia|sztuczn\w* inteligencj\w*|"
    r"tekoäl\w*|umetn\w* inteligenc\w*|umjetn\w* inteligencij\w*|вештачк\w* интелигенциј\w*|dirbtin\w* intelekt\w*|"
    r"mākslīg\w* intelekt\w*|tehisintellekt\w*|kunstig intelligens|artificiell intelligens|هوش مصنوعی|yapay zek[aâ]|mesterséges intelligencia|kecerdasan buatan|trí tuệ nhân tạo|인공지능|人工智能|人工知能|"
    r"generated automatically|automatically generated|generate automaticamente|generad[oa]s? automáticamente|"
    r"automatisch (generiert|erstellt|gegenereerd)|automaattisesti|automaticky|samodejno|automatski)")
# ... and what the machine did or may get wrong: made, voiced, translated; mistakes, errors, "may vary", "verify"
AI_WORK = rx(
    r"(?i:generated|generiert|generad[oa]s?|gerad[oa]s?|generat[oaei]|généré\w*|gegenereerd|gemaakt|made|created|"
    r"written|voiced|narrated|read by|translated|tradu\w+|tradott\w*|übersetzt|vertaald|přelož\w*|käännet\w*|"
    r"vytvořil\w*|vytvořen\w*|erstellt|créé\w*|creado|criado|creato|luonut|luoma|synthetic|syntetick\w*|čte|"
    r"mistakes?|errors?|wrong|inaccura\w*|not be accurate|may vary|fouten|errori|errores|erreurs|erros|chyb\w*|"
    r"virhei\w*|hibá\w*|pogreške|greške|fejl|feil|błęd\w*|ошиб\w*|помил\w*|hata\w*|kesalahan|sai sót|verify|"
    r"controleer|verifica|überprüf\w*|vérifie\w*|kļūd\w*|klaid\w*|napak\w*|pripravil\w*|ustvarjen\w*|tạo ra|chính xác|"
    r"laget|lavet|skapad|skapt|laga|направил\w*|napravil\w*|izradil\w*|израдил\w*|می ?سازد|ساخته|اشتباه)|생성|요약한|번역|정확하지|틀릴|生成|誤り|错误|錯誤|"
    r"ስህተት|ጌጋ|የተዘጋጀ|ዝተዳለወ")  # Amharic "error", Tigrinya "error", "prepared" (Amharic, Tigrinya)
# Summary words of AI-summary buttons that print the machine's name mid-line in Ethiopic scripts: Amharic "በAI የተዘጋጀ
# ማጠቃለያ ያግኙ" (get the AI-prepared summary), Tigrinya "ናይዚ ዜና ብ AI ዝተዳለወ ጽማቝ ርኣዩ" (see the AI-prepared summary).
AI_SUMMARY_WORD = rx(r"ማጠቃለያ|ጽማቝ|ጽማቕ")
AI_NOTE_WORDS = 25  # an AI box's disclaimer or credit, an AI voice's note: one or two short sentences
# An AI assistant's box label: "Ask our assistant about this story", "Ask AI", "Frag die KI", "Pregunta a la IA".
ASSISTANT_LABEL = rx(
    r"^\s*(ask (our |the )?(ai |news )?(assistant|copilot|chatbot)|ask (ai|the ai|copilot)|chat with (our )?(ai|assistant)|"
    r"frag (die ki|den assistenten|unseren assistenten)|pregunta (a la ia|al asistente)|pergunte (à ia|ao assistente)|"
    r"chiedi (all'ia|all'assistente)|demandez (à l'ia|à l'assistant)|vraag (het )?(aan )?(de )?(ai|assistent)|"
    r"zeptejte se (ai|asistenta)|kysy (tekoälyltä|avustajalta)|zapytaj (ai|asystenta)|AI에게 물어보세요|"
    r"întreabă (ai|asistentul)|fråga (ai|assistenten)|spørg (ai|assistenten)|spør (ki|assistenten)|kérdezd (az )?ai-t|"
    r"hỏi ai|yapay zekaya sor|tanya ai|خلاصه ?(کن|سازی) با)\b.{0,60}$",  # (Persian "summarize with ... AI")
    re.IGNORECASE)
# A poll's option with its share ("• A few times a year 41%", "- Usein 12 %").
POLL_OPTION = rx(r"^\s*([•\-*·]|\d{1,2}[.)])?\s*\S.{0,60}?\s\d{1,3}([.,]\d)?\s?%\s*$")
# A poll's vote button under its options: "Vote", "Hlasovat", "Abstimmen", "Voter", "Votar", "Głosuj", "Ψηφίστε".
VOTE_BUTTON = rx(r"^\s*(vote|submit vote|hlasovat|hlasovať|abstimmen|voter|votar|vota|votare|stemmen|stem|głosuj|rösta|"
                 r"äänestä|szavazás|szavazok|oy ver|oy kullan|ψηφίστε|ψήφισε|голосовать|проголосувати|glasaj|glasuj|"
                 r"balsuoti|balsot|hääleta|投票|투표하기|투표|تصويت|הצבעה)\s*[!›»→]?\s*$", re.IGNORECASE)
# A feedback row: a question and its answer buttons ("Was this article helpful? Yes No", "Oliko artikkelista
# hyötyä? Kyllä Ei", "¿Te resultó útil esta nota? Sí No", "요약이 도움이 되었나요? 👍 👎").
FEEDBACK_ROW = rx(
    r"^\s*[^?？]{3,80}[?？]\s*(\[?\s*(yes|no|ja|nee|nein|sí|si|oui|non|sim|não|nao|kyllä|ei|ano|ne|tak|nie|evet|"
    r"hayır|да|нет|так|ні|igen|nem|nu|ya|tidak|sì|não|예|아니요|네|はい|いいえ|是|否|👍|👎)\s*\]?\s*){1,3}$", re.IGNORECASE)
# A rights line's note that another party carries the story: "Distributed by Leafstand", "Distribuit prin X",
# "Поширюється через X", "Vertrieben von X", "Distribué par X", "Distribuido por X" (a syndication or e-paper note).
DISTRIBUTED_BY = rx(
    r"(distributed|syndicated|provided|supplied) (by|through|via)|distribuit (prin|de)|distribuido por|distribuído por|"
    r"distribué par|distribuito da|vertrieben (von|durch)|verspreid door|distribuerad av|jakelija|"
    r"dystrybuowane przez|distribuováno|terjesztő|поширюється через|распространяется через|dağıtım:|"
    r"didistribusikan (oleh|melalui)", re.IGNORECASE)
# A link-out button to the original's host, and a link post's domain tag: "Openen op zwolsestadskoerier.example",
# "Read on tidereporter.example ↗", "zwolsestadskoerier.example ↗" (the host alone, with its arrow).
_OPEN_ON = (r"((open|read|view)( it| the (full |whole )?(story|article))? (on|at)|openen op|lees (verder )?op|"
            r"öffnen auf|weiterlesen auf|ouvrir sur|lire sur|abrir en|leer en|apri su|leggi su|abrir no|ler no|"
            r"avaa sivustolla|otevřít na|otwórz na)")
_BARE_HOST = r"(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,12}(/\S*)?"
HOST_BUTTON = rx(r"^\s*(" + _OPEN_ON + r"\s+" + _BARE_HOST + r"\s*[↗→›»]?|" + _BARE_HOST + r"\s*[↗→›»])\s*$",
                 re.IGNORECASE)  # (the button's words and the host, or the host alone with its arrow)
# A lower-case article before a capitalised name in a credit sentence ("appeared in the Sandhurst Ledger"): the
# sentence's word, not the name's ("The Sandhurst Ledger" printed with its capital keeps it).
LOWER_ARTICLE = rx(r"^(?-i:the|der|die|das|le|la|les|el|il|lo|het|de) (?=[A-ZÀ-ÝĀ-Ž])")
# An e-mail's quote marks at a line's start ("> ", ">> ") and a link's address after its text ("Home
# <https://x.example/home>"), in a page pasted into a forwarded message.
MAIL_QUOTE = rx(r"^\s*(>\s?)+")
MAIL_LINK = rx(r"\s*<(https?://|mailto:)[^<>\s]+>")
# The separator between the parts of a credit row ("Zdroj: X · Autor: Y · 27. 11. 2026").
ROW_PARTS = rx(r"\s+[·•|]\s+")
# A player's clock in a row of its buttons: "▶ CC ⚙ ⛶ 0:00 / 1:48".
TIME_CODE = rx(r"\d{1,2}:\d{2}(:\d{2})?\s*/\s*\d{1,2}:\d{2}")
# An entry's clock on a line of its own in a live page ("2:40 p.m.", "14:05", "09.45 Uhr"): no words of the story.
BARE_CLOCK = rx(r"^\s*\d{1,2}[:.]\d{2}\s*([ap]\.?\s?m\.?|uhr|h)?\s*([A-Z]{2,4})?\s*$", re.IGNORECASE)
# A video card's play button with the clip's length: "Play 2:14", "▶ 2:14", "Přehrát 2:14", "Abspielen 1:48".
PLAY_LABEL = rx(r"^\s*([▶►⏵]|(?=\w))\s*(play|watch|přehrát|prehrať|abspielen|ansehen|lire|regarder|reproducir|ver|riproduci|guarda|"
                r"reproduzir|assistir|afspelen|bekijk|odtwórz|spela upp|afspil|spill av|toista|katso|lejátszás|oynat|izle|"
                r"αναπαραγωγή|воспроизвести|смотреть|відтворити|дивитися|predvajaj|reprodukuj|재생|再生|播放|(?<=[▶►⏵]))\s*[▶►⏵]?\s*"
                r"\d{1,2}:\d{2}(:\d{2})?\s*$", re.IGNORECASE)
# A media player's chapter: "1. 0:22 The Maitai track closes on Monday", "0:30 La ciclabile del lago chiude di sera".
CHAPTER_ROW = rx(r"^\s*([•\-*]\s*|\d{1,2}\.\s+)?\d{1,2}:\d{2}(:\d{2})?\s+\S.{0,90}$")
# The label between a player or an AI box and the text it reads ("Read along", "Show transcript", "기사 본문").
TEXT_LABEL = rx(
    r"^\s*(read along|show (the )?transcript|transcript|full transcript|article text|story text|full text|"
    r"leggi il testo|mostra (la )?trascrizione|lees mee|toon transcript|texto completo|ver transcripción|"
    r"transkript( anzeigen)?|artikeltext|lire le texte|afficher la transcription|zobrazit přepis|přepis|"
    r"näytä litterointi|lue teksti|기사 본문|대본 보기|本文|文字稿)\s*$", re.IGNORECASE)
# Footer and legal links that a dump prints one per line after the last teaser ("About Pressline", "Privacy").
FOOTER_LINK = rx(
    r"^\s*(about( us| [\w.-]+)?|privacy( policy| notice)?|terms( of (use|service))?|contact( us)?|imprint|impressum|"
    r"datenschutz|mentions légales|aviso legal|privacidad|cookies?( policy| settings)?|careers|jobs|advertise|"
    r"help|faq|sitemap|accessibility|newsletters?)\s*$", re.IGNORECASE)
# Lines that close the article text: tag lists, previous/next links, reaction bars, author boxes.
# The header of an author's bio under the story: "About the author", "Über die Autorin:", "À propos de l'auteur".
AUTHOR_BIO_HEADER = rx(
    r"^\s*(about the (author|writer|reporter)s?|meet the author|über (den autor|die autorin|die autor(inn)?en)|"
    r"zu[mr] (autor|autorin)|à propos de l['’]auteur(e|ice)?|sobre (el|la|o|a) autor[a]?|sull['’]autore|"
    r"over de (auteur|schrijver)|om (forfatteren|författaren|skribenten)|o autorze|об авторе|o autoru|o autorovi|"
    r"yazar hakkında|tentang penulis|作者简介|关于作者|著者について|작성자 소개)\s*[:：]?\s*$",
    re.IGNORECASE,
)
ARTICLE_END = rx(
    r"^\s*((tags?|topics?|filed under|schlagwörter|schlagworte|étiquettes|mots-clés|etiquetas|temas|"
    r"argomenti|标签|टैग|теги|метки|темы|мітки|значкы|значки|ознаке|етикети|etiketler|etiket|trefwoorden|taggar|tagit|tagi|štítky|labels?|keywords|thẻ|"
    r"từ khóa|แท็ก|ετικέτες|etichete|címkék|теги|תגיות|برچسب‌ها|alamomi)\s*[:：፡፦].*|(previous|next|prev\.?) (article|post|story).*|"
    # previous / next post links in more languages: "Önceki yazı", "Volgend artikel", "Następny artykuł"
    r"(önceki|sonraki) (yazı|haber).*|(vorig|volgend)e? (artikel|bericht).*|(föregående|nästa) (artikel|inlägg).*|"
    r"(poprzedni|następny) (artykuł|wpis).*|(předchozí|další) článek.*|(artikel|berita) (sebelumnya|selanjutnya).*|"
    r"bài (trước|sau|tiếp theo).*|(προηγούμενο|επόμενο) άρθρο.*|"
    r"(article|artículo|artigo|articolo) (précédent|suivant|anterior|siguiente|seguinte|precedente|successivo)\b.*|"
    r"like\s*dislike\s*\d*( share)?( save)?|"
    # a link aggregator's row under a pasted story: "6 komentarow dźělić składować přizjewić" (comments share save
    # report), "5 toktok salim seivim ripot", "12 comments share save report"
    r"\d+\s+(comments?|komentar\w*|toktok|kommentar\w*|commentaires?|comentarios?|commenti|reacties|yorum\w*|"
    r"şîrove|hozzászólás\w*)\s+(share|dźělić|salim|teilen|partager|compartir|condividi|delen|paylaş|udostępnij|"
    r"sdílet|parve bike|megosztás)\b.{0,40}|"
    # a wiki's or intranet's reaction row under a page: "Like Be the first to like this", "Like · 3 people like this"
    r"(like\s*[·|]?\s*)?(be the first to like this|\d+ (people|persons?|colleagues) likes? this)|was this (article|story) helpful\??.*|share this (article|story|post)\s*:?|"
    r"about the author|über den autor|à propos de l'auteur|sobre el autor|sobre o autor|l'autore|"
    # a link post's vote row: "Upvote 412 Downvote 10 comments Share Award"
    # (possessive, one token per word: digit runs cannot be split up in exponentially many ways)
    r"(?=.{0,120}\b(?:up|down)vote|.{0,120}\baward\b)"
    r"(?:(?:(?:up|down)votes?|\d+(?:[.,]\d+)?[km]?|comments?|share|award|save|report)\b\s*)++|"
    # a feed card's "More" / "Read more" button: the card's text ends there
    r"(read )?more|more\s*[›»>]|meer|mehr|lire la suite|leer más|ver mais|daha fazla|selengkapnya|อ่านต่อ|"
    r"περισσότερα|więcej|läs mer|les mer|lue lisää|"
    # "this story comes from X" notes closing a republished article (Turkish); a press release's end mark
    r"bu haber .{1,60} kaynağından alınmıştır\.?|#{3}|-\s?30\s?-)\s*$",
    re.IGNORECASE,
)
# A teaser link inside the article text: "ALSO READ | Title", "Related: Title", "See also: Title",
# "ये भी पढ़ें | Title", "Lire aussi : Title", "Lesen Sie auch: Title", "Leia também: Title".
INLINE_TEASER = rx(
    r"^\s*[【\[](関連|関連記事|あわせて読みたい|合わせて読みたい|こちらもおすすめ|相关|相關|관련|related)[】\]]\s*\S.*$|^\s*(also read|read also|read more|related|see also|more|must read|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|"
    r"(à )?lire aussi|voir aussi|sur le même sujet|on the same (topic|subject)|sobre el mismo tema|"
    r"sullo stesso (tema|argomento)|lesen sie auch|mehr zum thema|siehe auch|lee también|lea también|ver también|"
    r"leia também|veja também|leia mais|lea más|lee más|leggi di più|lire plus|leggi anche|vedi anche|相关阅读|延伸阅读|推荐阅读|あわせて読みたい|читайте также|"
    r"baca juga|läs (också|även)|lees ook|les også|læs også|lue myös|czytaj (też|także|również)|zobacz (też|także)|"
    r"ayrıca (oku|bakınız)|bunu da okuyun|bunları da okuyun|şunu da okuyun|ilginizi çekebilir|xem thêm|διαβάστε επίσης|อ่านเพิ่มเติม|citește și|olvassa el ezt is|"
    r"اقرأ (أيضاً|أيضا|أيضًا|كذلك)|شاهد أيضاً|קראו גם|ראו גם|بیشتر بخوانید|بخوانید|читайте також|"
    r"čtěte (také|též)|přečtěte si (také|též)|관련 ?기사|함께 보면 좋은 기사|関連記事|【関連記事】|"
    r"loe ka|taip pat skaitykite|прочитајте (још|и)|pročitajte (još|i)|čítajte aj|preberite tudi|basahin (din|rin)|"
    r"یہ بھی پڑھیں|читайте також|"
    # the same inline "Read also: X" in Belarusian, Kyrgyz, Gujarati, Malayalam, Hausa, Pashto, Lao, Luxembourgish,
    # Scottish Gaelic, Telugu, Kannada, Marathi, Punjabi, Tajik, Somali, Zulu, Esperanto, Yoruba
    r"чытайце таксама|дагы окуңуз|આ પણ વાંચો|ഇതും വായിക്കുക|karanta kuma|دا هم ولولئ|ອ່ານຕື່ມ|liest och|"
    r"leugh cuideachd|ఇవి కూడా చదవండి|ಇದನ್ನೂ ಓದಿ|हेही वाचा|ਇਹ ਵੀ ਪੜ੍ਹੋ|инчунин хонед|akhri sidoo kale|"
    r"funda futhi|legu ankaŭ|ka èyí náà)"
    r"\s*[:|\-–—»:：]\s*\S.*$|"
    # a local TV site's video link set between the paragraphs: "WATCH: What happens when ...", "VIDEO: ..." (upper case)
    r"^\s*(?-i:WATCH|VIDEO|VIDÉO|VÍDEO|LISTEN|PHOTOS|GALLERY)\s*[:：|]\s*\S.*$|"
    # the label asked as a question, the headline after it: "Olvasta már? Megújul a Dugonics téri szökőkút",
    # "Have you read? X", "Schon gelesen? X", "Avez-vous lu ? X", "¿Ya leíste? X", "Já leu? X"
    r"^\s*(čitajće tež|přečitajće tež|čitaj tež)\s*[:：]\s*\S.*$|"  # Upper Sorbian "read also: X"
    r"^\s*(olvasta már|have you read( this)?|did you (read|see)( this)?|schon gelesen|haben sie (das|schon) gelesen|"
    r"avez-vous lu|¿?(ya )?leíste|já leu|hai letto|al gelezen|czytałeś)\s*[?？]\s*\S.*$",
    re.IGNORECASE,
)
# Where an inline teaser's label ends: its colon, bar, dash or guillemet ("Read more: ", "Lesen Sie auch » ").
INLINE_LABEL_END = rx(r"[:|\-–—»:：】\]]\s*")
# A headline ticker a dump prints as one line, any label before its colon: "Nag-uso karon: A · B · C" (Cebuano
# "trending now"), "Trending: A | B | C", "Most read » A • B • C"; a colon or guillemet ends the label (a dash may sit
# inside a word of it: "Nag-uso").
TICKER_LABEL_END = rx(r"[:：»]\s+")
# What stands between a ticker's or an inline teaser line's headlines.
TICKER_SEPARATORS = (" | ", " · ", " • ", " ⋅ ", " ◆ ")
# Glued AI tool bars: "ListenAsk AIKey Points", "SummarizeAsk AIKey Points", "TranslateListenKey Points".
AI_TOOLBAR = rx(r"^\s*(((listen|ask ai|key points|summari[sz]e|translate|read aloud|save|share|print|"
                        # a read-later app's AI row: "Summarize this document Define a term Ask a question about …"
                        r"summari[sz]e this (document|article|page|story)|define a term|explain this|"
                        # a recipe's own row: "Print recipe Save to favourites", "Imprimeix la recepta Desa a preferits"
                        r"print (the |this )?recipe|save (to|in) (my )?(favou?rites|recipe box)|"
                        r"imprimeix la recepta|desa a (preferits|favorits)|imprimir (la )?receta|guardar en favoritos|"
                        r"imprimer la recette|ajouter aux favoris|rezept drucken|zu (den )?favoriten hinzufügen|"
                        r"stampa (la )?ricetta|salva nei preferiti|"
                        r"ask a question( about( it| this)?)?( …| \.\.\.)?|"
                        r"요약봇|본문 듣기|공유|글자 ?크기|인쇄|"  # Korean portals
                        # the same rows elsewhere: "Écouter l'article Résumé par l’IA Partager", "Artikel anhören Teilen"
                        r"écouter( l['’]article)?|résumé par l['’]ia|partager|imprimer|artikel anhören|teilen|drucken|"
                        r"escuchar( (la )?noticia)?|compartir|ascolta( l'articolo| la notizia)?|condividi|ouvir( notícia)?|"
                        r"compartilhar|copy link|copiar enlace|copier le lien|link kopieren|copia link|copiar (o )?link|"
                        # Hungarian, Greek and Russian rows: "Összefoglalás mesterséges intelligenciával Nyomtatás ·
                        # Megosztás", "Σύνοψη με τεχνητή νοημοσύνη Κοινοποίηση", "Пересказать статью с помощью ИИ"
                        r"összefoglalás mesterséges intelligenciával|nyomtatás|megosztás|σύνοψη με τεχνητή νοημοσύνη|"
                        r"κοινοποίηση|εκτύπωση|пересказать статью с помощью ии|поделиться|распечатать|"
                        r"(riassunto|resumen|resumo|samenvatting|podsumowanie|ringkasan|özet) "
                        r"(con l'|con la |com a |met |przez |dengan |ile )?(ia|ai|ki|yapay zek[aâ]))\s*([·|•]\s*)?){2,}|"
                        # an AI summary's button or note: "Tóm tắt bằng AI", "สรุปข่าวด้วย AI", "Get the key points in
                        # seconds", "New: get a three-point AI summary of this article (beta)", "This summary was
                        # generated automatically and has not been reviewed", "Diese Zusammenfassung wurde mit KI erstellt"
                        r"tóm tắt bằng ai|สรุปข่าวด้วย ai|get the key points in (seconds|a minute)|"
                        r"(new:?\s*)?get an? ([\w-]+ )?ai summary of this (article|story)( \(beta\))?|"
                        # "Summarise this story with AI", "Summarize this article using AI", "Summarize with AI"
                        r"summari[sz]e (this (story|article|post|page|report|announcement) )?(with|using|via|by) (an? )?ai|"
                        r"this summary (was|is|has been) (generated|written|created|produced) (automatically|by (an )?ai)\b.{0,120}|"
                        r"diese zusammenfassung wurde (mit|von einer|durch) ki (erstellt|generiert)\b.{0,80}|"
                        # a lone "summarise with AI" button: "Ringkas dengan AI", "Resumir con IA", "Resumir com IA"
                        r"(ringkas(kan)?|rangkum(kan)?|resumir|resuma|riassumi|résumer|zusammenfassen) (dengan|con|com|"
                        r"avec|mit) (l['’])?(la )?(ai|ia|ki)|"
                        r"összefoglalás mesterséges intelligenciával|σύνοψη με (την )?(τεχνητή νοημοσύνη|ai)|"
                        r"пересказать (статью|материал|новость|текст) с помощью (ии|ai)|краткий пересказ (от )?ии|"
                        # Hindi "read this news's summary with AI": "AI से इस ख़बर का सारांश पढ़ें"
                        r"(ai|एआई) (से|द्वारा) .{0,30}(सारांश|सार)( पढ़ें| देखें)?|"
                        # "translate this story with AI" tools: "แปลข่าวนี้เป็นภาษาอังกฤษด้วย AI แชร์ไปที่ LINE"
                        r".{0,40}(แปล|translate|traduire|übersetzen|tradurre|traducir|çevir|terjemahkan|dịch|"
                        r"vertaal|översätt|przetłumacz).{0,40}\b(ai|ia|ki)\b.{0,60}|"
                        # "show the AI summary" toolbars: "KI-Zusammenfassung anzeigen Teilen Speichern 👍 48"
                        r"(show |view )?(ai|ki|ia)[- ](summary|zusammenfassung|résumé|resumen|riassunto|resumo)"
                        r"( anzeigen| afficher| ver| mostra)?.{0,80}|"
                        # "共有 AIでこの記事を要約", "用AI总结本文", "AI로 기사 요약"
                        r".{0,20}(aiで(この)?記事を要約|aiが要約|aiが生成した要約|要約を見る|用ai(总结|總結|摘要)|ai로 (기사 )?요약).{0,20})$",
                        re.IGNORECASE)
# Promo lines of newsletters, AI upsells and ad slots beyond PROMO_LINE ("AdDoctors Stunned: ..." is an ad label
# glued to an ad title).
# Promo lines in a republished post's own text, read in dumps and in short HTML paragraphs alike (the rest of
# TEXT_PROMO_LINE costs 40 us a line and is read in dumps only): an AI feature's pitch with its trial call ("Bid
# Assist AI drafts your answers in minutes. Try it on this framework"), an alert sign-up ("Get a price-drop alert
# when a cheaper tariff appears for your postcode"), a pledge button, AI credits ("Generated by AI from 23 sources"),
# "sponsored by", a story preview's app wall, messaging-channel invites and reader-funding appeals.
APPEAL_LINE = rx(
    r"^\s*((?=.{0,200}$)(?=.*\b(AI|KI|IA)\b).{0,160}[.!?]\s+(?i:try it|try (it )?(now|free)|jetzt testen|essayez-le|"
    r"pruébalo)\b.{0,60}|"
    r"(?=[^,]{0,120}$)(?=.*\b(?i:your?)\b)(?i:(get|set up|create|turn on|receive) (an? |instant |free )?(price[- ]drop |price |email |"
    r"e-mail |push |instant )?alerts? (when|whenever|if|for|about)\b.{0,120})|"
    r"(?i:back (this|the) project|pledge now|support this project)\s*[→›»]?|"
    r".*\bai-generated content\b.*|.*\bsponsored by\b.*|.*\b([Ss]ummary|[Ss]ummari[sz]ed|[Gg]enerated) by .{0,40}\b(ai|AI)\b.*|"
    # an app's wall inside a story preview: "You're reading a preview", "Keep reading this story from X in the Pressbox
    # app.", "Open in Pressbox Continue on web" (the story may go on under it)
    r"(?i:you['’]re reading a preview|(keep|continue) reading (this|the) (story|article) from .{1,60} in the .{1,30} "
    r"app\.?|open in \S.{0,30} continue on (the )?web)|"
    # a short line ending on a messaging channel's invite link: "Падпісвайцеся на наш Telegram-канал ... 👉 t.me/x"
    r"(?=.{0,200}$).{0,160}\b(t\.me|wa\.me|chat\.whatsapp\.com|whatsapp\.com/channel|viber\.com|invite\.viber\.com)"
    r"/\S+\s*|"
    # "our Telegram channel" in a short line, in any order of words: "Join our WhatsApp channel", "unser
    # Telegram-Kanal", "наш Telegram-канал", "nuestro canal de Telegram", "notre chaîne WhatsApp"
    r"(?=.{0,200}$)(?i:.{0,100}\b(our|nuestro|notre|unser(em|en)?|наш(ем|ого|ему)?|naš(em)?|nasz(ym|ego)?|nosso|"
    r"nostro|onze|vores|vår|meie|mūsu|mūsų)\s+((de |in |en |auf |на |w |u |no |op |på )?(telegram|whatsapp|viber|"
    r"signal)[- ]?(channel|canal|chaîne|kanal|канал|kanał|kanál|kanaal|group|grupo|gruppe|группу|групу)|"
    r"(channel|canal|chaîne|kanal|канал|kanał|kanál|kanaal)\s+(on |in |en |auf |на |в |w |u |no |op |på |de |sur )?"
    r"(telegram|whatsapp|viber|signal)).{0,120})|"
    # a reader-funding appeal: "Support local news: the Sentinel is funded by readers like you. Subscribe from £1"
    r"(?i:(support|fund|back) (our |local |independent |quality )?(journalism|news|reporting)\s*[:.!—–-]\s*.{0,200}|"
    r".{0,100}\b(funded|supported|made possible) by readers like you\b.{0,160})|"
    r"\Z.)\s*$",  # (a closing alternative that never matches: each one above ends in "|")
)
# A community blog's poster in a meta row: "@andes-al-dia (66) en Noticias de Venezuela" (a handle, its reputation,
# the community it posted in): a writer, not an outlet.
HANDLE_POSTER = rx(r"^@(?P<handle>[\w.-]{2,40})(?P<rep>\s*\(\d{1,3}\))?(\s+(en|in|em|dans|w|na|sa|i|den|im|no|nel|auf)\s+\S.{0,60})?$")
# A community blog's appeals inside a reposted post, however long: "¿Te gustó esta nota? Apoya el trabajo de @x
# votando por nuestro testigo ...", "Join our Discord server, where ...", "Delega tu Colmena Power a la cuenta ..."
# (vote for us, join our chat, delegate your stake).
COMMUNITY_APPEAL = rx(r"^\s*(did you (like|enjoy) this (post|article|story|note)\?|¿te gust[óo] (esta|este) (nota|artículo|"
                      r"post|publicación)\?|gostou (desta|deste) (matéria|post|artigo|nota)\?|vous avez aimé cet article\s?\?|"
                      r"(join|únete a|únase a|rejoignez|junte-se a[oa]?) (our|nuestro|notre|nosso|nossa) (servidor de |"
                      r"serveur |server )?(discord|telegram)\b|(delegate|delega|delegue|délègue) (your|tu|tus|seu|sua|votre) "
                      r".{0,40}?\b(power|hp|sp)\b|(follow|sigue a|segue|sigui|suivez|folge) @[\w.-]{2,40} (for|para|pa|pour|für) "
                      r"(more|más|mais|mas|plus|mehr)\b)", re.IGNORECASE)  # ("Sigui @x pa mas notisia": follow for more)
TEXT_PROMO_LINE = rx(
    r"^\s*(summari[sz]e with .{1,40}|get the (morning|evening|daily) (briefing|"
    r"newsletter|digest)|.*\bdelivered (straight )?to your inbox\b.*|you can unsubscribe at any time\.?|"
    r"join [\d,.]+ (million |thousand )?(readers|subscribers).*|sign up for (the|our) .{1,60}newsletter.*|"
    r"stay informed,? every (morning|day)|get it on google play|download on the app store|"
    r"Ad[A-Z].{5,120}|"
    # an app's top bar squeezed onto one line with its download button: "Pressbox Top Stories Get the app"
    r"(?=.{0,60}$)[^.!?]{0,40}\s(?i:get|download|open|install) the app|"
    # a paywall's cut: "Este conteúdo é exclusivo para assinantes", "Assine X para continuar lendo ...", "Já é
    # assinante? Entrar"; a summary's feedback row; "support us" appeals; messaging-channel sign-ups (Viber,
    # WhatsApp, Telegram); a podcast player's "Kuula: <show>"
    r"(?i:(este conteúdo é exclusivo para assinantes|this (content|article|story) is (exclusive|only available) "
    r"(to|for) subscribers|ce contenu est réservé aux abonnés|dieser (inhalt|artikel) ist (nur )?für abonnenten|"
    r"este contenido es exclusivo para suscriptores|questo contenuto è riservato agli abbonati|"
    # "This story is for subscribers" in Estonian, Finnish, Swedish, Norwegian, Danish, Dutch, Polish, Czech, Slovene,
    # Croatian, Hungarian, Romanian, Lithuanian, Latvian, Galician
    r"see (lugu|artikkel) on tellijatele|tämä (juttu|artikkeli) on tilaajille|(den här|denna) artikel är för "
    r"prenumeranter|denne (saken|artikkelen) er for abonnenter|denne artikel er for abonnenter|dit artikel is "
    r"(alleen )?voor abonnees|ten artykuł jest dla subskrybentów|tento článek je pro předplatitele|ta članek je za "
    r"naročnike|ovaj članak je za pretplatnike|ez a cikk előfizetőknek szól|acest articol este pentru abonați|"
    r"šis straipsnis skirtas prenumeratoriams|šis raksts ir abonentiem|este artigo é para subscritores).{0,60}|"
    r"(já é assinante|already a subscriber|déjà abonné|bereits abonnent|ya eres suscriptor|sei già abbonato|"
    r"oled juba tellija|oletko jo tilaaja|redan prenumerant|er du allerede abonnent|allerede abonnent|al abonnee|"
    r"jesteś już subskrybentem|masz już subskrypcję|už jste předplatitel|ste že naročnik|već ste pretplatnik|"
    r"már előfizető|ești deja abonat|jau esate prenumeratorius|jau esat abonents|xa es subscritor)\??.{0,30}|"
    r"(assine|subscribe|abonnez-vous|jetzt abonnieren|suscríbete|abbonati)\b.{0,80}(para continuar lendo|to (continue|keep) "
    r"reading|pour continuer à lire|um weiterzulesen|para seguir leyendo|per continuare a leggere).{0,80}|"
    r"(was this summary helpful|bu özet faydalı mıydı|cet résumé vous a-t-il été utile|war diese zusammenfassung "
    r"hilfreich|v-a fost util rezumatul|a fost util rezumatul|var resuméet nyttigt|var sammendraget nyttig|"
    r"oliko tiivistelmästä hyötyä|bolo zhrnutie užitočné|je li sažetak bio koristan|t'ha estat útil el resum|"
    r"полезно ли беше резюмето)\??.{0,20}|(підтримайте|підтримати|support us|unterstützen sie uns|soutenez-nous|apóyanos|"
    r"podržite nas|podprite nas)\b.{0,120}|"
    r"(?=.{0,200}$)(?=.*(\bjoin (us|our)\b|придружи(те)? се|pridruži(te)? se|جوائن کریں|приєднуйтес|долучайтес|"
    r"наш канал|our (channel|community)|notre (chaîne|canal)|nuestro canal|unser kanal|चैनल से जुड़ें)).{0,120}"
    r"(\b(viber|whatsapp|telegram)|viber-у|واٹس ایپ|вајбер).{0,80}|"
    r"(kuula|klausykite|poslušajte|послушајте|слухайте|pakinggan|سنیں)\s*:\s*.{1,80})|"
    # app downloads and follow pitches in Urdu, Tagalog, Albanian: "X کی ایپ ڈاؤن لوڈ کریں ...", "I-download ang X app
    # para sa ...", "Ndiqni X edhe në Instagram dhe Facebook ..."
    r"(?i:.{0,60}ایپ ڈاؤن لوڈ کریں.{0,120}|i-download ang .{1,40}\bapp\b.{0,120}|"
    r"ndiqni .{1,40}(edhe )?në (instagram|facebook|tiktok|x)\b.{0,120}|"
    # Haitian Creole "Enskri nan lèt nouvèl X pou resevwa ..." (sign up to X's newsletter to receive ...)
    r"enskri nan (lèt nouvèl|bilten) .{0,160})|"
    # a tip jar's pitch: "X is free and has no trackers. If you like it, buy us a flat white."
    r".{0,120}\b(buy|get) (us|me) an? (coffee|flat white|cuppa|beer|tea)\b.{0,60}|"
    # subscription upsells: "X Premium: read without ads for $3.99/month Start free trial"
    r".*\b([Ss]tart (your )?free (\d+[- ]day )?trial|[Rr]ead without ads|[Aa]d-free)\b.*|"
    # newsletter sign-ups and their buttons in more languages
    r"(Εγγραφείτε|Abonneer je|Schrijf je in|Prenumerera|Zapisz się|Berlangganan|Đăng ký|Abonează-te).{0,160}|"
    r"Εγγραφή|Aanmelden|Registrera dig|Zarejestruj się|Daftar sekarang|Đăng ký ngay|"
    # the "rest of the story is in the app" cut: "The full story is available in the app", "הכתבה המלאה זמינה
    # באפליקציה", "Pokračujte ve čtení v aplikaci" (a short line naming the app and reading/continuing/downloading)
    r"(?=.{0,140}$)(?=.*\b(?i:read|continue|full|open|download)\b|.*(הורידו|להמשך|המלאה|קראו|čtení|číst|otevřít|"
    r"stáhněte|weiterlesen|lesen|lire|leer|leggi|czytaj|читать|читати|olvas|okuyun|baca|đọc|อ่าน|読む|阅读|閱讀|पढ़ें|पढ़िए))"
    r".*(\b(?i:(in|on) (the|our) app)\b|באפליקציה|v aplikaci|в приложении|у застосунку|az alkalmazásban|w aplikacji|"
    r"uygulamada|di aplikasi|trong ứng dụng|ในแอป|アプリで|在\s?app|in der app|dans l'appli|en la app|no app|ऐप में|"
    r"nell'app).{0,60}|"
    # the app cut and its buttons in more languages: "Continua llegint a l'app de X", "Descarrega-la gratis",
    # "o continua llegint aquí ↓", "Pakua programu ya X upate habari popote ulipo"
    r"(?i:(continua llegint|nastavite čitati|čitajte dalje|endelea kusoma|læs videre|les videre|läs vidare|"
    r"jatka lukemista|continuă să citești|teruskan membaca|পড়া চালিয়ে যান|ادامه را بخوانید)\s+(a|u|kwenye|i|în|dalam|"
    r"در)\s+(l['’]app|l['’]aplicació|aplikaciji|programu|([\w-]+-)?appen|sovelluksessa|aplicație|aplikasi|অ্যাপে|"
    r"اپلیکیشن|برنامه).{0,100}|"
    # the cut's two buttons: "Åpne i appen Fortsett i nettleseren", "Open in the app Continue in browser"
    r"(open in (the )?app|åpne i appen|åbn i appen|öppna i appen|avaa sovelluksessa|in der app öffnen|"
    r"ouvrir dans l['’]appli(cation)?|abrir en la app|apri nell['’]app)\s*[·|]?\s*(continue in (the )?browser|"
    r"fortsett i nettleseren|fortsæt i browseren|fortsätt i webbläsaren|jatka selaimessa|im browser (fortfahren|"
    r"weiterlesen)|continuer dans le navigateur|continuar en el navegador|continua nel browser)|"
    r"(descarrega|preuzmi|pakua|hent|lataa|descarcă|muat turun|ডাউনলোড করুন|دانلود)(-la|-le|-ho)?\s+.{0,40}"
    r"(gratis|besplatno|bure|gratuit|percuma|বিনামূল্যে|رایگان|programu|aplikaciju|appen|sovellus).{0,60}|"
    r"(or|o|ili|au|eller|tai|sau|atau|یا)\s+(continue|continua|nastavi|endelea|fortsæt|jatka|continuă|teruskan)\s+"
    r"(reading|llegint|leyendo|čitati|kusoma|læsning|lukemista|să citești|membaca)\s+(here|aquí|ovdje|hapa|her|tästä|"
    r"aici|di sini)\s*[↓⬇]?|"
    # newsletters in more languages: "Svakog jutra najvažnije vijesti ... u vašem sandučiću. Pretplatite se"
    r".{0,120}(in your inbox|u vašem sandučiću|dans votre boîte( mail| de réception)?|en tu (bandeja|correo)|"
    r"in (deinem|ihrem) postfach|in je inbox|i din indbakke|postilaatikkoosi|în inbox|dalam peti masuk|kwenye kikasha|"
    r"ইনবক্সে|در صندوق).{0,80}|"
    # a messaging channel's sign-up: "Pata habari za X moja kwa moja kwenye WhatsApp. Jiunge"
    r"(?=.{0,160}$).{0,100}\b(on|kwenye|en|auf|sur|su|no|pe|di|på|na)\s+(whatsapp|telegram)\b.{0,20}"
    r"\b(join|jiunge|únete|rejoignez|abonnieren|iscriviti|pridružite se|tilmeld|liity|alătură-te|sertai|follow|"
    r"segui|síguenos|suivez|folgen)\b.{0,20})|"
    # a Chinese portal's app banner: "拾闻 打开拾闻APP，阅读体验更佳 打开APP", "下载APP 阅读全文"
    r".{0,40}(打开|打開|下载|下載)\s*\S{0,8}?(?i:app).{0,40}|"
    # a read-later app's digest upsell: "Your highlights, every Sunday", "Get a weekly email digest that ..."
    r"(?i:your highlights,? every \w+|get a (weekly|daily) (email )?digest\b.{0,100})|"
    # a channel's follow upsell: "Segui X e attiva le notifiche", "Follow X and turn on notifications"
    r"(?i:(follow|segui|folge|suivez|sigue|siga|obserwuj) .{1,40} (and|e|und|et|y|i) (turn on|activate|attiva|"
    r"aktiviere|activez|activa|ative|włącz) (the |le |die |les |las |as )?(notifications|notifiche|benachrichtigungen|"
    r"notificaciones|notificações|powiadomienia).{0,60})|"
    # a channel preview's button to its app: "View in Telegram", "Visualizza in Relay", "In Relay ansehen"
    r"(?i:(view|open) in \S{2,20}( app)?|visualizza in \S{2,20}|apri in \S{2,20}|voir dans \S{2,20}|"
    r"ver en \S{2,20}|abrir (en|no) \S{2,20}|in \S{2,20} (ansehen|öffnen))|"
    # "Download Newsly for free and read every story ...", "הורידו את עיתונית בחינם"
    r"(?i:download \S.{0,30} (for )?free\b.{0,100}|הורידו את .{1,30} בחינם.{0,100})|"
    # a newsletter's sponsor line: "Today's issue is brought to you by X. ..."
    r"(?i:(this|today's|today’s) (issue|newsletter|edition|email) is (brought to you|sponsored|presented|supported) by .{1,200})|"
    # an "ask the AI about this article" box: "Ask Riverfeed AI", "Get the key points of this article, or ask ..."
    # ... or a database's "New: Research Assistant (beta) Ask a question about this document or generate a summary
    # with AI"
    # Hindi "follow X on WhatsApp (and get the big news first)": "जनसेतु को व्हाट्सऐप पर फ़ॉलो करें और ..."
    r".{1,40} को (व्हाट्सऐप|व्हाट्सएप|गूगल न्यूज़|गूगल न्यूज|टेलीग्राम|इंस्टाग्राम|फ़ेसबुक|फेसबुक|यूट्यूब) पर "
    r"(फ़ॉलो|फॉलो|सब्सक्राइब|ज्वाइन) करें.{0,120}|"
    # (a badge before it: "AI Ask Dogear AI to summarise this article"; "ask our AI what ...", "Ask Around Here AI")
    r"(?i:(\S{1,30}( \S{1,30})?:\s+)?((ai|new|beta|neu|nouveau|nuevo|novo)\s+)?ask( the| our)?( \S{1,30}){0,2} ai\b.{0,80}|"
    # an AI feature's pitch: "Catch up faster: let Feedhollow AI summarise your unread entries", "Explain what changed
    # with Redline AI"
    r".{0,60}\b(let|with|using|via) \S{1,30}( \S{1,30})? ai( summari[sz]e\b.{0,80})?|get the key points of this (article|story).{0,80}|"
    r"(new:?\s*)?(\w+ )?assistant \(beta\).{0,160}|.{0,60}\bask (a question|questions) about this (document|article|"
    r"story|page).{0,120}|.{0,80}\bgenerate (a|an ai) summary\b.{0,60})|"
    # push-notification upsells: "地域のニュースをプッシュ通知で受け取りませんか？", "通知を受け取る", "开启推送通知"
    r".{0,40}(プッシュ通知|通知を受け取る|通知をオン|推送通知|開啟通知|开启通知|알림 받기|푸시 알림).{0,40}|"
    # reaction bars: "この記事についてどう思う？ なるほど 128 驚いた 36 うれしい 210", "Like 12 Love 3 Wow 1"
    r"(.{0,30}[?？]\s*)?([^\W\d_]{1,12}(\s[^\W\d_]{1,12})?\s+\d{1,6}\s*){3,})\s*$",
)
# Lines closing a news article that credit its makers or say how to reach them: "Reporting by X; Editing by Y",
# "(Reporting by X, editing by Y)", "AP writers X and Y contributed to this report", "X may be reached at x@y.com",
# "Email X at x@y.com or follow him @x", and the German / Spanish / French agency notes "Mit Material von dpa",
# "Con información de EFE", "Avec AFP".
CREDIT_LINE = LineRule(
    rx(
        r"^\s*\(?\s*((additional )?(reporting|writing|editing|research|produced|compiled) by\b.{2,300}|"
        r"(email|e-mail|contact)\s+.{2,60}\s+at\s+\S+@\S+.{0,160}|"
        r"mit material von .{2,60}|con información de .{2,60}|avec (l'?afp|afp|reuters|ap)\b.{0,40}|"
        # the editor's credit under Chinese / Japanese / Korean stories: "责任编辑：周敏", "（編集：X）", "편집: X"
        r"(责任编辑|責任編輯|编辑|編輯|編集|校对|편집|redaktion|edited by)\s*[:：፡፦]\s*.{1,30}|"
        # the writer's name in full-width brackets closing a Japanese story: "（森下瑞穂）"
        r"（[^（）\d]{2,10}）)\s*\)?\s*$",
        re.IGNORECASE),
    rx(  # anchored: searched only in lines holding "contributed" or "reached at"
        r"^\s*\(?\s*(.{2,200}\bcontributed (reporting|to this (report|article|story))\b.{0,120}|"
        r".{0,120}\b(may|can) be reached at\s+\S+@\S+.{0,160})\s*\)?\s*$",
        re.IGNORECASE),
    ("contributed", "reached at"),
)
# Promo lines that close an article: membership pitches, print-subscription offers, "follow us" prompts.
CLOSING_PROMO = rx(
    r"^\s*(if you (enjoyed|liked|valued) this (article|story|piece).{0,300}|"
    # an opinion piece's closing disclaimer and its writer's one-line bio: "The views in this column are the author's
    # own ...", "Priya Raman is an emergency physician ... She writes a monthly column for The Capital Lantern."
    r"(the )?(views|opinions) (expressed )?(in this (column|article|piece|op-ed|commentary|essay) )?are (the author['’]s|"
    r"those of the author|(his|her|their) own)\b.{0,200}|"
    r"(?-i:[A-Z])[\w'’.-]+( (?-i:[A-Z])[\w'’.-]+){1,3} is (a|an) .{5,200}?\. (she|he|they) (writes|write|contributes) "
    r"(a|an) ((monthly|weekly|fortnightly|regular|daily) )?(column|newsletter)\b.{0,120}|"
    # a reprint licence note closing the story: "Reproduced from The Capital Lantern under X's licence."
    r"reproduced from (?-i:[A-Z]).{2,200}|"
    r"get .{2,60} delivered (through your letterbox|to your door|to your inbox).{0,200}|"
    r"let our news meet your inbox.{0,200}|follow (us|@\w+) on (twitter|facebook|instagram|x)\b.{0,200}|"
    r"support .{2,40} (and|so) .{0,200}|join our .{2,40} (forums?|community|discord).{0,200}|"
    # newsletter platforms' boilerplate: "X is a reader-supported publication...", "Thanks for reading X! Subscribe..."
    r".{2,60} is a reader-supported publication.{0,200}|thanks for reading .{1,60}[!.].{0,160}|ready for more\?|"
    # reaction rows: "41 likes 10 comments 3 restacks Share", "10 Share"
    r"(\d+\s*(likes?|comments?|restacks?|shares?|reactions?|views?)\s*)+(share)?|\d+\s+share)\s*$",
    re.IGNORECASE)
# Affiliate disclosures under a story: "Advertising disclosure: We may receive compensation for some of the links in
# our stories", "NOTE: The advertising disclaimer below does not apply ...", "As an Amazon Associate I earn ..." (a bare
# "Disclosure: X may earn a commission ..." over a review is the article's: ScrapingHub keeps it). The label may sit
# anywhere in a short line: searched only in lines that say "disclosure" or "disclaimer".
AFFILIATE_LINE = LineRule(
    rx(r"^\s*((we|this (site|blog|post|article|page)|i) (may )?(receive|earn|get|contains?) (a )?(small )?(compensation|"
       r"commission|affiliate links?)\b.{0,200}|as an amazon associate\b.{0,200})\s*$", re.IGNORECASE),
    rx(r"^(?=.{0,400}$).{0,80}\b(advertising|affiliate|affiliate[- ]link) (disclosure|disclaimer)\b", re.IGNORECASE),
    ("isclosure", "isclaimer", "ISCLOSURE", "ISCLAIMER"), fold=False,
)
# Headers of sponsored / ad / newsletter blocks ("Sponsored Content", "Paid Content", "Contenu sponsorisé").
TEXT_PROMO_HEADER = phrases(
    r"sponsored( content| stories| links)?", r"paid (content|post)", r"partner content", r"promoted( stories| content)?",
    r"from our partners", r"contenu sponsorisé", r"contenido patrocinado", r"conteúdo patrocinado",
    r"contenuto sponsorizzato", r"gesponserte? (inhalte|artikel)", r"推广", r"प्रायोजित",
    r"get the (morning|evening|daily) briefing", r"stay informed,? every (morning|day)",
)
# The button of a subscription, channel or offer box, a short line of its own under the box's pitch ("Recibe cada mañá
# as novas no correo" / "Subscribirme", "Irċievi l-aħbarijiet kull filgħodu." / "Abbona", "... kanalimizga obuna
# boʻling" / "Obuna boʻlish", "Get the Roundup with Roundup Plus" / "Upgrade", a notification prompt's "Yes, allow
# Not now"): subscribe, join, upgrade, try-free, allow and order verbs in the languages we meet.
CTA_BUTTON = rx(
    r"^\s*(\S{1,12}\s*[:：፡፦]\s*)?("  # (a form's field label before it: "E-pošta: Naroči me")
    r"subscribe( now| today| for free)?|subscribirme|suscribirme|subscr[ií]bete|assinar( agora)?|subscrever|abbona(ti|rsi)?|"
    # an app box's button: "Åpne appen", "Open the app", "App öffnen", "Ouvrir l'application", "Abrir la app"
    r"åpne appen|åbn appen|öppna appen|open (the )?app|app öffnen|ouvrir l['’]application|abrir la app|abrir o app|"
    r"apri l['’]app|avaa sovellus|otevřít aplikaci|otwórz aplikację|"
    # a sponsor box's button: "Shop now", "Buy now", "Order now", Tamil "இப்போதே வாங்குங்கள்", Hindi "अभी खरीदें"
    r"shop now|buy now|order now|இப்போதே வாங்குங்கள்|अभी खरीदें|"
    # a store's wishlist button: "Add to wishlist", "Adicionar à lista de desejos", "Zur Wunschliste hinzufügen",
    # "Ajouter à la liste de souhaits", "Añadir a la lista de deseados", "ウィッシュリストに追加", "Добавить в желаемое"
    r"add to (your )?wish ?list|adicionar à (lista de desejos|wishlist)|zur wunschliste hinzufügen|auf die wunschliste|"
    r"ajouter à (la |ma )?liste de souhaits|añadir a (la |tu )?lista de deseados|aggiungi alla lista dei desideri|"
    r"ウィッシュリストに追加|添加到愿望单|добавить в (желаемое|список желаемого)|"
    # a booking card's button: "See availability", "Book now", "View deal", "Verfügbarkeit prüfen", "Voir les disponibilités"
    r"(see|check|view) availability|book now|reserve now|(view|see|get) (the )?deal|verfügbarkeit (prüfen|anzeigen)|"
    r"jetzt buchen|voir les disponibilités|réserver|ver disponibilidad|reservar( ahora)?|"
    # a shop card's button under a recipe or a review: "Add to cart", "Afegeix a la cistella", "In den Warenkorb"
    r"add to (cart|basket|bag|trolley)|afegeix a la cistella|añadir al (carrito|cesta)|añadir a la cesta|"
    r"ajouter au panier|in den warenkorb( legen)?|aggiungi al carrello|adicionar ao carrinho|"
    r"(voeg toe aan|in) (de )?winkelwagen|dodaj do koszyka|lägg i varukorgen|læg i kurv(en)?|legg i handlekurven?|"
    r"lisää ostoskoriin|kosárba( teszem)?|přidat do košíku|pridať do košíka|sepete ekle|"
    r"abonnieren|je m['’]abonne|naroči (me|se)|naročite se|pretplati(te)? se|претплати(те)? се|odebírat|odoberať|"
    r"přihlásit se( k odběru)?|prihlásiť sa|tilaa|telli|abonēt|užsiprenumeruoti|prenumeruoti|iratkozz fel|feliratkozom|"
    r"mă abonez|subskrybuję|подписаться|подпишитесь|підписатися|підпишіться|падпісацца|падпішыцеся|абонирай(те)? се|"
    r"абонирај се|жазылу|жазылыңыз|obuna bo['ʻ‘’]l(ish|ing)|abunə ol(un)?|გამოწერა|გამოიწერეთ|բաժանորդագրվել|"
    r"գրանցվել( անվճար)?|הירשמו|اشترك( الآن)?|انضم( الآن| إلينا)?|مشترک شوید|सदस्यता लें|सदस्यता लिनुहोस्|सब्सक्राइब करें|(இப்போதே )?சந்தா செலுத்து\w*|"
    r"jiandikishe|mag-subscribe|đăng ký ngay|購読する|구독하기|"
    r"join( now| us| free)?|придружи(те)? се|приєднатися|присоединиться|pridruži se|csatlakozz|dołącz|ቻናሉን ይቀላቀሉ|"
    r"upgrade( now)?|try (it |\S+ ){0,2}free( for [\w ]{1,20})?|start (your |a )?free trial|see (rates|offers|plans)|"
    r"((yes|да|так|tak|ja|oui|sí|sim),?\s)?(allow|разреши|дозволи|дозволити|разрешить)( notifications)?( not now| не сега| не зараз| не сейчас)?|"
    r"order now|ઑર્ડર કરો|ऑर्डर करें|saņemt kuponu|get (the )?(coupon|offer|deal)|"
    # a vendor's and a member-funded site's buttons: "Book a demo", "Request a demo", "Hazte socio", "Torne-se sócio"
    r"(book|request|schedule|get) a( free)? demo|hazte (socio|socia|suscriptor|miembro)|torne-se (sócio|assinante)|"
    # an obituary page's buttons: "Send Flowers", "Plant Trees", "Share a memory", "Sign the guest book"
    r"send flowers|plant (a )?trees?|share a (memory|condolence)|light a candle|sign (the )?guest ?book|"
    r"werde mitglied|devenez (membre|abonné)|"
    # sign-ups, app downloads and donations in more languages: "Sign up", "Teken (nou) in" (Afrikaans), "Jiunge sasa"
    # (Swahili), "عضویت" (Persian "membership"), "Gje eit bidrag" (Nynorsk "give a contribution"), "Buy us a coffee"
    r"sign (me )?up( now| for free)?|download( now| the app)?|install( the app)?|get the app|teken (nou )?in|"
    r"inschrijven|schrijf je in|aanmelden|jiunge( sasa| nasi)?|عضویت|عضو شوید|abonner( nå)?|registrer deg|tilmeld( dig)?|"
    r"prenumerera|bli (medlem|abonnent)|langgan( sekarang)?|daftar( sekarang)?|sertai( kami)?|"
    r"(donate|give|support us|contribute)( now| today)?|become a (member|supporter)|buy us a (coffee|flat white)|"
    r"(jetzt )?spenden|faire un don|haz una donación|doar|gi et bidrag|gje eit bidrag|støtt oss|stø oss|"
    r"gi en gave|ge ett bidrag|anna lahjoitus|"
    # Esperanto "Aboni", Icelandic "Skrá", "Skráðu þig", Haitian Creole "Enskri", Frisian "Abonnearje", Albanian
    # "Abonohu", Welsh "Tanysgrifio"
    r"aboni|abonu|skrá( mig)?|skráðu þig|enskri( kounye a)?|abonnearje|abonohu|tanysgrifio|tanysgrifiwch|"
    # Lithuanian "Išbandyti" (try it), Frisian "Oanmelde" (sign up), Tagalog "Mag-subscribe", Albanian "Provo"
    r"išbandyti|išbandykite|oanmelde|meld dy oan|provo falas)"
    r"(\s*[—–-]\s*\S.{0,30})?\s*[.!]?\s*$",  # (a price after it: "გამოწერა — 8 ლარი თვეში")
    re.IGNORECASE,
)
# Quotation marks of any language: a line holding one quotes someone (a story's paragraph, not a box's pitch).
QUOTE_MARK = rx(r"[\"“”„«»‹›「」『』]")
# Cookie / consent banners: their titles and the button rows that end them.
CONSENT_LINE = rx(
    r"^\s*(we value your privacy|your privacy( choices| matters.*)?|cookies? on .{1,40}|privacy (settings|choices)|"
    r"cookie (settings|preferences|policy|consent|notice)|.*\b(we|this site|this website) uses? cookies\b.*|"
    r"we and our partners store.*|nous respectons votre vie privée|wir respektieren ihre privatsphäre|"
    r"respetamos tu privacidad|sua privacidade.*|la tua privacy.*|"
    # the same banners in other languages: "Vos choix concernant les cookies", "X et ses partenaires utilisent des
    # cookies pour ...", "Wir verwenden Cookies ...", "Utilizamos cookies ..."
    r"(vos choix|your choices|ihre auswahl|sus opciones|le tue scelte) (concernant|regarding|about|zu|sobre|sui) "
    r"(les |den |los |i )?cookies?|(gestion|paramètres) des cookies|cookie-einstellungen|"
    r".{0,60}\b(utilisent|utilise|utilisons|verwenden|verwendet|nutzen|nutzt|utiliza|utilizamos|usamos|usa|"
    r"utilizza|utilizziamo|gebruikt|gebruiken|używa|używamy|använder|bruger|bruker|использует|используем|"
    # Ukrainian, Belarusian, Bulgarian, Serbo-Croatian, Slovene, Czech, Slovak, Baltic, Finnic, Turkish, Indonesian,
    # Vietnamese, Greek, Romanian, Hungarian "we use (files) cookies"
    r"використовуємо|використовує|выкарыстоўваем|използваме|използва|користимо|koristimo|koristi|uporabljamo|"
    r"používáme|používame|naudojame|izmantojam|kasutame|käytämme|kullanıyoruz|kullanır|menggunakan|sử dụng|"
    r"χρησιμοποιούμε|folosim|folosește|használunk|használ) "
    r"(des |de |i |los |les |die |файлы |файли |файлове |datoteke |soubory |súbory |tệp |αρχεία |fișiere )?"
    r"(\w+ )?cookies?\b.*|"
    r"((accept|reject|decline|allow|manage|agree|disagree|customi[sz]e|tout accepter|tout refuser|alle akzeptieren|"
    r"ablehnen|aceptar( todo)?|rechazar( todo)?|aceitar|rejeitar|accetta|rifiuta|सभी स्वीकार करें|अस्वीकार करें|"
    r"paramétrer|personnaliser|einstellungen|configurar|personalizar|impostazioni|personalizza|"
    r"प्राथमिकताएँ|全部接受|拒绝)\s*(all|cookies|preferences|options|settings)?\s*)+)\s*$",
    re.IGNORECASE,
)
# Footer lines: copyright notices and glued link rows ("Privacy & CookiesTerms of useAdvertiseHelp").
FOOTER_LINE = rx(
    r"^\s*((©|\(c\)|copyright)\s*\d{4}.*|.*\ball rights reserved\.?|feedback|"
    # a site builder's page footer: "Page updated", "Report abuse", "Made with Sites" (a community site's last rows)
    r"report abuse|page (updated|details)|made with (google )?sites|"
    # a board or page builder's badge row: "Made with Tackboard", "Made with TackboardMake a boardReport" (glued)
    r"(made with|erstellt mit|gemacht mit|créé avec|fait avec|hecho con|creado con|feito com|criado com|creato con|"
    r"realizzato con|gemaakt met) \w+(\s*(make an? \w+|report|sign up( for free)?|log in|get started|create your own|"
    r"board erstellen|melden|créer un \w+|signaler|crear un \w+|denunciar|criar um \w+)){0,3}|"
    r"((privacy policy|privacy & cookies|privacy|terms of (use|service)|terms|advertise|contact( us)?|about( us)?|"
    r"careers|help|sitemap|cookie settings|editorial policy|grievance redressal|your privacy choices|imprint|"
    r"impressum|datenschutz|mentions légales|aviso legal|contatti|संपर्क)\s*[|·•]?\s*){3,})\s*$",
    re.IGNORECASE,
)
# A breadcrumb trail's label and the trail after it: "You are here: Home / News / Transport", "Sie sind hier:
# Startseite / Verband / Titel", "Vous êtes ici : Accueil > Actualités" (never a headline or a paragraph); or the label
# alone over the trail's items ("Sou aquí:" as a list's first item, Catalan).
YOU_ARE_HERE = rx(r"^\s*(you are here|sie sind hier|vous êtes ici|usted está aquí|estás aquí|está aqui|você está aqui|"
                  r"sou aquí|ets aquí|sei qui|"
                  r"ti trovi (qui|in)|u bent hier|jesteś tutaj|du är här|du er her|olet tässä|nacházíte se|nachádzate sa|"
                  r"ön itt van|nahajate se|nalazite se|buradasınız|вы здесь|ви тут|ви знаходитесь|είστε εδώ|jste zde)\s*[:：]\s*(\S.{0,200})?$",
                  re.IGNORECASE)
# Site chrome lines: weather widgets, sign-in links, search boxes, social follower counts.
CHROME_LINE = rx(
    r"^\s*(-?\d{1,3}\s*°\s*[CF]?\b.{0,30}|sign in|sign up|log ?in|register|search|menu|skip to (main )?content|"
    # a post's geotag with its coordinates: "Location: Janakpurdham, Dhanusha, Nepal (26.7288, 85.9263) | View"
    r"(location|lieu|ort|ubicación|localização|posizione|местоположение)\s*[:：]\s*[^\n]{1,80}\(\s*-?\d{1,3}\.\d+,\s*"
    r"-?\d{1,3}\.\d+\s*\)(\s*\|\s*\w+( \w+){0,2})?|"
    # a help center's contact line closing an article: "Masz pytanie o nowe linie? Napisz do nas przez formularz
    # zgłoszeń.", "Have a question about this? Contact us.", "Fragen? Schreiben Sie uns."
    r"((have|got) (a |any )?(questions?|query)|questions|masz (pytanie|pytania)|(noch )?fragen|une question|des questions|"
    r"¿?(tienes|tiene) (alguna )?(pregunta|duda)s?|(tem|tens) (alguma )?(pergunta|dúvida)s?)[^?]{0,60}\?\s+"
    r"(write|contact|send|email|message|napisz|skontaktuj|schreiben|kontaktieren|écrivez|contactez|escríbenos|"
    r"contáctanos|escreva|fale)\b.{0,100}|"
    # a translator's bracketed note between a translated story's paragraphs (not the original's text): "[Translator's
    # note: ...]", "[अनुवादकक टिप्पणी: ...]" (Maithili), "[Note du traducteur : ...]", "[译者注：...]"
    r"[\[［]\s*(translator['’]?s note|note du traducteur|nota del traductor|nota do tradutor|nota del traduttore|"
    r"anmerkung de[rs] übersetzer(in|s)?|anm\. d\. übers\.|примечание переводчика|译者注|譯者注|訳注|"
    r"अनुवादकक टिप्पणी|अनुवादक की टिप्पणी|अनुवादकको टिप्पणी|t\.?n\.?)\s*[:：][^\]］]{1,600}[\]］]|"
    # a wiki's section edit link on its own line: "[edit]", "[Bearbeiten | Quelltext bearbeiten]", "[modifier]"
    r"\[?(edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|editar código|modifica|"
    r"modifica wikitesto|bewerken|brontekst bewerken|edytuj|edytuj kod|upravit|redigera|redigér|rediger|muokkaa|"
    r"szerkesztés|править|править код|редагувати|編集|编辑|編輯|sửa|sửa mã nguồn|uredi|upraviť|düzenle|sunting|bewurkje|"
    r"แก้|עריכה|עריכת קוד מקור|تعديل|ویرایش|संपादित करें|编辑源代码)( \| [^\]]{1,30})?\]?|"
    r"se connecter|anmelden|iniciar sesión|accedi|登录|लॉग इन|"
    # "expand the full text" buttons over a collapsed article: "展开全文", "続きを読む" stays (a link out)
    r"展开全文|展開全文|阅读全文|閱讀全文|show full (text|article)|expand( article)?|"
    # an expander's or a drop-down's button: "Lasīt vairāk ▾", "Read more ▼", "Sections ⌄" (a few words, a down arrow)
    r"[^\W\d_][^\n]{0,30}?\s*[▾▼⌄⌵]|ادامه (مطلب|خبر)|ادامه را بخوانید|"
    # a lite page's note on itself: "Lite mode: images are hidden to save data. Show the full page", "Жеңіл нұсқа:
    # 38 КБ, суреттер өшірулі. Толық нұсқа", "Wersja lekka: ..." (what the page is, and a link to the full one)
    r"(lite|light|text-only|low-data) (mode|version|edition|page)\s*[:：].{0,160}|data saver( mode)?\s*[:：].{0,160}|"
    r"(жеңіл нұсқа|облегч[её]нная версия|л[её]гкая версия|полегшена версія|(wersja|verze|verzia) (lekka|odlehčená|odľahčená)|"
    r"(lekka|odlehčená) (wersja|verze)|version allégée|versión (ligera|liviana)|versione leggera|leichte version|"
    r"phiên bản (nhẹ|rút gọn)|versi ringan|hafif sürüm)\s*[:：].{0,160}|"
    r"[\d.,]+\s*(fans|followers|subscribers)\s*(like|follow|subscribe)|"
    # a CMS's article info block (Joomla, Drupal): "Details", "Category: Local News", "Hits: 2841", "Tags: X, Y"
    # a reader's view toolbar: "Page view Text view Zoom", "Text view Listen Translate"
    r"(((page|text|reader|print|original) view|zoom( in| out)?|listen|translate|font size|a\+|a-)\s*){2,}|"
    # a reader pane's toolbar: "Lukunäkymä Avaa alkuperäinen ↗ · Sulje", "Reader view Open original ↗ · Close"
    r"(((reader view|lukunäkymä|leseansicht|mode lecture|vista de lectura|læsevisning|läsläge)|(open|avaa|öffnen|"
    r"ouvrir|abrir|apri|åbn|öppna|otwórz) (the )?(original|alkuperäinen|l['’]original|originale|originalen)|"
    r"close|sulje|schließen|fermer|cerrar|chiudi|luk|stäng|zamknij)[\s↗·|•]*){2,}|"
    # a search-result record's pager: "‹ Back to results Document 3 of 128 < Previous | Next >", "Results (128)"
    r"\W{0,2}(back to (the )?(search )?results|zurück zu(r|den) (trefferliste|ergebnissen)|retour aux résultats|"
    r"volver a (los )?resultados|torna ai risultati|voltar aos resultados|document \d+ of \d+)\b.{0,60}|"
    r"(results|ergebnisse|résultats|resultados|risultati|treffer)\s*\(\d[\d,.]*\)|"
    # a document published to the web: its bar ("Published using Google Docs · Report abuse · Learn more", "Publié à
    # l'aide de Documents X Signaler un abus En savoir plus") and its note "Updated automatically every 5 minutes"
    r"(published using|publié à l['’]aide de|pubblicato utilizzando|veröffentlicht mit|publicado (con|usando|com)|"
    r"gepubliceerd met) \S.{1,120}|(updated automatically every|mis à jour automatiquement toutes les|aggiornato "
    r"automaticamente ogni|automatisch alle|actualizado automáticamente cada|atualizado automaticamente a cada|"
    r"automatisch bijgewerkt elke) \d+ (minutes|minuti|minuten|minutos)( aktualisiert)?|"
    # a blog theme's link back to its list over the post: "← Back to news", "Retour au blog", "Zurück zur Übersicht",
    # "العودة إلى الأخبار", "Enavos a las novitads" (Romansh)
    r"[←‹«<]?\s*((back|return) to (the )?(news|blog|posts|articles|overview|list|index|archive|all posts)|"
    r"retour (aux|à la|au|à l['’]) ?(actualités|nouvelles|articles|blog|liste|accueil des actualités)|"
    r"zurück zu(r|den|m) (news|blog|übersicht|artikeln|beiträgen|newsübersicht)|"
    r"volver a (las )?(noticias|novedades|entradas|blog)|torna (alle|al) (notizie|novità|blog|articoli)|"
    r"voltar (às|ao|para as) (notícias|novidades|blog)|terug naar (het )?(nieuws|overzicht|blog)|"
    r"العودة (إلى|الى) (الأخبار|المدونة|القائمة|المقالات)|enavos a las novitads|turnà a las novitads)|"
    # the record's view tabs: "Full Text", "Full Text Abstract/Details", "Abstract/Details"
    r"full text|translate|übersetzen|traduire|traducir|tradurre|traduzir|((full text|abstract|details|citation|full record|volltext|texte intégral|texto completo)\s*/?\s*){2,}|"
    r"details|(category|categories|kategorie|catégorie|categoría|categoria|rubrik|rubrique|sección)\s*[:：፡፦]\s*.{1,80}|"
    r"(hits|views|aufrufe|zugriffe|vues|visitas|visualizações|visite|wyświetlenia|görüntülenme|ogledov|прегледа|"
    r"pregleda|peržiūros|vaatamisi|zobrazenia|переглядів|переглядів|مناظر)\s*[:：፡፦]\s*[\d.,\s]+|"
    # "found a typo? select it and press Ctrl+Enter", a permalink, a "how to cite" box's label, a player's clock
    # ... "Spotted an error in this clipping? Tell the Comms team.", "Noticed a mistake? Let us know."
    r"(помітили помилку|нашли ошибку|(found|spotted|noticed|see|seen) (a|an) (typo|error|mistake)|zauważyłeś błąd|"
    r"uočili ste grešku|fehler (gefunden|entdeckt)|vous avez (repéré|trouvé|vu) une (erreur|faute|coquille)|"
    r"¿(has )?(encontrado|visto) un error|"
    r"опазили сте грешку|našli ste chybu)\??.{0,200}|.{0,120}\bctrl\s*\+\s*enter\b.{0,120}|"
    r"permalink|постійне посилання|trvalý odkaz|stalna povezava|trajna poveznica|"
    r"how to cite( this( article| text)?)?|како цитирати( овај текст)?|kako citirati( ovaj tekst)?|jak cytować|"
    r"wie zitieren|comment citer|cómo citar|"
    r"[▶►⏵]?\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})\s*$",
    re.IGNORECASE,
)
# An AI feature's button or label, marked with the sparkles glyph AI features carry since 2023: "✨ Iris përmbledh",
# "✨ Vra Uitkyk-KI oor hierdie artikel", "✨ Ask AI about this story" (a short line only).
_SPARKLE = rx(r"^\s*✨\ufe0f?\s*(?P<label>\S[^\n]{0,58})$")
# The glyphs that mark an AI feature (sparkles, four-pointed stars) opening a short label over a summary box's
# bullets: "✨ Generated by AI", "✦ Summary by Parallax AI", "✨ Iris përmbledh" (an assistant's name, "summarises").
AI_GLYPH_LABEL = rx(r"^\s*[✨✦✧❇]\ufe0f?\s*\S[^\n]{0,58}$")


class SparkleRule:
    """A short line led by the sparkles glyph, unless it labels an AI summary box (read with its bullets)."""

    def match(self, text: str) -> re.Match | None:
        """The match, or None for other lines and for "✨ Yapay zekâ ile oluşturulan özet"-like box labels."""
        m = _SPARKLE.match(text)
        return m if m is not None and not AI_SUMMARY_LABEL.match(m.group("label")) else None


AI_SPARKLE = SparkleRule()
# A toolbar whose icon-font ligatures innerText prints as words (Material Symbols): two or more snake_case names
# in a short line without code punctuation or two plain lower-case words in a row (prose: "the file_name and user_id
# fields are required") ("sparkles AI सारांश speaker_2 सुनें textformat_size A+", "heart 1.2K ·
# hand_thumbsup 860 · chat_bubble 3 · logo_whatsapp शेयर करें").
ICON_ROW = rx(r"^(?=.{0,120}$)(?![^=(){};<>]*[=(){};<>])(?!.*\b[a-z]{2,}\s+[a-z]{2,}\b)"  # no code, no two plain words
              r"(?=(.*?\b[a-z]+_[a-z0-9]+\b){2}).*$")
# A link aggregator's headline with the linked site's host after it: "Title (ashgroveherald.example)".
TITLE_HOST = rx(r"^(?P<title>.{10,}?)\s+\((www\.)?(?P<host>[a-z0-9][a-z0-9-]{0,62}(\.[a-z0-9-]{2,63}){1,3})\)\s*$")
# Breadcrumbs: "Home » World » Title", "Accueil > Monde > Titre".
# Line ends after which a fixed-width text does not go on in the next line (a sentence, a label, a quote closed).
WRAP_CLOSERS = (".", "!", "?", ":", ";", "…", "\"", "”", "»", ")", "。", "！", "？", "|")
CRUMB_SEPARATOR = rx(r"\s[»›>]\s")  # one separator between two crumbs
BREADCRUMB = rx(r"^\s*[^»›>\n]{1,40}(\s*[»›>]\s*[^»›>\n]{1,60}){0,4}\s*[»›>]\s*(?P<last>[^»›>\n]{3,300})$")
# Things read as an outlet name that are none: a photo credit in brackets, a time of day ("09:40"), a label ending in a colon
# ("Compartilhe:", "Share:"), an audio player's voice notice. Outlet names are short and capitalised.
# A release's label before its date, no outlet: "NEWS RELEASE 13-May-2025", "Article Publication Date 12-May-2025".
RELEASE_LABEL = (r"^((news|press|media) release|pressemitteilung|communiqué( de presse)?|nota de prensa|"
                 r"comunicato stampa|persbericht)\s*$|\b(publication|release|posting|issue) date\b")
IS_RELEASE_LABEL = rx(RELEASE_LABEL, re.IGNORECASE)
# A picture's file name printed as its alt text ("simonIMG_0450 (1)", "DSC_0123.jpg"): never a name next to a headline.
# A code host's file path row over a rendered file: "tidewatch / press / 2026-01-harwick-examiner.md", a document's
# name ("Annual_report_2025.pdf"): no headline ends in a file name.
FILE_PATH_LINE = rx(r"(^|\s/\s|/)[^/\s]+\.(md|markdown|txt|html?|pdf|docx?|rst|json|ya?ml|csv|xml|odt|rtf|xlsx?)$",
                    re.IGNORECASE)
FILE_NAME_TEXT = rx(r"(img|dsc|dscn|pxl|dji|gopr|photo|foto)[_-]?\d{3,}|\.(jpe?g|png|gif|webp|heic)\b", re.IGNORECASE)
NOT_OUTLET = rx(r"^\(|^#[^\s#]|^(von|by|par|por|di|de|da|door|av|af|przez|od|от|від|tarafından)\s*:?\s*$|"
                # a label that ends on its preposition: "Report from" (over "January 14, 2026"), "Posted by"
                r"\s(from|by|of|via|von|vom|aus|par|du|door|av|af)\s*$|"
                # a link or tab label: "Full article", "Full story", "Story", "Saved 3 days ago" (a read-later list)
                r"^(full (article|story|text|coverage)|story|article|saved( \d+ \w+ ago)?)\s*$|"
                # a link post's sharer row: "Shared by salamanca_sam in Hobart", "Posted by X", "Geteilt von X"
                r"^(shared|posted|submitted|geteilt|partagé|compartido|condiviso|gedeeld) (by|von|par|por|da|door)\s|"
                # a live page's badge over its headline: "LIVE", "Live updates", "EN DIRECT", "EN VIVO", "NA ŽIVO"
                r"^(live( updates| blog| ticker| now)?|breaking( news)?|en direct|en vivo|ao vivo|in diretta|na živo|"
                r"naživo|liveticker|live-ticker|canlı|ζωντανά|на живо|наживо|прямой эфир|실시간|ライブ|直播)\s*$|"
                # a number in a series: a podcast's "EPISODE 412" row over the episode's title, "Issue 88", "Part 2"
                r"^(episode|ep\.|chapter|part|issue|vol\.|volume|season|no\.|épisode|folge|capítulo|episodio)\s*#?\d+\s*$|"
                # a person's social profile ("Marta Quill (@martaquill)"): a writer, never an outlet
                r"\(@[\w.]{2,30}\)\s*$|\d{1,2}[:h.]\d{2}\b|^\W*\w[\w\s\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]{0,20}:(\s|$)|\b(whatsapp|facebook|telegram|twitter)\b|"
                        r"\b(premium|subscriber|subscription|pro) feature\b|text-to-speech|^page [a-z]?\d{1,3}$|"
                        # a chat assistant's share page: "Shared conversation · 14 January 2026"
                        r"^shared (conversation|chat|thread|link|note)s?$|"
                        r"версия для печати|print (version|this)|druckversion|version imprimable|versione stampabile|"
                        # photo/illustration credits, "translated from", post counters, crumb trails, no letters
                        r"\b(photo(graph)?s?|illustrations?|words|video|graphics?) by\b|^(traduit de|translated from|"
                        # an audio edition's narrator: "Read by Lena Ortiz", "Narrated by X", "Gelesen von X"
                        r"read by|narrated by|voiced by|gelesen von|lu par|narrado por|letto da|"
                        r"play|pause|resume)\b|\b\d(\.\d{1,2})?\s*×\s*$|^("  # a player's "Play 1×" controls
                        r"übersetzt aus dem|traducido del|tradotto dall)\b|^\d+ (posts?|replies|comments?)\b|[»›]|"
                        r"^[^\w]*$|"
                        # a follower count ("1,2 тис", "12K", "3.4 万"), a user handle ("galil_runner", "u/mira",
                        # "r/news"), a link label naming no one ("the publisher's site", "the original article")
                        r"^\d[\d.,]*\s*(k|m|mio|mln|tis\.?|тис\.?|тыс\.?|млн|mil|tsd\.?|万|萬|천|만)(\s|$)|"
                        r"\w_\w|^\S{1,2}/\S|"
                        # topic chips with their follow button: "Vestland Samferdsel Følg emne", "Politik Thema folgen"
                        r"\b(follow (this )?topic|følg emne|følj ämne|följ ämnet|thema folgen|suivre (ce|le) sujet|"
                        r"seguir (este )?tema|segui (il )?tema|volg onderwerp|seuraa aihetta|obserwuj temat)\s*$|"
                        r"^(the )?(publisher|original|source|partner)['’]?s?( original)? (site|website|page|article|story)\b|"
                        # a link's bare destination word: "Read full article on website", "Weiterlesen auf Webseite"
                        r"^(the |its |their |our )?(web ?site|site|web|webseite|homepage|home page|sitio web|sitio|"
                        r"site web|sito( web)?|página( web)?|strona|сайт|app)\s*$|"
                        # a bias meter ("L 22%C 48%R 30%"), an issue number ("Issue #212"), a member count after a
                        # channel's badge ("✔1.2 लाख सदस्य"), a URL slug ("lake-streettown-council"), a form label
                        r"\d\s*%|#\d|[✔✓☑]\s*[\d०-९]|^[a-z\d]+(-[a-z\d]+){2,}$|"
                        r"^(details|detail|title|alt|info|more|label|name|caption|image|photo|logo|source|link)\s*$|"
                        + RELEASE_LABEL + "|"
                        # a post's visibility badge ("Nov 3, 2025 · Public post", "Members only")
                        r"^(public|private)( post)?\s*$|^(members|patrons|subscribers|paid members) only\s*$|"
                        r"^(for )?(all )?(members|patrons|subscribers)\s*$|"
                        # a poster's role badge in a byline row ("Renata Okafor · Admin · Nov 4, 2025")
                        r"^(admin|administrator|moderator|mod|editor|author|staff|owner|member|verified|contributor|"
                        r"top contributor|op|original poster|community manager|админ|администратор|модератор|"
                        r"redakteur|rédacteur|redactor|autor|auteur|autore)\s*$|"
                        # a date label ("Übersetzung veröffentlicht am", "Pubblicato il 19 Febbraio 2020 Ultima modifica")
                        r"\b(published|publié|publicado|pubblicato|veröffentlicht|gepubliceerd|opublikowano|"
                        r"updated|aktualisiert|mis à jour|actualizado|aggiornato|ultima modifica|last modified)\b",
                        re.IGNORECASE)
# Several writers before the comma of a byline: "Dana Whitcombe and Luis Ferrante, The Harlan Courier-Post".
WRITERS_JOINER = rx(r"\s+(and|&|und|et|y|e|i|en|och|og|и)\s+", re.IGNORECASE)
# An outlet's name, then a labelled time: "Lumen Presse Publié le mercredi 14 mai 2025 à 10h15", "X Published 3h ago".
NAME_THEN_LABEL = rx(r"^(?P<name>[^\d·|•:]{2,50}?)\s+(?P<rest>(published|posted|publié|publiée|mis en ligne|"
                             r"publicado|publicada|pubblicato|veröffentlicht|opublikowano|gepubliceerd|publicerad)\b.*)$",
                             re.IGNORECASE)
# A writer writing for an outlet, without a comma: "By Jane Roe for The Harlan Courier" (a syndicated or freelance
# byline), "Deur X vir Die Koerant" (af), "Von X für die Zeitung", "Par X pour Le Courrier", "Por X para El Diario".
WRITER_FOR = rx(r"^(?P<writer>[^,;:|·•]{3,60}?)\s+(for|vir|für|pour|para|per|voor|dla|för|pro|для|за)\s+"
                r"(?P<outlet>(the|die|der|le|la|les|el|il|lo|de|het|o|a|os|as)?\s*[^\s,;:|·•][^,;:|·•]{1,60})$", re.IGNORECASE)
# A card's headline with its credit on the same line: "Seaside aquarium adds a touch pool — The Necanicum Tide · June
# 9, 2026" (a reader view that flattened each card into one row).
TITLE_CREDIT_TAIL = rx(r"^(?P<title>.{12,}?)\s+[—–]\s+(?P<outlet>[^—–·|]{2,60}?)\s+[·|]\s+(?P<time>[^·|]{3,40})$")
# A video card's length after its headline: "Deer walks into a hardware store 0:48", "Forecast for Friday 2:10" (not
# a clock time the headline gives: "Polls close at 8:00", "Anpfiff um 18:30", "Fermeture à 19:00")
TRAILING_LENGTH = rx(r"(?<!\bat)(?<!\bby)(?<!\bto)(?<!\bum)(?<!\bà)(?<!\buntil)(?<!\bfrom)(?<!\bbis)(?<!\bab)(?<!\balle)"
                     r"(?<=[^\W\d_])\s+\d{1,2}:\d{2}$", re.IGNORECASE)  # (a word's letter before it: no "10 марта, 18:15")
# A timeline card's headline after its date: "4. 6. 2025 · Poslanci schválili ...", "2026-11-24 | Title", "11/23 — Title".
DATED_TITLE = rx(r"^(?P<time>\d{1,4}[./-]\s?\d{1,2}[./-]?(\s?\d{2,4})?\.?)\s+[·|•—–]\s+(?P<title>\S.{9,})$")
# A list item with the card's summary and, in brackets, its credit: "Hamilton library book sale moves to the
# fairgrounds: The annual sale needs more room. (The Skalkaho Sentinel, June 4, 2026)" (pandoc's or a digest's list).
BRACKETED_CREDIT_TAIL = rx(r"^(?P<title>[^:]{12,}?):\s+(?P<summary>[^()]{8,}?[.!?])\s*\((?P<outlet>[^(),]{2,60}),\s*"
                           r"(?P<time>[^()]{4,40})\)\.?$|"
                           # ... or no summary: "Toruń: most drogowy zamknięty w nocy (Gazeta Nadwiślańska, 24.11.2026)"
                           r"^(?P<title2>[^()]{12,}?)\s+\((?P<outlet2>[^(),]{2,60}),\s*(?P<time2>[^()]{4,40})\)\.?$")
# A link to one comment under a story ("/news/x#comment-412", "#c000413", "#respond"): a recent-comments widget's
# entry, not a teaser for the story.
COMMENT_PERMALINK = rx(r"#(comments?[-_]?\d*|c\d{3,}|respond|reply-?\d+)$", re.IGNORECASE)
# An aggregator's credit row over a headline it links to: "Priya Nandakumar / Ledgerline:" (Techmeme, Memeorandum:
# the writer, a slash, the outlet, a colon, then the headline on the next line).
WRITER_SLASH_OUTLET = rx(r"^(?P<writer>[^/,;:|·•]{3,50}?)\s+/\s+(?P<outlet>[^/,;:|·•]{2,60}?)\s*:$")
# A byline's writer with the outlet in brackets: "Por Iñaki Sarasola (El Heraldo de Valdemora)", "By Jane Roe (AFP)".
BRACKETED_OUTLET = rx(r"^(?P<writer>[^()\[\],;:|·•]{3,60}?)\s*[(\[]\s*(?P<outlet>[^()\[\],;:|·•\d]{2,60})\s*[)\]]$")
# Articles that may open an outlet's name ("the Guardian", "die Ostsee-Zeitung"): the next word carries the capital.
NAME_ARTICLES = frozenset({"the", "die", "der", "le", "la", "les", "el", "il", "lo", "de", "het", "o", "a", "os", "as"})
# A writer's job after the comma of a byline, not an outlet: "Jane Roe, Staff Writer", "X, Senior Correspondent".
ROLE_TITLE = rx(r"\b(writer|reporter|correspondent|editor|contributor|columnist|journalist|producer|"
                        r"analyst|intern|fellow|redakteur(in)?|korrespondent(in)?|journaliste|periodista|giornalista|"
                        r"redactor(a)?|corresponsal|correspondant(e)?)s?\s*$", re.IGNORECASE)
# A writer's profile headline naming the newsroom: "Education Reporter at The Calder Post · Covering schools",
# "Senior Editor at Harbour Daily", "Redakteurin bei der Ostsee-Zeitung", "Journaliste chez Le Courrier".
JOB_AT = rx(r"^(?P<role>([^\W\d][\w&'-]*\s+){0,3}(reporter|editor|correspondent|writer|journalist|columnist|"
            r"contributor|producer|redakteur(in)?|korrespondent(in)?|journaliste|rédact(eur|rice)|periodista|"
            r"giornalista|redactor(a)?|corresponsal|correspondant(e)?|jornalista|dziennikarz|dziennikarka|verslaggever)s?)"
            r"\s+(at|@|with|bei( der| dem| den)?|chez|en|na|presso|w|bij)\s+(?P<outlet>[^\W\d][^·•|,;]{1,60}?)"
            r"\s*([·•|,;]\s*\S.*)?$", re.IGNORECASE)
# A byline crediting a newsroom, not a person: "By Northwire Reporters", "AP Staff", "Von dpa-Redaktion".
STAFF_CREDIT = rx(r"^\s*(?P<name>\S.{1,50}?)[\s-]+(staff( writers?| reporters?)?|reporters|newsroom|news desk|"
                          r"editorial (staff|team)|redaktion|rédaction|redacción|redazione|redactie)\s*$", re.IGNORECASE)
# A writer and the outlet's staff in one byline: "By Mara Ellison and Superior Shoreline Radio staff", "Von X und
# der Y-Redaktion" (the outlet's name before its staff word).
WRITER_AND_STAFF = rx(r"^\s*(?P<writer>[^,&]{3,40}?)\s+(and|&|und|et|y|e)\s+(the\s+)?(?P<outlet>(?-i:[A-Z])[^,]{1,50}?)"
                      r"[\s-]+(staff|reporters|newsroom|news team|redaktion|rédaction|redacción|redazione|redactie)\s*$",
                      re.IGNORECASE)
# The number label over a comment in a thread ("Comment #3", "ความคิดเห็นที่ 3-1", "Kommentar 2", "评论 5", "#12"):
# a thread's chrome, not comment text.
COMMENT_NUMBER = rx(
    r"^\s*(comment|kommentar|commentaire|comentario|comentário|commento|reactie|komentarz|комментарий|yorum|"
    r"ความคิดเห็นที่|ความเห็นที่|评论|評論|コメント|댓글|tanggapan|komentar|bình luận)?\s*(no\.|nr\.|n°|#)?\s*"
    r"\d{1,5}(-\d{1,4})?\s*(楼|樓)?\s*$",
    re.IGNORECASE,
)
# The author line of a threaded comment: "1. Jane says:", "• omark2327 says:", "Marie dit :", "Hans sagt:".
COMMENT_SAYS = rx(  # (not a subheading: "What the toll schedule says", "Here's what the law says")
    r"^\s*(\d{1,3}[.)]\s*|[•·▪◦‣*-]\s*)?(?!(what|how|why|here'?s?|where|when|who|which|this|that|the|wie|was|que|ce|"
    r"lo|cosa|o que|wat|hvad|vad|co|mitä|quello|ciò)\b)(?P<author>[^\n]{1,60}?)\s+(says|said|wrote|dit|a écrit|sagt|schreibt|"
    r"dice|escribió|diz|escreveu|scrive|ha scritto|zegt|ने कहा|कहते हैं|说|より|님의 말|ya ce|ta ce)\s*[:：፡፦]?\s*$",
    re.IGNORECASE,
)
# A name in quotes, with at most two lower-case words outside them (the kind of title): "«Narınbulaq Həftəliyi»
# qəzeti" (Azerbaijani "newspaper"), "„Белодримски весник“", "«Yashilvodiy xabarlari» gazetasi", "the “Harbor Ledger”".
QUOTED_NAME = rx(r"^\s*(?P<before>[^\W\d][^\s«„“\"]*\s+){0,2}?[«„“\"‹「『《〈](?P<name>[^«»„“”\"‹›「」『』《》〈〉]{2,60})"
                 r"[»“”\"›」』》〉](?P<after>[^«»„“”\"‹›「」『』《》〈〉]{0,48})$")  # (《X》: a Chinese paper's book-title marks)  # (unquoted() keeps the name when a capital stands outside)
# A reworking credited after a byline: "By Orland Valley Post, adapted by Gradewise staff", ", edited by X".
ADAPTED_TAIL = rx(r",\s*(adapted|edited|translated|abridged|condensed|rewritten|updated) (by|for) [^,]{1,60}$", re.IGNORECASE)
# A photo credit closing a caption, "Photographer/Outlet" after its label: "... Foto: Rafael Nunes/Correio do Cedro".
PHOTO_CREDIT_TAIL = rx(r"\b(foto|photo|photograph|fotografía|fotografia|bild|image)\s*:\s*(?P<name>[^.:\n]{2,80}?)\s*\.?\s*$",
                       re.IGNORECASE)
# Two words joined by a slash: a category path ("Science/Environment"), never an outlet's name.
SLASHED_WORDS = rx(r"[^\W\d_]{3,}/[^\W\d_]{3,}")
# An avatar's alt text printed in a dump ("xeberlent profil şəkli", "Jane Roe profile picture"): never a headline.
AVATAR_ALT = rx(r"\b(profile (picture|photo|image|pic)|profilbild|photo de profil|foto de perfil|foto do perfil|"
                r"immagine del profilo|profiel(foto|afbeelding)|zdjęcie profilowe|profil (şəkli|resmi|fotoğrafı)|"
                r"avatar)\s*$", re.IGNORECASE)
# An English credit line opening with its writer or outlet: "By Orland Valley Post, adapted by Gradewise staff" (never
# a headline, however it goes on).
ENGLISH_BY = rx(r"^\s*(by|written by|reported by|words by)\s+(?-i:[A-Z])", re.IGNORECASE)
# The last word of a paper's name where a writer's name would be ("By Orland Valley Post", "From The Fal Estuary
# Echo"): stricter than OUTLET_TAIL_WORDS, which also holds words a person's name may end in ("Star", "Sun", "Today").
PRESS_WORDS = frozenset(("times", "post", "herald", "journal", "tribune", "gazette", "chronicle", "examiner",
                         "courier", "dispatch", "sentinel", "ledger", "observer", "news", "press", "telegraph",
                         "bulletin", "newspaper", "magazine", "echo", "mercury", "advertiser", "record", "standard",
                         "argus", "clarion", "beacon", "messenger", "reporter", "recorder", "register", "monitor",
                         "weekly", "daily", "tidings", "telegram"))
# Place abbreviations whose full stop sits inside an outlet's name: "St. Louis Post-Dispatch", "Ft. Worth Star".
NAME_ABBREVIATIONS = frozenset(("St", "Ste", "Mt", "Ft", "Pt"))
# A name, then "from" as a postposition, in a byline row's field: Hindi "दैनिक गंगा संदेश से · X · date", Urdu
# "روزنامہ X سے", Bengali "X থেকে", Punjabi "X ਤੋਂ" (an outlet the story comes from).
NAME_FROM = rx(r"^(?P<name>\S.{1,60}?)\s+(से|سے|থেকে|ਤੋਂ)$")
# A share glued to the next label: a coverage bar's or a poll's tabs that lost their spaces ("Left 36%Center 43%Right
# 21%", "Yes 62%No 38%"): controls, never a headline.
GLUED_PERCENT = rx(r"\d\s?[%‰][^\W\d_]")
# Cheap pre-check for SOURCE_LINE on an element's first text node.
SOURCE_START = rx(r"(©\s*)?(source|provided by|contributed by|supplied by|courtesy of|distributed by|originally|via|"
                          # Hungarian "A cikk eredetileg a(z) X oldalán jelent meg" (SOURCE_LINE reads the name);
                          # Catalan "Font: X" (its colon required: "font" is a word of other languages)
                          r"a (cikk|írás|hír) eredetileg|font\s*:|"
                          r"(oriģināli|sākotnēji|pirmoreiz) publicēts|(originaliai|iš pradžių) paskelbta|algselt avaldatud|"
                          r"(saken|artikkelen|teksten|reportasjen|intervjuet) (ble|er|var) (først|opprinnelig)|"
                          r"(publicerad|publiceras|återpublicerad|publisert|publiseres|gjengitt|bragt|gengivet) med|"
                          r"wannan (labari|rahoto) ya fara|(இந்தச் செய்தி|இந்த செய்தி|இந்தக் கட்டுரை) முதலில்|"
                          r"این (مطلب|خبر|گزارش|یادداشت) با اجازه|この記事は|(xəbər|məqalə|material) [«\"“]|"
                          r"(текст|чланак|вест) је (првобитно|изворно|први пут|прво)|"
                          r"(raksts|materiāls|ziņa) (ir )?pārpublicē|(straipsnis|tekstas) (perspausdint|perpublikuot)|"
                          r"(raksts|materiāls|ziņa) (sākotnēji|oriģināli|pirmoreiz)|(straipsnis|tekstas) (iš pradžių|"
                          r"pirmą kartą|originaliai)|this (story|article|report) (is|comes) from|"
                          r"(הכתבה|הידיעה|הכתבה המקורית) פורסמה|(článek |text |článok )?(původně|pôvodne) vyš|"
                          r"(artiklen|teksten|historien) (blev|er) (bragt|trykt|udgivet)|gengivet med tilladelse|"
                          r"(članek|prispevek|tekst|članak) je (bil )?(prvotno|najprej|izvorno|prvobitno|prvi put) "
                          r"objavljen|(tekst|artykuł|materiał) (ukazał się|został opublikowany)|"
                          r"(live )?coverage (provided by|courtesy of|from)|이 기사는|"
                          r"[（(]\s*(出典|来源|來源|出处|出處)\s*[:：]|"  # "（出典：X）" closing a Japanese story
                          r"(本文|原文|此文)(原|首先)?(刊|載|载|發|发|首)|(本文|本篇|此文|本報導|本报道)(經|经|由|獲|获)|"
                          r"read the original|lesa upprunalegu|lire l['’]article original|zum originalartikel|"
                          r"leer (la noticia|el artículo) original|leggi l['’]articolo originale|"
                          r"lees het originele artikel|legu la originalon|origine aperis|unue aperis|birtist fyrst|"
                          r"publicad[ao] originalmente|art[ií]culo original|artigo original|original (article|story) (from|by)|"
                          r"read (it |more |the (full |whole )?(story|article) )?on |"
                          r"[\[(]?from\s|"  # "[From The Lowmarsh Advertiser, 9 January 2026]" (DATED_FROM)
                          r"(story|article|report|news|content|text) via|quelle|fuente|fonte|izvor|sursa|sursă|chanzo|সূত্র|منبع|ماخذ|drwy|"
                          r"narrated from|read aloud from|audio (version|edition) of|"
                          r"mənbə|manba|burimi|burim|წყარო|աղբյուր|эх сурвалж|ប្រភព|ແຫຼ່ງທີ່ມາ|ທີ່ມາ|ရင်းမြစ်|"
                          r"මූලාශ්‍රය|மூலம்|ஆதாரம்|మూలం|ಮೂಲ|ഉറവിടം|साभार|सौजन्य|or[ií]sun|majiya|umthombo|xigasho|"
                          r"ffynhonnell|foinse|heimild|крыніца|tùs|quell|سرچینه|સ્રોત|સ્ત્રોત|булак|ਸਰੋਤ|манбаъ|çeşme|مەنبە|"
                          r"keldá|ແຫຼ່ງຂ່າວ|సౌజన్యం|ಕೃಪೆ|நன்றி|mammenn|tushe|daga (jaridar|gidan jaridar|mujallar)|"
                          r"чыганак|(ޚަބަރުގެ )?މަސްދަރު|ཁུངས|" + _MORE_SOURCE_WORDS + r"|"
                          r"((artikel|warta|béja|beja) ieu )?munggaran|(stori|nius|atikol) i (kam|bilong)|"
                          r"dispela (stori|nius|ripot)|dat stück|(testu|artículu) espublizáu|"  # (Tok Pisin, Low German, Asturian)
                          r"以下(文章|内容|內容)|tinubdan|"
                          r"press (cutting|clipping)|\(?(reposted|reprinted|shared|used) (here )?with|"
                          r"çavkanî|سەرچاوە|fonto|boarne|kelda|loharano|inkomoko|madda|ምንጪ|ذريعو|isi mmalite|mohloli|текстот|статијата|веста|текст|статья|материал|стаття|матеріал|"
                          r"tekst|članak|vijest|vest|članek|prispevek|preuzeto|prevzeto|foilsíodh|cyhoeddwyd|"
                          r"sepisanan|(wawancara|artikel|tulisan|warta|crita) iki|"
                          r"jatorrizko albistea|iturria|източник|дереккөз|ምንጭ|sors|funtauna|keep reading|"
                          r"aquesta notícia|artiklen|artikkelen|saken|teksten|(re)?published with|"
                          r"veröffentlicht mit|mit freundlicher|publié avec|publicado con|publicado com|pubblicato su|"
                          r"outlet|vir|kuhusu chanzo|about (the|this) source|šaltinis|allikas|извор|pinagmulan|ذریعہ|unang inilathala|"
                          r"artikel asal|sumber asal|aquest article|publicat|publicar|来源|來源|出典|출처|источник|स्रोत|記事提供社|提供社|配信元|"
                          r"full story|les hele|læs hele|läs hela|lire l['’]article|leer (la|el)|leggi l['’]articolo|leia a|"
                          r"(den )?(ganzen|vollständigen) artikel|lees het|czytaj|(přečtěte si )?celý článek|מקור|"
                          r"ขอบคุณข้อมูลจาก|ข้อมูลจาก|go to|this (story|article|post)|free access|first published|"
                          r"bron|källa|kilde|kjelde|lähde|źródło|zdroj|kaynak|sumber|nguồn|theo|ที่มา|πηγή|sursa|forrás|джерело|المصدر|مصدر|"
                          r"نقلا|reposted|republished|cross-?posted|artikel ini|dit artikel|artikeln|artykuł|bài viết|"
                          r"publication|publisher|published by|commissioned|produced|reported|original-content|the following|forwarded|inoltrato|weitergeleitet|"
                          r"reenviado|transféré|переслано|doorgestuurd|reproduced|article publicat|"
                          r"(local |latest |today's )?(news|stories|reporting|headlines) (from|by|courtesy of)(?=\s+(?-i:[A-Z]))|"
                          r"(an? )?(story|article|report) (from|courtesy of|in)\s|"  # (the name may be a link)
                          r"(partner|featured|syndicated|sponsored|full)( story| content| article| report)?\s*[·:|—–-]?\s*"
                          r"(from|reported by|via)\s|(licen[cs]ed|syndicated) (from|by)|"
                          r"(saved|clipped|captured) from|"
                          r"(reportagem|matéria|notícia|texto|artigo|reportaje|artículo|nota|noticia) (publicad|originalmente)|"
                          r"(cet )?(article|texte|reportage) (paru|publié)|(dieser |der )?(artikel|beitrag|text|bericht) "
                          r"erschien|نُ?شر هذا|"
                          r"यह (ख़बर|खबर|समाचार|लेख|रिपोर्ट)|(esta|la) (noticia|nota|información|crónica|entrevista) "
                          r"(se publicó|fue publicada)|"
                          r"continue reading|read (the )?(full|whole)|read more|weiterlesen|lire la suite|seguir leyendo|"
                          r"continua a leggere|continue lendo|leia mais|verder lezen|contenuto fornito|"
                          r"conteúdo fornecido|contenido (proporcionado|facilitado)|contenu fourni|inhalt|"
                          r"content (provided|supplied)|"
                          # a card linking to the original: "To the original article" / its outlet / headline
                          r"לכתבה המקורית|למאמר המקורי|original (article|story)|į originalų straipsnį|"
                          r"оригинални (текст|чланак)|pôvodný článok|orihinal na (balita|artikulo)|اصل خبر|"
                          # Papiamentu "E notisia aki a sali promé den X", Friulian "Chest articul ... publicât pe
                          # prime volte su X", a footnote's "[1] This article first appeared in X"
                          r"(e )?(artíkulo|notisia)|chest(e)? (articul|notizie)|\[\d{1,2}\]\s*\S|"
                          r"quest (artitgel|text|rapport)|è cumparì|"  # (Romansh: "this article first appeared in")
                          + ARTICLE_SOURCE_LABEL + "|" + COURTESY_LABELS + ")", re.IGNORECASE)
# "See more" links closing a teaser list: never a teaser ("View all", "ランキングの続きを見る", "查看更多", "Mehr anzeigen").
MORE_LINK = rx(
    r"^\s*(댓글|comments?|kommentare|commentaires|comentarios|komentarze|yorumlar|コメント|评论)?\s*"
    r"(see (all|more)|view (all|more)|show more|load more|more (news|stories|articles)|"
    r"all (news|stories|articles|posts)( (from|by|in|on) (this|the|our) (paper|site|outlet|section|author|partner))?|"
    r"mehr anzeigen|alle (artikel|meldungen|nachrichten|beiträge)( (aus|zu|zum|zur|von|im|in) .{1,40})?|voir (plus|tout|tous)|ver (más|mais|todo|todas)|"
    r"mostra (altro|tutti)|vedi (tutti|tutte|altro)|meer (nieuws|laden)|zobacz (więcej|wszystkie)|"
    r"daha fazla|lihat (semua|lainnya)|xem (thêm|tất cả)|.{0,20}(続きを見る|もっと見る|一覧へ|一覧を見る)|"
    r"(查看|加载)(更多|全部).{0,10}|更多.{0,6}|더\s?보기|전체\s?보기|wszystkie|tümü|semua|"
    r"(see|view) all (stories |posts |articles )?from .{1,60}|"  # "See all from Nadia Ferreira-Holt"
    # a news hub's "see all news" under its rail: "View all news", "Ver todas as notícias", "すべてのニュースを見る"
    r"(see|view|show) all (news|stories|articles|posts|updates)|(ver|veja) tod[ao]s (as|os) (notícias|artigos|novidades)|"
    r"ver tod[ao]s (las|los) (noticias|artículos|novedades)|voir toutes les (actualités|nouvelles|news)|"
    r"alle (neuigkeiten|news|artikel) (anzeigen|ansehen)|すべての(ニュース|記事)を見る|"
    # a channel's "load older posts" button: "Load more messages", "Carica altri messaggi", "Ältere Beiträge laden"
    r"(load|show) (more|older|earlier|previous) (messages|posts)|carica (altri|più) (messaggi|post)|"
    r"(mehr|ältere) (nachrichten|beiträge) laden|charger (plus de|d['’]autres|les) (messages|publications)|"
    r"cargar más (mensajes|publicaciones)|carregar mais (mensagens|publicações)|загрузить (ещё|еще) сообщения|"
    # a teaser's own "Read more..." link under its summary
    r"read more|weiterlesen|lire la suite|leer más|leia mais|leggi (tutto|di più)|lees meer|czytaj (dalej|więcej)|"
    r"devamını oku|baca selengkapnya|đọc tiếp|อ่านต่อ|続きを読む|阅读更多|閱讀更多)\s*"
    r"([(（\[]\s*\d+\s*[)）\]])?\s*(\.{2,3}|…)?\s*[>›»→]*\s*$",
    re.IGNORECASE,
)
# The word joining a writer to their outlet in a byline: "Por X, da Gazeta", "Par X, du Courrier", "By X, for The Sun".
# A republished story's credit glued to its byline without a separator (an innerText of inline spans): "By Helen
# Charlton Originally published by The Coquet Valley Chronicle August 19, 2026" (the blank before the credit)
GLUED_CREDIT = rx(r"\s+(?=((originally|first) )?published (by|in|on)\s)", re.IGNORECASE)
# ... and a republished story's credit after the writer: "By Dana Lahti, via The Copper Range Dispatch"
OUTLET_CONNECTOR = rx(r"^(da|do|de|du|des|della|del|di|of|from|for|für|von|van|via|(originally |first )?published by|"
                      r"courtesy of)\s+", re.IGNORECASE)
# A clock time standing alone after a date part: "14 mar. 2025 - 09:40", "12.05.2025 | 14:32 Uhr".
AM_PM_CLOCK = rx(r"^\s*\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)\s*$", re.IGNORECASE)  # "6.10am", "5:45 PM"
# A river's stamp on a line of its own: a 12-hour clock with its zone ("3:12 PM ET", "11:05 a.m. EDT"); a bare
# 24-hour "15:12" stays text (a score, a live blog's entry heading).
ZONED_CLOCK = rx(r"^\s*(?P<time>\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)\s*(ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST|"
                 r"GMT|BST|UTC|CET|CEST|IST|AEST|AEDT|NZST|NZDT|SAST|WAT|EAT|JST|KST|HKT|SGT))\s*$", re.IGNORECASE)
CLOCK_TIME = rx(r"^\s*\d{1,2}[:h.]\d{2}(\s*(am|pm|a\.m\.|p\.m\.|uhr|h|ص|م))?\s*$", re.IGNORECASE)
# The label of a "key points" box above the text, whose bullets restate the story: "Poin Penting", "Key points",
# "Das Wichtigste in Kürze", "Points clés", "Puntos clave", "Punti chiave", "Kernpunten", "要点", "핵심 요약".
KEY_POINTS = rx(
    r"^\s*(poin penting|key (points|takeaways)|at a glance|kl[íi]čov[ée] body|kľúčové body|kluczowe (punkty|informacje)|"
    r"ключевые (моменты|тезисы)|ключові (моменти|тези)|das wichtigste( in kürze)?|auf einen blick|points? clés?|"
    r"l'essentiel|puntos clave|lo más importante|pontos[- ]chave|punti chiave|in sintesi|kernpunten|in het kort|"
    r"najważniejsze( informacje)?|önemli noktalar|основное|главное|要点|重点|핵심 ?요약|ポイント|"
    r"(a cikk )?röviden|a lényeg|stručně|v kostce|коротко|головне|בקצרה|עיקרי הדברים|in brief|the gist|tl;?dr|"
    r"what (you need|to) know|pe scurt|τα βασικά|(the )?quick (take|read|summary)|(the )?short version|"
    # "in short" boxes (a docs theme's abstract admonition over the post): "En bref", "Kurz gesagt", "باختصار"
    r"in short|en bref|en resumen|in breve|em resumo|kurz gesagt|kort sagt|kortom|باختصار|بإيجاز|باختصار شديد|"
    # Assamese / Bengali "the main points", Hindi "key points", Sindhi "main points"
    r"মূল কথা|মূল বিষয়|মুখ্য বিষয়|मुख्य बातें|مکيه ڳالهيون)(\s*[(\[]?([^()\[\]]{0,30}\s)?(ai|ki|ia|ии|ші)(\s[^()\[\]]{0,20})?[)\]]?)?"
    r"\s*[:：፡፦]?\s*$",  # (an "AI" badge: "Key points AI")
    re.IGNORECASE)
# A carousel's pager or arrows closing a teaser strip: "1 / 4", "‹ ›", "< >".
# A story shown in pages: its page headings and page links ("Halaman 2 dari 3", "Page 2 of 3", "Seite 2 von 3",
# "Halaman: 1 2 3 Tampilkan semua" (show all)); chrome in a dump and in the HTML body alike.
PAGE_OF_PAGES = rx(r"^\s*((halaman|page|seite|página|pagina|strona|sayfa|trang|pagină)\s*\d{1,3}\s*(dari|of|von|de|di|sur|"
                   r"z|/|van|из)\s*\d{1,3}|(halaman|page|seite|página|pagina|sayfa|trang)\s*[:：]?\s*(\d{1,3}\s+){1,12}"
                   r"(tampilkan semua|lihat semua|show all|view all|alle anzeigen|ver todo|ver tudo|tout afficher)?|"
                   # the same in any language, told by its shape: the page word again or a next arrow after "N x M"
                   # ("Pájina 1 husi 2 Pájina tuir mai ›", "Seite 1 von 2 Nächste Seite ›", "Leqe 1 ka 3 ›")
                   r"(?P<page>[^\W\d_]{3,12})\s+\d{1,3}\s+[^\W\d_]{1,6}\s+\d{1,3}\s+((?P=page)\b[^\n]{0,30}|[^\n]{0,30}[›»→])"
                   r")\s*$", re.IGNORECASE)
# A pager's or a slideshow's counter on a line of its own: "2 / 7", "‹ ›", "Slide 1 of 5", "1 מתוך 5", "3 من 6"
PAGER_LINE = rx(r"^\s*(\d{1,2}\s*/\s*\d{1,2}|[‹<←]\s*[›>→]|((slide|photo|image|bild|foto|diapositive|diapositiva)\s+)?"
                r"\d{1,2}\s+(of|von|de|di|sur|z|из|van|av|af|מתוך|من|trên|จาก)\s+\d{1,2})\s*$", re.IGNORECASE)
# A second, "updated" time after the published one with no separator: "Publié le 14/03/2025 à 08h12 Mis à jour le
# 14/03/2025 à 10h47", "Published 9:02 AM Updated 11:40 AM".
# A share widget's "more networks" button under its label ("Teilen:" / "Mehr"), not a "read more" link.
SHARE_MORE = frozenset({"more", "mehr", "plus", "más", "mais", "altro", "altri", "meer", "więcej", "daha fazla", "lainnya",
                        "еще", "ещё", "更多", "もっと見る", "더보기", "+", "...", "…"})
# Between the names of a byline with several writers: "Hoàng Lan - Thanh Tùng", "A, B and C", "X & Y".
WRITERS_SPLIT = rx(r"\s+[-–—&/]\s+|\s*,\s*|\s+(?:and|und|et|y|e|và|i|ve|dan|en)\s+")
# An author bio naming the outlet the writer works for: "Maya Trent is the climate and environment reporter for The
# Ostrander Review.", "Lea Roth ist Redakteurin bei der Weserland Zeitung.", "Ana Ruiz es periodista de El Faro."
BIO_ROLES = ("reporter", "writer", "correspondent", "editor", "journalist", "columnist", "journaliste", "rédact",
             "redakteur", "korrespondent", "periodista", "corresponsal", "jornalista", "repórter", "giornalista")
AUTHOR_BIO = rx(
    r"^(?P<author>[^.,;:]{3,60}?) (is|was|est|ist|es|é|è) (?:\S+ ){0,6}?(?i:reporter|writer|correspondent|editor|journalist|"
    r"columnist|journaliste|rédactrice|rédacteur|redakteurin|redakteur|korrespondentin|korrespondent|periodista|"
    r"corresponsal|jornalista|repórter|giornalista)\b(?: \S+){0,4}? (for|at|with|au|à|pour|bei|für|de|del|da|do|per|di)"
    r"( the| der| die| dem| la| le| el| il| o| a)? (?P<outlet>[A-ZÀ-Þ][^.,;]{2,50}?)\.?$")
# Share labels that close a dateline row: "... 10:45 ص مشاركة:", "... 09:12 Share:", "... Partager :".
SHARE_WORDS = frozenset({"share", "partager", "teilen", "compartir", "condividi", "compartilhar", "paylaş", "bagikan",
                         "delen", "udostępnij", "مشاركة", "分享", "共有", "공유", "partekatu", "aqsam", "сподели",
                         "бөлісу", "አጋራ"})
UPDATED_TAIL = rx(r",?\s+(mis à jour|updated|last (modified|updated|edited)|modified|aktualisiert|zuletzt geändert|"
                  r"actualizado|atualizado|aggiornato|bijgewerkt)\b.{0,60}$",
                          re.IGNORECASE)
# A wiki's or intranet's page stamp, printed as a list item under the page title: "Created by Media Monitoring, last
# modified on Dec 03, 2026", "Erstellt von X, zuletzt geändert am 03.12.2026", "Créé par X, dernière modification le
# 3 déc. 2026", "Creado por X, modificado por última vez el 3 dic 2026", "נוצר על ידי X, עודכן לאחרונה ב-3 בדצמבר 2026": a
# dateline; its names are the wiki's users.
EDIT_STAMP = rx(
    r"^(created|edited|last (modified|updated|edited|changed)|erstellt|bearbeitet|zuletzt (geändert|"
    r"bearbeitet|aktualisiert)|créé|modifié|dernière modification|creado|modificado|última modificación|criado|"
    r"aangemaakt|gewijzigd|laatst gewijzigd|נוצר|עודכן)\b.{0,120}?\s((on|at|am|le|el|em|op)\s|ב-?)(?P<time>\S.{2,40})$",
    re.IGNORECASE)
EDIT_STAMP_AT = rx(r"\s((on|at|am|le|el|em|op)\s|ב-?)", re.IGNORECASE)  # ... the words before its date, tried in turn
# A row of a live-score ticker: "Chittagong 2 – 1 Comilla FT", "ঢাকা ১ – ১ সিলেট ৬৭'" (two sides around a score, maybe a
# status or the minute after it); a headline may carry a score too, so only a run of such rows is a ticker.
SCORE_ROW = rx(r"^\s*\S.{0,40}?\s\d{1,3}\s?[–—-]\s?\d{1,3}\s\S.{0,40}$")
# A sponsored card's price line: "from £96 per night", "ab 89 € pro Nacht", "$1,299", "dès 120 €" (a few words with a
# currency and an amount).
PRICE_ROW = rx(r"^\s*(from|ab|dès|desde|da|od|fra|från|vanaf|starting at|only)?\s*([£$€¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?([£$€¥₹]|"
               r"eur|usd|gbp|kr|zł|kč|ft|lei))(\s+\S+){0,4}\s*$", re.IGNORECASE)
# A table of contents' header inside a long story or a wiki page, over its list of the subheadings: "Contents",
# "Table of contents", "Inhaltsverzeichnis", "Sommaire", "Índice", "Spis treści", "Содержание", "目次", "目录".
TOC_HEADER = rx(r"^\s*(\[?(hide|show|verbergen|masquer|ocultar)\]?\s*)?(contents|table of contents|in this (article|story|guide)|"
                r"on this page|jump to|inhalt|inhaltsverzeichnis|sommaire|table des matières|índice|contenido|contenidos|"
                r"indice|sommario|inhoud|inhoudsopgave|spis treści|obsah|innehåll|indhold|innhold|sisällys|sisällysluettelo|"
                r"tartalomjegyzék|cuprins|içindekiler|περιεχόμενα|содержание|зміст|目次|目录|目錄|목차|mục lục|"
                r"daftar isi|สารบัญ|תוכן עניינים|المحتويات|فهرست)\s*(\[?(hide|show|verbergen|masquer|ocultar)\]?)?\s*[:：]?\s*$",
                re.IGNORECASE)
TOC_NUMBERS = rx(r"^\s*([•·*-]\s*)?(\d{1,2}(\.\d{1,2})*\.?\s+)+")  # an entry's numbers: "1 1. ", "2.3 "
# A writer's avatar (the initial in a circle) printed before the name: "K Kirra Donnelly", "R Rhea Mae Lumapas".
AVATAR_NAME = rx(r"^\s*(?P<initial>[^\W\d_])\s+(?P<name>[^\W\d_][^\d·|,:;!?]{2,60})$")
# A page's language in its opening tag (bytes): <html lang="ku">, <html xml:lang="pl-PL">.
HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.IGNORECASE)
# The Windows code page of a language's legacy pages: what a page that says UTF-8 but is not most likely is.
LEGACY_CODEPAGES = {
    **dict.fromkeys(("tr", "ku", "az"), "cp1254"),
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "ro", "sq", "bs", "hsb", "dsb"), "cp1250"),
    **dict.fromkeys(("ru", "uk", "bg", "be", "sr", "mk", "kk", "ky", "tg", "mn"), "cp1251"),
    "el": "cp1253", "he": "cp1255", "yi": "cp1255", **dict.fromkeys(("ar", "fa", "ur", "ps"), "cp1256"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"), "vi": "cp1258", "th": "cp874",
}
# A rank before a "most read" teaser's title: "1 Flying fox colony ...", "2. New bakery ..."
RANK_PREFIX = rx(r"^\s*(\d{1,2})\.?\s+(?=\S)")
# Elements an HTML5 parser closes before a block element, which libxml2 leaves open around the rest of the page
# ("<p>Autor: <strong>X ... <div>"), and the blocks that close them.
MISNESTED_TAGS = ("p", "strong", "b", "em", "i", "u", "small", "big", "font")
BLOCK_TAGS = frozenset(("div", "section", "article", "aside", "ul", "ol", "dl", "table", "p", "h1", "h2", "h3", "h4",
                        "h5", "h6", "figure", "header", "footer", "nav", "main", "form", "blockquote", "pre", "hr"))
# A pull quote: a sentence or two of the story printed again, large, between its paragraphs: six to sixty words,
# found within this many paragraphs above, in one at least this much longer (a paragraph printed twice is no quote).
PULL_QUOTE_WORDS = (6, 60)
PULL_QUOTE_REACH = 12
PULL_QUOTE_SHARE = 0.85
PULL_QUOTE_MARKS = " \"'“”„«»‘’‚‹›「」『』"  # the marks around it, taken off before it is looked for
# A pull quote's attribution under it: a dash and the speaker's name ("– Varga Eszter", "— Dana Kowalchuk, city
# recreation manager" is longer: only a name of up to five words).
QUOTE_ATTRIBUTION = rx(r"^\s*[–—―-]\s*[^\W\d_][^\d.!?]{1,60}$")
# A match-events widget's row: the minute, then what happened ("23' Goal — R. Haque (Chittagong)", "৯০+৩' শেষ বাঁশি",
# "45+2’ Yellow card"); only a run of them is a widget (holdout40's events box inside a match report).
MATCH_EVENT = rx(r"^\s*\d{1,3}(\+\d{1,2})?\s?['’′]\s+\S.{0,100}$")
# A case ending a credit sentence puts on an outlet's name: Hungarian inessive and elative "a Tiszaparti Hírlapban
# jelent meg" (appeared in), "a Délvidéki Naplóból" (from); only taken off when the page prints the bare name too.
CASE_ENDING = rx(r"(?<=\w\w)(ban|ben|ból|ből)$")
# A wiki's tagline under its page title: "From Wikidispatch, the free news source you can write", "Ut Nijswiki, it
# frije nijs út Fryslân", "Bách khoa tin tức mở WikiTin" (the open news encyclopedia): never the story's headline.
WIKI_TAGLINE = rx(r"^\s*((from|ut|út|aus|de|da|dalla|van|z|iz|od|từ|kutoka)\s+[^,]{2,40},\s+(the|it|die|der|das|la|le|"
                  r"l['’]|el|il|lo|de|het|o|a|an)?\s*(free|frije|freie|libre|lliure|vrije|livre|wolna|libera|open|"
                  r"offene|ouverte|abierta|huru)\b.{0,60}|bách khoa (toàn thư|tin tức)( mở)?\b.{0,40})$", re.IGNORECASE)
# Font-size buttons closing a dateline row: "... 11:20 A- A+", "... | A A".
FONT_SIZE_TAIL = rx(r"\s+A[-−]?\s*A\+?\s*$")
# A reading time closing a head row: "Lettura 3 min", "3 min read", "5 Min. Lesezeit".
READ_TIME_TAIL = rx(r"\s+((lettura|lecture|lectura|leitura|reading time|lesezeit)\s*:?\s*\d+\s*min\.?|"
                            r"\d+\s*min\.?\s*(read|lesezeit|de lectura|de leitura|di lettura))\s*$", re.IGNORECASE)
# A head row printing outlet, writer and date with no separators: "La Voce di Castelmirto di Giulia Ferrante 14 marzo
# 2025, 07:50 Lettura 3 min", "Seeblatt von Jana Köhler 14.03.2025".
OUTLET_BY_WRITER = rx(
    r"^(?P<outlet>\S.{1,40}?)\s+(di|by|von|par|por|door)\s+(?P<author>[A-ZÀ-Ý][\w'’-]+(\s+[A-ZÀ-Ý][\w'’-]+){0,2})"
    r"\s+(?P<rest>\d.{3,60})$")
# The label of a byline row printed as a definition list or stacked spans ("Autor" / "Anna W.", "Opublikowano" /
# "14.03.2025", "Czas czytania" / "4 min"): chrome, never a title.
META_LABEL = rx(
    r"^\s*(autor|author|auteur|autore|autorka|yazar|penulis|writer|reporter|opublikowano|published|publié|"
    # a CMS's "Details" box over the writer, category, date and hits rows (Joomla): "Detalls", "Podrobnosti"
    r"details|detalls|detalles|dettagli|détails|einzelheiten|szczegóły|podrobnosti|részletek|detaljer|tiedot|"
    r"veröffentlicht|publicado|pubblicato|yayınlanma|diterbitkan|gepubliceerd|geplaatst|updated|aktualisiert|"
    r"zaktualizowano|czas czytania|reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|"
    r"okuma süresi|waktu baca|leestijd|время чтения|опубликовано|автор|editor|редактор|"
    r"avtor|аутор|аўтар|autorius|objavljeno|објављено|paskelbta|avaldatud|publikované|uverejnené|ogledov|прегледа|"
    r"źródło|source|quelle|fuente|fonte|kaynak|sumber|bron|источник|المصدر|स्रोत|"
    # a web clipper's or a read-later app's properties table ("Publication" / "X", "Byline" / "Y", "Clipped by" / "Z")
    r"publication|byline|clipped( by| on)?|saved( by| on)?|created( by| on)?|added( by| on)?|date added|"
    r"original url|site name|publikation|verfasser|erstellt( am)?|gespeichert( am)?|"
    # a details list's dates: "First published" / "15 January 2026", "Added to DocketLine" / "16 January 2026"
    r"first published|last updated|date published|added to [\w.&'’ -]{1,30}|"
    # a government design system's summary list ("By" / "Niamh Corrigan", "Newspaper" / "The Lough Shore Gazette")
    r"by|written by|words by|newspaper|paper|original newspaper|zeitung|journal|periódico|giornale|jornal|gazeta|"
    r"krant|avis|tidning|lehti|újság|noviny|gazete|"
    # the same list in Samoan: "Tusitala" (writer), "Nusipepa" (newspaper), "Aso na lomia" (date printed)
    r"tusitala|nusipepa|aso na lomia|aso na faʻasalalau)\s*[:：፡፦]?\s*$",
    re.IGNORECASE)
# Prepositions a place name follows inside a headline ("... revient à Vernac", "... arrives in Portland"): a
# capitalised tail after one is the sentence's, not an outlet printed after the headline.
PREPOSITIONS = frozenset((
    "à", "a", "au", "aux", "en", "de", "du", "des", "in", "at", "to", "of", "on", "for", "from", "with", "near", "by",
    "into", "over", "after", "before", "bei", "im", "nach", "von", "zu", "aus", "el", "para", "por", "con", "di", "da",
    "del", "su", "per", "nel", "em", "no", "na", "do", "dos", "das", "w", "z", "v", "ve", "und", "and", "y", "e", "et"))
# The last word of many two-word outlet names ("Quanta Magazine", "Deccan Herald", "Florida Today"): after a Title
# Case headline in a trending list ("... Immune Responses Quanta Magazine") it takes the word before it along.
OUTLET_TAIL_WORDS = frozenset((
    "magazine", "international", "theater", "theatre", "news", "times", "post", "herald", "today", "journal",
    "tribune", "insider", "daily", "weekly", "review", "report", "blog", "radio", "tv", "network", "media", "press",
    "gazette", "chronicle", "examiner", "guardian", "telegraph", "independent", "express", "mirror", "standard",
    "star", "sun", "mail", "record", "observer", "wire", "digest", "world", "online", "stone", "monitor", "register",
    "courier", "bulletin", "dispatch", "leader", "sentinel", "ledger", "hub", "daily"))
# A details list's "Headline" label over the story's headline ("Headline" / "Lettings firm fined £18,000 ..."): a
# court-listings page, a syndication feed's record view, a clipper's properties.
HEADLINE_LABEL = rx(r"^\s*(headline|title|story title|article title|titel|überschrift|schlagzeile|titre|título|titolo|"
                    r"tytuł|nagłówek|заголовок|назва|otsikko|rubrik|overskrift|kop|başlık|judul|tiêu đề|标题|標題|"
                    r"見出し|제목)\s*[:：፡፦]?\s*$", re.IGNORECASE)
LABEL_COLON_REACH = 24  # characters in which a credit's label ends with its colon ("نقلاً عن:", "Source :")
LABELLED_CREDIT_CHARS = 100  # a details list's credit item is this short


def labelled_credit(text: str) -> bool:
    """A short credit whose label ends in a colon ("Source: X", "Quelle: X", "نقلاً عن: X": quoted from X), as a
    post's details list prints it among its date and tags (a sentence in a list item stays an item)."""
    head = text[:LABEL_COLON_REACH]
    return (":" in head or "：" in head) and len(text) <= LABELLED_CREDIT_CHARS and SOURCE_LINE.match(text) is not None


# The label of a byline row naming the source outlet on the next line ("Źródło" / "Tygodnik X").
SOURCE_LABEL = rx(r"^\s*(źródło|source|quelle|fuente|fonte|kaynak|sumber|bron|источник|المصدر|स्रोत|出典|来源|출처|"
                          r"記事提供社|提供社|配信元|"  # Japanese portals' "article provider" box
                          r"publication|publisher|original source|source originale|fuente original|originalquelle|"
                          # a clipping's details panel ("Outlet" / "X"), and source labels in more languages
                          r"žórło|outlet|media outlet|newspaper|paper|original newspaper|zeitung|journal|periódico|giornale|"
                          r"jornal|gazeta|krant|avis|tidning|lehti|újság|noviny|gazete|nusipepa|funtana|funtauna|izvor|vir|zdroj|sursa|sursă|lähde|kilde|kjelde|källa|chanzo|সূত্র|منبع|"
                          r"šaltinis|allikas|извор|pinagmulan|ذریعہ|jatorrizko albistea|iturria|източник|дереккөз|ምንጭ|sors|"
                          r"artikel asal|sumber asal|font original|kuhusu chanzo|about (the|this) source|"
                          r"à propos de la source|über die quelle|sobre la fuente|"
                          r"mənbə|manba|burimi|წყარო|աղբյուր|эх сурвалж|ប្រភព|ທີ່ມາ|ရင်းမြစ်|මූලාශ්‍රය|மூலம்|మూలం|"
                          r"ಮೂಲ|ഉറവിടം|साभार|orisun|majiya|umthombo|xigasho|ffynhonnell|foinse|heimild|"
                          r"крыніца|tùs|quell|سرچینه|સ્રોત|સ્ત્રોત|булак|ਸਰੋਤ|манбаъ|çeşme|مەنبە|çavkanî|سەرچاوە|fonto|boarne|"
                          r"kelda|loharano|inkomoko|madda|ምንጪ|ذريعو|isi mmalite|mohloli|"
                          r"keldá|ແຫຼ່ງຂ່າວ|సౌజన్యం|ಕೃಪೆ|நன்றி|mammenn|tushe|"
    # Tatar, Dhivehi ("news source"), Tibetan
    r"чыганак|(ޚަބަރުގެ )?މަސްދަރު|ཁུངས|" + _MORE_SOURCE_WORDS + r"|"
                          # a content exchange's details list: "Contributed by" / "The Harlan Bay Record"
                          r"contributed by|provided by|supplied by|courtesy of|distributed by|bereitgestellt von|"
                          r"fourni par|proporcionado por|fornito da)"
                          r"\s*[:：፡፦]?\s*$", re.IGNORECASE)
# A dateline naming its source after the time: "2025-06-12 08:35　来源：澜江日报 举报 跟贴 326", "12 May 2025 Source:
# The Daily Courier" (the time part is checked separately; report and comment links after a CJK name are dropped).
DATED_SOURCE = rx(r"^(?P<time>.{4,40}?)\s*(来源|來源|出典|출처|source|quelle|fuente|fonte|źródło|kaynak|sumber)"
                          r"\s*[:：፡፦]\s*(?P<name>\S.{0,40}?)(\s+(举报|舉報|跟贴|跟帖|评论|評論|分享)\b.*)?\s*$",
                          re.IGNORECASE)
# A library-database citation row naming the paper and the issue date, outlet first and full stop before the date
# (ProQuest/Factiva-like result lists and record heads): "Tidewater Evening Star. Apr 2, 2025", "Harbour Post;
# Port Ambrose [Port Ambrose]. 13 May 2025: A.3." (the place after ";" and the page after ":" are not the outlet).
# A dateline's town in capitals glued after the outlet in a byline ("The Harrowby Post HARROWBY, 12 January 2026").
DATELINE_TOWN_TAIL = rx(r"(?<=[a-z])\s+[A-ZÀ-Ý][A-ZÀ-Ý'-]{3,}$")
# A clipping list's or a print view's card row: outlet, comma, full date with its year ("Fjarðatíðindi, 14.09.2022",
# "Harwick Examiner, 14 March 2024", "Alföldi Napló, 2025. április 27.").
COMMA_DATED_SOURCE = rx(r"^(?P<name>[^,.;:|·•\d]{2,60}?),\s+(?P<time>[^;|·•]{0,30}?\d{4}[^;|·•]{0,20})$")
CITED_SOURCE = rx(r"^(?P<name>[^.;:\[\]]{2,60}?)(\s*;\s*[^.;:]{2,40}?)?(\s*\[[^\]]{1,40}\])?\.\s+"
                  r"(?P<time>[^:;]{6,40}?)(\s*:\s*[A-Z]{0,2}\.?\s?\d{1,3}[A-Z]?)?\.?\s*$")
# A bare host name ("harrowgateledger.example", "www.tidewater-star.com"): a clipping's outlet row names it.
HOST_NAME = rx(r"^(www\.)?[a-z0-9][a-z0-9-]{1,62}(\.[a-z0-9-]{2,63}){1,3}$", re.IGNORECASE)
# The button that closes a pop-up (a newsletter or app overlay): "No thanks, maybe later", "Not now", "Nein, danke".
DISMISS_BUTTON = rx(r"^\s*(no,? thanks?\b.{0,30}|not now|maybe later|close|dismiss|[×✕✖]|nein,? danke.{0,20}|"
                    r"non merci.{0,20}|no,? gracias.{0,20}|não,? obrigad[oa].{0,20}|no,? grazie.{0,20}|"
                    r"nee,? bedankt.{0,20}|nej tack.{0,20}|nei takk.{0,20}|ei kiitos.{0,20}|nie,? dziękuję.{0,20})\s*$",
                    re.IGNORECASE)
# A search result's address row: "kaarnalansanomat.example › uutiset › 2025/06", "www.site.com › news".
RESULT_URL = rx(r"^\s*(https?://)?(?P<host>(www\.)?[a-z0-9][a-z0-9-]{0,62}(\.[a-z0-9-]{2,63}){1,3})"
                r"(\s+›\s+[^›]{1,60}){1,5}\s*$", re.IGNORECASE)
# A search result's snippet: its age, a dash, words cut at both ends ("3 tuntia sitten — Kaarnalan kaupunki on ...",
# "2 days ago — The city said …"). Text dumps only.
RESULT_SNIPPET = rx(r"^\s*(" + TEXT_RELATIVE_TIME + "|" + TEXT_DATE + r")\s+[—–]\s+\S.{10,}(…|\.\.\.)\s*$",
                    re.IGNORECASE)
# Where a line holding a name splits into parts: "— Priya Lakhani, The Halvard Review", "X · Y | Z".
# A host's first label that is no outlet's name ("blog.python.org" is not "Blog", "news.example.org" not "News").
GENERIC_HOST_LABELS = frozenset({"blog", "blogs", "news", "m", "mobile", "amp", "en", "de", "fr", "es", "it", "www2",
                                 "web", "home", "portal", "online", "shop", "info", "media", "press", "site"})
# Words before an outlet's name in a link card's or a credit's attribution: "More from The Fenwick Ledger", "via X".
ATTRIBUTION_PREFIX = rx(r"^(more (stories )?from|from|via|by|mehr von|plus de|más de|von|par|por|di|van)\s+",
                        re.IGNORECASE)
# A social post's <title>: the poster, then the post's text in quotes ("Coastline Digest: "Fenwick's last cannery
# ..." - Tidewater Social", "Jane on X: "..." / X"); its og:title names only the poster ("Coastline Digest
# (@digest@tidewater.social)").
POST_QUOTE_TITLE = rx(r"^\s*[^:\"“]{1,80}?(\s+on\s+[^:\"“]{1,40})?\s*:\s*[\"“](?P<text>[^\"”]{10,}?)…?[\"”]"
                      r"\s*([|/–—-].{0,60})?$")
PROFILE_TITLE = rx(r"\(@[\w.-]+(@[\w.-]+)?\)\s*$")
NAME_PARTS = rx(r"\s*(?:[,·|•]|\s[—–-]\s|^[—–-]\s)\s*")
# What a byline glued to its date leaves after the writer's name: a handle, a date label or a connector
# ("Chris Pokorny@DawgsByNature", "Umair Irfan Updated", "Moritz Bachmann publiziert am", "Michael Smith on").
WRITER_TAIL = rx(r"(\s*@\w+|\s+(updated|published|posted|publiziert am|veröffentlicht am|aktualisiert am|publié le|"
                 r"mis à jour le|publicado el|pubblicato il|on|am|le|el|il|em|op|på|dne|,))+\s*$", re.IGNORECASE)
# A badge printed after a teaser's title in a list (upper case only: "… NEW", "… NEU", "… 速報").
TITLE_BADGE = rx(r"\s+(NEW|NEU|NUEVO|NOVO|NUOVO|NIEUW|NOUVEAU|HOT|UPDATE|新着|速報|最新|独家)!?\s*$")
# A day and month without a year, as card rows print them: "03-10", "14.3.", "3/14".
SHORT_DATE = rx(r"^\s*\d{1,2}[-./]\d{1,2}\.?\s*$")
# A Chinese reprint notice naming the original outlet: "【版权声明】本文转载自青岚晚报，版权归原作者所有" ("reprinted from X").
REPRINT_LINE = rx(r"(本文|此文)?(经授权|經授權)?(转载|轉載|转自|轉自)(自|于|於)?[《「]?"
                          r"(?P<name>[^，,。；;：:\s【】()（）《》「」]{2,20})[》」]?([，,。；;]|\s*$)")
# A date or clock time somewhere inside a short line: marks an unparsed dateline under a title in any language
# ("滨海日报2025-04-21 07:30记者 林晓雯", "2/14(金) 6:05配信", "정하윤 기자 입력 2025.09.02. 오전 8:31",
# "صحيفة الواحة منذ 5 ساعات", "Quelle: X | 12.05.2025, 14:32 | Von Y", "Name|Outlet|3 घंटे पहले").
# A label of one to three words with a count in brackets: "Kommentare (3)", "קאָמענטאַרן (3)", "Photos [12]".
COUNTED_LABEL = rx(r"^\s*\S+(\s\S+){0,2}\s*[(\[（]\d{1,5}[)\]）]\s*$")
DIGIT_RUN = rx(r"\d+")  # a run of digits of any script ("2025", "២០២៥", "१०"): int() reads them all
DATELINE_HINT = rx(
    r"(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}/\d{1,2}\s*[(（]\S[)）]|"
    r"\b\d{1,2}:\d{2}\b|\d{4}年\d{1,2}月\d{1,2}日|منذ\s+\S+|\d+\s*(초|분|시간|일)\s*전|"
    + TEXT_COUNTED_TIME + ")",
    re.IGNORECASE,
)
# Action rows under a comment, reply first or last, with counters: "Antworten | Melden", "Répondre J'aime",
# "Responder Me gusta", "返信 共感した 32 うーん 2", "답글 공감 3 비공감 2", "回复 点赞", "Reply Report".
# A trending box's counter on a line of its own, in HTML ("241people talking", "1.2K people reading this"); a dump
# keeps it as its card's meta row (dropping it there makes the card's headline read as a story's).
TALK_COUNTER = rx(r"^\s*[\d.,]+[km]?\s*(people|persons|users|readers) (are )?(talking|reading|discussing|watching|"
                  r"sharing)( about)?( this)?\s*$", re.IGNORECASE)
# A post's reaction counts in any language: reaction glyphs, then counts among a few words ("👍❤️ 312 Sharhi 48
# Rabawa 27", "👍 ❤️ 💡 214 · 37 Comments", "❤️😂 1.2K · 48 comments · 9 shares").
REACTION_ROW = rx(r"^\s*[👍❤😂😮😢😡🥰👏🔥💬♥💡]\ufe0f?(\s?[👍❤😂😮😢😡🥰👏🔥💬♥💡]\ufe0f?){0,4}\s*\d[\d.,]*[KkMm]?"
                  r"(?=.*\s\d)(\s*[·|]?\s*\S+){1,6}\s*$")
TEXT_COMMENT_ACTION = rx(  # "Rispondi 👍 21 Segnala", "Suka (18) Balas"
    r"^\s*([\[［]?(reply|report|like|dislike|antworten|melden|répondre|signaler|j'aime|responder|denunciar|me gusta|"
    r"responder|curtir|rispondi|segnala|mi piace|返信|共感した|うーん|违反報告|そう思う|そう思わない|回复|点赞|举报|"
    r"liker ikke|liker|gillar inte|gilla|gillar|tykkää|en tykkää|"  # Norwegian, Swedish, Finnish like / dislike
    # a store's news post: "Gosto 212Não gosto 4", "Нравится 87Не нравится 1", "いいね 128よくないね 3"
    r"não gosto|gosto|no me gusta|je n'aime pas|gefällt mir nicht|gefällt mir|не нравится|нравится|よくないね|いいね|"
    r"не свиђа ми се|свиђа ми се|ne sviđa mi se|"  # Serbian
    r"参考になった|役に立った|讚|赞|回覆|amsa|"  # a board's "helpful" button: "参考になった 14 [返信]" (a bracketed button: "[返信]")
    r"답글|공감|비공감|신고|"
    r"ответить|пожаловаться|відповісти|поскаржитися|поділитися|رد|إعجاب|जवाब दें|पसंद|respect|reageer|なるほど|balas|suka|"
    r"respon|m'agrada|odgovori|sviđa mi se|jibu|penda|উত্তর দিন|পছন্দ|পাসخ|پاسخ|svar|synes godt om|"
    r"atsakyti|vasta|одговори|sumagot|جواب دیں|antwoord|svara|atbildēt|përgjigju|პასუხი|պատասխանել|ateb|responder|erantzun|wieġeb|отговори|жауап беру|መልስ|"
    r"freagair|cavab ver|cavabla|javob berish|javob yozish|பதில்|பதிலளி|जवाफ दिनुहोस्|जवाफ|хариулах|පිළිතුරු|ឆ្លើយតប|ymateb|svara|\+?\s*is maith liom|bəyən|yoqdi|பிடித்தது|मन पर्यो|таалагдлаа|"
    # any emoji as a reaction: a channel post's "😢 312 😡 254 👍 40"
    r"[👍👎♥❤♡▲▼⬆⬇\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)[\]］]?\s*[|·•]?\s*(\(?\d+\)?\s*[|·•]?\s*)?){2,}$",
    re.IGNORECASE,
)
# A comment's footer row: its time, then like and reply buttons with counts ("1 ชั่วโมงที่แล้ว · ถูกใจ 33 · ตอบกลับ",
# "2h · Like 4 · Reply", "3時間前 · いいね 12 · 返信").
_ACTION_WORDS = (r"(like|likes|reply|replies|report|share|ถูกใจ|ตอบกลับ|いいね|返信|赞|点赞|回复|答复|좋아요|답글|공감|"
                 r"gefällt mir|antworten|j'aime|répondre|me gusta|responder|curtir|mi piace|rispondi|vind ik leuk|"
                 r"reageer|beantwoorden|beğen|yanıtla|suka|balas|thích|trả lời|нравится|ответить|подобається|"
                 r"відповісти|לייק|הגב|إعجاب|رد|पसंद|जवाब दें|atsakyti|vasta|одговори|odgovori|sumagot|جواب دیں|"
                 r"antwoord|atbildēt|përgjigju|პასუხი|მოწონება|պատասխանել|hoffi|ateb|ymateb|erantzun|wieġeb|"
                 r"отговори|харесвам|жауап беру|መልስ|freagair|cavab ver|cavabla|javob berish|javob yozish|பதில்|பதிலளி|जवाफ दिनुहोस्|जवाफ|хариулах|පිළිතුරු|ឆ្លើយតប|ymateb|svara|is maith liom|bəyən|yoqdi|பிடித்தது|"
                 r"मन पर्यो|таалагдлаа)")
COMMENT_FOOTER = rx(r"^\s*(" + TEXT_RELATIVE_TIME + "|" + TEXT_SHORT_TIME + r")(\s*[·•|]\s*(" + _ACTION_WORDS
                            + r"(\s*\(?\d+\)?)?|\d+))+\s*$", re.IGNORECASE)
# A row of list tabs over a teaser list, two or more of: latest, popular, most read, trending, top ("Latest |
# Popular", "ล่าสุด ยอดนิยม", "Neueste Meistgelesen", "最新 热门"). One such word alone is a menu entry, not a header.
_TAB_WORD = (r"(latest|newest|recent|popular|most popular|most read|most viewed|trending|top|"
             r"neueste|aktuell|beliebt|meistgelesen|récents|populaires|les plus lus|recientes|populares|"
             r"más leídas|últimas|mais lidas|recentes|più letti|recenti|nieuwste|populair|senaste|populärt|"
             r"najnowsze|popularne|последние|популярное|ล่าสุด|ยอดนิยม|最新|热门|最热|人気|新着|최신|인기|"
             r"terbaru|terpopuler|mới nhất|xem nhiều|en son|en çok okunan|الأحدث|الأكثر قراءة|नवीनतम|लोकप्रिय)")
# A ranking's period tabs, a label a line over the list: "Dnes" / "Týždeň", "Today" / "This week", "Heute" / "Woche".
PERIOD_TAB = rx(r"^\s*(today|this week|this month|24 hours|24h|7 days|week|month|all time|heute|woche|monat|"
                r"aujourd'hui|semaine|mois|hoy|semana|mes|oggi|settimana|mese|hoje|vandaag|deze week|idag|i dag|"
                r"veckan|uge|dziś|dzisiaj|tydzień|miesiąc|dnes|týden|týždeň|měsíc|mesiac|ma|hét|hónap|danes|teden|"
                r"сегодня|неделя|месяц|сьогодні|тиждень|今日|今週|今月|今天|本周|本月|오늘|주간|월간)\s*$", re.IGNORECASE)
TAB_ROW_HEADER = rx(r"^\s*" + _TAB_WORD + r"(\s*[|·/•]?\s*" + _TAB_WORD + r"){1,3}\s*$", re.IGNORECASE)
# Comment and related headers not in COMMENT_HEADER / RELATED_HEADER: compound and regional wordings
# ("Leserkommentare (4)", "Weitere Meldungen aus der Region", "ताज़ा ख़बरें", "함께 볼만한 뉴스", "アクセスランキング",
# "اقرأ أيضاً", "Próxima notícia").
TEXT_COMMENT_HEADER = rx(
    r"^\s*(leserkommentare|lesermeinungen|kommentare der leser|reader comments|commentaires des lecteurs|"
    r"comentarios de los lectores|टिप्पणियां|تعليقات القراء|отзывы читателей|"
    # "Comments" in languages no other rule knows: Belarusian, Kyrgyz, Gujarati, Malayalam, Hausa, Pashto, Lao,
    # Burmese, Luxembourgish, Scottish Gaelic, Telugu, Kannada, Marathi, Punjabi, Tajik, Turkmen, Somali, Zulu,
    # Esperanto, Frisian, Faroese, Kurdish, Sorani, Uyghur ("Beachdan a’ chlas": a class's comments)
    r"(\d+\s+)?(каментарыі|каментары|водгукі|комментарийлер|пикирлер|ટિપ્પણીઓ|પ્રતિભાવો|"
    r"അഭിപ്രായങ്ങൾ|കമന്റുകൾ|പ്രതികരണങ്ങൾ|sharhi|ra'ayoyi|tsokaci|تبصرې|نظرونه|ຄຳເຫັນ|မှတ်ချက်များ|kommentaren|"
    r"beachdan( a[’'] chlas)?|వ్యాఖ్యలు|కామెంట్లు|ಪ್ರತಿಕ್ರಿಯೆಗಳು|ಕಾಮೆಂಟ್‌ಗಳು|टिप्पण्या|ਟਿੱਪਣੀਆਂ|шарҳҳо|назарҳо|"
    r"teswirler|faallooyin|amazwana|komentoj|reaksjes|viðmerkingar|şîrove|لێدوانەکان|ئىنكاسلار)"
    r"(\s*[(（]\s*\d+\s*[)）])?)\s*[:：፡፦]?\s*$",  # (\d: digits of every script)
    re.IGNORECASE,
)
# A footnote naming the story's original, credited even inside a link list: "Original article: X — https://...".
# A credit whose outlet is only a logo after it: "Story via <img alt='Backline Magazine'>", "Mit Material von <img>".
LOGO_CREDIT_LABEL = rx(r"^\s*((story|article|report|news|content|text)\s+)?(via|from|by|courtesy of|provided by|"
                       r"powered by|in partnership with|mit material von|en colaboración con|en partenariat avec|"
                       r"em parceria com|in collaborazione con)\s*:?\s*$", re.IGNORECASE)
ORIGINAL_CREDIT = rx(r"^\s*(original (article|story|report|post)\s*[:：፡፦]|" + ARTICLE_SOURCE_LABEL + "|"
                     # an "About this article" box beside the story: "This article first appeared in X and is ..."
                     r"(this|the) (story|article|post|guide|piece|report|interview|column|feature|essay|review|analysis|explainer) (was )?(first|originally) (appeared|published|ran) (in|on|by) )",
                     re.IGNORECASE)
# A footer's explicit credit for the page's content, trusted anywhere after the story: "Contenuto fornito da X.",
# "Content provided by X", "Contenu fourni par X", "Inhalt bereitgestellt von X", "Originally published in X"
CONTENT_CREDIT = rx(r"^\s*(©\s*)?(" + _CONTENT_PROVIDED_BY + r"|" + _FIRST_PUBLISHED_IN + r"|inhalt bereitgestellt von|"
                    r"(content|news|copy|story|article) (provided|supplied) by|((this|the) (story|article|post|guide|piece|report|interview|column|feature|essay|review|analysis|explainer) (was )?)?(originally|first) (published|appeared) (in|on|by))\s",
                    re.IGNORECASE)
# A forum quote box's title line naming who is quoted: "The Brayford Mercury said:", "Originally Posted by X",
# "X schrieb:", "X a dit :", "X escribió:", "Zitat von X", "Cytat: X"
QUOTE_SAID = rx(r"^\s*((originally posted by|quote from|zitat von|citation de|cita de|cytat)\s*:?\s*(?P<name>.{2,60}?)|"
                r"(?P<name2>.{2,60}?)\s+(said|wrote|schrieb|a écrit|escribió|ha scritto|disse|schreef|napisał|пишет|"
                r"написал|kirjoitti|skrev|yazdı))\s*[:：፡፦]?\s*$", re.IGNORECASE)
# Articles an outlet's name may open with, never a person's ("The Carver Falls Sentinel-Press", "Le Courrier").
OUTLET_ARTICLES = frozenset({"The", "Le", "La", "Les", "L'", "Der", "Die", "Das", "El", "Los", "Il", "Lo", "O", "A", "De", "Het"})
# A translated story's original headline under the translated one: "Original title: X", "Tajuk asal: X", "Titre
# original : X", "Originaltitel: X", "Título original: X", "Titolo originale: X", "Oorspronkelijke titel: X"
ORIGINAL_TITLE = rx(r"^\s*(original (title|headline)|tajuk asal|judul asli|titre original|originaltitel|"
                    r"originalüberschrift|título original|titolo originale|oorspronkelijke titel|tytuł oryginalny|"
                    r"orijinal başlık|оригинальный заголовок|原标题|原題|원제)\s*[:：፡፦]\s*\S", re.IGNORECASE)
# A rating in an app or shop row ("News · Daily · 4.7 ★ (1.2K ratings)", "★ 4,5 (312 Bewertungen)"): never a headline
RATING_ROW = rx(r"\d([.,]\d)?\s*[★☆⭐]|[★☆⭐]\s*\d([.,]\d)?|\(\s*\d+([.,]\d+)?\s*[kKmM]?\s*(ratings|reviews|bewertungen|"
                r"avis|valoraciones|avaliações|recensioni|beoordelingen|отзыв\w*|оцен\w*)\s*\)", re.IGNORECASE)
# A caption printed with its labels in capitals: "IMAGE: Rye growing on a study field. CREDIT: Tomas Obi", "PHOTO: ..."
LABELLED_CAPTION = rx(r"^\s*(?-i:IMAGE|PHOTO|PICTURE|FOTO|BILD|VIDEO|GRAPHIC)\s*:\s*\S.*$")
# A link to a person's profile page: "/user/quietcartographer/", "/u/x", "/@handle", "/profile/123", "/members/x".
PROFILE_HREF = rx(r"(^|/)(user|users|u|profile|profiles|members?|people|author)/[^/?#]+/?$|(^|/)@[\w.-]+/?$",
                  re.IGNORECASE)
# A link post's address row: "Link: tarrowadvocate.example/news/2025/11/03/...", "Quelle: www.example.de/artikel", a
# read-later export's "Original: https://www.dunmoreledger.example/news/...".
LINK_ROW = rx(r"^\s*(link|url|source|quelle|fuente|fonte|lien|enlace|original|original (article|link|url)|origine|"
              r"originalartikel)\s*[:：፡፦]\s*(https?://)?(www\.)?"
              r"(?P<host>[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,})(/\S*)?\s*$", re.IGNORECASE)
# A bulletin board's author panel beside each post (phpBB, vBulletin): "Posts: 8740", "Joined: Tue Jan 06, 2004
# 8:41 pm", "Beiträge: 412", "Registriert: 12.03.2009"; the next post of a thread, not more of the story.
FORUM_PROFILE = rx(r"^\s*(posts|beiträge|messages|mensajes|messaggi|berichten|posty|сообщения|повідомлення|joined|"
                   r"registriert|registriert seit|inscrit le|inscription|registrado|iscritto il|lid sinds|dołączył|"
                   r"зарегистрирован)\s*[:：፡፦]\s*\S.{0,60}$", re.IGNORECASE)
# A forum post's vote bar with its comment count, right over the thread: "⇧ 412 ⇩ 6 comments Share", "▲ 88 ▼ 12 Comments".
VOTE_BAR = rx(r"^\s*[⇧▲↑⬆]\s*\d[\d.,]*[kK]?\s*[⇩▼↓⬇]\s+\d[\d.,]*[kK]?\s+(comments?|replies|kommentare|commentaires|"
              r"comentarios|commenti|reacties|komentarzy|komentáře|kommentarer)(\s+(share|save|award|report))*\s*$",
              re.IGNORECASE)
TEXT_RELATED_HEADER = rx(
    r"^\s*(weitere (meldungen|nachrichten|artikel)( aus .{1,30})?|mehr aus .{1,30}|ताज़ा ख़बरें|ताजा खबरें|"
    # an e-paper's other articles on the printed page or in the issue: "On this page", "Інші статті на цій сторінці",
    # "Pe aceeași pagină", "Auf dieser Seite" (dumps only: a PDF page's "In this issue" box holds its own story)
    r"((also |more |other (articles|stories) )?on (this|the same) page|(інші статті )?на цій сторінці|"
    r"(другие статьи )?на этой странице|pe (această|aceeași) pagină|(alte articole )?(din|în) această ediție|"
    r"(weitere artikel )?auf dieser seite|(sur|dans) (cette|la même) page|en (esta|la misma) página|nesta página|"
    r"in questa pagina|op deze pagina|bu sayfada|di halaman ini|ezen az oldalon|na tej stronie|na této stránce)|"
    # Arabic "more news (from X)", "related news": "المزيد من أخبار سوس", "أخبار ذات صلة"
    r"المزيد من (أخبار|الأخبار|المقالات)( .{1,30})?|أخبار ذات صلة|مقالات ذات صلة|"
    r"और पढ़ें|함께 볼만한 뉴스|이 기사와 함께 본 뉴스|(アクセス)?ランキング(\s.{1,30})?|اقرأ أيضاً|اقرأ أيضا|"
    r"próxima (notícia|matéria)|siguiente noticia|article suivant|nächster artikel|articolo successivo|"
    r"next (story|article)|следующая статья|下一篇|次の記事|다음 기사|"
    # "Related news" / "Read also" / "More news" in languages no other rule knows (as for TEXT_COMMENT_HEADER)
    r"чытайце таксама|звязаныя (навіны|артыкулы)|іншыя навіны|окшош (жаңылыктар|макалалар)|тектеш жаңылыктар|"
    r"дагы окуңуз|સંબંધિત (સમાચાર|લેખ)|આ પણ વાંચો|અન્ય સમાચાર|അനുബന്ധ വാർത്തകൾ|ഇതും വായിക്കുക|കൂടുതൽ വാർത്തകൾ|"
    r"વધુ (વેબ )?સ્ટોરીઝ|વધુ સમાચાર|labarai masu ala(ƙ|k)a|karanta kuma|اړوند (خبرونه|مطالب)|دا هم ولولئ|نور خبرونه|ຂ່າວທີ່ກ່ຽວຂ້ອງ|ອ່ານຕື່ມ|"
    r"ဆက်စပ်သတင်း(များ)?|och interessant|ähnlech artikelen|liest och|méi artikelen|aner artikelen|"
    r"naidheachdan (co-cheangailte|eile)|leugh cuideachd|stuth eile( sa chuspair seo)?|సంబంధిత వార్తలు|"
    r"ఇవి కూడా చదవండి|ಸಂಬಂಧಿತ ಸುದ್ದಿ(ಗಳು)?|ಇದನ್ನೂ ಓದಿ|संबंधित बातम्या|हेही वाचा|ਸਬੰਧਤ ਖ਼ਬਰਾਂ|ਇਹ ਵੀ ਪੜ੍ਹੋ|"
    r"хабарҳои марбут|инчунин хонед|warar la xiriira|akhri sidoo kale|izindaba ezihlobene|funda futhi|"
    r"rilataj artikoloj|legu ankaŭ|povezane vijesti|vezane vijesti|najčitanije( vijesti)?|pročitajte (još|i))"
    r"\s*[:：፡፦]?\s*$",
    re.IGNORECASE,
)
# Copyright and reprint notices closing an article, without a year: "ⓒ 한빛일보, 무단 전재 및 재배포 금지",
# "本文转载自X，版权归原作者所有", "جميع الحقوق محفوظة", "無断転載を禁じます", "सर्वाधिकार सुरक्षित".
# The outlet a copyright notice names: "© 2025 Nádasparti Hírlap. Minden jog fenntartva.", "Copyright 2025 Northstar
# Wire. All rights reserved.", "ⓒ 한빛일보, 무단 전재 및 재배포 금지".
COPYRIGHT_OUTLET = rx(r"^\s*(ⓒ|©|\(c\)|copyright)\s*(©\s*)?((19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?\s*)?"
                              r"(?P<name>[^\d.,;|<>()]{2,60}?)\s*([.,;|]|$)", re.IGNORECASE)
TEXT_COPYRIGHT_LINE = rx(
    r"^\s*(ⓒ|©|\(c\)|copyright\b)(?!\s*provided by).{0,120}$|.*(무단 ?전재|재배포 금지|版权(归|所有)|转载自|無断転載|禁止转载|"
    r"جميع الحقوق محفوظة|सर्वाधिकार सुरक्षित|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati).*$",
    re.IGNORECASE,
)
# A link back to the original outlet closing a republished article: "This story originally appeared in X. Read the
# original", "Open on X" (a feed card's link out), "Lire l'article sur X", "Zum Originalartikel beim X", "اقرأ الخبر من المصدر", "(यह ख़बर X से ली गई है)",
# "【関連】Xの記事を読む", "Leia a matéria original".
# A syndication card closing the story: the outlet's logo text, then its button ("Port Alder Gazette Continue reading
# Full story on the publisher's site", "Der Lindauer Bote Weiterlesen", "Le Courrier du Val Lire la suite")
OUTLET_READ_ON = rx(r"^\s*(?P<name>\S.{1,60}?)\s+(continue reading|read (the )?full (story|article)|weiterlesen|"
                    r"lire la suite|seguir leyendo|continua a leggere|continue lendo|lees verder)"
                    r"(\s+(the )?full (story|article) on the (publisher|source|original)['’]?s? (site|website|page))?\W*$",
                    re.IGNORECASE)
TEXT_ORIGINAL_LINK = rx(
    r"^\s*(.*\boriginally (appeared|published) (in|on|at)\b.*|read (the )?(original|full) (story|article).*|"
    r"open on .{1,60}|continue (reading )?(at|on) \S.{0,60}|"
    # a button out to the story's own site: "Go to the publisher's site", "Read more on the publisher's website"
    r"(go|head|continue|visit|view (it )?on|read (it |more |this |the (full |whole )?(story|article) )?(on|at)) (over )?(to )?(the )?"
    r"(publisher|source|original)(['’]s)? (site|website|page)\W{0,3}|zobrazit původní článek.{0,40}|go to (the )?(full|original) (story|article) (at|on) .{1,60}|((share|save|like)\s+){0,3}read (it |more |this )?on \S.{0,60}|read (the )?full (story|article) (on|at) .{1,60}|lees (het volledige artikel|verder) (op|bij) .{1,60}|"
    r"läs hela (artikeln|texten) (på|hos) .{1,60}|czytaj (całość|więcej) (na|w) .{1,60}|baca selengkapnya( di .{1,60})?|"
    r"haberin (devamı|tamamı).{0,60}|cały artykuł przeczytasz.{0,80}|"
    r"(đọc|xem) bài gốc.{0,60}|อ่านต่อที่.{0,60}|διαβάστε ολόκληρο το άρθρο.{0,60}|"
    # Icelandic "Lesa upprunalegu fréttina – X ↗" (read the original news), Esperanto "Legu la originalon ĉe X"
    r"lesa (upprunalegu|alla) (fréttina|greinina).{0,60}|legu la (originalon|originalan artikolon).{0,60}|"
    r"lire l['’]article (sur|original).*|zum originalartikel.*|(lea|ver) la noticia original.*|leia a (matéria|notícia) original.*|"
    r"ver (a )?(matéria|notícia) original.*|voir l'article original.*|vedi l'articolo originale.*|originalartikel (lesen|ansehen).*|"
    r"leggi l'articolo originale.*|اقرأ الخبر من المصدر.*|\(?यह ख़बर .{1,60} से ली गई है.{0,120}\)?|【関連】.{1,60}の記事を読む|"
    r"원문 ?보기|기사원문|לכתבה המקורית|למאמר המקורי|į originalų straipsnį|originaalartikkel|"
    r"оригинални (текст|чланак)|pôvodný článok|orihinal na (balita|artikulo)|اصل خبر|"
    r"view (the )?original (article|story|post)|see (the )?original (article|story)|"
    r"read (the )?original (at|on) .{1,60}?\W{0,3})\s*$",  # ("Read the original at the X →")
    re.IGNORECASE,
)

# Markdown read back as input (pre-commit style runs over files we wrote): "# Title", "## Section" headings and
# CommonMark backslash escapes ("\\*", "\\_", "\\[") around otherwise plain text.
# ---- Dumps made by other tools (dumpform.py reads them back as one line per block) ----
# lynx -dump: "[13]Talgarth" link numbers, "[LINK]"/"[IMG]" placeholders, and the "References" list of numbered
# addresses it appends ("  13. https://...").
LYNX_MARK = rx(r"\[\d{1,4}\](?=[^\W\d_]|_{4}|\[[A-Z])")  # right before a link's text ("Artz4you[52]ESB"), a field or a
# placeholder; not a footnote ("heat[1],", "[1] Alarm fatigue ...") nor code ("a[1]=", "[2]?")
LYNX_PLACEHOLDER = rx(r"\[(LINK|IMG|INLINE|BUTTON|EMBED|IFRAME|FRAME|OBJECT)\]")
REFERENCES_HEADER = rx(r"^\s*(References|Visible links|Hidden links)\s*:?\s*$")
REFERENCE_LINE = rx(r"^\s*\d{1,4}\.\s+(https?:|mailto:|javascript:|file:|ftp:|tel:|data:|#)\S*\s*$")
# w3m's buttons: a line of bracketed labels only ("[Понятно]", "[Пересказать статью с помощью ИИ]", "[Найти]").
BRACKET_BUTTONS = rx(r"^\s*(\[[^\[\]\d\n]{1,60}\]\s*)+$")
# An empty form field as text browsers draw it: lynx "____________________", w3m "[                    ]".
FORM_FIELD = rx(r"\[?_{6,}\]?|\[ {6,}\]")
# html2text-style Markdown: images (alt text kept), links (their text kept), emphasis, bullets, table rules.
MD_IMAGE = rx(r"!\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
MD_LINK = rx(r"\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
MD_STRONG = rx(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_EMPHASIS = rx(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
MD_BULLET = rx(r"^([ \t]*)[*+-][ \t]+(?=\S)", re.MULTILINE)
MD_TABLE_RULE = rx(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.MULTILINE)
# A setext heading's underline (pandoc, Markdown: "=====" under the title) or a rule drawn in text ("-----", "* * *").
TEXT_RULE = rx(r"^[ \t]*([-*_=~─━═][ \t]*){3,}$")  # (w3m draws <hr> as "────")
# A screen reader's speech log: the role it announces before a node's name ("heading level 2, X", "link, X",
# "button, X", "graphic, X") and the lines that only announce structure ("list, 6 items", "out of list",
# "navigation landmark", "article").
SPOKEN_ROLE = rx(r"(?<![^\s,])(heading level \d|heading|link|visited link|button|graphic|image|img|dialog|region|"
                 r"landmark|figure|table|cell|row|checkbox|edit text|edit|text field|combo box|search|tab|menu item|"
                 r"clickable),\s+",
                 re.IGNORECASE)
SPOKEN_HEADING = rx(r"^\s*heading level (?P<level>[1-6]),\s+", re.IGNORECASE)
SPOKEN_STRUCTURE = rx(r"^\s*((list|table|menu)( with)?,? \d+ (items?|rows?|columns?)( \d+ columns?)?|out of (list|table|"
                      r"menu|region|article|navigation|landmark)|(banner|navigation|main|content ?info|complementary|"
                      r"search|region|form)( landmark)?|article|separator|end of (list|article|region))\s*$",
                      re.IGNORECASE)
SPOKEN_LANDMARK = rx(r"^\s*(banner|navigation|main|content ?info|complementary|search|region|form) landmark,?\s*",
                     re.IGNORECASE)
# A printed page's footer: the page's address and "2/4", "Page 2 of 4", "- 2 -".
PRINT_FOOTER = rx(r"^.{0,200}?(\b\d{1,3}\s*/\s*\d{1,3}|page \d{1,3} of \d{1,3}|seite \d{1,3} von \d{1,3}|- \d{1,3} -)\s*$",
                  re.IGNORECASE)
MD_HEADING = rx(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
MD_QUOTE = rx(r"^>[ \t]?", re.MULTILINE)
MD_ESCAPE = rx(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
# Han, kana and hangul: scripts where a headline has few or no spaces.
CJK = rx(r"[\u3040-\u9fff\uac00-\ud7af]")

# Start-anchored rules the text path tries on every line, put behind a literal-prefix gate (see Gated): measured
# on ScrapingHub lines, RELATED_HEADER 10.9 -> 2.9 us a line that is no header. (SOURCE_LINE is a LineRule,
# gated as one.)
_GATED = ("COMMENT_CHROME", "TEXT_BYLINE", "SOURCE_START", "SECTION_LABEL",  # (AI_SUMMARY_LABEL: a LineRule)
          "INLINE_TEASER", "KEY_POINTS", "META_LABEL", "TEXT_COMMENT_ACTION", "TEXT_RELATED_HEADER",
          "TEXT_COMMENT_HEADER", "FOLLOW_BUTTON", "TEXT_COMMENT_CHROME", "FOOTER_LINK", "BYLINE_PREFIX",
          "AUTHOR_CONTACT", "SOURCE_LABEL", "COPYRIGHT_OUTLET", "TAB_ROW_HEADER", "GLUED_TIME_TAIL", "WIDGET_PROMPT")
for _name in _GATED:
    globals()[_name] = Gated(globals()[_name])


INLINE_TEASER_SENTENCE_WORDS = 20  # words after an inline teaser's label that make it a sentence of the story


class LabelledHeadline:
    """An inline teaser rule that refuses a paragraph only opening like one: after "Related:" a long full sentence
    ("Related: The show opens on 12 December and runs until March; entry is free.") is the story's own text."""

    def __init__(self, rule: Gated) -> None:
        self.rule, self.pattern = rule, rule.pattern

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        """The rule's match, unless a full sentence of more than INLINE_TEASER_SENTENCE_WORDS follows the label."""
        m = self.rule.match(text, pos)
        label = INLINE_LABEL_END.search(text, pos, pos + 40) if m is not None else None
        rest = text[label.end():].rstrip() if label is not None else ""
        if rest.endswith((".", "。")) and len(rest.split()) > INLINE_TEASER_SENTENCE_WORDS:
            return None
        return m


INLINE_TEASER = LabelledHeadline(INLINE_TEASER)
# Hindi "more on X" / "more news of X", the name first: "ख़बरगली पर और", "उत्तराखंड की और ख़बरें" (no literal head:
# looked for in lines holding the words)
TEXT_RELATED_HEADER = LineRule(TEXT_RELATED_HEADER, rx(r"^\s*(\S.{1,30} (पर|की|के|से) और( ख़बरें| खबरें| समाचार)?|"
                                                        # a link aggregator's rail naming its community ("!news"):
                                                        # "More posts in !news", "Şandiyên din di !nûçe de"
                                                        r"[^!?.:]{2,40}\s!\w[\w.-]{1,30}(@[\w.-]+)?( de)?)\s*[:：]?\s*$"),
                               (" पर और", " की और", " के और", " से और", " !"))

# Every section-header pattern per role, shared by the HTML path (classify, items) and the text path (segment):
# the general multilingual lists first, then the wider ones learnt on text dumps ("Leserkommentare", "ランキング").
# A service widget's heading in a portal's rail: weather, tides, surf, river gauges, air quality, opening hours
# ("Tides at Baddeck today", "Surf forecast, Bundoran", "Погода в Тотьме", "Wetter in Kempten", "Météo à Morez"):
# its box holds readings, not teasers. The town's name may come first ("Bundoran weather"): searched behind needles.
WIDGET_HEADER = LineRule(
    phrases(
        r"(today'?s |local )?(weather|forecast|tides?|tide times|surf( report| forecast)?|marine forecast|"
        r"river (levels?|gauges?|conditions)|air quality|pollen( count| forecast)?|uv index|snow report|"
        r"road conditions|traffic( and travel| updates| cameras)?|ferry (status|times|updates)|opening hours|"
        r"exchange rates|fuel prices)((,\s*|\s+(in|at|for|on|near|around)\s+)[^\d.!?:]{2,40}?)?( today| now| this week)?",
        r"(погода|прогноз погоды|wetter|wettervorhersage|météo|el tiempo|previsão do tempo|meteo|väder(et)?|"
        r"vær(et)?|vejret|időjárás|καιρός|hava durumu|cuaca|pogoda|počasí)(\s+(в|во|in|für|à|a|en|em|para|di|i|på|"
        r"στ[ηοα]ν?|için|у)\s+[^\d.!?:]{2,40})?"),
    rx(r"^\s*([^\s\d.!?:]+\s+){1,3}(weather|forecast|tides|tide times|opening hours|library hours)( today| now)?\s*:?\s*$",
       re.IGNORECASE),  # (a place of one to three words first: "Pellingford library extends its opening hours" is news)
    (" weather ", " forecast ", " tides ", " tide times ", " opening hours ", " library hours "),  # (whole words: the
    # line is padded with a space at each end)
)

# A sidebar block that is the site's service, not a list of stories, inside a rail that also holds teasers: a school
# forum's "Eventos próximos" calendar (its items link one day view) and its "Enllaces" blogroll of partner sites.
SERVICE_BLOCK_HEADER = phrases(
    r"(upcoming|next|coming) events", r"events calendar", r"calendar", r"(eventos|actos) próximos",
    r"próximos (eventos|actos)", r"(événements à venir|prochains événements)", r"agenda",
    r"(kommende|nächste) (veranstaltungen|termine)", r"termine", r"prossimi eventi", r"eventi in programma",
    r"(komende|aankomende) (evenementen|activiteiten)", r"nadchodzące wydarzenia",
    r"(useful |external |partner )?links", r"blogroll", r"enlaces( de interés| útiles)?", r"enllaces", r"enllaços",
    r"liens( utiles)?", r"(nützliche )?links", r"weblinks", r"collegamenti( utili)?", r"ligações( úteis)?",
    r"links úteis", r"nuttige links",
    # Sorani "ڕووداوە نزیکەکان" (upcoming events), "بەستەرە بەسوودەکان" (useful links); Arabic "الأحداث القادمة",
    # "روابط مفيدة"
    r"ڕووداوە (نزیکەکان|داهاتووەکان)", r"بەستەرە (بەسوودەکان|سوودبەخشەکان)", r"الأحداث القادمة", r"روابط (مفيدة|مهمة)",
    # a club newsletter's dates: "Agenda de l’Amicale", "Apontaments dal Fogolâr" (Friulian), "Appuntamenti del club"
    r"agenda (de|del|della|des|du|dal|di|of|van|der) .{2,40}", r"apontaments( .{2,40})?", r"appuntamenti( .{2,40})?",
    r"(prochains )?rendez-vous( .{2,40})?",
)


class SeveralWords:
    """A rule read only on lines of two words or more."""

    def __init__(self, rule: Gated) -> None:
        """Wrap the rule."""
        self.rule = rule

    def match(self, text: str) -> re.Match | None:
        """The rule's match on a line of two words or more, else None."""
        return self.rule.match(text) if len(text.split()) >= 2 else None


# The same headers in a dump when they are two words or more (a lone "Agenda" or "Links" may be a story's own
# subheading): they close the rail above them, as a promo box of the site's.
TEXT_SERVICE_HEADER = SeveralWords(SERVICE_BLOCK_HEADER)


SECTION_HEADERS: tuple[tuple[str, tuple[re.Pattern[str] | LineRule, ...]], ...] = (
    ("comment", (COMMENT_HEADER, TEXT_COMMENT_HEADER)),
    ("related", (RELATED_HEADER, TEXT_RELATED_HEADER, TAB_ROW_HEADER)),
    ("promo", (PROMO_HEADER, TEXT_PROMO_HEADER, AI_SUMMARY_LABEL, WIDGET_HEADER)),  # an "AI summary" box is an upsell
    # too; a weather or tide box is the portal's service, not the story's
)


# Counters around a header: "Kommentare (2)", "3 comentários", "コメント 4件", "Comments [12]".
# A table's row of figures in a dump, cells between tabs ("2022<TAB>88 400<TAB>2 100"): no share counter row.
FIGURE_ROW = rx(r"^[\d\s.,%+−–-]+$")
# A donation box's row of amounts between its pitch and its button: "50 kr 100 kr 200 kr", "€5 €10 €25", "$3 / $5".
AMOUNT_ROW = rx(r"^\s*(([€$£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(kr|€|\$|£|eur|usd|nok|sek|dkk|zł|kč|ft|lei|chf|tl|rs))\.?"
                r"\s*[/|·]?\s*){2,6}$", re.IGNORECASE)
# A "read more" link in brackets ending a paragraph: "... Akcja Katolicka w Polsce. [czytaj więcej]", "[mehr]"
TRAILING_MORE = rx(r"(?<=[.!?…”\"])\s*[\[(](read more|more|czytaj (więcej|dalej)|więcej|weiterlesen|mehr|lire la suite|"
                   r"leer más|leggi (tutto|di più)|continue reading|lees meer|läs mer|les mer|læs mere|lue lisää)"
                   r"\s*(»|›|\.{3}|…)?[\])]\s*$", re.IGNORECASE)
# Letters a host name spells otherwise, with no accent to drop: "ð" as "d" (Héraðs- -> herads-), "þ" as "th".
LETTER_SPELLINGS = str.maketrans({"ð": "d", "þ": "th", "æ": "ae", "ø": "o", "ß": "ss", "œ": "oe", "ł": "l", "đ": "d"})
# A logo's alt text before the byline in one row: "The Chequamegon Ledger By Maren Oakes · Sept. 14, 2026".
OUTLET_THEN_BYLINE = rx(r"^(?P<outlet>\S.{1,58}?)\s+(?-i:By|Por|Par|Von|Door)\s+"
                        r"(?P<writer>(?-i:[A-ZÀ-ÝĀ-Ž])[\w.'’-]+(\s+(?-i:[A-ZÀ-ÝĀ-Ž])[\w.'’-]+){1,3})$")
# A coverage comparison's chrome around the headline: the count of outlets ("17 sources", "11 fuentes") and the bias
# bar ("Left 29% · Center 47% · Right 24%"), and each outlet's rating row ("Nickel Belt Observer Center · High
# factuality"), which names the outlet.
_LEANINGS = r"(far left|lean left|left|cent(er|re)|lean right|right|far right|izquierda|centro|derecha|esquerda|direita)"
COVERAGE_CHROME = rx(r"^\s*(\d+\s+(sources|outlets|fuentes|fontes|medios|quellen)|(" + _LEANINGS + r"\s+\d+\s?%\s*[·|•]?\s*){2,4})\s*$",
                     re.IGNORECASE)
OUTLET_RATING_ROW = rx(r"^\s*(?P<name>\S.{1,60}?)\s+" + _LEANINGS + r"\s*[·|•]\s*(very high|high|mixed|low|very low|"
                       r"alta|media|baja|mixta|baixa|mista)\s+(factuality|factualidad|factualidade|credibility|"
                       r"fiabilidad|credibilidade)\s*$", re.IGNORECASE)
# The separators of a crumb trail or a menu row printed on one line: "Canada · Ontario · Public transit", "A | B | C".
CRUMB_SPLIT = rx(r"\s+[·|›»/>•]\s+")
# A picture credit's name that is a photographer's business, never a news outlet: "Bridger Range Photo", "Seawall
# Studio", "Lower River Pictures", "Northern Lens Agency"'s "Lens"
PHOTO_AGENCY_NAME = rx(r"\b(photos?|photography|pictures|images|studios?|lens|foto|fotos|fotografie|bild|bilder)\s*$",
                       re.IGNORECASE)
WORD = rx(r"[^\W_]+")  # a run of letters and digits
HEADER_BRACKETS = " 【】[]《》〔〕「」"  # brackets around a header's words
# Dashes, stars and brackets drawn around a short label, stripped before INLINE_NOISE judges it: "- Anzeige-",
# "— Advertisement —", "*** Publicité ***", "[Anzeige]", "(Advertisement)" on a line of their own.
LABEL_DECORATION = " -–—*·•|[]()_=~（）【】"
# The end marks a story closes with, between dashes or brackets: "— END —", "-fin-", "（完）", "【全文完】".
END_MARKS = frozenset(("end", "the end", "fin", "ende", "fine", "fim", "einde", "slut", "loppu", "koniec", "конец", "kraj",
                       "son", "tamat", "hết", "完", "全文完", "终", "終", "끝", "おわり", "以上"))
# What a text smiley is drawn with ("=)", ":-(", "^^", "<3"), and the underscore of a rule the writer typed into the
# text ("______", which readers' truths keep): no divider.
EMOTICON_PARTS = frozenset("():;=<>^_")
DIVIDER_CHARS = 40  # a divider line is short; a longer line without letters is a table's or a formula's
# A list item's marker alone on its line (a dump's mark of an item whose text is in blocks below), never a divider.
BARE_BULLETS = frozenset("•·▪◦‣-*")
DECORATED_LABEL_CHARS = 40  # a decorated line this short may be a label; a longer one is prose or a list item
ANY_DIGIT = rx(r"\d")  # every counter holds one: lines without are left alone (4 us a line saved)
# A document outline's number opening a heading: "1. Coverage in brief", "2) Full text".
OUTLINE_NUMBER = rx(r"^\s*\d{1,2}[.)]\s+\D")
# (and a word processor's list number before a heading: "1. Coverage in brief")
HEADER_COUNT = rx(r"^\s*\d{1,5}\s+(?=\D)|^\s*\d{1,2}[.)]\s+(?=\D)|\s*[(\[（]\d{1,5}[)\]）]\s*$|"
                  r"\s+\d{1,5}\s*(件|条|개|건)?\s*$")


@lru_cache(maxsize=8192)
def without_icon(text: str) -> str:
    """The text without the emoji or pictograph that opens it ("🔥Trending", "✨ Yapay zekâ ile oluşturulan özet",
    "🔗 منبع: X"); only a text opening past the Latin, Greek, Cyrillic... blocks is looked at."""
    return text[m.end():] if text.lstrip()[:1] >= EMOJI_FLOOR and (m := LEADING_EMOJI.match(text)) else text


AI_LABEL_WORDS = 8
LABEL_END = (".", "!", "?", "。", "！", "？", "…")  # a label may end in its bracketed tag: "Shrnutí článku (AI)"


def ai_label(text: str, words: int) -> bool:
    """An AI feature's own label: an assistant's ("Ask our assistant about this story"), or a short label tagged as
    machine-made ("Belangrijkste punten (gegenereerd door AI)", "Local summary · AI-generated", "AI 요약", "Storm
    summary by Nowline AI")."""
    text = text.strip()
    if words > AI_LABEL_WORDS or text.endswith(LABEL_END) or AI_MARK.search(text) is None:
        return ASSISTANT_LABEL.match(text) is not None
    return words <= 4 or "(" in text or any(sep in text for sep in (" · ", " | ", " – ")) \
        or ASSISTANT_LABEL.match(text) is not None or AI_SUMMARY_WORD.search(text) is not None \
        or any(mark.end() == len(text) for mark in AI_MARK.finditer(text))  # "Storm summary by Nowline AI",
    # "Povzetek, ki ga je pripravila umetna inteligenca": the label ends on the machine


def ai_note(text: str, words: int) -> bool:
    """An AI box's disclaimer or credit, or an AI voice's or translation's note: a short line naming machine work
    and what it did or may get wrong ("AI kan fouten maken.", "Voiced by AI. Pronunciation may vary.")."""
    return words <= AI_NOTE_WORDS and (AI_DISCLAIMER.match(text) is not None or (
        AI_MARK.search(text) is not None and AI_WORK.search(text) is not None))


def repeats_paragraph(text: str, words: int, paragraphs: Iterable[str], anywhere: bool = False) -> bool:
    """True for a pull quote: text (of `words` words, six to sixty) printed inside a much longer paragraph among
    `paragraphs`, after its start; anywhere in it when the text is in quotation marks or `anywhere` (a <blockquote>):
    a paragraph's opening sentences printed again are the page's slip, no quote."""
    if not PULL_QUOTE_WORDS[0] <= words <= PULL_QUOTE_WORDS[1]:
        return False
    quote = " ".join(text.split()).strip(PULL_QUOTE_MARKS)
    marked = anywhere or len(quote) < len(text.strip())
    for paragraph in paragraphs:
        at = " ".join(paragraph.split()).find(quote) if len(paragraph) * PULL_QUOTE_SHARE > len(quote) else -1
        if at > 0 or at == 0 and marked:
            return True
    return False


def homoglyph_copy(text: str) -> bool:
    """True for a line of ad copy whose words mix Latin letters with Cyrillic or Greek look-alikes."""
    if text.isascii() or not CYRILLIC_OR_GREEK.search(text):
        return False
    mixed = len(HOMOGLYPH_WORD.findall(text))
    return mixed >= HOMOGLYPH_WORDS and 4 * mixed >= len(text.split())


def decorated_noise(text: str) -> bool:
    """True for a short label drawn between dashes, stars or brackets that INLINE_NOISE names ("- Anzeige-") or that
    closes a story ("— END —", "（完）"); a bracketed "(Image credit: X)" is a caption's, kept as the page shows it."""
    bare = text.strip(LABEL_DECORATION)
    return (bare != text.strip() and 0 < len(bare) <= DECORATED_LABEL_CHARS and ":" not in bare
            and (bare.lower() in END_MARKS or INLINE_NOISE.match(bare) is not None))


def divider_line(text: str) -> bool:
    """True for a short line of symbols only, no letter or digit: a divider between paragraphs ("▼", "· · ·", "***",
    "◆◇◆"); a list's bare bullet ("•") is the mark of an item and a smiley ("=)", ";-)") a reply's, no divider."""
    return len(text) <= DIVIDER_CHARS and text.strip() not in BARE_BULLETS and not any(c.isalnum() for c in text) \
        and not any(c in EMOTICON_PARTS for c in text)


@lru_cache(maxsize=8192)
def section_header_role(text: str) -> str | None:
    """'comment', 'related' or 'promo' when the line (counter aside) is a section header of that kind, else None."""
    bare = (HEADER_COUNT.sub("", text) or text) if ANY_DIGIT.search(text) else text  # the sub scans every position
    bare = bare.strip(HEADER_BRACKETS) or bare  # "【関連記事】", "[Related]", "《相关阅读》"
    bare = without_icon(bare) or bare  # "🔥Trending in the isles", "📰 More from the coast"
    forms = (text,) if bare == text else (text, bare)
    if not any(header_gate_open(form) for form in forms):
        return None
    for role, kinds in SECTION_HEADERS:
        if any(p.match(form) for p in kinds for form in forms):
            return role
    return None
# East Asian datelines innerText prints without separators: "滨海日报2025-04-21 07:30记者 林晓雯" (outlet, date, time,
# reporter) and Japanese portals' "2/14(金) 6:05配信 北海道みらい新聞" (time, 'delivered', outlet).
CJK_DATELINE = rx(
    r"^(?P<outlet>[^\d\s·|]{2,20}?)\s*(?P<time>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s*\d{1,2}:\d{2})?)\s*"
    r"((记者|記者|作者|编辑|編集|文)\s*[:：/]?\s*(?P<author>[^\s\d]{2,8}))?\s*$")
# A Chinese reporter's byline: "記者林佳蓉／霞嶺報導 2025年5月13日 上午10:20" (reporter X / reporting from Y, date).
CJK_REPORTER = rx(r"^\s*(记者|記者)\s*(?P<author>[^\s／/｜|\d]{2,4})(\s*[／/]\s*\S{2,12}?(报道|報導|报导))?"
                          r"\s*(?P<rest>.*)$")
JA_DELIVERED = rx(
    r"^(?P<time>\d{1,2}/\d{1,2}\s*[(（][^)）]{1,2}[)）]\s*\d{1,2}:\d{2})\s*配信\s*(?P<outlet>\S.{0,40})$")
# Korean portals' byline: "정하윤 기자 입력 2025.09.02. 오전 8:31 기사원문" (reporter, 'entered' date, original link).
KO_BYLINE = rx(
    r"^(?P<author>\S{2,5})\s*기자\s*((입력|수정|승인)\s*)?(?P<time>\d{4}[.\-]\s*\d{1,2}[.\-]\s*\d{1,2}\.?"
    r"(\s*(오전|오후)\s*\d{1,2}:\d{2})?)(\s*(수정|기사원문|원문).*)?$")
# A reporter's name with the Korean, Japanese or Chinese word for reporter in a byline row's part: "김하늘 기자",
# "山田太郎 記者", "林晓雯 记者" (the writer, not the outlet).
REPORTER_PART = rx(r"^(?P<name>\S{2,5}(\s\S{1,5})?)\s*(기자|특파원|記者|记者|特派員|特派员)$")
# A Korean reporter card after the story: "김도윤 기자 청람일보" (the writer, 기자 "reporter", the paper).
KO_REPORTER_CARD = rx(r"^(?P<author>\S{2,5})\s*기자\s+(?P<outlet>[^\s@]{2,12}(\s[^\s@]{1,12})?)$")
# A date anywhere in a line (bylines, datelines): the text path's date grammar, unanchored.
DATE_IN_LINE = rx(TEXT_DATE, re.IGNORECASE)


@lru_cache(maxsize=1)
def header_heads() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]] | None:
    """The section-header rules' gates as one: (literal heads by first character, needles); None when a rule has no
    gate or a case-sensitive one (then each rule is tried)."""
    heads: dict[str, tuple[str, ...]] = {}
    needles: list[str] = []
    for _, kinds in SECTION_HEADERS:
        for rule in kinds:
            gate = rule.start if isinstance(rule, LineRule) else rule
            if not isinstance(gate, Gated) or not gate.folded or not gate.by_first:
                return None
            for first, words in gate.by_first.items():
                heads[first] = (*heads.get(first, ()), *words)
            needles += rule.needles if isinstance(rule, LineRule) else ()
    return heads, tuple(needles)


def header_gate_open(text: str) -> bool:
    """False when no section-header rule can match the line: its start is none of their literal heads and it holds
    none of their needles (one check instead of eight: 99 % of the lines that reach here are no header)."""
    union = header_heads()
    head = text.lstrip()
    if union is None or not head or not head[0].isascii():
        return True
    heads, needles = union
    first = heads.get(head[0].lower())
    if first and (not head.isascii() or head.lower().startswith(first)):
        return True
    low = f" {text.lower()} "
    return any(n in low for n in needles)


def warm_gates() -> int:
    """Work out every gate's literal heads now (a pool's parent calls this before forking, so no worker pays the
    1-2 ms a rule on its first pages); returns how many gates there are."""
    gates = [value.start if isinstance(value, LineRule) else value for value in globals().values()
             if isinstance(value, (Gated, LineRule))]
    for gate in gates:
        _ = gate.by_first
    header_heads()
    return len(gates)
