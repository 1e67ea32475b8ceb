"""Links off the platform: websites, shorteners, forms, booking pages, file drops, spelled-out domains.

    "https://…", "www.…"                     → written as a link: sure
    "bit.ly/…", "forms.gle/…", "calendly.com/jane", "we.tl/…" → a known service: sure, by kind
    "janedesigns.com", "my-site.co.uk/portfolio" → a bare domain: as sure as its TLD allows
    "janedesigns dot com", "mysite(dot)net"  → spelled out to slip past a filter: url.obfuscated

Never a finding: the marketplaces' own domains, reserved ones (example.com, .test), the part
after "@" of an e-mail address (the e-mail detector's), a service named without a path
("I use calendly.com"), file names and code ("main.py", "logo.ai", "ASP.NET", "model.fit(x)"),
abbreviations, numbers, and two sentences glued by a full stop ("done.Thanks", "it.So").
Messenger and social links are reported here too, as plain links; the linter lets their own,
more specific detectors win ("wa.me/…" is a WhatsApp link before it is a URL).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from gigguard.engine.detectors.base import Detection, DetectionContext
from gigguard.engine.detectors.links import (
    FUNCTION_WORDS,
    IDENTIFIER_WORDS,
    Link,
    find_links,
    fold,
)
from gigguard.engine.detectors.url_halves import is_domain_half, is_local_half
from gigguard.engine.detectors.url_material import (
    brand,
    is_campaign_link,
    is_work_material,
    named_as_docs,
)
from gigguard.engine.domains import (
    is_placeholder_anywhere,
    is_placeholder_name,
    is_platform_domain,
    is_reserved,
    public_suffix,
    registrable_domain,
)
from gigguard.engine.mapped import MappedText
from gigguard.engine.normalize import NormalizedDraft
from gigguard.engine.patterns import alternation, compile_pattern
from gigguard.engine.placeholders import is_filler_number
from gigguard.findings import Category

# ── Services by what a link to them does ────────────────────────────────────────────────────
# Each: domain → path prefix the link needs ("" for any path). Subdomains count too.
_SHORTENERS = {
    domain: ""
    for domain in (
        "bit.ly bitly.com tinyurl.com goo.gl ow.ly is.gd v.gd cutt.ly rebrand.ly t.co buff.ly "
        "shorturl.at rb.gy tiny.cc bit.do t.ly s.id lnkd.in tiny.one shorte.st adf.ly qrco.de "
        "short.io shorturl.com"
    ).split()
}
_FORMS = {
    "forms.gle": "",
    "docs.google.com": "/forms",
    "typeform.com": "",
    "jotform.com": "",
    "jotform.me": "",
    "forms.office.com": "",
    "forms.microsoft.com": "",
    "surveymonkey.com": "/r",
    "tally.so": "",
    "formstack.com": "",
}
_BOOKING = {
    domain: ""
    for domain in (
        "calendly.com cal.com youcanbook.me savvycal.com tidycal.com zcal.co "
        "acuityscheduling.com calendar.app.google koalendar.com"
    ).split()
}
_FILE_DROPS = {
    domain: ""
    for domain in (
        "wetransfer.com we.tl dropbox.com db.tt drive.google.com docs.google.com mega.nz "
        "mega.io mediafire.com 1drv.ms onedrive.live.com box.com sendspace.com pcloud.link "
        "gofile.io files.fm transfernow.net fromsmash.com"
    ).split()
}
# Link-in-bio pages: a list of someone's contacts, a link even without "https://".
_LINK_HUBS = frozenset(
    "linktr.ee beacons.ai bio.link lnk.bio taplink.cc msha.ke linkin.bio campsite.bio".split()
)
_PURPOSES = (
    ("form", _FORMS),  # before file drops: docs.google.com/forms is a form
    ("shortener", _SHORTENERS),
    ("booking", _BOOKING),
    ("file-drop", _FILE_DROPS),
)
# Payment companies a shop's checkout is built on ("PIX e boleto (Pagar.me)", "Razorpay"):
# their names are domains, their front pages nobody's contact.
_PAYMENT_GATEWAYS = frozenset(
    """pagar.me pagseguro.com.br mercadopago.com razorpay.com paystack.com flutterwave.com
    midtrans.com xendit.co iyzico.com paytm.com klarna.com adyen.com mollie.com squareup.com
    braintreepayments.com 2checkout.com payu.com przelewy24.pl tpay.com ecpay.com.tw
    tosspayments.com paymob.com moyasar.com yookassa.ru liqpay.ua wompi.co culqi.com conekta.com
    sumup.com paddle.com gumroad.com""".split()
)
# Sites everybody names as a tool or a brand; their front page is nobody's contact ("I sell on
# etsy.com", "a Booking.com clone"). A path still makes a finding: "github.com/janedev".
_SERVICES = frozenset(
    (
        *_SHORTENERS,
        *_FORMS,
        *_BOOKING,
        *_FILE_DROPS,
        *_LINK_HUBS,
        *"""wa.me t.me whatsapp.com web.whatsapp.com telegram.org discord.com discord.gg skype.com
        zoom.us zoom.com meet.google.com slack.com teams.microsoft.com signal.org viber.com
        line.me wechat.com linkedin.com instagram.com facebook.com fb.com twitter.com x.com
        tiktok.com youtube.com youtu.be google.com gmail.com outlook.com hotmail.com yahoo.com
        icloud.com proton.me protonmail.com github.com gitlab.com bitbucket.org stackoverflow.com
        wordpress.com wordpress.org wix.com squarespace.com shopify.com webflow.com godaddy.com
        namecheap.com canva.com figma.com behance.net dribbble.com medium.com wikipedia.org
        apple.com microsoft.com amazon.com ebay.com etsy.com airbnb.com booking.com
        aliexpress.com alibaba.com netflix.com spotify.com paypal.com stripe.com payoneer.com
        wise.com openai.com chatgpt.com notion.so trello.com asana.com zapier.com vercel.com
        netlify.com heroku.com cloudflare.com npmjs.com pypi.org w3schools.com python.org
        php.net about.me""".split(),
        *_PAYMENT_GATEWAYS,
    )
)
# A host whose first label is one of these is a machine's endpoint, not a way to reach anyone:
# "api.telegram.org/bot…", "js.stripe.com/v3/", "staging.myshop.app/webhook".
_ENDPOINT_LABELS = frozenset(
    """api apis cdn cdnjs js static assets img images media staging stage dev sandbox webhook
    webhooks hooks graph gateway auth oauth sso localhost smtp imap pop pop3 mx ftp sftp mqtt rpc
    ws wss s3 fonts status help support test testing qa uat demo preview admin internal accounts
    login maps code registry feed feeds rss lrs xapi""".split()
)
# A path that is an API's, not a page anyone reads: "/api/mpesa/callback", "/v1/payment/ready",
# "/maps/api/js", "/o/oauth2/auth", a versioned API's "/3.0/lists" or "/v19.0/messages", a
# data format's "/json/" or "/xml/" ("cbu.uz/…/json/", "supply-xml.…/hotels/xml/availability").
_ENDPOINT_PATH = compile_pattern(
    r"(?i)/(?:api|v[0-9]+(?:\.[0-9]+)*|[0-9]+\.[0-9]+|graphql|rest|oauth2?|callback|webhooks?|hooks?"
    r"|wp-admin|wp-json|rss|feed|atom|xapi|json|xml|csv|ical)(?:[/?#]|$)"
)
# A path to a script, a style sheet, a font or data: "…/jquery-3.7.1.min.js", "…/all.min.css".
# A calendar feed or a data export ("…/ical/51203.ics", "…/rates.xml") is read by a program.
_ASSET_PATH = compile_pattern(
    r"(?i)\.(?:m?js|cjs|css|map|json|wasm|woff2?|ttf|otf|eot|ics|xml|csv)$"
)
# Infrastructure a page or a program loads things from: CDNs, cloud storage, container
# registries, fake-data APIs for tests. Nobody reads a page there, let alone writes to one.
_INFRASTRUCTURE = frozenset(
    """googleapis.com gstatic.com googletagmanager.com google-analytics.com doubleclick.net
    jsdelivr.net unpkg.com cdnjs.com bootstrapcdn.com jquery.com fontawesome.com
    amazonaws.com cloudfront.net azureedge.net blob.core.windows.net cloudinary.com imgix.net
    typicode.com httpbin.org reqres.in mockapi.io ghcr.io docker.io quay.io gcr.io sentry.io
    gravatar.com recaptcha.net""".split()
)
# The first name of a property chain in code: "event.id", "customer.email", "req.body",
# "android.permission.CAMERA", "gradle.properties" (.id, .email, .camera and .properties are
# all TLDs too).
_CODE_NAMES = frozenset(
    """event evt e customer user users req request res response props state self this data
    config cfg settings env process os sys window document console android gradle params
    payload body item items order orders product products msg message ctx context app module
    exports err error obj object record row model""".split()
)
# Source files and stack traces: "FirebaseApp.java:186", "utils.kt" (".java" is a TLD too).
_CODE_EXTENSIONS = frozenset(
    "java kt kts scala groovy swift dart go php rb cs cpp js ts jsx tsx vue json yml yaml".split()
)
# Generic TLDs that open reverse-domain package names ("com.fitpulse.app"); country codes do
# not count, they open real hosts ("de.wikipedia.org").
_PACKAGE_ROOTS = frozenset(("com", "org", "net", "io", "dev", "app"))
# Names that look like domains but are technologies: "ASP.NET developer", "Socket.IO".
_TECHNOLOGIES = frozenset(("asp.net", "ado.net", "vb.net", "dot.net", "socket.io", "node.red"))

# Mail providers, by their registered name in any country ("hotmail.fr", "daum.net",
# "yahoo.co.jp"): their front page is where an address lives, not a site of the person's; a
# bare one is the half after "@" of an address written around it ("studio.k 🐌 daum.net").
_MAIL_BRANDS = frozenset(
    """gmail googlemail hotmail outlook live msn yahoo ymail aol icloud gmx daum hanmail naver
    qq foxmail 163 126 sina sohu yandex rambler libero virgilio wanadoo laposte seznam
    interia onet zoho protonmail proton tutanota rediffmail""".split()
)
# Names of online tools a job is checked with ("castfeedvalidator.com", "a JSON-LD checker"):
# what the work is run through, not where its maker is.
_TOOL_NAME = compile_pattern(
    r"(?:validator|checker|tester|linter|converter|generator|analy[sz]er|formatter|minifier)$"
)

# ── How much a bare domain's TLD says ───────────────────────────────────────────────────────
# The TLDs most sites of our sellers use (last label: "co.uk" counts as "uk", "github.io" as
# "io" — a hosting platform's subdomain is a site as much as any).
_COMMON_TLDS = frozenset(
    """com net org io co dev me app site online store shop ai biz info us uk de in pk ng br es
    fr ru ca au nl it pl eu ch za ae tv xyz tech""".split()
)
# TLDs that are also file extensions people type all day: "main.py", "README.md", "logo.ai",
# "app.zip", "run.sh", "lib.rs", "Makefile.am". Bare, these are files; with a scheme, "www."
# or a path ("jasper.ai/pricing") they are sites.
_FILE_EXTENSIONS = frozenset(
    "ai am ac as cc cf gs md ml mo mov pl pm ps py rs sh so tf zip".split()
)
# File-like TLDs that are also much used for sites ("notion.so", "bun.sh", "jasper.ai",
# "weiming.cc"): a contact cue makes them sites; the others ("main.py") stay files.
_SITE_TLDS = frozenset("ai ac as cc cf gs ml mo sh so pl".split())
# Before a bare domain, these make it a site even with a rare or file-like TLD.
_SITE_WORDS = fold(
    (
        "website",
        "web site",
        "site",
        "web",
        "visit",
        "portfolio",
        "check out",
        "blog",
        "homepage",
        "home page",
        "url",
        "link",
        "domain",
        "landing page",
        "sitio",
        "página",
        "pagina",
        "portafolio",
        "visita",
        "site web",
        "visitez",
        "webseite",
        "seite",
        "besuche",
    )
)
# RE2's \b is ASCII-only: the Russian stems ("сайт", "сайте", "ссылка") go without it.
_SITE_CONTEXT = compile_pattern(r"\b" + alternation(_SITE_WORDS) + r"\b|сайт|ссылк|портфолио")
_SITE_WINDOW = 40
# Words that hand over a way to get in touch, shortly before a bare domain: "write to me at",
# "my contact:", "find me on", in the sellers' languages. After them a short or file-like
# name is a site too ("napisz do mnie: tomasz.sh", "제 연락처: mj.gg"). English "write me" and
# "send me" are left out: "write me a deploy.sh", "send me report.pdf" ask for work.
_CONTACT_CUE_WORDS = fold(
    """contact contacts contactme contacto contato contatto kontakt kontakty contactez
    contáctame contactame contattami contactează-mă escríbeme escribeme escreva-me écris-moi
    écrivez-moi scrivimi schreib schreiben napisz napiš napište pisz scrie-mi skriv mawasiliano
    wasiliana niandikie nitumie hubungi kontak iletişim ulaş yaz""".split()
) + fold(
    (
        "reach me",
        "find me",
        "message me",
        "get in touch",
        "my contact",
        "mi contacto",
        "me chama",
        "fale comigo",
        "mi trovi",
        "erreichst du mich",
        "erreichen sie mich",
        "znajdziesz mnie",
        "najdeš mě",
        "når du mig",
        "liên hệ",
        "nhắn",
        "liên lạc",
        "i-message",
        "makipag-ugnayan",
    )
)
# Scripts without "\b" in RE2 (or without spaces): matched as they are.
_CONTACT_CUE_STEMS = fold(
    """контакт напиши пиши пишите напишите свяжитесь напишіть зв'яжіться تواصل راسلني اتصل
    للتواصل تماس پیام ارتباط رابطہ میسج संपर्क मैसेज যোগাযোগ মেসেজ 联系 聯繫 联络 发消息 找我
    連絡 メッセージ 연락 메시지 ติดต่อ ทัก επικοινωνία επαφή στείλε γράψε βρες קשר כתבו תכתוב
    שלחו""".split()
)
_CONTACT_CUE = compile_pattern(
    r"\b" + alternation(_CONTACT_CUE_WORDS) + r"\b|" + alternation(_CONTACT_CUE_STEMS)
)
_CUE_WINDOW = 48
# What may stand between a cue and the domain it hands over: "napisz do mnie: ", "my contact
# is ", "βρες με στο "; a sentence break ends the cue's reach.
_HANDOVER_COLON = compile_pattern(r"[:：]\s*$")
_SENTENCE_BREAK = compile_pattern(r"[.!?。！？\n]")
_HANDOVER_GAP = 16
_CLAUSE_AFTER = compile_pattern(r"^\s*(?:$|[,;.!?)\]。，！？]|[^\p{Latin}\p{N}\s])")
# After "dot net" / "dot com" these make it a technology or an era: "a dot net developer",
# "the dot com bubble".
_TOPIC_AFTER = compile_pattern(
    r"^\s+(?:developers?|dev|devs|framework|core|applications?|apps?|mvc|stack|programmers?"
    r"|engineers?|projects?|bubble|era|boom|crash|compan(?:y|ies)|startups?|days|millionaires?)\b"
)
_SPELLED_STOPWORDS = FUNCTION_WORDS | frozenset(
    ("old", "new", "early", "big", "polka", "pre", "post", "net", "com")
)


def detect(draft: NormalizedDraft, context: DetectionContext) -> Iterator[Detection]:
    view = draft.text
    fences = _code_fences(view.text)
    for link in find_links(view):
        if any(start <= link.start < end for start, end in fences):
            continue  # a config, a log or a stack trace pasted between ``` fences (issue 9)
        judged = _judge(view, link)
        if judged is None:
            continue
        kind, confidence = judged
        yield Detection.in_view(
            view,
            link.start,
            link.end,
            category=Category.URL,
            kind=kind,
            value=_value(link),
            confidence=confidence,
        )


_FENCE = "```"


def _code_fences(text: str) -> list[tuple[int, int]]:
    """The spans between Markdown code fences; an unclosed last fence runs to the end. Hosts
    there are what a program reads ("sources": ["daraz.pk"], host='www.zameen.com'), not
    handed to a reader."""
    spans: list[tuple[int, int]] = []
    opening = text.find(_FENCE)
    while opening >= 0:
        closing = text.find(_FENCE, opening + len(_FENCE))
        end = len(text) if closing < 0 else closing
        spans.append((opening, end))
        opening = -1 if closing < 0 else text.find(_FENCE, closing + len(_FENCE))
    return spans


def _value(link: Link) -> str:
    path = "" if link.path == "/" else link.path
    scheme = f"{link.scheme}://" if link.scheme else ""
    return f"{scheme}{link.shown_host}{link.port}{path}"


# A site named as the reader's or the writer's firm's own, mid-sentence ("the colours from our
# site x.gr", "the sample is on our web x.cz in Sales", "paste it into your web (x.sk)"): the
# work's subject. A colon, a contact cue or an invitation to visit still hands it over ("our
# site: x.com", "visit our website x.com"), and a spelled-out one is hidden on purpose.
_OUR_YOUR = fold(
    """our your nuestro nuestra nuestros tu tus vuestro notre nos votre vos unser unsere unserer
    unserem unseren euer eure eurer eurem euren dein deine deiner deinem ihre ihrer ihrem nosso nossa seu sua vostro nostro
    nas nasi nase nasem naseho nasej nasom nasim nasz nasza naszej naszym naszą vas vase vasem
    vaseho vasej vasom vasim wasz wasza waszej waszym nas naseg nasoj vaseg vasoj наш наша нашем
    нашего нашей ваш ваша вашем вашего вашей musu mūsų mūsu jusu jūsų jūsu meie teie meidan
    meidän teidan teidän var vart vår vårt er ert onze uw jouw bizim sizin""".split()
)
_OUR_YOUR_AFTER = fold("μας σας".split())  # Greek puts them after: "το site μας"
_SITE_NOUNS = fold(
    """site website web webu webe webovka webovce stranka stranku strance stránka stránku
    stránce strona stronie stronę stronę сайт сайте сайта ιστοσελίδα ιστοσελίδας ιστότοπο
    ιστότοπος sitio pagina página seite webseite homepage hemsida webbplats webbplatsen
    svetaine svetainė svetainėje vietne vietnē veebileht veebilehel sivusto sivustolla sajt
    sajtu sajtot stranica stranici stranicu sayt sayti saytimiz""".split()
)
_POSSESSED_SITE = compile_pattern(
    rf"(?:^|[^\p{{L}}])(?:{alternation(_OUR_YOUR)}[ \t]+(?:\p{{L}}+(?:[ \t]+|-))?"
    rf"{alternation(_SITE_NOUNS)}"
    rf"|{alternation(_SITE_NOUNS)}[ \t]+{alternation(_OUR_YOUR_AFTER)})[ \t]*\(?[ \t]*$"
)
_VISIT_WORDS = fold(
    """visit check see look navstivte navštivte navstiv navštiv pozrite odwiedz odwiedź zajrzyj
    zobacz посетите заходите загляните зайдите επισκεφθείτε δείτε besuchen besuche visitez
    visita visite ziyaret apmeklējiet apmeklejiet apsilankykite kulastage külastage latogass
    látogass""".split()
)
_VISIT_BEFORE = compile_pattern(r"(?:^|[^\p{L}])" + alternation(_VISIT_WORDS) + r"(?:$|[^\p{L}])")
_POSSESSED_REACH = 48


def _names_a_firms_own_site(text: str, link: Link) -> bool:
    before = text[max(0, link.start - _POSSESSED_REACH) : link.start]
    if _POSSESSED_SITE.search(before) is None or _VISIT_BEFORE.search(before):
        return False
    return not _handed_over(text, link)


# "ID: khamla.silk", "user id = ana.k": an id word hands over a handle, not a site.
_IDENTIFIER_BEFORE = compile_pattern(
    r"(?:^|[^\p{L}\p{N}])" + alternation(IDENTIFIER_WORDS) + r"[ \t]*[:=：][ \t]*$"
)


def _named_as_an_id(text: str, link: Link) -> bool:
    if link.explicit or link.segments:
        return False
    return _IDENTIFIER_BEFORE.search(text[max(0, link.start - 24) : link.start]) is not None


def _judge(view: MappedText, link: Link) -> tuple[str, float] | None:
    """(kind, confidence) for a link, or None when it is no finding."""
    host = link.host
    if is_platform_domain(host) or is_reserved(host) or _is_private_address(host):
        return None
    if is_placeholder_anywhere(host) or _in_code(view.text, link):
        return None
    if _names_the_site_as_work(view.text, link):
        return None
    if is_domain_half(view.text, link) or is_local_half(view.text, link):
        return None  # "p.lavoie(a)groupelavoie.ca": the e-mail detector's half of an address
    if not (link.explicit or link.segments) and _beside_channel(view.text, link):
        return None
    if _named_as_an_id(view.text, link):
        return None
    has_path = bool(link.segments) or "?" in link.path or bool(link.fragment)
    if _is_endpoint_or_code(link):
        return None
    purpose = _purpose(link)
    # Nobody spells out a documentation link to slip it past a filter: "novakdev dot cz slash
    # reference" is the seller's own page.
    spelled = link.obfuscated and view.text[link.start : link.end].find(host) < 0
    material = not spelled and (
        is_work_material(link) or is_campaign_link(link) or named_as_docs(view.text, link)
    )
    if purpose != "form" and material:
        return None
    if not has_path and (link.site in _SERVICES or brand(host) in _MAIL_BRANDS):
        return None
    if link.site in _SERVICES and any(
        is_placeholder_name(s) or is_filler_number(s) for s in link.segments
    ):
        return None  # "calendly.com/yourname", "wa.me/97400000000": a template's sample
    if spelled and not _plausible_spelling(view.text, link):
        return None
    if purpose is not None:
        return f"url.{purpose}", 0.95
    if link.site in _LINK_HUBS:
        return "url", 0.95
    if not (link.explicit or link.obfuscated) and _names_a_firms_own_site(view.text, link):
        return None
    kind = "url.obfuscated" if link.obfuscated else "url"
    if link.explicit:
        return kind, 0.95
    if spelled:
        return kind, 0.85
    if link.obfuscated:
        return kind, 0.9  # "mysite(dot)net", look-alike letters: deliberate
    if _is_address(host):
        return kind, 0.9  # "185.23.41.7:3000": the parser took it for its port or page
    confidence = _bare_confidence(view, link, has_path)
    return (kind, confidence) if confidence is not None else None


def _is_endpoint_or_code(link: Link) -> bool:
    """An API or asset host, a Java-style package name ("com.fitpulse.app",
    "org.jetbrains.kotlin.android": a TLD first) or a source file: nobody's contact."""
    labels = link.host.lower().split(".")
    if any(label in _ENDPOINT_LABELS for label in _subdomain_labels(link.host)):
        return True  # "api.stripe.com", "us21.api.mailchimp.com", "registry.gitlab.com"
    if _ENDPOINT_PATH.search(link.path) or link.on(*_INFRASTRUCTURE):
        return True
    if link.segments and _ASSET_PATH.search(link.segments[-1]):
        return True
    if link.explicit or link.host.lower().startswith("www."):
        return False
    if labels[0] in _CODE_NAMES or link.host.rsplit(".", 1)[-1].isupper():
        return True  # "event.params.id", "android.permission.CAMERA"
    if len(labels) >= 3 and labels[0] in _PACKAGE_ROOTS:
        return True
    return labels[-1] in _CODE_EXTENSIONS


