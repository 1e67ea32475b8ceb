"""Messenger and meeting handles: an id, invite or meeting link someone can be reached at.

Channels: Skype, WhatsApp, Telegram, Discord, WeChat, Signal, Viber, Line, KakaoTalk; meetings
on Zoom, Google Meet, Slack, Teams, Whereby and Jitsi.

    links ("wa.me/…", "t.me/…", "discord.gg/…", "zoom.us/j/…", "acme.slack.com") ─┐
    app links ("skype:john.smith?call", "viber://chat?number=…", "tg://resolve?…") ─┤
    Skype ids ("live:john.smith_42") ───────────────────────────────────────────────┤
    a channel name, then a handle ("skype id: john.smith", "telegram @devjohn") ──┼→ Detection
    a handle, then the channel ("@devjohn on telegram") ──────────────────────────┤
    Discord tags ("john#1234"), Zoom meeting ids, Google Meet codes ──────────────┘

A channel named without a handle is no finding: "I build WhatsApp bots", "do you have Skype?"
(asking to move is an intent, another detector's business). A WhatsApp or Viber *number* is
the phone detector's; only their links and "@usernames" are reported here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from gigguard.engine.detectors.base import REPORT_THRESHOLD, Detection, DetectionContext
from gigguard.engine.detectors.links import (
    COPULAS,
    IDENTIFIER_WORDS,
    POSSESSIVES,
    REVERSAL,
    REVERSAL_WINDOW,
    STOPWORDS,
    ChannelName,
    ChannelNames,
    Handle,
    Link,
    fold,
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
from gigguard.engine.domains import public_suffix
from gigguard.engine.mapped import MappedText
from gigguard.engine.normalize import NormalizedDraft, normalize
from gigguard.engine.patterns import alternation, compile_pattern
from gigguard.engine.placeholders import is_filler_number
from gigguard.findings import Category

# ── Channel names ──────────────────────────────────────────────────────────────────────────
# Each channel's name as people write it, in the scripts our sellers use (Latin, Cyrillic,
# Arabic and Persian, Chinese, Korean); Russian and Persian inflect, so the common forms are here.
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "skype": (
        "skype",
        "скайп",
        "скайпе",
        "скайпу",
        "اسکایپ",
        "سكايب",
        "skypie",
        "skypea",
        "skype'a",
        "skypedan",
        "skypetan",
        "skypeta",
        "skypu",  # Czech and Slovak: "na skypu"
        "سکائپ",  # Urdu
        "فسكايب",  # Moroccan Arabic "on Skype", the "f" glued on
        "بسكايب",
        "скайпі",
        "স্কাইপ",
        "स्काइप",
        "اسکائپ",
        "اسکایپم",  # Persian "my Skype"
        "스카이프",
        "スカイプ",
        "สไกป์",
        "σκάιπ",
    ),
    "whatsapp": (
        "whatsapp",
        "watsapp",
        "whatsap",
        "watsap",
        "wassap",
        "ватсап",
        "вотсап",
        "واتساب",
        "واتس اب",
        "واتساپ",
        "whatsappie",
        "whatsappa",
        "whatsapptan",
        "whatsappdan",
        "ватсапе",
        "вотсапе",
        "вотсапі",
        "ватсапі",
        # Brazil's nicknames: "zap", "zapzap", "wpp"
        "zap",
        "zapzap",
        "wpp",
        "হোয়াটসঅ্যাপ",
        "व्हाट्सएप",
        "واٹس ایپ",
        "واٹس اپ",
        "왓츠앱",
        "ワッツアップ",
        "วอทส์แอพ",
        "วอทแอพ",
    ),
    "telegram": (
        "telegram",
        "tg",
        "tele",
        "tlgrm",
        "телеграм",
        "телеграмм",
        "телеграме",
        "телеграмме",
        "телега",
        "телеге",
        "телегу",
        "телеги",
        "тг",
        "تلگرام",
        "تلگرامم",
        "تيليجرام",
        "تلغرام",
        "تليجرام",
        "telegramie",
        "telegramu",
        "telegrama",
        "telegramdan",
        "telegramda",
        "telegrami",
        "telegramı",
        "телеграмі",
        "টেলিগ্রাম",
        "टेलीग्राम",
        "ٹیلی گرام",
        "ٹیلیگرام",
        "텔레그램",
        "テレグラム",
        "เทเลแกรม",
        "电报",
        "tê lê",
        "纸飞机",  # "paper plane", after the logo
        "飞机",  # "plane": needs an "@handle" (see _AMBIGUOUS)
        "pesawat kertas",  # Indonesian "paper plane"
        "paper plane",
        "телезі",  # Ukrainian "in the telega"
        "紙飛機",  # Traditional Chinese "paper plane"
        "飛機",
        "בטלגרם",  # Hebrew "on Telegram", "b-" glued on
        "телеграмда",  # Kazakh and Turkish "on Telegram"
        "телеграмға",
        "टेलिग्राममा",  # Nepali "on Telegram"
        "टेलिग्राम",
        "เทเล",  # Thai "tele"
        "تل",  # Persian "tel": needs an "@handle" (see _AMBIGUOUS)
        "✈",  # the logo as an emoji
        "التليجرام",
        "التلجرام",
        "التلغرام",
        "טלגרם",
        "텔레",
        "تيلي",  # Arabic "Tele", short: needs ":" or "@" (see _ABBREVIATIONS)
        "تلگ",  # Persian "Teleg", short too
        "τελεγκράμ",
    ),
    "discord": (
        "discord",
        "dc",
        "дискорд",
        "дискорде",
        "دیسکورد",
        "ديسكورد",
        "discordzie",
        "discordu",
        "discorddan",
        "디스코드",
        "ディスコード",
        "ディスコ",
        "disc",  # needs a handle-shaped token (see _AMBIGUOUS): "disc brake", "disc golf"
        "ডিসকর্ড",
        "डिस्कॉर्ड",
        "діскорд",
        "дискорді",
        "ڈسکارڈ",
        "ڈسکورڈ",
        "디코",
        "ดิสคอร์ด",
        "דיסקורד",
        "בדיסקורד",
        "discorda",  # Polish "na discorda"
        "discordda",  # Turkish "on Discord"
        "discordta",
        "ντισκόρντ",
    ),
    "wechat": (
        "wechat",
        "weixin",
        "vx",
        "wx",
        "微信",
        "微信号",
        "微信号是",
        "微信是",
        "绿泡泡",  # "green bubble", after the logo
        # "加v" / "加个v" / "加我v": "add me on V(X)"; a lone "v" is too little
        "加v",
        "加个v",
        "加我v",
        "вичат",
        "v信",
        "薇信",
        "绿信",
        "🟢信",
        "威信",
        "위챗",
        "ウィーチャット",
    ),
    "signal": ("signal", "сигнал", "сигнале", "signalu", "signalem", "signala", "سیگنال"),
    "line": (
        "line",
        "ไลน์",
        "แอดไลน์",
        # Taiwan's nickname: "賴" sounds like "line"; "加賴" is "add on LINE", "賴我" "LINE me"
        "加賴",
        "加我賴",
        "賴我",
        "ไอดีไลน์",
        # Thai glues the verb on: "ทักไลน์" ("ping on LINE"), "ขอไลน์" ("may I have your LINE")
        "ทักไลน์",
        "ขอไลน์",
        "ไลน์ไอดี",
        "라인",
        "ライン",
    ),
    # QQ ids are numbers; "扣扣" and "企鹅" (the penguin logo) are its nicknames.
    "qq": ("qq", "扣扣", "企鹅", "企鹅号", "qq号", "🐧"),
    # Threema ids are eight letters and digits ("7XK4P2M9"); Chatwork is Japan's work chat.
    "threema": ("threema", "threemu", "threemy"),
    "chatwork": ("chatwork", "チャットワーク"),
    "kakao": (
        "kakao",
        "kakaotalk",
        "kakao talk",
        "카톡",
        "카카오톡",
        "카카오",
        "カカオ",
        "カカオトーク",
    ),
}
# The same names in the scripts and case endings of the Caucasus, Central Asia, the Baltic, the
# Horn of Africa and South and Southeast Asia. Where a script glues its endings on (Georgian,
# Armenian, Ethiopic, Thaana, the Indic and Southeast Asian scripts: links._GLUED_END), the bare
# name reads "ტელეგრამზე" and "ޓެލެގްރާމްގައި" too; Latin and Cyrillic endings are listed.
_MORE_SPELLINGS: dict[str, tuple[str, ...]] = {
    "telegram": (
        "telegrame", "telegramą", "telegramā", "telegā", "telegramze", "telegramshi",  # sk lt lv ka
        "telegramis", "telegrammis", "telegramissa", "telegramiin", "telegramos",  # et fi lt
        "tg-ov", "tg-um", "telegram-ov", "telegram-um",  # Armenian in Latin letters
        "телеграмга", "телеграмдан", "телеграмом", "телеграму", "телеграмму",  # ky uz tg sr
        "ቴሌግራም", "በቴሌግራም", "ቴሌግራሜ", "ቴሌግራሜን",  # Amharic, "on", "my"
        "ტელეგრამ", "ტელეგრამი", "տելեգրամ", "ტელეგა",  # Georgian, Armenian
        "ޓެލެގްރާމް",  # Dhivehi
        "تێلێگرام", "تێلێگرامەوە", "تێلێگرامدا", "لەتێلێگرام",  # Central Kurdish
        "តេឡេក្រាម", "តេឡេ", "ເທເລແກຣມ", "တယ်လီဂရမ်",  # Khmer, Lao, Burmese
        "ටෙලිග්‍රෑම්", "டெலிகிராம்", "ടെലഗ്രാം", "ടെലിഗ്രാം",  # Sinhala, Tamil, Malayalam
    ),
    "discord": (
        "discordissa", "discordis", "discordā", "discorde", "discordze", "discord-um",
        "дискорду", "дискорда", "дискордом", "дискордда",  # Serbian, Kyrgyz
        "ዲስኮርድ", "დისქორდ", "დისკორდ", "դիսքորդ", "ޑިސްކޯޑް", "ඩිස්කෝඩ්", "டிஸ்கார்ட்",
        "ഡിസ്കോർഡ്", "دیسکۆرد", "ឌីស្កត", "ດິສຄອດ",
    ),
    "skype": (
        "skype'is", "skypeis", "skypessa", "skypes", "skype-ov", "skypeze",  # et fi hy ka
        "скайпа", "скайпом",
        "ስካይፕ", "სკაიპ", "սկայպ", "ސްކައިޕް", "ස්කයිප්", "ஸ்கைப்", "സ്കൈപ്പ്", "ស្កាយ",
    ),
    "whatsapp": (
        "whatsappissa", "whatsappis", "whatsappā", "whatsappe", "whatsappze", "whatsapp-ov",
        "ватсапта", "ватсапка", "вотсапта",  # Kyrgyz, Kazakh
        "ዋትስአፕ", "ვოცაპ", "ვოცაპი", "ვოტსაპ", "վոթսափ", "վացափ", "ވަޓްސްއަޕް",
        "වට්ස්ඇප්", "வாட்ஸ்அப்", "വാട്സ്ആപ്പ്", "واتسئاپ", "វ៉ាត់សាប", "ວອດແອັບ",
    ),
    "line": ("ໄລນ໌", "ແອດໄລນ໌", "ໄອດີໄລນ໌"),  # Lao, as Thai: the app's name only
    "signal": ("signalis", "signale", "სიგნალ", "սիգնալ"),
}  # fmt: skip
for _channel, _words in _MORE_SPELLINGS.items():
    _SPELLINGS[_channel] = (*_SPELLINGS[_channel], *_words)

# Short forms that are too common as letters to count without ":" or "@" after them.
_ABBREVIATIONS = frozenset(
    fold(
        (
            *("tg", "tele", "vx", "wx", "dc", "disc", "тг", "qq", "zap", "wpp", "텔레", "디코"),
            *("飞机", "飛機", "paper plane", "pesawat kertas", "เทเล", "تل", "تيلي", "تلگ"),
        )
    )
)
# …and those that also name other things ("DC Comics", "Washington, DC", "dc motor"): these need
# a handle-shaped token as well.
_AMBIGUOUS = frozenset(fold(("dc", "disc", "飞机", "飛機", "paper plane", "pesawat kertas", "تل")))
# Misspelled names count ("skpe", "sk*pe", "telegrm"); the real words one typo away never do.
_FUZZY = {
    "skype": fuzzy_word("skype", avoid=("skye", "swype", "stype")),
    "whatsapp": fuzzy_word("whatsapp"),
    "telegram": fuzzy_word("telegram", avoid=("telegraf", "telegraph")),
    "discord": fuzzy_word("discord", avoid=("discard", "disco")),
    "wechat": fuzzy_word("wechat"),
}
# A name spelled out letter by letter ("т е л е г е") reaches the view folded letter by letter:
# a lone "е" or "г" could be Latin, so it becomes "e", "r" ("тeлere"); and a one-letter
# preposition before it is joined on ("в т е л е г е" → "втeлere"). Russian and Ukrainian
# в/у/к/с, Polish w/z, Czech and Slovak v/s/k/z.
_ONE_LETTER_PREPOSITIONS = {"cyrillic": "вукс", "latin": "wzvsk"}


def _spelled_out(word: str) -> str:
    """`word` as the view shows it once typed with a space between its letters."""
    return normalize(" ".join(word)).text.text.replace(" ", "")


def _with_spelled_out_forms(spellings: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each spelling of five letters or more also as spelled out, with or without a glued
    one-letter preposition."""
    extended = {}
    for channel, words in spellings.items():
        forms: list[str] = []
        for word in words:
            if len(word) < 5 or not word.isalpha():
                continue
            cyrillic = "\u0400" <= word[0] <= "\u04ff"
            script = "cyrillic" if cyrillic else "latin" if word.isascii() else ""
            prepositions = _ONE_LETTER_PREPOSITIONS.get(script, "")
            forms += [_spelled_out(word), *(_spelled_out(p + word) for p in prepositions)]
        extended[channel] = tuple(dict.fromkeys((*words, *forms)))
    return extended


