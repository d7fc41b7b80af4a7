import datetime

import pytest
from django.utils import timezone

from .conftest import assert_no_axe_violations

pytestmark = pytest.mark.browser


def this_month():
    today = timezone.localdate()
    return f"{today.year:04d}/{today.month:02d}"


def test_calendar_list_filters_without_javascript_and_has_no_violations(visitor):
    visitor.goto("/de/veranstaltungen/")
    assert visitor.page.locator("h1").count() == 1
    assert visitor.page.locator(".wn-card").count() >= 5
    assert_no_axe_violations(visitor.axe())
    subscribe = visitor.page.locator("a.wn-events-subscribe")
    assert subscribe.get_attribute("href").startswith("webcal://")
    visitor.page.get_by_label("Sprachkurs").check()
    visitor.page.locator("form.wn-filters button[type=submit]").click()
    visitor.page.wait_for_load_state()
    assert "topic=sprachkurs" in visitor.page.url
    titles = visitor.page.locator(".wn-card h3").all_inner_texts()
    assert titles and all(
        t in ("Deutschkurs für Mütter", "Sprachcafé im Frauentreff") for t in titles
    )
    assert "topic=sprachkurs" in visitor.page.locator("a.wn-events-subscribe").get_attribute("href")
    assert_no_axe_violations(visitor.axe())
    visitor.screenshot("events-list-de")
    assert visitor.foreign_requests == []


def test_month_grid_by_keyboard_and_without_violations(visitor):
    visitor.goto(f"/de/veranstaltungen/{this_month()}/")
    table = visitor.page.locator("table.wn-month")
    assert table.locator("caption").count() == 1
    assert table.locator("th[scope=col]").count() == 7
    assert table.locator("[aria-current=date]").count() == 1
    assert_no_axe_violations(visitor.axe())
    visitor.screenshot("events-month-de")
    next_link = visitor.page.locator("a[rel=next]")
    expected = next_link.get_attribute("href")
    next_link.focus()
    visitor.page.keyboard.press("Enter")
    visitor.page.wait_for_url("**" + expected)
    assert visitor.page.locator("table.wn-month caption").count() == 1
    assert_no_axe_violations(visitor.axe())


def test_month_grid_collapses_to_a_list_on_a_phone_in_arabic(phone_visitor):
    phone_visitor.goto(f"/ar/veranstaltungen/{this_month()}/")
    assert phone_visitor.page.locator("html").get_attribute("dir") == "rtl"
    display = phone_visitor.page.evaluate(
        "getComputedStyle(document.querySelector('table.wn-month td[aria-current=date]')).display"
    )
    assert display == "block"
    width = phone_visitor.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 330
    assert_no_axe_violations(phone_visitor.axe())


def test_event_page_has_dates_calendar_link_and_no_violations(visitor):
    visitor.goto("/de/veranstaltungen/internationales-elterncafe/")
    assert visitor.page.locator(".wn-event-dates del").count() >= 1  # the cancelled date
    assert visitor.page.locator("a[href$='/ical/']").count() == 1
    assert_no_axe_violations(visitor.axe())
    visitor.screenshot("events-event-de")
    visitor.goto("/ar/veranstaltungen/internationales-elterncafe/")
    assert_no_axe_violations(visitor.axe())
    assert visitor.foreign_requests == []


def test_calendar_feed_is_served_to_the_browser(visitor):
    response = visitor.page.request.get(visitor.base_url + "/de/veranstaltungen/ical/")
    assert response.ok and response.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VCALENDAR" in response.text()
    assert datetime.date.today().year > 2000
