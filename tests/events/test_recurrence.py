"""The recurrence engine alone: no database, a fixed clock (all dates are given explicitly)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from dateutil import rrule as du

from wagtail_widunetz.events import recurrence as r

BERLIN = ZoneInfo("Europe/Berlin")
UTC = datetime.UTC


def at(y, m, d, h=0, mi=0, tz=BERLIN):
    return datetime.datetime(y, m, d, h, mi, tzinfo=tz)


def series(start, hours=2, **kwargs):
    return r.Series(start=start, end=start + datetime.timedelta(hours=hours), tz=BERLIN, **kwargs)


def local(occurrences):
    return [o.start.astimezone(BERLIN).replace(tzinfo=None) for o in occurrences]


def test_single_event_has_one_occurrence():
    s = series(at(2026, 5, 5, 15))
    (only,) = s.expand()
    assert only.start == at(2026, 5, 5, 15) and only.end == at(2026, 5, 5, 17)
    assert only.recurrence_id == only.start and not only.is_changed


@pytest.mark.parametrize(
    "first, transition",
    [(at(2026, 3, 17, 15), datetime.date(2026, 3, 29)), (at(2026, 10, 20, 15), (2026, 10, 25))],
)
def test_weekly_class_keeps_wall_clock_across_dst(first, transition):
    s = series(first, rule=r.Rule(r.WEEKLY, count=4))
    occurrences = s.expand()
    assert [o.start.hour for o in occurrences] == [15, 15, 15, 15]
    assert [o.end.hour for o in occurrences] == [17, 17, 17, 17]
    utc_hours = {o.start.astimezone(UTC).hour for o in occurrences}
    assert utc_hours == {13, 14}  # the UTC time moves, the local time does not


def test_time_in_spring_gap_moves_forward_not_backward():
    s = series(at(2026, 3, 22, 2, 30), rule=r.Rule(r.DAILY, count=14))
    starts = {o.start.date(): o.start for o in s.expand()}
    gap = starts[datetime.date(2026, 3, 29)]
    assert gap.astimezone(UTC) == datetime.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert gap.hour == 3 and gap.utcoffset() == datetime.timedelta(hours=2)


def test_every_second_tuesday_until_a_date_includes_that_day():
    s = series(
        at(2026, 5, 5, 15), rule=r.Rule(r.WEEKLY, interval=2, until=datetime.date(2026, 6, 30))
    )
    assert [d.date() for d in local(s.expand())] == [
        datetime.date(2026, 5, 5),
        datetime.date(2026, 5, 19),
        datetime.date(2026, 6, 2),
        datetime.date(2026, 6, 16),
        datetime.date(2026, 6, 30),
    ]


def test_until_versus_count():
    by_count = series(at(2026, 1, 1, 10), rule=r.Rule(r.DAILY, count=3)).expand()
    by_until = series(at(2026, 1, 1, 10), rule=r.Rule(r.DAILY, until=datetime.date(2026, 1, 3)))
    assert local(by_count) == local(by_until.expand())
    assert len(by_count) == 3


def test_weekly_on_several_days():
    s = series(at(2026, 6, 1, 9), rule=r.Rule(r.WEEKLY, weekdays=(0, 2), count=4))
    assert [d.day for d in local(s.expand())] == [1, 3, 8, 10]


def test_monthly_by_nth_and_last_weekday():
    second_tuesday = series(at(2026, 1, 13, 18), rule=r.Rule(r.MONTHLY, monthly=r.MONTHLY_NTH))
    window = (at(2026, 1, 1), at(2026, 5, 1))
    assert [d.day for d in local(second_tuesday.expand(*window))] == [13, 10, 10, 14]
    last_friday = series(
        at(2026, 1, 30, 18), rule=r.Rule(r.MONTHLY, monthly=r.MONTHLY_LAST_WEEKDAY, count=3)
    )
    assert [d.date() for d in local(last_friday.expand())] == [
        datetime.date(2026, 1, 30),
        datetime.date(2026, 2, 27),
        datetime.date(2026, 3, 27),
    ]


def test_last_day_of_the_month():
    on_31st = series(at(2026, 1, 31, 10), rule=r.Rule(r.MONTHLY, count=3))
    # RFC 5545: months without a 31st are skipped
    assert [d.month for d in local(on_31st.expand())] == [1, 3, 5]
    last_day = series(at(2026, 1, 31, 10), rule=r.Rule(r.MONTHLY, monthly=r.MONTHLY_LAST_DAY))
    days = local(last_day.expand(at(2026, 1, 1), at(2026, 5, 1)))
    assert [(d.month, d.day) for d in days] == [(1, 31), (2, 28), (3, 31), (4, 30)]


def test_leap_day_recurs_only_in_leap_years():
    s = series(at(2028, 2, 29, 12), rule=r.Rule(r.YEARLY, count=2))
    assert [d.year for d in local(s.expand())] == [2028, 2032]


def test_exdate_and_rdate():
    s = series(
        at(2026, 5, 5, 15),
        rule=r.Rule(r.WEEKLY, count=3),
        exdates=(datetime.date(2026, 5, 12),),
        rdates=(datetime.date(2026, 5, 14), at(2026, 5, 30, 11)),
    )
    assert local(s.expand()) == [
        datetime.datetime(2026, 5, 5, 15),
        datetime.datetime(2026, 5, 14, 15),
        datetime.datetime(2026, 5, 19, 15),
        datetime.datetime(2026, 5, 30, 11),
    ]


def test_cancelled_and_moved_dates_keep_their_recurrence_id():
    s = series(
        at(2026, 5, 5, 15),
        rule=r.Rule(r.WEEKLY, count=3),
        changes={
            datetime.date(2026, 5, 12): r.Change(r.CANCELLED, reason="Feiertag"),
            datetime.date(2026, 5, 19): r.Change(r.MOVED, new_start=at(2026, 5, 21, 10)),
        },
    )
    first, cancelled, moved = s.expand()
    assert not first.is_changed
    assert cancelled.status == r.CANCELLED and cancelled.reason == "Feiertag"
    assert cancelled.start == cancelled.recurrence_id == at(2026, 5, 12, 15)
    assert moved.status == r.MOVED and moved.recurrence_id == at(2026, 5, 19, 15)
    assert (moved.start, moved.end) == (at(2026, 5, 21, 10), at(2026, 5, 21, 12))


def test_exdate_on_a_moved_date_removes_the_occurrence():
    """EXDATE names original dates: skipping a moved date removes it; EXDATE on the new date
    of a moved occurrence does not."""
    moved = {datetime.date(2026, 5, 12): r.Change(r.MOVED, new_start=at(2026, 5, 13, 15))}
    skipped = series(
        at(2026, 5, 5, 15),
        rule=r.Rule(r.WEEKLY, count=3),
        changes=moved,
        exdates=(datetime.date(2026, 5, 12),),
    )
    assert [d.day for d in local(skipped.expand())] == [5, 19]
    skip_new_day = series(
        at(2026, 5, 5, 15),
        rule=r.Rule(r.WEEKLY, count=3),
        changes=moved,
        exdates=(datetime.date(2026, 5, 13),),
    )
    assert [d.day for d in local(skip_new_day.expand())] == [5, 13, 19]


def test_all_day_multi_day_event_ends_at_midnight_after_its_last_day():
    s = r.Series(
        start=at(2026, 7, 1, 0),
        end=at(2026, 7, 3, 0),
        tz=BERLIN,
        all_day=True,
        rule=r.Rule(r.YEARLY, count=2),
    )
    first, second = s.expand()
    assert first.all_day
    assert (first.start, first.end) == (at(2026, 7, 1), at(2026, 7, 4))
    assert second.start == at(2027, 7, 1)


def test_running_multi_day_occurrence_overlaps_a_window_that_starts_after_it():
    s = series(at(2026, 7, 1, 18), hours=48)
    assert len(s.expand(at(2026, 7, 2, 12), at(2026, 7, 10))) == 1
    assert s.expand(at(2026, 7, 3, 18), at(2026, 7, 10)) == []


def test_endless_rule_needs_a_window_and_is_bounded_by_it():
    s = series(at(2026, 1, 6, 15), rule=r.Rule(r.WEEKLY))
    with pytest.raises(r.RecurrenceError):
        s.expand()
    assert len(s.expand(at(2026, 1, 1), at(2026, 2, 1))) == 4


@pytest.mark.parametrize(
    "kwargs",
    [{"freq": "HOURLY"}, {"freq": r.WEEKLY, "interval": 0}, {"freq": r.WEEKLY, "weekdays": (7,)}],
)
def test_invalid_rules_are_refused(kwargs):
    with pytest.raises(r.RecurrenceError):
        r.Rule(**kwargs)


def test_rrule_dict_is_bounded_and_agrees_with_dateutil():
    s = series(at(2026, 3, 3, 15), rule=r.Rule(r.WEEKLY, interval=2, weekdays=(1, 3)))
    data = r.rrule_dict(s, until=at(2026, 4, 30))
    assert data["FREQ"] == "WEEKLY" and data["INTERVAL"] == 2 and data["BYDAY"] == ["TU", "TH"]
    assert data["UNTIL"] == datetime.datetime(2026, 4, 28, 13, 0, tzinfo=UTC)
    text = ";".join(
        f"{k}={','.join(map(str, v)) if isinstance(v, list) else v}"
        for k, v in data.items()
        if k != "UNTIL"
    )
    # dateutil on naive local time (the wall clock) with UNTIL in the same terms
    until = data["UNTIL"].astimezone(BERLIN).strftime("%Y%m%dT%H%M%S")
    rule = du.rrulestr(f"{text};UNTIL={until}", dtstart=datetime.datetime(2026, 3, 3, 15))
    assert len(list(rule)) == len(s.expand(at(2026, 3, 1), at(2026, 4, 30)))


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"FREQ": ["WEEKLY"], "BYDAY": ["TU"]}, r.Rule(r.WEEKLY, weekdays=(1,))),
        ({"FREQ": ["MONTHLY"], "BYDAY": ["2TU"]}, r.Rule(r.MONTHLY, monthly=r.MONTHLY_NTH)),
        (
            {"FREQ": ["MONTHLY"], "BYDAY": ["-1TU"]},
            r.Rule(r.MONTHLY, monthly=r.MONTHLY_LAST_WEEKDAY),
        ),
        ({"FREQ": ["DAILY"], "COUNT": [5]}, r.Rule(r.DAILY, count=5)),
        ({"FREQ": ["WEEKLY"], "BYSETPOS": [1]}, None),
        ({"FREQ": ["HOURLY"]}, None),
        ({"FREQ": ["WEEKLY"], "BYDAY": ["XX"]}, None),
    ],
)
def test_rule_from_imported_rrule(data, expected):
    assert r.rule_from_rrule(data, at(2026, 5, 12, 15)) == expected
