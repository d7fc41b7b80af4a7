"""Demo partners of the Herford network (see DESIGN.md section 6).

Names, slugs and short descriptions of the thirteen partners are kept from the first demo; each
partner is enriched with its kind, address and coordinates in Herford, facets from the core
vocabulary, offers, opening hours, contact persons, accessibility and cooperations. Addresses,
phone numbers and e-mail addresses are invented (e-mail and web addresses use example.org).
Every step looks before it writes, so a second run changes nothing.
"""

import uuid

from wagtail_widunetz.core.demo import (
    demo_home,
    demo_locales,
    ensure_page,
    ensure_page_translations,
)
from wagtail_widunetz.core.models import District, Language, TargetGroup, Topic

from .models import (
    PartnerCooperation,
    PartnerDirectoryPage,
    PartnerDistrict,
    PartnerLanguage,
    PartnerOffer,
    PartnerPage,
    PartnerTargetGroup,
    PartnerTopic,
)

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


MON_FRI, MON_THU = ["0", "1", "2", "3", "4"], ["0", "1", "2", "3"]


def slot(days, opens, closes):
    return ("slot", {"weekdays": days, "opens": opens, "closes": closes})


def closed(start, end, note):
    return (
        "exception",
        {
            "start_date": start,
            "end_date": end,
            "closed": True,
            "opens": None,
            "closes": None,
            "note": note,
        },
    )


def person(name, role, phone="", email="", languages=()):
    return (
        "person",
        {"name": name, "role": role, "phone": phone, "email": email, "languages": list(languages)},
    )


SUMMER = closed("2027-07-12", "2027-07-30", "Sommerschließzeit")
CHRISTMAS = closed("2026-12-24", "2027-01-01", "Weihnachten und Neujahr")

