"""A partner profile translated end to end with wagtail-localize, then re-synchronised."""

import datetime
from decimal import Decimal

import pytest

from tests.factories import (
    DistrictFactory,
    LanguageFactory,
    PartnerDirectoryPageFactory,
    TargetGroupFactory,
    TopicFactory,
)
from tests.i18n.conftest import publish_edit
from wagtail_widunetz.partners.models import (
    PartnerCooperation,
    PartnerDistrict,
    PartnerLanguage,
    PartnerOffer,
    PartnerPage,
    PartnerTargetGroup,
    PartnerTopic,
)

pytestmark = pytest.mark.django_db

ARABIC = {
    "Beratung": "استشارة",
    "Elterncafé": "مقهى الأهل",
    "Eltern": "الأهل",
    "Senioren": "كبار السن",
    "Ottelau": "أوتيلاو",
    "Innenstadt": "وسط المدينة",
    "Arabisch": "العربية",
    "Türkisch": "التركية",
}
PARTNER_ARABIC = {
    "Migrationsberatung Herford": "استشارة الهجرة هيرفورد",
    "Wir beraten Zugewanderte zu Aufenthalt, Arbeit und Familie.": (
        "نقدم الاستشارة للقادمين الجدد حول الإقامة والعمل والأسرة."
    ),
    "Ausführliche Beschreibung der Beratung.": "وصف مفصل للاستشارة.",
    "Offene Sprechstunde": "ساعة استشارة مفتوحة",
    "Ohne Termin, mit Dolmetscherin.": "بدون موعد، مع مترجمة.",
    "Beraterin": "مستشارة",
    "Bitte vorher anrufen.": "يرجى الاتصال مسبقاً.",
    "Rampe am Seiteneingang.": "منحدر عند المدخل الجانبي.",
    "Sommerferien": "العطلة الصيفية",
}


@pytest.fixture
def vocab():
    return {
        "topic": TopicFactory(name="Beratung", slug="beratung"),
        "topic2": TopicFactory(name="Elterncafé", slug="elterncafe"),
        "group": TargetGroupFactory(name="Eltern", slug="eltern"),
        "group2": TargetGroupFactory(name="Senioren", slug="senioren"),
        "district": DistrictFactory(name="Ottelau", slug="ottelau"),
        "district2": DistrictFactory(name="Innenstadt", slug="innenstadt"),
        "language": LanguageFactory(name="Arabisch", code="ar", endonym="العربية"),
        "language2": LanguageFactory(name="Türkisch", code="tr", endonym="Türkçe", direction="ltr"),
    }


@pytest.fixture
def german(home, vocab):
    directory = PartnerDirectoryPageFactory(parent=home)
    kita = PartnerPage(title="Kita Ottelau", slug="kita-ottelau", kind="kita")
    directory.add_child(instance=kita)
    kita.save_revision().publish()
    page = PartnerPage(
        title="Migrationsberatung Herford",
        slug="migrationsberatung",
        kind="counselling",
        short_description="Wir beraten Zugewanderte zu Aufenthalt, Arbeit und Familie.",
        body="<p>Ausführliche Beschreibung der Beratung.</p>",
        phone="05221 / 56784",
        email="beratung@drk-herford.de",
        website="https://drk-herford.de/beratung",
        street="Wittekindstraße 21",
        postcode="32051",
        city="Herford",
        latitude=Decimal("52.115000"),
        longitude=Decimal("8.673000"),
        hours_note="Bitte vorher anrufen.",
        accessibility_note="Rampe am Seiteneingang.",
        step_free_access="partly",
        by_appointment=True,
        contacts=[
            (
                "person",
                {
                    "name": "Leyla Yılmaz",
                    "role": "Beraterin",
                    "phone": "05221 / 11111",
                    "email": "leyla@drk-herford.de",
                    "languages": ["ar", "tr"],
                },
            )
        ],
        opening_hours=[
            ("slot", {"weekdays": ["0", "2"], "opens": "09:00", "closes": "12:00"}),
            (
                "exception",
                {
                    "start_date": datetime.date.today() + datetime.timedelta(days=3),
                    "end_date": datetime.date.today() + datetime.timedelta(days=10),
                    "closed": True,
                    "opens": None,
                    "closes": None,
                    "note": "Sommerferien",
                },
            ),
        ],
    )
    page.partner_topics = [PartnerTopic(topic=vocab["topic"])]
    page.partner_target_groups = [PartnerTargetGroup(target_group=vocab["group"])]
    page.partner_districts = [PartnerDistrict(district=vocab["district"])]
    page.partner_languages = [PartnerLanguage(language=vocab["language"])]
    page.offers = [
        PartnerOffer(
            title="Offene Sprechstunde",
            description="Ohne Termin, mit Dolmetscherin.",
            topic=vocab["topic"],
            target_group=vocab["group"],
            languages="ar, tr",
        )
    ]
    page.cooperations = [PartnerCooperation(partner=kita)]
    directory.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return {"directory": directory, "page": page, "kita": kita}


