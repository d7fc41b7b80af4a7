"""Demo press room of the Herford Integrationsagentur with the Widunetz founding release."""

import datetime

from django.utils import timezone

from wagtail_widunetz.core.demo import (
    demo_home,
    demo_locales,
    ensure_page,
    ensure_page_translations,
    get_or_create_snippet,
)
from wagtail_widunetz.core.translation import ensure_translation

from .models import (
    MediaOutlet,
    PressBoilerplate,
    PressClipping,
    PressContact,
    PressReleasePage,
    PressRoomPage,
)

ROOM_TITLES = {
    "en": "Press",
    "tr": "Basın",
    "ar": "الصحافة",
    "ru": "Пресса",
    "uk": "Преса",
}

FOUNDING_TITLE = "Geburtsstunde von Widunetz, dem Netzwerk für Integration"
FOUNDING_LEAD = (
    "Herford. Kitas, Familienzentren, Beratungsdienste, Arbeitsagentur, Senioreneinrichtungen, "
    "Migrantenvereine und Ehrenamtliche haben sich auf Einladung der Integrationsagentur des "
    "DRK-Kreisverbands Herford-Stadt zum Netzwerk Widunetz zusammengeschlossen."
)
FOUNDING_BODY = (
    "<p>Die Integrationsagentur berät nicht einzelne Menschen, sie verbindet: Sie unterstützt "
    "Einrichtungen von den Kindertageseinrichtungen über die Arbeitsagenturen bis zu den "
    "Senioreneinrichtungen dabei, ihre Angebote für Zugewanderte zu öffnen, die schon länger in "
    "Herford leben.</p>"
    "<p>Gemeinsam mit dem Familienzentrum DRK Kita Ottelau will das Netzwerk Familien mit "
    "Migrationsgeschichte durch Kurse, Treffen und die Vermittlung von Beratung erreichen, "
    "Ehrenamtliche gewinnen und über die Kitas Verteilerkreise für Informationen aufbauen.</p>"
)
FOUNDING_TRANSLATIONS = {
    "en": {
        FOUNDING_TITLE: "Widunetz is born: the network for integration",
        FOUNDING_LEAD: (
            "Herford. Day-care centres, family centres, counselling services, the employment "
            "agency, senior homes, migrant associations and volunteers have joined the Widunetz "
            "network at the invitation of the Integration Agency of the Red Cross Herford-Stadt."
        ),
    },
    "ar": {
        FOUNDING_TITLE: "ولادة شبكة ويدونتس للاندماج",
        FOUNDING_LEAD: (
            "هيرفورد. انضمت دور الحضانة ومراكز الأسرة وخدمات الاستشارة ووكالة العمل ودور رعاية "
            "المسنين وجمعيات المهاجرين والمتطوعون إلى شبكة ويدونتس بدعوة من وكالة الاندماج التابعة "
            "للصليب الأحمر الألماني في هيرفورد."
        ),
    },
}


CONTACT_NAME = "Selin Kaya"
CONTACT = {
    "phone": "05221 / 56784",
    "email": "integrationsagentur@example.org",
    "languages": "de, en, tr",
}
CONTACT_ROLE = "Presse- und Öffentlichkeitsarbeit, Integrationsagentur"
CONTACT_ROLES = {
    "en": "Press and public relations, Integration Agency",
    "tr": "Basın ve halkla ilişkiler, Entegrasyon Ajansı",
    "ar": "الصحافة والعلاقات العامة، وكالة الاندماج",
    "ru": "Пресса и связи с общественностью, Агентство по интеграции",
    "uk": "Преса та зв'язки з громадськістю, Агенція з інтеграції",
}

