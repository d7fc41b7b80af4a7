"""The network search page: grouping, filters, highlighting, exclusions and bad input."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import PartnerPageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db


def get(client, search_page, **params):
    return client.get(search_page.url, params)


def test_results_are_grouped_by_kind_with_counts(client, search_page, network, add_event):
    PartnerPageFactory(
        parent=network["partners"],
        title="Kita Ottelau",
        short_description="Elterncafé jeden Montag",
    )
    add_event(network["events"], "Elterncafé im Familienzentrum")
    PressReleasePageFactory(parent=network["press"], title="Neues Elterncafé eröffnet")
    PressReleasePageFactory(parent=network["press"], title="Sprachkurs beginnt")
    response = get(client, search_page, q="Elterncafé")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kita Ottelau" in html and "Elterncafé im Familienzentrum" in html
    assert "Neues Elterncafé eröffnet" in html and "Sprachkurs beginnt" not in html
    groups = {g.slug: g.count for g in response.context["search_groups"]}
    assert groups == {"partner": 1, "event": 1, "press": 1}
    assert response.context["search"].total == 3


def test_filter_by_kind_and_paginate(client, search_page, network, settings):
    settings.WIDUNETZ_PAGE_SIZE = 3
    for i in range(7):
        PressReleasePageFactory(parent=network["press"], title=f"Elterncafé Nummer {i}")
    PartnerPageFactory(parent=network["partners"], title="Elterncafé-Partner")
    response = get(client, search_page, q="Elterncafé", kind="press")
    (group,) = response.context["search_groups"]
    assert group.slug == "press" and group.count == 7 and len(group.results) == 3
    assert "Elterncafé-Partner" not in response.content.decode()
    third = get(client, search_page, q="Elterncafé", kind="press", page=3)
    assert len(third.context["search_groups"][0].results) == 1
    assert "kind=press" in third.content.decode()  # pagination links keep the filter


def test_overview_shows_a_few_per_kind_and_links_to_all(client, search_page, network):
    for i in range(8):
        PressReleasePageFactory(parent=network["press"], title=f"Elterncafé {i}")
    response = get(client, search_page, q="Elterncafé")
    group = next(g for g in response.context["search_groups"] if g.slug == "press")
    assert group.count == 8 and len(group.results) == 5 and group.has_more
    assert "kind=press" in response.content.decode()


def test_snippet_highlights_the_match_safely(client, search_page, network):
    PartnerPageFactory(
        parent=network["partners"],
        title="Beratungsstelle",
        short_description="Wir bieten <script>alert(1)</script> Sprachkurse für Frauen an.",
    )
    html = get(client, search_page, q="frauen").content.decode()
    assert "<mark>Frauen</mark> an." in html
    assert "<script>alert(1)" not in html


def test_upcoming_events_only_unless_past_is_asked_for(client, search_page, network, add_event):
    add_event(network["events"], "Nähkurs kommende Woche", days=7)
    past = add_event(network["events"], "Nähkurs letztes Jahr", days=-300)
    html = get(client, search_page, q="Nähkurs").content.decode()
    assert "Nähkurs kommende Woche" in html and past.title not in html
    html = get(client, search_page, q="Nähkurs", past="1").content.decode()
    assert "Nähkurs kommende Woche" in html and past.title in html


# -- exclusions -------------------------------------------------------------------------------


def titles(response):
    return {r.page.title for g in response.context["search_groups"] for r in g.results}


def test_drafts_are_not_found(client, search_page, network):
    live = PartnerPageFactory(parent=network["partners"], title="Treffpunkt live")
    draft = PartnerPageFactory(parent=network["partners"], title="Treffpunkt Entwurf")
    draft.unpublish()
    assert titles(get(client, search_page, q="Treffpunkt")) == {live.title}


def test_private_pages_are_not_found(client, search_page, network):
    PartnerPageFactory(parent=network["partners"], title="Treffpunkt offen")
    hidden = PartnerPageFactory(parent=network["partners"], title="Treffpunkt intern")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    secret_room = network["press"]
    PressReleasePageFactory(parent=secret_room, title="Treffpunkt Presse")
    PageViewRestriction.objects.create(page=secret_room, restriction_type="password", password="x")
    assert titles(get(client, search_page, q="Treffpunkt")) == {"Treffpunkt offen"}


def test_expired_pages_are_not_found(client, search_page, network):
    from django.core.management import call_command

    PressReleasePageFactory(parent=network["press"], title="Treffpunkt aktuell")
    old = PressReleasePageFactory(parent=network["press"], title="Treffpunkt abgelaufen")
    old.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    old.save()
    call_command("publish_scheduled", verbosity=0)
    assert titles(get(client, search_page, q="Treffpunkt")) == {"Treffpunkt aktuell"}


def test_other_locales_are_not_found(client, search_page, network, locales):
    from wagtail_widunetz.core.translation import ensure_translation

    partner = PartnerPageFactory(parent=network["partners"], title="Treffpunkt Deutsch")
    ensure_translation(partner, locales["en"], {"Treffpunkt Deutsch": "Treffpunkt English"})
    assert titles(get(client, search_page, q="Treffpunkt")) == {"Treffpunkt Deutsch"}


def test_other_sites_are_not_found(client, search_page, network, home):
    from wagtail.models import Page, Site

    from tests.factories import PartnerDirectoryPageFactory

    root = Page.get_first_root_node()
    other_home = root.add_child(instance=Page(title="Anderer Verband", slug="anderer"))
    Site.objects.create(hostname="other.example", root_page=other_home)
    other_dir = PartnerDirectoryPageFactory(parent=other_home)
    PartnerPageFactory(parent=other_dir, title="Treffpunkt woanders")
    PartnerPageFactory(parent=network["partners"], title="Treffpunkt hier")
    assert titles(get(client, search_page, q="Treffpunkt")) == {"Treffpunkt hier"}


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "AND",
        "OR NOT",
        "(",
        "a:b",
        "\x00Elterncafé",
        "Eltern\u200bcafé",
        "%",
        "'; DROP TABLE x; --",
        "العربية",
        "ü" * 500,
        "   ",
    ],
)
def test_odd_queries_never_fail(client, search_page, network, query):
    PartnerPageFactory(parent=network["partners"], title="Elterncafé")
    response = get(client, search_page, q=query)
    assert response.status_code == 200


def test_long_query_is_cut_with_a_note(client, search_page, network):
    response = get(client, search_page, q="x" * 300)
    assert response.status_code == 200
    assert len(response.context["search"].query) == 200
    assert len(response.context["search"].notes) == 1


def test_unknown_kind_shows_all_with_a_note(client, search_page, network):
    PartnerPageFactory(parent=network["partners"], title="Elterncafé")
    response = get(client, search_page, q="Elterncafé", kind="nope")
    assert response.status_code == 200
    assert response.context["search"].notes
    assert len(response.context["search_groups"]) == 3


@pytest.mark.parametrize(
    "query",
    ["q=a&q=b", "q=a&kind=partner&kind=event", "q=a&kind=partner&page=x", "q=a&kind=press&page=0"],
)
def test_malformed_parameters_are_400(client, search_page, network, query):
    assert client.get(f"{search_page.url}?{query}").status_code == 400


def test_page_past_the_end_is_404(client, search_page, network):
    assert get(client, search_page, q="a", kind="press", page=5).status_code == 404


def test_empty_query_shows_only_the_form(client, search_page, network):
    response = get(client, search_page)
    assert response.status_code == 200
    assert response.context["search_groups"] == []
    assert 'role="search"' in response.content.decode()


# -- did you mean -----------------------------------------------------------------------------


def test_no_suggestion_with_the_database_backend(client, search_page, network):
    assert get(client, search_page, q="Elterncafe").context["search"].suggestion is None


def test_suggestion_when_the_backend_offers_one(client, search_page, network, monkeypatch):
    from wagtail_widunetz.core import search as search_module

    real = search_module.get_search_backend

    def with_suggest():
        backend = real()
        backend.suggest = lambda query: "Elterncafé"
        return backend

    monkeypatch.setattr(search_module, "get_search_backend", with_suggest)
    response = get(client, search_page, q="Elterncafe")
    assert response.context["search"].suggestion == "Elterncafé"
    assert "Did you mean" in response.content.decode() or "Meinten Sie" in (
        response.content.decode()
    )


def test_highlight_marks_word_starts_and_escapes():
    from wagtail_widunetz.core.search import highlight

    text = "Kurse für <b>Eltern</b> & Kinder: " + "lange Einleitung " * 20 + "Sprachkurse hier"
    html = highlight(text, ["sprachkurs"])
    assert html.startswith("… ") and "<mark>Sprachkurs</mark>e hier" in html
    html = highlight(text, ["eltern"])
    assert "&lt;b&gt;<mark>Eltern</mark>&lt;/b&gt; &amp; Kinder" in html
    assert len(highlight("wort " * 200, ["wort"])) < 1200
    assert highlight("", ["x"]) == ""
    assert str(highlight("a <i>b</i>", [])) == "a &lt;i&gt;b&lt;/i&gt;"


def test_partners_are_found_by_their_offers(client, search_page, network):
    from wagtail_widunetz.partners.models import PartnerOffer, PartnerPage

    partner = PartnerPage(title="Familienzentrum Ottelau", slug="fz-ottelau")
    network["partners"].add_child(instance=partner)
    partner.offers.add(PartnerOffer(title="Hausaufgabenhilfe", locale_id=partner.locale_id))
    partner.save_revision().publish()
    response = get(client, search_page, q="Hausaufgabenhilfe")
    assert titles(response) == {"Familienzentrum Ottelau"}
    assert response.context["search_groups"][0].slug == "partner"
