"""A Wagtail 8 site with its own base page model (WAGTAIL_PAGE_MODEL) using the package.

The feature apps are installed (templates, blocks, snippets, commands) but define no concrete
page models; the site's `chapter` app builds its pages from the package's mixins.
Used by tests/core/test_swapped_page_model.py in a subprocess.
"""

from tests.settings import *  # noqa: F403

INSTALLED_APPS = [
    "tests.swapped.base",
    "tests.swapped.chapter",
    *[a for a in INSTALLED_APPS if a != "example_site.home"],
]  # noqa: F405
WAGTAIL_PAGE_MODEL = "chapterbase.ChapterBasePage"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
ROOT_URLCONF = "tests.swapped.urls"
