"""Links and handles in the `text` view: the parsing the messenger, social and url detectors share.

    view ─ LINK ("https://…", "www.…", "janedesigns.com/x", "mysite(dot)net") ──┐
         ─ SPELLED_LINK ("janedesigns dot com", "site . com", "weiming点cn斜杠x") ─┴→ Link
    channel names however they are dressed ("sk ype", "telegrm", "disc0rd")  → fuzzy_word()
    what follows a channel name ("skype id: john.smith", "insta: @jane")    → Handle
    "@devjohn on telegram"                                                  → Handle, ChannelName

Every pattern is RE2 and every context check reads a bounded window, so a detector that uses
these stays linear in the length of the draft.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from gigguard.engine.detectors.base import Detection
from gigguard.engine.domains import PLATFORM_DOMAINS, public_suffix, written_idn
from gigguard.engine.mapped import MappedText
from gigguard.engine.normalize import normalize
from gigguard.engine.patterns import Match, Pattern, alternation, compile_pattern


def fold(words: Iterable[str]) -> tuple[str, ...]:
    """Context words as the `text` view spells them ("мой" → "мои", "é" → "e")."""
    return tuple(dict.fromkeys(normalize(word).text.text for word in words))


# ── Links ───────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True, slots=True)
class Link:
    start: int  # in the view
    end: int
    scheme: str | None  # "https"; None for "www.x.com" and bare domains
    host: str  # lower case as typed, "www." included
    port: str  # ":8080" or ""
    path: str  # everything after host and port ("/Portfolio?x=1#top"), original case if possible
    obfuscated: bool  # "janedesigns dot com", "site . com", "mysite(dot)net", look-alike letters
    written_host: str = ""  # an internationalised host as typed ("münchen.de"), else ""

    @property
    def explicit(self) -> bool:
        """Written as a link, not just a name: a scheme or "www."."""
        return self.scheme is not None or self.host.startswith("www.")

    @property
    def shown_host(self) -> str:
        """The host to report: as typed for an internationalised name, else the view's."""
        return self.written_host or self.host

    @property
    def site(self) -> str:
        """The host without the "www." or mobile prefix people add or drop at will."""
        for prefix in ("www.", "m.", "mobile."):
            if self.host.startswith(prefix) and self.host.count(".") > 1:
                return self.host[len(prefix) :]
        return self.host

    @property
    def segments(self) -> list[str]:
        """The path's non-empty segments, before any query or fragment."""
        path = self.path.split("#", 1)[0].split("?", 1)[0]
        return [segment for segment in path.split("/") if segment]

    @property
    def fragment(self) -> str:
        return self.path.split("#", 1)[1] if "#" in self.path else ""

    def query(self, name: str) -> str | None:
        query = self.path.split("#", 1)[0].partition("?")[2]
        for pair in query.split("&"):
            key, _, value = pair.partition("=")
            if key.lower() == name:
                return value
        return None

    def on(self, *domains: str) -> bool:
        """Whether the host is one of `domains` or a subdomain of one."""
        return any(self.host == domain or self.host.endswith("." + domain) for domain in domains)


_BOUNDARY = r"(?:^|[^\p{L}\p{N}@._\-/\\])"  # not inside a word, an address or a file path
_LABEL = r"[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?"
_IPV4 = r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}"
_PATH = r"[/?#][^\s<>\"'`«»“”‘’]*"
# At most eight labels before the TLD: real hosts have fewer, and the bound keeps "a.a.a.a…"
# from becoming one giant candidate.
LINK = compile_pattern(
    rf"{_BOUNDARY}(?P<link>(?:(?P<scheme>https?|ftp)://)?"
    rf"(?P<host>(?:{_LABEL}\.){{1,8}}(?:xn--[a-z0-9-]+|\p{{L}}{{2,}})|{_IPV4})"
    rf"(?P<port>:[0-9]{{1,5}})?(?P<path>{_PATH})?)"
)
# "janedesigns dot com", "site . com", "jane .designs. co . uk": the separator needs a space before
# the dot ("done. com" is a sentence) or a word for "dot". Normalisation already made "punto",
# "point", "точка" … the word "dot"; the words below are the other languages' own, as the view
# spells them. Words in scripts other than Latin may be glued to the name ("weiming点cn").
_DOT_WORDS_LATIN = fold(
    """dot punto ponto point punkt punt kropka nokta punct tečka bodka pont točka pika piste
    chấm titik tuldok nukta"""
    # lv, lt, Uzbek Latin, Hausa, Igbo, Zulu, Xhosa, Georgian in Latin letters
    """ punkts taškas nuqta digo ntụpọ ichashazi ichaphaza tsertili""".split()
)
_DOT_WORDS_OTHER = fold(
    """крапка точка τελεία נקודה نقطة دوت نقطه دات ڈاٹ نقطہ डॉट ডট 点 點 ドット どっと 닷 점 ดอท
    จุด"""
    # Amharic, Lao, Khmer, Burmese, Sinhala, Tamil, Malayalam, Dhivehi, Central Kurdish,
    # Georgian, Armenian, Uzbek/Tajik and Kyrgyz Cyrillic: "dot" as it sounds and "point"
    """ ነጥብ ዶት ດອດ ຈຸດ ដត ចុច ဒေါ့ ဒေါ့တ် ඩොට් තිත டொட் டாட் புள்ளி ഡോട്ട് ޑޮޓް ޑޮޓ دۆت خاڵ
    წერტილი დოტ կետ դոտ нуқта нукта чекит дот""".split()
)
_SLASH_WORDS_LATIN = fold(
    (
        *"""slash barra diagonal schrägstrich ukośnik slaş lomítko lomka snedstreck skråstreg
        mkwaju slīpsvītra kaldkriips kauttaviiva perjel slesh""".split(),
        "kosa crta",
        "pasvirasis brūkšnys",
        "eğik çizgi",
        "gạch chéo",
        "garis miring",
        "schuine streep",
        "barre oblique",
    )
)
_SLASH_WORDS_OTHER = fold(
    """слэш слеш κάθετος κάθετο סלאש לוכסן سلاش اسلش سلیش स्लैश স্ল্যাশ 斜杠 斜线 斜線 斜 スラッシュ
    슬래시 สแลช"""
    # Amharic, Khmer, Sinhala, Tamil, Malayalam, Dhivehi, Georgian, Armenian
    """ ስላሽ ស្លាស ස්ලෑෂ් ஸ்லாஷ் സ്ലാഷ് ސްލޭޝް სლეში սլեշ""".split()
)


def _spoken(latin: tuple[str, ...], other: tuple[str, ...]) -> str:
    """A spoken separator: a Latin word between spaces, a word in another script with or
    without them."""
    return rf"[ \t]+{alternation(latin)}[ \t]+|[ \t]*{alternation(other)}[ \t]*"


