"""Feeds by page id (core.views) and the shared cache of settings and translations (core.cache)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from tests.factories import EventCalendarPageFactory, PressRoomPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def room(home):
    return PressRoomPageFactory(parent=home, title="Presse", slug="presse")


def endpoint(page, name):
    return f"/widunetz/{page.pk}/{name}/"


def final_status(client, path, **extra):
    """Status after redirects: an unknown endpoint falls through to the language redirect."""
    return client.get(path, follow=True, **extra).status_code


# -- endpoints -----------------------------------------------------------------------------


def test_endpoint_serves_what_the_page_route_serves(client, room):
    by_id = client.get(endpoint(room, "rss"))
    routed = client.get(room.url + "feed/")
    assert by_id.status_code == routed.status_code == 200
    assert by_id["Content-Type"] == routed["Content-Type"]
    # The same document; only the feed's link to itself names the address it was read from.
    own = by_id.content.decode().replace(endpoint(room, "rss"), "SELF")
    assert own == routed.content.decode().replace(room.url + "feed/", "SELF")


def test_calendar_endpoint_answers_ical_with_filters(client, home):
    calendar = EventCalendarPageFactory(parent=home)
    response = client.get(endpoint(calendar, "ical"), {"topic": "nichts"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert client.get(endpoint(calendar, "ical"), {"from": "gestern"}).status_code == 400


def test_pages_link_to_the_endpoint(client, room):
    text = client.get(room.url).content.decode()
    assert f'href="/widunetz/{room.pk}/rss/"' in text
    assert f'href="/widunetz/{room.pk}/atom/"' in text


@pytest.mark.parametrize("name", ["ical", "nope", "rss-"])
def test_unknown_endpoint_is_404(client, room, name):
    assert final_status(client, endpoint(room, name)) == 404


def test_page_without_endpoints_is_404(client, home):
    assert final_status(client, endpoint(home, "rss")) == 404


def test_missing_page_is_404(client):
    assert final_status(client, "/widunetz/987654/rss/") == 404


def test_draft_page_has_no_feed(client, room):
    room.unpublish()
    assert final_status(client, endpoint(room, "rss")) == 404


def test_private_page_has_no_feed(client, home, room):
    PageViewRestriction.objects.create(page=home, restriction_type="login")
    assert final_status(client, endpoint(room, "rss")) == 404


def test_page_of_another_site_is_not_served_under_this_host(client, home, room, settings):
    from wagtail.models import Page

    settings.ALLOWED_HOSTS = ["*"]
    other_root = Page.get_first_root_node().add_child(
        instance=type(home)(title="Andere Stelle", slug="andere")
    )
    Site.objects.create(hostname="andere.example", root_page=other_root)
    assert client.get(endpoint(room, "rss"), HTTP_HOST="testserver").status_code == 200
    assert final_status(client, endpoint(room, "rss"), HTTP_HOST="andere.example") == 404


def test_feed_is_in_the_language_of_the_page(client, room, locales):
    from wagtail_widunetz.core.translation import ensure_translation

    arabic, _ = ensure_translation(room, locales["ar"])
    text = client.get(endpoint(arabic, "rss")).content.decode()
    assert "<language>ar</language>" in text


# -- the shared cache ----------------------------------------------------------------------


def count(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_settings_and_translations_cost_no_query_on_a_warm_cache(client, room, settings):
    settings.WIDUNETZ_CACHE_TIMEOUT = 0  # off: read on every request
    count(client, room.url)  # Wagtail's own per-process caches (site root paths)
    off = count(client, room.url)
    settings.WIDUNETZ_CACHE_TIMEOUT = 300
    count(client, room.url)  # fills the cache
    # At least the chapter settings and the translation list; the footer's statement link and
    # the header's search page come from the same cache.
    assert count(client, room.url) <= off - 2


def test_new_translation_appears_in_the_language_switcher(client, room, locales):
    from wagtail_widunetz.core.translation import ensure_translation

    assert 'hreflang="ar"' not in client.get(room.url).content.decode()
    ensure_translation(room, locales["ar"])
    assert 'hreflang="ar"' in client.get(room.url).content.decode()


def test_unpublished_translation_leaves_the_language_switcher(client, room, locales):
    from wagtail_widunetz.core.translation import ensure_translation

    arabic, _ = ensure_translation(room, locales["ar"])
    assert 'hreflang="ar"' in client.get(room.url).content.decode()
    arabic.unpublish()
    assert 'hreflang="ar"' not in client.get(room.url).content.decode()


def test_restricted_translation_leaves_the_language_switcher(client, room, locales):
    from wagtail_widunetz.core.translation import ensure_translation

    arabic, _ = ensure_translation(room, locales["ar"])
    assert 'hreflang="ar"' in client.get(room.url).content.decode()
    PageViewRestriction.objects.create(page=arabic, restriction_type="login")
    assert 'hreflang="ar"' not in client.get(room.url).content.decode()


def test_edited_chapter_settings_show_at_once(client, room):
    from wagtail_widunetz.core.models import ChapterSettings

    site = Site.objects.get(is_default_site=True)
    chapter = ChapterSettings.for_site(site)
    chapter.name = "DRK-Kreisverband Vorher"
    chapter.save()
    assert "DRK-Kreisverband Vorher" in client.get(room.url).content.decode()
    chapter.name = "DRK-Kreisverband Nachher"
    chapter.save()
    text = client.get(room.url).content.decode()
    assert "DRK-Kreisverband Nachher" in text and "Vorher" not in text


def test_bulk_created_pages_invalidate_the_cache(home):
    from wagtail_widunetz.core import cache
    from wagtail_widunetz.core.bulk import bulk_add_children
    from wagtail_widunetz.press.models import PressReleasePage

    before = cache.generation()
    room = PressRoomPageFactory(parent=home)
    assert cache.generation() != before
    middle = cache.generation()
    bulk_add_children(room, [PressReleasePage(title="Neu", slug="neu")])
    assert cache.generation() != middle
