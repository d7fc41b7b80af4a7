"""The partner directory: facet filters with counts, search, paging, bad input, map, queries."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from .conftest import add_generated

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(make_partner):
    """Four partners with overlapping facets."""
    return {
        "ottelau": make_partner(
            "Familienzentrum Ottelau",
            topic=["elterncafe", "beratung"],
            group=["eltern"],
            district=["ottelau"],
            language=["de", "tr"],
            offers=[{"title": "Rucksack-Programm", "description": "Sprachbildung"}],
            tags=["Hausaufgaben"],
            latitude="52.123400",
            longitude="8.650100",
        ),
        "mbe": make_partner(
            "Migrationsberatung",
            topic=["beratung"],
            group=["eltern"],
            district=["innenstadt"],
            language=["de", "ar"],
            latitude="52.117800",
            longitude="8.668200",
        ),
        "verein": make_partner(
            "Elternverein", topic=["elterncafe"], district=["innenstadt"], language=["tr"]
        ),
        "senioren": make_partner("Seniorentreff", group=["senioren"], language=["de"]),
    }


def html(client, directory, params=None, path=""):
    response = client.get(directory.url + path, params or {})
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def titles(page_html):
    return re.findall(r'<h3><a href="[^"]+"><bdi>([^<]+)</bdi></a></h3>', page_html)


def count_of(page_html, param, value):
    match = re.search(
        rf'name="{param}" value="{value}"[^>]*>\s*<label[^>]*>[^<]*'
        r'<span class="wn-count">\((\d+)\)',
        page_html,
    )
    return int(match.group(1)) if match else None


def test_lists_all_partners_with_facet_counts(client, directory, network):
    page = html(client, directory)
    assert titles(page) == [
        "Elternverein",
        "Familienzentrum Ottelau",
        "Migrationsberatung",
        "Seniorentreff",
    ]
    assert 'data-wn-count="4"' in page
    assert count_of(page, "topic", "beratung") == 2
    assert count_of(page, "topic", "elterncafe") == 2
    assert count_of(page, "language", "de") == 3
    # Terms without partners are not offered as filters.
    assert 'value="sprachkurs"' not in page


def test_or_within_a_facet(client, directory, network):
    page = html(client, directory, {"language": ["ar", "tr"]})
    assert titles(page) == ["Elternverein", "Familienzentrum Ottelau", "Migrationsberatung"]


def test_and_between_facets_and_disjunctive_counts(client, directory, network):
    page = html(client, directory, {"topic": "elterncafe", "language": "tr"})
    assert titles(page) == ["Elternverein", "Familienzentrum Ottelau"]
    # Counts of the topic facet ignore the topic filter itself but honour the language filter.
    assert count_of(page, "topic", "beratung") == 1
    assert count_of(page, "topic", "elterncafe") == 2
    # Counts of the language facet honour the topic filter.
    assert count_of(page, "language", "de") == 1
    assert count_of(page, "language", "tr") == 2
    assert "checked" in page.split('value="elterncafe"')[1][:20]


def test_comma_separated_values_work_like_repeated_ones(client, directory, network):
    page = html(client, directory, {"language": "ar,tr"})
    assert len(titles(page)) == 3


def test_search_finds_names_offers_and_keywords(client, directory, network):
    assert titles(html(client, directory, {"q": "beratung"})) == ["Migrationsberatung"]
    assert titles(html(client, directory, {"q": "rucksack"})) == ["Familienzentrum Ottelau"]
    assert titles(html(client, directory, {"q": "hausaufgaben"})) == ["Familienzentrum Ottelau"]
    empty = html(client, directory, {"q": "zzz"})
    assert 'class="wn-empty"' in empty
    reset = empty[empty.index('class="wn-empty"') :]
    assert f'<a href="{directory.url}">' in reset[: reset.index("</p>")]


def test_unknown_values_are_ignored_with_a_note(client, directory, network):
    page = html(client, directory, {"topic": ["gibtsnicht", "beratung"], "group": "niemand"})
    assert titles(page) == ["Familienzentrum Ottelau", "Migrationsberatung"]
    assert 'class="wn-note"' in page
    assert "topic=gibtsnicht" in page and "group=niemand" in page
    only_unknown = html(client, directory, {"district": "atlantis"})
    assert len(titles(only_unknown)) == 4


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=0",
        "page=1&page=2",
        "q=a&q=b",
        "q=" + "x" * 201,
        "topic=" + "x" * 101,
        "topic=a%00b",
        "q=%E2%80%AE%01",
        "&".join(f"topic=t{i}" for i in range(31)),
        "language=" + ",".join(f"l{i}" for i in range(31)),
    ],
)
def test_malformed_input_is_400(client, directory, network, query):
    assert client.get(f"{directory.url}?{query}").status_code == 400
    assert client.get(f"{directory.url}map/?{query}").status_code == 400


def test_odd_but_wellformed_unicode_is_ignored_not_an_error(client, directory, network):
    response = client.get(directory.url, {"topic": "ελληνικά", "q": "العربية"})
    assert response.status_code == 200
    assert 'class="wn-note"' in response.content.decode()


def test_map_data_rejects_malformed_input(client, directory, network):
    assert client.get(f"{directory.url}map/data/?q=a&q=b").status_code == 400


def test_page_past_the_end_is_404(client, directory, network):
    assert client.get(directory.url, {"page": 2}).status_code == 404
    assert client.get(directory.url, {"page": 99999}).status_code == 404


def test_pagination_keeps_the_filters(client, directory, network, settings):
    settings.WIDUNETZ_PAGE_SIZE = 1
    page = html(client, directory, {"language": "de"})
    assert len(titles(page)) == 1
    assert "?language=de&amp;page=2" in page
    assert len(titles(html(client, directory, {"language": "de", "page": 3}))) == 1


def test_private_and_unpublished_partners_are_not_listed_or_counted(client, directory, network):
    network["mbe"].unpublish()
    PageViewRestriction.objects.create(
        page=network["senioren"], restriction_type=PageViewRestriction.LOGIN
    )
    page = html(client, directory)
    assert titles(page) == ["Elternverein", "Familienzentrum Ottelau"]
    assert count_of(page, "topic", "beratung") == 1
    data = client.get(f"{directory.url}map/data/").json()
    assert [f["properties"]["name"] for f in data["features"]] == ["Familienzentrum Ottelau"]


def test_filter_form_works_without_javascript(client, directory, network):
    page = html(client, directory)
    form = page[page.index('<form class="wn-filters"') :]
    form = form[: form.index("</form>")]
    assert 'method="get"' in form and 'type="submit"' in form
    assert '<label for="wn-topic-beratung">' in form
    assert 'id="wn-topic-beratung"' in form


def test_map_page_lists_the_same_partners_and_loads_no_third_party_asset(
    client, directory, network
):
    page = html(client, directory, {"topic": "beratung"}, path="map/")
    assert titles(page) == ["Familienzentrum Ottelau", "Migrationsberatung"]
    assert "/static/wagtail_widunetz/partners/vendor/leaflet/leaflet.js" in page
    assert 'data-src="/de/netzwerk/map/data/?topic=beratung"' in page
    # The tile URL is only data for the script; nothing on the page loads from elsewhere.
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', page)
    assert all("testserver" in url or "localhost" in url for url in external), external
    assert "tile.openstreetmap.org" in page  # named in the consent text / data attribute


def test_map_data_honours_the_filters(client, directory, network):
    response = client.get(f"{directory.url}map/data/", {"language": "tr"})
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    names = [f["properties"]["name"] for f in data["features"]]
    # The Elternverein has no coordinates, so it is not on the map.
    assert names == ["Familienzentrum Ottelau"]
    feature = data["features"][0]
    assert feature["geometry"]["coordinates"] == [8.6501, 52.1234]
    assert feature["properties"]["url"] == "/de/netzwerk/familienzentrum-ottelau/"


def test_map_settings_are_configurable(client, directory, network, settings):
    settings.WIDUNETZ_MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.WIDUNETZ_MAP_ATTRIBUTION = "© Beispiel"
    page = html(client, directory, path="map/")
    assert 'data-tiles="https://tiles.example.org/{z}/{x}/{y}.png"' in page
    assert "tiles.example.org" in page and "© Beispiel" in page


def count_queries(client, url):
    client.get(url)  # warm the shared cache (core.cache), as in production
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize(
    ("path", "budget"),
    [
        ("", 12),
        ("?topic=beratung&language=de&language=tr&q=partner", 12),
        ("map/?district=ottelau", 12),
        ("map/data/?topic=beratung", 9),
    ],
)
def test_query_count_does_not_grow_with_partners(client, directory, vocab, path, budget):
    add_generated(directory, 10)
    url = directory.url + path
    client.get(url)  # warm per-process caches
    at_10 = count_queries(client, url)
    add_generated(directory, 990)
    at_1000 = count_queries(client, url)
    assert at_10 == at_1000 <= budget


def test_facet_counts_at_scale_match_a_direct_count(client, directory, vocab):
    from wagtail_widunetz.partners.models import PartnerTopic

    add_generated(directory, 300)
    page = html(client, directory)
    for slug in vocab["topic"]:
        expected = PartnerTopic.objects.filter(topic__slug=slug).values("page").distinct().count()
        assert count_of(page, "topic", slug) == expected
    assert 'data-wn-count="300"' in page
