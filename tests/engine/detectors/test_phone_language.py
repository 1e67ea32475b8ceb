from __future__ import annotations

import pytest

from gigguard.engine.detectors.phone_language import language_regions


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # should point to a country
        ("hoi! kun je me even appen? dan stuur ik het door", "NL"),
        ("Hi po Ma'am! Pwede po ba tayo mag-usap sa Viber? Number ko po:", "PH"),
        ("buongiorno, preferisco sentirci al telefono, lo studio risponde allo", "IT"),
        ("Hola! gracias por el pedido, escríbeme al wasap", "ES"),
        ("pode fazer o sinal no Pix, a chave é meu celular", "BR"),
        ("كلمني على الواتساب بالليل لو حابب", "EG"),
        ("اقای مهندس فایل نهایی رو اینجا نمیتونم باز کنم", "IR"),
        ("ma b2dar aktoblak el ra2am hon 3adi, e7kini 3al whats", "EG"),
        ("Aapke podcast ke liye quote, jo bhi easy ho wahan contact karo", "IN"),
        ("Dzień dobry, szablon zrobię w 2 dni robocze", "PL"),
        # languages typed without their own letters, and dialects that name one country
        ("boleh tak kalau saya hantar fail petang ni? nak semak dulu", "MY"),
        ("kak, filenya udah aku kirim ya, nggak usah bayar dulu", "ID"),
        ("anh oi, em gui file roi nhe, anh xem duoc khong", "VN"),
        ("merhaba abi, dosyalar hazir ama cok buyuk, yarin gonder", "TR"),
        ("salam, lotfan file ro bedid, kheili mamnoon", "IR"),
        ("Дякую, будь ласка, надішліть макет ще раз", "UA"),
        ("Сәлеметсіз бе, макетті бүгін жіберемін, рақмет", "KZ"),
        ("Grüezi mitenand, chönd Sie mer öppis schicke?", "CH"),
        ("Servus, des passt scho, i schick's heuer no", "AT"),
        ("Hallo Herr Meier, ich schicke Ihnen die Datei morgen, danke", "DE"),
        ("Hej, tak for filen, jeg vender tilbage i morgen med venlig hilsen", "DK"),
        ("Hei, takk for filen, jeg sender deg svar i morgen", "NO"),
        ("Hej, jag skickar filen i morgon, tack och hälsningar", "SE"),
        ("qué onda güey, ahorita te mando la chamba", "MX"),
        ("Oga abeg no vex, wetin dey happen with the file?", "NG"),
        ("شو بدك نعمل هيك ولا بدك تغيير؟", "JO"),
        ("هلا، تبي التصميم الحين ولا بكرة؟ وش رايك", "AE"),
    ],
)
def test_language_points_to_country(text: str, first: str) -> None:
    assert language_regions(text)[0] == first


@pytest.mark.parametrize(
    "text",
    [
        # should not point anywhere
        "Hi, the logo is ready, see the attached file",
        "el",  # one shared word says nothing
        "Call me on 0300 1234567 after 5",
        "So the age of the file is not a problem, I'll ring you",  # English, not Vietnamese
    ],
)
def test_no_language_cue(text: str) -> None:
    assert language_regions(text) == []


def test_urdu_is_neither_persian_nor_arabic() -> None:
    assert language_regions("میرا نمبر لے لیں، بڑے بھائی سے بات کریں") == ["PK"]


def test_arabic_names_jordan_too() -> None:
    assert "JO" in language_regions("أنا على فايبر كلمني بالليل")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # dialect words put one country of a shared language first
        ("مساء الخير، تبي التصميم الحين ولا بكرة؟", "AE"),
        ("بغيت نعرف واش الخدمة ديالك فيها التوصيل", "MA"),
        ("حضرتك عايز الشغل ده امتى بالظبط؟", "EG"),
        ("हजुर, मेरो काम धेरै छ, भोलि गरौं", "NP"),
        ("ya, te lo mando altiro po, cachai?", "CL"),
        ("dale, mandame el archivo y lo vemos, tenés tiempo hoy?", "AR"),
        # Traditional-only characters, and Cantonese words before them
        ("這個設計我們明天給你看，還有問題嗎", "TW"),
        ("唔該你睇吓個設計，有咩問題搵我", "HK"),
        # languages without the letters that give them away
        ("Dobry den, prosim o cenu, jsem k zastizeni odpoledne", "CZ"),
        ("Salut, vreau un logo pentru firma, multumesc", "RO"),
        ("Asante kwa kazi nzuri, unaweza kunitumia picha?", "TZ"),
        ("kalimera, thelo ena logo gia to magazi mou", "GR"),
    ],
)
def test_dialect_or_script_points_to_country(text: str, first: str) -> None:
    assert language_regions(text)[0] == first


