import shutil
import tempfile

import pytest
from django.core.management import call_command


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
