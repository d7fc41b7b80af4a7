"""Keyboard-only walks: the partner directory's filters and the month grid, with nothing but Tab,
Space and Enter, and a visible focus indicator on every stop."""

import datetime

import pytest

from . import pages
from .conftest import assert_no_axe_violations

pytestmark = pytest.mark.browser

# What the focused element looks like: enough to identify it and to see its focus indicator.
FOCUSED_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const form = el.closest('form.wn-filters'), table = el.closest('table.wn-month');
    return {
        tag: el.tagName.toLowerCase(), id: el.id, type: el.type || '',
        name: el.getAttribute('name'), value: el.getAttribute('value'),
        href: el.getAttribute('href'), rel: el.getAttribute('rel'),
        text: (el.textContent || '').trim().slice(0, 60),
        inFilters: !!form, inMonth: !!table,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
    };
}"""


def focused(page):
    return page.evaluate(FOCUSED_JS)


def has_focus_indicator(info):
    return info["outline"] or info["shadow"]


def tab_until(page, stop, limit=250):
    """Press Tab until ``stop(info)`` holds; return every stop on the way (including the last)."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = focused(page)
        assert info is not None, f"focus fell back to the page after {stops[-3:]}"
        stops.append(info)
        if stop(info):
            return stops
    raise AssertionError(f"never reached the stop within {limit} Tabs: {stops[-5:]}")


def status_text(page):
    region = page.locator("[role=status], [aria-live=polite], [aria-live=assertive]").first
    return region.inner_text().strip()


def test_directory_filters_by_keyboard_only(visitor):
    page = visitor.page
    visitor.goto(pages.directory("de"))
    controls = page.evaluate(
        """() => Array.from(document.querySelectorAll(
                'form.wn-filters input, form.wn-filters select, form.wn-filters button'))
            .map(el => el.id || el.type)"""
    )
    assert len(controls) > 10  # the search field, every facet choice, the submit button
    status = page.locator("[role=status]")
    assert status.count() == 1
    before = status_text(page)
    count_before = int(page.locator("[data-wn-count]").get_attribute("data-wn-count"))

    # Tab through the whole form: every control is a stop, in order, with a visible focus.
    # Space ticks two choices on the way; Enter on the button submits.
    chosen = {"wn-topic-elterncafe", "wn-language-ar"}
    walk = []
    for _ in range(250):
        page.keyboard.press("Tab")
        info = focused(page)
        assert info is not None
        if not info["inFilters"]:
            assert not walk, f"focus left the filters at {info} before the submit button"
            continue
        assert has_focus_indicator(info), f"no visible focus on {info}"
        walk.append(info["id"] or info["type"])
        if info["id"] in chosen:
            page.keyboard.press("Space")
            assert page.locator(f"#{info['id']}").is_checked()
        if info["tag"] == "button" and info["type"] == "submit":
            break
    assert walk == controls

    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "topic=elterncafe" in page.url and "language=ar" in page.url
    for control in chosen:
        assert page.locator(f"#{control}").is_checked()

    # The result count lives in a status region (announced by screen readers) and changed.
    assert page.locator("[role=status]").count() == 1
    after = status_text(page)
    count_after = int(page.locator("[data-wn-count]").get_attribute("data-wn-count"))
    assert 0 < count_after < count_before
    assert after != before and str(count_after) in after
    assert_no_axe_violations(visitor.axe())

    # "Remove all filters" is reachable by keyboard too and brings everyone back.
    stops = tab_until(page, lambda info: info["tag"] == "a" and info["inFilters"])
    assert has_focus_indicator(stops[-1])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert int(page.locator("[data-wn-count]").get_attribute("data-wn-count")) == count_before
    assert status_text(page) == before


def test_month_grid_by_keyboard_only(visitor):
    page = visitor.page
    visitor.goto(pages.month("de"))
    links = page.evaluate(
        "() => Array.from(document.querySelectorAll('table.wn-month a'))"
        ".map(a => a.getAttribute('href'))"
    )
    assert links, "the demo has events this month"

    # Every event in the grid is a Tab stop, in reading order, with a visible focus indicator.
    in_grid = []
    for _ in range(250):
        page.keyboard.press("Tab")
        info = focused(page)
        assert info is not None
        if info["inMonth"]:
            assert has_focus_indicator(info), f"no visible focus on {info}"
            in_grid.append(info["href"])
        elif in_grid:
            break
    assert in_grid == links

    # Shift+Tab goes back into the grid; Enter opens the event.
    page.keyboard.press("Shift+Tab")
    info = focused(page)
    assert info["inMonth"] and info["href"] == links[-1]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(links[-1])
    assert page.locator("h1").count() == 1


def test_month_navigation_by_keyboard_in_arabic(visitor):
    page = visitor.page
    visitor.goto(pages.month("ar"))
    stops = tab_until(page, lambda info: info["rel"] == "next")
    assert has_focus_indicator(stops[-1])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    year, month = pages.next_event_month("ar")
    following = (datetime.date(year, month, 1) + datetime.timedelta(days=32)).replace(day=1)
    assert page.url.endswith(f"/{following.year:04d}/{following.month:02d}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
