"""Phone detector: numbers as written, dictated and disguised in many countries, and the figures
(prices, dates, versions, ids, cards…) that only look like them."""

import time

import pytest

from gigguard.engine.detect import detect
from gigguard.engine.detectors import phone
from gigguard.engine.detectors.base import Detection, DetectionContext
from gigguard.engine.normalize import normalize
from gigguard.findings import Category


def phone_detections(text: str, platform: str = "fiverr") -> list[Detection]:
    return [d for d in detect(text, platform) if d.category == Category.PHONE]


def phones(text: str, platform: str = "fiverr") -> list[tuple[str, str | None]]:
    return [(text[d.start : d.end], d.value) for d in phone_detections(text, platform)]


# should flag
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # United States: the North American shapes, with and without the country code
        ("Call me at (650) 723-5666", [("(650) 723-5666", "+16507235666")]),
        ("650-723-5666", [("650-723-5666", "+16507235666")]),
        ("my cell: 650.723.5666.", [("650.723.5666", "+16507235666")]),
        ("+1 415 555 0123", [("+1 415 555 0123", "+14155550123")]),
        ("1-650-723-5666", [("1-650-723-5666", "+16507235666")]),
        ("text me 4155550123", [("4155550123", "+14155550123")]),
        ("my cell is 415 555 0123, thanks", [("415 555 0123", "+14155550123")]),
        # United Kingdom
        ("+44 7911 123456", [("+44 7911 123456", "+447911123456")]),
        ("My UK mobile is 07911 123456", [("07911 123456", "+447911123456")]),
        ("0044 20 7946 0958", [("0044 20 7946 0958", "+442079460958")]),
        ("+44 (0) 20 7946 0958", [("+44 (0) 20 7946 0958", "+442079460958")]),
        ("(+44) 7911 123456", [("(+44) 7911 123456", "+447911123456")]),
        ("Call me on 020 7946 0958", [("020 7946 0958", "+442079460958")]),
        # India
        ("whatsapp +91 98765 43210", [("+91 98765 43210", "+919876543210")]),
        ("My number is 98765 43210", [("98765 43210", "+919876543210")]),
        ("+919876543210", [("+919876543210", "+919876543210")]),
        # Pakistan
        ("Pakistan: 0300 1234567", [("0300 1234567", "+923001234567")]),
        ("WhatsApp: +92-300-1234567", [("+92-300-1234567", "+923001234567")]),
        ("(0300 1234567)", [("0300 1234567", "+923001234567")]),
        ("whatsapp 923001234567", [("923001234567", "+923001234567")]),  # as in wa.me links
        # Nigeria
        ("Nigeria 0803 123 4567", [("0803 123 4567", "+2348031234567")]),
        ("My WhatsApp is +234 803 123 4567!", [("+234 803 123 4567", "+2348031234567")]),
        # Germany
        ("Handy: 0151 12345678", [("0151 12345678", "+4915112345678")]),
        ("Tel.: +49 30 1234567", [("+49 30 1234567", "+49301234567")]),
        # Brazil
        ("Brasil (11) 91234-5678", [("(11) 91234-5678", "+5511912345678")]),
        ("+55 11 91234-5678", [("+55 11 91234-5678", "+5511912345678")]),
        # Spain
        ("móvil 612 345 678", [("612 345 678", "+34612345678")]),
        ("+34 612 34 56 78", [("+34 612 34 56 78", "+34612345678")]),
        # France
        ("France 06 12 34 56 78", [("06 12 34 56 78", "+33612345678")]),
        ("appelle-moi 06.12.34.56.78", [("06.12.34.56.78", "+33612345678")]),
        # Russia
        ("звоните 8 (912) 345-67-89", [("8 (912) 345-67-89", "+79123456789")]),
        ("+7 912 345-67-89", [("+7 912 345-67-89", "+79123456789")]),
        # Philippines, Bangladesh, Mexico
        ("Philippines 0917 123 4567", [("0917 123 4567", "+639171234567")]),
        ("+63 917 123 4567", [("+63 917 123 4567", "+639171234567")]),
        ("Bangladesh 01712-345678", [("01712-345678", "+8801712345678")]),
        ("+880 1712-345678", [("+880 1712-345678", "+8801712345678")]),
        ("número: +52 55 1234 5678", [("+52 55 1234 5678", "+525512345678")]),
        # more countries, grouped as they print numbers there
        ("O meu telemóvel é 912 345 678, estou em Lisboa", [("912 345 678", "+351912345678")]),
        ("Mój numer: 512 345 678, proszę dzwonić", [("512 345 678", "+48512345678")]),
        ("電話番号は090-1234-5678です。", [("090-1234-5678", "+819012345678")]),
        ("제 번호는 010-1234-5678 입니다", [("010-1234-5678", "+821012345678")]),
        ("我的手机号是 138 0013 8000，加微信", [("138 0013 8000", "+8613800138000")]),
        ("كلمني واتساب ٠١٠٠١٢٣٤٥٦٧", [("٠١٠٠١٢٣٤٥٦٧", "+201001234567")]),
        ("call/sms: 1-800-555-0199", [("1-800-555-0199", "+18005550199")]),
        # international but in a range no operator holds: still written as a phone number
        ("WhatsApp +44 7700 900123", [("+44 7700 900123", "+447700900123")]),
        # spelled out: en, es, pt, fr, de, ru, mixed with digits
        (
            "four one five five five five zero one two three",
            [("four one five five five five zero one two three", "+14155550123")],
        ),
        (
            "call me: four one five, five five five, zero one two three",
            [("four one five, five five five, zero one two three", "+14155550123")],
        ),
        (
            "call four one five double five five zero one two three",
            [("four one five double five five zero one two three", "+14155550123")],
        ),
        (
            "mi móvil: seis uno dos tres cuatro cinco seis siete ocho",
            [("seis uno dos tres cuatro cinco seis siete ocho", "+34612345678")],
        ),
        (
            "meu zap: um um nove um dois três quatro cinco seis sete oito",
            [("um um nove um dois três quatro cinco seis sete oito", "+5511912345678")],
        ),
        (
            "zéro six un deux trois quatre cinq six sept huit",
            [("zéro six un deux trois quatre cinq six sept huit", "+33612345678")],
        ),
        (
            "null eins fünf eins eins zwei drei vier fünf sechs sieben acht",
            [("null eins fünf eins eins zwei drei vier fünf sechs sieben acht", "+4915112345678")],
        ),
        (
            "восемь девять один два три четыре пять шесть семь восемь девять",
            [
                (
                    "восемь девять один два три четыре пять шесть семь восемь девять",
                    "+79123456789",
                )
            ],
        ),
        (
            "plus four four seven nine one one one two three four five six",
            [("plus four four seven nine one one one two three four five six", "+447911123456")],
        ),
        ("92three00one234567", [("92three00one234567", "+923001234567")]),
        ("whats app 0 3 zero zero 1234567", [("0 3 zero zero 1234567", "+923001234567")]),
        (
            "call me: +1 four zero eight, 555, oh one five two",
            [("+1 four zero eight, 555, oh one five two", "+14085550152")],
        ),
        (
            "📞 six four six • five five five • zero one four eight",
            [("six four six • five five five • zero one four eight", "+16465550148")],
        ),
        # look-alikes, other digit forms, spacing, emoji
        ("4l5-555-O123", [("4l5-555-O123", "+14155550123")]),
        ("O3OO-l234567", [("O3OO-l234567", "+923001234567")]),
        ("４１５－５５５－０１２３", [("４１５－５５５－０１２３", "+14155550123")]),
        ("+٩٢ ٣٠٠ ١٢٣٤٥٦٧", [("+٩٢ ٣٠٠ ١٢٣٤٥٦٧", "+923001234567")]),
        ("4 1 5 5 5 5 0 1 2 3", [("4 1 5 5 5 5 0 1 2 3", "+14155550123")]),
        ("4 1 5, 5 5 5, 0 1 2 3", [("4 1 5, 5 5 5, 0 1 2 3", "+14155550123")]),
        ("indian no. 9.8.7.6.5.4.3.2.1.0 msg me", [("9.8.7.6.5.4.3.2.1.0", "+919876543210")]),
        ("📞+1 (415) 555-0123", [("+1 (415) 555-0123", "+14155550123")]),
        ("😀😀 call 415 555 0123 😀", [("415 555 0123", "+14155550123")]),
        ("4️⃣1️⃣5️⃣5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣3️⃣", [("4️⃣1️⃣5️⃣5️⃣5️⃣5️⃣0️⃣1️⃣2️⃣3️⃣", "+14155550123")]),
        # glued to a phone word, a stray "lol" read as "101", a figure before the number
        ("tel4155550123", [("4155550123", "+14155550123")]),
        ("tel-4155550123", [("4155550123", "+14155550123")]),
        ("call me 4155550123 lol", [("4155550123", "+14155550123")]),
        ("I have 3. Call 4155550123", [("4155550123", "+14155550123")]),
        # several numbers in one draft
        (
            "call +44 7911 123456 or 07911 123457",
            [("+44 7911 123456", "+447911123456"), ("07911 123457", "+447911123457")],
        ),
        (
            "Phone 0300 1234567 0321 7654321",
            [("0300 1234567", "+923001234567"), ("0321 7654321", "+923217654321")],
        ),
        (
            "call 415 555 0123 415 555 0199",
            [("415 555 0123", "+14155550123"), ("415 555 0199", "+14155550199")],
        ),
        (
            "4155550123, 4155550199 call me",
            [("4155550123", "+14155550123"), ("4155550199", "+14155550199")],
        ),
        (
            "+44 7911 123456 / +44 7911 123457",
            [("+44 7911 123456", "+447911123456"), ("+44 7911 123457", "+447911123457")],
        ),
    ],
)
def test_flags(text: str, expected: list[tuple[str, str]]) -> None:
    assert phones(text) == expected


