"""The registry of page types every page-level check runs over (axe, headings, skip link, reflow,
HTML validation, third-party requests, screenshots).

Each entry is a ``PageType(name, find)``: ``find(language)`` returns the path of one live page of
that type in the demo network (``"/de/netzwerk/"``) or raises, so a page type missing from a
language is a test failure, not a silent skip. Finders look pages up in the database (the demo
is committed before the live server starts), so they follow the demo's slugs and dates.

To add a page type (a new app's page, a route of an existing page), add an entry to
``PAGE_TYPES`` below, e.g. ``PageType("search", search)`` with a finder next to the others::

    def search(language):
        return f"{home(language)}suche/"

``tests/browser/test_every_page.py`` (axe, headings, skip link, reflow, HTML validation) and
``test_privacy.py`` then check it in German and Arabic; ``test_screenshots.py`` photographs the
entries named in its own list. Names become test ids (``test_no_axe_violations[search-ar]``), so
keep them unique and short. ``register(name, finder)`` does the same from code that runs before
collection (a ``conftest.py``).
"""

from typing import NamedTuple

from django.apps import apps
from django.utils import timezone

LANGUAGES = ("de", "ar")


class PageType(NamedTuple):
    name: str
    find: object  # callable(language) -> path


def live_pages(app_label, model_name, language):
    model = apps.get_model(app_label, model_name)
    return model.objects.live().public().filter(locale__language_code=language).order_by("path")


def live_page(app_label, model_name, language, slug=None):
    """The path of a live page of a model in a language (the first in the tree, or by slug)."""
    pages = live_pages(app_label, model_name, language)
    if slug is not None:
        pages = pages.filter(slug=slug)
    page = pages.first()
    if page is None:
        raise LookupError(f"no live {model_name} in {language!r} (slug {slug!r})")
    return page.get_url()


def _subpage(app_label, model_name, language, route, *args):
    page = live_pages(app_label, model_name, language).first()
    if page is None:
        raise LookupError(f"no live {model_name} in {language!r}")
    return page.get_url() + page.reverse_subpage(route, args=args).lstrip("/")


def home(language):
    return f"/{language}/"


def directory(language):
    return live_page("widunetz_partners", "PartnerDirectoryPage", language)


def partner_map(language):
    return directory(language) + "map/"


def profile(language):
    # The demo's fullest profile: offers, opening hours, contact, languages, photo.
    slug = "familienzentrum-kita-ottelau"
    return live_page("widunetz_partners", "PartnerPage", language, slug=slug)


def calendar(language):
    return live_page("widunetz_events", "EventCalendarPage", language)


def next_event_month(language):
    """``(year, month)`` of the next date in the calendar: a month with events in the grid,
    also in the last days of a month, when the demo's next dates fall into the following one."""
    occurrences = apps.get_model("widunetz_events", "EventOccurrence").objects
    upcoming = (
        occurrences.filter(locale__language_code=language, page__live=True, end__gte=timezone.now())
        .order_by("start")
        .first()
    )
    day = timezone.localtime(upcoming.start).date() if upcoming else timezone.localdate()
    return day.year, day.month


def month(language):
    year, month = next_event_month(language)
    return _subpage(
        "widunetz_events", "EventCalendarPage", language, "month", f"{year:04d}", f"{month:02d}"
    )


def event(language):
    # Weekly, with a cancelled date: the richest date list of the demo.
    return live_page("widunetz_events", "EventPage", language, slug="internationales-elterncafe")


def press_room(language):
    return live_page("widunetz_press", "PressRoomPage", language)


def year_archive(language):
    latest = live_pages("widunetz_press", "PressReleasePage", language).order_by("-date").first()
    if latest is None:
        raise LookupError(f"no live press release in {language!r}")
    year = timezone.localtime(latest.date).year
    return _subpage("widunetz_press", "PressRoomPage", language, "year", str(year))


def release(language):
    page = live_pages("widunetz_press", "PressReleasePage", language).order_by("-date").first()
    if page is None:
        raise LookupError(f"no live press release in {language!r}")
    return page.get_url()


def search(language):
    # With a query: the grouped results, highlighting and kind filter are on the page.
    return live_page("widunetz_core", "NetworkSearchPage", language) + "?q=Eltern"


def statement(language):
    slug = "barrierefreiheit"
    return live_page("widunetz_core", "AccessibilityStatementPage", language, slug=slug)


PAGE_TYPES = [
    PageType("home", home),
    PageType("directory", directory),
    PageType("map", partner_map),
    PageType("profile", profile),
    PageType("calendar", calendar),
    PageType("month", month),
    PageType("event", event),
    PageType("press-room", press_room),
    PageType("year-archive", year_archive),
    PageType("release", release),
    PageType("search", search),
    PageType("statement", statement),
]


def register(name, find):
    """Add a page type to the registry (for page types added by other parts of the package)."""
    if any(entry.name == name for entry in PAGE_TYPES):
        raise ValueError(f"page type {name!r} is registered already")
    PAGE_TYPES.append(PageType(name, find))


def params():
    """``pytest.mark.parametrize`` arguments: every page type in every checked language."""
    import pytest

    return [
        pytest.param(entry, language, id=f"{entry.name}-{language}")
        for entry in PAGE_TYPES
        for language in LANGUAGES
    ]
