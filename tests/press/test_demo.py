import pytest
from django.db.models import Max
from wagtail.models import Page, Revision

from wagtail_widunetz.press import demo
from wagtail_widunetz.press.models import (
    MediaOutlet,
    PressBoilerplate,
    PressClipping,
    PressContact,
    PressReleasePage,
)

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("id", "locale__language_code", "live", "go_live_at")
        ),
        "revisions": Revision.objects.aggregate(Max("id"))["id__max"],
        "snippets": [
            m.objects.count() for m in (MediaOutlet, PressClipping, PressContact, PressBoilerplate)
        ],
    }


def test_demo_press_room(client, press_demo):
    html = client.get("/de/presse/").content.decode()
    assert "Geburtsstunde von Widunetz" in html
    assert "Ein Netz für neue Nachbarn" in html and "Neue Westfälische" in html
    assert "Herforder Kreisblatt" in html
    assert "Selin Kaya" in html
    assert "Familienfest" not in html  # embargoed until next week
    en = client.get("/en/presse/").content.decode()
    assert "Widunetz is born" in en and "A network for new neighbours" in en
    assert "family festival" not in en
    ar = client.get("/ar/presse/").content.decode()
    assert "ولادة شبكة ويدونتس" in ar
    # Untranslated clippings fall back to German in the other languages.
    assert "Ein Netz für neue Nachbarn" in client.get("/tr/presse/").content.decode()


def test_demo_embargoed_release_is_scheduled_in_every_language(press_demo):
    versions = PressReleasePage.objects.filter(slug=demo.EMBARGOED_SLUG)
    assert versions.count() == 2
    for page in versions:
        assert not page.live
        assert page.go_live_at is not None
        assert page.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_demo_twice_changes_nothing(press_demo):
    before = snapshot()
    demo.load()
    assert snapshot() == before
