"""Links that are the work's own material, not a way to reach anyone: documentation, code, packages,
work files, the work's own tools and viewers, and public sites named as the job's subject.

    "docs.python.org/3/library/re.html", "github.com/psf/requests/issues/42"   → reference
    "figma.com/file/AbC/Landing", "my.matterport.com/show/?m=…"                → the work itself
    "Trans.eu", "start.gg/tournament/…", "booking.com/hotel/…"                  → a public site
    "etsy.com/shop/jane", "start.gg/user/…", "airbnb.com/users/show/…"          → still someone's page
"""

from __future__ import annotations

from gigguard.engine.detectors.links import Link, fold
from gigguard.engine.domains import public_suffix, registrable_domain
from gigguard.engine.patterns import alternation, compile_pattern

# A link to any of these helps do the job, not reach the seller elsewhere: "docs.python.org/3/
# library/re.html", "react.dev/reference/react/useState", "github.com/psf/requests",
# "figma.com/file/AbC/Landing", "yellowpages.com/search?page=42".
# First labels of documentation hosts: "docs.python.org", "developer.mozilla.org",
# "learn.microsoft.com", "wiki.archlinux.org".
_DOCS_LABELS = frozenset(
    "docs doc documentation developer developers devdocs learn wiki manual reference".split()
)
# First path segments of documentation on a product's own site: "tailwindcss.com/docs/…",
# "react.dev/reference/…", "python.org/dev/peps/…".
_DOCS_SEGMENTS = frozenset(
    """docs doc documentation reference references api manual manuals guide guides tutorial
    tutorials library learn wiki handbook spec specs rfc peps changelog help faq faqs hc kb
    knowledgebase knowledge-base helpcenter help-center""".split()
)
# A language and region first in a path ("/en-gb/help/…", "/pt_br/docs/…") says which
# translation; the segment after it says what the page is.
_LOCALE = compile_pattern(r"^[a-z]{2}[-_][a-z]{2,4}$")
# Sites whose every page is reference material or a package: a link there is never contact.
_REFERENCE_SITES = frozenset(
    """readthedocs.io readthedocs.org docs.rs crates.io pkg.go.dev npmjs.com pypi.org
    packagist.org rubygems.org nuget.org pub.dev mvnrepository.com stackoverflow.com
    stackexchange.com w3schools.com w3.org whatwg.org ietf.org mozilla.org python.org php.net
    wikipedia.org wikimedia.org caniuse.com schema.org json-schema.org ogp.me""".split()
)
# Words in a path segment that make it documentation wherever it sits:
# "woocommerce.github.io/woocommerce-rest-api-docs", "acme.dev/en/api_reference".
_DOCS_WORDS = frozenset(("docs", "documentation", "reference", "apidocs", "handbook", "sdk"))
# App-store listings: the app being built or discussed, a product page, not a way to reach its
# maker ("play.google.com/store/apps/details?id=com.himalayan.treks").
_APP_STORES = {
    "play.google.com": "/store",
    "apps.apple.com": "",
    "itunes.apple.com": "",
    "apps.microsoft.com": "",
    "appgallery.huawei.com": "",
    "galaxystore.samsung.com": "",
    # A game's store page ("store.steampowered.com/app/…") is what a trailer links to.
    "store.steampowered.com": "/app",
}
# Store builders' back-office addresses: "ten-shop.myshopify.com" is the shop being worked on
# (its admin, its API, its theme preview); a shop shows its customers its own domain.
_STORE_ADMIN_DOMAINS = ("myshopify.com", "mybigcommerce.com")
# Campaign tracking (Google's UTM parameters, Mailchimp's and HubSpot's ids): a newsletter's or an
# ad's link to a shop being promoted, the work itself; nobody tags the link they hand over.
_CAMPAIGN_PARAMETER = compile_pattern(r"(?i)[?&](?:utm_[a-z]+|mc_cid|mc_eid|_hsenc|fbclid|gclid)=")
# Code hosts: "github.com/jane" is someone's profile and "github.com/jane/shop-api" their
# project, which names them as well; a file, the wiki, an issue or the README inside a project
# ("github.com/psf/requests/blob/main/README.md", "…/issues/42", "…#readme") is reference.
_CODE_HOSTS = frozenset(("github.com", "gitlab.com", "bitbucket.org", "codeberg.org"))
_CODE_PAGES = frozenset(
    "blob tree wiki issues pull pulls releases discussions commit commits raw src -".split()
)
# Work tools where a link opens the work itself (a design, a document, an edit), not a way to
# reach anyone: (domain, first path segments that are a work file).
_WORK_FILES = {
    "figma.com": frozenset(("file", "design", "proto", "board", "slides")),
    "docs.google.com": frozenset(("document", "spreadsheets", "presentation", "drawings")),
    "share.descript.com": frozenset(("view",)),
    "canva.com": frozenset(("design",)),
    "miro.com": frozenset(("app",)),
    # Virtual tours and 3D scans: the tour is the delivered work ("my.matterport.com/show/?m=…").
    "matterport.com": frozenset(("show", "models", "discover")),
    "kuula.co": frozenset(("share", "post")),
    "sketchfab.com": frozenset(("models", "3d-models")),
}
# Well-known public sites and marketplaces, named as the work's subject ("photos go on
# realestate.com.au", "sell on bol.com", "scrape yellowpages.com/search?page=42"): their own
# pages are nobody's contact. A seller's page there ("etsy.com/shop/jane") still is.
_PUBLIC_SITES = frozenset(
    """realestate.com.au domain.com.au zillow.com rightmove.co.uk zoopla.co.uk idealista.com
    immobilienscout24.de funda.nl bol.com amazon.com amazon.co.uk amazon.de amazon.in
    ebay.co.uk ebay.de walmart.com target.com bestbuy.com flipkart.com daraz.pk jumia.com
    takealot.com mercadolibre.com mercadolivre.com.br olx.com olx.pl allegro.pl avito.ru
    ozon.ru wildberries.ru rakuten.co.jp taobao.com tmall.com jd.com shopee.com lazada.com
    tokopedia.com otto.de zalando.de cdiscount.com leboncoin.fr marktplaats.nl kijiji.ca
    gumtree.com craigslist.org yellowpages.com yelp.com tripadvisor.com trustpilot.com
    expedia.com agoda.com imdb.com reddit.com quora.com pinterest.com bbc.co.uk bbc.com cnn.com
    nytimes.com theguardian.com heureka.cz heureka.sk ceneo.pl idealo.de skroutz.gr
    pricerunner.com kelkoo.com arukereso.hu compari.ro"""
    # Travel sites and the channel managers that feed them: a property's page, an iCal feed or
    # the partner help is the listing being managed ("booking.com/hotel/…", "Trip.com").
    """ booking.com airbnb.com trip.com ctrip.com hotels.com vrbo.com hostelworld.com
    makemytrip.com traveloka.com getyourguide.com viator.com kayak.com skyscanner.net
    siteminder.com cloudbeds.com beds24.com"""
    # Freight exchanges a dispatcher works on ("6 years on Trans.eu and Timocom").
    """ trans.eu timocom.com timocom.de cargopedia.net della.ru della.eu ati.su lardi-trans.com
    teleroute.com 123cargo.com"""
    # Tournament and esports sites a bracket or a bot reads ("results from start.gg").
    """ start.gg smash.gg challonge.com battlefy.com faceit.com toornament.com liquipedia.net
    hltv.org"""
    # Job boards a recruiter sources from ("the posting on hh.ru", "jobs.ge").
    """ indeed.com glassdoor.com monster.com stepstone.de xing.com hh.ru hh.kz hh.uz
    headhunter.ge jobs.ge hr.ge job.am staff.am cv.lt cvonline.lt cvbankas.lt cv.lv cv.ee
    cvkeskus.ee duunitori.fi jobs.cz prace.cz profesia.sk pracuj.pl work.ua rabota.ua djinni.co
    naukri.com bdjobs.com rozee.pk jobberman.com pnet.co.za careers24.com bayt.com wuzzuf.net
    ethiojobs.net"""
    # Property and classified portals a listing is published on ("fotky pro Sreality").
    """ sreality.cz bezrealitky.cz nehnutelnosti.sk reality.sk otodom.pl morizon.pl gratka.pl
    ss.lv ss.com city24.ee kv.ee aruodas.lt ingatlan.com jofogas.hu halooglasi.com 4zida.rs
    njuskalo.hr spitogatos.gr imot.bg myhome.ge ss.ge list.am divar.ir bayut.com dubizzle.com
    propertyfinder.ae zameen.com property24.com privateproperty.co.za"""
    # Food-delivery apps a menu is listed on.
    """ talabat.com deliveroo.com ubereats.com glovoapp.com wolt.com foodpanda.com zomato.com
    swiggy.com""".split()
)
# Marketplaces that run a site per country under one name: "Amazon.com.tr", "ebay.com.au",
# "olx.com.br", "shopee.co.id" are the same public site as the ".com".
_PUBLIC_BRANDS = frozenset(
    """amazon ebay olx allegro jumia daraz shopee lazada mercadolibre mercadolivre rakuten
    trendyol hepsiburada tokopedia zalando flipkart walmart ikea aliexpress heureka idealo
    pricerunner booking airbnb timocom indeed glassdoor wolt glovoapp talabat foodpanda bayut
    dubizzle""".split()
)
# First path segments on a public site that are a person's or a shop's own page.
_OWN_PAGE_SEGMENTS = frozenset(
    """shop store seller sellers user users u profile people member members s str player
    players""".split()
)


