"""The network search in the browser: header box, grouped results, kind filter, axe."""

import pytest

from .conftest import assert_no_axe_violations

pytestmark = pytest.mark.browser


def test_search_from_the_header(visitor):
    page = visitor.page
    visitor.goto("/de/presse/")
    box = page.locator("header form[role='search'] input[type='search']")
    box.fill("Elterncafé")
    box.press("Enter")
    page.wait_for_url("**/de/suche/?q=*")
    assert page.locator("h1").count() == 1
    groups = page.locator("section.wn-search__group")
    assert groups.count() == 3
    for kind in ("partner", "event", "press"):
        assert page.locator(f"section.wn-search__group h2#wn-search-{kind}").count() == 1
    assert page.locator(".wn-search__result").count() >= 2
    assert page.locator(".wn-search__snippet mark").count() >= 1
    assert_no_axe_violations(visitor.axe())
    visitor.screenshot("search-de")

    # Only events.
    page.locator("nav.wn-search__kinds a[href*='kind=event']").click()
    page.wait_for_url("**kind=event*")
    assert page.locator("section.wn-search__group").count() == 1
    assert page.locator("h2#wn-search-event").count() == 1
    current = page.locator("nav.wn-search__kinds a[aria-current='page']")
    assert "kind=event" in current.get_attribute("href")
    assert page.locator(".wn-search__result").count() >= 1
    assert_no_axe_violations(visitor.axe())
    assert visitor.foreign_requests == []


def test_search_in_arabic_is_right_to_left_and_accessible(phone_visitor):
    page = phone_visitor.page
    phone_visitor.goto("/ar/suche/?q=Widunetz")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").count() == 1
    assert page.locator(".wn-search__result").count() >= 1
    assert_no_axe_violations(phone_visitor.axe())
    overflow = page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    assert not overflow
    phone_visitor.screenshot("search-ar-phone")


def test_empty_search_page_is_accessible(visitor):
    visitor.goto("/de/suche/")
    assert visitor.page.locator("main form[role='search'] label").count() >= 1
    assert_no_axe_violations(visitor.axe())
