"""Heuristics as data: every regex and word list the pipeline uses, each with the real pattern it catches.

Rules key on structure and generic phrases only: never on a brand, a domain or a benchmark sentence.
"""
from __future__ import annotations

import re

# ----------------------------------------------------------------------------- loading

# Magic numbers of binary files people pass by mistake (images, PDFs, archives, office files).
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "zip archive"), (b"RIFF", "RIFF media"),
    (b"\x7fELF", "ELF executable"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7z archive"), (b"\x00\x00\x01\x00", "icon"), (b"wOFF", "web font"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"), (b"OggS", "Ogg media"), (b"ID3", "MP3 audio"),
)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
# A document that starts like HTML (doctype, <html>, <head>, XML prolog, comment before doctype).
HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
# Common HTML tags anywhere in the head of a fragment.
HTML_TAG = re.compile(r"</?(p|div|span|a|h[1-6]|ul|ol|li|br|article|section|table|img|meta|title|script)\b[^>]*>", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Internet Explorer / Chrome "Save as": <!-- saved from url=(0042)https://example.com/a -->
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)


def phrases(*words: str) -> re.Pattern[str]:
    """A whole-line matcher for section headers (case-insensitive, optional trailing colon/arrow)."""
    body = "|".join(words)
    return re.compile(r"^\s*(?:" + body + r")\s*[:：.…»›>→\-–—]*\s*$", re.I)


# ----------------------------------------------------------------------------- section headers

# Headers that open a block of teasers for other stories ("Related Articles", "More for you",
# "You may also like", "Trending now", "Recent Posts", "Next story"), in the languages we meet.
RELATED_HEADER = phrases(
    r"related( articles?| stories| posts| news| content| coverage| reading| links| topics)?",
    r"more (from|for you|stories|news|articles|on this|like this|to read|in|about|top stories)(\s.{0,40})?",
    r"(you|we think you) (may|might|will|could) (also )?(like|enjoy|be interested in)",
    r"recommended( for you| stories| articles| reading)?", r"trending( now| stories| news| today)?",
    r"(top|latest|popular|most popular|most read|most viewed|editor'?s picks?|other) (stories|news|articles|posts|reads)",
    r"(recent|latest|popular|similar) posts", r"most (read|popular|viewed|shared)", r"next (story|article|up)",
    r"read (more|next|also)", r"also read", r"see also", r"don'?t miss", r"in (other|case you missed) news",
    r"up next", r"what to read next", r"breaking( news)?", r"top stories", r"popular now", r"keep reading",
    # French / German / Spanish / Portuguese / Italian / Dutch
    r"(à|a) lire (aussi|également|egalement)", r"sur le même sujet", r"articles? (similaires|liés|connexes)",
    r"vous aimerez (aussi|peut-être)", r"(les )?plus (lus|populaires)", r"tendances?", r"dans la même rubrique",
    r"lesen sie auch", r"auch interessant", r"das könnte (sie|dich) auch interessieren", r"mehr zum thema",
    r"weitere artikel", r"meistgelesen", r"ähnliche artikel", r"verwandte artikel",
    r"(te puede|también te puede|le puede|podría) (interesar|gustar)", r"(artículos|noticias) relacionad[oa]s",
    r"lo más (leído|visto)", r"más noticias", r"tendencias", r"(lee|leer) (también|más)", r"relacionad[oa]s",
    r"(leia|veja) (também|mais)", r"(notícias|artigos|matérias) relacionad[oa]s", r"mais lidas",
    r"você (também )?pode gostar", r"(leggi|potrebbe interessarti|ti potrebbe interessare)( anche)?",
    r"articoli correlati", r"(i )?più lett[ie]", r"gerelateerde artikelen", r"lees ook", r"meest gelezen",
    # Chinese / Japanese / Korean / Russian / Hindi / Arabic / Turkish / Indonesian / Polish
    r"相关(文章|阅读|新闻|推荐)", r"猜你喜欢", r"热门(文章|新闻|推荐)?", r"推荐阅读", r"延伸阅读", r"相關(文章|新聞|閱讀)",
    r"関連(記事|ニュース)", r"おすすめ(記事)?", r"人気(記事|ランキング)", r"관련 ?기사", r"많이 본 뉴스",
    r"(похожие|читайте также|другие) ?(статьи|новости|материалы)?", r"читайте также", r"популярное",
    r"ये भी पढ़ें", r"संबंधित (खबरें|लेख)", r"ट्रेंडिंग", r"आपको यह भी पसंद आ सकता है", r"मुख्य समाचार",
    r"مقالات ذات صلة", r"اقرأ أيضا", r"الأكثر قراءة", r"ilginizi çekebilir", r"benzer haberler",
    r"baca juga", r"berita terkait", r"terpopuler", r"czytaj (też|także)", r"powiązane artykuły",
)

