"""The press room: releases and clippings together, filters, year archive, bad input."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from wagtail_widunetz.core.translation import ensure_translation
from wagtail_widunetz.press.listing import PressFilters, PressListing

from .factories import MediaOutletFactory, PressClippingFactory

pytestmark = pytest.mark.django_db


def days_ago(n):
    return timezone.localdate() - datetime.timedelta(days=n)


def card_titles(html):
    """Titles of the listed items, in order."""
    import re

    pattern = r'<article id="[a-z]+-\d+"[^>]*>.*?<h2[^>]*>(?:<a [^>]*>)?([^<]+)'
    return re.findall(pattern, html, re.S)


def test_releases_and_clippings_newest_first(client, room, add_releases):
    add_releases(2)  # today, yesterday
    PressClippingFactory(headline="Bericht vor zwei Tagen", published=days_ago(2))
    PressClippingFactory(
        headline="Bericht von heute früh", published=days_ago(0) - datetime.timedelta(days=10)
    )
    html = client.get(room.url).content.decode()
    assert card_titles(html) == [
        "Mitteilung 0",
        "Mitteilung 1",
        "Bericht vor zwei Tagen",
        "Bericht von heute früh",
    ]


def test_pinned_items_stay_on_top(client, room, add_releases):
    add_releases(3)
    add_releases(1, offset=30, pinned=True)
    PressClippingFactory(headline="Alter Bericht", published=days_ago(100), pinned=True)
    titles = card_titles(client.get(room.url).content.decode())
    assert titles[:2] == ["Mitteilung 30", "Alter Bericht"]
    assert titles[2:] == ["Mitteilung 0", "Mitteilung 1", "Mitteilung 2"]


def test_clippings_are_marked_as_external(client, room):
    outlet = MediaOutletFactory(name="Neue Westfälische")
    PressClippingFactory(
        headline="Ein Netz für neue Nachbarn",
        outlet=outlet,
        author="A. Schreiber",
        url="https://zeitung.example/netz",
    )
    html = client.get(room.url).content.decode()
    assert 'href="https://zeitung.example/netz" rel="external noopener"' in html
    assert (
        "Neue Westfälische, by A. Schreiber" in html
        or "Neue Westfälische, von A. Schreiber" in html
    )
    assert "wn-press-item--clipping" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=release", ["Mitteilung 0"]),
        ("kind=clipping", ["Bericht"]),
        ("kind=release&kind=clipping", ["Mitteilung 0", "Bericht"]),
        ("kind=release,clipping", ["Mitteilung 0", "Bericht"]),
    ],
)
def test_kind_filter(client, room, add_releases, query, expected):
    add_releases(1)
    PressClippingFactory(headline="Bericht")
    assert card_titles(client.get(f"{room.url}?{query}").content.decode()) == expected


def test_year_filter_and_year_archive(client, room, add_releases):
    (old,) = add_releases(1, offset=400)
    type(old).objects.filter(pk=old.pk).update(
        date=timezone.make_aware(datetime.datetime(2024, 6, 1, 12))
    )
    add_releases(1)
    PressClippingFactory(headline="Bericht 2024", published=datetime.date(2024, 3, 1))
    this_year = timezone.localdate().year
    assert card_titles(client.get(room.url, {"year": "2024"}).content.decode()) == [
        "Mitteilung 400",
        "Bericht 2024",
    ]
    archive = client.get(f"{room.url}2024/")
    assert archive.status_code == 200
    html = archive.content.decode()
    assert card_titles(html) == ["Mitteilung 400", "Bericht 2024"]
    assert f'href="{room.url}{this_year}/"' in html  # the archive lists the years with items
    assert 'href="/de/presse/2024/" aria-current="page"' in html
    assert card_titles(client.get(f"{room.url}2024/", {"kind": "clipping"}).content.decode()) == [
        "Bericht 2024"
    ]


@pytest.mark.parametrize("year", ["2011", "0000", "1850", "3000"])
def test_year_archive_without_items_is_404(client, room, add_releases, year):
    add_releases(1)
    assert client.get(f"{room.url}{year}/").status_code == 404


def test_search_in_an_empty_year_is_an_empty_list(client, room, add_releases):
    add_releases(1)
    year = timezone.localdate().year
    response = client.get(f"{room.url}{year}/", {"q": "nichts dergleichen"})
    assert response.status_code == 200
    assert 'class="wn-empty"' in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "pressemitteilung"},
        {"kind": "release;drop"},
        {"year": "abc"},
        {"year": "1850"},
        {"year": "20250"},
        {"year": "2025-01"},
        {"page": "zwei"},
        {"page": "0"},
        {"q": "x" * 201},
        {"q": "a\x00b"},
    ],
)
def test_bad_parameters_are_400(client, room, params):
    assert client.get(room.url, params).status_code == 400


def test_repeated_year_is_400(client, room):
    assert client.get(room.url + "?year=2024&year=2025").status_code == 400


def test_page_past_the_end_is_404(client, room, add_releases, settings):
    settings.WIDUNETZ_PAGE_SIZE = 5
    add_releases(3)
    PressClippingFactory.create_batch(4)
    assert client.get(room.url, {"page": 2}).status_code == 200
    assert client.get(room.url, {"page": 3}).status_code == 404


def test_pagination_runs_across_both_kinds(client, room, add_releases, settings):
    settings.WIDUNETZ_PAGE_SIZE = 5
    add_releases(4)
    for n in range(3):
        PressClippingFactory(headline=f"Bericht {n}", published=days_ago(10 + n))
    first = client.get(room.url).content.decode()
    assert card_titles(first) == [f"Mitteilung {n}" for n in range(4)] + ["Bericht 0"]
    assert "7" in first
    second = client.get(room.url, {"page": 2, "kind": "release,clipping"}).content.decode()
    assert card_titles(second) == ["Bericht 1", "Bericht 2"]
    assert "kind=release&amp;kind=clipping&amp;page=1" not in first  # no filter, no params


def test_search_finds_releases_and_clippings(client, room, add_releases):
    add_releases(2)
    outlet = MediaOutletFactory(name="Herforder Kreisblatt")
    PressClippingFactory(headline="Rotes Kreuz knüpft Kontakte", outlet=outlet)
    PressClippingFactory(headline="Anderes Thema")
    assert card_titles(client.get(room.url, {"q": "mitteilung 1"}).content.decode()) == [
        "Mitteilung 1"
    ]
    assert card_titles(client.get(room.url, {"q": "kreisblatt"}).content.decode()) == [
        "Rotes Kreuz knüpft Kontakte"
    ]


def test_unpublished_and_private_releases_are_not_listed(client, room, add_releases):
    live, hidden, private = add_releases(3)
    hidden.unpublish()
    PageViewRestriction.objects.create(
        page_id=private.pk, restriction_type="password", password="x"
    )
    assert card_titles(client.get(room.url).content.decode()) == [live.title]


def test_a_restricted_room_lists_nothing_public(client, room, add_releases):
    add_releases(2)
    listing = PressListing(room, PressFilters())
    assert listing.total() == 2
    PageViewRestriction.objects.create(page=room, restriction_type="login")
    assert PressListing(room, PressFilters()).total() == 0


def test_releases_of_other_rooms_are_not_listed(client, home, room, add_releases):
    from tests.factories import PressRoomPageFactory

    other = PressRoomPageFactory(parent=home, slug="presse-2", title="Andere")
    add_releases(1)
    add_releases(1, offset=5, parent=other)
    assert card_titles(client.get(room.url).content.decode()) == ["Mitteilung 0"]


def test_clippings_fall_back_to_the_default_language(client, room, locales):
    german = PressClippingFactory(headline="Nur auf Deutsch")
    translated = PressClippingFactory(headline="Übersetzter Bericht")
    ensure_translation(translated, locales["en"], {"Übersetzter Bericht": "Translated report"})
    en_room, _ = ensure_translation(room, locales["en"], {"Presse": "Press"})
    html = client.get(en_room.url).content.decode()
    titles = card_titles(html)
    assert sorted(titles) == ["Nur auf Deutsch", "Translated report"]
    assert "Übersetzter Bericht" not in html
    # The German room shows the German versions only.
    assert sorted(card_titles(client.get(room.url).content.decode())) == [
        "Nur auf Deutsch",
        "Übersetzter Bericht",
    ]
    assert german.locale.language_code == "de"


def test_counts_years_and_totals(room, add_releases):
    (old,) = add_releases(1, offset=400)
    type(old).objects.filter(pk=old.pk).update(
        date=timezone.make_aware(datetime.datetime(2024, 6, 1, 12))
    )
    add_releases(2)
    PressClippingFactory(published=datetime.date(2024, 3, 1))
    this_year = timezone.localdate().year
    listing = PressListing(room, PressFilters())
    assert listing.counts() == {
        ("release", 2024): 1,
        ("release", this_year): 2,
        ("clipping", 2024): 1,
    }
    assert listing.total() == 4
    assert listing.years() == [(this_year, 2), (2024, 2)]
    only_clippings = PressListing(room, PressFilters(kinds=["clipping"], year=2024))
    assert only_clippings.total() == 1
    assert only_clippings.kind_counts() == {"release": 1, "clipping": 1}


def test_the_list_of_a_page_costs_two_queries(room, add_releases, django_assert_num_queries, rf):
    add_releases(30)
    PressClippingFactory.create_batch(5)
    request = rf.get(room.url)
    listing = PressListing(room, PressFilters(), request)
    room.get_url(request=request)  # site root paths, cached per request
    with django_assert_num_queries(2):
        page = listing.page(request)
        years = listing.years()
    assert len(page.object_list) == 20 and years


def test_clipping_in_the_default_language_is_marked_on_other_rooms(client, room, locales):
    from wagtail_widunetz.core.translation import ensure_translation

    from .factories import PressClippingFactory

    PressClippingFactory(headline="Nur auf Deutsch")
    en_room, _ = ensure_translation(room, locales["en"], {"Presse": "Press"})
    html = client.get(en_room.url).content.decode()
    assert '<h2 lang="de" dir="auto">' in html
    assert '<span class="wn-lang-badge" lang="de">Deutsch</span>' in html
