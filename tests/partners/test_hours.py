"""Opening hours as data: "open now", next opening, exceptions, DST, schema.org."""

import datetime
import zoneinfo

import pytest

from wagtail_widunetz.partners import hours

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
T = datetime.time


def at(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


def weekday_hours(**kwargs):
    # Monday to Thursday 09:00-12:00, Tuesday and Thursday also 14:00-17:00.
    return hours.OpeningHours(
        slots=[
            hours.Slot(frozenset({0, 1, 2, 3}), T(9), T(12)),
            hours.Slot(frozenset({1, 3}), T(14), T(17)),
        ],
        **kwargs,
    )


def test_open_inside_a_slot_until_its_end():
    status = weekday_hours().status(at(2026, 11, 24, 10, 0), BERLIN)  # Tuesday
    assert status.state == "open" and status.until == T(12)


def test_closing_time_itself_is_closed_and_next_slot_is_the_afternoon():
    status = weekday_hours().status(at(2026, 11, 24, 12, 0), BERLIN)
    assert status.state == "closed"
    assert status.next_open == at(2026, 11, 24, 14, 0)


def test_after_friday_closing_next_opening_is_monday():
    status = weekday_hours().status(at(2026, 11, 27, 18, 0), BERLIN)  # Friday
    assert status.state == "closed"
    assert status.next_open == at(2026, 11, 30, 9, 0)


def test_now_in_another_time_zone_is_converted():
    utc = datetime.datetime(2026, 11, 24, 8, 30, tzinfo=datetime.UTC)  # 09:30 in Berlin
    assert weekday_hours().status(utc, BERLIN).state == "open"
    assert weekday_hours().status(utc, "Europe/Berlin").state == "open"


def test_summer_time_uses_wall_clock():
    utc = datetime.datetime(2026, 7, 7, 7, 30, tzinfo=datetime.UTC)  # 09:30 CEST, Tuesday
    assert weekday_hours().status(utc, BERLIN).state == "open"


def test_closed_exception_overrides_the_weekly_slots():
    holiday = hours.Exception_(datetime.date(2026, 12, 24), datetime.date(2027, 1, 1), note="X")
    status = weekday_hours(exceptions=[holiday]).status(at(2026, 12, 29, 10, 0), BERLIN)
    assert status.state == "closed"
    assert status.exception == holiday
    assert status.next_open == at(2027, 1, 4, 9, 0)


def test_exception_with_special_hours_opens_on_a_saturday():
    special = hours.Exception_(
        datetime.date(2026, 11, 28),
        datetime.date(2026, 11, 28),
        closed=False,
        opens=T(10),
        closes=T(13),
    )
    status = weekday_hours(exceptions=[special]).status(at(2026, 11, 28, 11, 0), BERLIN)
    assert status.state == "open" and status.until == T(13)


def test_temporarily_closed_wins():
    status = weekday_hours(temporarily_closed=True).status(at(2026, 11, 24, 10), BERLIN)
    assert status.state == "temporarily_closed"


@pytest.mark.parametrize(
    ("by_appointment", "state"), [(True, "by_appointment"), (False, "unknown")]
)
def test_without_slots(by_appointment, state):
    status = hours.OpeningHours(by_appointment=by_appointment).status(at(2026, 11, 24, 10), BERLIN)
    assert status.state == state


def test_from_stream_skips_malformed_entries():
    raw = [
        {"type": "slot", "value": {"weekdays": ["0", "4"], "opens": "09:00", "closes": "12:00"}},
        {"type": "slot", "value": {"weekdays": ["1"], "opens": "12:00", "closes": "09:00"}},
        {"type": "slot", "value": {"weekdays": [], "opens": "09:00", "closes": "12:00"}},
        {"type": "slot", "value": {"weekdays": ["2"], "opens": "nonsense", "closes": "12:00"}},
        {"type": "exception", "value": {"start_date": "2026-12-24", "closed": True}},
        {"type": "exception", "value": {"start_date": None}},
    ]
    parsed = hours.from_stream(raw)
    assert parsed.slots == [hours.Slot(frozenset({0, 4}), T(9), T(12))]
    assert parsed.exceptions[0].end == datetime.date(2026, 12, 24)
    assert len(parsed.exceptions) == 1


def test_weekly_table_and_upcoming_exceptions():
    past = hours.Exception_(datetime.date(2026, 1, 1), datetime.date(2026, 1, 2))
    coming = hours.Exception_(datetime.date(2026, 12, 24), datetime.date(2026, 12, 26))
    parsed = weekday_hours(exceptions=[coming, past])
    table = dict(parsed.weekly_table())
    assert table[1] == [(T(9), T(12)), (T(14), T(17))]
    assert table[6] == []
    assert parsed.upcoming_exceptions(datetime.date(2026, 12, 1)) == [coming]


def test_schema_org_specification():
    holiday = hours.Exception_(datetime.date(2026, 12, 24), datetime.date(2026, 12, 26))
    specs = hours.opening_hours_specification(weekday_hours(exceptions=[holiday]))
    assert specs[0]["dayOfWeek"][0] == "https://schema.org/Monday"
    assert specs[0]["opens"] == "09:00" and specs[0]["closes"] == "12:00"
    assert specs[-1] == {
        "@type": "OpeningHoursSpecification",
        "validFrom": "2026-12-24",
        "validThrough": "2026-12-26",
        "opens": "00:00",
        "closes": "00:00",
    }
