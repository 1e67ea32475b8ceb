"""E-mail detector: plain and disguised addresses, and the prose that only looks like one."""

import pytest

from gigguard.engine.detect import detect
from gigguard.findings import Category


def emails(text: str) -> list[tuple[str, str | None]]:
    return [
        (text[d.start : d.end], d.value)
        for d in detect(text, "fiverr")
        if d.category == Category.EMAIL
    ]


# should flag
@pytest.mark.parametrize(
    ("text", "typed", "value"),
    [
        ("mail me: John.Doe@Gmail.com.Thanks", "John.Doe@Gmail.com", "john.doe@gmail.com"),
        ("john at gmail dot com", "john at gmail dot com", "john@gmail.com"),
        (
            "j o h n (at) g m a i l [dot] c o m",
            "j o h n (at) g m a i l [dot] c o m",
            "john@gmail.com",
        ),
        ("write to pal at cs stanford edu, but", "pal at cs stanford edu", "pal@cs.stanford.edu"),
        (
            "jks at robotics;stanford;edu",
            "jks at robotics;stanford;edu",
            "jks@robotics.stanford.edu",
        ),
        ("support at gradiance dt com", "support at gradiance dt com", "support@gradiance.com"),
        (
            'ouster (followed by "@cs.stanford.edu")',
            'ouster (followed by "@cs.stanford.edu',
            "ouster@cs.stanford.edu",
        ),
        ("johndev at gmail", "johndev at gmail", "johndev@gmail.com"),
        ("my gmail is johndev1990", "gmail is johndev1990", "johndev1990@gmail.com"),
        ("hotmail: sara_k88 ok?", "hotmail: sara_k88", "sara_k88@hotmail.com"),
        ("juan arroba gmail punto com", "juan arroba gmail punto com", "juan@gmail.com"),
        ("ivan собака mail точка ru", "ivan собака mail точка ru", "ivan@mail.ru"),
        (
            "mariam dot designs at yahoo dot com",
            "mariam dot designs at yahoo dot com",
            "mariam.designs@yahoo.com",
        ),
        ("😀 ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ", "john@gmail.com"),
        ("jоhn@gmаil.cоm", "jоhn@gmаil.cоm", "john@gmail.com"),
        ("ana&#64;studio.com.br", "ana&#64;studio.com.br", "ana@studio.com.br"),
        ("x-y_z+tag@sub.mail.co.uk", "x-y_z+tag@sub.mail.co.uk", "x-y_z+tag@sub.mail.co.uk"),
        # "@" and "." in other languages, and symbols standing in for them
        (
            "kelly 點 chan 喺 hotmail 點 com",
            "kelly 點 chan 喺 hotmail 點 com",
            "kelly.chan@hotmail.com",
        ),
        (
            "tanaka アット nagoya-flower ドット jp",
            "tanaka アット nagoya-flower ドット jp",
            "tanaka@nagoya-flower.jp",
        ),
        ("kkomi 골뱅이 daum 점 net", "kkomi 골뱅이 daum 점 net", "kkomi@daum.net"),
        (
            "raka dot pixel at gmail dot com",
            "raka dot pixel at gmail dot com",
            "raka.pixel@gmail.com",
        ),
        ("直接联系 lixiaoyu艾特163点com", "lixiaoyu艾特163点com", "lixiaoyu@163.com"),
        (
            "mark dot designs at the rate outlook dot com",
            "mark dot designs at the rate outlook dot com",
            "mark.designs@outlook.com",
        ),
        (
            "Bana yaz: zeynep.tasarim ET hotmail NOKTA com",
            "zeynep.tasarim ET hotmail NOKTA com",
            "zeynep.tasarim@hotmail.com",
        ),
        (
            "sari.desain (at) yahoo (titik) co (titik) id",
            "sari.desain (at) yahoo (titik) co (titik) id",
            "sari.desain@yahoo.co.id",
        ),
        (
            "yonatan שטרודל walla נקודה co נקודה il",
            "yonatan שטרודל walla נקודה co נקודה il",
            "yonatan@walla.co.il",
        ),
        ("rafa.souza＠uol⚫com⚫br", "rafa.souza＠uol⚫com⚫br", "rafa.souza@uol.com.br"),
        ("mark.designsⓐoutlook·com", "mark.designsⓐoutlook·com", "mark.designs@outlook.com"),
        ("jonas @ gmx。de, dann", "jonas @ gmx。de", "jonas@gmx.de"),
        # a provider named without a domain, before or after the mailbox
        ("my email is anna.k88 on gmail", "anna.k88 on gmail", "anna.k88@gmail.com"),
        ("mi correo es lucia.mtz en gmail", "lucia.mtz en gmail", "lucia.mtz@gmail.com"),
        ("mój mail: tomasz.nowak na gmailu", "tomasz.nowak na gmailu", "tomasz.nowak@gmail.com"),
        ("إيميلي omar.hassan على جيميل", "omar.hassan على جيميل", "omar.hassan@gmail.com"),
        ("네이버 메일 minjun.kim", "네이버 메일 minjun.kim", "minjun.kim@naver.com"),
        ("Gmailは kenji.tanaka です", "Gmailは kenji.tanaka", "kenji.tanaka@gmail.com"),
        ("gmail ko ay maria.santos", "gmail ko ay maria.santos", "maria.santos@gmail.com"),
        ("הג'ימייל שלי הוא noa.levi", "ג'ימייל שלי הוא noa.levi", "noa.levi@gmail.com"),
        ("mailim gmail'de: emre.yilmaz", "gmail'de: emre.yilmaz", "emre.yilmaz@gmail.com"),
        ("QQ邮箱 48271936", "QQ邮箱 48271936", "48271936@qq.com"),
        ("sara_k88 at Outlook", "sara_k88 at Outlook", "sara_k88@outlook.com"),
        # a provider with a postposition or a case ending
        ("mail karo sanjay.edits2 gmail pe", "sanjay.edits2 gmail pe", "sanjay.edits2@gmail.com"),
        ("ইমেইল: shirin.akter92 জিমেইলে", "shirin.akter92 জিমেইলে", "shirin.akter92@gmail.com"),
        ("bana yaz: ayse.kocer hotmail'de", "ayse.kocer hotmail'de", "ayse.kocer@hotmail.com"),
        (
            "— Константин, kostya.devops на гмыле",
            "kostya.devops на гмыле",
            "kostya.devops@gmail.com",
        ),
        ("пишіть ihor_devops на юкрнеті", "ihor_devops на юкрнеті", "ihor_devops@ukr.net"),
        ("mail em minhdev.9x bên gmail", "minhdev.9x bên gmail", "minhdev.9x@gmail.com"),
        ("連絡は ao.tsukishiro のGmail まで", "ao.tsukishiro のGmail", "ao.tsukishiro@gmail.com"),
        (
            "mail korte paren: tanvir.seo.bd\n(gmail e)",
            "tanvir.seo.bd\n(gmail e",
            "tanvir.seo.bd@gmail.com",
        ),
        # a role mailbox that is the seller's own
        (
            "for warranty mail support@vietlabstudio.com",
            "support@vietlabstudio.com",
            "support@vietlabstudio.com",
        ),
        (
            "write me at info@zaraboutique.com about the banner",
            "info@zaraboutique.com",
            "info@zaraboutique.com",
        ),
        (
            "for bookings write to booking@pinguimcharter.it directly",
            "booking@pinguimcharter.it",
            "booking@pinguimcharter.it",
        ),
        # a role-named box on a webmail is somebody's own, whatever the line says of a footer
        (
            "footer is done; my mail is support.anna@gmail.com",
            "support.anna@gmail.com",
            "support.anna@gmail.com",
        ),
        # each part spelled out with its own separator
        (
            "k*a*r*a*n*e*d*i*t*s@g*m*a*i*l.com",
            "k*a*r*a*n*e*d*i*t*s@g*m*a*i*l.com",
            "karanedits@gmail.com",
        ),
        # wrapped at the "@"
        (
            "mail: ngoc.tran.design\n@outlook.com",
            "ngoc.tran.design\n@outlook.com",
            "ngoc.tran.design@outlook.com",
        ),
        ("pisz: anna.kowalczyk\n@wp.pl", "anna.kowalczyk\n@wp.pl", "anna.kowalczyk@wp.pl"),
        (
            "メール sakuraba.mei0321\n＠gmail.com",
            "sakuraba.mei0321\n＠gmail.com",
            "sakuraba.mei0321@gmail.com",
        ),
        (
            "envie para elise.roux.copy@\nprotonmail.com",
            "elise.roux.copy@\nprotonmail.com",
            "elise.roux.copy@protonmail.com",
        ),
        (
            "carla.menezes.vr\narroba gmail ponto com",
            "carla.menezes.vr\narroba gmail ponto com",
            "carla.menezes.vr@gmail.com",
        ),
        # written backwards
        ("read it backwards: moc.liamg@88k.anna", "moc.liamg@88k.anna", "anna.k88@gmail.com"),
        (
            "léelo al revés: se.liamtoh@onesid.ivaj.",
            "se.liamtoh@onesid.ivaj",
            "javi.diseno@hotmail.es",
        ),
        ("倒着读：moc.qq@4202gnimiew", "moc.qq@4202gnimiew", "weiming2024@qq.com"),
        ("čti pozpátku: zc.manzes@kavon.bukaj", "zc.manzes@kavon.bukaj", "jakub.novak@seznam.cz"),
    ],
)
def test_flags(text: str, typed: str, value: str) -> None:
    assert emails(text) == [(typed, value)]