# Headers that open a comment widget ("Comments", "5 thoughts on ...", "Leave a Reply").
COMMENT_HEADER = phrases(
    r"(\d+\s+)?(comments?|responses?|replies|reactions)(\s*\(\d+\))?", r"\d*\s*thoughts? on .{1,300}",
    r"leave a (reply|comment)", r"post a comment", r"add a comment", r"join the (discussion|conversation)",
    r"(show|view|load|see) (all )?(\d+ )?comments", r"(no|be the first to) comment.{0,30}",
    r"no comments yet\.*", r"discussion", r"reader comments", r"what do you think\??",
    r"commentaires?", r"(\d+ )?réactions?", r"laisser un commentaire", r"kommentare?", r"(\d+ )?kommentar(e)?",
    r"comentarios?", r"deja (un|tu) comentario", r"comentários?", r"deixe (um|seu) comentário",
    r"commenti", r"lascia un commento", r"reacties", r"评论", r"網友評論|网友评论|留言", r"コメント", r"댓글",
    r"комментари[ий]", r"टिप्पणियाँ", r"التعليقات", r"yorumlar", r"komentar", r"komentarze",
)

# Lines that only exist in comment widgets: empty states, forms, sort controls.
COMMENT_CHROME = re.compile(
    r"^\s*(no comments( yet)?\.*|be the first to comment.*|write a comment\.*|comment\s*\*?|name\s*\*?|"
    r"email\s*\*?|website|post comment|submit comment|sort by.{0,20}|newest|oldest|top comments|"
    r"your email address will not be published.*|required fields are marked.*|"
    r"save my name, email, and website.*|cancel reply|log in to (comment|reply).*|"
    r"aucun commentaire.*|noch keine kommentare.*|sin comentarios.*|sem comentários.*|暂无评论.*)\s*$",
    re.I,
)

# Headers of promo blocks: app downloads, AI-feature upsells, newsletters, subscriptions.
PROMO_HEADER = phrases(
    r"download (the|our) app", r"get (the|our) app", r"get started now:? download the app", r"try our ai features?",
    r"sign up for (our|the) newsletter", r"(subscribe|sign up)( to| for)?( our)?( newsletter| updates)?",
    r"newsletter", r"never miss a (story|thing)", r"follow us( on .{1,30})?", r"stay (informed|updated|connected)",
    r"télécharge[rz] (l'|notre )application", r"abonnez-vous", r"inscrivez-vous", r"app herunterladen",
    r"newsletter abonnieren", r"jetzt abonnieren", r"descarga (la|nuestra) app", r"suscr[ií]bete", r"suscribirse",
    r"baixe o app", r"assine", r"inscreva-se", r"scarica l'app", r"iscriviti", r"下载(客户端|app|APP)", r"订阅",
)

# Single lines of promo / consent chrome anywhere on the page.
PROMO_LINE = re.compile(
    r"^\s*(.{0,40}\bdownload (the|our) .{0,30}app.*|.*\bapp today from your preferred app store.*|"
    r"explore what .{1,40} can do for you:?|try our ai features?|app-?store\s*play-?store|"
    r"get it on google play|download on the app store|.*by subscribing,? you agree.*|"
    r"the most important news of the day.{0,80}|.*we use cookies.*|cookies on .{1,40}|accept( all)?( cookies)?|"
    r"reject all|manage (cookie )?(preferences|settings)|cookie (settings|preferences|policy)|"
    r"sign up|subscribe( now)?|suscribirse|s'abonner|abonnieren|"
    r"orange background|.*(\bfans like|\bfollowers follow|\bsubscribers subscribe)\b.*)\s*$",
    re.I,
)