# Per slug: fields, facets (topics, groups, districts, languages), keywords, offers
# (title, description, topic, group, language codes), hours, contacts, cooperations (earlier slugs).
DETAILS = {
    "integrationsagentur": {
        "fields": {
            "kind": "counselling",
            "street": "Wittekindstraße 21",
            "postcode": "32051",
            "city": "Herford",
            "latitude": "52.116200",
            "longitude": "8.670900",
            "phone": "05221 / 56784",
            "email": "integrationsagentur@example.org",
            "website": "https://www.example.org/widunetz",
            "step_free_access": "yes",
            "accessible_toilet": "yes",
            "hearing_loop": "no",
            "accessibility_note": "Aufzug im Hof, Eingang über die Rampe.",
            "by_appointment": True,
        },
        "topics": ["beratung", "ehrenamt", "familienbildung"],
        "groups": ["familien", "ehrenamtliche", "frauen"],
        "districts": [
            "innenstadt",
            "ottelau",
            "herringhausen",
            "eickum",
            "diebrock",
            "elverdissen",
            "falkendiek",
            "stedefreund",
        ],
        "languages": ["de", "en", "tr", "ar"],
        "tags": ["Netzwerk", "Widunetz", "Integration"],
        "offers": [
            (
                "Netzwerktreffen Widunetz",
                "Vierteljährliches Treffen aller Partner zum Austausch.",
                "ehrenamt",
                "ehrenamtliche",
                "de",
            ),
            (
                "Integrationsberatung",
                "Orientierung für neu Zugewanderte: Wer hilft bei was?",
                "beratung",
                "familien",
                "de, en, tr, ar",
            ),
        ],
        "hours": [slot(MON_THU, "09:00", "12:00"), slot(["1", "3"], "14:00", "17:00"), CHRISTMAS],
        "contacts": [
            person(
                "Aylin Demir",
                "Koordination Integrationsagentur",
                "05221 / 56784",
                "a.demir@example.org",
                ["de", "tr", "en"],
            ),
            person("Samir Haddad", "Ehrenamtskoordination", "05221 / 56785", "", ["de", "ar"]),
        ],
        "cooperations": [],
    },
    "familienzentrum-kita-ottelau": {
        "fields": {
            "kind": "family_centre",
            "street": "Ottelau 12",
            "postcode": "32049",
            "city": "Herford",
            "latitude": "52.123400",
            "longitude": "8.650100",
            "phone": "05221 / 34567",
            "email": "kita-ottelau@example.org",
            "step_free_access": "yes",
            "accessible_toilet": "yes",
            "hearing_loop": "no",
        },
        "topics": ["elterncafe", "familienbildung", "beratung", "sprachkurs"],
        "groups": ["kinder", "eltern", "familien"],
        "districts": ["ottelau"],
        "languages": ["de", "tr", "ar", "ru"],
        "tags": ["Kita", "Elterncafé", "Sprachförderung"],
        "offers": [
            (
                "Elterncafé",
                "Jeden Mittwochmorgen: Frühstück, Austausch und Beratung, Kinder werden betreut.",
                "elterncafe",
                "eltern",
                "de, tr, ar",
            ),
            (
                "Rucksack-Programm",
                "Sprachbildung für Eltern und Kinder in Deutsch und der Familiensprache.",
                "sprachkurs",
                "eltern",
                "de, tr, ar",
            ),
            (
                "Familienberatung",
                "Sprechstunde der Erziehungsberatung im Familienzentrum.",
                "beratung",
                "familien",
                "de, ru",
            ),
        ],
        "hours": [slot(MON_FRI, "07:00", "16:30"), SUMMER, CHRISTMAS],
        "contacts": [
            person(
                "Maria Schäfer",
                "Leitung Familienzentrum",
                "05221 / 34567",
                "m.schaefer@example.org",
                ["de", "en"],
            ),
            person("Olga Wagner", "Elterncafé", "", "", ["de", "ru"]),
        ],
        "cooperations": ["integrationsagentur"],
    },
    "kita-sonnenschein": {
        "fields": {
            "kind": "kita",
            "street": "Hansastraße 8",
            "postcode": "32052",
            "city": "Herford",
            "latitude": "52.113900",
            "longitude": "8.676800",
            "phone": "05221 / 45678",
            "step_free_access": "partly",
            "accessible_toilet": "no",
        },
        "topics": ["familienbildung"],
        "groups": ["kinder", "eltern"],
        "districts": ["innenstadt"],
        "languages": ["de", "en", "pl"],
        "tags": ["Kita", "Elterninformation"],
        "offers": [
            (
                "Elternabend mehrsprachig",
                "Zweimal im Jahr mit Dolmetschenden.",
                "familienbildung",
                "eltern",
                "de, pl",
            )
        ],
        "hours": [slot(MON_FRI, "07:30", "16:00"), SUMMER],
        "contacts": [person("Jana Kowalski", "Leitung", "05221 / 45678", "", ["de", "pl"])],
        "cooperations": ["familienzentrum-kita-ottelau"],
    },
    "kita-regenbogen-eickum": {
        "fields": {
            "kind": "kita",
            "street": "Eickumer Straße 40",
            "postcode": "32051",
            "city": "Herford",
            "latitude": "52.098600",
            "longitude": "8.641900",
            "phone": "05221 / 76543",
            "step_free_access": "yes",
            "accessible_toilet": "partly",
        },
        "topics": ["sprachkurs", "familienbildung"],
        "groups": ["kinder", "eltern"],
        "districts": ["eickum"],
        "languages": ["de", "tr"],
        "tags": ["Kita", "Sprachförderung", "Türkisch"],
        "offers": [
            (
                "Sprachförderung Deutsch und Türkisch",
                "Kleine Gruppen im Kita-Alltag.",
                "sprachkurs",
                "kinder",
                "de, tr",
            )
        ],
        "hours": [slot(MON_FRI, "07:00", "16:00"), SUMMER],
        "contacts": [person("Emre Yıldız", "Sprachfachkraft", "05221 / 76543", "", ["de", "tr"])],
        "cooperations": ["familienzentrum-kita-ottelau"],
    },
    "migrationsberatung": {
        "fields": {
            "kind": "counselling",
            "street": "Goebenstraße 3",
            "postcode": "32052",
            "city": "Herford",
            "latitude": "52.117800",
            "longitude": "8.668200",
            "phone": "05221 / 23456",
            "email": "mbe@example.org",
            "step_free_access": "yes",
            "accessible_toilet": "yes",
            "hearing_loop": "yes",
            "by_appointment": True,
            "hours_note": "Bitte vereinbaren Sie für die Beratung einen Termin.",
        },
        "topics": ["beratung", "arbeit", "sprachkurs"],
        "groups": ["familien", "frauen"],
        "districts": ["innenstadt"],
        "languages": ["de", "ru", "ar", "uk"],
        "tags": ["Aufenthalt", "Anerkennung", "Integrationskurs"],
        "offers": [
            (
                "Migrationsberatung",
                "Aufenthalt, Sprache, Arbeit und Familie.",
                "beratung",
                "familien",
                "de, ru, ar",
            ),
            ("Offene Sprechstunde", "Dienstags ohne Termin.", "beratung", "frauen", "de, uk, ru"),
        ],
        "hours": [slot(["1"], "09:00", "12:00"), slot(["3"], "14:00", "17:00"), CHRISTMAS],
        "contacts": [
            person(
                "Natalia Petrenko",
                "Migrationsberaterin",
                "05221 / 23456",
                "n.petrenko@example.org",
                ["de", "ru", "uk"],
            ),
            person("Omar Khalil", "Migrationsberater", "05221 / 23457", "", ["de", "ar"]),
        ],
        "cooperations": ["integrationsagentur"],
    },
    "jugendmigrationsdienst": {
        "fields": {
            "kind": "counselling",
            "street": "Radewiger Straße 15",
            "postcode": "32052",
            "city": "Herford",
            "latitude": "52.114900",
            "longitude": "8.663300",
            "phone": "05221 / 98765",
            "by_appointment": True,
        },
        "topics": ["beratung", "arbeit"],
        "groups": ["jugendliche"],
        "districts": ["innenstadt"],
        "languages": ["de", "en", "ar", "fa", "prs"],
        "tags": ["Ausbildung", "Schule"],
        "offers": [
            (
                "Bewerbungstraining",
                "Lebenslauf, Anschreiben, Vorstellungsgespräch.",
                "arbeit",
                "jugendliche",
                "de, ar, fa",
            )
        ],
        "hours": [slot(["0", "2"], "10:00", "16:00")],
        "contacts": [person("Jonas Becker", "Berater", "05221 / 98765", "", ["de", "en"])],
        "cooperations": ["migrationsberatung"],
    },
    "agentur-fuer-arbeit": {
        "fields": {
            "kind": "job_agency",
            "street": "Hansastraße 33",
            "postcode": "32049",
            "city": "Herford",
            "latitude": "52.111700",
            "longitude": "8.680900",
            "phone": "0800 4 5555 00",
            "website": "https://www.example.org/arbeitsagentur-herford",
            "step_free_access": "yes",
            "accessible_toilet": "yes",
            "hearing_loop": "yes",
        },
        "topics": ["arbeit", "beratung"],
        "groups": ["jugendliche", "frauen"],
        "districts": ["innenstadt"],
        "languages": ["de", "en"],
        "tags": ["Anerkennung", "Berufsberatung"],
        "offers": [
            (
                "Anerkennungsberatung",
                "Ausländische Abschlüsse anerkennen lassen.",
                "arbeit",
                "",
                "de, en",
            )
        ],
        "hours": [slot(MON_FRI, "08:00", "12:30"), slot(["3"], "14:00", "18:00")],
        "contacts": [],
        "cooperations": ["jugendmigrationsdienst", "migrationsberatung"],
    },
    "seniorenzentrum-stiftberg": {
        "fields": {
            "kind": "senior",
            "street": "Stiftbergstraße 20",
            "postcode": "32049",
            "city": "Herford",
            "latitude": "52.110300",
            "longitude": "8.683900",
            "phone": "05221 / 11223",
            "step_free_access": "yes",
            "accessible_toilet": "yes",
            "hearing_loop": "yes",
        },
        "topics": ["gesundheit", "sport"],
        "groups": ["senioren"],
        "districts": ["innenstadt", "falkendiek"],
        "languages": ["de", "tr", "ru"],
        "tags": ["Tagespflege", "kultursensible Pflege"],
        "offers": [
            (
                "Seniorengymnastik",
                "Sanfte Bewegung im Sitzen, donnerstags.",
                "sport",
                "senioren",
                "de, tr",
            )
        ],
        "hours": [slot(["0", "1", "2", "3", "4", "5", "6"], "10:00", "18:00")],
        "contacts": [person("Heike Brandt", "Sozialdienst", "05221 / 11223", "", ["de"])],
        "cooperations": [],
    },
    "tuerkischer-elternverein": {
        "fields": {
            "kind": "association",
            "street": "Bielefelder Straße 60",
            "postcode": "32051",
            "city": "Herford",
            "latitude": "52.105400",
            "longitude": "8.657300",
            "step_free_access": "no",
        },
        "topics": ["familienbildung", "elterncafe"],
        "groups": ["eltern", "kinder"],
        "districts": ["herringhausen", "eickum"],
        "languages": ["de", "tr", "kmr"],
        "tags": ["Hausaufgabenhilfe", "Migrantenselbstorganisation"],
        "offers": [
            (
                "Hausaufgabenhilfe",
                "Montags und mittwochs für Grundschulkinder.",
                "familienbildung",
                "kinder",
                "de, tr",
            )
        ],
        "hours": [slot(["0", "2"], "15:00", "18:00")],
        "contacts": [person("Mehmet Aksoy", "Vorsitzender", "0171 2345678", "", ["de", "tr"])],
        "cooperations": ["kita-regenbogen-eickum"],
    },
    "deutsch-russischer-kulturverein": {
        "fields": {
            "kind": "association",
            "street": "Mindener Straße 7",
            "postcode": "32049",
            "city": "Herford",
            "latitude": "52.124900",
            "longitude": "8.679200",
            "step_free_access": "partly",
        },
        "topics": ["sprachkurs", "sport"],
        "groups": ["familien", "senioren"],
        "districts": ["stedefreund"],
        "languages": ["de", "ru", "uk"],
        "tags": ["Kultur", "Chor"],
        "offers": [
            (
                "Deutschkurs für Anfänger",
                "Abends, mit Kinderbetreuung.",
                "sprachkurs",
                "familien",
                "de, ru",
            )
        ],
        "hours": [slot(["1", "3"], "17:00", "20:00")],
        "contacts": [person("Irina Schmidt", "Kursleitung", "", "", ["de", "ru"])],
        "cooperations": [],
    },
    "ukrainische-gemeinschaft": {
        "fields": {
            "kind": "association",
            "street": "Werrestraße 5",
            "postcode": "32049",
            "city": "Herford",
            "latitude": "52.119600",
            "longitude": "8.665500",
        },
        "topics": ["beratung", "familienbildung"],
        "groups": ["kinder", "familien"],
        "districts": ["diebrock"],
        "languages": ["uk", "ru", "de"],
        "tags": ["Übersetzungshilfe", "Geflüchtete"],
        "offers": [
            (
                "Übersetzungshilfe",
                "Hilfe bei Briefen von Ämtern.",
                "beratung",
                "familien",
                "uk, ru, de",
            )
        ],
        "hours": [slot(["5"], "11:00", "15:00")],
        "contacts": [person("Oksana Melnyk", "Ansprechpartnerin", "", "", ["uk", "ru", "de"])],
        "cooperations": ["deutsch-russischer-kulturverein", "migrationsberatung"],
    },
    "ehrenamtspool": {
        "fields": {
            "kind": "volunteering",
            "street": "Wittekindstraße 21",
            "postcode": "32051",
            "city": "Herford",
            "latitude": "52.116300",
            "longitude": "8.671200",
            "by_appointment": True,
        },
        "topics": ["ehrenamt"],
        "groups": ["ehrenamtliche"],
        "districts": ["innenstadt", "elverdissen"],
        "languages": ["de", "en", "ar", "fa"],
        "tags": ["Begleitung", "Vorlesen", "Patenschaft"],
        "offers": [
            (
                "Begleitung zu Behörden",
                "Ehrenamtliche gehen mit zu Terminen.",
                "ehrenamt",
                "familien",
                "de, ar, fa",
            )
        ],
        "hours": [],
        "contacts": [
            person("Samir Haddad", "Ehrenamtskoordination", "05221 / 56785", "", ["de", "ar"])
        ],
        "cooperations": ["integrationsagentur"],
    },
    "frauentreff-international": {
        "fields": {
            "kind": "association",
            "street": "Löhrstraße 11",
            "postcode": "32052",
            "city": "Herford",
            "latitude": "52.112800",
            "longitude": "8.672900",
            "step_free_access": "yes",
            "accessible_toilet": "no",
        },
        "topics": ["sprachkurs", "sport", "elterncafe"],
        "groups": ["frauen"],
        "districts": ["innenstadt"],
        "languages": ["de", "ar", "tr", "fa", "uk"],
        "tags": ["Sprachcafé", "Kinderbetreuung"],
        "offers": [
            (
                "Sprachcafé für Frauen",
                "Deutsch sprechen üben, Kinderbetreuung inklusive.",
                "sprachkurs",
                "frauen",
                "de, ar, tr",
            ),
            (
                "Schwimmkurs für Frauen",
                "In geschützter Atmosphäre im Hallenbad.",
                "sport",
                "frauen",
                "de",
            ),
        ],
        "hours": [slot(["2"], "09:30", "12:00"), slot(["4"], "15:00", "18:00")],
        "contacts": [person("Fatma Kaya", "Leitung", "05221 / 55667", "", ["de", "tr"])],
        "cooperations": ["integrationsagentur", "familienzentrum-kita-ottelau"],
    },
}


