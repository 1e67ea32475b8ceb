"""Social-media profiles: a link to one, or a handle with the network named next to it.

    profile links ("linkedin.com/in/jane-doe-1990", "instagram.com/jane", "tiktok.com/@jane") ─┐
    a network name, then a handle ("my insta is @jane.designs", "IG: jane.designs") ─────────┼→
    a handle, then the network ("@jane.designs on instagram") ───────────────────────────────┘

The network as a topic is no finding: "your Instagram post designs", "LinkedIn banner",
"Facebook ads campaign", "TikTok video editing"; nor is an "@word" with no network named
("@home collection", "@media queries"). Real-name networks (Facebook, LinkedIn) need a
handle-shaped token: "linkedin: jane doe" names a person, it does not link to one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from gigguard.engine.detectors.base import Detection, DetectionContext
from gigguard.engine.detectors.links import (
    ChannelName,
    ChannelNames,
    Handle,
    Link,
    framing_confidence,
    fuzzy_word,
    group_numbers,
    handles_before_names,
    invited_before,
    is_plausible_handle,
    judge_handle,
    read_back_where_said,
    read_links,
    without_overlaps,
)
from gigguard.engine.domains import is_placeholder_name
from gigguard.engine.mapped import MappedText
from gigguard.engine.normalize import NormalizedDraft
from gigguard.engine.patterns import compile_pattern
from gigguard.findings import Category

# Each network's name as people write it, in the scripts our sellers use.
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "instagram": (
        "instagram",
        "insta",
        "ig",
        "the gram",
        "инстаграм",
        "инстаграме",
        "инста",
        "инсте",
        "инсту",
        "инст",
        "انستغرام",
        "انستقرام",
        "انستا",
        "انستجرام",
        # With the Arabic article, as in "على الانستا @…" ("on insta").
        "الانستا",
        "الانستغرام",
        "الانستقرام",
        "الانستجرام",
        "الإنستغرام",
        # With "bi-" ("in, on") glued on as well: "بحسابي بالانستا …" ("my account on insta").
        "بالانستا",
        "بالانستغرام",
        "بالانستقرام",
        "بالإنستغرام",
        "اینستاگرام",
        "اینستا",
        "instagramie",
        "instagramdan",
        "instadan",
        "instagramda",
        "instagramu",
        "instagramem",
        "instagramul",
        "ins",  # Chinese speakers' name for it: "我的ins：@…"
        "اینستام",  # Persian "my insta"
        "اینستاگرامم",
        "ইনস্টাতে",  # Bengali "on insta"
        "ইনস্টায়",
        "ইনস্টাগ্রামে",
        "אינסטגרם",
        "באינסטגרם",
        "אינסטה",
        "באינסטה",
        "інстаграм",
        "інстаграмі",
        "інста",
        "інсті",
        "ইনস্টাগ্রাম",
        "ইনস্টা",
        "इंस्टाग्राम",
        "इंस्टा",
        "انسٹاگرام",
        "انسٹا",
        "인스타",
        "인스타그램",
        "インスタ",
        "インスタグラム",
        "อินสตา",
        "ไอจี",
        "哀居",  # Taiwan's nickname: "IG" read aloud
        "ίνστα",  # Greek
        "ινσταγκραμ",
        "instan",  # Swedish "the insta"
        "instagrammet",
        "فالانستغرام",  # Moroccan Arabic "on the Instagram", "f-" glued on
        "فالانستا",
        "فالانستقرام",
    ),
    "facebook": (
        "facebook",
        "fb",
        "фейсбук",
        "фейсбуке",
        "فيسبوك",
        "فیسبوک",
        "الفيسبوك",  # with the Arabic article
        "فالفيسبوك",
        "بالفيسبوك",
        "ফেসবুক",
        "फेसबुक",
        "페이스북",
        "フェイスブック",
        "เฟซบุ๊ก",
    ),
    "linkedin": ("linkedin", "linked in", "линкедин", "линкедине", "لينكدإن", "لینکدین"),
    "twitter": (
        "twitter",
        "twitter/x",
        "x/twitter",
        "twitter (x)",
        "x (twitter)",
        "x (formerly twitter)",
        # The network's name since 2023; a letter alone, so only before "@name" or ":".
        "x",
        "твиттер",
        "твиттере",
        "تويتر",
    ),
    "tiktok": (
        "tiktok",
        "tik tok",
        "тикток",
        "тиктоке",
        "تيك توك",
        "تیک تاک",
        "틱톡",
        "ティックトック",
        "טיקטוק",
        "בטיקטוק",
    ),
    "youtube": ("youtube", "you tube", "yt", "ютуб", "ютубе", "يوتيوب", "یوتیوب"),
    # Threads is a common word ("email threads"): only "threads: @name" and links count.
    "threads": ("threads",),
}
# The same names in the scripts and case endings of the Caucasus, Central Asia, the Baltic, the
# Horn of Africa and South and Southeast Asia (see messenger._MORE_SPELLINGS).
_MORE_SPELLINGS: dict[str, tuple[str, ...]] = {
    "instagram": (
        "instagrame", "instagramā", "instagramą", "instagramis", "instagramissa", "instassa",
        "instagramze", "instaze", "instagramımda", "instagramım", "instagram-um", "insta-um",
        "инстаграмда", "инстаграмга", "инстада", "инстаграму", "инстаграмот",  # ky kk sr mk
        "ኢንስታግራም", "ኢንስታ", "ინსტა", "ინსტაგრამ", "ինստագրամ", "ինստա",
        "އިންސްޓާގްރާމް", "އިންސްޓާ", "ඉන්ස්ටග්‍රෑම්", "ඉන්ස්ටා", "இன்ஸ்டாகிராம்", "இன்ஸ்டா",
        "ഇൻസ്റ്റാഗ്രാം", "ഇൻസ്റ്റ", "ئینستاگرام", "ئینستا", "អ៊ីនស្តាក្រាម", "ອິນສະຕາແກຣມ",
        "အင်စတာဂရမ်",
    ),
    "facebook": (
        "facebookissa", "facebookis", "facebooke", "facebookā", "facebookze", "facebooku",
        "фейсбукта", "фејсбуку", "фејсбук",
        "ፌስቡክ", "ფეისბუქ", "ֆեյսբուք", "ފޭސްބުކް", "ෆේස්බුක්", "ஃபேஸ்புக்", "ഫേസ്ബുക്ക്",
        "فەیسبووک", "ហ្វេសប៊ុក", "ເຟສບຸກ", "ဖေ့စ်ဘွတ်",
    ),
    "tiktok": (
        "tiktokissa", "tiktokis", "tiktoke", "tiktokā", "tiktokze", "tiktoku", "тиктокто",
        "ቲክቶክ", "ტიკტოკ", "տիկտոկ", "ޓިކްޓޮކް", "ටික්ටොක්", "டிக்டாக்", "ടിക്ടോക്",
        "تیکتۆک", "តិកតុក", "ຕິກຕອກ",
    ),
}  # fmt: skip
for _network, _words in _MORE_SPELLINGS.items():
    _SPELLINGS[_network] = (*_SPELLINGS[_network], *_words)

# Letters too common alone to count without ":" or "@" after them.
_ABBREVIATIONS = frozenset(("ig", "fb", "yt", "ins", "x"))
_FUZZY = {
    "instagram": fuzzy_word("instagram"),
    "facebook": fuzzy_word("facebook"),
    "linkedin": fuzzy_word("linkedin"),
    "twitter": fuzzy_word("twitter", avoid=("titter", "twitted")),
    "tiktok": fuzzy_word("tiktok"),
    "youtube": fuzzy_word("youtube"),
}
_NAMES = ChannelNames(_SPELLINGS, fuzzy=_FUZZY)

# Each network's own rules for a handle (lower case; the view is).
_HANDLE_SHAPES = {
    "instagram": compile_pattern(r"[a-z0-9._]{1,30}"),  # letters, digits, "." and "_"; 30 at most
    "twitter": compile_pattern(r"[a-z0-9_]{1,15}"),  # letters, digits and "_"; 15 at most
    "tiktok": compile_pattern(r"[a-z0-9._]{2,24}"),
    "youtube": compile_pattern(r"[a-z0-9._\-]{3,30}"),
    "facebook": compile_pattern(r"[a-z0-9.]{5,50}"),
    "linkedin": compile_pattern(r"[a-z0-9\-]{3,100}"),  # a public-profile URL slug
    "threads": compile_pattern(r"[a-z0-9._]{1,30}"),  # Instagram's handles
}
# Networks where people go by their real name: a plain word after the name is that name.
_REAL_NAME_NETWORKS = frozenset(("facebook", "linkedin"))


@dataclass(frozen=True, slots=True)
class _Found:
    network: str
    value: str
    confidence: float
    # A Messenger link (m.me/…) opens a chat, not a profile: a messenger finding.
    category: Category = Category.SOCIAL


def detect(draft: NormalizedDraft, context: DetectionContext) -> Iterator[Detection]:
    view = draft.text
    found = [*_profile_links(view), *_named_handles(view), *_handles_then_names(view)]
    yield from read_back_where_said(view, without_overlaps(found))


_KIND_PREFIXES = {Category.SOCIAL: "social", Category.MESSENGER: "messenger"}


def _detection(view: MappedText, start: int, end: int, found: _Found) -> Detection:
    return Detection.in_view(
        view,
        start,
        end,
        category=found.category,
        kind=f"{_KIND_PREFIXES[found.category]}.{found.network}",
        value=found.value,
        confidence=found.confidence,
    )


# ── Profile links ──────────────────────────────────────────────────────────────────────────
def _profile_links(view: MappedText) -> Iterator[Detection]:
    for link, found in read_links(view, _LINK_READERS):
        if is_placeholder_name(_profile_name(found.value)):
            continue  # "linkedin.com/in/example-name": a template's column, nobody's profile
        yield _detection(view, link.start, link.end, found)


def _profile_name(value: str) -> str:
    """The name a profile value ends in: "example" of "linkedin.com/in/example"."""
    return value.rsplit("/", 1)[-1].rsplit(":", 1)[-1].removeprefix("@")


def _registrable(link: Link, domains: tuple[str, ...]) -> str:
    """The network's domain the link is on: "uk.linkedin.com" → "linkedin.com"."""
    return next(domain for domain in domains if link.on(domain))


