"""Sentence spans: intent findings span one sentence, in every script."""

from __future__ import annotations

import pytest

from gigguard.engine.sentences import Sentences


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in Sentences.of(text).spans]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Hi there. Send the file!", ["Hi there.", "Send the file!"]),
        ("see gmail.com and v3.5 ok", ["see gmail.com and v3.5 ok"]),
        ("好的。加我微信吧,我发你案例。", ["好的。", "加我微信吧,我发你案例。"]),
        ("谢谢!明天见", ["谢谢!", "明天见"]),
        ("「いいです。」次は?", ["「いいです。」", "次は?"]),
        ("هل يمكن؟ نعم", ["هل يمكن؟", "نعم"]),
        ("ठीक है। कल मिलते हैं", ["ठीक है।", "कल मिलते हैं"]),
        ("line one\nline two", ["line one", "line two"]),
    ],
)
def test_sentences_end_at_each_scripts_own_full_stop(text: str, sentences: list[str]) -> None:
    assert split(text) == sentences
