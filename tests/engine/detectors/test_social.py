"""The social detector: profile links and handles, and the network named as a topic."""

from __future__ import annotations

import pytest
from tests.engine.detectors.reportable import reportable

from gigguard.engine.detect import detect as lint_detect
from gigguard.engine.detectors.social import detect
from gigguard.findings import Category


def found(text: str) -> list[tuple[str, str, str | None]]:
    return reportable(detect, text)


FLAGGED = [
    # should flag
    # profile links
    (
        "linkedin.com/in/jane-doe-1990",
        "linkedin",
        "linkedin.com/in/jane-doe-1990",
        "linkedin.com/in/jane-doe-1990",
    ),
    (
        "https://www.linkedin.com/in/Jane-Doe-1990/",
        "linkedin",
        "https://www.linkedin.com/in/Jane-Doe-1990/",
        "linkedin.com/in/jane-doe-1990",
    ),
    (
        "uk.linkedin.com/company/acme-ltd",
        "linkedin",
        "uk.linkedin.com/company/acme-ltd",
        "linkedin.com/company/acme-ltd",
    ),
    (
        "instagram.com/jane.designs",
        "instagram",
        "instagram.com/jane.designs",
        "instagram.com/jane.designs",
    ),
    (
        "see instagram.com/jane.designs.",
        "instagram",
        "instagram.com/jane.designs",
        "instagram.com/jane.designs",
    ),
    ("facebook.com/jane.doe.5", "facebook", "facebook.com/jane.doe.5", "facebook.com/jane.doe.5"),
    ("fb.com/janedesigns", "facebook", "fb.com/janedesigns", "fb.com/janedesigns"),
    ("fb.me/janedesigns", "facebook", "fb.me/janedesigns", "fb.me/janedesigns"),
    (
        "facebook.com/profile.php?id=1000123",
        "facebook",
        "facebook.com/profile.php?id=1000123",
        "facebook.com/profile.php?id=1000123",
    ),
    ("twitter.com/janedoe", "twitter", "twitter.com/janedoe", "twitter.com/janedoe"),
    ("x.com/janedoe/status/123", "twitter", "x.com/janedoe/status/123", "x.com/janedoe"),
    ("tiktok.com/@jane.designs", "tiktok", "tiktok.com/@jane.designs", "tiktok.com/@jane.designs"),
    ("youtube.com/@janedesigns", "youtube", "youtube.com/@janedesigns", "youtube.com/@janedesigns"),
    (
        "youtube.com/channel/UCabcDEF",
        "youtube",
        "youtube.com/channel/UCabcDEF",
        "youtube.com/channel/UCabcDEF",
    ),
    (
        "youtube.com/c/JaneDesigns",
        "youtube",
        "youtube.com/c/JaneDesigns",
        "youtube.com/c/janedesigns",
    ),
    (
        "✨ instagram.com/jane.designs",
        "instagram",
        "instagram.com/jane.designs",
        "instagram.com/jane.designs",
    ),
    # handles with the network named
    (
        "my insta is @jane.designs",
        "instagram",
        "my insta is @jane.designs",
        "instagram:@jane.designs",
    ),
    ("IG: jane.designs", "instagram", "IG: jane.designs", "instagram:@jane.designs"),
    (
        "follow me on instagram @jane.designs",
        "instagram",
        "instagram @jane.designs",
        "instagram:@jane.designs",
    ),
    ("twitter @janedoe", "twitter", "twitter @janedoe", "twitter:@janedoe"),
    ("X (Twitter): @janedoe", "twitter", "X (Twitter): @janedoe", "twitter:@janedoe"),
    ("tiktok: @jane.designs", "tiktok", "tiktok: @jane.designs", "tiktok:@jane.designs"),
    ("yt: @janedesigns", "youtube", "yt: @janedesigns", "youtube:@janedesigns"),
    (
        "linkedin: jane-doe-1990",
        "linkedin",
        "linkedin: jane-doe-1990",
        "linkedin.com/in/jane-doe-1990",
    ),
    ("find me on fb: jane.doe.5", "facebook", "fb: jane.doe.5", "facebook.com/jane.doe.5"),
    (
        "@jane.designs on instagram",
        "instagram",
        "@jane.designs on instagram",
        "instagram:@jane.designs",
    ),
    ("Follow us @acme on our Instagram", "instagram", "@acme on our Instagram", "instagram:@acme"),
    # misspelled, spaced, look-alike letters, full-width
    ("insta gram: @jane", "instagram", "insta gram: @jane", "instagram:@jane"),
    ("1nstagram: @jane", "instagram", "1nstagram: @jane", "instagram:@jane"),
    (
        "instagran: @jane.designs",
        "instagram",
        "instagran: @jane.designs",
        "instagram:@jane.designs",
    ),
    (
        "іnstаgrаm: @jane.designs",
        "instagram",
        "іnstаgrаm: @jane.designs",
        "instagram:@jane.designs",
    ),
    (
        "ＩＧ： ｊａｎｅ．ｄｅｓｉｇｎｓ",
        "instagram",
        "ＩＧ： ｊａｎｅ．ｄｅｓｉｇｎｓ",
        "instagram:@jane.designs",
    ),
    # other languages
    (
        "mon insta : @jane.designs",
        "instagram",
        "mon insta : @jane.designs",
        "instagram:@jane.designs",
    ),
    (
        "mi instagram es @jane.designs",
        "instagram",
        "mi instagram es @jane.designs",
        "instagram:@jane.designs",
    ),
    ("meu insta: jane.designs", "instagram", "meu insta: jane.designs", "instagram:@jane.designs"),
    (
        "mein TikTok ist @jane.designs",
        "tiktok",
        "mein TikTok ist @jane.designs",
        "tiktok:@jane.designs",
    ),
    (
        "мой инстаграм @jane.designs",
        "instagram",
        "мой инстаграм @jane.designs",
        "instagram:@jane.designs",
    ),
    # a preposition or verb between the name and the handle, inflected and foreign names
    ("auf Insta unter @mila.foto", "instagram", "@mila.foto", "instagram:@mila.foto"),
    ("su TikTok sono @marco.cucina", "tiktok", "@marco.cucina", "tiktok:@marco.cucina"),
    ("na Instagramu jsem @petr.foto", "instagram", "@petr.foto", "instagram:@petr.foto"),
    ("我的ins：@lixiao.photo", "instagram", "ins：@lixiao.photo", "instagram:@lixiao.photo"),
    ("پیج اینستام @reza.photo", "instagram", "اینستام @reza.photo", "instagram:@reza.photo"),
    ("באינסטגרם אני @dana.photo", "instagram", "@dana.photo", "instagram:@dana.photo"),
    # paths without the domain, spelled links, Threads
    (
        "LinkedIn: /in/mark-thompson-cfo",
        "linkedin",
        "LinkedIn: /in/mark-thompson-cfo",
        "linkedin.com/in/mark-thompson-cfo",
    ),
    (
        "it's linkedin dot com slash in slash priyanka-rao",
        "linkedin",
        "linkedin dot com slash in slash priyanka-rao",
        "linkedin.com/in/priyanka-rao",
    ),
    (
        "add me on facebook: Fb/ravi.teja.designs",
        "facebook",
        "Fb/ravi.teja.designs",
        "facebook.com/ravi.teja.designs",
    ),
    (
        "threads.net/@mossandstone.ceramics",
        "threads",
        "threads.net/@mossandstone.ceramics",
        "threads.net/@mossandstone.ceramics",
    ),
    ("my threads: @jane.designs", "threads", "my threads: @jane.designs", "threads:@jane.designs"),
    (
        "hmu on the gram: @ｂｅｎ．ｓｈｏｏｔｓ",
        "instagram",
        "the gram: @ｂｅｎ．ｓｈｏｏｔｓ",
        "instagram:@ben.shoots",
    ),
    # more languages
    (
        "تابعني على انستغرام @layla.designs",
        "instagram",
        "انستغرام @layla.designs",
        "instagram:@layla.designs",
    ),
    (
        "instagram hesabım: @tasarim.burak",
        "instagram",
        "instagram hesabım: @tasarim.burak",
        "instagram:@tasarim.burak",
    ),
    (
        "mera insta handle hai @priya_mehndi_art",
        "instagram",
        "insta handle hai @priya_mehndi_art",
        "instagram:@priya_mehndi_art",
    ),
    ("follow ig aku ya kak @dinda.craft", "instagram", "@dinda.craft", "instagram:@dinda.craft"),
    # names in other languages and inflections
    (
        "instagramdan dm atın lütfen @kordon_kahve_izmir",
        "instagram",
        "@kordon_kahve_izmir",
        "instagram:@kordon_kahve_izmir",
    ),
    (
        "インスタのDMで話しませんか？😊 @kobe_usagi_draws です",
        "instagram",
        "@kobe_usagi_draws",
        "instagram:@kobe_usagi_draws",
    ),
    (
        "є в інсті @ivanka.copy.if ✨",
        "instagram",
        "інсті @ivanka.copy.if",
        "instagram:@ivanka.copy.if",
    ),
    (
        "আমার ইনস্টাগ্রাম: @mitu.draws.apparel",
        "instagram",
        "ইনস্টাগ্রাম: @mitu.draws.apparel",
        "instagram:@mitu.draws.apparel",
    ),
    # issue 9, second round: X by its new name, the Arabic article, an "@name" that opens the
    # sentence after the network's name
    ("Imran | X: @imrancuts", "twitter", "X: @imrancuts", "twitter:@imrancuts"),
    ("op X zit ik als @mailjoris", "twitter", "@mailjoris", "twitter:@mailjoris"),
    (
        "كلّم زميلي على الانستا @ammar.subs.jo هو ماسك الصوت",
        "instagram",
        "الانستا @ammar.subs.jo",
        "instagram:@ammar.subs.jo",
    ),
    (
        "شغلي كله موجود بحسابي بالانستا khat.alriyadh ، راسلني هناك",
        "instagram",
        "بالانستا khat.alriyadh",
        "instagram:@khat.alriyadh",
    ),
    (
        "আগের কাজগুলো দেখতে ইনস্টায় ঢুঁ মারেন @dhaka.thumbs — ওখানে ডিএম দিলে",
        "instagram",
        "@dhaka.thumbs",
        "instagram:@dhaka.thumbs",
    ),
    (
        "私のインスタ見てもらえれば伝わると思います！ @mofu_tenshi.vt です",
        "instagram",
        "@mofu_tenshi.vt",
        "instagram:@mofu_tenshi.vt",
    ),
    (
        "전 인스타에서 보고 왔어요!! 제 계정 @toon.byeol 로 디엠 주세요",
        "instagram",
        "@toon.byeol",
        "instagram:@toon.byeol",
    ),
    (
        "je t'ai trouvée via insta, tu peux répondre là-bas ? je suis @lea.bijoux.lyon 💍",
        "instagram",
        "@lea.bijoux.lyon",
        "instagram:@lea.bijoux.lyon",
    ),
]