BOILERPLATE_NAME = "Über den DRK-Kreisverband Herford-Stadt"
BOILERPLATE_TEXT = (
    "<p>Der DRK-Kreisverband Herford-Stadt e.V. ist Teil der weltweiten Rotkreuz- und "
    "Rothalbmondbewegung. Seine Integrationsagentur bringt Einrichtungen, Vereine und "
    "Ehrenamtliche in Herford zusammen, damit Zugewanderte Beratung, Bildung und Begegnung "
    "leichter finden.</p>"
)
BOILERPLATE_TRANSLATIONS = {
    "en": {
        BOILERPLATE_NAME: "About the Red Cross Herford-Stadt",
        BOILERPLATE_TEXT: (
            "The German Red Cross chapter Herford-Stadt is part of the worldwide Red Cross and "
            "Red Crescent Movement. Its Integration Agency brings institutions, associations "
            "and volunteers in Herford together so that newcomers find counselling, education "
            "and places to meet more easily."
        ),
    },
    "ar": {
        BOILERPLATE_NAME: "عن الصليب الأحمر الألماني في هيرفورد",
        BOILERPLATE_TEXT: (
            "فرع الصليب الأحمر الألماني في هيرفورد جزء من الحركة الدولية للصليب الأحمر والهلال "
            "الأحمر. تجمع وكالة الاندماج التابعة له المؤسسات والجمعيات والمتطوعين في هيرفورد "
            "ليجد القادمون الجدد الاستشارة والتعليم وأماكن اللقاء بسهولة أكبر."
        ),
    },
}

OUTLETS = [
    ("Neue Westfälische", "https://www.nw.de", MediaOutlet.Kind.NEWSPAPER),
    ("Herforder Kreisblatt", "https://www.westfalen-blatt.de", MediaOutlet.Kind.NEWSPAPER),
]
# Invented headlines; excerpts in our own words. (outlet, headline, author, days ago, excerpt)
CLIPPINGS = [
    (
        "Neue Westfälische",
        "Ein Netz für neue Nachbarn",
        "Redaktion Herford",
        10,
        "Die Zeitung stellt das neue Netzwerk Widunetz vor: Kitas, Beratungsstellen und "
        "Vereine wollen Familien mit Migrationsgeschichte gemeinsam besser erreichen.",
    ),
    (
        "Herforder Kreisblatt",
        "Rotes Kreuz knüpft Kontakte zwischen Kitas und Beratung",
        "",
        8,
        "Der Bericht beschreibt, wie die Integrationsagentur Einrichtungen von der Kita bis "
        "zur Seniorenbegegnung an einen Tisch holt und Ehrenamtliche sucht.",
    ),
]
CLIPPING_TRANSLATIONS = {
    "Ein Netz für neue Nachbarn": "A network for new neighbours",
    "Rotes Kreuz knüpft Kontakte zwischen Kitas und Beratung": (
        "Red Cross connects day-care centres and counselling services"
    ),
    CLIPPINGS[0][4]: (
        "The paper introduces the new Widunetz network: day-care centres, counselling "
        "services and associations want to reach families with a migration background "
        "better, together."
    ),
    CLIPPINGS[1][4]: (
        "The report describes how the Integration Agency brings institutions from day-care "
        "centres to senior meeting places around one table and looks for volunteers."
    ),
}

EMBARGOED_SLUG = "interkulturelles-familienfest-ottelau"
EMBARGOED_TITLE = "Interkulturelles Familienfest im Familienzentrum Ottelau"
EMBARGOED_LEAD = (
    "Herford. Das Familienzentrum DRK Kita Ottelau und die Partner von Widunetz laden zu einem "
    "Familienfest mit Musik, Spielen und Beratung in mehreren Sprachen ein."
)
EMBARGOED_TRANSLATIONS = {
    "en": {
        EMBARGOED_TITLE: "Intercultural family festival at the Ottelau family centre",
        EMBARGOED_LEAD: (
            "Herford. The Red Cross family centre Kita Ottelau and the Widunetz partners invite "
            "families to a festival with music, games and advice in several languages."
        ),
    },
}


