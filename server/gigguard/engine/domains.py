"""Domain knowledge: the Public Suffix List (offline snapshot), reserved and marketplace domains."""

from __future__ import annotations

import unicodedata
from functools import cache

from publicsuffixlist import PublicSuffixList

# RFC 2606 and RFC 6761: names reserved for documentation and testing, never anybody's contact.
RESERVED_SUFFIXES = ("example", "test", "invalid", "localhost", "local")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org", "example.edu")

# The marketplaces' own domains: a link there keeps the conversation on the platform.
PLATFORM_DOMAINS: dict[str, tuple[str, ...]] = {
    "fiverr": ("fiverr.com", "fiverr.net", "fvrr.co"),
    "upwork": ("upwork.com",),
    "freelancer": ("freelancer.com", "f-cdn.com"),
    "peopleperhour": ("peopleperhour.com",),
    "99designs": ("99designs.com", "99designs.net"),
    "guru": ("guru.com",),
}
ALL_PLATFORM_DOMAINS = tuple(domain for domains in PLATFORM_DOMAINS.values() for domain in domains)

# Webmail providers people name without a TLD ("johndev at gmail"), with the domain meant.
MAIL_PROVIDERS: dict[str, str] = {
    "gmail": "gmail.com",
    "googlemail": "googlemail.com",
    "yahoo": "yahoo.com",
    "ymail": "ymail.com",
    "hotmail": "hotmail.com",
    "outlook": "outlook.com",
    "live": "live.com",
    "msn": "msn.com",
    "icloud": "icloud.com",
    "aol": "aol.com",
    "protonmail": "protonmail.com",
    "proton": "proton.me",
    "yandex": "yandex.ru",
    "gmx": "gmx.com",
    "zoho": "zoho.com",
    "mailru": "mail.ru",
    "rediffmail": "rediffmail.com",
}


@cache
def _psl() -> PublicSuffixList:
    # No argument: the snapshot bundled with the package; never the network.
    return PublicSuffixList(accept_unknown=False)


def public_suffix(domain: str) -> str | None:
    """The ICANN or private public suffix of `domain` ("co.uk"), or None for an unknown TLD."""
    suffix: str | None = _psl().publicsuffix(domain.lower().strip("."), accept_unknown=False)
    return suffix


def registrable_domain(domain: str) -> str | None:
    """The part someone registered ("mysite.co.uk" of "www.mysite.co.uk"), or None."""
    private: str | None = _psl().privatesuffix(domain.lower().strip("."), accept_unknown=False)
    return private


# Generic TLDs common enough that a label before them is read as a domain even when the dots
# were disguised ("www•anna•com"); any two-letter label is a country's TLD shape as well.
COMMON_GENERIC_TLDS = frozenset(
    """com net org io co dev app info biz me site online store shop xyz tech ai pro""".split()
)


def is_tld_shaped(label: str) -> bool:
    """Whether a label could end a domain by its shape alone: "com", "de", not "design"."""
    return label in COMMON_GENERIC_TLDS or (len(label) == 2 and label.isalpha())


# Scripts that share a label in real names: Japanese mixes kanji and both kana.
_SCRIPT_GROUPS = {"CJK": "CJK", "HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK"}


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    return _SCRIPT_GROUPS.get(first, first)


def written_idn(typed: str, view_host: str) -> str | None:
    """An internationalised host as the seller wrote it, lower case ("münchen-design.de",
    "ελληνικό-σχέδιο.gr", "тест.рф"), or None when it is ASCII or disguised: compatibility
    forms ("ｊａｎｅ.com"), scripts mixed in one label ("jаne", Cyrillic "а"), or a label
    wholly of look-alikes the normaliser read as Latin ("аррӏе"). UTS #39 §5 calls a label
    of one script "single-script"; browsers show such names as typed, so do we."""
    host = unicodedata.normalize("NFC", typed).lower()
    if host.isascii() or unicodedata.normalize("NFKC", host) != host:
        return None
    labels, view_labels = host.split("."), view_host.split(".")
    if len(labels) != len(view_labels):
        return None
    for label, view_label in zip(labels, view_labels, strict=True):
        scripts = {_script(char) for char in label if char.isalpha()}
        if len(scripts) > 1:
            return None
        if scripts and scripts != {"LATIN"} and view_label.isascii():
            return None  # every letter a look-alike: a homograph, not a name
    return host


# What people write for "a domain goes here", in the languages of the drafts: "example.com",
# "exemplo.com.br", "ornekmagaza.com" (örnek mağaza, an example shop), "yourdomain.com".
_PLACEHOLDER_NAMES = frozenset(
    """example examples exemplo exemplos ejemplo ejemplos exemple exemples esempio beispiel
    voorbeeld przyklad exemplu ornek contoh halimbawa mfano vidu mau yourdomain
    yoursite yourwebsite yourcompany yourbrand yourshop yourstore yourname domain mydomain
    domainname placeholder dummy test sample""".split()
)
# A placeholder word at the start of a longer name counts when it is this long (short ones,
# like "test", begin real names: "testimonials.com").
_PLACEHOLDER_PREFIX = 5


def is_placeholder(domain: str) -> bool:
    """Whether a domain is a stand-in ("example-ryokan.jp", "yourdomain.com", "test.com")."""
    registrable = registrable_domain(domain)
    suffix = public_suffix(domain)
    if registrable is None or suffix is None:
        return False
    return is_placeholder_name(registrable[: -len(suffix) - 1])


def is_placeholder_name(name: str) -> bool:
    """Whether a name is a stand-in: a domain's ("example-ryokan") or a profile's
    ("linkedin.com/in/example-name", "instagram.com/yourname")."""
    name = name.lower()
    if name in _PLACEHOLDER_NAMES or name.split("-", 1)[0] in _PLACEHOLDER_NAMES:
        return True
    return any(
        name.startswith(word) for word in _PLACEHOLDER_NAMES if len(word) >= _PLACEHOLDER_PREFIX
    )


def is_reserved(domain: str) -> bool:
    """Reserved for documentation (RFC 2606: example.com, .test, ...) or a placeholder."""
    domain = domain.lower().strip(".")
    last_label = domain.rsplit(".", 1)[-1]
    return (
        last_label in RESERVED_SUFFIXES
        or any(
            domain == reserved or domain.endswith("." + reserved) for reserved in RESERVED_DOMAINS
        )
        or is_placeholder(domain)
    )


def is_platform_domain(domain: str) -> bool:
    domain = domain.lower().strip(".")
    return any(domain == own or domain.endswith("." + own) for own in ALL_PLATFORM_DOMAINS)


# ── Placeholders named inside a longer name (issue 9) ─────────────────────────────────────
# Writers of briefs and templates mark a made-up host by a hyphenated word after the name as
# often as before it: "nordichome-example.com", "shop-sample.de", "acme-placeholder.io".
_PLACEHOLDER_TOKENS = frozenset(
    word for word in _PLACEHOLDER_NAMES if len(word) >= _PLACEHOLDER_PREFIX
)


def is_placeholder_anywhere(domain: str) -> bool:
    """Whether any hyphen-separated word of the registered name is a placeholder word: the
    suffix form of `is_placeholder` ("nordichome-example.com"; "testimonials.com" is real)."""
    registrable = registrable_domain(domain)
    suffix = public_suffix(domain)
    if registrable is None or suffix is None:
        return False
    name = registrable[: -len(suffix) - 1]
    return any(token in _PLACEHOLDER_TOKENS for token in name.split("-"))
