"""E-mail addresses, plain or disguised: "john@gmail.com", "john at gmail dot com",
"j o h n (at) g m a i l [dot] c o m", "pal at cs stanford edu", "johndev at gmail",
"my gmail is johndev1990", "anna.k88 on gmail", "네이버 메일 minjun.kim", and addresses written
backwards ("moc.liamg@88k.anna"). A provider may be named in the drafts' own words ("lin.shuhui 在
hotmail 點 com", "petra.vesela na seznamu", "yassine.benali.dev فالجيميل", "gyeol.studio 앳 지메일
닷 컴", "pablo_ortega_84 (gmail)"), and an emoji may stand for the sign ("faisal.padel📍gmail.com").

Reads the `text` view, where look-alikes are folded, "(at)"/"[dot]"/"arroba"/"точка" are made
canonical (in some thirty languages: "골뱅이", "艾特", "נקודה"), symbols standing in for them
("ⓐ", "⚫", "。") read as the signs, and spaced-out letters joined (see normalize.py). Domains
must end in a public suffix from the offline Public Suffix List; reserved (RFC 2606) and
marketplace domains are not contact details.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from gigguard.engine.detectors.base import Detection, DetectionContext
from gigguard.engine.domains import (
    MAIL_PROVIDERS,
    is_platform_domain,
    is_reserved,
    public_suffix,
    registrable_domain,
)
from gigguard.engine.mapped import MappedText
from gigguard.engine.normalize import (
    FOREIGN_AT_TERMS,
    FOREIGN_DOT_TERMS,
    NormalizedDraft,
    fold_term,
)
from gigguard.engine.patterns import Match, Pattern, alternation, compile_pattern, span_of
from gigguard.engine.spans import pick_non_overlapping
from gigguard.findings import Category

_LOCAL_PART = r"[a-z0-9][a-z0-9._%+\-]{0,63}"
# "mariam dot designs at yahoo dot com", "marco . bellini": the local part may be dotted out too.
_LOCAL = rf"(?P<local>{_LOCAL_PART}(?:[ \t]+(?:dot|\.)[ \t]+{_LOCAL_PART}){{0,3}})"
_LABEL = r"[a-z0-9][a-z0-9\-]{0,62}"
# "@" however written: "@", " at ", and the "name (followed by "@cs.stanford.edu")" habit.
# The sign and the word are separate patterns: a rejected "me at jess.caine" must not hide the
# "jess.caine@icloud.com" that starts inside it (a regex scan resumes after its last match).
_AT_SIGN = r"(?P<at>[ \t]*@[ \t]*|[ \t]*\([ \t]*followed[ \t]+by[ \t]*[\"“”'‘’]?[ \t]*@)"
_AT_WORD = r"(?P<at>[ \t]+at[ \t]+)"
# An address wrapped at its "@" ("ngoc.tran.design\n@outlook.com", "elise.roux@\nproton.me",
# "carla.vr\narroba gmail ponto com"): one line break on either side of the sign or the word.
_AT_ACROSS_LINES = r"(?P<at>[ \t]*\n[ \t]*(?:@|at[ \t])[ \t]*|[ \t]*@[ \t]*\n[ \t]*)"
# "." however written: ".", " . ", " dot ", " dt ", and ";" ("jks at robotics;stanford;edu").
# A full stop with a space after it only is the end of a sentence ("code at runtime. It");
# with a space before it ("gmail .com", "gmail . com") it is a disguise.
# A bullet between spaced labels is a dot too ("hotmail • com"): after a sign it lists nothing.
_DOT = r"(?:[.;]|[ \t]+[.;][ \t]*|[ \t]*[•·][ \t]*|[ \t]+(?:dot|dt)[ \t]+)"
# Labels separated by nothing but spaces are a domain only when they end in a TLD nobody
# mistakes for a word ("pal at cs stanford edu", "john at gmail com").
_SPACED_TLDS = ("com", "net", "org", "edu", "gov", "info", "biz", "ru")
# Where mailboxes live; a "@handle.xyz" tag with a rarer ending is a social handle, not an address.
_MAIL_TLDS = frozenset(
    "com net org edu gov io co info biz me us uk ca au de fr es it nl pl ru ua in pk bd ng br mx ar"
    " tr za ph".split()
)

_DOMAIN = rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{1,6}})"
_SPACED_DOMAIN = (
    rf"(?P<domain>{_LABEL}(?:[ \t]+{_LABEL}){{0,3}}[ \t]+{alternation(_SPACED_TLDS)})\b"
)
_ADDRESSES = tuple(
    compile_pattern(f"{_LOCAL}{at}{_DOMAIN}") for at in (_AT_SIGN, _AT_WORD, _AT_ACROSS_LINES)
)
_SPACED_ADDRESSES = tuple(
    compile_pattern(f"{_LOCAL}{at}{_SPACED_DOMAIN}") for at in (_AT_SIGN, _AT_WORD)
)
# Webmail of the regions the drafts come from, beside the global ones in domains.py, and the
# names people write in their own script ("지메일", "جيميل", "जीमेल"). Regional names that are also
# ordinary words ("libero", "orange", "seznam", "다음") are left out.
_REGIONAL_PROVIDERS = {
    "qq": "qq.com",
    "naver": "naver.com",
    "hanmail": "hanmail.net",
    "daum": "daum.net",
    "walla": "walla.co.il",
    "rambler": "rambler.ru",
    "sina": "sina.com",
    "freemail": "freemail.hu",
    "citromail": "citromail.hu",
}
_PROVIDERS_IN_OTHER_SCRIPTS = {
    fold_term(name): domain
    for domain, names in {
        "gmail.com": (
            "지메일", "جيميل", "جي ميل", "جیمیل", "جی میل", "जीमेल", "जिमेल", "জিমেইল", "জি মেইল",
            "จีเมล", "จีเมล์", "ג'ימייל", "ג׳ימייל", "גימייל", "джимейл", "ジーメール", "γκμέιλ",
            "τζιμέιλ", "τζιμεϊλ",
            "гмейл", "гмайл", "гмыл",  # Russian and Ukrainian spoken names ("на гмыле")
            "гугл почт", "гуглпочт",  # "Google mail": "на гугл почте"
            "谷歌邮箱", "谷歌郵箱",  # Chinese "Google mailbox"
            "гмаил", "џимејл", "гмејл",  # Serbian, Macedonian
            "жимейл", "ҷимейл", "жимэйл",  # Kyrgyz, Tajik, Kazakh
            "ጂሜይል", "ጂሜል",  # Amharic
            "ජීමේල්", "ජිමේල්",  # Sinhala
            "ஜிமெயில்",  # Tamil (inflected forms drop the final virama: "ஜிமெயிலுக்கு")
            "ജിമെയിൽ", "ജീമെയിൽ",  # Malayalam
            "ޖީމެއިލް",  # Dhivehi
            "ជីមែល",  # Khmer
            "ဂျီးမေးလ်", "ဂျီမေးလ်",  # Burmese
            "ຈີເມລ", "ຈີເມວ",  # Lao
            "جیمەیڵ", "جیمەیل",  # Central Kurdish
            "ջիմեյլ",  # Armenian
            "ჯიმეილი", "ჯიმეილ",  # Georgian
        ),
        "outlook.com": ("аутлук", "אאוטלוק", "اوتلوك", "आउटलुक", "아웃룩", "アウトルック", "เอาท์ลุค"),
        "ukr.net": ("укрнет", "юкрнет"),
        "proton.me": ("پروتون", "פרוטון", "протон"),
        "yahoo.com": ("ياهو", "یاهو", "याहू", "याहु", "ইয়াহু", "ยาฮู", "יאהו", "яху", "γιάχου", "야후",
            "ያሁ", "යාහු", "யாஹூ", "യാഹൂ", "ޔާހޫ", "յահու", "იაჰუ", "យ៉ាហ៊ូ", "ယာဟူး"),
        "hotmail.com": ("هوتميل", "هاتمیل", "हॉटमेल", "ฮอตเมล", "хотмейл", "хотмэйл", "핫메일",
            "ホットメール"),
        "naver.com": ("네이버",),
        "hanmail.net": ("한메일",),
        "yandex.ru": ("яндекс",),
        "mail.ru": ("мейл.ру", "мэйл.ру", "майл.ру", "мейл ру", "мэйл ру"),
        "yahoo.co.jp": ("ヤフー",),
    }.items()
    for name in names
}  # fmt: skip
# Webmail whose name is an ordinary word too ("libero": free, "seznam": a list): read only beside
# a word that reads as a handle, with a preposition ("petra.vesela na seznamu") or after a colon
# or a comma ("libero: anto.esposito82"), never as "… at libero".
_WORD_PROVIDERS = {
    "libero": "libero.it",
    "virgilio": "virgilio.it",
    "seznam": "seznam.cz",
    "orange": "orange.fr",
    "interia": "interia.pl",
    "onet": "onet.pl",
    "abv": "abv.bg",
}
_PROVIDERS = {**MAIL_PROVIDERS, **_REGIONAL_PROVIDERS}
_ALL_PROVIDERS = {**_PROVIDERS, **_WORD_PROVIDERS, **_PROVIDERS_IN_OTHER_SCRIPTS}
# Providers whose mailboxes are numbers: a QQ address is the QQ account number.
_NUMERIC_PROVIDERS = frozenset({"qq.com"})
_PROVIDER_NAMES = alternation(tuple(_PROVIDERS))
# "live:" and "msn:" before a name are Skype ids, not mailboxes (the messenger detector's).
_PROVIDERS_NAMED_FIRST = alternation(
    tuple((set(_PROVIDERS) | set(_WORD_PROVIDERS)) - {"live", "msn"})
)
_NATIVE_PROVIDER_NAMES = alternation(tuple(_PROVIDERS_IN_OTHER_SCRIPTS))
# A provider's name, Latin ("gmail", inflected: Polish "gmailu", Turkish "gmail'de", Finnish
# "gmailissa", Georgian "yahoo-ze") or in another script, where a prefix may be glued on (Hebrew
# "הג'ימייל", Arabic "الجيميل": "the Gmail").
_NAMED_PROVIDER = (
    rf"(?:\b(?P<provider>{_PROVIDERS_NAMED_FIRST})(?:['\-]?\p{{L}}{{1,4}})?\b"
    rf"|(?:ال)?(?P<native>{_NATIVE_PROVIDER_NAMES})[\p{{L}}\p{{M}}]{{0,3}})"
)
# "johndev at gmail", "johndev@hotmail": a webmail provider named without its TLD; the line
# may break at the sign ("imran.q.doha\n@ gmail").
_PROVIDER_ADDRESSES = tuple(
    compile_pattern(rf"{_LOCAL}{at}(?P<provider>{_PROVIDER_NAMES})\b")
    for at in (_AT_SIGN, _AT_WORD, _AT_ACROSS_LINES)
)
# "kontakt@farm\nhouse.co.za": a domain whose first label the line break cuts in two. Only a
# piece before the break that is no domain by itself, and a whole domain after it.
_DOMAIN_BROKEN_OVER_LINES = compile_pattern(
    rf"{_LOCAL}(?P<at>@)(?P<head>{_LABEL})[ \t]*\n[ \t]*"
    rf"(?P<domain>{_LABEL}(?:\.{_LABEL}){{1,4}})\b"
)
# What stands between a provider and the mailbox: "my gmail is", "gmail ko ay", "gmail yangu
# ni", "gmail của mình là", "το gmail μου είναι", "Gmailは", "QQ邮箱". Latin words are possessives
# and copulas of the drafts' languages; any word in another script may stand there too (it is
# never part of an ASCII mailbox).
_CONNECTOR_WORDS = (
    "id address adress account acc mail email e-mail is as es e é est c'est ist это pls please"
    " my mine its it's mi mio mia meu minha mon ma mein meine moj moje muj min mijn mu benim"
    " saya aku ku ko ay ang ni yangu wangu ya ndio ni cua minh toi la lo ka mo je jest er ar ir"
    " är e-posta eposta correo adres adresse em o"
).split()
# A word in another script is a short one ("は", "邮箱", "की"): a clause ("のアドオンとかは使って
# ないので、やり取りは全部") runs past a comma into whatever word comes next.
_CONNECTOR = (
    rf"(?:[ \t]*(?:(?:{alternation(_CONNECTOR_WORDS)})(?:$|[ \t:])|[:=\-→—–>]"
    r"|[^\x00-\x7f\s、。，！？；]{1,8}))"
)
# "my gmail is johndev1990", "hotmail: sara_k88", "mi gmail es juan.perez", "네이버 메일 minjun.kim";
# a comma right after the provider too ("bei Gmail, lena.wiesmayr"), never one further on.
_PROVIDER_THEN_LOCAL = compile_pattern(
    r"(?P<owner>(?:^|[^\p{L}])(?:my|mi|meu|minha|mon|ma|mein|meine|мой|моя)[ \t]+)?"
    rf"{_NAMED_PROVIDER}(?P<connector>(?:[ \t]*,)?{_CONNECTOR}*)"
    r"[ \t]*(?P<local>[a-z0-9][a-z0-9._%+\-]{2,63})\b"
)
# "anna.k88 on gmail", "lucia.mtz en gmail", "tomasz.nowak na gmailu", "omar.hassan على جيميل".
# Hausa, Hungarian and Italian "a" (at, on), Afrikaans "by", Arabic "ع" (short for "على"),
# Kurdish "لە" and "رو" (on).
_PREPOSITIONS = (
    "on in en no na sur chez bei auf su op на в у pe på w di sa kwa tai tren em im ở o de u"
    " a by على في روی در پر पर में ben kwenye 在 用 ที่ ع لە رو"
).split()
# Nguni glues its locative on with a hyphen before a name: Zulu "ku-gmail", Xhosa "kwi-outlook".
_GLUED_PREFIXES = "ku kwi ki kwa e".split()
# The same said with a postposition or a case ending instead: Hindi/Urdu "sanjay.edits2 gmail
# pe", Bengali "tanvir.seo.bd (gmail e)", "shirin.akter92 জিমেইলে", Turkish "ayse.kocer
# hotmail'de", Japanese "ao.tsukishiro のGmail" (の: "of").
# Sinhala in Latin letters: "gmail ekata" ("to the gmail"), "gmail eke" ("in the gmail").
_POSTPOSITIONS = "pe par pr mein me mai e te de da ey ekata eke".split()
# …written in the script of a provider's local name ("bilal.designs786 جی میل پر").
_NATIVE_POSTPOSITIONS = "پر پہ میں में पर मा से".split()
# Turkish glues its locative to the name without the apostrophe too ("cansu.erdem91 hotmailde").
# So do Finnish and Estonian ("gmailissa", "gmailis") and Hungarian ("freemailen", "gmailre").
_GLUED_CASE_ENDINGS = "de da te ta den dan issa ssa ista is ile en on re ra".split()
# A bracketed provider names the mailbox's home ("pablo_ortega_84 (gmail)"), and so does one with
# a preposition glued before it (Arabic "فالجيميل", "in the Gmail"; Hebrew "בג'ימייל").
# "lin.shuhui 在 hotmail 點 com": the TLD may follow, spelled out.
# The name may be dotted out ("chidi dot okafor na gmail") and wrapped before the preposition.
_LOCAL_THEN_PROVIDER = compile_pattern(
    rf"(?P<local>[a-z0-9][a-z0-9._%+\-]{{2,63}}(?:[ \t]+dot[ \t]+{_LOCAL_PART}){{0,3}})"
    rf"(?:(?:[ \t]+|[ \t]*\n[ \t]*){alternation(tuple(fold_term(w) for w in _PREPOSITIONS))}"
    rf"[ \t]+{_NAMED_PROVIDER}"
    rf"|[ \t]+{alternation(tuple(_GLUED_PREFIXES))}-(?P<provider5>{_PROVIDERS_NAMED_FIRST})\b"
    rf"|[ \t]*\n?[ \t]*\(?(?:\b(?P<provider2>{_PROVIDERS_NAMED_FIRST})"
    rf"(?:['\-]\p{{L}}{{1,3}}\b|(?:{alternation(tuple(_GLUED_CASE_ENDINGS))})\b"
    rf"|[ \t]+{alternation(tuple(_POSTPOSITIONS))}\b)"
    rf"|(?P<native2>{_NATIVE_PROVIDER_NAMES})[\p{{L}}\p{{M}}]{{1,5}}"
    rf"|の(?P<provider3>{_PROVIDERS_NAMED_FIRST})\b)"
    rf"|[ \t]*[\(\[][ \t]*(?:(?P<provider4>{_PROVIDERS_NAMED_FIRST})|(?P<native4>"
    rf"{_NATIVE_PROVIDER_NAMES}))[ \t]*[\)\]]"
    rf"|[ \t]+\p{{L}}{{1,3}}(?P<native5>{_NATIVE_PROVIDER_NAMES})"
    rf"|[ \t]+(?P<native6>{_NATIVE_PROVIDER_NAMES})[ \t]+"
    rf"{alternation(tuple(_NATIVE_POSTPOSITIONS))}(?:$|[^\p{{L}}\p{{M}}]))"
    r"(?P<tail>(?:[ \t]*\.[ \t]*|[ \t]+dot[ \t]+)(?P<tld>[a-z]{2,3})\b)?"
)
# "gyeol.studio 앳 지메일 닷 컴", "reza.kazemi ات یاهو دات کام", "hamid.1369 @ یاهو • com": the sign,
# the provider and the TLD all said in the provider's script, where normalize.py, which asks for
# ASCII on both sides of a word, leaves them as they are.
_TLDS_IN_OTHER_SCRIPTS = {
    fold_term(word): tld
    for word, tld in {
        "컴": "com", "닷컴": "com", "کام": "com", "کم": "com", "كوم": "com", "कॉम": "com",
        "इन": "in", "ком": "com", "কম": "com", "കോം": "com", "காம்": "com", "කොම්": "com",
        "ކޮމް": "com", "ኮም": "com", "کۆم": "com", "ຄອມ": "com", "ខម": "com", "ကွမ်း": "com", "κομ": "com", "คอม": "com", "קום": "com", "ру": "ru", "می": "me", "넷": "net", "コム": "com", "नेट": "net",
    }.items()
}  # fmt: skip
_ANY_AT = rf"(?P<at>[ \t]*@[ \t]*|[ \t]+(?:at|{alternation(FOREIGN_AT_TERMS)})[ \t]+)"
_ANY_DOT = rf"(?:[ \t]*[.•·][ \t]*|[ \t]+(?:dot|{alternation(FOREIGN_DOT_TERMS)})[ \t]+)"
_NATIVE_PROVIDER_ADDRESS = compile_pattern(
    rf"{_LOCAL}{_ANY_AT}(?P<native>{_NATIVE_PROVIDER_NAMES})"
    rf"(?:{_ANY_DOT}(?P<tld>[a-z]{{2,3}}\b|{alternation(tuple(_TLDS_IN_OTHER_SCRIPTS))}))?"
)
# "faisal.padel📍gmail.com", "studio.lucevera 🐌 gmail . com", "priya_excelwork🌀gmail🔵com": one
# emoji (a symbol, \p{So}) stands for "@", and another, a bullet or a spaced dot for "."; in the
# name too ("zofia🔸pietrzak 🐒 onet 🔸 pl").
_EMOJI = r"\p{So}\x{FE0F}?"
_EMOJI_ADDRESS = compile_pattern(
    rf"(?P<local>{_LOCAL_PART}(?:[ \t]*{_EMOJI}[ \t]*{_LOCAL_PART}){{0,3}})(?P<at>[ \t]*{_EMOJI}[ \t]*)(?P<domain>{_LABEL}"
    rf"(?:(?:{_DOT}|[ \t]*(?:{_EMOJI}|[·•])[ \t]*){_LABEL}){{1,6}})"
)
_LOCAL_PART_PATTERN = compile_pattern(_LOCAL_PART)
# "sara.k88 🐌 gmail": the provider without its TLD.
_EMOJI_PROVIDER_ADDRESS = compile_pattern(
    rf"{_LOCAL}(?P<at>[ \t]*{_EMOJI}[ \t]*)(?P<provider>{_PROVIDER_NAMES})\b"
)

# What a file or a version ends in: "brief.pdf in Gmail" and "v2.1 on Outlook" are not mailboxes.
_FILE_ENDINGS = frozenset(
    "pdf doc docx xls xlsx ppt pptx csv txt rtf odt png jpg jpeg gif svg webp psd ai fig zip rar"
    " mp3 mp4 mov wav html htm js ts css py json xml yaml yml md exe apk com net org io".split()
)
_LONGEST_RUN = compile_pattern(r"[a-z0-9]{3,}")
# A number with its unit ("25mb", "300dpi", "1080p") is a measure, not a mailbox.
_MEASURE = compile_pattern(r"[0-9]+[a-z]{0,3}")
# Shorter words after a provider are its features ("gmail 2fa"); webmail names are longer.
_MIN_HANDLE = 4

# "moc.liamg@88k.anna" is "anna.k88@gmail.com" read backwards. The reversal shows in the address
# itself: read forwards it ends in no public suffix, read backwards it is a whole address whose
# domain ends in one. Nothing else (a cue like "read it backwards") is needed or trusted.
_REVERSED_ADDRESS = compile_pattern(
    r"(?:^|[^a-z0-9._%+\-])(?P<token>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+@[a-z0-9._%+\-]{2,64})"
)

# Words that sit before " at " in ordinary prose ("look at", "meet me at"): never a local part
# of a disguised address.
_PROSE_BEFORE_AT = frozenset(
    """
    me us you him her them it this that here there look looking looked meet see be is am are
    was were arrive stay work working live start starting available good great best least
    most all once aim priced price charge rate rated and or but only just directly email
    mail write contact reach ping message text call hit find found located based online home
    office school time moment noon night morning evening lunch dinner point stop back up out
    in on for server servers site website page people team staff student students faculty
    professor engineer developer designer manager intern researcher hosted posted published
    listed running deployed code data files file samples sample portfolio examples example
    more details info information everything anything something projects project designs
    design gallery reviews demo demos visit view check docs documentation responses replies
    submissions notifications results updates
    """.split()
)
# Words that follow "my gmail is" in ordinary prose.
_PROSE_AFTER_PROVIDER = frozenset(
    """
    is was are the a an and or but not down full blocked hacked working account address
    inbox below above same fine ok okay there here please pls thanks thank me you my your
    for to in on at of with app login password spam storage support verification
    notification notifications id mail email e-mail no yes also too still now linked
    connected different new old main personal work business private
    """.split()
)


# The buyer's own product's support address, to be put on their site, is part of the work, not a
# contact (data/intents/LABELS.md): a role mailbox ("support@", "pomoc@") in a sentence that
# places it on a page ("in the footer", "w stopce", "auf die Endkarte", "en el footer de la web"),
# a printed label ("en la contraetiqueta", "no rótulo", "印喺每頁底部") or a video's last frame.
# Role names in the drafts' languages: Brazil's "sac" (serviço de atendimento ao consumidor),
# French "dons" (donations), Italian "prenotazioni" (bookings).
_ROLE_MAILBOXES = frozenset(
    "support soporte suporte pomoc service care help info kontakt contact hello hola ola servicio"
    " atendimento kundenservice sales ventas biuro office destek assistance aide sac booking"
    " bookings reservations reservas prenotazioni dons donations donate spenden hilfe"
    " kundendienst kefu orders pedidos press noreply no-reply"
    # Help, support and customer service in the Baltic, Finnic, Central European and Balkan
    # languages: lt, lv, et, fi, hu, cs/sk, hr/sr/bs, sl, ro, bg/ru in Latin letters.
    " pagalba klientams palidziba atbalsts klientiem tugi klienditugi abi tuki asiakaspalvelu"
    " apu ugyfelszolgalat segitseg podpora zakaznici podrska pomoc pomocnik asistenta suport"
    " podderzhka".split()
)
# A mailbox that takes no replies ("noreply@…", "do-not-reply@…") is a sender a mail rule or a
# template names; nobody can be written to there, wherever it stands.
_NO_REPLY = compile_pattern(r"^(?:no|do[-_.]?not|dont)[-_.]?reply[-_.+]?[0-9]*$|^mailer-daemon$")
# A longer role name may open a compound mailbox: "atencionalcliente@", "customerservice@".
_ROLE_PREFIXES = ("atencion", "customer", "service", "support", "soporte", "kundenservice")
_ROLE_PIECE = compile_pattern(r"[a-z]+")
_PLACEMENT_CUES = compile_pattern(
    r"\b(?:footer|footers|stopce|stopka|stopki|fußzeile|fusszeile|endkarte|impressum"
    r"|pie de pagina|rodape|pied de page|landing|end card|end screen|endscreen"
    r"|contact page|contact us page|kontaktseite|contraetiqueta|etiqueta|rotulo|label|packaging"
    r"|embalagem|empaque|last slide|sista sliden|siste lysbilde|letzte folie|футер|футере|подвал"
    # The page's bottom and footer in lt, lv, et, fi, hu, cs, sk, hr/sr, as the view folds them;
    # Finnish and Hungarian glue their case endings on ("alatunnisteeseen", "láblécbe").
    r"|подвале|apacioje|apaksa|jaluses|jalus|alatunniste[a-z]{0,6}|lablec[a-z]{0,4}|zapati"
    r"|pata stranky|podnozje"
    # Turkish "the site's contact section / page"
    r"|iletisim kism[a-z]*|iletisim sayfa[a-z]*)\b"
    # Scripts without word spaces, where "\b" never falls: footer, the page's bottom, the end of
    # the video ("页脚", "頁尾", "底部", "フッター", "하단", "آخر الفيديو", "תחתית").
    r"|页脚|頁腳|页尾|頁尾|底部|フッター|푸터|하단|تذييل|آخر الفيديو|نهاية الفيديو|תחתית"
    r"|فوتر|پاورقی"  # Persian "footer"
)
_SENTENCE_REACH = 160


def _is_role_mailbox(local: str) -> bool:
    """ "support", "hr-support", "atencionalcliente": a mailbox named for a job, not a person."""
    if local in _ROLE_MAILBOXES or local.startswith(_ROLE_PREFIXES):
        return True
    return any(piece.group() in _ROLE_MAILBOXES for piece in _ROLE_PIECE.finditer(local))


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # in the text view
    end: int
    value: str
    kind: str
    confidence: float


def detect(draft: NormalizedDraft, context: DetectionContext) -> Iterator[Detection]:
    view = draft.text
    candidates = [
        *_addresses(view),
        *_addresses_broken_in_domain(view),
        *_reversed_addresses(view),
        *_spaced_addresses(view),
        *_provider_addresses(view),
        *_provider_then_local(view),
        *_local_then_provider(view),
        *_native_provider_addresses(view),
        *_emoji_addresses(view),
    ]
    candidates = [c for c in candidates if not _is_buyers_own_support(view.text, c)]
    ranked = sorted(candidates, key=lambda c: (-c.confidence, c.start - c.end))
    for candidate in pick_non_overlapping(ranked, lambda c: (c.start, c.end)):
        yield Detection.in_view(
            view,
            candidate.start,
            candidate.end,
            category=Category.EMAIL,
            kind=candidate.kind,
            value=candidate.value,
            confidence=candidate.confidence,
        )


def _is_buyers_own_support(text: str, candidate: _Candidate) -> bool:
    """A role mailbox the sentence around it places on a page of the buyer's product; the
    sentence is the line it sits on, within a bounded reach (linear time)."""
    local, _, domain = candidate.value.partition("@")
    if _NO_REPLY.search(local):
        return True
    if not _is_role_mailbox(local) or _is_webmail(domain):
        return False  # "support.anna@gmail.com" is somebody's own box
    start = text.rfind("\n", max(0, candidate.start - _SENTENCE_REACH), candidate.start) + 1
    end = text.find("\n", candidate.end, candidate.end + _SENTENCE_REACH)
    line = text[
        max(start, candidate.start - _SENTENCE_REACH) : end
        if end >= 0
        else candidate.end + _SENTENCE_REACH
    ]
    return _PLACEMENT_CUES.search(line) is not None


def _is_webmail(domain: str) -> bool:
    registrable = registrable_domain(domain)
    return registrable is not None and registrable in _ALL_PROVIDERS.values()


def _matches(view: MappedText, patterns: tuple[Pattern, ...]) -> Iterator[Match]:
    for pattern in patterns:
        yield from pattern.finditer(view.text)


def _addresses(view: MappedText) -> Iterator[_Candidate]:
    for match in _matches(view, _ADDRESSES):
        local = _clean_local(match.group("local"))
        if local is None or not _local_fits_at(match, local):
            continue
        domain_start, domain_end = span_of(match, "domain")
        wrapped = "\n" in match.group("at")
        labels, label_ends = _labels(view.text, domain_start, domain_end)
        domain, end = _longest_public_domain(labels, label_ends)
        if domain is None:
            labels, label_ends = _without_next_word(view, labels, label_ends)
            domain, end = _longest_public_domain(labels, label_ends)
        if domain is None or not _is_contact_domain(domain):
            continue
        if (
            not wrapped
            and _is_handle_mention(match)
            and domain.rsplit(".", 1)[-1] not in _MAIL_TLDS
        ):
            continue  # a wrapped "@" is judged by the name before it (_joins_across_lines)
        if wrapped and not _joins_across_lines(local, domain):
            continue
        start = _local_start(match, local)
        if _is_word_before(view, start, local):
            start, local = start + 1, local[1:]
        value = f"{local}@{domain}"
        disguised = view.original_slice(start, end).lower() != value
        if disguised and _runs_into_path(view.text, end):
            continue  # "sites I built at jane dot com dot ng/portfolio": a link, not "built@"
        yield _Candidate(
            start,
            end,
            value,
            "email.obfuscated" if disguised else "email",
            0.9 if disguised else 0.97,
        )


def _addresses_broken_in_domain(view: MappedText) -> Iterator[_Candidate]:
    for match in _DOMAIN_BROKEN_OVER_LINES.finditer(view.text):
        local = _clean_local(match.group("local"))
        if local is None:
            continue
        labels, label_ends = _labels(view.text, *span_of(match, "domain"))
        joined = [match.group("head") + labels[0], *labels[1:]]
        domain, end = _longest_public_domain(joined, label_ends)
        if domain is None or not _is_contact_domain(domain):
            continue
        if not _is_mailbox_tld(domain.rsplit(".", 1)[-1]):
            continue
        yield _Candidate(_local_start(match, local), end, f"{local}@{domain}", "email", 0.85)


def _runs_into_path(text: str, end: int) -> bool:
    """A domain followed by "/" and a page: no address goes on past its domain."""
    return text[end : end + 1] == "/" and text[end + 1 : end + 2].isalnum()


def _spaced_addresses(view: MappedText) -> Iterator[_Candidate]:
    for match in _matches(view, _SPACED_ADDRESSES):
        local = _clean_local(match.group("local"))
        if local is None or not _local_fits_at(match, local):
            continue
        labels = match.group("domain").split()
        if "dot" in labels:
            continue  # "at jane dot com dot ng": a spelled domain, read by the dotted patterns
        domain = ".".join(labels)
        if registrable_domain(domain) is None or not _is_contact_domain(domain):
            continue
        yield _Candidate(
            _local_start(match, local), match.end(), f"{local}@{domain}", "email.obfuscated", 0.8
        )


def _reversed_addresses(view: MappedText) -> Iterator[_Candidate]:
    for match in _REVERSED_ADDRESS.finditer(view.text):
        token = match.group("token").rstrip("._-%+")
        forward_domain = token.rsplit("@", 1)[1]
        if public_suffix(forward_domain) is not None:
            continue  # an address as it stands (or a version, "pkg@1.2.3"): not ours to flip
        local, domain = token[::-1].split("@", 1)
        local = local.strip(".-_%+")
        if len(local) < 2 or registrable_domain(domain) is None or not _is_contact_domain(domain):
            continue
        if not _is_mailbox_tld(domain.rsplit(".", 1)[-1]):
            continue
        start, _ = span_of(match, "token")
        yield _Candidate(start, start + len(token), f"{local}@{domain}", "email.obfuscated", 0.85)


def _is_mailbox_tld(tld: str) -> bool:
    """Where a reversed address may end: a TLD mailboxes live under, or a country's ("seznam.cz");
    a backwards word that happens to end in a new gTLD (".moe", ".ooo") is only a word."""
    return tld in _MAIL_TLDS or (len(tld) == 2 and tld.isalpha())


def _provider_addresses(view: MappedText) -> Iterator[_Candidate]:
    for match in _matches(view, _PROVIDER_ADDRESSES):
        local = _clean_local(match.group("local"))
        if local is None or not _local_fits_at(match, local):
            continue
        if "\n" in match.group("at") and not _looks_like_handle(local, numeric=False):
            continue  # "Thanks!\n@gmail is down": a greeting, then a tag
        if _names_the_product(view, match, local):
            continue
        domain = _PROVIDERS[match.group("provider")]
        yield _Candidate(
            _local_start(match, local), match.end(), f"{local}@{domain}", "email.provider", 0.85
        )


def _provider_then_local(view: MappedText) -> Iterator[_Candidate]:
    for match in _PROVIDER_THEN_LOCAL.finditer(view.text):
        local = _clean_local(match.group("local"))
        if local is None or local in _PROSE_AFTER_PROVIDER or local in _ALL_PROVIDERS:
            continue
        provider_start, provider_end = _provider_span(match)
        if _is_compound_name(view.text, provider_end, span_of(match, "connector")):
            continue  # "the Gmail-to-Notion sync", "a Gmail add-on"
        if _is_code_call(view.text, match.end()):
            continue  # "outlook = win32com.client.Dispatch(...)"
        domain = _provider_domain(match)
        handle_like = _looks_like_handle(local, numeric=domain in _NUMERIC_PROVIDERS)
        owned = match.group("owner") is not None
        if match.group("provider") in _WORD_PROVIDERS and not (
            handle_like and match.group("connector").strip()
        ):
            continue  # "sono libero domani": only "libero: anto.esposito82" names the mailbox
        if not handle_like and not (owned and len(local) >= 5 and local.isalpha()):
            continue
        local_start, _ = span_of(match, "local")
        yield _Candidate(
            provider_start,
            local_start + len(local),
            f"{local}@{domain}",
            "email.provider",
            0.85 if handle_like else 0.7,
        )


def _local_then_provider(view: MappedText) -> Iterator[_Candidate]:
    """ "anna.k88 on gmail": only a mailbox that looks like one, never "brief.pdf in Gmail"."""
    for match in _LOCAL_THEN_PROVIDER.finditer(view.text):
        local = _clean_local(match.group("local"))
        domain = _provider_domain(match)
        if local is None or not _looks_like_handle(local, numeric=domain in _NUMERIC_PROVIDERS):
            continue
        if "." not in local and "_" not in local and domain not in _NUMERIC_PROVIDERS:
            continue  # "2 on gmail", "top10 in outlook": a separator makes it a handle
        start = _local_start(match, local)
        if _GLUED_COPULA.search(local) is not None:
            cut = local.index("-") + 1
            start, local = start + cut, local[cut:]
        domain, end = _with_spelled_tld(match, domain)
        yield _Candidate(start, end, f"{local}@{domain}", "email.provider", 0.8)


# Zulu and Xhosa glue a copula or a locative onto a borrowed word with a hyphen: "i-email yami
# ngu-thandi.k", "yi-sipho_m", "thumela ku-ayanda.n". Before a dotted name it is no part of the
# mailbox.
_GLUED_COPULA = compile_pattern(r"^(?:ngu|ng|yi|ngi|ku|kwi)-[a-z0-9]+[._]")


def _with_spelled_tld(match: Match, domain: str) -> tuple[str, int]:
    """The provider's domain with the TLD spelled after it ("hotmail 點 fr": hotmail.fr) and where
    the mention ends; a word that is no TLD there ("on gmail. ok") is the next sentence."""
    if match.group("native6"):
        return domain, span_of(match, "native6")[1]  # the postposition after it is prose
    tail_start, _ = span_of(match, "tail")
    tld = match.group("tld")
    if tld is None:
        return domain, match.end()
    spelled = f"{domain.split('.', 1)[0]}.{tld}"
    if registrable_domain(spelled) != spelled or not _is_mailbox_tld(tld):
        return domain, tail_start
    return spelled, match.end()


def _native_provider_addresses(view: MappedText) -> Iterator[_Candidate]:
    for match in _NATIVE_PROVIDER_ADDRESS.finditer(view.text):
        local = _clean_local(match.group("local"))
        if local is None or not _local_fits_at(match, local):
            continue
        spelled_out = match.group("tld") is not None and match.group("at").strip() != "at"
        if not (_looks_like_handle(local, numeric=False) or (spelled_out and len(local) >= 4)):
            continue  # the sign, the provider and the TLD all said: any name is the mailbox
        domain = _ALL_PROVIDERS[match.group("native")]
        if tld := match.group("tld"):
            tld = _TLDS_IN_OTHER_SCRIPTS.get(tld, tld)
            spelled = f"{domain.split('.', 1)[0]}.{tld}"
            domain = spelled if registrable_domain(spelled) == spelled else domain
        yield _Candidate(
            _local_start(match, local), match.end(), f"{local}@{domain}", "email.obfuscated", 0.85
        )


def _emoji_addresses(view: MappedText) -> Iterator[_Candidate]:
    """An emoji between a name and a domain is a disguise only for a name that reads as a
    handle, a webmail domain, or a domain whose dots are disguised too ("lindqvistdesign · se"):
    "Marketing 🔥 growth.com" is a slogan."""
    for match in _EMOJI_ADDRESS.finditer(view.text):
        at = match.group("at").strip()
        if at in match.group("local") or at in match.group("domain"):
            continue  # the emoji that recurs is the dot, not the "@"
        pieces = _LOCAL_PART_PATTERN.finditer(match.group("local"))
        local = _clean_local(".".join(piece.group() for piece in pieces))
        if local is None or _MEASURE.fullmatch(local) is not None:
            continue  # "25mb 📎 gmail.com": a size beside a provider
        domain_start, domain_end = span_of(match, "domain")
        labels, label_ends = _labels(view.text, domain_start, domain_end)
        domain, end = _longest_public_domain(labels, label_ends)
        if domain is None or not _is_contact_domain(domain):
            continue
        if not _is_mailbox_tld(domain.rsplit(".", 1)[-1]):
            continue
        written = view.text[domain_start:end]
        if not (
            _looks_like_handle(local, numeric=False)
            or domain in _ALL_PROVIDERS.values()
            or written != domain
        ):
            continue
        start = _local_start(match, local)
        yield _Candidate(start, end, f"{local}@{domain}", "email.obfuscated", 0.8)
    for match in _EMOJI_PROVIDER_ADDRESS.finditer(view.text):
        local = _clean_local(match.group("local"))
        if local is None or not _looks_like_handle(local, numeric=False):
            continue
        domain = _PROVIDERS[match.group("provider")]
        start = _local_start(match, local)
        yield _Candidate(start, match.end(), f"{local}@{domain}", "email.obfuscated", 0.75)


def _provider_span(match: Match) -> tuple[int, int]:
    span = span_of(match, "provider")
    return span if span[0] >= 0 else span_of(match, "native")


def _provider_domain(match: Match) -> str:
    """The domain of whichever provider group took part: plain, in another script, inflected."""
    groups = match.groupdict()
    named = next(
        name
        for group in (
            "provider",
            "native",
            "provider2",
            "provider5",
            "native2",
            "provider3",
            "provider4",
            "native4",
            "native5",
            "native6",
        )
        if (name := groups.get(group))
    )
    return _ALL_PROVIDERS[named]


def _is_compound_name(text: str, provider_end: int, connector: tuple[int, int]) -> bool:
    """A name joined to the provider by a bare hyphen is a compound ("Gmail-to-Notion sync"),
    where "gmail - sara_k88" and "gmail: sara_k88" name a mailbox."""
    return text[provider_end : provider_end + 1] == "-" and text[connector[0] : connector[1]] == "-"


def _is_code_call(text: str, end: int) -> bool:
    """A dotted name called or indexed right after it is code, never a mailbox."""
    return text[end : end + 1] in ("(", "[")


def _names_the_product(view: MappedText, match: Match, local: str) -> bool:
    """ "responses at Outlook": a capitalised provider after a bare " at " and a plain word is
    the app where something lands, as "at Microsoft" is the company; "johndev at gmail" and
    "sara_k88 at Outlook" stay addresses."""
    if match.group("at").strip() != "at" or not local.isalpha():
        return False
    provider_start, provider_end = span_of(match, "provider")
    typed = view.original_slice(provider_start, provider_end)
    return typed[:1].isupper() and not typed.isupper()


def _looks_like_handle(local: str, *, numeric: bool) -> bool:
    """Whether a word reads as a mailbox: letters with a digit, "." or "_" ("anna.k88",
    "sara_k88", "johndev1990"), never a year or a version ("2019", "v2.1"), a file name
    ("brief.pdf"), an abbreviation ("i.e") or a hyphenated word ("add-on")."""
    if local.isdigit():
        return numeric and len(local) >= 5
    if len(local) < _MIN_HANDLE or not any(char.isalpha() for char in local):
        return False
    if _LONGEST_RUN.search(local) is None or _MEASURE.fullmatch(local) is not None:
        return False
    if local.rsplit(".", 1)[-1] in _FILE_ENDINGS or (local[0] == "v" and local[1:2].isdigit()):
        return False
    return any(char.isdigit() or char in "._" for char in local)


def _clean_local(local: str) -> str | None:
    local = ".".join(local.split(" dot ")).replace(" ", "").strip(".-_%+")
    return local or None


def _local_fits_at(match: Match, local: str) -> bool:
    """A bare " at " joins an address only when the word before it is not ordinary prose."""
    if match.group("at").strip() != "at":
        return True
    return local not in _PROSE_BEFORE_AT and not local.isdigit()


def _joins_across_lines(local: str, domain: str) -> bool:
    """A line that ends in a word and a next line that starts with "@something.com" are one
    address only when the word reads as a mailbox ("nusrat.wp", "sara_k88") or the domain is
    webmail: "Thanks!\n@kay.studio" is a greeting and a tag."""
    return domain in _PROVIDERS.values() or any(char in "._" or char.isdigit() for char in local)


def _is_handle_mention(match: Match) -> bool:
    """ "insta @kay.beats": a space before "@" and none after is how people tag a handle."""
    at = match.group("at")
    return at.strip() == "@" and at[0] in " \t\n" and at[-1] not in " \t\n"


def _local_start(match: Match, local: str) -> int:
    """Where the cleaned local part begins: past any leading "." or "-" the pattern took."""
    start, _ = span_of(match, "local")
    raw = match.group("local")
    return start + len(raw) - len(raw.lstrip(".-_%+"))


def _spelled_apart(view: MappedText, index: int) -> bool:
    """Whether the view's character at `index` was typed apart from the next ("c l y")."""
    typed = view.original_slice(index, index + 2)
    return len(typed) == 3 and typed[1] == " "