def _by_key(model, key, values, locale):
    found = {
        getattr(o, key): o for o in model.objects.filter(locale=locale, **{f"{key}__in": values})
    }
    return [found[v] for v in values if v in found]


def _stream(items):
    return [(kind, value) for kind, value in items]


def build_partner(slug, name, description, locale):
    """An unsaved, fully filled ``PartnerPage`` of the demo."""
    data = DETAILS[slug]
    page = PartnerPage(slug=slug, title=name, short_description=description, **data["fields"])
    page.body = f"<p>{description}</p>"
    page.opening_hours = _stream(data["hours"])
    page.contacts = _stream(data["contacts"])
    page.partner_topics = [
        PartnerTopic(topic=t) for t in _by_key(Topic, "slug", data["topics"], locale)
    ]
    page.partner_target_groups = [
        PartnerTargetGroup(target_group=t)
        for t in _by_key(TargetGroup, "slug", data["groups"], locale)
    ]
    page.partner_districts = [
        PartnerDistrict(district=t) for t in _by_key(District, "slug", data["districts"], locale)
    ]
    page.partner_languages = [
        PartnerLanguage(language=t) for t in _by_key(Language, "code", data["languages"], locale)
    ]
    topics = {t.slug: t for t in Topic.objects.filter(locale=locale)}
    groups = {t.slug: t for t in TargetGroup.objects.filter(locale=locale)}
    page.offers = [
        PartnerOffer(
            title=title,
            description=text,
            topic=topics.get(topic),
            target_group=groups.get(group),
            languages=languages,
            translation_key=uuid.uuid4(),
        )
        for title, text, topic, group, languages in data["offers"]
    ]
    page.tags.add(*data["tags"])
    return page


