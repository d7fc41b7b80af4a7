"""A small network with two partners (A and B), their events, a press item and snippets, set up
for self-service, and one user per role."""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone

from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
    PressReleasePageFactory,
    PressRoomPageFactory,
    TopicFactory,
)
from wagtail_widunetz.events.models import EventOrganiser, Venue
from wagtail_widunetz.partners import selfservice
from wagtail_widunetz.press.models import MediaOutlet, PressClipping

PASSWORD = "S3lbst-Service!"  # noqa: S105 - test users only


def make_user(username, groups=(), superuser=False):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password=PASSWORD,
        is_superuser=superuser,
        is_staff=superuser,
    )
    user.groups.set(groups)
    return user


@pytest.fixture
def network(db, home):
    directory = PartnerDirectoryPageFactory(parent=home)
    partner_a = PartnerPageFactory(parent=directory, title="Kita Ottelau", slug="kita-ottelau")
    partner_b = PartnerPageFactory(parent=directory, title="Jugendtreff", slug="jugendtreff")
    calendar = EventCalendarPageFactory(parent=home)
    start = timezone.now() + datetime.timedelta(days=3)
    event_a = EventPageFactory(parent=calendar, title="Elterncafé A", start=start)
    event_b = EventPageFactory(parent=calendar, title="Spieleabend B", start=start)
    EventOrganiser.objects.create(page=event_a, partner=partner_a)
    EventOrganiser.objects.create(page=event_b, partner=partner_b)
    room = PressRoomPageFactory(parent=home)
    release = PressReleasePageFactory(parent=room, title="Widunetz gegründet")
    topic = TopicFactory(name="Beratung", slug="beratung")
    venue = Venue.objects.create(name="Gemeindesaal", locale=topic.locale)
    outlet = MediaOutlet.objects.create(name="Neue Westfälische")
    clipping = PressClipping.objects.create(
        headline="Netzwerk gegründet",
        outlet=outlet,
        published=datetime.date(2026, 1, 15),
        locale=topic.locale,
    )
    agency, workflow = selfservice.setup_moderation()
    group_a = selfservice.setup_partner_access(partner_a)
    group_b = selfservice.setup_partner_access(partner_b)
    return SimpleNamespace(
        directory=directory,
        partner_a=partner_a,
        partner_b=partner_b,
        calendar=calendar,
        event_a=event_a,
        event_b=event_b,
        room=room,
        release=release,
        topic=topic,
        venue=venue,
        clipping=clipping,
        agency=agency,
        workflow=workflow,
        group_a=group_a,
        group_b=group_b,
    )


@pytest.fixture
def users(network):
    return {
        "anonymous": AnonymousUser(),
        "editor_a": make_user("editor_a", [network.group_a]),
        "editor_b": make_user("editor_b", [network.group_b]),
        "agency": make_user("agency", [network.agency]),
        "admin": make_user("admin", superuser=True),
    }


@pytest.fixture
def agency_group(db):
    return Group.objects.get(name=selfservice.AGENCY_GROUP_NAME)