def _is_word_before(view: MappedText, start: int, local: str) -> bool:
    """ "à s o p h i e . g i r a r d @ …": spaced letters join the French "à" to the address; a
    letter with an accent is no part of a local part, so a lone one before it is a word."""
    typed = view.original_slice(start, start + 1)
    return (
        len(local) > 1 and not typed.isascii() and typed.isalpha() and _spelled_apart(view, start)
    )


def _without_next_word(
    view: MappedText, labels: list[str], ends: list[int]
) -> tuple[list[str], list[int]]:
    """ "… @ o u t l o o k . c l y me": spaced letters join the Spanish "y" (and) to the TLD. A
    last label that is no TLD loses its last letter when that letter was typed apart."""
    if len(labels) < 2 or len(labels[-1]) < 3 or not _spelled_apart(view, ends[-1] - 2):
        return labels, ends
    return [*labels[:-1], labels[-1][:-1]], [*ends[:-1], ends[-1] - 1]


def _labels(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The labels of a matched domain and where each ends in the view."""
    labels: list[str] = []
    ends: list[int] = []
    position = start
    for piece in _LABEL_PATTERN.finditer(text[start:end]):
        word = piece.group()
        if word in ("dot", "dt") and labels and position < start + piece.start():
            # " dot " between two labels is a separator, not a label.
            continue
        labels.append(word)
        ends.append(start + piece.end())
        position = start + piece.end()
    return labels, ends


_LABEL_PATTERN = compile_pattern(_LABEL)


def _longest_public_domain(labels: list[str], ends: list[int]) -> tuple[str | None, int]:
    """The longest leading run of labels that ends in a public suffix: "gmail.com" out of
    "gmail.com.thanks"."""
    for count in range(len(labels), 1, -1):
        domain = ".".join(labels[:count]).strip("-")
        if public_suffix(domain) is not None and registrable_domain(domain) is not None:
            return domain, ends[count - 1]
    return None, 0


def _is_contact_domain(domain: str) -> bool:
    return not is_reserved(domain) and not is_platform_domain(domain)