@pytest.fixture
def arabic_partner(german, vocab, translate, translated_home, arabic):
    for snippet in vocab.values():
        translate(snippet, arabic, {snippet.name: ARABIC[snippet.name]})
    translate(german["directory"], arabic, {"Netzwerk": "الشبكة"})
    translate(german["kita"], arabic, {"Kita Ottelau": "روضة أوتيلاو"})
    return translate(german["page"], arabic, PARTNER_ARABIC)


def test_translation_translates_text_and_synchronises_structure(german, arabic_partner, vocab):
    page, page_ar = german["page"], arabic_partner
    assert page_ar.live and page_ar.locale.language_code == "ar"
    assert page_ar.title == "استشارة الهجرة هيرفورد"
    assert page_ar.short_description == PARTNER_ARABIC[page.short_description]
    assert "وصف مفصل للاستشارة." in page_ar.body
    assert page_ar.hours_note == "يرجى الاتصال مسبقاً."
    # Structure is the source's.
    for field in (
        "kind",
        "phone",
        "email",
        "website",
        "street",
        "postcode",
        "city",
        "latitude",
        "longitude",
        "step_free_access",
        "by_appointment",
    ):
        assert getattr(page_ar, field) == getattr(page, field), field
    # Facet links point at the Arabic snippets, not at the German ones.
    assert [link.topic for link in page_ar.partner_topics.all()] == [
        vocab["topic"].get_translation(page_ar.locale)
    ]
    assert PartnerLanguage.objects.get(page=page_ar).language.locale == page_ar.locale
    assert PartnerDistrict.objects.get(page=page_ar).district.name == "أوتيلاو"
    offer = PartnerOffer.objects.get(page=page_ar)
    assert offer.title == "ساعة استشارة مفتوحة"
    assert offer.languages == "ar, tr"
    assert offer.topic.locale == page_ar.locale and offer.target_group.name == "الأهل"
    # Contacts: role translated, name, phone, e-mail and languages kept.
    person = page_ar.contacts[0].value
    assert person["role"] == "مستشارة"
    assert (person["name"], person["phone"], person["email"]) == (
        "Leyla Yılmaz",
        "05221 / 11111",
        "leyla@drk-herford.de",
    )
    assert list(person["languages"]) == ["ar", "tr"]
    # Opening hours: times and dates from the source, the note translated.
    slot, exception = page_ar.opening_hours
    assert slot.value["opens"] == datetime.time(9) and list(slot.value["weekdays"]) == ["0", "2"]
    assert exception.value["note"] == "العطلة الصيفية"
    assert exception.value["start_date"] == page.opening_hours[1].value["start_date"]
    # The cooperation is copied; the profile shows the partner in Arabic.
    assert PartnerCooperation.objects.filter(page=page_ar).count() == 1


def test_arabic_profile_shows_the_translation(client, german, arabic_partner):
    response = client.get(arabic_partner.url)
    assert arabic_partner.url == "/ar/netzwerk/migrationsberatung/"
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    for text in (
        "استشارة الهجرة هيرفورد",
        "نقدم الاستشارة للقادمين الجدد",
        "ساعة استشارة مفتوحة",
        "مستشارة",
        "استشارة",  # topic
        "الأهل",  # target group
        "أوتيلاو",  # district
        "روضة أوتيلاو",  # the cooperation partner, in Arabic
        "العطلة الصيفية",
        "يرجى الاتصال مسبقاً.",
    ):
        assert text in html, text
    assert 'href="/ar/netzwerk/kita-ottelau/"' in html
    # German facet names do not leak into the Arabic profile.
    assert ">Beratung<" not in html and ">Ottelau<" not in html
    # Phone numbers and e-mail addresses stay left to right inside the Arabic text.
    assert 'dir="ltr">05221 / 56784</a>' in html
    assert 'dir="ltr">05221 / 11111</a>' in html
    assert '<span class="wn-email" dir="ltr"' in html
    # The Arabic directory lists it under the same filter value.
    listing = client.get("/ar/netzwerk/", {"topic": "beratung"}).content.decode()
    assert "استشارة الهجرة هيرفورد" in listing


