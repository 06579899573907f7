"""extractor.items: teasers, comments and promo lines from regions; split_outlet_time."""
from __future__ import annotations

import pytest
from lxml import html

from extractor.classify import Section
from extractor.items import comments_in, iter_roots, leaf_lines, promo_lines, split_outlet_time, teasers_in
from extractor.model import Comment, Teaser

SUMMARY = ("Commuters will see fewer morning crossings as the operator trims its winter schedule and retires "
           "two of its oldest boats.")


def frag(markup: str):
    return html.fragment_fromstring(markup)


@pytest.mark.parametrize("line,expected", [
    ("The Sun · 4h", ("The Sun", "4h")),
    ("Mint5 hours ago", ("Mint", "5 hours ago")),
    ("Coastal Wire · 3 hours ago", ("Coastal Wire", "3 hours ago")),
    ("Reuters | May 7, 2025", ("Reuters", "May 7, 2025")),
    ("BBC - 2025-08-15 08:33", ("BBC", "2025-08-15 08:33")),
    ("The Real Deal04-04-2025", ("The Real Deal", "04-04-2025")),
    ("Le Monde · il y a 3 heures", ("Le Monde", "il y a 3 heures")),
    ("Spiegel · vor 2 Stunden", ("Spiegel", "vor 2 Stunden")),
    ("新华网 · 3小时前", ("新华网", "3小时前")),
    ("5 hours ago", (None, "5 hours ago")),
    (" · 54m", (None, "54m")),
    ("yesterday", (None, "yesterday")),
    ("Just a headline about things", (None, None)),
    ("The Times of India", (None, None)),
    ("Texas news today", (None, None)),
])
def test_split_outlet_time(line, expected):
    assert split_outlet_time(line) == expected


@pytest.mark.parametrize("line", ["Updated: May 7, 2025", "Posted on 2025-01-02"])
def test_labelled_time_line_has_no_outlet(line):
    assert split_outlet_time(line)[0] is None


# ----------------------------------------------------------------------------- teasers

TEASER_LIST = f"""<section><h2>Related Articles</h2><ul>
<li><h3><a href="/ferry">Harbour ferry timetable changes from next month</a></h3>
    <div class="src">Coastal Times · 2 hours ago</div><p>{SUMMARY}</p></li>
<li><h3><a href="https://b.example/fund">Regional culture fund opens second round</a></h3>
    <div>Daily Courier</div><div>5 hours ago</div><p>Museums and libraries can apply for grants of up to two million euros each this year.</p></li>
<li><a href="/rents">Warehouse district rents rise sharply after rezoning</a><div>Metro Gazette1 day ago</div></li>
</ul></section>"""


def test_teasers_title_url_outlet_time_summary():
    teasers = teasers_in([frag(TEASER_LIST)], header="Related Articles")
    assert teasers == [
        Teaser("Harbour ferry timetable changes from next month", "/ferry", "Coastal Times", "2 hours ago", SUMMARY),
        Teaser("Regional culture fund opens second round", "https://b.example/fund", "Daily Courier", "5 hours ago",
               "Museums and libraries can apply for grants of up to two million euros each this year."),
        Teaser("Warehouse district rents rise sharply after rezoning", "/rents", "Metro Gazette", "1 day ago", None),
    ]


def test_teasers_skip_header_and_duplicates_across_roots():
    root = frag(TEASER_LIST)
    again = frag('<div><a href="/ferry">Harbour ferry timetable changes from next month</a></div>')
    titles = [t.title for t in teasers_in([root, again], header="Related Articles")]
    assert titles == ["Harbour ferry timetable changes from next month", "Regional culture fund opens second round",
                      "Warehouse district rents rise sharply after rezoning"]


def test_short_links_and_time_links_are_not_teaser_titles():
    root = frag('<div><a href="/more">More</a><a href="/t">5 hours ago</a>'
                '<a href="/x">Council approves the new harbour budget</a></div>')
    assert [t.title for t in teasers_in([root])] == ["Council approves the new harbour budget"]


def test_cjk_teaser_titles():
    root = frag('<div><h2>相关文章</h2><ul><li><a href="/a">港口仓库将改建为公共图书馆和社区工坊</a>'
                '<div>新华网 · 3小时前</div></li><li><a href="/b">市议会批准明年文化基金预算方案</a></li></ul></div>')
    teasers = teasers_in([root], header="相关文章")
    assert [(t.title, t.url, t.publisher, t.published) for t in teasers] == [
        ("港口仓库将改建为公共图书馆和社区工坊", "/a", "新华网", "3小时前"),
        ("市议会批准明年文化基金预算方案", "/b", None, None),
    ]