# should not flag
@pytest.mark.parametrize(
    "text",
    [
        # prices and amounts
        "$1,250.00",
        "€450",
        "1500 USD",
        "₹75000",
        "Rs. 25,000",
        "Call me: the budget is 4155550123 dollars",
        "call me: price is $ 4155550123",
        "Prices: 100, 200, 300, 400",
        # dates and times
        "2024-03-15",
        "15/03/2024",
        "03.15.2024",
        "20240315",
        "contact me on 15/03/2024",
        "my number 20240315",
        "10:30",
        "Call me at 10:30–11:45",
        # versions
        "v2.14.3",
        "3.11.7",
        "1.2.3.4",
        "Contact me about v2023.10.1234",
        "Chrome 122.0.6261.112 shows the bug",
        # orders, invoices, tickets, tracking, ids
        "order #FO81A2B3C4D5",
        "Order 1234567890",
        "call me about your order #4155550123",
        "INV-2024-00087",
        "Whatsapp me regarding INV-2024-0008734",
        "ticket 88231775",
        "tracking 1Z999AA10123456784",
        "Here's the tracking: 9400 1118 9922 3856 7890 12",
        "USPS 9400 1118 9922 3856 7890 12",
        "my id=4155550123 call",
        "https://www.fiverr.com/inbox/41555501234",
        "PO number 4500123456 must appear on the invoice.",
        "El número de pedido es 1029384756 y la fecha 15/03/2024.",
        "Номер заказа 781245903, оплата прошла.",
        "Run ids 20240315-001 through 20240315-045 failed",
        "Unix time 1710460800 is the deadline",
        "The EAN-13 for the product label is 4006381333931.",
        # tracking and listing numbers in other languages (before the number, or by courier)
        "el número de guía es 7789 4521 3360 (DHL)",
        "Oferta nr 13845529077 na Allegro do poprawy",
        "رقم الشحنة عند أرامكس 4587 2231 907",
        "DHL ট্র্যাকিং 4829173650, প্রজেক্ট #38812047",
        "追跡番号は 4912-3456-7890 です📦",
        "CJ대한통운 송장번호 6093 4418 2207 이고",
        "运单号：7789 4521 3360",
        "Kargo takip no: 7123 4567 8901 23",
        "mã vận đơn 8473 9201 5566",
        "IBAN: DE89 3704 0044 0532 0130 00",
        # a code with a letter prefix; an example in a form's spec
        "Numéro de commande chez l'imprimeur : IMP-2024-0873",
        "Phone: {client_phone}   e.g. +1 555 0100",
        "campo telefone, exemplo: (11) 98765-4321",
        "例如 13812345678",
        # ISBNs
        "ISBN 978-0-306-40615-7",
        "9780306406157",
        "Reach me! My ISBN 979-10-90636-07-1",
        # coordinates
        "40.7128, -74.0060",
        "37.7749,-122.4194",
        "contact: 40.712776 -74.005974",
        # payment cards
        "4242 4242 4242 4242",
        "4111-1111-1111-1111",
        "Call me, card 378282246310005",
        # sizes
        "1920x1080",
        "300 x 250 px",
        "210 x 297 mm",
        # hex colours
        "#1A2B3C",
        "#ff0000",
        "call me, colour #123456",
        # IP addresses
        "192.168.0.1",
        "phone 10.0.0.138",
        # years and ranges
        "2019-2024",
        "1990 - 2000",
        "Contact me to discuss the 2019-2024 report",
        # counts and percentages
        "12,500 followers",
        "50000 words",
        "ring me, 1500000 views",
        "phone: 99.99%",
        # zip codes
        "94105",
        "The ZIP is 94105-1234, call me",
        # model numbers, citations
        "WH-1000XM4",
        "model 8821-4455-12",
        "J. Comput. Phys. 176, 205-227 (2002).",
        "In IEEE ASRU 2007. 347-352. Phone Classification",
        # bare figures too short to tell, counting, small numbers
        "4155550",
        "12345678",
        "I have one or two questions, so three",
        "one, two, three, four, five, six, seven",
        "Call me, I can do 3 logos for 4 5 6 7 8 9",
        # placeholders in a form or a spec
        "Telefone: +244 900 000 000",
        "placeholder +39 000 000 0000",
        "ফোন: 01000000000",
        "เบอร์ 123-456-7890",
        # styles and addresses pasted from a page
        "mso-font-signature:-1342176593 1775729915 48 0 524447 0;}",
        "{font-family:Batang; panose-1:2 3 6 0 0 1 1 1 1 1;",
        'see <A HREF="http://www.awlonline.com/product/0,2627,0201441241,00.html">',
        "padding: 415 555 0123;",
        # seven digits that are a number only as nobody there writes it (German without "0721")
        "Phone: 721-6325",
    ],
)
def test_does_not_flag(text: str) -> None:
    assert phones(text) == []


