"""Pages not yet translated: stand-ins in every language, a notice, one entry per item in lists."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    EventCalendarPageFactory,
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(home, locales):
    from wagtail_widunetz.core.translation import synchronise_trees

    directory = PartnerDirectoryPageFactory(parent=home, title="Netzwerk", slug="netzwerk")
    kita = PartnerPageFactory(
        parent=directory, title="Kita Ottelau", slug="kita-ottelau", short_description="Kita"
    )
    created = synchronise_trees()
    return directory, kita, created


def ar(page, locales):
    return page.get_translation(locales["ar"])


def test_every_language_gets_a_stand_in(network, locales):
    directory, kita, created = network
    stand_in = ar(kita, locales)
    assert stand_in.alias_of_id == kita.pk and stand_in.live
    # home, directory and partner in each of the five other languages
    assert created == 3 * 5


def test_stand_in_shows_a_notice_and_marks_the_german_text(client, network, locales):
    _, kita, _ = network
    response = client.get(ar(kita, locales).url)
    text = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in text
    assert 'class="wn-notice wn-fallback"' in text
    assert f'href="{kita.url}" hreflang="de"' in text
    assert '<div class="wn-content" lang="de" dir="ltr">' in text
    assert "Kita Ottelau" in text


def test_stand_ins_are_not_offered_as_translations(client, network, locales):
    _, kita, _ = network
    german = client.get(kita.url).content.decode()
    assert 'hreflang="ar" href=' not in german  # no <link rel=alternate> to the stand-in
    assert 'lang="ar" hreflang="ar"' not in german  # nor in the language switcher
    assert "wn-fallback" not in german


def test_list_in_another_language_shows_each_item_once_marked_as_german(client, network, locales):
    directory, _, _ = network
    text = client.get(ar(directory, locales).url).content.decode()
    assert text.count("Kita Ottelau") == 1
    assert 'class="wn-lang-badge" lang="de">Deutsch</span>' in text


def test_translating_replaces_the_stand_in(client, network, locales):
    from wagtail_widunetz.core.translation import ensure_translation

    _, kita, _ = network
    stand_in = ar(kita, locales)
    translation, created = ensure_translation(kita, locales["ar"], {"Kita Ottelau": "روضة"})
    assert created and translation.pk == stand_in.pk and translation.alias_of_id is None
    text = client.get(translation.url).content.decode()
    assert "wn-fallback" not in text and "روضة" in text
    german = client.get(kita.url).content.decode()
    assert 'hreflang="ar"' in german


def test_event_stand_ins_have_their_dates(client, home, locales):
    from wagtail_widunetz.core.translation import synchronise_trees
    from wagtail_widunetz.events.models import EventOccurrence, EventPage

    calendar = EventCalendarPageFactory(parent=home, title="Termine", slug="termine")
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=2)
    event = calendar.add_child(
        instance=EventPage(
            title="Elterncafé",
            slug="elterncafe",
            start=start,
            end=start + datetime.timedelta(hours=2),
        )
    )
    event.save_revision().publish()
    synchronise_trees()
    stand_in = event.get_translation(locales["ar"])
    assert EventOccurrence.objects.filter(page=stand_in).count() == 1
    text = client.get(calendar.get_translation(locales["ar"]).url).content.decode()
    assert text.count("Elterncafé") == 1


def test_demo_has_stand_ins_for_untranslated_partners(client, demo):
    from wagtail_widunetz.partners.models import PartnerPage

    # The demo translates the partners into English and Arabic, not into Russian.
    listing = client.get("/ru/netzwerk/").content.decode()
    assert (
        listing.count('class="wn-lang-badge" lang="de"')
        == PartnerPage.objects.filter(locale__language_code="de").live().count()
    )
    profile = PartnerPage.objects.get(locale__language_code="ru", slug="kita-sonnenschein")
    assert "wn-fallback" in client.get(profile.url).content.decode()


def test_press_room_marks_releases_not_yet_translated(client, home, locales):
    from tests.factories import PressReleasePageFactory, PressRoomPageFactory
    from wagtail_widunetz.core.translation import ensure_translation, synchronise_trees

    room = PressRoomPageFactory(parent=home, title="Presse", slug="presse")
    PressReleasePageFactory(parent=room, title="Geburtsstunde von Widunetz", slug="widunetz")
    translated = PressReleasePageFactory(parent=room, title="Familienfest", slug="fest")
    synchronise_trees()
    ensure_translation(translated, locales["ar"], {"Familienfest": "مهرجان العائلة"})
    text = client.get(room.get_translation(locales["ar"]).url).content.decode()
    assert text.count('class="wn-lang-badge" lang="de"') == 1  # the untranslated release
    assert '<h2 lang="de" dir="auto"><a href=' in text
    assert "مهرجان العائلة" in text
    german = client.get(room.url).content.decode()
    assert "wn-lang-badge" not in german
