"""Every page type of the package (tests/browser/pages.py), in German and Arabic: no axe-core
violations, one h1 and headings in order, landmarks, a working skip link, reflow at 320 px
without sideways scrolling, and valid HTML (the Nu HTML Checker, one run for all pages)."""

import tempfile
import urllib.request
from pathlib import Path

import pytest

from tests.validation.vnu import VnuUnavailable, describe, validate

from .conftest import assert_no_axe_violations
from .pages import LANGUAGES, PAGE_TYPES, params

pytestmark = pytest.mark.browser

# Filtered states validated besides the plain pages (ids, page type, query string): the markup
# of active filters, chips and the note on unknown values only appears with a query.
FILTERED_STATES = [
    ("directory-filtered", "directory", "?topic=elterncafe&language=ar&district=nirgendwo"),
    ("map-filtered", "map", "?topic=beratung"),
    ("calendar-filtered", "calendar", "?topic=sprachkurs&q=Caf%C3%A9"),
    ("press-room-filtered", "press-room", "?kind=clipping&q=Nachbarn"),
]

# The package's own stylesheets (vendored ones excepted) are checked in the same vnu run.
PACKAGE = Path(__file__).resolve().parents[2] / "wagtail_widunetz"
STYLESHEETS = sorted(
    path for path in PACKAGE.glob("*/static/**/*.css") if "vendor" not in path.parts
)

HEADINGS_JS = """() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .filter(h => h.getClientRects().length > 0)
    .map(h => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)])"""


def open_page(visitor, entry, language):
    path = entry.find(language)
    visitor.goto(path)
    return path


@pytest.mark.parametrize(("entry", "language"), params())
def test_no_axe_violations(visitor, entry, language):
    open_page(visitor, entry, language)
    assert_no_axe_violations(visitor.axe())
    assert visitor.foreign_requests == []


@pytest.mark.parametrize(("entry", "language"), params())
def test_one_h1_headings_in_order_and_landmarks(visitor, entry, language):
    path = open_page(visitor, entry, language)
    page = visitor.page
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")

    headings = page.evaluate(HEADINGS_JS)
    levels = [level for level, _ in headings]
    assert levels.count(1) == 1, (path, headings)
    previous = 0
    for level, text in headings:
        # Going deeper one level at a time; going back up to any level is fine.
        assert level <= previous + 1, f"{path}: h{level} {text!r} follows h{previous}: {headings}"
        previous = level

    assert page.locator("main").count() == 1
    assert page.locator("body > header, [role=banner]").count() == 1
    assert page.locator("body > footer, [role=contentinfo]").count() == 1
    assert page.title().strip()


@pytest.mark.parametrize(("entry", "language"), params())
def test_skip_link_is_the_first_stop_and_moves_focus_to_main(visitor, entry, language):
    open_page(visitor, entry, language)
    page = visitor.page
    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => {
            const el = document.activeElement, box = el.getBoundingClientRect(),
                  style = getComputedStyle(el);
            return {cls: el.className, href: el.getAttribute('href'), top: box.top,
                    bottom: box.bottom, outline: style.outlineStyle + ' ' + style.outlineWidth};
        }"""
    )
    assert "wn-skip-link" in focused["cls"], focused
    # Shown when focused: inside the viewport, with a visible focus outline.
    assert focused["top"] >= 0 and focused["bottom"] > focused["top"], focused
    assert not focused["outline"].startswith("none"), focused
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'main'")
    assert page.evaluate("document.activeElement.tagName") == "MAIN"


@pytest.mark.parametrize(("entry", "language"), params())
def test_reflows_at_320_px_without_sideways_scrolling(phone_visitor, entry, language):
    open_page(phone_visitor, entry, language)
    page = phone_visitor.page
    assert page.evaluate("window.innerWidth") == 320
    widths = page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth]")
    if max(widths) > 320:
        # Name the culprits so the failure says what to fix.
        wide = page.evaluate(
            """() => Array.from(document.querySelectorAll('body *'))
                .filter(el => { const r = el.getBoundingClientRect();
                                return r.width > 0 && (r.right > 321 || r.left < -1); })
                .slice(0, 8).map(el => el.tagName + '.' + el.className + ' ' +
                    Math.round(el.getBoundingClientRect().left) + '..' +
                    Math.round(el.getBoundingClientRect().right))"""
        )
        pytest.fail(f"page is {widths} px wide at 320 px: {wide}")


# -- HTML validation: fetch every page once, run vnu once ------------------------------------


@pytest.fixture(scope="module")
def vnu_report(demo_server, django_db_blocker):
    """``{test id: (path, messages)}`` for every page type, filtered state and stylesheet, from
    one vnu run.

    A page that cannot be found or fetched maps to ``(None, error text)``, so its own test fails
    and the others still run.
    """
    finders = {entry.name: entry.find for entry in PAGE_TYPES}
    targets = {}
    with django_db_blocker.unblock():
        for entry in PAGE_TYPES:
            for language in LANGUAGES:
                targets[f"{entry.name}-{language}"] = (entry.find, language, "")
        for name, page_type, query in FILTERED_STATES:
            for language in LANGUAGES:
                targets[f"{name}-{language}"] = (finders[page_type], language, query)
        paths, failures = {}, {}
        for key, (find, language, query) in targets.items():
            try:
                paths[key] = find(language) + query
            except Exception as error:  # noqa: BLE001 - reported by the page's own test
                failures[key] = f"no page: {error!r}"

    with tempfile.TemporaryDirectory(prefix="widunetz-vnu-") as folder:
        files = {}
        for key, path in paths.items():
            try:
                with urllib.request.urlopen(demo_server + path, timeout=60) as response:  # noqa: S310
                    body = response.read()
            except Exception as error:  # noqa: BLE001 - reported by the page's own test
                failures[key] = f"{path}: {error!r}"
                continue
            files[key] = Path(folder) / f"{key}.html"
            files[key].write_bytes(body)
        for stylesheet in STYLESHEETS:
            key = f"css:{stylesheet.relative_to(PACKAGE)}"
            paths[key], files[key] = str(stylesheet), stylesheet
        try:
            results = validate(files.values())
        except VnuUnavailable as reason:
            pytest.skip(str(reason))
        report = {key: (paths[key], results[file.resolve()]) for key, file in files.items()}
    report.update({key: (None, text) for key, text in failures.items()})
    return report


VALIDATED = [f"{entry.name}-{language}" for entry in PAGE_TYPES for language in LANGUAGES] + [
    f"{name}-{language}" for name, _, _ in FILTERED_STATES for language in LANGUAGES
]


@pytest.mark.parametrize("key", VALIDATED)
def test_html_validates(vnu_report, key):
    path, messages = vnu_report[key]
    assert path is not None, messages
    assert messages == [], f"{path}\n{describe(messages)}"


@pytest.mark.parametrize(
    "stylesheet", STYLESHEETS, ids=[str(path.relative_to(PACKAGE)) for path in STYLESHEETS]
)
def test_css_validates(vnu_report, stylesheet):
    path, messages = vnu_report[f"css:{stylesheet.relative_to(PACKAGE)}"]
    assert messages == [], f"{path}\n{describe(messages)}"
