"""The url detector: links, bare and spelled-out domains, and the look-alikes that are not links."""

from __future__ import annotations

import time

import pytest

from gigguard.engine.detect import detect as lint_detect
from gigguard.engine.detectors import messenger, social, url
from gigguard.engine.detectors.base import REPORT_THRESHOLD, DetectionContext
from gigguard.engine.normalize import normalize
from gigguard.findings import Category


def found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, the original text flagged, value) of every reportable detection."""
    detections = url.detect(normalize(text), DetectionContext("fiverr"))
    return [
        (d.kind, text[d.start : d.end], d.value)
        for d in detections
        if d.confidence >= REPORT_THRESHOLD
    ]


FLAGGED = [
    # should flag
    # written as links
    ("http://janedesigns.com", "url", "http://janedesigns.com", "http://janedesigns.com"),
    (
        "HTTPS://JaneDesigns.com/Work?ref=1#top",
        "url",
        "HTTPS://JaneDesigns.com/Work?ref=1#top",
        "https://janedesigns.com/Work?ref=1#top",
    ),
    ("www.janedesigns.co.uk", "url", "www.janedesigns.co.uk", "www.janedesigns.co.uk"),
    (
        "(see https://janedesigns.com/a).",
        "url",
        "https://janedesigns.com/a",
        "https://janedesigns.com/a",
    ),
    (
        "janedesigns.com/work/Go_(game)",
        "url",
        "janedesigns.com/work/Go_(game)",
        "janedesigns.com/work/Go_(game)",
    ),
    (
        "http://81.2.69.160:8080/admin",
        "url",
        "http://81.2.69.160:8080/admin",
        "http://81.2.69.160:8080/admin",
    ),
    # bare domains
    ("janedesigns.com", "url", "janedesigns.com", "janedesigns.com"),
    ("Visit janedesigns.com.", "url", "janedesigns.com", "janedesigns.com"),
    ("my-site.co.uk/portfolio", "url", "my-site.co.uk/portfolio", "my-site.co.uk/portfolio"),
    ("blog.janedesigns.net", "url", "blog.janedesigns.net", "blog.janedesigns.net"),
    ("jane-designs.de", "url", "jane-designs.de", "jane-designs.de"),
    ("janedesigns.com.pk", "url", "janedesigns.com.pk", "janedesigns.com.pk"),
    ("janedesigns.com.br/loja", "url", "janedesigns.com.br/loja", "janedesigns.com.br/loja"),
    ("jane123.dev", "url", "jane123.dev", "jane123.dev"),
    ("jane.github.io/portfolio", "url", "jane.github.io/portfolio", "jane.github.io/portfolio"),
    ("github.com/janedev", "url", "github.com/janedev", "github.com/janedev"),
    ("jasper.ai/pricing", "url", "jasper.ai/pricing", "jasper.ai/pricing"),
    (
        "my code: github.com/janedev/shop-api",
        "url",
        "github.com/janedev/shop-api",
        "github.com/janedev/shop-api",
    ),
    (
        "mi tienda etsy.com/shop/janedesigns",
        "url",
        "etsy.com/shop/janedesigns",
        "etsy.com/shop/janedesigns",
    ),
    ("visit my site janedesigns.studio", "url", "janedesigns.studio", "janedesigns.studio"),
    ("linktr.ee/janedesigns", "url", "linktr.ee/janedesigns", "linktr.ee/janedesigns"),
    ("😀 janedesigns.com", "url", "janedesigns.com", "janedesigns.com"),
    # site words in other languages
    ("mi sitio web: janedesigns.es", "url", "janedesigns.es", "janedesigns.es"),
    ("meu site: janedesigns.com.br", "url", "janedesigns.com.br", "janedesigns.com.br"),
    ("mon site : janedesigns.fr", "url", "janedesigns.fr", "janedesigns.fr"),
    ("meine Webseite: janedesigns.de", "url", "janedesigns.de", "janedesigns.de"),
    ("мой сайт janedesigns.ru", "url", "janedesigns.ru", "janedesigns.ru"),
    # spelled out, bracketed, look-alike letters
    ("janedesigns dot com", "url.obfuscated", "janedesigns dot com", "janedesigns.com"),
    ("janedesigns DOT net", "url.obfuscated", "janedesigns DOT net", "janedesigns.net"),
    ("mysite(dot)net", "url.obfuscated", "mysite(dot)net", "mysite.net"),
    ("janedesigns[dot]com", "url.obfuscated", "janedesigns[dot]com", "janedesigns.com"),
    ("janedesigns(.)com", "url.obfuscated", "janedesigns(.)com", "janedesigns.com"),
    ("site . com", "url.obfuscated", "site . com", "site.com"),
    ("janedesigns . co . uk", "url.obfuscated", "janedesigns . co . uk", "janedesigns.co.uk"),
    (
        "janedesigns dot com/portfolio",
        "url.obfuscated",
        "janedesigns dot com/portfolio",
        "janedesigns.com/portfolio",
    ),
    ("janedesigns punto com", "url.obfuscated", "janedesigns punto com", "janedesigns.com"),
    ("janedesigns ponto com", "url.obfuscated", "janedesigns ponto com", "janedesigns.com"),
    ("janedesigns точка ru", "url.obfuscated", "janedesigns точка ru", "janedesigns.ru"),
    ("jаnedesigns.com", "url.obfuscated", "jаnedesigns.com", "janedesigns.com"),  # Cyrillic а
    (
        "Ｊａｎｅｄｅｓｉｇｎｓ.com",
        "url.obfuscated",
        "Ｊａｎｅｄｅｓｉｇｎｓ.com",
        "janedesigns.com",
    ),
    # "dot" and "slash" in the sellers' own languages, glued on in scripts without spaces
    ("visita marcosfoto punto es", "url.obfuscated", "marcosfoto punto es", "marcosfoto.es"),
    (
        "www punto marcosfoto punto es barra galeria",
        "url.obfuscated",
        "www punto marcosfoto punto es barra galeria",
        "www.marcosfoto.es/galeria",
    ),
    (
        "Seite: holzwerk-berg Punkt de Schrägstrich galerie, bis bald",
        "url.obfuscated",
        "holzwerk-berg Punkt de Schrägstrich galerie",
        "holzwerk-berg.de/galerie",
    ),
    (
        "pisz: kowalskifoto kropka pl ukośnik oferta",
        "url.obfuscated",
        "kowalskifoto kropka pl ukośnik oferta",
        "kowalskifoto.pl/oferta",
    ),
    (
        "сайт petrovphoto крапка com крапка ua слеш gallery",
        "url.obfuscated",
        "petrovphoto крапка com крапка ua слеш gallery",
        "petrovphoto.com.ua/gallery",
    ),
    ("ghé tranhoa chấm vn nhé", "url.obfuscated", "tranhoa chấm vn", "tranhoa.vn"),
    ("cek tokobudi titik id, ya", "url.obfuscated", "tokobudi titik id", "tokobudi.id"),
    (
        "网站：lixiaophoto点cn斜杠gallery，欢迎",
        "url.obfuscated",
        "lixiaophoto点cn斜杠gallery",
        "lixiaophoto.cn/gallery",
    ),
    (
        "サイト：tanaka-photoドットjp です",
        "url.obfuscated",
        "tanaka-photoドットjp",
        "tanaka-photo.jp",
    ),
    ("사이트 kimphoto 닷 kr 입니다", "url.obfuscated", "kimphoto 닷 kr", "kimphoto.kr"),
    ("موقعي karimphoto دوت com", "url.obfuscated", "karimphoto دوت com", "karimphoto.com"),
    ("साइट: vermaphoto डॉट in", "url.obfuscated", "vermaphoto डॉट in", "vermaphoto.in"),
    (
        "novakfoto tečka cz lomítko galerie",
        "url.obfuscated",
        "novakfoto tečka cz lomítko galerie",
        "novakfoto.cz/galerie",
    ),
    # other symbols for the dot: bullets, middle dots, the ideographic full stop
    ("www•marcosfoto•com", "url.obfuscated", "www•marcosfoto•com", "www.marcosfoto.com"),
    (
        "作品：tanaka-photo。jp/works。",
        "url.obfuscated",
        "tanaka-photo。jp/works",
        "tanaka-photo.jp/works",
    ),
    (
        "пиши на petrovphoto·ru/gallery",
        "url.obfuscated",
        "petrovphoto·ru/gallery",
        "petrovphoto.ru/gallery",
    ),
    (
        "作品集：lixiao(dot)cn/works，欢迎",
        "url.obfuscated",
        "lixiao(dot)cn/works",
        "lixiao.cn/works",
    ),
    # internationalised names, kept as typed (lower case); punycode as typed too
    ("atelier münchen-holz.de", "url", "münchen-holz.de", "münchen-holz.de"),
    ("Kraków-Foto.pl", "url", "Kraków-Foto.pl", "kraków-foto.pl"),
    ("сайт фото-студия.рф", "url", "фото-студия.рф", "фото-студия.рф"),
    ("φωτογραφία-αθήνα.gr", "url", "φωτογραφία-αθήνα.gr", "φωτογραφία-αθήνα.gr"),
    ("موقعي تصميم.مصر", "url", "تصميم.مصر", "تصميم.مصر"),
    (
        "https://xn--80ak6aa92e.xn--p1ai",
        "url",
        "https://xn--80ak6aa92e.xn--p1ai",
        "https://xn--80ak6aa92e.xn--p1ai",
    ),
    ("аррӏе.com", "url.obfuscated", "аррӏе.com", "appie.com"),  # all Cyrillic look-alikes
    # a public address with a port or a page, no scheme
    ("server 81.2.69.160:3000", "url", "81.2.69.160:3000", "81.2.69.160:3000"),
    ("81.2.69.160/portfolio", "url", "81.2.69.160/portfolio", "81.2.69.160/portfolio"),
    # short and file-like TLDs handed over by a contact cue
    ("napisz do mnie: jan.sh", "url", "jan.sh", "jan.sh"),
    ("Bana yaz: ayse.ai, görüşürüz", "url", "ayse.ai", "ayse.ai"),
    ("我的联系方式：lixiao.cc", "url", "lixiao.cc", "lixiao.cc"),
    ("βρες με στο ak.gr", "url", "ak.gr", "ak.gr"),
    ("my contact is jk.sk", "url", "jk.sk", "jk.sk"),
    # shorteners, forms, booking pages, file drops
    ("bit.ly/3AbCdE", "url.shortener", "bit.ly/3AbCdE", "bit.ly/3AbCdE"),
    ("tinyurl.com/y3abc", "url.shortener", "tinyurl.com/y3abc", "tinyurl.com/y3abc"),
    ("t.co/AbC", "url.shortener", "t.co/AbC", "t.co/AbC"),
    ("is.gd/AbC", "url.shortener", "is.gd/AbC", "is.gd/AbC"),
    ("cutt.ly/AbC", "url.shortener", "cutt.ly/AbC", "cutt.ly/AbC"),
    ("forms.gle/AbC123", "url.form", "forms.gle/AbC123", "forms.gle/AbC123"),
    (
        "docs.google.com/forms/d/e/xyz/viewform",
        "url.form",
        "docs.google.com/forms/d/e/xyz/viewform",
        "docs.google.com/forms/d/e/xyz/viewform",
    ),
    (
        "https://jane.typeform.com/to/abc",
        "url.form",
        "https://jane.typeform.com/to/abc",
        "https://jane.typeform.com/to/abc",
    ),
    ("form.jotform.com/230123", "url.form", "form.jotform.com/230123", "form.jotform.com/230123"),
    (
        "calendly.com/jane/30min",
        "url.booking",
        "calendly.com/jane/30min",
        "calendly.com/jane/30min",
    ),
    ("cal.com/jane", "url.booking", "cal.com/jane", "cal.com/jane"),
    ("youcanbook.me/jane", "url.booking", "youcanbook.me/jane", "youcanbook.me/jane"),
    ("we.tl/t-AbC", "url.file-drop", "we.tl/t-AbC", "we.tl/t-AbC"),
    (
        "wetransfer.com/downloads/abc",
        "url.file-drop",
        "wetransfer.com/downloads/abc",
        "wetransfer.com/downloads/abc",
    ),
    (
        "dropbox.com/s/abc/file.zip?dl=0",
        "url.file-drop",
        "dropbox.com/s/abc/file.zip?dl=0",
        "dropbox.com/s/abc/file.zip?dl=0",
    ),
    (
        "drive.google.com/file/d/1AbC/view",
        "url.file-drop",
        "drive.google.com/file/d/1AbC/view",
        "drive.google.com/file/d/1AbC/view",
    ),
    ("mega.nz/file/AbC#key", "url.file-drop", "mega.nz/file/AbC#key", "mega.nz/file/AbC#key"),
    (
        "mediafire.com/file/abc/x.zip",
        "url.file-drop",
        "mediafire.com/file/abc/x.zip",
        "mediafire.com/file/abc/x.zip",
    ),
    # more spelled-out forms
    ("our site: acmeroofing (dot) us", "url.obfuscated", "acmeroofing (dot) us", "acmeroofing.us"),
    (
        "janedesigns dot com slash portfolio",
        "url.obfuscated",
        "janedesigns dot com slash portfolio",
        "janedesigns.com/portfolio",
    ),
    # a spelled host whose path holds a dotted name is one link, not that name (issue 9)
    (
        "LINE追加してもらえますか？ line ドット me/ti/p/~sakuya.mz です",
        "url.obfuscated",
        "line ドット me/ti/p/~sakuya.mz",
        "line.me/ti/p/~sakuya.mz",
    ),
    # a course site is the seller's own where no line names the work's platform
    (
        "see my courses at https://pinguim-academy.teachable.com",
        "url",
        "https://pinguim-academy.teachable.com",
        "https://pinguim-academy.teachable.com",
    ),
    ("steam: pinguimgames.com/press", "url", "pinguimgames.com/press", "pinguimgames.com/press"),
    # the seller's own site stays a finding beside the code and campaign rules (issue 9)
    (
        "my shop: ebay.co.uk/str/janeshop",
        "url",
        "ebay.co.uk/str/janeshop",
        "ebay.co.uk/str/janeshop",
    ),
    ("Portofoliul meu: vladstudio.ro", "url", "vladstudio.ro", "vladstudio.ro"),
    ('Website: "janedesigns.com"', "url", "janedesigns.com", "janedesigns.com"),
    (
        "mein Shop: https://jane-keramik.de/shop",
        "url",
        "https://jane-keramik.de/shop",
        "https://jane-keramik.de/shop",
    ),
    (
        "予約はこちら www.mikanya-illust.com/booking",
        "url",
        "www.mikanya-illust.com/booking",
        "www.mikanya-illust.com/booking",
    ),
]


@pytest.mark.parametrize(("text", "kind", "flagged", "value"), FLAGGED)
def test_flags(text: str, kind: str, flagged: str, value: str) -> None:
    assert found(text) == [(kind, flagged, value)]


NOT_FLAGGED = [
    # should not flag
    # the marketplaces' own and reserved domains
    "fiverr.com/janedesigns",
    "https://www.upwork.com/freelancers/~01abc",
    "fvrr.co/abc",
    "peopleperhour.com/freelancer/jane",
    "example.com",
    "foo.example.com",
    "http://test.test",
    "localhost:8080",
    "http://192.168.1.10:8080/admin",
    # e-mail addresses are the e-mail detector's
    "john@janedesigns.com",
    "jane.design@gmail.com",
    # file names and code
    "main.py",
    "index.html",
    "config.yaml",
    "README.md",
    "app.zip",
    "report.pdf",
    "logo.ai",
    "run.sh",
    "lib.rs",
    "clip.mov",
    "Makefile.am",
    "node.js",
    "Next.js or Nuxt.js",
    "asp.net",
    "ASP.NET",
    "VB.NET code",
    "Socket.IO chat",
    "model.fit(x)",
    "console.log(x)",
    "df.to_csv",
    "styles.min.css",
    # abbreviations, degrees, numbers
    "e.g.",
    "i.e.",
    "a.m.",
    "p.m.",
    "etc.",
    "a.k.a. jane",
    "Ph.D. in design",
    "M.Sc. degree",
    "B.Tech graduate",
    "B.Com",
    "3.5",
    "v1.2",
    "version 1.2.3",
    "$19.99",
    # sentences glued by a full stop
    "done.Thanks",
    "it's done.Now check",
    "I said hi.Then left",
    "ok.it.So",
    "done.now",
    "user.name",
    # spelled "dot" that is prose
    "the dot com bubble",
    "a dot net developer",
    "experienced dot net developer",
    "I love dot net",
    "polka dot com",
    "a good point in time",
    "point me to the docs",
    "un point de vue",
    # "dot" words and short words that only look spelled out, in several languages
    "el punto es que no me gusta",
    "Este punto es importante",
    "a strong point in the plan",
    "the weakest point is the logo.",
    "der wichtigste Punkt in der Liste",
    "Punkt für Punkt erklärt",
    "mi punto de vista es otro",
    "La barra de navegación",
    "Giám khảo chấm có công bằng không?",  # "co" is "có" without its accent
    "Il punto è che non ho tempo",
    "Kita mulai dari titik nol, oke?",
    # bullets and middle dots in lists and words
    "logo•branding•design",
    "Photoshop • AI • Figma",
    "col·lecció d'art",
    "+44•7911•123456",
    # versions, subnets and private addresses
    "version 1.2.3.4",
    "subnet 10.0.0.1/24",
    "route 8.8.8.0/24",
    "1.10.300.2:80",
    "release 2.4.1.0/docs",
    "192.168.0.10:8080",
    # the work's own material: documentation, code, packages, work files, public sites
    "From the brief: https://docs.djangoproject.com/en/5.0/topics/",
    "siehe developer.android.com/guide/topics/ui",
    "según vuejs.org/guide/introduction.html",
    "https://requests.readthedocs.io/en/latest/",
    "npmjs.com/package/lodash",
    "pypi.org/project/requests/",
    "github.com/psf/requests/blob/main/README.md",
    "https://github.com/vercel/next.js#readme",
    "https://www.figma.com/file/XyZ123/Checkout-flow",
    "docs.google.com/document/d/1xYz/edit",
    "share.descript.com/view/AbC123",
    "les photos vont sur realestate.com.au",
    "Produkte auf bol.com listen",
    "scrape yellowpages.com/search?page=42",
    "wikipedia.org/wiki/Go_(game)",
    # a contact word that does not hand a file name over
    "Please contact me if main.py fails",
    "Schreib mir, wenn setup.sh nicht läuft",
    "napisz do mnie, jeśli deploy.sh nie działa",
    "the contact form lives in contact.py",
    # what a pasted spec or snippet loads: CDNs, scripts, fake-data APIs, auth, test hosts
    "icons from cdnjs.cloudflare.com/ajax/libs/font-awesome/6.0.0/css/all.min.css",
    '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>',
    'requests.get("https://jsonplaceholder.typicode.com/todos/1")',
    "see https://httpbin.org/get and https://reqres.in/api/users",
    "Login with Google (accounts.google.com/o/oauth2/auth)",
    "Maps: maps.googleapis.com/maps/api/js?key=YOUR_KEY",
    "registry ghcr.io/acme/web:latest",
    "Test on test.acme-bakery.com before launch",
    "the admin panel admin.acme-bakery.com/wp-admin",
    "script at janedesigns.com/assets/app.min.js",
    # a service named without a path
    "calendly.com",
    "https://calendly.com",
    "I sell on etsy.com",
    "I use google.com and youtube.com daily",
    "Wix.com",
    "linktr.ee",
    "t.co",
    "done . me too",
    # endpoints, packages, source files and placeholders: nobody's contact
    '<script src="https://js.stripe.com/v3/"></script>',
    "POST https://api.telegram.org/bot<token>/sendMessage",
    "the webhook is https://staging.kilishop.app/api/wa/webhook",
    'applicationId "com.fitpulse.app"',
    "id org.jetbrains.kotlin.android",
    "at com.google.firebase.FirebaseApp.getInstance(FirebaseApp.java:186)",
    "replace https://yourdomain.com with your own",
    "mock-up pages: https://example-ryokan.jp/en/",
    "ví dụ: exemplo.com.br",
    "read event.id and customer.email in the handler",
    "needs android.permission.CAMERA in the manifest",
    "set it in gradle.properties",
    "M-Pesa calls https://tsavoroutes.co.ke/api/mpesa/callback",
    "POST https://kapi.kakao.com/v1/payment/ready",
    "just host smtp.sendgrid.net and user apikey",
    "define('SMTP_HOST', 'smtp.yandex.com');",
    "扫码跳转到贵司的售后页 help.voltra-home.com",
    # the work's own material, second round (issue 9): campaign links, versioned APIs,
    # registries, documentation, app listings, store back offices, placeholders
    "Baner: https://sklep-lumen.pl/promocje?utm_source=mailchimp&utm_medium=email",
    "Knop naar https://bakkerij.nl/taarten?utm_campaign=moederdag in de nieuwsbrief",
    "POST https://us21.api.mailchimp.com/3.0/lists/8f2a1c9e0b/members",
    "https://graph.facebook.com/v19.0/PHONE_NUMBER_ID/messages",
    "docker pull registry.gitlab.com/acme/api:1.4.2",
    "Тут документація: woocommerce.github.io/woocommerce-rest-api-docs",
    "markup по https://schema.org/Product",
    "La app: play.google.com/store/apps/details?id=com.himalayan.treks",
    "const SHOP = 'ten-shop.myshopify.com'; // vd: ten-shop.myshopify.com",
    "风格参考 www.nordichome-example.com",
    # code: fenced blocks, quoted literals, templates, imports, constants
    "```\nFile main.py, line 17\nHTTPError: 403 for url: https://www.sheypoor.com/s/tehran\n```",
    '```json\n{"sources": ["daraz.pk", "priceoye.pk"]}\n```',
    '<meta property="og:image" content="https://frantoiobassi.it/og-1200x630.jpg">',
    '<link rel="alternate" href="https://atelier-ines.fr/en/" />',
    '{\n  "footer.support": "للدعم",\n  "site": "brewlab.co.kr"\n}',
    "username: ${{ github.actor }}",
    "import win32com.client",
    "moved JSON parsing to Dispatchers.IO",
    "Mağaza: Trendyol + Amazon.com.tr",
    "listings scraped from olx.com.br and shopee.co.id",
    # the work's systems, fourth round: a course platform, a learning record store, a game's
    # store page
    "LMS: https://pinguim.learnupon.com\nSpråk: svenska",
    "Vores LMS: https://pinguim-maskin.moodlecloud.com (SCORM 1.2)",
    "POST https://lrs.pinguimhavn.no/data/xAPI/statements 400 (Bad Request)",
    "Endpoint: https://records.pinguim-noord.nl/xapi/",
    "- link: store.steampowered.com/app/1234567/Pinguim_Quest",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_does_not_flag(text: str) -> None:
    assert found(text) == []


def test_messenger_and_social_links_are_reported_as_links_too() -> None:
    # The linter keeps the more specific finding; on its own this detector still sees a link.
    text = "wa.me/447911123456 and instagram.com/jane.designs"
    assert [kind for kind, _, _ in found(text)] == ["url", "url"]
    detections = lint_detect(text, "fiverr")
    assert [(d.category, text[d.start : d.end]) for d in detections] == [
        (Category.MESSENGER, "wa.me/447911123456"),
        (Category.SOCIAL, "instagram.com/jane.designs"),
    ]


def test_spelled_link_inside_an_email_is_left_to_the_email_detector() -> None:
    assert found("jane(at)janedesigns(dot)com") == []


# Inputs that would be quadratic in a naive parser: long runs of labels, separators, names.
ADVERSARIAL_UNITS = [
    "a.",
    "abc.",
    "site dot ",
    "site . ",
    "x.com/",
    "skype: ",
    "skype ",
    "@a ",
    "@devjohn on ",
    "john#1234 ",
    "zoom id 123 ",
    "instagram: @",
    "www.",
]


@pytest.mark.parametrize("unit", ADVERSARIAL_UNITS)
def test_link_parsing_stays_linear(unit: str) -> None:
    def seconds(size: int) -> float:
        draft = normalize((unit * (size // len(unit) + 1))[:size])
        started = time.perf_counter()
        for detector in (messenger.detect, social.detect, url.detect):
            list(detector(draft, DetectionContext("fiverr")))
        return time.perf_counter() - started

    small, large = seconds(20_000), seconds(100_000)
    # Five times the input: linear is ~5x, quadratic ~25x. Allow noise, never quadratic.
    assert large <= 12 * small + 0.1, f"{unit!r}: 100 KB {large:.3f}s, 20 KB {small:.3f}s"
