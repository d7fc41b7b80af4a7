"""Importing partners' iCalendar feeds: upsert, updates, removals, bad feeds, network limits."""

import contextlib
import datetime
import http.server
import threading
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from tests.factories import PartnerDirectoryPageFactory, PartnerPageFactory, TopicFactory
from wagtail_widunetz.events import importer
from wagtail_widunetz.events.models import EventOccurrence, EventPage, PartnerFeed

pytestmark = pytest.mark.django_db


def ics_date(days, hour=15):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return f"{day:%Y%m%d}T{hour:02d}0000"


def event(uid, summary, start, end=None, extra="", tzid="Europe/Berlin"):
    end = end or start[:9] + f"{int(start[9:11]) + 2:02d}0000"
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\n"
        f"SUMMARY:{summary}\r\n"
        f"DTSTART;TZID={tzid}:{start}\r\n"
        f"DTEND;TZID={tzid}:{end}\r\n"
        "DTSTAMP:20260101T000000Z\r\n"
        f"{extra}"
        "END:VEVENT\r\n"
    )


def feed_text(*events):
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kita Ottelau//DE\r\n"
        + "".join(events)
        + "END:VCALENDAR\r\n"
    ).encode()


WEEKLY = "RRULE:FREQ=WEEKLY;COUNT=6\r\nSEQUENCE:1\r\nLAST-MODIFIED:20260101T000000Z\r\n"


@pytest.fixture
def partner(home):
    directory = PartnerDirectoryPageFactory(parent=home)
    return PartnerPageFactory(parent=directory, title="Kita Ottelau", slug="kita-ottelau")


@pytest.fixture
def feed(calendar, partner):
    topic = TopicFactory(slug="elterncafe")
    return PartnerFeed.objects.create(
        calendar=calendar,
        name="Kita Ottelau",
        url="https://kita.example/kalender.ics",
        organiser=partner,
        default_topic=topic,
    )


def test_import_creates_series_with_changes_and_occurrences(calendar, feed):
    start = ics_date(2)
    second = ics_date(9)
    third = ics_date(16)
    data = feed_text(
        event(
            "cafe@kita",
            "Elterncafé",
            start,
            extra=WEEKLY + f"EXDATE;TZID=Europe/Berlin:{third}\r\n",
        ),
        event(
            "cafe@kita",
            "Elterncafé",
            second,
            extra=f"RECURRENCE-ID;TZID=Europe/Berlin:{second}\r\nSTATUS:CANCELLED\r\n",
        ),
        event("info@kita", "Infoabend", ics_date(4, 18), extra="SEQUENCE:0\r\n"),
    )
    result = importer.import_feed(feed, data=data)
    assert (result.created, result.skipped, result.ok) == (2, 0, True)
    cafe = EventPage.objects.get(import_uid="cafe@kita")
    assert cafe.live and cafe.repeat == "WEEKLY" and cafe.repeat_count == 6
    assert cafe.import_feed == feed and cafe.source_url == feed.url
    assert [c.status for c in cafe.date_changes.all()] == ["cancelled"]
    assert [o.partner.title for o in cafe.organisers.all()] == ["Kita Ottelau"]
    assert [t.topic.slug for t in cafe.event_topics.all()] == ["elterncafe"]
    rows = EventOccurrence.objects.filter(page=cafe).order_by("start")
    assert rows.count() == 5  # six weekly dates minus the EXDATE
    assert [r.status for r in rows][:2] == ["scheduled", "cancelled"]
    feed.refresh_from_db()
    assert feed.last_ok and feed.last_run and "created 2" in feed.last_result


def test_reimport_updates_only_changed_events_and_unpublishes_removed_ones(calendar, feed):
    cafe = event("cafe@kita", "Elterncafé", ics_date(2), extra=WEEKLY)
    info = event("info@kita", "Infoabend", ics_date(4, 18), extra="SEQUENCE:0\r\n")
    importer.import_feed(feed, data=feed_text(cafe, info))
    again = importer.import_feed(feed, data=feed_text(cafe, info))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    changed = cafe.replace("SUMMARY:Elterncafé", "SUMMARY:Elterncafé (neu)").replace(
        "SEQUENCE:1", "SEQUENCE:2"
    )
    result = importer.import_feed(feed, data=feed_text(changed))
    assert (result.updated, result.unpublished) == (1, 1)
    assert EventPage.objects.get(import_uid="cafe@kita").title == "Elterncafé (neu)"
    removed = EventPage.objects.get(import_uid="info@kita")
    assert not removed.live and not EventOccurrence.objects.filter(page=removed).exists()
    back = importer.import_feed(feed, data=feed_text(changed, info))
    assert back.updated == 1 and EventPage.objects.get(import_uid="info@kita").live


def test_category_filter(calendar, feed):
    feed.categories = "Eltern, Familie"
    feed.save()
    data = feed_text(
        event("a@kita", "Elterncafé", ics_date(2), extra="CATEGORIES:ELTERN,Kinder\r\n"),
        event("b@kita", "Teamsitzung", ics_date(3), extra="CATEGORIES:Intern\r\n"),
    )
    result = importer.import_feed(feed, data=data)
    assert (result.created, result.filtered) == (1, 1)


