"""What visitors get: list, month grid, event page, feeds; bad input; query counts."""

import datetime
import json
import re

import icalendar
import pytest
import recurring_ical_events
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from tests.factories import LanguageFactory, TopicFactory
from wagtail_widunetz.events.models import EventLanguage, EventOccurrence
from wagtail_widunetz.events.text import describe

from .conftest import BERLIN, local
from .helpers import make_events, soon

pytestmark = pytest.mark.django_db


def html(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# -- list ----------------------------------------------------------------------------------


def test_list_groups_upcoming_dates_by_day(client, calendar, publish):
    publish(calendar, title="Elterncafé", start=soon(2), repeat="WEEKLY", repeat_count=3)
    publish(calendar, title="Sprachkurs", start=soon(2, 9))
    text = html(client.get(calendar.url))
    day = soon(2).date().isoformat()
    assert text.count(f'<h2 id="day-{day}">') == 1
    assert text.count('class="wn-card"') == 4
    assert text.index("Sprachkurs") < text.index("Elterncafé")  # 9:00 before 15:00


def test_running_multi_day_event_stays_listed_until_it_ends(client, calendar, publish):
    publish(
        calendar,
        title="Ferienfreizeit",
        start=timezone.now() - datetime.timedelta(days=1),
        end=timezone.now() + datetime.timedelta(days=1),
    )
    publish(
        calendar,
        title="Vorbei",
        start=timezone.now() - datetime.timedelta(days=3),
        end=timezone.now() - datetime.timedelta(days=2),
    )
    text = html(client.get(calendar.url))
    assert "Ferienfreizeit" in text and "Vorbei" not in text


def test_cancelled_date_is_struck_through_with_its_reason(client, calendar, publish):
    first = soon(2)
    publish(
        calendar,
        start=first,
        repeat="WEEKLY",
        repeat_count=2,
        changes=[{"date": first.date(), "status": "cancelled", "reason": "Betriebsausflug"}],
    )
    text = html(client.get(calendar.url))
    assert re.search(r"<del>.*?</del>\s*<strong class=\"wn-status\">", text, re.S)
    assert "Betriebsausflug" in text


def test_filters_topic_language_query_and_dates(client, calendar, publish):
    cafe = TopicFactory(name="Elterncafé", slug="elterncafe")
    course = TopicFactory(name="Sprachkurs", slug="sprachkurs")
    arabic = LanguageFactory()
    a = publish(calendar, title="Elterncafé Ottelau", start=soon(2), topics=[cafe])
    b = publish(calendar, title="Deutschkurs", start=soon(9), topics=[course])
    b.event_languages.add(EventLanguage(language=arabic))
    b.save_revision().publish()
    assert "Deutschkurs" not in html(client.get(calendar.url, {"topic": "elterncafe"}))
    assert "Elterncafé Ottelau" in html(client.get(calendar.url, {"topic": "elterncafe"}))
    only_ar = html(client.get(calendar.url, {"language": "ar"}))
    assert "Deutschkurs" in only_ar and "Elterncafé Ottelau" not in only_ar
    assert "Elterncafé Ottelau" not in html(client.get(calendar.url, {"q": "deutsch"}))
    later = (soon(5)).date().isoformat()
    assert a.title not in html(client.get(calendar.url, {"from": later}))
    assert b.title not in html(client.get(calendar.url, {"to": later}))


def test_unknown_facet_values_are_ignored_with_a_note(client, calendar, publish):
    publish(calendar, start=soon())
    text = html(client.get(calendar.url, {"topic": "gibt-es-nicht"}))
    assert 'class="wn-note"' in text and "gibt-es-nicht" in text
    assert 'class="wn-card"' in text


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2026-13-01"},
        {"from": "0000-01-01"},
        {"to": "99999-01-01"},
        {"from": "gestern"},
        {"from": "2026-05-10", "to": "2026-05-01"},
        {"page": "0"},
        {"page": "abc"},
        {"q": "x" * 300},
        {"q": "a\x00b"},
        {"topic": ["a"] * 40},
    ],
)
def test_hostile_list_parameters_are_400(client, calendar, params):
    assert client.get(calendar.url, params).status_code == 400