_SPELLED_SEPARATOR = rf"(?:{_spoken(_DOT_WORDS_LATIN, _DOT_WORDS_OTHER)}|[ \t]+\.[ \t]*|\.)"
_PIECE = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
# A path may be spelled too: "linkedin dot com slash in slash jane", "t . me / devjohn",
# "weiming点cn斜杠works". A spelled path is Latin letters and digits: the next word in another
# script ("…斜杠works，我们细聊") is the sentence again.
_SPELLED_SLASH = rf"(?:[ \t]*/[ \t]*|{_spoken(_SLASH_WORDS_LATIN, _SLASH_WORDS_OTHER)})"
_SPELLED_PATH_PIECE = r"[\p{Latin}0-9_~%.\-]+"
# TLDs said in the script of the sentence around them: "nehadata डॉट इन" is nehadata.in. Only
# read after a spoken dot, as a link's last label.
_SPOKEN_TLDS = {
    "इन": "in", "कॉम": "com", "नेट": "net", "ऑर्ग": "org", "ইন": "in", "কম": "com", "ডটকম": "com",
    "كوم": "com", "ком": "com", "コム": "com", "컴": "com", "คอม": "com",
    # Persian and Kurdish, Malayalam, Tamil, Sinhala, Amharic, Georgian, Armenian, Lao, Dhivehi
    "کام": "com", "کۆم": "com", "കോം": "com", "காம்": "com", "කොම්": "com", "ኮም": "com",
    "კომ": "com", "կոմ": "com", "ຄອມ": "com", "ކޮމް": "com",
}  # fmt: skip
# The view's spelling of each (Arabic-script letters fold to one form).
_SPOKEN_TLDS = {fold((word,))[0]: tld for word, tld in _SPOKEN_TLDS.items()}
_LAST_PIECE = rf"(?:{_PIECE}|{alternation(tuple(_SPOKEN_TLDS))})"
SPELLED_LINK = compile_pattern(
    rf"{_BOUNDARY}(?P<link>(?P<host>{_PIECE}(?:{_SPELLED_SEPARATOR}{_PIECE}){{0,5}}"
    rf"{_SPELLED_SEPARATOR}{_LAST_PIECE})"
    rf"(?P<path>(?:{_SPELLED_SLASH}{_SPELLED_PATH_PIECE}){{1,8}}/?)?)"
)
_SPELLED_DOT = compile_pattern(_SPELLED_SEPARATOR)
_SPELLED_SLASH_ONLY = compile_pattern(_SPELLED_SLASH)
# Spelled-out links only count with TLDs nobody writes as a word after "dot" or " . ": "point
# de vue", "a good point in time", "done . me too" stay prose. A bracketed dot ("(dot) us"), a
# path ("x dot me/jane") or "www" first says "link" on its own.
SPELLED_TLDS = frozenset(
    """com net org io co dev app info biz site online store shop xyz tech ai ru uk pk ng br fr au
    ca nl ch za ae sg nz ua kz by pl cz ro gr tr ir mx ar cl pe ve cn jp kr vn th ph bd il ke
    tw hk lk np eg sa qa kw pt hu sk ee lv lt fi dk at bg rs hr ua ie gh tz ug rw"""
    # Central Asia, the Caucasus, the Balkans, South-East Asia, the Indian Ocean, the Gulf
    """ uz kg tj ge az md mk ba mn mm kh mv iq jo lb bh""".split()
)
# Country TLDs that are also short words in the languages of the drafts ("punto es", "Punkt
# in", "point me", "titik id"): a spelled one counts after a real name, where the clause ends.
_WORDLIKE_TLDS = frozenset(
    """es de in se no me is it to be at do so us my id la le el et il si ma as ca ne je al ai pe
    na za sa ng ni ke da em om re tv am""".split()
)
_CLAUSE_END = compile_pattern(r"^[ \t]*(?:$|[\n.,;:!?)\]]|[^\p{Latin}\p{N}\s])")
# Arabic script's comma, semicolon and question mark ("…/30min، زوم") end a sentence too.
_TRAILING = ".,;:!?'\"*)]}>…،؛؟"
_OPENERS = {")": "(", "]": "[", "}": "{"}
_MAX_LABEL = 63  # RFC 1035 §2.3.4


def group_numbers(pattern: Pattern, *names: str) -> tuple[int, ...]:
    """Group numbers looked up once: `span_of` asks the pattern for its names on every call,
    which costs more than the match on the short windows these detectors read."""
    return tuple(pattern.groupindex[name] for name in names)


_L_LINK, _L_SCHEME, _L_HOST, _L_PORT, _L_PATH = group_numbers(
    LINK, "link", "scheme", "host", "port", "path"
)
_S_LINK, _S_HOST, _S_PATH = group_numbers(SPELLED_LINK, "link", "host", "path")
# The three detectors read the same draft one after the other: parse its links once.
_last: tuple[MappedText, tuple[Link, ...]] | None = None


def find_links(view: MappedText) -> tuple[Link, ...]:
    """Every link-shaped run of the view with a known public suffix, in order."""
    global _last
    last = _last
    if last is not None and last[0] is view:
        return last[1]
    text = view.text
    plain = [link for match in LINK.finditer(text) if (link := _plain_link(view, match))]
    spelled = [
        link for match in SPELLED_LINK.finditer(text) if (link := _spelled_link(view, match))
    ]
    links = tuple(_merge(plain, spelled))
    _last = (view, links)
    return links


Read = TypeVar("Read")
LinkReaders = Sequence[tuple[tuple[str, ...], Callable[[Link], Read | None]]]


def read_links(view: MappedText, readers: LinkReaders[Read]) -> Iterator[tuple[Link, Read]]:
    """Each link with what the first reader for its site makes of it (a reader may decline)."""
    for link in find_links(view):
        for domains, read in readers:
            if link.on(*domains):
                found = read(link)
                if found is not None:
                    yield link, found
                break


def _merge(plain: list[Link], spelled: list[Link]) -> Iterator[Link]:
    """Both lists in order of position; a spelled link that overlaps a plain one is dropped,
    unless the plain ones lie inside its spelled path: "line ドット me/ti/p/~sakuya.mz" is one
    link, not "sakuya.mz"."""
    index = 0
    for link in spelled:
        while index < len(plain) and plain[index].end <= link.start:
            yield plain[index]
            index += 1
        if index < len(plain) and plain[index].start < link.end:
            inside = index
            while inside < len(plain) and _in_spelled_path(plain[inside], link):
                inside += 1
            if inside == index or (inside < len(plain) and plain[inside].start < link.end):
                continue
            index = inside  # the plain pieces were the spelled link's path
        yield link
    yield from plain[index:]


def _in_spelled_path(plain: Link, spelled: Link) -> bool:
    return bool(spelled.path) and spelled.start < plain.start and plain.end <= spelled.end


def _plain_link(view: MappedText, match: Match) -> Link | None:
    text = view.text
    start, end = match.span(_L_LINK)
    host_start, host_end = match.span(_L_HOST)
    path_start, _ = match.span(_L_PATH)
    scheme = match.group(_L_SCHEME) or None
    glued = _GLUED_PREFIX.search(text[host_start:host_end]) if scheme is None else None
    if glued is not None and text[host_start + glued.end()].isascii():
        start = host_start = host_start + glued.end()  # "ב-files.x.co.il": "at files.x.co.il"
    host = text[host_start:host_end]
    if any(len(label) > _MAX_LABEL for label in host.split(".")):
        return None
    if host[0].isdigit() and host.replace(".", "").isdigit():
        if scheme is None and not _served(text, match):
            return None  # "1.2.3.4" is a version until a scheme, a port or a page says "host"
    elif public_suffix(host) is None:
        return None
    end = _trim(text, path_start if path_start >= 0 else host_end, _path_end(text, path_start, end))
    if end < len(text) and (text[end].isalnum() or text[end] in "@_"):
        return None  # the local part of an address ("jane.design@…") or half a word
    if path_start < 0 or path_start >= end:
        path_start = end
    port_start, port_end = match.span(_L_PORT)
    typed = view.original_slice(host_start, host_end)
    idn = written_idn(typed, host)
    return Link(
        start=start,
        end=end,
        scheme=scheme,
        host=host,
        port=text[port_start:port_end] if 0 <= port_start < end else "",
        path=_original_case(view, path_start, end),
        obfuscated=typed.lower() != host and not idn,
        written_host=idn or "",
    )