_NAMES = ChannelNames(_with_spelled_out_forms(_SPELLINGS), fuzzy=_FUZZY)
# Thai borrows LINE only as the app's name; "line", "ライン" and "라인" are words too.
_UNAMBIGUOUS_LINE = frozenset(
    fold(
        (
            *("ไลน์", "แอดไลน์", "ไอดีไลน์", "ทักไลน์", "ขอไลน์", "ไลน์ไอดี", "加賴", "加我賴", "賴我"),
            *_MORE_SPELLINGS["line"],
        )
    )
)

# What a handle looks like on each channel (lower case; the view is).
_HANDLE_SHAPES = {
    # Skype names: 6–32 characters, a letter first; older ones are shorter.
    "skype": compile_pattern(r"[a-z][a-z0-9._,\-]{2,31}"),
    # Telegram usernames: a-z, 0-9 and "_", 5–32 characters (4 for some bought ones). A dot is
    # let through: "tele: @kofi.designs" is meant as a handle even if Telegram would refuse it.
    "telegram": compile_pattern(r"[a-z][a-z0-9_.]{3,31}"),
    # Discord: new usernames 2–32 of a-z 0-9 _ . ; legacy "name#1234".
    "discord": compile_pattern(r"[a-z0-9_.]{2,32}|[a-z0-9_.\-]{2,32}#[0-9]{4}"),
    # WeChat ids: 6–20 characters, a letter first, then letters, digits, "_" or "-".
    "wechat": compile_pattern(r"[a-z][a-z0-9_\-]{4,19}"),
    # Signal usernames always end in a dot and two or more digits: "john.01".
    "signal": compile_pattern(r"[a-z_][a-z0-9_.]{2,31}\.[0-9]{2,9}"),
    "line": compile_pattern(r"[a-z0-9._\-]{3,20}"),
    "kakao": compile_pattern(r"[a-z0-9._\-]{3,20}"),
    # A WhatsApp handle that is not a number is an "@username"; a bare word is not enough.
    "whatsapp": compile_pattern(r"[a-z][a-z0-9._]{2,34}"),
    # QQ numbers: 5 to 11 digits, never starting with 0.
    "qq": compile_pattern(r"[1-9][0-9]{4,10}"),
    # Threema ids: exactly eight of A-Z and 0-9.
    "threema": compile_pattern(r"[a-z0-9]{8}"),
    "chatwork": compile_pattern(r"[a-z][a-z0-9_\-.]{2,31}"),
}


