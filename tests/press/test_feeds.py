"""RSS 2.0 and Atom feeds, read back with feedparser; conditional GET; one kind; per locale."""

import feedparser
import pytest

from wagtail_widunetz.core.translation import ensure_translation

from .factories import PressClippingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def filled_room(room, add_releases):
    add_releases(3, lead="Herford. Etwas <b>ist</b> geschehen & wird erzählt.")
    PressClippingFactory(headline="Bericht in der Zeitung", author="R. Reporter")
    return room


@pytest.mark.parametrize(("route", "version"), [("feed/", "rss20"), ("atom/", "atom10")])
def test_feeds_are_valid_for_a_feed_parser(client, filled_room, route, version):
    response = client.get(filled_room.url + route)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == version
    assert feed.feed.title == "Presse"
    assert feed.feed.get("language", "de") == "de"
    assert [e.title for e in feed.entries[:3]] == ["Mitteilung 0", "Mitteilung 1", "Mitteilung 2"]
    assert feed.entries[0].link == "http://testserver/de/presse/mitteilung-0/"
    assert "geschehen" in feed.entries[0].summary
    clipping = feed.entries[3]
    assert clipping.title.startswith("Bericht in der Zeitung (Zeitung")
    assert clipping.link.startswith("https://zeitung.example/")
    assert clipping.published_parsed is not None


def test_rss_content_type_and_cache_headers(client, filled_room):
    response = client.get(filled_room.url + "feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"]
    assert "max-age=300" in response["Cache-Control"]
    atom = client.get(filled_room.url + "atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")


def test_conditional_get_answers_304(client, filled_room):
    url = filled_room.url + "feed/"
    first = client.get(url)
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    changed = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
    assert changed.status_code == 200


def test_the_etag_changes_when_an_item_is_added(client, filled_room, add_releases):
    url = filled_room.url + "feed/"
    etag = client.get(url)["ETag"]
    add_releases(1, offset=50)
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag


@pytest.mark.parametrize(("kind", "count"), [("release", 3), ("clipping", 1)])
def test_a_feed_per_kind(client, filled_room, kind, count):
    feed = feedparser.parse(client.get(filled_room.url + "feed/", {"kind": kind}).content)
    assert len(feed.entries) == count
    assert feed.feed.title.startswith("Presse: ")


def test_feed_length_follows_the_setting(client, filled_room, settings):
    settings.WIDUNETZ_PRESS_FEED_ITEMS = 2
    assert len(feedparser.parse(client.get(filled_room.url + "atom/").content).entries) == 2


@pytest.mark.parametrize("params", [{"kind": "news"}, {"q": "x" * 300}, {"year": "zwei"}])
def test_bad_feed_parameters_are_400(client, filled_room, params):
    assert client.get(filled_room.url + "feed/", params).status_code == 400


def test_feed_per_locale(client, room, locales):
    from tests.factories import PressReleasePageFactory

    release = PressReleasePageFactory(parent=room, title="Mitteilung 0")
    en_room, _ = ensure_translation(room, locales["en"], {"Presse": "Press"})
    ensure_translation(release, locales["en"], {release.title: "Release in English"})
    en = feedparser.parse(client.get(en_room.url + "feed/").content)
    assert not en.bozo
    assert en.feed.title == "Press"
    assert en.feed.language == "en"
    assert [e.title for e in en.entries] == ["Release in English"]
    assert en.entries[0].link.startswith("http://testserver/en/")
    de = feedparser.parse(client.get(room.url + "feed/").content)
    assert [e.title for e in de.entries] == ["Mitteilung 0"]


def test_unpublished_releases_are_not_in_the_feed(client, room, add_releases):
    live, hidden = add_releases(2)
    hidden.unpublish()
    feed = feedparser.parse(client.get(room.url + "feed/").content)
    assert [e.title for e in feed.entries] == [live.title]
