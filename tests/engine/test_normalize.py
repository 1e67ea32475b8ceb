"""Normalisation: what each view reads, and that every span maps back to what was typed."""

import pytest

from gigguard.engine.normalize import normalize


@pytest.mark.parametrize(
    ("draft", "text_view"),
    [
        # brackets and words for "at" / "dot", in several languages
        ("john(at)gmail(dot)com", "john@gmail.com"),
        ("john [at] gmail [dot] com", "john @ gmail . com"),
        ("john{at}gmail{dot}com", "john@gmail.com"),
        ("john<at>gmail<dot>com", "john@gmail.com"),
        ("john-at-gmail-dot-com", "john@gmail.com"),
        ("juan arroba gmail punto com", "juan @ gmail dot com"),
        ("joao arroba gmail ponto com", "joao @ gmail dot com"),
        ("jean arobase gmail point com", "jean @ gmail dot com"),
        ("ivan собака mail точка ru", "ivan at mail dot ru"),
        ("max klammeraffe web punkt de", "max @ web dot de"),
        # spaced and dotted-out letters
        ("j o h n @ g m a i l . c o m", "john@gmail.com"),
        ("s.k.y.p.e", "skype"),
        ("d-l-w-h-@-s-t-a-n-f-o-r-d-.-e-d-u", "dlwh@stanford.edu"),
        ("k*a*r*a*n*e*d*i*t*s@g*m*a*i*l.com", "karanedits@gmail.com"),
        ("m-a-r-i-a@y-a-h-o-o.com.mx", "maria@yahoo.com.mx"),
        ("@k*o*a*l*a*_*s*u*b*s", "@koala_subs"),  # a handle's "_" spelled out with the rest
        ("size 3*4*5*6*7", "size 3*4*5*6*7"),  # digits keep their separators
        # look-alikes, compatibility forms, invisible characters, entities
        ("jоhn@gmаil.cоm", "john@gmail.com"),  # Cyrillic о and а
        ("ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "john@gmail.com"),
        ("𝐣𝐨𝐡𝐧@𝐠𝐦𝐚𝐢𝐥.com", "john@gmail.com"),
        ("jo\u200bhn@gm\u200dail.com", "john@gmail.com"),
        ("ada&#x40;graphics.stanford.edu", "ada@graphics.stanford.edu"),
        ("gmäil", "gmail"),
        # left alone
        ("Привет, как дела?", "привет, как дела?"),
        ("I'll be at my desk at 9", "i'll be at my desk at 9"),
        ("wait... ok", "wait... ok"),
        ("v1.2.3.4", "v1.2.3.4"),
    ],
)
def test_text_view(draft: str, text_view: str) -> None:
    assert normalize(draft).text.text == text_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        ("four one five five five five", "4 1 5 5 5 5"),
        ("cuatro uno cinco", "4 1 5"),
        ("quatro um cinco", "4 1 5"),
        ("quatre un cinq", "4 1 5"),
        ("vier eins fünf", "4 1 5"),
        ("четыре один пять", "4 1 5"),
        ("92three00one", "923001"),
        ("4l5-555-O123", "415-555-0123"),
        ("double five nine", "55 9"),
        ("４１５５５５", "415555"),
        ("٤١٥", "415"),  # Arabic-Indic digits
        ("someone", "someone"),  # "one" inside a word is not a digit
        ("hello", "hello"),
    ],
)
def test_numeric_view(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("draft", "view_fragment", "typed"),
    [
        ("hi 😀 j o h n (at) gmail", "john@ gmail", "j o h n (at) gmail"),
        ("🎨🚀 jоhn@gmаil.cоm!", "john@gmail.com", "jоhn@gmаil.cоm"),
        ("x ｊｏｈｎ＠ｇｍａｉｌ y", "john@gmail", "ｊｏｈｎ＠ｇｍａｉｌ"),
        ("a jo\u200bhn b", "john", "jo\u200bhn"),
        ("👍🏽 ada&#64;x", "ada@x", "ada&#64;x"),
        ("call 🇺🇸 four one five", "4 1 5", "four one five"),
    ],
)
def test_spans_map_back_to_what_was_typed(draft: str, view_fragment: str, typed: str) -> None:
    normalized = normalize(draft)
    view = normalized.numeric if view_fragment[0].isdigit() else normalized.text
    start = view.text.index(view_fragment)
    assert view.original_slice(start, start + len(view_fragment)) == typed


def test_every_character_maps_inside_the_draft() -> None:
    draft = "😀 J\u200bO H N (at) ｇｍａｉｌ [dot] com, four one five ﬁle"
    for view in (normalize(draft).text, normalize(draft).numeric):
        assert len(view.starts) == len(view.ends) == len(view.text)
        assert all(0 <= s < e <= len(draft) for s, e in zip(view.starts, view.ends, strict=True))
        assert view.starts == sorted(view.starts)


