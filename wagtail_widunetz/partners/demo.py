"""Demo partners of the Herford network (see DESIGN.md section 6)."""

from wagtail_widunetz.core.demo import (
    demo_home,
    demo_locales,
    ensure_page,
    ensure_page_translations,
)

from .models import PartnerDirectoryPage, PartnerPage

DIRECTORY_TITLES = {
    "en": "Network",
    "tr": "Ağ",
    "ar": "الشبكة",
    "ru": "Сеть",
    "uk": "Мережа",
}

# slug, name, short description (German), English name
PARTNERS = [
    (
        "integrationsagentur",
        "Integrationsagentur des DRK Herford",
        "Moderiert das Netzwerk Widunetz, gewinnt Ehrenamtliche und bringt Einrichtungen und Zugewanderte zusammen.",
        "Integration Agency of the Red Cross Herford",
    ),
    (
        "familienzentrum-kita-ottelau",
        "Familienzentrum DRK Kita Ottelau",
        "Kita und Familienzentrum mit Elterncafé, Familienbildung und Beratung für Familien mit Migrationsgeschichte.",
        "Family Centre DRK Kita Ottelau",
    ),
    (
        "kita-sonnenschein",
        "Kita Sonnenschein",
        "Städtische Kindertageseinrichtung in der Innenstadt; Verteilerkreis für Elterninformationen.",
        "Sonnenschein Day Care Centre",
    ),
    (
        "kita-regenbogen-eickum",
        "Ev. Kita Regenbogen Eickum",
        "Kindertageseinrichtung mit Sprachförderung in Deutsch und Türkisch.",
        "Regenbogen Day Care Centre Eickum",
    ),
    (
        "migrationsberatung",
        "Migrationsberatung für Erwachsene",
        "Beratung zu Aufenthalt, Sprache, Arbeit und Familie, auf Deutsch, Russisch und Arabisch.",
        "Migration Counselling for Adults",
    ),
    (
        "jugendmigrationsdienst",
        "Jugendmigrationsdienst Herford",
        "Begleitung junger Menschen mit Migrationsgeschichte bis 27 Jahre in Schule, Ausbildung und Beruf.",
        "Youth Migration Service Herford",
    ),
    (
        "agentur-fuer-arbeit",
        "Agentur für Arbeit Herford",
        "Berufsberatung, Anerkennung ausländischer Abschlüsse und Vermittlung in Arbeit.",
        "Employment Agency Herford",
    ),
    (
        "seniorenzentrum-stiftberg",
        "Seniorenzentrum am Stiftberg",
        "Pflege, Tagespflege und Begegnung für ältere Menschen, mit kultursensibler Pflege.",
        "Stiftberg Senior Centre",
    ),
    (
        "tuerkischer-elternverein",
        "Türkischer Elternverein Herford e.V.",
        "Migrantenselbstorganisation: Hausaufgabenhilfe, Elternabende und Feste.",
        "Turkish Parents' Association Herford",
    ),
    (
        "deutsch-russischer-kulturverein",
        "Deutsch-Russischer Kulturverein Herford e.V.",
        "Begegnung, Kultur und Sprachkurse für russischsprachige Familien.",
        "German-Russian Cultural Association Herford",
    ),
    (
        "ukrainische-gemeinschaft",
        "Ukrainische Gemeinschaft Herford",
        "Treffpunkt, Übersetzungshilfe und Kinderangebote für Geflüchtete aus der Ukraine.",
        "Ukrainian Community Herford",
    ),
    (
        "ehrenamtspool",
        "Ehrenamtspool Integration",
        "Ehrenamtliche begleiten zu Behörden, lesen vor und helfen bei Hausaufgaben.",
        "Volunteer Pool Integration",
    ),
    (
        "frauentreff-international",
        "Frauentreff International",
        "Offener Treff für Frauen aller Herkunft mit Kinderbetreuung und Sprachcafé.",
        "International Women's Meeting Point",
    ),
]


def load(stdout=None):
    locales = demo_locales()
    home = demo_home()
    directory, _ = ensure_page(
        home,
        PartnerDirectoryPage,
        "netzwerk",
        title="Netzwerk",
        show_in_menus=True,
        intro="<p>Kitas, Familienzentren, Beratungsstellen, Vereine und Ehrenamtliche im "
        "Integrationsnetzwerk Widunetz: wer sie sind, was sie anbieten und für wen.</p>",
    )
    ensure_page_translations(directory, DIRECTORY_TITLES, locales)
    for slug, name, description, english in PARTNERS:
        partner, _ = ensure_page(
            directory, PartnerPage, slug, title=name, short_description=description
        )
        ensure_page_translations(partner, {"en": english, "ar": name}, locales)
    if stdout:
        stdout.write(f"  partners: directory /netzwerk/ with {len(PARTNERS)} partners")