_LINKEDIN_PROFILES = frozenset(("in", "pub", "company", "school", "showcase"))


def _linkedin(link: Link) -> _Found | None:
    segments = [segment.lower() for segment in link.segments]
    if len(segments) >= 2 and segments[0] in _LINKEDIN_PROFILES:
        return _Found("linkedin", f"linkedin.com/{segments[0]}/{segments[1]}", 0.95)
    return None


# First path segments that are Instagram's own pages, not a user.
_INSTAGRAM_OWN = frozenset(
    """p reel reels tv explore accounts direct about developer legal web emails challenge
    privacy terms session graphql api static oauth press""".split()
)


def _instagram(link: Link) -> _Found | None:
    segments = [segment.lower() for segment in link.segments]
    if segments[:1] == ["stories"] and len(segments) > 1:
        segments = segments[1:]  # instagram.com/stories/jane/123: jane's story
    if link.on("ig.me") and segments[:1] == ["m"]:
        segments = segments[1:]  # ig.me/m/jane: a direct-message link
    if not segments or segments[0] in _INSTAGRAM_OWN:
        return None
    user = segments[0].lstrip("@")
    if _HANDLE_SHAPES["instagram"].fullmatch(user) is None:
        return None
    return _Found("instagram", f"instagram.com/{user}", 0.95)


