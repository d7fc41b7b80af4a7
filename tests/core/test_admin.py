"""The admin side of core: the Network menu, vocabulary snippets and the chapter setting."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Site

from wagtail_widunetz.core.models import ChapterSettings, Language, Topic

from ..factories import LanguageFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def test_network_menu_groups_the_vocabulary(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    # The admin speaks German here (LANGUAGE_CODE): the menu is translated.
    for label in ("Netzwerk", "Themen", "Zielgruppen", "Stadtteile", "Sprachen"):
        assert label in html


@pytest.mark.parametrize("model", ["topic", "targetgroup", "district", "language"])
def test_snippet_list_views_render(admin_client, model):
    url = reverse(f"wagtailsnippets_widunetz_core_{model}:list")
    assert admin_client.get(url).status_code == 200


def test_topic_list_searches_and_shows_columns(admin_client):
    TopicFactory(name="Elterncafé", slug="elterncafe")
    TopicFactory(name="Beratung", slug="beratung")
    url = reverse("wagtailsnippets_widunetz_core_topic:list")
    html = admin_client.get(url, {"q": "Eltern"}).content.decode()
    assert "Elterncafé" in html and "Beratung" not in html
    assert "elterncafe" in html  # the slug column


def test_language_list_filters_by_direction(admin_client):
    LanguageFactory()
    LanguageFactory(name="Türkisch", code="tr", endonym="Türkçe", direction="ltr")
    url = reverse("wagtailsnippets_widunetz_core_language:list")
    html = admin_client.get(url, {"direction": "rtl"}).content.decode()
    assert "Arabisch" in html and "Türkisch" not in html


def test_adding_a_topic_with_a_bad_slug_shows_an_error_and_saves_nothing(admin_client):
    url = reverse("wagtailsnippets_widunetz_core_topic:add")
    response = admin_client.post(url, {"name": "Sport", "slug": "Sport & Spiel", "sort_order": 0})
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert not Topic.objects.exists()


def test_adding_a_language_with_a_bad_code_is_refused(admin_client):
    url = reverse("wagtailsnippets_widunetz_core_language:add")
    data = {
        "name": "Arabisch",
        "code": "Arabic",
        "endonym": "العربية",
        "direction": "rtl",
        "sort_order": 0,
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "code" in response.context["form"].errors
    assert not Language.objects.exists()


def test_chapter_settings_edit(admin_client):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["widunetz_core", "chaptersettings", site.pk])
    assert admin_client.get(url).status_code == 200
    data = {
        "name": "DRK Herford",
        "street": "Wittekindstraße 21",
        "postcode": "32051",
        "city": "Herford",
        "latitude": "52.1162",
        "longitude": "8.6709",
        "phone": "05221 / 56784",
        "fax": "",
        "email": "info@drk-herford.de",
        "donation_url": "https://www.drk-herford.de/spenden",
        "logo": "",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert ChapterSettings.for_site(site).city == "Herford"

    response = admin_client.post(url, {**data, "latitude": "123", "email": "kein-mail"})
    assert response.status_code == 200
    assert {"latitude", "email"} <= set(response.context["form"].errors)
    assert ChapterSettings.for_site(site).latitude is not None
