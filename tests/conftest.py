import shutil
import tempfile

import pytest
from django.core.management import call_command


def pytest_collection_modifyitems(session, config, items):
    """Run browser tests last, each in a rolled-back transaction over the one committed demo
    database they share (see browser/conftest.py)."""
    for item in items:
        if item.get_closest_marker("browser") and not item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.django_db)
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(autouse=True)
def _empty_caches():
    """Each test starts with empty caches: the database is rolled back between tests, and ids
    (sites, pages) are reused, so a cached value of an earlier test must not leak."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A test that activates a language (a request under /ar/, ``translation.override`` left
    open by a failure) must not leave it active for the next test."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _media_root(settings):
    """Every test writes uploads into its own temporary folder, removed afterwards."""
    path = tempfile.mkdtemp(prefix="widunetz-test-media-")
    settings.MEDIA_ROOT = path
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def demo(db):
    """The Herford demo network, loaded through the management command."""
    call_command("widunetz_demo", verbosity=0)


@pytest.fixture
def home(db):
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def locales(db):
    from wagtail.models import Locale

    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in ("de", "en", "tr", "ar", "ru", "uk")
    }