_FACEBOOK_DOMAINS = ("facebook.com", "fb.com", "fb.me", "m.me")
# Facebook's own pages: sharing widgets, log-in, help. A link there is nobody's profile.
_FACEBOOK_OWN = frozenset(
    """sharer sharer.php share share.php dialog plugins login login.php help policies policy.php
    privacy terms ads business watch gaming marketplace photo photo.php story.php permalink.php
    hashtag search home.php settings notifications messages friends l.php tr video.php events
    reel reels legal about careers""".split()
)


# Hosts of Facebook's APIs and tools: "graph.facebook.com/v19.0/PHONE_NUMBER_ID/messages" is a
# call a program makes (WhatsApp Cloud API), not a page.
_FACEBOOK_MACHINE_HOSTS = frozenset(("graph", "api", "developers", "connect", "static"))


def _facebook(link: Link) -> _Found | None:
    segments = link.segments
    if not segments or link.host.split(".")[0] in _FACEBOOK_MACHINE_HOSTS:
        return None
    site = _registrable(link, _FACEBOOK_DOMAINS)
    first = segments[0].lower()
    if first == "profile.php":
        profile_id = link.query("id")
        if profile_id:
            return _Found("facebook", f"facebook.com/profile.php?id={profile_id}", 0.95)
        return None
    if first in ("groups", "pages", "people", "pg") and len(segments) > 1:
        return _Found("facebook", f"facebook.com/{first}/{'/'.join(segments[1:]).lower()}", 0.9)
    if first in _FACEBOOK_OWN:
        return None
    # fb.me and m.me (Messenger) take any page name; facebook.com names are 5+ of a-z 0-9 ".".
    if site == "m.me":
        return _Found("facebook", f"m.me/{first}", 0.95, Category.MESSENGER)
    if site == "fb.me" or _HANDLE_SHAPES["facebook"].fullmatch(first):
        return _Found("facebook", f"{site}/{first}", 0.95)
    return None


