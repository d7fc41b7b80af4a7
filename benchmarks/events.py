"""Events benchmark: list, month grid, feeds, event page and publishing at 100 / 1,000 / 10,000
events (a third of them weekly), plus the import of a 10 MB iCalendar file.

Prints median times and query counts per page, the time to publish one recurring event, and
the peak resident memory (ru_maxrss) of a fresh process that serves the calendar feed or runs
the import. Usage:
    .venv/bin/python benchmarks/events.py [--sizes 100,1000,10000] [--import-mb 10]
"""

import argparse
import datetime
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from _harness import measure, print_table, setup_django

HERE = os.path.dirname(os.path.abspath(__file__))


def rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode, argument):
    """Run in a fresh process: serve the feed or import a file, report time and peak RSS."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    from django.test import Client

    from wagtail_widunetz.events.models import EventCalendarPage

    calendar = EventCalendarPage.objects.first()
    before = rss_mib()
    started = time.perf_counter()
    if mode == "feed":
        response = Client().get(calendar.url + "ical/")
        size = len(response.content)
        extra = {"bytes": size, "status": response.status_code}
    else:
        from wagtail_widunetz.events.importer import import_calendar, read_source

        result = import_calendar(calendar, read_source(argument, max_bytes=64 * 2**20))
        extra = {"created": result.created, "skipped": result.skipped}
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "rss_before": before, "rss_peak": rss_mib(), **extra}))


def run_child(mode, argument=""):
    output = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, os.path.join(HERE, "events.py"), "--child", mode, argument],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def write_ics(path, megabytes):
    """A partner feed of about ``megabytes`` MB: single events, every tenth weekly."""
    today = datetime.date.today()
    written = 0
    target = megabytes * 2**20
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//DE\r\n")
        i = 0
        while written < target:
            day = today + datetime.timedelta(days=i % 400)
            rule = "RRULE:FREQ=WEEKLY;COUNT=10\r\n" if i % 10 == 0 else ""
            text = (
                "BEGIN:VEVENT\r\n"
                f"UID:bench-{i}@partner.example\r\n"
                f"SUMMARY:Veranstaltung {i} im Familienzentrum\r\n"
                f"DTSTART;TZID=Europe/Berlin:{day:%Y%m%d}T150000\r\n"
                f"DTEND;TZID=Europe/Berlin:{day:%Y%m%d}T170000\r\n"
                "DTSTAMP:20260101T000000Z\r\nSEQUENCE:0\r\n"
                f"{rule}"
                "DESCRIPTION:Offenes Angebot für Familien mit Kinderbetreuung und Dolmetsch\r\n"
                " erinnen für Arabisch\\, Türkisch und Ukrainisch. Bitte bringen Sie gute La\r\n"
                " une mit.\r\n"
                "LOCATION:Familienzentrum\\, Ottelau 12\\, 32052 Herford\r\n"
                "END:VEVENT\r\n"
            )
            handle.write(text)
            written += len(text.encode())
            i += 1
        handle.write("END:VCALENDAR\r\n")
    return i


def publish_ms(calendar, repeat=5):
    from wagtail_widunetz.events.models import EventPage

    times = []
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=3)
    for i in range(repeat):
        page = EventPage(
            title=f"Neu {i}",
            slug=f"bench-neu-{time.time_ns()}",
            start=start,
            end=start + datetime.timedelta(hours=2),
            repeat="WEEKLY",
        )
        calendar.add_child(instance=page)
        revision = page.save_revision()
        started = time.perf_counter()
        revision.publish()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--import-mb", type=float, default=10)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "ARG"))
    args = parser.parse_args()
    if args.child:
        return child(*args.child)

    sizes = [int(s) for s in args.sizes.split(",")]
    setup_django()
    from django.core.management import call_command
    from django.test import Client
    from django.utils import timezone

    from wagtail_widunetz.events.models import EventCalendarPage, EventOccurrence, EventPage

    client = Client()
    rows = []
    memory_rows = []
    total = 0
    for size in sizes:
        started = time.perf_counter()
        call_command("widunetz_generate", events=size - total, verbosity=0)
        generate_s = time.perf_counter() - started
        total = size
        calendar = EventCalendarPage.objects.get()
        event = EventPage.objects.child_of(calendar).filter(repeat="WEEKLY").first()
        today = timezone.localdate()
        paths = {
            "list": calendar.url,
            "list, filtered": calendar.url + "?q=kurs&topic=x",
            "month": f"{calendar.url}{today.year:04d}/{today.month:02d}/",
            "calendar feed /widunetz/<id>/ical/": f"/widunetz/{calendar.pk}/ical/",
            "calendar feed ./ical/": calendar.url + "ical/",
            "event page": event.url,
            "event feed /widunetz/<id>/ical/": f"/widunetz/{event.pk}/ical/",
            "event feed ./ical/": event.url + "ical/",
        }
        for name, path in paths.items():
            ms, queries = measure(client, path)
            rows.append((size, name, f"{ms:.1f}", queries))
        rows.append((size, "publish one weekly event", f"{publish_ms(calendar):.1f}", "-"))
        feed = run_child("feed")
        memory_rows.append(
            (
                size,
                "calendar feed (fresh process)",
                f"{feed['seconds']:.2f}",
                f"{feed['bytes'] / 2**20:.1f} MB",
                f"{feed['rss_peak']:.0f}",
            )
        )
        print(
            f"{size} events: generated in {generate_s:.1f} s, "
            f"{EventOccurrence.objects.count()} occurrence rows",
            flush=True,
        )
    print_table(
        "Events: median of 5 requests after a warm-up (SQLite unless DATABASE_URL is set)",
        ["events", "what", "median ms", "queries"],
        rows,
    )
    if args.import_mb:
        with tempfile.NamedTemporaryFile(suffix=".ics", delete=False) as handle:
            path = handle.name
        count = write_ics(path, args.import_mb)
        result = run_child("import", path)
        os.unlink(path)
        memory_rows.append(
            (
                count,
                f"import of a {args.import_mb:g} MB .ics",
                f"{result['seconds']:.1f}",
                f"{result['created']} created",
                f"{result['rss_peak']:.0f}",
            )
        )
    print_table(
        "Peak resident memory of a fresh process (limit: 200 MiB)",
        ["events", "what", "seconds", "output", "peak RSS MiB"],
        memory_rows,
    )


if __name__ == "__main__":
    main()
