"""Admin: the press snippets in the "Network" menu, page editing, the latest press block."""

import pytest
from django.urls import reverse

from tests.factories import PressReleasePageFactory
from wagtail_widunetz.press.blocks import LatestPressBlock
from wagtail_widunetz.press.models import (
    MediaOutlet,
    PressBoilerplate,
    PressClipping,
    PressContact,
    PressReleasePage,
    PressRoomPage,
)

from .factories import MediaOutletFactory, PressClippingFactory, PressContactFactory

pytestmark = pytest.mark.django_db

SNIPPETS = [MediaOutlet, PressClipping, PressContact, PressBoilerplate]


@pytest.mark.parametrize("model", SNIPPETS)
def test_snippet_list_and_add_views(admin_client, model):
    opts = model._meta
    index = admin_client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:list"))
    assert index.status_code == 200
    add = admin_client.get(reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:add"))
    assert add.status_code == 200


def test_press_snippets_are_in_the_network_menu(admin_client):
    from wagtail_widunetz.core.wagtail_hooks import NetworkViewSetGroup
    from wagtail_widunetz.press import views

    items = NetworkViewSetGroup().items
    for viewset in (
        views.PressClippingViewSet,
        views.MediaOutletViewSet,
        views.PressContactViewSet,
        views.PressBoilerplateViewSet,
    ):
        assert viewset in items
    html = admin_client.get("/admin/").content.decode()
    assert "pressclipping" in html


def test_clipping_can_be_added_in_the_admin(admin_client, locales):
    outlet = MediaOutletFactory(name="Neue Westfälische")
    url = reverse("wagtailsnippets_widunetz_press_pressclipping:add") + "?locale=de"
    response = admin_client.post(
        url,
        {
            "headline": "Ein Netz für neue Nachbarn",
            "outlet": outlet.pk,
            "author": "",
            "published": "2026-11-10",
            "url": "https://zeitung.example/netz",
            "excerpt": "Kurz zusammengefasst.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert PressClipping.objects.get().headline == "Ein Netz für neue Nachbarn"


def test_contact_languages_are_validated(db):
    from django.core.exceptions import ValidationError

    contact = PressContactFactory.build(languages="Deutsch und Englisch")
    with pytest.raises(ValidationError):
        contact.full_clean(exclude=["locale", "translation_key"])
    ok = PressContactFactory.build(languages="de, ar, ku-Arab")
    ok.full_clean(exclude=["locale", "translation_key"])
    assert [lang["code"] for lang in ok.language_list] == ["de", "ar", "ku-Arab"]
    assert ok.language_list[1]["dir"] == "rtl"


def test_release_edit_and_add_views(admin_client, room):
    release = PressReleasePageFactory(parent=room)
    assert admin_client.get(f"/admin/pages/{release.pk}/edit/").status_code == 200
    assert admin_client.get(f"/admin/pages/{room.pk}/edit/").status_code == 200
    add = f"/admin/pages/add/widunetz_press/pressreleasepage/{room.pk}/"
    assert admin_client.get(add).status_code == 200


def test_page_rules():
    assert PressRoomPage.allowed_subpage_models() == [PressReleasePage]
    assert PressReleasePage.allowed_parent_page_models() == [PressRoomPage]


def test_latest_press_block_renders_in_the_page_language(rf, room, add_releases):
    add_releases(4)
    PressClippingFactory(headline="Bericht")
    block = LatestPressBlock()
    request = rf.get("/")
    html = block.render(
        block.to_python({"count": 2, "include_clippings": False}),
        {"page": room, "request": request},
    )
    assert "Mitteilung 0" in html and "Mitteilung 1" in html and "Mitteilung 2" not in html
    assert 'href="/de/presse/mitteilung-0/"' in html
    chosen = block.render(
        block.to_python({"count": 10, "include_clippings": True, "press_room": room.pk}),
        {"request": request},
    )
    assert "Bericht" in chosen and 'rel="external noopener"' in chosen


def test_latest_press_block_query_count(rf, room, add_releases, django_assert_max_num_queries):
    add_releases(50)
    block = LatestPressBlock()
    value = block.to_python({"count": 5, "include_clippings": True, "press_room": room.pk})
    block.render(value, {"request": rf.get("/")})  # Wagtail caches the site root paths
    with django_assert_max_num_queries(3):
        html = block.render(value, {"request": rf.get("/")})
    assert html.count("<li") == 5
