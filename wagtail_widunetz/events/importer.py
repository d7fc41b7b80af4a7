"""Importing iCalendar feeds of partners into a calendar.

* The source is read with a size cap (``WIDUNETZ_ICAL_IMPORT_MAX_BYTES``) and, over the
  network, a timeout (``WIDUNETZ_ICAL_IMPORT_TIMEOUT``) through ``urllib``; only http(s).
* The text is split into components line by line and every VEVENT is parsed on its own (with
  the VTIMEZONEs it names), so one broken event is skipped with a message while the others are
  imported, and a 10 MB file never becomes one huge object tree.
* Events are upserted on UID (changed dates come in as RECURRENCE-ID components and become
  date changes of their series). An event is updated only when its SEQUENCE or LAST-MODIFIED
  changed; events that left the feed are unpublished, not deleted.
* One transaction per feed: a feed that cannot be read leaves the database as it was.
"""

import datetime
import hashlib
import html
import io
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import icalendar
from dateutil import rrule as du
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail_widunetz.core.bulk import bulk_add_children
from wagtail_widunetz.core.conf import get_setting

from . import occurrences, recurrence
from .models import EventDateChange, EventOrganiser, EventPage, EventTopic, widunetz_tz

MAX_MESSAGES = 50
MAX_EXPANDED_DATES = 366


class FeedError(Exception):
    """The whole feed is unusable (not iCalendar, too large, unreachable, not UTF-8)."""


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unpublished: int = 0
    skipped: int = 0
    filtered: int = 0
    messages: list = field(default_factory=list)
    ok: bool = True

    def note(self, message):
        if len(self.messages) < MAX_MESSAGES:
            self.messages.append(message)
        elif len(self.messages) == MAX_MESSAGES:
            self.messages.append("…")

    def summary(self):
        counts = (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, "
            f"unpublished {self.unpublished}, skipped {self.skipped}, filtered {self.filtered}"
        )
        if not self.ok:
            counts = "FAILED: " + counts
        return "\n".join([counts, *self.messages])


# -- reading -----------------------------------------------------------------------------------