def _subdomain_labels(host: str) -> list[str]:
    """The labels before the registered name: "us21", "api" of "us21.api.mailchimp.com"."""
    registrable = registrable_domain(host)
    if registrable is None or host == registrable:
        return []
    return host.lower()[: -len(registrable) - 1].split(".")


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _is_private_address(host: str) -> bool:
    """A LAN or loopback address reaches nobody outside ("http://192.168.1.10:8080")."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return not address.is_global


def _purpose(link: Link) -> str | None:
    for purpose, services in _PURPOSES:
        for domain, prefix in services.items():
            if link.on(domain) and link.path.lower().startswith(prefix):
                return purpose
    return None


def _plausible_spelling(text: str, link: Link) -> bool:
    """ "janedesigns dot com" yes; "the dot com bubble", "a dot net developer" no."""
    name = link.host.split(".")[0]
    if (
        name in _SPELLED_STOPWORDS
        or link.host in _TECHNOLOGIES
        or (len(name) < 3 and not link.path)
    ):
        return False
    if _TOPIC_AFTER.search(text[link.end : link.end + 24]):
        return False
    return not (link.host.endswith(".net") and len(name) < 6 and "-" not in name)


def _bare_confidence(view: MappedText, link: Link, has_path: bool) -> float | None:
    """How sure a bare "name.tld" is a site, from its TLD, its shape and the words around it."""
    text, host = view.text, link.host
    suffix = public_suffix(host)
    registrable = registrable_domain(host)
    if suffix is None or registrable is None or host in _TECHNOLOGIES:
        return None
    name = registrable[: -len(suffix) - 1]
    last_label = host.rsplit(".", 1)[-1]
    site_context = _SITE_CONTEXT.search(text[max(0, link.start - _SITE_WINDOW) : link.start])
    contact_cue = _handed_over(text, link)
    if _looks_like_code(text, link):
        return None
    if not has_path:
        typed = view.original_slice(link.start, link.end)
        if _TOOL_NAME.search(name) or _is_log_or_file_name(typed, last_label):
            return None
        named = site_context or link.written_host or (contact_cue and last_label in _SITE_TLDS)
        if last_label in _FILE_EXTENSIONS and not named:
            return None  # "main.py", "logo.ai"; "kreatywna-łódź.pl" is no file name
        typed_tld = view.original_slice(link.end - len(last_label), link.end)
        if typed_tld[:1].isupper() and typed_tld[1:].islower():
            return None  # "done.Thanks", "it.So", "B.Com": a sentence or a degree, not a site
        if _is_member_constant(view.original_slice(link.start, link.end)):
            return None
    if len(name) <= 1:
        return None  # "b.sc", "m.tech"; the one-letter sites that exist are services above
    if last_label in _COMMON_TLDS:
        confidence = 0.8
    elif len(last_label) == 2 or not last_label.isascii() or last_label.startswith("xn--"):
        # A country's TLD: "lib.rs", "it.so"; the internationalised TLDs ("рф", "مصر") are
        # nearly all countries' too.
        confidence = 0.65 if len(name) >= 4 else 0.45
    else:
        # New gTLDs are often words: "done.now", "user.name", "element.style".
        shaped = len(name) >= 6 or any(c.isdigit() or c == "-" for c in name)
        confidence = 0.6 if shaped else 0.45
    if len(name) <= 2 and not contact_cue:
        confidence -= 0.2  # "mj.gg" is a site after "my contact:", an abbreviation elsewhere
    if has_path:
        confidence += 0.1
    if site_context:
        confidence += 0.15
    if contact_cue:
        confidence += 0.3
    return min(confidence, 0.9)


# Log levels a logger appends to its channel's name: "main.INFO:", "app.ERROR" (".info" is a TLD).
_LOG_LEVELS = frozenset(
    "DEBUG INFO NOTICE WARN WARNING ERROR CRITICAL ALERT EMERGENCY FATAL TRACE".split()
)


def _is_log_or_file_name(typed: str, last_label: str) -> bool:
    """A log channel and its level ("main.INFO") or a project file named in capitals
    ("CHANGELOG.md", "README.md", "LICENSE.md"): people who shout a domain shout all of it."""
    name, _, suffix = typed.rpartition(".")
    if suffix in _LOG_LEVELS and name.islower():
        return True
    return last_label in _FILE_EXTENSIONS and name.isupper() and suffix.islower()


# Words of the site's own plumbing, on the same line as its domain: a domain move ("domain:
# shop.co.uk, only DNS changes"), a QR code printed on a manual ("QR-koden ska gå till …"), a
# certificate, the learning platform a course is published to ("LMS: acme.moodlecloud.com"),
# an endpoint a request goes to ("Endpoint: https://…"). The link is the work's subject, not a
# way to reach anyone.
_PLUMBING = compile_pattern(
    r"(?i)\b(?:qr|dns|ssl|cname|nameservers?|registrar|sitemap|mx records?|lms|lrs|scorm|xapi"
    r"|endpoint|webhook)\b"
)
_PLUMBING_BEFORE = 40
_PLUMBING_AFTER = 64


def _names_the_site_as_work(text: str, link: Link) -> bool:
    reach_start = max(0, link.start - _PLUMBING_BEFORE)
    line_start = max(text.rfind("\n", reach_start, link.start) + 1, reach_start)
    line_end = text.find("\n", link.end, link.end + _PLUMBING_AFTER)
    line_end = link.end + _PLUMBING_AFTER if line_end < 0 else line_end
    around = (
        text[line_start : link.start]
        + " "
        + text[link.end : min(line_end, link.end + _PLUMBING_AFTER)]
    )
    return _PLUMBING.search(around) is not None


# Mail providers and messaging apps by the names people write them in: a bare dotted name just
# after one ("स्काइप पर ऐड करें: amit.k.dev", "gmail của mình: lan.shop", "live : ana . k . pl") or
# with one glued on after it ("omar.b.dev فالجيميل", "sita.k.np जिमेलमा") is that app's
# handle or an address's local part, not a site.
_CHANNEL_NAMES = fold(
    """gmail hotmail outlook yahoo skype discord telegram instagram insta ig zalo viber wechat
    snapchat جيميل جيمايل جیمیل جی‌میل जीमेल जिमेल জিমেইল ジーメール 지메일 سكايب سکائپ
    اسکایپ स्काइप স্কাইপ скайп סקייפ スカイプ 스카이프 انستا انستغرام اینستا इंस्टा ইনস্টা инста
    אינסטה インスタ 인스타 ไอจี อินสตา ديسكورد дискорд телеграм تلگرام تيليجرام טלגרם""".split()
)
_CHANNEL_BEFORE = compile_pattern(
    r"(?:\b(?:" + "|".join(name for name in _CHANNEL_NAMES if name.isascii()) + r")\b"
    r"|" + alternation([name for name in _CHANNEL_NAMES if not name.isascii()]) + r")"
    r"[^.!?。\n]{0,20}$|\blive\s*:\s*$"
)
_CHANNEL_AFTER = compile_pattern(
    r"^[ \t]?[^\s\p{Latin}\p{P}]{0,3}" + alternation([n for n in _CHANNEL_NAMES if not n.isascii()])
)
_CHANNEL_REACH = 28


def _beside_channel(text: str, link: Link) -> bool:
    """A bare name next to a mail provider's or a messaging app's name, with no site word
    between ("my Instagram and my site jane.studio" is still a site)."""
    before = text[max(0, link.start - _CHANNEL_REACH) : link.start]
    found = _CHANNEL_BEFORE.search(before)
    if found is not None and not _SITE_CONTEXT.search(before[found.start() :]):
        return True
    return _CHANNEL_AFTER.search(text[link.end : link.end + 16]) is not None


def _handed_over(text: str, link: Link) -> bool:
    """A contact cue hands the domain over: right after a colon ("napisz do mnie: tomasz.sh",
    "我的联系方式：weiming.cc"), or a few characters on with the clause ending at the domain
    ("βρες με στο nk.gr"). "contact me if main.py fails" reads on, so it does not."""
    window = text[max(0, link.start - _CUE_WINDOW) : link.start]
    cue_end = max((cue.end() for cue in _CONTACT_CUE.finditer(window)), default=-1)
    if cue_end < 0:
        return False
    between = window[cue_end:]
    if _SENTENCE_BREAK.search(between):
        return False
    if _HANDOVER_COLON.search(between):
        return True
    return len(between) <= _HANDOVER_GAP and bool(_CLAUSE_AFTER.search(text[link.end :]))


def _looks_like_code(text: str, link: Link) -> bool:
    """ "model.fit(x)", "`user.name`", "self.request.get", "x = user.email"."""
    after = text[link.end : link.end + 1]
    before = text[link.start - 1 : link.start] if link.start else ""
    return after in ("(", "[", "=", "`", "{") or before in ("`", "=")


# Words after which a dotted name is a module or a package: "import win32com.client",
# "from androidx.room import Dao", "using System.Net", "package com.acme".
_IMPORT_WORDS = frozenset(("import", "from", "using", "package", "require", "include", "#include"))
_QUOTES = "\"'"


def _in_code(text: str, link: Link) -> bool:
    """A name that code holds, not one written to a reader: an HTML attribute's or a JSON
    string's value ('content="https://…"', '"sources": ["daraz.pk"]'), a JSON key
    ('"footer.support":'), a template expression ("${{ github.actor }}") or a placeholder a
    program fills in ('f"https://x.com/show/?m={q}"'), an import, or a member written CamelCase
    with a capitalised suffix ("Dispatchers.IO")."""
    before = text[max(0, link.start - 24) : link.start]
    if before.rstrip().endswith(("{{", "${", "{%")) or "{" in link.path:
        return True
    words = before.split()
    if words and words[-1] in _IMPORT_WORDS and not link.explicit:
        return True
    if _CONFIG_DIRECTIVE.search(text[max(0, link.start - _DIRECTIVE_REACH) : link.start]):
        return True
    return _quoted_literal(text, link)


# A web server's configuration names the hosts it serves and forwards to, one directive a line
# ("server_name shop.vn www.shop.vn;", "return 301 https://…;", "ServerAlias …"): the site
# being deployed, read by nginx or Apache, not handed to anyone.
_CONFIG_DIRECTIVE = compile_pattern(
    r"(?im)^[ \t]*(?:server_name|proxy_pass|fastcgi_pass|uwsgi_pass|proxy_redirect"
    r"|return[ \t]+[0-9]{3}|rewrite"
    r"|add_header|resolver|ServerName|ServerAlias|Redirect|RedirectMatch|RedirectPermanent"
    r"|RewriteRule|RewriteCond|ProxyPass|ProxyPassReverse)[ \t][^\n;{}]*$"
)
_DIRECTIVE_REACH = 120


def _quoted_literal(text: str, link: Link) -> bool:
    quote = text[link.start - 1 : link.start] if link.start else ""
    if not quote or quote not in _QUOTES or text[link.end : link.end + 1] != quote:
        return False
    lead = text[max(0, link.start - 8) : link.start - 1].rstrip(" \t")
    # A list's items go one a line as often as not: 'tours = ["…",⏎         "https://…"]'.
    lead_over_lines = text[max(0, link.start - _KEY_REACH) : link.start - 1].rstrip()
    if lead.endswith(("=", "[", ",", "(")) or lead_over_lines.endswith(("[", ",")):
        return True  # href="…", ["a.pk", "b.pk"], fetch("…")
    if lead.endswith(":") and lead[:-1].rstrip(" \t").endswith(quote):
        return not _credits_a_person(text, link.start - 1 - len(lead))  # "site": "brewlab.co.kr"
    after = text[link.end + 1 : link.end + 4].lstrip(" \t")
    opens_entry = lead == "" or lead.endswith(("\n", "{"))
    return after.startswith(":") and opens_entry  # a JSON key: '{"a.b": …' or on its own line


# Keys that credit the maker of the work: "artist_site", "author_url", "photographer_link".
# Their value is a way to find that person, whatever file carries it.
_CREDIT_KEY = compile_pattern(
    r"(?i)(?:artist|author|creator|credit|designer|illustrator|photographer|made_?by)[^\"']*$"
)


def _credits_a_person(text: str, key_end: int) -> bool:
    """Whether the JSON key ending at `key_end` (its closing quote) names the work's maker."""
    reach_start = max(0, key_end - _KEY_REACH)
    line_start = max(text.rfind("\n", reach_start, key_end) + 1, reach_start)
    return _CREDIT_KEY.search(text[line_start:key_end]) is not None


_KEY_REACH = 64


def _is_member_constant(typed: str) -> bool:
    """ "Dispatchers.IO", "Color.RED", "Locale.US": a CamelCase class and its constant. People
    who shout a domain shout all of it ("JANE.COM")."""
    name, _, suffix = typed.rpartition(".")
    first = name.rsplit(".", 1)[-1]
    return (
        len(suffix) >= 2
        and suffix.isupper()
        and first[:1].isupper()
        and any(c.islower() for c in first)
    )
