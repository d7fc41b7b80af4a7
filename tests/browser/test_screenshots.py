"""Screenshots of the main pages in German and Arabic, on a phone and a desktop, for the docs.

``WIDUNETZ_SCREENSHOTS=1`` (``make screenshots``) writes them to ``docs/screenshots/``; otherwise
they go to pytest's ``tmp_path`` and the test still checks that the page rendered and the image
is a real PNG of the expected size. Each shot covers at most the first two screen heights and is
reduced to a 256-colour palette, which keeps a text page at a few dozen kilobytes.
"""

import os
import struct

import pytest

from . import pages
from .conftest import SCREENSHOT_DIR, VisitorPage, shrink_png

pytestmark = pytest.mark.browser

DEVICES = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1280, "height": 800}},
}
# (file name, page finder): the pages docs/visitors.md shows.
SHOTS = [
    ("home", pages.home),
    ("directory", pages.directory),
    ("profile", pages.profile),
    ("map", pages.partner_map),  # before consent: no tiles, the notice and the list
    ("calendar", pages.calendar),
    ("month", pages.month),
    ("event", pages.event),
    ("press-room", pages.press_room),
    ("release", pages.release),
]
LANGUAGES = ("de", "ar")
MAX_SCREENS = 2


def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def target_dir(tmp_path):
    if os.environ.get("WIDUNETZ_SCREENSHOTS") == "1":
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        return SCREENSHOT_DIR
    return tmp_path


@pytest.mark.parametrize("device", list(DEVICES))
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "find"), SHOTS, ids=[name for name, _ in SHOTS])
def test_screenshot(browser, demo_server, tmp_path, name, find, language, device):
    options = DEVICES[device]
    context = browser.new_context(locale=language, **options)
    try:
        visitor = VisitorPage(context.new_page(), demo_server)
        visitor.goto(find(language))
        page = visitor.page
        page.wait_for_load_state("networkidle")
        # Rendered: the page's heading is on screen, in the right language and direction.
        assert page.locator("h1").first.is_visible()
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        if name == "map":
            assert page.locator("[data-wn-map-consent]").is_visible()

        width, height = options["viewport"]["width"], options["viewport"]["height"]
        full = page.evaluate("document.documentElement.scrollHeight")
        clip = {"x": 0, "y": 0, "width": width, "height": min(full, MAX_SCREENS * height)}
        png = page.screenshot(full_page=True, clip=clip, scale="css", animations="disabled")
        assert png_size(png) == (width, clip["height"])
        small = shrink_png(png)
        assert png_size(small) == (width, clip["height"])
        assert len(small) < len(png)
        path = target_dir(tmp_path) / f"{name}-{language}-{device}.png"
        path.write_bytes(small)
        assert path.stat().st_size > 2_000  # more than a blank page
        assert visitor.foreign_requests == []
    finally:
        context.close()