# should not flag
@pytest.mark.parametrize(
    "text",
    [
        "my gmail is down today",
        "I'll be at my desk at 9",
        "look at gmail.com for the login page",
        "use test@example.com in the sample config",
        "the icon logo@2x.png is blurry",
        "the email field should validate input",
        "write to support@fiverr.com if the order is stuck",
        "generate executable code at runtime.  It works",
        "Apache Server at cs.stanford.edu Port 80",
        "npm install react@18.2.0",
        "meet me at the office tomorrow",
        "campo de e-mail com o exemplo nome@exemplo.com",
        "örnek: destek@ornekmagaza.com",
        "placeholder example@test.com",
        "contact@yourdomain.com goes in the footer",
        "Paris et Lyon.com sont deux villes",
        "我们一点开会，5점 만점",
        "paid at the rate of 20 per hour",
        # products and files named after a provider
        "Quick note about the project: Outlook 2019",
        "From the brief: a Gmail add-on",
        "the Gmail-to-Notion sync",
        "the form's responses at Outlook, then I reply",
        "I attached brief.pdf in Gmail",
        "it breaks on v2.1 on Outlook",
        "works the same, i.e. in outlook",
        "mi gmail es 2019",
        # looks backwards but is a package, an asset or a word
        "npm i lodash.debounce@4.0.8",
        "use logo.small@2x.png here",
        "the key is foo.bar@baz.qux",
        "kontrol et gmail.com sayfasını",  # Turkish "check the gmail.com page"
        "gmail 2fa codes",
        "see the docs at outlook.office.com",
        "report.pdf gmail pe bhej do",
        "brief.pdf のGmail で送ります",
        "top10 gmail pe",
        # code, and a clause between a provider and a word
        'outlook = win32com.client.Dispatch("Outlook.Application")',
        "Gmailのアドオンとかは使ってないので、やり取りは全部99designs",
        # the buyer's own support address, to be put on their site
        "W stopce landingu daj nasz adres obsługi klienta: pomoc@zdrowakuchnia.pl",
        "Auf die Endkarte bitte genau so: service@lumenlicht.de · Made in Berlin",
        "En el footer de la web pon el correo de soporte soporte@tiendaaurora.co",
        "put support@brightlamp.io in the footer",
        # …on a printed label, at a page's bottom, in a video's last frame, as a compound role
        "No rodapé da lata vai o SAC: sac@cervejapinguim.com.br e o registro",
        "en la contraetiqueta va atencionalcliente@bodegaspinguim.es junto al lote",
        "Dans le pied de page, l'adresse de la fondation : dons@fondationpinguim.ca",
        "Nel footer del sito ho messo booking@pinguimcharter.it",
        "詳情頁底部要放我哋售後電郵 service@pinguimjewel.cn",
        "في آخر الفيديو اكتب إيميل الدعم support@pinguiminvite.com بخط صغير",
        "På sista sliden: Frågor? Kontakta hr-support@pinguimlogistik.se",
        # a line that ends in a word, and a tag on the next
        "Thanks!\n@kay.studio",
        "Regards, Anna\n@anna.design.co",
    ],
)
def test_does_not_flag(text: str) -> None:
    assert emails(text) == []


