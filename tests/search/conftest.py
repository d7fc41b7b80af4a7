import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from tests.factories import (
    EventCalendarPageFactory,
    PartnerDirectoryPageFactory,
    PressRoomPageFactory,
)
from wagtail_widunetz.core.models import NetworkSearchPage


@pytest.fixture(autouse=True)
def _forget_search_pages():
    """The search page map lives in Django's cache, which outlives each test's transaction."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def search_page(home):
    page = NetworkSearchPage(title="Suche", slug="suche")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def network(home):
    """The three index pages below the home page."""
    return {
        "partners": PartnerDirectoryPageFactory(parent=home),
        "events": EventCalendarPageFactory(parent=home),
        "press": PressRoomPageFactory(parent=home),
    }


@pytest.fixture
def add_event():
    """An event published the editor's way, so its dates are written."""
    from wagtail_widunetz.events.models import EventPage

    def add(parent, title, days=2, **fields):
        start = timezone.now() + datetime.timedelta(days=days)
        page = EventPage(
            title=title,
            slug=fields.pop("slug", None) or f"e-{abs(hash(title)) % 10**8}",
            start=start,
            end=start + datetime.timedelta(hours=2),
            **fields,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    return add
