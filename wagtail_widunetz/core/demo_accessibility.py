"""Demo: the accessibility statement of the Herford network at ``/de/barrierefreiheit/``.

Called from ``core.demo.load``. Idempotent: an existing statement page is left as it is.
"""

import datetime

from .compat import page_model_swapped

SCOPE = (
    "Der DRK-Kreisverband Herford-Stadt e.V. ist bemüht, seine Website im Einklang mit dem "
    "Behindertengleichstellungsgesetz des Bundes (BGG) und der Barrierefreie-"
    "Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese "
    "Erklärung gilt für die Seiten des Netzwerks Widunetz: Partnerverzeichnis, "
    "Veranstaltungskalender und Pressebereich."
)
NOT_ACCESSIBLE = [
    "Einige ältere PDF-Dokumente im Pressebereich sind nicht barrierefrei. Wir stellen die "
    "Inhalte auf Anfrage in einer zugänglichen Form bereit.",
    "Die Karte im Partnerverzeichnis ist mit der Tastatur nur eingeschränkt bedienbar. Dieselben "
    "Partner stehen in der Liste neben der Karte, mit Adresse und Kontakt.",
    "Nicht alle Angebote der Partner sind in Leichte Sprache übersetzt.",
]
CONTACT_NAME = "Integrationsagentur des DRK-Kreisverbands Herford-Stadt"
REPORT_INTRO = (
    "Beschreiben Sie kurz, wo Sie auf eine Barriere gestoßen sind. Wir antworten in der Regel "
    "innerhalb von zwei Wochen."
)

TITLES = {
    "en": "Accessibility statement",
    "tr": "Erişilebilirlik beyanı",
    "ar": "بيان إمكانية الوصول",
    "ru": "Заявление о доступности",
    "uk": "Заява про доступність",
}
STRINGS = {
    "en": {
        SCOPE: (
            "The DRK-Kreisverband Herford-Stadt e.V. endeavours to make its website accessible "
            "in accordance with the Federal Disability Equality Act (BGG) and the Barrier-free "
            "Information Technology Ordinance (BITV 2.0). This statement covers the pages of "
            "the Widunetz network: partner directory, event calendar and press room."
        ),
        NOT_ACCESSIBLE[0]: (
            "Some older PDF documents in the press room are not accessible. On request we "
            "provide their content in an accessible form."
        ),
        NOT_ACCESSIBLE[1]: (
            "The map in the partner directory can only partly be used with a keyboard. The "
            "same partners are in the list next to the map, with address and contact."
        ),
        NOT_ACCESSIBLE[2]: "Not all partner offers are available in Leichte Sprache.",
        CONTACT_NAME: "Integration agency of the DRK-Kreisverband Herford-Stadt",
        REPORT_INTRO: (
            "Briefly describe where you met a barrier. We usually answer within two weeks."
        ),
    },
    "ar": {
        SCOPE: (
            "تسعى جمعية الصليب الأحمر الألماني في هيرفورد إلى جعل موقعها الإلكتروني متاحاً للجميع "
            "وفقاً لقانون المساواة للأشخاص ذوي الإعاقة (BGG) ولائحة تكنولوجيا المعلومات الخالية من "
            "العوائق (BITV 2.0). ينطبق هذا البيان على صفحات شبكة Widunetz: دليل الشركاء وتقويم "
            "الفعاليات وقسم الصحافة."
        ),
        NOT_ACCESSIBLE[0]: (
            "بعض مستندات PDF القديمة في قسم الصحافة غير متاحة للجميع. نقدم محتواها عند الطلب "
            "بشكل يسهل الوصول إليه."
        ),
        NOT_ACCESSIBLE[1]: (
            "لا يمكن استخدام الخريطة في دليل الشركاء بلوحة المفاتيح إلا جزئياً. الشركاء أنفسهم "
            "موجودون في القائمة بجانب الخريطة مع العنوان ووسائل الاتصال."
        ),
        NOT_ACCESSIBLE[2]: "ليست كل عروض الشركاء متوفرة بلغة مبسطة.",
        CONTACT_NAME: "وكالة الاندماج التابعة للصليب الأحمر الألماني في هيرفورد",
        REPORT_INTRO: "صف باختصار أين واجهت عائقاً. نجيب عادةً خلال أسبوعين.",
    },
}


def load(home, locales):
    """Create the statement below the German home page and translate it."""
    if page_model_swapped():
        return None
    from .accessibility import AccessibilityStatementPage
    from .demo import ensure_page, ensure_page_translations

    page, _created = ensure_page(
        home,
        AccessibilityStatementPage,
        "barrierefreiheit",
        title="Erklärung zur Barrierefreiheit",
        scope=SCOPE,
        compliance_status="partial",
        non_accessible_content="<ul>" + "".join(f"<li>{t}</li>" for t in NOT_ACCESSIBLE) + "</ul>",
        prepared_on=datetime.date(2026, 10, 15),
        reviewed_on=datetime.date(2026, 11, 20),
        assessment_method="self",
        contact_name=CONTACT_NAME,
        contact_email="barrierefreiheit@drk-herford.example",
        contact_phone="05221 / 56784",
        report_intro=f"<p>{REPORT_INTRO}</p>",
    )
    ensure_page_translations(page, TITLES, locales, extra_strings=STRINGS)
    return page