def test_private_events_are_not_listed(client, calendar, publish):
    visible = publish(calendar, title="Offen", start=soon())
    hidden = publish(calendar, title="Intern", start=soon())
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    text = html(client.get(calendar.url))
    assert visible.title in text and "Intern" not in text
    assert "Intern" not in client.get(calendar.url + "ical/").content.decode()


# -- month grid ------------------------------------------------------------------------------


def test_month_grid_is_a_table_with_caption_headers_and_today(client, calendar, publish):
    start = soon(1)
    publish(calendar, title="Elterncafé", start=start)
    today = timezone.localdate(timezone=BERLIN)
    text = html(client.get(f"{calendar.url}{today.year:04d}/{today.month:02d}/"))
    assert "<caption>" in text and text.count('<th scope="col">') == 7
    assert "Montag" in text and "Sonntag" in text
    assert text.count('aria-current="date"') == 1
    assert 'rel="prev"' in text and 'rel="next"' in text
    month_of_event = html(client.get(f"{calendar.url}{start.year:04d}/{start.month:02d}/"))
    assert "Elterncafé" in month_of_event


def test_multi_day_event_fills_each_of_its_days(client, calendar, publish):
    year = timezone.localdate().year + 1
    publish(
        calendar, title="Sommerfest", start=local(year, 7, 30), end=local(year, 8, 2), all_day=True
    )
    july = html(client.get(f"{calendar.url}{year}/07/"))
    august = html(client.get(f"{calendar.url}{year}/08/"))
    assert july.count("Sommerfest") == 2 and august.count("Sommerfest") == 2


@pytest.mark.parametrize(
    "path, status",
    [("2026/13/", 404), ("0000/01/", 404), ("99999/01/", 404), ("2026/00/", 404), ("2026/1/", 404)],
)
def test_impossible_months_are_404(client, calendar, path, status):
    assert client.get(calendar.url + path).status_code == status


# -- event page ------------------------------------------------------------------------------


def jsonld_events(text):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
        data = json.loads(block)
        if isinstance(data, list) and data and data[0].get("@type") == "Event":
            return data
    return []


