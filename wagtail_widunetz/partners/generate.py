"""Scale data for benchmarks: plausible German partner organisations, created in bulk."""

from django.utils.text import slugify

from wagtail_widunetz.core.bulk import bulk_add_children

from .models import PartnerDirectoryPage, PartnerPage

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
    for i in range(start, start + count):
        name = f"{rng.choice(KINDS)} {rng.choice(NAMES)}"
        pages.append(
            PartnerPage(
                title=name,
                slug=slugify(f"{name}-{i + 1}"),
                short_description=f"{name} bietet {rng.choice(OFFERS)} und {rng.choice(OFFERS)}.",
            )
        )
    bulk_add_children(directory, pages)
    return len(pages)