def ensure_contact(locales):
    de = locales["de"]
    contact = get_or_create_snippet(
        PressContact, {"name": CONTACT_NAME}, {**CONTACT, "role": CONTACT_ROLE}, de
    )
    for code, role in CONTACT_ROLES.items():
        if code in locales:
            ensure_translation(contact, locales[code], {CONTACT_ROLE: role})
    return contact


def ensure_boilerplate(locales):
    boilerplate = get_or_create_snippet(
        PressBoilerplate, {"name": BOILERPLATE_NAME}, {"text": BOILERPLATE_TEXT}, locales["de"]
    )
    for code, strings in BOILERPLATE_TRANSLATIONS.items():
        if code in locales:
            # Rich text is translated paragraph by paragraph: the msgid is the inner text.
            ensure_translation(
                boilerplate,
                locales[code],
                {
                    BOILERPLATE_NAME: strings[BOILERPLATE_NAME],
                    BOILERPLATE_TEXT[3:-4]: strings[BOILERPLATE_TEXT],
                },
            )
    return boilerplate


def ensure_clippings(locales):
    de = locales["de"]
    outlets = {}
    for name, website, kind in OUTLETS:
        outlets[name], _ = MediaOutlet.objects.get_or_create(
            name=name, defaults={"website": website, "kind": kind}
        )
    today = timezone.localdate()
    clippings = []
    for outlet, headline, author, days_ago, excerpt in CLIPPINGS:
        clipping = get_or_create_snippet(
            PressClipping,
            {"headline": headline},
            {
                "outlet": outlets[outlet],
                "author": author,
                "published": today - datetime.timedelta(days=days_ago),
                "excerpt": excerpt,
            },
            de,
        )
        if "en" in locales:
            ensure_translation(clipping, locales["en"], CLIPPING_TRANSLATIONS)
        clippings.append(clipping)
    return clippings


def load(stdout=None):
    locales = demo_locales()
    contact = ensure_contact(locales)
    boilerplate = ensure_boilerplate(locales)
    room, _ = ensure_page(
        demo_home(),
        PressRoomPage,
        "presse",
        title="Presse",
        show_in_menus=True,
        intro="<p>Pressemitteilungen der Integrationsagentur und Berichte über das Netzwerk.</p>",
        contacts=[("contact", contact)],
    )
    ensure_page_translations(room, ROOM_TITLES, locales)
    release, _ = ensure_page(
        room,
        PressReleasePage,
        "geburtsstunde-von-widunetz",
        title=FOUNDING_TITLE,
        date=timezone.now() - datetime.timedelta(days=14),
        place="Herford",
        lead=FOUNDING_LEAD,
        body=FOUNDING_BODY,
        keywords="Integration, Netzwerk, Herford",
        boilerplate=boilerplate,
        contacts=[("contact", contact)],
    )
    for code, strings in FOUNDING_TRANSLATIONS.items():
        ensure_page_translations(
            release, {code: strings[FOUNDING_TITLE]}, locales, extra_strings={code: strings}
        )
    clippings = ensure_clippings(locales)
    go_live = (timezone.now() + datetime.timedelta(days=7)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    embargoed, _ = ensure_page(
        room,
        PressReleasePage,
        EMBARGOED_SLUG,
        title=EMBARGOED_TITLE,
        date=go_live,
        go_live_at=go_live,
        place="Herford",
        lead=EMBARGOED_LEAD,
        boilerplate=boilerplate,
        contacts=[("contact", contact)],
    )
    for code, strings in EMBARGOED_TRANSLATIONS.items():
        ensure_page_translations(
            embargoed, {code: strings[EMBARGOED_TITLE]}, locales, extra_strings={code: strings}
        )
    if stdout:
        stdout.write(
            f"  press: press room /presse/ with the Widunetz founding release, "
            f"{len(clippings)} clippings, a press contact and a release embargoed until "
            f"{timezone.localtime(embargoed.go_live_at):%Y-%m-%d %H:%M}"
        )
