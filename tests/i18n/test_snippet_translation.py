"""Every content snippet of the package translated with wagtail-localize, re-synchronised after
the German original changed, and shown translated on the pages that use it."""

import datetime
from decimal import Decimal

import pytest
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from tests.factories import (
    DistrictFactory,
    LanguageFactory,
    PartnerDirectoryPageFactory,
    PartnerPageFactory,
    PressRoomPageFactory,
    TargetGroupFactory,
    TopicFactory,
)
from tests.i18n.conftest import publish_edit
from tests.press.factories import (
    MediaOutletFactory,
    PressBoilerplateFactory,
    PressClippingFactory,
    PressContactFactory,
)
from wagtail_widunetz.events.models import Venue
from wagtail_widunetz.partners.models import (
    PartnerDistrict,
    PartnerLanguage,
    PartnerTargetGroup,
    PartnerTopic,
)

pytestmark = pytest.mark.django_db

# Snippets that are deliberately not translated: what they hold is the same in every language.
NOT_TRANSLATED = {
    "widunetz_press.MediaOutlet": "a proper name and a website; its kind has a gettext label",
    "widunetz_events.PartnerFeed": "an import setting for editors, never shown to visitors",
    "widunetz_core.BarrierReport": "a visitor's message to the chapter, kept as written",
}


def test_every_content_snippet_is_translatable():
    labels = {
        m._meta.label: m for m in get_snippet_models() if m._meta.app_label.startswith("widunetz_")
    }
    translatable = {label for label, m in labels.items() if issubclass(m, TranslatableMixin)}
    assert translatable | set(NOT_TRANSLATED) == set(labels), "a new snippet: translate it?"
    assert translatable == set(CASES)


def _venue():
    return Venue.objects.create(
        name="Stadtbibliothek",
        room_notes="Raum 2",
        accessibility="Aufzug",
        street="Rathausplatz 2",
        postcode="32052",
        city="Herford",
        latitude=Decimal("52.114000"),
        longitude=Decimal("8.671000"),
    )


# model label: (make, {German: Arabic}, {field: value after the German edit} for synchronised
# fields, {field: value} for a translated field edited in German)
CASES = {
    "widunetz_core.Topic": (
        lambda: TopicFactory(name="Beratung", slug="beratung", description="Hilfe", sort_order=1),
        {"Beratung": "استشارة", "Hilfe": "مساعدة"},
        {"slug": "beratung-neu", "sort_order": 5},
        {"name": "Beratung und Hilfe"},
    ),
    "widunetz_core.TargetGroup": (
        lambda: TargetGroupFactory(name="Eltern", slug="eltern", description="Mütter und Väter"),
        {"Eltern": "الأهل", "Mütter und Väter": "الأمهات والآباء"},
        {"slug": "familien", "sort_order": 2},
        {"name": "Eltern und Familien"},
    ),
    "widunetz_core.District": (
        lambda: DistrictFactory(name="Innenstadt", slug="innenstadt", description="Zentrum"),
        {"Innenstadt": "وسط المدينة", "Zentrum": "المركز"},
        {"slug": "mitte", "sort_order": 3},
        {"name": "Mitte"},
    ),
    "widunetz_core.Language": (
        lambda: LanguageFactory(name="Persisch", code="fa", endonym="فارسی", direction="rtl"),
        {"Persisch": "الفارسية"},
        {"code": "prs", "endonym": "دری", "sort_order": 4},
        {},  # its only text, the name, stays translated
    ),
    "widunetz_events.Venue": (
        _venue,
        {"Stadtbibliothek": "مكتبة المدينة", "Raum 2": "الغرفة 2", "Aufzug": "مصعد"},
        {
            "street": "Neuer Markt 1",
            "postcode": "32052",
            "latitude": Decimal("52.120000"),
            "longitude": Decimal("8.680000"),
        },
        {"room_notes": "Raum 3"},
    ),
    "widunetz_press.PressClipping": (
        lambda: PressClippingFactory(
            headline="Netzwerk gegründet",
            excerpt="Die Zeitung berichtet.",
            author="M. Muster",
            outlet=MediaOutletFactory(name="Neue Westfälische"),
        ),
        {"Netzwerk gegründet": "تأسيس الشبكة", "Die Zeitung berichtet.": "تقرير الصحيفة."},
        {
            "published": datetime.date(2026, 1, 2),
            "pinned": True,
            "author": "Maria Muster",
            "url": "https://nw.example/neu",
        },
        {"excerpt": "Die Zeitung berichtet ausführlich."},
    ),
    "widunetz_press.PressContact": (
        lambda: PressContactFactory(name="Selin Kaya", role="Pressestelle"),
        {"Pressestelle": "المكتب الصحفي"},
        {
            "name": "Selin Kaya-Weber",
            "phone": "05221 / 11111",
            "email": "neu@example.org",
            "languages": "de, tr",
        },
        {},  # its only text, the role, stays translated
    ),
    "widunetz_press.PressBoilerplate": (
        lambda: PressBoilerplateFactory(name="Über uns", text="<p>Wir verbinden.</p>"),
        {"Über uns": "من نحن", "Wir verbinden.": "نحن نربط."},
        {},
        {"name": "Über den Verband"},
    ),
}


