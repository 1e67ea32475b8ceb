"""The messenger detector: handles, ids and invite links, and the channel named as a topic."""

from __future__ import annotations

import pytest
from tests.engine.detectors.reportable import reportable

from gigguard.engine.detect import detect as lint_detect
from gigguard.engine.detectors.messenger import detect
from gigguard.findings import Category


def found(text: str) -> list[tuple[str, str, str | None]]:
    return reportable(detect, text)


FLAGGED = [
    # should flag
    # Skype
    ("skype: john.smith", "skype", "skype: john.smith", "skype:john.smith"),
    ("Skype ID: john.smith_42", "skype", "Skype ID: john.smith_42", "skype:john.smith_42"),
    ("my skype is john.smith", "skype", "my skype is john.smith", "skype:john.smith"),
    ("add me on skype john", "skype", "skype john", "skype:john"),
    ("skype id john_s", "skype", "skype id john_s", "skype:john_s"),
    ("live:john.smith_42", "skype", "live:john.smith_42", "live:john.smith_42"),
    (
        "contact: skype live:.cid.3f4a9b2c1d",
        "skype",
        "live:.cid.3f4a9b2c1d",
        "live:.cid.3f4a9b2c1d",
    ),
    ("skype:john.smith?call", "skype", "skype:john.smith?call", "skype:john.smith"),
    (
        "join.skype.com/invite/AbC123",
        "skype",
        "join.skype.com/invite/AbC123",
        "join.skype.com/invite/AbC123",
    ),
    # misspelled, spaced, look-alike letters
    ("sk ype: john.smith", "skype", "sk ype: john.smith", "skype:john.smith"),
    ("skpe - john_s", "skype", "skpe - john_s", "skype:john_s"),
    ("skyp id john_s", "skype", "skyp id john_s", "skype:john_s"),
    ("s.k.y.p.e id john_s", "skype", "s.k.y.p.e id john_s", "skype:john_s"),
    ("skipe: john.smith", "skype", "skipe: john.smith", "skype:john.smith"),
    ("ѕkуpe: john.smith", "skype", "ѕkуpe: john.smith", "skype:john.smith"),  # Cyrillic ѕ, у
    (
        "ｓｋｙｐｅ： ｊｏｈｎ．ｓｍｉｔｈ",
        "skype",
        "ｓｋｙｐｅ： ｊｏｈｎ．ｓｍｉｔｈ",
        "skype:john.smith",
    ),
    ("🙂🙂 skype: john.smith", "skype", "skype: john.smith", "skype:john.smith"),
    ("telegrm @devjohn", "telegram", "telegrm @devjohn", "telegram:@devjohn"),
    ("disc0rd: j0hn#4242", "discord", "disc0rd: j0hn#4242", "discord:j0hn#4242"),
    # other languages
    ("mi skype es john.smith", "skype", "mi skype es john.smith", "skype:john.smith"),
    ("meu skype é john.smith", "skype", "meu skype é john.smith", "skype:john.smith"),
    ("meu telegram: devjohn", "telegram", "meu telegram: devjohn", "telegram:@devjohn"),
    ("mon discord : jean.dev", "discord", "mon discord : jean.dev", "discord:jean.dev"),
    ("mein Discord: johndev", "discord", "mein Discord: johndev", "discord:johndev"),
    ("мой телеграм @devjohn", "telegram", "мой телеграм @devjohn", "telegram:@devjohn"),
    ("мой скайп: john.smith", "skype", "мой скайп: john.smith", "skype:john.smith"),
    ("@devjohn в телеграме", "telegram", "@devjohn в телеграме", "telegram:@devjohn"),
    # WhatsApp
    ("😀 wa.me/447911123456", "whatsapp", "wa.me/447911123456", "wa.me/447911123456"),
    (
        "api.whatsapp.com/send?phone=447911123456&text=hi",
        "whatsapp",
        "api.whatsapp.com/send?phone=447911123456&text=hi",
        "wa.me/447911123456",
    ),
    (
        "chat.whatsapp.com/AbCdEf123",
        "whatsapp",
        "chat.whatsapp.com/AbCdEf123",
        "chat.whatsapp.com/AbCdEf123",
    ),
    (
        "whatsapp://send?phone=447911123456",
        "whatsapp",
        "whatsapp://send?phone=447911123456",
        "wa.me/447911123456",
    ),
    ("Whats App: @jane_designs", "whatsapp", "Whats App: @jane_designs", "whatsapp:@jane_designs"),
    # Telegram
    ("t.me/DevJohn", "telegram", "t.me/DevJohn", "t.me/devjohn"),
    ("https://telegram.me/devjohn", "telegram", "https://telegram.me/devjohn", "t.me/devjohn"),
    ("t.me/joinchat/AbCdEf123", "telegram", "t.me/joinchat/AbCdEf123", "t.me/+AbCdEf123"),
    ("t . me/devjohn", "telegram", "t . me/devjohn", "t.me/devjohn"),
    ("telegram @devjohn", "telegram", "telegram @devjohn", "telegram:@devjohn"),
    ("tg: devjohn", "telegram", "tg: devjohn", "telegram:@devjohn"),
    ("my telegram is devjohn", "telegram", "my telegram is devjohn", "telegram:@devjohn"),
    ("ping me @devjohn on telegram", "telegram", "@devjohn on telegram", "telegram:@devjohn"),
    ("tg://resolve?domain=devjohn", "telegram", "tg://resolve?domain=devjohn", "t.me/devjohn"),
    ("Skype/Telegram: @devjohn", "telegram", "Telegram: @devjohn", "telegram:@devjohn"),
    # Discord
    ("discord: john.dev", "discord", "discord: john.dev", "discord:john.dev"),
    ("my discord is johndev", "discord", "my discord is johndev", "discord:johndev"),
    ("john#1234", "discord", "john#1234", "discord:john#1234"),
    ("discord.gg/AbCd12", "discord", "discord.gg/AbCd12", "discord.gg/AbCd12"),
    ("discord.com/invite/AbCd12", "discord", "discord.com/invite/AbCd12", "discord.gg/AbCd12"),
    # WeChat, Signal, Viber, Line
    ("wechat id: lily_88", "wechat", "wechat id: lily_88", "wechat:lily_88"),
    ("we chat id: lily_88", "wechat", "we chat id: lily_88", "wechat:lily_88"),
    ("weixin: lily_88", "wechat", "weixin: lily_88", "wechat:lily_88"),
    ("微信: lily_88", "wechat", "微信: lily_88", "wechat:lily_88"),
    ("我的微信号: lily_88", "wechat", "微信号: lily_88", "wechat:lily_88"),
    ("signal username john.01", "signal", "signal username john.01", "signal:john.01"),
    ("signal.me/#eu/AbCdEf", "signal", "signal.me/#eu/AbCdEf", "signal.me/#eu/AbCdEf"),
    (
        "viber://chat?number=%2B447911123456",
        "viber",
        "viber://chat?number=%2B447911123456",
        "viber://chat?number=%2B447911123456",
    ),
    (
        "invite.viber.com/?g2=AQBxyz",
        "viber",
        "invite.viber.com/?g2=AQBxyz",
        "invite.viber.com/?g2=AQBxyz",
    ),
    ("LINE ID: john_doe", "line", "LINE ID: john_doe", "line:john_doe"),
    ("line.me/ti/p/~john_doe", "line", "line.me/ti/p/~john_doe", "line.me/ti/p/~john_doe"),
    # Zoom, Meet, Slack, Teams
    (
        "zoom.us/j/1234567890?pwd=abc",
        "zoom",
        "zoom.us/j/1234567890?pwd=abc",
        "zoom.us/j/1234567890",
    ),
    (
        "us02web.zoom.us/j/85012345678",
        "zoom",
        "us02web.zoom.us/j/85012345678",
        "zoom.us/j/85012345678",
    ),
    ("zoom id 123 456 7890", "zoom", "zoom id 123 456 7890", "zoom.us/j/1234567890"),
    ("meeting id: 123 4567 8901", "zoom", "meeting id: 123 4567 8901", "zoom.us/j/12345678901"),
    ("My PMI is 123 456 7890", "zoom", "PMI is 123 456 7890", "zoom.us/j/1234567890"),
    (
        "meet.google.com/abc-defg-hij",
        "meet",
        "meet.google.com/abc-defg-hij",
        "meet.google.com/abc-defg-hij",
    ),
    (
        "google meet: abc-defg-hij",
        "meet",
        "google meet: abc-defg-hij",
        "meet.google.com/abc-defg-hij",
    ),
    ("https://acme.slack.com", "slack", "https://acme.slack.com", "acme.slack.com"),
    (
        "join.slack.com/t/acme/shared_invite/zt-abc",
        "slack",
        "join.slack.com/t/acme/shared_invite/zt-abc",
        "join.slack.com/t/acme/shared_invite/zt-abc",
    ),
    (
        "teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
        "teams",
        "teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
        "teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
    ),
    (
        "teams.live.com/meet/9876543210",
        "teams",
        "teams.live.com/meet/9876543210",
        "teams.live.com/meet/9876543210",
    ),
    # more misspellings, scripts and channels
    ("sk*pe: mike_qa_lead", "skype", "sk*pe: mike_qa_lead", "skype:mike_qa_lead"),
    (
        "my skyp is hamza.khan.designer",
        "skype",
        "my skyp is hamza.khan.designer",
        "skype:hamza.khan.designer",
    ),
    ("dc: nyx.renders", "discord", "dc: nyx.renders", "discord:nyx.renders"),
    ("пиши в телегу @igor_devops", "telegram", "телегу @igor_devops", "telegram:@igor_devops"),
    ("آیدی تلگرامم: @reza_design", "telegram", "تلگرامم: @reza_design", "telegram:@reza_design"),
    ("我的微信号是 chenwei_2023", "wechat", "微信号是 chenwei_2023", "wechat:chenwei_2023"),
    ("카톡 아이디: minji_art 로 연락주세요", "kakao", "카톡 아이디: minji_art", "kakaotalk:minji_art"),
    ("open.kakao.com/o/sAbCdEf", "kakao", "open.kakao.com/o/sAbCdEf", "open.kakao.com/o/sAbCdEf"),
    (
        "whereby.com/sam-consults is my room",
        "whereby",
        "whereby.com/sam-consults",
        "whereby.com/sam-consults",
    ),
    ("meet.jit.si/AcmeStandup", "jitsi", "meet.jit.si/AcmeStandup", "meet.jit.si/AcmeStandup"),
    (
        "google meet: meet . google . com / xyz-abcd-efg",
        "meet",
        "meet . google . com / xyz-abcd-efg",
        "meet.google.com/xyz-abcd-efg",
    ),
    (
        "zoom id: one two three four five six seven eight nine zero",
        "zoom",
        "zoom id: one two three four five six seven eight nine zero",
        "zoom.us/j/1234567890",
    ),
    (
        "id de reunión: 851 2345 6789",
        "zoom",
        "id de reunión: 851 2345 6789",
        "zoom.us/j/85123456789",
    ),
    # the handle further on in the sentence: only the handle is flagged
    ("Signal is safer, my username is dan_sec.01", "signal", "dan_sec.01", "signal:dan_sec.01"),
    (
        "Here's my Discord if you want live updates: nova.renders",
        "discord",
        "nova.renders",
        "discord:nova.renders",
    ),
    (
        "Let's talk on Telegram, I'm @pixel_forge_studio there.",
        "telegram",
        "@pixel_forge_studio",
        "telegram:@pixel_forge_studio",
    ),
    # names in other languages and inflections; scripts that glue the next word on
    ("telegramdan yazar mısın @ozlem_finans lütfen", "telegram", "@ozlem_finans",
     "telegram:@ozlem_finans"),
    ("Skype adresi mehmet.kaya.izmr, bugün arayabilir misiniz?", "skype",
     "Skype adresi mehmet.kaya.izmr", "skype:mehmet.kaya.izmr"),
    ("zdzwońmy się na Skype, mój login kamil.retusz.pro, 15 minut", "skype",
     "Skype, mój login kamil.retusz.pro", "skype:kamil.retusz.pro"),
    ("le Skype de notre bureau est fiduciaire.renard.lsn. Cela dit", "skype",
     "fiduciaire.renard.lsn", "skype:fiduciaire.renard.lsn"),
    ("Skypeでビデオ会議できますか？IDは tanaka_design_jp です", "skype", "tanaka_design_jp",
     "skype:tanaka_design_jp"),
    ("Skype: live:.cid.ivanka_if", "skype", "live:.cid.ivanka_if", "live:.cid.ivanka_if"),
    ("คุยทางไลน์สะดวกกว่าค่ะ ไลน์ดิฉัน pattaya.mkt นะคะ", "line", "ไลน์ดิฉัน pattaya.mkt",
     "line:pattaya.mkt"),
    ("텔레그램 @photo_jh_kr 로 메시지 주세요", "telegram", "텔레그램 @photo_jh_kr",
     "telegram:@photo_jh_kr"),
    ("ওনার টেলিগ্রাম @sumi_merch_dhk", "telegram", "টেলিগ্রাম @sumi_merch_dhk",
     "telegram:@sumi_merch_dhk"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "channel", "flagged", "value"), FLAGGED)
