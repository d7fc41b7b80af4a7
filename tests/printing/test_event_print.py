"""Printed flyers of an event and of a filtered calendar."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.events.helpers import make_events
from tests.factories import EventCalendarPageFactory, TopicFactory
from wagtail_widunetz.events.models import EventTopic
from wagtail_widunetz.events.printing import EVENT_DATES

pytestmark = pytest.mark.django_db


def soon(days=2, hour=15):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def calendar(home, chapter):
    return EventCalendarPageFactory(parent=home)


def publish(parent, topics=(), **fields):
    from wagtail_widunetz.events.models import EventPage

    fields.setdefault("end", fields["start"] + datetime.timedelta(hours=2))
    page = EventPage(**fields)
    for topic in topics:
        page.event_topics.add(EventTopic(topic=topic))
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def cafe(calendar):
    return publish(
        calendar,
        title="Internationales Elterncafé",
        slug="elterncafe",
        start=soon(2),
        repeat="WEEKLY",
        repeat_weekdays=[soon(2).weekday()],
        short_description="Eltern treffen sich bei Tee und Kuchen, mit Dolmetscherinnen.",
        contact_name="Fatma Yılmaz",
        contact_phone="05221 56784",
    )


def sheets(html):
    return re.findall(r'<article class="wn-sheet" lang="([^"]+)" dir="([^"]+)"', html)


def test_event_flyer(client, cafe):
    response = client.get(cafe.url + "print/")
    assert response.status_code == 200
    html = response.content.decode()
    assert sheets(html) == [("de", "ltr")]
    for text in (
        "Internationales Elterncafé",
        "Eltern treffen sich bei Tee und Kuchen",
        "Fatma Yılmaz",
        "DRK-Kreisverband Herford-Stadt e.V.",
        f"localhost{cafe.url}",
    ):
        assert text in html, text
    # at most EVENT_DATES dates of the weekly series, and a hint that there are more
    assert len(re.findall(r"<li>(?:<del>)?<time", html)) == EVENT_DATES
    assert 'class="wn-sheet__more"' in html


def test_event_flyer_languages(client, cafe):
    html = client.get(cafe.url + "print/?lang=ar&lang=de").content.decode()
    # no Arabic translation: German content with an Arabic note, German sheet attributes
    assert sheets(html) == [("de", "ltr"), ("de", "ltr")]
    assert '<p class="wn-sheet__note" lang="ar" dir="rtl">' in html
    assert client.get(cafe.url + "print/?lang=zz").status_code == 400


@pytest.fixture
def topics(db):
    return {
        "sprache": TopicFactory(name="Sprachkurs", slug="sprache"),
        "eltern": TopicFactory(name="Elterncafé", slug="eltern"),
    }


def test_calendar_flyer_lists_the_filtered_dates(client, calendar, topics):
    publish(calendar, title="Deutschkurs A1", slug="a1", start=soon(1), topics=[topics["sprache"]])
    publish(
        calendar,
        title="Elternfrühstück",
        slug="fruehstueck",
        start=soon(3),
        topics=[topics["eltern"]],
    )
    publish(calendar, title="Deutschkurs B1", slug="b1", start=soon(40), topics=[topics["sprache"]])
    day_to = (timezone.localdate() + datetime.timedelta(days=10)).isoformat()
    response = client.get(calendar.url + "print/", {"topic": "sprache", "to": day_to})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deutschkurs A1" in html
    assert "Elternfrühstück" not in html
    assert "Deutschkurs B1" not in html
    # the QR code leads to the same selection online, without the print parameters
    assert f"localhost{calendar.url}?topic=sprache&amp;to={day_to}" in html


def test_calendar_flyer_is_capped_with_more_online(client, calendar, settings):
    settings.WIDUNETZ_PRINT_CALENDAR_ITEMS = 3
    for i in range(5):
        publish(calendar, title=f"Kurs {i}", slug=f"kurs-{i}", start=soon(i + 1))
    html = client.get(calendar.url + "print/").content.decode()
    assert len(re.findall(r"Kurs \d", html)) == 3
    assert 'class="wn-sheet__more"' in html


@pytest.mark.parametrize(
    "query",
    ["from=gestern", "from=2026-02-30", "to=2026-01-01&from=2026-02-01", "lang=xx", "q=%00"],
)
def test_calendar_flyer_bad_input_is_400(client, calendar, query):
    response = client.get(calendar.url + "print/?" + query)
    assert response.status_code == 400


def test_calendar_and_event_pages_offer_the_print_form(client, cafe, calendar):
    assert f'action="{cafe.url}print/"' in client.get(cafe.url).content.decode()
    html = client.get(calendar.url, {"topic": "sprache"}).content.decode()
    assert f'action="{calendar.url}print/"' in html
    assert '<input type="hidden" name="topic" value="sprache">' in html


# -- query counts ------------------------------------------------------------------------------


def count(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


# Event flyer: Wagtail routing (9 for a page two levels below the home page) + translations +
# chapter; per sheet the event context (dates, organisers, facets; venue and image when set).
EVENT_PRINT_BASE = 11
EVENT_PRINT_PER_LANGUAGE = 3
# Calendar flyer: routing (7) + translations + chapter; per sheet the dates (one query with the
# filter subqueries).
CALENDAR_PRINT_BASE = 9
CALENDAR_PRINT_PER_LANGUAGE = 1


def test_print_query_counts_do_not_grow_from_10_to_1000_events(client, calendar):
    first = make_events(calendar, 10)
    paths = {
        "event": first[0].url + "print/",
        "event_3": first[0].url + "print/?lang=de&lang=ar&lang=tr",
        "calendar": calendar.url + "print/",
        "calendar_filtered": calendar.url + "print/?topic=x&q=termin",
        "calendar_3": calendar.url + "print/?lang=de&lang=ar&lang=tr",
    }
    at_10 = {name: count(client, path) for name, path in paths.items()}
    make_events(calendar, 990, offset=10)
    at_1000 = {name: count(client, path) for name, path in paths.items()}
    print("print queries:", at_1000)
    assert at_10 == at_1000
    assert at_1000["event"] <= EVENT_PRINT_BASE + EVENT_PRINT_PER_LANGUAGE
    assert at_1000["event_3"] <= EVENT_PRINT_BASE + 3 * EVENT_PRINT_PER_LANGUAGE
    assert at_1000["calendar"] <= CALENDAR_PRINT_BASE + CALENDAR_PRINT_PER_LANGUAGE
    assert at_1000["calendar_filtered"] <= CALENDAR_PRINT_BASE + CALENDAR_PRINT_PER_LANGUAGE
    assert at_1000["calendar_3"] <= CALENDAR_PRINT_BASE + 3 * CALENDAR_PRINT_PER_LANGUAGE