_TWITTER_OWN = frozenset(
    """home search explore i intent share hashtag settings login signup tos privacy
    notifications messages compose about download jobs en account logout""".split()
)


def _twitter(link: Link) -> _Found | None:
    segments = [segment.lower() for segment in link.segments]
    if not segments or segments[0] in _TWITTER_OWN:
        return None
    user = segments[0].lstrip("@")
    if _HANDLE_SHAPES["twitter"].fullmatch(user) is None:
        return None
    site = _registrable(link, ("twitter.com", "x.com"))
    return _Found("twitter", f"{site}/{user}", 0.95)


def _tiktok(link: Link) -> _Found | None:
    segments = link.segments
    if link.on("vm.tiktok.com", "vt.tiktok.com") and segments:
        return _Found("tiktok", f"{link.site}/{segments[0]}", 0.9)  # a share link to a video
    if segments and segments[0].startswith("@") and len(segments[0]) > 1:
        return _Found("tiktok", f"tiktok.com/{segments[0].lower()}", 0.95)
    return None


def _youtube(link: Link) -> _Found | None:
    segments = link.segments
    if not segments:
        return None
    first = segments[0]
    if first.startswith("@") and len(first) > 1:
        return _Found("youtube", f"youtube.com/{first.lower()}", 0.95)
    if first.lower() in ("c", "user") and len(segments) > 1:
        return _Found("youtube", f"youtube.com/{first.lower()}/{segments[1].lower()}", 0.95)
    if first.lower() == "channel" and len(segments) > 1:  # channel ids are case-sensitive
        return _Found("youtube", f"youtube.com/channel/{segments[1]}", 0.95)
    return None  # /watch, youtu.be/…: a video, which the url detector reports


def _threads(link: Link) -> _Found | None:
    segments = link.segments
    if segments and segments[0].startswith("@") and len(segments[0]) > 1:
        return _Found("threads", f"threads.net/{segments[0].lower()}", 0.95)
    return None


_LINK_READERS: tuple[tuple[tuple[str, ...], Callable[[Link], _Found | None]], ...] = (
    (("linkedin.com",), _linkedin),
    (("instagram.com", "instagr.am", "ig.me"), _instagram),
    (_FACEBOOK_DOMAINS, _facebook),
    (("twitter.com", "x.com"), _twitter),
    (("tiktok.com",), _tiktok),
    (("youtube.com",), _youtube),
    (("threads.net", "threads.com"), _threads),
)


