"""Opening hours as data: is a partner open now, when does it open next, the weekly table.

Pure logic on plain values (no database, no Django models), so it is tested directly and the
profile, the directory cards and the JSON-LD all share one answer. Times are wall-clock times in
the chapter's time zone (``WIDUNETZ_TIME_ZONE``); ``now`` must be an aware datetime and is
converted into that zone, so daylight saving time needs no special care.
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.utils import timezone

LOOKAHEAD_DAYS = 14


@dataclass(frozen=True)
class Slot:
    """Open on ``weekdays`` (0 = Monday) from ``opens`` to ``closes``."""

    weekdays: frozenset
    opens: datetime.time
    closes: datetime.time


@dataclass(frozen=True)
class Exception_:
    """From ``start`` to ``end`` (inclusive) closed, or open only ``opens``-``closes``."""

    start: datetime.date
    end: datetime.date
    closed: bool = True
    opens: datetime.time | None = None
    closes: datetime.time | None = None
    note: str = ""

    def covers(self, day):
        return self.start <= day <= self.end


@dataclass
class OpeningHours:
    slots: list = field(default_factory=list)
    exceptions: list = field(default_factory=list)
    by_appointment: bool = False
    temporarily_closed: bool = False

    @property
    def has_hours(self):
        return bool(self.slots)

    def exception_for(self, day):
        for exception in self.exceptions:
            if exception.covers(day):
                return exception
        return None

    def intervals_on(self, day):
        """Opening intervals ``[(opens, closes)]`` on ``day`` and the exception that applies."""
        exception = self.exception_for(day)
        if exception is not None:
            if exception.closed or not (exception.opens and exception.closes):
                return [], exception
            return [(exception.opens, exception.closes)], exception
        weekday = day.weekday()
        intervals = sorted((s.opens, s.closes) for s in self.slots if weekday in s.weekdays)
        return intervals, None

    def weekly_table(self):
        """``[(weekday, [(opens, closes), ...]), ...]`` for Monday to Sunday."""
        return [
            (
                weekday,
                sorted((s.opens, s.closes) for s in self.slots if weekday in s.weekdays),
            )
            for weekday in range(7)
        ]

    def upcoming_exceptions(self, today, days=90):
        horizon = today + datetime.timedelta(days=days)
        return sorted(
            (e for e in self.exceptions if e.end >= today and e.start <= horizon),
            key=lambda e: e.start,
        )

    def status(self, now, tz):
        """The visitor-facing state at ``now`` (aware) in time zone ``tz`` (a name or tzinfo)."""
        if isinstance(tz, str):
            tz = zoneinfo.ZoneInfo(tz)
        local = now.astimezone(tz)
        if self.temporarily_closed:
            return Status("temporarily_closed")
        today = local.date()
        intervals, exception = self.intervals_on(today)
        clock = local.time().replace(tzinfo=None)
        for opens, closes in intervals:
            if opens <= clock < closes:
                return Status("open", until=closes, exception=exception)
        if not self.slots and not any(not e.closed for e in self.exceptions):
            return Status("by_appointment" if self.by_appointment else "unknown")
        for offset in range(LOOKAHEAD_DAYS + 1):
            day = today + datetime.timedelta(days=offset)
            day_intervals, day_exception = self.intervals_on(day)
            for opens, _closes in day_intervals:
                if offset == 0 and opens <= clock:
                    continue
                next_open = datetime.datetime.combine(day, opens, tzinfo=tz)
                return Status(
                    "closed",
                    next_open=next_open,
                    exception=exception,
                    by_appointment=self.by_appointment,
                )
        return Status("closed", exception=exception, by_appointment=self.by_appointment)


@dataclass(frozen=True)
class Status:
    """``state`` is one of ``open``, ``closed``, ``temporarily_closed``, ``by_appointment``,
    ``unknown`` (no hours entered)."""

    state: str
    until: datetime.time | None = None
    next_open: datetime.datetime | None = None
    exception: Exception_ | None = None
    by_appointment: bool = False

    @property
    def is_open(self):
        return self.state == "open"

    def next_open_in_days(self, now):
        if self.next_open is None:
            return None
        local = now.astimezone(self.next_open.tzinfo)
        return (self.next_open.date() - local.date()).days


def from_stream(stream, by_appointment=False, temporarily_closed=False):
    """Build ``OpeningHours`` from the raw data of an ``OpeningHoursBlock`` StreamField.

    Reads the raw JSON (``stream.raw_data``), which needs no block conversion; malformed entries
    (half-filled drafts) are skipped rather than breaking a page.
    """
    slots, exceptions = [], []
    raw = getattr(stream, "raw_data", stream) or []
    for item in raw:
        value = item.get("value") or {}
        try:
            if item.get("type") == "slot":
                opens, closes = _time(value.get("opens")), _time(value.get("closes"))
                days = frozenset(int(d) for d in value.get("weekdays") or [] if str(d).isdigit())
                if opens and closes and closes > opens and days:
                    slots.append(Slot(days, opens, closes))
            elif item.get("type") == "exception":
                start = _date(value.get("start_date"))
                if start is None:
                    continue
                end = _date(value.get("end_date")) or start
                exceptions.append(
                    Exception_(
                        start=start,
                        end=max(start, end),
                        closed=bool(value.get("closed")),
                        opens=_time(value.get("opens")),
                        closes=_time(value.get("closes")),
                        note=value.get("note") or "",
                    )
                )
        except (TypeError, ValueError):
            continue
    return OpeningHours(slots, exceptions, by_appointment, temporarily_closed)


def _time(value):
    if not value:
        return None
    if isinstance(value, datetime.time):
        return value
    return datetime.time.fromisoformat(value)


def _date(value):
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


def current_time():
    """The clock used for "open now". Tests replace it (``monkeypatch``) to fix the time."""
    return timezone.now()


SCHEMA_DAYS = [
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
]


def opening_hours_specification(hours, today=None):
    """schema.org ``OpeningHoursSpecification`` list: regular slots and upcoming exceptions."""
    specs = []
    for slot in hours.slots:
        specs.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [SCHEMA_DAYS[d] for d in sorted(slot.weekdays)],
                "opens": slot.opens.strftime("%H:%M"),
                "closes": slot.closes.strftime("%H:%M"),
            }
        )
    exceptions = hours.upcoming_exceptions(today) if today else hours.exceptions
    for exception in exceptions:
        spec = {
            "@type": "OpeningHoursSpecification",
            "validFrom": exception.start.isoformat(),
            "validThrough": exception.end.isoformat(),
        }
        if exception.closed or not (exception.opens and exception.closes):
            # schema.org: "closed" is expressed as opens = closes = 00:00.
            spec.update(opens="00:00", closes="00:00")
        else:
            spec.update(
                opens=exception.opens.strftime("%H:%M"), closes=exception.closes.strftime("%H:%M")
            )
        specs.append(spec)
    return specs
