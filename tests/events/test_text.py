import datetime

import pytest
from django.utils import translation

from wagtail_widunetz.events.models import EventPage
from wagtail_widunetz.events.text import describe

from .conftest import local

pytestmark = pytest.mark.django_db


def test_rule_is_read_back_in_words():
    page = EventPage(
        start=local(2026, 5, 5, 15),
        end=local(2026, 5, 5, 17),
        repeat="WEEKLY",
        repeat_interval=2,
        repeat_until=datetime.date(2026, 6, 30),
    )
    with translation.override("en"):
        text = describe(page)
    assert text.startswith("every 2 weeks on Tuesday")
    assert "3 p.m. to 5 p.m." in text and "until" in text and "2026" in text  # English times


def test_monthly_and_all_day_texts():
    page = EventPage(
        start=local(2026, 1, 13, 18),
        end=local(2026, 1, 13, 20),
        repeat="MONTHLY",
        repeat_monthly="nth",
        repeat_count=5,
        skipped_dates=[datetime.date(2026, 3, 10)],
    )
    with translation.override("en"):
        text = describe(page)
    assert "every month on the second Tuesday" in text
    assert "5 dates in all" in text and "1 date left out" in text
    once = EventPage(start=local(2026, 7, 1), end=local(2026, 7, 3), all_day=True)
    with translation.override("en"):
        assert "all day, 3 days" in describe(once)
