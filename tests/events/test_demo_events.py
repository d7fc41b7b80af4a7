import pytest
from django.core.management import call_command

from wagtail_widunetz.events.models import EventOccurrence, EventPage, PartnerFeed

pytestmark = pytest.mark.django_db


def test_demo_has_a_month_of_herford_events(client, demo):
    cafe = EventPage.objects.get(slug="internationales-elterncafe", locale__language_code="de")
    assert cafe.repeat == "WEEKLY" and cafe.venue.name.startswith("Familienzentrum")
    assert EventOccurrence.objects.filter(page=cafe, status="cancelled").count() == 1
    assert EventPage.objects.filter(all_day=True, locale__language_code="de").exists()
    feed = PartnerFeed.objects.get()
    assert feed.last_ok and "created 2" in feed.last_result and "filtered 1" in feed.last_result
    # the two imported events, in German (each has a stand-in in the other languages)
    assert EventPage.objects.filter(import_feed=feed, alias_of=None).count() == 2
    text = client.get("/de/veranstaltungen/").content.decode()
    for title in (
        "Internationales Elterncafé",
        "Deutschkurs für Mütter",
        "Mehrsprachige Vorlesestunde",
    ):
        assert title in text
    english = client.get("/en/veranstaltungen/").content.decode()
    assert "International parents&#x27; café" in english or "International parents' café" in english
    assert EventOccurrence.objects.filter(locale__language_code="ar").exists()


def test_demo_events_twice_change_nothing(demo):
    before = sorted(EventOccurrence.objects.values_list("page_id", "start", "status"))
    call_command("widunetz_demo", verbosity=0)
    assert sorted(EventOccurrence.objects.values_list("page_id", "start", "status")) == before
