"""Numbers dictated as words: digit by digit, or in pairs and triples."""

import pytest

from gigguard.engine.normalize import normalize
from gigguard.engine.numberwords import compose


@pytest.mark.parametrize(
    ("words", "numbers"),
    [
        # digit by digit stays digit by digit
        ("four one five", ["4", "1", "5"]),
        ("zero six", ["0", "6"]),
        # tens and units, teens, hundreds
        ("twenty three", ["23"]),
        ("douze trente quatre", ["12", "34"]),
        ("soixante dix huit", ["78"]),
        ("quatre vingt un", ["81"]),
        ("quatre vingt", ["80"]),
        ("сто двадцать три", ["123"]),
        ("девятьсот шестнадцать", ["916"]),
        ("bes yuz otuz iki", ["532"]),
        ("yuz yirmi uc", ["123"]),
        ("treinta cuatro", ["34"]),
        ("one hundred", ["100"]),
        ("zwanzig", ["20"]),
    ],
)
def test_compose(words: str, numbers: list[str]) -> None:
    assert compose(words.split()) == numbers


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        ("zéro six, douze, trente-quatre", "0 6, 12, 34"),
        ("treinta y cuatro", "34"),
        ("vingt et un", "21"),
        ("восемь девятьсот шестнадцать", "8 916"),
        ("I need twenty minutes", "i need 20 minutes"),
        ("four one five", "4 1 5"),
    ],
)
def test_numeric_view_reads_compounds(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # should read: digit words of many languages, pairs, Arabic "and", Arabizi
        ("sifuri saba mbili tano", "0 7 2 5"),
        ("नौ आठ सात शून्य", "9 8 7 0"),
        ("không chín không năm", "0 9 0 5"),
        ("τρία μηδέν έξι", "3 0 6"),
        ("תשע שבע שתיים", "9 7 2"),
        ("+семь 9один6", "+7 916"),
        ("+3вісім0 п'ять0", "+380 50"),
        ("zéro quatre septante-deux", "0 4 72"),
        ("pięćset jeden, dwieście trzydzieści", "501, 230"),
        ("sb3a w wa7ed, tnin w tlata", "7 1, 2 3"),
        # numerals of scripts without spaces, in runs of one family
        ("〇九〇ー一二八七", "090-1287"),
        ("공일공 이팔칠삼", "010 2873"),
        ("ศูนย์แปดเก้า สี่ห้าหก", "089 456"),
        ("ゼロきゅうゼロ いちにはちなな", "090 1287"),
        # should not read: a lone numeral inside a sentence, everyday kana
        ("一个人", "一个人"),
        ("田中さんにご連絡", "田中さんにご連絡"),
        ("สามารถ", "สามารถ"),
    ],
)
def test_numeric_view_reads_every_language(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # should space out: one symbol, emoji or line break between every group
        ("+4*4*7*9*1*1*2*8", "+4 4 7 9 1 1 2 8"),
        ("+55🔥21🔥99841🔥7306", "+55 21 99841 7306"),
        ("+3\n1\n6\n1\n2\n8\n7\n3", "+3 1 6 1 2 8 7 3"),
        # should not: separators that mean something between digits, mixed ones, too few digits
        ("1,234,567", "1,234,567"),
        ("12:30:45", "12:30:45"),
        ("1*2*3", "1*2*3"),
        ("12*34~56*78", "12*34~56*78"),
    ],
)
def test_numeric_view_spaces_symbol_separated_digits(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # should read as pairs
        ("bel me: nul zes, vierenvijftig, twaalf", "bel me: 0 6, 54, 12"),
        ("mijn nummer: nul zes tweeëntwintig drieentwintig", "mijn nummer: 0 6 22 23"),
        ("Handy: null eins sieben sechs, dreiundzwanzig vierundfünfzig", "handy: 0 1 7 6, 23 54"),
        # should not become a number on its own
        ("ik heb drieëntwintig jaar ervaring", "ik heb 23 jaar ervaring"),
        ("eenentwintigste eeuw", "eenentwintigste eeuw"),
    ],
)
def test_numeric_view_reads_pairs_said_as_one_word(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # should read as digits
        ("نمبر: زیرو تین زیرو ایک، چار پانچ", "نمبر: 0 3 0 1، 4 5"),
        ("فائیو سیون ٹو، ایٹ فور زیرو", "5 7 2، 8 4 0"),
        ("شماره: صفر نهصد و دوازده", "شماره: 0 912"),
        ("چهار سی و سه پنجاه و هشت", "4 33 58"),
        ("سی روز کار", "30 روز کار"),
        # should stay words
        ("lá pelas nove e meia", "la pelas 9 e meia"),
    ],
)
def test_numeric_view_reads_urdu_english_and_persian(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("words", "numbers"),
    [
        # should join ten and unit
        ("zero six quarante deux dix sept", ["0", "6", "42", "17"]),
        ("dix neuf", ["19"]),
        ("quatre vingt dix sept", ["97"]),
        # should not: French never says twelve as "dix deux"
        ("dix deux", ["10", "2"]),
        ("ten seven", ["10", "7"]),
    ],
)
def test_compose_french_teens(words: str, numbers: list[str]) -> None:
    assert compose(words.split()) == numbers


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # Arabic pairs said unit first, with "و" apart or written onto the ten; spoken teens
        ("اربعة و ستين", "64"),
        ("تسعة وثلاثين", "39"),
        ("سبعة تسعين", "7 90"),  # no "و": two numbers
        ("حداش، سطاش", "11، 16"),
        # words that are numbers only inside a phrase
        ("osm set dvacet", "820"),
        ("dvě stě tři", "203"),
        ("a set of one set", "a set of 1 set"),
        ("iki yuz on dort", "214"),
        ("on yedi", "17"),
        ("come on in", "come on in"),
        ("پانچ سو ساٹھ", "560"),
        ("nove meia meia", "9 6 6"),
        ("meia noite", "meia noite"),
        # one-word pairs, digit names borrowed into Devanagari
        ("sjuttiotre, nittiofem", "73, 95"),
        ("veintisiete", "27"),
        ("ट्रिपल सेवन थ्री", "777 3"),
        ("okto tessera pente", "8 4 5"),
        # Kazakh number words are not look-alike disguises; "он" is ten only in a phrase
        ("бір, бес жүз он екі", "1, 512"),
        ("он сказал", "он сказал"),
    ],
)
def test_numeric_view_reads_more_forms(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # should read as numbers
        ("ring mig: toogtyve, seksogfyrre, femogtres", "ring mig: 22, 46, 65"),
        ("ring meg: nittito, førtiåtte, tretti tolv", "ring meg: 92, 48, 30 12"),
        ("ring meg: fire tre seks, fem syv åtte", "ring meg: 4 3 6, 5 7 8"),
        ("al seiscientos cuarenta y ocho", "al 648"),
        ("no quinhentos e doze", "no 512"),
        ("رقمي مية وثلاثة وأربعين، سبعمية وسبعة وستين", "رقمي 143، 767"),
        ("number 98 ek shunya chha saat", "number 98 1 0 6 7"),
        ("0333 ek 8 sifar 6 dui", "0333 1 8 0 6 2"),
        ("kalimni 231 tmanye tmanye", "kalimni 231 8 8"),
        # should stay words
        ("the fire alarm went off at noon", "the fire alarm went off at noon"),
        ("ni una palabra más", "ni 1 palabra mas"),
        ("yo tengo tres gatos", "yo tengo 3 gatos"),
        ("mero ghar ramro chha", "mero ghar ramro chha"),
    ],
)
def test_numeric_view_reads_scandinavian_hundreds_and_romanised(
    draft: str, numeric_view: str
) -> None:
    assert normalize(draft).numeric.text == numeric_view