def test_broken_events_are_skipped_one_by_one(calendar, feed):
    data = feed_text(
        event("good@kita", "Gut", ics_date(2)),
        event("tz@kita", "Zeitzone", ics_date(3), tzid="Mars/Olympus_Mons"),
        "BEGIN:VEVENT\r\nUID:broken@kita\r\nSUMMARY:Kaputt\r\n"
        "DAS IST KEINE ZEILE\r\nEND:VEVENT\r\n",
        "BEGIN:VEVENT\r\nUID:nostart@kita\r\nSUMMARY:Ohne Beginn\r\nEND:VEVENT\r\n",
        event("end@kita", "Verkehrt", ics_date(5, 18), end=ics_date(5, 10)),
    )
    result = importer.import_feed(feed, data=data)
    assert result.created == 1 and result.skipped == 4
    text = "\n".join(result.messages)
    assert "Mars/Olympus_Mons" in text and "broken line" in text and "DTSTART" in text


def test_endless_rule_is_accepted_and_bounded_by_the_horizon(calendar, feed, settings):
    settings.WIDUNETZ_OCCURRENCE_HORIZON_DAYS = 60
    data = feed_text(event("ever@kita", "Immer", ics_date(1), extra="RRULE:FREQ=WEEKLY\r\n"))
    result = importer.import_feed(feed, data=data)
    assert result.created == 1 and any("without end" in m for m in result.messages)
    assert 8 <= EventOccurrence.objects.count() <= 10


def test_rule_editors_cannot_express_becomes_extra_dates(calendar, feed):
    rule = "RRULE:FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1;COUNT=3\r\n"
    importer.import_feed(
        feed, data=feed_text(event("pos@kita", "Erster Werktag", ics_date(1), extra=rule))
    )
    page = EventPage.objects.get(import_uid="pos@kita")
    assert page.repeat == "" and len(page.extra_dates) == 3
    assert all(d.weekday() in (0, 1) and d.day <= 7 for d in page.extra_dates)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"<html>Kalender</html>", "not an iCalendar"),
        ("BEGIN:VCALENDAR\r\nX-NAME:Gr\xfc\xdfe\r\nEND:VCALENDAR\r\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_unusable_feeds_are_rejected_and_recorded(calendar, feed, data, message):
    result = importer.import_feed(feed, data=data)
    assert not result.ok and message in result.messages[0]
    feed.refresh_from_db()
    assert feed.last_ok is False and message in feed.last_result
    assert not EventPage.objects.exists()


def test_a_failed_import_leaves_the_database_as_it_was(calendar, feed, monkeypatch):
    importer.import_feed(feed, data=feed_text(event("a@kita", "Eins", ics_date(2))))
    before = list(EventPage.objects.values_list("pk", "title", "live"))

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer.occurrences, "materialise_many", explode)
    with pytest.raises(RuntimeError):
        importer.import_feed(feed, data=feed_text(event("b@kita", "Zwei", ics_date(3))))
    assert list(EventPage.objects.values_list("pk", "title", "live")) == before
    feed.refresh_from_db()
    assert feed.last_ok is False and "disk full" in feed.last_result


def test_oversized_file_is_refused(tmp_path, settings):
    settings.WIDUNETZ_ICAL_IMPORT_MAX_BYTES = 100
    path = tmp_path / "big.ics"
    path.write_bytes(feed_text(event("a@kita", "x" * 200, ics_date(2))))
    with pytest.raises(importer.FeedError, match="larger"):
        importer.read_source(str(path))


def test_only_http_urls_are_fetched():
    with pytest.raises(importer.FeedError, match="http"):
        importer.read_source("file:///etc/passwd")


class Handler(http.server.BaseHTTPRequestHandler):
    body = b""
    delay = 0

    def do_GET(self):  # noqa: N802 - http.server's naming
        time.sleep(self.delay)
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar")
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    servers = []

    def start(body, delay=0):
        handler = type("H", (Handler,), {"body": body, "delay": delay})
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/kalender.ics"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def test_feeds_command_pulls_enabled_feeds_over_http(calendar, feed, server):
    feed.url = server(feed_text(event("a@kita", "Über HTTP", ics_date(2))))
    feed.save()
    PartnerFeed.objects.create(
        calendar=calendar, name="Aus", url="http://127.0.0.1:9/x.ics", enabled=False
    )
    out = StringIO()
    call_command("widunetz_import_feeds", stdout=out)
    assert "created 1" in out.getvalue()
    assert EventPage.objects.get(import_uid="a@kita").title == "Über HTTP"


def test_network_timeout_is_a_feed_error(server, settings):
    settings.WIDUNETZ_ICAL_IMPORT_TIMEOUT = 0.3
    url = server(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", delay=2)
    with pytest.raises(importer.FeedError, match="could not be fetched"):
        importer.read_source(url)


def test_import_command_with_a_file(calendar, tmp_path):
    path = tmp_path / "kita.ics"
    path.write_bytes(feed_text(event("a@kita", "Aus Datei", ics_date(2))))
    out = StringIO()
    call_command("widunetz_import_ical", str(calendar.pk), str(path), stdout=out)
    assert "created 1" in out.getvalue()
    call_command("widunetz_import_ical", calendar.url, str(path), stdout=out)
    assert EventPage.objects.count() == 1
    with pytest.raises(CommandError, match="not an iCalendar"):
        bad = tmp_path / "bad.ics"
        bad.write_text("hallo")
        call_command("widunetz_import_ical", str(calendar.pk), str(bad))
    with pytest.raises(CommandError, match="No event calendar"):
        call_command("widunetz_import_ical", "9999", str(path))


def test_imported_event_page_links_to_its_source(client, calendar, feed):
    importer.import_feed(
        feed,
        data=feed_text(
            event(
                "a@kita", "Importiert", ics_date(2), extra="URL:https://kita.example/termine/1\r\n"
            )
        ),
    )
    page = EventPage.objects.get()
    text = client.get(page.url).content.decode()
    assert 'href="https://kita.example/termine/1"' in text
