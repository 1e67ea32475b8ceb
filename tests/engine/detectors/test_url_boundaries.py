"""The url detector on its boundaries: the work's own hosts and names that only look like links,
spans that must stop where the sentence starts again, and links spelled in local words."""

from __future__ import annotations

import time

import pytest

from gigguard.engine.detect import detect as lint_detect
from gigguard.engine.detectors import url
from gigguard.engine.detectors.base import REPORT_THRESHOLD, DetectionContext
from gigguard.engine.normalize import normalize
from gigguard.findings import Category


def found(text: str) -> list[tuple[str, str | None]]:
    """(the original text flagged, value) of every reportable url detection."""
    detections = url.detect(normalize(text), DetectionContext("fiverr"))
    return [
        (text[d.start : d.end], d.value) for d in detections if d.confidence >= REPORT_THRESHOLD
    ]


NOT_LINKS = [
    # a web server's configuration: the hosts it serves and forwards to
    "server {\n    listen 80;\n    server_name shop.lemonbakery.pl www.lemonbakery.pl;\n}",
    "location /old {\n    return 301 https://podcasts.example-host.fm/show/rss;\n}",
    "    proxy_pass https://backend.acmefoods.de;",
    "<VirtualHost *:80>\n  ServerName blog.kowalczyk-studio.eu\n</VirtualHost>",
    # log channels and project files in capitals
    "[2025-01-02 10:00:00] app.WARNING: Retry scheduled [] []",
    "[2025-01-02 10:00:00] shipping.ERROR: timeout",
    "see README.md and LICENSE.md in the root",
    "folder web/css/\n  notes/\n  TODO.md",
    # a feed, a mail provider's front page, a payment company, an online tool
    "the podcast's feed lives at feeds.lunarpod.net",
    "I moved from yahoo.co.jp to a new address",
    "el checkout usa Razorpay.com y también Paystack.com",
    "I check the markup on schemamarkupvalidator.com before each release",
    "run it through jsonformatter.org first",
    # a price comparison site the shop's feed goes to
    "export produktů pro Heureka.cz a srovnávače",
    # the site's own plumbing on the same line
    "domain: kowalskibakery.co.uk (only the DNS changes)",
    "Der QR-Code soll auf lindenhof-kaffee.de/karte führen",
    # the domain of an address whose "@" is written in brackets
    "mail: anna.w(a)studiowolna.pl",
    "write to m.rossi {a} ferramenta-rossi.it",
    # a bare dotted name beside a mail or chat app's name is that app's handle
    "اضفني على سكايب: omar.haddad.dev",
    "gmail của mình: ngoc.tram.design nha",
    "ส่งมาที่ไอจี chiangmai.eats.club ได้เลย",
    "ईमेल भेजिए, priya.sharma.in जीमेलमा",
    "Skype live : anna . kowal . pl",
    # an API's page with a fragment
    "see dev-portal.shipfast.io/v2#create-order for the fields",
]


@pytest.mark.parametrize("text", NOT_LINKS)
def test_the_works_own_material_is_no_link(text: str) -> None:
    assert found(text) == []


LINKS = [
    # still the seller's or buyer's own site
    ("my portfolio: kowalski-design.pl/realizacje", "kowalski-design.pl/realizacje"),
    ("check my Instagram and my site annabellearts.com", "annabellearts.com"),
    ("ask on the Zalo group, or visit my site hoangstudio.vn", "hoangstudio.vn"),
    # a line that opens with a directive's word but is prose
    ("Return to my portfolio at kasiawrites.com", "kasiawrites.com"),
    # Arabic punctuation ends the link
    ("احجز موعدا calendly.com/omar-design/15min، ونتكلم", "calendly.com/omar-design/15min"),
    ("موقعي omarstudio.ae/work؛ شكرا", "omarstudio.ae/work"),
    # a Hebrew prefix letter glued with a hyphen
    ("תעלו את הקבצים ל-upload.noamdesign.co.il/files", "upload.noamdesign.co.il/files"),
    ("ראו ב-www.noamdesign.co.il", "www.noamdesign.co.il"),
    # spelled with local words for the dot and the slash, a docs-like path included
    ("moje práce: jankovic tečka cz lomítko reference", "jankovic.cz/reference"),
    ("मेरा काम देखें: priyaworks डॉट कॉम /projects", "priyaworks.com/projects"),
    ("सैंपल यहाँ हैं: rohitdesigns डॉट इन", "rohitdesigns.in"),
    # a JSON key that credits the maker
    ('{"illustrator_site": "mika-draws.jp/contact"}', "mika-draws.jp/contact"),
]


@pytest.mark.parametrize(("text", "value"), LINKS)
def test_links_are_found_with_their_span(text: str, value: str) -> None:
    assert [found_value for _, found_value in found(text)] == [value]
    assert found(text)[0][0].replace(" ", "").startswith(value.split("/")[0][:4])


def test_a_hindi_word_for_these_is_no_tld() -> None:
    assert found("आप इन दिनों में क्या कर रहे हैं") == []


def test_a_spelled_site_with_a_path_is_a_link_not_an_address() -> None:
    text = "See the shops I have built at lagosweb dot com dot ng/work, the second one."
    detections = lint_detect(text, "fiverr")
    assert [(d.category, d.value) for d in detections] == [(Category.URL, "lagosweb.com.ng/work")]