# Lines inside an article that are not part of it: ad labels, "continue reading", "read more: ...".
INLINE_NOISE = re.compile(
    r"^\s*(advertisement|advertising|sponsored( content)?|ad|anzeige|publicité|publicidad|publicidade|pubblicità|"
    r"广告|広告|реклама|continue reading( below| the main story)?|story continues below( advertisement)?|"
    r"article continues below( advertisement)?|scroll to continue( with content)?|skip (the )?ad|"
    r"(read|see) (more|also|next)\s*[:：].{0,200}|related\s*[:：].{0,200}|click here to .{0,100}|"
    r"(© )?provided by .{1,60}|share( this( article| story)?)?|(share on )?(facebook|twitter|x|linkedin|whatsapp|"
    r"reddit|email|pinterest|telegram)( \| .*)?|like\s*dislike\s*\d*|\d+\s*reply|like reply|reply|"
    r"(image|photo|picture) (credit|source)s?\s*[:：].{0,120}|listen to this article.{0,40}|"
    r"\d+ min(ute)?s? read|print|copy link|font size|A\+?\s*A-?)\s*$",
    re.I,
)

# Lines made only of share-bar labels ("Share LinkedIn Email WhatsApp Reddit").
SHARE_BAR = re.compile(
    r"^\s*((share|tweet|pin|email|e-mail|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit|"
    r"telegram|pinterest|flipboard|messenger)\s*[|·•,]?\s*){2,}$",
    re.I,
)

# ----------------------------------------------------------------------------- bylines and times

# Relative times as aggregators print them: "5 hours ago", "an hour ago", "54m", "1h", "3d ago".
RELATIVE_TIME = re.compile(
    r"((\d+|an?|one)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|s|m|h|d|w|mo|y)"
    r"\s*(ago)?|just now|yesterday|today|il y a \d+ ?\w+|vor \d+ \w+|hace \d+ \w+|há \d+ \w+|\d+\s*(分钟|小时|天)前|"
    r"\d+\s*(分|時間|日)前)",
    re.I,
)
# Absolute dates: 2025-08-15 08:33, 04-04-2025, 18.05.2025, May 7, 2025, 7 May 2025, Nov 25, 2025.
ABSOLUTE_DATE = re.compile(
    r"(\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{4}|"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday), .{3,20}\d{4}|\d{4}年\d{1,2}月\d{1,2}日)",
    re.I,
)
# A time alone on a line, optionally after a clock icon's alt text "time" ("time32 minutes ago").
TIME_LINE = re.compile(
    r"^\s*(time|updated|published|posted|on)?\s*[:·•]?\s*(" + RELATIVE_TIME.pattern + "|" + ABSOLUTE_DATE.pattern
    + r")\s*$",
    re.I,
)
# "By Jane Doe", "Par Jean", "Von Hans", "Por Ana", "Di Marco" bylines.
BYLINE_PREFIX = re.compile(r"^\s*(by|par|von|por|di|door|от|作者[:：]?|文[:：/])\s+(?P<name>[^\n]{2,80}?)\s*$", re.I)
# Photo / image credit lines and logo alt texts that leak as text ("logo", "TechCrunch logo").
LOGO_LINE = re.compile(r"^\s*(.{0,60}\s)?(logo|icon|avatar|thumbnail|image|placeholder)\s*$", re.I)
# A bullet glyph line as text dumps print list items ("  • India.com").
BULLET = re.compile(r"^\s*([•·▪◦‣\-*]|\d{1,3}[.)])\s+")

# ----------------------------------------------------------------------------- HTML class and id tokens

