"""The package's settings, all optional, all prefixed ``WIDUNETZ_``.

Values are read at call time (not import time) so ``override_settings`` works in tests and a
chapter can change them without restarting anything but the process.
"""

from django.conf import settings

DEFAULTS = {
    # Template that every page of the package extends. A chapter points this at its own base
    # template; it must define the blocks ``title``, ``extra_head``, ``content`` and ``extra_js``.
    "BASE_TEMPLATE": "wagtail_widunetz/base.html",
    # Time zone in which events are entered, shown and exported, and "open now" is computed.
    "TIME_ZONE": "Europe/Berlin",
    # How far ahead recurring events are materialised, in days (about 18 months).
    "OCCURRENCE_HORIZON_DAYS": 548,
    # Items per page in the directory, calendar and press room.
    "PAGE_SIZE": 20,
    # Largest page size a visitor may ask for; larger values are answered with 400.
    "MAX_PAGE_SIZE": 100,
    # Map tiles, loaded only after the visitor agrees.
    "MAP_TILE_URL": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "MAP_ATTRIBUTION": "© OpenStreetMap contributors",
    # iCalendar feeds: how far back the calendar feed reaches, in days.
    "ICAL_FEED_PAST_DAYS": 31,
    # Importing partners' iCalendar feeds: network timeout (seconds) and largest accepted file.
    "ICAL_IMPORT_TIMEOUT": 20,
    "ICAL_IMPORT_MAX_BYTES": 15 * 1024 * 1024,
    # Entries in the press room's RSS and Atom feeds.
    "PRESS_FEED_ITEMS": 30,
    # Caching of the chapter settings and each page's list of translations (see core/cache.py):
    # the Django cache alias to use and how long an entry lives, in seconds (0 switches it off).
    # With several worker processes, point it at a shared cache (Redis, Memcached, database).
    "CACHE": "default",
    "CACHE_TIMEOUT": 300,
    # Languages Django does not know, or whose writing direction must be overridden:
    # {"prs": {"name": "Dari", "name_local": "دری", "bidi": True}}
    "EXTRA_LANGUAGES": {},
    # Barrier reports (accessibility statement page): at most this many per visitor address in
    # this many seconds, counted in Django's cache.
    "BARRIER_REPORT_RATE": (5, 3600),
    # Printed flyers (./print/): most languages in one print, most dates on a calendar flyer.
    "PRINT_MAX_LANGUAGES": 6,
    "PRINT_CALENDAR_ITEMS": 12,
    # Days an invitation of a partner contact to the admin stays valid (partner self-service).
    "INVITATION_DAYS": 14,
}


def get_setting(name):
    """Return ``WIDUNETZ_<name>`` from the Django settings, or the package default."""
    if name not in DEFAULTS:
        raise KeyError(f"Unknown wagtail-widunetz setting: WIDUNETZ_{name}")
    return getattr(settings, f"WIDUNETZ_{name}", DEFAULTS[name])
