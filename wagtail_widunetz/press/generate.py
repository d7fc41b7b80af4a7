"""Scale data for benchmarks: press releases over the past years, created in bulk, and one
clipping (press coverage) for every four releases."""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from wagtail_widunetz.core.bulk import bulk_add_children

from .models import MediaOutlet, PressClipping, PressReleasePage, PressRoomPage

OUTLETS = ["Neue Westfälische", "Herforder Kreisblatt", "Radio Herford", "Herford aktuell"]

SUBJECTS = [
    "Elterncafé",
    "Sprachkurs",
    "Netzwerktreffen",
    "Ehrenamtspreis",
    "Familienfest",
    "Beratungsangebot",
    "Kita-Verteilerkreis",
    "Kulturabend",
    "Sommerfest",
    "Fachtag",
]
VERBS = ["startet", "feiert Jubiläum", "sucht Ehrenamtliche", "zieht Bilanz", "lädt ein"]


def get_room(root):
    room = PressRoomPage.objects.descendant_of(root).first()
    if room is None:
        room = PressRoomPage(title="Presse", slug="presse")
        root.add_child(instance=room)
    return room


def generate(root, count, rng):
    room = get_room(root)
    now = timezone.now()
    start_index = room.numchild
    pages = []
    for i in range(start_index, start_index + count):
        title = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)}"
        pages.append(
            PressReleasePage(
                title=title,
                slug=slugify(f"{title}-{i + 1}"),
                date=now - datetime.timedelta(days=rng.randrange(0, 6 * 365)),
                lead=f"Herford. {title}: die Integrationsagentur berichtet.",
            )
        )
    bulk_add_children(room, pages)
    outlets = [MediaOutlet.objects.get_or_create(name=name)[0] for name in OUTLETS]
    today = timezone.localdate()
    clippings = [
        PressClipping(
            locale_id=room.locale_id,
            headline=f"{rng.choice(SUBJECTS)}: Bericht {i + 1}",
            outlet=rng.choice(outlets),
            published=today - datetime.timedelta(days=rng.randrange(0, 6 * 365)),
            excerpt="Die Zeitung berichtet über das Netzwerk.",
            pinned=False,
        )
        for i in range(count // 4)
    ]
    PressClipping.objects.bulk_create(clippings, batch_size=500)
    return len(pages) + len(clippings)
