"""Browser tests: Playwright driving Debian's Chromium, with axe-core for accessibility.

Skipped with a clear message where no Chromium can be had (Debian: ``apt-get install chromium``);
Playwright's own browser download is never used. Every page is loaded with requests to hosts
other than the live server blocked and recorded, so a test can assert that nothing was loaded
from a third party.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; the Django calls the tests make
# around it are ordinary synchronous ones.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="session")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.skip("Browser tests skipped: no Chromium found (Debian: apt-get install chromium).")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        pytest.skip("Browser tests skipped: playwright is not installed (pip install -e .[test]).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


class VisitorPage:
    """A browser tab on the live server that records what it tried to fetch elsewhere."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.foreign_requests = []
        own_host = urlsplit(base_url).hostname

        def route(route):
            host = urlsplit(route.request.url).hostname
            if host in (own_host, "localhost", "127.0.0.1", None):
                route.continue_()
            else:
                self.foreign_requests.append(route.request.url)
                route.abort()

        page.route("**/*", route)

    def goto(self, path):
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.ok, (path, response and response.status)
        return response

    def axe(self, **options):
        from axe_playwright_python.sync_playwright import Axe

        return Axe().run(self.page, **options)

    def screenshot(self, name):
        """Save a screenshot for the docs (only when WIDUNETZ_SCREENSHOTS=1), as small as
        test_screenshots.py makes them: the first two screen heights, 256 colours."""
        if os.environ.get("WIDUNETZ_SCREENSHOTS") == "1":
            SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
            (SCREENSHOT_DIR / f"{name}.png").write_bytes(small_screenshot(self.page))


def shrink_png(png):
    """A PNG reduced to a 256-colour palette (Pillow comes with Wagtail): text pages shrink to
    a third or less."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    palette = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    palette.save(out, format="PNG", optimize=True)
    return out.getvalue()


def small_screenshot(page, screens=2):
    """The first ``screens`` viewport heights of the page in CSS pixels, as a small PNG."""
    viewport = page.viewport_size
    full = page.evaluate("document.documentElement.scrollHeight")
    clip = {
        "x": 0,
        "y": 0,
        "width": viewport["width"],
        "height": min(full, screens * viewport["height"]),
    }
    png = page.screenshot(full_page=True, clip=clip, scale="css", animations="disabled")
    return shrink_png(png)


def assert_no_axe_violations(results):
    assert results.violations_count == 0, results.generate_report()


@pytest.fixture(scope="session")
def demo_server(django_db_setup, django_db_blocker):
    """A live server over the demo network, started once for all browser tests.

    The demo is loaded once and committed; browser tests run last (``tests/conftest.py``) and
    inside a rolled-back transaction each (they are marked ``django_db``), so they see the demo
    and cannot leak data into other tests. pytest-django's ``live_server`` is not used because
    it flushes the database after every test, which would mean loading the demo every time.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.core.management import call_command
    from django.db import connections
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        call_command("widunetz_demo", verbosity=0)
        shared = {
            conn.alias: conn
            for conn in connections.all()
            if conn.vendor == "sqlite" and conn.is_in_memory_db()
        }
        for conn in shared.values():
            conn.inc_thread_sharing()
        thread = LiveServerThread("localhost", StaticFilesHandler, shared, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://localhost:{thread.port}"
        thread.terminate()
        for conn in shared.values():
            conn.dec_thread_sharing()


@pytest.fixture
def visitor(browser, demo_server):
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield VisitorPage(page, demo_server)
    context.close()


@pytest.fixture
def phone_visitor(browser, demo_server):
    context = browser.new_context(
        locale="ar", viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    yield VisitorPage(page, demo_server)
    context.close()
