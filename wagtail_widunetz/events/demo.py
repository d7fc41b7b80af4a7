"""Demo events of the Herford network: a month of courses, parent cafés and meetings.

Weekly and monthly series (one with a cancelled date), a multi-day family weekend, and the
Kita Ottelau's own calendar imported from a local iCalendar file as a partner feed. Dates are
relative to the day the demo is loaded; every step looks before it writes.
"""

import datetime
from pathlib import Path

from django.utils import timezone

from wagtail_widunetz.core.demo import (
    demo_home,
    demo_locales,
    ensure_page,
    ensure_page_translations,
)
from wagtail_widunetz.core.models import Language, TargetGroup, Topic
from wagtail_widunetz.core.translation import ensure_translation

from .importer import import_feed
from .models import (
    EventCalendarPage,
    EventDateChange,
    EventLanguage,
    EventOrganiser,
    EventPage,
    EventTargetGroup,
    EventTopic,
    PartnerFeed,
    Venue,
    widunetz_tz,
)

FEED_FILE = Path(__file__).parent / "fixtures" / "kita-ottelau.ics"

CALENDAR_TITLES = {
    "en": "Events",
    "tr": "Etkinlikler",
    "ar": "الفعاليات",
    "ru": "Мероприятия",
    "uk": "Події",
}

VENUES = [
    {
        "name": "Familienzentrum DRK Kita Ottelau",
        "street": "Ottelau 12",
        "postcode": "32052",
        "city": "Herford",
        "latitude": "52.121500",
        "longitude": "8.659800",
        "accessibility": "Stufenloser Eingang, barrierefreies WC im Erdgeschoss.",
        "room_notes": "Elterncafé-Raum im Erdgeschoss, Eingang über den Garten.",
    },
    {
        "name": "DRK-Kreisverband Herford-Stadt",
        "street": "Wittekindstraße 21",
        "postcode": "32051",
        "city": "Herford",
        "latitude": "52.116200",
        "longitude": "8.670900",
        "accessibility": "Aufzug vorhanden.",
        "room_notes": "Seminarraum im 1. Obergeschoss.",
    },
]

# slug, title, titles (en, tr, ar, ru, uk), description, venue index, organiser slug,
# weekday (0 = Monday) of the first date, start hour, hours, extra fields, topics, groups,
# languages
SERIES = [
    (
        "internationales-elterncafe",
        "Internationales Elterncafé",
        [
            "International parents' café",
            "Uluslararası veli kafesi",
            "مقهى الأهل الدولي",
            "Международное кафе для родителей",
            "Міжнародне кафе для батьків",
        ],
        "Eltern treffen sich in der Kita Ottelau, mit Kinderbetreuung und Dolmetscherinnen.",
        0,
        "familienzentrum-kita-ottelau",
        1,
        15,
        2,
        {"repeat": "WEEKLY"},
        ["elterncafe", "familienbildung"],
        ["eltern", "familien"],
        ["de", "tr", "ar"],
    ),
    (
        "deutschkurs-fuer-muetter",
        "Deutschkurs für Mütter",
        [
            "German course for mothers",
            "Anneler için Almanca kursu",
            "دورة ألمانية للأمهات",
            "Курс немецкого для мам",
            "Курс німецької для мам",
        ],
        "Deutsch lernen mit Kinderbetreuung, Niveau A1 bis A2. Anmeldung im Familienzentrum.",
        0,
        "familienzentrum-kita-ottelau",
        0,
        9,
        2,
        {
            "repeat": "WEEKLY",
            "repeat_weekdays": [0, 2],
            "repeat_count": 16,
            "registration": "required",
            "capacity": 12,
        },
        ["sprachkurs"],
        ["frauen", "eltern"],
        ["de"],
    ),
    (
        "netzwerktreffen-widunetz",
        "Netzwerktreffen Widunetz",
        [
            "Widunetz network meeting",
            "Widunetz ağ toplantısı",
            "لقاء شبكة Widunetz",
            "Встреча сети Widunetz",
            "Зустріч мережі Widunetz",
        ],
        "Die Partner des Netzwerks tauschen sich aus und planen gemeinsame Angebote.",
        1,
        "integrationsagentur",
        2,
        10,
        2,
        {"repeat": "MONTHLY", "repeat_monthly": "nth", "registration": "welcome"},
        ["ehrenamt"],
        ["ehrenamtliche"],
        ["de"],
    ),
    (
        "sprachcafe-frauentreff",
        "Sprachcafé im Frauentreff",
        [
            "Language café at the women's meeting point",
            "Kadın buluşmasında dil kafesi",
            "مقهى اللغة في ملتقى النساء",
            "Языковое кафе в женском клубе",
            "Мовне кафе в жіночому клубі",
        ],
        "Deutsch sprechen üben bei Tee und Kuchen.",
        1,
        "integrationsagentur",
        3,
        16,
        2,
        {"repeat": "WEEKLY"},
        ["sprachkurs"],
        ["frauen"],
        ["de", "ru", "uk"],
    ),
    (
        "familienwochenende",
        "Interkulturelles Familienwochenende",
        [
            "Intercultural family weekend",
            "Kültürlerarası aile hafta sonu",
            "عطلة نهاية أسبوع عائلية بين الثقافات",
            "Межкультурные семейные выходные",
            "Міжкультурні сімейні вихідні",
        ],
        "Drei Tage mit Spielen, Kochen und Ausflügen für Familien aus aller Welt.",
        None,
        "integrationsagentur",
        4,
        0,
        0,
        {
            "all_day": True,
            "is_free": False,
            "price": "20 € pro Familie",
            "registration": "required",
        },
        ["familienbildung", "sport"],
        ["familien", "kinder"],
        ["de", "en"],
    ),
]


