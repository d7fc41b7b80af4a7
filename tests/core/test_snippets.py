import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from wagtail_widunetz.core.models import Language, Topic
from wagtail_widunetz.core.translation import ensure_translation

from ..factories import LanguageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_topic_translation_translates_name_and_synchronises_slug(locales):
    topic = TopicFactory(name="Elterncafé", slug="elterncafe", sort_order=3)

    translated, created = ensure_translation(topic, locales["ar"], {"Elterncafé": "مقهى الأهل"})

    assert created
    assert translated.locale == locales["ar"]
    assert translated.translation_key == topic.translation_key
    assert translated.name == "مقهى الأهل"
    assert translated.slug == "elterncafe"
    assert translated.sort_order == 3


def test_translation_is_idempotent_and_follows_source_sync(locales):
    from wagtail_localize.models import TranslationSource

    topic = TopicFactory(name="Beratung", slug="beratung")
    first, created = ensure_translation(topic, locales["en"], {"Beratung": "Counselling"})
    again, created_again = ensure_translation(topic, locales["en"], {"Beratung": "Other"})
    assert created and not created_again
    assert again.pk == first.pk and again.name == "Counselling"

    # Editing the source's synchronised field reaches the translation on sync; the
    # translated name survives.
    topic.sort_order = 7
    topic.save()
    source, _ = TranslationSource.update_or_create_from_instance(topic)
    source.create_or_update_translation(locales["en"], fallback=True)
    first.refresh_from_db()
    assert first.sort_order == 7
    assert first.name == "Counselling"


def test_facet_slug_is_unique_per_locale(locales):
    TopicFactory(slug="sport")
    with pytest.raises(IntegrityError), transaction.atomic():
        Topic.objects.create(name="Sport 2", slug="sport", locale=locales["de"])


def test_language_keeps_code_endonym_and_direction_in_translation(locales):
    arabic = LanguageFactory()
    translated, _ = ensure_translation(arabic, locales["en"], {"Arabisch": "Arabic"})
    assert (translated.name, translated.code, translated.endonym, translated.direction) == (
        "Arabic",
        "ar",
        "العربية",
        "rtl",
    )
    assert translated.slug == "ar"


@pytest.mark.parametrize("code", ["ar", "prs", "ku-Arab", "de-CH"])
def test_language_code_accepts_iso_codes(code, locales):
    Language(name="x", code=code, endonym="x", locale=locales["de"]).full_clean()


@pytest.mark.parametrize("code", ["", "Arabic", "a", "ar_", "<script>"])
def test_language_code_rejects_other_values(code, locales):
    with pytest.raises(ValidationError) as excinfo:
        Language(name="x", code=code, endonym="x", locale=locales["de"]).full_clean()
    assert "code" in excinfo.value.message_dict
