"""Messenger and social handles behind local nicknames, spacing, broken lines, spoken links and
backwards writing, and the look-alikes that must stay quiet."""

from __future__ import annotations

import pytest
from tests.engine.detectors.reportable import reportable

from gigguard.engine.detect import detect as lint_detect
from gigguard.engine.detectors import messenger, social

MESSENGER = [
    # local nicknames and inflected names
    ("有空加賴：lin.design_tw 再聊", "line", "加賴：lin.design_tw", "line:lin.design_tw"),
    ("急的話上紙飛機 @chen_photo 找我", "telegram", "紙飛機 @chen_photo",
     "telegram:@chen_photo"),
    ("תשלח לי בטלגרם @noa_draws היום", "telegram", "בטלגרם @noa_draws",
     "telegram:@noa_draws"),
    ("odezvi se na skypu: jana.novak.art", "skype", "skypu: jana.novak.art",
     "skype:jana.novak.art"),
    ("napisz na discorda, nick kuba_3dprint", "discord", "discorda, nick kuba_3dprint",
     "discord:kuba_3dprint"),
    ("Для файлов есть Threema, моя ID: K9P2ZQ4T", "threema", "Threema, моя ID: K9P2ZQ4T",
     "threema:K9P2ZQ4T"),
    ("ご連絡は Chatwork（ID: tanaka_works）まで", "chatwork", "Chatwork（ID: tanaka_works",
     "chatwork:tanaka_works"),
    ("ติดต่อทักเทเลได้เลย @somchai_dev", "telegram", "@somchai_dev", "telegram:@somchai_dev"),
    # a Skype id spaced out, Skype named in another script before it
    ("برای جلسه در اسکایپ اضافه کن: live : sara . rahimi . art", "skype",
     "live : sara . rahimi . art", "live:sara.rahimi.art"),
    # spaced out after the "@", broken over a line
    ("ping me on telegram later — @ olek _ builds", "telegram", "@ olek _ builds",
     "telegram:@olek_builds"),
    ("telegram pe message karo: @ v-i-k-r-a-m-_-d-e-v", "telegram", "@ v-i-k-r-a-m-_-d-e-v",
     "telegram:@vikram_dev"),
    ("fale comigo no telegram, sou @bia\n_studio ok", "telegram", "@bia\n_studio",
     "telegram:@bia_studio"),
    ("telegram kullanıcı adım @emre_\nfoto oradan yaz", "telegram",
     "telegram kullanıcı adım @emre_\nfoto", "telegram:@emre_foto"),
    ("pásame por telegram: t punto me diagonal lu_diseno", "telegram",
     "t punto me diagonal lu_diseno", "t.me/lu_diseno"),
    # spoken links
    ("ou me chama no t me slash rafa_fixes", "telegram", "t me slash rafa_fixes",
     "t.me/rafa_fixes"),
    ("wa me / 5511987654321 se preferir", "whatsapp", "wa me / 5511987654321",
     "wa.me/5511987654321"),
    ("whatsapp: wa . me / 44 7700 900 123 please", "whatsapp", "wa . me / 44 7700 900 123",
     "wa.me/447700900123"),
    ("nhắn mình qua zalo(.)me/0912345678 nha", "zalo", "zalo(.)me/0912345678",
     "zalo.me/0912345678"),
    ("唔該 wa 點 me 斜 85261234567 搵我", "whatsapp", "wa 點 me 斜 85261234567",
     "wa.me/85261234567"),
    # typed a character at a time between slashes; an abbreviation after an invitation
    ("加我LINE：s/u/n/n/y/_/c/a/f/e 謝謝", "line", "s/u/n/n/y/_/c/a/f/e", "line:sunny_cafe"),
    ("add me on disc kai.mods so we can test", "discord", "disc kai.mods", "discord:kai.mods"),
    # written backwards, and said to be
    ("телеграм ник задом наперёд: ved_ilo@ — прочитай", "telegram", "ved_ilo@",
     "telegram:@oli_dev"),
    ("카톡 아이디 거꾸로 읽어 주세요: 77nim_oes", "kakao", "77nim_oes", "kakaotalk:seo_min77"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "channel", "flagged", "value"), MESSENGER)