@pytest.mark.parametrize("markup", [
    ('<ul><li><a href="/ferry"><h3>Harbour ferry timetable changes from next month</h3></a>'
    f'<span>Coastal Times</span> · <span>2 hours ago</span><p>{SUMMARY}</p></li></ul>'),
    ('<ul><li><a href="/ferry">Harbour ferry timetable changes from next month</a>'
    '<span>Coastal Times · 2 hours ago</span></li></ul>'),
])
def test_teaser_outlet_when_title_shares_the_line(markup):
    [teaser] = teasers_in([frag(markup)])
    assert teaser.title == "Harbour ferry timetable changes from next month"
    assert teaser.url == "/ferry"
    assert teaser.published == "2 hours ago"
    assert teaser.publisher == "Coastal Times"


# ----------------------------------------------------------------------------- comments

COMMENTS = """<div id="comments"><h2>3 thoughts on “Council turns harbour warehouses into library”</h2>
<ol>
<li><div class="author">marta_k</div><div class="when">2 hours ago</div>
    <p>Finally some good news for the old harbour.</p><a class="reply">Reply</a></li>
<li><div>oldsalt says:</div><div>May 7, 2025</div><p>Forty million for a library while the ferry gets cut.</p>
    <p>Priorities are upside down.</p><div>Reply</div></li>
<li><div>Pieter · 45 minutes ago</div><p>The workshop part is the best idea here.</p></li>
</ol>
<div class="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
</div>"""


def test_comments_authors_times_texts():
    assert comments_in([frag(COMMENTS)]) == [
        Comment("Finally some good news for the old harbour.", "marta_k", "2 hours ago"),
        Comment("Forty million for a library while the ferry gets cut. Priorities are upside down.", "oldsalt",
                "May 7, 2025"),
        Comment("The workshop part is the best idea here.", "Pieter", "45 minutes ago"),
    ]


def test_empty_comment_widget_gives_no_comments():
    root = frag('<div class="comments"><h2>Comments</h2><p>No comments yet.</p><p>Be the first to comment!</p></div>')
    assert comments_in([root]) == []


# ----------------------------------------------------------------------------- promos and helpers

def test_promo_lines_with_alt_text_and_dedup():
    root = frag('<div class="app-promo"><h3>Download the app</h3><p>Get breaking news alerts.</p>'
                '<div><img alt="App Store"></div><p>Get breaking news alerts.</p></div>')
    cookie = frag('<div role="dialog"><p>We use cookies to improve your experience.</p></div>')
    assert promo_lines([root, cookie]) == ["Download the app", "Get breaking news alerts.", "App Store",
                                           "We use cookies to improve your experience."]


def test_leaf_lines_direct_text_of_mixed_container():
    root = frag("<div>Intro text <b>bold</b><p>Para one</p>tail text<p>Para two</p></div>")
    assert [line for _el, line in leaf_lines(root)] == ["Intro text boldtail text", "Para one", "Para two"]


def test_iter_roots_filters_by_role():
    a, b, c = frag("<div>a</div>"), frag("<div>b</div>"), frag("<div>c</div>")
    sections = [Section((a,), "related", "r"), Section((b,), "comment", "c"), Section((c,), "related", "r")]
    assert list(iter_roots(sections, "related")) == [a, c]
    assert list(iter_roots(sections, "promo")) == []


def test_outlet_and_time_line_is_not_a_teaser_title():
    """A Hindi portal's teaser meta 'दैनिक प्रहरी | 2 घंटे पहले' is four words long but never a headline."""
    from lxml import html as lxml_html

    from extractor.items import title_candidates

    root = lxml_html.fragment_fromstring(
        "<div><a href='/a'>गाँवों में बनेंगे 50 नए अमृत सरोवर, सरकार ने दी मंजूरी</a>"
        "<a href='/b'>दैनिक प्रहरी | 2 घंटे पहले</a></div>")
    assert [el.get("href") for el in title_candidates(root, None)] == ["/a"]


def test_teasers_in_a_closed_tab_panel_are_not_read():
    root = frag('<div><div role="tabpanel"><a href="/a">Council approves the new harbour budget</a></div>'
                '<div role="tabpanel" hidden><a href="/b">Lottery numbers from the famous temple</a></div>'
                '<div style="display: none"><a href="/c">Actress presents her new partner at gala</a></div></div>')
    assert [t.title for t in teasers_in([root])] == ["Council approves the new harbour budget"]


