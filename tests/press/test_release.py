"""A press release page: fields, images, downloads, contacts, related pages, JSON-LD."""

import json
import re

import pytest
import wagtail_factories
from wagtail.models import PageViewRestriction

from tests.factories import (
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
    PressReleasePageFactory,
)
from wagtail_widunetz.core.models import ChapterSettings
from wagtail_widunetz.core.translation import ensure_translation

from .factories import PressBoilerplateFactory, PressContactFactory

pytestmark = pytest.mark.django_db


def jsonld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.fixture
def chapter(home):
    from wagtail.models import Site

    settings = ChapterSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "DRK-Kreisverband Herford-Stadt e.V."
    settings.city = "Herford"
    settings.save()
    return settings


@pytest.fixture
def full_release(room, home, chapter):
    image = wagtail_factories.ImageFactory(title="Gründungstreffen")
    document = wagtail_factories.DocumentFactory(title="Pressemitteilung als PDF")
    directory = PartnerDirectoryPageFactory(parent=home)
    partner = PartnerPageFactory(parent=directory, title="Kita Ottelau")
    contact = PressContactFactory(
        name="Selin Kaya", role="Pressestelle", email="presse@example.org", languages="de, ar"
    )
    boilerplate = PressBoilerplateFactory(text="<p>Über den Kreisverband.</p>")
    release = PressReleasePageFactory(
        parent=room,
        title="Geburtsstunde von Widunetz",
        subtitle="Ein Netzwerk für Integration",
        place="Herford",
        lead="Herford. Kitas und Beratungsdienste schließen sich zusammen.",
        body="<p>Der ganze Text.</p>",
        keywords="Integration, Netzwerk",
        boilerplate=boilerplate,
        images=[("image", {"image": image, "caption": "Beim Treffen", "credit": "DRK"})],
        downloads=[("document", {"document": document, "label": ""})],
        contacts=[("contact", contact)],
        related=[("page", partner)],
    )
    return release


def test_release_shows_everything(client, full_release):
    response = client.get(full_release.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Geburtsstunde von Widunetz",
        "Ein Netzwerk für Integration",
        "Herford, ",
        "Kitas und Beratungsdienste",
        "Der ganze Text.",
        "Beim Treffen",
        "DRK",
        "Pressemitteilung als PDF",
        "Kita Ottelau",
        "Integration, Netzwerk",
        "Über den Kreisverband.",
        "Selin Kaya",
        "Pressestelle",
        '<span lang="ar" dir="rtl">',
    ):
        assert text in html, text
    # The download shows its file type and size, the image a link to the original.
    assert re.search(
        r"Pressemitteilung als PDF</a> <span class=\"wn-muted\">\([A-Z]+, [\d.,]+", html
    )
    assert "download>" in html and "/original_images/" in html
    # E-mail addresses are not in plain text.
    assert "presse@example.org" not in html
    assert "presse [at] example [dot] org" in html
    assert 'href="/de/presse/">' in html  # back to the press room


def test_release_jsonld_is_a_news_article(client, full_release):
    html = client.get(full_release.url).content.decode()
    (article,) = [d for d in jsonld(html) if d.get("@type") == "NewsArticle"]
    assert article["headline"] == "Geburtsstunde von Widunetz"
    assert article["alternativeHeadline"] == "Ein Netzwerk für Integration"
    assert article["datePublished"].startswith(str(full_release.date.year))
    assert "dateModified" in article
    assert article["publisher"]["name"] == "DRK-Kreisverband Herford-Stadt e.V."
    assert article["author"]["@type"] == "NGO"
    assert article["image"][0].startswith("http://testserver/")
    assert article["url"] == "http://testserver/de/presse/" + full_release.slug + "/"
    assert article["inLanguage"] == "de"
    assert article["keywords"] == ["Integration", "Netzwerk"]


def test_a_bare_release_renders(client, room):
    release = PressReleasePageFactory(parent=room)
    response = client.get(release.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "NewsArticle" in html
    assert "Press contacts" not in html and "Pressekontakt" not in html


def test_related_pages_and_contacts_follow_the_language(client, full_release, locales):
    partner = full_release.related[0].value.specific
    contact = full_release.contacts[0].value
    ensure_translation(partner.get_parent(), locales["en"], {"Netzwerk": "Network"})
    en_partner, _ = ensure_translation(partner, locales["en"], {"Kita Ottelau": "Day-care Ottelau"})
    ensure_translation(contact, locales["en"], {"Pressestelle": "Press office"})
    ensure_translation(
        full_release.boilerplate, locales["en"], {"Über den Kreisverband.": "About us."}
    )
    ensure_translation(full_release.get_parent(), locales["en"], {"Presse": "Press"})
    en_release, _ = ensure_translation(full_release, locales["en"])
    html = client.get(en_release.url).content.decode()
    assert f'href="{en_partner.url}">Day-care Ottelau</a>' in html
    assert "Press office" in html and "Pressestelle" not in html
    assert "About us." in html
    # An untranslated related page is linked in its own language.
    en_partner.unpublish()
    html = client.get(en_release.url).content.decode()
    assert f'href="{partner.url}">Kita Ottelau</a>' in html


def test_private_or_unpublished_related_pages_are_not_linked(client, full_release):
    partner = full_release.related[0].value
    PageViewRestriction.objects.create(page=partner, restriction_type="login")
    assert "Kita Ottelau" not in client.get(full_release.url).content.decode()


def test_preview_shows_unsaved_choices(rf, full_release, admin_user):
    """The preview renders what the editor chose in the form, before it is saved."""
    newcomer = PressContactFactory(name="Noch nicht gespeichert")
    full_release.contacts = [("contact", newcomer)]
    full_release.related = []
    request = rf.get(full_release.url)
    request.user = admin_user
    response = full_release.serve_preview(request, full_release.default_preview_mode)
    html = response.render().content.decode()
    assert "Noch nicht gespeichert" in html and "Selin Kaya" not in html
    assert "Kita Ottelau" not in html


def test_sitemap_lists_live_releases(client, full_release):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert full_release.slug in response.content.decode()