@dataclass(frozen=True, slots=True)
class _Found:
    channel: str
    value: str
    confidence: float


def detect(draft: NormalizedDraft, context: DetectionContext) -> Iterator[Detection]:
    view = draft.text
    found = [
        *_links(view),
        *_app_links(view),
        *_skype_ids(view),
        *_named_handles(view),
        *_handles_then_names(view),
        *_spelled_out_handles(view),
        *_slashed_out_handles(view),
        *_discord_tags(view),
        *_zoom_ids(draft.numeric),
        *_meet_codes(view),
        *_backwards_at_handles(view),
    ]
    yield from read_back_where_said(view, without_overlaps(found))
    yield from _camera_handles(view)


def _detection(view: MappedText, start: int, end: int, found: _Found) -> Detection:
    return Detection.in_view(
        view,
        start,
        end,
        category=Category.MESSENGER,
        kind=f"messenger.{found.channel}",
        value=found.value,
        confidence=found.confidence,
    )


# ── A handle written backwards, and said to be (links.read_back_where_said) ─────────────────
# "vokluv_spo@": the "@" of a handle written backwards comes last. Only read where the words
# say "backwards" and a channel is named in the sentence before it.
_BACKWARDS_AT = compile_pattern(
    r"(?:^|[^\p{L}\p{N}_.@])(?P<handle>[a-z0-9_.]{3,31}[a-z0-9_]@)(?:$|[^\p{L}\p{N}_.@\-])"
)
(_BACKWARDS_GROUP,) = group_numbers(_BACKWARDS_AT, "handle")


def _backwards_at_handles(view: MappedText) -> Iterator[Detection]:
    text = view.text
    if "@" not in text or REVERSAL.search(text) is None:
        return
    for match in _BACKWARDS_AT.finditer(text):
        start, end = match.span(_BACKWARDS_GROUP)
        window = text[max(0, start - REVERSAL_WINDOW) : end + REVERSAL_WINDOW]
        if REVERSAL.search(window) is None:
            continue
        before = text[max(0, start - REVERSAL_WINDOW) : start]
        names = [name for name in _NAMES.finditer(before) if name.channel in _HANDLE_SHAPES]
        if not names:
            continue
        channel = names[-1].channel
        core = text[start : end - 1][::-1]
        if _HANDLE_SHAPES[channel].fullmatch(core) is None or not is_plausible_handle(core):
            continue
        # Written backwards: `read_back_where_said` reads it back, as any handle said to be.
        value = _referred_value(channel, text[start : end - 1])
        yield _detection(view, start, end, _Found(channel, value, 0.8))


# ── Links ───────────────────────────────────────────────────────────────────────────────────
def _links(view: MappedText) -> Iterator[Detection]:
    for link, found in (*read_links(view, _LINK_READERS), *_spaced_short_links(view)):
        end, found = _with_number_groups(view.text, link.end, found)
        yield _detection(view, link.start, end, found)


# "t me slash adebayo_wpfix", "wa me / 447911123456": the two short hosts with a space for the
# dot, which no sentence writes before a slash. Read as the link they spell.
_SPACED_SHORT_LINK = compile_pattern(
    r"(?:^|[^\p{L}\p{N}_.@/\\])(?P<link>(?P<site>t|wa)[ \t]+me"
    r"(?:[ \t]*/[ \t]*|[ \t]+(?:slash|barra|schragstrich|слэш|слеш)[ \t]+)"
    r"(?P<path>\+?[a-z0-9_]{3,32}))(?:$|[^\p{L}\p{N}_@/.]|\.(?:\s|$))"
)
_SPACED_LINK, _SPACED_SITE, _SPACED_PATH = group_numbers(_SPACED_SHORT_LINK, "link", "site", "path")


def _spaced_short_links(view: MappedText) -> Iterator[tuple[Link, _Found]]:
    for match in _SPACED_SHORT_LINK.finditer(view.text):
        start, end = match.span(_SPACED_LINK)
        host = f"{match.group(_SPACED_SITE)}.me"
        link = Link(start, end, None, host, "", "/" + match.group(_SPACED_PATH), obfuscated=True)
        read = _telegram if host == "t.me" else _whatsapp
        found = read(link)
        if found is not None:
            yield link, found


# "wa . me / 32 470 58 14 92": the number of a WhatsApp link typed in groups. Only a start too
# short to be a whole number takes the groups after it, and only up to E.164's 15 digits.
_NUMBER_GROUPS = compile_pattern(r"^(?:[ \t\-.]?[0-9]{1,4}){1,6}")
_SHORTEST_NUMBER = 8
_LONGEST_NUMBER = 15


def _with_number_groups(text: str, end: int, found: _Found) -> tuple[int, _Found]:
    site, _, number = found.value.partition("/")
    if site != "wa.me" or not number.isdigit() or len(number) >= _SHORTEST_NUMBER:
        return end, found
    groups = _NUMBER_GROUPS.search(text[end : end + 40])
    if groups is None or text[end + groups.end() : end + groups.end() + 1].isalnum():
        return end, found
    digits = number + _digits(groups.group())
    if not _SHORTEST_NUMBER <= len(digits) <= _LONGEST_NUMBER:
        return end, found
    return end + groups.end(), _Found(found.channel, f"wa.me/{digits}", found.confidence)


def _whatsapp(link: Link) -> _Found | None:
    segments = link.segments
    if link.on("wa.me", "wa.link") and segments:
        if is_filler_number(segments[0]):
            return None  # "wa.me/97400000000" in a template: a number of zeros reaches nobody
        # wa.me/447911123456, wa.me/message/ABC123; wa.link is a third-party WhatsApp shortener.
        return _Found("whatsapp", f"{link.site}/{'/'.join(segments)}", 0.95)
    if link.on("chat.whatsapp.com") and segments:
        return _Found("whatsapp", f"chat.whatsapp.com/{segments[0]}", 0.95)
    if segments[:1] == ["channel"] and len(segments) > 1:
        return _Found("whatsapp", f"whatsapp.com/channel/{segments[1]}", 0.95)
    phone = link.query("phone")
    if segments[:1] == ["send"] and phone:
        return _Found("whatsapp", f"wa.me/{_digits(phone)}", 0.95)
    return None


