"""Printed flyers of an event and of a filtered calendar (see ``core.printing``).

Both reuse what the pages use: the event page's context (dates, venue, organisers, facets) and
the calendar's filter code (``views.read_filters`` / ``apply_filters``), so a flyer shows what
the page shows. A calendar flyer lists at most ``WIDUNETZ_PRINT_CALENDAR_ITEMS`` dates (one A4
page) and says so when there are more; its QR code leads to the same filter online.
"""

import datetime

from django.utils import timezone

from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.filtering import get_slugs

from . import views
from .models import widunetz_tz

EVENT_DATES = 5  # dates on an event flyer; the QR code leads to all of them


def event_sheet(page, request, sheet):
    context = views.event_context(page, request)
    context["more_dates"] = len(context["occurrences"]) > EVENT_DATES
    context["occurrences"] = context["occurrences"][:EVENT_DATES]
    return context


def calendar_sheet(calendar, request, sheet):
    filters = views.read_filters(calendar, request, with_choices=False)
    for param, *_rest in views.FACETS:
        filters.selected[param] = get_slugs(request, param)
    now = timezone.now()
    today = timezone.localdate(now, widunetz_tz())
    queryset = views.calendar_occurrences(calendar, request)
    if filters.date_from and filters.date_from > today:
        queryset = queryset.filter(end__gt=views.local_midnight(filters.date_from))
        today = filters.date_from
    else:
        queryset = queryset.filter(end__gt=now)
    if filters.date_to:
        queryset = queryset.filter(
            start__lt=views.local_midnight(filters.date_to + datetime.timedelta(days=1))
        )
    limit = get_setting("PRINT_CALENDAR_ITEMS")
    rows = list(
        views.apply_filters(queryset, filters)
        .select_related("page")
        .order_by("start", "pk")[: limit + 1]
    )
    querystring = views.filter_querystring(request, exclude=("page", "lang"))
    if querystring:
        sheet.url = f"{sheet.url}?{querystring}"
    return {
        "filters": filters,
        "days": views.group_by_day(rows[:limit], today),
        "has_more": len(rows) > limit,
        "widunetz_tz": get_setting("TIME_ZONE"),
    }