# Hebrew and Arabic join a one-letter preposition or article to a foreign word with a hyphen
# ("ב-files.x.co.il" is "at files.x.co.il", "ה-API", "ال-x.com"): the letters are no label.
_GLUED_PREFIX = compile_pattern(r"^[\p{Hebrew}\p{Arabic}]{1,3}[-־]")


def _served(text: str, match: Match) -> bool:
    """A bare IPv4 address with a port or a page on it ("185.23.41.7:3000",
    "46.101.12.88/portfolio") is a server; "1.2.3.4" alone or "10.0.0.1/24" is not (and the
    url detector drops private addresses)."""
    octets = text[slice(*match.span(_L_HOST))].split(".")
    if any(int(octet) > 255 or (len(octet) > 1 and octet[0] == "0") for octet in octets):
        return False  # not an address: "1.10.300.2", "01.02.03.04"
    if all(len(octet) == 1 for octet in octets):
        return False  # "2.4.1.0/docs": a version's shape; servers rarely have one
    if match.start(_L_PORT) >= 0:
        return True
    path_start = match.start(_L_PATH)
    return path_start >= 0 and text[path_start : path_start + 2][1:].isalpha()


def _spelled_link(view: MappedText, match: Match) -> Link | None:
    text = view.text
    start, _ = match.span(_S_LINK)
    host_start, host_end = match.span(_S_HOST)
    path_start, path_end = match.span(_S_PATH)
    pieces, spoken = _spelled_pieces(text, host_start, host_end)
    if spoken and not all(_typed_as_is(view, at, piece) for at, piece in pieces):
        return None  # "khảo chấm có": Vietnamese words the view wrote without their marks
    path_text = text[path_start:path_end] if path_start >= 0 else ""
    if not spoken and all(c.isascii() and not c.isspace() for c in path_text):
        return None  # "janedesigns.com/x": the plain pattern's
    has_path = path_start >= 0
    bracketed = any(c in view.original_slice(start, host_end) for c in "([{<")
    # The longest run of pieces that ends in a TLD.
    for count in range(len(pieces), 1, -1):
        last_start, last = pieces[count - 1]
        end = last_start + len(last)
        host = ".".join(_SPOKEN_TLDS.get(piece, piece) for _, piece in pieces[:count])
        last = _SPOKEN_TLDS.get(last, last)
        suffix = public_suffix(host)
        if suffix is None or suffix == host:
            continue
        whole = count == len(pieces)
        spelled_path = whole and has_path
        if not (bracketed or spelled_path or pieces[0][1] == "www"):
            if last not in SPELLED_TLDS and last not in _WORDLIKE_TLDS:
                continue
            if last in _WORDLIKE_TLDS and not _reads_as_domain(text, host, suffix, end):
                continue
        path = ""
        if spelled_path:
            end = _trim(text, path_start, path_end)
            # "slash in slash jane" → "/in/jane", "斜杠works" → "/works"
            path = _spelled_path(text[path_start:end])
        return Link(start, end, None, host, "", path, obfuscated=True)
    return None


def _spelled_path(spelled: str) -> str:
    """ "slash in slash jane" → "/in/jane": each spoken or spaced slash made "/"."""
    parts: list[str] = []
    position = 0
    for slash in _SPELLED_SLASH_ONLY.finditer(spelled):
        parts += (spelled[position : slash.start()], "/")
        position = slash.end()
    return "".join(parts) + spelled[position:]


def _typed_as_is(view: MappedText, start: int, piece: str) -> bool:
    """A spelled label typed in plain ASCII letters, not a word the view stripped of accents."""
    return view.original_slice(start, start + len(piece)).lower() == piece


def _spelled_pieces(text: str, start: int, end: int) -> tuple[list[tuple[int, str]], bool]:
    """The labels of a spelled host with where each starts, and whether any separator was
    spoken or spaced rather than a plain "."."""
    pieces: list[tuple[int, str]] = []
    spoken = False
    position = start
    for separator in _SPELLED_DOT.finditer(text[start:end]):
        pieces.append((position, text[position : start + separator.start()]))
        spoken = spoken or separator.group() != "."
        position = start + separator.end()
    pieces.append((position, text[position:end]))
    return pieces, spoken


def _reads_as_domain(text: str, host: str, suffix: str, end: int) -> bool:
    """A spelled domain whose TLD is also a short word ("luciadiseno punto es", "budikreatif
    titik id,"): a name of five letters or more before it, and the clause ends after it —
    "el punto es que …", "a strong point in the plan" read on."""
    name = host[: -len(suffix) - 1].rsplit(".", 1)[-1]
    if len(name) < 5 or name in FUNCTION_WORDS:
        return False
    return _CLAUSE_END.search(text[end : end + 8]) is not None


# Where a path gives way to the sentence in a script written without spaces: CJK punctuation
# ("…/works。"), Arabic script's ("…/studio،وللعقود"), or a comma or full stop with the next
# word glued on ("…/works,我们细聊"). No URL carries these unescaped.
_PATH_STOP = compile_pattern(r"[。、「」『』【】،؛؟]|[,;:!?.][^\x00-\x7f]")


def _path_end(text: str, path_start: int, end: int) -> int:
    if path_start < 0:
        return end
    stop = _PATH_STOP.search(text[path_start:end])
    return end if stop is None else path_start + stop.start()


def _trim(text: str, path_start: int, end: int) -> int:
    """Drop the punctuation that ends the sentence, not the link ("see a.com/x)." → "a.com/x")."""
    while end > path_start and text[end - 1] in _TRAILING:
        closer = text[end - 1]
        opener = _OPENERS.get(closer)
        if opener and text.count(opener, path_start, end) >= text.count(closer, path_start, end):
            break  # balanced, as in "wikipedia.org/wiki/Go_(game)"
        end -= 1
    return end


def _original_case(view: MappedText, start: int, end: int) -> str:
    """A path as typed (invite codes are case-sensitive), or as the view has it if it differs."""
    if start >= end:
        return ""
    lowered = view.text[start:end]
    typed = view.original_slice(start, end)
    return typed if typed.lower() == lowered else lowered