def test_credited_outlet_link_is_the_teasers_outlet_not_a_title():
    root = frag('<ul><li><h3><a href="/t">Tiny houses on a car park: the experiment worked</a></h3>'
                '<p>Two years ago twelve small homes came to an unused car park at the edge of the centre.</p>'
                '<div><span>via <a href="#">Daily Paper of the East</a></span> · <span>1 day ago</span></div></li>'
                '<li><h3><a href="/u">Raising flats is possible on thousands of roofs</a></h3>'
                '<div><span>via <a href="#">City and Space</a></span> · <span>3 days ago</span></div></li></ul>')
    assert [(t.title, t.publisher) for t in teasers_in([root])] == [
        ("Tiny houses on a car park: the experiment worked", "Daily Paper of the East"),
        ("Raising flats is possible on thousands of roofs", "City and Space")]


def test_box_label_is_not_the_teasers_outlet():
    root = frag('<aside><div>Read also</div><a href="/h">Tenants may choose between a heat pump and the grid</a>'
                '<div>via The Canal Paper · 2 days ago</div></aside>')
    [teaser] = teasers_in([root])
    assert teaser.publisher == "The Canal Paper"


def test_thai_teaser_titles_count_words_by_characters():
    root = frag('<div><div class="c"><a href="/1">มหาวิทยาลัยเปิดอบรมนักบินโดรนอาสา รุ่นที่ 3</a></div>'
                '<div class="c"><a href="/2">รถไฟสายเหนือเพิ่มขบวนพิเศษช่วงวันหยุดยาว</a></div></div>')
    assert len(teasers_in([root])) == 2


@pytest.mark.parametrize("card, title", [
    ('<a href="/a"><span class="t">Ferry fares to rise 5 percent in June</span> <span class="m">Sound Review · 2h ago</span></a>',
     "Ferry fares to rise 5 percent in June"),
    ('<a href="/a"><div class="img"></div><div class="src"><img alt="Kurier"> <span>· vor 6 Std.</span></div>'
     '<div class="t">Bäckerei Lorenz schließt nach 112 Jahren</div></a>', "Bäckerei Lorenz schließt nach 112 Jahren"),
    ('<a href="/a"><div class="t">公积金新政：租房提取额度上调至每月1500元</div><div class="x">青岚晚报　420评论　昨天</div></a>',
     "公积金新政：租房提取额度上调至每月1500元"),
    ('<a href="/a"><div class="t">春の高校野球、組み合わせ決まる　初出場の3校は初日に登場</div><div class="p">スポーツ東和</div></a>',
     "春の高校野球、組み合わせ決まる 初出場の3校は初日に登場"),
])
def test_a_card_wide_link_gives_its_headline_not_the_glued_row(card: str, title: str) -> None:
    root = html.fromstring(f"<div><h2>Related</h2><ul><li>{card}</li><li>{card.replace('/a', '/b')}</li></ul>"
                                "<a class='more' href='/all'>See more</a></div>")
    teasers = teasers_in([root], "Related")
    assert [t.title for t in teasers] == [title]


def test_a_card_wide_link_gives_its_headline_not_headline_and_summary_glued() -> None:
    """<a><div>Title</div><div>Summary</div><div>Outlet · 1 год тому</div></a>: the meta row's siblings that are as
    long as the headline are not meta."""
    root = frag('<div><h2>Популярне</h2><a href="/n/1"><div class="b"><div>Громада оголосила конкурс на ремонт '
                'сільського клубу</div><div>Переможець має відремонтувати дах і вікна до кінця вересня, кошторис '
                'робіт 1,1 млн грн.</div><div>Вісник Верболозівки · 1 год тому</div></div></a></div>')
    teasers = teasers_in([root], "Популярне")
    assert [(t.title, t.publisher, t.published) for t in teasers] == [
        ("Громада оголосила конкурс на ремонт сільського клубу", "Вісник Верболозівки", "1 год тому")]


def test_a_cjk_card_link_gives_its_headline_not_its_summary() -> None:
    root = frag('<section><h2>相關新聞</h2><a class="card" href="/a/1"><div>霞嶺老街騎樓整修完成　週末人潮回流</div>'
                '<div>霞嶺日報｜3小時前</div><div>霞嶺老街歷時兩年的騎樓整修工程日前完工，鎮公所統一了招牌與遮雨棚的樣式，'
                '並把地面改成透水鋪面。不少店家表示，整修後週末來逛街的遊客明顯變多。</div></a></section>')
    teasers = teasers_in([root], "相關新聞")
    assert [(" ".join(t.title.split()), t.publisher) for t in teasers] == [("霞嶺老街騎樓整修完成 週末人潮回流", "霞嶺日報")]


