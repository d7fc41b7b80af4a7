"""The search page's queries do not grow with the number of partners, events and releases."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend

from tests.factories import EventPageFactory, PartnerPageFactory, PressReleasePageFactory
from wagtail_widunetz.core.bulk import bulk_add_children
from wagtail_widunetz.events import occurrences

pytestmark = pytest.mark.django_db

BUDGET = 15


def add(network, count, offset=0):
    """``count`` partners, events and releases, all matching "Elterncafé", indexed."""
    backend = get_search_backend()
    made = {}
    for key, factory in (
        ("partners", PartnerPageFactory),
        ("events", EventPageFactory),
        ("press", PressReleasePageFactory),
    ):
        pages = [
            factory.build(title=f"Elterncafé {offset + i}", slug=f"{key}-{offset + i}")
            for i in range(count)
        ]
        if key == "events":
            with occurrences.bulk_mode():
                bulk_add_children(network[key], pages)
            occurrences.materialise_many(pages)
        else:
            bulk_add_children(network[key], pages)
        backend.add_bulk(type(pages[0]), pages)
        made[key] = pages
    return made


def warm(client, url, params):
    """Fill the per-process caches (content types, site roots, the shared page cache, which
    every write renews), so both measurements start from the same state."""
    for _ in range(2):
        client.get(url, params)


def count_queries(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("kind", [None, "partner", "event", "press"])
def test_search_query_count_is_constant(client, search_page, network, kind):
    params = {"q": "Elterncafé", **({"kind": kind} if kind else {})}
    add(network, 10)
    warm(client, search_page.url, params)
    at_10, response = count_queries(client, search_page.url, params)
    assert response.context["search"].total == (30 if kind is None else 10)
    add(network, 990, offset=10)
    warm(client, search_page.url, params)
    at_1000, response = count_queries(client, search_page.url, params)
    assert response.context["search"].total == (3000 if kind is None else 1000)
    print(f"search kind={kind}: {at_10} queries at 10 items of each kind, {at_1000} at 1,000")
    assert at_10 == at_1000, (at_10, at_1000)
    assert at_1000 <= BUDGET


def test_header_search_box_costs_no_query_on_a_warm_cache(client, search_page, network):
    from wagtail_widunetz.core.templatetags.widunetz_search import widunetz_search_url

    response = client.get(network["press"].url)
    assert f'action="{search_page.url}"' in response.content.decode()
    request = response.wsgi_request
    with CaptureQueriesContext(connection) as queries:
        assert widunetz_search_url({"request": request}) == search_page.url
    assert len(queries) == 0