def test_event_page_shows_next_dates_cancellations_and_jsonld(client, calendar, publish):
    first = soon(2)
    page = publish(
        calendar,
        start=first,
        repeat="WEEKLY",
        repeat_count=3,
        is_free=True,
        changes=[
            {
                "date": (first + datetime.timedelta(weeks=1)).date(),
                "status": "cancelled",
                "reason": "Ferien",
            }
        ],
    )
    text = html(client.get(page.url))
    assert "<del>" in text and "Ferien" in text
    with translation.override("de"):
        sentence = describe(page)
    assert escape(sentence) in text and "15:00" in sentence
    events = jsonld_events(text)
    assert len(events) == 3
    assert events[1]["eventStatus"] == "https://schema.org/EventCancelled"
    assert events[0]["eventStatus"] == "https://schema.org/EventScheduled"
    assert events[0]["startDate"].endswith(("+01:00", "+02:00"))
    assert events[0]["isAccessibleForFree"] is True
    assert events[0]["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert f'href="/widunetz/{page.pk}/ical/"' in text


def test_event_preview_expands_the_unsaved_rule_in_memory(rf, calendar):
    from wagtail_widunetz.events.models import EventDateChange, EventPage
    from wagtail_widunetz.events.views import event_context

    first = soon(2)
    page = EventPage(title="Vorschau", start=first, end=first + datetime.timedelta(hours=2))
    page.repeat, page.repeat_count = "WEEKLY", 3
    page.date_changes.add(EventDateChange(date=first.date(), status="cancelled", reason="Test"))
    request = rf.get("/")
    request.is_preview = True
    context = event_context(page, request)
    assert [o.status for o in context["occurrences"]] == ["cancelled", "scheduled", "scheduled"]
    assert not EventOccurrence.objects.exists()  # nothing written for a preview
    assert len(context["event_jsonld"]) == 3


# -- feeds -------------------------------------------------------------------------------------


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_calendar_feed_round_trips_through_an_independent_parser(client, calendar, publish):
    first = soon(3)
    publish(calendar, title="Elterncafé", start=first, repeat="WEEKLY", repeat_interval=2)
    publish(
        calendar,
        title="Deutschkurs",
        start=soon(1, 9),
        repeat="WEEKLY",
        repeat_count=6,
        skipped_dates=[(soon(1, 9) + datetime.timedelta(weeks=1)).date()],
        changes=[
            {
                "date": (soon(1) + datetime.timedelta(weeks=2)).date(),
                "status": "cancelled",
                "reason": "Ferien",
            },
            {
                "date": (soon(1) + datetime.timedelta(weeks=3)).date(),
                "status": "moved",
                "new_start": soon(1 + 21 + 1, 11),
            },
        ],
    )
    publish(calendar, title="Infoabend", start=soon(4, 18))
    cal = parse(client.get(calendar.url + "ical/"))
    text = cal.to_ical().decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Berlin" in text
    assert "EXDATE;TZID=Europe/Berlin" in text and "RECURRENCE-ID;TZID=Europe/Berlin" in text
    for rule in cal.walk("VEVENT"):
        if "RRULE" in rule:
            assert "UNTIL" in rule["RRULE"] or "COUNT" in rule["RRULE"]
    window_start = timezone.now()
    window_end = window_start + datetime.timedelta(days=120)
    from_feed = sorted(
        (e["DTSTART"].dt.astimezone(datetime.UTC), str(e["SUMMARY"]))
        for e in recurring_ical_events.of(cal).between(window_start, window_end)
    )
    from_table = sorted(
        (o.start.astimezone(datetime.UTC), o.page.title)
        for o in EventOccurrence.objects.filter(
            end__gt=window_start, start__lt=window_end
        ).select_related("page")
    )
    assert from_feed == from_table
    cancelled = [e for e in cal.walk("VEVENT") if e.get("STATUS") == "CANCELLED"]
    assert len(cancelled) == 1 and "RECURRENCE-ID" in cancelled[0]


def test_feed_uids_are_stable_and_shared_by_overrides(client, calendar, publish):
    first = soon(2)
    publish(
        calendar,
        start=first,
        repeat="WEEKLY",
        repeat_count=3,
        changes=[{"date": first.date(), "status": "cancelled"}],
    )
    one = parse(client.get(calendar.url + "ical/"))
    two = parse(client.get(calendar.url + "ical/"))
    uids = [str(e["UID"]) for e in one.walk("VEVENT")]
    assert len(uids) == 2 and len(set(uids)) == 1
    assert uids == [str(e["UID"]) for e in two.walk("VEVENT")]
    for event in one.walk("VEVENT"):
        assert {"DTSTAMP", "SEQUENCE", "LAST-MODIFIED"} <= set(event)


def test_feed_honours_filters(client, calendar, publish):
    cafe = TopicFactory(slug="elterncafe")
    publish(calendar, title="Elterncafé", start=soon(2), topics=[cafe])
    publish(calendar, title="Infoabend", start=soon(2))
    cal = parse(client.get(calendar.url + "ical/", {"topic": "elterncafe"}))
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Elterncafé"]


def test_feed_answers_304_to_a_conditional_get(client, calendar, publish):
    page = publish(calendar, start=soon(2))
    first = client.get(calendar.url + "ical/")
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(calendar.url + "ical/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = client.get(calendar.url + "ical/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    page.title = "Geändert"
    page.save_revision().publish()
    changed = client.get(calendar.url + "ical/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200


def test_event_feed_has_only_this_event(client, calendar, publish):
    page = publish(calendar, title="Elterncafé", start=soon(2), repeat="WEEKLY", repeat_count=3)
    publish(calendar, title="Infoabend", start=soon(2))
    cal = parse(client.get(page.url + "ical/"))
    assert {str(e["SUMMARY"]) for e in cal.walk("VEVENT")} == {"Elterncafé"}
    assert len(list(recurring_ical_events.of(cal).between(soon(0), soon(60)))) == 3


def test_all_day_event_exports_dates(client, calendar, publish):
    page = publish(
        calendar, title="Sommerfest", start=local(2030, 7, 30), end=local(2030, 8, 1), all_day=True
    )
    EventOccurrence.objects.all().delete()  # far outside the feed window: the page alone
    cal = parse(client.get(page.url + "ical/"))
    (event,) = cal.walk("VEVENT")
    assert event["DTSTART"].dt == datetime.date(2030, 7, 30)
    assert event["DTEND"].dt == datetime.date(2030, 8, 2)


def test_subscribe_link_is_webcal(client, calendar, publish):
    publish(calendar, start=soon())
    text = html(client.get(calendar.url, {"topic": "x"}))
    assert f'href="webcal://testserver/widunetz/{calendar.pk}/ical/?topic=x"' in text


# -- query counts ----------------------------------------------------------------------------


def count(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


def test_query_counts_do_not_grow_from_10_to_1000_events(client, calendar):
    first = make_events(calendar, 10)
    today = timezone.localdate(timezone=BERLIN)
    month = f"{calendar.url}{today.year:04d}/{today.month:02d}/"
    paths = {
        "list": calendar.url,
        "filtered": calendar.url + "?topic=x&q=termin",
        "month": month,
        "feed": f"/widunetz/{calendar.pk}/ical/",
        "filtered_feed": f"/widunetz/{calendar.pk}/ical/?topic=x",
        "routed_feed": calendar.url + "ical/",
        "event": first[0].url,
        "event_feed": f"/widunetz/{first[0].pk}/ical/",
        "routed_event_feed": first[0].url + "ical/",
    }
    for path in paths.values():
        client.get(path)  # warm per-process caches
    at_10 = {name: count(client, path) for name, path in paths.items()}
    make_events(calendar, 990, offset=10)
    for path in paths.values():
        client.get(path)  # adding pages cleared the shared cache (core.cache): warm it again
    at_1000 = {name: count(client, path) for name, path in paths.items()}
    assert at_10 == at_1000
    assert at_1000["list"] <= 12 and at_1000["filtered"] <= 12 and at_1000["month"] <= 12
    assert at_1000["event"] <= 15
    # Feeds by id (core.views): the page, its type's row, the feed's own queries.
    assert at_1000["feed"] <= 6 and at_1000["filtered_feed"] <= 6 and at_1000["event_feed"] <= 6
    # Through the page routes, Wagtail's routing and view-restriction check cost 7 (calendar)
    # or 9 (event) queries before the feed runs (see docs/reference/events.md).
    assert at_1000["routed_feed"] <= 8 and at_1000["routed_event_feed"] <= 11


def test_feed_text_is_escaped_and_folded(client, calendar, publish):
    long = "Elterncafé; mit Kinderbetreuung, Dolmetscherinnen\\und Tee. " * 6 + "Ünïcödé ☕ مرحبا"
    publish(
        calendar,
        title="Café, Tee; Kuchen",
        slug="cafe",
        start=soon(2),
        short_description=long[:300],
    )
    response = client.get(calendar.url + "ical/")
    assert all(len(line) <= 75 for line in response.content.split(b"\r\n"))
    (event,) = parse(response).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Café, Tee; Kuchen"
    assert str(event["DESCRIPTION"]) == long[:300]


def test_full_event_page_stays_within_budget(client, calendar, home, publish):
    from tests.factories import PartnerDirectoryPageFactory, PartnerPageFactory
    from wagtail_widunetz.events.models import EventOrganiser, EventTopic, Venue

    directory = PartnerDirectoryPageFactory(parent=home)
    partner = PartnerPageFactory(parent=directory)
    venue = Venue.objects.create(name="Kita Ottelau", street="Ottelau 12", city="Herford")
    page = publish(calendar, start=soon(2), repeat="WEEKLY", venue=venue, topics=[TopicFactory()])
    page.organisers.add(EventOrganiser(partner=partner))
    page.event_languages.add(EventLanguage(language=LanguageFactory()))
    page.save_revision().publish()
    client.get(page.url)
    text = html(client.get(page.url))
    assert partner.title in text and "Ottelau 12" in text
    assert count(client, page.url) <= 15
    assert EventTopic.objects.filter(page=page).exists()
