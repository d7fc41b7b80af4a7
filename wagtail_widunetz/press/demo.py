"""Demo press room of the Herford Integrationsagentur with the Widunetz founding release."""

import datetime

from django.utils import timezone

from wagtail_widunetz.core.demo import (
    demo_home,
    demo_locales,
    ensure_page,
    ensure_page_translations,
)

from .models import PressReleasePage, PressRoomPage

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


def load(stdout=None):
    locales = demo_locales()
    room, _ = ensure_page(
        demo_home(),
        PressRoomPage,
        "presse",
        title="Presse",
        show_in_menus=True,
        intro="<p>Pressemitteilungen der Integrationsagentur und Berichte über das Netzwerk.</p>",
    )
    ensure_page_translations(room, ROOM_TITLES, locales)
    release, _ = ensure_page(
        room,
        PressReleasePage,
        "geburtsstunde-von-widunetz",
        title=FOUNDING_TITLE,
        date=timezone.now() - datetime.timedelta(days=14),
        lead=FOUNDING_LEAD,
        body=FOUNDING_BODY,
    )
    for code, strings in FOUNDING_TRANSLATIONS.items():
        ensure_page_translations(
            release, {code: strings[FOUNDING_TITLE]}, locales, extra_strings={code: strings}
        )
    if stdout:
        stdout.write("  press: press room /presse/ with the Widunetz founding release")
