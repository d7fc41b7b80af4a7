"""The printed flyer of a partner profile: ./print/ with one A4 sheet per language."""

import re

import pytest
import segno
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import PartnerPageFactory
from wagtail_widunetz.core.bulk import bulk_add_children
from wagtail_widunetz.core.translation import ensure_translation

pytestmark = pytest.mark.django_db


def sheets(html):
    return re.findall(
        r'<article class="wn-sheet" lang="([^"]+)" dir="([^"]+)" data-wn-sheet="([^"]+)"', html
    )


def test_print_view_shows_the_essentials(client, partner):
    response = client.get(partner.url + "print/")
    assert response.status_code == 200
    html = response.content.decode()
    assert sheets(html) == [("de", "ltr", "de")]
    for text in (
        "DRK Kita Ottelau",
        "Familienzentrum mit Sprachförderung und Elterncafé.",
        "Ottelaustraße 3",
        "05221 123456",
        "07:00–16:00",
        "DRK-Kreisverband Herford-Stadt e.V.",
        "Wittekindstraße 21",
        "wagtail_widunetz/core/print.css",
    ):
        assert text in html, text
    assert html.count("<h1") == 1
    # the address is protected like on the profile
    assert "kita-ottelau@example.org" not in html
    assert response["X-Robots-Tag"] == "noindex"


def qr_paths(html):
    return re.findall(r'<svg aria-hidden="true"[^>]*>.*?</svg>', html, flags=re.S)


def test_qr_code_encodes_the_page_url_in_the_sheet_language(client, partner):
    html = client.get(partner.url + "print/").content.decode()
    url = "http://localhost" + partner.url
    assert url.split("://", 1)[1] in html  # the short URL is printed next to the code
    expected = segno.make(url, error="m", micro=False).svg_inline(
        scale=1, border=2, omitsize=True, svgclass="wn-qr__code", lineclass=""
    )
    [svg] = qr_paths(html)
    assert svg == expected.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


def test_several_languages_one_sheet_each(client, partner, home, directory, locales):
    ensure_translation(home, locales["ar"])
    ensure_translation(directory, locales["ar"])
    arabic, _ = ensure_translation(
        partner, locales["ar"], {partner.title: "روضة أطفال الصليب الأحمر أوتيلاو"}
    )
    html = client.get(partner.url + "print/?lang=de&lang=ar&lang=tr").content.decode()
    assert sheets(html) == [("de", "ltr", "de"), ("ar", "rtl", "ar"), ("de", "ltr", "tr")]
    assert "روضة أطفال الصليب الأحمر أوتيلاو" in html
    # Turkish falls back to German with a note in Turkish
    assert re.search(r'<p class="wn-sheet__note" lang="tr" dir="ltr">', html)
    # the Arabic sheet's QR code leads to the Arabic page
    assert ("localhost" + arabic.url) in html
    codes = qr_paths(html)
    assert len(codes) == 3 and codes[0] != codes[1] and codes[0] == codes[2]


def test_stylesheet_asks_for_a4_and_a_page_per_sheet():
    from django.contrib.staticfiles import finders

    with open(finders.find("wagtail_widunetz/core/print.css"), encoding="utf-8") as f:
        css = f.read()
    assert re.search(r"@page\s*{\s*size:\s*A4", css)
    assert re.search(r"\.wn-sheet\s*{[^}]*break-after:\s*page", css)
    assert re.search(r"\.wn-print\s*{[^}]*font-size:\s*14pt", css)


def test_repeated_language_prints_once(client, partner):
    html = client.get(partner.url + "print/?lang=de&lang=DE&lang=de").content.decode()
    assert len(sheets(html)) == 1


@pytest.mark.parametrize(
    "query",
    ["lang=xx", "lang=", "lang=de&lang=klingon", "lang=" + "a" * 300, "lang=de%00"],
)
def test_unknown_language_is_400(client, partner, query):
    response = client.get(partner.url + "print/?" + query)
    assert response.status_code == 400


def test_400_says_why(client, partner):
    response = client.get(partner.url + "print/?lang=xx")
    html = response.content.decode()
    assert response.status_code == 400
    # the message names the wrong code and the codes to choose from, in any language
    assert re.search(r'role="alert">[^<]*xx[^<]*\bar\b[^<]*\btr\b', html)
    assert f'href="{partner.url}"' in html


def test_too_many_languages_is_400(client, partner, settings):
    settings.WIDUNETZ_PRINT_MAX_LANGUAGES = 2
    assert client.get(partner.url + "print/?lang=de&lang=en").status_code == 200
    assert client.get(partner.url + "print/?lang=de&lang=en&lang=ar").status_code == 400
    assert client.get(partner.url + "print/?" + "&".join(["lang=de"] * 50)).status_code == 400


def test_profile_offers_the_print_form(client, partner):
    html = client.get(partner.url).content.decode()
    assert f'action="{partner.url}print/"' in html
    assert 'name="lang" value="ar"' in html


def count(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)


# Wagtail routing (site, locale, five page lookups, aliases, restrictions: 9) + one query for
# the chosen translations + the chapter settings; per sheet the profile's one UNION query.
PARTNER_PRINT_BASE = 11
PARTNER_PRINT_PER_LANGUAGE = 1


def test_partner_print_query_count_is_constant(client, partner, directory):
    def add(n, offset):
        bulk_add_children(
            directory,
            [
                PartnerPageFactory.build(title=f"P {offset + i}", slug=f"p-{offset + i}")
                for i in range(n)
            ],
        )

    add(9, 0)
    paths = [partner.url + "print/", partner.url + "print/?lang=de&lang=ar&lang=tr"]
    before = [count(client, p) for p in paths]
    add(990, 9)
    after = [count(client, p) for p in paths]
    assert before == after
    print("partner print queries (1 and 3 languages):", after)
    assert after[0] <= PARTNER_PRINT_BASE + PARTNER_PRINT_PER_LANGUAGE
    assert after[1] <= PARTNER_PRINT_BASE + 3 * PARTNER_PRINT_PER_LANGUAGE