def test_a_json_value_without_credit_stays_code() -> None:
    assert found('{"sources": ["kebabhouse.com.tr"], "site": "kebabhouse.com.tr"}') == []


ADVERSARIAL_UNITS = [
    "server_name a.pl ",
    "x(a)y.pl ",
    "ב-a.co.il ",
    "a डॉट इन /",
    "skype a.b.pl ",
    "main.INFO: ",
]


@pytest.mark.parametrize("unit", ADVERSARIAL_UNITS)
def test_new_checks_stay_linear(unit: str) -> None:
    def seconds(size: int) -> float:
        draft = normalize((unit * (size // len(unit) + 1))[:size])
        started = time.perf_counter()
        list(url.detect(draft, DetectionContext("fiverr")))
        return time.perf_counter() - started

    small, large = seconds(20_000), seconds(100_000)
    assert large <= 12 * small + 0.1, f"{unit!r}: 100 KB {large:.3f}s, 20 KB {small:.3f}s"


def test_a_chat_apps_own_site_introduces_no_handle() -> None:
    text = "per the docs at api.telegram.org/bots, set retry_after_seconds to 30"
    assert [d.category for d in lint_detect(text, "fiverr")] == []


def test_a_link_spelled_in_cantonese_is_the_apps_link() -> None:
    text = "有嘢可以 wa 點 me 斜 85261234567 搵我"
    assert [(d.category, d.value) for d in lint_detect(text, "fiverr")] == [
        (Category.MESSENGER, "wa.me/85261234567")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "문서는 https://quokka-charts.io/#/android 참고하세요",
        "the docs: https://kestrel-orm.dev/start/install",
        "Die Doku liegt unter ferngruen-tools.de/hilfe/export",
    ],
)
def test_a_link_named_as_documentation_is_work_material(text: str) -> None:
    assert found(text) == []


def test_documentation_in_an_earlier_sentence_does_not_reach_the_link() -> None:
    assert found("The docs are finished. Visit my site marekwrites.com") == [
        ("marekwrites.com", "marekwrites.com")
    ]


CONTEXT_NOT_CONTACT = [
    # should not flag
    # a firm's own site named mid-sentence, the reader's or the writer's firm's
    "Use the fonts from our site bakery-volos.gr for the cover.",
    "Vzor máte na našem webu foto-hana.cz v sekci Prodej.",
    "Vložte kód na váš web (byty-zapad.sk) do detailu bytu.",
    "Πάρτε τα χρώματα από το site μας oliveshop.gr παρακαλώ.",
    "Wklej to na naszej stronie mieszkania-opole.pl pod galerią.",
    "LMS: LearnDash auf eurer WordPress-Seite (akademie.bergbahn-x.at)\nKurse: 6",
    # an id word hands over a handle, not a site
    "add me on Line, ID: silk.weaver",
    "user id = mandalay.crafts",
    # a program's template and a list of strings over lines
    'return f"https://tours.viewer-acme.com/show/?m={code}"',
    'tours = ["https://tours.viewer-acme.com/show/?m=a1",\n         "https://tours.viewer-acme.com/show/?m=b2"]',
]

CONTEXT_STILL_CONTACT = [
    # should flag
    ("Visit our website bakery-volos.gr for more.", "bakery-volos.gr"),
    ("Our site: foto-hana.cz", "foto-hana.cz"),
    ("our site is acmeroofing (dot) us", "acmeroofing.us"),
    ("My site: silk-weaver.la", "silk-weaver.la"),
]


@pytest.mark.parametrize("text", CONTEXT_NOT_CONTACT)
def test_context_says_no_contact(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "value"), CONTEXT_STILL_CONTACT)
def test_context_still_hands_a_site_over(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


SPELLED_IN_MORE_SCRIPTS = [
    # should flag: dot, slash and "com" said in the sentence's own script
    ("ဆက်သွယ်ရန် pyonephoto ဒေါ့ com ဒေါ့ mm/contact ပါ", "pyonephoto.com.mm/contact"),
    ("ድረ-ገጽ selamdesign ነጥብ com", "selamdesign.com"),
    ("වෙබ් අඩවිය galleresort ඩොට් com", "galleresort.com"),
    ("இணையம் jaffnastay புள்ளி lk", "jaffnastay.lk"),
    ("سایت amlakkurd دات کام", "amlakkurd.com"),
    ("sayt: samarkandtour нуқта uz", "samarkandtour.uz"),
    ("web: kanoflyers digo com", "kanoflyers.com"),
    ("vietne: rigasfoto punkts lv slīpsvītra darbi", "rigasfoto.lv/darbi"),
]


@pytest.mark.parametrize(("text", "value"), SPELLED_IN_MORE_SCRIPTS)
def test_links_spelled_in_more_scripts(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]


def test_social_and_messenger_links_spelled_in_more_scripts() -> None:
    values = [
        d.value
        for text in (
            "instagram ነጥብ com/selam.draws",
            "t ດອດ me/noy_shop_la",
            "facebook خاڵ com/shwan.cars",
            "t нуқта me слэш samarkand_tours",
            "wa ޑޮޓް me/9607000111",
        )
        for d in lint_detect(text, "fiverr")
    ]
    assert values == [
        "instagram.com/selam.draws",
        "t.me/noy_shop_la",
        "facebook.com/shwan.cars",
        "t.me/samarkand_tours",
        "wa.me/9607000111",
    ]