def test_kind_says_whether_the_digits_were_disguised() -> None:
    kinds = {
        text: [d.kind for d in phone_detections(text)]
        for text in (
            "+1 415 555 0123",
            "４１５－５５５－０１２３",  # full-width digits are how some keyboards type
            "4 1 5 5 5 5 0 1 2 3",
            "four one five five five five zero one two three",
            "4l5-555-O123",
            "92three00one234567",
        )
    }
    assert kinds == {
        "+1 415 555 0123": ["phone"],
        "４１５－５５５－０１２３": ["phone"],
        "4 1 5 5 5 5 0 1 2 3": ["phone"],
        "four one five five five five zero one two three": ["phone.spelled-out"],
        "4l5-555-O123": ["phone.spelled-out"],
        "92three00one234567": ["phone.spelled-out"],
    }


def confidence(text: str) -> float:
    [detection] = phone_detections(text)
    return detection.confidence


def test_confidence_follows_shape_and_context() -> None:
    assert confidence("+44 7911 123456") >= 0.9
    assert confidence("(650) 723-5666") >= 0.85
    assert confidence("650.723.5666") >= 0.85
    # a bare ten-digit figure is a phone number only just; a phone word makes it certain
    assert 0.5 <= confidence("4155550123") < confidence("call me 4155550123")
    assert confidence("whatsapp 4155550123") >= 0.85
    # digits read out one by one are raised: nobody dictates a price
    assert confidence("four one five five five five zero one two three") > confidence("4155550123")


