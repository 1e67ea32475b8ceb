"""Number words of more languages, as data tables that `numberwords` reads in.

One line per language and kind; each line has one slot per value, alternatives joined by "|",
"-" for a slot the language has no single word for:

    DIGITS     0 1 … 9            TEENS   10 11 … 19
    TENS       20 30 … 90         HUNDREDS 100 200 … 900

Words are written as their speakers type them; `numberwords` folds them to the view's spelling.
Languages that say a number as one word ("négyszázhetvenkettő", Hungarian 472; "ოცდაოთხი",
Georgian 24) list their parts in JOINED, and `numberwords` puts every whole number together.
"""

from __future__ import annotations

# Sources: the languages' own grammars of cardinal numbers (Wiktionary's "Appendix:Cardinal
# numbers" pages); colloquial forms as chat writes them (Finnish "yks", "kasi", "ysi").
DIGITS: dict[str, str] = {
    "fi": "nolla yksi|yks kaksi|kaks kolme|kolmonen neljä|nelja viisi|viis kuusi|kuus "
          "seitsemän|seiska|seittemän kahdeksan|kaheksan yhdeksän|yheksän|ysi",
    "et": "- üks kaks kolm neli viis kuus seitse kaheksa üheksa",
    "lv": "- - divi trīs četri pieci seši septiņi astoņi deviņi",
    "lt": "nulis vienas - trys keturi penki šeši septyni aštuoni devyni",
    "hu": "- - kettő|kettö - négy öt - - nyolc kilenc",
    "sk": "nula jeden|jedna dva tri štyri päť šesť sedem osem deväť",
    "cs": "nula jedna|jeden dva tři čtyři pět šest sedm osm devět",
    "hr": "nula jedan|jedna dva tri četiri pet šest sedam osam devet",
    "sr": "нула један|једна два три четири пет шест седам осам девет",
    "bg": "нула едно|един|една две три четири пет шест седем осем девет",
    "am": "ዜሮ አንድ ሁለት ሶስት|ሦስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ",
    "ka": "ნული|ნოლი ერთი ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა",
    "ka-Latn": "nuli|noli erti - - otkhi|otxi khuti|xuti ekvsi shvidi rva tskhra|cxra",
    "hy": "զրո մեկ երկու երեք չորս հինգ վեց յոթ|յոթը ութ ինը",
    "hy-Latn": "zro mek yerku|erku yerek|erek chors hing - yot - iny",
    "my": "သုည တစ် နှစ် သုံး လေး ငါး ခြောက် ခုနစ် ရှစ် ကိုး",
    "si": "බිංදුව|බින්දුව එක දෙක තුන හතර පහ හය හත අට නවය",
    "si-Latn": "binduwa|bindu - deka thuna|tuna hathara|hatara paha - hatha - namaya|nawaya",
    "ta": "பூஜ்ஜியம்|பூஜ்யம்|பூச்சியம்|சைபர் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு எட்டு "
          "ஒன்பது",
    "ml": "പൂജ്യം ഒന്ന് രണ്ട് മൂന്ന് നാല് അഞ്ച് ആറ് ഏഴ് എട്ട് ഒമ്പത്",
    "ml-Latn": "poojyam|pujyam onnu randu moonu|munnu naalu|nalu anju aaru ezhu ettu "
               "ombathu|onpathu",
    "dv": "ސުމެއް|ސުމު އެކެއް ދޭއް ތިނެއް ހަތަރެއް ފަހެއް ހައެއް ހަތެއް އަށެއް ނުވައެއް",
    "ckb": "سفر|سیفر یەک دوو سێ چوار پێنج شەش حەوت هەشت نۆ",
    "ky": "- бир эки үч - беш - жети сегиз тогуз",
    "tg": "сифр як ду - чор панҷ шаш ҳафт ҳашт нӯҳ",
    "uz": "- - ikki uch to'rt|tort besh olti yetti sakkiz to'qqiz|toqqiz",
    "uz-Cyrl": "- - икки уч тўрт беш олти етти саккиз тўққиз",
    "ha": "sifiri daya biyu uku hudu|huɗu biyar shida bakwai takwas -",
    "ig": "efu - abụọ - - - isii asaa asatọ itoolu",
    "zu": "iqanda kunye kubili kuthathu kune kuhlanu isithupha isikhombisa "
          "isishiyagalombili isishiyagalolunye",
    "xh": "unothi inye mbini ntathu - ntlanu ntandathu sixhenxe sibhozo lithoba",
    "af": "- - - - - vyf ses sewe agt nege",
    "ur-Latn": "- aik - - - - - - - -",
}  # fmt: skip
# Digits that are everyday words too (Hungarian "egy" is the article "a", "hat" and "hét" are
# English "hat" and Hungarian "week"; Tajik "се" is Slavic "oneself"; Igbo "ato" is
# Portuguese "act"): read only beside another number word. Igbo "anọ" (4) is left out: viewed
# "ano", it is Filipino "what" beside "ba", a Vietnamese three.
BOUND: dict[str, str] = {
    "hu": "nulla egy|két - három - hat hét - -",
    # Latvian "nulle" and "viens" are French "null" and "come"; Spanish "haya", Tagalog "tara"
    "lv": "nulle viens - - - - - - - -",
    "si-Latn": "- eka - - - - haya - ata|hata -",
    "ha": "- - - - - - - - - tara",
    "xh": "- nye - - zine - - - - -",
    "fi": "- - - - - - - - kasi -",
    "ka-Latn": "- - ori sami - - - - - -",
    "hy-Latn": "- - - - - - vets|vec - ut -",
    "lt": "- - du - - - - - - -",
    "tg": "- - - се - - - - - -",
    "ig": "- otu - atọ - ise - - - -",
}  # fmt: skip
TEENS: dict[str, str] = {
    "lv": "desmit vienpadsmit divpadsmit trīspadsmit četrpadsmit piecpadsmit sešpadsmit "
          "septiņpadsmit astoņpadsmit deviņpadsmit",
    "lt": "dešimt vienuolika dvylika trylika keturiolika penkiolika šešiolika septyniolika "
          "aštuoniolika devyniolika",
    "sk": "desať jedenásť dvanásť trinásť štrnásť pätnásť šestnásť sedemnásť osemnásť "
          "devätnásť",
    "hr": "deset jedanaest dvanaest trinaest četrnaest petnaest šesnaest sedamnaest "
          "osamnaest devetnaest",
    "sr": "десет једанаест дванаест тринаест четрнаест петнаест шеснаест седамнаест "
          "осамнаест деветнаест",
    "bg": "десет единадесет дванадесет тринадесет четиринадесет петнадесет шестнадесет "
          "седемнадесет осемнадесет деветнадесет",
    "ka": "ათი თერთმეტი თორმეტი ცამეტი თოთხმეტი თხუთმეტი თექვსმეტი ჩვიდმეტი თვრამეტი "
          "ცხრამეტი",
    "ka-Latn": "ati tertmeti tormeti tsameti totkhmeti tkhutmeti tekvsmeti chvidmeti "
               "tvrameti tskhrameti",
    "hy": "տասը|տաս տասնմեկ տասներկու տասներեք տասնչորս տասնհինգ տասնվեց տասնյոթ տասնութ "
          "տասնինը",
    "tg": "даҳ ёздаҳ дувоздаҳ сенздаҳ чордаҳ понздаҳ шонздаҳ ҳабдаҳ ҳаждаҳ нуздаҳ",
    "he": "עשר|עשרה - - - - - - - - -",
}  # fmt: skip
# Tens that take a unit after them ("divdesmit seši" is 26).
TENS: dict[str, str] = {
    "lv": "divdesmit trīsdesmit četrdesmit piecdesmit sešdesmit septiņdesmit astoņdesmit "
          "deviņdesmit",
    "lt": "dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt septyniasdešimt "
          "aštuoniasdešimt devyniasdešimt",
    "sk": "dvadsať tridsať štyridsať päťdesiat šesťdesiat sedemdesiat osemdesiat deväťdesiat",
    "hr": "dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset",
    "sr": "двадесет тридесет четрдесет педесет шездесет седамдесет осамдесет деведесет",
    "bg": "двадесет тридесет четиридесет петдесет шестдесет седемдесет осемдесет деветдесет",
    "hy": "քսան երեսուն քառասուն հիսուն վաթսուն յոթանասուն ութսուն իննսուն",
    "hy-Latn": "ksan|qsan yeresun|eresun karasun|qarasun hisun vatsun yotanasun utsun "
               "innsun",
    "ky": "жыйырма отуз кырк элүү алтымыш жетимиш сексен токсон",
    # Tajik joins a ten to its unit with "-у" ("бисту ду", 22); the bare ten stands alone
    "tg": "бист|бисту сӣ|сиву|си чил|чилу панҷоҳ|панҷоҳу шаст|шасту ҳафтод|ҳафтоду "
          "ҳаштод|ҳаштоду навад|наваду",
    "uz": "yigirma o'ttiz|ottiz qirq ellik oltmish yetmish sakson to'qson|toqson",
    "he": "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים",
    # Finland Swedish says the tens short ("fyrti", "sexti")
    "sv": "tjugi - fyrti|förti - sexti sjutti - -",
}  # fmt: skip
HUNDREDS: dict[str, str] = {
    "sk": "sto dvesto tristo štyristo päťsto šesťsto sedemsto osemsto deväťsto",
    "cs": "sto dvěstě|dvěste třista čtyřista pětset šestset sedmset osmset devětset",
    "hr": "sto dvjesto|dvesta|dvista tristo|trista četiristo petsto šeststo|šesto sedamsto "
          "osamsto devetsto",
    "sr": "сто двеста триста четиристо петсто шесто|шестсто седамсто осамсто деветсто",
    "bg": "сто двеста триста четиристотин петстотин шестстотин седемстотин осемстотин "
          "деветстотин",
    # Georgian hundreds before a ten lose their final "ი" ("ხუთას ოცი", 520)
    "ka": "ასი|ას ორასი|ორას სამასი|სამას ოთხასი|ოთხას ხუთასი|ხუთას ექვსასი|ექვსას "
          "შვიდასი|შვიდას რვაასი|რვაას ცხრაასი|ცხრაას",
    "ka-Latn": "- orasi|oras samasi|samas otkhasi|otkhas khutasi|khutas ekvsasi|ekvsas "
               "shvidasi|shvidas rvaasi|rvaas tskhraasi|tskhraas",
    "tg": "сад|саду дусад|дусаду сесад|сесаду чорсад|чорсаду панҷсад|панҷсаду шашсад|шашсаду "
          "ҳафтсад|ҳафтсаду ҳаштсад|ҳаштсаду нӯҳсад|нӯҳсаду",
}  # fmt: skip
# Languages that write a whole number as one word: its parts, each a line of slots as above
# (units 1–9, teens 10–19, tens 20–90 alone, tens before a unit, hundreds 100–900), and what
# joins a ten to its unit. Georgian counts in twenties ("ოთხმოცდაცამეტი" is 4×20 and 13).
JOINED: dict[str, dict[str, str]] = {
    "hu": {
        "units": "egy kettő|kettö|ketto három négy öt hat hét nyolc kilenc",
        "teens": "tíz tizenegy tizenkettő tizenhárom tizennégy tizenöt tizenhat tizenhét "
                 "tizennyolc tizenkilenc",
        "tens": "húsz harminc negyven ötven hatvan hetven nyolcvan kilencven",
        "tens_before_unit": "huszon harminc negyven ötven hatvan hetven nyolcvan kilencven",
        "hundreds": "száz|egyszáz kétszáz háromszáz négyszáz ötszáz hatszáz hétszáz "
                    "nyolcszáz kilencszáz",
    },
    "sk": {
        "units": "jeden|jedna dva tri štyri päť šesť sedem osem deväť",
        "teens": "desať jedenásť dvanásť trinásť štrnásť pätnásť šestnásť sedemnásť osemnásť "
                 "devätnásť",
        "tens": "dvadsať tridsať štyridsať päťdesiat šesťdesiat sedemdesiat osemdesiat "
                "deväťdesiat",
        "tens_before_unit": "dvadsať tridsať štyridsať päťdesiat šesťdesiat sedemdesiat "
                            "osemdesiat deväťdesiat",
        "hundreds": "sto dvesto tristo štyristo päťsto šesťsto sedemsto osemsto deväťsto",
    },
    "hy": {
        "units": "մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը",
        "teens": "- - - - - - - - - -",
        "tens": "- - - - - - - -",
        "tens_before_unit": "քսան երեսուն քառասուն հիսուն վաթսուն յոթանասուն ութսուն "
                            "իննսուն",
        "hundreds": "- - - - - - - - -",
    },
    "hy-Latn": {
        "units": "mek yerku|erku yerek|erek chors hing vets|vec yot ut iny|inn",
        "teens": "- - - - - - - - - -",
        "tens": "- - - - - - - -",
        "tens_before_unit": "ksan|qsan yeresun|eresun karasun|qarasun hisun vatsun "
                            "yotanasun utsun innsun",
        "hundreds": "- - - - - - - - -",
    },
}  # fmt: skip
# Georgian: twenty, forty, sixty, eighty; "და" ("and") joins the rest ("ოცდაოთხი", 24).
VIGESIMAL: dict[str, tuple[str, str, str, str]] = {
    # (the score stems "20 40 60 80", the joiner, units 1–9, teens 10–19)
    "ka": ("ოც ორმოც სამოც ოთხმოც", "და", DIGITS["ka"].split(" ", 1)[1], TEENS["ka"]),
    "ka-Latn": (
        "ots|oc ormots|ormoc samots|samoc otkhmots|otxmoc",
        "da",
        DIGITS["ka-Latn"].split(" ", 1)[1],
        TEENS["ka-Latn"],
    ),
}
# Numerals of scripts written without spaces between words (read as `UNSPACED_NUMERALS`).
UNSPACED: dict[str, dict[str, str]] = {
    "khmer": {
        "0": "សូន្យ", "1": "មួយ", "2": "ពីរ", "3": "បី", "4": "បួន", "5": "ប្រាំ",
        "6": "ប្រាំមួយ", "7": "ប្រាំពីរ", "8": "ប្រាំបី", "9": "ប្រាំបួន",
    },
    "lao": {
        "0": "ສູນ", "1": "ໜຶ່ງ ນຶ່ງ", "2": "ສອງ", "3": "ສາມ", "4": "ສີ່", "5": "ຫ້າ", "6": "ຫົກ",
        "7": "ເຈັດ", "8": "ແປດ", "9": "ເກົ້າ",
    },
}  # fmt: skip
