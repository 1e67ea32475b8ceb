"""A spec's sample values are not anybody's contact detail; prose around a real one is."""

from __future__ import annotations

import pytest

from gigguard.engine.placeholders import offered_as_example

VALUE = "+1 555 0100"


@pytest.mark.parametrize(
    "before",
    [
        "The form's placeholder should be ",
        "フォームのプレースホルダーは ",
        "폼의 플레이스홀더는 ",
        "Trong form, văn bản mẫu nên là ",
        "În formular, textul exemplu trebuie să fie ",
        "Ve formuláři má být zástupný text ",
        "בטופס, טקסט הדוגמה צריך להיות ",
        "表单里的占位文字应为 ",
        "Use a dummy like ",
    ],
)
def test_a_sample_value_in_a_spec(before: str) -> None:
    text = before + VALUE
    assert offered_as_example(text, len(before))


@pytest.mark.parametrize(
    "before",
    [
        "Call me on ",
        "The placeholder text is done. My number is ",  # another sentence
        "I replaced the placeholder logo with yours, and here is my WhatsApp, please call: "
        "later today ",  # too far back
        "Mi número es ",
    ],
)
def test_a_real_detail(before: str) -> None:
    text = before + VALUE
    assert not offered_as_example(text, len(before))


@pytest.mark.parametrize(
    "block",
    [
        "Spec:\n- fill the form with dummy data:\n    name: Ana\n    tel: ",
        "Testdaten (Platzhalter):\n  Name: Max\n  Telefon: ",
        "Dummy values for QA:\n\tcompany: Acme\n\n\tphone: ",
    ],
)
def test_a_value_listed_under_a_heading_that_names_samples(block: str) -> None:
    assert offered_as_example(block + VALUE, len(block))


@pytest.mark.parametrize(
    "block",
    [
        "Use dummy data in the form.\nMy own number, for the courier: ",  # not under it
        "Sample values:\n  a: 1\nNotes\n  call me: ",  # another heading in between
        "Contact:\n  WhatsApp: ",
    ],
)
def test_a_value_under_another_heading_stays_a_detail(block: str) -> None:
    assert not offered_as_example(block + VALUE, len(block))


def test_the_heading_search_is_bounded() -> None:
    text = "dummy values:\n" + "  x: y\n" * 20_000 + "  phone: "
    assert not offered_as_example(text + VALUE, len(text))
