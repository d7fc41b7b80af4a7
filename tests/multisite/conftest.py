"""Two chapters in one Wagtail installation: site A (the default site, ``localhost``) and
site B (``b.example``), each with a directory, a calendar, a press room and a search page,
all in German. Each item's title names its site, so a leak shows in the HTML."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Page, Site

from tests.factories import (
    EventCalendarPageFactory,
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
    PressReleasePageFactory,
    PressRoomPageFactory,
    TopicFactory,
)

HOST_A, HOST_B = "localhost", "b.example"


@pytest.fixture(autouse=True)
def _forget_search_pages():
    cache.clear()
    yield
    cache.clear()


def publish_event(calendar, title, topic):
    from wagtail_widunetz.events.models import EventPage, EventTopic

    start = timezone.now() + datetime.timedelta(days=3)
    page = EventPage(
        title=title,
        slug=title.lower().replace(" ", "-"),
        start=start,
        end=start + datetime.timedelta(hours=2),
        short_description=f"{title}: Elterncafé für alle",
    )
    page.event_topics.add(EventTopic(topic=topic))
    calendar.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_site(home, name, topic):
    from wagtail_widunetz.core.models import NetworkSearchPage
    from wagtail_widunetz.partners.models import PartnerTopic

    directory = PartnerDirectoryPageFactory(parent=home)
    partner = PartnerPageFactory(
        parent=directory,
        title=f"Elterncafé Partner {name}",
        short_description=f"Elterncafé bei Partner {name}",
    )
    PartnerTopic.objects.create(page=partner, topic=topic, locale_id=partner.locale_id)
    calendar = EventCalendarPageFactory(parent=home)
    event = publish_event(calendar, f"Elterncafé Termin {name}", topic)
    room = PressRoomPageFactory(parent=home)
    release = PressReleasePageFactory(
        parent=room, title=f"Elterncafé Meldung {name}", lead=f"Elterncafé Meldung {name}"
    )
    search = NetworkSearchPage(title="Suche", slug="suche")
    home.add_child(instance=search)
    search.save_revision().publish()
    return {
        "home": home,
        "directory": directory,
        "partner": partner,
        "calendar": calendar,
        "event": event,
        "room": room,
        "release": release,
        "search": search,
    }


@pytest.fixture
def sites(home):
    topic = TopicFactory(slug="elterncafe", name="Elterncafé")
    site_a = Site.objects.get(is_default_site=True)
    site_a.hostname = HOST_A
    site_a.save()
    root = Page.get_first_root_node()
    home_b = root.add_child(instance=Page(title="Kreisverband B", slug="kv-b"))
    Site.objects.create(hostname=HOST_B, port=80, root_page=home_b, site_name="B")
    return {"A": build_site(home, "Alpha", topic), "B": build_site(home_b, "Beta", topic)}
