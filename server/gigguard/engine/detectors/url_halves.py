"""Bare names that are one half of an e-mail address written around them, not sites.

    "p.lavoie(a)firm.ca", "biuro @ studio.pl", "kontak@baai⏎webs.co.za", "anna małpa x kropka pl"
                                                  → the half after "@": the domain
    "jane.design at gmail", "noy.dev <at-word> gmail <dot-word> com", "x.y <at-word> bk <dot-word> ru"
                                                  → the half before "@": the local part

The e-mail detector owns the address; the url detector only stays off its halves, whether or not
the address itself was read (its at-word may be one no table knows yet). The at-words are data, one
table per language; beyond them, the shape of the rest of an address counts.
"""

from __future__ import annotations

from gigguard.engine.detectors.links import SPELLED_TLDS, Link, fold
from gigguard.engine.normalize import FOREIGN_AT_TERMS
from gigguard.engine.patterns import alternation, compile_pattern

# Names of "@" that stay words in the view (the view makes some of them "@" itself): Polish
# without its "ł", Hungarian, Czech and Slovak, Spanish, French, German, Russian and Bulgarian,
# Uzbek and Kyrgyz "puppy", Tajik and Kazakh "at" as it sounds.
_AT_NAMES = (
    *fold(
        """malpa małpa kukac zavinac zavináč zavinač arroba arobase klammeraffe собака собачка
        маймунка кучукча кучук ат эт"""
        # Armenian and Georgian "puppy" (also in Latin letters), and "at" as it sounds in
        # Amharic, Lao, Khmer, Burmese, Sinhala, Tamil, Malayalam, Dhivehi, Central Kurdish
        """ շնիկ ձագուկ ძაღლუკა dzagluka shnik አት ኣት ແອັດ អាត់ အက် ඇට් அட் അറ്റ് އެޓް ئەت""".split()
    ),
    # "at" is English before a site ("my courses at jane.com") and "et" French "and" ("Trans.eu
    # et Timocom"): a name of the sign, not a short Latin word, says "@" before a host.
    *(term for term in FOREIGN_AT_TERMS if not (term.isascii() and len(term) <= 2)),
)
_AT_NAME = alternation(tuple(dict.fromkeys(name for name in _AT_NAMES if name not in ("@", "at"))))
_LOCAL_PART = r"(?:^|[\s(\[:])[a-z0-9%+\-]+[._][a-z0-9._%+\-]+"
_BEFORE = compile_pattern(
    r"[(\[{<]\s*(?:a|at|@)\s*[)\]}>]\s*$"  # "p.lavoie(a)firm.ca", "anna [at] x.pl"
    r"|@[ \t\p{So}\x{FE0F}]+$"  # the sign set apart: "biuro @ studio.pl", "a⭐@⭐x.cz"
    r"|@[\p{L}\p{N}._%+\-]*[ \t]*\n[ \t]*$"  # an address broken over two lines
    rf"|(?:^|[^\p{{L}}\p{{N}}]){_AT_NAME}[ \t]+$"
    # An address's local part (a dot or "_" inside), then one word in another script: the
    # at-word of a language no table holds yet ("david.k <word> techhub.am").
    rf"|{_LOCAL_PART}[ \t]+[^\s\p{{Latin}}\p{{N}}\p{{P}}\p{{S}}]{{1,12}}[ \t]+$"
)
# The same with "at" (the view's word for "собака", Turkish "et" …) before a spelled domain:
# "dima.k at uzmail dot uz". A plain domain after "at" may be prose ("X.com et Y.com").
_AT_BEFORE_SPELLED = compile_pattern(rf"{_LOCAL_PART}[ \t]+at[ \t]+$")
_BEFORE_REACH = 40

# What stands for "@" after a local part: the sign, "at", a known name, or one short word in a
# script other than Latin (the at-word of a language no table holds yet: "noy.dev <word> gmail").
_CONNECTOR = rf"(?:@|at|{_AT_NAME}|[^\s\p{{Latin}}\p{{N}}\p{{P}}\p{{S}}]{{1,12}})"
# A spelled dot: a dot set apart by spaces, "dot" (the view's word for "punkt", "точка" …), or
# one short word in another script.
_SPELLED_DOT = r"(?:[ \t]+\.[ \t]*|[ \t]+dot[ \t]+|[ \t]+[^\s\p{Latin}\p{N}\p{P}\p{S}]{1,12}[ \t]+)"
# Mail providers by the names people give them after "at".
_PROVIDERS = fold(
    """gmail googlemail hotmail outlook live yahoo ymail aol icloud gmx yandex mail proton
    protonmail zoho inbox""".split()
)
_END = r"(?:$|[^\p{L}\p{N}])"
_AFTER = compile_pattern(
    rf"^[ \t]+{_CONNECTOR}[ \t]+{alternation(_PROVIDERS)}{_END}"
    rf"|^[ \t]+{_CONNECTOR}[ \t]+\S{{2,24}}?{_SPELLED_DOT}{alternation(tuple(SPELLED_TLDS))}{_END}"
)
_AFTER_REACH = 64


def is_domain_half(text: str, link: Link) -> bool:
    """The link follows an "@" or a name of it: the part after "@" of an address."""
    before = text[max(0, link.start - _BEFORE_REACH) : link.start]
    if _BEFORE.search(before) is not None:
        return True
    return link.obfuscated and _AT_BEFORE_SPELLED.search(before) is not None


def is_local_half(text: str, link: Link) -> bool:
    """A bare name followed by an "at" and the rest of an address: the part before "@"."""
    if link.explicit or link.segments:
        return False
    line_end = text.find("\n", link.end, link.end + _AFTER_REACH)
    after = text[link.end : line_end if line_end >= 0 else link.end + _AFTER_REACH]
    return _AFTER.search(after) is not None
