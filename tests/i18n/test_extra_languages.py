"""Languages Django does not know (Dari, Pashto, Tigrinya, Kurmanji, Somali) added by a setting.

A chapter lists them in ``LANGUAGES``/``WAGTAIL_CONTENT_LANGUAGES`` and describes them in
``WIDUNETZ_EXTRA_LANGUAGES``; then a Wagtail locale in that language works end to end.
"""

import re

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import clear_url_caches
from django.utils import translation
from wagtail.models import Locale

from wagtail_widunetz.core.i18n import RTL_LANGUAGES, language_direction, language_info
from wagtail_widunetz.core.translation import ensure_translation

EXTRA = {
    "prs": {"name": "Dari", "name_local": "دری", "bidi": True},
    "ps": {"name": "Pashto", "name_local": "پښتو", "bidi": True},
    "ti": {"name": "Tigrinya", "name_local": "ትግርኛ"},
    "kmr": {"name": "Kurmanji", "name_local": "Kurmancî"},
    "so": {"name": "Somali", "name_local": "Soomaali"},
}
EXTRA_LANGUAGES = [(code, entry["name_local"]) for code, entry in EXTRA.items()]


@pytest.fixture
def extra_languages():
    languages = list(settings.LANGUAGES) + EXTRA_LANGUAGES
    with override_settings(
        LANGUAGES=languages,
        WAGTAIL_CONTENT_LANGUAGES=languages,
        WIDUNETZ_EXTRA_LANGUAGES=EXTRA,
    ):
        clear_url_caches()
        yield
    clear_url_caches()
    translation.activate(settings.LANGUAGE_CODE)


def html_tag(content):
    return re.search(rb"<html[^>]*>", content).group(0).decode()


@pytest.mark.parametrize("code", ["ar", "fa", "ckb", "ps", "prs", "ur", "he"])
def test_right_to_left_languages(code):
    assert code in RTL_LANGUAGES
    assert language_direction(code) == "rtl"
    assert language_info(code)["bidi"] is True


@pytest.mark.parametrize("code", ["de", "en", "tr", "ru", "uk", "ti", "kmr", "so", "ku"])
def test_left_to_right_languages(code):
    assert language_direction(code) == "ltr"


def test_unknown_codes_do_not_crash_and_regions_follow_their_language():
    assert language_info("xx")["name_local"] == "xx"
    assert language_info("ar-SY")["bidi"] is True
    assert language_info("")["bidi"] is False
    with pytest.raises(KeyError):
        translation.get_language_info("prs")  # without the setting Django does not know it


def test_setting_teaches_django_the_language(extra_languages):
    for code, entry in EXTRA.items():
        info = translation.get_language_info(code)  # Django's own lookup no longer raises
        assert info["name_local"] == entry["name_local"]
        assert info["bidi"] is entry.get("bidi", False)
        assert language_direction(code) == ("rtl" if entry.get("bidi") else "ltr")
        assert translation.check_for_language(code)
        assert translation.get_supported_language_variant(code) == code


def test_setting_can_override_a_direction():
    with override_settings(WIDUNETZ_EXTRA_LANGUAGES={"ku": {"name": "Kurdî", "bidi": True}}):
        assert language_direction("ku") == "rtl"
    assert language_direction("ku") == "ltr"


def test_removing_the_setting_forgets_the_language(extra_languages):
    assert translation.get_language_info("prs")["name"] == "Dari"
    with override_settings(WIDUNETZ_EXTRA_LANGUAGES={}):
        with pytest.raises(KeyError):
            translation.get_language_info("prs")
        assert not translation.check_for_language("prs")
    assert translation.get_language_info("prs")["name"] == "Dari"


@pytest.mark.django_db
def test_a_dari_page_renders_under_prs_right_to_left(client, home, extra_languages):
    dari = Locale.objects.create(language_code="prs")
    somali = Locale.objects.create(language_code="so")
    home_prs, _ = ensure_translation(home, dari, {home.title: "صفحهٔ اصلی"})
    ensure_translation(home, somali, {home.title: "Bogga hore"})

    response = client.get("/prs/")
    assert response.status_code == 200
    assert html_tag(response.content) == '<html lang="prs" dir="rtl">'
    html = response.content.decode()
    assert "صفحهٔ اصلی" in html
    # The language switcher names every language in its own name, with lang and hreflang.
    assert re.search(
        r'<a href="/prs/" lang="prs" hreflang="prs" dir="rtl" aria-current="page">دری</a>', html
    )
    assert re.search(r'<a href="/so/" lang="so" hreflang="so" dir="ltr">Soomaali</a>', html)
    assert '<link rel="alternate" hreflang="prs" href="http://testserver/prs/">' in html

    somali_page = client.get("/so/")
    assert somali_page.status_code == 200
    assert html_tag(somali_page.content) == '<html lang="so" dir="ltr">'
    assert "Bogga hore" in somali_page.content.decode()
    assert home_prs.locale.get_display_name() == "دری"


@pytest.mark.django_db
def test_a_code_not_in_languages_is_not_served(client, home, extra_languages):
    # Not a language: LocaleMiddleware treats it as a German path, which does not exist.
    response = client.get("/xx/", follow=True)
    assert response.redirect_chain == [("/de/xx/", 302)]
    assert response.status_code == 404


@pytest.mark.django_db
def test_an_event_in_dari_renders_with_default_formats(client, home, extra_languages):
    import datetime
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    from tests.factories import EventCalendarPageFactory
    from wagtail_widunetz.events.models import EventPage

    dari = Locale.objects.create(language_code="prs")
    calendar = EventCalendarPageFactory(parent=home)
    day = timezone.localdate() + datetime.timedelta(days=10)
    start = datetime.datetime.combine(day, datetime.time(15), tzinfo=ZoneInfo("Europe/Berlin"))
    event = EventPage(
        title="Sprachcafé",
        slug="sprachcafe",
        start=start,
        end=start + datetime.timedelta(hours=2),
        contact_phone="05221 / 56784",
    )
    calendar.add_child(instance=event)
    event.save_revision().publish()
    for page, title in ((home, "خانه"), (calendar, "رویدادها"), (event, "کافهٔ زبان")):
        ensure_translation(page, dari, {page.title: title})
    for path in ("/prs/veranstaltungen/", "/prs/veranstaltungen/sprachcafe/"):
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert html_tag(response.content) == '<html lang="prs" dir="rtl">'
        assert "کافهٔ زبان" in html
    assert f'<time datetime="{start:%Y-%m-%dT%H:%M}' in html  # the dates are listed
    assert 'dir="ltr">05221 / 56784</a>' in html
