"""Scale data for benchmarks: events spread over the coming months, created in bulk.

A third of the events repeat weekly (some every second week, some until a date); their
occurrences are materialised in bulk after the pages are written.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.text import slugify

from wagtail_widunetz.core.bulk import bulk_add_children
from wagtail_widunetz.core.conf import get_setting

from . import occurrences
from .models import EventCalendarPage, EventPage

TITLES = [
    "Elterncafé",
    "Deutschkurs",
    "Sprachcafé",
    "Infoabend",
    "Netzwerktreffen",
    "Nähkurs",
    "Kochabend",
    "Bewerbungstraining",
    "Vorlesestunde",
    "Frauenfrühstück",
]
PLACES = ["Kita Ottelau", "Familienzentrum", "Stadtbibliothek", "Frauentreff", "Gemeindehaus"]


def get_calendar(root):
    calendar = EventCalendarPage.objects.descendant_of(root).first()
    if calendar is None:
        calendar = EventCalendarPage(title="Veranstaltungen", slug="veranstaltungen")
        root.add_child(instance=calendar)
    return calendar


def generate(root, count, rng):
    calendar = get_calendar(root)
    tz = ZoneInfo(get_setting("TIME_ZONE"))
    today = timezone.localdate(timezone=tz)
    start_index = calendar.numchild
    pages = []
    for i in range(start_index, start_index + count):
        title = f"{rng.choice(TITLES)} im {rng.choice(PLACES)}"
        day = today + datetime.timedelta(days=rng.randrange(-30, 365))
        start = datetime.datetime.combine(day, datetime.time(rng.choice([9, 10, 15, 17, 19])), tz)
        page = EventPage(
            title=title,
            slug=slugify(f"{title}-{i + 1}"),
            short_description=f"{title}: offen für alle, Eintritt frei.",
            start=start,
            end=start + datetime.timedelta(hours=rng.choice([1, 2, 3])),
        )
        if i % 3 == 0:
            page.repeat = "WEEKLY"
            page.repeat_interval = rng.choice([1, 1, 2])
            if rng.random() < 0.5:
                page.repeat_until = day + datetime.timedelta(weeks=rng.randrange(4, 40))
        pages.append(page)
    with occurrences.bulk_mode():
        bulk_add_children(calendar, pages)
    occurrences.materialise_many(pages)
    return len(pages)