def test_flags_disguised_messenger_handles(
    text: str, channel: str, flagged: str, value: str
) -> None:
    assert reportable(messenger.detect, text) == [(f"messenger.{channel}", flagged, value)]


SOCIAL = [
    ("作品都放在哀居 @mei.pastry.tw 歡迎看看", "哀居 @mei.pastry.tw", "instagram:@mei.pastry.tw"),
    ("στείλε μου στο ίνστα μου είναι nikos_cooks", "ίνστα μου είναι nikos_cooks",
     "instagram:@nikos_cooks"),
    ("Se fler bilder på Instan, @karin.keramik", "Instan, @karin.keramik",
     "instagram:@karin.keramik"),
    ("شوف الصور فالانستغرام @riad.yasmine", "فالانستغرام @riad.yasmine",
     "instagram:@riad.yasmine"),
    ("ดูงานได้ที่ไอจี ploy.bakes.bkk นะคะ", "ไอจี ploy.bakes.bkk", "instagram:@ploy.bakes.bkk"),
    ("ig pe dekho bhai — @ rohan . clicks . goa", "@ rohan . clicks . goa",
     "instagram:@rohan.clicks.goa"),
    ("Insta rückwärts lesen: ztak_eid_anel, danke", "ztak_eid_anel",
     "instagram:@lena_die_katz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "flagged", "value"), SOCIAL)
def test_flags_disguised_social_handles(text: str, flagged: str, value: str) -> None:
    assert reportable(social.detect, text) == [("social.instagram", flagged, value)]


def test_a_camera_emoji_before_a_plain_account_name_is_instagram() -> None:
    text = "más fotos en 📸 lu.ceramica_ba, seguime"
    assert [(d.kind, text[d.start : d.end], d.value) for d in lint_detect(text, "fiverr")] == [
        ("social.instagram", "📸 lu.ceramica_ba", "instagram:@lu.ceramica_ba")
    ]


def test_a_page_link_before_arabic_punctuation_is_the_page() -> None:
    text = "صفحتنا facebook.com/souk.design.ma، مرحبا"
    assert [(d.kind, text[d.start : d.end], d.value) for d in lint_detect(text, "fiverr")] == [
        ("social.facebook", "facebook.com/souk.design.ma", "facebook.com/souk.design.ma")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # should not flag
        "我們在網路上賣手搖飲，賴先生說好",
        "ขายของออนไลน์ @shop_sale ทุกวัน",
        "📸 photo_0021.jpg and 📸 v2.1 are attached",
        "📸 the shots look great",
        "let me / you know tomorrow",
        "Threema ist sicher, aber wir nutzen Slack",
        "see you on telegram @ 5 . 30 pm",
        "skype: later\nThanks for the files",
        "the disc brake pads v2.1 are worn",
        "add me on disc golf club",
        "LINE: y/n/a/b",
        "по доке core.telegram.org/bots/api там retry_after до 30",
    ],
)
def test_does_not_flag_look_alikes(text: str) -> None:
    assert reportable(messenger.detect, text) == []
    assert reportable(social.detect, text) == []


def test_a_handle_is_not_read_back_without_being_said_to_be() -> None:
    text = "my telegram is @ivan_dev, I plan backwards from the deadline"
    assert reportable(messenger.detect, text) == [
        ("messenger.telegram", "my telegram is @ivan_dev", "telegram:@ivan_dev")
    ]


def test_a_wa_me_number_takes_no_digits_past_a_whole_number() -> None:
    text = "wa.me/447700900123 2 times a day"
    assert reportable(messenger.detect, text) == [
        ("messenger.whatsapp", "wa.me/447700900123", "wa.me/447700900123")
    ]