def add_cooperations(page, directory):
    slugs = DETAILS[page.slug]["cooperations"]
    if not slugs:
        return
    partners = {p.slug: p for p in PartnerPage.objects.child_of(directory).filter(slug__in=slugs)}
    page.cooperations = [PartnerCooperation(partner=partners[s]) for s in slugs if s in partners]


def load(stdout=None):
    locales = demo_locales()
    de = locales["de"]
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
        partner = directory.get_children().filter(slug=slug).first()
        if partner is None:
            partner = build_partner(slug, name, description, de)
            add_cooperations(partner, directory)
            directory.add_child(instance=partner)
            partner.save_revision().publish()
        else:
            partner = partner.specific
            if not partner.offers.exists() and partner.latitude is None:
                # A partner from an older demo run: enrich it once, keep what editors wrote.
                fresh = build_partner(slug, partner.title, partner.short_description, de)
                for field in [*DETAILS[slug]["fields"], "body", "opening_hours", "contacts"]:
                    setattr(partner, field, getattr(fresh, field))
                for relation in (
                    "partner_topics",
                    "partner_target_groups",
                    "partner_districts",
                    "partner_languages",
                    "offers",
                ):
                    setattr(partner, relation, list(getattr(fresh, relation).all()))
                partner.tags.add(*DETAILS[slug]["tags"])
                add_cooperations(partner, directory)
                partner.save_revision().publish()
        ensure_page_translations(partner, {"en": english, "ar": name}, locales)
    if stdout:
        stdout.write(f"  partners: directory /netzwerk/ with {len(PARTNERS)} partners")
