import re

import pytest
from wagtail.models import Site

from wagtail_widunetz.core.models import ChapterSettings
from wagtail_widunetz.core.translation import ensure_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual_home(home, locales):
    ChapterSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        name="DRK-Kreisverband Herford-Stadt e.V.",
        phone="05221 / 56784",
        email="info@drk-herford.de",
    )
    arabic, _ = ensure_translation(home, locales["ar"], {home.title: "الصفحة الرئيسية"})
    return home, arabic


def html_tag(content):
    return re.search(rb"<html[^>]*>", content).group(0).decode()


def test_german_page_is_ltr(client, bilingual_home):
    response = client.get("/de/")
    assert response.status_code == 200
    assert html_tag(response.content) == '<html lang="de" dir="ltr">'


def test_arabic_page_is_rtl_and_in_arabic(client, bilingual_home):
    response = client.get("/ar/")
    assert response.status_code == 200
    assert html_tag(response.content) == '<html lang="ar" dir="rtl">'
    assert "الصفحة الرئيسية" in response.content.decode()


def test_hreflang_links_and_language_switcher_list_existing_translations(client, bilingual_home):
    html = client.get("/de/").content.decode()
    assert '<link rel="alternate" hreflang="de" href="http://testserver/de/">' in html
    assert '<link rel="alternate" hreflang="ar" href="http://testserver/ar/">' in html
    assert 'hreflang="en"' not in html  # no English translation exists
    assert re.search(r'<a href="/ar/" lang="ar" hreflang="ar" dir="rtl">', html)
    assert re.search(r'<a href="/de/" lang="de" hreflang="de" dir="ltr" aria-current="page">', html)


def test_footer_shows_chapter_and_hides_email_from_harvesters(client, bilingual_home):
    html = client.get("/de/").content.decode()
    assert "DRK-Kreisverband Herford-Stadt e.V." in html
    assert "info@drk-herford.de" not in html.split("application/ld+json")[0]
    assert "info [at] drk-herford [dot] de" in html


def test_organization_json_ld(client, bilingual_home):
    import json

    html = client.get("/de/").content.decode()
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    data = json.loads(payload)
    assert data["@type"] == "NGO"
    assert data["name"] == "DRK-Kreisverband Herford-Stadt e.V."


def test_base_template_can_be_replaced_by_a_setting(client, bilingual_home, settings, tmp_path):
    (tmp_path / "chapter_base.html").write_text(
        '<html data-chapter="yes">{% block content %}{% endblock %}</html>'
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    settings.WIDUNETZ_BASE_TEMPLATE = "chapter_base.html"
    html = client.get("/de/").content.decode()
    assert html.startswith('<html data-chapter="yes">')