def ensure_venue(data, locale):
    venue = Venue.objects.filter(locale=locale, name=data["name"]).first()
    if venue is None:
        venue = Venue.objects.create(locale=locale, **data)
    return venue


def _links(model, field, slugs, snippet_model, key, locale):
    found = {getattr(s, key): s for s in snippet_model.objects.filter(locale=locale)}
    return [model(**{field: found[slug]}) for slug in slugs if slug in found]


def first_on(weekday, today, weeks_ahead=0):
    return today + datetime.timedelta(days=(weekday - today.weekday()) % 7 or 7, weeks=weeks_ahead)


def load(stdout=None):
    from wagtail_widunetz.partners.models import PartnerPage

    locales = demo_locales()
    de = locales["de"]
    calendar, _ = ensure_page(
        demo_home(),
        EventCalendarPage,
        "veranstaltungen",
        title="Veranstaltungen",
        show_in_menus=True,
        intro="<p>Kurse, Elterncafés, Sprachkurse und Treffen der Partner im Netzwerk.</p>",
    )
    ensure_page_translations(calendar, CALENDAR_TITLES, locales)
    venues = [ensure_venue(data, de) for data in VENUES]
    for venue in venues:
        for code, locale in locales.items():
            if code != "de":
                ensure_translation(venue, locale)
    partners = {p.slug: p for p in PartnerPage.objects.filter(locale=de)}

    tz = widunetz_tz()
    today = timezone.localdate(timezone=tz)
    created = 0
    for (
        slug,
        title,
        titles,
        description,
        venue_index,
        organiser,
        weekday,
        hour,
        hours,
        extra,
        topics,
        groups,
        languages,
    ) in SERIES:
        if calendar.get_children().filter(slug=slug).exists():
            continue
        extra = dict(extra)
        if extra.get("all_day"):
            day = first_on(weekday, today, weeks_ahead=2)
            start = datetime.datetime.combine(day, datetime.time(), tzinfo=tz)
            end = start + datetime.timedelta(days=2)
        else:
            day = first_on(weekday, today)
            start = datetime.datetime.combine(day, datetime.time(hour), tzinfo=tz)
            end = start + datetime.timedelta(hours=hours)
        fields = {
            "title": title,
            "short_description": description,
            "start": start,
            "end": end,
            "venue": venues[venue_index] if venue_index is not None else None,
            "contact_name": "Integrationsagentur des DRK Herford",
            "contact_email": "integration@drk-herford.de",
            "event_topics": _links(EventTopic, "topic", topics, Topic, "slug", de),
            "event_target_groups": _links(
                EventTargetGroup, "target_group", groups, TargetGroup, "slug", de
            ),
            "event_languages": _links(EventLanguage, "language", languages, Language, "code", de),
            **extra,
        }
        if organiser in partners:
            fields["organisers"] = [EventOrganiser(partner=partners[organiser])]
        if slug == "internationales-elterncafe":
            fields["date_changes"] = [
                EventDateChange(
                    date=day + datetime.timedelta(weeks=2),
                    status="cancelled",
                    reason="Die Kita ist wegen eines Teamtags geschlossen.",
                )
            ]
        page, was_created = ensure_page(calendar, EventPage, slug, **fields)
        created += was_created
        extra_strings = {}
        if slug == "internationales-elterncafe":
            extra_strings = {
                "en": {
                    "Die Kita ist wegen eines Teamtags geschlossen.": "The day-care centre is closed for a staff day."
                }
            }
        ensure_page_translations(
            page,
            dict(zip(["en", "tr", "ar", "ru", "uk"], titles, strict=True)),
            locales,
            extra_strings,
        )

    feed = PartnerFeed.objects.filter(calendar=calendar, name="Kalender der Kita Ottelau").first()
    imported = ""
    if feed is None and FEED_FILE.exists():
        topic = Topic.objects.filter(locale=de, slug="familienbildung").first()
        feed = PartnerFeed.objects.create(
            calendar=calendar,
            name="Kalender der Kita Ottelau",
            url="https://kita-ottelau.example/kalender.ics",
            organiser=partners.get("familienzentrum-kita-ottelau"),
            default_topic=topic,
            categories="Familie, Kinder",
            enabled=False,  # the demo's feed is a local file; a real feed would be enabled
        )
        result = import_feed(feed, data=FEED_FILE.read_bytes())
        imported = f", partner feed: {result.summary().splitlines()[0]}"
    if stdout:
        stdout.write(f"  events: calendar /veranstaltungen/, {created} new series{imported}")
