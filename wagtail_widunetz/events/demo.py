"""Demo events of the Herford network: a month of courses, parent cafés and classes."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.demo import (
    demo_home,
    demo_locales,
    ensure_page,
    ensure_page_translations,
)

from .models import EventCalendarPage, EventPage

CALENDAR_TITLES = {
    "en": "Events",
    "tr": "Etkinlikler",
    "ar": "الفعاليات",
    "ru": "Мероприятия",
    "uk": "Події",
}

# slug, title, short description, weekday (0 = Monday), start hour, duration in hours
SERIES = [
    (
        "elterncafe",
        "Internationales Elterncafé",
        "Eltern treffen sich in der Kita Ottelau, mit Kinderbetreuung und Dolmetscherinnen.",
        1,
        15,
        2,
    ),
    (
        "deutschkurs-muetter",
        "Deutschkurs für Mütter",
        "Deutsch lernen mit Kinderbetreuung, Niveau A1 bis A2.",
        2,
        9,
        2,
    ),
    (
        "sprachcafe",
        "Sprachcafé im Frauentreff",
        "Deutsch sprechen üben bei Tee und Kuchen.",
        3,
        16,
        2,
    ),
    (
        "hausaufgabenhilfe",
        "Hausaufgabenhilfe des Elternvereins",
        "Ehrenamtliche helfen Grundschulkindern bei den Hausaufgaben.",
        0,
        14,
        2,
    ),
]


def load(stdout=None):
    locales = demo_locales()
    calendar, _ = ensure_page(
        demo_home(),
        EventCalendarPage,
        "veranstaltungen",
        title="Veranstaltungen",
        show_in_menus=True,
        intro="<p>Kurse, Elterncafés, Sprachkurse und Treffen der Partner im Netzwerk.</p>",
    )
    ensure_page_translations(calendar, CALENDAR_TITLES, locales)

    tz = ZoneInfo(get_setting("TIME_ZONE"))
    today = timezone.localdate(timezone=tz)
    created = 0
    for slug, title, description, weekday, hour, hours in SERIES:
        # The next four weekly dates; one page each until recurrence lands (issue 4).
        first = today + datetime.timedelta(days=(weekday - today.weekday()) % 7 or 7)
        for week in range(4):
            day = first + datetime.timedelta(weeks=week)
            start = datetime.datetime.combine(day, datetime.time(hour), tzinfo=tz)
            _page, was_created = ensure_page(
                calendar,
                EventPage,
                f"{slug}-{week + 1}",
                title=title,
                short_description=description,
                start=start,
                end=start + datetime.timedelta(hours=hours),
            )
            created += was_created
    if stdout:
        stdout.write(f"  events: calendar /veranstaltungen/, {created} new events")