# t.me pages that are Telegram's own widgets, not a user: t.me/share/url?url=…, t.me/proxy?…
_TELEGRAM_OWN = frozenset(
    "share addstickers addemoji addtheme setlanguage proxy socks login iv confirmphone bg invoice".split()
)


def _telegram(link: Link) -> _Found | None:
    segments = link.segments
    if segments[:1] == ["s"]:  # t.me/s/channel: the public preview of a channel
        segments = segments[1:]
    if not segments:
        return None
    first = segments[0]
    if first == "joinchat" and len(segments) > 1:
        return _Found("telegram", f"t.me/+{segments[1]}", 0.95)
    if first.startswith("+"):
        return _Found("telegram", f"t.me/{first}", 0.95)
    if (
        first.lower() in _TELEGRAM_OWN
        or _HANDLE_SHAPES["telegram"].fullmatch(first.lower()) is None
    ):
        return None
    return _Found("telegram", f"t.me/{first.lower()}", 0.95)


def _discord(link: Link) -> _Found | None:
    segments = link.segments
    if link.on("discord.gg") and segments:
        return _Found("discord", f"discord.gg/{segments[0]}", 0.95)
    if segments[:1] == ["invite"] and len(segments) > 1:
        return _Found("discord", f"discord.gg/{segments[1]}", 0.95)
    if segments[:1] == ["users"] and len(segments) > 1:
        return _Found("discord", f"discord.com/users/{segments[1]}", 0.95)
    return None  # discord.com/developers, /channels/…: documentation and server internals


def _skype(link: Link) -> _Found | None:
    if link.on("join.skype.com") and link.segments:
        return _Found("skype", f"join.skype.com/{'/'.join(link.segments)}", 0.95)
    return None


def _signal(link: Link) -> _Found | None:
    # https://signal.me/#eu/… (username links) and #p/+447… (number links) carry it all in
    # the fragment; signal.group/#… is a group invite.
    if link.fragment:
        return _Found("signal", f"{link.site}/#{link.fragment}", 0.95)
    return None


def _viber(link: Link) -> _Found | None:
    if link.on("invite.viber.com") and "?" in link.path:
        return _Found("viber", f"invite.viber.com/{link.path.lstrip('/')}", 0.95)
    if link.on("vb.me") and link.segments:
        return _Found("viber", f"vb.me/{link.segments[0]}", 0.95)
    return None


def _line(link: Link) -> _Found | None:
    segments = link.segments
    if link.on("lin.ee") and segments:
        return _Found("line", f"lin.ee/{segments[0]}", 0.95)
    # line.me/ti/p/~john, line.me/R/ti/p/@john: "ti/p" is "add friend"; /ti/g is a group.
    if len(segments) >= 3 and "ti" in [segment.lower() for segment in segments[:2]]:
        return _Found("line", f"line.me/{'/'.join(segments)}", 0.95)
    return None


def _facebook_messenger(link: Link) -> _Found | None:
    # m.me/<page or username> opens a chat in Facebook's Messenger.
    if link.on("m.me") and link.segments:
        return _Found("messenger", f"m.me/{link.segments[0]}", 0.95)
    return None


def _wechat(link: Link) -> _Found | None:
    if link.segments:
        return _Found("wechat", f"{link.site}/{'/'.join(link.segments)}", 0.95)
    return None


def _zoom(link: Link) -> _Found | None:
    segments = link.segments
    if len(segments) >= 2 and segments[0] in ("j", "s", "w", "my", "wc"):
        kind, meeting = segments[0], segments[1]
        if kind in ("j", "s", "wc"):
            kind, meeting = "j", _digits(meeting) or meeting
        return _Found("zoom", f"zoom.us/{kind}/{meeting}", 0.95)
    return None


_MEET_CODE = compile_pattern(r"[a-z]{3}-[a-z]{4}-[a-z]{3}|[a-z]{10}")


def _meet(link: Link) -> _Found | None:
    segments = link.segments
    if link.on("g.co") and segments[:1] == ["meet"] and len(segments) > 1:
        return _Found("meet", f"g.co/meet/{segments[1]}", 0.95)
    if link.on("meet.google.com") and segments:
        code = segments[-1].lower()
        if _MEET_CODE.fullmatch(code) or segments[0] == "lookup":
            return _Found("meet", f"meet.google.com/{'/'.join(segments).lower()}", 0.95)
    return None


# Subdomains of slack.com that are Slack's own, not a workspace.
_SLACK_OWN = frozenset(
    "www app api status hooks files slack-files join my get edgeapi a slackhq docs".split()
)


def _slack(link: Link) -> _Found | None:
    labels = link.host.split(".")
    if link.on("join.slack.com") and link.segments[:1] == ["t"]:
        return _Found("slack", f"join.slack.com/{'/'.join(link.segments)}", 0.95)
    if len(labels) == 3 and labels[0] not in _SLACK_OWN:
        return _Found("slack", link.host, 0.9)  # acme.slack.com: a workspace to join
    return None


def _teams(link: Link) -> _Found | None:
    segments = link.segments
    if link.on("teams.microsoft.com") and segments[:1] == ["l"] and len(segments) > 1:
        return _Found("teams", f"teams.microsoft.com/{'/'.join(segments)}", 0.95)
    if link.on("teams.live.com") and segments[:1] == ["meet"] and len(segments) > 1:
        return _Found("teams", f"teams.live.com/meet/{segments[1]}", 0.95)
    return None


def _zalo(link: Link) -> _Found | None:
    # zalo.me/0904556217: Vietnam's chat app, a phone number or a page id as the path.
    if link.segments:
        return _Found("zalo", f"zalo.me/{link.segments[0]}", 0.95)
    return None


def _kakao(link: Link) -> _Found | None:
    # open.kakao.com/o/… is an open chat room; qr.kakao.com/talk/… a friend code.
    if len(link.segments) >= 2:
        return _Found("kakao", f"{link.site}/{'/'.join(link.segments)}", 0.95)
    return None


# Whereby and Jitsi meeting rooms are a path on the site: whereby.com/sam-consults.
_ROOM_SITES_OWN = frozenset(
    """information user org pricing blog login signup sign-up embed developers about help
    support legal terms privacy""".split()
)


def _room(link: Link) -> _Found | None:
    segments = link.segments
    if not segments or segments[0].lower() in _ROOM_SITES_OWN:
        return None
    channel = "whereby" if link.on("whereby.com") else "jitsi"
    return _Found(channel, f"{link.site}/{segments[0]}", 0.95)


_LINK_READERS: tuple[tuple[tuple[str, ...], Callable[[Link], _Found | None]], ...] = (
    (("wa.me", "wa.link", "whatsapp.com"), _whatsapp),
    (("t.me", "telegram.me", "telegram.dog"), _telegram),
    (("discord.gg", "discord.com", "discordapp.com"), _discord),
    (("skype.com",), _skype),
    (("signal.me", "signal.group"), _signal),
    (("invite.viber.com", "vb.me"), _viber),
    (("line.me", "lin.ee"), _line),
    (("m.me",), _facebook_messenger),
    (("u.wechat.com", "weixin.qq.com"), _wechat),
    (("zoom.us", "zoom.com"), _zoom),
    (("meet.google.com", "g.co"), _meet),
    (("slack.com",), _slack),
    (("teams.microsoft.com", "teams.live.com"), _teams),
    (("open.kakao.com", "qr.kakao.com"), _kakao),
    (("zalo.me",), _zalo),
    (("whereby.com", "meet.jit.si"), _room),
)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# ── App links: "skype:…" is read with the handles below; these have "//" ──────────────────
_APP_LINK = compile_pattern(
    r"(?:^|[^\p{L}\p{N}])(?P<link>(?P<scheme>whatsapp|viber|tg|weixin|zoommtg|zoomus|msteams"
    r"|sgnl|discord|line)://[^\s<>\"'`]+)"
)
_APP_LINK_GROUP, _APP_SCHEME = group_numbers(_APP_LINK, "link", "scheme")
_APP_CHANNELS = {
    "whatsapp": "whatsapp",
    "viber": "viber",
    "tg": "telegram",
    "weixin": "wechat",
    "zoommtg": "zoom",
    "zoomus": "zoom",
    "msteams": "teams",
    "sgnl": "signal",
    "discord": "discord",
    "line": "line",
}


