"""The front door: exact UTF-16 spans, the finding format, rewrites, replies, errors."""

import pytest

from gigguard.findings import CONTACT_CATEGORIES, Category
from gigguard.lint import UnknownPlatformError, find_issues, lint, ruleset_for


def utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[start * 2 : end * 2].decode("utf-16-le")


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("😀 mail me at john@gmail.com", "john@gmail.com"),
        ("🎨🚀🇺🇸 john at gmail dot com", "john at gmail dot com"),
        ("𝐇𝐢 there 👋🏽 j o h n (at) gmail", "j o h n (at) gmail"),
        ("emoji 😀 then ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ"),
        ("𓀀𓀁 ada&#64;studio.io", "ada&#64;studio.io"),
    ],
)
def test_spans_are_utf16_code_units(text: str, typed: str) -> None:
    (finding,) = [f for f in lint(text, "fiverr").findings if f.category == Category.EMAIL]
    assert utf16_slice(text, finding.start, finding.end) == typed
    assert finding.end - finding.start == len(typed.encode("utf-16-le")) // 2


def test_finding_format_is_the_contract() -> None:
    result = lint("write to john@gmail.com", "upwork").to_dict()
    assert set(result) >= {"findings", "rewrite", "ruleset"}
    (finding,) = result["findings"]
    assert set(finding) >= {
        "rule", "category", "severity", "start", "end", "message", "value", "policy", "replacement",
    }  # fmt: skip
    assert finding["category"] == "contact.email"
    assert finding["severity"] in ("error", "warning", "info")
    assert finding["policy"]["platform"] == "upwork"
    assert finding["policy"]["url"].startswith("https://")


def test_category_names_never_change() -> None:
    assert [str(c) for c in Category] == [
        "contact.email", "contact.phone", "contact.messenger", "contact.social", "contact.url",
        "offplatform.invite", "offplatform.payment", "review.manipulation",
    ]  # fmt: skip
    assert set(CONTACT_CATEGORIES) < set(Category)


def test_rewrite_replaces_only_the_finding() -> None:
    # The rules alone: whether the sentence also invites is the model's call (it reads "went to
    # <e-mail> as you asked" as moving the paperwork off the platform), not the rewrite's.
    text = "Hi! 😀 The invoice copy went to john@gmail.com as you asked."
    result = lint(text, "fiverr", model=None)
    assert result.rewrite == "Hi! 😀 The invoice copy went to this Fiverr chat as you asked."


def test_sentence_that_only_shares_a_detail_is_replaced_whole() -> None:
    result = lint("Hi! 😀 My email: john at gmail dot com. Thanks", "fiverr")
    assert result.rewrite == (
        "Hi! 😀 Please add your contact details as a file on the order page once the order is "
        "placed. Thanks"
    )
    (finding,) = result.findings
    assert (finding.replacement_start, finding.replacement_end) == (7, 39)


def test_clean_draft_has_no_rewrite() -> None:
    result = lint("Thanks, I'll deliver the logo on Friday.", "fiverr").to_dict()
    assert (result["findings"], result["rewrite"]) == ([], None)
    assert result["ruleset"].startswith("fiverr@")


def test_unknown_platform_is_a_clear_error() -> None:
    with pytest.raises(UnknownPlatformError, match=r"known: .*fiverr"):
        lint("hello", "myspace")


def test_a_sure_phone_number_stands_against_the_models_veto() -> None:
    # The model reads words and scores a Greek draft low; the dictated number is beyond doubt.
    text = "Γεια σας, στείλτε μου μήνυμα στο έξι εννιά τρία, δύο επτά ένα, τέσσερα οκτώ πέντε μηδέν"
    found = [
        i.value for i in find_issues(text, ruleset_for("upwork")) if i.category == Category.PHONE
    ]
    assert found == ["+306932714850"]
