"""Helpers shared by the event tests: many events at once, the way imports write them."""

import datetime

from django.utils import timezone

from tests.factories import EventPageFactory
from wagtail_widunetz.core.bulk import bulk_add_children
from wagtail_widunetz.events import occurrences

from .conftest import local


def soon(days=1, hour=15):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return local(day.year, day.month, day.day, hour)


def add_items_raw(calendar, pages):
    """Write ``pages`` below ``calendar`` in bulk, then their occurrences in one go."""
    with occurrences.bulk_mode():
        bulk_add_children(calendar, pages)
    occurrences.materialise_many(pages)
    return pages


def make_events(calendar, n, offset=0):
    """``n`` events over the next 20 days, every third one weekly."""
    pages = [
        EventPageFactory.build(
            title=f"Termin {offset + i}",
            slug=f"termin-{offset + i}",
            start=soon(1 + i % 20),
            end=soon(1 + i % 20) + datetime.timedelta(hours=2),
            repeat="WEEKLY" if i % 3 == 0 else "",
        )
        for i in range(n)
    ]
    return add_items_raw(calendar, pages)