def test_short_bare_figures_need_context() -> None:
    assert phones("612345678") == []
    assert phones("móvil 612345678") == [("612345678", "+34612345678")]


def test_the_draft_says_which_country() -> None:
    # "03001234567" is a UK non-geographic number and a Pakistani mobile: the draft decides
    assert phones("03001234567") == [("03001234567", "+923001234567")]  # a mobile, by default
    assert phones("My UK office: 03001234567") == [("03001234567", "+443001234567")]
    assert phones("Pakistan: 03001234567") == [("03001234567", "+923001234567")]
    # so does an international number elsewhere in the draft
    assert phones("+44 7911 123456 or 03001234567") == [
        ("+44 7911 123456", "+447911123456"),
        ("03001234567", "+443001234567"),
    ]
    # and so does the grouping: "0300 123 4567" is how Britain prints it
    assert phones("0300 123 4567") == [("0300 123 4567", "+443001234567")]
    assert phones("0300 1234567") == [("0300 1234567", "+923001234567")]


def test_a_line_and_its_fax_are_two_numbers_not_a_series() -> None:
    assert [value for _, value in phones("Tel 020 7946 0958, fax 020 7946 0959")] == [
        "+442079460958",
        "+442079460959",
    ]


def test_the_platform_says_which_country() -> None:
    # unformatted, "03001234567" is read as the Pakistani mobile it is; on a British
    # marketplace, as the British number it also is
    assert phones("03001234567", "fiverr") == [("03001234567", "+923001234567")]
    assert phones("03001234567", "peopleperhour") == [("03001234567", "+443001234567")]
    # but the writer's own grouping outweighs the platform ("0300 1234567" is Pakistani style),
    # and a number as nobody in Britain writes one is not forced into Britain
    assert phones("0300 1234567", "peopleperhour") == [("0300 1234567", "+923001234567")]
    assert phones("call 7185550194", "peopleperhour") == [("7185550194", "+17185550194")]


def test_span_maps_back_past_emoji_and_invisible_characters() -> None:
    text = "👋🏽 hi! 📱 +1 (415)\u200b 555-0123 👍"
    [detection] = phone_detections(text)
    assert text[detection.start : detection.end] == "+1 (415)\u200b 555-0123"
    assert detection.value == "+14155550123"


