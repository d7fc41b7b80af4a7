"""Translating through wagtail-localize's own machinery, as the admin does.

``translate`` submits an object for translation (``translate_object``, which also submits its
related snippets one level deep), fills in translated strings as ``StringTranslation`` rows (what
the translation editor stores) and publishes the translation. ``resync`` is what the editor's
"Sync translated content" does after the German source was edited: refresh the source, then
update every translation from it. Both run the ``transaction.on_commit`` callbacks
wagtail-localize publishes pages with.
"""

import pytest
from django.db import transaction


def _run_on_commit(capture, function, *args, **kwargs):
    with capture(execute=True):
        result = function(*args, **kwargs)
    return result


def fill_strings(source, locale, strings):
    """Store translations for the source's strings (msgid -> translation) like the editor."""
    from wagtail_localize.models import StringSegment, StringTranslation

    filled = set()
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = segment.string.data
        if text in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": strings[text],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
            filled.add(text)
    missing = set(strings) - filled
    assert not missing, f"not offered for translation: {missing}"


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """``translate(obj, locale, {"German": "Arabic"})`` -> the published translation."""
    from wagtail_localize.models import Translation, TranslationSource
    from wagtail_localize.operations import translate_object

    def run(instance, locale, strings=None):
        _run_on_commit(django_capture_on_commit_callbacks, translate_object, instance, [locale])
        source = TranslationSource.objects.get_for_instance(instance)
        if strings:
            fill_strings(source, locale, strings)
            translation = Translation.objects.get(source=source, target_locale=locale)
            _run_on_commit(django_capture_on_commit_callbacks, translation.save_target)
        target = instance.get_translation(locale)
        if hasattr(target, "get_latest_revision"):
            target.refresh_from_db()
        return target

    return run


@pytest.fixture
def resync(django_capture_on_commit_callbacks):
    """``resync(source_obj, strings={...}, locales=[...])`` after editing the German source."""
    from wagtail_localize.models import Translation, TranslationSource

    def run(instance, strings=None, locales=None):
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        translations = Translation.objects.filter(source=source, enabled=True).select_related(
            "target_locale"
        )
        results = {}
        for translation in translations:
            locale = translation.target_locale
            if locales is not None and locale not in locales:
                continue
            if strings and locale.language_code in strings:
                fill_strings(source, locale, strings[locale.language_code])
            with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
                source.create_or_update_translation(
                    locale, publish=True, fallback=True, copy_parent_pages=True
                )
            target = instance.get_translation(locale)
            if hasattr(target, "get_latest_revision"):
                target.refresh_from_db()
            results[locale.language_code] = target
        return results

    return run


def publish_edit(page, **fields):
    """Edit the German source the editor's way: a new revision, published."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def arabic(locales):
    return locales["ar"]


@pytest.fixture
def turkish(locales):
    return locales["tr"]


@pytest.fixture
def translated_home(home, translate, arabic, turkish):
    """The site root in Arabic and Turkish, so ``/ar/…`` and ``/tr/…`` resolve."""
    return {
        "de": home,
        "ar": translate(home, arabic, {home.title: "الصفحة الرئيسية"}),
        "tr": translate(home, turkish, {home.title: "Ana sayfa"}),
    }