def _app_links(view: MappedText) -> Iterator[Detection]:
    text = view.text
    for match in _APP_LINK.finditer(text):
        start, end = match.span(_APP_LINK_GROUP)
        while text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        link = view.original_slice(start, end)
        channel = _APP_CHANNELS[match.group(_APP_SCHEME)]
        value = link
        query = link.partition("?")[2]
        params = dict(pair.partition("=")[::2] for pair in query.split("&"))
        if channel == "whatsapp" and params.get("phone"):
            value = f"wa.me/{_digits(params['phone'])}"
        elif channel == "telegram" and params.get("domain"):
            value = f"t.me/{params['domain'].lower()}"
        yield _detection(view, start, end, _Found(channel, value, 0.95))


# ── Skype ids: "live:john.smith_42", "live:.cid.1a2b3c4d5e6f" ─────────────────────────────
# Newer Skype names start with a dot after "live:" ("live:.cid.1a2b…", "live:.kerstin.texte").
_SKYPE_ID = compile_pattern(
    r"(?:^|[^\p{L}\p{N}_./\-])(?P<id>live:(?:\.cid\.[0-9a-z][a-z0-9._\-]{2,40}|\.?[a-z0-9][a-z0-9._\-]{1,40}))"
)
(_SKYPE_ID_GROUP,) = group_numbers(_SKYPE_ID, "id")
# …and typed with spaces around the ":" and the dots: "live : meenu . designs". "live" is a
# word, so this needs a dot or "_" inside the name and Skype named just before.
_SPACED_SKYPE_ID = compile_pattern(
    r"(?:^|[^\p{L}\p{N}_./\-])(?P<id>live[ \t]*:[ \t]*(?:\.[ \t]*)?[a-z0-9][a-z0-9_\-]*"
    r"(?:[ \t]*[._][ \t]*[a-z0-9][a-z0-9_\-]*)+)"
)
(_SPACED_SKYPE_GROUP,) = group_numbers(_SPACED_SKYPE_ID, "id")
_SKYPE_NAMED = compile_pattern(r"\b(?:skype|skp)\b|скайп|سکایپ|اسکائپ|स्काइप")
_SKYPE_WINDOW = 60


def _skype_ids(view: MappedText) -> Iterator[Detection]:
    text = view.text
    for match in _SKYPE_ID.finditer(text):
        start, end = match.span(_SKYPE_ID_GROUP)
        while text[end - 1] in ".-":
            end -= 1
        skype_id = text[start:end]
        if end < len(text) and text[end] == "@":
            continue  # live:… followed by an address is an e-mail in a sentence
        confidence = 0.95 if any(c.isdigit() or c in "._-" for c in skype_id[5:]) else 0.85
        yield _detection(view, start, end, _Found("skype", skype_id, confidence))
    for match in _SPACED_SKYPE_ID.finditer(text):
        start, end = match.span(_SPACED_SKYPE_GROUP)
        skype_id = "".join(text[start:end].split())
        if skype_id == text[start:end]:
            continue  # written without spaces: read above
        if not _skype_named_before(text, start):
            continue
        yield _detection(view, start, end, _Found("skype", skype_id, 0.9))


def _skype_named_before(text: str, position: int) -> bool:
    """Skype named earlier in the same sentence, a few words back."""
    window = text[max(0, position - _SKYPE_WINDOW) : position]
    ends = [match.end() for match in _SENTENCE_END.finditer(window)]
    sentence = window[ends[-1] if ends else 0 :]
    if _SKYPE_NAMED.search(sentence) is not None:
        return True
    return any(name.channel == "skype" for name in _NAMES.finditer(sentence))


_SENTENCE_END = compile_pattern(r"[.!?。！？](?:\s|$)")


# ── A channel name, then a handle ───────────────────────────────────────────────────────────
_URI_ACTIONS = ("?call", "?chat", "?add", "?userinfo", "?voicemail", "?sendfile")


def _named_handles(view: MappedText) -> Iterator[Detection]:
    text = view.text
    for name in _NAMES.finditer(text):
        if _in_host_name(text, name):
            continue
        judged = _handle_for(name, text)
        if judged is None or judged[1].confidence < REPORT_THRESHOLD:
            referred = _referred_handle(name, text)
            if referred is not None:
                yield _detection(view, *referred)
                continue
        if judged is None:
            continue
        handle, found, start = judged
        end = handle.end
        dotted = _DOTTED_ON.search(text[end : end + _REFERRED_WINDOW])
        if dotted is not None and found.channel == "skype":  # "pedro (dot) costa (dot) br"
            end += dotted.end()
            core = _undotted(text[handle.start : end]).removeprefix("@")
            found = _Found(found.channel, f"skype:{core}", found.confidence)
        if handle.later:
            start = handle.start  # only the handle: the words between may be another finding
        for action in _URI_ACTIONS:  # skype:john.smith?call
            if text.startswith(action, end):
                end += len(action)
                break
        yield _detection(view, start, end, found)


def _in_host_name(text: str, name: ChannelName) -> bool:
    """ "core.telegram.org/bots/api", "web.whatsapp.com", "docs.python-telegram-bot.org": the
    name is a label of a host or part of one, or the middle of a package's name; the page or the
    library is a topic (links are read on their own). "Skype-ID: …" is still the app."""
    before = text[name.start - 1 : name.start] if name.start else ""
    after = text[name.end : name.end + 2]
    if before == "." or (after[:1] == "." and after[1:].isalpha()):
        return True
    if before == "-" and after[:1] == "-":
        return True  # "python-telegram-bot", "discord-bot-kit": a package's name, not the app
    return (before == "-" or after[:1] == "-") and _hyphenated_host(text, name.start, name.end)


_HOST_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_HOST_REACH = 64  # characters either side of the name: a host's labels rarely run longer


def _hyphenated_host(text: str, start: int, end: int) -> bool:
    """Whether the run of host characters around `start`-`end` is a host with a known suffix."""
    first, last = start, end
    while first > 0 and start - first < _HOST_REACH and text[first - 1] in _HOST_CHARACTERS:
        first -= 1
    while last < len(text) and last - end < _HOST_REACH and text[last] in _HOST_CHARACTERS:
        last += 1
    host = text[first:last].strip(".-")
    return "." in host and public_suffix(host) is not None


