"""Every list, feed, block, template tag and search shows only the current site's pages."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from .conftest import HOST_A, HOST_B

pytestmark = pytest.mark.django_db

OWN = {"A": ("Alpha", HOST_A), "B": ("Beta", HOST_B)}
OTHER = {"A": "Beta", "B": "Alpha"}


def get(client, site, path, **params):
    response = client.get(path, params, HTTP_HOST=OWN[site][1])
    assert response.status_code == 200, (site, path, response.status_code)
    return response.content.decode()


def relative(page, site):
    return page.get_url(request=RequestFactory(HTTP_HOST=OWN[site][1]).get("/"))


@pytest.fixture(params=["A", "B"])
def site(request):
    return request.param


def assert_own_only(html, site):
    assert OWN[site][0] in html, f"site {site}: its own item is missing"
    assert OTHER[site] not in html, f"site {site}: an item of the other site leaked"


def test_partner_directory(client, sites, site):
    html = get(client, site, relative(sites[site]["directory"], site), q="Elterncafé")
    assert_own_only(html, site)


def test_partner_map_data(client, sites, site):
    url = relative(sites[site]["directory"], site) + "map/data/"
    response = client.get(url, HTTP_HOST=OWN[site][1])
    assert response.status_code == 200
    assert OTHER[site] not in response.content.decode()


def test_calendar_list_and_feed(client, sites, site):
    calendar_url = relative(sites[site]["calendar"], site)
    assert_own_only(get(client, site, calendar_url), site)
    assert_own_only(get(client, site, calendar_url + "ical/"), site)


def test_press_room_and_feeds(client, sites, site):
    room_url = relative(sites[site]["room"], site)
    assert_own_only(get(client, site, room_url), site)
    assert_own_only(get(client, site, room_url + "feed/"), site)
    assert_own_only(get(client, site, room_url + "atom/"), site)


def test_press_clippings_of_one_site_stay_there(client, sites, site):
    import datetime

    from wagtail.models import Locale, Site

    from wagtail_widunetz.press.models import MediaOutlet, PressClipping

    outlet = MediaOutlet.objects.create(name="Neue Westfälische")
    for name, host in (("Alpha", HOST_A), ("Beta", HOST_B)):
        PressClipping.objects.create(
            headline=f"Zeitungsbericht {name}",
            outlet=outlet,
            published=datetime.date(2026, 11, 1),
            site=Site.objects.get(hostname=host),
            locale=Locale.get_default(),
        )
    PressClipping.objects.create(
        headline="Bericht für alle",
        outlet=outlet,
        published=datetime.date(2026, 11, 2),
        locale=Locale.get_default(),
    )
    room_url = relative(sites[site]["room"], site)
    for html in (get(client, site, room_url), get(client, site, room_url + "feed/")):
        assert f"Zeitungsbericht {OWN[site][0]}" in html
        assert f"Zeitungsbericht {OTHER[site]}" not in html
        assert "Bericht für alle" in html


def test_search(client, sites, site):
    html = get(client, site, relative(sites[site]["search"], site), q="Elterncafé")
    assert_own_only(html, site)


def test_header_search_box_links_to_the_own_search_page(client, sites, site):
    html = get(client, site, relative(sites[site]["room"], site))
    assert f'action="{relative(sites[site]["search"], site)}"' in html


def block_context(sites, site):
    request = RequestFactory(HTTP_HOST=OWN[site][1]).get("/")
    return {"request": request, "page": sites[site]["home"]}


def test_upcoming_events_block(sites, site):
    from wagtail_widunetz.core.models import Topic
    from wagtail_widunetz.events.blocks import UpcomingEventsBlock

    block = UpcomingEventsBlock()
    for value in ({"count": 5}, {"count": 5, "topic": Topic.objects.get().pk}):
        html = block.render(block.to_python(value), context=block_context(sites, site))
        assert_own_only(html, site)


def test_partner_teaser_block(sites, site):
    from wagtail_widunetz.core.models import Topic
    from wagtail_widunetz.partners.blocks import PartnerTeaserBlock

    block = PartnerTeaserBlock()
    value = block.to_python({"topic": Topic.objects.get().pk, "limit": 6, "partners": []})
    assert_own_only(block.render(value, context=block_context(sites, site)), site)


def test_latest_press_block(sites, site):
    from wagtail_widunetz.press.blocks import LatestPressBlock

    block = LatestPressBlock()
    value = block.to_python({"count": 5, "include_clippings": True})
    assert_own_only(block.render(value, context=block_context(sites, site)), site)


def test_network_search_block(sites, site):
    from wagtail_widunetz.core.blocks import NetworkSearchBlock

    block = NetworkSearchBlock()
    html = block.render(block.to_python({"heading": "Suchen"}), context=block_context(sites, site))
    assert f'action="{relative(sites[site]["search"], site)}"' in html


@pytest.mark.parametrize(
    "source",
    [
        '{% load widunetz_events %}{% widunetz_upcoming_events topic="elterncafe" %}',
        "{% load widunetz_events %}{% widunetz_upcoming_events %}",
        '{% load widunetz_partners %}{% widunetz_partner_teasers topic="elterncafe" %}',
        "{% load widunetz_partners %}{% widunetz_partner_teasers %}",
        "{% load widunetz_press %}{% widunetz_latest_press %}",
    ],
)
def test_template_tags(sites, site, source):
    html = Template(source).render(Context(block_context(sites, site)))
    assert_own_only(html, site)


def test_template_tags_without_a_page_in_context(sites, site):
    """A chapter template outside the page tree (a Django view) still gets its own site."""
    request = RequestFactory(HTTP_HOST=OWN[site][1]).get("/")
    source = (
        "{% load widunetz_events widunetz_partners %}"
        "{% widunetz_upcoming_events %}{% widunetz_partner_teasers %}"
    )
    html = Template(source).render(Context({"request": request}))
    assert "wn-upcoming" in html and "wn-teaser" in html
    assert_own_only(html, site)
