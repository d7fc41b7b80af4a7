import pytest
from django.core.management import call_command
from django.db.models import Max
from wagtail.models import Locale, Page, Revision

from wagtail_widunetz.core.models import ChapterSettings, District, Language, TargetGroup, Topic

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("id", "locale__language_code", "url_path", "live")
        ),
        "revisions": Revision.objects.count(),
        "last_revision": Revision.objects.aggregate(Max("id"))["id__max"],
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "facets": [m.objects.count() for m in (Topic, TargetGroup, District, Language)],
        "chapter": list(ChapterSettings.objects.values_list("name", "phone", "street")),
    }


def test_demo_builds_the_herford_network(client, demo):
    assert ChapterSettings.objects.get().name == "DRK-Kreisverband Herford-Stadt e.V."
    assert ChapterSettings.objects.get().street == "Wittekindstraße 21"
    assert Locale.objects.count() == 6
    assert Language.objects.filter(locale__language_code="de", code="ar", direction="rtl").exists()
    assert (
        Topic.objects.filter(locale__language_code="ar", slug="elterncafe").get().name
        == "مقهى الأهل"
    )
    for prefix in ("de", "en", "tr", "ar", "ru", "uk"):
        for slug in ("netzwerk", "veranstaltungen", "presse"):
            response = client.get(f"/{prefix}/{slug}/")
            assert response.status_code == 200, (prefix, slug)
    assert "Geburtsstunde von Widunetz" in client.get("/de/presse/").content.decode()
    assert "Integrationsagentur des DRK Herford" in client.get("/de/netzwerk/").content.decode()
    assert "Widunetz is born" in client.get("/en/presse/").content.decode()


def test_demo_twice_changes_nothing(demo):
    before = snapshot()
    call_command("widunetz_demo", verbosity=0)
    assert snapshot() == before


def test_demo_without_a_site_says_what_to_do(db):
    from django.core.management.base import CommandError
    from wagtail.models import Site

    Site.objects.all().delete()
    with pytest.raises(CommandError, match="no default Wagtail site"):
        call_command("widunetz_demo", verbosity=0)
