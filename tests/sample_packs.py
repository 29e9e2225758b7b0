"""Small language packs for the card tests: the take-home card's words and the factors'
names, a question and its anchors in Arabic, Dari, Tigrinya and Ukrainian (samples for the
tests, not the shipped packs), written where a municipality drops its own packs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vagledare.journal.factor_texts import user_texts_dir

PDF: dict[str, dict[str, str]] = {
    "ar": {
        "title": "تقدمي",
        "participant": "المشارك",
        "factor": "المجال",
        "first": "القياس الأول",
        "latest": "آخر قياس",
        "reading": "قياس",
        "change": "التغيير",
        "scale": "المقياس من 1 إلى 10. الرقم الأعلى يعني أنك تقدمت أكثر.",
        "declined": "لا أريد الإجابة",
        "declined_note": "«لا أريد الإجابة» لا يظهر في الرسم: الخط ينقطع هناك.",
        "next_due": "القياس القادم: حوالي {date}",
        "answered_by_participant": "إجاباتك أنت",
        "answered_by_coach": "رأي المرشد",
        "coach_rated": "{factor} يقيمه مرشدك، والقيمة من مرشدك.",
    },
    "prs": {
        "title": "پیشرفت من",
        "participant": "شرکت‌کننده",
        "factor": "بخش",
        "first": "اولین سنجش",
        "latest": "آخرین سنجش",
        "reading": "سنجش",
        "change": "تغییر",
        "scale": "مقیاس ۱ تا ۱۰. عدد بلندتر یعنی شما بیشتر پیشرفت کرده‌اید.",
        "declined": "نمی‌خواهم جواب بدهم",
        "declined_note": "«نمی‌خواهم جواب بدهم» در نمودار نشان داده نمی‌شود: خط در آنجا قطع است.",
        "next_due": "سنجش بعدی: حدود {date}",
        "answered_by_participant": "جواب‌های خود شما",
        "answered_by_coach": "نظر رهنما",
        "coach_rated": "{factor} را رهنمای شما ارزیابی می‌کند؛ این عدد از رهنمای شماست.",
    },
    "ti": {
        "title": "ምዕባለይ",
        "participant": "ተሳታፊ",
        "factor": "ዓውዲ",
        "first": "ቀዳማይ ግምገማ",
        "latest": "ናይ መወዳእታ ግምገማ",
        "reading": "ግምገማ",
        "change": "ለውጢ",
        "scale": "መዐቀኒ 1–10። ዝለዓለ ቁጽሪ ማለት ዝያዳ ተማዕቢልካ ማለት እዩ።",
        "declined": "ክምልስ ኣይደልን",
        "declined_note": "«ክምልስ ኣይደልን» ኣብቲ ስእሊ ኣይርአን፡ እቲ መስመር ኣብኡ ይቋረጽ።",
        "next_due": "ዝቕጽል ግምገማ፡ ኣብ ከባቢ {date}",
        "answered_by_participant": "ናትካ መልስታት",
        "answered_by_coach": "ርእይቶ ኣማኻሪ",
        "coach_rated": "{factor} ብኣማኻሪኻ ይግምገም፤ እቲ ቁጽሪ ናይ ኣማኻሪኻ እዩ።",
    },
    "uk": {
        "title": "Мій прогрес",
        "participant": "Учасник",
        "factor": "Сфера",
        "first": "Перше вимірювання",
        "latest": "Останнє вимірювання",
        "reading": "Вимірювання",
        "change": "Зміна",
        "scale": "Шкала 1–10. Вище число означає, що ви просунулися далі.",
        "declined": "Не хочу відповідати",
        "declined_note": "«Не хочу відповідати» не показано на діаграмі: лінія там переривається.",
        "next_due": "Наступне вимірювання: приблизно {date}",
        "answered_by_participant": "Ваші власні відповіді",
        "answered_by_coach": "Погляд консультанта",
        "coach_rated": "{factor} оцінює ваш консультант; це значення консультанта.",
    },
}

# (name, short name) of the seven factors
FACTORS: dict[str, list[tuple[str, str]]] = {
    "ar": [
        ("سلوك البحث عن عمل", "البحث عن عمل"),
        ("معرفة سوق العمل", "سوق العمل"),
        ("الصحة والتعامل معها", "الصحة"),
        ("القدرة على التعاون", "التعاون"),
        ("الوضوح في الأهداف", "الأهداف"),
        ("ثقتك بقدرتك على العمل", "الثقة بالنفس"),
        ("ثقة المرشد بحصولك على عمل", "ثقة المرشد"),
    ],
    "prs": [
        ("رفتار کاریابی", "کاریابی"),
        ("دانش در مورد بازار کار", "بازار کار"),
        ("صحت و مراقبت از صحت", "صحت"),
        ("توانایی همکاری", "همکاری"),
        ("هدفمندی", "هدفمندی"),
        ("باور شما به توانایی کار کردن", "باور به خود"),
        ("باور رهنما به کار یافتن شما", "باور رهنما"),
    ],
    "ti": [
        ("ስራሕ ናይ ምድላይ ባህሪ", "ስራሕ ምድላይ"),
        ("ፍልጠት ብዛዕባ ዕዳጋ ስራሕ", "ዕዳጋ ስራሕ"),
        ("ጥዕናን ምክንኻኑን", "ጥዕና"),
        ("ብሓባር ናይ ምስራሕ ክእለት", "ምትሕብባር"),
        ("ዕላማ ምህላው", "ዕላማ"),
        ("ኣብ ስራሕ ክትዕወት ብርእስኻ ምእማን", "ርእሰ-ምትእምማን"),
        ("ኣማኻሪ ስራሕ ክትረክብ ዘለዎ እምነት", "እምነት ኣማኻሪ"),
    ],
    "uk": [
        ("Поведінка в пошуку роботи", "Пошук роботи"),
        ("Знання ринку праці", "Ринок праці"),
        ("Здоров'я і турбота про нього", "Здоров'я"),
        ("Уміння співпрацювати", "Співпраця"),
        ("Цілеспрямованість", "Цілі"),
        ("Віра у свої сили працювати", "Віра в себе"),
        ("Віра консультанта, що ви знайдете роботу", "Віра консультанта"),
    ],
}

FIRST_QUESTION = {
    "ar": ("ماذا فعلت لتجد عملا في الأسبوعين الأخيرين؟", "لم أبحث عن عمل.", "تقدمت لعمل كل أسبوع."),
    "prs": (
        "در دو هفتهٔ گذشته برای پیدا کردن کار چه کرده‌اید؟",
        "دنبال کار نگشته‌ام.",
        "هر هفته برای کار درخواست داده‌ام.",
    ),
    "ti": ("ኣብ ዝሓለፉ ክልተ ሰሙናት ስራሕ ንምርካብ እንታይ ገይርካ?", "ስራሕ ኣይደለኹን።", "ነፍሲ ወከፍ ሰሙን ንስራሕ ኣመልኪተ።"),
    "uk": (
        "Що ви зробили за останні два тижні, щоб знайти роботу?",
        "Я не шукав роботу.",
        "Я подавав заявки щотижня.",
    ),
}

NAMES = {"ar": "العربية", "prs": "دری", "ti": "ትግርኛ", "uk": "Українська"}


def pack(code: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The language file and the bip-1 factor file of ``code``."""
    language = {
        "language": code,
        "name": NAMES[code],
        "direction": "rtl" if code in ("ar", "prs") else "ltr",
        "translation": {"translator": "prov", "status": "utkast", "date": "2026-12-06"},
        "pdf": PDF[code],
    }
    question, low, high = FIRST_QUESTION[code]
    factors = [
        {"position": i, "name": name, "short_name": short}
        for i, (name, short) in enumerate(FACTORS[code], start=1)
    ]
    factors[0] |= {"question": question, "anchors": {"1": low, "10": high}}
    return language, {"factors": factors}


def write_packs(base: Path | None = None, codes: tuple[str, ...] = tuple(PDF)) -> Path:
    """The sample packs in the user-data folder (each test has its own, see conftest)."""
    base = base or user_texts_dir()
    (base / "languages").mkdir(parents=True, exist_ok=True)
    (base / "factors" / "bip-1").mkdir(parents=True, exist_ok=True)
    for code in codes:
        language, factors = pack(code)
        dump = json.dumps(language, ensure_ascii=False, indent=1)
        (base / "languages" / f"{code}.json").write_text(dump, "utf-8")
        dump = json.dumps(factors, ensure_ascii=False, indent=1)
        (base / "factors" / "bip-1" / f"{code}.json").write_text(dump, "utf-8")
    return base