@pytest.mark.parametrize(
    "unit",
    [
        "call 415-555-0123 ",
        "12 34 56 78 ",
        "1.2.3.4.5.6.7.8.9.",
        "four one five ",
        "+1 +2 (3) ",
        "0300 1234567 ",
        "9876543210 x ",
        "0#&",
    ],
)
def test_time_grows_linearly(unit: str) -> None:
    def seconds(size: int) -> float:
        draft = normalize((unit * (size // len(unit) + 1))[:size])
        started = time.perf_counter()
        list(phone.detect(draft, DetectionContext("fiverr")))
        return time.perf_counter() - started

    small, large = seconds(20_000), seconds(100_000)
    assert large <= 12 * small + 0.05
    assert large < 5.0


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        # should flag: dictated in the writer's own language, with the country it implies
        ("zéro quatre septante-deux douze trente-quatre cinquante-six", "+32472123456"),
        ("zadzwoń: pięćset jeden, dwieście trzydzieści, czterysta pięćdziesiąt sześć",
         "+48501230456"),
        ("không chín không năm, ba một tám, bảy bốn hai", "+84905318742"),
        ("공 일 공 - 팔 이 오 삼 - 구 칠 일 사", "+821082539714"),
        ("ศูนย์แปดเก้า สี่ห้าหก เจ็ดหนึ่งสองสาม", "+66894567123"),
        ("Στείλε μου: συν τρία μηδέν έξι εννέα ένα δύο οκτώ επτά τρία έξι τέσσερα πέντε",
         "+306912873645"),
        # digits apart, and a verb glued to the "+"
        ("Escríbeme: +5_2_8_1_1_9_3_7_4_2_0_5", "+528119374205"),
        ("İletişim bilgim: +90🔥555🔥914🔥72🔥83", "+905559147283"),
        ("Oto mój kontakt: dzwoń+48601937428", "+48601937428"),
        # a national number, its country named in its own script or told by the language
        ("أنا في دبي، الإمارات: 050 187 3642", "+971501873642"),
        ("Jsem v Praze v Česku, číslo 601 873 645", "+420601873645"),
        ("אני בתל אביב, ישראל, המספר שלי 050-287-3645", "+972502873645"),
    ],
)  # fmt: skip
def test_flags_numbers_in_every_language(text: str, e164: str) -> None:
    assert [value for _, value in phones(text)] == [e164]


@pytest.mark.parametrize(
    "text",
    [
        # should not flag: figures with meaningful separators, everyday words and kana
        "Pay $1,234,567 by 12:30:45",
        "Version 1*2*3",
        "田中さんにご連絡ください",
        "moja kwa moja, tano tu",
    ],
)
def test_does_not_flag_words_and_symbols_that_only_look_numeric(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        # the draft's language says which country a national number is in
        ("hoi! kun je me even appen? 06 41 87 29 53, dan stuur ik het door", "+31641872953"),
        ("Hi po! Pwede po ba tayo mag-usap? Number ko po: 0917 452 8819", "+639174528819"),
        ("buongiorno, preferisco sentirci al telefono: 051 644 7213", "+390516447213"),
        ("لو محتاج نراجع سوا، أنا على فايبر 0777 318 246 كلمني بالليل", "+962777318246"),
        ("لطفا تو واتساپ پیام بدید ۰۹۳۵۶۱۲۰۸۴۳", "+989356120843"),
        # numbers broken by a line, dashes of other scripts, numerals mixed with digits
        ("WhatsApp: +91 70141\n55890", "+917014155890"),
        ("電話は０８０ー３３９２ー１１４７です", "+818033921147"),
        ("번호는 공1공-삼3삼9-7칠2일 입니다", "+821033397721"),
        # Urdu dictation in English words, Arabic commas between the groups
        ("واٹس ایپ: زیرو تین زیرو ایک، چار پانچ چھ سات، آٹھ نو دو", "+923014567892"),
    ],
)
def test_flags_numbers_read_in_the_writers_country(text: str, e164: str) -> None:
    assert [value for _, value in phones(text)] == [e164]


@pytest.mark.parametrize(
    "text",
    [
        # should not flag: figures one a line, dates and counts in the same languages
        "Prijzen:\n100\n200\n350",
        "ik heb drieëntwintig jaar ervaring, 2019 2020\n2021 2022",
        "2024년 3월 15일에 만나요",
        "سفارش ۱۲۳، ۴۵۶ تومان",
    ],
)
def test_does_not_flag_figures_in_the_same_languages(text: str) -> None:
    assert phones(text) == []