# ── A handle the sentence hands to a channel named before it ──────────────────────────────
# "skype pe add kr lo priya.vlogs22", "discord mình là vinh.dropship", "mon Skype c'est
# claire.bonnet.lyon", "Skype adım emre.kurgu34", "Discordだと shiori_nagi です": whatever words
# sit between, a token no language spells as a word ("_", an inner dot, letters then digits)
# is the handle. Up to the end of the sentence; an "@handle" also in the next sentence or two
# ("May Telegram ka ba? … Ako si @trixie_lim"). Another channel's name ends the search.
_REFERRED_TOKEN = compile_pattern(
    r"(?:^|[^\p{L}\p{N}_.@\-/\\])(?P<token>@?[a-z0-9][a-z0-9_]*"
    r"(?:(?:[._]|[ \t]+(?:\.|dot)[ \t]+)[a-z0-9_]+)*)"
)
(_REFERRED_GROUP,) = group_numbers(_REFERRED_TOKEN, "token")
_REFERRED_WINDOW = 120
_SPACED_DOT = compile_pattern(r"[ \t]+(?:\.|dot)[ \t]+")
# More pieces after a handle, joined by a spelled-out dot: " dot costa dot br".
# A spaced "." alone needs two ("john . I'll call" is a sentence).
_DOTTED_ON = compile_pattern(r"(?:[ \t]+dot[ \t]+[a-z0-9_]+)+\b|(?:[ \t]+\.[ \t]+[a-z0-9_]+){2,}\b")


def _undotted(raw: str) -> str:
    """ "nahid . wpdev dot bd" as the handle it spells: "nahid.wpdev.bd"."""
    pieces, last = [], 0
    for match in _SPACED_DOT.finditer(raw):
        pieces.append(raw[last : match.start()])
        last = match.end()
    return ".".join([*pieces, raw[last:]])


# Letters, then two digits or more: "nimmanhotel88", "linmei9206" (but not "v2", "mp4").
_LETTERS_THEN_DIGITS = compile_pattern(r"[a-z_.]{3,}[0-9]{2,}")
# Versions, sizes and files are not handles: "python3.10", "v2.0", "rohit.xlsx" would be too
# costly to guess right.
_VERSION = compile_pattern(r"v?[0-9]+(?:\.[0-9]+)*|[a-z]+[0-9]+(?:\.[0-9]+)+")
_NOT_HANDLE_ENDINGS = frozenset(
    """com net org io co me app dev ru uk de in py js ts jsx tsx json csv xlsx xls docx doc pdf
    psd ai png jpg jpeg gif svg webp mp4 mov mp3 wav zip rar txt md html css php sql yml yaml
    xml apk ipa exe max fbx obj blend ogg oga opus flac aac m4a aif aiff webm""".split()
)
# Words that make the channel a topic, not a place to meet: "discord bot with node_modules",
# "WhatsApp API template order_update".
_TOPIC_WORDS = frozenset(
    fold(
        """bot bots api apis sdk webhook webhooks server servers integration library module
        package plugin script template templates channel channels group groups clone theme
        emoji sticker stickers token widget code""".split()
    )
)
# Latin "line" and "signal" are words; their handles need the framing `_judge` asks for.
_REFERRED_CHANNELS = frozenset(
    ("skype", "telegram", "discord", "wechat", "line", "kakao", "whatsapp", "qq")
)
_OTHER_CONTACT = compile_pattern(
    r"\b(?:instagram|insta|ig|facebook|fb|linkedin|twitter|tiktok|youtube|e-?mail|gmail|phone)\b"
    r"|@[a-z0-9.\-]+\.[a-z]{2,}"
)


# "Do you use LINE? My ID is koala_oto", "…on discord? pseudo mte3i koala_tn", "IDは koala です":
# an identifier word just before the token hands it to the channel asked about a sentence ago,
# when it opens its sentence or follows "my" ("the order id is …" is another thing's id; "id"
# after a letter of another script is still the word: "こちらのIDは"). One short word may
# stand between, a possessive or "on it" ("pseudo mte3i", "esmi 3aleh": Arabizi "my name on it").
_ID_WORDS = fold((*IDENTIFIER_WORDS, "アイディ", "ไอดี", "آیدی", "آي دي", "esmi", "ismi", "ismim"))
_ID_WORD_BEFORE = compile_pattern(
    rf"(?:^|[.!?。！？？\n][ \t]*|(?:^|[^a-z]){alternation(POSSESSIVES)}[ \t]+|[^\x00-\x7f])"
    rf"{alternation(_ID_WORDS)}(?:[ \t]+[\p{{L}}0-9]{{1,6}})?"
    rf"(?:[ \t]*(?:{alternation(COPULAS)}|[:=：]))?[ \t]*$"
)


def _referred_handle(name: ChannelName, text: str) -> tuple[int, int, _Found] | None:
    """The first handle-shaped token after `name` that the words around hand to it, or None."""
    if not _NAMES.is_exact(name) or name.channel not in _REFERRED_CHANNELS:
        return None
    if name.channel == "line" and name.written == "line":
        return None
    if _in_host(text, name.start, name.end):
        return None  # "core.telegram.org/bots/api": the service's own site, not its app
    window = _referred_window(name, text)
    for match in _REFERRED_TOKEN.finditer(window):
        start, end = (name.end + at for at in match.span(_REFERRED_GROUP))
        raw = text[start:end].rstrip(".")
        end = start + len(raw)
        if text[end : end + 1] in ("@", "/", "(", ":") or text[end : end + 1].isalpha():
            continue  # an address, a path, a call or a word in another script
        between = window[: match.start(_REFERRED_GROUP)]
        if set(between.split()) & _TOPIC_WORDS:
            return None
        at = raw.startswith("@")
        core = _undotted(raw.removeprefix("@"))
        # A plain token in the next sentence is anybody's; "… . @john, can you…" calls someone.
        later_sentence = "\n" in between or _SENTENCE_END.search(between) is not None
        named_id = _ID_WORD_BEFORE.search(between) is not None
        if later_sentence and not named_id and (not at or _opens_sentence(between)):
            continue
        short = name.written in _ABBREVIATIONS and name.channel != "qq"
        if short and not (at or named_id):
            continue  # "dc motor model xr_200": a short name needs an "@handle" this far on
        if _referable(name.channel, core, at=at):
            found = _Found(name.channel, _referred_value(name.channel, core), 0.75 if at else 0.7)
            return start, end, found
    return None


def _in_host(text: str, start: int, end: int) -> bool:
    """Whether the name is a label of a dotted host ("api.telegram.org", "discord.com")."""
    glued_after = text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha()
    glued_before = start > 1 and text[start - 1] == "." and text[start - 2].isalnum()
    return glued_after or glued_before


_SENTENCE_OPENING = compile_pattern(r"(?:[.!?。！？]|\n)[ \t]*$")


def _opens_sentence(before: str) -> bool:
    """Whether a token after `before` is the first word of its sentence."""
    return _SENTENCE_OPENING.search(before) is not None


def _referred_window(name: ChannelName, text: str) -> str:
    """The text after `name` up to another way to get in touch or the third sentence end."""
    window = text[name.end : name.end + _REFERRED_WINDOW]
    cut = len(window)
    for other in _NAMES.finditer(window):
        cut = other.start
        break
    contact = _OTHER_CONTACT.search(window)
    if contact is not None:
        cut = min(cut, contact.start())
    ends = [match.start() for match in _SENTENCE_END.finditer(window)]
    if len(ends) >= 3:
        cut = min(cut, ends[2])
    return window[:cut]


def _referable(channel: str, core: str, *, at: bool) -> bool:
    """Shaped for `channel` and like nobody's word, version, file or domain."""
    shape = _HANDLE_SHAPES[channel]
    if shape.fullmatch(core) is None or core in STOPWORDS:
        return False
    if channel == "qq":
        return True
    if not is_plausible_handle(core) or _VERSION.fullmatch(core) is not None:
        return False
    if "." in core and core.rsplit(".", 1)[1] in _NOT_HANDLE_ENDINGS:
        return False
    if at:
        return True
    inner = core.strip("._")
    return "_" in inner or "." in inner or _LETTERS_THEN_DIGITS.fullmatch(core) is not None


