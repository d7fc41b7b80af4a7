import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.factories import EventCalendarPageFactory

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def calendar(home):
    return EventCalendarPageFactory(parent=home)


def local(y, m, d, h=0, mi=0):
    return datetime.datetime(y, m, d, h, mi, tzinfo=BERLIN)


@pytest.fixture
def publish():
    """Add an event below ``parent`` the editor's way (revision, publish signal)."""

    def add(parent, changes=(), topics=(), **fields):
        from wagtail_widunetz.events.models import EventDateChange, EventPage, EventTopic

        fields.setdefault("title", "Elterncafé")
        fields.setdefault("slug", fields["title"].lower().replace(" ", "-").replace("é", "e"))
        if "end" not in fields:
            fields["end"] = fields["start"] + datetime.timedelta(hours=2)
        page = EventPage(**fields)
        for change in changes:
            page.date_changes.add(EventDateChange(**change))
        for topic in topics:
            page.event_topics.add(EventTopic(topic=topic))
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return add
