import datetime

import pytest
from django.utils import timezone

from tests.factories import PressReleasePageFactory, PressRoomPageFactory
from wagtail_widunetz.core.bulk import bulk_add_children


@pytest.fixture
def room(home):
    return PressRoomPageFactory(parent=home)


@pytest.fixture
def add_releases(room):
    """Add ``count`` live releases in bulk, one day apart, newest first."""

    def add(count, offset=0, parent=None, **fields):
        now = timezone.now()
        pages = [
            PressReleasePageFactory.build(
                title=f"Mitteilung {offset + i}",
                slug=f"mitteilung-{offset + i}",
                date=now - datetime.timedelta(days=offset + i),
                **fields,
            )
            for i in range(count)
        ]
        return bulk_add_children(parent or room, pages)

    return add


@pytest.fixture
def press_demo(db):
    """Only the core and press demo (faster than the whole network)."""
    from wagtail_widunetz.core import demo as core_demo
    from wagtail_widunetz.press import demo as press_demo

    core_demo.load()
    press_demo.load()