def test_two_addresses_side_by_side() -> None:
    assert emails("a@b.com c@d.com") == [("a@b.com", "a@b.com"), ("c@d.com", "c@d.com")]


# a provider named in the drafts' own words, beside a name that stands apart
@pytest.mark.parametrize(
    ("text", "typed", "value"),
    [
        # a local preposition or case ending, or the name in brackets
        ("寄到 wang.xiaomei 在 yahoo 點 com 就好", "wang.xiaomei 在 yahoo 點 com", "wang.xiaomei@yahoo.com"),
        ("我都是 chen.yuting88 用 hotmail 收信", "chen.yuting88 用 hotmail", "chen.yuting88@hotmail.com"),
        ("ส่งมาที่ somchai.k ที่ hotmail นะครับ", "somchai.k ที่ hotmail", "somchai.k@hotmail.com"),
        ("nitumie kwa amani.otieno kwenye yahoo", "amani.otieno kwenye yahoo", "amani.otieno@yahoo.com"),
        ("пиши ivan.petrov77 на гугл почту", "ivan.petrov77 на гугл почту", "ivan.petrov77@gmail.com"),
        ("мой ящик nina.devops на аутлуке", "nina.devops на аутлуке", "nina.devops@outlook.com"),
        ("piš na jan.dvorak88 na seznamu", "jan.dvorak88 na seznamu", "jan.dvorak88@seznam.cz"),
        ("adresim deniz.kaya07 gmailde", "deniz.kaya07 gmailde", "deniz.kaya07@gmail.com"),
        ("escríbeme a lucia_fer_90 (hotmail) cuando puedas", "lucia_fer_90 (hotmail)", "lucia_fer_90@hotmail.com"),
        ("मेरो इमेल anil.thapa21 (जिमेल) हो", "anil.thapa21 (जिमेल)", "anil.thapa21@gmail.com"),
        ("फाइल sita.rai.np जिमेलमा पठाउनुस्", "sita.rai.np जिमेलमा", "sita.rai.np@gmail.com"),
        ("صيفط ليا على omar.tazi.design فالجيميل", "omar.tazi.design فالجيميل", "omar.tazi.design@gmail.com"),
        ("שלחו ל-noa.levi.art בג'ימייל בבקשה", "noa.levi.art בג'ימייל", "noa.levi.art@gmail.com"),
        ("فائلیں usman.arts92 جی میل پر بھیجیں", "usman.arts92 جی میل", "usman.arts92@gmail.com"),
        # the provider first, after a comma or a colon
        ("schick es bei Gmail, jonas.berger, danke", "Gmail, jonas.berger", "jonas.berger@gmail.com"),
        ("scrivimi su libero: marco.ferri77", "libero: marco.ferri77", "marco.ferri77@libero.it"),
        ("gửi vào gmail của em: lan.nguyen.art", "gmail của em: lan.nguyen.art", "lan.nguyen.art@gmail.com"),
        # the sign, the provider and the TLD in another script
        ("메일은 hana.draws 앳 지메일 닷 컴 으로", "hana.draws 앳 지메일 닷 컴", "hana.draws@gmail.com"),
        ("ایمیل: ali.rahimi ات یاهو دات کام", "ali.rahimi ات یاهو دات کام", "ali.rahimi@yahoo.com"),
        ("γράψε στο maria τελεία k88 παπάκι τζιμέιλ", "maria τελεία k88 παπάκι τζιμέιλ", "maria.k88@gmail.com"),
        ("steile sto eleni.g papaki yahoo teleia gr", "eleni.g papaki yahoo teleia gr", "eleni.g@yahoo.gr"),
        ("लिखें vijay.k एट gmail डट com पर", "vijay.k एट gmail डट com", "vijay.k@gmail.com"),
        # emoji and bracketed words for the signs
        ("send it to mila.draws 🦆 outlook.com please", "mila.draws 🦆 outlook.com", "mila.draws@outlook.com"),
        ("dm: rafa_codes🐙yahoo🍕com", "rafa_codes🐙yahoo🍕com", "rafa_codes@yahoo.com"),
        ("mail erik 🐧 nordtech · no", "erik 🐧 nordtech · no", "erik@nordtech.no"),
        ("écrivez à j.martin(a)cabinet-martin.fr", "j.martin(a)cabinet-martin.fr", "j.martin@cabinet-martin.fr"),
        ("à lea.moreau(chez)orange(point)fr", "lea.moreau(chez)orange(point)fr", "lea.moreau@orange.fr"),
        ("m*a*r*i*n*a (a) gmail . com", "m*a*r*i*n*a (a) gmail . com", "marina@gmail.com"),
        ("t*o*m*a*s @ g*m*a*i*l . c*o*m", "t*o*m*a*s @ g*m*a*i*l . c*o*m", "tomas@gmail.com"),
        ("paula_r ＠ yahoo • es", "paula_r ＠ yahoo • es", "paula_r@yahoo.es"),
        ("보내주세요 mina.j 핫메일로", "mina.j 핫메일로", "mina.j@hotmail.com"),
        ("or just theo.k22 🦉 gmail", "theo.k22 🦉 gmail", "theo.k22@gmail.com"),
        ("giulia . conti chiocciola gmail punto com", "giulia . conti chiocciola gmail punto com", "giulia.conti@gmail.com"),
        ("ایمیل: nima.art ات پروتون دات می", "nima.art ات پروتون دات می", "nima.art@proton.me"),
    ],
)  # fmt: skip
def test_flags_provider_and_signs_in_local_words(text: str, typed: str, value: str) -> None:
    assert emails(text) == [(typed, value)]


