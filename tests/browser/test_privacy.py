"""Nothing is loaded from a third-party host before the visitor agrees: every page type, in German
and Arabic, records every request the browser makes (``page.on("request")``, which also sees the
requests the test tab blocks) and fails on any host but the live server's. The map loads its
tiles only after the consent click, and only from the configured tile server."""

from urllib.parse import urlsplit

import pytest

from wagtail_widunetz.core.conf import get_setting

from . import pages
from .pages import params

pytestmark = pytest.mark.browser

# Hints that open connections to other hosts without a request event.
HINTS_JS = """() => Array.from(document.querySelectorAll(
        'link[rel~=preconnect], link[rel~=dns-prefetch], link[rel~=prefetch], link[rel~=preload],'
        + ' link[rel~=stylesheet], link[rel~=icon], script[src], iframe[src], img[src],'
        + ' source[src], source[srcset], video[src], audio[src], embed[src], object[data]'))
    .map(el => el.href || el.src || el.getAttribute('srcset') || el.getAttribute('data'))"""


def record_requests(visitor):
    requests = []
    visitor.page.on("request", lambda request: requests.append(request.url))
    return requests


def foreign(urls, base_url):
    own = urlsplit(base_url).netloc
    return [
        url
        for url in urls
        if urlsplit(url).scheme not in ("data", "blob", "about")
        and urlsplit(url).netloc not in (own, "")
    ]


def load_everything(visitor, path):
    """Open a page and give it every chance to fetch more: scroll to the end, wait for quiet."""
    visitor.goto(path)
    visitor.page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    visitor.page.wait_for_load_state("networkidle")
    visitor.page.wait_for_timeout(200)


@pytest.mark.parametrize(("entry", "language"), params())
def test_no_request_leaves_the_site(visitor, entry, language):
    requests = record_requests(visitor)
    path = entry.find(language)
    load_everything(visitor, path)
    page_path = urlsplit(path).path  # the registry's path may carry a query (the search page)
    assert any(urlsplit(url).path == page_path for url in requests), requests
    assert foreign(requests, visitor.base_url) == []
    assert visitor.foreign_requests == []
    # No markup that points the browser elsewhere either (preconnect, fonts, embeds).
    assert foreign(visitor.page.evaluate(HINTS_JS), visitor.base_url) == []


def test_the_recorder_sees_a_third_party_request(visitor):
    """Guards the guard: an image from another host is recorded (and blocked)."""
    requests = record_requests(visitor)
    visitor.goto(pages.home("de"))
    visitor.page.evaluate(
        """() => { const img = document.createElement('img'); img.alt = '';
                   img.src = 'https://images.example.org/pixel.png';
                   document.querySelector('main').appendChild(img); }"""
    )
    visitor.page.wait_for_load_state("networkidle")
    assert foreign(requests, visitor.base_url) == ["https://images.example.org/pixel.png"]
    assert visitor.foreign_requests == ["https://images.example.org/pixel.png"]


def test_arabic_map_loads_tiles_only_after_consent_by_keyboard(phone_visitor):
    """The German map on a desktop is tested in test_partners.py; this is the Arabic one on a
    phone, agreed to with the keyboard."""
    visitor = phone_visitor
    requests = record_requests(visitor)
    load_everything(visitor, pages.partner_map("ar"))
    assert foreign(requests, visitor.base_url) == []
    assert visitor.page.locator("[data-wn-map-canvas]").is_hidden()
    # The notice names the tile server before anything is loaded from it.
    tile_host = urlsplit(get_setting("MAP_TILE_URL")).hostname
    assert tile_host in visitor.page.locator("[data-wn-map-consent-box]").inner_text()

    button = visitor.page.locator("[data-wn-map-consent]")
    button.focus()
    visitor.page.keyboard.press("Enter")
    visitor.page.wait_for_selector(".leaflet-tile", state="attached")
    visitor.page.wait_for_load_state("networkidle")
    tiles = foreign(requests, visitor.base_url)
    assert tiles, "tiles are requested after consent"
    assert {urlsplit(url).hostname for url in tiles} == {tile_host}
