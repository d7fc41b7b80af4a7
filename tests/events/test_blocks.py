import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from tests.factories import EventCalendarPageFactory, TopicFactory
from wagtail_widunetz.events.blocks import UpcomingEventsBlock

pytestmark = pytest.mark.django_db


def test_upcoming_block_filters_by_calendar_and_topic(calendar, home, publish):
    cafe = TopicFactory(slug="elterncafe")
    soon = timezone.now() + datetime.timedelta(days=1)
    publish(calendar, title="Elterncafé", start=soon, topics=[cafe])
    publish(calendar, title="Infoabend", start=soon + datetime.timedelta(hours=3))
    other = EventCalendarPageFactory(parent=home, slug="andere", title="Andere")
    publish(other, title="Woanders", start=soon)
    block = UpcomingEventsBlock()
    everything = block.to_python({"count": 5})
    titles = [o.page.title for o in block.get_occurrences(everything)]
    assert sorted(titles[:2]) == ["Elterncafé", "Woanders"] and titles[2] == "Infoabend"
    only_calendar = block.to_python({"calendar": calendar.pk, "count": 5})
    assert {o.page.title for o in block.get_occurrences(only_calendar)} == {
        "Elterncafé",
        "Infoabend",
    }
    only_topic = block.to_python({"topic": cafe.pk, "count": 1})
    html = block.render(only_topic)
    assert "Elterncafé" in html and "Infoabend" not in html
    assert Locale.get_active().language_code == "de"


def test_upcoming_block_query_count_is_constant(calendar, publish, django_assert_max_num_queries):
    soon = timezone.now() + datetime.timedelta(days=1)
    for i in range(5):
        publish(calendar, title=f"Termin {i}", start=soon, repeat="WEEKLY")
    block = UpcomingEventsBlock()
    value = block.to_python({"calendar": calendar.pk, "count": 10})
    block.render(value)  # Wagtail caches the site root paths in Django's cache
    with django_assert_max_num_queries(4):
        html = block.render(value)
    assert html.count('class="wn-card"') == 10
