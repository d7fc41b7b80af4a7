"""The partner directory, map and profile in a real browser, checked with axe-core."""

import pytest

from .conftest import assert_no_axe_violations

pytestmark = pytest.mark.browser


def result_count(visitor):
    return int(visitor.page.locator("[data-wn-count]").get_attribute("data-wn-count"))


def test_filter_by_topic_and_language_by_clicking(visitor):
    visitor.goto("/de/netzwerk/")
    assert_no_axe_violations(visitor.axe())
    everyone = result_count(visitor)
    assert everyone == 13

    visitor.page.locator("label[for='wn-topic-elterncafe']").click()
    visitor.page.locator(".wn-filters button[type=submit]").click()
    visitor.page.wait_for_load_state()
    with_topic = result_count(visitor)
    assert 0 < with_topic < everyone
    assert "topic=elterncafe" in visitor.page.url

    visitor.page.locator("label[for='wn-language-ar']").click()
    visitor.page.locator(".wn-filters button[type=submit]").click()
    visitor.page.wait_for_load_state()
    both = result_count(visitor)
    assert 0 < both <= with_topic
    assert visitor.page.locator("#wn-language-ar").is_checked()
    assert_no_axe_violations(visitor.axe())
    visitor.screenshot("partners-directory-filtered")

    # Open a profile from the filtered list.
    visitor.page.get_by_role("link", name="Familienzentrum DRK Kita Ottelau").first.click()
    visitor.page.wait_for_load_state()
    assert visitor.page.locator("h1").inner_text() == "Familienzentrum DRK Kita Ottelau"
    assert visitor.foreign_requests == []


def test_profile_is_accessible_and_email_becomes_a_link(visitor):
    visitor.goto("/de/netzwerk/familienzentrum-kita-ottelau/")
    assert_no_axe_violations(visitor.axe())
    link = visitor.page.locator("main a[href='mailto:kita-ottelau@example.org']")
    assert link.count() == 1
    assert visitor.page.locator("[data-wn-status]").count() == 1
    visitor.screenshot("partners-profile")
    assert visitor.foreign_requests == []


def test_arabic_profile_on_a_phone(phone_visitor):
    phone_visitor.goto("/ar/netzwerk/familienzentrum-kita-ottelau/")
    assert phone_visitor.page.locator("html").get_attribute("dir") == "rtl"
    assert_no_axe_violations(phone_visitor.axe())
    width = phone_visitor.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 330  # no sideways scrolling at 320 px
    phone_visitor.goto("/ar/netzwerk/?topic=elterncafe")
    assert_no_axe_violations(phone_visitor.axe())


def test_map_loads_tiles_only_after_consent(visitor):
    visitor.goto("/de/netzwerk/map/?topic=beratung")
    assert_no_axe_violations(visitor.axe())
    button = visitor.page.locator("[data-wn-map-consent]")
    assert button.is_visible()
    assert visitor.page.locator("[data-wn-map-canvas]").is_hidden()
    visitor.page.wait_for_timeout(300)
    assert visitor.foreign_requests == []  # no tile before consent
    listed = result_count(visitor)

    button.click()
    visitor.page.wait_for_selector("[data-wn-markers]")
    markers = int(visitor.page.locator("[data-wn-map]").get_attribute("data-wn-markers"))
    assert markers == listed
    assert visitor.page.locator(".leaflet-marker-icon").count() == markers
    visitor.page.wait_for_timeout(300)
    assert visitor.foreign_requests, "tiles are requested after consent"
    assert all("tile.openstreetmap.org" in url for url in visitor.foreign_requests)
    assert_no_axe_violations(visitor.axe())