def test_a_link_printing_date_headline_and_outlet_in_one_line_is_split() -> None:
    from extractor.items import dated_headline

    assert dated_headline("2025-12-05 · Nova vortaro de komputikaj terminoj aperis rete · Verda Gazeto") == (
        "2025-12-05", "Nova vortaro de komputikaj terminoj aperis rete", "Verda Gazeto")
    assert dated_headline("Ferry fares rise · again in the new year · and then some more words here") is None
    assert dated_headline("2025-12-05 · Short one") is None


def test_a_short_headline_in_a_list_built_like_its_peers_is_a_teaser() -> None:
    """A trending list's "Take C.A.R.E." (two words) is a headline when its item is built like two or more items whose
    links were taken; an outlet link beside a taken headline and a feed name with a count are not."""
    from extractor.load import parse_html

    tree = parse_html("<html><body><aside><h2>Trending now</h2><ol>"
                      "<li><a href=/a>Take C.A.R.E.</a> <span>Comwrap</span></li>"
                      "<li><a href=/b>The VW ID. SPACE VIZZION is a weird EV sports wagon</a> <span>SlashGear</span></li>"
                      "<li><a href=/c>Investors do not seem to know what to make of the trade war</a> <span>CNN</span>"
                      "</li></ol><ul><li><a href=/d>Houses rise on old car parks across the county</a> via "
                      "<a href=/o>Stad Ruimte</a></li><li><a href=/e>A lift for every walk-up flat in the city</a> via "
                      "<a href=/p>Bouwen Vandaag</a></li><li><a href=/f>Five questions about timber homes and fire</a> "
                      "via <a href=/q>Woonbond Magazine</a></li></ul><ul><li><a href=/g>Weatherline Daily</a> <span>3"
                      "</span></li><li><a href=/h>The Ashby Wold Courier Local</a> <span>4</span></li>"
                      "<li><a href=/i>The Ledger Review Money Desk</a> <span>2</span></li></ul></aside></body></html>")
    titles = [t.title for t in teasers_in([tree.find(".//aside")])]
    assert "Take C.A.R.E." in titles
    assert not {"Stad Ruimte", "Bouwen Vandaag", "Woonbond Magazine", "Weatherline Daily"} & set(titles)


def test_a_recent_comments_widget_yields_no_teasers() -> None:
    """"Hank R. on <a href=...#c000413>Title</a>": a comment's permalink, not a teaser (holdout25 case 006)."""
    from lxml import html as lxml_html

    from extractor.items import teasers_in
    root = lxml_html.fromstring(
        "<aside><h2>Recent comments</h2><ul>"
        "<li>Hank R. on <a href='/news/water-tower#c000413'>Stevensville to repaint its water tower</a></li>"
        "<li>Trish M. on <a href='/news/float-season#comment-409'>Float season opens on the Bitterroot</a></li>"
        "</ul><h2>Recent articles</h2><ul><li><a href='/news/blodgett'>Blodgett Canyon trailhead gets more parking"
        "</a></li></ul></aside>")
    assert [t.title for t in teasers_in([root])] == ["Blodgett Canyon trailhead gets more parking"]


def test_a_desks_one_word_kicker_over_a_card_is_not_its_outlet() -> None:
    """"<p class=pb-kicker>County</p>" over a card's headline names the desk; a paper's name in a "section-tag" box
    ("Dorsey County Ledger") still names the card's outlet."""
    from lxml import html as lxml_html

    from extractor.items import teasers_in

    def card(kicker: str, cls: str) -> str:
        return (f"<article><p class='{cls}'>{kicker}</p><h2><a href='/x'>Pima County opens three overnight "
                f"warming centers as first freeze arrives</a></h2></article>")
    for kicker, cls, outlet in (("County", "pb-kicker", None),
                                ("Dorsey County Ledger", "tnt-section-tag", "Dorsey County Ledger")):
        root = lxml_html.fromstring(f"<div>{card(kicker, cls)}</div>")
        assert [t.publisher for t in teasers_in([root])] == [outlet]