def test_resync_after_editing_the_german_source(
    client, german, arabic_partner, vocab, translate, resync, arabic
):
    page = german["page"]
    translate(vocab["topic2"], arabic, {"Elterncafé": ARABIC["Elterncafé"]})
    other = PartnerPage(title="Seniorentreff", slug="seniorentreff", kind="senior")
    german["directory"].add_child(instance=other)
    other.save_revision().publish()
    translate(other, arabic, {"Seniorentreff": "ملتقى كبار السن"})

    # Text and structure change in German.
    page = PartnerPage.objects.get(pk=page.pk)
    page.partner_topics = [
        PartnerTopic(topic=vocab["topic"]),
        PartnerTopic(topic=vocab["topic2"]),
    ]
    page.partner_languages = [PartnerLanguage(language=vocab["language2"])]
    page.partner_districts = [PartnerDistrict(district=vocab["district2"])]
    page.offers = [
        *page.offers.all(),
        PartnerOffer(title="Elternfrühstück", topic=vocab["topic2"], languages="tr"),
    ]
    page.cooperations = [*page.cooperations.all(), PartnerCooperation(partner=other)]
    # The editor changes the phone, e-mail and languages of the existing contact person (the
    # block keeps its id, so wagtail-localize keeps the translated role).
    contacts = [dict(item) for item in page.contacts.raw_data]
    contacts[0]["value"] = {
        **contacts[0]["value"],
        "phone": "05221 / 22222",
        "email": "l.yilmaz@drk-herford.de",
        "languages": ["ar"],
    }
    page.contacts = contacts
    page.opening_hours = [
        ("slot", {"weekdays": ["1"], "opens": "14:00", "closes": "17:30"}),
    ]
    publish_edit(
        page,
        short_description="Wir beraten Zugewanderte und Geflüchtete.",
        phone="05221 / 99999",
        email="migration@drk-herford.de",
        latitude=Decimal("52.120000"),
        longitude=Decimal("8.680000"),
        temporarily_closed=True,
        kind="authority",
    )

    page_ar = resync(page, {"ar": {"Elternfrühstück": "فطور الأهل"}})["ar"]
    page_ar = PartnerPage.objects.get(pk=page_ar.pk)
    # Unchanged strings keep their translation, the new text falls back to German until
    # translated, the newly translated string is used.
    assert page_ar.title == "استشارة الهجرة هيرفورد"
    assert page_ar.hours_note == "يرجى الاتصال مسبقاً."
    assert page_ar.short_description == "Wir beraten Zugewanderte und Geflüchtete."
    # Structure follows the source.
    assert (page_ar.phone, page_ar.email) == ("05221 / 99999", "migration@drk-herford.de")
    assert (page_ar.latitude, page_ar.longitude) == (Decimal("52.12"), Decimal("8.68"))
    assert page_ar.temporarily_closed is True and page_ar.kind == "authority"
    assert sorted(t.topic.slug for t in page_ar.partner_topics.all()) == [
        "beratung",
        "elterncafe",
    ]
    assert {t.topic.locale_id for t in page_ar.partner_topics.all()} == {arabic.pk}
    assert [(x.language.code, x.language.locale_id) for x in page_ar.partner_languages.all()] == [
        ("tr", arabic.pk)
    ]
    assert [d.district.name for d in page_ar.partner_districts.all()] == ["وسط المدينة"]
    assert [o.title for o in page_ar.offers.all()] == ["ساعة استشارة مفتوحة", "فطور الأهل"]
    assert page_ar.offers.all()[1].topic.name == "مقهى الأهل"
    person = page_ar.contacts[0].value
    assert (person["phone"], person["email"], person["role"]) == (
        "05221 / 22222",
        "l.yilmaz@drk-herford.de",
        "مستشارة",
    )
    assert list(person["languages"]) == ["ar"]
    assert len(page_ar.opening_hours) == 1
    slot = page_ar.opening_hours[0].value
    assert (slot["opens"], slot["closes"]) == (datetime.time(14), datetime.time(17, 30))
    assert page_ar.cooperations.count() == 2

    html = client.get(page_ar.url).content.decode()
    assert "ملتقى كبار السن" in html and "فطور الأهل" in html
    assert 'dir="ltr">05221 / 99999</a>' in html


def test_turkish_translation_under_tr(client, german, vocab, translate, translated_home, turkish):
    translate(vocab["topic"], turkish, {"Beratung": "Danışmanlık"})
    translate(german["directory"], turkish, {"Netzwerk": "Ağ"})
    page_tr = translate(
        german["page"], turkish, {"Migrationsberatung Herford": "Göç Danışmanlığı Herford"}
    )
    response = client.get("/tr/netzwerk/migrationsberatung/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="tr" dir="ltr">' in html
    assert "Göç Danışmanlığı Herford" in html and "Danışmanlık" in html
    assert page_tr.partner_topics.get().topic.locale == turkish