@pytest.mark.parametrize(
    ("draft", "text_view"),
    [
        # should become "@" / "at" / "dot": spaced words stay words, glued ones become the sign
        ("kelly 點 chan 喺 hotmail 點 com", "kelly dot chan at hotmail dot com"),  # Cantonese
        ("lixiaoyu艾特163点com", "lixiaoyu@163.com"),  # Mandarin
        ("tanaka アット nagoya-flower ドット jp", "tanaka at nagoya-flower dot jp"),
        ("yuiどっとdesignあっとgmailどっとcom", "yui.design@gmail.com"),  # hiragana
        ("kkomi 골뱅이 daum 점 net", "kkomi @ daum dot net"),  # Korean
        ("saqib.pydev ایٹ دی ریٹ gmail ڈاٹ com", "saqib.pydev @ gmail dot com"),  # Urdu
        ("canan.yildiz kuyruklu a gmail nokta com", "canan.yildiz @ gmail dot com"),  # Turkish
        ("minh.design A CÒNG yahoo CHẤM com", "minh.design @ yahoo dot com"),  # Vietnamese
        ("noa שטרודל walla נקודה co נקודה il", "noa @ walla dot co dot il"),  # Hebrew
        ("eleni ΠΑΠΆΚΙ yahoo ΤΕΛΕΊΑ gr", "eleni @ yahoo dot gr"),  # Greek, upper case
        ("omar آت gmail دوت com", "omar at gmail dot com"),  # Arabic
        ("reza ات yahoo نقطه com", "reza at yahoo dot com"),  # Persian
        ("rifat অ্যাট gmail ডট com", "rifat at gmail dot com"),  # Bengali
        ("taras равлик ukr крапка net", "taras @ ukr dot net"),  # Ukrainian
        ("jakub zavináč seznam tečka cz", "jakub @ seznam dot cz"),  # Czech
        ("sari et yahoo titik co titik id", "sari at yahoo dot co dot id"),  # Indonesian
        ("emre.yilmaz et hotmail.com.tr", "emre.yilmaz at hotmail.com.tr"),  # Turkish
        ("ana at the rate yahoo.co.uk", "ana at yahoo.co.uk"),  # Indian English
        ("lixiaoyu (艾特) 163 (点) com", "lixiaoyu @ 163 . com"),  # bracketed
        ("jiyeon <골뱅이> daum <닷> net", "jiyeon @ daum . net"),
        # should stay prose: the words away from an address, or in their ordinary sense
        ("我们一点开会", "我们一点开会"),  # "one o'clock"
        ("5점 만점에 5점", "5점 만점에 5점"),  # "5 points out of 5"
        ("Paris et Lyon. Ensuite", "paris et lyon. ensuite"),  # French "and"
        ("Python et Django", "python et django"),
        ("paid at the rate of 20 per hour", "paid at the rate of 20 per hour"),
        ("Он поставил точку. Всё", "он поставил точку. всё"),
        ("kuyruklu a harfi nerede", "kuyruklu a harfi nerede"),  # "where is the @ key"
    ],
)
def test_foreign_at_and_dot_words(draft: str, text_view: str) -> None:
    assert normalize(draft).text.text == text_view


@pytest.mark.parametrize(
    ("draft", "text_view"),
    [
        # should become "@" / ".": a symbol between the ASCII pieces of an address
        ("mark.designsⓐoutlook·com", "mark.designs@outlook.com"),
        ("rafa.souza＠uol⚫️com⚫br", "rafa.souza@uol.com.br"),  # with an emoji variation selector
        ("kasia＠o2。pl", "kasia@o2.pl"),
        ("sanne﹫ziggo•nl", "sanne@ziggo.nl"),
        ("yahoo・co・jp", "yahoo.co.jp"),
        # should stay: between digits, beside non-ASCII letters, or as a list bullet
        ("2·3 = 6", "2·3 = 6"),
        ("• first item", "• first item"),
        ("東京・大阪", "東京・大阪"),
        ("ⓐ answer", "a answer"),
    ],
)
def test_symbol_separators(draft: str, text_view: str) -> None:
    assert normalize(draft).text.text == text_view


@pytest.mark.parametrize(
    ("draft", "text_view"),
    [
        # other symbols for the dot between a domain's labels
        ("www•anna•com", "www.anna.com"),
        ("tanaka-photo。jp/works", "tanaka-photo.jp/works"),
        ("wa·me/447911", "wa.me/447911"),
        ("petrov∙ru", "petrov.ru"),
        # a list, a word, a number: left alone
        ("logo•branding•design", "logo•branding•design"),
        ("col·lecció", "col·leccio"),
        ("+44•7911•123456", "+44•7911•123456"),
        ("完成了。ok", "完成了。ok"),
    ],
)
def test_symbol_dots_in_domains(draft: str, text_view: str) -> None:
    assert normalize(draft).text.text == text_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # should read as one number
        ("電話は０８０ー３３９２ー１１４７です", "電話は080-3392-1147です"),
        ("tel 0312−345678", "tel 0312-345678"),
        ("WhatsApp +91 70141\n55890", "whatsapp +91 70141 55890"),
        ("numaram 0542 318\n64 07", "numaram 0542 318 64 07"),
        ("전화 010-8841\n-2276", "전화 010-8841 -2276"),
        ("chiamami al 348 90\n21 774", "chiamami al 348 90 21 774"),
        # should stay apart
        ("Prices:\n100\n200", "prices:\n100\n200"),
        ("2019 2020\n2021 2022", "2019 2020\n2021 2022"),
        ("Total 12 500\n300 items", "total 12 500\n300 items"),
        ("カーー", "カーー"),
    ],
)
def test_dashes_and_line_breaks_inside_numbers(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # should read numerals mixed with digits
        ("번호 공1공-삼3삼9-7칠2일 입니다", "번호 010-3339-7721 입니다"),
        ("微信 1八8 六七2四 零0五3", "微信 188 6724 0053"),
        ("電話は〇九〇ー一二八七ー五五六六", "電話は090-1287-5566"),
        # should not: too few numerals among the digits
        ("2024년 3월 15일에 만나요", "2024년 3월 15일에 만나요"),
        ("第1章 一二", "第1章 一二"),
        ("3月5日に2つ送ります", "3月5日に2つ送ります"),
    ],
)
def test_unspaced_numerals_mixed_with_digits(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view
