"""Printed flyers in Chromium: one A4 page per language, a QR code that decodes to the page,
no accessibility violations; the statement page and the BITV blocks in German and Arabic."""

import io
import re

import pytest

from . import pages
from .conftest import assert_no_axe_violations

pytestmark = pytest.mark.browser

PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pdf_pages(visitor):
    visitor.page.emulate_media(media="print")
    pdf = visitor.page.pdf(prefer_css_page_size=True, print_background=True)
    return len(PDF_PAGE.findall(pdf))


@pytest.mark.parametrize(
    "find",
    [pages.profile, pages.event, pages.calendar],
    ids=["profile", "event", "calendar"],
)
def test_flyer_is_one_a4_page_per_language(visitor, find):
    path = find("de") + "print/"
    visitor.goto(path)
    assert pdf_pages(visitor) == 1
    visitor.goto(path + "?lang=de&lang=ar&lang=tr")
    assert visitor.page.locator("article.wn-sheet").count() == 3
    assert pdf_pages(visitor) == 3
    assert_footer_inside_sheets(visitor)
    assert visitor.foreign_requests == []


def assert_footer_inside_sheets(visitor):
    """The QR code and the chapter's address are never cut off at the end of an A4 sheet."""
    visitor.page.emulate_media(media="print")
    sheets = visitor.page.locator("article.wn-sheet")
    for index in range(sheets.count()):
        sheet = sheets.nth(index).bounding_box()
        footer = sheets.nth(index).locator(".wn-sheet__footer").bounding_box()
        assert footer["y"] >= sheet["y"]
        assert footer["y"] + footer["height"] <= sheet["y"] + sheet["height"] + 1, index


def test_a4_size_comes_from_the_stylesheet(visitor):
    """The PDF's page box is A4 (595 x 842 pt) because of ``@page { size: A4 }``."""
    visitor.goto(pages.event("de") + "print/")
    visitor.page.emulate_media(media="print")
    pdf = visitor.page.pdf(prefer_css_page_size=True, width="8.5in", height="11in")
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert box is not None
    width, height = float(box.group(1)), float(box.group(2))
    assert abs(width - 595.28) < 2 and abs(height - 841.89) < 2


def test_qr_code_decodes_to_the_page_in_the_sheet_language(visitor):
    zxingcpp = pytest.importorskip("zxingcpp", reason="the test extra installs zxing-cpp")
    from PIL import Image

    visitor.goto(pages.profile("de") + "print/?lang=ar&lang=de")
    codes = visitor.page.locator("svg.wn-qr__code")
    assert codes.count() == 2
    # the canonical address of the page in each language (the Site's root URL, as in sitemaps)
    expected = [
        pages.live_pages("widunetz_partners", "PartnerPage", language)
        .get(slug="familienzentrum-kita-ottelau")
        .get_full_url()
        for language in ("ar", "de")
    ]
    assert expected[0] != expected[1]
    for index, url in enumerate(expected):
        png = codes.nth(index).screenshot(scale="css")
        image = Image.open(io.BytesIO(png)).convert("L")
        image = image.resize((image.width * 4, image.height * 4), Image.NEAREST)
        results = zxingcpp.read_barcodes(image)
        assert [r.text for r in results] == [url]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_flyer_has_no_accessibility_violations(visitor, language):
    visitor.goto(pages.event(language) + "print/?lang=de&lang=ar")
    assert visitor.page.locator("h1").count() == 1
    assert visitor.page.locator("article.wn-sheet[dir=rtl]").count() >= (
        1 if language == "ar" else 0
    )
    assert_no_axe_violations(visitor.axe())


def test_print_form_works_without_javascript(browser, demo_server):
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    try:
        page.goto(demo_server + pages.event("de"))
        page.locator("details.wn-print-form summary").click()
        page.locator("details.wn-print-form input[value=ar]").check()
        page.locator("details.wn-print-form button[type=submit]").click()
        page.wait_for_load_state()
        assert "/print/?" in page.url and "lang=ar" in page.url and "lang=de" in page.url
        assert page.locator("article.wn-sheet").count() == 2
    finally:
        context.close()


def statement(language):
    return pages.live_page(
        "widunetz_core", "AccessibilityStatementPage", language, slug="barrierefreiheit"
    )


@pytest.mark.parametrize("language", ["de", "ar"])
def test_statement_page_has_no_accessibility_violations(visitor, language):
    visitor.goto(statement("de" if language == "de" else "ar"))
    assert visitor.page.locator("h1").count() == 1
    assert_no_axe_violations(visitor.axe())
    # a form with errors is accessible too
    visitor.page.locator(".wn-report button[type=submit]").click()
    visitor.page.wait_for_load_state()
    assert visitor.page.locator("[aria-invalid=true]").count() >= 1
    assert_no_axe_violations(visitor.axe())
    assert visitor.foreign_requests == []


def test_statement_at_barrierefreiheit():
    assert statement("de") == "/de/barrierefreiheit/"


def test_sign_language_video_loads_nothing_before_consent(visitor):
    visitor.goto("/de/")
    box = visitor.page.locator("[data-wn-consent-embed]")
    assert box.count() == 1
    assert visitor.page.locator("iframe").count() == 0
    assert visitor.foreign_requests == []
    assert_no_axe_violations(visitor.axe())
    box.locator("[data-wn-consent-button]").click()
    frame = visitor.page.locator("[data-wn-consent-embed] iframe")
    assert frame.count() == 1
    assert frame.get_attribute("src").startswith("https://video.example.org/")
    assert visitor.page.locator(".wn-easy-language[lang=de]").count() == 1