# ── A network name, then a handle ───────────────────────────────────────────────────────────
# A LinkedIn profile path after the name, without the domain: "LinkedIn: /in/mark-thompson".
_LINKEDIN_PATH = compile_pattern(
    r"^\s*[:\-–—=]?\s*/?(?P<kind>in|pub|company)/(?P<slug>[a-z0-9][a-z0-9\-_%]{2,99})"
)
_LINKEDIN_KIND, _LINKEDIN_SLUG = group_numbers(_LINKEDIN_PATH, "kind", "slug")
_LINKEDIN_WINDOW = 120


def _named_handles(view: MappedText) -> Iterator[Detection]:
    text = view.text
    for name in _NAMES.finditer(text):
        if _is_namespaced_key(text, name):
            continue
        if name.channel == "linkedin":
            path = _LINKEDIN_PATH.search(text[name.end : name.end + _LINKEDIN_WINDOW])
            if path is not None:  # "LinkedIn: /in/mark-thompson-cfo"
                kind, slug = path.group(_LINKEDIN_KIND), path.group(_LINKEDIN_SLUG)
                found = _Found("linkedin", f"linkedin.com/{kind}/{slug}", 0.9)
                yield _detection(view, name.start, name.end + path.end(_LINKEDIN_SLUG), found)
                continue
        judged = _handle_for(name, text)
        if judged is None:
            continue
        handle, found, start = judged
        end = handle.end
        if handle.later:
            start = handle.start  # only the handle: the words between may be another finding
        yield _detection(view, start, end, found)


def _is_namespaced_key(text: str, name: ChannelName) -> bool:
    """'<meta name="twitter:card"', "fb:app_id": a quoted name glued to ":" and a word is a
    key in markup, not a handle handed over ("IG: @jane" has a space or an "@")."""
    before = text[name.start - 1 : name.start] if name.start else ""
    after = text[name.end : name.end + 2]
    return before in ('"', "'") and after[:1] == ":" and after[1:].isalpha()


def _handle_for(name: ChannelName, text: str) -> tuple[Handle, _Found, int] | None:
    return judge_handle(
        name,
        text,
        lambda handle, possessive: _judge(name, handle, possessive=possessive, text=text),
    )


def _handles_then_names(view: MappedText) -> Iterator[Detection]:
    for handle, name in handles_before_names(view.text, _NAMES):
        found = _judge(name, handle, possessive=False, text=view.text, reverse=True)
        if found is not None:
            yield _detection(view, handle.start, name.end, found)


def _judge(
    name: ChannelName, handle: Handle, *, possessive: bool, text: str, reverse: bool = False
) -> _Found | None:
    """How sure we are that `handle` is a profile on `name.channel`, or None. `reverse`: the
    handle came first ("@jane on threads")."""
    network, core = name.channel, handle.core
    if _HANDLE_SHAPES[network].fullmatch(core) is None or not is_plausible_handle(core):
        return None
    slug = network == "linkedin" and "-" in core and (handle.colon or handle.said_id)
    if network in _REAL_NAME_NETWORKS and not (handle.handle_like or slug):
        return None  # "linkedin: jane doe", "facebook: Jane"; "linkedin: jane-doe" is a slug
    exact = _NAMES.is_exact(name)
    invited = not possessive and invited_before(text, name.start)
    if network == "threads" and not (handle.at and (possessive or invited or reverse)):
        return None  # "email threads: @john" is not Threads; "my threads: @jane" is
    introduced = handle.introduced(possessive=possessive)
    if name.written == "x" and not handle.at:
        return None  # "x: bool", "x: hidden" are fields; "X: @imrancuts" is a handle
    if (name.written in _ABBREVIATIONS or not exact) and not introduced:
        return None  # "ig jane", "insta gram jane": only "IG: jane.designs" and the like
    confidence = framing_confidence(handle, possessive=possessive, invited=invited)
    if not exact:
        confidence -= 0.05
    return _Found(network, _value(network, core), confidence)


def _value(network: str, core: str) -> str:
    if network == "linkedin":
        return f"linkedin.com/in/{core}"
    if network == "facebook":
        return f"facebook.com/{core}"
    return f"{network}:@{core}"
