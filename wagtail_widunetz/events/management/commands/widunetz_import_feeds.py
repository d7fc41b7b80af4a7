"""Pull every enabled partner feed: ``manage.py widunetz_import_feeds`` (meant for cron).

Each feed is imported in its own transaction; a broken feed is recorded on the feed (visible
under Network → Partner feeds) and the others are imported anyway.
"""

from django.core.management.base import BaseCommand

from wagtail_widunetz.events.importer import import_feed
from wagtail_widunetz.events.models import PartnerFeed


class Command(BaseCommand):
    help = "Import all enabled partner iCalendar feeds into their calendars."

    def add_arguments(self, parser):
        parser.add_argument("--feed", type=int, action="append", help="only this feed id")

    def handle(self, *args, **options):
        feeds = PartnerFeed.objects.filter(enabled=True).select_related("calendar", "default_topic")
        if options["feed"]:
            feeds = PartnerFeed.objects.filter(pk__in=options["feed"]).select_related(
                "calendar", "default_topic"
            )
        failed = 0
        for feed in feeds:
            try:
                result = import_feed(feed)
            except Exception as error:  # noqa: BLE001 - one feed must not stop the others
                failed += 1
                self.stderr.write(f"{feed.name}: {error!r}")
                continue
            failed += not result.ok
            self.stdout.write(f"{feed.name}: {result.summary()}")
        if failed:
            self.stderr.write(f"{failed} feed(s) failed.")
