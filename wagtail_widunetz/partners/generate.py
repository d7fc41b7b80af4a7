"""Scale data for benchmarks: plausible German partner organisations, created in bulk.

Each generated partner gets a kind, coordinates around Herford, opening hours and links to the
core vocabulary (topics, target groups, districts, languages) that exists in its locale, so
facet counts and filters are measured on realistic data.
"""

import uuid

from django.utils.text import slugify

from wagtail_widunetz.core.bulk import bulk_add_children
from wagtail_widunetz.core.models import District, Language, TargetGroup, Topic

from .models import (
    PartnerDirectoryPage,
    PartnerDistrict,
    PartnerKind,
    PartnerLanguage,
    PartnerPage,
    PartnerTargetGroup,
    PartnerTopic,
)

KINDS = [
    "Kita",
    "Familienzentrum",
    "Beratungsstelle",
    "Kulturverein",
    "Elternverein",
    "Seniorentreff",
    "Jugendtreff",
    "Sportverein",
    "Sprachschule",
    "Nachbarschaftshilfe",
]
NAMES = [
    "Sonnenschein",
    "Regenbogen",
    "Löwenzahn",
    "Am Stiftberg",
    "Kunterbunt",
    "Brücke",
    "Miteinander",
    "Lindenhof",
    "Werre",
    "Aa-Aue",
    "Radewig",
    "Neustadt",
    "Zukunft",
    "Anker",
]
OFFERS = [
    "Beratung für Familien",
    "Deutschkurse mit Kinderbetreuung",
    "ein offenes Elterncafé",
    "Hausaufgabenhilfe",
    "Begleitung zu Behörden",
    "Sport für Mädchen und Frauen",
    "Bewerbungstraining",
    "Treffen für Seniorinnen und Senioren",
]


def get_directory(root):
    directory = PartnerDirectoryPage.objects.descendant_of(root).first()
    if directory is None:
        directory = PartnerDirectoryPage(title="Netzwerk", slug="netzwerk")
        root.add_child(instance=directory)
    return directory


def generate(root, count, rng):
    directory = get_directory(root)
    start = directory.numchild
    pages = []
    kinds = [k for k, _label in PartnerKind.choices]
    for i in range(start, start + count):
        name = f"{rng.choice(KINDS)} {rng.choice(NAMES)}"
        opens = rng.choice(["08:00", "09:00", "10:00"])
        pages.append(
            PartnerPage(
                title=name,
                slug=slugify(f"{name}-{i + 1}"),
                short_description=f"{name} bietet {rng.choice(OFFERS)} und {rng.choice(OFFERS)}.",
                kind=rng.choice(kinds),
                city="Herford",
                postcode="32052",
                latitude=round(52.115 + rng.uniform(-0.03, 0.03), 6),
                longitude=round(8.673 + rng.uniform(-0.05, 0.05), 6),
                opening_hours=[
                    (
                        "slot",
                        {"weekdays": ["0", "1", "2", "3"], "opens": opens, "closes": "16:00"},
                    )
                ],
            )
        )
    bulk_add_children(directory, pages)
    add_facet_links(pages, directory.locale_id, rng)
    return len(pages)


def add_facet_links(pages, locale_id, rng):
    """Link each page to one or two terms of every facet (bulk inserts, no signals)."""
    vocab = [
        (PartnerTopic, "topic", list(Topic.objects.filter(locale_id=locale_id)), 2),
        (
            PartnerTargetGroup,
            "target_group",
            list(TargetGroup.objects.filter(locale_id=locale_id)),
            1,
        ),
        (PartnerDistrict, "district", list(District.objects.filter(locale_id=locale_id)), 1),
        (PartnerLanguage, "language", list(Language.objects.filter(locale_id=locale_id)), 2),
    ]
    for model, field, terms, most in vocab:
        if not terms:
            continue
        links = []
        for page in pages:
            for sort_order, term in enumerate(
                rng.sample(terms, min(len(terms), rng.randint(1, most)))
            ):
                links.append(
                    model(
                        page_id=page.pk,
                        locale_id=locale_id,
                        translation_key=uuid.uuid4(),
                        sort_order=sort_order,
                        **{field: term},
                    )
                )
        model.objects.bulk_create(links, batch_size=1000)