@pytest.mark.parametrize(("text", "network", "flagged", "value"), FLAGGED)
def test_flags(text: str, network: str, flagged: str, value: str) -> None:
    assert found(text) == [(f"social.{network}", flagged, value)]


NOT_FLAGGED = [
    # should not flag
    # issue 9, second round: markup keys, API calls, file names, "x" as a field, people
    # spoken to in the next sentence
    '<meta name="twitter:card" content="summary_large_image" />',
    "POST https://graph.facebook.com/v19.0/PHONE_NUMBER_ID/messages",
    "YouTube চ্যানেল আর্ট একই থিমে, ফাইল নেম: ch_art_v4_final.psd",
    "x: bool, y: bool",
    "width x: hidden",
    "Saw it on Instagram. @john can you check?",
    # sizes and prices after a network's name
    "Instagram 1080x1350",
    "TikTok 1080x1920 and Reels 1080×1920",
    "Facebook (1200x628)",
    "YouTube banner 2560×1440px",
    "IG: USD 40, FB: USD 30",
    "the ins and outs of Instagram ads",
    # the network as a topic
    "your Instagram post designs",
    "LinkedIn banner",
    "Facebook ads campaign",
    "TikTok video editing",
    "I can make your Instagram reels and TikTok videos",
    "YouTube thumbnail design",
    "instagram designs",
    "Instagram: 10k followers",
    "Twitter/X header 1500x500",
    # a name, not a handle, on a real-name network
    "linkedin: jane doe",
    "You can find me on LinkedIn as Jane Doe",
    "facebook: Jane",
    # "@word" with no network named
    "@home collection",
    "@media queries for mobile",
    "Use the @media (max-width: 600px) rule",
    "thanks @jane for the brief",
    # the networks' own pages, posts and videos: not a profile (the url detector has those)
    "https://instagram.com/p/Cxyz",
    "facebook.com/sharer.php?u=x",
    "youtube.com/watch?v=abc",
    "twitter.com/intent/tweet",
    "linkedin.com/feed",
    "instagram.com",
    "Can you design YouTube, Instagram and TikTok profile pictures in one order?",
    "Instagram account management",
    "LinkedIn profile optimization",
    "email threads: @john",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_does_not_flag(text: str) -> None:
    assert found(text) == []


def test_messenger_link_is_a_messenger_finding() -> None:
    # m.me opens a Messenger chat, not a profile page.
    assert found("Anh ib mess em qua m.me/khoa.ads.agency nha") == [
        ("messenger.facebook", "m.me/khoa.ads.agency", "m.me/khoa.ads.agency")
    ]


def test_post_link_is_left_to_the_url_detector() -> None:
    text = "like this one: https://instagram.com/p/Cxyz"
    detections = lint_detect(text, "fiverr")
    assert [(d.category, text[d.start : d.end]) for d in detections] == [
        (Category.URL, "https://instagram.com/p/Cxyz")
    ]


# A handle after the network named in the set's scripts and case endings.
NAMES_IN_MORE_SCRIPTS = [
    # should flag
    ("ინსტაზე @tbilisi.bakery ვდებთ", "instagram", "@tbilisi.bakery", "instagram:@tbilisi.bakery"),
    ("Портфолио инстаграмда: @bishkek.foto", "instagram", "инстаграмда: @bishkek.foto",
     "instagram:@bishkek.foto"),
    ("ቲክቶክ ላይ @abeba.cooks ብለህ ፈልገኝ", "tiktok", "@abeba.cooks", "tiktok:@abeba.cooks"),
    ("moj insta je @ana.foto.zg", "instagram", "@ana.foto.zg", "instagram:@ana.foto.zg"),
    ("sur Insta je suis @chloe.atelier", "instagram", "@chloe.atelier", "instagram:@chloe.atelier"),
    ("instagram ነጥብ com/liya.paints", "instagram", "instagram ነጥብ com/liya.paints",
     "instagram.com/liya.paints"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "network", "flagged", "value"), NAMES_IN_MORE_SCRIPTS)
def test_flags_handles_after_names_in_more_scripts(
    text: str, network: str, flagged: str, value: str
) -> None:
    assert found(text) == [(f"social.{network}", flagged, value)]


@pytest.mark.parametrize(
    "text",
    [
        # should not flag
        "ინსტაგრამზე ბევრი ფოტოა, ძალიან ლამაზი",  # Georgian: "lots of photos on Instagram"
        "Instagram je super za oglase, rekla je",  # a copula, then prose
        "moj insta je super, pogledaj",  # Slavic "je" (is) is no handle, nor what follows
        "Facebookissa on paljon mainoksia",  # Finnish: "lots of ads on Facebook"
    ],
)
def test_does_not_flag_the_names_in_more_scripts_as_topics(text: str) -> None:
    assert found(text) == []