# A national number is read in the country the draft points to, not a neighbour's
@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("有問題可以直接打給我 0912 345 678，謝謝", "+886912345678"),
        ("有咩事搵我，打俾我 6123 4587 啦", "+85261234587"),
        ("هلا، تبي نخلص الحين؟ كلمني على 050 312 4476", "+971503124476"),
        ("بغيت نعرف الثمن ديال اللوغو، عيط ليا 0661 23 45 78", "+212661234578"),
        ("हजुर, मेरो नम्बर ९८४१-५५२-३१० मा फोन गर्नुस्", "+9779841552310"),
        ("Asante sana! Nipigie kwa simu 0754 318 227 kama unataka", "+255754318227"),
        ("Salut, vreau un site, suna-ma la 0744 512 903 te rog", "+40744512903"),
        ("Dobry den, zavolejte mi prosim na 731 204 586", "+420731204586"),
        ("ya po, escríbeme al wsp 9 8765 4321 cachai", "+56987654321"),
        ("Bonjour, appelez-moi au 77 512 34 89 (indicatif 221)", "+221775123489"),
        ("WhatsApp au 07 48 15 62 93 (+225) le soir", "+2250748156293"),
        ("Pieter Jansen\nt. 0476 52 18 93\njansenbouw.be", "+32476521893"),
        ("Büro in Berlin, ruf mich an: 030 / 12 34 56 78", "+493012345678"),
        ("dale, llamame al cel 11 4852-7319", "+5491148527319"),
        ("che, mandame un wsp al 11 15 6284-1937", "+5491162841937"),
        # languages typed without their marks, dialects, and the countries they point to
        ("boleh whatsapp saya kat 012-718 4392, nak bincang sikit", "+60127184392"),
        ("kak, wa aku aja ya 0812 7184 3920, nggak usah lewat sini", "+6281271843920"),
        ("anh oi, goi em qua zalo 0912 345 678 nhe, em gui file roi", "+84912345678"),
        ("merhaba abi, cok acil, beni 0532 456 78 90 numarasindan ara", "+905324567890"),
        ("salam, lotfan be in shomare payam bedid 0912 345 6789 kheili mamnoon", "+989123456789"),
        ("Дякую! Будь ласка, пишіть у вайбер 067 123 45 67", "+380671234567"),
        ("Сәлеметсіз бе, маған телефон соғыңыз: 8 701 234 56 78, рақмет", "+77012345678"),
        ("Grüezi, chönd Sie mi aalüüte? Mini Nummer isch 079 123 45 67", "+41791234567"),
        ("Servus, ruf mich gschwind an, 0664 123 4567, passt?", "+436641234567"),
        ("Hallo, ich bin in Leipzig, Tel. 0341 1234567", "+493411234567"),
        ("Hej, ring mig gerne på 20 12 34 56, venlig hilsen", "+4520123456"),
        ("Hei, takk! Ring meg gjerne på 912 34 567", "+4791234567"),
        ("qué onda güey, ahorita te paso mi cel 951 123 4567", "+529511234567"),
        ("abeg call me for 0803 123 4567, no wahala", "+2348031234567"),
        ("بدك تحكي معي؟ هيك أسهل، رقمي 0791234567", "+962791234567"),
        ("هلا، تبي نتفاهم الحين؟ كلمني واتس 9271 4836، أنا في مسقط", "+96892714836"),
        # a language of two countries: the one where the number is a mobile
        ("hoi, bel me gerust op 0475 12 34 56, ik ben er de hele dag", "+32475123456"),
    ],
)
def test_reads_the_national_number_in_the_writers_country(text: str, e164: str) -> None:
    assert [value for _, value in phones(text)] == [e164]


# Numbers dictated, spelled or split in ways that used to slip through
@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("電話:洞九三六 么二拐 五五八", "+886936127558"),
        ("電話はぜろはちぜろ、ごーいちにーさん、よんななろくはち です", "+818051234768"),
        ("मेरा नंबर: नाइन एट सेवन सिक्स डबल टू वन थ्री फाइव फोर", "+919876221354"),
        ("Mob: नौ आठ चार एक दुई तीन चार पाँच छ सात, हजुर", "+9779841234567"),
        ("عيط ليا على زيرو ستة، ستين، اربعة وعشرين، تلاتة و خمسين، طناش", "+212660245312"),
        ("کال کریں صفر تین سو بیس، چار پانچ چھ، سات آٹھ نو ایک", "+923204567891"),
        ("Moje číslo: šest set osm 481 tři sta patnáct", "+420608481315"),
        ("numaram sifir bes yuz elli, dort yuz on iki, otuz bir, yirmi", "+905504123120"),
        ("ring mig på noll sju noll, fyra två sex, åttiofem, tjugoett", "+46704268521"),
        ("pare me sto 697 412 ena dio tria exi", "+306974121236"),
        ("Ватсапқа жаз: сегіз жеті жеті бір, үш жүз он бес, жиырма, қырық алты", "+77713152046"),
        ("mandame un wsp al once 52 veintiocho 31 diecinueve", "+5491152283119"),
        ("me chama no whats: onze nove meia meia um dois tres quatro cinco seis", "+5511966123456"),
        ("liga pro meu cel (21) 9.8.7.6.5-4.3.2.1", "+5521987654321"),
        ("zadzwoń do mnie proszę 6*0*1-2*3*4-5*6*7, będę wieczorem", "+48601234567"),
        ("zap 11 ⭐9⭐7⭐4⭐5⭐1-⭐2⭐8⭐3⭐6", "+5511974512836"),
        ("add zalo em nhé\n0912\n345 678", "+84912345678"),
        ("My mobile is 07812\n912 345, ring me", "+447812912345"),
        ("Ruf an unter 0151\n23 45 67 89", "+4915123456789"),
        # Danish and Norwegian pairs, Spanish and Arabic hundreds, Nepali in Latin letters
        (
            "Hej, ring mig på toogtyve, seksogfyrre, niogtredive, femogtres, venlig hilsen",
            "+4522463965",
        ),
        ("Hei, takk! Ring meg: nittito, førtiåtte, sekstisju, tolv", "+4792486712"),
        (
            "Hola, llámame al seiscientos cuarenta y ocho, treinta y dos, diecinueve, cero siete",
            "+34648321907",
        ),
        (
            "هلا، كلمني واتس تسعة وتسعين، مية وثلاثة وأربعين، سبعمية وسبعة وستين، أنا في مسقط",
            "+96899143767",
        ),
        (
            "hajur mero number 98 ek shunya chha saat 4 paanch dui nau ho, phone garnus",
            "+9779810674529",
        ),
        # separators: ". " after every digit, a symbol around the dashes, emoji between pairs,
        # digits dotted on past a "/", a country code alone on its line
        ("goi em: 0. 9. 1. 3. 4. 2. 7. 6. 5. 8 nhe, anh oi", "+84913427658"),
        ("Ruf an: 0*1*7*6*-*4*3*8*-*1*9*2*0*7", "+4917643819207"),
        ("appelle-moi 06 ✨ 12 ✨ 34 ✨ 56 ✨ 78", "+33612345678"),
        ("hoi, bel me gerust, mijn nummer is 0.6.4.1/8.7.2.9.5.3", "+31641872953"),
        ("رقمي\n+968\n92714836\nكلمني", "+96892714836"),
        ("call me on\n+44\n7911 123456", "+447911123456"),
        # a Turkish mobile without its "0", number words that name their language, "and then"
        ("abi bana yaz 541 872 19 36 tamam mi", "+905418721936"),
        ("suna-ma: zero sapte patru unu, doi trei cinci, opt noua sase", "+40741235896"),
        ("πάρε με στο 2310 και μετά 45 67 89", "+302310456789"),
        # a word read as a digit at the edge ("hai", "che", "do") is the word, not the number's
        ("mera number +91 98765 43210 hai, call karo", "+919876543210"),
        ("scrivimi al 3 4 7 . 5 5 1 . 2 0 8 4 che rispondo subito", "+393475512084"),
        ("ping kar do, nau aath saat chhe paanch chaar teen do ek shunya", "+919876543210"),
        # "nr" after "my", and a tail after " / " too short to be a number of its own
        ("moj nr to 512 870 346, dodaj mnie", "+48512870346"),
        ("abeg call me, 0803 / 512 / 7788 no wahala", "+2348035127788"),
    ],
)
def test_reads_dictated_and_split_numbers(text: str, e164: str) -> None:
    assert [value for _, value in phones(text)] == [e164]