# ── Channel names, however they are dressed ────────────────────────────────────────────────
# Digits that stand in for letters inside a word ("disc0rd", "sk1pe", "t3legram").
_LOOKALIKE_DIGITS = {"o": "0", "i": "1", "l": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
# One separator people put inside a name to slip past a filter ("sk ype", "whats-app").
_INNER_SEPARATOR = r"[ ._*'\-]?"
_ALPHANUMERIC = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# A letter changed may also be masked: "sk*pe", "wh*tsapp".
_SUBSTITUTES = _ALPHANUMERIC | {"*"}
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
# Scripts written without spaces, or with particles glued on (Korean): a name in one of them
# may run straight into the next word.
# Georgian, Armenian, Ethiopic, Thaana and the Indic and Southeast Asian scripts glue case
# endings and postpositions on too ("ტელეგრამზე", "ޓެލެގްރާމްގައި", "ഡിസ്കോർഡിൽ").
_GLUED_END = compile_pattern(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Georgian}\p{Armenian}\p{Ethiopic}"
    r"\p{Thaana}\p{Sinhala}\p{Tamil}\p{Malayalam}\p{Khmer}\p{Lao}\p{Myanmar}]$"
)
# Around a name in another script: RE2's `\b` knows ASCII only, and Chinese and Japanese
# letters count as a boundary (no spaces there).
_NAME_START = rf"(?:^|[^\p{{L}}\p{{N}}]|[{_CJK}])"
_NAME_END = rf"(?:$|[^\p{{L}}\p{{N}}]|[{_CJK}])"
# Thai puts no space between words either ("ดูได้ที่ไอจี …", "ทักเทเลมา"), so a Thai name may
# follow any letter (no start bound, which also keeps the pattern fast); except a name that
# ends everyday words: "ไลน์" in "ออนไลน์" ("online").
# Lao, Khmer and Burmese write without spaces too.
_THAI_NAME = compile_pattern(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+")
_THAI_WORD_TAILS = frozenset(fold(("ไลน์", "ໄລນ໌")))  # "online": "ออนไลน์", "ອອນໄລນ໌"


def fuzzy_word(word: str, *, avoid: Iterable[str] = ()) -> str:
    """An RE2 fragment for a lower-case ASCII `word` of five letters or more, as people dress it
    up: look-alike digits ("disc0rd"), one separator between letters ("sk ype", "whats app"),
    or one typo — a letter dropped, changed, added or swapped ("skpe", "skipe", "telegramm",
    "dicsord"). The first letter stays. Words in `avoid` ("discard", "skye") never match."""
    avoided = set(avoid)
    exact = _INNER_SEPARATOR.join(_letter(c) for c in word)
    variants: set[str] = set()
    for i in range(len(word)):
        variants.add(word[:i] + word[i + 1 :])
    for i in range(len(word) - 1):
        variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    variants -= avoided | {word}
    fragments = [_spelled(variant) for variant in sorted(variants) if len(variant) >= 4]
    for i in range(1, len(word)):
        # A letter changed, or one added before position i; the classes leave out the letters
        # that would spell an avoided word.
        changed = {w[i] for w in avoided if len(w) == len(word) and _same_but_at(w, word, i)}
        added = {w[i] for w in avoided if len(w) == len(word) + 1 and _added_at(w, word, i)}
        keep = set(word[i] + _LOOKALIKE_DIGITS.get(word[i], ""))
        head, tail = _spelled(word[:i]), _spelled(word[i + 1 :])
        fragments.append(head + _class(_SUBSTITUTES - keep - changed) + tail)
        fragments.append(head + _class(_ALPHANUMERIC - added) + _spelled(word[i:]))
    fragments.sort(key=len, reverse=True)
    return "(?:" + "|".join([exact, *fragments]) + ")"


def _spelled(word: str) -> str:
    return "".join(_letter(c) for c in word)


def _letter(char: str) -> str:
    digit = _LOOKALIKE_DIGITS.get(char)
    return f"[{char}{digit}]" if digit else alternation((char,))[3:-1]


def _class(chars: set[str] | frozenset[str]) -> str:
    return "[" + "".join(sorted(chars)).replace("*", r"\*") + "]"


def _same_but_at(candidate: str, word: str, index: int) -> bool:
    return candidate[:index] == word[:index] and candidate[index + 1 :] == word[index + 1 :]


def _added_at(candidate: str, word: str, index: int) -> bool:
    return candidate[:index] == word[:index] and candidate[index + 1 :] == word[index:]


@dataclass(frozen=True, slots=True)
class ChannelName:
    channel: str  # "skype", "instagram"
    start: int  # view span of the name as written
    end: int
    written: str  # "sk ype", "telegrm", "tg"


def _bounded(phrase: str) -> str:
    """`phrase` as a whole word: `\b` on each side that is a letter or digit ("x (twitter)")."""
    before = r"\b" if phrase[0].isalnum() else ""
    after = r"\b" if phrase[-1].isalnum() else ""
    return before + alternation((phrase,)) + after


class ChannelNames:
    """Finds the names of channels (or networks) in the view, whatever the script.

    ASCII names are bounded by `\\b`, which takes no character, so "skype/telegram" yields
    both. RE2's `\\b` knows ASCII only, so Cyrillic names are bounded by a non-letter the
    match takes along; Chinese and Japanese letters count as a boundary (no spaces there)."""

    def __init__(
        self,
        spellings: dict[str, tuple[str, ...]],
        *,
        fuzzy: dict[str, str] | None = None,
    ) -> None:
        fuzzy = fuzzy or {}
        self.spellings = {channel: fold(words) for channel, words in spellings.items()}
        parts: list[str] = []
        owners: list[tuple[str, str]] = []  # (group name, channel)
        for channel, words in self.spellings.items():
            # RE2 takes the first alternative that matches, so the longer spellings go first:
            # "twitter/x" before the fuzzy "twitter", the fuzzy "insta gram" before "insta".
            ordered = sorted((w for w in words if w.isascii()), key=len, reverse=True)
            longer = [_bounded(w) for w in ordered if len(w) > len(channel)]
            shorter = [_bounded(w) for w in ordered if len(w) <= len(channel)]
            fuzzy_form = [rf"\b{fuzzy[channel]}\b"] if channel in fuzzy else []
            ascii_words = longer + fuzzy_form + shorter
            # Names in scripts that glue what follows onto the word ("텔레그램으로", "ไลน์ดิฉัน",
            # "微信号"): only their start is bounded. Other foreign names: both ends.
            thai: list[str] = []
            glued: list[str] = []
            foreign: list[str] = []
            for word in sorted(words, key=len, reverse=True):
                if word.isascii():
                    continue
                if _THAI_NAME.fullmatch(word) and word not in _THAI_WORD_TAILS:
                    thai.append(alternation((word,)))
                else:
                    (glued if _GLUED_END.search(word) else foreign).append(alternation((word,)))
            for names, before, after in (
                (thai, "", ""),
                (glued, _NAME_START, ""),
                (ascii_words, "", ""),
                (foreign, _NAME_START, _NAME_END),
            ):
                if names:
                    group = f"n{len(owners)}"
                    parts.append(rf"{before}(?P<{group}>{'|'.join(names)}){after}")
                    owners.append((group, channel))
        self.pattern = compile_pattern("|".join(parts))
        self._numbers = [(self.pattern.groupindex[group], channel) for group, channel in owners]

    def finditer(self, text: str) -> Iterator[ChannelName]:
        """Every name in `text`, in order."""
        for match in self.pattern.finditer(text):
            yield self._name(match)

    def _name(self, match: Match) -> ChannelName:
        for number, channel in self._numbers:
            start, end = match.span(number)
            if start >= 0:
                return ChannelName(channel, start, end, match.string[start:end])
        raise AssertionError("a match without a channel group")  # every branch has one

    def is_exact(self, name: ChannelName) -> bool:
        """Written as one of the listed spellings: not "sk ype", "skpe" or "disc0rd"."""
        return name.written == name.channel or name.written in self.spellings[name.channel]


# ── What follows a channel name: "skype id: john.smith", "insta: @jane", "tg @devjohn" ──────
# Context words in the languages our sellers write in (en, es, pt, fr, de, ru), as typed;
# `fold` turns them into the view's spelling.
POSSESSIVES = fold(
    """my our mi mis nuestro nuestra meu minha nosso nossa mon ma notre mein meine meinen unser
    unsere mio mia мой моя моё мои наш наша mój moja moje nasz nasza mijn onze benim bizim
    мій моя наш""".split()
    # Slavic, Baltic, Finnic, Caucasian and Central Asian: "moj insta", "minu kasutaja", "ჩემი".
    + "moj moja moje мој моја моје mans mana mano minu minun ჩემი իմ менин mening".split()
)
# Words that say "what follows is the id": they make a plain word a handle.
IDENTIFIER_WORDS = fold(
    (
        *"id ids userid username user handle nick nickname pseudo login".split(),
        "user id",
        "user name",
        "usuario",
        "usuário",
        "nombre de usuario",
        "nome de usuário",
        "utilisateur",
        "nom d'utilisateur",
        "nutzername",
        "benutzername",
        "ник",
        "никнейм",
        "логин",
        "kullanıcı adı",
        "kullanıcı adım",
        "아이디",
        "아이디는",  # with the topic particle glued on
        "아이디가",
        "号",
        # "my username" in the languages of the Baltic, Finland, Central Europe, the Balkans,
        # the Caucasus and Central Asia
        *"kasutaja kasutajanimi käyttäjä käyttäjänimi lietotājs lietotājvārds vartotojas".split(),
        *"slapyvardis felhasználó felhasználónév becenév korisnik uživatel používateľ".split(),
        *"přezdívka prezývka корисник нік ნიკი მომხმარებელი მეტსახელი մականուն".split(),
        *"колдонуучу foydalanuvchi".split(),
        "korisničko ime",
        "корисничко име",
        "nazwa użytkownika",
        "номи корбар",
    )
)
COPULAS = fold(
    (
        *"is es é est ist это hai adalah ni は 是 为".split(),
        # Polish, Ukrainian, Lithuanian, Albanian "is": "mój insta jest …"; Amharic, Georgian,
        # Armenian. Finnish and Estonian "on" is English "on" ("my insta is on fire").
        *"jest є yra është ነው არის է".split(),
    )
)
# "is" in languages where the same word is another's everyday word: Slavic "je" is French "I"
# ("Telegram, je réponds vite"; Serbian "је" folds to it), Latvian "ir" Spanish "to go",
# Bulgarian "е" Portuguese "and". Never a handle themselves ("moj insta je …" is not "@je"),
# they make one of a word further on only when it is shaped like a handle ("moj insta je
# kova_clips_st").
_AMBIGUOUS_COPULAS = fold("je ir е".split())
# Words that may stand between a name and its handle without saying "id": "skype name: …",
# "instagram hesabım: @…", "mera insta handle hai @…" ("account", "profile" alone would make
# "instagram account management" a handle).
_OTHER_FILLERS = fold(
    """name nombre nome nom account acc acct cuenta conta compte konto аккаунт hesap hesabım
    akun profile perfil profil профиль address contact contacto contato kontakt контакт here
    below aquí aqui ici hier тут здесь at me please pls bitte aku saya ku mera meri apna adres
    adresi adresim ดิฉัน ผม ฉัน เรา คือ ไอดี μου είναι""".split()
)
_FILLERS = alternation((*IDENTIFIER_WORDS, *COPULAS, *POSSESSIVES, *_OTHER_FILLERS))
_SEPARATOR = r"(?:\s*[:=>|~\-–—,(/\"'«“]+\s*|\s+)"
_PUNCTUATION = frozenset(">|~-–—(/\"'«“")
_IDENTIFIER_PHRASES = tuple(phrase for phrase in IDENTIFIER_WORDS if " " in phrase)
_AFTER_NAME = compile_pattern(
    rf"^(?P<middle>(?:{_SEPARATOR}{_FILLERS}){{0,4}}{_SEPARATOR})"
    r"(?P<handle>@?[a-z0-9_][a-z0-9._\-]*(?:\n[a-z0-9._]+|#[0-9]{4})?)"
)
_AFTER_MIDDLE, _AFTER_HANDLE = group_numbers(_AFTER_NAME, "middle", "handle")
_AFTER_WINDOW = 80  # characters read after a channel name: four fillers and a handle fit


# Numbers with a unit are amounts, times and ranks, never handles: "10k", "5pm", "2nd", "24h".
_AMOUNT = compile_pattern(
    r"[0-9]+(?:[.,:][0-9]+)*(?:k|m|b|x|h|hs|hrs|am|pm|st|nd|rd|th|s|d|w|y|min|mins|px|pt|em|rem"
    r"|gb|mb|kb|usd|eur|gbp|inr|pkr)?"
)


# An image or video size after a network's name: "Instagram 1080x1350", "TikTok 1080x1920",
# "Facebook (1200x628)", "YouTube 2560×1440px".
_DIMENSIONS = compile_pattern(r"[0-9]{2,5}[x×][0-9]{2,5}(?:px)?")
# Currency codes (ISO 4217) a price list puts after a colon: "IG: USD 40, FB: USD 30".
_CURRENCIES = frozenset(
    """usd eur gbp inr pkr bdt ngn kes zar egp aed sar brl mxn ars cop clp pen cad aud nzd jpy
    cny rmb krw vnd thb php idr myr sgd hkd twd rub uah try pln czk huf ron sek nok dkk chf ils
    irr lkr npr ghs usdt""".split()
)


# Extensions of the work files a chat names: "ch_art_v4_final.psd", "vlog32_hi.srt" are files,
# not handles. ".ai" stays out: "studio.ai" is a handle as often as a file.
_FILE_NAME = compile_pattern(
    r".+\.(?:psd|psb|png|jpe?g|gif|svg|webp|tiff?|heic|pdf|eps|indd|fig|sketch|xd|aep|prproj"
    r"|mp4|mov|avi|mkv|webm|mp3|wav|ogg|oga|opus|flac|aac|m4a|aiff?|srt|zip|rar|7z|docx?|xlsx?"
    r"|pptx?|txt|csv|json|ttf|otf)"
)


def is_plausible_handle(core: str) -> bool:
    """A letter somewhere, not a stop word, not an amount, a size, a currency, a time or a
    file name."""
    return (
        any(c.isalpha() for c in core)
        and _FILE_NAME.fullmatch(core) is None
        and core not in STOPWORDS
        and core not in _CURRENCIES
        and _AMOUNT.fullmatch(core) is None
        # a size, also when the sentence's full stop and the next line's word got joined on
        # ("Instagram 1080x1350.⏎Ο …")
        and _DIMENSIONS.fullmatch(core.split(".", 1)[0]) is None
        and ".." not in core
    )


@dataclass(frozen=True, slots=True)
class Handle:
    start: int  # view span, "@" included
    end: int
    core: str  # without "@" or the full stop that ends the sentence
    at: bool  # written "@name"
    said_id: bool  # an identifier word before it: "id", "username", "handle", "ник"
    colon: bool  # ":" or "=" before it
    punctuated: bool  # "-", "|", "(", a quote … before it: weaker, lists use them too
    copula: bool  # "is", "es", "é", "ist" before it
    followed_by_word: bool  # "wechat: chinese clients" reads on; "skype: johnsmith" stops
    later: bool = False  # further on in the sentence: "Signal is safer, my username is dan.01"

    @property
    def reads_on(self) -> bool:
        """A plain word, not presented as an id, that the sentence reads on from."""
        return not (self.handle_like or self.colon or self.said_id) and self.followed_by_word

    @property
    def bare_word(self) -> bool:
        """A plain word straight after the name, nothing presenting it: "insta unter", "tiktok
        sono", "instagramie jako" — the preposition or verb before the real handle."""
        return not (self.handle_like or self.colon or self.said_id or self.copula)

    @property
    def handle_like(self) -> bool:
        """Shaped like nobody's ordinary word: "@jane", "john.smith", "lily_88", "john#1234"."""
        # Not a hyphen alone: "mini-program", "add-in", "follow-up" are words.
        return self.at or any(c.isdigit() or c in "._#" for c in self.core)

    def introduced(self, *, possessive: bool) -> bool:
        """Presented as an id, not merely written after the name: a misspelled or abbreviated
        name ("skpe", "tg") needs this much."""
        return (
            self.at
            or self.said_id
            or self.colon
            or (self.punctuated and self.handle_like)
            or (self.copula and possessive)
        )


def framing_confidence(handle: Handle, *, possessive: bool, invited: bool) -> float:
    """How sure the words around a handle make it one, before a channel's own checks.

    "@name" and a handle-shaped token are near certain. A plain word is a handle when presented
    as one ("skype: johnsmith", "skype id johnsmith") and the sentence does not read on
    ("wechat: chinese clients", "skype id verification process"); "my skype is john" is only
    likely ("my skype is broken"). "my …" or "add me on …" before the channel name lifts a
    bare plain word (Presidio-style context words)."""
    if handle.later:
        return 0.75 if handle.at or handle.said_id else 0.7
    if handle.at:
        return 0.9
    presented = handle.colon or handle.said_id or (handle.copula and possessive)
    if handle.handle_like:
        return 0.9 if presented else 0.8
    if handle.copula and possessive:
        return 0.45 if handle.followed_by_word else 0.6
    if (handle.colon or handle.said_id) and not handle.followed_by_word:
        return 0.8
    return 0.7 if possessive or invited else 0.45


def handle_after(text: str, position: int, *, glued: bool = False) -> Handle | None:
    """The handle written after a channel name that ends at `position`, if any. After a name
    in a script that glues words on (`glued`: "ไลน์ดิฉัน pattaya.mkt"), the next word may
    follow with no space."""
    window = text[position : position + _AFTER_WINDOW]
    if glued and window[:1].isalpha():
        position -= 1
        window = " " + window[: _AFTER_WINDOW - 1]
    match = _AFTER_NAME.search(window)
    if match is None:
        return None
    start, end = match.span(_AFTER_HANDLE)
    end = start + len(joined_over_line(window[start:end]))
    while end > start and window[end - 1] in ".-":
        end -= 1
    after = window[end : end + 1]
    if after and (after.isalpha() or after in "@/\\:"):
        return None  # an e-mail address, a path, a URI or a word in another script
    raw = window[start:end]
    core = raw.removeprefix("@").replace("\n", "")  # "@burak_" / "montaj": one handle
    if not core:
        return None
    middle = match.group(_AFTER_MIDDLE)
    spaced = "".join(c if c.isalnum() or c == "'" else " " for c in middle)
    words = set(spaced.split())
    rest = window[end:].lstrip(" \t")
    return Handle(
        start=position + start,
        end=position + end,
        core=core,
        at=raw.startswith("@"),
        said_id=any(word in IDENTIFIER_WORDS for word in words)
        or any(phrase in spaced for phrase in _IDENTIFIER_PHRASES),
        colon=":" in middle or "=" in middle,
        punctuated=any(c in _PUNCTUATION for c in middle),
        copula=any(word in COPULAS for word in words),
        followed_by_word=rest[:1].isalpha() and rest != window[end:],
    )


# ── A handle further on in the sentence ────────────────────────────────────────────────────
# "Here's my Discord if you want live updates: nova.renders", "Let's talk on Telegram, I'm
# @pixel_forge there", "Signal is safer, my username is dan_sec.01". Read up to the end of the
# sentence or the next word that names another way to get in touch, whichever comes first.
_HANDLE = r"[a-z0-9_][a-z0-9._\-]*(?:#[0-9]{4})?"
# "@ kavya . ethnic . studio", "@ baraka _ safari", "@ r-o-s-h-a-n-_-x-l": an "@" with a space
# after it, then pieces a "." or "_" joins (spaces around it), or letters a "-" keeps apart.
_SPACED_AT = (
    r"@[ \t]+(?:[a-z0-9]+(?:[ \t]*[._][ \t]*[a-z0-9]+)+"
    r"|[a-z0-9](?:-[a-z0-9_])+(?:-[a-z0-9])*)"
)
# An "@handle" may be broken over a line at a "_" or "." ("@dani" / "_pluslook", "@burak_" /
# "montaj"): no line of prose starts or ends so.
_LATER_HANDLE = compile_pattern(
    r"(?:^|[^\p{L}\p{N}_.@])(?P<at>@[a-z0-9_][a-z0-9._]*(?:\n[a-z0-9._]+)?)"
    rf"|(?:^|[^\p{{L}}\p{{N}}_.@])(?P<spaced>{_SPACED_AT})"
    rf"|(?:{alternation(IDENTIFIER_WORDS)})\s*(?:(?:{alternation(COPULAS)})\s+|[:=]\s*)(?P<named>{_HANDLE})"
    rf"|[:=]\s*(?P<colon>{_HANDLE})"
    rf"|(?:^|\s)(?:{alternation(COPULAS + _AMBIGUOUS_COPULAS)})\s+(?P<copula>{_HANDLE})"
)
_LATER_AT, _LATER_SPACED, _LATER_NAMED, _LATER_COLON, _LATER_COPULA = group_numbers(
    _LATER_HANDLE, "at", "spaced", "named", "colon", "copula"
)
_CONTACT_WORDS = fold(
    """skype whatsapp telegram tg tele discord dc wechat weixin signal viber line zoom meet slack
    teams kakao instagram insta ig facebook fb linkedin twitter tiktok youtube yt threads snapchat
    snap email e-mail mail gmail phone number call website site portfolio телеграм скайп
    инстаграм""".split()
)
_LATER_STOP = compile_pattern(
    r"[.!?。！？](?:\s|$)|\n|\b(?:" + alternation(_CONTACT_WORDS)[3:-1] + r")\b"
)
_LATER_WINDOW = 80
_LATER_HINTS = ("@", ":", "=", *IDENTIFIER_WORDS, *COPULAS, *_AMBIGUOUS_COPULAS)


def handles_later(text: str, position: int) -> Iterator[Handle]:
    """Handle-shaped tokens later in the sentence that a channel name ending at `position`
    begins: "@name", "… username is x.y", "…: x_y". Plain words never qualify this far away.
    An "@name" may open the next sentence too: "私のインスタ見てください！ @mofu.vt です",
    "via insta, tu peux répondre ? je suis @lea.bijoux"."""
    window = text[position : position + _LATER_WINDOW]
    if not any(hint in window for hint in _LATER_HINTS):
        return  # the common case, settled by substring checks
    next_sentence, next_offset = "", 0
    stop = _later_stop(window)
    if stop is not None:
        if stop.group()[:1] in _SENTENCE_ENDS:
            next_sentence, next_offset = window[stop.end() :], position + stop.end()
            following = _LATER_STOP.search(next_sentence)
            if following is not None:
                next_sentence = next_sentence[: following.start()]
        window = window[: stop.start()]
    yield from _handles_in(window, position, at_only=False)
    if next_sentence:
        yield from _handles_in(next_sentence, next_offset, at_only=True)


_SENTENCE_ENDS = frozenset(".!?。！？")


def _later_stop(window: str) -> Match | None:
    """Where the sentence a name begins stops: the first `_LATER_STOP` but a " . " with a space
    before it, which spaces out a handle ("@ kavya . ethnic . studio") more than it ends one,
    and a line break before a "_" or "."."""
    for stop in _LATER_STOP.finditer(window):
        if stop.group()[:1] == "." and window[stop.start() - 1 : stop.start()] in (" ", "\t"):
            continue
        joined = window[stop.end() : stop.end() + 1], window[stop.start() - 1 : stop.start()]
        if stop.group() == "\n" and any(side in ("_", ".") for side in joined):
            continue  # "@dani" / "_pluslook": one handle broken over a line
        return stop
    return None


def joined_over_line(raw: str) -> str:
    """`raw` up to its line break, unless the break falls at a "_" or "." ("@dani" /
    "_pluslook", "@burak_" / "montaj"), where it is one handle broken over two lines."""
    first, newline, rest = raw.partition("\n")
    if newline and (first[-1:] in ("_", ".") or rest[:1] in ("_", ".")):
        return raw
    return first


def unspaced_handle(spaced: str) -> str:
    """ "kavya . ethnic . studio" → "kavya.ethnic.studio"; "r-o-s-h-a-n-_-x-l" → "roshan_xl"
    (a "-" between single letters only keeps them apart; "ana-maria" keeps its own)."""
    joined = "".join(spaced.split())
    pieces = joined.split("-")
    if len(pieces) > 2 and all(len(piece) <= 1 for piece in pieces):
        return "".join(pieces)
    return joined


def _reads_on_in_latin(rest: str) -> bool:
    """A Latin-script word follows: the "@name" is someone spoken to or about, not an id that
    ends its clause ("@mofu.vt です", "je suis @lea.bijoux 💍", "@toon.byeol 로 디엠")."""
    following = rest.lstrip(" \t")[:1]
    return following.isascii() and following.isalpha()


def _handles_in(window: str, offset: int, *, at_only: bool) -> Iterator[Handle]:
    for match in _LATER_HANDLE.finditer(window):
        if match.start(_LATER_AT) >= 0:
            group = _LATER_AT
        elif match.start(_LATER_SPACED) >= 0:
            group = _LATER_SPACED
        elif at_only:
            continue
        elif match.start(_LATER_NAMED) >= 0:
            group = _LATER_NAMED
        elif match.start(_LATER_COLON) >= 0:
            group = _LATER_COLON
        else:
            group = _LATER_COPULA
        start, end = match.span(group)
        end = start + len(joined_over_line(window[start:end]))
        while end > start and window[end - 1] in ".-":
            end -= 1
        after = window[end : end + 1]
        raw = window[start:end]
        core = raw.removeprefix("@")
        if group == _LATER_SPACED:
            core = unspaced_handle(core)
        core = core.replace("\n", "")
        if not core or (after and (after.isalpha() or after in "@/\\:")):
            continue
        if at_only and _reads_on_in_latin(window[end:]):
            continue  # "I use Telegram. @john can you check?" speaks to John
        handle = Handle(
            start=offset + start,
            end=offset + end,
            core=core,
            at=raw.startswith("@"),
            said_id=group == _LATER_NAMED,
            colon=group == _LATER_COLON,
            punctuated=False,
            copula=False,
            followed_by_word=False,
            later=True,
        )
        if handle.handle_like:
            yield handle


_AT_HANDLE = compile_pattern(r"(?:^|[^\p{L}\p{N}_.@])(?P<handle>@[a-z0-9_][a-z0-9._]*)")
(_AT_HANDLE_GROUP,) = group_numbers(_AT_HANDLE, "handle")
# "@devjohn on telegram", "@jane.designs (IG)", "@devjohn no telegram", "@devjohn в телеграме"
_BEFORE_NAME = compile_pattern(
    r"^(?:\s*[(\[]\s*|\s*[-–—,:|]?\s*"
    + alternation(fold("on in at via em no na en sur auf bei в на по".split()))
    + r"\s+(?:"
    + alternation(POSSESSIVES)
    + r"\s+)?)"
)


Judged = TypeVar("Judged")


def judge_handle(
    name: ChannelName, text: str, judge: Callable[[Handle, bool], Judged | None]
) -> tuple[Handle, Judged, int] | None:
    """The handle right after `name` ("skype: john.smith"), or else one further on in the
    sentence ("Discord if you want updates: nova.renders"), as `judge(handle, possessive)` sees
    it; and where the finding starts ("my skype …" starts at "my")."""
    handle = handle_after(text, name.end, glued=_GLUED_END.search(name.written) is not None)
    first: tuple[Handle, Judged, int] | None = None
    if handle is not None and handle.core not in STOPWORDS:  # "skype call" settled cheaply
        possessive = possessive_before(text, name.start)
        found = judge(handle, possessive is not None)
        if found is not None:
            first = handle, found, name.start if possessive is None else possessive
            if not (handle.reads_on or handle.bare_word):
                return first
    # A plain word that reads on ("telegramdan yazar mısın @ozlem"), or one with nothing to say
    # it is an id ("auf Insta unter @lena", "su TikTok sono @giulia"), gives way to a handle
    # further on in the sentence, if there is one.
    for later in handles_later(text, name.end):
        found = judge(later, False)
        if found is not None:
            return later, found, name.start
    return first


def handles_before_names(text: str, names: ChannelNames) -> Iterator[tuple[Handle, ChannelName]]:
    """ "@name" followed by where to find it: "@devjohn on telegram", "@jane (insta)"."""
    for match in _AT_HANDLE.finditer(text):
        start, end = match.span(_AT_HANDLE_GROUP)
        while text[end - 1] == ".":
            end -= 1
        window = text[end : end + 40]
        lead = _BEFORE_NAME.search(window)
        if lead is None:
            continue
        rest = window[lead.end() :]
        name = _name_at_start(rest, names)
        if name is None:
            continue
        handle = Handle(
            start=start,
            end=end,
            core=text[start + 1 : end],
            at=True,
            said_id=False,
            colon=False,
            punctuated=False,
            copula=False,
            followed_by_word=False,
        )
        offset = end + lead.end()
        yield (
            handle,
            ChannelName(name.channel, offset + name.start, offset + name.end, name.written),
        )


def _name_at_start(text: str, names: ChannelNames) -> ChannelName | None:
    for name in names.finditer(text):
        return name if name.start <= 1 else None
    return None


# ── Context before a name: "my skype", "add me on skype" ───────────────────────────────────
_POSSESSIVE_BEFORE = compile_pattern(rf"(?:^|[^\p{{L}}])(?P<word>{alternation(POSSESSIVES)})\s+$")
(_POSSESSIVE_WORD,) = group_numbers(_POSSESSIVE_BEFORE, "word")
_INVITATIONS = fold(
    (
        "add me",
        "contact me",
        "reach me",
        "reach out",
        "find me",
        "message me",
        "text me",
        "ping me",
        "dm me",
        "write me",
        "write to me",
        "hit me up",
        "call me",
        "follow me",
        "talk on",
        "chat on",
        "connect on",
        "let's connect",
        "agrégame",
        "agregame",
        "escríbeme",
        "contáctame",
        "búscame",
        "sígueme",
        "me add",
        "me adiciona",
        "adicione",
        "me chama",
        "me segue",
        "ajoute-moi",
        "ajoutez-moi",
        "contacte-moi",
        "écris-moi",
        "suis-moi",
        "schreib mir",
        "kontaktiere mich",
        "adde mich",
        "folge mir",
        "добавь меня",
        "добавьте меня",
        "напиши мне",
        "пишите",
        "напишите",
        "подпишись",
    )
)
_INVITATION = compile_pattern(alternation(_INVITATIONS))
_POSSESSIVE_WINDOW = 16
_INVITATION_WINDOW = 48


def possessive_before(text: str, start: int) -> int | None:
    """Where "my" / "mi" / "мой" starts if it comes right before `start`."""
    window_start = max(0, start - _POSSESSIVE_WINDOW)
    match = _POSSESSIVE_BEFORE.search(text[window_start:start])
    return window_start + match.start(_POSSESSIVE_WORD) if match else None


def invited_before(text: str, start: int) -> bool:
    """ "add me on", "agrégame en", "напиши мне в" … shortly before `start`."""
    return _INVITATION.search(text[max(0, start - _INVITATION_WINDOW) : start]) is not None


# ── Words that are never anybody's handle ───────────────────────────────────────────────────
# The small words of a sentence, in the languages above.
FUNCTION_WORDS = frozenset(
    fold(
        (
            *"""a an the and or but if then than so as of to in on at by for from with without
            into onto about over under via per vs versus is are was were be been being am do does
            did done have has had can could will would shall should may might must not no yes ok
            okay sure it its it's this that these those there here where when what which who whom
            whose why how i you he she we they me him her us them my your his our their mine yours
            also too only just even still again already now unless until while since though
            although because after before during between whether""".split(),
            *"""el la los las un una y o pero si no sí es son en con sin por para del al lo que
            como más muy ya aquí allí o ou e um uma os as do da dos das no na nos nas em com sem
            mas não sim é são le la les un une des et ou mais si non oui est sont dans avec sans
            pour par du au aux ce ces der die das ein eine und oder aber wenn nicht ja nein ist
            sind mit ohne für von zu im am и или но да нет это в на с без для по""".split(),
            *"je ja ti vi ona ono su sam smo ste ali ili".split(),  # Slavic
        )
    )
)
# What follows a channel name when the name is the topic: "skype call", "telegram bot",
# "discord server", "zoom backgrounds" — and the channel names themselves.
STOPWORDS = FUNCTION_WORDS | frozenset(
    fold(
        (
            *IDENTIFIER_WORDS,
            *COPULAS,
            *_AMBIGUOUS_COPULAS,
            *POSSESSIVES,
            *_OTHER_FILLERS,
            *"""fine great good nice cool perfect thanks thank thx ty pls please later soon today
            tomorrow tonight yesterday asap anytime available unavailable busy online offline
            free better best worse easier instead either neither both all any some every each
            other another same different more most less many much very really quite call calls
            calling called video voice audio chat chats chatting message messages messaging msg
            dm meeting meetings meet group groups channel channels server servers community bot
            bots button buttons api apis sdk integration integrations notification
            notifications app apps application web desktop mobile business premium clone link
            links share sharing invite status sticker stickers theme themes background
            backgrounds emoji mini account accounts story stories post posts reel reels page
            pages ad ads campaign campaigns marketing videos editing content profile banner
            cover feed follower followers likes views live stream streams streaming shop store
            work works working support help team design designs designer developer development
            automation moderation moderator role roles rules number phone contact details info
            information etc like alike style type version verification verify change reset
            recovery password morning afternoon evening night
            weekend weekday weekdays hour hours minute minutes monday tuesday wednesday thursday
            friday saturday sunday mon tue wed thu fri sat sun january february march april june
            july august september october november december one two three four five six seven
            eight nine ten""".split(),
            *"""skype whatsapp telegram discord wechat weixin signal viber line zoom meet slack
            teams kakao instagram insta ig facebook fb linkedin twitter tiktok youtube
            threads""".split(),
            # The marketplaces themselves: "my TikTok: my Upwork profile" points back home.
            *PLATFORM_DOMAINS,
        )
    )
)


# ── A handle written backwards, and said to be ────────────────────────────────────────────
# "ник пишу задом наперёд: vokluv_spo@", "아이디 뒤에서부터 읽어 주세요: 22tuc_anah": the handle
# is the one the writer asks to read back. Only when the words say so: "anna" and "otto" aside,
# a handle read backwards is somebody else's. So: phrases about reading or writing backwards,
# not "on the contrary" (наоборот, ao contrário, 反过来 alone) or "work backwards from a date".
REVERSAL = compile_pattern(
    alternation(
        fold(
            (
                *("written backwards", "spelled backwards", "spelt backwards", "read backwards"),
                *("read it backwards", "backwards:", "reversed", "in reverse", "reverse it"),
                *("задом наперёд", "задом наперед", "переверни", "переверните", "читай наоборот"),
                *("читать наоборот", "пишу наоборот", "задом-наперед", "навпаки читай"),
                *("al revés", "de atrás para adelante", "à l'envers", "de trás para frente"),
                *("de trás pra frente", "rückwärts", "od tyłu", "tersten", "achterstevoren"),
                *("뒤에서부터", "거꾸로", "역순", "逆から", "逆さ", "倒过来读", "倒着读", "倒著讀"),
                *("反过来读", "反過來讀", "ulta padh", "उल्टा पढ़", "справа налево", "ник наоборот"),
                *("rückwärts lesen", "von hinten", "right to left", "de droite à gauche"),
            )
        )
    )
)
REVERSAL_WINDOW = 80


def read_back_where_said(view: MappedText, detections: Iterable[Detection]) -> Iterator[Detection]:
    """Each detection, its handle read back when a phrase near it says it is written so. The
    phrases are found once per draft; most drafts have none."""
    said = [view.to_original(*match.span()) for match in REVERSAL.finditer(view.text)]
    starts = [start for start, _ in said]
    for detection in detections:
        if said:
            first = bisect_left(starts, detection.start - REVERSAL_WINDOW)
            if first < len(starts) and starts[first] <= detection.end + REVERSAL_WINDOW:
                detection = _read_back(detection)
        yield detection


def _read_back(detection: Detection) -> Detection:
    """ "telegram:@ved_ilo" → "telegram:@oli_dev"; links and Skype "live:" ids are as meant."""
    value = detection.value or ""
    channel, colon, handle = value.partition(":")
    if not colon or "/" in value or channel == "live":
        return detection
    at = "@" if handle.startswith("@") else ""
    return replace(detection, value=f"{channel}:{at}{handle.removeprefix('@')[::-1]}")


def without_overlaps(detections: Iterable[Detection]) -> Iterator[Detection]:
    """Within one detector: of detections that overlap, the most confident, then the longest.

    Sorted once and swept in clusters of overlapping spans, so thousands stay cheap."""
    ordered = sorted(detections, key=lambda d: (d.start, -d.end))
    cluster: list[Detection] = []
    cluster_end = -1
    for detection in [*ordered, None]:
        if detection is not None and detection.start < cluster_end:
            cluster.append(detection)
            cluster_end = max(cluster_end, detection.end)
            continue
        kept: list[Detection] = []
        for candidate in sorted(cluster, key=lambda d: (-d.confidence, d.start - d.end)):
            if all(candidate.end <= k.start or k.end <= candidate.start for k in kept):
                kept.append(candidate)
        yield from sorted(kept, key=lambda d: d.start)
        if detection is not None:
            cluster = [detection]
            cluster_end = detection.end
