"""The payment detector: IBANs, wallets, UPI ids, PIX keys and pay links, and look-alikes."""

from __future__ import annotations

import pytest
from tests.engine.detectors.reportable import reportable

from gigguard.engine.detect import detect as lint_detect
from gigguard.engine.detectors.payment import detect
from gigguard.findings import Category


def found(text: str) -> list[tuple[str, str, str | None]]:
    return reportable(detect, text)


FLAGGED = [
    # should flag
    # IBANs: spaced, dashed, lower case, glued; the span ends where the country's length does
    (
        "Meine IBAN: DE89 3704 0044 0532 0130 00 danke",
        "iban",
        "DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000",
    ),
    (
        "Mi IBAN es es91-2100-0418-4502-0005-1332 muchas gracias",
        "iban",
        "es91-2100-0418-4502-0005-1332",
        "ES9121000418450200051332",
    ),
    (
        "IBAN GB82 WEST 1234 5698 7654 32, thanks",
        "iban",
        "GB82 WEST 1234 5698 7654 32",
        "GB82WEST12345698765432",
    ),
    ("rekening NL91ABNA0417164300.", "iban", "NL91ABNA0417164300", "NL91ABNA0417164300"),
    # wallets
    (
        "USDT TRC20: TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL",
        "tron",
        "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL",
        "TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL",
    ),
    (
        "XRP: rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh, gracias",
        "ripple",
        "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
        "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
    ),
    # UPI ids (India)
    ("UPI ID: rahul.sharma@okaxis", "upi", "rahul.sharma@okaxis", "rahul.sharma@okaxis"),
    ("मेरी UPI आईडी priya@ybl है", "upi", "priya@ybl", "priya@ybl"),
    ("gpay karo 9876543210@paytm", "upi", "9876543210@paytm", "9876543210@paytm"),
    ("ankit.k@oksbi pe bhej do", "upi", "ankit.k@oksbi", "ankit.k@oksbi"),
    # PIX keys (Brazil)
    ("minha chave pix é o CPF 529.982.247-25", "pix", "529.982.247-25", "529.982.247-25"),
    ("pix CNPJ 11.222.333/0001-81", "pix", "11.222.333/0001-81", "11.222.333/0001-81"),
    ("faz um pix pra (11) 98736-2514", "pix", "(11) 98736-2514", "+5511987362514"),
    (
        "chave aleatória do Pix: 123E4567-E89B-42D3-A456-426614174000",
        "pix",
        "123E4567-E89B-42D3-A456-426614174000",
        "123e4567-e89b-42d3-a456-426614174000",
    ),
    # pay links
    (
        "send it to paypal.me/AnnaDesign instead",
        "link",
        "paypal.me/AnnaDesign",
        "paypal.me/annadesign",
    ),
    (
        "https://www.paypal.com/paypalme/anna",
        "link",
        "https://www.paypal.com/paypalme/anna",
        "paypal.me/anna",
    ),
    ("حسابي https://paypal.me/omar، شكراً", "link", "https://paypal.me/omar", "paypal.me/omar"),
    ("cash.app/$JohnD please", "link", "cash.app/$JohnD", "cash.app/$johnd"),
    ("revolut.me/ivan99 или", "link", "revolut.me/ivan99", "revolut.me/ivan99"),
    (
        "https://wise.com/pay/me/annad",
        "link",
        "https://wise.com/pay/me/annad",
        "wise.com/pay/me/annad",
    ),
    ("tip me: ko-fi.com/lena", "link", "ko-fi.com/lena", "ko-fi.com/lena"),
    ("buymeacoffee.com/kenji です", "link", "buymeacoffee.com/kenji", "buymeacoffee.com/kenji"),
]


@pytest.mark.parametrize(("text", "kind", "flagged", "value"), FLAGGED)
def test_flags_a_payment_account(text: str, kind: str, flagged: str, value: str) -> None:
    assert found(text) == [(f"payment.{kind}", flagged, value)]


CLEAN = [
    # should not flag
    "Your order number is FO81A2B3C4D5 and the colour is #1A2B3C.",
    "Use the dummy IBAN DE89 3704 0044 0532 0130 00 in the mockup.",
    "DE89 3704 0044 0532 0130 01",  # mod-97 fails
    "Set the wallet to 0xYourAddress in config.yml",
    "commit da39a3ee5e6b4b0d3255bfef95601890afd80709 fixes it",
    "Test card 4242 4242 4242 4242, exp 12/34",
    "CPF 529.982.247-25 no cadastro",  # a tax number without "pix"
    "pix 529.982.247-26",  # check digits wrong
    "request id 123e4567-e89b-42d3-a456-426614174000",  # a UUID without "pix"
    "write to ravi@sbi.co.in",  # an e-mail, the e-mail detector's
    "ping me at dev@kotak",  # an ambiguous handle without UPI named
    "see ko-fi.com/about for the fees",
    "I added the PayPal button to paypal.com/checkout",
]


@pytest.mark.parametrize("text", CLEAN)
def test_does_not_flag_a_look_alike(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    ["Please pay at paypal.me/annadesign", "faz um pix pra +5511987362514"],
)
def test_a_pay_account_beats_the_link_or_number_it_also_is(text: str) -> None:
    assert [d.category for d in lint_detect(text, "fiverr")] == [Category.OFFPLATFORM_PAYMENT]
