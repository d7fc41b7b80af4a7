"""iCalendar (RFC 5545): export of events and calendars, import of partners' feeds.

Export: one VEVENT per series with DTSTART/DTEND in the site's time zone (TZID plus a
VTIMEZONE), an RRULE whose UNTIL lies inside the feed window, RDATE and EXDATE; every changed
date (cancelled, moved, postponed, fully booked) is a VEVENT with the same UID and a
RECURRENCE-ID. The materialised rows supply the changed dates, the page the rule.
"""

import datetime

import icalendar
from django.utils import timezone
from django.utils.html import strip_tags

from . import recurrence
from .models import widunetz_tz

PRODID = "-//wagtail-widunetz//events//DE"
STATUS = {
    recurrence.CANCELLED: "CANCELLED",
    recurrence.POSTPONED: "TENTATIVE",
    recurrence.MOVED: "CONFIRMED",
    recurrence.FULLY_BOOKED: "CONFIRMED",
    recurrence.SCHEDULED: "CONFIRMED",
}


def uid(page, request=None):
    host = request.get_host().split(":")[0] if request is not None else "widunetz"
    return f"widunetz-event-{page.pk}@{host}"


def sequence(page):
    """Grows with every publish: minutes between first and last publication."""
    if not (page.first_published_at and page.last_published_at):
        return 0
    return max(0, int((page.last_published_at - page.first_published_at).total_seconds() // 60))


def _date_value(value, all_day, tz):
    local = timezone.localtime(value, tz)
    return local.date() if all_day else local


def _base_event(page, request, stamp):
    event = icalendar.Event()
    event.add("uid", uid(page, request))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence(page))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    event.add("summary", page.title)
    description = page.short_description or strip_tags(page.body or "")
    if description:
        event.add("description", description)
    url = page.get_full_url(request) if request is not None else None
    if url:
        event.add("url", url)
    return event


def series_events(page, rows, request, window_end, stamp):
    """The VEVENTs of one event: the master and one per changed date."""
    tz = widunetz_tz()
    changes = {
        timezone.localtime(r.recurrence_id, tz).date(): recurrence.Change(
            r.status, r.start if r.status == recurrence.MOVED else None, r.end, r.reason
        )
        for r in rows
        if r.status != recurrence.SCHEDULED
    }
    series = page.get_series(changes=changes)
    all_day = page.all_day
    start, end = series.local_bounds()
    master = _base_event(page, request, stamp)
    dtstart = series.localize(start)
    master.add("dtstart", dtstart.date() if all_day else dtstart)
    dtend = series.localize(end)
    master.add("dtend", dtend.date() if all_day else dtend)
    if page.status == "cancelled":
        master.add("status", "CANCELLED")
    else:
        master.add("status", "CONFIRMED")
    rule = recurrence.rrule_dict(series, window_end)
    if rule:
        master.add("rrule", rule)
    time_of_day = start.time()
    for day in series.rdates:
        value = (
            day
            if isinstance(day, datetime.datetime)
            else datetime.datetime.combine(day, time_of_day)
        )
        value = series.localize(series.to_local_naive(value))
        master.add("rdate", value.date() if all_day else value)
    for day in sorted(series.exdates_set):
        value = series.localize(datetime.datetime.combine(day, time_of_day))
        master.add("exdate", value.date() if all_day else value)
    if page.attendance_mode != "online" and page.venue_id:
        venue = page.venue
        master.add("location", ", ".join([venue.name, *venue.address_lines]))
    elif page.online_url:
        master.add("location", page.online_url)
    events = [master]
    single = rule is None and not series.rdates
    for row in rows:
        if row.status == recurrence.SCHEDULED and row.start == row.recurrence_id:
            continue
        if single and row.recurrence_id == dtstart:
            # a one-off event: the change is the event itself
            if row.status == recurrence.CANCELLED:
                master["status"] = "CANCELLED"
            _note(master, row)
            if row.start != row.recurrence_id:
                master.pop("dtstart")
                master.pop("dtend")
                master.add("dtstart", _date_value(row.start, all_day, tz))
                master.add("dtend", _date_value(row.end, all_day, tz))
            continue
        override = _base_event(page, request, stamp)
        override.add("recurrence-id", _date_value(row.recurrence_id, all_day, tz))
        override.add("dtstart", _date_value(row.start, all_day, tz))
        override.add("dtend", _date_value(row.end, all_day, tz))
        override.add("status", STATUS.get(row.status, "CONFIRMED"))
        _note(override, row)
        events.append(override)
    return events


def _note(event, row):
    from .text import status_label

    if row.status == recurrence.SCHEDULED:
        return
    note = str(status_label(row.status))
    if row.reason:
        note = f"{note}: {row.reason}"
    description = event.get("description")
    event.pop("description", None)
    event.add("description", f"{note}\n\n{description}" if description else note)


def export_calendar(rows, request, name, window_end, pages=None):
    """``text/calendar`` bytes for the occurrence ``rows`` (ordered by page), grouped by event."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", str(widunetz_tz().key))
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    grouped = {}
    for row in rows:
        grouped.setdefault(row.page_id, (row.page, []))[1].append(row)
    for page in pages or ():
        grouped.setdefault(page.pk, (page, []))
    for page, page_rows in grouped.values():
        for event in series_events(page, page_rows, request, window_end, stamp):
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