def read_source(source, max_bytes=None, timeout=None):
    """The bytes of a feed from an http(s) URL or a local file, refusing oversized ones."""
    max_bytes = max_bytes or get_setting("ICAL_IMPORT_MAX_BYTES")
    timeout = timeout or get_setting("ICAL_IMPORT_TIMEOUT")
    if "://" in source:
        if not source.lower().startswith(("http://", "https://")):
            raise FeedError(f"Only http and https feeds can be fetched: {source}")
        request = urllib.request.Request(  # noqa: S310 - scheme checked above
            source, headers={"User-Agent": "wagtail-widunetz iCalendar import"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                data = response.read(max_bytes + 1)
        except (OSError, ValueError) as error:
            raise FeedError(f"The feed could not be fetched: {error}") from None
    else:
        path = Path(source)
        try:
            if path.stat().st_size > max_bytes:
                raise FeedError(f"The file is larger than {max_bytes} bytes.")
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            raise FeedError(f"The file could not be read: {error}") from None
    if len(data) > max_bytes:
        raise FeedError(f"The feed is larger than {max_bytes} bytes.")
    return data


def decode(data):
    """Check that ``data`` looks like iCalendar; returns it (bytes, without a BOM).

    The feed is decoded line by line later (``unfolded_lines``), so a 10 MB file is never
    held a second time as one large string; a line that is not UTF-8 rejects the feed.
    """
    if isinstance(data, str):
        data = data.encode()
    data = data.removeprefix(b"\xef\xbb\xbf")
    head = data[:1024].decode("utf-8", errors="replace")
    if not head.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise FeedError("This is not an iCalendar file (it does not start with BEGIN:VCALENDAR).")
    return data


def unfolded_lines(data):
    """Logical lines of RFC 5545 bytes (continuation lines joined), decoded one at a time."""
    current = None
    for number, raw in enumerate(io.BytesIO(data), start=1):
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise FeedError(f"The feed is not UTF-8 encoded (line {number}).") from None
        if line[:1] in (" ", "\t") and current is not None:
            current += line[1:]
            continue
        if current is not None:
            yield current
        current = line
    if current is not None:
        yield current


def _components(text, wanted):
    """Yield ``(kind, lines)`` of the top-level components named in ``wanted``."""
    block = None
    kind = None
    depth = 0
    for line in unfolded_lines(text):
        upper = line.upper()
        if block is None:
            if upper.startswith("BEGIN:") and upper[6:] in wanted:
                block, kind, depth = [line], upper[6:], 1
            continue
        block.append(line)
        if upper.startswith("BEGIN:"):
            depth += 1
        elif upper.startswith("END:"):
            depth -= 1
            if depth == 0:
                yield kind, block
                block = None


def timezones_of(text):
    """The VTIMEZONE texts of a feed by TZID (a first pass: they may come after the events)."""
    timezones = {}
    for _kind, block in _components(text, {"VTIMEZONE"}):
        tzid = next(
            (b.split(":", 1)[1].strip() for b in block if b.upper().startswith("TZID")), None
        )
        if tzid:
            timezones[tzid] = "\r\n".join(block) + "\r\n"
    return timezones


def events_of(text):
    """The VEVENT texts of a feed, one at a time."""
    for _kind, block in _components(text, {"VEVENT"}):
        yield "\r\n".join(block) + "\r\n"


def split_components(text):
    """``(timezones, events)``: VTIMEZONE texts by TZID and VEVENT texts, in order."""
    return timezones_of(text), list(events_of(text))


def parse_event(body, timezones):
    """One VEVENT as an ``icalendar.Event`` (with the VTIMEZONEs it refers to)."""
    for line in body.splitlines():
        if line and ":" not in line:
            raise ValueError(f"broken line “{line[:60]}”")
    wanted = [tz for tzid, tz in timezones.items() if f"TZID={tzid}".upper() in body.upper()]
    calendar = icalendar.Calendar.from_ical(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(wanted) + body + "END:VCALENDAR\r\n"
    )
    events = calendar.walk("VEVENT")
    if len(events) != 1:
        raise ValueError("not one event")
    return events[0]


# -- mapping -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Incoming:
    uid: str
    title: str
    start: datetime.datetime
    end: datetime.datetime
    all_day: bool
    description: str = ""
    location: str = ""
    url: str = ""
    status: str = "scheduled"
    categories: tuple = ()
    sequence: int = 0
    last_modified: datetime.datetime | None = None
    rule: recurrence.Rule | None = None
    extra_dates: tuple = ()
    skipped_dates: tuple = ()
    recurrence_id: datetime.datetime | None = None
    changes: list = field(default_factory=list)


def _aware(value, tz, params=None):
    """A ``date``/``datetime`` from a property as ``(aware datetime, is_date)``."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            if params and params.get("TZID"):
                raise ValueError(f"unknown time zone “{params.get('TZID')}”")
            return value.replace(tzinfo=tz), False  # floating time: the site's zone
        return value, False
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time(), tzinfo=tz), True
    raise ValueError("no valid date")


def _dates(component, name, tz):
    values = component.get(name)
    if values is None:
        return []
    if not isinstance(values, list):
        values = [values]
    result = []
    for value in values:
        for item in getattr(value, "dts", [value]):
            dt = getattr(item, "dt", item)
            if isinstance(dt, tuple):  # RDATE periods
                dt = dt[0]
            aware, _is_date = _aware(dt, tz, getattr(item, "params", None))
            result.append(aware.astimezone(tz).date())
    return result


def _text(component, name):
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value).strip()


def _categories(component):
    values = component.get("CATEGORIES")
    if values is None:
        return ()
    if not isinstance(values, list):
        values = [values]
    result = []
    for value in values:
        for item in getattr(value, "cats", [value]):
            result.append(str(item).strip().casefold())
    return tuple(result)


def to_incoming(event, tz, horizon_end):
    uid = _text(event, "UID")
    if not uid:
        raise ValueError("no UID")
    if "DTSTART" not in event:
        raise ValueError("no DTSTART")
    dtstart = event["DTSTART"]
    start, all_day = _aware(dtstart.dt, tz, dtstart.params)
    if "DTEND" in event:
        end, _ = _aware(event["DTEND"].dt, tz, event["DTEND"].params)
    elif "DURATION" in event:
        end = start + event["DURATION"].dt
    else:
        end = start + (datetime.timedelta(days=1) if all_day else datetime.timedelta())
    if all_day:
        end = max(end - datetime.timedelta(days=1), start)  # our end names the last day
    if end < start:
        raise ValueError("ends before it starts")
    last_modified = event.get("LAST-MODIFIED")
    last_modified = last_modified.dt if last_modified is not None else None
    if isinstance(last_modified, datetime.datetime) and last_modified.tzinfo is None:
        last_modified = last_modified.replace(tzinfo=datetime.UTC)
    try:
        sequence = int(event.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    status = _text(event, "STATUS").upper()
    incoming = Incoming(
        uid=uid[:255],
        title=(_text(event, "SUMMARY") or uid)[:255],
        start=start,
        end=end,
        all_day=all_day,
        description=_text(event, "DESCRIPTION"),
        location=_text(event, "LOCATION"),
        url=_text(event, "URL")[:500],
        status="cancelled" if status == "CANCELLED" else "scheduled",
        categories=_categories(event),
        sequence=sequence,
        last_modified=last_modified,
        extra_dates=tuple(_dates(event, "RDATE", tz)),
        skipped_dates=tuple(_dates(event, "EXDATE", tz)),
    )
    if "RECURRENCE-ID" in event:
        rid = event["RECURRENCE-ID"]
        incoming.recurrence_id, _ = _aware(rid.dt, tz, rid.params)
        return incoming
    rrule = event.get("RRULE")
    if rrule is not None:
        if isinstance(rrule, list):
            if len(rrule) != 1:
                raise ValueError("several RRULEs")
            rrule = rrule[0]
        local_start = start.astimezone(tz).replace(tzinfo=None)
        data = {k.upper(): v for k, v in rrule.items()}
        incoming.rule = recurrence.rule_from_rrule(data, local_start)
        if incoming.rule is None:
            # a rule editors cannot express: keep its dates as extra dates
            incoming.extra_dates = tuple(
                sorted(
                    set(incoming.extra_dates)
                    | set(_expand_rrule(data, local_start, tz, horizon_end))
                )
            )
    return incoming


def _expand_rrule(data, local_start, tz, horizon_end):
    parts = []
    for key, value in data.items():
        values = value if isinstance(value, list | tuple) else [value]
        if key == "UNTIL":
            until = values[0]
            if isinstance(until, datetime.datetime):
                if until.tzinfo is not None:
                    until = until.astimezone(tz).replace(tzinfo=None)
            else:
                until = datetime.datetime.combine(until, datetime.time.max)
            values = [until.strftime("%Y%m%dT%H%M%S")]
        parts.append(f"{key}={','.join(str(v) for v in values)}")
    try:
        rule = du.rrulestr(";".join(parts), dtstart=local_start, cache=False)
    except (ValueError, TypeError) as error:
        raise ValueError(f"unreadable RRULE ({error})") from None
    horizon = horizon_end.astimezone(tz).replace(tzinfo=None)
    dates = []
    for value in rule.xafter(local_start, inc=True):
        if value > horizon or len(dates) >= MAX_EXPANDED_DATES:
            break
        if value != local_start:
            dates.append(value.date())
    return dates


# -- writing -----------------------------------------------------------------------------------


def _body(incoming):
    paragraphs = [p.strip() for p in incoming.description.split("\n\n") if p.strip()]
    if incoming.location:
        paragraphs.append(f"Ort: {incoming.location}")
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _apply(page, incoming, feed):
    page.title = incoming.title
    page.draft_title = incoming.title
    page.start = incoming.start
    page.end = incoming.end
    page.all_day = incoming.all_day
    page.status = incoming.status
    page.short_description = incoming.description.split("\n")[0][:300]
    page.body = _body(incoming)
    rule = incoming.rule
    page.repeat = rule.freq if rule else ""
    page.repeat_interval = rule.interval if rule else 1
    page.repeat_weekdays = list(rule.weekdays) if rule else []
    page.repeat_monthly = rule.monthly if rule else recurrence.MONTHLY_DAY
    page.repeat_until = rule.until if rule else None
    page.repeat_count = rule.count if rule and not rule.until else None
    page.extra_dates = list(incoming.extra_dates)
    page.skipped_dates = list(incoming.skipped_dates)
    page.import_feed = feed
    page.import_uid = incoming.uid
    page.import_sequence = incoming.sequence
    page.import_last_modified = incoming.last_modified
    page.source_url = incoming.url or (feed.url if feed else "")


def _date_changes(incoming, tz):
    changes = []
    for override in incoming.changes:
        day = override.recurrence_id.astimezone(tz).date()
        if override.status == "cancelled":
            changes.append(EventDateChange(date=day, status=recurrence.CANCELLED))
        elif override.start != override.recurrence_id:
            changes.append(
                EventDateChange(
                    date=day,
                    status=recurrence.MOVED,
                    new_start=override.start,
                    new_end=override.end if not override.all_day else None,
                )
            )
    return changes


def _slug(incoming):
    digest = hashlib.sha1(incoming.uid.encode(), usedforsecurity=False).hexdigest()[:8]
    return f"{slugify(incoming.title)[:60] or 'termin'}-{digest}"


def import_calendar(calendar, data, feed=None, now=None):
    """Import iCalendar ``data`` (bytes) into ``calendar``; returns an ``ImportResult``.

    Raises ``FeedError`` (and changes nothing) when the feed as a whole is unusable.
    """
    result = ImportResult()
    tz = widunetz_tz()
    now = now or timezone.now()
    horizon_end = now + datetime.timedelta(days=get_setting("OCCURRENCE_HORIZON_DAYS"))
    text = decode(data)
    del data  # the caller may still hold it; this frame does not
    timezones = timezones_of(text)
    wanted = feed.category_list if feed is not None else []
    masters = {}
    overrides = []
    number = 0
    for number, body in enumerate(events_of(text), start=1):  # noqa: B007 - used below
        try:
            incoming = to_incoming(parse_event(body, timezones), tz, horizon_end)
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            result.skipped += 1
            result.note(f"Event {number} skipped: {error}")
            continue
        if incoming.recurrence_id is not None:
            overrides.append(incoming)
            continue
        if wanted and not set(incoming.categories) & set(wanted):
            result.filtered += 1
            continue
        if incoming.uid in masters:
            result.skipped += 1
            result.note(f"Event {number} skipped: UID {incoming.uid} appears twice")
            continue
        if incoming.rule is not None and not incoming.rule.is_bounded:
            result.note(f"“{incoming.title}” repeats without end: dates up to the horizon.")
        masters[incoming.uid] = incoming
    del text
    if not number:
        result.note("The feed holds no events.")
    for override in overrides:
        master = masters.get(override.uid)
        if master is not None:
            master.changes.append(override)
            if override.sequence > master.sequence:
                master.sequence = override.sequence
            if override.last_modified and (
                master.last_modified is None or override.last_modified > master.last_modified
            ):
                master.last_modified = override.last_modified
    with transaction.atomic():
        _write(calendar, feed, masters, result, tz)
    return result


BATCH = 500


def _write(calendar, feed, masters, result, tz):
    pages = EventPage.objects.child_of(calendar).exclude(import_uid="")
    pages = (
        pages.filter(import_feed__isnull=True) if feed is None else pages.filter(import_feed=feed)
    )
    # light rows first; a page is loaded in full only when it is updated or unpublished
    existing = {
        uid: (pk, sequence, last_modified, live)
        for pk, uid, sequence, last_modified, live in pages.values_list(
            "pk", "import_uid", "import_sequence", "import_last_modified", "live"
        )
    }
    batch = []
    for uid, incoming in masters.items():
        known = existing.get(uid)
        if known is None:
            batch.append(incoming)
            if len(batch) >= BATCH:
                _create(calendar, feed, batch, result, tz)
                batch = []
            continue
        pk, sequence, last_modified, live = known
        # RFC 5545: SEQUENCE grows with every significant change; LAST-MODIFIED when present
        if live and sequence == incoming.sequence and last_modified == incoming.last_modified:
            result.unchanged += 1
            continue
        page = EventPage.objects.get(pk=pk)
        _apply(page, incoming, feed)
        page.date_changes = _date_changes(incoming, tz)
        page.save_revision().publish()
        result.updated += 1
    _create(calendar, feed, batch, result, tz)
    if feed is not None:
        gone = [pk for uid, (pk, _s, _l, live) in existing.items() if live and uid not in masters]
        for page in EventPage.objects.filter(pk__in=gone):
            page.unpublish()
            result.unpublished += 1


def _create(calendar, feed, batch, result, tz):
    """Write new events in bulk: pages, their links and date changes, their occurrences."""
    if not batch:
        return
    new_pages = []
    for incoming in batch:
        page = EventPage(slug=_slug(incoming))
        _apply(page, incoming, feed)
        new_pages.append(page)
    calendar.refresh_from_db(fields=["numchild"])
    with occurrences.bulk_mode():
        bulk_add_children(calendar, new_pages)
    links = []
    for page, incoming in zip(new_pages, batch, strict=True):
        for change in _date_changes(incoming, tz):
            change.page = page
            change.locale_id = page.locale_id
            links.append(change)
    EventDateChange.objects.bulk_create(links, batch_size=BATCH)
    if feed is not None:
        topic_id = _topic_in_locale(feed, calendar.locale_id) if feed.default_topic_id else None
        if feed.organiser_id:
            EventOrganiser.objects.bulk_create(
                [EventOrganiser(page=p, partner_id=feed.organiser_id) for p in new_pages],
                batch_size=BATCH,
            )
        if topic_id:
            EventTopic.objects.bulk_create(
                [EventTopic(page=p, topic_id=topic_id, locale_id=p.locale_id) for p in new_pages],
                batch_size=BATCH,
            )
    occurrences.materialise_many(new_pages)
    result.created += len(new_pages)


def _topic_in_locale(feed, locale_id):
    from wagtail_widunetz.core.models import Topic

    topic = feed.default_topic
    if topic.locale_id == locale_id:
        return topic.pk
    return (
        Topic.objects.filter(translation_key=topic.translation_key, locale_id=locale_id)
        .values_list("pk", flat=True)
        .first()
    )


def import_feed(feed, data=None):
    """Pull one ``PartnerFeed`` (or import ``data`` for it) and record the result on it."""
    try:
        if data is None:
            data = read_source(feed.url)
        result = import_calendar(feed.calendar, data, feed=feed)
    except FeedError as error:
        result = ImportResult(ok=False)
        result.note(str(error))
    except Exception as error:  # noqa: BLE001 - recorded for the admin, then re-raised
        result = ImportResult(ok=False)
        result.note(f"Import failed: {error!r}")
        _record(feed, result)
        raise
    _record(feed, result)
    return result


def _record(feed, result):
    type(feed).objects.filter(pk=feed.pk).update(
        last_run=timezone.now(), last_ok=result.ok, last_result=result.summary()[:5000]
    )
