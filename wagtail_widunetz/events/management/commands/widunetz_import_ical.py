"""Import an iCalendar file or URL into a calendar once:
``manage.py widunetz_import_ical <calendar> <url or file> [--feed ID]``.

``<calendar>`` is the page id or the URL path of an event calendar ("/de/veranstaltungen/").
With ``--feed`` the events belong to that partner feed (organiser, default topic, category
filter; events that left the source are unpublished); without it they are upserted by UID and
nothing is unpublished.
"""

from django.core.management.base import BaseCommand, CommandError

from wagtail_widunetz.events.importer import FeedError, import_calendar, import_feed, read_source
from wagtail_widunetz.events.models import EventCalendarPage, PartnerFeed


def find_calendar(value):
    calendars = EventCalendarPage.objects.all()
    if value.isdigit():
        calendar = calendars.filter(pk=int(value)).first()
    else:
        path = "/" + value.strip("/") + "/"
        calendar = None
        for candidate in calendars:
            url = candidate.url or ""
            if url == path or candidate.url_path.endswith(path):
                calendar = candidate
                break
    if calendar is None:
        raise CommandError(f"No event calendar “{value}” (give its page id or URL path).")
    return calendar


class Command(BaseCommand):
    help = "Import an iCalendar file or http(s) URL into an event calendar."

    def add_arguments(self, parser):
        parser.add_argument("calendar", help="page id or URL path of the event calendar")
        parser.add_argument("source", help="http(s) URL or path of an .ics file")
        parser.add_argument("--feed", type=int, help="id of the partner feed the events belong to")

    def handle(self, *args, **options):
        calendar = find_calendar(options["calendar"])
        try:
            data = read_source(options["source"])
            if options["feed"]:
                feed = PartnerFeed.objects.filter(pk=options["feed"], calendar=calendar).first()
                if feed is None:
                    raise CommandError("That partner feed does not belong to this calendar.")
                result = import_feed(feed, data=data)
            else:
                result = import_calendar(calendar, data)
        except FeedError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(result.summary())
        if not result.ok:
            raise CommandError("The import failed; nothing was changed.")
