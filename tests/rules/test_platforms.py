"""What differs by platform and phase (shared POLICIES.md): each pack is held to at least one
difference, and incoming messages get a reply instead of a rewrite."""

import pytest

from gigguard.lint import lint
from gigguard.rules.loader import rulesets

SKYPE = "Add me on Skype: live:john.smith_42"
EMAIL = "My email is john.smith@gmail.com"
INVITE = "Can we continue on WhatsApp? It's faster."


# (platform, phase, draft, rule, expected severity)
@pytest.mark.parametrize(
    ("platform", "phase", "draft", "rule", "severity"),
    [
        # Fiverr: third-party tools only after an order; contact details never.
        ("fiverr", "pre_order", SKYPE, "contact-messenger", "error"),
        ("fiverr", "in_order", SKYPE, "contact-messenger", "warning"),
        ("fiverr", "in_order", INVITE, "offplatform-invite", "warning"),
        ("fiverr", "in_order", EMAIL, "contact-email", "error"),
        # Upwork: no contact details before a contract starts; fine once it has.
        ("upwork", "pre_order", EMAIL, "contact-email", "error"),
        ("upwork", "in_order", EMAIL, "contact-email", "info"),
        ("upwork", "in_order", INVITE, "offplatform-invite", "info"),
        # Freelancer.com: reportedly allowed after the award (unverified): a warning.
        ("freelancer", "in_order", EMAIL, "contact-email", "warning"),
        # PeoplePerHour and 99designs: never, in any phase.
        ("peopleperhour", "in_order", SKYPE, "contact-messenger", "error"),
        ("peopleperhour", "in_order", INVITE, "offplatform-invite", "error"),
        ("99designs", "in_order", EMAIL, "contact-email", "error"),
        ("99designs", "in_order", INVITE, "offplatform-invite", "error"),
        # Guru: payment goes through SafePay, in any phase.
        ("guru", "in_order", "Pay me via PayPal instead.", "offplatform-payment", "error"),
    ],
)
def test_severity_follows_platform_and_phase(
    platform: str, phase: str, draft: str, rule: str, severity: str
) -> None:
    findings = {f.rule: f for f in lint(draft, platform, phase).findings}  # type: ignore[arg-type]
    assert findings[rule].severity == severity


@pytest.mark.parametrize(
    ("platform", "in_rewrite", "policy_url"),
    [
        ("fiverr", "as a file on the order page", "help.fiverr.com"),
        ("upwork", "Upwork Messages", "upwork.com/legal"),
        ("freelancer", "Freelancer.com chat", "freelancer.com/about/terms"),
        ("peopleperhour", "WorkStream", "peopleperhour.com"),
        ("99designs", "99designs project page", "support.99designs.com"),
        ("guru", "Guru WorkRoom", "guru.com/terms"),
    ],
)
def test_each_pack_speaks_its_own_platform(platform: str, in_rewrite: str, policy_url: str) -> None:
    result = lint(EMAIL, platform)
    assert result.rewrite is not None and in_rewrite in result.rewrite
    (finding,) = result.findings
    assert finding.policy is not None and policy_url in finding.policy.url


def test_every_platform_has_a_pack() -> None:
    assert set(rulesets()) == {
        "fiverr",
        "upwork",
        "freelancer",
        "peopleperhour",
        "99designs",
        "guru",
    }


@pytest.mark.parametrize(
    ("message", "category", "in_reply"),
    [
        (
            "what's your WhatsApp? easier to talk there",
            "offplatform.invite",
            "keep our conversation here",
        ),
        (
            "Can I pay you via PayPal and skip the fees?",
            "offplatform.payment",
            "only accept payment",
        ),
        ("Give me 50% off and I'll leave 5 stars", "review.manipulation", "can't offer anything"),
    ],
)
def test_incoming_message_gets_a_compliant_reply(
    message: str, category: str, in_reply: str
) -> None:
    result = lint(message, "fiverr", "pre_order", "incoming")
    assert {str(f.category) for f in result.findings} == {category}
    assert all(f.severity == "info" for f in result.findings)
    assert result.rewrite is None
    reply = result.extra["reply"]
    assert isinstance(reply, str) and in_reply in reply
    assert lint(reply, "fiverr").findings == ()
