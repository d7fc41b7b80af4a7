"""Right to left in the browser: Arabic pages mirror the layout, keep phone numbers and e-mail
addresses left to right, and show dates the way Django's Arabic locale formats them."""

import datetime

import pytest
from django.utils import formats, translation

from . import pages

pytestmark = pytest.mark.browser

WIDTH = 1280

BOX_JS = """(selector) => { const el = document.querySelector(selector);
    if (!el) return null; const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, width: r.width}; }"""


def box(page, selector):
    result = page.evaluate(BOX_JS, selector)
    assert result is not None and result["width"] > 0, f"{selector} is not shown"
    return result


def month_names(language):
    with translation.override(language):
        return [formats.date_format(datetime.date(2026, month, 1), "F") for month in range(1, 13)]


def main_text(page):
    return page.locator("main").inner_text()


@pytest.mark.parametrize(
    ("selector", "page_type"),
    [
        (".wn-brand", pages.home),
        (".wn-skip-link", pages.home),
        ("form.wn-filters", pages.directory),
        ("main h1", pages.profile),
    ],
    ids=["brand", "skip-link", "directory-filters", "profile-heading"],
)
def test_layout_mirrors_in_arabic(visitor, selector, page_type):
    """What starts at the left edge in German starts at the right edge in Arabic."""
    visitor.page.set_viewport_size({"width": WIDTH, "height": 900})
    edges = {}
    for language in ("de", "ar"):
        visitor.goto(page_type(language))
        if selector == ".wn-skip-link":
            visitor.page.keyboard.press("Tab")  # shown only when focused
        edges[language] = box(visitor.page, selector)
    de, ar = edges["de"], edges["ar"]
    assert de["left"] < WIDTH / 2 < ar["right"], edges
    # The same distance from the starting edge, within a few pixels (text widths differ).
    assert abs(de["left"] - (WIDTH - ar["right"])) <= 4, edges


def test_directory_filters_sit_at_the_start_side(visitor):
    """On a desktop the filters are a column beside the results: left in German, right in Arabic."""
    for language, start_is_left in (("de", True), ("ar", False)):
        visitor.goto(pages.directory(language))
        filters = box(visitor.page, "form.wn-filters")
        results = box(visitor.page, ".wn-results")
        assert abs(filters["top"] - results["top"]) < 10, "side by side at 1280 px"
        assert (filters["left"] < results["left"]) is start_is_left, (language, filters, results)


@pytest.mark.parametrize("page_type", [pages.profile, pages.event, pages.release, pages.home])
def test_phone_numbers_and_emails_stay_left_to_right(visitor, page_type):
    visitor.goto(page_type("ar"))
    assert visitor.page.locator("html").get_attribute("dir") == "rtl"
    visitor.page.wait_for_load_state("networkidle")  # e-mail links are made by JavaScript
    found = visitor.page.evaluate(
        """() => Array.from(document.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]'))
            .map(a => ({href: a.getAttribute('href'), text: a.textContent.trim(),
                        direction: getComputedStyle(a).direction,
                        isolated: !!a.closest('bdi, [dir]')}))"""
    )
    assert any(item["href"].startswith("tel:") for item in found), found
    assert any(item["href"].startswith("mailto:") for item in found), found
    for item in found:
        assert item["direction"] == "ltr" and item["isolated"], item


def test_arabic_month_grid_and_dates_use_the_arabic_locale(visitor):
    arabic, german = month_names("ar"), month_names("de")
    assert set(arabic).isdisjoint(german)  # the catalogue really has Arabic month names
    year, month = pages.next_event_month("ar")
    with translation.override("ar"):
        expected = formats.date_format(datetime.date(year, month, 1), "F Y")
    visitor.goto(pages.month("ar"))
    assert expected in visitor.page.locator("h1").inner_text()
    assert expected in visitor.page.locator("table.wn-month caption").inner_text()


@pytest.mark.parametrize(
    "page_type", [pages.calendar, pages.event, pages.press_room, pages.release, pages.month]
)
def test_arabic_pages_show_arabic_month_names_only(visitor, page_type):
    arabic = month_names("ar")
    # German month names that are not also words of the demo's German content.
    german = [name for name in month_names("de") if name not in ("Mai",)]
    visitor.goto(page_type("ar"))
    text = main_text(visitor.page)
    assert any(name in text for name in arabic), text[:500]
    leaked = [name for name in german if name in text]
    assert leaked == [], text[:500]
    # The German page of the same type shows German month names (the check can fail).
    visitor.goto(page_type("de"))
    assert any(name in main_text(visitor.page) for name in month_names("de"))


LATIN_SENTENCES_JS = r"""() => Array.from(document.querySelectorAll('main p, main li, main dd'))
    .map(el => ({tag: el.tagName, text: el.innerText.trim(),
                 direction: getComputedStyle(el).direction}))
    .filter(item => /[A-Za-zÄÖÜäöüß]{3}/.test(item.text)
                    && !/[\u0600-\u06FF]/.test(item.text)
                    && /[.!?]$/.test(item.text))"""


@pytest.mark.parametrize("page_type", [pages.profile, pages.event, pages.release])
def test_untranslated_german_text_reads_left_to_right_on_arabic_pages(visitor, page_type):
    """Text an editor has not translated yet is German inside an Arabic page: it must read left
    to right (``dir="auto"``), or its full stop jumps to the start of the line."""
    visitor.goto(page_type("ar"))
    sentences = visitor.page.evaluate(LATIN_SENTENCES_JS)
    assert sentences, "the demo's Arabic pages carry untranslated German text"
    wrong = [item for item in sentences if item["direction"] != "ltr"]
    assert wrong == []
    # Arabic text on the same pages stays right to left.
    arabic = visitor.page.evaluate(
        r"""() => Array.from(document.querySelectorAll('main p'))
            .filter(el => /^[\u0600-\u06FF]/.test(el.innerText.trim()))
            .map(el => getComputedStyle(el).direction)"""
    )
    assert arabic and set(arabic) == {"rtl"}