@pytest.mark.parametrize(
    "text",
    [
        "the server is at 1.1.1.1 and the backup at 8.8.4.4",
        "there were 12 sets, one set of 7",
        "lá pelas nove e meia, meia hora depois",
        "ganhamos +30% de vendas e +20 seguidores",
        "see the build at app.example.be for 2 versions",
        "allow 10.0.0.0/16 and 192.168.1.0/24 in the firewall",
        "pages 1. 2. 3. 4. 5. 6. 7. 8 of the manual",
        "growth: 100 → 200 → 300 → 400 users",
        "version 1.2.3-4.5.6-7.8.9 released",
        "Total\n+20\n12345678 views",
        "sizes 1080 / 1920 / 2560 px",
        "ratio 16 / 9 / 4 / 3 and 1920 / 1080",
        "il prezzo è 450 euro, che ne dici?",
        "invoice nr 5128703461 is paid",
        # a series of article numbers, registrations, a courier's number after "is"
        "Товары на Ozon: 2047718831, 2047718832, 2047718835 — сделайте карточки",
        "Items 4155550123, 4155550124 and 4155550131 are out of stock",
        "Артикул WB: 2047718831",
        "numéro d'enregistrement de bienfaisance 10834 5129 RR0001",
        "ìwé náà ti lọ, nọ́ńbà DHL jẹ́ 7391628450",
    ],
)
def test_does_not_flag_what_the_new_readings_might_catch(text: str) -> None:
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        # should flag, in the country the draft's script, letters or words point to
        ("ስልኬ 0913 52 47 86 ነው፣ ደውሉልኝ", "+251913524786"),
        ("ჩემი ნომერი: 0599 41 27 35, დამირეკეთ", "+995599412735"),
        ("Իմ համարը՝ 094 51 27 38, զանգահարեք", "+37494512738"),
        ("លេខទូរស័ព្ទខ្ញុំ 012 745 318 សូមទាក់ទង", "+85512745318"),
        ("ເບີໂທຂອງຂ້ອຍ 020 5814 2763 ໂທມາເດີ", "+8562058142763"),
        ("ကျွန်တော့်ဖုန်း ၀၉ ၄၅၁ ၂၇၃ ၈၆၄ ပါ", "+959451273864"),
        ("මගේ අංකය 077 452 8136 කතා කරන්න", "+94774528136"),
        ("އަހަރެންގެ ނަންބަރު 771 4823 ގުޅާލައްވާ", "+9607714823"),
        ("Kiitos! Soita mulle: 040 715 2836, kiitos jo etukäteen", "+358407152836"),
        ("Zvaniet man, lūdzu: 28 41 57 36, paldies", "+37128415736"),
        ("Skambinkite, ačiū: 8 612 47 385", "+37061247385"),
        ("Hívj, köszönöm: 06 30 415 2738", "+36304152738"),
        ("Благодаря, обадете се: 0887 41 52 63", "+359887415263"),
        ("Salom, iltimos qo'ng'iroq qiling, rahmat: 90 715 42 86", "+998907154286"),
        ("شلونك حجي، اريد التصميم باچر، رقمي 0770 415 2863", "+9647704152863"),
        ("Sannu, nagode! Kira ni gobe: 0803 415 2736", "+2348034152736"),
        ("Dankie, ek stuur dit vandag, bel my: 082 415 3627", "+27824153627"),
        # number words of those languages
        ("soita: nolla neljä nolla, seitsemän yks viis, kaks kasi kolme kuus", "+358407152836"),
        (
            "lambar: sifiri takwas sifiri uku, hudu daya biyar, biyu bakwai uku shida",
            "+2348034152736",
        ),
        ("+36 harminc, négyszáztizenöt, huszonhét, harmincnyolc", "+36304152738"),
        (
            "plius trys septyni nulis, šeši vienas, du keturi septyni, trys aštuoni penki",
            "+37061247385",
        ),
        # Ethiopic digits (no zero of their own), Georgian mobiles without their "0",
        # Lithuania's old trunk "8", a first group alone before a line break
        ("ስልኬ 0፱፩፫ ፭፪ ፬፯ ፰፮ ነው", "+251913524786"),
        ("ჩემი ნომერი: 599 41 27 35, დამირეკეთ", "+995599412735"),
        ("Skambinkite, ačiū: 8 612 47 385", "+37061247385"),
        ("call me on\n415\n555 2671 tonight", "+14155552671"),
        # separators doubled to slip past filters, blocks of starred digits, a "+" before
        # digits dotted out one by one, Qatar named by its riyal ("QR 45")
        ("whatsapp 415 /// 555 /// 2671", "+14155552671"),
        ("Menu QR 45, call 5*5*3*1 2*7*4*8 for orders", "+97455312748"),
        ("viber: +371.2.9.4.1.5.7.3.6", "+37129415736"),
        # a language spoken in a neighbouring country too: Finland Swedish, Slovak read as
        # Czech, Bulgarian Turkish; each country's mobile is no mobile in the other
        ("Hej, ring mig gärna, tack: 040 715 2836", "+358407152836"),
        ("Hej, ring mig gärna, tack: 070 415 27 36", "+46704152736"),
        ("Dobrý den, zavolejte prosím, číslo 604 218 377", "+420604218377"),
        ("Dobrý den, zavolejte prosím, číslo 0905 412 378", "+421905412378"),
        ("Merhaba abi, numaram 0887 41 52 63, yarin ara", "+359887415263"),
        # context words of the set's languages make a short national number reportable
        ("ჩემს ვაიბერზე მომწერე: 599 12 47 83, აქ ნელა მუშაობს", "+995599124783"),
        ("Եթե որոշեք, զանգեք 094-51-27-38 մինչև 21:00", "+37494512738"),
        ("to'lov uchun: 90 715 42 86 raqamiga yozing", "+998907154286"),
        ("ឬខល 012 745 318 ក៏បាន", "+85512745318"),
        # Baltic cities named in Russian, in the cases Russian puts them
        ("Набери в вайбер 2️⃣6️⃣ 4️⃣1️⃣ 5️⃣7️⃣ 3️⃣6️⃣, я из Даугавпилса", "+37126415736"),
        # Lao numerals run into the next word ("ສົ່ງ", send), read up to it
        ("WhatsApp ສູນສອງສູນ ເກົ້າຫ້າ ແປດໜຶ່ງ ສີ່ສອງ ເຈັດຫົກ ສາມ ສົ່ງມາ", "+8562095814276"),
    ],
)
def test_reads_the_sets_countries_and_number_words(text: str, e164: str) -> None:
    assert [value for _, value in phones(text)] == [e164]