def test_a_rails_events_calendar_and_blogroll_yield_no_teasers() -> None:
    """A forum's side rail: the announcements block holds teasers, its "Eventos próximos" calendar (each item links
    the one day view) and its "Enllaces" blogroll do not (holdout44 case 010)."""
    root = frag(
        "<aside><section><div><h5>Últimos anuncios</h5><ul>"
        "<li><div>9 avi, 13:02</div><a href='/d/942'>Calendariu d'esámenes de la segunda evaluación</a></li>"
        "<li><div>4 avi, 09:15</div><a href='/d/743'>Xornada de puertes abiertes el 18 d'avientu</a></li></ul>"
        "</div></section><section><div><h5>Eventos próximos</h5><div>"
        "<div class='event'><a href='/calendar?view=day'>Xornada de puertes abiertes</a><div>vienres, 18</div></div>"
        "<div class='event'><a href='/calendar?view=day'>Fin del primer trimestre</a><div>martes, 22</div></div>"
        "</div></div></section><section><div><h5>Enllaces</h5><p><a href='https://radio.example/'>Radio Llaviana "
        "Eksemplu</a></p><p><a href='https://coop.example/'>Coop. Castañes del Nalón</a></p></div></section></aside>")
    assert [t.title for t in teasers_in([root])] == [
        "Calendariu d'esámenes de la segunda evaluación", "Xornada de puertes abiertes el 18 d'avientu"]


def test_a_card_link_gives_the_part_its_markup_names_the_title_and_reads_the_other_parts_apart() -> None:
    """A news hub's card link: feed label ("Notícias - Revista Joystick Norte"), date, title, summary as divs; the
    title is the part classed as one, and the label and date are read as separate lines, not glued."""
    root = frag('<div><div class="SectionTitle">Mais notícias</div><div class="Item"><a class="Link" href="/v/1">'
                '<div class="event_feed">Notícias - Revista Joystick Norte</div><div class="event_date">19 de dezembro '
                'de 2026</div><div class="event_title">Os melhores jogos independentes portugueses de 2026</div>'
                '<div class="event_summary">Dez jogos feitos em Portugal que marcaram o ano, do Minho ao Algarve, '
                'escolhidos pela redação.</div></a></div></div>')
    teasers = teasers_in([root], "Mais notícias")
    assert [(t.title, t.publisher, t.published) for t in teasers] == [
        ("Os melhores jogos independentes portugueses de 2026", "Notícias - Revista Joystick Norte", "19 de dezembro de 2026")]
    assert teasers[0].summary.startswith("Dez jogos")


def test_under_a_related_header_a_short_link_built_like_its_one_peer_is_a_teaser() -> None:
    """"Ostatnio wyświetlane artykuły" over two bare links: the three-word "Zwrot biletu okresowego" is the other
    item's peer; the page's own entry (aria-current="page") in a section list is no teaser."""
    root = frag('<section><h2>Ostatnio wyświetlane artykuły</h2><ul><li><a href="/a/1">Jak kupić bilet w aplikacji?'
                '</a></li><li><a href="/a/2">Zwrot biletu okresowego</a></li><li><a href="/a/3" aria-current="page">'
                'Nocne autobusy wracają do Olsztyna. Dwie linie od 2 stycznia</a></li></ul></section>')
    assert [t.title for t in teasers_in([root])] == ["Jak kupić bilet w aplikacji?", "Zwrot biletu okresowego"]


def test_a_short_link_beside_one_long_one_is_no_teaser_outside_a_related_rail() -> None:
    """"Your sources": "Local news near Moorgate" and "Manage sources" as bare links; the short one is a menu item."""
    root = frag('<div><h2>Your sources</h2><ul><li><a href="/s/1">Local news near Moorgate</a></li>'
                '<li><a href="/settings">Manage sources</a></li></ul></div>')
    assert "Manage sources" not in [t.title for t in teasers_in([root])]


def test_a_list_of_two_cards_gives_both_and_in_page_order() -> None:
    """A diary rail of two cards (a link and its writer / date row): the short title is its peer's kind."""
    root = frag('<section><h4>Recent diary entries</h4><ul><li><a href="/d/1">दरभंगामे पुस्तकालयक सूची</a>'
                '<div><span>darbhanga_osm</span> <span>21 December 2026</span></div></li><li><a href="/d/2">बाढ़िक बाद '
                'कमला नदीक किनार (सगरमाथा खबरक फोटोसँ)</a><div><span>sita_maps</span> <span>12 December 2026</span>'
                '</div></li></ul></section>')
    teasers = teasers_in([root])
    assert [(t.title, t.publisher, t.published) for t in teasers] == [
        ("दरभंगामे पुस्तकालयक सूची", "darbhanga_osm", "21 December 2026"),
        ("बाढ़िक बाद कमला नदीक किनार (सगरमाथा खबरक फोटोसँ)", "sita_maps", "12 December 2026")]
