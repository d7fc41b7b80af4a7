"""Demo data of the Herford network: locales, the chapter, and the shared vocabulary.

Loaded by ``manage.py widunetz_demo``; every step looks before it writes, so a second run
changes nothing.
"""

from django.conf import settings
from wagtail.models import Locale, Site

from .models import ChapterSettings, District, Language, TargetGroup, Topic
from .translation import ensure_translation

DEMO_LOCALES = ["de", "en", "tr", "ar", "ru", "uk"]

# German name, slug, then translations en / tr / ar / ru / uk.
TOPICS = [
    (
        "Beratung",
        "beratung",
        ["Counselling", "Danışmanlık", "استشارة", "Консультация", "Консультація"],
    ),
    (
        "Sprachkurs",
        "sprachkurs",
        ["Language course", "Dil kursu", "دورة لغة", "Языковой курс", "Мовний курс"],
    ),
    (
        "Elterncafé",
        "elterncafe",
        ["Parents' café", "Veli kafesi", "مقهى الأهل", "Кафе для родителей", "Кафе для батьків"],
    ),
    (
        "Familienbildung",
        "familienbildung",
        [
            "Family education",
            "Aile eğitimi",
            "تعليم الأسرة",
            "Семейное образование",
            "Сімейна освіта",
        ],
    ),
    (
        "Arbeit und Beruf",
        "arbeit",
        [
            "Work and career",
            "İş ve meslek",
            "العمل والمهنة",
            "Работа и профессия",
            "Робота і професія",
        ],
    ),
    (
        "Sport und Bewegung",
        "sport",
        [
            "Sports and exercise",
            "Spor ve hareket",
            "الرياضة والحركة",
            "Спорт и движение",
            "Спорт і рух",
        ],
    ),
    ("Gesundheit", "gesundheit", ["Health", "Sağlık", "الصحة", "Здоровье", "Здоров'я"]),
    (
        "Ehrenamt",
        "ehrenamt",
        ["Volunteering", "Gönüllülük", "العمل التطوعي", "Волонтёрство", "Волонтерство"],
    ),
]
TARGET_GROUPS = [
    ("Kinder", "kinder", ["Children", "Çocuklar", "الأطفال", "Дети", "Діти"]),
    ("Familien", "familien", ["Families", "Aileler", "العائلات", "Семьи", "Сім'ї"]),
    ("Eltern", "eltern", ["Parents", "Ebeveynler", "الآباء والأمهات", "Родители", "Батьки"]),
    ("Jugendliche", "jugendliche", ["Young people", "Gençler", "الشباب", "Молодёжь", "Молодь"]),
    ("Frauen", "frauen", ["Women", "Kadınlar", "النساء", "Женщины", "Жінки"]),
    (
        "Seniorinnen und Senioren",
        "senioren",
        ["Older people", "Yaşlılar", "كبار السن", "Пожилые люди", "Літні люди"],
    ),
    (
        "Ehrenamtliche",
        "ehrenamtliche",
        ["Volunteers", "Gönüllüler", "المتطوعون", "Волонтёры", "Волонтери"],
    ),
]
DISTRICTS = [
    (
        "Innenstadt",
        "innenstadt",
        ["City centre", "Şehir merkezi", "وسط المدينة", "Центр города", "Центр міста"],
    ),
    ("Ottelau", "ottelau", []),
    ("Herringhausen", "herringhausen", []),
    ("Eickum", "eickum", []),
    ("Diebrock", "diebrock", []),
    ("Elverdissen", "elverdissen", []),
    ("Falkendiek", "falkendiek", []),
    ("Stedefreund", "stedefreund", []),
]
# German name, ISO code, endonym, direction, then translations of the name en / tr / ar / ru / uk.
LANGUAGES = [
    ("Deutsch", "de", "Deutsch", "ltr", ["German", "Almanca", "الألمانية", "Немецкий", "Німецька"]),
    (
        "Englisch",
        "en",
        "English",
        "ltr",
        ["English", "İngilizce", "الإنجليزية", "Английский", "Англійська"],
    ),
    ("Türkisch", "tr", "Türkçe", "ltr", ["Turkish", "Türkçe", "التركية", "Турецкий", "Турецька"]),
    ("Arabisch", "ar", "العربية", "rtl", ["Arabic", "Arapça", "العربية", "Арабский", "Арабська"]),
    ("Russisch", "ru", "Русский", "ltr", ["Russian", "Rusça", "الروسية", "Русский", "Російська"]),
    (
        "Ukrainisch",
        "uk",
        "Українська",
        "ltr",
        ["Ukrainian", "Ukraynaca", "الأوكرانية", "Украинский", "Українська"],
    ),
    ("Polnisch", "pl", "Polski", "ltr", ["Polish", "Lehçe", "البولندية", "Польский", "Польська"]),
    (
        "Persisch (Farsi)",
        "fa",
        "فارسی",
        "rtl",
        ["Persian (Farsi)", "Farsça", "الفارسية", "Персидский", "Перська"],
    ),
    ("Dari", "prs", "دری", "rtl", ["Dari", "Darice", "الدارية", "Дари", "Дарі"]),
    (
        "Kurdisch (Kurmandschi)",
        "kmr",
        "Kurdî",
        "ltr",
        [
            "Kurdish (Kurmanji)",
            "Kürtçe (Kurmanci)",
            "الكردية (الكرمانجية)",
            "Курдский (курманджи)",
            "Курдська (курманджі)",
        ],
    ),
]

