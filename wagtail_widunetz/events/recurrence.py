"""Recurring events after RFC 5545, through python-dateutil. Pure Python: no Django here.

One engine serves the materialised occurrence table, the admin preview, the iCalendar export
and the import. The rules are *wall-clock* rules: a class at 15:00 stays at 15:00 local time
across the daylight-saving changes, so rules are expanded on naive local datetimes and only
then attached to the time zone (``ZoneInfo``) and normalised.

* ``Rule`` is the structured recurrence an editor can express (no free RRULE text);
* ``Series`` is one event: first start and end, all-day flag, rule, extra dates (RDATE),
  skipped dates (EXDATE) and per-date changes (cancelled, postponed, moved, fully booked);
* ``expand(series, window_start, window_end)`` returns the ``Occurrence`` objects overlapping
  the window, in order.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from dateutil import rrule as du

UTC = datetime.UTC

DAILY, WEEKLY, MONTHLY, YEARLY = "DAILY", "WEEKLY", "MONTHLY", "YEARLY"
FREQUENCIES = {DAILY: du.DAILY, WEEKLY: du.WEEKLY, MONTHLY: du.MONTHLY, YEARLY: du.YEARLY}
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

# How a monthly rule picks its day, derived from the first start:
MONTHLY_DAY = "day"  # the same day of the month (the 15th); months without it are skipped
MONTHLY_NTH = "nth"  # the same weekday in the same week of the month (the 2nd Tuesday)
MONTHLY_LAST_WEEKDAY = "last"  # the last such weekday of the month (the last Friday)
MONTHLY_LAST_DAY = "lastday"  # the last day of the month
MONTHLY_MODES = (MONTHLY_DAY, MONTHLY_NTH, MONTHLY_LAST_WEEKDAY, MONTHLY_LAST_DAY)

# Statuses of one occurrence.
SCHEDULED = "scheduled"
CANCELLED = "cancelled"
POSTPONED = "postponed"
MOVED = "moved"
FULLY_BOOKED = "fully_booked"
STATUSES = (SCHEDULED, CANCELLED, POSTPONED, MOVED, FULLY_BOOKED)

# A safety net for rules that would otherwise expand without end in one window.
MAX_OCCURRENCES = 5000
# Occurrences moved by up to this many days are found from a window around their new date.
MOVE_MARGIN_DAYS = 31


class RecurrenceError(ValueError):
    """A rule that cannot be expanded (unknown frequency, bad interval, ...)."""


@dataclass(frozen=True)
class Rule:
    """A recurrence rule as an editor states it: "every 2nd week on Tuesday until 30 June"."""

    freq: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # 0 = Monday; only for weekly rules
    monthly: str = MONTHLY_DAY
    until: datetime.date | None = None  # last local date on which an occurrence may start
    count: int | None = None

    def __post_init__(self):
        if self.freq not in FREQUENCIES:
            raise RecurrenceError(f"Unknown frequency {self.freq!r}.")
        if not 1 <= int(self.interval) <= 366:
            raise RecurrenceError("The interval must be between 1 and 366.")
        if any(not 0 <= d <= 6 for d in self.weekdays):
            raise RecurrenceError("Weekdays are numbers from 0 (Monday) to 6 (Sunday).")
        if self.monthly not in MONTHLY_MODES:
            raise RecurrenceError(f"Unknown monthly mode {self.monthly!r}.")
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise RecurrenceError(f"The count must be between 1 and {MAX_OCCURRENCES}.")

    @property
    def is_bounded(self):
        return self.until is not None or self.count is not None


@dataclass(frozen=True)
class Change:
    """What happens to the occurrence originally on one local date."""

    status: str = SCHEDULED
    new_start: datetime.datetime | None = None  # aware; only for MOVED
    new_end: datetime.datetime | None = None
    reason: str = ""


@dataclass(frozen=True)
class Occurrence:
    start: datetime.datetime  # aware, in the series' time zone
    end: datetime.datetime
    recurrence_id: datetime.datetime  # the original start (RFC 5545 RECURRENCE-ID)
    all_day: bool = False
    status: str = SCHEDULED
    reason: str = ""

    @property
    def is_changed(self):
        return self.status != SCHEDULED or self.start != self.recurrence_id


@dataclass
class Series:
    start: datetime.datetime  # aware; the first occurrence
    end: datetime.datetime
    tz: ZoneInfo
    all_day: bool = False
    rule: Rule | None = None
    rdates: tuple = ()  # dates (at the first start's time) or aware datetimes
    exdates: tuple = ()  # local dates that are skipped
    changes: dict = field(default_factory=dict)  # {local date: Change}

    # -- wall clock ------------------------------------------------------------------------

    def local_bounds(self):
        """Naive local start and end of the first occurrence (all-day: midnights, end exclusive)."""
        start = self.start.astimezone(self.tz).replace(tzinfo=None)
        end = self.end.astimezone(self.tz).replace(tzinfo=None)
        if self.all_day:
            first_day = start.date()
            last_day = max(end.date(), first_day)
            start = datetime.datetime.combine(first_day, datetime.time())
            end = datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time())
        elif end < start:
            end = start
        return start, end

    def localize(self, naive):
        """Attach the zone to a wall-clock time; a time in the spring gap moves forward."""
        return naive.replace(tzinfo=self.tz).astimezone(UTC).astimezone(self.tz)

    def to_local_naive(self, value):
        if isinstance(value, datetime.datetime):
            if value.tzinfo is None:
                return value
            return value.astimezone(self.tz).replace(tzinfo=None)
        return datetime.datetime.combine(value, self.local_bounds()[0].time())

    # -- rules -----------------------------------------------------------------------------

    def dateutil_rule(self):
        """The rule as a ``dateutil.rrule.rrule`` on naive local time, or ``None``."""
        rule = self.rule
        if rule is None:
            return None
        dtstart, _ = self.local_bounds()
        kwargs = {"dtstart": dtstart, "interval": int(rule.interval), "cache": False}
        if rule.freq == WEEKLY:
            kwargs["byweekday"] = tuple(sorted(set(rule.weekdays))) or (dtstart.weekday(),)
        elif rule.freq == MONTHLY:
            weekday = du.weekday(dtstart.weekday())
            if rule.monthly == MONTHLY_NTH:
                nth = (dtstart.day - 1) // 7 + 1
                kwargs["byweekday"] = weekday(nth if nth <= 4 else -1)
            elif rule.monthly == MONTHLY_LAST_WEEKDAY:
                kwargs["byweekday"] = weekday(-1)
            elif rule.monthly == MONTHLY_LAST_DAY:
                kwargs["bymonthday"] = -1
            else:
                kwargs["bymonthday"] = dtstart.day
        if rule.until is not None:
            kwargs["until"] = datetime.datetime.combine(rule.until, datetime.time.max)
        elif rule.count is not None:
            kwargs["count"] = int(rule.count)
        return du.rrule(FREQUENCIES[rule.freq], **kwargs)

    def ruleset(self):
        """All original starts (naive local) as a ``dateutil.rrule.rruleset``."""
        dtstart, _ = self.local_bounds()
        rset = du.rruleset(cache=False)
        rule = self.dateutil_rule()
        if rule is not None:
            rset.rrule(rule)
        else:
            rset.rdate(dtstart)
        for value in self.rdates:
            rset.rdate(self.to_local_naive(value))
        return rset

    def _is_skipped(self, naive_start):
        return naive_start.date() in self.exdates_set

    @property
    def exdates_set(self):
        return {d.date() if isinstance(d, datetime.datetime) else d for d in self.exdates}

    # -- expansion -------------------------------------------------------------------------

    def occurrence_at(self, naive_start, duration):
        start = self.localize(naive_start)
        end = self.localize(naive_start + duration)
        change = self.changes.get(naive_start.date())
        if change is None or change.status == SCHEDULED:
            return Occurrence(start, end, start, self.all_day)
        new_start, new_end = start, end
        if change.status == MOVED and change.new_start is not None:
            new_start = change.new_start.astimezone(self.tz)
            if change.new_end is not None and change.new_end >= change.new_start:
                new_end = change.new_end.astimezone(self.tz)
            else:
                moved = new_start.replace(tzinfo=None) + duration
                new_end = self.localize(moved)
        return Occurrence(new_start, new_end, start, self.all_day, change.status, change.reason)

    def expand(self, window_start=None, window_end=None, limit=MAX_OCCURRENCES):
        """Occurrences overlapping ``[window_start, window_end)`` (aware datetimes), in order.

        Without a window, the rule must be bounded (until or count). A moved occurrence is
        looked up by its original date but placed at its new time.
        """
        dtstart, dtend = self.local_bounds()
        duration = dtend - dtstart
        rset = self.ruleset()
        if window_end is None and self.rule is not None and not self.rule.is_bounded:
            raise RecurrenceError("An endless rule needs a window end to expand in.")
        # Margins: running multi-day occurrences and dates moved by up to a month.
        margin = datetime.timedelta(days=MOVE_MARGIN_DAYS)
        lo = dtstart
        if window_start is not None:
            lo = max(dtstart, self.to_local_naive(window_start) - duration - margin)
        if window_end is None:
            naive_starts = rset.xafter(lo, inc=True)
        else:
            naive_starts = rset.between(lo, self.to_local_naive(window_end) + margin, inc=True)
        result = []
        for naive in naive_starts:
            if self._is_skipped(naive):
                continue
            occurrence = self.occurrence_at(naive, duration)
            if window_end is not None and occurrence.start >= window_end:
                continue
            # Still running counts; a zero-length event counts at its start.
            ended = occurrence.end <= window_start if window_start is not None else False
            if ended and not occurrence.start == occurrence.end >= window_start:
                continue
            result.append(occurrence)
            if len(result) >= limit:
                break
        result.sort(key=lambda o: (o.start, o.recurrence_id))
        return result


# -- RFC 5545 text ---------------------------------------------------------------------------


def rrule_dict(series, until):
    """The RRULE of ``series`` as a dict for ``icalendar.vRecur``, ending by ``until``.

    ``until`` (aware; the feed window's end) bounds endless rules so that every exported rule
    ends; UNTIL is the last original start of the rule itself (not of extra dates) up to there,
    in UTC as RFC 5545 requires when DTSTART has a TZID, or a date for all-day events.
    Returns ``None`` for a series without a rule or without rule dates before ``until``.
    """
    rule = series.rule
    if rule is None:
        return None
    dtstart, _ = series.local_bounds()
    data = {"FREQ": rule.freq}
    if rule.interval != 1:
        data["INTERVAL"] = int(rule.interval)
    if rule.freq == WEEKLY:
        days = sorted(set(rule.weekdays)) or [dtstart.weekday()]
        data["BYDAY"] = [WEEKDAY_CODES[d] for d in days]
    elif rule.freq == MONTHLY:
        code = WEEKDAY_CODES[dtstart.weekday()]
        if rule.monthly == MONTHLY_NTH:
            nth = (dtstart.day - 1) // 7 + 1
            data["BYDAY"] = [f"{nth if nth <= 4 else -1}{code}"]
        elif rule.monthly == MONTHLY_LAST_WEEKDAY:
            data["BYDAY"] = [f"-1{code}"]
        elif rule.monthly == MONTHLY_LAST_DAY:
            data["BYMONTHDAY"] = [-1]
        else:
            data["BYMONTHDAY"] = [dtstart.day]
    last = series.dateutil_rule().before(series.to_local_naive(until), inc=True)
    if last is None:
        return None
    if series.all_day:
        data["UNTIL"] = last.date()
    else:
        data["UNTIL"] = series.localize(last).astimezone(UTC)
    return data


def rule_from_rrule(data, dtstart):
    """Map an imported RRULE (dict of lists, as ``icalendar.vRecur``) to a ``Rule``.

    Returns ``None`` when the rule uses parts an editor cannot express here (BYSETPOS, BYHOUR,
    several BYMONTHDAY values, ...); the caller then stores the expanded dates as RDATEs.
    ``dtstart`` is the naive or aware local first start.
    """

    def one(key):
        value = data.get(key)
        if isinstance(value, list | tuple):
            if len(value) != 1:
                return None if not value else "many"
            return value[0]
        return value

    allowed = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT", "WKST"}
    if set(data) - allowed:
        return None
    freq = str(one("FREQ") or "").upper()
    if freq not in FREQUENCIES:
        return None
    interval = int(one("INTERVAL") or 1)
    until = one("UNTIL")
    if isinstance(until, datetime.datetime):
        until = (
            until.astimezone(dtstart.tzinfo) if until.tzinfo and dtstart.tzinfo else until
        ).date()
    count = one("COUNT")
    count = int(count) if count not in (None, "many") else None
    byday = data.get("BYDAY") or []
    if isinstance(byday, str):
        byday = [byday]
    bymonthday = data.get("BYMONTHDAY") or []
    if not isinstance(bymonthday, list | tuple):
        bymonthday = [bymonthday]
    kwargs = {"freq": freq, "interval": interval, "until": until, "count": count}
    try:
        if freq == WEEKLY:
            if bymonthday:
                return None
            days = []
            for code in byday:
                code = str(code).upper()
                if code not in WEEKDAY_CODES:
                    return None
                days.append(WEEKDAY_CODES.index(code))
            if days and dtstart.weekday() not in days:
                return None  # RFC 5545 counts DTSTART anyway; our rules start on a rule day
            return Rule(weekdays=tuple(sorted(days)), **kwargs)
        if freq == MONTHLY:
            if byday and bymonthday:
                return None
            if bymonthday:
                if len(bymonthday) != 1:
                    return None
                day = int(bymonthday[0])
                if day == -1:
                    return Rule(monthly=MONTHLY_LAST_DAY, **kwargs)
                return Rule(monthly=MONTHLY_DAY, **kwargs) if day == dtstart.day else None
            if byday:
                if len(byday) != 1:
                    return None
                code = str(byday[0]).upper()
                if code[-2:] != WEEKDAY_CODES[dtstart.weekday()]:
                    return None
                nth = code[:-2] or "0"
                if nth in ("-1",):
                    return Rule(monthly=MONTHLY_LAST_WEEKDAY, **kwargs)
                if nth.lstrip("+") == str((dtstart.day - 1) // 7 + 1) and int(nth) <= 4:
                    return Rule(monthly=MONTHLY_NTH, **kwargs)
                return None
            return Rule(monthly=MONTHLY_DAY, **kwargs)
        if byday or bymonthday:
            return None
        return Rule(**kwargs)
    except (RecurrenceError, ValueError, TypeError):
        return None
