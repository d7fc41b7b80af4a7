"""The partners of the Herford demo: enriched, translated, idempotent."""

import pytest
from django.db.models import Max
from wagtail.models import Revision

from wagtail_widunetz.partners import demo
from wagtail_widunetz.partners.models import (
    PartnerCooperation,
    PartnerLanguage,
    PartnerOffer,
    PartnerPage,
    PartnerTopic,
)

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(PartnerPage.objects.values_list("id", "locale_id", "url_path", "live")),
        "last_revision": Revision.objects.aggregate(Max("id"))["id__max"],
        "offers": PartnerOffer.objects.count(),
        "topics": PartnerTopic.objects.count(),
        "cooperations": PartnerCooperation.objects.count(),
    }


def test_demo_partners_are_complete_and_a_second_run_changes_nothing(client, partners_demo):
    german = PartnerPage.objects.filter(locale__language_code="de")
    assert german.count() == len(demo.PARTNERS) == 13
    for partner in german:
        assert partner.has_coordinates, partner.slug
        assert 52.0 < float(partner.latitude) < 52.2 and 8.5 < float(partner.longitude) < 8.8
        assert partner.kind != "other", partner.slug
        assert PartnerTopic.objects.filter(page=partner).exists(), partner.slug
        assert PartnerLanguage.objects.filter(page=partner).exists(), partner.slug
        assert PartnerOffer.objects.filter(page=partner).exists(), partner.slug
    kita = german.get(slug="familienzentrum-kita-ottelau")
    assert kita.title == "Familienzentrum DRK Kita Ottelau"
    assert german.get(slug="integrationsagentur").street == "Wittekindstraße 21"
    # Translations exist and point at translated vocabulary.
    arabic_kita = kita.get_translation(kita.locale.__class__.objects.get(language_code="ar"))
    assert PartnerTopic.objects.filter(page=arabic_kita, topic__locale=arabic_kita.locale).exists()
    html = client.get("/ar/netzwerk/familienzentrum-kita-ottelau/").content.decode()
    assert "مقهى الأهل" in html  # "Elterncafé" as an Arabic topic name
    listing = client.get("/de/netzwerk/", {"topic": "elterncafe", "language": "tr"})
    assert listing.status_code == 200
    assert "Familienzentrum DRK Kita Ottelau" in listing.content.decode()

    before = snapshot()
    demo.load()
    assert snapshot() == before