@pytest.mark.parametrize(
    "text",
    [
        # should not flag: figures in the same languages
        "Hinta on 1 250 euroa, toimitus 3–5 päivää",
        "Cena: 45 000 Ft, szállítás 2025. 03. 14.",
        "Цена 1 250 лв, доставка до 14.03.2025",
        "ფასი 250 ლარი, ვადა 14.03.2025",
        "តម្លៃ 25 ដុល្លារ ថ្ងៃទី 14/03/2025",
        "Kuna 2 500 eur, arve nr 2025-0314",
        "ID 4815 1623 42, versioon 2.14.3",
        "Ethiopic year ፳፻፲፭ and chapter ፲፪",
        "qty 250\n300 400 pcs",
        "scan the QR code, 2 * 3 * 4 = 24 boxes",
        "dates 12//03//2025 and 14//03//2025",
        "version +1.2.3.4 of the plugin",
        # booking and waybill numbers pasted by channel managers and shops
        "Reservation 5529018374 double booked, please check",
        "Booking 4418093321 synced to the calendar",
        "Tovaritelnicata e 1051 3378 1192 44, nqma dvijenie",
        "Резервация 7710293348 е потвърдена",
        "ვაიბერზე ფასი 250 ლარი, 14.03.2025",
        "কল করবেন, দাম ২৫০ টাকা",
    ],
)
def test_does_not_flag_figures_in_the_sets_languages(text: str) -> None:
    assert phones(text) == []
