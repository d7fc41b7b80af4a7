import pytest
from wagtail.models import Site

from tests.factories import PartnerDirectoryPageFactory, PartnerPageFactory
from wagtail_widunetz.core.models import ChapterSettings


@pytest.fixture
def chapter(home):
    settings = ChapterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "DRK-Kreisverband Herford-Stadt e.V."
    settings.street = "Wittekindstraße 21"
    settings.postcode = "32051"
    settings.city = "Herford"
    settings.phone = "05221 / 56784"
    settings.save()
    return settings


@pytest.fixture
def directory(home):
    return PartnerDirectoryPageFactory(parent=home)


@pytest.fixture
def partner(directory, chapter):
    return PartnerPageFactory(
        parent=directory,
        title="DRK Kita Ottelau",
        slug="kita-ottelau",
        short_description="Familienzentrum mit Sprachförderung und Elterncafé.",
        street="Ottelaustraße 3",
        postcode="32052",
        city="Herford",
        phone="05221 123456",
        email="kita-ottelau@example.org",
        opening_hours=[
            (
                "slot",
                {"weekdays": ["0", "1", "2", "3", "4"], "opens": "07:00", "closes": "16:00"},
            )
        ],
    )