@pytest.mark.parametrize("label", sorted(CASES))
def test_snippet_translation_and_resync(label, translate, resync, arabic, turkish):
    make, strings, synchronised, retexted = CASES[label]
    original = make()
    model = type(original)
    translated = translate(original, arabic, strings)
    assert translated.pk != original.pk and translated.locale == arabic
    for german, arabic_text in strings.items():
        values = [str(getattr(translated, f.name)) for f in model._meta.concrete_fields]
        assert any(arabic_text in v for v in values), german
        assert not any(v == german for v in values), german
    # Non-text fields are the original's.
    for name in synchronised:
        assert getattr(translated, name) == getattr(original, name), name
    turkish_version = translate(original, turkish)
    assert turkish_version.locale == turkish

    for name, value in {**synchronised, **retexted}.items():
        setattr(original, name, value)
    original.save()
    resync(original)
    translated = model.objects.get(pk=translated.pk)
    for name, value in synchronised.items():
        assert getattr(translated, name) == value, name
    for name, value in retexted.items():
        # New German text: falls back to the source until translated.
        assert getattr(translated, name) == value, name
    # Strings the German original still has keep their Arabic translation.
    still_german = [str(getattr(original, f.name)) for f in model._meta.concrete_fields]
    untouched = {
        german: arabic_text
        for german, arabic_text in strings.items()
        if any(v == german or (v.startswith("<") and german in v) for v in still_german)
    }
    assert untouched, "the edit should leave some text as it was"
    values = [str(getattr(translated, f.name)) for f in model._meta.concrete_fields]
    for arabic_text in untouched.values():
        assert any(arabic_text in v for v in values), arabic_text
    assert model.objects.get(pk=turkish_version.pk).locale == turkish


def test_media_outlet_is_shared_and_its_kind_translated(client, home, translate, translated_home):
    room = PressRoomPageFactory(parent=home)
    translate(room, translated_home["ar"].locale, {"Presse": "الصحافة"})
    outlet = MediaOutletFactory(name="Radio Herford", kind="radio")
    clipping = PressClippingFactory(headline="Im Radio", outlet=outlet)
    clipping_ar = translate(clipping, translated_home["ar"].locale, {"Im Radio": "في الراديو"})
    assert clipping_ar.outlet_id == outlet.pk
    html = client.get("/ar/presse/").content.decode()
    assert "في الراديو" in html and "Radio Herford" in html and "Im Radio" not in html


def test_facets_clippings_and_contacts_are_shown_translated(
    client, home, translate, resync, translated_home
):
    arabic = translated_home["ar"].locale
    directory = PartnerDirectoryPageFactory(parent=home)
    topic = TopicFactory(name="Beratung", slug="beratung")
    group = TargetGroupFactory(name="Senioren", slug="senioren")
    district = DistrictFactory(name="Ottelau", slug="ottelau")
    language = LanguageFactory(name="Russisch", code="ru", endonym="Русский", direction="ltr")
    for snippet, text in (
        (topic, "استشارة"),
        (group, "كبار السن"),
        (district, "أوتيلاو"),
        (language, "الروسية"),
    ):
        translate(snippet, arabic, {snippet.name: text})
    partner = PartnerPageFactory.build(title="Treff", slug="treff")
    partner.partner_topics = [PartnerTopic(topic=topic)]
    partner.partner_target_groups = [PartnerTargetGroup(target_group=group)]
    partner.partner_districts = [PartnerDistrict(district=district)]
    partner.partner_languages = [PartnerLanguage(language=language)]
    directory.add_child(instance=partner)
    partner.save_revision().publish()
    translate(directory, arabic, {"Netzwerk": "الشبكة"})
    translate(partner, arabic, {"Treff": "ملتقى"})
    html = client.get("/ar/netzwerk/").content.decode()
    # The filter form offers the Arabic names with the shared values.
    for value, text in (
        ("beratung", "استشارة"),
        ("senioren", "كبار السن"),
        ("ottelau", "أوتيلاو"),
        ("ru", "الروسية"),
    ):
        assert f'value="{value}"' in html and text in html, value
    assert ">Beratung<" not in html and "Senioren" not in html

    room = PressRoomPageFactory(parent=home)
    translate(room, arabic, {"Presse": "الصحافة"})
    clipping = PressClippingFactory(headline="Netzwerk gegründet", excerpt="Ein Bericht.")
    translate(clipping, arabic, {"Netzwerk gegründet": "تأسيس الشبكة", "Ein Bericht.": "تقرير."})
    html = client.get("/ar/presse/").content.decode()
    assert "تأسيس الشبكة" in html and "تقرير." in html and "Netzwerk gegründet" not in html

    # A contact chosen in the German room after it was translated reaches the Arabic room
    # with the next sync, in Arabic.
    contact = PressContactFactory(name="Selin Kaya", role="Pressestelle", phone="05221 / 1")
    translate(contact, arabic, {"Pressestelle": "المكتب الصحفي"})
    publish_edit(room, contacts=[("contact", contact)])
    assert "Selin Kaya" not in client.get("/ar/presse/").content.decode()
    resync(room)
    html = client.get("/ar/presse/").content.decode()
    assert "Selin Kaya" in html and "المكتب الصحفي" in html and "Pressestelle" not in html
    assert 'dir="ltr">05221 / 1</a>' in html