def test_chinese_characters_without_kana_point_to_chinese_countries() -> None:
    assert language_regions("明天拍攝如果找不到棚再說")[:3] == ["CN", "TW", "HK"]
    assert language_regions("明日の打ち合わせは電話でお願いします")[0] == "JP"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # should point to a country: scripts of one country
        ("እባክዎ ፋይሉን ነገ ይላኩልኝ", "ET"),
        ("გთხოვთ ფაილი ხვალ გამომიგზავნოთ", "GE"),
        ("Խնդրում եմ ֆայլը վաղը ուղարկեք", "AM"),
        ("សូមផ្ញើឯកសារនៅថ្ងៃស្អែក", "KH"),
        ("ກະລຸນາສົ່ງໄຟລ໌ມື້ອື່ນ", "LA"),
        ("ဖိုင်ကို မနက်ဖြန် ပို့ပေးပါ", "MM"),
        ("කරුණාකර ගොනුව හෙට එවන්න", "LK"),
        ("މާދަމާ ފައިލް ފޮނުވާށެ", "MV"),
        # letters of one language
        ("Lūdzu, atsūtiet failu rīt, paldies", "LV"),
        ("Prašau atsiųsti failą rytoj, ačiū", "LT"),
        ("Küldd el a fájlt holnap, köszönöm, üdvözlettel Ferenc Győrből", "HU"),
        ("Ďakujem, pošlite mi to zajtra, súbor je veľký, ľahko", "SK"),
        ("Хвала, пошаљите ми фајл сутра, љубазно", "RS"),
        ("Раҳмат, файлро фардо фиристед, ҷавоб медиҳам", "TJ"),
        ("Рахмат, файлды эртең жөнөтүңүз, күтөм", "KG"),
        ("سوپاس، فایلەکە سبەی بنێرە", "IQ"),
        ("Ẹ jọ, ẹ fi faili naa ranṣẹ lọla", "NG"),
        # common words of one language
        ("Kiitos, laita viesti huomenna, soita jos tarvitset", "FI"),
        ("Tere, palun saatke fail homme, aitäh", "EE"),
        ("Благодаря, ще го изпратя утре, моля пишете", "BG"),
        ("Salom, iltimos faylni ertaga yuboring, rahmat", "UZ"),
        ("Sannu, nagode, zan aiko gobe", "NG"),
        ("Dankie, ek stuur dit vandag, baie dankie", "ZA"),
        ("Sawubona, ngiyabonga, ngicela ungithumelele kusasa", "ZA"),
        ("shnorhakalutyun, barev, zangi hamar", "AM"),
        ("gamarjoba, madloba, chemi nomeri", "GE"),
        # everyday words typed without the language's own letters
        ("ufro swrafad mometsere, saghamos gipasukheb", "GE"),
        ("Sicela uthumele i-invoice, asikho isidingo sokulinda", "ZA"),
        ("Biko zitere m ozi ebe ahụ", "NG"),
        ("volejte kdykoliv, nejlépe ráno", "CZ"),
        # dialect: Iraqi Arabic before the Arabic-speaking countries
        ("شلونك حجي، اريد التصميم باچر", "IQ"),
    ],
)
def test_more_languages_point_to_their_country(text: str, first: str) -> None:
    assert language_regions(text)[0] == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Croatian "đ" names Serbia second; Vietnamese writes "đ" and dotted vowels too
        ("Pozdrav, đak će poslati datoteku, đir", ["HR", "RS"]),
        ("anh ơi, đợi em một chút nhé, được không", ["VN"]),
        # Tajik writes Kazakh's "ғ" and "қ", and is not Kazakh
        ("Ғайрат, қарор ҳамин аст, ҷавоб медиҳам", ["TJ"]),
    ],
)
def test_shared_letters_name_the_right_countries(text: str, expected: list[str]) -> None:
    assert language_regions(text)[: len(expected)] == expected
    assert all(region not in language_regions(text) for region in ("KZ",) if "TJ" in expected)