CHAPTER = {
    "name": "DRK-Kreisverband Herford-Stadt e.V.",
    "street": "Wittekindstraße 21",
    "postcode": "32051",
    "city": "Herford",
    "latitude": "52.116200",
    "longitude": "8.670900",
    "phone": "05221 / 56784",
    "fax": "05221 / 54953",
    "email": "info@drk-herford.de",
    "donation_url": "https://www.drk-herford.de/spenden",
}

HOME_TITLES = {
    "en": "Integration Agency Herford",
    "tr": "Herford Entegrasyon Ajansı",
    "ar": "وكالة الاندماج في هيرفورد",
    "ru": "Агентство по интеграции Херфорда",
    "uk": "Агенція з інтеграції Герфорда",
}


def demo_locales():
    """The demo's locales that this site has configured as content languages."""
    configured = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    locales = {}
    for code in DEMO_LOCALES:
        if code in configured:
            locales[code], _ = Locale.objects.get_or_create(language_code=code)
    return locales


def demo_home():
    """The root page of the default site, where the demo puts its index pages."""
    return Site.objects.get(is_default_site=True).root_page.specific


def translated(strings, german):
    """Map a German source text to its translations, keyed by the demo's non-German locales."""
    return {code: {german: text} for code, text in zip(DEMO_LOCALES[1:], strings, strict=False)}


def get_or_create_snippet(model, lookup, defaults, locale):
    obj = model.objects.filter(locale=locale, **lookup).first()
    if obj is None:
        obj = model.objects.create(locale=locale, **lookup, **defaults)
    return obj


def load(stdout=None):
    locales = demo_locales()
    de = locales["de"]
    site = Site.objects.get(is_default_site=True)

    chapter = ChapterSettings.for_site(site)
    if not chapter.name:
        for field, value in CHAPTER.items():
            setattr(chapter, field, value)
        chapter.full_clean()
        chapter.save()

    for model, rows in ((Topic, TOPICS), (TargetGroup, TARGET_GROUPS), (District, DISTRICTS)):
        for order, (name, slug, names) in enumerate(rows):
            obj = get_or_create_snippet(
                model, {"slug": slug}, {"name": name, "sort_order": order}, de
            )
            for code, strings in translated(names, name).items():
                if code in locales:
                    ensure_translation(obj, locales[code], strings)
    for order, (name, code, endonym, direction, names) in enumerate(LANGUAGES):
        obj = get_or_create_snippet(
            Language,
            {"code": code},
            {"name": name, "endonym": endonym, "direction": direction, "sort_order": order},
            de,
        )
        for locale_code, strings in translated(names, name).items():
            if locale_code in locales:
                ensure_translation(obj, locales[locale_code], strings)

    home = demo_home()
    for code, title in HOME_TITLES.items():
        if code in locales:
            ensure_translation(home, locales[code], {home.title: title})
    load_search_page(home, locales)
    from .demo_accessibility import load as load_accessibility_statement

    load_accessibility_statement(home, locales)
    if stdout:
        stdout.write(f"  core: {len(locales)} locales, chapter “{chapter.name}”, vocabulary")
    return home


SEARCH_INTRO = "Partner, Angebote, Veranstaltungen und Pressemitteilungen des Netzwerks finden."
SEARCH_TITLES = {
    "en": "Search",
    "tr": "Arama",
    "ar": "بحث",
    "ru": "Поиск",
    "uk": "Пошук",
}
SEARCH_INTROS = {
    "en": "Find the network's partners, offers, events and press releases.",
    "tr": "Ağın ortaklarını, hizmetlerini, etkinliklerini ve basın bültenlerini bulun.",
    "ar": "ابحث عن شركاء الشبكة وعروضها وفعالياتها وبياناتها الصحفية.",
    "ru": "Найдите партнёров сети, предложения, мероприятия и пресс-релизы.",
    "uk": "Знайдіть партнерів мережі, пропозиції, заходи та пресрелізи.",
}


def load_search_page(home, locales):
    """The network search at ``/de/suche/`` and its translations (the header links to it)."""
    from .compat import page_model_swapped

    if page_model_swapped():  # the site builds its own search page class
        return None
    from .search import NetworkSearchPage

    page, _ = ensure_page(home, NetworkSearchPage, "suche", title="Suche", intro=SEARCH_INTRO)
    ensure_page_translations(
        page,
        SEARCH_TITLES,
        locales,
        extra_strings={code: {SEARCH_INTRO: text} for code, text in SEARCH_INTROS.items()},
    )
    return page


def ensure_page(parent, model, slug, **fields):
    """The live child of ``parent`` with ``slug``, created and published if missing.

    Returns ``(page, created)``; an existing page is returned as it is (editors may have
    changed it since the last demo run).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_page_translations(page, titles, locales, extra_strings=None):
    """Translate ``page`` into each locale of ``titles`` (``{code: title}``) that exists here."""
    for code, title in titles.items():
        if code in locales:
            strings = {page.title: title, **(extra_strings or {}).get(code, {})}
            ensure_translation(page, locales[code], strings)