def is_campaign_link(link: Link) -> bool:
    return _CAMPAIGN_PARAMETER.search(link.path) is not None


def is_work_material(link: Link) -> bool:
    """Documentation, a code project, a package, a work file or a public site's own page:
    what the job is about, not a way to reach the seller (issue 9)."""
    labels = link.host.split(".")
    segments = [segment.lower() for segment in link.segments]
    if len(segments) > 1 and _LOCALE.search(segments[0]):
        segments = segments[1:]
    first = segments[0] if segments else ""
    if labels[0] in _DOCS_LABELS and len(labels) >= 3:
        return True
    if first in _DOCS_SEGMENTS or link.on(*_REFERENCE_SITES) or _names_docs(segments):
        return True
    if link.on(*_STORE_ADMIN_DOMAINS):
        return True
    for store, prefix in _APP_STORES.items():
        if link.on(store) and link.path.lower().startswith(prefix):
            return True
    if link.on(*_CODE_HOSTS):
        return _is_code_reference(segments, link.fragment)
    for domain, files in _WORK_FILES.items():
        if link.on(domain) and first in files:
            return True
    if link.on(*_PUBLIC_SITES) or brand(link.host) in _PUBLIC_BRANDS:
        return first not in _OWN_PAGE_SEGMENTS and not first.startswith("@")
    return False