@pytest.mark.parametrize(
    ("draft", "numeric_view"),
    [
        # should read as numbers: each language of the data tables, by digit and in groups
        ("soita: nolla neljä viis, kuus kasi yks", "soita: 0 4 5, 6 8 1"),
        ("helista: viis kuus neli üks", "helista: 5 6 4 1"),
        ("zvani: divdesmit četri, astoņdesmit viens", "zvani: 24, 81"),
        ("skambinkite: penki šeši, dvidešimt trys", "skambinkite: 5 6, 23"),
        ("hivj: harminckettő, négyszáztizenöt", "hivj: 32, 415"),
        ("volajte: osemsto dvadsaťjeden, päť šesť", "volajte: 821, 5 6"),
        ("zavolej: osmset dvanáct", "zavolej: 812"),
        ("nazovi: devetsto četrdeset dva, petnaest", "nazovi: 942, 15"),
        ("позовите: шестсто тридесет један", "позовите: 631"),
        ("обадете се: нула осем осем, двеста петдесет", "обадете се: 0 8 8, 250"),
        ("ስልክ: ዜሮ ዘጠኝ አራት", "ስልክ: 0 9 4"),
        ("დამირეკე: ოთხმოცდათორმეტი, ოცდახუთი", "დამირეკე: 92, 25"),
        ("damireke: samotsdaerti, otsdatskhra", "damireke: 61, 29"),
        ("զանգիր: քսանհինգ, ութսունմեկ", "զանգիր: 25, 81"),
        ("zangi: ksan hing, utsun mek", "zangi: 25, 81"),
        ("tel: သုည ကိုး လေး", "tel: 0 9 4"),
        ("අංකය: බිංදුව හත හතර", "අංකය: 0 7 4"),
        ("tel: பூஜ்ஜியம் ஏழு ஆறு", "tel: 0 7 6"),
        ("tel: ސުމެއް ހަތެއް ހަތަރެއް", "tel: 0 7 4"),
        ("ژمارە: سفر حەوت پێنج", "ژمارە: 0 7 5"),
        ("номерим: тогуз жүз он эки, элүү беш", "номерим: 912, 55"),
        ("рақам: нӯҳсаду бисту се, чилу ду", "рақам: 923, 42"),
        ("raqam: to'qson ikki, yetmish besh", "raqam: 92, 75"),
        ("lambar: sifiri takwas biyu uku", "lambar: 0 8 2 3"),
        ("nọmba: efu asatọ otu atọ", "nomba: 0 8 1 3"),
        ("inombolo: iqanda isithupha kubili", "inombolo: 0 6 2"),
        ("inombolo: unothi sibhozo ntathu", "inombolo: 0 8 3"),
        ("nommer: nul agt vyf sewe", "nommer: 0 8 5 7"),
        ("ring: noll fyrti, sexti två", "ring: 0 40, 62"),
        ("אפס חמישים ושתיים", "0 50 ושתיים"),
        ("លេខ: សូន្យប្រាំបួនបី", "លេខ: 093"),
        ("tel: ສູນສອງສູນ", "tel: 020"),
        # should stay words: everyday words of other languages that a table also holds
        ("así lo vemos", "asi lo vemos"),
        ("je viens demain, c'est nulle part", "je viens demain, c'est nulle part"),
        ("non ho nulla da dire", "non ho nulla da dire"),
        ("que haya tiempo", "que haya tiempo"),
        ("tara na, kain tayo", "tara na, kain tayo"),
        ("ano ba yan", "ano 3 yan"),  # Vietnamese "ba" as before; "ano" stays a word
        ("egy kis idő", "egy kis ido"),
        ("du pain et du vin", "du pain et du vin"),
        ("the vets at the inn", "the vets at the inn"),
    ],
)
def test_numeric_view_reads_the_data_tables_languages(draft: str, numeric_view: str) -> None:
    assert normalize(draft).numeric.text == numeric_view
