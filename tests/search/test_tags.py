"""Template tags for chapter templates without StreamField: output, arguments, query counts."""

import datetime

import pytest
from django.db import connection
from django.template import Context, Template, TemplateSyntaxError
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import (
    EventPageFactory,
    PartnerPageFactory,
    PressReleasePageFactory,
    TopicFactory,
)
from wagtail_widunetz.core.bulk import bulk_add_children
from wagtail_widunetz.events import occurrences

pytestmark = pytest.mark.django_db


def render(source, request, **extra):
    return Template(source).render(Context({"request": request, **extra}))


@pytest.fixture
def request_(rf, home):
    request = rf.get("/")
    return request


def add_events(calendar, count, offset=0, topic=None):
    from wagtail_widunetz.events.models import EventTopic

    soon = timezone.now() + datetime.timedelta(days=1)
    pages = [
        EventPageFactory.build(
            title=f"Termin {offset + i}",
            slug=f"termin-{offset + i}",
            start=soon + datetime.timedelta(hours=i),
            end=soon + datetime.timedelta(hours=i + 1),
        )
        for i in range(count)
    ]
    with occurrences.bulk_mode():
        bulk_add_children(calendar, pages)
    occurrences.materialise_many(pages)
    if topic is not None:
        EventTopic.objects.bulk_create(
            EventTopic(page=p, topic=topic, locale_id=p.locale_id) for p in pages
        )
    return pages


def add_partners(directory, count, offset=0, topic=None):
    from wagtail_widunetz.partners.models import PartnerTopic

    pages = [
        PartnerPageFactory.build(title=f"Partner {offset + i:04d}", slug=f"p-{offset + i}")
        for i in range(count)
    ]
    bulk_add_children(directory, pages)
    if topic is not None:
        PartnerTopic.objects.bulk_create(
            PartnerTopic(page=p, topic=topic, locale_id=p.locale_id) for p in pages
        )
    return pages


def add_releases(room, count, offset=0):
    pages = [
        PressReleasePageFactory.build(title=f"Pressenotiz {offset + i}", slug=f"m-{offset + i}")
        for i in range(count)
    ]
    return bulk_add_children(room, pages)


def queries(source, request):
    with CaptureQueriesContext(connection) as captured:
        html = render(source, request)
    return len(captured), html


# -- events -----------------------------------------------------------------------------------


def test_upcoming_events_tag_filters_by_topic(network, request_):
    cafe = TopicFactory(slug="elterncafe")
    add_events(network["events"], 2, topic=cafe)
    add_events(network["events"], 2, offset=10)
    html = render(
        '{% load widunetz_events %}{% widunetz_upcoming_events topic="elterncafe" limit=3 %}',
        request_,
    )
    assert html.count('class="wn-card"') == 2 and "Termin 10" not in html
    html = render("{% load widunetz_events %}{% widunetz_upcoming_events limit=3 %}", request_)
    assert html.count('class="wn-card"') == 3
    unknown = render(
        '{% load widunetz_events %}{% widunetz_upcoming_events topic="gibtsnicht" %}', request_
    )
    assert 'class="wn-card"' not in unknown and "wn-empty" in unknown


def test_upcoming_events_tag_query_count_is_constant(network, request_):
    source = "{% load widunetz_events %}{% widunetz_upcoming_events limit=5 %}"
    add_events(network["events"], 10)
    render(source, request_)
    at_10, html = queries(source, request_)
    add_events(network["events"], 990, offset=10)
    at_1000, html = queries(source, request_)
    assert html.count('class="wn-card"') == 5
    assert at_10 == at_1000 <= 3, (at_10, at_1000)


# -- partners ---------------------------------------------------------------------------------


def test_partner_teasers_tag_filters_by_topic(network, request_):
    topic = TopicFactory(slug="beratung")
    add_partners(network["partners"], 3, topic=topic)
    add_partners(network["partners"], 3, offset=10)
    html = render(
        '{% load widunetz_partners %}{% widunetz_partner_teasers topic="beratung" limit=2 '
        'heading="Beratung" %}',
        request_,
    )
    assert html.count('class="wn-card"') == 2 and "<h2>Beratung</h2>" in html
    assert "Partner 0010" not in html
    html = render("{% load widunetz_partners %}{% widunetz_partner_teasers %}", request_)
    assert html.count('class="wn-card"') == 6


def test_partner_teasers_tag_query_count_is_constant(network, request_):
    source = "{% load widunetz_partners %}{% widunetz_partner_teasers limit=6 %}"
    add_partners(network["partners"], 10)
    render(source, request_)
    at_10, html = queries(source, request_)
    add_partners(network["partners"], 990, offset=10)
    at_1000, html = queries(source, request_)
    assert html.count('class="wn-card"') == 6
    assert at_10 == at_1000 <= 3, (at_10, at_1000)


# -- press ------------------------------------------------------------------------------------


def test_latest_press_tag(network, request_):
    add_releases(network["press"], 4)
    html = render(
        "{% load widunetz_press %}{% widunetz_latest_press limit=2 clippings=False %}", request_
    )
    assert html.count("Pressenotiz") == 2


def test_latest_press_tag_query_count_is_constant(network, request_):
    source = "{% load widunetz_press %}{% widunetz_latest_press limit=3 %}"
    add_releases(network["press"], 10)
    render(source, request_)
    at_10, html = queries(source, request_)
    add_releases(network["press"], 990, offset=10)
    at_1000, html = queries(source, request_)
    assert html.count("Pressenotiz") == 3
    assert at_10 == at_1000 <= 6, (at_10, at_1000)


# -- search box -------------------------------------------------------------------------------


def test_search_box_tag(search_page, request_):
    html = render(
        '{% load widunetz_search %}{% widunetz_search_box heading="Suchen" kind="event" %}',
        request_,
    )
    assert f'action="{search_page.url}"' in html
    assert 'name="kind" value="event"' in html and "Suchen" in html


def test_search_box_tag_renders_nothing_without_a_search_page(home, request_):
    assert render("{% load widunetz_search %}{% widunetz_search_box %}", request_).strip() == ""


# -- bad arguments ----------------------------------------------------------------------------

BAD = [
    "{% load widunetz_events %}{% widunetz_upcoming_events limit=0 %}",
    '{% load widunetz_events %}{% widunetz_upcoming_events limit="viele" %}',
    "{% load widunetz_events %}{% widunetz_upcoming_events limit=1000 %}",
    '{% load widunetz_events %}{% widunetz_upcoming_events topic="<b>" %}',
    "{% load widunetz_partners %}{% widunetz_partner_teasers limit=-1 %}",
    '{% load widunetz_partners %}{% widunetz_partner_teasers topic="a b" %}',
    '{% load widunetz_press %}{% widunetz_latest_press limit="x" %}',
    '{% load widunetz_press %}{% widunetz_latest_press room="presse" %}',
    '{% load widunetz_search %}{% widunetz_search_box kind="nope" %}',
]


@pytest.mark.parametrize("source", BAD)
def test_bad_arguments_are_errors_in_debug(network, search_page, request_, settings, source):
    settings.DEBUG = True
    with pytest.raises(TemplateSyntaxError):
        render(source, request_)


@pytest.mark.parametrize("source", BAD)
def test_bad_arguments_render_no_items_in_production(network, search_page, request_, source):
    add_events(network["events"], 2)
    add_partners(network["partners"], 2)
    add_releases(network["press"], 2)
    html = render(source, request_)
    assert 'class="wn-card"' not in html and "Pressenotiz" not in html
