"""The demo: the statement at /de/barrierefreiheit/ (translated) and the BITV home blocks."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from wagtail_widunetz.core.accessibility import AccessibilityStatementPage

pytestmark = pytest.mark.django_db


def test_demo_statement_and_home_blocks(client, demo):
    response = client.get("/de/barrierefreiheit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Erklärung zur Barrierefreiheit" in html
    assert "Schlichtungsstelle" in html or "schlichtungsstelle-bgg.de" in html
    arabic = AccessibilityStatementPage.objects.live().get(locale__language_code="ar")
    response = client.get(arabic.url)
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()
    assert "بيان إمكانية الوصول" in response.content.decode()

    home = Site.objects.get(is_default_site=True).root_page.specific
    types = [block.block_type for block in home.body]
    assert types.count("easy_language") == 1 and types.count("sign_language_video") == 1
    html = client.get("/de/").content.decode()
    assert "Leichte Sprache" in html and "data-wn-consent-embed" in html

    # idempotent: a second run adds nothing
    pages, statements = Page.objects.count(), AccessibilityStatementPage.objects.count()
    call_command("widunetz_demo", verbosity=0)
    home.refresh_from_db()
    assert Page.objects.count() == pages
    assert AccessibilityStatementPage.objects.count() == statements
    assert [block.block_type for block in home.body] == types