# letters spelled one by one, beside a one-letter word of the sentence
@pytest.mark.parametrize(
    ("text", "typed", "value"),
    [
        ("es d i e g o . p a z @ g m a i l . c l y listo", "d i e g o . p a z @ g m a i l . c l", "diego.paz@gmail.cl"),
        ("envoyez à l u c . b o n @ f r e e . f r merci", "l u c . b o n @ f r e e . f r", "luc.bon@free.fr"),
        ("a n n a @ g m a i l . c o m", "a n n a @ g m a i l . c o m", "anna@gmail.com"),
    ],
)  # fmt: skip
def test_spelled_out_letters_keep_to_the_address(text: str, typed: str, value: str) -> None:
    assert emails(text) == [(typed, value)]


@pytest.mark.parametrize(
    "text",
    [
        "sono libero domani pomeriggio",
        "seznam: mleko, chleba, maslo",
        "Marketing 🔥 growth.com",
        "the file is 25mb 📎 gmail.com blocks it",
        "answer (a) google.com or (b) bing.com",
        "I use gmail, outlook, yahoo and proton",
        "gmail, ponlo en la lista 2 de marzo",
        "我在 gmail 上面找不到",
        "ส่งไฟล์ที่ gmail ได้ไหม",
        "einai teleia douleia",
        "kwenye gmail hakuna kitu",
    ],
)
def test_does_not_flag_local_words(text: str) -> None:
    assert emails(text) == []


