import datetime

import pytest
from django.core.cache import cache

from wagtail_widunetz.core.accessibility import AccessibilityStatementPage
from wagtail_widunetz.core.models import ChapterSettings


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The rate limit counts in Django's cache: every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def chapter(home):
    from wagtail.models import Site

    settings = ChapterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "DRK-Kreisverband Herford-Stadt e.V."
    settings.email = "integration@drk-herford.example"
    settings.phone = "05221 / 56784"
    settings.save()
    return settings


@pytest.fixture
def statement(home, chapter):
    page = AccessibilityStatementPage(
        title="Erklärung zur Barrierefreiheit",
        slug="barrierefreiheit",
        scope="Diese Erklärung gilt für www.drk-herford.example.",
        compliance_status="partial",
        non_accessible_content="<p>Ältere PDF-Dokumente sind nicht barrierefrei.</p>",
        prepared_on=datetime.date(2026, 10, 1),
        reviewed_on=datetime.date(2026, 11, 1),
        contact_name="Integrationsagentur",
        contact_email="barrierefreiheit@drk-herford.example",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page