def test_flags(text: str, channel: str, flagged: str, value: str) -> None:
    assert found(text) == [(f"messenger.{channel}", flagged, value)]


NOT_FLAGGED = [
    # should not flag
    "ออนไลน์ @shop ทุกวัน",  # "online" in Thai ends in LINE's name
    "제품 라인 @2024 업데이트",  # a product line
    "Skype is down today, my site is example.com",
    # the channel as a work topic or a feature
    "I build WhatsApp bots",
    "a Telegram share button",
    "your Discord server moderation bot",
    "I need a Discord bot for my server",
    "Zoom backgrounds",
    "I integrate Slack notifications",
    "Teams meeting add-in development",
    "telegram bot development",
    "Discord.js developer",
    "I'll send the signal.js file",
    # the channel without a handle: an intent, not a contact detail
    "do you have Skype?",
    "we can use Fiverr's video call instead of Zoom",
    "Skype, Zoom or Google Meet - your choice",
    "ping me on skype later",
    "Skype: yes",
    "Skype call at 5pm",
    "skype: 5pm",
    "skype is better than zoom",
    "Skype is down today",
    "My Skype account was banned",
    "whats app is better",
    "whatsapp +44 7911 123456",  # a number: the phone detector's
    "tg bot",
    # ordinary words that look like channel names
    "my line of work is design",
    "line: bold",
    "Line 2: fix typo",
    "Signal strength: good",
    "discard: old files",
    "telegraf: metrics agent",
    "we chat tomorrow at 5",
    "after we chat john_s will send it",
    "Can we chat later?",
    # references, times and numbers
    "see order #1234",
    "Order#1234 is done",
    "This is a #1 priority ticket#4521",
    "Zoom meeting at 10am",
    "the meeting 123 456 789",
    "The meeting ID field",
    # an e-mail after the channel name is the e-mail detector's
    "skype: john@outlook.com",
    # links to the channel's own pages
    "we use discord.com/developers/docs",
    "web.whatsapp.com",
    "https://t.me",
    # a plain word that reads on, or a name that means something else
    "DC: Marvel",
    "WeChat mini-program UI kit is done",
    "wechat: chinese clients mostly",
    "Tools: Figma - Slack - Discord - Notion",
    "Can you make a Skype-like app?",
    "Skype ID verification process",
    "I use Telegram. @john can you check?",
    "Apt#1234",
    "t.me/share/url?url=x",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_does_not_flag(text: str) -> None:
    assert found(text) == []


def test_spans_map_back_through_emoji_and_lookalikes() -> None:
    text = "hi 👋🏽 мой ѕkуpe: john.smith ok"
    assert found(text) == [("messenger.skype", "мой ѕkуpe: john.smith", "skype:john.smith")]


def test_two_channels_in_one_message() -> None:
    text = "Hit me up on discord: jane#0001 or telegram t.me/jane_dev"
    assert found(text) == [
        ("messenger.discord", "discord: jane#0001", "discord:jane#0001"),
        ("messenger.telegram", "t.me/jane_dev", "t.me/jane_dev"),
    ]


def test_messenger_link_beats_the_url_detector() -> None:
    text = "Let's move to whatsapp: wa.me/447911123456"
    detections = lint_detect(text, "fiverr")
    assert [(d.category, text[d.start : d.end]) for d in detections] == [
        (Category.MESSENGER, "wa.me/447911123456")
    ]


MORE_NAMES_AND_DISGUISES = [
    # should flag
    # app names in more languages and nicknames
    ("QQ：48271936", "qq", "QQ：48271936", "qq:48271936"),
    ("扣扣 1052876431", "qq", "扣扣 1052876431", "qq:1052876431"),
    ("纸飞机 @weiming_studio", "telegram", "纸飞机 @weiming_studio", "telegram:@weiming_studio"),
    ("טלגרם: @noa_design", "telegram", "טלגרם: @noa_design", "telegram:@noa_design"),
    ("мій діскорд: @oksana_works", "discord", "мій діскорд: @oksana_works", "discord:oksana_works"),
    ("디코 아이디 minjun_art", "discord", "디코 아이디 minjun_art", "discord:minjun_art"),
    ("カカオのID: kenji88", "kakao", "kenji88", "kakaotalk:kenji88"),
    ("me chama no zap: @bia_dev", "whatsapp", "zap: @bia_dev", "whatsapp:@bia_dev"),
    # …fourth round: Thai with the verb glued on, Arabic and Persian short forms, Greek, a
    # Korean identifier word with its particle
    ("โหลดไม่ได้ทักไลน์ @koalaclips มาได้เลย", "line", "ทักไลน์ @koalaclips", "line:koalaclips"),
    ("تيلي: @koala_motion77", "telegram", "تيلي: @koala_motion77", "telegram:@koala_motion77"),
    ("آیدی تلگ: @koala_termeh", "telegram", "تلگ: @koala_termeh", "telegram:@koala_termeh"),
    ("βρες με στο ντισκόρντ, είμαι ο koala_ux77", "discord", "koala_ux77", "discord:koala_ux77"),
    ("카톡 아이디는 koalavoice", "kakao", "카톡 아이디는 koalavoice", "kakaotalk:koalavoice"),
    (
        "TG po ako, @k*o*a*l*a*_*s*u*b*s (no stars)",
        "telegram",
        "@k*o*a*l*a*_*s*u*b*s",
        "telegram:@koala_subs",
    ),
    # the app's emoji
    ("Hier mein Kontakt: ✈️ @lena_works", "telegram", "✈️ @lena_works", "telegram:@lena_works"),
    # a name spelled out letter by letter, a one-letter preposition glued on
    (
        "найди меня в т е л е г е: a r a m _ f x",
        "telegram",
        "в т е л е г е: a r a m _ f x",
        "telegram:@aram_fx",
    ),
    # a handle spelled out a few words after the app's name
    (
        "Telegram'dan yazabilirsin, kullanıcım t e k s t i l _ k o n y a tamam mı",
        "telegram",
        "t e k s t i l _ k o n y a",
        "telegram:@tekstil_konya",
    ),
    # a Signal username (dot and digits) a few words after the app's name
    ("bei Signal bin ich lena.42", "signal", "lena.42", "signal:lena.42"),
    ("jestem na Signalu jako tomasz.42", "signal", "tomasz.42", "signal:tomasz.42"),
    # Skype names with a dot after "live:", or typed with spaces
    ("Mein Skype: live:.kerstin.texte", "skype", "live:.kerstin.texte", "live:.kerstin.texte"),
    (
        "mera skype live : meenu . designs hai",
        "skype",
        "live : meenu . designs",
        "live:meenu.designs",
    ),
    (
        "方便加個LINE嗎？我的ID是 taichung.reno88 啦",
        "line",
        "taichung.reno88",
        "line:taichung.reno88",
    ),
]


@pytest.mark.parametrize(("text", "channel", "flagged", "value"), MORE_NAMES_AND_DISGUISES)
def test_flags_names_in_more_languages_and_disguises(
    text: str, channel: str, flagged: str, value: str
) -> None:
    assert found(text) == [(f"messenger.{channel}", flagged, value)]


@pytest.mark.parametrize(
    "text",
    [
        # should not flag
        "✈️ to Paris on 12 May, back on the 20th",
        "qq 2 people asked the same",
        "I use Telegram a lot. t e s t i n g is fun",
        "I live : London . Great city",
        "skype? I live : London . Great",
        "📷 photos of the product are attached",
        "signal processing in python3.10 works",
        "the signal dropped to 3.42 dB",
        "ออนไลน์ @koalaclips",  # Thai "online" ends in the app's name
        "تيلي فون جديد",
    ],
)
def test_does_not_flag_the_new_disguises_look_alikes(text: str) -> None:
    assert found(text) == []


def test_a_camera_emoji_before_an_at_handle_is_instagram() -> None:
    text = "Te dejo mi contacto: 📷 @lucia.studio"
    assert [
        (d.category, d.kind, text[d.start : d.end], d.value) for d in lint_detect(text, "fiverr")
    ] == [(Category.SOCIAL, "social.instagram", "📷 @lucia.studio", "instagram:@lucia.studio")]


REFERRED_HANDLES = [
    # should flag: a handle-shaped token a few words after the channel's name
    ("add me on skype pls, i am there as maria.lopez_dev", "skype", "maria.lopez_dev",
     "skype:maria.lopez_dev"),
    ("Mi Skype es ana.ruiz.design, conectamos mañana", "skype", "Mi Skype es ana.ruiz.design",
     "skype:ana.ruiz.design"),
    ("sur Discord je suis pierre_motion, ajoute-moi", "discord", "pierre_motion",
     "discord:pierre_motion"),
    ("discord pe ping kar do, naam hai arjun.edits7", "discord", "arjun.edits7",
     "discord:arjun.edits7"),
    ("Skype adresim selin.yilmaz34 olarak kayıtlı", "skype", "Skype adresim selin.yilmaz34",
     "skype:selin.yilmaz34"),
    ("加微信吧 我的是 lily_studio2024", "wechat", "lily_studio2024", "wechat:lily_studio2024"),
    ("绿泡泡 zhang_photo88 加我", "wechat", "绿泡泡 zhang_photo88", "wechat:zhang_photo88"),
    ("ディスコだと yuki_art です", "discord", "yuki_art", "discord:yuki_art"),
    ("skype id: pedro (dot) costa (dot) br", "skype", "skype id: pedro (dot) costa (dot) br",
     "skype:pedro.costa.br"),
    ("Signal: anna.berlin.77", "signal", "Signal: anna.berlin.77", "signal:anna.berlin.77"),
    ("🐧 2846193750 备注设计", "qq", "🐧 2846193750", "qq:2846193750"),
    ("有问题飞机找我 @wang_dev_cn", "telegram", "@wang_dev_cn", "telegram:@wang_dev_cn"),
    # an "@handle" may wait for the next sentence
    ("Do you use Telegram? It is faster. I'm @omar_builds", "telegram", "@omar_builds",
     "telegram:@omar_builds"),
    # …and so may a plain one that an identifier word opening its sentence presents
    ("ラインやってます？ こちらのIDは koala_river_oto です", "line", "koala_river_oto",
     "line:koala_river_oto"),
    ("t7eb nahkiw 3al discord khir? pseudo mte3i koala_tn77", "discord", "koala_tn77",
     "discord:koala_tn77"),
    ("nkammel 3al skype a7san? esmi 3aleh koala.karim.design", "skype", "koala.karim.design",
     "skype:koala.karim.design"),
    ("Do you use Telegram? My username is koala.river", "telegram", "koala.river",
     "telegram:@koala.river"),
    # a handle between two names belongs to the one before it
    ("Я в телеге как @dima_front, в вотсапе меня нет", "telegram", "@dima_front",
     "telegram:@dima_front"),
    ("escríbeme por m.me/estudio.luz", "messenger", "m.me/estudio.luz", "m.me/estudio.luz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "channel", "flagged", "value"), REFERRED_HANDLES)
def test_flags_a_handle_the_sentence_hands_to_a_channel(
    text: str, channel: str, flagged: str, value: str
) -> None:
    assert found(text) == [(f"messenger.{channel}", flagged, value)]


NOT_REFERRED = [
    # should not flag: the channel is the topic, the token a file, a version or code
    "I built a discord bot with node_modules cached",
    "WhatsApp API template order_update is approved",
    "skype for business needs version 16.0.4 installed",
    "discord.py needs python3.10 or newer",
    "on Discord I posted the file final_logo.png",
    "telegram bot written in python, see main_handler",
    "line_height and line 42 in style.css",
    "Signal processing in signal_utils.py",
    "I'm not on WhatsApp. Our site is acme.io",
    "我不用飞机，飞机票 CA1234 已订",
    "Skype? Sorry. The file is brand_book_v2 now",
    "dc motor model xr_200 spec",
    # another thing's id in the next sentence, and Arabizi words after the name
    "Do you use Telegram? The order id is ord_5521",
    "We moved to discord last year. Username rules are strict, see the id field",
    "nkammel 3al skype a7san?",
    "el meeting 3al skype ba3d el 3asr",
]


@pytest.mark.parametrize("text", NOT_REFERRED)
def test_does_not_flag_tokens_the_sentence_does_not_hand_over(text: str) -> None:
    assert found(text) == []


# A handle after the app named in the set's scripts and case endings, or after "my username".
NAMES_IN_MORE_SCRIPTS = [
    # should flag
    ("ფაილები ტელეგრამზე გამომიგზავნე, @gio_design_tb", "telegram", "@gio_design_tb",
     "telegram:@gio_design_tb"),
    ("Napíš mi na telegrame, som tam ako @peter_zilina77", "telegram", "@peter_zilina77",
     "telegram:@peter_zilina77"),
    ("Olen discordissa, nimi aino_koodaa, sieltä löytää", "discord", "aino_koodaa",
     "discord:aino_koodaa"),
    ("Додај ме на дискорду, ник ми је zoran_gamer", "discord", "zoran_gamer",
     "discord:zoran_gamer"),
    ("Բարև, գրեք Տելեգրամով՝ @ani_dev_am, այնտեղ", "telegram", "@ani_dev_am",
     "telegram:@ani_dev_am"),
    ("ޓެލެގްރާމްގައި މެސެޖް ކުރައްވާ: @ahmed_mv_01", "telegram", "@ahmed_mv_01",
     "telegram:@ahmed_mv_01"),
    ("ឆាតមកតេឡេ dara_shop77 មើលបាន", "telegram", "តេឡេ dara_shop77", "telegram:@dara_shop77"),
    ("ແອດໄລນ໌ມາໄດ້ ID: noy.shop ຈະສົ່ງ", "line", "noy.shop", "line:noy.shop"),
    ("Tere, kas saaksime Skype'is rääkida? Minu kasutaja on mart.kask.tallinn", "skype",
     "mart.kask.tallinn", "skype:mart.kask.tallinn"),
    ("t нуқта me слэш khujand_dev", "telegram", "t нуқта me слэш khujand_dev",
     "t.me/khujand_dev"),
    ("t ດອດ me/vientiane_silk", "telegram", "t ດອດ me/vientiane_silk", "t.me/vientiane_silk"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "channel", "flagged", "value"), NAMES_IN_MORE_SCRIPTS)
def test_flags_handles_after_names_in_more_scripts(
    text: str, channel: str, flagged: str, value: str
) -> None:
    assert found(text) == [(f"messenger.{channel}", flagged, value)]


@pytest.mark.parametrize(
    "text",
    [
        # should not flag
        "ອອນໄລນ໌ @koalaclips",  # Lao "online" ends in the app's name
        "telegrame je veľa skupín o python3.10",  # a topic, no handle
        "ტელეგრამი კარგი აპია, ყველა იყენებს",  # Georgian "Telegram is a good app"
        "Diskutovali sme o discorde a o hrách",  # a topic, plain words after it
    ],
)
def test_does_not_flag_the_names_in_more_scripts_as_topics(text: str) -> None:
    assert found(text) == []
