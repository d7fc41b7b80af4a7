import datetime

import pytest
from django.utils import timezone

from .conftest import VisitorPage, assert_no_axe_violations

pytestmark = pytest.mark.browser

RELEASE = "/de/presse/geburtsstunde-von-widunetz/"


def test_press_room_has_no_accessibility_violations(visitor):
    visitor.goto("/de/presse/")
    assert visitor.page.locator("h1").count() == 1
    assert visitor.page.locator("article.wn-press-item--clipping").count() == 2
    assert visitor.page.locator("text=Familienfest").count() == 0  # embargoed
    assert_no_axe_violations(visitor.axe())
    visitor.screenshot("press-room-de")
    assert visitor.foreign_requests == []


def test_press_room_in_arabic_is_right_to_left(phone_visitor):
    phone_visitor.goto("/ar/presse/")
    assert phone_visitor.page.locator("html").get_attribute("dir") == "rtl"
    assert phone_visitor.page.locator("text=ولادة شبكة ويدونتس").count() >= 1
    assert_no_axe_violations(phone_visitor.axe())
    # Nothing sticks out sideways on a 320 px phone.
    overflow = phone_visitor.page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
    assert not overflow
    phone_visitor.screenshot("press-room-ar-phone")


def test_year_archive(visitor):
    year = (timezone.localdate() - datetime.timedelta(days=14)).year
    visitor.goto("/de/presse/")
    visitor.page.locator(f"nav a[href='/de/presse/{year}/']").click()
    assert visitor.page.url.endswith(f"/de/presse/{year}/")
    assert str(year) in visitor.page.locator("h1").inner_text()
    assert visitor.page.locator(f"a[href='/de/presse/{year}/'][aria-current='page']").count() == 1
    assert_no_axe_violations(visitor.axe())


def test_release_page(visitor):
    visitor.goto(RELEASE)
    assert "Geburtsstunde von Widunetz" in visitor.page.locator("h1").inner_text()
    assert visitor.page.locator("text=Selin Kaya").count() == 1
    # The e-mail address becomes a link with JavaScript.
    assert visitor.page.locator("a[href='mailto:integrationsagentur@example.org']").count() == 1
    assert_no_axe_violations(visitor.axe())
    visitor.screenshot("press-release-de")
    visitor.goto("/ar/presse/geburtsstunde-von-widunetz/")
    assert_no_axe_violations(visitor.axe())
    assert visitor.foreign_requests == []


def test_filters_work_without_javascript(browser, demo_server):
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    try:
        visitor = VisitorPage(context.new_page(), demo_server)
        visitor.goto("/de/presse/")
        visitor.page.locator("input[name='kind'][value='release']").uncheck()
        visitor.page.locator("form.wn-press-filter button[type='submit']").click()
        assert "kind=clipping" in visitor.page.url
        assert visitor.page.locator("article.wn-press-item--release").count() == 0
        assert visitor.page.locator("article.wn-press-item--clipping").count() == 2
        visitor.page.fill("#wn-press-q", "Nachbarn")
        visitor.page.locator("form.wn-press-filter button[type='submit']").click()
        assert visitor.page.locator("article").count() == 1
    finally:
        context.close()


def test_feed_links_are_discoverable(visitor):
    visitor.goto("/de/presse/")
    rss = visitor.page.locator("link[type='application/rss+xml']").get_attribute("href")
    response = visitor.page.request.get(visitor.base_url + rss)
    assert response.ok and "<rss" in response.text()