# class/id tokens that mark related-story containers.
RELATED_TOKENS = frozenset({
    "related", "relatedposts", "related-posts", "related-articles", "relatedarticles", "related-stories",
    "more-for-you", "moreforyou", "more-stories", "recommended", "recommendations", "recirc", "recirculation",
    "trending", "popular", "most-popular", "mostpopular", "most-read", "mostread", "read-next", "readnext",
    "next-story", "next-article", "up-next", "yarpp", "jp-relatedposts", "outbrain", "taboola", "ob-widget",
    "card-grid", "teasers", "teaser-list", "rail", "right-rail", "sidebar", "widget-area", "also-read",
    "further-reading", "recent-posts", "sticky-news", "ticker", "breaking-news", "news-ticker",
})
# class/id tokens that mark comment widgets.
COMMENT_TOKENS = frozenset({
    "comments", "comment", "comment-list", "commentlist", "comments-area", "comment-respond", "respond",
    "disqus_thread", "disqus", "discussion", "replies", "reactions-list", "coral", "talk-stream",
    "fb-comments", "vuukle", "spot-im", "spotim", "openweb",
})
# class/id tokens that mark promos, consent and subscription chrome.
PROMO_TOKENS = frozenset({
    "promo", "newsletter", "subscribe", "subscription", "signup", "sign-up", "paywall", "app-download",
    "download-app", "app-banner", "appbanner", "cookie", "cookies", "cookie-banner", "consent", "gdpr", "cmp",
    "advert", "advertisement", "ad-slot", "ad-container", "adsbygoogle", "sponsored", "social-follow",
    "follow-us", "modal", "popup", "overlay", "toast",
})
# class/id tokens of page chrome: navigation, headers, footers, share bars, breadcrumbs.
CHROME_TOKENS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "site-footer", "masthead",
    "site-header", "topbar", "top-bar", "share", "share-bar", "sharebar", "social", "social-share", "sharing",
    "share-buttons", "toolbar", "skip-link", "search", "searchform", "search-form", "pagination", "tags",
    "tag-list", "author-bio", "author-box", "byline-share", "print", "reactions", "sign-in", "login",
})
# Tags that are never part of an article's text.
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input", "select",
             "textarea", "canvas", "object", "embed", "head")
# role / aria markers of chrome.
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar", "dialog",
                          "alertdialog", "complementary"})

# Token splitter for class and id values ("msn-more-for-you" -> msn, more, for, you, more-for-you).
CLASS_SPLIT = re.compile(r"[\s_]+")

# ----------------------------------------------------------------------------- titles

# Separators between an article title and the site name in <title>: "Title | Site", "Title - Site".
TITLE_SEPARATOR = re.compile(r"\s+[|–—\-·:»]\s+")

# A time glued to the end of an outlet name in rendered text: "Mint5 hours ago", "Outlet04-04-2025", "X · 4h".
GLUED_TIME = re.compile(
    r"((\d+|an?|one)\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
    r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?|\d{1,2}[./-]\d{1,2}[./-]\d{4}|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})\s*$",
    re.I,
)
# Buttons and counters under a comment: "Reply", "2 Reply", "Like Reply", "Report", "12 likes".
COMMENT_ACTION = re.compile(
    r"^\s*(\d+\s*)?((like|dislike|upvote|downvote|report|share|flag|\d+)\s*)*(reply|replies|respond|répondre|"
    r"antworten|responder|rispondi|beantwoorden|जवाब दें|उत्तर दें|回复|回覆|返信|답글|ответить|yanıtla|balas)\s*$",
    re.I,
)
# Widget chrome around comment threads beyond COMMENT_CHROME ("Post", "Comment", "Load more comments").
TEXT_COMMENT_CHROME = re.compile(
    r"^\s*(post|comment|send|publish|load more( comments)?|show more( comments)?|view more comments|"
    r"publier|kommentieren|publicar|pubblica|टिप्पणी करें|发表评论|コメントする)\s*$",
    re.I,
)

# Decorations around an outlet's name in a byline: "TechCrunch logo", "Follow", "© Provided by".
OUTLET_NOISE = re.compile(r"(\s*\blogo\b\s*|\s+follow\s*$|^\s*(©|\(c\))?\s*provided by\s+)", re.I)
# Lines naming the original outlet: "Source: X", "Provided by X", "Originally published by/on X", "Quelle: X".
SOURCE_LINE = re.compile(
    r"^\s*(©\s*)?(source|sources|provided by|originally (published|appeared) (by|on|in)|via|quelle|fuente|fonte|"
    r"来源|出典|출처|источник|स्रोत)\s*[:：]?\s+(?P<name>[^\n]{2,60}?)\s*\.?\s*$",
    re.I,
)