def _referred_value(channel: str, core: str) -> str:
    prefix = "@" if channel in ("telegram", "whatsapp") else ""
    return f"{_VALUE_PREFIXES.get(channel, channel)}:{prefix}{core}"


# "Telegram'dan yaz, kullanıcım t e k s t i l _ k o n y a": a handle typed letter by letter
# is deliberate, so a few words after the app's name it needs no "id:" or "@" to count.
_JOINED_TOKEN = compile_pattern(r"(?:^|[^\p{L}\p{N}_.@])(?P<token>[a-z0-9][a-z0-9_.\-]{3,31})")
(_JOINED_TOKEN_GROUP,) = group_numbers(_JOINED_TOKEN, "token")
_SPELLED_WINDOW = 80


def _spelled_out_handles(view: MappedText) -> Iterator[Detection]:
    text = view.text
    for name in _NAMES.finditer(text):
        if name.written in _ABBREVIATIONS or not _NAMES.is_exact(name):
            continue
        shape = _HANDLE_SHAPES.get(name.channel)
        window = text[name.end : name.end + _SPELLED_WINDOW]
        stop = _SENTENCE_END.search(window)
        window = window if stop is None else window[: stop.start()]
        for match in _JOINED_TOKEN.finditer(window):
            start, end = (name.end + at for at in match.span(_JOINED_TOKEN_GROUP))
            core = text[start:end].rstrip(".-")
            end = start + len(core)
            typed = view.original_slice(start, end)
            # Spelled out is two pieces at least: a short word typed whole ("CSS") is no handle
            # typed letter by letter, however few its letters.
            spelled_out = len(typed.split()) >= max(2, len(core) // 2)
            if shape is None or not (spelled_out or _signal_shaped(name.channel, core)):
                continue  # neither typed letter by letter nor unmistakably a Signal username
            if shape.fullmatch(core) is None or not is_plausible_handle(core):
                continue
            prefix = "@" if name.channel in ("telegram", "whatsapp") else ""
            value = f"{_VALUE_PREFIXES.get(name.channel, name.channel)}:{prefix}{core}"
            yield _detection(view, start, end, _Found(name.channel, value, 0.8))
            break


# "LINE：m/i/l/k/y/w/a/y/_/t/w": a handle typed one character at a time with a "/" between,
# so that no link or handle filter reads it. Five pieces at least ("y/n", "a/b/c" are notes).
_SLASHED_OUT = compile_pattern(
    r"(?:^|[^\p{L}\p{N}/])(?P<token>[a-z0-9_.]+(?:[ \t]*/[ \t]*[a-z0-9_.]+){2,31})"
    r"(?:$|[^\p{L}\p{N}/])"
)
# (the view may have joined a run of the letters already: "s/u/n/n/y/_/cafe")
_SLASHED_PIECES = 5
(_SLASHED_GROUP,) = group_numbers(_SLASHED_OUT, "token")


# Four single characters between slashes somewhere: the one search most drafts need.
_SLASHED_RUN = compile_pattern(r"(?:^|[^\p{L}\p{N}/])[a-z0-9_.](?:[ \t]*/[ \t]*[a-z0-9_.]){3}")


def _slashed_out_handles(view: MappedText) -> Iterator[Detection]:
    text = view.text
    if "/" not in text or _SLASHED_RUN.search(text) is None:
        return
    for name in _NAMES.finditer(text):
        shape = _HANDLE_SHAPES.get(name.channel)
        if shape is None or not _NAMES.is_exact(name):
            continue
        window = text[name.end : name.end + _SPELLED_WINDOW]
        stop = _SENTENCE_END.search(window)
        window = window if stop is None else window[: stop.start()]
        match = _SLASHED_OUT.search(window)
        if match is None:
            continue
        start, end = (name.end + at for at in match.span(_SLASHED_GROUP))
        typed = view.original_slice(start, end).split("/")
        if len(typed) < _SLASHED_PIECES or any(len(piece.strip()) > 1 for piece in typed):
            continue  # a path or a list of options, not one character at a time
        core = "".join(text[start:end].replace("/", "").split())
        if shape.fullmatch(core) is None or not is_plausible_handle(core):
            continue
        value = _referred_value(name.channel, core)
        yield _detection(view, start, end, _Found(name.channel, value, 0.8))


# Signal usernames end in a dot and digits ("lena.42"), which marks them out a few words on
# ("bei Signal bin ich lena.42"); "python3.10" is a version, so no digit before the dot.
_SIGNAL_USERNAME = compile_pattern(r"[a-z_]{3,32}(?:\.[a-z_]{2,32})*\.[0-9]{2,9}")


def _signal_shaped(channel: str, core: str) -> bool:
    return channel == "signal" and _SIGNAL_USERNAME.fullmatch(core) is not None


def _handle_for(name: ChannelName, text: str) -> tuple[Handle, _Found, int] | None:
    return judge_handle(
        name,
        text,
        lambda handle, possessive: _judge(name, handle, possessive=possessive, text=text),
    )


def _handles_then_names(view: MappedText) -> Iterator[Detection]:
    for handle, name in handles_before_names(view.text, _NAMES):
        if _claimed_before(view.text, handle, name):
            continue
        found = _judge(name, handle, possessive=False, text=view.text)
        if found is not None:
            yield _detection(view, handle.start, name.end, found)


_CLAIM_WINDOW = 30


def _claimed_before(text: str, handle: Handle, name: ChannelName) -> bool:
    """ "Я в телеге как @egor, в вотсапе не сижу": a channel named just before the handle owns
    it when the one after stands in a new clause."""
    if "," not in text[handle.end : name.start]:
        return False
    before = text[max(0, handle.start - _CLAIM_WINDOW) : handle.start]
    ends = [match.end() for match in _SENTENCE_END.finditer(before)]
    before = before[ends[-1] if ends else 0 :]
    return any(other.channel != name.channel for other in _NAMES.finditer(before))


# Arabizi writes Arabic with digits for the letters Latin lacks (2 ء, 3 ع, 5 خ, 7 ح, 9 ق): "a7san",
# "3ala", "ba3d", "ma3ak" are words, not handles, when nothing presents them as an id.
_ARABIZI_WORD = compile_pattern(r"[a-z]{0,4}[23579][a-z]{1,5}|[23579][a-z]{2,5}")


def _judge(name: ChannelName, handle: Handle, *, possessive: bool, text: str) -> _Found | None:
    """How sure we are that `handle` is someone's id on `name.channel`, or None."""
    channel, core = name.channel, handle.core
    shape = _HANDLE_SHAPES.get(channel)
    if shape is None or shape.fullmatch(core) is None:
        return None
    if channel != "qq" and not is_plausible_handle(core):
        return None
    exact = _NAMES.is_exact(name)
    introduced = handle.introduced(possessive=possessive)
    invited = not possessive and invited_before(text, name.start)
    # "add me on disc brayden.ops": an invitation and a handle-shaped token say it for the name
    asked = invited and handle.handle_like
    if (name.written in _ABBREVIATIONS or not exact) and not (introduced or asked):
        return None  # "tg devjohn", "we chat john_s", "whats app john": too little
    if name.written in _AMBIGUOUS and not handle.handle_like:
        return None  # "dc: marvel"
    if _ARABIZI_WORD.fullmatch(core) and not (handle.at or handle.said_id or handle.colon):
        return None  # "3al skype a7san?": Arabizi's digit letters, a word ("better") after it
    if channel == "whatsapp" and not (handle.at or handle.said_id):
        return None  # WhatsApp's handles are numbers (the phone detector's) or "@usernames"
    if (
        channel == "line"
        and name.written not in _UNAMBIGUOUS_LINE
        and not (handle.at or handle.said_id)
    ):
        return None  # "line" is a word: only "line id: …" or "line: @…"
    confidence = framing_confidence(handle, possessive=possessive, invited=invited)
    if not exact:
        confidence -= 0.05  # "skpe", "disc0rd": deliberate, but also a guess on our side
    return _Found(channel, _value(channel, handle), confidence)


# The app's full name where the channel's short key is not it.
_VALUE_PREFIXES = {"kakao": "kakaotalk"}


def _value(channel: str, handle: Handle) -> str:
    if channel in ("telegram", "whatsapp"):
        return f"{channel}:@{handle.core}"
    if channel == "threema":
        return f"threema:{handle.core.upper()}"  # Threema shows its ids in capitals
    return f"{_VALUE_PREFIXES.get(channel, channel)}:{handle.core}"


# ── An app's emoji, then a handle: "📷 @lucia.studio", "📸 lucia.studio" ──────────────────
# (✈ for Telegram is one of Telegram's spellings above.) The camera stands for Instagram, a
# social network, so it is reported as one. A bare emoji before a word is no handle; before a
# token no language spells as a word ("_" or a dot inside), one short word between ("📸 als
# jonas.radelt"), it is the account the photos are on.
_CAMERA_HANDLE = compile_pattern(
    r"[📷📸][ \t]*[:\-–]?[ \t]*(?:\p{L}{1,4}[ \t]+)?(?P<handle>@?[a-z0-9._]{1,30})"
)
(_CAMERA_GROUP,) = group_numbers(_CAMERA_HANDLE, "handle")
_CAMERA_PLAIN_MIN = 5


def _camera_handles(view: MappedText) -> Iterator[Detection]:
    text = view.text
    for match in _CAMERA_HANDLE.finditer(text):
        start, end = match.span(_CAMERA_GROUP)
        handle = text[start:end].rstrip(".")
        end = start + len(handle)
        if text[end : end + 1].isalnum() or text[end : end + 1] in ("@", "/"):
            continue  # longer than a handle can be, an address or a link
        core = handle.removeprefix("@")
        if not handle.startswith("@") and not _camera_plain_handle(core):
            continue
        if not is_plausible_handle(core):
            continue
        yield Detection.in_view(
            view,
            match.start(),
            end,
            category=Category.SOCIAL,
            kind="social.instagram",
            value=f"instagram:@{core}",
            confidence=0.85 if handle.startswith("@") else 0.75,
        )


def _camera_plain_handle(core: str) -> bool:
    """ "lucia.studio", "martu_disena": shaped like an account, not a version or a file."""
    inner = core.strip("._")
    return (
        len(core) >= _CAMERA_PLAIN_MIN
        and ("_" in inner or "." in inner)
        and _VERSION.fullmatch(core) is None
        and core.rsplit(".", 1)[-1] not in _NOT_HANDLE_ENDINGS
    )


# ── Discord tags without the word "discord": "john#1234" ──────────────────────────────────
_DISCORD_TAG = compile_pattern(
    r"(?:^|[^\p{L}\p{N}_.#@/:\-])(?P<tag>(?P<name>[a-z0-9_][a-z0-9_.]{1,31})#[0-9]{4})"
    r"(?:$|[^\p{L}\p{N}])"
)
_TAG, _TAG_NAME = group_numbers(_DISCORD_TAG, "tag", "name")
# "order#1234", "issue#1234", "Apt#1234": references and addresses, not people.
_REFERENCE_WORDS = frozenset(
    """order orders issue issues ticket invoice inv pr prs bug item items no nr num number task
    case job ref room page line step version ver build id sku po req request story card tx txn
    project gig offer milestone lot unit part slide fig figure table row col chapter ch ep
    episode test run rev commit mr pull comment post reply msg message file doc section sec
    article art note option opt rule color colour hex code pin batch box apt apartment suite ste
    flat house bldg building floor unit model serial sn fo""".split()
)


def _discord_tags(view: MappedText) -> Iterator[Detection]:
    text = view.text
    for match in _DISCORD_TAG.finditer(text):
        start, end = match.span(_TAG)
        name = match.group(_TAG_NAME)
        if name in _REFERENCE_WORDS or not any(c.isalpha() for c in name):
            continue
        found = _Found("discord", f"discord:{text[start:end]}", 0.75)
        yield _detection(view, start, end, found)


# ── Zoom meeting ids: "zoom id 123 456 7890", "meeting id: 123 4567 8901", "PMI 123…" ────
_MEETING_WORDS = fold(
    (
        "zoom",
        "meeting",
        "webinar",
        "conference",
        "pmi",
        "personal meeting",
        "reunión",
        "reunião",
        "réunion",
        "besprechung",
        "besprechungs",
        "konferenz",
        "конференции",
        "встречи",
    )
)
_ID_WORD = fold(("id", "number", "no", "nr", "#", "code", "número", "numéro", "nummer", "номер"))
_ZOOM_ID = compile_pattern(
    r"(?:^|[^\p{L}\p{N}])(?P<context>(?:"
    + alternation(_ID_WORD)
    + r"[ \t\-]+(?:de |da |do |der |of )?)?"
    + alternation(_MEETING_WORDS)
    + r"(?:[ \t\-]+(?:meeting|call|"
    + alternation(_ID_WORD)
    + r")){0,2})\.?[ \t]*[:#=\-]?[ \t]*(?:"
    + alternation(COPULAS)
    + r"[ \t]+)?"
    # 9 to 11 digits, grouped any way ("123 456 7890", "1 2 3 …" from spelled-out digits)
    r"(?P<id>[0-9](?:[ .\-]?[0-9]){8,10})\b"
)
_ZOOM_CONTEXT, _ZOOM_NUMBER = group_numbers(_ZOOM_ID, "context", "id")


def _zoom_ids(numeric: MappedText) -> Iterator[Detection]:
    for match in _ZOOM_ID.finditer(numeric.text):
        context = match.group(_ZOOM_CONTEXT)
        words = set(context.replace("-", " ").split())
        says_id = bool(words & set(_ID_WORD)) or "pmi" in words or "#" in context
        if not says_id and not words & {"zoom"}:
            continue  # "meeting 123 456 789" could be anything; "meeting id" or "zoom" is not
        meeting_id = _digits(match.group(_ZOOM_NUMBER))
        found = _Found("zoom", f"zoom.us/j/{meeting_id}", 0.9 if says_id else 0.8)
        start, end = match.start(_ZOOM_CONTEXT), match.end(_ZOOM_NUMBER)
        yield _detection(numeric, start, end, found)


# ── Google Meet codes: "google meet: abc-defg-hij" ─────────────────────────────────────────
_MEET_CODE_NAMED = compile_pattern(
    r"\b(?P<context>(?:google[ \t]*meet|g[ \t]?meet|meet)(?:[ \t]+(?:code|link|id|room))?)"
    r"[ \t]*[:=\-]?[ \t]*(?P<code>[a-z]{3}-[a-z]{4}-[a-z]{3})\b"
)
_MEET_CONTEXT, _MEET_CODE_GROUP = group_numbers(_MEET_CODE_NAMED, "context", "code")


def _meet_codes(view: MappedText) -> Iterator[Detection]:
    for match in _MEET_CODE_NAMED.finditer(view.text):
        start, end = match.start(_MEET_CONTEXT), match.end(_MEET_CODE_GROUP)
        found = _Found("meet", f"meet.google.com/{match.group(_MEET_CODE_GROUP)}", 0.85)
        yield _detection(view, start, end, found)
