"""The three index pages and their item pages: rendering, paging, bad input, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail_widunetz.core.bulk import bulk_add_children

from .factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
    PressReleasePageFactory,
    PressRoomPageFactory,
)

pytestmark = pytest.mark.django_db

KINDS = {
    "partners": (PartnerDirectoryPageFactory, PartnerPageFactory),
    "events": (EventCalendarPageFactory, EventPageFactory),
    "press": (PressRoomPageFactory, PressReleasePageFactory),
}


def add_items(index, item_factory, count, offset=0):
    pages = [
        item_factory.build(title=f"Eintrag {offset + i}", slug=f"eintrag-{offset + i}")
        for i in range(count)
    ]
    return bulk_add_children(index, pages)


@pytest.fixture(params=list(KINDS))
def kind(request, home):
    index_factory, item_factory = KINDS[request.param]
    index = index_factory(parent=home)
    return index, item_factory


def url(index):
    return index.get_url()


def test_empty_index_renders(client, kind):
    index, _ = kind
    response = client.get(url(index))
    assert response.status_code == 200
    assert 'class="wn-empty"' in response.content.decode()


def test_index_lists_items_a_page_at_a_time(client, kind, settings):
    settings.WIDUNETZ_PAGE_SIZE = 5
    index, item_factory = kind
    add_items(index, item_factory, 12)
    first = client.get(url(index)).content.decode()
    assert first.count('class="wn-card"') == 5
    assert "12" in first
    third = client.get(url(index) + "?page=3").content.decode()
    assert third.count('class="wn-card"') == 2


@pytest.mark.parametrize("value", ["x", "0", "-1", "1.5", "", "99999999999"])
def test_malformed_page_number_is_400(client, kind, value):
    index, _ = kind
    assert client.get(url(index), {"page": value}).status_code == 400


def test_repeated_page_number_is_400(client, kind):
    index, _ = kind
    assert client.get(url(index) + "?page=1&page=2").status_code == 400


def test_page_past_the_end_is_404(client, kind):
    index, item_factory = kind
    add_items(index, item_factory, 3)
    assert client.get(url(index), {"page": 2}).status_code == 404


def test_item_page_renders(client, kind):
    index, item_factory = kind
    (item,) = add_items(index, item_factory, 1)
    response = client.get(item.get_url())
    assert response.status_code == 200
    assert "Eintrag 0" in response.content.decode()


def test_unpublished_items_are_not_listed(client, kind):
    index, item_factory = kind
    live, hidden = add_items(index, item_factory, 2)
    hidden.unpublish()
    html = client.get(url(index)).content.decode()
    assert live.title in html and hidden.title not in html


def count_queries(client, path):
    client.get(path)  # warm the shared cache (core.cache), as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("budget", [12])
def test_index_query_count_does_not_grow_with_items(client, kind, budget):
    index, item_factory = kind
    add_items(index, item_factory, 10)
    client.get(url(index))  # warm per-process caches (content types, site root paths)
    at_10 = count_queries(client, url(index))
    add_items(index, item_factory, 990, offset=10)
    at_1000 = count_queries(client, url(index))
    assert at_10 == at_1000
    assert at_1000 <= budget


def test_item_query_count_does_not_grow_with_siblings(client, kind):
    index, item_factory = kind
    (item,) = add_items(index, item_factory, 1)
    client.get(item.get_url())
    at_1 = count_queries(client, item.get_url())
    add_items(index, item_factory, 999, offset=1)
    assert count_queries(client, item.get_url()) == at_1 <= 15
