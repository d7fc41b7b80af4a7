"""Recurrences in words, for editors and visitors: "every 2 weeks on Tuesday, 15:00 to 17:00,
until 30 June 2026". The editor never sees RRULE syntax."""

from django.utils import formats, timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import recurrence
from .fields import WEEKDAY_CHOICES


def weekday_name(number):
    return str(dict(WEEKDAY_CHOICES)[number])


def ordinal(n):
    return {
        1: _("first"),
        2: _("second"),
        3: _("third"),
        4: _("fourth"),
    }.get(n, _("last"))


def status_label(status):
    return {
        recurrence.SCHEDULED: _("takes place"),
        recurrence.CANCELLED: _("cancelled"),
        recurrence.POSTPONED: _("postponed"),
        recurrence.MOVED: _("moved"),
        recurrence.FULLY_BOOKED: _("fully booked"),
    }.get(status, status)


def _frequency(rule, first):
    n = rule.interval
    if rule.freq == recurrence.DAILY:
        return ngettext("every day", "every %(n)s days", n) % {"n": n}
    if rule.freq == recurrence.WEEKLY:
        days = sorted(set(rule.weekdays)) or [first.weekday()]
        names = get_text_list([weekday_name(d) for d in days], _("and"))
        return ngettext("every week on %(days)s", "every %(n)s weeks on %(days)s", n) % {
            "n": n,
            "days": names,
        }
    if rule.freq == recurrence.MONTHLY:
        every = ngettext("every month", "every %(n)s months", n) % {"n": n}
        weekday = weekday_name(first.weekday())
        if rule.monthly == recurrence.MONTHLY_NTH:
            nth = (first.day - 1) // 7 + 1
            return _("%(every)s on the %(nth)s %(weekday)s") % {
                "every": every,
                "nth": ordinal(nth if nth <= 4 else 5),
                "weekday": weekday,
            }
        if rule.monthly == recurrence.MONTHLY_LAST_WEEKDAY:
            return _("%(every)s on the last %(weekday)s") % {"every": every, "weekday": weekday}
        if rule.monthly == recurrence.MONTHLY_LAST_DAY:
            return _("%(every)s on its last day") % {"every": every}
        return _("%(every)s on day %(day)s") % {"every": every, "day": first.day}
    return ngettext("every year", "every %(n)s years", n) % {"n": n}


def describe(page):
    """The event's dates in one sentence, in the active language and the site's time zone."""
    series = page.get_series(changes={})
    first = timezone.localtime(page.start, series.tz)
    last = timezone.localtime(page.end, series.tz)
    if page.all_day:
        if last.date() > first.date():
            times = _("all day, %(days)s days") % {"days": (last.date() - first.date()).days + 1}
        else:
            times = _("all day")
    else:
        times = _("%(start)s to %(end)s") % {
            "start": formats.time_format(first, "TIME_FORMAT"),
            "end": formats.time_format(last, "TIME_FORMAT"),
        }
    rule = series.rule
    if rule is None:
        parts = [formats.date_format(first, "DATE_FORMAT"), times]
    else:
        parts = [_frequency(rule, first), times]
        if rule.until:
            parts.append(_("until %(date)s") % {"date": formats.date_format(rule.until)})
        elif rule.count:
            parts.append(
                ngettext("%(count)s date in all", "%(count)s dates in all", rule.count)
                % {"count": rule.count}
            )
        parts.insert(1, _("from %(date)s") % {"date": formats.date_format(first, "DATE_FORMAT")})
    if series.rdates:
        parts.append(
            ngettext("plus %(count)s more date", "plus %(count)s more dates", len(series.rdates))
            % {"count": len(series.rdates)}
        )
    if series.exdates:
        parts.append(
            ngettext("%(count)s date left out", "%(count)s dates left out", len(series.exdates))
            % {"count": len(series.exdates)}
        )
    return ", ".join(str(p) for p in parts)
