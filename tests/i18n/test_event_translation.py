"""An event translated end to end: text translated, dates, rule and relations synchronised, and
the translation's occurrence rows written and kept in step with the German source."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from tests.factories import (
    EventCalendarPageFactory,
    LanguageFactory,
    PartnerDirectoryPageFactory,
    TargetGroupFactory,
    TopicFactory,
)
from tests.i18n.conftest import publish_edit
from wagtail_widunetz.events.models import (
    EventDateChange,
    EventLanguage,
    EventOccurrence,
    EventOrganiser,
    EventPage,
    EventTargetGroup,
    EventTopic,
    Venue,
)
from wagtail_widunetz.partners.models import PartnerPage

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")

STRINGS_AR = {
    "Sprachcafé": "مقهى اللغة",
    "Deutsch üben bei Kaffee und Tee.": "تدرّب على الألمانية مع القهوة والشاي.",
    "Wir sprechen langsam und freundlich.": "نتحدث ببطء وبلطف.",
    "Feiertag": "عطلة رسمية",
    "Frau Schmidt": "السيدة شميدت",
}


def next_weekday(weekday, hour, weeks=1):
    """A local datetime on ``weekday`` (0 = Monday) at least ``weeks`` weeks from now."""
    today = timezone.localtime(timezone.now(), BERLIN).date() + datetime.timedelta(weeks=weeks)
    day = today + datetime.timedelta(days=(weekday - today.weekday()) % 7)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=BERLIN)


def occurrence_rows(page):
    return list(
        EventOccurrence.objects.filter(page=page)
        .order_by("start")
        .values_list("start", "end", "recurrence_id", "all_day", "status")
    )


@pytest.fixture
def german(home):
    topic = TopicFactory(name="Sprachkurs", slug="sprachkurs")
    group = TargetGroupFactory(name="Erwachsene", slug="erwachsene")
    language = LanguageFactory(name="Arabisch", code="ar", endonym="العربية")
    venue = Venue.objects.create(
        name="Stadtbibliothek",
        street="Rathausplatz 2",
        postcode="32052",
        city="Herford",
        latitude=Decimal("52.114000"),
        longitude=Decimal("8.671000"),
        room_notes="Raum 2, erster Stock",
        accessibility="Aufzug vorhanden",
    )
    directory = PartnerDirectoryPageFactory(parent=home)
    partner = PartnerPage(title="Integrationsagentur", slug="integrationsagentur")
    directory.add_child(instance=partner)
    partner.save_revision().publish()
    calendar = EventCalendarPageFactory(parent=home)

    start = next_weekday(1, 15)  # a Tuesday, 15:00
    event = EventPage(
        title="Sprachcafé",
        slug="sprachcafe",
        start=start,
        end=start + datetime.timedelta(hours=2),
        short_description="Deutsch üben bei Kaffee und Tee.",
        body="<p>Wir sprechen langsam und freundlich.</p>",
        repeat="WEEKLY",
        repeat_weekdays=[1, 3],
        repeat_count=8,
        extra_dates=[(start + datetime.timedelta(days=5)).date()],  # RDATE (a Sunday)
        skipped_dates=[(start + datetime.timedelta(days=2)).date()],  # EXDATE (a Thursday)
        venue=venue,
        contact_name="Frau Schmidt",
        contact_phone="05221 / 56784",
        contact_email="sprachcafe@drk-herford.de",
        capacity=12,
        is_free=True,
    )
    event.date_changes = [
        EventDateChange(
            date=(start + datetime.timedelta(weeks=1)).date(),
            status="cancelled",
            reason="Feiertag",
        )
    ]
    event.event_topics = [EventTopic(topic=topic)]
    event.event_target_groups = [EventTargetGroup(target_group=group)]
    event.event_languages = [EventLanguage(language=language)]
    event.organisers = [EventOrganiser(partner=partner)]
    calendar.add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    return {
        "calendar": calendar,
        "event": event,
        "venue": venue,
        "topic": topic,
        "group": group,
        "language": language,
        "directory": directory,
        "partner": partner,
    }


@pytest.fixture
def arabic_event(german, translate, translated_home, arabic):
    translate(german["topic"], arabic, {"Sprachkurs": "دورة لغة"})
    translate(german["group"], arabic, {"Erwachsene": "البالغون"})
    translate(german["language"], arabic, {"Arabisch": "العربية"})
    translate(
        german["venue"],
        arabic,
        {
            "Stadtbibliothek": "مكتبة المدينة",
            "Raum 2, erster Stock": "الغرفة 2، الطابق الأول",
            "Aufzug vorhanden": "يوجد مصعد",
        },
    )
    translate(german["directory"], arabic, {"Netzwerk": "الشبكة"})
    translate(german["partner"], arabic, {"Integrationsagentur": "وكالة الاندماج"})
    translate(german["calendar"], arabic, {"Veranstaltungen": "الفعاليات"})
    return translate(german["event"], arabic, STRINGS_AR)


SYNCHRONISED = (
    "start",
    "end",
    "all_day",
    "status",
    "repeat",
    "repeat_interval",
    "repeat_weekdays",
    "repeat_monthly",
    "repeat_until",
    "repeat_count",
    "extra_dates",
    "skipped_dates",
    "attendance_mode",
    "online_url",
    "is_free",
    "registration",
    "capacity",
    "contact_phone",
    "contact_email",
)


def same(a, b):
    if isinstance(a, datetime.datetime):
        return a.replace(microsecond=0) == b.replace(microsecond=0)
    return a == b


def test_translation_translates_text_and_synchronises_dates_and_rule(german, arabic_event):
    event, event_ar = german["event"], arabic_event
    assert event_ar.live and event_ar.title == "مقهى اللغة"
    assert event_ar.short_description == "تدرّب على الألمانية مع القهوة والشاي."
    assert "نتحدث ببطء وبلطف." in event_ar.body
    assert event_ar.contact_name == "السيدة شميدت"
    for field in SYNCHRONISED:
        assert same(getattr(event_ar, field), getattr(event, field)), field
    assert event_ar.venue.name == "مكتبة المدينة"
    assert event_ar.venue.translation_key == german["venue"].translation_key
    (change,) = event_ar.date_changes.all()
    assert (change.date, change.status, change.reason) == (
        event.date_changes.get().date,
        "cancelled",
        "عطلة رسمية",
    )
    assert EventTopic.objects.get(page=event_ar).topic.name == "دورة لغة"
    assert EventTargetGroup.objects.get(page=event_ar).target_group.locale == event_ar.locale
    assert EventLanguage.objects.get(page=event_ar).language.locale == event_ar.locale
    # Organisers point at the German partner; the page shows its translation (see below).
    assert EventOrganiser.objects.get(page=event_ar).partner_id == german["partner"].pk


def test_translation_has_the_same_occurrences_in_its_locale(german, arabic_event):
    event, event_ar = german["event"], arabic_event
    rows, rows_ar = occurrence_rows(event), occurrence_rows(event_ar)
    assert len(rows) == 8  # 8 by the rule, one skipped (EXDATE), one added (RDATE)
    assert rows_ar == rows
    assert set(
        EventOccurrence.objects.filter(page=event_ar).values_list("locale_id", flat=True)
    ) == {event_ar.locale_id}
    cancelled = EventOccurrence.objects.get(page=event_ar, status="cancelled")
    assert cancelled.reason == "عطلة رسمية"
    start = event.start.astimezone(BERLIN)
    starts = [r[0].astimezone(BERLIN).date() for r in rows_ar]
    assert start.date() + datetime.timedelta(days=2) not in starts  # EXDATE
    assert start.date() + datetime.timedelta(days=5) in starts  # RDATE


def test_arabic_event_page_calendar_and_month(client, german, arabic_event):
    response = client.get("/ar/veranstaltungen/sprachcafe/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    for text in (
        "مقهى اللغة",
        "تدرّب على الألمانية",
        "مكتبة المدينة",
        "الغرفة 2، الطابق الأول",
        "يوجد مصعد",
        "وكالة الاندماج",  # the organiser in Arabic
        "دورة لغة",
        "البالغون",
        "عطلة رسمية",
        "السيدة شميدت",
    ):
        assert text in html, text
    assert 'href="/ar/netzwerk/integrationsagentur/"' in html
    assert 'dir="ltr">05221 / 56784</a>' in html
    assert '<span class="wn-email" dir="ltr"' in html
    assert "Stadtbibliothek" not in html

    listing = client.get("/ar/veranstaltungen/").content.decode()
    assert listing.count('href="/ar/veranstaltungen/sprachcafe/"') >= 1
    assert "Sprachcafé" not in listing
    month = arabic_event.start.astimezone(BERLIN)
    grid = client.get(f"/ar/veranstaltungen/{month:%Y}/{month:%m}/")
    assert grid.status_code == 200
    assert "مقهى اللغة" in grid.content.decode()


def test_resync_follows_rule_and_date_changes(client, german, arabic_event, resync):
    event = EventPage.objects.get(pk=german["event"].pk)
    new_start = next_weekday(2, 17, weeks=2)  # Wednesdays at 17:00 now
    event.date_changes = [
        EventDateChange(
            date=(new_start + datetime.timedelta(weeks=2)).date(),
            status="moved",
            new_start=new_start + datetime.timedelta(weeks=2, hours=1),
            new_end=new_start + datetime.timedelta(weeks=2, hours=3),
            reason="Raumwechsel",
        )
    ]
    event.organisers = []
    publish_edit(
        event,
        start=new_start,
        end=new_start + datetime.timedelta(hours=1, minutes=30),
        repeat_weekdays=[2],
        repeat_count=None,
        repeat_until=(new_start + datetime.timedelta(weeks=5)).date(),
        extra_dates=[],
        skipped_dates=[(new_start + datetime.timedelta(weeks=1)).date()],
        venue=None,
        attendance_mode="online",
        online_url="https://meet.example.org/sprachcafe",
        contact_phone="05221 / 12345",
        short_description="Deutsch üben, jetzt online.",
    )
    rows = occurrence_rows(event)
    assert len(rows) == 5  # six Wednesdays until the end, one skipped

    event_ar = resync(event, {"ar": {"Raumwechsel": "تغيير القاعة"}})["ar"]
    event_ar = EventPage.objects.get(pk=event_ar.pk)
    for field in SYNCHRONISED:
        assert same(getattr(event_ar, field), getattr(event, field)), field
    assert event_ar.venue is None
    assert event_ar.title == "مقهى اللغة"  # unchanged text keeps its translation
    assert event_ar.short_description == "Deutsch üben, jetzt online."  # new text: German
    assert not event_ar.organisers.exists()
    (change,) = event_ar.date_changes.all()
    assert (change.status, change.reason) == ("moved", "تغيير القاعة")
    assert same(change.new_start, event.date_changes.get().new_start)
    # The Arabic rows were rewritten from the new rule when the translation was published.
    assert occurrence_rows(event_ar) == rows
    moved = EventOccurrence.objects.get(page=event_ar, status="moved")
    assert moved.reason == "تغيير القاعة"
    html = client.get("/ar/veranstaltungen/sprachcafe/").content.decode()
    assert "تغيير القاعة" in html and "مكتبة المدينة" not in html


def test_all_day_event_in_turkish(client, german, translate, translated_home, turkish):
    calendar = german["calendar"]
    day = next_weekday(5, 0).date()  # a Saturday
    start = datetime.datetime.combine(day, datetime.time(), tzinfo=BERLIN)
    event = EventPage(
        title="Stadtteilfest",
        slug="stadtteilfest",
        start=start,
        end=start + datetime.timedelta(days=1),
        all_day=True,
        repeat="YEARLY",
        repeat_count=2,
    )
    calendar.add_child(instance=event)
    event.save_revision().publish()
    translate(calendar, turkish, {"Veranstaltungen": "Etkinlikler"})
    event_tr = translate(event, turkish, {"Stadtteilfest": "Mahalle şenliği"})
    assert event_tr.all_day and event_tr.repeat == "YEARLY" and event_tr.repeat_count == 2
    rows = occurrence_rows(event_tr)
    assert rows == occurrence_rows(event) and len(rows) == 2
    assert all(row[3] for row in rows)  # all day
    html = client.get("/tr/veranstaltungen/stadtteilfest/").content.decode()
    assert '<html lang="tr" dir="ltr">' in html and "Mahalle şenliği" in html
    assert f'<time datetime="{day:%Y-%m-%d}">' in html
