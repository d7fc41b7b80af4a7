"""Writing the occurrence table: publish time does the work, request time reads.

``materialise(page)`` replaces the rows of one live event; ``materialise_many(pages)`` does it
for many in a constant number of queries (bulk data, the daily refresh); ``remove(page)``
deletes them. The signal handlers in ``signals.py`` call these on publish, unpublish and delete.
"""

import contextlib
import datetime
import threading

from django.db import transaction
from django.utils import timezone

from wagtail_widunetz.core.conf import get_setting

from . import recurrence

_state = threading.local()


@contextlib.contextmanager
def bulk_mode():
    """Inside, raw saves of live events (``core.bulk``) do not materialise one by one: the
    caller runs ``materialise_many`` afterwards."""
    previous = getattr(_state, "bulk", False)
    _state.bulk = True
    try:
        yield
    finally:
        _state.bulk = previous


def is_bulk_mode():
    return getattr(_state, "bulk", False)


# How far back rows are kept, so month grids of the last year still show their dates.
PAST_DAYS = 366


def window(now=None):
    now = now or timezone.now()
    return (
        now - datetime.timedelta(days=PAST_DAYS),
        now + datetime.timedelta(days=get_setting("OCCURRENCE_HORIZON_DAYS")),
    )


def build_rows(page, changes=None, now=None):
    """Unsaved ``EventOccurrence`` rows of ``page`` for the window (nothing for a draft)."""
    from .models import EventOccurrence

    start, end = window(now)
    try:
        occurrences = page.get_series(changes=changes).expand(start, end)
    except recurrence.RecurrenceError:
        return []
    return [
        EventOccurrence(
            page_id=page.pk,
            locale_id=page.locale_id,
            start=occ.start,
            end=occ.end,
            recurrence_id=occ.recurrence_id,
            all_day=occ.all_day,
            status=occ.status,
            reason=occ.reason[:255],
        )
        for occ in occurrences
    ]


@transaction.atomic
def materialise(page, now=None):
    """Replace the occurrence rows of ``page`` (removing them if it is not live)."""
    from .models import EventOccurrence

    EventOccurrence.objects.filter(page_id=page.pk).delete()
    if not page.live:
        return []
    rows = build_rows(page, now=now)
    EventOccurrence.objects.bulk_create(rows, batch_size=1000)
    return rows


@transaction.atomic
def materialise_many(pages, now=None, batch_size=1000):
    """``materialise`` for many pages: the date changes are read in one query."""
    from .models import EventDateChange, EventOccurrence

    pages = list(pages)
    ids = [p.pk for p in pages]
    changes = {}
    for change in EventDateChange.objects.filter(page_id__in=ids).order_by("page_id", "sort_order"):
        changes.setdefault(change.page_id, {})[change.date] = recurrence.Change(
            change.status, change.new_start, change.new_end, change.reason
        )
    count = 0
    for offset in range(0, len(ids), batch_size):
        EventOccurrence.objects.filter(page_id__in=ids[offset : offset + batch_size]).delete()
    rows = []
    for page in pages:
        if not page.live:
            continue
        rows.extend(build_rows(page, changes=changes.get(page.pk, {}), now=now))
        if len(rows) >= batch_size:
            EventOccurrence.objects.bulk_create(rows, batch_size=batch_size)
            count += len(rows)
            rows = []
    EventOccurrence.objects.bulk_create(rows, batch_size=batch_size)
    return count + len(rows)


def remove(page):
    from .models import EventOccurrence

    EventOccurrence.objects.filter(page_id=page.pk).delete()


def refresh_all(now=None, batch_size=500):
    """Re-materialise every live event (the daily ``widunetz_refresh_occurrences``)."""
    from .models import EventOccurrence, EventPage

    total = 0
    pages = EventPage.objects.live().order_by("pk")
    last_pk = 0
    while True:
        batch = list(pages.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            break
        total += materialise_many(batch, now=now)
        last_pk = batch[-1].pk
    # rows of pages that are no longer live (unpublished outside the signals)
    EventOccurrence.objects.exclude(page__live=True).delete()
    return total