# The sign and the dot in the words of more languages and scripts, inflected and prefixed
# provider names, and addresses a line break cuts.
ROUND_FIVE_ADDRESSES = [
    # should flag
    ("selam.k አት gmail ነጥብ com", "selam.k አት gmail ነጥብ com", "selam.k@gmail.com"),
    ("sopheap.art អាត់ yahoo ដត com", "sopheap.art អាត់ yahoo ដត com", "sopheap.art@yahoo.com"),
    ("kyaw.m အက် gmail ဒေါ့ com", "kyaw.m အက် gmail ဒေါ့ com", "kyaw.m@gmail.com"),
    ("vong.dev ແອັດ outlook ດອດ com", "vong.dev ແອັດ outlook ດອດ com", "vong.dev@outlook.com"),
    ("nuwan.p ඇට් ජීමේල් ඩොට් com", "nuwan.p ඇට් ජීමේල් ඩොට් com", "nuwan.p@gmail.com"),
    ("kavin.r [அட்] kandystays [புள்ளி] lk", "kavin.r [அட்] kandystays [புள்ளி] lk",
     "kavin.r@kandystays.lk"),
    ("anil.k അറ്റ് ജിമെയിൽ ഡോട്ട് കോം", "anil.k അറ്റ് ജിമെയിൽ ഡോട്ട് കോം", "anil.k@gmail.com"),
    ("aishath.r އެޓް ޔާހޫ ޑޮޓް com", "aishath.r އެޓް ޔާހޫ ޑޮޓް com", "aishath.r@yahoo.com"),
    ("karwan.ph ئەت جیمەیڵ دۆت کۆم", "karwan.ph ئەت جیمەیڵ دۆت کۆم", "karwan.ph@gmail.com"),
    ("rahim.art এট জিমেইল ডট কম এ পাঠান", "rahim.art এট জিমেইল ডট কম", "rahim.art@gmail.com"),
    ("armen.t շնիկ webhub կետ am", "armen.t շնիկ webhub կետ am", "armen.t@webhub.am"),
    ("nika.b dzagluka gmail tsertili com", "nika.b dzagluka gmail tsertili com", "nika.b@gmail.com"),
    ("zarina.art кучукча mail нуқта ru", "zarina.art кучукча mail нуқта ru", "zarina.art@mail.ru"),
    ("aibek.t собака gmail чекит com", "aibek.t собака gmail чекит com", "aibek.t@gmail.com"),
    ("jonas.k eta gmail taskas com", "jonas.k eta gmail taskas com", "jonas.k@gmail.com"),
    ("pieter.vd by gmail punt com", "pieter.vd by gmail punt com", "pieter.vd@gmail.com"),
    ("kiss.anna kukac citromail pont hu", "kiss.anna kukac citromail pont hu", "kiss.anna@citromail.hu"),
    ("piszcie: a.nowak malpa studio3d kropka pl", "a.nowak malpa studio3d kropka pl",
     "a.nowak@studio3d.pl"),
    ("sipho [at] siphoweb [ichashazi] co [ichashazi] za",
     "sipho [at] siphoweb [ichashazi] co [ichashazi] za", "sipho@siphoweb.co.za"),
    ("musa digo bello a gmail digo com", "musa digo bello a gmail digo com", "musa.bello@gmail.com"),
    ("ngozi ntụpọ eze na gmail ntụpọ com", "ngozi ntụpọ eze na gmail ntụpọ com", "ngozi.eze@gmail.com"),
    # inflected and prefixed provider names
    ("pošlji mi na marko.v55 на гмаилу", "marko.v55 на гмаилу", "marko.v55@gmail.com"),
    ("ide: kovacs.bela a freemailen", "kovacs.bela a freemailen", "kovacs.bela@freemail.hu"),
    ("laita mikko.virta.dev gmailissa", "mikko.virta.dev gmailissa", "mikko.virta.dev@gmail.com"),
    ("gagik.p gmail-ov grir", "gagik.p gmail-ov", "gagik.p@gmail.com"),
    ("i-email yami ngu-zanele.m ku-gmail", "zanele.m ku-gmail", "zanele.m@gmail.com"),
    ("thumela ku-ayanda.n kwi-outlook", "ayanda.n kwi-outlook", "ayanda.n@outlook.com"),
    ("ahmad.k ع الجيميل", "ahmad.k ع الجيميل", "ahmad.k@gmail.com"),
    ("murugan.web ஜிமெயிலுக்கு அனுப்பு", "murugan.web ஜிமெயிலுக்கு", "murugan.web@gmail.com"),
    ("rani.s gmail ekata yawanna", "rani.s gmail ekata", "rani.s@gmail.com"),
    ("kasun ඇට් ජීමේල් ඩොට් com එකට", "kasun ඇට් ජීමේල් ඩොට් com", "kasun@gmail.com"),
    # wrapped over a line
    ("send it\nnoa.k12\n@outlook.co.il", "noa.k12\n@outlook.co.il", "noa.k12@outlook.co.il"),
    ("write:\nbilal.ahmed.dxb\n@ gmail", "bilal.ahmed.dxb\n@ gmail", "bilal.ahmed.dxb@gmail.com"),
    ("šalji na\nivan.liga\nna gmail, hvala", "ivan.liga\nna gmail", "ivan.liga@gmail.com"),
    ("stuur na info.desk@karoo\nwebs.co.za asb", "info.desk@karoo\nwebs.co.za",
     "info.desk@karoowebs.co.za"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "typed", "value"), ROUND_FIVE_ADDRESSES)
def test_flags_signs_providers_and_wraps_in_more_languages(
    text: str, typed: str, value: str
) -> None:
    assert emails(text) == [(typed, value)]


@pytest.mark.parametrize(
    "text",
    [
        # should not flag
        "designed by studio.nl and friends",  # Afrikaans "by" needs a handle and a domain
        "eta 5 min, order 2.1 is ready",  # "eta" is an estimate
        "Thanks!\n@gmail is down again",  # a wrapped sign after a plain word
        "mail me@home\nnext.week ok",  # no public suffix after the break
        "A pont alatt a hajó, a kikötő szép",  # Hungarian "pont" (just) in prose
        "ሰላም ነጥብ አንድ ተጠናቋል",  # Amharic "point one is done": no ASCII around the word
        "files a gmail add-on can read",  # Hausa "a" before a plain word
        "i-portfolio yami ngu-thandi, ngiyabonga",  # a copula prefix on a name, no mailbox
    ],
)
def test_does_not_flag_the_new_words_in_prose(text: str) -> None:
    assert emails(text) == []
