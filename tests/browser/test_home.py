import pytest

from .conftest import assert_no_axe_violations

pytestmark = pytest.mark.browser


def test_demo_home_has_no_accessibility_violations_in_german_and_arabic(visitor):
    visitor.goto("/de/")
    assert visitor.page.locator("html").get_attribute("lang") == "de"
    assert visitor.page.locator("html").get_attribute("dir") == "ltr"
    assert visitor.page.locator("h1").count() == 1
    assert_no_axe_violations(visitor.axe())
    visitor.screenshot("home-de")

    visitor.goto("/ar/")
    assert visitor.page.locator("html").get_attribute("dir") == "rtl"
    assert_no_axe_violations(visitor.axe())
    assert visitor.foreign_requests == []


def test_index_pages_render_without_violations(visitor):
    for path in ("/de/netzwerk/", "/de/veranstaltungen/", "/de/presse/", "/ar/presse/"):
        visitor.goto(path)
        assert_no_axe_violations(visitor.axe())
    assert visitor.foreign_requests == []


def test_skip_link_moves_focus_to_main_content(visitor):
    visitor.goto("/de/")
    visitor.page.keyboard.press("Tab")
    focused = visitor.page.evaluate("document.activeElement.className")
    assert focused == "wn-skip-link"
    visitor.page.keyboard.press("Enter")
    assert visitor.page.evaluate("location.hash") == "#main"


def test_obfuscated_email_becomes_a_link_with_javascript(visitor):
    visitor.goto("/de/")
    link = visitor.page.locator("footer a[href^='mailto:']")
    assert link.get_attribute("href") == "mailto:info@drk-herford.de"


def test_axe_reports_a_violation_when_there_is_one(visitor):
    """Guards the guard: the axe check must fail on a page with a real barrier."""
    visitor.goto("/de/")
    visitor.page.evaluate(
        """() => {
            const img = document.createElement('img');
            img.src = '/static/wagtail_widunetz/core/none.png';
            document.querySelector('main').appendChild(img);
            document.documentElement.removeAttribute('lang');
        }"""
    )
    results = visitor.axe()
    assert results.violations_count >= 2
    ids = {violation["id"] for violation in results.response["violations"]}
    assert {"image-alt", "html-has-lang"} <= ids