# Words for documentation just before a link, in the clause that hands it over: "문서는
# https://airbnb.io/lottie/#/ios", "глянул доку core.telegram.org/…", "the docs: …".
_DOCS_NAMES = fold(
    """docs documentation dokumentation doku dokumentace dokumentacja documentación documentação
    documentazione dokümantasyon документация доку документацию документації 문서 ドキュメント
    文档 文檔 مستندات توثيق"""
    # The languages of contact set 4 and their neighbours: sk, hr/sr/bs/lt/sl, lv, hu, et, fi,
    # nl, id/ms, uz, sr, tg, ka, hy, el, he, bn, ml.
    """ dokumentácia dokumentacija dokumentācija dokumentáció dokumentatsioon dokumentaatio
    documentatie dokumentasi hujjat hujjatlar hujjatlari документација документатсия
    დოკუმენტაცია փաստաթղթեր τεκμηρίωση תיעוד ডকুমেন্টেশন ഡോക്യുമെന്റേഷൻ""".split()
)
_DOCS_BEFORE = compile_pattern(
    r"(?:\b(?:"
    + "|".join(n for n in _DOCS_NAMES if n.isascii())
    + r")\b|"
    + alternation([n for n in _DOCS_NAMES if not n.isascii()])
    + r")[^.!?。\n]{0,20}$"
)
_DOCS_REACH = 40


def named_as_docs(text: str, link: Link) -> bool:
    return _DOCS_BEFORE.search(text[max(0, link.start - _DOCS_REACH) : link.start]) is not None


def brand(host: str) -> str:
    """The registered name without its suffix: "amazon" of "www.amazon.com.tr"."""
    registrable, suffix = registrable_domain(host), public_suffix(host)
    if registrable is None or suffix is None:
        return ""
    return registrable[: -len(suffix) - 1]


def _names_docs(segments: list[str]) -> bool:
    """A path segment made of words one of which says documentation ("rest-api-docs")."""
    return any(
        word in _DOCS_WORDS
        for segment in segments
        for word in segment.replace("-", " ").replace("_", " ").replace(".", " ").split()
    )


def _is_code_reference(segments: list[str], fragment: str) -> bool:
    if len(segments) < 2:
        return False
    return fragment.lower() == "readme" or (len(segments) >= 3 and segments[2] in _CODE_PAGES)
