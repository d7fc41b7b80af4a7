"""Re-materialise the occurrences of every live event: ``manage.py widunetz_refresh_occurrences``.

Run it daily (cron, systemd timer): the horizon moves with the calendar, so weekly classes
keep dates 18 months ahead, and rows older than a year are dropped.
"""

import time

from django.core.management.base import BaseCommand

from wagtail_widunetz.events.occurrences import refresh_all


class Command(BaseCommand):
    help = "Write the occurrences of all live events for the horizon (run daily)."

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = refresh_all()
        seconds = time.perf_counter() - started
        self.stdout.write(f"{count} occurrences written in {seconds:.1f} s")
