import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from wagtail_widunetz.core.conf import get_setting
from wagtail_widunetz.core.i18n import language_direction, language_info
from wagtail_widunetz.core.models import ChapterSettings


@pytest.mark.django_db
def test_chapter_settings_cost_one_query_per_request():
    site = Site.objects.get(is_default_site=True)
    ChapterSettings.objects.create(site=site, name="DRK-Kreisverband Herford-Stadt e.V.")
    request = RequestFactory().get("/de/")
    request._wagtail_site = site  # as resolved by Wagtail's routing earlier in the request

    with CaptureQueriesContext(connection) as queries:
        first = ChapterSettings.for_request(request)
        second = ChapterSettings.for_request(request)
        third = ChapterSettings.for_request(request)
    assert len(queries) == 1
    assert first is second is third
    assert first.name == "DRK-Kreisverband Herford-Stadt e.V."


def test_settings_are_read_at_call_time(settings):
    assert get_setting("TIME_ZONE") == "Europe/Berlin"
    settings.WIDUNETZ_TIME_ZONE = "Europe/Vienna"
    assert get_setting("TIME_ZONE") == "Europe/Vienna"


def test_unknown_setting_is_an_error():
    with pytest.raises(KeyError):
        get_setting("NO_SUCH_THING")


@pytest.mark.parametrize(
    ("code", "direction"),
    [
        ("de", "ltr"),
        ("ar", "rtl"),
        ("fa", "rtl"),
        ("ckb", "rtl"),
        ("prs", "rtl"),
        ("uk", "ltr"),
        ("ar-sy", "rtl"),
        ("xx", "ltr"),
    ],
)
def test_language_direction(code, direction):
    assert language_direction(code) == direction


def test_extra_languages_setting_adds_unknown_languages(settings):
    settings.WIDUNETZ_EXTRA_LANGUAGES = {
        "ti": {"name": "Tigrinya", "name_local": "ትግርኛ", "bidi": False},
        "ps": {"name": "Pashto", "name_local": "پښتو", "bidi": True},
    }
    assert language_info("ti")["name_local"] == "ትግርኛ"
    assert language_direction("ti") == "ltr"
    assert language_direction("ps") == "rtl"
